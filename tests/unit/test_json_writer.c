/* test_json_writer.c — the direct reply writer (daemon/json_writer.c)
 * against Jansson: fixed shapes (nesting, empty containers, integers at the
 * limits, null, partial dates) and 20,000 random UTF-8 strings (control
 * characters, quotes, backslashes, '/', DEL, 2-4 byte characters) must come
 * out byte for byte as json_dumps(JSON_COMPACT) writes the same tree, parse
 * back with json_loadb to the same value; unbalanced or too deep output is
 * refused by jw_finish. */
#include "json_writer.h"

#include <jansson.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "test.h"

/* The writer's text (NULL when jw_finish refused it). */
static char *test_text(jw *w)
{
    char *t;
    size_t n;
    if (jw_finish(w, &t, &n) != 0)
        return NULL;
    if (strlen(t) != n) {
        free(t);
        return NULL;
    }
    return t;
}

/* Compare the writer's text with Jansson's dump of tree (stolen). */
static void test_same(jw *w, json_t *tree, int line)
{
    char *a = test_text(w);
    char *b = json_dumps(tree, JSON_COMPACT | JSON_ENCODE_ANY);
    if (!a || !b || strcmp(a, b) != 0) {
        fprintf(stderr, "line %d: writer \"%s\" != jansson \"%s\"\n", line, a ? a : "(null)",
                b ? b : "(null)");
        test_failures++;
    }
    json_error_t je;
    json_t *back = a ? json_loads(a, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je) : NULL;
    if (!back || !json_equal(back, tree)) {
        fprintf(stderr, "line %d: writer text does not parse back to the tree\n", line);
        test_failures++;
    }
    json_decref(back);
    json_decref(tree);
    free(a);
    free(b);
}

static uint64_t test_rng = 0x9e3779b97f4a7c15ull;
static uint32_t test_rand(void)
{
    test_rng ^= test_rng << 13;
    test_rng ^= test_rng >> 7;
    test_rng ^= test_rng << 17;
    return (uint32_t)(test_rng >> 11);
}

/* Append one code point as UTF-8; the bytes used. */
static size_t test_utf8(uint32_t c, char *o)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | c >> 6);
        o[1] = (char)(0x80 | (c & 63));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | c >> 12);
        o[1] = (char)(0x80 | (c >> 6 & 63));
        o[2] = (char)(0x80 | (c & 63));
        return 3;
    }
    o[0] = (char)(0xF0 | c >> 18);
    o[1] = (char)(0x80 | (c >> 12 & 63));
    o[2] = (char)(0x80 | (c >> 6 & 63));
    o[3] = (char)(0x80 | (c & 63));
    return 4;
}

/* A random code point, biased to the characters that need care. */
static uint32_t test_cp(void)
{
    static const uint32_t special[] = {'"',    '\\',   '/',    0x7f,   '\b',     '\f',   '\n',
                                       '\r',   '\t',   0x00,   0x01,   0x1f,     0x2028, 0x2029,
                                       0xFEFF, 0xFFFD, 0x1EA1, 0x0111, 0x10FFFF, 0x1F600};
    switch (test_rand() % 6) {
    case 0:
        return special[test_rand() % (sizeof special / sizeof special[0])];
    case 1:
        return test_rand() % 0x20;
    case 2:
        return 0x20 + test_rand() % 0x60;
    case 3:
        return 0x80 + test_rand() % 0x780;
    case 4: {
        uint32_t c = 0x800 + test_rand() % (0x10000 - 0x800);
        return c >= 0xD800 && c <= 0xDFFF ? 0xE000 : c; /* no surrogates: not UTF-8 */
    }
    default:
        return 0x10000 + test_rand() % 0x100000;
    }
}

int main(void)
{
    jw w;

    /* shapes: nesting, empty containers, keys after containers */
    jw_init(&w);
    jw_obj(&w);
    jw_key(&w, "a");
    jw_arr(&w);
    jw_arr_end(&w);
    jw_key(&w, "b");
    jw_obj(&w);
    jw_obj_end(&w);
    jw_key(&w, "c");
    jw_arr(&w);
    jw_int(&w, 1);
    jw_obj(&w);
    jw_key(&w, "x");
    jw_null(&w);
    jw_key(&w, "y");
    jw_str(&w, "");
    jw_obj_end(&w);
    jw_arr(&w);
    jw_arr_end(&w);
    jw_int(&w, -2);
    jw_arr_end(&w);
    jw_key(&w, "d");
    jw_raw(&w, "{\"r\":[1,2]}", 11);
    jw_obj_end(&w);
    test_same(&w,
              json_pack("{s:[],s:{},s:[i,{s:n,s:s},[],i],s:{s:[i,i]}}", "a", "b", "c", 1, "x", "y",
                        "", -2, "d", "r", 1, 2),
              __LINE__);

    /* members written from a fresh object, copied into another object
     * (empty, or after a member of its own) as registry_summary.c's
     * answer texts are: the same text as writing them there */
    {
        jw a;
        jw_init(&a);
        jw_obj(&a);
        if (!jw_fresh(&a))
            test_failures++;
        size_t mark = a.len;
        jw_key(&a, "k");
        jw_arr(&a);
        jw_str(&a, "v\"");
        jw_arr_end(&a);
        jw_key(&a, "n");
        jw_int(&a, 3);
        if (jw_fresh(&a))
            test_failures++;
        for (int own = 0; own < 2; own++) {
            jw_init(&w);
            jw_obj(&w);
            if (own) {
                jw_key(&w, "first");
                jw_null(&w);
            }
            jw_members(&w, a.buf + mark, a.len - mark);
            jw_key(&w, "after");
            jw_int(&w, 1);
            jw_obj_end(&w);
            test_same(
                &w,
                own ? json_pack("{s:n,s:[s],s:i,s:i}", "first", "k", "v\"", "n", 3, "after", 1)
                    : json_pack("{s:[s],s:i,s:i}", "k", "v\"", "n", 3, "after", 1),
                __LINE__);
        }
        jw_free(&a);
    }

    /* integers at the limits */
    static const long long ints[] = {0, 1, -1, 9, 10, 4294967295LL, LLONG_MAX, LLONG_MIN};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        jw_init(&w);
        jw_int(&w, ints[i]);
        test_same(&w, json_integer(ints[i]), __LINE__);
    }

    /* partial dates: as reg_span_json writes them, null for none */
    static const pdate dates[] = {{2017, 0, 0, PDATE_YEAR},
                                  {2017, 3, 0, PDATE_MONTH},
                                  {2017, 3, 4, PDATE_DAY},
                                  {1, 1, 1, PDATE_DAY},
                                  {0, 0, 0, PDATE_NONE}};
    static const char *const dtext[] = {"2017", "2017-03", "2017-03-04", "0001-01-01", NULL};
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        jw_init(&w);
        jw_arr(&w);
        jw_pdate(&w, &dates[i]);
        jw_arr_end(&w);
        test_same(&w, json_pack("[o]", dtext[i] ? json_string(dtext[i]) : json_null()), __LINE__);
    }

    /* every byte below 0x80 alone, then random UTF-8 strings */
    for (uint32_t c = 0; c < 0x80; c++) {
        char s[1] = {(char)c};
        jw_init(&w);
        jw_strn(&w, s, 1);
        test_same(&w, json_stringn(s, 1), __LINE__);
    }
    char buf[4 * 64];
    for (int round = 0; round < 20000 && test_failures < 10; round++) {
        size_t n = 0, chars = test_rand() % 64;
        for (size_t i = 0; i < chars; i++)
            n += test_utf8(test_cp(), buf + n);
        json_t *s = json_stringn(buf, n);
        CHECK(s != NULL);
        if (!s)
            break;
        jw_init(&w);
        jw_obj(&w);
        jw_key(&w, "k");
        jw_strn(&w, buf, n);
        jw_key(&w, "l");
        jw_arr(&w);
        jw_strn(&w, buf, n);
        jw_strn(&w, buf, n);
        jw_arr_end(&w);
        jw_obj_end(&w);
        test_same(&w, json_pack("{s:O,s:[O,o]}", "k", s, "l", s, s), __LINE__);
    }

    /* unbalanced or too deep: refused */
    jw_init(&w);
    jw_obj(&w);
    CHECK(test_text(&w) == NULL);
    jw_init(&w);
    jw_arr_end(&w);
    CHECK(test_text(&w) == NULL);
    jw_init(&w);
    for (int i = 0; i <= JW_MAX_DEPTH; i++)
        jw_arr(&w);
    for (int i = 0; i <= JW_MAX_DEPTH; i++)
        jw_arr_end(&w);
    CHECK(test_text(&w) == NULL);
    jw_init(&w);
    for (int i = 0; i < JW_MAX_DEPTH; i++)
        jw_arr(&w);
    for (int i = 0; i < JW_MAX_DEPTH; i++)
        jw_arr_end(&w);
    char *deep = test_text(&w);
    CHECK(deep != NULL && strlen(deep) == 2 * JW_MAX_DEPTH);
    free(deep);

    /* a large value grows the buffer */
    jw_init(&w);
    jw_arr(&w);
    for (int i = 0; i < 10000; i++)
        jw_str(&w, "Bí thư Tỉnh ủy \"Cà Mau\"\n");
    jw_arr_end(&w);
    char *big = test_text(&w);
    json_error_t je;
    json_t *bt = big ? json_loads(big, 0, &je) : NULL;
    CHECK(bt && json_array_size(bt) == 10000);
    json_decref(bt);
    free(big);

    if (test_failures)
        fprintf(stderr, "test_json_writer: %d failure(s)\n", test_failures);
    return test_failures ? 1 : 0;
}
