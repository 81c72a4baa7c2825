/*
 * test_identity_s23.c — a body's initials an article defines make one post
 * with the body written out (docs/REGISTRY.md, "Post identity"): the
 * extractor writes the body out in `position` and keeps the spelling with
 * the initials in `written` ("Tổng giám đốc QLR" after "Công ty cổ phần
 * Lọc hóa dầu Quảng Lâm (QLR)"); the registry makes both spellings find
 * one post, whichever article comes first.  Made-up names throughout.
 */
#include "reg_env.h"

#include <libgen.h>

#define FULL "Tổng giám đốc Công ty cổ phần Lọc hóa dầu Quảng Lâm"
#define SHORT "Tổng giám đốc QLR"

/* Feed article n of date: one claim of person in position, with its
 * spelling with initials (NULL: none). */
static void feed(unsigned n, const char *date, const char *person, const char *position,
                 const char *written)
{
    json_t *role = json_pack("{s:s,s:s,s:s,s:s,s:s,s:[i,i],s:b}", "person", person, "position",
                             position, "role", "Tổng giám đốc", "organization",
                             position + strlen("Tổng giám đốc "), "status", "current", "span", 0,
                             (int)(strlen(position) + strlen(person) + 1), "single_holder", 1);
    if (written) {
        json_object_set_new(role, "written", json_string(written));
        json_object_set_new(role, "completed", json_true());
    }
    json_t *x = json_pack("{s:[o],s:[{s:s}]}", "roles", role, "people", "name", person);
    unsigned char id[16];
    pdate d;
    tn_error err = {0};
    CHECK_INT(pdate_parse(date, &d), 0);
    env_aid(n, id);
    MDB_txn *txn;
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    char text[256];
    snprintf(text, sizeof text, "%s %s.", position, person);
    int r = reg_apply_json(txn, env_lx, id, &d, x, text, strlen(text), &err);
    if (r != 0)
        fprintf(stderr, "apply %u: %s\n", n, err.message);
    CHECK_INT(r, 0);
    CHECK_INT(mdb_txn_commit(txn), 0);
    json_decref(x);
}

/* The post id `who POST` answers with (0: none), and whether it lists
 * name. */
static long long who_post(const char *post, const char *name, int *lists)
{
    MDB_txn *txn;
    tn_error err = {0};
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    json_t *r = registry_who(txn, env_lx, post, NULL, 50, &err);
    mdb_txn_abort(txn);
    long long id = 0;
    *lists = 0;
    if (!r) {
        fprintf(stderr, "who %s: %s\n", post, err.message);
        return 0;
    }
    if (getenv("IDENTITY_DEBUG")) {
        char *d = json_dumps(r, JSON_COMPACT);
        fprintf(stderr, "%s\n", d);
        free(d);
    }
    json_t *p = json_object_get(r, "post");
    id = json_integer_value(json_object_get(p, "id"));
    if (!id)
        id = json_integer_value(json_object_get(r, "post_id"));
    size_t i;
    json_t *h;
    json_array_foreach(json_object_get(r, "holders"), i, h)
    {
        const char *pn = json_string_value(json_object_get(h, "person"));
        if (pn && strcmp(pn, name) == 0)
            *lists = 1;
    }
    json_decref(r);
    return id;
}

/* Three articles: one defines the initials (its claim carries both
 * spellings), one writes the initials only, one the full name only; fed
 * in the order given, every spelling finds the one post holding all. */
static void run(const int order[3])
{
    char dir[] = "/tmp/tenure-identity-XXXXXX";
    env_open(dir, 16);
    for (int i = 0; i < 3; i++) {
        if (order[i] == 0)
            feed(1, "2017-03-01", "Trần Văn Khải", FULL, SHORT);
        else if (order[i] == 1)
            feed(2, "2017-04-01", "Trần Văn Khải", SHORT, NULL);
        else
            feed(3, "2017-05-01", "Trần Văn Khải", FULL, NULL);
    }
    int l1 = 0, l2 = 0;
    long long p1 = who_post(FULL, "Trần Văn Khải", &l1);
    long long p2 = who_post(SHORT, "Trần Văn Khải", &l2);
    if (!(l1 && l2))
        fprintf(stderr, "order %d %d %d: %s %lld %d, %s %lld %d\n", order[0], order[1], order[2],
                FULL, p1, l1, SHORT, p2, l2);
    CHECK(l1 && l2);
    /* a store that had both spellings apart before the article defining
     * the initials keeps them apart (merge post joins them) */
    if (!(order[0] != 0 && order[1] != 0))
        CHECK(p1 == p2);
    env_remove(dir);
}

int main(void)
{
    char lexdir[4096], src[4096];
    char *msg = NULL;
    snprintf(src, sizeof src, "%s", __FILE__);
    snprintf(lexdir, sizeof lexdir, "%s/../../conf/lexicon", dirname(src));
    env_lx = tx_lexicon_load(lexdir, &msg);
    if (!env_lx) {
        fprintf(stderr, "lexicon %s: %s\n", lexdir, msg ? msg : "?");
        return 1;
    }
    static const int orders[][3] = {{0, 1, 2}, {1, 0, 2}, {2, 0, 1}, {0, 2, 1}, {1, 2, 0}};
    for (size_t i = 0; i < sizeof orders / sizeof orders[0]; i++)
        run(orders[i]);
    tx_lexicon_unref(env_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
