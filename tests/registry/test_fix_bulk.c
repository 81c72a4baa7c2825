/*
 * test_fix_bulk.c — merge and split move thousands of evidence records in
 * one correction (issue 11: fix_list_add was handed a pointer into the list
 * it reallocs, so any correction moving more than 16 records read freed
 * memory; the suite never moved more than 16).  10,000 one-claim articles
 * make one person's tenure; it is merged into another person, split back
 * out by post, and half of it is moved by a post merge, checking the counts
 * after each step.  Meant to run in the ASan build too (tests/run-all.sh).
 */
#include "reg_env.h"

#define N_BULK 10000u
#define PM "Thủ tướng Chính phủ"
#define PM2 "Thủ tướng CP"

static env_row pmc[] = {{"Phạm Minh Chính", PM, "Thủ tướng", "Chính phủ", "current", "1"},
                        {NULL, NULL, NULL, NULL, NULL, NULL}};
static env_row pmc2[] = {{"Phạm Minh Chính", PM2, "Thủ tướng", "Chính phủ", "current", "1"},
                         {NULL, NULL, NULL, NULL, NULL, NULL}};
static env_row tl[] = {{"Tô Lâm", "Tổng Bí thư", "Tổng Bí thư", NULL, "current", "1"},
                       {NULL, NULL, NULL, NULL, NULL, NULL}};

struct two {
    const char *kind, *a, *b;
    json_t *posts;
};

static json_t *do_merge(MDB_txn *txn, void *arg, tn_error *err)
{
    struct two *t = arg;
    return registry_merge(txn, NULL, t->kind, t->a, t->b, err);
}

static json_t *do_split(MDB_txn *txn, void *arg, tn_error *err)
{
    struct two *t = arg;
    return registry_split(txn, NULL, t->a, NULL, t->posts, err);
}

int main(void)
{
    char dir[] = "/tmp/tenure-fixbulk-XXXXXX";
    env_open(dir, 512);

    /* 10,000 articles in a few transactions (one each would only be slower) */
    MDB_txn *txn = NULL;
    for (unsigned i = 0; i < N_BULK; i++) {
        char date[16];
        if (i % 1000 == 0) {
            if (txn)
                CHECK_INT(mdb_txn_commit(txn), 0);
            CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
        }
        snprintf(date, sizeof date, "%04u-%02u-%02u", 2021 + i / 4000, 1 + i / 31 % 12, 1 + i % 28);
        CHECK_INT(env_feed_txn(txn, i, date, i % 2 ? pmc2 : pmc), 0);
    }
    CHECK_INT(mdb_txn_commit(txn), 0);
    env_feed(N_BULK, "2024-08-03", tl);
    CHECK_INT(env_stat("evidence"), N_BULK + 1);
    CHECK_INT(env_stat("persons"), 2);

    json_t *p = env_person("Phạm Minh Chính");
    CHECK_INT(env_evidence_of(p, PM), N_BULK / 2);
    CHECK_INT(env_evidence_of(p, PM2), N_BULK / 2);
    json_decref(p);

    /* merge person: all 10,000 records move in one correction */
    struct two m = {"person", "Phạm Minh Chính", "Tô Lâm", NULL};
    json_t *r = env_write(do_merge, &m, NULL);
    CHECK(r != NULL);
    json_decref(r);
    CHECK_INT(env_stat("persons"), 1);
    p = env_person("Tô Lâm");
    CHECK_INT(env_evidence_of(p, PM), N_BULK / 2);
    CHECK_INT(env_evidence_of(p, PM2), N_BULK / 2);
    CHECK_INT(env_evidence_of(p, "Tổng Bí thư"), 1);
    json_decref(p);
    CHECK_INT(env_stat("tenures"), 3);

    /* merge post: 5,000 records move to the other label */
    struct two mp = {"post", PM2, PM, NULL};
    r = env_write(do_merge, &mp, NULL);
    CHECK(r != NULL);
    json_decref(r);
    p = env_person("Tô Lâm");
    CHECK_INT(env_evidence_of(p, PM), N_BULK);
    CHECK_INT(env_evidence_of(p, PM2), -1);
    json_decref(p);
    CHECK_INT(env_stat("tenures"), 2);

    /* split: the 10,000 records of the post go to a new person */
    struct two s = {"person", "Tô Lâm", NULL, json_pack("[s]", PM)};
    r = env_write(do_split, &s, NULL);
    CHECK(r != NULL);
    CHECK_INT(json_integer_value(json_object_get(r, "moved")), N_BULK);
    json_int_t np = json_integer_value(json_object_get(r, "new_person_id"));
    json_decref(r);
    json_decref(s.posts);
    char hid[24];
    snprintf(hid, sizeof hid, "#%lld", (long long)np);
    p = env_person(hid);
    CHECK_INT(env_evidence_of(p, PM), N_BULK);
    json_decref(p);
    p = env_person("#2");
    CHECK_INT(env_evidence_of(p, PM), -1);
    CHECK_INT(env_evidence_of(p, "Tổng Bí thư"), 1);
    json_decref(p);
    CHECK_INT(env_stat("evidence"), N_BULK + 1);
    CHECK_INT(env_stat("tenures"), 2);

    env_remove(dir);
    TEST_DONE();
}
