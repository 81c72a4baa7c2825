/*
 * server.c — sockets, connections, framing and signals on the event loop.
 *
 * Owns the Unix socket (mode, stale-socket check, removal at exit), the
 * optional TCP listener, accepting (max_clients: one BUSY line, then close),
 * one bufferevent per connection for its writes and a read event of our
 * own (server_conn_readable: one read(2) per request), line framing with a
 * hard cap while reading (TOO_LARGE reply, then close), the idle timeout (also for a line
 * left unfinished: slow senders), back-pressure (a client whose replies pile
 * up, or whose pipeline is deep, is not read from until it drains), the
 * per-connection reply queue that keeps replies in request order, and the
 * signals: SIGTERM/SIGINT stop accepting, let in-flight work finish and end
 * the loop; SIGHUP reopens the log and reloads the lexicon.
 * Does not parse JSON or run methods (pipeline.c, rpc.c).
 *
 * A connection is reference counted: the server holds one reference while
 * it is open and every unanswered request line holds one, so a client that
 * disconnects mid-request leaves a closed connection object that its
 * last in-flight job completes and frees.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <event2/listener.h>

#include "log.h"
#include "pipeline.h"
#include "tenure/sockpath.h"
#include "tenured.h"
#include "xmalloc.h"

/* Stop reading from a client when this much output waits for it. */
#define SERVER_OUTPUT_HIGH (4u * 1024u * 1024u)
/* Stop reading from a client with this many unanswered request lines. */
#define SERVER_MAX_PIPELINE 1024
/* Most bytes read from a socket in one wake-up (one read(2)), as much as
 * libevent 2.1's evbuffer_read took (EVBUFFER_MAX_READ): a client pushing
 * lines without pause is read in turns with the others (limits.no_read). */
#define SERVER_READ_CHUNK 4096
/* How long shutdown waits for replies to drain once work is done. */
#define SERVER_DRAIN_SECONDS 5
/* Request lines this short are never refused for memory: ping, stats and
 * queries keep working for the operator while the budget is full. */
#define SERVER_SMALL_LINE 4096
/* Over max_memory, connections holding at least this much in buffers (and
 * no request in flight) are closed, largest first, down to 90 %. */
#define SERVER_VICTIM_MIN (1u << 20)
/* Housekeeping period: give freed heap back to the system after a spike. */
#define SERVER_TRIM_SECONDS 1
/* A spike worth trimming after: the peak since the last trim, and how far
 * under it the budget in use must have fallen. */
#define SERVER_TRIM_PEAK (32u << 20)

struct server {
    struct tenured *td;
    struct evconnlistener *unix_listener;
    struct evconnlistener *tcp_listener;
    struct event *sig_term, *sig_int, *sig_hup;
    struct event *shutdown_timer;
    struct event *accept_timer; /* resumes accepting after EMFILE */
    struct event *trim_timer;   /* malloc_trim after memory spikes */
    time_t drain_started;
    int socket_bound; /* we created the socket file: remove it at exit */
    uint64_t next_conn_id;
    TAILQ_HEAD(, conn) conns;
};

static void server_conn_process(struct conn *c);

/* ------------------------------------------------------------- framing */

/* The next line of a buffer, scanning each byte once. */
enum server_frame server_frame_next(struct evbuffer *buf, size_t max, size_t *scanned, char **line,
                                    size_t *len)
{
    size_t have = evbuffer_get_length(buf);
    struct evbuffer_ptr start, nl;
    if (*scanned > have)
        *scanned = 0;
    if (evbuffer_ptr_set(buf, &start, *scanned, EVBUFFER_PTR_SET) != 0)
        return FRAME_MORE;
    nl = evbuffer_search(buf, "\n", 1, &start);
    if (nl.pos < 0) {
        *scanned = have;
        return have > max ? FRAME_TOO_LARGE : FRAME_MORE;
    }
    size_t n = (size_t)nl.pos;
    if (n > max)
        return FRAME_TOO_LARGE;
    char *s = xmalloc(n + 1);
    if (evbuffer_remove(buf, s, n) != (int)n) {
        free(s);
        return FRAME_TOO_LARGE; /* cannot happen: the bytes are there */
    }
    s[n] = '\0';
    if (evbuffer_drain(buf, 1) != 0) /* the '\n' would read as a blank line */
        log_warn("evbuffer_drain failed after a request line");
    *scanned = 0;
    *line = s;
    *len = n;
    return FRAME_LINE;
}

/* ---------------------------------------------------------- connections */

/* Drop one reference; free the connection with the last. */
void server_conn_unref(struct conn *c)
{
    if (--c->refs > 0)
        return;
    c->td->mem_used -= c->mem_acct;
    free(c->held);
    free(c);
}

/* Read (again) from a connection, with the idle timeout: a persistent
 * event's timeout restarts with every read, so it fires after idle_timeout
 * seconds without input. */
static int server_conn_read_on(struct conn *c)
{
    struct timeval tv = {(time_t)c->td->cfg.idle_timeout, 0};
    return event_add(c->rev, c->td->cfg.idle_timeout ? &tv : NULL);
}

void server_conn_stop_reading(struct conn *c)
{
    /* On failure reading goes on, and each read pauses again. */
    if (c->rev && event_del(c->rev) != 0)
        log_warn("connection %llu: event_del(read) failed", (unsigned long long)c->id);
}

/* ------------------------------------------------------------- memory */

/* Recount what a connection holds into td->mem_used. */
void server_conn_account(struct conn *c)
{
    struct tenured *td = c->td;
    size_t now = c->mem_jobs + c->mem_replies + (c->held ? c->held_len : 0);
    if (c->bev)
        now += evbuffer_get_length(bufferevent_get_input(c->bev)) +
               evbuffer_get_length(bufferevent_get_output(c->bev));
    td->mem_used = td->mem_used - c->mem_acct + now;
    c->mem_acct = now;
    if (td->mem_used > td->mem_peak)
        td->mem_peak = td->mem_used;
}

/* A request line the budget cannot take now (small ones always pass). */
int server_memory_refuses(struct tenured *td, size_t len)
{
    return len > SERVER_SMALL_LINE &&
           td->mem_used + (uint64_t)len * PIPELINE_JOB_MEM_FACTOR > td->cfg.max_memory;
}

static void server_conn_close_after_flush(struct conn *c);
static void server_conn_send_error(struct conn *c, int code, const char *message);

/* Over max_memory: close the connections holding the most in buffers and
 * with nothing in flight (an unfinished line, unread replies), largest
 * first, until 90 % of the budget is left in use (redis's
 * maxmemory-clients).  A connection with requests in flight is not a
 * victim: it is held back instead (pipeline_line) and frees its memory as
 * they complete. */
static void server_memory_enforce(struct tenured *td)
{
    size_t target = (size_t)(td->cfg.max_memory / 10 * 9);
    if (td->mem_used <= td->cfg.max_memory)
        return;
    while (td->mem_used > target) {
        struct conn *c, *victim = NULL;
        size_t most = 0;
        TAILQ_FOREACH(c, &td->server->conns, all)
        {
            if (!c->bev || c->closing || c->lingering || c->nlines > 0)
                continue;
            size_t b = evbuffer_get_length(bufferevent_get_input(c->bev)) +
                       evbuffer_get_length(bufferevent_get_output(c->bev)) +
                       (c->held ? c->held_len : 0);
            if (b > most) {
                most = b;
                victim = c;
            }
        }
        if (!victim || most < SERVER_VICTIM_MIN)
            return;
        char msg[200];
        snprintf(msg, sizeof msg,
                 "server busy: memory budget (max_memory %llu MiB) exceeded; closing this "
                 "connection, which held %zu KiB",
                 (unsigned long long)(td->cfg.max_memory >> 20), most >> 10);
        log_warn("connection %llu: %s", (unsigned long long)victim->id, msg);
        td->mem_closed++;
        struct evbuffer *in = bufferevent_get_input(victim->bev);
        if (evbuffer_drain(in, evbuffer_get_length(in)) != 0)
            log_warn("connection %llu: evbuffer_drain failed", (unsigned long long)victim->id);
        victim->scanned = 0;
        free(victim->held);
        victim->held = NULL;
        victim->refs++;
        server_conn_send_error(victim, TENURE_E_BUSY, msg);
        if (victim->bev)
            server_conn_close_after_flush(victim);
        server_conn_account(victim);
        server_conn_unref(victim);
    }
}

/* Every second: after a spike has passed, give the freed heap back to the
 * system (glibc keeps it otherwise, as the red team saw half an hour
 * later). */
static void server_trim_tick(evutil_socket_t fd, short what, void *arg)
{
    struct tenured *td = arg;
    (void)fd;
    (void)what;
    if (td->mem_peak >= SERVER_TRIM_PEAK && td->mem_used < td->mem_peak / 4) {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
        log_debug("memory spike of %zu MiB over: heap trimmed", td->mem_peak >> 20);
        td->mem_peak = td->mem_used;
    }
}

/* Close a connection now: output not yet written is dropped. */
static void server_conn_close(struct conn *c)
{
    struct tenured *td = c->td;
    if (!c->bev)
        return;
    if (c->rev)
        event_free(c->rev); /* before the socket it watches is closed */
    c->rev = NULL;
    bufferevent_free(c->bev);
    c->bev = NULL;
    TAILQ_REMOVE(&td->server->conns, c, all);
    c->held_len = 0;
    td->connections_now--;
    free(c->held);
    c->held = NULL;
    pipeline_parsed_pump(td, c); /* dispatch what is parsed; drop reads */
    log_debug("connection %llu closed", (unsigned long long)c->id);
    /* Lines already answered are dropped now; the rest go when their jobs
     * come back (server_line_done). */
    struct pl_line *ln;
    while ((ln = TAILQ_FIRST(&c->lines)) && ln->done) {
        TAILQ_REMOVE(&c->lines, ln, q);
        c->nlines--;
        c->mem_replies -= ln->outlen;
        free(ln->out);
        free(ln);
        c->refs--; /* the line's; the server's own keeps c alive */
    }
    server_conn_account(c);
    server_conn_unref(c); /* the server's own */
}

/* Replies are all written: shut our side and discard what the client
 * still sends for a moment, so that closing with its unread bytes does not
 * reset the connection under the error reply it has yet to read. */
static void server_conn_linger(struct conn *c)
{
    struct timeval tv = {2, 0};
    if (c->lingering || c->read_eof) {
        server_conn_close(c);
        return;
    }
    c->lingering = 1;
    c->partial_since = time(NULL); /* reused: when lingering began */
    if (shutdown(bufferevent_getfd(c->bev), SHUT_WR) != 0) {
        server_conn_close(c);
        return;
    }
    if (event_add(c->rev, &tv) != 0) {
        log_debug("connection %llu: cannot linger; closing now", (unsigned long long)c->id);
        server_conn_close(c);
    }
}

/* Closing and nothing left to answer or write: start the lingering close. */
static void server_conn_check_closing(struct conn *c)
{
    if (c->bev && c->closing && !c->lingering && c->nlines == 0 &&
        evbuffer_get_length(bufferevent_get_output(c->bev)) == 0)
        server_conn_linger(c);
}

/* Close once every earlier request is answered and all is written. */
static void server_conn_close_after_flush(struct conn *c)
{
    c->closing = 1;
    server_conn_stop_reading(c);
    server_conn_check_closing(c);
}

/* After the client's EOF: close once every request is answered and sent. */
static void server_conn_check_eof(struct conn *c)
{
    if (c->bev && c->read_eof && c->nlines == 0 && !c->held &&
        evbuffer_get_length(bufferevent_get_output(c->bev)) == 0)
        server_conn_close(c);
}

/* Queue a reply line made outside any request (framing, timeouts). */
static void server_conn_send_error(struct conn *c, int code, const char *message)
{
    struct pl_line *ln = server_line_new(c);
    ln->out = rpc_error_line(code, message, &ln->outlen);
    ln->done = 1;
    server_line_done(ln);
}

/* New reply slot. */
struct pl_line *server_line_new(struct conn *c)
{
    struct pl_line *ln = xcalloc(1, sizeof *ln);
    ln->conn = c;
    c->refs++;
    TAILQ_INSERT_TAIL(&c->lines, ln, q);
    c->nlines++;
    return ln;
}

/* Write what the output holds straight to the socket (redis's habit): a
 * reply that fits the socket's buffer costs one write and no change to the
 * epoll set, where libevent's write event costs two epoll_ctl (arm, then
 * disarm once drained) and a pass through the loop per reply.  The write
 * event is armed only for what the socket does not take now; it is off
 * while the output is empty (server_write_cb).  Returns 0 when nothing was
 * to be written, 1 when all was written, 2 when some waits for the write
 * event (a failed write is left to libevent's write, which reports it to
 * server_event_cb as before). */
static int server_conn_flush(struct conn *c)
{
    if (!c->bev || (bufferevent_get_enabled(c->bev) & EV_WRITE))
        return c->bev ? 2 : 0;
    struct evbuffer *out = bufferevent_get_output(c->bev);
    if (evbuffer_get_length(out) == 0)
        return 0;
    /* A socket bufferevent keeps its output's start frozen; its own write
     * thaws it the same way around the write. */
    int wrote =
        evbuffer_unfreeze(out, 1) == 0 && evbuffer_write(out, bufferevent_getfd(c->bev)) >= 0;
    if (evbuffer_freeze(out, 1) != 0)
        log_warn("connection %llu: evbuffer_freeze failed", (unsigned long long)c->id);
    if (wrote && evbuffer_get_length(out) == 0)
        return 1;
    if (bufferevent_enable(c->bev, EV_WRITE) != 0) {
        log_error("connection %llu: cannot wait to write; closing", (unsigned long long)c->id);
        server_conn_close(c);
        return 0;
    }
    return 2;
}

/* Write every finished reply at the head of the queue, in order. */
void server_line_done(struct pl_line *done)
{
    struct conn *c = done->conn;
    struct pl_line *ln;
    c->refs++;
    c->mem_replies += done->outlen;
    while ((ln = TAILQ_FIRST(&c->lines)) && ln->done) {
        TAILQ_REMOVE(&c->lines, ln, q);
        c->nlines--;
        c->mem_replies -= ln->outlen;
        if (c->bev && ln->out &&
            evbuffer_add(bufferevent_get_output(c->bev), ln->out, ln->outlen) != 0)
            log_warn("connection %llu: evbuffer_add failed", (unsigned long long)c->id);
        free(ln->out);
        free(ln);
        c->refs--; /* the line's; ours keeps c alive */
    }
    /* While the connection's lines are processed, their replies gather and
     * go out in one write at its end (server_conn_process). */
    if (!c->processing)
        server_conn_flush(c);
    /* A deep pipeline may have paused reading: look again. */
    if (c->bev && c->paused && !c->processing)
        server_conn_process(c);
    if (!c->processing) {
        server_conn_check_eof(c);
        server_conn_check_closing(c);
    }
    server_conn_account(c);
    server_conn_unref(c);
}

/* Earlier writes are complete: offer a held line again. */
void server_conn_writes_done(struct conn *c)
{
    if (c->bev && (c->held || !TAILQ_EMPTY(&c->parsing)) && !c->processing) {
        server_conn_process(c);
        server_conn_check_eof(c);
    }
}

/* A long line parsed off the loop was dispatched: frame what came since. */
void server_conn_resume(struct conn *c)
{
    if (c->bev && !c->processing) {
        server_conn_process(c);
        server_conn_check_eof(c);
    }
}

/* Stop reading (back-pressure or a held line). */
static void server_conn_pause(struct conn *c)
{
    if (!c->paused) {
        server_conn_stop_reading(c);
        c->paused = 1;
    }
}

/* Frame and dispatch what the input holds, as far as allowed. */
static void server_conn_process(struct conn *c)
{
    struct tenured *td = c->td;
    struct evbuffer *in, *out;

    /* Closing (after TOO_LARGE) stops the framing loop below, not the lines
     * already framed: a parsed or held request still gets its reply before
     * the error that follows it, and the connection closes after both. */
    if (!c->bev)
        return;
    c->refs++;
again:
    c->processing = 1;
    if (pipeline_parsed_pump(td, c) == 1)
        goto done; /* a parsed line waits for earlier writes */
    if (c->held) {
        int r = pipeline_line(td, c, c->held, c->held_len);
        if (r == 1)
            goto done; /* still waiting for this connection's writes or memory */
        if (r == 0)
            free(c->held); /* 2: pipeline.c took it over to parse on a worker */
        c->held = NULL;
    }
    while (c->bev && !c->closing) {
        in = bufferevent_get_input(c->bev);
        out = bufferevent_get_output(c->bev);
        if (evbuffer_get_length(out) > SERVER_OUTPUT_HIGH || c->nlines >= SERVER_MAX_PIPELINE) {
            server_conn_pause(c);
            goto done;
        }
        char *line;
        size_t len;
        enum server_frame fr =
            server_frame_next(in, td->cfg.max_request_bytes, &c->scanned, &line, &len);
        if (fr == FRAME_TOO_LARGE) {
            char msg[128];
            snprintf(msg, sizeof msg, "request too large: a line may hold at most %llu bytes",
                     (unsigned long long)td->cfg.max_request_bytes);
            log_info("connection %llu: %s; closing", (unsigned long long)c->id, msg);
            server_conn_send_error(c, TENURE_E_TOO_LARGE, msg);
            if (c->bev)
                server_conn_close_after_flush(c);
            goto done;
        }
        if (fr == FRAME_MORE) {
            time_t now = time(NULL);
            if (evbuffer_get_length(in) == 0) {
                c->partial_since = 0;
            } else if (c->partial_since == 0) {
                c->partial_since = now;
            } else if (td->cfg.idle_timeout &&
                       (uint64_t)(now - c->partial_since) > td->cfg.idle_timeout) {
                /* A line trickling in slower than the idle timeout allows. */
                log_info("connection %llu: unfinished line timed out", (unsigned long long)c->id);
                server_conn_send_error(c, TENURE_E_TIMEOUT, "idle timeout: unfinished line");
                if (c->bev)
                    server_conn_close_after_flush(c);
                goto done;
            }
            break;
        }
        c->partial_since = evbuffer_get_length(in) ? time(NULL) : 0;
        size_t i = 0;
        while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            i++;
        if (i == len) { /* blank lines are ignored: friendly to hand-typed sessions */
            free(line);
            continue;
        }
        int taken = pipeline_line(td, c, line, len);
        if (taken == 1) {
            c->held = line;
            c->held_len = len;
            server_conn_pause(c);
            goto done;
        }
        if (taken == 0)
            free(line); /* 2: pipeline.c took it over to parse on a worker */
    }
    if (c->bev && !c->closing && c->paused && !c->read_eof) {
        if (server_conn_read_on(c) != 0) {
            /* It would wait forever for input we never read. */
            log_error("connection %llu: cannot resume reading; closing", (unsigned long long)c->id);
            server_conn_close_after_flush(c);
            goto done;
        }
        c->paused = 0;
    }
done:
    c->processing = 0;
    if (server_conn_flush(c) == 1) {
        /* All written: what server_write_cb does once the output drains. */
        if (c->bev && !c->closing && c->paused && !c->held)
            goto again;
        server_conn_check_closing(c);
        server_conn_check_eof(c);
    }
    server_conn_account(c);
    server_conn_unref(c);
}

/* The client sent EOF (a half-close: "socat -", "nc -N"): requests
 * already sent are still answered; an unfinished last line is dropped. */
static void server_conn_eof(struct conn *c)
{
    if (c->closing) {
        server_conn_close(c);
        return;
    }
    c->read_eof = 1;
    c->paused = 1;
    server_conn_stop_reading(c);
    server_conn_process(c);
    if (c->bev)
        server_conn_check_eof(c);
}

/* No input for idle_timeout seconds. */
static void server_conn_idle(struct conn *c)
{
    if (c->nlines > 0 && !c->closing)
        return; /* silent because it waits for us: not idle */
    log_info("connection %llu: idle timeout", (unsigned long long)c->id);
    server_conn_send_error(c, TENURE_E_TIMEOUT, "idle timeout");
    if (c->bev)
        server_conn_close_after_flush(c);
}

/* The socket is readable (or the read timed out).  Reads into the input
 * buffer with read(2) itself: libevent's evbuffer_read asks the kernel how
 * much is waiting (ioctl FIONREAD) before every read, a second system call
 * per request.  One read a wake-up, of at most SERVER_READ_CHUNK (what is
 * left waits for the next pass of the loop: epoll is level-triggered); the
 * input holds at most one over-long line and a little
 * (max_request_bytes + 2): the cap holds while reading, not after
 * buffering everything a client sends. */
static void server_conn_readable(evutil_socket_t fd, short what, void *arg)
{
    struct conn *c = arg;
    char buf[SERVER_READ_CHUNK];
    if (!c->bev)
        return;
    if (what & EV_TIMEOUT) {
        if (c->lingering)
            server_conn_close(c); /* lingering ends after its 2 s */
        else
            server_conn_idle(c);
        return;
    }
    if (c->lingering) {
        /* discard; a client that keeps sending would reset the read
         * timeout for ever: lingering ends 2 s after it began */
        ssize_t n = read(fd, buf, sizeof buf);
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) ||
            time(NULL) - c->partial_since > 2)
            server_conn_close(c);
        return;
    }
    struct tenured *td = c->td;
    struct evbuffer *in = bufferevent_get_input(c->bev);
    size_t have = evbuffer_get_length(in), high = (size_t)td->cfg.max_request_bytes + 2;
    size_t room = have < high ? high - have : 0, got = 0;
    int eof = 0, err = 0;
    if (room > 0) {
        ssize_t n = read(fd, buf, room < sizeof buf ? room : sizeof buf);
        if (n > 0) {
            if (evbuffer_add(in, buf, (size_t)n) != 0) {
                log_error("connection %llu: evbuffer_add failed; closing",
                          (unsigned long long)c->id);
                server_conn_close(c);
                return;
            }
            got = (size_t)n;
        } else if (n == 0) {
            eof = 1;
        } else if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) {
            err = errno;
        }
    }
    /* full input: framing frees room or refuses the line */
    if (room == 0)
        server_conn_pause(c);
    c->refs++; /* processing may close it */
    if (got > 0 || room == 0)
        server_conn_process(c);
    if (c->bev && err) {
        log_debug("connection %llu: %s", (unsigned long long)c->id, strerror(err));
        server_conn_close(c);
    } else if (c->bev && eof) {
        server_conn_eof(c);
    }
    server_conn_account(c);
    server_conn_unref(c);
    server_memory_enforce(td);
}

/* Output drained to empty. */
static void server_write_cb(struct bufferevent *bev, void *arg)
{
    struct conn *c = arg;
    /* libevent has removed the drained write event; the next reply is
     * written directly again (server_conn_flush). */
    if (bufferevent_disable(bev, EV_WRITE) != 0)
        log_warn("connection %llu: bufferevent_disable failed", (unsigned long long)c->id);
    if (c->closing) {
        server_conn_check_closing(c);
        return;
    }
    c->refs++; /* closing at EOF may free it */
    if (c->paused && !c->held)
        server_conn_process(c);
    server_conn_check_eof(c);
    server_conn_account(c);
    server_conn_unref(c);
}

/* A write failed or timed out (reading is server_conn_readable's). */
static void server_event_cb(struct bufferevent *bev, short what, void *arg)
{
    struct conn *c = arg;
    (void)bev;
    if (c->lingering) { /* done */
        server_conn_close(c);
        return;
    }
    if (what & BEV_EVENT_TIMEOUT) {
        log_info("connection %llu: replies not read for %llu s; closing", (unsigned long long)c->id,
                 (unsigned long long)c->td->cfg.idle_timeout);
        server_conn_close(c);
        return;
    }
    if (what & BEV_EVENT_ERROR)
        log_debug("connection %llu: %s", (unsigned long long)c->id,
                  evutil_socket_error_to_string(EVUTIL_SOCKET_ERROR()));
    server_conn_close(c);
}

/* Refuse a connection politely. */
static void server_refuse(evutil_socket_t fd, int code, const char *message)
{
    size_t len;
    char *line = rpc_error_line(code, message, &len);
    if (send(fd, line, len, MSG_NOSIGNAL | MSG_DONTWAIT) < 0)
        log_debug("refusal not sent: %s", strerror(errno));
    free(line);
    if (evutil_closesocket(fd) != 0)
        log_warn("close of a refused connection: %s", strerror(errno));
}

/* A new connection. */
static void server_accept_cb(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa,
                             int salen, void *arg)
{
    struct server *s = arg;
    struct tenured *td = s->td;

    if (td->shutting_down) {
        server_refuse(fd, TENURE_E_SHUTTING_DOWN, "daemon shutting down");
        return;
    }
    if (td->connections_now >= td->cfg.max_clients) {
        log_warn("max_clients (%llu) reached: connection refused",
                 (unsigned long long)td->cfg.max_clients);
        server_refuse(fd, TENURE_E_BUSY, "server busy: max_clients reached, try again later");
        return;
    }
    struct bufferevent *bev = bufferevent_socket_new(td->base, fd, BEV_OPT_CLOSE_ON_FREE);
    if (!bev) {
        log_error("bufferevent_socket_new failed");
        if (evutil_closesocket(fd) != 0)
            log_warn("close of an accepted socket: %s", strerror(errno));
        return;
    }
    struct conn *c = xcalloc(1, sizeof *c);
    c->td = td;
    c->bev = bev;
    c->refs = 1;
    c->id = ++s->next_conn_id;
    c->tcp = l == s->tcp_listener;
    c->authed = !c->tcp; /* the Unix socket's mode is its authentication */
    TAILQ_INIT(&c->lines);
    TAILQ_INIT(&c->writes);
    TAILQ_INIT(&c->parsing);
    TAILQ_INSERT_TAIL(&s->conns, c, all);
    td->connections_now++;
    td->connections_total++;

    /* The bufferevent only writes; reading is ours (server_conn_readable). */
    bufferevent_setcb(bev, NULL, server_write_cb, server_event_cb, c);
    c->rev = event_new(td->base, fd, EV_READ | EV_PERSIST, server_conn_readable, c);
    /* a socket bufferevent freezes its input's end for its own reads */
    if (!c->rev || evbuffer_unfreeze(bufferevent_get_input(bev), 0) != 0) {
        log_error("event_new failed: connection refused");
        server_conn_close(c);
        return;
    }
    if (td->cfg.idle_timeout) {
        struct timeval tv = {(time_t)td->cfg.idle_timeout, 0};
        /* The write timeout bounds how long replies may wait for a client
         * that never reads them (each such client holds up to
         * SERVER_OUTPUT_HIGH of memory). */
        if (bufferevent_set_timeouts(bev, NULL, &tv) != 0) {
            log_error("bufferevent_set_timeouts failed: connection refused");
            server_conn_close(c);
            return;
        }
    }
    /* The write event is armed only while output waits (server_conn_flush);
     * a new socket bufferevent starts with it enabled. */
    if (bufferevent_disable(bev, EV_READ | EV_WRITE) != 0 || server_conn_read_on(c) != 0) {
        log_error("cannot start reading: connection refused");
        server_conn_close(c);
        return;
    }
    log_debug("connection %llu accepted", (unsigned long long)c->id);
}

/* Re-enable the listeners after an accept pause. */
static void server_accept_resume(evutil_socket_t fd, short what, void *arg)
{
    struct server *s = arg;
    if (s->td->shutting_down)
        return;
    if (s->unix_listener && evconnlistener_enable(s->unix_listener) != 0)
        log_error("cannot resume accepting on the Unix socket");
    if (s->tcp_listener && evconnlistener_enable(s->tcp_listener) != 0)
        log_error("cannot resume accepting on the TCP listener");
}

/* Listener error (e.g. EMFILE): the pending connection stays in the
 * backlog and the socket stays readable, so without a pause the loop would
 * spin on accept; stop accepting for 100 ms and let connections close. */
static void server_accept_error_cb(struct evconnlistener *l, void *arg)
{
    struct server *s = arg;
    int err = EVUTIL_SOCKET_ERROR();
    struct timeval tv = {0, 100000};
    log_warn("accept failed: %s; pausing accepts for 100 ms", evutil_socket_error_to_string(err));
    if (s->unix_listener && evconnlistener_disable(s->unix_listener) != 0)
        log_warn("cannot pause accepting on the Unix socket");
    if (s->tcp_listener && evconnlistener_disable(s->tcp_listener) != 0)
        log_warn("cannot pause accepting on the TCP listener");
    if (!s->accept_timer)
        s->accept_timer = evtimer_new(s->td->base, server_accept_resume, s);
    if (!s->accept_timer || evtimer_add(s->accept_timer, &tv) != 0)
        server_accept_resume(-1, 0, s);
}

/* ------------------------------------------------------------ listeners */

/* The socket's directory: created (0700) when missing, and refused when
 * another user could replace the socket in it: world-writable without the
 * sticky bit, or owned by a user other than us and root. */
static int server_socket_dir(const char *path, char **cause)
{
    char dir[PATH_MAX], buf[PATH_MAX + 200];
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path) {
        snprintf(dir, sizeof dir, "%s", slash ? "/" : ".");
    } else {
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    }
    struct stat st;
    if (stat(dir, &st) != 0) {
        if (errno != ENOENT || mkdir(dir, 0700) != 0 || stat(dir, &st) != 0) {
            snprintf(buf, sizeof buf, "socket directory %s: %s", dir, strerror(errno));
            *cause = xstrdup(buf);
            return -1;
        }
        log_info("created socket directory %s (mode 0700)", dir);
    }
    if (!S_ISDIR(st.st_mode)) {
        snprintf(buf, sizeof buf, "socket directory %s is not a directory", dir);
        *cause = xstrdup(buf);
        return -1;
    }
    if ((st.st_mode & S_IWOTH) && !(st.st_mode & S_ISVTX)) {
        snprintf(buf, sizeof buf,
                 "socket directory %s is world-writable without the sticky bit (mode %04o): "
                 "another user could replace the socket; use a private directory",
                 dir, (unsigned)(st.st_mode & 07777));
        *cause = xstrdup(buf);
        return -1;
    }
    if (st.st_uid != geteuid() && st.st_uid != 0) {
        snprintf(buf, sizeof buf,
                 "socket directory %s belongs to uid %lu, not to this user (uid %lu) or root: "
                 "refusing to put the socket there",
                 dir, (unsigned long)st.st_uid, (unsigned long)geteuid());
        *cause = xstrdup(buf);
        return -1;
    }
    return 0;
}

/* Bind the Unix socket, replacing a stale one and refusing a live one. */
static int server_listen_unix(struct server *s, char **cause)
{
    struct tenured *td = s->td;
    const char *path = td->cfg.socket;
    struct sockaddr_un sun;
    char buf[512];

    if (strlen(path) >= sizeof sun.sun_path) {
        snprintf(buf, sizeof buf, "socket path too long: %s", path);
        *cause = xstrdup(buf);
        return -1;
    }
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
    memcpy(sun.sun_path, path, strlen(path) + 1);

    if (server_socket_dir(path, cause) != 0)
        return -1;
    struct stat st;
    if (lstat(path, &st) == 0) {
        if (!S_ISSOCK(st.st_mode)) {
            snprintf(buf, sizeof buf, "%s exists and is not a socket; not touching it", path);
            *cause = xstrdup(buf);
            return -1;
        }
        int probe = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (probe < 0) {
            snprintf(buf, sizeof buf, "socket: %s", strerror(errno));
            *cause = xstrdup(buf);
            return -1;
        }
        int live = connect(probe, (struct sockaddr *)&sun, sizeof sun) == 0;
        if (close(probe) != 0)
            log_warn("close of the probe socket: %s", strerror(errno));
        if (live) {
            snprintf(buf, sizeof buf, "another daemon is listening on %s", path);
            *cause = xstrdup(buf);
            return -1;
        }
        if (unlink(path) != 0) {
            snprintf(buf, sizeof buf, "cannot remove stale socket %s: %s", path, strerror(errno));
            *cause = xstrdup(buf);
            return -1;
        }
        log_info("removed stale socket %s", path);
    }

    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        snprintf(buf, sizeof buf, "socket: %s", strerror(errno));
        *cause = xstrdup(buf);
        return -1;
    }
    /* The umask makes the socket born with its mode: no window in which a
     * wider mode lets another user connect. */
    mode_t old = umask(~(mode_t)td->cfg.socket_mode & 0777);
    int rc = bind(fd, (struct sockaddr *)&sun, sizeof sun);
    umask(old);
    if (rc != 0) {
        snprintf(buf, sizeof buf, "bind %s: %s", path, strerror(errno));
        goto close_fd;
    }
    s->socket_bound = 1;
    if (chmod(path, (mode_t)td->cfg.socket_mode) != 0) {
        snprintf(buf, sizeof buf, "chmod %s: %s", path, strerror(errno));
        goto close_fd;
    }
    if (listen(fd, 512) != 0) {
        snprintf(buf, sizeof buf, "listen %s: %s", path, strerror(errno));
        goto close_fd;
    }
    s->unix_listener =
        evconnlistener_new(td->base, server_accept_cb, s, LEV_OPT_CLOSE_ON_FREE, 0, fd);
    if (!s->unix_listener) {
        snprintf(buf, sizeof buf, "evconnlistener_new failed for %s", path);
        goto close_fd;
    }
    evconnlistener_set_error_cb(s->unix_listener, server_accept_error_cb);
    log_info("listening on %s (mode %04o)", path, td->cfg.socket_mode);
    return 0;

close_fd:
    if (close(fd) != 0)
        log_warn("close of the listening socket: %s", strerror(errno));
    *cause = xstrdup(buf);
    return -1;
}

/* Whether an address is loopback (127/8, ::1, or ::ffff:127/104). */
int server_addr_loopback(const struct sockaddr *sa)
{
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        return (ntohl(in->sin_addr.s_addr) >> 24) == 127;
    }
    if (sa->sa_family == AF_INET6) {
        const struct in6_addr *a = &((const struct sockaddr_in6 *)sa)->sin6_addr;
        if (IN6_IS_ADDR_LOOPBACK(a))
            return 1;
        return IN6_IS_ADDR_V4MAPPED(a) && a->s6_addr[12] == 127;
    }
    return 0;
}

int server_resolve_tcp(const char *spec, struct addrinfo **ai, char **cause)
{
    char host[256], port[16], buf[512];
    const char *colon = strrchr(spec, ':');
    const char *p = colon ? colon + 1 : spec;
    size_t hl = colon ? (size_t)(colon - spec) : 0;

    if (hl >= sizeof host || !*p || strlen(p) >= sizeof port) {
        snprintf(buf, sizeof buf, "%s: expected HOST:PORT or PORT", spec);
        *cause = xstrdup(buf);
        return -1;
    }
    memcpy(host, spec, hl);
    host[hl] = '\0';
    if (hl == 0)
        snprintf(host, sizeof host, "127.0.0.1");
    if (host[0] == '[' && hl > 1 && host[hl - 1] == ']') {
        memmove(host, host + 1, hl - 2);
        host[hl - 2] = '\0';
    }
    snprintf(port, sizeof port, "%s", p);
    struct addrinfo hints = {0};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    int rc = getaddrinfo(host, port, &hints, ai);
    if (rc != 0) {
        snprintf(buf, sizeof buf, "%s: %s", spec, gai_strerror(rc));
        *cause = xstrdup(buf);
        return -1;
    }
    return 0;
}

/* Listen on TCP HOST:PORT; a bare PORT (or ":PORT") means loopback. */
static int server_listen_tcp(struct server *s, char **cause)
{
    struct tenured *td = s->td;
    char buf[512];
    const char *spec = td->cfg.listen;
    struct addrinfo *ai;
    char *why = NULL;

    if (server_resolve_tcp(spec, &ai, &why) != 0) {
        snprintf(buf, sizeof buf, "listen %s", why ? why : spec);
        free(why);
        *cause = xstrdup(buf);
        return -1;
    }
    /* Protected mode (redis): TCP needs a token, and an address other
     * machines can reach needs the operator to say so. */
    if (!td->auth_token) {
        freeaddrinfo(ai);
        snprintf(buf, sizeof buf,
                 "listen %s needs auth_token_file: TCP clients must authenticate (the Unix "
                 "socket's mode does not protect TCP)",
                 spec);
        *cause = xstrdup(buf);
        return -1;
    }
    if (!server_addr_loopback(ai->ai_addr) && !td->cfg.listen_public) {
        freeaddrinfo(ai);
        snprintf(buf, sizeof buf,
                 "listen %s is not a loopback address: set \"listen_public yes\" to accept "
                 "connections from other machines",
                 spec);
        *cause = xstrdup(buf);
        return -1;
    }
    /* The address as resolved, for the log line ("127.0.0.1:17001"). */
    char host[NI_MAXHOST], port[NI_MAXSERV];
    if (getnameinfo(ai->ai_addr, ai->ai_addrlen, host, sizeof host, port, sizeof port,
                    NI_NUMERICHOST | NI_NUMERICSERV) != 0) {
        snprintf(host, sizeof host, "%s", spec);
        port[0] = '\0';
    }
    s->tcp_listener =
        evconnlistener_new_bind(td->base, server_accept_cb, s,
                                LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC,
                                512, ai->ai_addr, (int)ai->ai_addrlen);
    freeaddrinfo(ai);
    if (!s->tcp_listener) {
        snprintf(buf, sizeof buf, "listen %s: %s", spec, strerror(errno));
        *cause = xstrdup(buf);
        return -1;
    }
    evconnlistener_set_error_cb(s->tcp_listener, server_accept_error_cb);
    log_info("listening on tcp %s%s%s", host, port[0] ? ":" : "", port);
    return 0;
}

/* ------------------------------------------------------------- signals */

/* End the event loop (event_base_loopbreak if loopexit cannot queue). */
static void server_loop_exit(struct tenured *td)
{
    if (event_base_loopexit(td->base, NULL) != 0 && event_base_loopbreak(td->base) != 0)
        log_error("cannot end the event loop");
}

/* Shutdown progress: wait for in-flight work, then for replies to drain. */
static void server_shutdown_tick(evutil_socket_t fd, short what, void *arg)
{
    struct server *s = arg;
    struct tenured *td = s->td;
    if (td->inflight > 0)
        return;
    if (!s->drain_started) {
        s->drain_started = time(NULL);
        struct conn *c, *next;
        for (c = TAILQ_FIRST(&s->conns); c; c = next) {
            next = TAILQ_NEXT(c, all);
            server_conn_close_after_flush(c);
        }
    }
    if (TAILQ_EMPTY(&s->conns) || time(NULL) - s->drain_started > SERVER_DRAIN_SECONDS) {
        if (event_del(s->shutdown_timer) != 0)
            log_warn("event_del of the shutdown timer failed");
        server_loop_exit(td);
    }
}

/* SIGTERM / SIGINT. */
static void server_sig_stop(evutil_socket_t sig, short what, void *arg)
{
    struct server *s = arg;
    struct tenured *td = s->td;
    if (td->shutting_down)
        return;
    td->shutting_down = 1;
    log_info("signal %d: shutting down (%u request(s) in flight)", (int)sig, td->inflight);
    if (s->unix_listener && evconnlistener_disable(s->unix_listener) != 0)
        log_warn("cannot stop accepting on the Unix socket");
    if (s->tcp_listener && evconnlistener_disable(s->tcp_listener) != 0)
        log_warn("cannot stop accepting on the TCP listener");
    struct timeval tv = {0, 20000};
    s->shutdown_timer = event_new(td->base, -1, EV_PERSIST, server_shutdown_tick, s);
    if (!s->shutdown_timer || event_add(s->shutdown_timer, &tv) != 0) {
        log_error("cannot arm the shutdown timer; exiting the loop now");
        server_loop_exit(td);
    }
}

/* SIGHUP: reopen the log, reload the lexicon. */
static void server_sig_hup(evutil_socket_t sig, short what, void *arg)
{
    struct server *s = arg;
    struct tenured *td = s->td;
    char *cause = NULL;
    if (log_reopen() != 0)
        log_error("SIGHUP: cannot reopen the log: %s", strerror(errno));
    if (td->config_path) {
        if (config_reload_live(&td->cfg, td->config_path, td->cli_log_level, &cause) != 0) {
            log_error("SIGHUP: configuration not reloaded: %s", cause);
            free(cause);
            cause = NULL;
        } else {
            log_set_level((unsigned)td->cfg.log_level);
            log_info("SIGHUP: reloaded %s (log_level %s, idle_timeout %llu, max_clients %llu)",
                     td->config_path, config_log_level_name((unsigned)td->cfg.log_level),
                     (unsigned long long)td->cfg.idle_timeout,
                     (unsigned long long)td->cfg.max_clients);
        }
    }
    log_info("SIGHUP: reloading the lexicon from %s", s->td->cfg.lexicon_dir);
    if (lexicon_reload(s->td, &cause) != 0) {
        log_error("SIGHUP: lexicon not reloaded, keeping the old one: %s", cause);
        free(cause);
    }
}

/* Listen and install signal handlers. */
struct server *server_start(struct tenured *td, char **cause)
{
    struct server *s = xcalloc(1, sizeof *s);
    s->td = td;
    td->server = s;
    TAILQ_INIT(&s->conns);
    if (server_listen_unix(s, cause) != 0)
        goto server_free;
    if (td->cfg.listen && *td->cfg.listen && server_listen_tcp(s, cause) != 0)
        goto server_free;
    s->sig_term = evsignal_new(td->base, SIGTERM, server_sig_stop, s);
    s->sig_int = evsignal_new(td->base, SIGINT, server_sig_stop, s);
    s->sig_hup = evsignal_new(td->base, SIGHUP, server_sig_hup, s);
    if (!s->sig_term || !s->sig_int || !s->sig_hup || evsignal_add(s->sig_term, NULL) != 0 ||
        evsignal_add(s->sig_int, NULL) != 0 || evsignal_add(s->sig_hup, NULL) != 0) {
        *cause = xstrdup("cannot install signal handlers (evsignal_add failed)");
        goto server_free;
    }
    struct timeval trim = {SERVER_TRIM_SECONDS, 0};
    s->trim_timer = event_new(td->base, -1, EV_PERSIST, server_trim_tick, td);
    if (!s->trim_timer || event_add(s->trim_timer, &trim) != 0) {
        *cause = xstrdup("cannot arm the memory housekeeping timer (event_add failed)");
        goto server_free;
    }
    return s;

server_free:
    server_free(s);
    return NULL;
}

/* Remove the socket file we created. */
void server_unlink_socket(struct tenured *td)
{
    struct server *s = td->server;
    if (s && s->socket_bound) {
        if (unlink(td->cfg.socket) != 0 && errno != ENOENT)
            log_warn("cannot remove %s: %s", td->cfg.socket, strerror(errno));
        s->socket_bound = 0;
    }
}

/* Free listeners, signals and any connection left. */
void server_free(struct server *s)
{
    if (!s)
        return;
    struct conn *c;
    while ((c = TAILQ_FIRST(&s->conns)))
        server_conn_close(c);
    if (s->unix_listener)
        evconnlistener_free(s->unix_listener);
    if (s->tcp_listener)
        evconnlistener_free(s->tcp_listener);
    if (s->sig_term)
        event_free(s->sig_term);
    if (s->sig_int)
        event_free(s->sig_int);
    if (s->sig_hup)
        event_free(s->sig_hup);
    if (s->shutdown_timer)
        event_free(s->shutdown_timer);
    if (s->accept_timer)
        event_free(s->accept_timer);
    if (s->trim_timer)
        event_free(s->trim_timer);
    server_unlink_socket(s->td);
    s->td->server = NULL;
    free(s);
}
