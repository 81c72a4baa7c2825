/*
 * writer.c — the one thread that writes to the store, by group commit.
 *
 * Owns every LMDB write transaction of requests.  It takes every write
 * waiting in its queue (at most write_batch_max) into one transaction,
 * applies each in a nested transaction of its own (so one request's failure
 * undoes only its changes), commits once — one fsync for the group — and
 * only then posts the replies: an acknowledgement means durable.  A failed
 * commit fails every request of the group and stores none.  MDB_MAP_FULL,
 * at a put or at the commit, aborts the group, grows the map (store_grow)
 * and retries; when the map cannot grow, each write of the group is tried
 * on its own (small ones may still fit) and the rest fail with STORE_FULL;
 * later groups try again (space may have returned).  After a commit that
 * changed the store it calls ops->committed (pipeline.c bumps the store
 * generation there, retiring cached replies) before handing any job back.
 * Knows a job only through writer.h's link and callbacks: does not parse
 * requests or build replies (pipeline.c, rpc.c), run extraction (workers.c,
 * before the job gets here) or know what a job writes (m_*.c through
 * pipeline.c's apply callback and rpc_apply).
 */
#include "writer.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "store.h"
#include "xmalloc.h"

TAILQ_HEAD(wr_job_list, wr_job);

struct writer {
    struct writer_ops ops;
    void *ctx;
    size_t batch_max;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    struct wr_job_list queue;
    size_t queued;
    int stopping;
    pthread_t thread;
    _Atomic uint64_t commits;
    _Atomic uint64_t fsyncs;
    _Atomic uint64_t grows;
};

/* Fail every job of a group with the same error, dropping any result. */
static void writer_fail_group(struct writer *wr, struct wr_job_list *group, const tn_error *why)
{
    struct wr_job *job;
    TAILQ_FOREACH(job, group, q)
    wr->ops.fail(wr->ctx, job, why);
}

static void writer_commit_group(struct writer *wr, struct wr_job_list *group);

/* Commit each job of a group on its own, keeping the group's order. */
static void writer_commit_split(struct writer *wr, struct wr_job_list *group)
{
    struct wr_job_list done, one;
    struct wr_job *job;
    TAILQ_INIT(&done);
    while ((job = TAILQ_FIRST(group))) {
        TAILQ_REMOVE(group, job, q);
        TAILQ_INIT(&one);
        TAILQ_INSERT_TAIL(&one, job, q);
        writer_commit_group(wr, &one);
        TAILQ_REMOVE(&one, job, q);
        TAILQ_INSERT_TAIL(&done, job, q);
    }
    TAILQ_CONCAT(group, &done, q);
}

/* Apply and commit one group; on return every job has a result or an error.
 *
 * The jobs are first applied straight into the group's transaction: a
 * nested transaction per job costs LMDB two allocations of 1 and 2 MiB
 * (its dirty-page and free-page lists: mmap, page faults, munmap and a TLB
 * shootdown each time, half the writer's time in a bulk load) and a merge
 * of the child's dirty pages into the parent's at its commit.  Only when a
 * job of a group of several fails — its partial writes are then in the
 * transaction — is the group aborted and applied again, each job in a
 * nested transaction of its own, as before (apply may be called again for
 * the same job: writer.h).  A group of one needs no nesting: aborting the
 * group undoes exactly that job. */
static void writer_commit_group(struct writer *wr, struct wr_job_list *group)
{
    MDB_env *env = store_env();
    tn_error why = {0};
    struct wr_job *job;
    MDB_txn *txn, *child;
    int rc, nested = 0;

retry:
    if ((rc = mdb_txn_begin(env, NULL, 0, &txn)) != 0) {
        store_mdb_error(&why, "mdb_txn_begin", rc);
        goto fail_group;
    }
    int full = 0;
    TAILQ_FOREACH(job, group, q)
    {
        if (!nested) {
            int code = wr->ops.apply(wr->ctx, txn, job);
            if (code == 0)
                continue;
            if (code == TENURE_E_STORE_FULL) {
                full = 1;
                break;
            }
            mdb_txn_abort(txn);
            if (TAILQ_NEXT(TAILQ_FIRST(group), q) == NULL)
                return; /* the one job failed; nothing else to undo */
            nested = 1;
            goto retry;
        }
        tn_error jerr = {0};
        if ((rc = mdb_txn_begin(env, txn, 0, &child)) != 0) {
            store_mdb_error(&jerr, "mdb_txn_begin(nested)", rc);
            wr->ops.fail(wr->ctx, job, &jerr);
            int bcode = jerr.code;
            tn_error_clear(&jerr);
            if (bcode == TENURE_E_STORE_FULL) {
                full = 1;
                break;
            }
            continue;
        }
        int code = wr->ops.apply(wr->ctx, child, job);
        if (code != 0) {
            mdb_txn_abort(child);
            if (code == TENURE_E_STORE_FULL) {
                full = 1;
                break;
            }
            continue;
        }
        if ((rc = mdb_txn_commit(child)) != 0) {
            store_mdb_error(&jerr, "mdb_txn_commit(nested)", rc);
            wr->ops.fail(wr->ctx, job, &jerr);
            int ecode = jerr.code;
            tn_error_clear(&jerr);
            if (ecode == TENURE_E_STORE_FULL) {
                full = 1;
                break;
            }
        }
    }
    if (full) {
        mdb_txn_abort(txn);
        goto grow;
    }
    MDB_envinfo before;
    int have_before = mdb_env_info(env, &before) == 0;
    if ((rc = mdb_txn_commit(txn)) != 0) {
        if (rc == MDB_MAP_FULL)
            goto grow;
        store_mdb_error(&why, "mdb_txn_commit", rc);
        log_error("group commit failed: %s", why.message);
        goto fail_group;
    }
    /* A group of duplicates changes nothing: LMDB then commits without
     * writing or syncing, and the counters say so. */
    MDB_envinfo after;
    if (!have_before || mdb_env_info(env, &after) != 0 ||
        after.me_last_txnid != before.me_last_txnid) {
        atomic_fetch_add(&wr->commits, 1);
        atomic_fetch_add(&wr->fsyncs, 1);
        /* Before any job is handed back: a client told "stored" never gets
         * an answer cached from before its write. */
        if (wr->ops.committed)
            wr->ops.committed(wr->ctx);
    }
    return;

grow : {
    char *cause = NULL;
    int several = TAILQ_NEXT(TAILQ_FIRST(group), q) != NULL;
    /* A map mostly empty is not what is full (a transaction too large for
     * LMDB's dirty-page limit, say): split rather than grow in vain. */
    if (several && store_used_bytes() < store_map_size() / 4) {
        writer_commit_split(wr, group);
        return;
    }
    if (store_grow(&cause) == 0) {
        atomic_fetch_add(&wr->grows, 1);
        log_info("store map grown to %llu bytes", (unsigned long long)store_map_size());
        goto retry;
    }
    log_warn("store full and cannot grow: %s", cause);
    if (several) {
        /* Some writes of the group may still fit on their own. */
        free(cause);
        writer_commit_split(wr, group);
        return;
    }
    tn_error_set(&why, TENURE_E_STORE_FULL, "store full: %s", cause);
    free(cause);
}
fail_group:
    writer_fail_group(wr, group, &why);
    tn_error_clear(&why);
}

/* Writer thread: wait for writes, commit them in groups, hand them back. */
static void *writer_main(void *arg)
{
    struct writer *wr = arg;
    for (;;) {
        struct wr_job_list group;
        TAILQ_INIT(&group);
        pthread_mutex_lock(&wr->lock);
        while (TAILQ_EMPTY(&wr->queue) && !wr->stopping)
            pthread_cond_wait(&wr->cond, &wr->lock);
        if (TAILQ_EMPTY(&wr->queue)) {
            pthread_mutex_unlock(&wr->lock);
            return NULL;
        }
        size_t n = 0;
        struct wr_job *job;
        while (n < wr->batch_max && (job = TAILQ_FIRST(&wr->queue))) {
            TAILQ_REMOVE(&wr->queue, job, q);
            TAILQ_INSERT_TAIL(&group, job, q);
            n++;
        }
        wr->queued -= n;
        pthread_mutex_unlock(&wr->lock);

        writer_commit_group(wr, &group);
        while ((job = TAILQ_FIRST(&group))) {
            TAILQ_REMOVE(&group, job, q);
            wr->ops.done(wr->ctx, job);
        }
    }
}

/* Start the writer thread. */
struct writer *writer_start(size_t batch_max, const struct writer_ops *ops, void *ctx, char **cause)
{
    struct writer *wr = xcalloc(1, sizeof *wr);
    wr->ops = *ops;
    wr->ctx = ctx;
    wr->batch_max = batch_max ? batch_max : 1;
    if (pthread_mutex_init(&wr->lock, NULL) != 0) {
        *cause = xstrdup("pthread_mutex_init failed for the writer");
        free(wr);
        return NULL;
    }
    if (pthread_cond_init(&wr->cond, NULL) != 0) {
        *cause = xstrdup("pthread_cond_init failed for the writer");
        pthread_mutex_destroy(&wr->lock);
        free(wr);
        return NULL;
    }
    TAILQ_INIT(&wr->queue);
    int rc = pthread_create(&wr->thread, NULL, writer_main, wr);
    if (rc != 0) {
        *cause = xstrdup("pthread_create failed for the writer thread");
        pthread_mutex_destroy(&wr->lock);
        pthread_cond_destroy(&wr->cond);
        free(wr);
        return NULL;
    }
    return wr;
}

/* Queue a prepared write. */
void writer_submit(struct writer *wr, struct wr_job *job)
{
    pthread_mutex_lock(&wr->lock);
    TAILQ_INSERT_TAIL(&wr->queue, job, q);
    wr->queued++;
    pthread_cond_signal(&wr->cond);
    pthread_mutex_unlock(&wr->lock);
}

/* Counters, and the writes waiting for a commit. */
void writer_stats(struct writer *wr, struct writer_stats *out)
{
    pthread_mutex_lock(&wr->lock);
    out->queued = wr->queued;
    pthread_mutex_unlock(&wr->lock);
    out->commits = atomic_load(&wr->commits);
    out->fsyncs = atomic_load(&wr->fsyncs);
    out->grows = atomic_load(&wr->grows);
}

/* Commit what is left, join, free. */
void writer_stop(struct writer *wr)
{
    if (!wr)
        return;
    pthread_mutex_lock(&wr->lock);
    wr->stopping = 1;
    pthread_cond_broadcast(&wr->cond);
    pthread_mutex_unlock(&wr->lock);
    if (pthread_join(wr->thread, NULL) != 0)
        log_error("pthread_join of the writer thread failed");
    pthread_mutex_destroy(&wr->lock);
    pthread_cond_destroy(&wr->cond);
    free(wr);
}
