/*
 * pipeline.c — per-connection order and job state (see pipeline.h).
 *
 * Owns what happens to a request line between the connection (server.c)
 * and the dispatcher (rpc.c): its reply slot in the connection's queue, the
 * intake checks that come before parsing (a TCP client not yet
 * authenticated, the memory budget), parsing long lines on a worker, the
 * jobs that carry a CPU or WRITE call, or a READ that scans, off the loop
 * and back, and the order rules.  It gives the worker pool and the writer
 * their callbacks (pipeline_worker_run/done, pipeline_writer_ops): they
 * know a job only as a link.  Does not own the envelope, method lookup,
 * parameter checks or running a method (rpc.c: rpc_call routes one request
 * object, rpc_run/rpc_prepare/rpc_apply run its steps), nor sockets and
 * framing (server.c).
 *
 * Lines longer than PIPELINE_PARSE_INLINE_MAX are parsed by a worker (the
 * loop only frames them) and queued on the connection's parsing list with
 * their reply slot; they, and any line behind them, are dispatched in
 * request order as they come back, exactly as inline ones.
 *
 * Ordering within one connection: replies leave in request order (the
 * connection's line queue); writes reach the writer in request order (the
 * connection's write queue); a request that reads the store waits until the
 * connection's earlier writes are complete, so "ingest then article.get"
 * pipelined sees the article.  Members of one batch run concurrently, as
 * JSON-RPC allows.
 */
#include "pipeline.h"

#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_reader.h"
#include "registry.h"
#include "tenured.h"
#include "xmalloc.h"

/* Longest line read from a connection that has not authenticated yet. */
#define PL_UNAUTHED_LINE_MAX 4096

static void pl_job_returned(struct pl_job *job);

/* The most bytes one batch's replies may add up to: they all wait in
 * memory until the last member is done, so they count against the
 * connection's share of max_memory. */
static size_t pl_batch_budget(const struct tenured *td)
{
    size_t b = (size_t)(td->cfg.max_memory / 8);
    return b < (16u << 20) ? (16u << 20) : b;
}

/* Put a member's reply (stolen; NULL = no reply) into its slot. */
static void pl_line_set(struct pl_line *ln, size_t index, json_t *reply)
{
    if (ln->batch)
        json_array_set_new(ln->replies, index, reply ? reply : json_null());
    else
        ln->replies = reply;
}

/* All members answered: serialize and hand to the server. */
static void pl_line_finish(struct pl_line *ln)
{
    json_t *out = ln->replies;
    if (ln->batch) {
        /* Notifications left null placeholders; a batch of only
         * notifications gets no reply at all. */
        json_t *filtered = json_array();
        size_t i;
        json_t *r;
        json_array_foreach(ln->replies, i, r) if (!json_is_null(r)) json_array_append(filtered, r);
        json_decref(ln->replies);
        ln->replies = NULL;
        out = json_array_size(filtered) ? filtered : NULL;
        if (!out)
            json_decref(filtered);
    } else {
        ln->replies = NULL;
    }
    if (ln->bytes) {
        ln->conn->mem_jobs -= ln->bytes;
        ln->bytes = 0;
    }
    if (out) {
        char *s = json_dumps(out, JSON_COMPACT); /* never NULL: xmalloc.h */
        json_decref(out);
        size_t n = strlen(s);
        ln->out = xrealloc(s, n + 2);
        ln->out[n] = '\n';
        ln->out[n + 1] = '\0';
        ln->outlen = n + 1;
    }
    ln->done = 1;
    server_line_done(ln);
}

/* Dispatch one request object (member `index` of line ln): rpc.c routes
 * it; what it answers goes to the slot, what runs off the loop becomes a
 * job here. */
static void pl_member(struct tenured *td, struct pl_line *ln, size_t index, json_t *req)
{
    struct conn *c = ln->conn;
    struct rpc_call call;
    switch (rpc_call(td, req, ln->batch, &c->authed, c->id, &call)) {
    case RPC_NO_REPLY:
    case RPC_PARSE: /* rpc_call_flat's only */
        return;
    case RPC_REPLY:
        if (call.watch) /* watch.c pushes the changes from now on */
            watch_add(td, c, json_object_get(call.reply, "result"));
        pl_line_set(ln, index, call.reply);
        return;
    case RPC_LINE:
        ln->out = call.line;
        ln->outlen = call.len;
        return;
    case RPC_JOB:
        break;
    }
    struct pl_job *job = xcalloc(1, sizeof *job);
    job->td = td;
    job->line = ln;
    job->index = index;
    job->method = call.method;
    job->params = call.params;
    job->id = call.id;
    job->stage = JOB_NEW;
    ln->pending++;
    td->inflight++;
    if (rpc_method_kind(call.method) == TENURE_KIND_WRITE) {
        TAILQ_INSERT_TAIL(&c->writes, job, order);
        c->writes_pending++;
    }
    workers_submit(td->workers, &job->wk);
}

/* Answer a line that did not parse with its reply (stolen; json_null() for
 * none). */
static void pl_line_unparsed(struct tenured *td, struct pl_line *ln, json_t *reply)
{
    ln->replies = json_is_null(reply) ? NULL : reply;
    if (!ln->replies)
        json_decref(reply);
    atomic_fetch_add(&td->requests, 1);
    pl_line_finish(ln);
}

/* Dispatch a parsed line (borrowed) into its reply slot. */
static void pl_line_dispatch(struct tenured *td, struct pl_line *ln, json_t *req)
{
    if (json_is_array(req)) {
        size_t n = json_array_size(req);
        if (n == 0) {
            ln->replies = rpc_reply_error(NULL, TENURE_E_INVALID_REQUEST,
                                          "invalid request: empty batch", NULL);
        } else if (n > td->cfg.max_batch) {
            char msg[160];
            snprintf(msg, sizeof msg,
                     "batch too large: %zu members, max_batch is %llu; send smaller batches", n,
                     (unsigned long long)td->cfg.max_batch);
            ln->replies = rpc_reply_error(NULL, TENURE_E_TOO_LARGE, msg, NULL);
            atomic_fetch_add(&td->requests, 1);
        } else {
            ln->batch = 1;
            ln->replies = json_array();
            for (size_t i = 0; i < n; i++)
                json_array_append_new(ln->replies, json_null());
            /* Hold the line open while members are dispatched, so a member
             * that completes synchronously cannot finish it early. */
            ln->pending++;
            for (size_t i = 0; i < n; i++)
                pl_member(td, ln, i, json_array_get(req, i));
            ln->pending--;
        }
    } else {
        ln->pending++;
        pl_member(td, ln, 0, req);
        ln->pending--;
    }
    if (ln->pending == 0)
        pl_line_finish(ln);
}

/* Hand a line to the worker pool for its parse.  Its reply slot is taken
 * now and it joins the connection's parse queue, which is dispatched in
 * request order (pipeline_parsed_pump). */
static void pl_parse_submit(struct tenured *td, struct conn *c, char *line, size_t len)
{
    struct pl_job *job = xcalloc(1, sizeof *job);
    job->td = td;
    job->line = server_line_new(c);
    job->raw = line;
    job->raw_len = len;
    job->refuse = td->shutting_down;
    job->stage = JOB_PARSE;
    job->mem = PIPELINE_JOB_MEM_FACTOR * len; /* see pipeline.h */
    c->mem_jobs += job->mem;
    td->inflight++;
    TAILQ_INSERT_TAIL(&c->parsing, job, order);
    workers_submit(td->workers, &job->wk);
}

/* Handle one request line. */
int pipeline_line(struct tenured *td, struct conn *c, char *line, size_t len)
{
    if (!c->authed && len > PL_UNAUTHED_LINE_MAX) {
        /* Not even parsed: before "auth" a TCP client costs nothing. */
        struct pl_line *ln = server_line_new(c);
        pl_line_unparsed(
            td, ln,
            rpc_reply_error(NULL, TENURE_E_UNAUTHORIZED,
                            "authentication required: send \"auth\" with the token first", NULL));
        return 0;
    }
    if (server_memory_refuses(td, len)) {
        /* Back-pressure first: a connection with requests in flight waits
         * for them (they free memory as they complete); one without gets
         * BUSY now. */
        if (c->nlines > 0)
            return 1;
        struct pl_line *ln = server_line_new(c);
        char msg[200];
        if ((uint64_t)len * PIPELINE_JOB_MEM_FACTOR > td->cfg.max_memory)
            snprintf(msg, sizeof msg,
                     "server busy: a %zu-byte request needs more than the whole memory budget "
                     "(max_memory %llu MiB); raise max_memory or send less",
                     len, (unsigned long long)(td->cfg.max_memory >> 20));
        else
            snprintf(msg, sizeof msg,
                     "server busy: the memory budget (max_memory %llu MiB) is in use; try "
                     "again later",
                     (unsigned long long)(td->cfg.max_memory >> 20));
        td->mem_busy++;
        pl_line_unparsed(td, ln, rpc_reply_error(NULL, TENURE_E_BUSY, msg, NULL));
        return 0;
    }
    /* A short line behind a long one queues too: dispatch stays in order. */
    if (len > PIPELINE_PARSE_INLINE_MAX || !TAILQ_EMPTY(&c->parsing)) {
        pl_parse_submit(td, c, line, len);
        return 2;
    }
    /* The common line, a single READ answered by a text handler, read
     * without a tree (a copy: jr_flat ends its strings in place); any
     * other line, and every error, takes the ordinary parse below. */
    if (c->writes_pending == 0) {
        char flat[PIPELINE_PARSE_INLINE_MAX];
        struct jr_flat f;
        struct rpc_call call;
        enum rpc_route r;
        memcpy(flat, line, len);
        if (jr_flat(flat, len, &f) == 0 &&
            (r = rpc_call_flat(td, &f, c->authed, &call)) != RPC_PARSE) {
            struct pl_line *ln = server_line_new(c);
            if (r == RPC_LINE) {
                ln->out = call.line;
                ln->outlen = call.len;
            } else {
                ln->replies = call.reply;
            }
            pl_line_finish(ln);
            return 0;
        }
    }
    json_error_t jerr;
    json_t *req = jr_parse_request(line, len, &jerr);

    if (req && c->writes_pending > 0 && rpc_request_reads(req)) {
        json_decref(req);
        return 1;
    }
    struct pl_line *ln = server_line_new(c);
    if (!req) {
        pl_line_unparsed(td, ln, rpc_unparsed_reply(line, len, &jerr));
        return 0;
    }
    pl_line_dispatch(td, ln, req);
    json_decref(req);
    return 0;
}

/* A long line that was one WRITE request, checked and prepared by its
 * worker: it becomes that write job, entering the connection's write
 * order here, in request order, as if just back from its prepare. */
static void pl_parsed_write(struct conn *c, struct pl_job *job)
{
    json_decref(job->req);
    job->req = NULL;
    job->index = 0;
    job->line->pending++;
    TAILQ_INSERT_TAIL(&c->writes, job, order);
    c->writes_pending++;
    job->stage = job->err.code ? JOB_DONE : JOB_RAN;
    pl_job_returned(job); /* td->inflight: the parse's count carries over */
}

/* Dispatch the parsed lines at the head of c's parse queue, in order. */
int pipeline_parsed_pump(struct tenured *td, struct conn *c)
{
    struct pl_job *job;
    while ((job = TAILQ_FIRST(&c->parsing)) && job->ready) {
        struct pl_line *ln = job->line;
        int wait = !job->result && c->writes_pending > 0 && rpc_request_reads(job->req);
        if (wait && c->bev)
            return 1; /* server_conn_writes_done pumps again */
        /* Off the queue before dispatching: a reply completing now may
         * re-enter here through server_line_done. */
        TAILQ_REMOVE(&c->parsing, job, order);
        if (job->result) {
            pl_line_unparsed(td, ln, job->result);
            job->result = NULL;
        } else if (wait) {
            ln->done = 1; /* closed meanwhile: nobody reads the answer */
            server_line_done(ln);
        } else if (job->method) {
            pl_parsed_write(c, job); /* the job lives on as the write */
            continue;
        } else {
            pl_line_dispatch(td, ln, job->req);
        }
        json_decref(job->req);
        free(job->raw);
        td->inflight--;
        c->mem_jobs -= job->mem;
        free(job);
    }
    server_conn_account(c);
    return 0;
}

/* Worker thread: parse a long line; when it is one valid WRITE request,
 * run its prepare step too (one trip through the pool instead of two).
 * Anything else is checked again, and answered, by the loop. */
static void pl_parse_run(struct tenured *td, struct pl_job *job)
{
    json_error_t jerr;
    json_t *id, *params;
    rpc_error err = {0};
    int always;
    job->req = jr_parse_request(job->raw, job->raw_len, &jerr);
    if (!job->req)
        job->result = rpc_unparsed_reply(job->raw, job->raw_len, &jerr);
    free(job->raw);
    job->raw = NULL;
    job->stage = JOB_PARSED;
    if (!job->req || !json_is_object(job->req))
        return;
    const struct rpc_method *m =
        rpc_request_check(job->req, job->refuse, &id, &params, &err, &always);
    rpc_error_clear(&err);
    if (!m || rpc_method_kind(m) != TENURE_KIND_WRITE)
        return;
    job->method = m;
    job->params = params ? json_incref(params) : json_object();
    rpc_params_fill(m, job->params);
    job->id = id ? json_incref(id) : NULL;
    job->prepared = rpc_prepare(td, m, job->params, &job->err);
}

/* Worker thread: the off-loop step of a CPU or WRITE method, or the parse
 * of a long line. */
static void pl_job_run(struct tenured *td, struct pl_job *job)
{
    const struct rpc_method *m = job->method;
    if (job->stage == JOB_PARSE) {
        pl_parse_run(td, job);
        return;
    }
    if (rpc_method_kind(m) != TENURE_KIND_WRITE) {
        job->result = rpc_run(td, m, job->params, &job->err);
        job->stage = JOB_DONE;
        return;
    }
    job->prepared = rpc_prepare(td, m, job->params, &job->err);
    job->stage = job->err.code ? JOB_DONE : JOB_RAN;
}

#define PL_JOB_OF_WR(w) ((struct pl_job *)((char *)(w)-offsetof(struct pl_job, wr)))

/* Writer thread: the store step of a WRITE method (writer_ops.apply).  A
 * retried group applies the job again: drop what the last try left. */
static int pl_writer_apply(void *ctx, MDB_txn *txn, struct wr_job *wj)
{
    struct pl_job *job = PL_JOB_OF_WR(wj);
    json_decref(job->result);
    rpc_error_clear(&job->err);
    job->result = rpc_apply(ctx, job->method, txn, job->params, job->prepared, &job->err);
    return job->result ? 0 : job->err.code;
}

/* Writer thread: the job's transaction or its group failed. */
static void pl_writer_fail(void *ctx, struct wr_job *wj, const tn_error *why)
{
    (void)ctx;
    struct pl_job *job = PL_JOB_OF_WR(wj);
    json_decref(job->result);
    job->result = NULL;
    rpc_error_clear(&job->err);
    job->err.code = why->code;
    memcpy(job->err.message, why->message, sizeof job->err.message);
}

/* Writer thread, after a commit that changed the store and before any of
 * its replies is posted: cached answers from before it are stale. */
static void pl_writer_committed(void *ctx)
{
    struct tenured *td = ctx;
    registry_deps_publish(); /* what it changed, for replies kept by what they read */
    atomic_fetch_add(&td->generation, 1);
}

/* Writer thread: the job is final; back to the loop (pl_job_returned). */
static void pl_writer_done(void *ctx, struct wr_job *wj)
{
    struct tenured *td = ctx;
    struct pl_job *job = PL_JOB_OF_WR(wj);
    job->stage = JOB_DONE;
    workers_post(td->workers, &job->wk);
}

const struct writer_ops pipeline_writer_ops = {
    .apply = pl_writer_apply,
    .fail = pl_writer_fail,
    .committed = pl_writer_committed,
    .done = pl_writer_done,
};

/* Hand every prepared write at the head of a connection's queue to the
 * writer, in request order. */
static void pl_pump_writes(struct conn *c)
{
    struct pl_job *job;
    /* Only jobs whose return the loop has seen: a job merely marked
     * PREPARED by its worker may still sit in the done queue, linked by
     * the same field the writer queue uses. */
    while ((job = TAILQ_FIRST(&c->writes)) && job->ready) {
        TAILQ_REMOVE(&c->writes, job, order);
        job->stage = JOB_SUBMITTED;
        writer_submit(c->td->writer, &job->wr);
    }
}

/* Build the reply of a finished job, free it, complete its line. */
static void pl_job_complete(struct pl_job *job)
{
    struct tenured *td = job->td;
    struct pl_line *ln = job->line;
    struct conn *c = ln->conn;
    const struct rpc_method *m = job->method;
    json_t *reply = NULL;

    if (!job->result && job->err.code == 0)
        rpc_error_set(&job->err, TENURE_E_INTERNAL_ERROR, "internal error in %s",
                      rpc_method_name(m));
    if (ln->batch && job->result && job->id) {
        /* Its size (json_dumpb with no buffer only measures). */
        size_t n = json_dumpb(job->result, NULL, 0, JSON_COMPACT | JSON_ENCODE_ANY);
        if (ln->bytes + n > pl_batch_budget(td)) {
            json_decref(job->result);
            job->result = NULL;
            rpc_error_set(&job->err, TENURE_E_TOO_LARGE,
                          "reply too large: this batch's replies passed the output budget of "
                          "%zu bytes; ask for smaller pages or fewer members",
                          pl_batch_budget(td));
        } else {
            ln->bytes += n;
            c->mem_jobs += n;
        }
    }
    c->mem_jobs -= job->mem;
    if (job->id) {
        if (job->err.code)
            reply = rpc_reply_error(job->id, job->err.code, job->err.message, job->err.data);
        else
            reply = rpc_reply_result(job->id, job->result);
    } else {
        json_decref(job->result);
    }
    job->result = NULL;
    pl_line_set(ln, job->index, reply);
    rpc_release(m, job->prepared);
    rpc_error_clear(&job->err);
    json_decref(job->params);
    json_decref(job->id);
    int was_write = rpc_method_kind(m) == TENURE_KIND_WRITE;
    free(job);

    td->inflight--;
    atomic_fetch_add(&td->requests, 1);
    /* Keep the connection alive across the calls below. */
    c->refs++;
    if (--ln->pending == 0)
        pl_line_finish(ln);
    if (was_write && --c->writes_pending == 0)
        server_conn_writes_done(c);
    server_conn_account(c);
    server_conn_unref(c);
}

/* The worker pool's run callback: the wrong stage is an internal error. */
void pipeline_worker_run(void *ctx, struct wk_job *wk)
{
    struct pl_job *job = (struct pl_job *)((char *)wk - offsetof(struct pl_job, wk));
    if (job->stage != JOB_NEW && job->stage != JOB_PARSE) {
        rpc_error_set(&job->err, TENURE_E_INTERNAL_ERROR, "job in wrong stage");
        job->stage = JOB_DONE;
        return;
    }
    pl_job_run(ctx, job);
}

/* The worker pool's done callback, on the loop. */
void pipeline_worker_done(void *ctx, struct wk_job *wk)
{
    (void)ctx;
    pl_job_returned((struct pl_job *)((char *)wk - offsetof(struct pl_job, wk)));
}

static void pl_job_returned(struct pl_job *job)
{
    struct conn *c = job->line->conn;
    if (job->stage == JOB_PARSED) {
        job->ready = 1;
        c->refs++; /* the line's reference may go with the reply */
        if (pipeline_parsed_pump(job->td, c) == 0)
            server_conn_resume(c);
        server_conn_unref(c);
        return;
    }
    if (job->stage == JOB_RAN) {
        job->stage = JOB_PREPARED;
        job->ready = 1;
        pl_pump_writes(c);
        return;
    }
    if (rpc_method_kind(job->method) == TENURE_KIND_WRITE && job->stage == JOB_DONE &&
        job->err.code != 0 && !job->result) {
        /* A failed prepare never reached the writer: leave the order queue
         * if still in it, and let later writes go. */
        struct pl_job *j;
        TAILQ_FOREACH(j, &c->writes, order)
        if (j == job) {
            TAILQ_REMOVE(&c->writes, job, order);
            break;
        }
        pl_job_complete(job);
        pl_pump_writes(c);
        return;
    }
    pl_job_complete(job);
}
