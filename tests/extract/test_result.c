/*
 * test_result.c — the typed extraction result (tx_result, extract.h) and its
 * contract JSON: a hand-written contract object with every member reads
 * back into the struct and writes out byte for byte (key order, dates,
 * null organization, the optional members); the seed articles' extractions
 * survive JSON -> struct -> JSON unchanged (what a stored extraction goes
 * through); the struct's typed members say what the sentence says (date
 * and its source, status, span in the text as sent).
 */
#include "tenure/protocol.h"
#include "tx_check.h"

/* Compact JSON of a value, malloc'd. */
static char *dump(const json_t *j)
{
    return json_dumps(j, JSON_COMPACT);
}

/* JSON -> struct -> JSON is the identity on the contract's objects. */
static void check_roundtrip(const char *what, const json_t *j)
{
    tx_result *r = tx_result_from_json(j);
    CHECK(r != NULL);
    if (!r)
        return;
    json_t *back = tx_result_json(r);
    char *a = dump(j), *b = dump(back);
    if (strcmp(a, b) != 0)
        fprintf(stderr, "%s:\n  %s\n  %s\n", what, a, b);
    CHECK_STR(b, a);
    free(a);
    free(b);
    json_decref(back);
    tx_result_free(r);
}

/* Every member, in the contract's order. */
static void test_literal(void)
{
    static const char lit[] =
        "{\"date\":\"2017-03-04\",\"date_source\":\"stamp\","
        "\"people\":[{\"name\":\"Phạm Minh Chính\",\"mentions\":2},{\"name\":null,\"mentions\":0}],"
        "\"organizations\":[{\"name\":\"Bộ Chính trị\",\"mentions\":1}],"
        "\"roles\":[{\"person\":\"Phạm Minh Chính\",\"position\":\"Trưởng Ban Tổ chức Trung "
        "ương\",\"role\":\"Trưởng Ban\",\"organization\":\"Tổ chức Trung ương\",\"status\":"
        "\"current\",\"span\":[0,52],\"single_holder\":true},"
        "{\"person\":\"Lý Hiển Long\",\"position\":\"Thủ tướng\",\"role\":\"Thủ tướng\","
        "\"organization\":null,\"foreign\":true,\"when\":\"2013-07\",\"status\":\"former\","
        "\"span\":[60,90],\"single_holder\":true,\"from\":\"2004\",\"to\":\"2024-05-15\"},"
        "{\"person\":\"A\",\"position\":\"Bí thư Tỉnh ủy Yên Bái\",\"role\":\"Bí thư\","
        "\"organization\":\"Tỉnh ủy Yên Bái\",\"completed\":true,\"status\":\"acting\","
        "\"span\":[1,2],\"single_holder\":false,\"from\":\"1973\"}]}";
    json_t *j = json_loads(lit, 0, NULL);
    CHECK(j != NULL);
    check_roundtrip("literal", j);
    tx_result *r = tx_result_from_json(j);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(r->date_source, TX_DATE_STAMP);
        CHECK_INT(r->date.prec, PDATE_DAY);
        CHECK_INT(r->date.year * 10000 + r->date.month * 100 + r->date.day, 20170304);
        CHECK_INT(r->npeople, 2);
        CHECK(r->people[1].name.s == NULL);
        CHECK_INT(r->nroles, 3);
        CHECK_INT(r->roles[0].span_end, 52);
        CHECK(r->roles[1].organization.s == NULL);
        CHECK(r->roles[1].foreign && r->roles[1].has_when && r->roles[1].has_from);
        CHECK_INT(r->roles[1].when.prec, PDATE_MONTH);
        CHECK_INT(r->roles[1].to.day, 15);
        CHECK_INT(r->roles[1].status, TX_FORMER);
        CHECK(r->roles[2].completed && !r->roles[2].single_holder);
        CHECK_INT(r->roles[2].to.prec, PDATE_NONE);
        CHECK_INT(r->roles[2].status, TX_ACTING);
        tx_result_free(r);
    }
    json_decref(j);
    /* no date: null and "none" */
    j = json_loads("{\"date\":null,\"date_source\":\"none\",\"people\":[],\"organizations\":[],"
                   "\"roles\":[]}",
                   0, NULL);
    check_roundtrip("undated", j);
    json_decref(j);
    /* not an object */
    j = json_array();
    CHECK(tx_result_from_json(j) == NULL);
    json_decref(j);
}

/* Read one seed file whole. */
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

/* The seed articles, dated by their text and given a date. */
static void test_seeds(void)
{
    static const char *const names[] = {"000_b2a7dd64626958e0.txt", "001_267d422c7d95975f.txt",
                                        "002_ecc20be5b7a49822.txt", "003_ece60e8a232120da.txt",
                                        "004_a73016d134b8d473.txt"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char path[512];
        size_t len;
        snprintf(path, sizeof path, "%s/%s", TX_FIXTURES_DIR, names[i]);
        char *text = read_file(path, &len);
        CHECK(text != NULL);
        if (!text)
            continue;
        for (int given = 0; given < 2; given++) {
            tx_error err;
            json_t *j = tx_extract(tx_check_lexicon(), text, len, given ? "2019" : NULL, &err);
            CHECK(j != NULL);
            if (j)
                check_roundtrip(names[i], j);
            CHECK(json_array_size(json_object_get(j, "roles")) > 0);
            json_decref(j);
        }
        free(text);
    }
}

/* The typed members of one sentence. */
static void test_typed(void)
{
    static const char s[] = "Trưởng ban Tổ chức Trung ương Lê Minh Hưng phát biểu tại hội nghị.";
    tx_error err;
    tx_result *r = tx_extract_result(tx_check_lexicon(), s, strlen(s), "2024-07", &err);
    CHECK(r != NULL);
    if (!r)
        return;
    CHECK_INT(r->date_source, TX_DATE_GIVEN);
    CHECK_INT(r->date.prec, PDATE_MONTH);
    CHECK_INT(r->date.year, 2024);
    CHECK_INT(r->nroles, 1);
    if (r->nroles) {
        const tx_role *x = &r->roles[0];
        CHECK_STR(x->person.s, "Lê Minh Hưng");
        CHECK_INT(x->person.len, strlen("Lê Minh Hưng"));
        CHECK(tx_check_same(x->position.s, "Trưởng Ban Tổ chức Trung ương"));
        CHECK_INT(x->status, TX_CURRENT);
        CHECK(x->single_holder);
        CHECK(!x->has_from && !x->has_when && !x->foreign && !x->completed);
        CHECK_INT(x->span_start, 0);
        CHECK_INT(x->span_end, strlen("Trưởng ban Tổ chức Trung ương Lê Minh Hưng"));
    }
    CHECK_STR(tx_status_name(TX_ENDED), "ended");
    CHECK_STR(tx_date_source_name(r->date_source), "given");
    tx_result_free(r);
    /* the same failures as tx_extract */
    CHECK(tx_extract_result(tx_check_lexicon(), "a\xc3\x28", 3, NULL, &err) == NULL);
    CHECK_INT(err.code, TENURE_E_BAD_TEXT);
    CHECK_INT(err.offset, 1);
}

int main(void)
{
    test_literal();
    test_seeds();
    test_typed();
    tx_lexicon_unref(tx_check_lexicon());
    return test_failures ? 1 : 0;
}
