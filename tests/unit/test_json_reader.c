/* test_json_reader.c — the request parser (daemon/json_reader.c) against
 * Jansson's: wherever jr_parse returns a tree, json_loadb with the
 * dispatcher's flags must return an equal one with the members in the same
 * order (json_dumps of both equal); wherever Jansson refuses a line,
 * jr_parse must too.  Fixed lines the subset must take (the bench mix's
 * shapes, escapes, nesting, Vietnamese text) and must leave to Jansson
 * (real numbers, \u, a duplicate key, trailing bytes, invalid UTF-8, too
 * deep), then 200,000 random mutations of request lines. */
#include "json_reader.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "test.h"

static int test_taken;

/* jr_parse(s) against json_loadb(s); 1 when jr_parse took the line. */
static int test_same(const char *s, size_t len, int line)
{
    json_error_t je;
    json_t *ref = json_loadb(s, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &je);
    json_t *fast = jr_parse(s, len);
    int took = fast != NULL;
    if (fast) {
        char *a = json_dumps(fast, JSON_COMPACT | JSON_ENCODE_ANY);
        char *b = ref ? json_dumps(ref, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
        if (!ref || !json_equal(fast, ref) || !a || !b || strcmp(a, b) != 0) {
            fprintf(stderr, "line %d: %.*s: reader %s, jansson %s\n", line, (int)len, s,
                    a ? a : "?", b ? b : je.text);
            test_failures++;
        }
        free(a);
        free(b);
        test_taken++;
    }
    /* the fallback gives Jansson's own answer */
    json_t *req = jr_parse_request(s, len, &je);
    if ((req == NULL) != (ref == NULL) || (req && !json_equal(req, ref))) {
        fprintf(stderr, "line %d: %.*s: jr_parse_request differs from json_loadb\n", line, (int)len,
                s);
        test_failures++;
    }
    json_decref(req);
    json_decref(fast);
    json_decref(ref);
    return took;
}

#define TAKES(s)                                                                                   \
    do {                                                                                           \
        if (!test_same(s, strlen(s), __LINE__)) {                                                  \
            fprintf(stderr, "line %d: not taken: %s\n", __LINE__, s);                              \
            test_failures++;                                                                       \
        }                                                                                          \
    } while (0)
#define LEAVES(s)                                                                                  \
    do {                                                                                           \
        if (test_same(s, strlen(s), __LINE__)) {                                                   \
            fprintf(stderr, "line %d: taken: %s\n", __LINE__, s);                                  \
            test_failures++;                                                                       \
        }                                                                                          \
    } while (0)

static const char *const test_lines[] = {
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"params\":{\"position\":\"Thủ tướng "
    "Chính phủ\",\"at\":\"2017-06-01\"}}",
    "{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"search\",\"params\":{\"text\":\"Nguyễn "
    "\\\"Văn\\\" "
    "A\\\\b\",\"limit\":5}}",
    "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"person\",\"params\":{\"name\":\"#5\"}}",
    "{\"jsonrpc\":\"2.0\",\"method\":\"batch\",\"params\":{\"a\":[1,2,[],{}],\"b\":null,\"c\":true,"
    "\"d\":false}}",
    " {\"a\" : [ -0 , 0 , -12 , 999999999999999999 ] , \"b\" : \"\\t\\n\\r\\b\\f\\/\" } \r\n",
};

static uint64_t test_rng = 0x2545f4914f6cdd1dull;
static uint32_t test_rand(void)
{
    test_rng ^= test_rng << 13;
    test_rng ^= test_rng >> 7;
    test_rng ^= test_rng << 17;
    return (uint32_t)(test_rng >> 11);
}

int main(void)
{
    for (size_t i = 0; i < sizeof test_lines / sizeof test_lines[0]; i++)
        TAKES(test_lines[i]);
    TAKES("{}");
    TAKES("{\"a\":{\"b\":{\"c\":[[[[[[[[[[[[[1]]]]]]]]]]]]]}}}"); /* 16 deep */
    TAKES("{\"\":\"\",\"k\\\"\":\"ỷ\"}");
    TAKES("{\"n\":-999999999999999999}");

    LEAVES("");
    LEAVES("[{\"id\":1}]"); /* a batch */
    LEAVES("\"str\"");      /* a bare value */
    LEAVES("{\"a\":1.5}");  /* a real */
    LEAVES("{\"a\":1e3}");
    LEAVES("{\"a\":1000000000000000000}"); /* 19 digits */
    LEAVES("{\"a\":01}");                  /* a leading zero */
    LEAVES("{\"a\":-}");
    LEAVES("{\"a\":\"\\u00e1\"}"); /* \u */
    LEAVES("{\"a\":\"\\x\"}");     /* an invalid escape */
    LEAVES("{\"a\":1,\"a\":2}");   /* a duplicate */
    LEAVES("{\"a\":1,}");
    LEAVES("{\"a\":1} x");
    LEAVES("{\"a\":1}{}");
    LEAVES("{\"a\":tru}");
    LEAVES("{\"a\":truex}");
    LEAVES("{\"a\":nul}");
    LEAVES("{\"a\":\"\x01\"}");             /* a control character */
    LEAVES("{\"a\":\"\xC3\"}");             /* a cut character */
    LEAVES("{\"a\":\"\xC0\xAF\"}");         /* overlong */
    LEAVES("{\"a\":\"\xED\xA0\x80\"}");     /* a surrogate */
    LEAVES("{\"a\":\"\xF4\x90\x80\x80\"}"); /* above U+10FFFF */
    LEAVES("{\"a\" 1}");
    LEAVES("{a:1}");
    LEAVES("{\"a\":[1 2]}");
    LEAVES("{\"a\":\"x");
    LEAVES("{\"a\":{\"b\":{\"c\":[[[[[[[[[[[[[[1]]]]]]]]]]]]]]}}}"); /* 17 deep */
    {
        const char nul[] = "{\"a\":\"x\0y\"}";
        if (test_same(nul, sizeof nul - 1, __LINE__)) {
            fprintf(stderr, "a NUL byte taken\n");
            test_failures++;
        }
    }

    /* random mutations of the lines above: whatever the reader takes,
     * Jansson must read the same */
    static const char alphabet[] =
        "{}[]\":,\\ \t\n-.e0123456789truefalsnl/bu\x01\xC3\xA1\xE1\xBB\xB7"
        "\x80\xBF\xED\xA0\xF0\x9F\xF4\x90\xFFxyz";
    int taken_before = test_taken;
    char buf[512];
    for (int it = 0; it < 200000; it++) {
        const char *src = test_lines[test_rand() % (sizeof test_lines / sizeof test_lines[0])];
        size_t n = strlen(src);
        memcpy(buf, src, n);
        int edits = 1 + (int)(test_rand() % 3);
        for (int e = 0; e < edits; e++) {
            size_t at = n ? test_rand() % n : 0;
            char c = alphabet[test_rand() % (sizeof alphabet - 1)];
            switch (test_rand() % 3) {
            case 0: /* replace */
                if (n)
                    buf[at] = c;
                break;
            case 1: /* insert */
                if (n + 1 < sizeof buf) {
                    memmove(buf + at + 1, buf + at, n - at);
                    buf[at] = c;
                    n++;
                }
                break;
            default: /* delete */
                if (n) {
                    memmove(buf + at, buf + at + 1, n - at - 1);
                    n--;
                }
                break;
            }
        }
        test_same(buf, n, __LINE__);
    }
    /* a change that stops the reader taking lines would pass the loop
     * above: most single edits (inside a string) keep a line valid */
    if (test_taken - taken_before < 20000) {
        fprintf(stderr, "only %d mutated lines taken\n", test_taken - taken_before);
        test_failures++;
    }
    printf("%d lines taken\n", test_taken);
    TEST_DONE();
}
