/*
 * registry_summary.c — per-post and per-person derived records kept ready
 * for the read path: a post's holders (without a date) and a person's
 * tenures, as registry_query.c's own walks computed them.
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
#include "registry_int.h"

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

static uint32_t sum_hash(int kind, uint32_t id)
{
    uint32_t h = id * 2654435761u ^ (uint32_t)kind * 0x9e3779b9u;
    return h ^ h >> 15;
}

/* Drop every record (sum_lock held); the touch stamps stay: a writer may
 * be in a transaction whose stamps must outlive this. */
static void sum_clear(void)
{
    for (size_t i = 0; i < REG_SUM_SLOTS; i++) {
        free(sum_slots[i].data);
        sum_slots[i].data = NULL;
    }
    sum_bytes = 0;
}

void reg_summary_reset(void)
{
    pthread_mutex_lock(&sum_lock);
    sum_clear();
    for (size_t i = 0; i < REG_SUM_TOUCH; i++)
        __atomic_store_n(&sum_touch[i], 0, __ATOMIC_SEQ_CST);
    sum_env = NULL;
    pthread_mutex_unlock(&sum_lock);
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
    out->bytes = sum_bytes;
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
            void *copy = malloc(s->len ? s->len : 1);
            if (copy) {
                memcpy(copy, s->data, s->len);
                *items = copy;
                *count = s->count;
                *extra = s->extra;
                sum_stats.hits++;
                pthread_mutex_unlock(&sum_lock);
                return 0;
            }
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
    void *keep = malloc(len ? len : 1);
    if (!keep)
        return 0; /* the answer stands; only the record is not kept */
    memcpy(keep, built, len);
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
