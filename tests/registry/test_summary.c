/*
 * test_summary.c — the per-entity records of registry_summary.c never change
 * an answer: on random histories (articles fed one commit at a time, a
 * write aborted while a reader holds an older snapshot, forgets, merges),
 * every who (without a date), person and org answer for every id, and
 * search and near-match answers (word lists) for names and labels, their
 * prefixes and misspellings, are the same with the records on — as earlier
 * steps left them, then again — as with them off, after every step.  And the records are used:
 * the hit counter grows.  The answer texts kept per post, person and
 * organization are records too: the same comparison covers them.
 */
#include "reg_env.h"
#include "registry_int.h"

#include <pthread.h>

static unsigned rnd_state = 20261205u;

static unsigned rnd(unsigned n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

static const char *const names[] = {"Nguyễn Văn Hùng", "Trần Quốc Vượng", "Lê Minh Hưng",
                                    "Phạm Minh Chính", "Võ Văn Thưởng",   "Đinh La Thăng",
                                    "Nguyễn Văn Hưng", "Hồ Đức Phớc"};
static const char *const posts[][4] = {
    /* position, role, organization, single */
    {"Trưởng Ban Tổ chức Trung ương", "Trưởng", "Ban Tổ chức Trung ương", "1"},
    {"Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị", "0"},
    {"Bí thư Thành ủy Hà Nội", "Bí thư", "Thành ủy Hà Nội", "1"},
    {"Phó Bí thư Thành ủy Hà Nội", "Phó Bí thư", "Thành ủy Hà Nội", "0"},
    {"Bộ trưởng Bộ Công an", "Bộ trưởng", "Bộ Công an", "1"},
    {"Thứ trưởng Bộ Công an", "Thứ trưởng", "Bộ Công an", "0"},
    /* a post first seen without its organization takes it later
     * (reg_post_adopt_org): the person and org answers that list the post
     * change though none of their own tenures did */
    {"Thủ tướng Chính phủ", "Thủ tướng", NULL, "1"},
    {"Thủ tướng Chính phủ", "Thủ tướng", "Chính phủ", "1"}};
static const char *const statuses[] = {"current", "current", "current", "former", "appointed"};

#define NPOSTS (sizeof posts / sizeof posts[0])
#define NNAMES (sizeof names / sizeof names[0])

/* Random rows of one article (at most 3, NULL-terminated). */
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

static void rnd_date(char *buf, size_t n)
{
    snprintf(buf, n, "%04d-%02d", 2005 + (int)rnd(20), 1 + (int)rnd(12));
}

/* Every answer of txn as one text: who, org and person for each id. */
/* Append an answer (or nothing for NULL) and a newline to all[len], grown
 * as needed; r and err's data are released. */
static char *answer_append(char *all, size_t *len, size_t *cap, json_t *r, tn_error *err)
{
    char *s = r ? json_dumps(r, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
    json_decref(r);
    json_decref(err->data);
    size_t sl = s ? strlen(s) : 0;
    while (*len + sl + 2 > *cap) {
        *cap *= 2;
        all = realloc(all, *cap);
        CHECK(all != NULL);
    }
    if (s)
        memcpy(all + *len, s, sl);
    *len += sl;
    all[(*len)++] = '\n';
    all[*len] = '\0';
    free(s);
    return all;
}

static char *answers(MDB_txn *txn)
{
    size_t cap = 1 << 16, len = 0;
    char *all = malloc(cap);
    CHECK(all != NULL);
    all[0] = '\0';
    for (int kind = 0; kind < 3; kind++)
        for (unsigned id = 1; id <= 24; id++) {
            char q[16];
            tn_error err = {0};
            snprintf(q, sizeof q, "#%u", id);
            json_t *r = kind == 0   ? registry_who(txn, env_lx, q, NULL, 0, &err)
                        : kind == 1 ? registry_org(txn, env_lx, q, NULL, 0, &err)
                                    : registry_person(txn, q, &err);
            all = answer_append(all, &len, &cap, r, &err);
        }
    /* search, and near matches (read from the word lists kept in memory):
     * each name and label, a prefix of it, and it with a letter dropped */
    for (size_t i = 0; i < NNAMES + NPOSTS; i++) {
        const char *t = i < NNAMES ? names[i] : posts[i - NNAMES][0];
        char v[3][128];
        size_t tl = strlen(t);
        snprintf(v[0], sizeof v[0], "%s", t);
        snprintf(v[1], sizeof v[1], "%.*s", (int)(tl > 6 ? tl - 3 : tl), t);
        snprintf(v[2], sizeof v[2], "%.4s%s", t, t + 5 < t + tl ? t + 5 : "");
        for (int j = 0; j < 3; j++)
            for (int kind = 0; kind < 4; kind++) {
                tn_error err = {0};
                json_t *r = kind == 0   ? registry_search(txn, v[j], 0, &err)
                            : kind == 1 ? registry_who(txn, env_lx, v[j], NULL, 0, &err)
                            : kind == 2 ? registry_org(txn, env_lx, v[j], NULL, 0, &err)
                                        : registry_person(txn, v[j], &err);
                all = answer_append(all, &len, &cap, r, &err);
            }
    }
    return all;
}

/* The answers of txn with the records on (as earlier steps left them, then
 * again) equal the answers with them off. */
static void check_txn(MDB_txn *txn, const char *where)
{
    char *built = answers(txn); /* records of earlier steps, where still valid */
    reg_summary_enable(0);
    char *off = answers(txn);
    reg_summary_enable(1);
    char *kept = answers(txn);
    if (strcmp(off, built) != 0 || strcmp(off, kept) != 0) {
        fprintf(stderr, "%s: answers differ with the records\n", where);
        CHECK(0);
    }
    free(off);
    free(built);
    free(kept);
}

/* check_txn on a fresh read transaction; the records of earlier steps stay
 * (not reset) so a stale one would show. */
static void check(const char *where)
{
    MDB_txn *txn;
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    check_txn(txn, where);
    mdb_txn_abort(txn);
}

/* Ask everything once with the records on (they are built and kept). */
static void warm(void)
{
    MDB_txn *txn;
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    free(answers(txn));
    mdb_txn_abort(txn);
}

static void *warm_thread(void *arg)
{
    (void)arg;
    warm();
    return NULL;
}

/* warm() on another thread: LMDB allows one read transaction per thread,
 * and this one may hold an older snapshot. */
static void warm_elsewhere(void)
{
    pthread_t t;
    CHECK_INT(pthread_create(&t, NULL, warm_thread, NULL), 0);
    CHECK_INT(pthread_join(t, NULL), 0);
}

static json_t *merge_two(MDB_txn *txn, void *arg, tn_error *err)
{
    const char *const *ab = arg;
    return registry_merge(txn, NULL, "person", ab[0], ab[1], err);
}

/* reg_fold_marks never rules out a fold search would take: a query word
 * of two bytes or more that begins a word of the fold (at the fold's first
 * byte, or after a byte that is no word byte: registry_query.c's
 * reg_has_word_prefix) has its bit set, and its first byte is a word's
 * (near matches) — on random folds of letters, digits, spaces and
 * punctuation and random query words; and it does rule out most folds
 * lacking the word (the filter is not all bits set). */
static void check_fold_starts(void)
{
    static const char bytes[] = "abhnotu09 -,.(";
    static const char letters[] = "abhnotu09";
    unsigned ruled_out = 0, lacking = 0;
    for (int t = 0; t < 50000; t++) {
        char f[24], w[4];
        size_t len = 1 + rnd(sizeof f - 1), wl = 2 + rnd(3);
        for (size_t i = 0; i < len; i++)
            f[i] = bytes[rnd(sizeof bytes - 1)];
        for (size_t i = 0; i < wl; i++)
            w[i] = letters[rnd(sizeof letters - 1)];
        int begins = 0;
        for (size_t p = 0; p + wl <= len && !begins; p++)
            begins = (p == 0 || !reg_word_byte((unsigned char)f[p - 1])) && !memcmp(f + p, w, wl);
        uint64_t starts, firsts;
        reg_fold_marks(f, len, &starts, &firsts);
        int passes = (starts & reg_starts_bit((unsigned char)w[0], (unsigned char)w[1])) != 0;
        CHECK(passes || !begins);
        /* a word's first byte is among the fold's words' first bytes */
        CHECK(!begins || (firsts & reg_first_bit((unsigned char)w[0])));
        lacking += !begins;
        ruled_out += !passes;
    }
    CHECK(ruled_out > lacking / 2);
}

int main(void)
{
    char dir[] = "/tmp/tenure-summary-XXXXXX";
    check_fold_starts();
    char date[16];
    const char *rows[4][6];
    env_open(dir, 64);
    unsigned n = 0;
    /* a post created in an organization whose answer is kept: the org
     * answer lists it though no tenure the kept answer listed changed */
    const char *first[2][6] = {
        {"Nguyễn Văn Hùng", "Bí thư Thành ủy Hà Nội", "Bí thư", "Thành ủy Hà Nội", "current", "1"},
        {NULL}};
    const char *second[2][6] = {{"Trần Quốc Vượng", "Phó Bí thư Thành ủy Hà Nội", "Phó Bí thư",
                                 "Thành ủy Hà Nội", "current", "0"},
                                {NULL}};
    env_feed(++n, "2010-01", (env_row *)first);
    check("one article");
    env_feed(++n, "2010-02", (env_row *)second);
    check("after a new post of a kept organization");
    for (int round = 0; round < 6; round++) {
        /* a few commits, answers checked after each (the records built
         * before a commit must not survive a touch of their entity) */
        for (int i = 0; i < 8; i++) {
            rnd_rows(rows);
            rnd_date(date, sizeof date);
            env_feed(++n, date, (env_row *)rows);
            char where[64];
            snprintf(where, sizeof where, "round %d article %u", round, n);
            check(where);
        }
        /* a reader on the snapshot before a write: its answers are the old
         * ones while the write runs, and after it is aborted; the next
         * write reuses the aborted one's transaction id */
        MDB_txn *w, *r;
        warm();
        CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &r), 0);
        CHECK_INT(mdb_txn_begin(env, NULL, 0, &w), 0);
        rnd_rows(rows);
        rnd_date(date, sizeof date);
        CHECK_INT(env_feed_txn(w, 1000 + (unsigned)round, date, (env_row *)rows), 0);
        check_txn(r, "reader during a write");
        mdb_txn_abort(w);
        check_txn(r, "reader after an abort");
        mdb_txn_abort(r);
        rnd_rows(rows);
        rnd_date(date, sizeof date);
        env_feed(++n, date, (env_row *)rows);
        check("after a write that reused an aborted id");
        /* a reader holding a snapshot older than the records */
        CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &r), 0);
        rnd_rows(rows);
        rnd_date(date, sizeof date);
        env_feed(++n, date, (env_row *)rows);
        warm_elsewhere();
        check_txn(r, "an older reader after newer records");
        mdb_txn_abort(r);
        /* forget one article, merge two persons */
        warm();
        env_forget(1 + rnd(n));
        check("after a forget");
        const char *ab[2] = {names[rnd(NNAMES)], names[rnd(NNAMES)]};
        if (strcmp(ab[0], ab[1]) != 0) {
            warm();
            json_decref(env_write(merge_two, (void *)ab, NULL));
            check("after a merge");
        }
    }
    struct reg_summary_stats st;
    reg_summary_stats_get(&st);
    fprintf(stderr, "records: %llu hits, %llu misses, %llu stored, %zu bytes\n",
            (unsigned long long)st.hits, (unsigned long long)st.misses,
            (unsigned long long)st.stored, st.bytes);
    CHECK(st.hits > 100);
    env_remove(dir);
    TEST_DONE();
}
