/* test_reply_cache.c — the reply cache's table: a hit returns what was put,
 * a miss counts, a newer generation retires an entry, the byte budget holds
 * under many puts by evicting the least recently used, a value too large is
 * refused, and a budget of 0 disables the cache.  Entries kept by their
 * dependencies: a change to one retires the entry, a change to none keeps
 * it across commits, and random histories never serve an entry one of
 * whose dependencies changed after its snapshot (also when the dependency
 * table fills and is rebuilt). */
#include "reply_cache.h"

#include <stdio.h>
#include <string.h>

#include "test.h"

/* Put a NUL-terminated key and value. */
static void test_put(struct reply_cache *rc, const char *k, const char *v, uint64_t gen)
{
    reply_cache_put(rc, k, strlen(k), v, strlen(v), gen, NULL);
}

/* The value under key at gen, or NULL. */
static const char *test_get(struct reply_cache *rc, const char *k, uint64_t gen)
{
    size_t len = 0;
    const char *v = reply_cache_get(rc, k, strlen(k), gen, 0, &len);
    if (v && (strlen(v) != len))
        return "(length mismatch)";
    return v;
}

/* Put k kept by n dependencies h, read at snapshot built, lexicon lgen. */
static void test_put_deps(struct reply_cache *rc, const char *k, const char *v, const uint64_t *h,
                          size_t n, uint64_t built, uint64_t lgen)
{
    struct reply_cache_deps d = {h, n, built, lgen};
    reply_cache_put(rc, k, strlen(k), v, strlen(v), 0, &d);
}

/* The value under k for lexicon lgen (the store generation moved on: 99). */
static const char *test_get_deps(struct reply_cache *rc, const char *k, uint64_t lgen)
{
    size_t len = 0;
    return reply_cache_get(rc, k, strlen(k), 99, lgen, &len);
}

static uint64_t test_rand_state = 88172645463325252ull;
static uint64_t test_rand(void)
{
    test_rand_state ^= test_rand_state << 13;
    test_rand_state ^= test_rand_state >> 7;
    test_rand_state ^= test_rand_state << 17;
    return test_rand_state;
}

/* Random histories: entries of random dependencies put at the current
 * snapshot, commits changing random dependencies; a hit is only ever an
 * entry none of whose dependencies changed after it was put, and entries
 * do survive commits that touch none of theirs. */
static void test_deps_random(size_t budget, int ndeps_space)
{
    enum { KEYS = 300, MAXD = 12 };
    static uint64_t deps[KEYS][MAXD];
    static size_t nd[KEYS];
    static uint64_t put_at[KEYS];  /* snapshot of the live version, 0 none */
    static uint64_t changed[4096]; /* last commit changing dependency i */
    memset(put_at, 0, sizeof put_at);
    memset(changed, 0, sizeof changed);
    struct reply_cache *rc = reply_cache_new(budget);
    uint64_t txn = 1, kept_across = 0;
    char key[64], val[64];
    for (int step = 0; step < 40000; step++) {
        int k = (int)(test_rand() % KEYS);
        snprintf(key, sizeof key, "who\n{\"position\":\"%d\"}", k);
        if (test_rand() % 8 == 0) { /* a commit */
            uint64_t h[16];
            size_t n = 1 + test_rand() % 16;
            txn++;
            for (size_t i = 0; i < n; i++) {
                size_t d = test_rand() % (size_t)ndeps_space;
                h[i] = (d + 1) * 0x9e3779b97f4a7c15ull | 1;
                changed[d] = txn;
            }
            reply_cache_changed(rc, h, n, txn);
            continue;
        }
        const char *v = test_get_deps(rc, key, 1);
        if (v) {
            /* what was put, and nothing it depends on changed since */
            snprintf(val, sizeof val, "%d@%llu", k, (unsigned long long)put_at[k]);
            CHECK_STR(v, val);
            for (size_t i = 0; i < nd[k]; i++)
                CHECK(changed[deps[k][i]] <= put_at[k]);
            if (put_at[k] < txn)
                kept_across++;
            continue;
        }
        nd[k] = 1 + test_rand() % MAXD;
        uint64_t h[MAXD];
        for (size_t i = 0; i < nd[k]; i++) {
            deps[k][i] = test_rand() % (size_t)ndeps_space;
            h[i] = (deps[k][i] + 1) * 0x9e3779b97f4a7c15ull | 1;
        }
        put_at[k] = txn;
        snprintf(val, sizeof val, "%d@%llu", k, (unsigned long long)txn);
        test_put_deps(rc, key, val, h, nd[k], txn, 1);
        struct reply_cache_stats st;
        reply_cache_stats(rc, &st);
        CHECK(st.bytes <= budget);
    }
    CHECK(kept_across > 0);
    reply_cache_free(rc);
}

int main(void)
{
    struct reply_cache_stats st;
    CHECK(reply_cache_new(0) == NULL);
    reply_cache_stats(NULL, &st);
    CHECK_INT(st.entries, 0);

    /* hit, miss, replace */
    struct reply_cache *rc = reply_cache_new(64 * 1024);
    CHECK(test_get(rc, "who\n{}", 1) == NULL);
    test_put(rc, "who\n{\"position\":\"a\"}", "{\"holders\":[]}", 1);
    CHECK_STR(test_get(rc, "who\n{\"position\":\"a\"}", 1), "{\"holders\":[]}");
    CHECK(test_get(rc, "who\n{\"position\":\"b\"}", 1) == NULL);
    test_put(rc, "who\n{\"position\":\"a\"}", "{\"holders\":[1]}", 1);
    CHECK_STR(test_get(rc, "who\n{\"position\":\"a\"}", 1), "{\"holders\":[1]}");
    reply_cache_stats(rc, &st);
    CHECK_INT(st.hits, 2);
    CHECK_INT(st.misses, 2);
    CHECK_INT(st.entries, 1);

    /* a newer generation makes the entry a miss and drops it */
    CHECK(test_get(rc, "who\n{\"position\":\"a\"}", 2) == NULL);
    reply_cache_stats(rc, &st);
    CHECK_INT(st.entries, 0);
    CHECK_INT(st.misses, 3);
    test_put(rc, "who\n{\"position\":\"a\"}", "{\"holders\":[2]}", 2);
    CHECK_STR(test_get(rc, "who\n{\"position\":\"a\"}", 2), "{\"holders\":[2]}");
    reply_cache_free(rc);

    /* eviction under the byte bound, least recently used first */
    size_t budget = 16 * 1024;
    rc = reply_cache_new(budget);
    char key[64], val[256];
    memset(val, 'x', 200);
    val[200] = '\0';
    test_put(rc, "keep", val, 7);
    for (int i = 0; i < 1000; i++) {
        snprintf(key, sizeof key, "person\n{\"name\":\"%d\"}", i);
        test_put(rc, key, val, 7);
        CHECK(test_get(rc, "keep", 7) != NULL); /* used: never the oldest */
        reply_cache_stats(rc, &st);
        CHECK(st.bytes <= budget);
    }
    reply_cache_stats(rc, &st);
    CHECK(st.evictions > 0);
    CHECK(st.entries > 10);
    CHECK(test_get(rc, "person\n{\"name\":\"0\"}", 7) == NULL);   /* evicted */
    CHECK(test_get(rc, "person\n{\"name\":\"999\"}", 7) != NULL); /* newest */

    /* a value over an eighth of the budget is not kept */
    static char big[4096];
    memset(big, 'y', sizeof big - 1);
    test_put(rc, "export\n{}", big, 7);
    CHECK(test_get(rc, "export\n{}", 7) == NULL);
    reply_cache_free(rc);

    /* many entries: the table grows and every one is still found */
    rc = reply_cache_new(8 * 1024 * 1024);
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "search\n{\"text\":\"%d\"}", i);
        snprintf(val, sizeof val, "[%d]", i);
        test_put(rc, key, val, 1);
    }
    int found = 0;
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "search\n{\"text\":\"%d\"}", i);
        snprintf(val, sizeof val, "[%d]", i);
        const char *v = test_get(rc, key, 1);
        found += v && strcmp(v, val) == 0;
    }
    CHECK_INT(found, 5000);
    reply_cache_free(rc);

    /* kept by dependencies: across commits that change none of them */
    rc = reply_cache_new(64 * 1024);
    uint64_t d12[] = {0x11, 0x21}, d3[] = {0x31}, d2[] = {0x21};
    test_put_deps(rc, "who\n{\"position\":\"x\"}", "{\"x\":1}", d12, 2, 10, 5);
    test_put(rc, "evidence\n{}", "[]", 4);
    CHECK_STR(test_get_deps(rc, "who\n{\"position\":\"x\"}", 5), "{\"x\":1}");
    reply_cache_changed(rc, d3, 1, 11); /* unrelated */
    CHECK_STR(test_get_deps(rc, "who\n{\"position\":\"x\"}", 5), "{\"x\":1}");
    CHECK(test_get_deps(rc, "who\n{\"position\":\"x\"}", 6) == NULL); /* new lexicon */
    test_put_deps(rc, "who\n{\"position\":\"x\"}", "{\"x\":2}", d12, 2, 11, 6);
    CHECK_STR(test_get_deps(rc, "who\n{\"position\":\"x\"}", 6), "{\"x\":2}");
    reply_cache_changed(rc, d2, 1, 12); /* one of its own */
    CHECK(test_get_deps(rc, "who\n{\"position\":\"x\"}", 6) == NULL);
    reply_cache_stats(rc, &st);
    CHECK_INT(st.retired, 1);
    /* read before the last change it could have missed: not kept */
    test_put_deps(rc, "who\n{\"position\":\"y\"}", "{}", d3, 1, 11, 6);
    CHECK(test_get_deps(rc, "who\n{\"position\":\"y\"}", 6) == NULL);
    /* dropping the dependency entries leaves the generation ones */
    test_put_deps(rc, "who\n{\"position\":\"z\"}", "{}", d3, 1, 12, 6);
    CHECK(test_get_deps(rc, "who\n{\"position\":\"z\"}", 6) != NULL);
    reply_cache_drop_deps(rc);
    CHECK(test_get_deps(rc, "who\n{\"position\":\"z\"}", 6) == NULL);
    CHECK_STR(test_get(rc, "evidence\n{}", 4), "[]");
    reply_cache_free(rc);

    /* random histories: a roomy budget, and one whose dependency table
     * fills and is rebuilt again and again */
    test_deps_random(1024 * 1024, 4096);
    test_deps_random(16 * 1024, 4096);
    test_deps_random(64 * 1024, 64);
    TEST_DONE();
}
