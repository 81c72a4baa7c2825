/*
 * tenured.h — the daemon's internal shared types and the prototypes of the
 * files that build it, listed under one heading per file (tmux.h shape).
 *
 * Owns struct tenured (process-wide state) and struct conn (one client
 * connection: server.c frames its bytes, pipeline.c keeps its reply slots
 * and jobs, declared in pipeline.h).  Loop thread only: everything in
 * struct conn, td->inflight, td->connections_*; any thread: the atomics.
 * Does not declare the store (store.h), the config (config.h), logging
 * (log.h), the request pipeline (pipeline.h) or the dispatcher and the
 * handler contract (rpc.h).
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
    /* Bumped by a lexicon reload only: reply cache entries kept by their
     * dependencies (registry_deps.c) outlive commits, not a new lexicon. */
    _Atomic uint64_t lexicon_gen;

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

/* The reply slots and jobs of a connection (pipeline.h). */
struct pl_line;
struct pl_job;
TAILQ_HEAD(pl_line_list, pl_line);
TAILQ_HEAD(pl_job_list, pl_job);

/* One client connection.  Freed when closed and no line refers to it. */
struct conn {
    struct tenured *td;
    struct bufferevent *bev; /* NULL once closed; writes, and the input buffer */
    struct event *rev;       /* our own read event on bev's socket (server.c) */
    uint64_t id;
    unsigned refs;
    int closing;               /* close once the output is flushed */
    int paused;                /* reading stopped by back-pressure */
    int read_eof;              /* the client shut its side: answer what came, then close */
    int lingering;             /* replies sent and our side shut: discarding input */
    struct pl_line_list lines; /* replies in request order */
    size_t nlines;
    struct pl_job_list writes; /* write jobs not yet given to the writer */
    unsigned writes_pending;   /* write jobs not yet completed */
    char *held;                /* a request waiting for earlier writes or memory */
    size_t held_len;
    struct pl_job_list parsing; /* lines parsing on workers, dispatched in order */
    time_t partial_since;       /* when the unfinished line at the buffer's end began */
    size_t scanned;             /* input bytes already known to hold no '\n' */
    int processing;             /* server_conn_process is on the stack */
    int tcp;                    /* accepted on the TCP listener */
    int authed;                 /* may call methods (Unix socket, or TCP after auth) */
    size_t mem_jobs;            /* bytes of jobs and batch replies in flight */
    size_t mem_replies;         /* finished replies waiting behind earlier ones */
    size_t mem_acct;            /* what this connection counts in td->mem_used */
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

/* m_ingest.c (shared with m_extract.c) */
/* An ingest or extract request, read from its params once: the strings are
 * borrowed from params (the job holds them until its reply), NULL/0 when
 * absent. */
struct ingest_request {
    const char *text;
    size_t len;
    const char *date; /* YYYY, YYYY-MM or YYYY-MM-DD (checked) */
    const char *source;
    size_t source_len;
    const char *title;
    size_t title_len;
    json_t *meta; /* the feed's other keys, borrowed */
};
/* Read req from params and check it: text non-empty and not only white
 * space (BAD_TEXT with the byte offset in err->data), date well formed.
 * 0 or -1 with err. */
int m_ingest_request(json_t *params, struct ingest_request *req, rpc_error *err);
/* The extraction record an article is stored with: the contract's JSON of
 * r (byte for byte json_dumps(tx_result_json(r), JSON_COMPACT)) and, when
 * meta has members, "meta": meta.  Written without a Jansson tree;
 * malloc'd, *len bytes; NULL when the writer's buffer could not grow. */
char *m_ingest_record(const tx_result *r, json_t *meta, size_t *len);
/* tx_extract_result() of req's text and date with the current lexicon;
 * *lxp (when not NULL) receives the lexicon used, referenced. */
tx_result *m_ingest_extract(struct tenured *td, const struct ingest_request *req, tx_lexicon **lxp,
                            rpc_error *err);

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
void server_line_done(struct pl_line *line);
/* New reply slot at the tail of a connection's queue (takes a conn ref). */
struct pl_line *server_line_new(struct conn *c);
/* Earlier writes of this connection are all complete: resume held input. */
void server_conn_writes_done(struct conn *c);
/* Parsed lines came back and were dispatched: read on. */
void server_conn_resume(struct conn *c);
/* Release one reference to a connection. */
void server_conn_unref(struct conn *c);
/* Stop reading from a connection (until server.c resumes it). */
void server_conn_stop_reading(struct conn *c);
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
