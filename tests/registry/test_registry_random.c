/*
 * test_registry_random.c — the registry's upkeep against its definition on
 * random histories: articles with random names, posts, dates (day, month
 * or year), statuses and timelines are fed, forgotten and fed again, with
 * merges and splits in between.  After each phase every tenure must equal a
 * recomputation from scratch (own bounds from its evidence, succession over
 * its post), the post index must list exactly the tenures, and forgetting
 * everything must leave no evidence and no tenure.
 */
#include "registry_int.h"
#include "reg_apply.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static MDB_env *env;
static unsigned rnd_state = 20240704u;

/* A small deterministic generator (the test must fail the same way twice). */
static unsigned rnd(unsigned n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

static const char *const names[] = {"Nguyễn Văn Hùng", "Trần Quốc Vượng", "Lê Minh Hưng",
                                    "Phạm Minh Chính", "Võ Văn Thưởng",   "Đinh La Thăng",
                                    "Nguyen Van Hung"};
static const char *const posts[][4] = {
    /* position, role, organization, single */
    {"Trưởng Ban Tổ chức Trung ương", "Trưởng", "Ban Tổ chức Trung ương", "1"},
    {"Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị", "0"},
    {"Bí thư Thành ủy Hà Nội", "Bí thư", "Thành ủy Hà Nội", "1"},
    {"Thủ tướng", "Thủ tướng", NULL, "1"},
    {"Bộ trưởng Bộ Công an", "Bộ trưởng", "Bộ Công an", "1"}};
static const char *const statuses[] = {"current",   "current", "current", "former",
                                       "appointed", "ended",   "acting"};

/* A random partial date between 2000 and 2024. */
static void rnd_date(char *buf, size_t n)
{
    int y = 2000 + (int)rnd(25), m = 1 + (int)rnd(12), d = 1 + (int)rnd(28);
    switch (rnd(3)) {
    case 0:
        snprintf(buf, n, "%04d", y);
        break;
    case 1:
        snprintf(buf, n, "%04d-%02d", y, m);
        break;
    default:
        snprintf(buf, n, "%04d-%02d-%02d", y, m, d);
    }
}

/* Article id of number k. */
static void aid(int k, unsigned char id[16])
{
    memset(id, 0, 16);
    id[0] = 0xb0;
    id[14] = (unsigned char)(k >> 8);
    id[15] = (unsigned char)k;
}

/* Roles of article k, drawn from k so feeding k again states the same. */
static json_t *article(int k, pdate *date)
{
    unsigned saved = rnd_state;
    rnd_state = 777u + (unsigned)k * 7919u;
    char buf[16];
    rnd_date(buf, sizeof buf);
    if (rnd(10) == 0)
        date->prec = PDATE_NONE;
    else
        pdate_parse(buf, date);
    int year = atoi(buf);
    json_t *roles = json_array();
    unsigned n = 1 + rnd(4);
    for (unsigned i = 0; i < n; i++) {
        unsigned pi = rnd(5);
        const char *const *p = posts[pi];
        int single = p[3][0] == '1';
        /* one-holder posts pass from holder to holder every five years (so
         * succession has work to do); the others have anyone, any time */
        const char *who = single ? names[((year - 2000) / 5 + (int)pi) % 7] : names[rnd(7)];
        json_t *r = json_pack("{s:s,s:s,s:s,s:s?,s:s,s:[i,i],s:b}", "person", who, "position", p[0],
                              "role", p[1], "organization", p[2], "status", statuses[rnd(7)],
                              "span", 0, 4, "single_holder", single);
        if (!single && rnd(4) == 0) {
            rnd_date(buf, sizeof buf);
            json_object_set_new(r, "from", json_string(buf));
            if (rnd(2)) {
                rnd_date(buf, sizeof buf);
                json_object_set_new(r, "to", json_string(buf));
            }
        }
        json_array_append_new(roles, r);
    }
    rnd_state = saved;
    return json_pack("{s:o}", "roles", roles);
}

/* Feed or forget article k in its own transaction. */
static void apply(int k, int forget)
{
    MDB_txn *txn;
    tn_error err = {0};
    unsigned char id[16];
    pdate d = {0, 0, 0, PDATE_NONE};
    aid(k, id);
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    int r;
    if (forget) {
        r = registry_forget_article(txn, id, &err);
    } else {
        json_t *x = article(k, &d);
        r = reg_apply_json(txn, NULL, id, &d, x, "text", 4, &err);
        json_decref(x);
    }
    CHECK_INT(r, 0);
    if (r == 0)
        CHECK_INT(mdb_txn_commit(txn), 0);
    else
        mdb_txn_abort(txn);
}

/* Every tenure equals its recomputation; the post index lists exactly the
 * tenures; returns the number of tenures. */
static size_t check_invariants(void)
{
    MDB_txn *txn;
    MDB_cursor *cur;
    MDB_val k, v;
    size_t tenures = 0, indexed = 0;
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    CHECK_INT(mdb_cursor_open(txn, reg_db.tenures, &cur), 0);
    int rc;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        tb_tenure stored;
        memcpy(&stored, v.mv_data, sizeof stored);
        uint32_t person = reg_get_u32(k.mv_data),
                 post = reg_get_u32((unsigned char *)k.mv_data + 4);
        tenures++;
        /* recompute own bounds from the evidence, in index order */
        tb_tenure fresh;
        tb_init(&fresh);
        MDB_cursor *ec;
        unsigned char pk[4], pv[REG_EVIDX_LEN] = {0};
        reg_put_u32(pk, person);
        reg_put_u32(pv, post);
        MDB_val ek = {4, pk}, ev = {REG_EVIDX_LEN, pv};
        CHECK_INT(mdb_cursor_open(txn, reg_db.evidence_by_person, &ec), 0);
        for (int erc = mdb_cursor_get(ec, &ek, &ev, MDB_GET_BOTH_RANGE); erc == 0;
             erc = mdb_cursor_get(ec, &ek, &ev, MDB_NEXT_DUP)) {
            const unsigned char *d = ev.mv_data;
            if (reg_get_u32(d) != post)
                break;
            MDB_val rk = {18, (void *)(d + 8)}, rv;
            CHECK_INT(mdb_get(txn, reg_db.evidence, &rk, &rv), 0);
            reg_ev e;
            memcpy(&e, rv.mv_data, sizeof e);
            CHECK_INT(e.person, person);
            CHECK_INT(e.post, post);
            tb_add(&fresh, &e.obs);
        }
        mdb_cursor_close(ec);
        CHECK_INT(stored.count, fresh.count);
        CHECK_INT(stored.own_s1, fresh.own_s1);
        CHECK_INT(stored.own_s2, fresh.own_s2);
        CHECK_INT(stored.own_e1, fresh.own_e1);
        CHECK_INT(stored.own_e2, fresh.own_e2);
        CHECK_INT(stored.first_seen.lo, fresh.first_seen.lo);
        CHECK_INT(stored.last_seen.hi, fresh.last_seen.hi);
        CHECK_INT(stored.last_status, fresh.last_status);
        CHECK_INT(stored.hold_first.lo, fresh.hold_first.lo);
        CHECK_INT(stored.hold_last.hi, fresh.hold_last.hi);
        /* the post index holds this tenure under its first sighting */
        unsigned char ik[4], iv[REG_TIDX_LEN];
        reg_put_u32(ik, post);
        reg_tenure_idx(iv, person, &stored);
        MDB_cursor *ic;
        MDB_val ikv = {4, ik}, ivv = {REG_TIDX_LEN, iv};
        CHECK_INT(mdb_cursor_open(txn, reg_db.tenures_by_post, &ic), 0);
        CHECK_INT(mdb_cursor_get(ic, &ikv, &ivv, MDB_GET_BOTH), 0);
        mdb_cursor_close(ic);
    }
    mdb_cursor_close(cur);
    MDB_stat st;
    CHECK_INT(mdb_stat(txn, reg_db.tenures_by_post, &st), 0);
    indexed = st.ms_entries;
    CHECK_INT(indexed, tenures);
    /* succession: the stored derived bounds are the succession of the
     * post's holders, computed again here */
    CHECK_INT(mdb_cursor_open(txn, reg_db.posts, &cur), 0);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        uint32_t post = reg_get_u32(k.mv_data);
        tn_error err = {0};
        reg_post p;
        tb_tenure h[64], fresh[64];
        size_t n = 0;
        CHECK_INT(reg_post_get(txn, post, &p, &err), 0);
        MDB_cursor *hc;
        unsigned char pk[4];
        reg_put_u32(pk, post);
        MDB_val hk = {4, pk}, hv;
        CHECK_INT(mdb_cursor_open(txn, reg_db.tenures_by_post, &hc), 0);
        for (int hrc = mdb_cursor_get(hc, &hk, &hv, MDB_SET); hrc == 0 && n < 64;
             hrc = mdb_cursor_get(hc, &hk, &hv, MDB_NEXT_DUP)) {
            uint32_t person = reg_get_u32((unsigned char *)hv.mv_data + 4);
            CHECK_INT(reg_tenure_get(txn, person, post, &h[n], &err), 0);
            n++;
        }
        mdb_cursor_close(hc);
        memcpy(fresh, h, n * sizeof *h);
        tb_succession(fresh, n, p.single_holder);
        for (size_t i = 0; i < n; i++) {
            CHECK_INT(h[i].s1, fresh[i].s1);
            CHECK_INT(h[i].s2, fresh[i].s2);
            CHECK_INT(h[i].e1, fresh[i].e1);
            CHECK_INT(h[i].e2, fresh[i].e2);
        }
    }
    mdb_cursor_close(cur);
    mdb_txn_abort(txn);
    return tenures;
}

/* A statistic of registry_stats. */
static long long stat_of(const char *name)
{
    MDB_txn *txn;
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    json_t *s = registry_stats(txn);
    long long v = json_integer_value(json_object_get(s, name));
    json_decref(s);
    mdb_txn_abort(txn);
    return v;
}

int main(void)
{
    char dir[] = "/tmp/tenure-registry-random-XXXXXX";
    MDB_txn *txn;
    char *cause = NULL;
    enum { N = 300 };
    CHECK(mkdtemp(dir) != NULL);
    CHECK_INT(mdb_env_create(&env), 0);
    CHECK_INT(mdb_env_set_maxdbs(env, 64), 0);
    CHECK_INT(mdb_env_set_mapsize(env, 256u << 20), 0);
    CHECK_INT(mdb_env_open(env, dir, MDB_NOSYNC, 0600), 0);
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    CHECK_INT(registry_open(txn, &cause), 0);
    CHECK_INT(mdb_txn_commit(txn), 0);
    free(cause);

    for (int k = 0; k < N; k++)
        apply(k, 0);
    size_t t0 = check_invariants();
    long long ev0 = stat_of("evidence");
    CHECK(t0 > 10);

    /* feeding again changes nothing */
    for (int k = 0; k < N; k += 7)
        apply(k, 0);
    CHECK_INT(stat_of("evidence"), ev0);
    CHECK_INT(check_invariants(), t0);

    /* forget a random half, check, feed them back: the same registry */
    char gone[N] = {0};
    for (int k = 0; k < N; k++)
        if (rnd(2)) {
            gone[k] = 1;
            apply(k, 1);
        }
    check_invariants();
    for (int k = 0; k < N; k++)
        if (gone[k])
            apply(k, 0);
    CHECK_INT(stat_of("evidence"), ev0);
    CHECK_INT(check_invariants(), t0);

    /* corrections, then more articles and forgets */
    MDB_txn *w;
    tn_error err = {0};
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &w), 0);
    json_t *r = registry_merge(w, NULL, "person", "Nguyen Van Hung", "Nguyễn Văn Hùng", &err);
    if (r)
        CHECK_INT(mdb_txn_commit(w), 0);
    else
        mdb_txn_abort(w);
    json_decref(r);
    check_invariants();
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &w), 0);
    json_t *moved = json_pack("[s]", "Thủ tướng");
    r = registry_split(w, NULL, "Lê Minh Hưng", NULL, moved, &err);
    json_decref(moved);
    if (r)
        CHECK_INT(mdb_txn_commit(w), 0);
    else
        mdb_txn_abort(w);
    json_decref(r);
    check_invariants();
    for (int k = N; k < N + 100; k++)
        apply(k, 0);
    for (int k = 0; k < N + 100; k += 3)
        apply(k, 1);
    check_invariants();

    /* forgetting everything leaves nothing */
    for (int k = 0; k < N + 100; k++)
        apply(k, 1);
    CHECK_INT(stat_of("evidence"), 0);
    CHECK_INT(stat_of("tenures"), 0);
    CHECK_INT(check_invariants(), 0);

    char path[256];
    mdb_env_close(env);
    snprintf(path, sizeof path, "%s/data.mdb", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/lock.mdb", dir);
    unlink(path);
    rmdir(dir);
    TEST_DONE();
}
