/*
 * tx_extract_cli.c — run the extraction library on files without the
 * daemon: prints the contract JSON of each file (one compact object per
 * line), or with --out DIR writes DIR/<file name>.json for the scorer
 * (tests/fixtures/score_extraction.py).  Owns nothing but argument parsing
 * and file reading.
 *
 * usage: tx_extract_cli [--lexicon DIR] [--date D] [--out DIR] [--pretty] FILE...
 */
#include "tenure/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TENURE_LEXICON_DIR_DEFAULT
#define TENURE_LEXICON_DIR_DEFAULT "conf/lexicon"
#endif

/* Read a whole file into a malloc'd buffer; NULL on error. */
static char *cli_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    const char *lexdir = TENURE_LEXICON_DIR_DEFAULT, *date = NULL, *outdir = NULL;
    size_t flags = JSON_COMPACT;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
        if (!strcmp(argv[i], "--lexicon") && i + 1 < argc)
            lexdir = argv[++i];
        else if (!strcmp(argv[i], "--date") && i + 1 < argc)
            date = argv[++i];
        else if (!strcmp(argv[i], "--out") && i + 1 < argc)
            outdir = argv[++i];
        else if (!strcmp(argv[i], "--pretty"))
            flags = JSON_INDENT(1);
        else {
            fprintf(stderr, "usage: tx_extract_cli [--lexicon DIR] [--date D] [--out DIR] "
                            "[--pretty] FILE...\n");
            return 2;
        }
    }
    char *why = NULL;
    tx_lexicon *lx = tx_lexicon_load(lexdir, &why);
    if (!lx) {
        fprintf(stderr, "tx_extract_cli: %s\n", why ? why : "cannot load lexicon");
        free(why);
        return 1;
    }
    int rc = 0;
    for (; i < argc; i++) {
        size_t len = 0;
        char *text = cli_read(argv[i], &len);
        if (!text) {
            fprintf(stderr, "tx_extract_cli: %s: cannot read\n", argv[i]);
            rc = 1;
            continue;
        }
        tx_error err;
        json_t *res = tx_extract(lx, text, len, date, &err);
        free(text);
        if (!res) {
            fprintf(stderr, "tx_extract_cli: %s: %s (offset %ld)\n", argv[i], err.message,
                    err.offset);
            rc = 1;
            continue;
        }
        if (outdir) {
            const char *base = strrchr(argv[i], '/');
            base = base ? base + 1 : argv[i];
            char path[4096];
            snprintf(path, sizeof path, "%s/%s.json", outdir, base);
            if (json_dump_file(res, path, flags)) {
                fprintf(stderr, "tx_extract_cli: %s: cannot write\n", path);
                rc = 1;
            }
        } else {
            char *s = json_dumps(res, flags);
            if (s)
                printf("%s\n", s);
            free(s);
        }
        json_decref(res);
    }
    tx_lexicon_unref(lx);
    return rc;
}
