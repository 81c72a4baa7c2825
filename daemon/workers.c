/*
 * workers.c — the worker pool and the channel back to the event loop.
 *
 * Owns a few pthreads that run CPU methods, the prepare step of WRITE
 * methods (extraction) and the JSON parse of long request lines off the
 * loop, so a large ingest never delays a query (they run at a lower
 * priority than the loop, for the same reason, when cores are scarce);
 * and the "done" queue through which workers and the writer hand finished
 * jobs back: a mutex-protected list plus one libevent event made active
 * with event_active() (safe from any thread once evthread_use_pthreads()
 * has run, which main.c does before creating the base).
 * Does not know what a job is (pipeline.c gives the run and done callbacks,
 * m_*.c act) nor touch the store.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <event2/event.h>

#include "log.h"
#include "workers.h"
#include "xmalloc.h"

TAILQ_HEAD(wk_job_list, wk_job);

struct workers {
    wk_run_fn run;
    wk_done_fn done_fn;
    void *ctx;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    struct wk_job_list queue; /* waiting for a worker */
    int stopping;
    unsigned nthreads;
    pthread_t *threads;

    pthread_mutex_t done_lock;
    struct wk_job_list done; /* waiting for the loop */
    struct event *done_ev;
};

/* Nice value of the worker threads, over the loop's: when every core is
 * busy, a query waking the loop runs before more extraction does. */
#define WORKERS_NICE 5

/* Worker thread: take jobs until told to stop and the queue is empty. */
static void *workers_main(void *arg)
{
    struct workers *w = arg;
    /* Linux: setpriority on a thread id sets that thread's nice value. */
    if (setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), WORKERS_NICE) != 0)
        log_warn("worker thread: setpriority: %s", strerror(errno));
    for (;;) {
        pthread_mutex_lock(&w->lock);
        while (TAILQ_EMPTY(&w->queue) && !w->stopping)
            pthread_cond_wait(&w->cond, &w->lock);
        struct wk_job *job = TAILQ_FIRST(&w->queue);
        if (!job) {
            pthread_mutex_unlock(&w->lock);
            return NULL;
        }
        TAILQ_REMOVE(&w->queue, job, q);
        pthread_mutex_unlock(&w->lock);

        w->run(w->ctx, job);
        workers_post(w, job);
    }
}

/* Loop side of the channel: complete every returned job. */
static void workers_done_cb(evutil_socket_t fd, short what, void *arg)
{
    struct workers *w = arg;
    struct wk_job_list batch;
    TAILQ_INIT(&batch);
    pthread_mutex_lock(&w->done_lock);
    TAILQ_CONCAT(&batch, &w->done, q);
    pthread_mutex_unlock(&w->done_lock);
    struct wk_job *job;
    while ((job = TAILQ_FIRST(&batch))) {
        TAILQ_REMOVE(&batch, job, q);
        w->done_fn(w->ctx, job);
    }
}

/* Start n worker threads. */
struct workers *workers_start(struct event_base *base, unsigned n, wk_run_fn run, wk_done_fn done,
                              void *ctx, char **cause)
{
    struct workers *w = xcalloc(1, sizeof *w);
    w->run = run;
    w->done_fn = done;
    w->ctx = ctx;
    if (pthread_mutex_init(&w->lock, NULL) != 0 || pthread_cond_init(&w->cond, NULL) != 0 ||
        pthread_mutex_init(&w->done_lock, NULL) != 0) {
        /* Not destroyed: an initialized mutex holds no resources on Linux. */
        *cause = xstrdup("pthread_mutex_init/pthread_cond_init failed for the workers");
        goto free_w;
    }
    TAILQ_INIT(&w->queue);
    TAILQ_INIT(&w->done);
    w->done_ev = event_new(base, -1, 0, workers_done_cb, w);
    if (!w->done_ev) {
        *cause = xstrdup("event_new failed for the worker channel");
        goto free_w;
    }
    w->threads = xcalloc(n, sizeof *w->threads);
    for (w->nthreads = 0; w->nthreads < n; w->nthreads++) {
        int rc = pthread_create(&w->threads[w->nthreads], NULL, workers_main, w);
        if (rc != 0) {
            *cause = xstrdup("pthread_create failed for a worker thread");
            workers_stop(w);
            return NULL;
        }
    }
    return w;

free_w:
    free(w);
    return NULL;
}

/* Queue a job for a worker. */
void workers_submit(struct workers *w, struct wk_job *job)
{
    pthread_mutex_lock(&w->lock);
    TAILQ_INSERT_TAIL(&w->queue, job, q);
    pthread_cond_signal(&w->cond);
    pthread_mutex_unlock(&w->lock);
}

/* Hand a job back to the loop (any thread). */
void workers_post(struct workers *w, struct wk_job *job)
{
    pthread_mutex_lock(&w->done_lock);
    TAILQ_INSERT_TAIL(&w->done, job, q);
    pthread_mutex_unlock(&w->done_lock);
    event_active(w->done_ev, EV_READ, 0);
}

/* Drain, join and free. */
void workers_stop(struct workers *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    w->stopping = 1;
    pthread_cond_broadcast(&w->cond);
    pthread_mutex_unlock(&w->lock);
    for (unsigned i = 0; i < w->nthreads; i++)
        if (pthread_join(w->threads[i], NULL) != 0)
            log_error("pthread_join of worker %u failed", i);
    free(w->threads);
    /* The server ends the loop only once no job is in flight, so nothing
     * can be left in the done queue here. */
    if (!TAILQ_EMPTY(&w->done))
        log_warn("worker channel not empty at exit");
    event_free(w->done_ev);
    pthread_mutex_destroy(&w->lock);
    pthread_cond_destroy(&w->cond);
    pthread_mutex_destroy(&w->done_lock);
    free(w);
}
