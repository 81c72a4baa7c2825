/* test_json_reader.c — the request parser (daemon/json_reader.c) against
 * Jansson's: wherever jr_parse returns a tree, json_loadb with the
 * dispatcher's flags must return an equal one with the members in the same
 * order (json_dumps of both equal); wherever Jansson refuses a line,
 * jr_parse must too.  The same for the flat read without a tree (jr_flat):
 * whatever it takes, Jansson reads the same members with the same values;
 * and whatever request the dispatcher answers from it (rpc_flat_check),
 * the dispatcher's checks on Jansson's tree accept with the same method,
 * id and typed params, and the reply cache's key (rpc_args_canonical) is
 * json_dumpb's of the filled params.  Fixed lines the subset must take
 * (the bench mix's shapes, escapes, nesting, Vietnamese text) and must
 * leave to Jansson (real numbers, \u, a duplicate key, trailing bytes,
 * invalid UTF-8, too deep), then 200,000 random mutations of request
 * lines. */
#include "json_reader.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "rpc.h"
#include "test.h"

static int test_taken, test_flat_taken, test_flat_answered, test_keys;

#define FLAT_FAIL(line, s, len, why)                                                               \
    do {                                                                                           \
        fprintf(stderr, "line %d: %.*s: %s\n", line, (int)(len), s, why);                          \
        test_failures++;                                                                           \
    } while (0)

/* A flat member against Jansson's value of it. */
static int test_member_same(const struct jr_member *e, json_t *v)
{
    switch (e->kind) {
    case JR_STR:
        return json_is_string(v) && json_string_length(v) == e->len &&
               memcmp(json_string_value(v), e->str, e->len) == 0 && e->str[e->len] == '\0';
    case JR_INT:
        return json_is_integer(v) && json_integer_value(v) == e->num;
    case JR_TRUE:
        return json_is_true(v);
    case JR_FALSE:
        return json_is_false(v);
    case JR_NULL:
        return json_is_null(v);
    default:
        return json_is_object(v);
    }
}

/* The reply cache's key from typed params against json_dumpb's (a request
 * of a method with a text handler that the dispatcher accepts). */
static void test_key_same(const struct rpc_method *m, const struct rpc_args *a, json_t *filled,
                          const char *s, size_t len, int line)
{
    char k1[1100], k2[1100];
    size_t n1 = rpc_args_canonical(a, k1, sizeof k1);
    size_t n2 = json_dumpb(filled, k2, sizeof k2, JSON_COMPACT | JSON_SORT_KEYS);
    (void)m;
    if (n1 != n2 || (n1 <= sizeof k1 && memcmp(k1, k2, n1) != 0))
        FLAT_FAIL(line, s, len, "rpc_args_canonical differs from json_dumpb");
    test_keys++;
}

/* Typed params from the tree against the flat ones. */
static int test_args_same(const struct rpc_method *m, const struct rpc_args *a,
                          const struct rpc_args *b)
{
    for (size_t i = 0; i < RPC_MAX_FIELDS; i++) {
        if (a->set[i] != b->set[i] || a->num[i] != b->num[i] || a->len[i] != b->len[i] ||
            (!a->str[i]) != (!b->str[i]) || (a->str[i] && memcmp(a->str[i], b->str[i], a->len[i])))
            return 0;
    }
    return a->m == m && b->m == m;
}

/* The dispatcher's checks on Jansson's tree (ref) of a line: for a method
 * with a text handler, the cache key; when the flat read answered the line
 * (fm, fa, fid), the same method, id and params. */
static void test_rpc_same(json_t *ref, const struct rpc_method *fm, const struct rpc_args *fa,
                          const struct jr_member *fid, const char *s, size_t len, int line)
{
    rpc_error err = {0};
    json_t *id, *params;
    int always;
    const struct rpc_method *m =
        json_is_object(ref) ? rpc_request_check(ref, 0, &id, &params, &err, &always) : NULL;
    rpc_error_clear(&err);
    if (fm && m != fm) {
        FLAT_FAIL(line, s, len, "rpc_flat_check takes what rpc_request_check does not");
        return;
    }
    struct rpc_args b;
    if (!m || !id || json_is_null(id))
        return;
    json_t *filled = params ? json_deep_copy(params) : json_object();
    rpc_params_fill(m, filled);
    if (rpc_args_of_json(m, filled, &b) == 0 &&
        (!strcmp(rpc_method_name(m), "who") || !strcmp(rpc_method_name(m), "org") ||
         !strcmp(rpc_method_name(m), "person") || !strcmp(rpc_method_name(m), "search")))
        test_key_same(m, &b, filled, s, len, line);
    if (fm) {
        json_t *jid =
            fid->kind == JR_INT ? json_integer(fid->num) : json_stringn(fid->str, fid->len);
        if (!json_equal(jid, id))
            FLAT_FAIL(line, s, len, "the flat id differs");
        if (!test_args_same(m, fa, &b))
            FLAT_FAIL(line, s, len, "the flat params differ");
        json_decref(jid);
        test_flat_answered++;
    }
    json_decref(filled);
}

/* jr_flat(s) against Jansson's tree ref of the same line (NULL: refused);
 * 1 when jr_flat took the line. */
static int test_flat(const char *s, size_t len, json_t *ref, int line)
{
    char buf[2048];
    struct jr_flat f;
    if (len > sizeof buf)
        return 0;
    memcpy(buf, s, len);
    if (jr_flat(buf, len, &f) != 0) {
        test_rpc_same(ref, NULL, NULL, NULL, s, len, line);
        return 0;
    }
    test_flat_taken++;
    if (!json_is_object(ref) || json_object_size(ref) != f.ntop) {
        FLAT_FAIL(line, s, len, "jr_flat takes what Jansson does not read as its object");
        return 1;
    }
    for (size_t i = 0; i < f.ntop; i++) {
        const struct jr_member *e = &f.top[i];
        json_t *v = json_object_getn(ref, e->key, e->klen);
        if (!v || e->key[e->klen] != '\0' || !test_member_same(e, v)) {
            FLAT_FAIL(line, s, len, "a member differs from Jansson's");
            return 1;
        }
        if (e->kind != JR_OBJ)
            continue;
        if (json_object_size(v) != f.nsub) {
            FLAT_FAIL(line, s, len, "the inner object differs from Jansson's");
            return 1;
        }
        for (size_t k = 0; k < f.nsub; k++) {
            json_t *w = json_object_getn(v, f.sub[k].key, f.sub[k].klen);
            if (!w || !test_member_same(&f.sub[k], w)) {
                FLAT_FAIL(line, s, len, "an inner member differs from Jansson's");
                return 1;
            }
        }
    }
    struct rpc_args a;
    const struct jr_member *id;
    const struct rpc_method *m = rpc_flat_check(&f, &a, &id);
    test_rpc_same(ref, m, &a, id, s, len, line);
    return 1;
}

/* jr_parse(s) against json_loadb(s); 1 when jr_parse took the line. */
static int test_same(const char *s, size_t len, int line)
{
    json_error_t je;
    json_t *ref = json_loadb(s, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &je);
    json_t *fast = jr_parse(s, len);
    int took = fast != NULL;
    test_flat(s, len, ref, line);
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
    "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"org\",\"params\":{\"name\":\"Tỉnh ủy Bình "
    "Định\",\"at\":\"2016-04\",\"limit\":5}}",
    "{\"jsonrpc\":\"2.0\",\"id\":\"a-1\",\"method\":\"who\",\"params\":{\"position\":\"Chủ "
    "tịch nước\",\"why\":true,\"limit\":1000}}",
    " { \"method\" : \"person\" , \"params\" : { \"name\" : \"Vương Đình Huệ\" } , \"id\" : -7 , "
    "\"jsonrpc\" : \"2.0\" } ",
    "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"search\",\"params\":{\"text\":\"x\",\"limit\":0}}",
    "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"who\",\"params\":{\"position\":\"x\",\"why\":"
    "false,\"at\":null}}",
};

/* jr_flat's verdict on s, and whether rpc_flat_check answers it. */
static void test_flat_expect(const char *s, int taken, int answered, int line)
{
    int t0 = test_flat_taken, a0 = test_flat_answered;
    test_same(s, strlen(s), line);
    if ((test_flat_taken > t0) != taken || (test_flat_answered > a0) != answered)
        FLAT_FAIL(line, s, strlen(s), taken ? "flat: not taken or not answered" : "flat: taken");
}

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
    char *cause = NULL;
    CHECK_INT(rpc_init(&cause), 0);
    test_flat_expect(test_lines[0], 1, 1, __LINE__);
    test_flat_expect(test_lines[1], 0, 0, __LINE__); /* escapes */
    test_flat_expect(test_lines[2], 1, 1, __LINE__); /* a string id */
    test_flat_expect(test_lines[3], 0, 0, __LINE__); /* arrays */
    test_flat_expect(test_lines[5], 1, 1, __LINE__);
    test_flat_expect(test_lines[6], 1, 1, __LINE__);
    test_flat_expect(test_lines[7], 1, 1, __LINE__); /* spaces, any member order */
    test_flat_expect(test_lines[8], 1, 0, __LINE__); /* limit out of bounds */
    test_flat_expect(test_lines[9], 1, 0, __LINE__); /* at: null */
    test_flat_expect(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ingest\",\"params\":{\"text\":\"a\"}}", 1, 0,
        __LINE__); /* not a READ */
    test_flat_expect("{\"jsonrpc\":\"2.0\",\"method\":\"who\",\"params\":{\"position\":\"a\"}}", 1,
                     0, __LINE__); /* a notification */
    test_flat_expect(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"params\":{\"position\":\"a\","
        "\"x\":1}}",
        1, 0, __LINE__); /* an unknown field */
    test_flat_expect("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"params\":{\"limit\":3}}",
                     1, 0, __LINE__); /* a missing field */
    test_flat_expect(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"params\":{\"position\":\"a\","
        "\"limit\":\"3\"}}",
        1, 0, __LINE__); /* a wrong type */
    test_flat_expect(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"extra\":1,\"params\":{\"position\":"
        "\"a\"}}",
        1, 0, __LINE__); /* an unknown member */
    test_flat_expect(
        "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"who\",\"params\":{\"position\":\"a\"}}", 0, 0,
        __LINE__); /* a real id */
    test_flat_expect(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"params\":{\"position\":\"a\"},"
        "\"params\":{}}",
        0, 0, __LINE__); /* a duplicate */
    test_flat_expect(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"params\":{\"position\":{}}}", 0, 0,
        __LINE__);                                           /* nested deeper */
    test_flat_expect("{\"a\":{},\"b\":{}}", 0, 0, __LINE__); /* two objects */
    test_flat_expect("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8}", 1, 0,
                     __LINE__);
    test_flat_expect("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9}", 0,
                     0, __LINE__); /* nine members */
    test_flat_expect(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"params\":{\"position\":\"a\xC3\"}}", 0,
        0, __LINE__); /* invalid UTF-8 */
    test_flat_expect(
        "{\"jsonrpc\":\"2.0\",\"id\":-0,\"method\":\"person\",\"params\":{\"name\":\"a\"}}", 1, 1,
        __LINE__); /* -0 reads as 0, as in Jansson */
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
    int taken_before = test_taken, answered_before = test_flat_answered;
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
    if (test_flat_answered - answered_before < 2000) {
        fprintf(stderr, "only %d mutated lines answered flat\n",
                test_flat_answered - answered_before);
        test_failures++;
    }
    printf("%d lines taken, %d flat, %d answered flat, %d cache keys\n", test_taken,
           test_flat_taken, test_flat_answered, test_keys);
    TEST_DONE();
}
