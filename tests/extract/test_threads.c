/*
 * test_threads.c — the extractor is safe to call from many threads at once
 * with one shared lexicon: four threads extract the five seed articles
 * repeatedly and every result must equal the single-threaded one.  Also
 * checks that a reference taken on the lexicon keeps it alive after the
 * loader's reference is dropped (the daemon's reload on SIGHUP).
 */
#include "tx_check.h"

#include <pthread.h>

#define THREADS 4
#define ROUNDS 10
#define NSEEDS 5

static char *seed_text[NSEEDS];
static size_t seed_len[NSEEDS];
static char *seed_expect[NSEEDS];
static tx_lexicon *shared_lx;

/* Read one seed file whole. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return b;
}

/* The compact JSON of one extraction. */
static char *extract_dump(int k)
{
    tx_error err;
    json_t *r = tx_extract(shared_lx, seed_text[k], seed_len[k], NULL, &err);
    if (!r)
        return NULL;
    char *s = json_dumps(r, JSON_COMPACT);
    json_decref(r);
    return s;
}

/* One worker: every seed, ROUNDS times; returns the number of mismatches. */
static void *worker(void *arg)
{
    (void)arg;
    size_t bad = 0;
    for (int round = 0; round < ROUNDS; round++)
        for (int k = 0; k < NSEEDS; k++) {
            char *s = extract_dump(k);
            if (!s || strcmp(s, seed_expect[k]))
                bad++;
            free(s);
        }
    return (void *)bad;
}

int main(void)
{
    static const char *const names[NSEEDS] = {
        "000_b2a7dd64626958e0.txt", "001_267d422c7d95975f.txt", "002_ecc20be5b7a49822.txt",
        "003_ece60e8a232120da.txt", "004_a73016d134b8d473.txt"};
    char *why = NULL;
    tx_lexicon *loaded = tx_lexicon_load(TX_LEXICON_DIR, &why);
    CHECK(loaded != NULL);
    if (!loaded)
        return 1;
    /* the extractor's reference outlives the loader's */
    shared_lx = tx_lexicon_ref(loaded);
    tx_lexicon_unref(loaded);
    for (int k = 0; k < NSEEDS; k++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", TX_FIXTURES_DIR, names[k]);
        seed_text[k] = read_file(path, &seed_len[k]);
        CHECK(seed_text[k] != NULL);
        if (!seed_text[k])
            return 1;
        seed_expect[k] = extract_dump(k);
        CHECK(seed_expect[k] != NULL);
    }
    pthread_t th[THREADS];
    for (int t = 0; t < THREADS; t++)
        CHECK_INT(pthread_create(&th[t], NULL, worker, NULL), 0);
    for (int t = 0; t < THREADS; t++) {
        void *bad = NULL;
        pthread_join(th[t], &bad);
        CHECK_INT((size_t)bad, 0);
    }
    for (int k = 0; k < NSEEDS; k++) {
        free(seed_text[k]);
        free(seed_expect[k]);
    }
    tx_lexicon_unref(shared_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
