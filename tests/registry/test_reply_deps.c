/*
 * test_reply_deps.c — replies kept by what they read (registry_deps.c with
 * reply_cache.c, as rpc.c joins them): on random histories (articles fed
 * one commit at a time, forgets, merges, a write aborted), every who (also
 * dated), org, person and search answer the cache gives (a NOT_FOUND too)
 * is the answer the store gives at that moment — a reply a commit changed is never served —
 * and replies do outlive commits that touch nothing they read.  Checked
 * with the registry's kept records on and off (a record served from memory
 * stands for the reads it saves).  Two cases by hand: a new holder of a
 * post retires that post's `who`; an article about another post keeps it.
 */
#include "json_writer.h"
#include "reg_env.h"
#include "registry_int.h"
#include "reply_cache.h"

#include <libgen.h>

static unsigned rnd_state = 20261206u;

static unsigned rnd(unsigned n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

static const char *const names[] = {"Nguyễn Văn Hùng", "Trần Quốc Vượng", "Lê Minh Hưng",
                                    "Phạm Minh Chính", "Võ Văn Thưởng",   "Đinh La Thăng",
                                    "Nguyễn Văn Hưng", "Hồ Đức Phớc"};
static const char *const posts[][4] = {
    {"Trưởng Ban Tổ chức Trung ương", "Trưởng", "Ban Tổ chức Trung ương", "1"},
    {"Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị", "0"},
    {"Bí thư Thành ủy Hà Nội", "Bí thư", "Thành ủy Hà Nội", "1"},
    {"Phó Bí thư Thành ủy Hà Nội", "Phó Bí thư", "Thành ủy Hà Nội", "0"},
    {"Bộ trưởng Bộ Công an", "Bộ trưởng", "Bộ Công an", "1"},
    {"Thứ trưởng Bộ Công an", "Thứ trưởng", "Bộ Công an", "0"},
    {"Thủ tướng Chính phủ", "Thủ tướng", NULL, "1"},
    {"Thủ tướng Chính phủ", "Thủ tướng", "Chính phủ", "1"},
    {"Tổng Bí thư", "Tổng Bí thư", NULL, "1"}};
static const char *const statuses[] = {"current", "current", "current", "former", "appointed"};

#define NPOSTS (sizeof posts / sizeof posts[0])
#define NNAMES (sizeof names / sizeof names[0])

static void rnd_rows(const char *rows[4][6])
{
    unsigned n = 1 + rnd(3);
    for (unsigned i = 0; i < n; i++) {
        const char *const *p = posts[rnd(NPOSTS)];
        rows[i][0] = names[rnd(NNAMES)];
        rows[i][1] = p[0];
        rows[i][2] = p[1];
        rows[i][3] = p[2];
        rows[i][4] = statuses[rnd(sizeof statuses / sizeof statuses[0])];
        rows[i][5] = p[3];
    }
    rows[n][0] = NULL;
}

/* The questions: kind (0 who, 1 org, 2 person, 3 search), text, date. */
#define MAXQ 512
static struct {
    int kind;
    char text[128];
    const char *at;
    unsigned put_at; /* the commit count when its cached reply was made */
} qs[MAXQ];
static size_t nq;

static void add_q(int kind, const char *text, const char *at)
{
    if (nq == MAXQ)
        return;
    qs[nq].kind = kind;
    snprintf(qs[nq].text, sizeof qs[nq].text, "%.127s", text);
    qs[nq].at = at;
    nq++;
}

static void make_questions(void)
{
    for (size_t i = 0; i < NNAMES + NPOSTS; i++) {
        const char *t = i < NNAMES ? names[i] : posts[i - NNAMES][0];
        char v[3][128];
        size_t tl = strlen(t);
        snprintf(v[0], sizeof v[0], "%s", t);
        snprintf(v[1], sizeof v[1], "%.*s", (int)(tl > 6 ? tl - 3 : tl), t);
        snprintf(v[2], sizeof v[2], "%.4s%s", t, t + 5 < t + tl ? t + 5 : "");
        for (int j = 0; j < 3; j++)
            for (int kind = 0; kind < 4; kind++)
                add_q(kind, v[j], NULL);
        if (i >= NNAMES) {
            add_q(0, t, "2012");
            add_q(0, t, "2018-05");
            add_q(1, posts[i - NNAMES][2] ? posts[i - NNAMES][2] : t, "2015");
        }
    }
    for (unsigned id = 1; id <= 12; id++) {
        char q[16];
        snprintf(q, sizeof q, "#%u", id);
        for (int kind = 0; kind < 3; kind++)
            add_q(kind, q, NULL);
    }
}

/* The answer to question i in txn, as the text handlers write it; a
 * NOT_FOUND as 'E' and its message, as rpc.c keeps it (NULL for another
 * error). */
static char *ask(MDB_txn *txn, size_t i, size_t *len)
{
    jw w;
    tn_error err = {0};
    jw_init(&w);
    jw_obj(&w);
    int rc = qs[i].kind == 0 ? registry_who_write(txn, env_lx, qs[i].text, qs[i].at, 0, 0, &w, &err)
             : qs[i].kind == 1 ? registry_org_write(txn, env_lx, qs[i].text, qs[i].at, 0, &w, &err)
             : qs[i].kind == 2 ? registry_person_write(txn, qs[i].text, &w, &err)
                               : registry_search_write(txn, qs[i].text, 0, &w, &err);
    json_decref(err.data);
    if (rc != 0) {
        jw_free(&w);
        if (err.code != TENURE_E_NOT_FOUND)
            return NULL;
        size_t ml = strlen(err.message);
        char *e = malloc(ml + 2);
        CHECK(e != NULL);
        if (!e)
            return NULL;
        e[0] = 'E';
        memcpy(e + 1, err.message, ml + 1);
        *len = strlen(e);
        return e;
    }
    jw_obj_end(&w);
    char *text;
    CHECK_INT(jw_finish(&w, &text, len), 0);
    return text;
}

static struct reply_cache *cache;
static unsigned commits;
static unsigned long long served, kept_across, kept_errors, stored, asked;

static void changed(void *ctx, const uint64_t *h, size_t n, uint64_t txnid)
{
    reply_cache_changed(ctx, h, n, txnid);
}

/* After a commit, as the writer does. */
static void committed(void)
{
    registry_deps_publish();
    commits++;
}

/* Ask question i through the cache, as rpc.c does: the changes queued
 * first, then a hit must be today's answer; a miss is answered with its
 * reads recorded and kept by them. */
static const char *through_cache(size_t i, const char *where)
{
    char key[160];
    int klen =
        snprintf(key, sizeof key, "%d\n%s\n%s", qs[i].kind, qs[i].text, qs[i].at ? qs[i].at : "");
    if (registry_deps_drain(changed, cache))
        reply_cache_drop_deps(cache);
    MDB_txn *txn;
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    size_t hlen = 0, flen = 0;
    const char *hit = reply_cache_get(cache, key, (size_t)klen, 0, 1, &hlen);
    char *fresh = ask(txn, i, &flen);
    asked++;
    if (hit) {
        served++;
        if (!fresh || flen != hlen || memcmp(fresh, hit, hlen) != 0) {
            fprintf(stderr, "%s: stale reply to %d \"%s\" at %s:\n  kept  %.*s\n  today %s\n",
                    where, qs[i].kind, qs[i].text, qs[i].at ? qs[i].at : "-", (int)hlen, hit,
                    fresh ? fresh : "(error)");
            CHECK(0);
        }
        if (qs[i].put_at < commits)
            kept_across++;
        kept_errors += hit[0] == 'E';
        free(fresh);
        mdb_txn_abort(txn);
        return "hit";
    }
    free(fresh);
    /* half the time without the kept records: every read from LMDB */
    int records = rnd(2);
    reg_summary_enable(records);
    registry_deps_begin();
    size_t len = 0;
    char *text = ask(txn, i, &len);
    const uint64_t *h;
    size_t n;
    int ok = registry_deps_end(txn, &h, &n);
    reg_summary_enable(1);
    if (text && ok) {
        struct reply_cache_deps d = {h, n, (uint64_t)mdb_txn_id(txn), 1};
        reply_cache_put(cache, key, (size_t)klen, text, len, 0, &d);
        qs[i].put_at = commits;
        stored++;
    }
    free(text);
    mdb_txn_abort(txn);
    return "miss";
}

static void ask_all(const char *where)
{
    for (size_t i = 0; i < nq; i++)
        through_cache(i, where);
}

static json_t *merge_two(MDB_txn *txn, void *arg, tn_error *err)
{
    const char *const *ab = arg;
    return registry_merge(txn, NULL, "person", ab[0], ab[1], err);
}

/* The index of a question, added when missing. */
static size_t q_index(int kind, const char *text)
{
    for (size_t i = 0; i < nq; i++)
        if (qs[i].kind == kind && !qs[i].at && !strcmp(qs[i].text, text))
            return i;
    add_q(kind, text, NULL);
    return nq - 1;
}

int main(void)
{
    char dir[] = "/tmp/tenure-replydeps-XXXXXX", lexdir[4096], src[4096];
    char *msg = NULL;
    snprintf(src, sizeof src, "%s", __FILE__);
    snprintf(lexdir, sizeof lexdir, "%s/../../conf/lexicon", dirname(src));
    env_lx = tx_lexicon_load(lexdir, &msg);
    if (!env_lx) {
        fprintf(stderr, "lexicon %s: %s\n", lexdir, msg ? msg : "?");
        return 1;
    }
    env_open(dir, 64);
    cache = reply_cache_new(4u << 20);
    make_questions();
    unsigned n = 0;

    /* by hand: a new holder retires the post's who; another post's
     * article keeps it */
    const char *a1[2][6] = {
        {"Nguyễn Văn Hùng", "Bộ trưởng Bộ Công an", "Bộ trưởng", "Bộ Công an", "current", "1"},
        {NULL}};
    const char *a2[2][6] = {
        {"Trần Quốc Vượng", "Bí thư Thành ủy Hà Nội", "Bí thư", "Thành ủy Hà Nội", "current", "1"},
        {NULL}};
    const char *a3[2][6] = {
        {"Lê Minh Hưng", "Bộ trưởng Bộ Công an", "Bộ trưởng", "Bộ Công an", "current", "1"},
        {NULL}};
    env_feed(++n, "2010-01", (env_row *)a1);
    committed();
    env_feed(++n, "2010-02", (env_row *)a2);
    committed();
    size_t qi = q_index(0, "Bộ trưởng Bộ Công an");
    CHECK_STR(through_cache(qi, "by hand"), "miss");
    CHECK_STR(through_cache(qi, "by hand"), "hit");
    const char *a4[2][6] = {
        {"Phạm Minh Chính", "Bí thư Thành ủy Hà Nội", "Bí thư", "Thành ủy Hà Nội", "former", "1"},
        {NULL}};
    env_feed(++n, "2011-03", (env_row *)a4);
    committed();
    CHECK_STR(through_cache(qi, "another post's article"), "hit");
    env_feed(++n, "2016-04", (env_row *)a3);
    committed();
    CHECK_STR(through_cache(qi, "a new holder"), "miss");
    struct reply_cache_stats st;
    reply_cache_stats(cache, &st);
    CHECK(st.retired >= 1);

    /* random histories */
    const char *rows[4][6];
    char date[32], where[64];
    ask_all("start");
    for (int round = 0; round < 5; round++) {
        for (int i = 0; i < 6; i++) {
            rnd_rows(rows);
            snprintf(date, sizeof date, "%04d-%02d", 2005 + (int)rnd(20), 1 + (int)rnd(12));
            env_feed(++n, date, (env_row *)rows);
            committed();
            snprintf(where, sizeof where, "round %d article %u", round, n);
            ask_all(where);
        }
        /* a write aborted: its changes were noted, never committed */
        MDB_txn *w;
        CHECK_INT(mdb_txn_begin(env, NULL, 0, &w), 0);
        rnd_rows(rows);
        CHECK_INT(env_feed_txn(w, 1000 + (unsigned)round, "2019-01", (env_row *)rows), 0);
        mdb_txn_abort(w);
        ask_all("after an aborted write");
        env_forget(1 + rnd(n));
        committed();
        ask_all("after a forget");
        const char *ab[2] = {names[rnd(NNAMES)], names[rnd(NNAMES)]};
        if (strcmp(ab[0], ab[1]) != 0) {
            json_decref(env_write(merge_two, (void *)ab, NULL));
            committed();
            ask_all("after a merge");
        }
    }
    reply_cache_stats(cache, &st);
    fprintf(stderr,
            "asked %llu, served from the cache %llu (%llu across a commit), stored %llu, "
            "retired %llu\n",
            asked, served, kept_across, stored, (unsigned long long)st.retired);
    CHECK(kept_across > asked / 10);
    CHECK(kept_errors > 0);
    CHECK(st.retired > 0);
    reply_cache_free(cache);
    registry_deps_forget();
    env_remove(dir);
    tx_lexicon_unref(env_lx);
    TEST_DONE();
}
