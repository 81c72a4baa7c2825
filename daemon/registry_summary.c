/*
 * registry_summary.c — per-post and per-person derived records kept ready
 * for the read path: a post's holders (without a date) and a person's
 * tenures, as registry_query.c's own walks computed them; word lists,
 * answer texts, and the post ids of the lexicon's keys (at the end).
 *
 * Owns the records and their validity, nothing of what they contain: each
 * record is the result of a build callback (the registry's rule functions,
 * run on a miss) stored as bytes, so a rule change flows through unchanged.
 * The writer never builds one; it only touches: reg_change_note
 * (registry_changes.c) calls reg_summary_touch for every tenure it puts or
 * removes, inside the write transaction, stamping the tenure's post and
 * person with that transaction's id.  A record built from the read snapshot
 * B serves a reader at snapshot R only when neither its post nor its person
 * (whichever it is for) was touched after min(B, R); otherwise the walk
 * runs again and, when no touch is newer than the reader's snapshot, its
 * result replaces the record.  Under a feed each commit touches the few
 * posts and persons its articles name: every other record stays valid.
 *
 * This is not the reply cache (reply_cache.c, whole replies emptied by
 * every commit): records are per entity, shared by every question that
 * reaches the entity however it is spelt, and outlive commits that do not
 * touch them.  Nothing is stored in LMDB: a restart (or a new build whose
 * rules changed) starts empty, and no schema changes.
 *
 * Memory: a direct-mapped table of REG_SUM_SLOTS records, at most
 * REG_SUM_BYTES of them in all (a record that does not fit is not kept).
 * Touch stamps are a table of REG_SUM_TOUCH slots indexed by a hash of
 * (kind, id): two entities sharing a slot invalidate each other, which costs
 * a walk, never a wrong answer.  Thread-safe (the writer touches while the
 * loop reads); a write transaction never reads or stores records.
 */
#include "json_writer.h"
#include "registry_int.h"
#include "xmalloc.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define REG_SUM_SLOTS 16384
#define REG_SUM_TOUCH 65536
#define REG_SUM_BYTES (8u << 20)
/* Largest record kept: a generic title with thousands of holders is walked
 * each time, as before (its walk is bounded by REG_HOLDER_WINDOW). */
#define REG_SUM_RECORD_MAX (64u << 10)

struct reg_sum_slot {
    void *data; /* NULL: empty */
    size_t len, count, extra;
    uint64_t built; /* the read snapshot's transaction id */
    uint32_t id;
    int kind;
};

static pthread_mutex_t sum_lock = PTHREAD_MUTEX_INITIALIZER;
static struct reg_sum_slot sum_slots[REG_SUM_SLOTS];
static uint64_t sum_touch[REG_SUM_TOUCH]; /* atomic */
static size_t sum_bytes;
static MDB_env *sum_env;
static int sum_off; /* atomic: reg_summary_enable(0) */
static struct reg_summary_stats sum_stats;

/* Word lists (below). */
#define REG_SUM_WORD_SLOTS 8192
#define REG_SUM_WORD_BYTES (16u << 20)
#define REG_SUM_WORD_RECORD_MAX (256u << 10)

static struct reg_word_list *sum_words[REG_SUM_WORD_SLOTS];
static size_t sum_word_bytes;

/* The words index's recent changes (below): a ring of what the writer put
 * or deleted, so a list made stale by a commit is patched, not read again. */
#define REG_SUM_WORD_LOG 8192
/* Most distinct changed values one patch takes; more, and the list is read
 * again from LMDB. */
#define REG_SUM_WORD_PATCH_MAX 64

struct sum_word_change {
    uint64_t txnid; /* the write transaction that made it (0: empty) */
    uint32_t h;     /* sum_word_hash of the word */
    uint16_t len;
    unsigned char v[]; /* the value put or deleted */
};

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sum_word_change *sum_log[REG_SUM_WORD_LOG];
static size_t sum_log_next;        /* next slot written; under log_lock */
static uint64_t sum_log_forgotten; /* newest txnid of a change no longer in the ring */

static uint32_t sum_hash(int kind, uint32_t id)
{
    uint32_t h = id * 2654435761u ^ (uint32_t)kind * 0x9e3779b9u;
    return h ^ h >> 15;
}

static void sum_words_clear(void);
static void sum_texts_clear(void);
static uint64_t sum_key_epoch; /* atomic: bumped by reg_summary_reset (the lexicon's keys, below) */
static size_t sum_text_bytes;

/* Drop every record (sum_lock held); the touch stamps stay: a writer may
 * be in a transaction whose stamps must outlive this. */
static void sum_clear(void)
{
    for (size_t i = 0; i < REG_SUM_SLOTS; i++) {
        free(sum_slots[i].data);
        sum_slots[i].data = NULL;
    }
    sum_bytes = 0;
    sum_words_clear();
    sum_texts_clear();
}

void reg_summary_reset(void)
{
    pthread_mutex_lock(&sum_lock);
    sum_clear();
    for (size_t i = 0; i < REG_SUM_TOUCH; i++)
        __atomic_store_n(&sum_touch[i], 0, __ATOMIC_SEQ_CST);
    sum_env = NULL;
    pthread_mutex_unlock(&sum_lock);
    /* with the stamps: no list is left to patch, and ids start again */
    pthread_mutex_lock(&log_lock);
    for (size_t i = 0; i < REG_SUM_WORD_LOG; i++) {
        free(sum_log[i]);
        sum_log[i] = NULL;
    }
    sum_log_next = 0;
    sum_log_forgotten = 0;
    pthread_mutex_unlock(&log_lock);
    __atomic_fetch_add(&sum_key_epoch, 1, __ATOMIC_SEQ_CST); /* every thread's keys */
    registry_deps_flush(); /* transaction ids may start again: no reply is kept by them */
}

void reg_summary_enable(int on)
{
    /* off: records are neither read nor stored; the kept ones stay (and
     * are judged by their stamps when turned on again) */
    __atomic_store_n(&sum_off, !on, __ATOMIC_SEQ_CST);
}

void reg_summary_stats_get(struct reg_summary_stats *out)
{
    pthread_mutex_lock(&sum_lock);
    *out = sum_stats;
    out->bytes = sum_bytes + sum_word_bytes + sum_text_bytes;
    pthread_mutex_unlock(&sum_lock);
}

static void sum_stamp(int kind, uint32_t id, uint64_t txnid)
{
    uint64_t *t = &sum_touch[sum_hash(kind, id) % REG_SUM_TOUCH];
    if (__atomic_load_n(t, __ATOMIC_SEQ_CST) < txnid)
        __atomic_store_n(t, txnid, __ATOMIC_SEQ_CST);
}

void reg_summary_touch(MDB_txn *txn, uint32_t person, uint32_t post)
{
    uint64_t id = (uint64_t)mdb_txn_id(txn);
    /* stamped before the transaction commits: a reader whose snapshot
     * includes this commit sees the stamp */
    sum_stamp(REG_SUM_HOLDERS, post, id);
    sum_stamp(REG_SUM_TENURES, person, id);
    reg_dep_changed_sum(txn, REG_SUM_HOLDERS, post);
    reg_dep_changed_sum(txn, REG_SUM_TENURES, person);
}

/* The reader's snapshot id; 0 when txn writes (records are neither read nor
 * stored then: its changes are not committed, may still be aborted, and
 * its id is reused by the next write when they are). */
static uint64_t sum_snapshot(MDB_txn *txn)
{
    MDB_envinfo info;
    uint64_t id = (uint64_t)mdb_txn_id(txn);
    if (mdb_env_info(mdb_txn_env(txn), &info) != 0 || id > (uint64_t)info.me_last_txnid)
        return 0;
    return id;
}

/* Whether records of this environment are what the table holds (sum_lock
 * held): another environment (a test opening several) empties it. */
static void sum_env_check(MDB_txn *txn)
{
    MDB_env *env = mdb_txn_env(txn);
    if (env != sum_env) {
        sum_clear();
        sum_env = env;
    }
}

int reg_summary_read(MDB_txn *txn, int kind, uint32_t id, size_t item_size, reg_summary_build build,
                     void **items, size_t *count, size_t *extra, tn_error *err)
{
    uint64_t snap = __atomic_load_n(&sum_off, __ATOMIC_SEQ_CST) ? 0 : sum_snapshot(txn);
    uint64_t *touch = &sum_touch[sum_hash(kind, id) % REG_SUM_TOUCH];
    struct reg_sum_slot *s = &sum_slots[sum_hash(kind, id) % REG_SUM_SLOTS];
    *items = NULL;
    *count = 0;
    *extra = 0;
    if (snap) {
        pthread_mutex_lock(&sum_lock);
        sum_env_check(txn);
        uint64_t t = __atomic_load_n(touch, __ATOMIC_SEQ_CST);
        if (s->data && s->kind == kind && s->id == id && t <= s->built && t <= snap) {
            void *copy = xmalloc(s->len);
            memcpy(copy, s->data, s->len);
            *items = copy;
            *count = s->count;
            *extra = s->extra;
            sum_stats.hits++;
            pthread_mutex_unlock(&sum_lock);
            reg_dep_note_sum(txn, kind, id);
            return 0;
        }
        sum_stats.misses++;
        pthread_mutex_unlock(&sum_lock);
    }
    void *built = NULL;
    size_t n = 0, x = 0;
    if (build(txn, id, &built, &n, &x, err) < 0)
        return -1;
    *items = built;
    *count = n;
    *extra = x;
    size_t len = n * item_size;
    if (!snap || len > REG_SUM_RECORD_MAX)
        return 0;
    void *keep = xmalloc(len);
    if (len)
        memcpy(keep, built, len); /* built is NULL for an empty list */
    pthread_mutex_lock(&sum_lock);
    sum_env_check(txn);
    /* a touch newer than the snapshot: the record may already be stale */
    if (__atomic_load_n(touch, __ATOMIC_SEQ_CST) > snap ||
        sum_bytes - (s->data ? s->len : 0) + len > REG_SUM_BYTES) {
        pthread_mutex_unlock(&sum_lock);
        free(keep);
        return 0;
    }
    if (s->data) {
        sum_bytes -= s->len;
        free(s->data);
    }
    s->data = keep;
    s->len = len;
    s->count = n;
    s->extra = x;
    s->built = snap;
    s->id = id;
    s->kind = kind;
    sum_bytes += len;
    sum_stats.stored++;
    pthread_mutex_unlock(&sum_lock);
    return 0;
}

/* ---- word lists ----------------------------------------------------------
 *
 * The values of one word of the words index, in index order, as one
 * immutable block shared by its readers (a reference count: a reader keeps
 * it while it scans, a replacement or a reset only drops the table's
 * reference).  reg_tokens_apply_fold (registry.c), the index's only writer,
 * touches the word it puts or deletes.  Near matches (registry_lookup.c)
 * and search (registry_query.c) read a rare word's list from here instead
 * of stepping an LMDB cursor through it entry by entry.
 *
 * Under a feed every new person, post or organization touches its words,
 * and a common word's list (thousands of entries) went stale at nearly
 * every commit: reading it again was most of what a feed added to a
 * query's cost (callgrind: 85 of 91 M instructions over 4,096 questions
 * with 41 ingests).  So the writer also logs each value it puts or
 * deletes, with its transaction id, in a ring (sum_log), and a stale list
 * built at snapshot B is patched to the reader's snapshot S: every value
 * logged for its word after B is looked up at S (MDB_GET_BOTH) and put in
 * or left out in index order.  The log is a hint, never trusted alone: a
 * value of an aborted write, or logged for another word of the same hash,
 * is looked up like any other.  What makes a patch exact is that every
 * change after B is in the ring (reg_tokens_apply_fold logs before it
 * writes, as it stamps): when a change newer than B has left the ring
 * (sum_log_forgotten), or the patched list does not hold the count LMDB
 * gives at S, the list is read again, as before. */

static uint32_t sum_word_hash(const char *w, size_t wl)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < wl; i++)
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    return h;
}

/* Drop a reference (sum_lock held). */
static void sum_word_unref(struct reg_word_list *l)
{
    if (l && --l->refs == 0)
        free(l);
}

static void sum_words_clear(void)
{
    for (size_t i = 0; i < REG_SUM_WORD_SLOTS; i++) {
        sum_word_unref(sum_words[i]);
        sum_words[i] = NULL;
    }
    sum_word_bytes = 0;
}

void reg_summary_touch_word(MDB_txn *txn, const void *word, size_t wl, const MDB_val *val)
{
    uint32_t h = sum_word_hash(word, wl);
    uint64_t id = (uint64_t)mdb_txn_id(txn);
    /* logged before the stamp: a reader that sees the stamp finds the
     * change in the log (or sum_log_forgotten says it is gone) */
    struct sum_word_change *c =
        val->mv_size <= UINT16_MAX ? xmalloc(sizeof *c + val->mv_size) : NULL;
    pthread_mutex_lock(&log_lock);
    struct sum_word_change **slot = &sum_log[sum_log_next];
    if (*slot && (*slot)->txnid > sum_log_forgotten)
        sum_log_forgotten = (*slot)->txnid;
    free(*slot);
    *slot = c;
    if (c) {
        c->txnid = id;
        c->h = h;
        c->len = (uint16_t)val->mv_size;
        memcpy(c->v, val->mv_data, val->mv_size);
    } else if (id > sum_log_forgotten) {
        sum_log_forgotten = id; /* not logged: no list may be patched past it */
    }
    sum_log_next = (sum_log_next + 1) % REG_SUM_WORD_LOG;
    pthread_mutex_unlock(&log_lock);
    sum_stamp(REG_SUM_WORDS, h, id);
}

/* reg_word_byte as a table: the marks read every byte of every fold of a
 * list being built. */
static const unsigned char sum_word_bytes_tab[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
    ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1,
    ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,
    ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
    ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
};

void reg_fold_marks(const char *f, size_t len, uint64_t *starts, uint64_t *firsts)
{
    const unsigned char *u = (const unsigned char *)f;
    uint64_t s = 0, m = 0;
    size_t p = 0;
    for (;;) {
        while (p < len && !sum_word_bytes_tab[u[p]])
            p++;
        if (p == len)
            break;
        s |= reg_starts_bit(u[p], p + 1 < len ? u[p + 1] : 0);
        m |= reg_first_bit(u[p]);
        p++;
        while (p < len && sum_word_bytes_tab[u[p]])
            p++;
    }
    *starts = s;
    *firsts = m;
}

/* The word starts and first bytes of an index value (reg_fold_marks): its
 * fold's, or every bit when the fold is not in the value (a name cut at
 * REG_MAX_KEY: reg_word_fold). */
static void sum_value_marks(const MDB_val *v, uint64_t *starts, uint64_t *firsts)
{
    if (v->mv_size < 5 || v->mv_size >= REG_MAX_KEY) {
        *starts = *firsts = ~0ull;
        return;
    }
    reg_fold_marks((const char *)v->mv_data + 5, v->mv_size - 5, starts, firsts);
}

void reg_word_list_release(const reg_word_list *l)
{
    if (!l)
        return;
    pthread_mutex_lock(&sum_lock);
    sum_word_unref((struct reg_word_list *)l);
    pthread_mutex_unlock(&sum_lock);
}

/* The list read from LMDB: NULL when it is longer than a record may be
 * (the caller walks LMDB), *failed on an LMDB error (err set). */
static struct reg_word_list *sum_word_build(MDB_txn *txn, const char *word, size_t wl, size_t count,
                                            int *failed, tn_error *err)
{
    MDB_cursor *cur;
    *failed = 0;
    int rc = mdb_cursor_open(txn, reg_db.tokens, &cur);
    if (rc != 0) {
        *failed = 1;
        reg_fail(err, "mdb_cursor_open(words)", rc);
        return NULL;
    }
    /* the header, the offsets, the word starts and first bytes (8-byte aligned, count each), then
     * the word and the values */
    size_t unpadded = sizeof(struct reg_word_list) + (count + 1) * sizeof(uint32_t);
    size_t offs = (unpadded + 7) & ~(size_t)7;
    size_t masks = 2 * count * sizeof(uint64_t) + (offs - unpadded);
    size_t head = offs + 2 * count * sizeof(uint64_t);
    size_t cap = head + wl + count * 48, len = head + wl;
    struct reg_word_list *l = xmalloc(cap);
    MDB_val k = {wl, (void *)word}, v;
    uint32_t n = 0;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        /* (the bound leaves the word starts and first bytes out: the same
         * lists are kept as without them) */
        if (n == count || len - masks + v.mv_size > REG_SUM_WORD_RECORD_MAX) {
            free(l); /* longer than counted (a write since), or too large */
            l = NULL;
            break;
        }
        if (len + v.mv_size > cap) {
            size_t nc = cap * 2 > len + v.mv_size ? cap * 2 : len + v.mv_size;
            l = xrealloc(l, nc);
            cap = nc;
        }
        uint64_t *marks = (uint64_t *)((char *)l + offs);
        sum_value_marks(&v, &marks[n], &marks[count + n]);
        l->off[n++] = (uint32_t)(len - head - wl);
        memcpy((unsigned char *)l + len, v.mv_data, v.mv_size);
        len += v.mv_size;
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND && l) {
        free(l);
        *failed = 1;
        reg_fail(err, "mdb_cursor_get(words)", rc);
        return NULL;
    }
    if (!l)
        return NULL;
    memcpy((char *)l + head, word, wl);
    l->refs = 1;
    l->n = n;
    l->bytes = len;
    l->wl = wl;
    l->word = (const char *)l + head;
    l->data = (const unsigned char *)l + head + wl;
    l->starts = (const uint64_t *)((const char *)l + offs);
    l->firsts = l->starts + count;
    l->off[n] = (uint32_t)(len - head - wl);
    return l;
}

/* A copy of the changed values logged for hash h after txnid since, in
 * index order without repeats: their number, or -1 when a change after
 * since is no longer logged or there are more than max. */
static int sum_log_since(MDB_txn *txn, uint32_t h, uint64_t since, MDB_val *out, size_t max)
{
    size_t n = 0;
    int ret = 0;
    pthread_mutex_lock(&log_lock);
    if (sum_log_forgotten > since) {
        pthread_mutex_unlock(&log_lock);
        return -1;
    }
    /* newest first: ids only grow along the ring (one writer; an aborted
     * write's id is the next one's), so the first at or before since ends
     * the changes after it */
    for (size_t k = 1; k <= REG_SUM_WORD_LOG && ret == 0; k++) {
        const struct sum_word_change *c =
            sum_log[(sum_log_next + REG_SUM_WORD_LOG - k) % REG_SUM_WORD_LOG];
        if (!c || c->txnid <= since)
            break;
        if (c->h != h)
            continue;
        MDB_val v = {c->len, (void *)c->v};
        size_t at = n;
        int dup = 0;
        while (at > 0) { /* insertion into order: a few values at most */
            int cmp = mdb_dcmp(txn, reg_db.tokens, &out[at - 1], &v);
            if (cmp == 0)
                dup = 1;
            if (cmp <= 0)
                break;
            at--;
        }
        if (dup)
            continue;
        if (n == max) {
            ret = -1;
            break;
        }
        void *copy = xmalloc(v.mv_size);
        memcpy(copy, v.mv_data, v.mv_size);
        memmove(&out[at + 1], &out[at], (n - at) * sizeof *out);
        out[at] = (MDB_val){v.mv_size, copy};
        n++;
    }
    pthread_mutex_unlock(&log_lock);
    if (ret < 0) {
        for (size_t i = 0; i < n; i++)
            free(out[i].mv_data);
        return -1;
    }
    return (int)n;
}

/* List old (built at an older snapshot) brought to txn's snapshot with the
 * logged changes of its word: NULL when they cannot tell (the caller reads
 * the list again), *failed on an LMDB error (err set). */
static struct reg_word_list *sum_word_patch(MDB_txn *txn, const struct reg_word_list *old,
                                            uint32_t h, size_t count, int *failed, tn_error *err)
{
    MDB_val ch[REG_SUM_WORD_PATCH_MAX];
    unsigned char present[REG_SUM_WORD_PATCH_MAX];
    *failed = 0;
    int nch = sum_log_since(txn, h, old->built, ch, REG_SUM_WORD_PATCH_MAX);
    if (nch < 0)
        return NULL;
    struct reg_word_list *l = NULL;
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.tokens, &cur);
    if (rc != 0) {
        *failed = 1;
        reg_fail(err, "mdb_cursor_open(words)", rc);
        goto free_changes;
    }
    /* each changed value: under the word at this snapshot or not */
    for (int i = 0; i < nch; i++) {
        MDB_val k = {old->wl, (void *)old->word}, v = ch[i];
        rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH);
        if (rc != 0 && rc != MDB_NOTFOUND) {
            mdb_cursor_close(cur);
            *failed = 1;
            reg_fail(err, "mdb_cursor_get(words)", rc);
            goto free_changes;
        }
        present[i] = rc == 0;
    }
    mdb_cursor_close(cur);
    /* where each change falls in the old list, and whether it is there */
    size_t pos[REG_SUM_WORD_PATCH_MAX];
    unsigned char in_old[REG_SUM_WORD_PATCH_MAX];
    size_t data_cap = old->off[old->n] - old->off[0], n = old->n;
    for (int i = 0; i < nch; i++) {
        size_t lo = i ? pos[i - 1] : 0, hi = old->n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            MDB_val ov = reg_word_list_value(old, mid);
            if (mdb_dcmp(txn, reg_db.tokens, &ov, &ch[i]) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        pos[i] = lo;
        MDB_val ov = lo < old->n ? reg_word_list_value(old, lo) : (MDB_val){0, NULL};
        in_old[i] = lo < old->n && mdb_dcmp(txn, reg_db.tokens, &ov, &ch[i]) == 0;
        if (in_old[i] && !present[i])
            n--;
        else if (!in_old[i] && present[i]) {
            n++;
            data_cap += ch[i].mv_size;
        }
    }
    if (n != count) /* not what LMDB counts: read it again */
        goto free_changes;
    /* the block as sum_word_build lays it out: runs of the old list copied
     * whole between the changes */
    size_t unpadded = sizeof(struct reg_word_list) + (count + 1) * sizeof(uint32_t);
    size_t offs = (unpadded + 7) & ~(size_t)7;
    size_t head = offs + 2 * count * sizeof(uint64_t);
    if (unpadded + old->wl + data_cap > REG_SUM_WORD_RECORD_MAX)
        goto free_changes;
    l = xmalloc(head + old->wl + data_cap);
    uint64_t *marks = (uint64_t *)((char *)l + offs);
    unsigned char *data = (unsigned char *)l + head + old->wl;
    size_t len = 0, from = 0;
    n = 0;
    for (int i = 0; i <= nch; i++) {
        size_t to = i < nch ? pos[i] + (in_old[i] && present[i]) : old->n;
        if (to > from) { /* old entries [from, to) unchanged */
            size_t bytes = old->off[to] - old->off[from];
            memcpy(data + len, old->data + old->off[from], bytes);
            for (size_t e = from; e < to; e++)
                l->off[n + e - from] = (uint32_t)(len + old->off[e] - old->off[from]);
            memcpy(&marks[n], &old->starts[from], (to - from) * sizeof *marks);
            memcpy(&marks[count + n], &old->firsts[from], (to - from) * sizeof *marks);
            n += to - from;
            len += bytes;
            from = to;
        }
        if (i == nch)
            break;
        if (in_old[i]) {
            if (!present[i])
                from = pos[i] + 1; /* deleted since */
            continue;
        }
        if (!present[i])
            continue;
        sum_value_marks(&ch[i], &marks[n], &marks[count + n]); /* new since */
        l->off[n++] = (uint32_t)len;
        memcpy(data + len, ch[i].mv_data, ch[i].mv_size);
        len += ch[i].mv_size;
    }
    if (n != count) {
        free(l);
        l = NULL;
        goto free_changes;
    }
    memcpy((char *)l + head, old->word, old->wl);
    l->refs = 1;
    l->n = (uint32_t)n;
    l->bytes = head + old->wl + len;
    l->wl = old->wl;
    l->word = (const char *)l + head;
    l->data = data;
    l->starts = marks;
    l->firsts = marks + count;
    l->off[n] = (uint32_t)len;
free_changes:
    for (int k = 0; k < nch; k++)
        free(ch[k].mv_data);
    return l;
}

int reg_summary_words(MDB_txn *txn, const char *word, size_t wl, size_t count,
                      const reg_word_list **out, tn_error *err)
{
    *out = NULL;
    uint64_t snap = __atomic_load_n(&sum_off, __ATOMIC_SEQ_CST) ? 0 : sum_snapshot(txn);
    if (!snap || count == 0 || count > REG_SUM_WORD_ENTRIES)
        return 0;
    uint32_t h = sum_word_hash(word, wl);
    uint64_t *touch = &sum_touch[sum_hash(REG_SUM_WORDS, h) % REG_SUM_TOUCH];
    struct reg_word_list **slot = &sum_words[h % REG_SUM_WORD_SLOTS];
    pthread_mutex_lock(&sum_lock);
    sum_env_check(txn);
    struct reg_word_list *l = *slot;
    uint64_t t = __atomic_load_n(touch, __ATOMIC_SEQ_CST);
    if (l && l->wl == wl && memcmp(l->word, word, wl) == 0 && t <= l->built && t <= snap) {
        l->refs++;
        sum_stats.hits++;
        pthread_mutex_unlock(&sum_lock);
        reg_dep_note_key(txn, reg_db.tokens, word, wl); /* the list stands for the word's values */
        *out = l;
        return 1;
    }
    sum_stats.misses++;
    /* the same word's list from an older snapshot: patch it forward */
    struct reg_word_list *stale = NULL;
    if (l && l->wl == wl && memcmp(l->word, word, wl) == 0 && l->built <= snap) {
        stale = l;
        stale->refs++;
    }
    pthread_mutex_unlock(&sum_lock);
    int failed = 0;
    l = NULL;
    if (stale) {
        l = sum_word_patch(txn, stale, h, count, &failed, err);
        pthread_mutex_lock(&sum_lock);
        sum_word_unref(stale);
        if (l)
            sum_stats.patched++;
        pthread_mutex_unlock(&sum_lock);
        if (failed)
            return -1;
    }
    if (!l)
        l = sum_word_build(txn, word, wl, count, &failed, err);
    if (failed)
        return -1;
    if (!l)
        return 0;
    l->built = snap;
    pthread_mutex_lock(&sum_lock);
    sum_env_check(txn);
    size_t old = *slot ? (*slot)->bytes : 0;
    if (__atomic_load_n(touch, __ATOMIC_SEQ_CST) <= snap &&
        sum_word_bytes - old + l->bytes <= REG_SUM_WORD_BYTES) {
        sum_word_bytes -= old;
        sum_word_unref(*slot);
        *slot = l;
        l->refs++; /* the table's */
        sum_word_bytes += l->bytes;
        sum_stats.stored++;
    }
    pthread_mutex_unlock(&sum_lock);
    reg_dep_note_key(txn, reg_db.tokens, word, wl);
    *out = l;
    return 1;
}

/* ---- answer texts --------------------------------------------------------
 *
 * The members of an answer as registry_query.c's writers wrote them (an
 * undated who of a post, a person's answer, an undated org), kept per
 * entity with the stamps of every entity the text was written from (its
 * dependencies): a post's holders, a person's tenures, an organization's
 * post list, a post's record.  A text serves a reader only when none of
 * them was touched after both the text's snapshot and the reader's, as the
 * records above; names and labels need no stamp (written once, when their
 * entity is created: an entity removed or merged away has its tenures
 * removed or moved, which touches every post and person that named it).
 * The text is the writers' own output, so their rules are the one source
 * of what it says: a text is a cache of an answer's members, never built
 * by the writer thread. */

#define REG_SUM_TEXT_SLOTS 16384
#define REG_SUM_TEXT_BYTES (8u << 20)
#define REG_SUM_TEXT_RECORD_MAX (64u << 10)
/* Most dependencies of one text (an organization with hundreds of posts
 * and holders is written each time) */
#define REG_SUM_TEXT_DEPS_MAX 2048

struct reg_text_slot {
    char *data; /* NULL: empty; the text, then the dependencies (uint32_t) */
    size_t len, ndeps, bytes;
    uint64_t built;
    uint32_t id;
    int kind;
};

static struct reg_text_slot sum_texts[REG_SUM_TEXT_SLOTS];

/* Drop every text (sum_lock held). */
static void sum_texts_clear(void)
{
    for (size_t i = 0; i < REG_SUM_TEXT_SLOTS; i++) {
        free(sum_texts[i].data);
        sum_texts[i].data = NULL;
    }
    sum_text_bytes = 0;
}

void reg_text_dep(reg_text_deps *d, int kind, uint32_t id)
{
    if (d->n == d->cap) {
        size_t nc = d->cap ? d->cap * 2 : 16;
        if (nc > REG_SUM_TEXT_DEPS_MAX) {
            d->full = 1; /* too many: the text is not kept */
            return;
        }
        d->ix = xreallocarray(d->ix, nc, sizeof *d->ix);
        d->cap = nc;
    }
    d->ix[d->n++] = (uint64_t)(uint32_t)kind << 32 | id;
}

void reg_text_deps_free(reg_text_deps *d)
{
    free(d->ix);
    d->ix = NULL;
    d->n = d->cap = 0;
}

/* Whether no dependency (kind << 32 | id) was touched after
 * min(built, snap) (sum_lock held or not: the stamps are atomic). */
static int sum_deps_fresh(const uint64_t *ix, size_t n, uint64_t built, uint64_t snap)
{
    uint64_t upto = built < snap ? built : snap;
    for (size_t i = 0; i < n; i++) {
        uint32_t h = sum_hash((int)(ix[i] >> 32), (uint32_t)ix[i]) % REG_SUM_TOUCH;
        if (__atomic_load_n(&sum_touch[h], __ATOMIC_SEQ_CST) > upto)
            return 0;
    }
    return 1;
}

int reg_summary_text_get(MDB_txn *txn, int kind, uint32_t id, jw *w)
{
    uint64_t snap = __atomic_load_n(&sum_off, __ATOMIC_SEQ_CST) ? 0 : sum_snapshot(txn);
    if (!snap || !jw_fresh(w))
        return 0;
    struct reg_text_slot *s = &sum_texts[sum_hash(kind, id) % REG_SUM_TEXT_SLOTS];
    pthread_mutex_lock(&sum_lock);
    sum_env_check(txn);
    const uint64_t *deps = (const uint64_t *)(void *)(s->data + s->bytes - s->ndeps * 8);
    int hit =
        s->data && s->kind == kind && s->id == id && sum_deps_fresh(deps, s->ndeps, s->built, snap);
    if (hit) {
        jw_members(w, s->data, s->len);
        sum_stats.hits++;
        /* what the text was written from, for a reply built around it */
        for (size_t i = 0; i < s->ndeps; i++)
            reg_dep_note_sum(txn, (int)(deps[i] >> 32), (uint32_t)deps[i]);
    } else {
        sum_stats.misses++;
    }
    pthread_mutex_unlock(&sum_lock);
    return hit;
}

void reg_summary_text_put(MDB_txn *txn, int kind, uint32_t id, const char *text, size_t len,
                          reg_text_deps *d)
{
    uint64_t snap = __atomic_load_n(&sum_off, __ATOMIC_SEQ_CST) ? 0 : sum_snapshot(txn);
    /* the dependencies after the text, 8-byte aligned */
    size_t at = (len + 7) & ~(size_t)7, bytes = at + d->n * 8;
    char *keep = NULL;
    if (snap && !d->full && len <= REG_SUM_TEXT_RECORD_MAX) {
        keep = xmalloc(bytes);
        memcpy(keep, text, len);
        if (d->n)
            memcpy(keep + at, d->ix, d->n * 8);
    }
    reg_text_deps_free(d);
    if (!keep)
        return;
    struct reg_text_slot *s = &sum_texts[sum_hash(kind, id) % REG_SUM_TEXT_SLOTS];
    pthread_mutex_lock(&sum_lock);
    sum_env_check(txn);
    /* a dependency touched after the snapshot: the text may already be
     * stale (a writer committed meanwhile) */
    if (!sum_deps_fresh((const uint64_t *)(void *)(keep + at), (bytes - at) / 8, snap, snap) ||
        sum_text_bytes - (s->data ? s->bytes : 0) + bytes > REG_SUM_TEXT_BYTES) {
        pthread_mutex_unlock(&sum_lock);
        free(keep);
        return;
    }
    if (s->data) {
        sum_text_bytes -= s->bytes;
        free(s->data);
    }
    s->data = keep;
    s->len = len;
    s->bytes = bytes;
    s->ndeps = (bytes - at) / 8;
    s->built = snap;
    s->id = id;
    s->kind = kind;
    sum_text_bytes += bytes;
    sum_stats.stored++;
    pthread_mutex_unlock(&sum_lock);
}

void reg_summary_touch_org(MDB_txn *txn, uint32_t org)
{
    sum_stamp(REG_SUM_ORG_POSTS, org, (uint64_t)mdb_txn_id(txn));
    reg_dep_changed_sum(txn, REG_SUM_ORG_POSTS, org);
}

void reg_summary_touch_post(MDB_txn *txn, uint32_t post)
{
    sum_stamp(REG_SUM_POST, post, (uint64_t)mdb_txn_id(txn));
    reg_dep_changed_sum(txn, REG_SUM_POST, post);
}

/* ---- the lexicon's keys ------------------------------------------------
 *
 * The posts the lexicon names by key (implied_seats.tsv, terms.tsv: the
 * Politburo's seat, the Central Committee's …) are looked up by every `who`
 * and by `org` for each of its posts: a few keys, and rule 19's calendar
 * of one-holder posts (some forty) for an answer with a newcomer, the same
 * answer until a commit.  What post_by_key gives for a key is fixed by the snapshot, so
 * each thread keeps the last answers of its reader's snapshot; a newer
 * snapshot (a commit), another environment or a reset starts them again.
 * A write transaction is never answered from here. */
#define REG_SUM_KEYS 64
#define REG_SUM_KEY_MAX 96

struct sum_key_memo {
    MDB_env *env;
    uint64_t snap, epoch;
    size_t n;
    struct {
        char key[REG_SUM_KEY_MAX];
        uint32_t id;
        int found;
    } k[REG_SUM_KEYS];
};

static _Thread_local struct sum_key_memo sum_keys;

/* The memo valid for txn's snapshot (emptied when it was another's), or
 * NULL when txn writes or records are off. */
static struct sum_key_memo *sum_keys_for(MDB_txn *txn)
{
    if (__atomic_load_n(&sum_off, __ATOMIC_SEQ_CST))
        return NULL;
    uint64_t snap = sum_snapshot(txn);
    if (!snap)
        return NULL;
    struct sum_key_memo *m = &sum_keys;
    MDB_env *env = mdb_txn_env(txn);
    uint64_t epoch = __atomic_load_n(&sum_key_epoch, __ATOMIC_SEQ_CST);
    if (m->snap != snap || m->env != env || m->epoch != epoch) {
        m->env = env;
        m->snap = snap;
        m->epoch = epoch;
        m->n = 0;
    }
    return m;
}

int reg_summary_key_get(MDB_txn *txn, const char *key, uint32_t *id)
{
    struct sum_key_memo *m = sum_keys_for(txn);
    for (size_t i = 0; m && i < m->n; i++)
        if (strcmp(m->k[i].key, key) == 0) {
            MDB_val k = reg_key_val(key); /* what post_by_key was asked */
            reg_dep_note_key(txn, reg_db.post_by_key, k.mv_data, k.mv_size);
            *id = m->k[i].id;
            return m->k[i].found;
        }
    return -1;
}

void reg_summary_key_put(MDB_txn *txn, const char *key, int found, uint32_t id)
{
    struct sum_key_memo *m = sum_keys_for(txn);
    size_t kl = strlen(key);
    if (!m || m->n == REG_SUM_KEYS || kl >= REG_SUM_KEY_MAX)
        return;
    memcpy(m->k[m->n].key, key, kl + 1);
    m->k[m->n].id = found ? id : 0;
    m->k[m->n].found = found;
    m->n++;
}
