/*
 * pipeline.h — per-connection order and job state (daemon/pipeline.c).
 *
 * Owns struct pl_line (one request line awaiting its reply, kept in
 * arrival order on its connection) and struct pl_job (one method call, or
 * the parse of one long line, travelling between the loop, the worker pool
 * and the writer).  Who may touch what:
 *   loop thread   everything in struct pl_line, the job queues of a
 *                 connection (struct conn, tenured.h), td->inflight;
 *   worker/writer only the pl_job they were handed (raw, req, method,
 *                 params, id, prepared, result, err) until they post it
 *                 back, and the atomics.
 * The worker pool and the writer see a job only as its link (wk, wr) and
 * reach this file only through the callbacks main.c hands them.  Included
 * by the layers above the dispatcher (server.c, watch.c, main.c), never by
 * rpc.c or a handler (tests/check-layers.sh).
 */
#ifndef TENURED_PIPELINE_H
#define TENURED_PIPELINE_H

#include <jansson.h>
#include <stddef.h>
#include <sys/queue.h>

#include "error.h"
#include "workers.h"
#include "writer.h"

struct tenured;
struct conn;
struct rpc_method;

/* One request line and its reply slot, in the connection's reply queue. */
struct pl_line {
    struct conn *conn;
    int batch;       /* a JSON array: replies is an array (null = no reply) */
    json_t *replies; /* batch: array; single: the reply object or NULL */
    size_t pending;  /* members still running */
    int done;        /* out is final */
    size_t bytes;    /* batch: serialized size of the member replies so far */
    char *out;       /* serialized reply lines, or NULL for none; a single
                      * request answered through the reply cache sets it
                      * at once and leaves replies NULL */
    size_t outlen;
    TAILQ_ENTRY(pl_line) q;
};

/* JOB_RAN: a worker prepared it but the loop has not seen it back yet; only
 * the loop moves a job on to JOB_PREPARED, so pl_pump_writes never submits a
 * job that still sits in the workers' done list (its link field is in use).
 * JOB_PARSE / JOB_PARSED: not a method call but a long request line going
 * to a worker for json_loadb and coming back parsed (params) or answered
 * (result: its -32700 or BAD_TEXT reply). */
enum pl_job_stage {
    JOB_NEW,
    JOB_RAN,
    JOB_PREPARED,
    JOB_SUBMITTED,
    JOB_DONE,
    JOB_PARSE,
    JOB_PARSED
};

/* One method call, or the parse of one request line (JOB_PARSE: raw
 * holds the line, req receives what it parses to, the order link queues it
 * on its connection's parsing list; when the line is one valid WRITE the
 * worker also fills method, params, id and prepared, and the loop turns it
 * into that write). */
struct pl_job {
    struct tenured *td;
    struct pl_line *line;
    size_t index; /* member index in a batch */
    const struct rpc_method *method;
    json_t *params;
    json_t *id; /* NULL for a notification */
    void *prepared;
    json_t *result;
    tn_error err;
    char *raw; /* JOB_PARSE: the request line (owned until parsed) */
    size_t raw_len;
    json_t *req;               /* JOB_PARSED: what the line parsed to */
    int refuse;                /* JOB_PARSE: the daemon was shutting down when it came */
    size_t mem;                /* bytes it counts in its connection's mem_jobs */
    enum pl_job_stage stage;   /* set by whichever thread holds the job */
    int ready;                 /* loop only: its prepared state came back */
    struct wk_job wk;          /* worker or done queue (workers.c) */
    struct wr_job wr;          /* writer queue and group (writer.c) */
    TAILQ_ENTRY(pl_job) order; /* the connection's write order queue */
};

/* Lines longer than this are parsed by a worker, not on the loop: Jansson
 * costs ~150 instructions a byte of an article line (callgrind), a hand-over
 * a few thousand whatever the size.  Shorter lines (ping, who, person, org,
 * search) stay inline: a worker round trip would add a thread wake-up to
 * their latency. */
#ifndef PIPELINE_PARSE_INLINE_MAX
#define PIPELINE_PARSE_INLINE_MAX 1024
#endif
/* What a long request line is taken to cost while in flight, as a multiple
 * of its length, for the memory budget: the line, its parsed tree and,
 * for an ingest, the extraction's offset maps and tokens.  Measured: one
 * 15.8 MB ingest line peaks the daemon at 313 MiB (docs/OPERATIONS.md). */
#define PIPELINE_JOB_MEM_FACTOR 20

/* Handle one request line of a connection (line malloc'd, NUL-terminated).
 * 0 when taken; 1 when it reads the store while earlier writes of this
 * connection are still pending, or the memory budget cannot take it while
 * this connection has requests in flight: the caller keeps the line and
 * offers it again after server_conn_writes_done or a reply; 2 when it went
 * to a worker to be parsed (long, or behind a long one: the line is taken
 * over and queued on c->parsing): go on framing. */
int pipeline_line(struct tenured *td, struct conn *c, char *line, size_t len);
/* Dispatch the parsed lines at the head of c->parsing, in order (also on a
 * closed connection).  1 when the head reads the store while earlier
 * writes are pending: pump again after server_conn_writes_done; else 0. */
int pipeline_parsed_pump(struct tenured *td, struct conn *c);
/* The worker pool's callbacks (workers.h), ctx the struct tenured: run a
 * job's off-loop step (a CPU method, a READ that scans, a WRITE's prepare,
 * a long line's parse), and take a job back on the loop. */
void pipeline_worker_run(void *ctx, struct wk_job *wk);
void pipeline_worker_done(void *ctx, struct wk_job *wk);
/* The writer's callbacks (writer.h), ctx the struct tenured: apply a
 * prepared WRITE through its method, fail it, bump td->generation after a
 * commit, hand it back to the loop through the worker pool's done queue. */
extern const struct writer_ops pipeline_writer_ops;

#endif
