/*
 * writer.h — the single writer thread: group commit of write jobs.
 *
 * Knows a job only as a link (struct wr_job, embedded in the caller's job)
 * and the callbacks given at start (struct writer_ops): apply one job inside
 * a nested transaction, fail one with an error, note a commit that changed
 * the store, hand a finished job back.  Knows nothing of JSON-RPC, methods,
 * connections or the registry; it reaches the store (store.h) for the
 * environment, the LMDB error mapping and map growth, and reports a
 * tn_error (error.h).
 */
#ifndef TENURED_WRITER_H
#define TENURED_WRITER_H

#include <lmdb.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/queue.h>

#include "error.h"

struct writer;

struct wr_job {
    TAILQ_ENTRY(wr_job) q; /* the writer's queue, then its group */
};

/* The caller's side of a write, all called on the writer thread with ctx
 * as given to writer_start. */
struct writer_ops {
    /* Apply job inside txn (a nested transaction of the current group): 0,
     * or the TENURE_E_* code of the error it recorded in the job, and the
     * writer aborts txn.  A group may be retried (after the map grew, or
     * split into single jobs): apply is then called again for the same job
     * and drops whatever an earlier call left in it. */
    int (*apply)(void *ctx, MDB_txn *txn, struct wr_job *job);
    /* The job fails with why (copy it): drop any result apply left. */
    void (*fail)(void *ctx, struct wr_job *job, const tn_error *why);
    /* A commit changed the store; called before the group's done calls,
     * so a reply cache can retire older answers first (may be NULL). */
    void (*committed)(void *ctx);
    /* The job is final — applied and durable, or failed (never NULL). */
    void (*done)(void *ctx, struct wr_job *job);
};

/* What the writer has done since start (stats). */
struct writer_stats {
    uint64_t commits; /* group commits that changed the store */
    uint64_t fsyncs;  /* durable syncs: one per such commit (no MDB_NOSYNC) */
    uint64_t grows;   /* map growths */
    size_t queued;    /* jobs waiting for a commit */
};

/* Start the writer thread: at most batch_max jobs per group commit.  NULL
 * with *cause (malloc'd) on failure. */
struct writer *writer_start(size_t batch_max, const struct writer_ops *ops, void *ctx,
                            char **cause);
/* Queue a job for the next group commit (any thread). */
void writer_submit(struct writer *wr, struct wr_job *job);
/* The counters and the queue length (any thread). */
void writer_stats(struct writer *wr, struct writer_stats *out);
/* Commit what is queued, join the thread, free (NULL is a no-op). */
void writer_stop(struct writer *wr);

#endif
