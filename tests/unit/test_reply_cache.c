/* test_reply_cache.c — the reply cache's table: a hit returns what was put,
 * a miss counts, a newer generation retires an entry, the byte budget holds
 * under many puts by evicting the least recently used, a value too large is
 * refused, and a budget of 0 disables the cache. */
#include "reply_cache.h"

#include <stdio.h>
#include <string.h>

#include "test.h"

/* Put a NUL-terminated key and value. */
static void test_put(struct reply_cache *rc, const char *k, const char *v, uint64_t gen)
{
    reply_cache_put(rc, k, strlen(k), v, strlen(v), gen);
}

/* The value under key at gen, or NULL. */
static const char *test_get(struct reply_cache *rc, const char *k, uint64_t gen)
{
    size_t len = 0;
    const char *v = reply_cache_get(rc, k, strlen(k), gen, &len);
    if (v && (strlen(v) != len))
        return "(length mismatch)";
    return v;
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
    TEST_DONE();
}
