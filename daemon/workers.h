/*
 * workers.h — the worker pool and the channel back to the event loop.
 *
 * Knows jobs only as a link (struct wk_job, embedded in the caller's job)
 * and two callbacks given at start: run (on a worker thread) and done (on
 * the loop thread, for every job handed back with workers_post).  Knows
 * nothing of JSON-RPC, methods or the store.
 */
#ifndef TENURED_WORKERS_H
#define TENURED_WORKERS_H

#include <sys/queue.h>

struct event_base;
struct workers;

struct wk_job {
    TAILQ_ENTRY(wk_job) q; /* the pool's queue or its done queue */
};

/* run: a worker thread's step for one job (ctx as given to workers_start);
 * done: the loop's completion of a job handed back by workers_post. */
typedef void (*wk_run_fn)(void *ctx, struct wk_job *job);
typedef void (*wk_done_fn)(void *ctx, struct wk_job *job);

/* Start n worker threads; NULL with *cause (malloc'd) on failure. */
struct workers *workers_start(struct event_base *base, unsigned n, wk_run_fn run, wk_done_fn done,
                              void *ctx, char **cause);
/* Queue a job for a worker (loop thread); after run it comes back to done. */
void workers_submit(struct workers *w, struct wk_job *job);
/* Hand a job back to the loop's done callback (any thread). */
void workers_post(struct workers *w, struct wk_job *job);
/* Drain, join and free. */
void workers_stop(struct workers *w);

#endif
