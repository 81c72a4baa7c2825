/* test_ingest_record.c — the extraction record an ingest stores
 * (m_ingest_record, written straight from the typed result) is byte for
 * byte the Jansson dump of the contract object (tx_result_json) with the
 * feed's meta after it: what every store written before held, what
 * article.get and article.delete's forget read back.  Over the seed
 * articles (with and without a given date, with and without meta) and a
 * hand-written result with every optional member and strings that need
 * escaping (quotes, backslashes, control characters, NUL, '/'). */
#include "tenured.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "test.h"
#include "xmalloc.h"

/* The record both ways; checks they are the same bytes. */
static void check_record(const char *what, const tx_result *r, json_t *meta)
{
    json_t *o = tx_result_json(r);
    if (json_object_size(meta))
        json_object_set(o, "meta", meta);
    char *want = json_dumps(o, JSON_COMPACT);
    size_t len = 0;
    char *got = m_ingest_record(r, meta, &len);
    CHECK(got != NULL);
    if (!got) {
        free(want);
        json_decref(o);
        return;
    }
    CHECK_INT(len, strlen(want));
    if (strcmp(got, want) != 0)
        fprintf(stderr, "%s:\n  want %s\n  got  %s\n", what, want, got);
    CHECK_STR(got, want);
    free(want);
    free(got);
    json_decref(o);
}

/* Read a file whole. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *b = NULL;
    size_t n = 0, cap = 0, got;
    do {
        if (n == cap) {
            char *nb = realloc(b, cap = cap ? cap * 2 : 65536);
            if (!nb)
                break;
            b = nb;
        }
        got = fread(b + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    *len = n;
    return b;
}

static void test_seeds(json_t *meta)
{
    static const char *const names[] = {"000_b2a7dd64626958e0.txt", "001_267d422c7d95975f.txt",
                                        "002_ecc20be5b7a49822.txt", "003_ece60e8a232120da.txt",
                                        "004_a73016d134b8d473.txt"};
    char *why = NULL;
    tx_lexicon *lx = tx_lexicon_load(TENURE_SOURCE_DIR "/conf/lexicon", &why);
    CHECK(lx != NULL);
    if (!lx) {
        fprintf(stderr, "lexicon: %s\n", why ? why : "?");
        free(why);
        return;
    }
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char path[512];
        size_t len;
        snprintf(path, sizeof path, "%s/tests/fixtures/%s", TENURE_SOURCE_DIR, names[i]);
        char *text = read_file(path, &len);
        CHECK(text != NULL);
        for (int given = 0; text && given < 2; given++) {
            tx_error err;
            tx_result *r = tx_extract_result(lx, text, len, given ? "2019-05" : NULL, &err);
            CHECK(r != NULL);
            if (!r)
                continue;
            CHECK(r->nroles > 0);
            check_record(names[i], r, NULL);
            check_record(names[i], r, meta);
            tx_result_free(r);
        }
        free(text);
    }
    tx_lexicon_unref(lx);
}

static void test_literal(json_t *meta)
{
    /* every optional member, null strings, strings to escape */
    static const char lit[] =
        "{\"date\":\"0999-01\",\"date_source\":\"guess\","
        "\"people\":[{\"name\":\"a\\\"b\\\\c/d\\u0001\\u0000e\\t\\n\",\"mentions\":-3}],"
        "\"organizations\":[{\"name\":null,\"mentions\":0}],"
        "\"roles\":[{\"person\":\"Lý Hiển Long\",\"position\":null,\"role\":\"\","
        "\"organization\":null,\"completed\":true,\"foreign\":true,\"when\":\"2013-07-31\","
        "\"status\":\"ended\",\"span\":[60,4294967296],\"single_holder\":false,\"from\":\"2004\","
        "\"to\":\"2024-05-15\"},{\"person\":\"x\",\"status\":\"appointed\",\"from\":\"1973\"}]}";
    json_error_t je;
    json_t *j = json_loads(lit, JSON_ALLOW_NUL, &je);
    CHECK(j != NULL);
    if (!j) {
        fprintf(stderr, "literal: %s\n", je.text);
        return;
    }
    tx_result *r = tx_result_from_json(j);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(r->people[0].name.len, 12); /* a"b\c/d, U+0001, NUL, e, tab, newline */
        check_record("literal", r, NULL);
        check_record("literal", r, meta);
        tx_result_free(r);
    }
    json_decref(j);
    /* an empty, undated result */
    tx_result *e = tx_result_from_json(j = json_object());
    CHECK(e != NULL);
    if (e) {
        check_record("empty", e, NULL);
        check_record("empty", e, meta);
        tx_result_free(e);
    }
    json_decref(j);
}

int main(void)
{
    xmalloc_init("test_ingest_record", NULL);
    json_t *meta =
        json_pack("{s:s,s:[i,s],s:{s:b}}", "id", "vnx-17/a\"b", "tags", 1, "ả", "nested", "x", 1);
    json_t *empty = json_object();
    test_seeds(meta);
    test_seeds(empty);
    test_literal(meta);
    test_literal(empty);
    json_decref(meta);
    json_decref(empty);
    return test_failures ? 1 : 0;
}
