/*
 * fuzz_extract.c — libFuzzer harness for the extraction library: any bytes
 * go to tx_extract() (invalid UTF-8 must be rejected with an offset, valid
 * text must give a result), to the key functions and to the canonical label
 * functions.  The lexicon is loaded once from conf/lexicon.  Seeds in
 * corpus_extract/ (the five seed articles and a few odd inputs); see
 * tests/fuzz/CMakeLists.txt for the libFuzzer and the replay builds.
 */
#include "tenure/extract.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static tx_lexicon *fuzz_lx;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Load the lexicon once. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char *why = NULL;
    fuzz_lx = tx_lexicon_load(TENURE_SOURCE_DIR "/conf/lexicon", &why);
    if (!fuzz_lx)
        abort();
    return 0;
}

/* One input: extract, and check the error contract. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    long bad = tx_utf8_invalid_offset(text, size);
    tx_error err;
    json_t *r = tx_extract(fuzz_lx, text, size, NULL, &err);
    if (r) {
        if (bad >= 0 || size == 0)
            abort(); /* invalid or empty text must be refused */
        json_decref(r);
    } else if (size && bad >= 0 && err.offset != bad) {
        abort(); /* the error names the first bad byte */
    }
    if (size < 4096) {
        char *s = malloc(size + 1);
        if (!s)
            return 0;
        memcpy(s, data, size);
        s[size] = '\0';
        free(tx_key(s));
        free(tx_fold(s));
        free(tx_canonical_key(fuzz_lx, s));
        free(tx_canonical_label(fuzz_lx, s));
        tx_role_single_holder(fuzz_lx, s);
        free(s);
    }
    return 0;
}
