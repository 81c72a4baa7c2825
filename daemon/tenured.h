/*
 * tenured.h — the daemon's internal shared types and the prototypes of the
 * files that build it, listed under one heading per file (tmux.h shape).
 *
 * Owns struct tenured (process-wide state), struct conn (one client
 * connection), struct rpc_line (one request line awaiting its reply, kept
 * in arrival order) and struct rpc_job (one method call travelling between
 * the loop, the worker pool and the writer).  Who may touch what:
 *   loop thread   everything in struct conn and struct rpc_line, the job
 *                 queues of a connection, td->inflight, td->connections_*;
 *   worker/writer only the rpc_job they were handed (raw, req, method,
 *                 params, id, prepared, result, err) until they post it
 *                 back, and the atomics.
 * Does not declare the store (store.h), the config (config.h), logging
 * (log.h) or the handler contract (rpc.h).
 */
#ifndef TENURED_H
#define TENURED_H

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <jansson.h>
#include <lmdb.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/queue.h>
#include <time.h>

#include "config.h"
#include "rpc.h"
#include "tenure/extract.h"
#include "workers.h"
#include "writer.h"

struct workers;
struct writer;
struct server;
struct http;
struct rpc_method;

struct tenured {
    struct config cfg;
    char *config_path; /* the file read at start (absolute), or NULL */
    int cli_log_level; /* --log-level given: a reload keeps it */
    struct event_base *base;
    time_t started;

    pthread_mutex_t lexicon_lock; /* guards the pointer; lexicons are immutable */
    tx_lexicon *lexicon;

    struct workers *workers;
    struct writer *writer;
    struct server *server;
    struct http *http; /* the HTTP listener (daemon/http.c), NULL when off */

    /* counters any thread may bump (the writer keeps its own: writer_stats) */
    _Atomic uint64_t requests; /* replies and notifications completed */
    /* Bumped after every commit that changed the store (the writer's
     * committed callback, rpc.c) and by a lexicon reload: reply cache
     * entries of an older one are stale. */
    _Atomic uint64_t generation;

    /* loop thread only */
    uint64_t connections_total;
    unsigned connections_now;
    unsigned inflight; /* async jobs not yet completed */
    int shutting_down;
    /* The global memory budget (max_memory, server.c): bytes held by
     * connections' input and output buffers, held lines, finished replies
     * not yet written and jobs in flight (estimated from their lines). */
    size_t mem_used;
    size_t mem_peak;     /* highest mem_used since the last trim */
    uint64_t mem_busy;   /* requests answered BUSY for memory */
    uint64_t mem_closed; /* connections closed for memory */
    char *auth_token;    /* the auth_token_file's token, or NULL */
};

/* One request line and its reply slot, in the connection's reply queue. */
struct rpc_line {
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
    TAILQ_ENTRY(rpc_line) q;
};
TAILQ_HEAD(rpc_line_list, rpc_line);

/* JOB_RAN: a worker prepared it but the loop has not seen it back yet; only
 * the loop moves a job on to JOB_PREPARED, so rpc_pump_writes never submits a
 * job that still sits in the workers' done list (its link field is in use).
 * JOB_PARSE / JOB_PARSED: not a method call but a long request line going
 * to a worker for json_loadb and coming back parsed (params) or answered
 * (result: its -32700 or BAD_TEXT reply). */
enum rpc_job_stage {
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
struct rpc_job {
    struct tenured *td;
    struct rpc_line *line;
    size_t index; /* member index in a batch */
    const struct rpc_method *method;
    json_t *params;
    json_t *id; /* NULL for a notification */
    void *prepared;
    json_t *result;
    rpc_error err;
    char *raw; /* JOB_PARSE: the request line (owned until parsed) */
    size_t raw_len;
    json_t *req;                /* JOB_PARSED: what the line parsed to */
    int refuse;                 /* JOB_PARSE: the daemon was shutting down when it came */
    size_t mem;                 /* bytes it counts in its connection's mem_jobs */
    enum rpc_job_stage stage;   /* set by whichever thread holds the job */
    int ready;                  /* loop only: its prepared state came back */
    struct wk_job wk;           /* worker or done queue (workers.c) */
    struct wr_job wr;           /* writer queue and group (writer.c) */
    TAILQ_ENTRY(rpc_job) order; /* the connection's write order queue */
};
TAILQ_HEAD(rpc_job_list, rpc_job);

/* One client connection.  Freed when closed and no line refers to it. */
struct conn {
    struct tenured *td;
    struct bufferevent *bev; /* NULL once closed */
    uint64_t id;
    unsigned refs;
    int closing;                /* close once the output is flushed */
    int paused;                 /* reading stopped by back-pressure */
    int read_eof;               /* the client shut its side: answer what came, then close */
    int lingering;              /* replies sent and our side shut: discarding input */
    struct rpc_line_list lines; /* replies in request order */
    size_t nlines;
    struct rpc_job_list writes; /* write jobs not yet given to the writer */
    unsigned writes_pending;    /* write jobs not yet completed */
    char *held;                 /* a request waiting for earlier writes or memory */
    size_t held_len;
    struct rpc_job_list parsing; /* lines parsing on workers, dispatched in order */
    time_t partial_since;        /* when the unfinished line at the buffer's end began */
    size_t scanned;              /* input bytes already known to hold no '\n' */
    int processing;              /* server_conn_process is on the stack */
    int tcp;                     /* accepted on the TCP listener */
    int authed;                  /* may call methods (Unix socket, or TCP after auth) */
    size_t mem_jobs;             /* bytes of jobs and batch replies in flight */
    size_t mem_replies;          /* finished replies waiting behind earlier ones */
    size_t mem_acct;             /* what this connection counts in td->mem_used */
    TAILQ_ENTRY(conn) all;
};

/* lexicon.c */
/* The current lexicon with a reference taken, or NULL when none is loaded;
 * release with tx_lexicon_unref. */
tx_lexicon *lexicon_get(struct tenured *td);
/* Load td->cfg.lexicon_dir and swap it in; on error keep the old one and
 * return -1 with *cause ("file:line: reason", malloc'd). */
int lexicon_reload(struct tenured *td, char **cause);
/* Drop the current lexicon at exit. */
void lexicon_free(struct tenured *td);

/* rpc.c (dispatcher) */
/* Lines longer than this are parsed by a worker, not on the loop: Jansson
 * costs ~150 instructions a byte of an article line (callgrind), a hand-over
 * a few thousand whatever the size.  Shorter lines (ping, who, person, org,
 * search) stay inline: a worker round trip would add a thread wake-up to
 * their latency. */
#ifndef RPC_PARSE_INLINE_MAX
#define RPC_PARSE_INLINE_MAX 1024
#endif
/* What a long request line is taken to cost while in flight, as a multiple
 * of its length, for the memory budget: the line, its parsed tree and,
 * for an ingest, the extraction's offset maps and tokens.  Measured: one
 * 15.8 MB ingest line peaks the daemon at 313 MiB (docs/OPERATIONS.md). */
#define RPC_JOB_MEM_FACTOR 20
/* Check methods.def's parameter shapes once at start-up. */
int rpc_init(char **cause);
/* Handle one request line of a connection (line malloc'd, NUL-terminated).
 * 0 when taken; 1 when it reads the store while earlier writes of this
 * connection are still pending, or the memory budget cannot take it while
 * this connection has requests in flight: the caller keeps the line and
 * offers it again after server_conn_writes_done or a reply; 2 when it went to a worker to be
 * parsed (long, or behind a long one: the line is taken over and queued
 * on c->parsing): go on framing. */
int rpc_handle_line(struct tenured *td, struct conn *c, char *line, size_t len);
/* Dispatch the parsed lines at the head of c->parsing, in order (also on a
 * closed connection).  1 when the head reads the store while earlier
 * writes are pending: pump again after server_conn_writes_done; else 0. */
int rpc_parsed_pump(struct tenured *td, struct conn *c);
/* Worker side: run a CPU handler or a WRITE prepare, set job->stage. */
void rpc_job_run(struct tenured *td, struct rpc_job *job);
/* A job came back to the loop from a worker or the writer. */
void rpc_job_returned(struct rpc_job *job);
/* The worker pool's callbacks (workers.h), ctx the struct tenured. */
void rpc_worker_run(void *ctx, struct wk_job *wk);
void rpc_worker_done(void *ctx, struct wk_job *wk);
/* The writer's callbacks (writer.h), ctx the struct tenured: apply a
 * prepared WRITE through its method, fail it, bump td->generation after a
 * commit, hand it back to the loop through the worker pool's done queue. */
extern const struct writer_ops rpc_writer_ops;
/* Validate params against a method's shape (unit-tested). */
const struct rpc_method *rpc_method_find(const char *name);
int rpc_check_params(const struct rpc_method *m, json_t *params, rpc_error *err);
/* Fill the default methods.def declares for each absent field into params
 * (done before any handler runs, after rpc_check_params checked the type
 * and bounds of what was given). */
void rpc_params_fill(const struct rpc_method *m, json_t *params);
/* An integer parameter as a handler sees it: what the client sent, or the
 * default filled from methods.def, within its declared bounds; 0 for an
 * absent field that declares no default. */
int rpc_param_int(json_t *params, const char *name);
/* Run one READ method by name outside any connection (daemon/http.c):
 * the result as compact JSON text (malloc'd, *len bytes), or NULL with err
 * set; a method that is not READ is METHOD_NOT_FOUND. */
char *rpc_read_call(struct tenured *td, const char *name, json_t *params, size_t *len,
                    rpc_error *err);
/* One serialized error reply line (malloc'd, '\n'-terminated). */
char *rpc_error_line(int code, const char *message, size_t *len);
/* Number of methods in methods.def. */
size_t rpc_method_count(void);
/* Drop the loop's read transaction handle (before the store closes) and
 * the reply cache. */
void rpc_finish(void);
/* The reply cache's counters, all zero when it is disabled (stats). */
struct reply_cache_stats;
void rpc_reply_cache_stats(struct reply_cache_stats *out);

/* m_ingest.c (shared with m_extract.c) */
/* Text non-empty and valid UTF-8 (BAD_TEXT with the byte offset in
 * err->data), date well formed.  0 or -1 with err. */
int m_ingest_check_text(json_t *params, rpc_error *err);
/* tx_extract() of params.text/date with the current lexicon; *lxp (when not
 * NULL) receives the lexicon used, referenced. */
json_t *m_ingest_extract(struct tenured *td, json_t *params, tx_lexicon **lxp, rpc_error *err);

/* m_auth.c */
/* 0 when token (len bytes) equals the daemon's auth token, else -1. */
int m_auth_check(struct tenured *td, const char *token, size_t len);

/* m_article_get.c (shared with m_article_delete.c) */
/* params.article as a binary id; -1 with err naming the field. */
int m_article_id_param(json_t *params, unsigned char id[16], rpc_error *err);

/* watch.c */
/* Subscribe a connection to the change feed, from the "watch" answer res
 * (since, person_id, post_id); takes a reference on c. */
void watch_add(struct tenured *td, struct conn *c, json_t *res);
/* Drop every watcher and the timer (rpc_finish). */
void watch_free(void);

/* http.c */
/* Listen on cfg.http_listen (nothing when empty): 0, or -1 with *cause. */
int http_start(struct tenured *td, char **cause);
/* Close the HTTP listener and its connections (after the loop). */
void http_free(struct tenured *td);

/* server.c */
struct server *server_start(struct tenured *td, char **cause);
/* A line's reply is final: write every finished reply at the queue head. */
void server_line_done(struct rpc_line *line);
/* New reply slot at the tail of a connection's queue (takes a conn ref). */
struct rpc_line *server_line_new(struct conn *c);
/* Earlier writes of this connection are all complete: resume held input. */
void server_conn_writes_done(struct conn *c);
/* Parsed lines came back and were dispatched: read on. */
void server_conn_resume(struct conn *c);
/* Release one reference to a connection. */
void server_conn_unref(struct conn *c);
/* Recount what a connection holds into td->mem_used (after its buffers or
 * jobs changed). */
void server_conn_account(struct conn *c);
/* Whether a new request line of len bytes is refused for memory: over
 * max_memory and longer than a small request. */
int server_memory_refuses(struct tenured *td, size_t len);
/* Framing: the next complete line in buf, at most max bytes (without the
 * '\n'; a trailing '\r' is kept and is JSON white space).  *scanned carries
 * how far earlier calls searched, so a long line arriving in many reads is
 * scanned once (start it at 0).  Returns
 * FRAME_LINE with *line malloc'd, FRAME_MORE when incomplete, FRAME_TOO_LARGE
 * when the line (complete or not) is over max. */
enum server_frame { FRAME_LINE, FRAME_MORE, FRAME_TOO_LARGE };
enum server_frame server_frame_next(struct evbuffer *buf, size_t max, size_t *scanned, char **line,
                                    size_t *len);
/* TCP listeners (socket and HTTP) share these: resolve "HOST:PORT", "[V6]:PORT",
 * ":PORT" or "PORT" (the last two mean 127.0.0.1) for a passive socket, 0 with
 * *ai to freeaddrinfo(), or -1 with *cause malloc'd ("SPEC: reason"); and
 * whether an address is loopback (127/8, ::1, ::ffff:127/104). */
struct addrinfo;
struct sockaddr;
int server_resolve_tcp(const char *spec, struct addrinfo **ai, char **cause);
int server_addr_loopback(const struct sockaddr *sa);
/* Tear down listeners and connections after the loop has ended. */
void server_free(struct server *s);
/* Remove the Unix socket file (exit path). */
void server_unlink_socket(struct tenured *td);

#endif
