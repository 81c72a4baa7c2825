/*
 * registry_deps.c — what a read depended on, and what a write changed, so
 * that a cached reply outlives commits that touch nothing it read.
 *
 * Every LMDB call of the registry's files goes through the wrappers below
 * (registry_int.h maps mdb_get, mdb_cursor_get, mdb_put … onto them), as
 * does the store's article read (store_article_get) that dated answers
 * make.  Two sides:
 *
 * - A reader that called registry_deps_begin (the loop, answering a
 *   cacheable question) has every read noted as a dependency, a 64-bit
 *   hash: a key read (mdb_get, a cursor put on a key, its duplicates and
 *   their count), a key prefix read (a cursor scan from MDB_SET_RANGE: the
 *   first REG_DEP_PREFIX bytes of its start, or fewer when the start is
 *   shorter), a whole database (MDB_FIRST, MDB_LAST, mdb_stat, a scan of a
 *   cursor not positioned by a key), a kept record of registry_summary.c
 *   served from memory (its own stamp: the LMDB reads it stands for were
 *   not made), an article read.  registry_deps_end hands them over.
 * - The writer's puts and deletes note what they change: the key, each of
 *   its prefixes up to REG_DEP_PREFIX bytes, the whole database; the
 *   summary's touches their stamps; an article put or forgotten its id.
 *   After a commit registry_deps_publish queues the set with the
 *   transaction's id; the loop takes the queued sets (registry_deps_drain)
 *   before it begins a read, and the reply cache (reply_cache.c) retires
 *   every reply built from an older snapshot that depended on one of them.
 *
 * A scan's prefix covers it exactly because every scan of the registry
 * stops at the first key outside the prefix it started in (a person's
 * tenures, the words beginning with a query word): a key put outside the
 * prefix sorts before or after every key of it, so the scan would stop
 * there as it stopped before.  A cursor that reads on past such a key
 * makes the read unusable (registry_deps_end returns 0: the reply is
 * kept only until the next commit, as before).  So do reads through
 * another transaction, and more than REG_DEP_MAX dependencies.
 *
 * Hashes collide only as 64-bit hashes do; a false match retires a reply
 * early, never keeps a stale one.  The writer's set lives between the
 * write transaction's begin and publish, on the one thread LMDB lets write
 * at a time (its write lock orders them); the queue is under a mutex; the
 * recorder is per thread.  Does not decide what is cached (rpc.c) or keep
 * replies (reply_cache.c).
 */
#define REG_DEPS_NO_WRAP
#include "registry_int.h"
#include "hash.h"
#include "xmalloc.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* Most dependencies of one read; more and it is not used. */
#define REG_DEP_MAX 4096
/* Cursors of one read whose scans are followed. */
#define REG_DEP_CURSORS 32
/* Most hashes queued for the loop; more and it drops every reply. */
#define REG_DEP_QUEUE_MAX (1u << 20)

enum { DEP_KEY = 1, DEP_PREFIX = 2, DEP_WIDE = 3, DEP_SUM = 4, DEP_ARTICLE = 5 };

static uint64_t dep_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h | 1; /* 0 is an empty slot in the sets */
}

static uint64_t dep_hash(int tag, uint64_t a, const void *p, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ull ^ ((uint64_t)tag << 56) ^ (a << 20) ^ n;
    return dep_mix(tn_hash_bytes(h, p, n));
}

static uint64_t dep_key(MDB_dbi d, const MDB_val *k)
{
    return dep_hash(DEP_KEY, d, k->mv_data, k->mv_size);
}

static uint64_t dep_prefix(MDB_dbi d, const void *k, size_t n)
{
    return n ? dep_hash(DEP_PREFIX, d, k, n) : dep_hash(DEP_WIDE, d, NULL, 0);
}

/* ---- the reader's side --------------------------------------------------- */

struct dep_cursor {
    MDB_cursor *c;
    unsigned char p[REG_DEP_PREFIX];
    unsigned char plen;
    /* 0 unpositioned, 1 on a key (its prefix kept, not noted), 2 past the
     * prefix, 3 whole database noted, 4 scanning its prefix (noted) */
    unsigned char state;
};

struct dep_rec {
    int on, unusable;
    MDB_txn *txn;
    uint64_t *v;
    size_t n;
    uint64_t seen[REG_DEP_MAX * 2]; /* open addressing, 0 empty */
    uint32_t used[REG_DEP_MAX];     /* the slots of seen taken, cleared per read */
    struct dep_cursor cur[REG_DEP_CURSORS];
    size_t ncur;
};

static _Thread_local struct dep_rec *dep_rec;

static void dep_note(uint64_t h)
{
    struct dep_rec *r = dep_rec;
    if (r->unusable)
        return;
    size_t mask = REG_DEP_MAX * 2 - 1, i = (size_t)(h >> 7) & mask;
    while (r->seen[i]) {
        if (r->seen[i] == h)
            return;
        i = (i + 1) & mask;
    }
    if (r->n == REG_DEP_MAX) {
        r->unusable = 1;
        return;
    }
    r->seen[i] = h;
    r->used[r->n] = (uint32_t)i;
    r->v[r->n++] = h;
}

/* Whether this thread records, for txn (another transaction: unusable). */
static int dep_recording(MDB_txn *txn)
{
    struct dep_rec *r = dep_rec;
    if (!r || !r->on)
        return 0;
    if (!r->txn)
        r->txn = txn;
    else if (r->txn != txn)
        r->unusable = 1;
    return !r->unusable;
}

void registry_deps_begin(void)
{
    struct dep_rec *r = dep_rec;
    if (!r) {
        r = xcalloc(1, sizeof *r);
        r->v = xmalloc(REG_DEP_MAX * sizeof *r->v);
        dep_rec = r;
    } else {
        for (size_t i = 0; i < r->n; i++)
            r->seen[r->used[i]] = 0;
    }
    r->on = 1;
    r->unusable = 0;
    r->txn = NULL;
    r->n = 0;
    r->ncur = 0;
}

int registry_deps_end(MDB_txn *txn, const uint64_t **deps, size_t *n)
{
    struct dep_rec *r = dep_rec;
    *deps = NULL;
    *n = 0;
    if (!r || !r->on)
        return 0;
    r->on = 0;
    if (r->unusable || (r->txn && r->txn != txn))
        return 0;
    *deps = r->v;
    *n = r->n;
    return 1;
}

void registry_deps_forget(void)
{
    if (dep_rec) {
        free(dep_rec->v);
        free(dep_rec);
        dep_rec = NULL;
    }
}

void reg_dep_note_sum(MDB_txn *txn, int kind, uint32_t id)
{
    if (dep_recording(txn))
        dep_note(dep_hash(DEP_SUM, (uint64_t)kind << 32 | id, NULL, 0));
}

void reg_dep_note_key(MDB_txn *txn, MDB_dbi dbi, const void *key, size_t len)
{
    MDB_val k = {len, (void *)key};
    if (dep_recording(txn))
        dep_note(dep_key(dbi, &k));
}

static struct dep_cursor *dep_cursor_of(MDB_cursor *c)
{
    struct dep_rec *r = dep_rec;
    for (size_t i = 0; i < r->ncur; i++)
        if (r->cur[i].c == c)
            return &r->cur[i];
    return NULL;
}

int reg_dep_cursor_open(MDB_txn *txn, MDB_dbi dbi, MDB_cursor **cur)
{
    int rc = (mdb_cursor_open)(txn, dbi, cur);
    if (rc == 0 && dep_recording(txn)) {
        struct dep_cursor *dc = dep_cursor_of(*cur);
        if (!dc && dep_rec->ncur < REG_DEP_CURSORS)
            dc = &dep_rec->cur[dep_rec->ncur++];
        if (dc) {
            memset(dc, 0, sizeof *dc);
            dc->c = *cur;
        }
    }
    return rc;
}

int reg_dep_get(MDB_txn *txn, MDB_dbi dbi, MDB_val *key, MDB_val *data)
{
    if (dep_recording(txn))
        dep_note(dep_key(dbi, key));
    return (mdb_get)(txn, dbi, key, data);
}

/* The cursor's scan starts at key k: its prefix noted and kept. */
static void dep_scan_start(struct dep_cursor *dc, MDB_dbi dbi, const MDB_val *k)
{
    size_t pl = k->mv_size < REG_DEP_PREFIX ? k->mv_size : REG_DEP_PREFIX;
    dep_note(dep_prefix(dbi, k->mv_data, pl));
    if (dc) {
        memcpy(dc->p, k->mv_data, pl);
        dc->plen = (unsigned char)pl;
        dc->state = pl ? 4 : 3;
    }
}

/* A key the cursor's scan reached (rc its result). */
static void dep_scan_step(struct dep_cursor *dc, int rc, const MDB_val *k)
{
    if (rc != 0 || dc->state != 4)
        return;
    if (k->mv_size < dc->plen || memcmp(k->mv_data, dc->p, dc->plen) != 0)
        dc->state = 2; /* the scan left its prefix: it stops here */
}

/* A read of the key the cursor is on: noted by what put it there, unless
 * that was a scan past its prefix. */
static void dep_within(struct dep_cursor *dc, MDB_dbi dbi)
{
    if (!dc || dc->state == 0)
        dep_note(dep_prefix(dbi, NULL, 0));
    else if (dc->state == 2)
        dep_rec->unusable = 1;
}

int reg_dep_cursor_get(MDB_cursor *cur, MDB_val *key, MDB_val *data, MDB_cursor_op op)
{
    if (!dep_rec || !dep_rec->on || !dep_recording(mdb_cursor_txn(cur)))
        return (mdb_cursor_get)(cur, key, data, op);
    MDB_dbi dbi = mdb_cursor_dbi(cur);
    struct dep_cursor *dc = dep_cursor_of(cur);
    int rc;
    switch (op) {
    case MDB_SET:
    case MDB_SET_KEY:
    case MDB_GET_BOTH:
    case MDB_GET_BOTH_RANGE:
        /* one key and its duplicates; a scan on from it keeps to its
         * prefix (noted when it starts) */
        dep_note(dep_key(dbi, key));
        if (dc) {
            size_t pl = key->mv_size < REG_DEP_PREFIX ? key->mv_size : REG_DEP_PREFIX;
            memcpy(dc->p, key->mv_data, pl);
            dc->plen = (unsigned char)pl;
            dc->state = 1;
        }
        return (mdb_cursor_get)(cur, key, data, op);
    case MDB_SET_RANGE:
        dep_scan_start(dc, dbi, key);
        rc = (mdb_cursor_get)(cur, key, data, op);
        if (dc)
            dep_scan_step(dc, rc, key);
        return rc;
    case MDB_NEXT:
    case MDB_PREV:
    case MDB_NEXT_NODUP:
    case MDB_PREV_NODUP:
        if (!dc || dc->state == 0) {
            dep_note(dep_prefix(dbi, NULL, 0));
            if (dc)
                dc->state = 3;
        } else if (dc->state == 1) {
            dep_note(dep_prefix(dbi, dc->p, dc->plen));
            dc->state = dc->plen ? 4 : 3;
        } else if (dc->state == 2) {
            dep_rec->unusable = 1; /* read on past the prefix's end */
        }
        rc = (mdb_cursor_get)(cur, key, data, op);
        if (dc)
            dep_scan_step(dc, rc, key);
        return rc;
    case MDB_FIRST:
    case MDB_LAST:
        dep_note(dep_prefix(dbi, NULL, 0));
        if (dc)
            dc->state = 3;
        return (mdb_cursor_get)(cur, key, data, op);
    default:
        /* within the current key's duplicates (MDB_NEXT_DUP, MDB_GET_CURRENT
         * …): the positioning read noted it */
        dep_within(dc, dbi);
        return (mdb_cursor_get)(cur, key, data, op);
    }
}

int reg_dep_cursor_count(MDB_cursor *cur, size_t *count)
{
    if (dep_recording(mdb_cursor_txn(cur)))
        dep_within(dep_cursor_of(cur), mdb_cursor_dbi(cur));
    return (mdb_cursor_count)(cur, count);
}

int reg_dep_stat(MDB_txn *txn, MDB_dbi dbi, MDB_stat *st)
{
    if (dep_recording(txn))
        dep_note(dep_prefix(dbi, NULL, 0));
    return (mdb_stat)(txn, dbi, st);
}

int reg_dep_article_get(MDB_txn *txn, const unsigned char id[16], struct store_article *a,
                        tn_error *err)
{
    if (dep_recording(txn))
        dep_note(dep_hash(DEP_ARTICLE, 0, id, 16));
    return (store_article_get)(txn, id, a, err);
}

/* ---- the writer's side --------------------------------------------------- */

static uint64_t *chg_set; /* open addressing, 0 empty */
static size_t chg_cap, chg_n;
static uint64_t chg_txnid;
static int chg_lost; /* a change without a key to name: every reply goes */

struct dep_batch {
    struct dep_batch *next;
    uint64_t txnid;
    size_t n;
    uint64_t h[];
};

static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;
static struct dep_batch *q_head, **q_tail = &q_head;
static size_t q_hashes;
static int q_flush;                  /* under q_lock: the loop drops every reply */
static _Atomic uint64_t q_published; /* bumped under q_lock */
static uint64_t q_seen;              /* the loop's */

static void chg_add(uint64_t h)
{
    if (chg_n * 2 >= chg_cap) {
        size_t nc = chg_cap ? chg_cap * 2 : 1024;
        uint64_t *ns = xcalloc(nc, sizeof *ns);
        for (size_t i = 0; i < chg_cap; i++)
            if (chg_set[i]) {
                size_t j = (size_t)(chg_set[i] >> 7) & (nc - 1);
                while (ns[j])
                    j = (j + 1) & (nc - 1);
                ns[j] = chg_set[i];
            }
        free(chg_set);
        chg_set = ns;
        chg_cap = nc;
    }
    size_t j = (size_t)(h >> 7) & (chg_cap - 1);
    while (chg_set[j]) {
        if (chg_set[j] == h)
            return;
        j = (j + 1) & (chg_cap - 1);
    }
    chg_set[j] = h;
    chg_n++;
}

static void chg_txn(MDB_txn *txn)
{
    uint64_t id = (uint64_t)mdb_txn_id(txn);
    if (id > chg_txnid)
        chg_txnid = id;
}

/* A write of key under dbi: the key, its prefixes, the database. */
static void chg_key(MDB_txn *txn, MDB_dbi dbi, const MDB_val *key)
{
    chg_txn(txn);
    chg_add(dep_key(dbi, key));
    for (size_t l = 0; l <= REG_DEP_PREFIX && l <= key->mv_size; l++)
        chg_add(dep_prefix(dbi, key->mv_data, l));
}

void reg_dep_changed_sum(MDB_txn *txn, int kind, uint32_t id)
{
    chg_txn(txn);
    chg_add(dep_hash(DEP_SUM, (uint64_t)kind << 32 | id, NULL, 0));
}

void reg_dep_article_changed(MDB_txn *txn, const unsigned char id[16])
{
    chg_txn(txn);
    chg_add(dep_hash(DEP_ARTICLE, 0, id, 16));
}

int reg_dep_put(MDB_txn *txn, MDB_dbi dbi, MDB_val *key, MDB_val *data, unsigned int flags)
{
    chg_key(txn, dbi, key);
    return (mdb_put)(txn, dbi, key, data, flags);
}

int reg_dep_del(MDB_txn *txn, MDB_dbi dbi, MDB_val *key, MDB_val *data)
{
    chg_key(txn, dbi, key);
    return (mdb_del)(txn, dbi, key, data);
}

/* The key a cursor is on (for a put or delete through it). */
static void chg_cursor(MDB_cursor *cur)
{
    MDB_val k, v;
    MDB_txn *txn = mdb_cursor_txn(cur);
    if ((mdb_cursor_get)(cur, &k, &v, MDB_GET_CURRENT) == 0) {
        chg_key(txn, mdb_cursor_dbi(cur), &k);
    } else {
        chg_txn(txn);
        chg_add(dep_prefix(mdb_cursor_dbi(cur), NULL, 0));
        chg_lost = 1; /* no key to name: every reply */
    }
}

int reg_dep_cursor_put(MDB_cursor *cur, MDB_val *key, MDB_val *data, unsigned int flags)
{
    if (flags & MDB_CURRENT)
        chg_cursor(cur);
    else
        chg_key(mdb_cursor_txn(cur), mdb_cursor_dbi(cur), key);
    return (mdb_cursor_put)(cur, key, data, flags);
}

int reg_dep_cursor_del(MDB_cursor *cur, unsigned int flags)
{
    chg_cursor(cur);
    return (mdb_cursor_del)(cur, flags);
}

int reg_dep_drop(MDB_txn *txn, MDB_dbi dbi, int del)
{
    chg_txn(txn);
    chg_lost = 1; /* every key of it: every reply */
    return (mdb_drop)(txn, dbi, del);
}

void registry_deps_publish(void)
{
    struct dep_batch *b = NULL;
    if (!chg_lost && chg_n) {
        b = xmalloc(sizeof *b + chg_n * sizeof(uint64_t));
        b->next = NULL;
        b->txnid = chg_txnid;
        b->n = 0;
        for (size_t i = 0; i < chg_cap; i++)
            if (chg_set[i])
                b->h[b->n++] = chg_set[i];
    }
    int flush = chg_lost;
    pthread_mutex_lock(&q_lock);
    if (!flush && b) {
        if (q_hashes + b->n <= REG_DEP_QUEUE_MAX) {
            *q_tail = b;
            q_tail = &b->next;
            q_hashes += b->n;
            b = NULL;
        } else {
            flush = 1;
        }
    }
    if (flush) {
        /* what is queued no longer matters: every reply goes */
        q_flush = 1;
        for (struct dep_batch *x = q_head, *nx; x; x = nx) {
            nx = x->next;
            free(x);
        }
        q_head = NULL;
        q_tail = &q_head;
        q_hashes = 0;
    }
    if (chg_n || flush)
        atomic_fetch_add(&q_published, 1);
    pthread_mutex_unlock(&q_lock);
    free(b);
    if (chg_cap > 8192) { /* a large transaction's set is not kept */
        free(chg_set);
        chg_set = NULL;
        chg_cap = 0;
    } else if (chg_cap) {
        memset(chg_set, 0, chg_cap * sizeof *chg_set);
    }
    chg_n = 0;
    chg_lost = 0;
}

void registry_deps_flush(void)
{
    pthread_mutex_lock(&q_lock);
    q_flush = 1;
    atomic_fetch_add(&q_published, 1);
    pthread_mutex_unlock(&q_lock);
}

int registry_deps_drain(void (*fn)(void *ctx, const uint64_t *h, size_t n, uint64_t txnid),
                        void *ctx)
{
    uint64_t pub = atomic_load(&q_published);
    if (pub == q_seen)
        return 0;
    pthread_mutex_lock(&q_lock);
    q_seen = atomic_load(&q_published);
    struct dep_batch *b = q_head;
    int flush = q_flush;
    q_head = NULL;
    q_tail = &q_head;
    q_hashes = 0;
    q_flush = 0;
    pthread_mutex_unlock(&q_lock);
    for (struct dep_batch *nx; b; b = nx) {
        nx = b->next;
        if (!flush)
            fn(ctx, b->h, b->n, b->txnid);
        free(b);
    }
    return flush;
}
