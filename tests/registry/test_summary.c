/*
 * test_summary.c — the per-entity records of registry_summary.c never change
 * an answer: on random histories (articles fed one commit at a time, a
 * write aborted while a reader holds an older snapshot, forgets, merges),
 * every who (without a date), person and org answer for every id, and
 * search and near-match answers (word lists) for names and labels, their
 * prefixes and misspellings, are the same with the records on — as earlier
 * steps left them, then again — as with them off, after every step.  And the records are used:
 * the hit counter grows.  The answer texts kept per post, person and
 * organization are records too: the same comparison covers them, and so
 * does the post id kept per snapshot for each key of the lexicon (the
 * shipped one is loaded: its implied seats and terms).
 */
#include "reg_env.h"
#include "registry_int.h"

#include <libgen.h>
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
    {"Thủ tướng Chính phủ", "Thủ tướng", "Chính phủ", "1"},
    /* a post that gives a seat by statute (implied_seats.tsv): the seat's
     * answers read it by its key, kept per snapshot (reg_summary_key_get),
     * and it may appear only after the seat was asked */
    {"Tổng Bí thư", "Tổng Bí thư", NULL, "1"}};
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

/* Persons fed by the word-list phase (main): asked about as well. */
static char extra[48][64];
static size_t nextra;

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
    for (size_t i = 0; i < NNAMES + NPOSTS + nextra; i++) {
        const char *t = i < NNAMES            ? names[i]
                        : i < NNAMES + NPOSTS ? posts[i - NNAMES][0]
                                              : extra[i - NNAMES - NPOSTS];
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

/* Every word's list kept in memory (as earlier steps left it: kept,
 * patched or read again) holds what LMDB holds under the word at txn's
 * snapshot, in its order, with its word marks. */
static void check_words(MDB_txn *txn, const char *where)
{
    static const char *const words[] = {"nguyen", "van",  "thi",  "tran",  "le",  "toan",
                                        "khai",   "luc",  "son",  "binh",  "tam", "hoa",
                                        "quy",    "hung", "minh", "zzjunk"};
    MDB_cursor *cur;
    CHECK_INT(mdb_cursor_open(txn, reg_db.tokens, &cur), 0);
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        MDB_val k = {strlen(words[w]), (void *)words[w]}, v;
        size_t count = 0;
        int rc = mdb_cursor_get(cur, &k, &v, MDB_SET);
        if (rc == 0)
            CHECK_INT(mdb_cursor_count(cur, &count), 0);
        const reg_word_list *l = NULL;
        tn_error err = {0};
        int have = reg_summary_words(txn, words[w], strlen(words[w]), count, &l, &err);
        CHECK(have >= 0);
        if (have <= 0)
            continue;
        size_t i = 0;
        for (; rc == 0; rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP), i++) {
            MDB_val e = i < reg_word_list_count(l) ? reg_word_list_value(l, i) : (MDB_val){0, NULL};
            uint64_t st, fi;
            reg_fold_marks((const char *)v.mv_data + 5, v.mv_size - 5, &st, &fi);
            if (e.mv_size != v.mv_size || memcmp(e.mv_data, v.mv_data, v.mv_size) != 0 ||
                reg_word_list_starts(l, i) != st || reg_word_list_firsts(l, i) != fi) {
                fprintf(stderr, "%s: word list of %s differs from LMDB at entry %zu\n", where,
                        words[w], i);
                CHECK(0);
                break;
            }
        }
        CHECK_INT(rc, MDB_NOTFOUND);
        CHECK(i == reg_word_list_count(l));
        reg_word_list_release(l);
    }
    mdb_cursor_close(cur);
}

/* The answers of txn with the records on (as earlier steps left them, then
 * again) equal the answers with them off. */
static void check_txn(MDB_txn *txn, const char *where)
{
    check_words(txn, where);
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
    char dir[] = "/tmp/tenure-summary-XXXXXX", lexdir[4096], src[4096];
    char *msg = NULL;
    /* the shipped lexicon: its canonical keys, and the seats posts give by
     * statute (implied_seats.tsv, terms.tsv), whose post ids are kept */
    snprintf(src, sizeof src, "%s", __FILE__);
    snprintf(lexdir, sizeof lexdir, "%s/../../conf/lexicon", dirname(src));
    env_lx = tx_lexicon_load(lexdir, &msg);
    if (!env_lx) {
        fprintf(stderr, "lexicon %s: %s\n", lexdir, msg ? msg : "?");
        return 1;
    }
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
    /* a seat asked before the post that gives it by statute exists: the
     * post id its key gave (none) is kept for that snapshot only */
    const char *seat[2][6] = {
        {"Lê Minh Hưng", "Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị", "current", "0"},
        {NULL}};
    const char *giver[2][6] = {
        {"Võ Văn Thưởng", "Tổng Bí thư", "Tổng Bí thư", NULL, "current", "1"}, {NULL}};
    env_feed(++n, "2010-03", (env_row *)seat);
    check("a seat given by statute");
    env_feed(++n, "2010-04", (env_row *)giver);
    check("after the post that gives the seat");
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
    /* Word lists under a feed: new persons whose words are already in kept
     * lists (a commit each, checked after each, some forgotten again), so
     * the stale lists are patched from the change log; a commit that both
     * adds and deletes under the same words (the count stays); a reader
     * during a write that is aborted, whose logged changes never happened;
     * and a commit of more changes than the log holds, after which a list
     * older than the changes it dropped must be read again (a patch would
     * miss the count-neutral commit's changes). */
    static const char *const sur[] = {"Nguyễn", "Trần", "Lê"};
    static const char *const mid[] = {"Văn", "Thị"};
    static const char *const given[] = {"Toàn", "Khải", "Lực", "Sơn", "Bình", "Tâm", "Hòa", "Quý"};
    struct reg_summary_stats before;
    reg_summary_stats_get(&before);
    const char *post[4] = {"Thứ trưởng Bộ Công an", "Thứ trưởng", "Bộ Công an", "0"};
    for (unsigned i = 0; i < 24; i++) {
        snprintf(extra[nextra], sizeof extra[0], "%s %s %s", sur[i % 3], mid[i % 2], given[i % 8]);
        const char *row[2][6] = {{extra[nextra], post[0], post[1], post[2], "current", post[3]},
                                 {NULL}};
        nextra++;
        warm();
        env_feed(++n, "2015-01", (env_row *)row);
        char where[64];
        snprintf(where, sizeof where, "new person %u", i);
        check(where);
        if (i % 5 == 4) {
            warm();
            env_forget_rows(n, (env_row *)row);
            check("after forgetting a new person");
        }
    }
    struct reg_summary_stats st;
    reg_summary_stats_get(&st);
    fprintf(stderr, "word lists patched: %llu\n",
            (unsigned long long)(st.patched - before.patched));
    CHECK(st.patched > before.patched);
    /* A person merged away (its words deleted) and a new one with the
     * same words: the kept lists of those words keep their length. */
    {
        const char *ab[2] = {extra[0], extra[8]}; /* Nguyễn Văn Toàn into Trần Văn Toàn */
        snprintf(extra[nextra], sizeof extra[0], "%s %s %s", sur[0], mid[0], "Toản");
        const char *row[2][6] = {{extra[nextra], post[0], post[1], post[2], "current", post[3]},
                                 {NULL}};
        nextra++;
        warm();
        json_decref(env_write(merge_two, (void *)ab, NULL));
        env_feed(++n, "2015-02", (env_row *)row);
        check("word lists: a person merged away and one with the same words");
        /* a write aborted while a reader holds the snapshot before it */
        MDB_txn *w, *r;
        warm();
        CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &r), 0);
        CHECK_INT(mdb_txn_begin(env, NULL, 0, &w), 0);
        const char *aborted[2][6] = {
            {"Nguyễn Văn Khiêm", post[0], post[1], post[2], "current", post[3]}, {NULL}};
        CHECK_INT(env_feed_txn(w, 2000, "2015-03", (env_row *)aborted), 0);
        check_txn(r, "word lists: reader during a write");
        mdb_txn_abort(w);
        check_txn(r, "word lists: reader after an abort");
        mdb_txn_abort(r);
        check("word lists: after an abort");
    }
    /* The same again, then the change log overrun by a commit of junk
     * words put and deleted again: a list kept from before must be read
     * again (patched from what is left of the log, it would hold the
     * merged-away person and miss the new one). */
    {
        const char *ab[2] = {extra[nextra - 1], extra[16]}; /* Nguyễn Văn Toản into Lê Văn Toàn */
        snprintf(extra[nextra], sizeof extra[0], "%s %s %s", sur[0], mid[0], "Toạn");
        const char *row[2][6] = {{extra[nextra], post[0], post[1], post[2], "current", post[3]},
                                 {NULL}};
        nextra++;
        warm();
        json_decref(env_write(merge_two, (void *)ab, NULL));
        env_feed(++n, "2015-04", (env_row *)row);
        MDB_txn *w;
        tn_error err = {0};
        CHECK_INT(mdb_txn_begin(env, NULL, 0, &w), 0);
        for (unsigned i = 0; i < 5000; i++) {
            CHECK_INT(reg_tokens_add(w, "zzjunk zzword", REG_KIND_PERSON, 900000 + i, &err), 0);
            CHECK_INT(reg_tokens_del(w, "zzjunk zzword", REG_KIND_PERSON, 900000 + i, &err), 0);
        }
        CHECK_INT(mdb_txn_commit(w), 0);
        check("word lists: after the change log was overrun");
    }
    reg_summary_stats_get(&st);
    fprintf(stderr, "records: %llu hits, %llu misses, %llu stored, %zu bytes\n",
            (unsigned long long)st.hits, (unsigned long long)st.misses,
            (unsigned long long)st.stored, st.bytes);
    CHECK(st.hits > 100);
    env_remove(dir);
    tx_lexicon_unref(env_lx);
    TEST_DONE();
}
