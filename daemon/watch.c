/*
 * watch.c — "watch": connections that stay subscribed to the change feed.
 *
 * Owns the list of watching connections and pushing each tenure change to
 * them as a JSON-RPC notification line:
 *   {"jsonrpc":"2.0","method":"change","params":{...one "changes" record...}}
 * A watch starts when the pipeline has answered a single "watch" request (the
 * handler, m_watch.c, resolved the filters and the starting cursor); from
 * then on a 20 ms loop timer, armed only while someone watches, notices a
 * new store generation (the writer bumps it after every commit that changed
 * the store), reads the feed after each watcher's cursor through the
 * "changes" method (rpc_read_call: the same read path as any request) and
 * queues the matching records behind the connection's replies
 * (server_line_new / server_line_done), so they go out in order with them.
 *
 * A slow watcher never slows ingest: the writer never waits for the loop,
 * and a watcher whose unsent output passes WATCH_MAX_OUTPUT gets one
 * {"method":"watch.end","params":{"reason":...}} line and is closed once it
 * is written.  Closed connections leave the list at the next tick.
 */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "pipeline.h"
#include "tenured.h"
#include "xmalloc.h"

/* Unsent bytes a watcher may have before it is dropped. */
#define WATCH_MAX_OUTPUT (256 * 1024)
/* How often the loop looks for a new generation. */
#define WATCH_TICK_US 20000
/* Records read per "changes" call. */
#define WATCH_BATCH 500

struct watcher {
    struct conn *conn; /* a reference taken */
    json_int_t cursor;
    json_int_t person_id, post_id; /* 0: any */
    struct watcher *next;
};

static struct watcher *watchers;
static struct event *watch_timer;
static uint64_t watch_gen;

/* Queue one line (text without '\n', taken) behind the connection's
 * replies. */
static void watch_push(struct conn *c, char *text)
{
    size_t n = strlen(text);
    char *out = xrealloc(text, n + 2);
    out[n] = '\n';
    out[n + 1] = '\0';
    struct pl_line *ln = server_line_new(c);
    ln->out = out;
    ln->outlen = n + 1;
    ln->done = 1;
    server_line_done(ln);
}

static void watch_notify(struct conn *c, const char *method, json_t *params)
{
    json_t *n = json_pack("{s:s,s:s,s:O}", "jsonrpc", "2.0", "method", method, "params", params);
    char *s = n ? json_dumps(n, JSON_COMPACT) : NULL;
    json_decref(n);
    if (!s)
        abort(); /* params is always an object: a bug, not memory (xmalloc.h) */
    watch_push(c, s);
}

/* Drop a slow watcher: tell it why, then close after that line is sent. */
static void watch_drop_slow(struct watcher *w)
{
    struct conn *c = w->conn;
    json_t *p = json_pack("{s:s,s:I}", "reason",
                          "watcher too slow: unread notifications passed the buffer limit",
                          "cursor", (json_int_t)w->cursor);
    watch_notify(c, "watch.end", p);
    json_decref(p);
    log_info("connection %llu: slow watcher dropped at cursor %lld", (unsigned long long)c->id,
             (long long)w->cursor);
    c->closing = 1;
    server_conn_stop_reading(c);
}

/* Push what one watcher has not seen; 0, or -1 when it was dropped. */
static int watch_feed(struct tenured *td, struct watcher *w)
{
    for (;;) {
        rpc_error err = {0};
        json_t *p = json_pack("{s:I,s:i}", "since", (json_int_t)w->cursor, "limit", WATCH_BATCH);
        size_t len;
        char *text = rpc_read_call(td, "changes", p, &len, &err);
        json_decref(p);
        if (!text) {
            log_warn("watch: reading the change feed: %s", err.message);
            rpc_error_clear(&err);
            return 0; /* try again at the next generation */
        }
        json_t *r = json_loadb(text, len, 0, NULL);
        free(text);
        json_t *ch = json_object_get(r, "changes"), *x;
        size_t i, n = json_array_size(ch);
        json_array_foreach(ch, i, x)
        {
            if ((w->person_id &&
                 json_integer_value(json_object_get(x, "person_id")) != w->person_id) ||
                (w->post_id && json_integer_value(json_object_get(x, "post_id")) != w->post_id))
                continue;
            watch_notify(w->conn, "change", x);
        }
        if (json_is_integer(json_object_get(r, "next")))
            w->cursor = json_integer_value(json_object_get(r, "next"));
        json_decref(r);
        struct conn *c = w->conn;
        if (c->bev && evbuffer_get_length(bufferevent_get_output(c->bev)) > WATCH_MAX_OUTPUT) {
            watch_drop_slow(w);
            return -1;
        }
        if (n < WATCH_BATCH)
            return 0;
    }
}

static void watch_tick(evutil_socket_t fd, short what, void *arg)
{
    struct tenured *td = arg;
    (void)fd;
    (void)what;
    struct watcher **pp = &watchers, *w;
    while ((w = *pp)) { /* closed connections leave */
        if (!w->conn->bev || w->conn->closing) {
            *pp = w->next;
            server_conn_unref(w->conn);
            free(w);
        } else
            pp = &w->next;
    }
    if (!watchers) {
        if (event_del(watch_timer) != 0)
            log_warn("watch: event_del failed");
        return;
    }
    uint64_t gen = atomic_load(&td->generation);
    if (gen == watch_gen)
        return;
    watch_gen = gen;
    for (w = watchers; w; w = w->next)
        if (!w->conn->closing)
            watch_feed(td, w);
}

void watch_add(struct tenured *td, struct conn *c, json_t *res)
{
    if (!watch_timer && !(watch_timer = event_new(td->base, -1, EV_PERSIST, watch_tick, td))) {
        log_error("watch: event_new failed");
        return;
    }
    struct watcher *w = xcalloc(1, sizeof *w);
    w->conn = c;
    c->refs++;
    w->cursor = json_integer_value(json_object_get(res, "since"));
    w->person_id = json_integer_value(json_object_get(res, "person_id"));
    w->post_id = json_integer_value(json_object_get(res, "post_id"));
    w->next = watchers;
    watchers = w;
    /* force a look at the feed on the next tick: changes between the
     * handler's read and now are after the cursor */
    watch_gen = atomic_load(&td->generation) - 1;
    struct timeval tv = {0, WATCH_TICK_US};
    if (!event_pending(watch_timer, EV_TIMEOUT, NULL) && event_add(watch_timer, &tv) != 0)
        log_error("watch: event_add failed");
}

void watch_free(void)
{
    struct watcher *w;
    while ((w = watchers)) {
        watchers = w->next;
        server_conn_unref(w->conn);
        free(w);
    }
    if (watch_timer) {
        event_free(watch_timer);
        watch_timer = NULL;
    }
}
