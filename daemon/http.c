/*
 * http.c — the read-only HTTP listener (libevent's evhttp), off by default.
 *
 * Owns the http_listen / http_public directives' effect (bind, refuse a
 * non-loopback address unless http_public), the limits (header and body
 * sizes, URI length, idle timeout), routing, and the JSON API:
 *   GET|HEAD /api/<method>?field=value...   the result of a READ method,
 * its query string typed by the method's parameter shape in methods.def
 * (s as is; i a decimal integer; b true/false/1/0/yes/no, empty = true;
 * a repeated keys or one JSON array; o one JSON object), run through
 * rpc_read_call (daemon/rpc.c): the same handler, read transaction and
 * reply cache as the socket.  Methods that write answer 405; they are
 * never called.  Errors are {"error":{"code":C,"message":M}} with an HTTP
 * status for the code.  OPTIONS answers the allowed verbs.  Pages
 * (http_pages.c) and /reconcile (http_reconcile.c) route from here.
 * Does not own any answer's content.
 */
#include "http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/http_struct.h>
#include <event2/listener.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "log.h"
#include "tenure/params.h"
#include "tenured.h"
#include "xmalloc.h"

/* Longest request URI (path and query): past it, 414. */
#define HTTP_MAX_URI 8192
/* Request line plus headers: past it, libevent answers 413 (kept above
 * HTTP_MAX_URI so a long URI gets its own 414). */
#define HTTP_MAX_HEADERS 16384
/* A POST body (only /reconcile takes one): past it, 413. */
#define HTTP_MAX_BODY (1024 * 1024)

struct http {
    struct tenured *td;
    struct evhttp *eh;
    struct evconnlistener *listener;
};

/* methods.def, as this file needs it: name, kind, parameter shape, and
 * whether the reply cache (hence an ETag) applies. */
struct http_method {
    const char *name;
    enum tenure_method_kind kind;
    const char *shape;
    int cached;
};
static struct http_method http_methods[] = {
#define TENURE_METHOD(n, sym, k, shp, sum) {n, TENURE_KIND_##k, shp, 0},
#include "tenure/methods.def"
#undef TENURE_METHOD
};
#define HTTP_NMETHODS (sizeof http_methods / sizeof http_methods[0])
#define TENURE_METHOD(n, sym, k, shp, sum)
#define TENURE_CACHED(n) n,
static const char *const http_cached[] = {
#include "tenure/methods.def"
};
#undef TENURE_CACHED
#undef TENURE_METHOD

static struct http_method *http_method_find(const char *name)
{
    for (size_t i = 0; i < HTTP_NMETHODS; i++)
        if (strcmp(http_methods[i].name, name) == 0)
            return &http_methods[i];
    return NULL;
}

/* ------------------------------------------------------------ replies */

int http_status_of(int code)
{
    switch (code) {
    case TENURE_E_PARSE_ERROR:
    case TENURE_E_INVALID_REQUEST:
    case TENURE_E_INVALID_PARAMS:
    case TENURE_E_BAD_TEXT:
        return 400;
    case TENURE_E_METHOD_NOT_FOUND:
    case TENURE_E_NOT_FOUND:
        return 404;
    case TENURE_E_TOO_LARGE:
        return 413;
    case TENURE_E_BUSY:
    case TENURE_E_SHUTTING_DOWN:
        return 503;
    default:
        return 500;
    }
}

static const char *http_reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Internal Server Error";
    }
}

/* Add a response header; a failure only costs the header (logged). */
static void http_header(struct evhttp_request *req, const char *key, const char *value)
{
    if (evhttp_add_header(evhttp_request_get_output_headers(req), key, value) != 0)
        log_warn("http: cannot add header %s", key);
}

/*
 * Write a reply now, in the loop turn that read its request.  evhttp only
 * queues it: it arms the connection's write event, and the reply goes out
 * one epoll round later, with the write event switched on and off again
 * (docs/PERFORMANCE.md, "Session 24: an HTTP reply written in its own
 * turn").  Here the queued bytes are written straight away, as the socket
 * does, and when nothing is left evhttp's own write-done step is scheduled
 * as a deferred callback of this loop turn: it frees the request and reads
 * the next one exactly as after the write event, outside this call stack.
 * Whatever the socket does not take now (a full buffer, an error) stays
 * queued for the write event, which finishes it or reports the error.
 */
static void http_write_now(struct evhttp_connection *evcon)
{
    struct bufferevent *bev = evcon ? evhttp_connection_get_bufferevent(evcon) : NULL;
    if (!bev)
        return;
    struct evbuffer *out = bufferevent_get_output(bev);
    evutil_socket_t fd = bufferevent_getfd(bev);
    if (fd < 0 || evbuffer_get_length(out) == 0)
        return;
    /* a socket bufferevent keeps its output's front frozen: only its own
     * write callback drains it, thawing it for the write */
    if (evbuffer_unfreeze(out, 1) != 0)
        return;
    int n = evbuffer_write(out, fd);
    if (evbuffer_freeze(out, 1) != 0)
        log_warn("http: cannot freeze a reply buffer again");
    if (n > 0 && evbuffer_get_length(out) == 0)
        bufferevent_trigger(bev, EV_WRITE, BEV_TRIG_DEFER_CALLBACKS);
}

void http_reply(struct evhttp_request *req, int status, const char *type, const char *cache,
                struct evbuffer *body)
{
    if (type)
        http_header(req, "Content-Type", type);
    if (cache)
        http_header(req, "Cache-Control", cache);
    http_header(req, "X-Content-Type-Options", "nosniff");
    if (type && strncmp(type, "text/html", 9) == 0)
        /* Pages are self-contained: no script, nothing fetched elsewhere. */
        http_header(req, "Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                    "form-action 'self'; base-uri 'none'");
    struct evhttp_connection *evcon = evhttp_request_get_connection(req);
    evhttp_send_reply(req, status, http_reason(status), body);
    http_write_now(evcon);
}

void http_reply_error(struct evhttp_request *req, int status, int code, const char *message)
{
    /* a message quoting the request ("no post matches \"…\"") may carry
     * its invalid UTF-8: each bad byte becomes '?', so the answer is JSON */
    char *clean = NULL;
    if (message && tx_utf8_invalid_offset(message, strlen(message)) >= 0) {
        clean = xstrdup(message);
        long bad;
        size_t n = strlen(clean);
        while ((bad = tx_utf8_invalid_offset(clean, n)) >= 0)
            clean[bad] = '?';
        message = clean;
    }
    json_t *o = json_pack("{s:{s:i,s:s?}}", "error", "code", code, "message", message);
    free(clean);
    char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    struct evbuffer *b = evbuffer_new();
    if (!b) {
        free(s);
        evhttp_send_error(req, 500, NULL);
        return;
    }
    if (!s || evbuffer_add(b, s, strlen(s)) != 0 || evbuffer_add(b, "\n", 1) != 0)
        log_warn("http: cannot build an error reply");
    free(s);
    http_header(req, "Access-Control-Allow-Origin", "*");
    http_reply(req, status, HTTP_JSON, "no-store", b);
    evbuffer_free(b);
}

json_t *http_call(struct tenured *td, const char *method, json_t *params, rpc_error *err)
{
    size_t len;
    char *text = rpc_read_call(td, method, params, &len, err);
    json_decref(params);
    if (!text)
        return NULL;
    json_error_t jerr;
    json_t *res = json_loadb(text, len, JSON_DECODE_ANY, &jerr);
    free(text);
    if (!res)
        rpc_error_set(err, TENURE_E_INTERNAL_ERROR, "internal error: %s", jerr.text);
    return res;
}

const char *http_arg(struct evkeyvalq *q, const char *key)
{
    return q ? evhttp_find_header(q, key) : NULL;
}

void http_base_url(struct tenured *td, struct evhttp_request *req, char *buf, size_t cap)
{
    const char *host = evhttp_find_header(evhttp_request_get_input_headers(req), "Host");
    int ok = host && *host && strlen(host) < 200;
    for (const char *p = host; ok && *p; p++)
        ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
             strchr(".-:[]", *p);
    snprintf(buf, cap, "http://%s", ok ? host : td->cfg.http_listen);
}

/* ------------------------------------------------------------- the API */

/* The type letter of field key in a shape (tenure/params.h), or 0. */
static char http_field_type(const char *shape, const char *key)
{
    struct tenure_param f;
    return tenure_param_find(shape, key, &f) == 1 ? f.type : 0;
}

/* One query value as the JSON its field's type wants, into params; -1
 * with msg on a value that cannot be that type. */
static int http_param(json_t *params, const char *key, const char *value, char type, char *msg,
                      size_t cap)
{
    json_t *v = NULL;
    json_t *old = json_object_get(params, key);
    if (old && type != 'a') {
        snprintf(msg, cap, "invalid params: field '%.64s' given twice", key);
        return -1;
    }
    switch (type) {
    case 'i': {
        char *end;
        errno = 0;
        long long n = strtoll(value, &end, 10);
        if (!*value || *end || errno) {
            snprintf(msg, cap, "invalid params: field '%.64s' must be an integer", key);
            return -1;
        }
        v = json_integer(n);
        break;
    }
    case 'b':
        if (!*value || !strcmp(value, "1") || !strcmp(value, "true") || !strcmp(value, "yes") ||
            !strcmp(value, "on"))
            v = json_true();
        else if (!strcmp(value, "0") || !strcmp(value, "false") || !strcmp(value, "no") ||
                 !strcmp(value, "off"))
            v = json_false();
        else {
            snprintf(msg, cap, "invalid params: field '%.64s' must be true or false", key);
            return -1;
        }
        break;
    case 'o':
    case 'a':
        if (*value == (type == 'o' ? '{' : '[')) {
            v = json_loads(value, 0, NULL);
            if (!v || (type == 'o' ? !json_is_object(v) : !json_is_array(v))) {
                json_decref(v);
                snprintf(msg, cap, "invalid params: field '%.64s' must be JSON %s", key,
                         type == 'o' ? "object" : "array");
                return -1;
            }
            if (old) {
                json_decref(v);
                snprintf(msg, cap, "invalid params: field '%.64s' given twice", key);
                return -1;
            }
            break;
        }
        if (type == 'o') {
            snprintf(msg, cap, "invalid params: field '%.64s' must be a JSON object", key);
            return -1;
        }
        if (!(v = json_string(value))) {
            snprintf(msg, cap, "invalid params: field '%.64s' is not valid UTF-8", key);
            return -1;
        }
        if (old) {
            if (!json_is_array(old) || json_array_append_new(old, v) != 0) {
                snprintf(msg, cap, "invalid params: field '%.64s' given twice", key);
                return -1;
            }
            return 0;
        }
        json_t *arr = json_array();
        json_array_append_new(arr, v);
        v = arr;
        break;
    default: /* 's', and unknown fields: the shape check names them */
        if (!(v = json_string(value))) {
            snprintf(msg, cap, "invalid params: field '%.64s' is not valid UTF-8", key);
            return -1;
        }
    }
    if (json_object_set_new(params, key, v) != 0) {
        snprintf(msg, cap, "invalid params: bad field name");
        return -1;
    }
    return 0;
}

/* evbuffer cleanup of a referenced result text. */
static void http_free_text(const void *data, size_t len, void *extra)
{
    (void)len;
    (void)extra;
    free((void *)data);
}

/* GET /api/<name>?... */
static void http_api(struct tenured *td, struct evhttp_request *req, const char *name,
                     struct evkeyvalq *args)
{
    struct http_method *m = http_method_find(name);
    char msg[256];
    if (!m) {
        snprintf(msg, sizeof msg, "method not found: %.64s", name);
        http_reply_error(req, 404, TENURE_E_METHOD_NOT_FOUND, msg);
        return;
    }
    if (m->kind == TENURE_KIND_CPU) {
        snprintf(msg, sizeof msg, "%.64s is only available on the socket", name);
        http_reply_error(req, 404, TENURE_E_METHOD_NOT_FOUND, msg);
        return;
    }
    if (m->kind != TENURE_KIND_READ) {
        snprintf(msg, sizeof msg, "%.64s writes the store: not over HTTP (use the socket)", name);
        http_header(req, "Allow", "OPTIONS");
        http_reply_error(req, 405, TENURE_E_METHOD_NOT_FOUND, msg);
        return;
    }
    json_t *params = json_object();
    struct evkeyval *kv;
    TAILQ_FOREACH(kv, args, next)
    {
        if (http_param(params, kv->key, kv->value, http_field_type(m->shape, kv->key), msg,
                       sizeof msg) != 0) {
            json_decref(params);
            http_reply_error(req, 400, TENURE_E_INVALID_PARAMS, msg);
            return;
        }
    }
    /* stats over HTTP never shows the configuration: it names the data
     * directory, socket and token file, and HTTP has no authentication */
    if (strcmp(m->name, "stats") == 0)
        json_object_set_new(params, "config", json_false());
    char etag[64];
    snprintf(etag, sizeof etag, "W/\"%llx-%llx\"", (unsigned long long)td->started,
             (unsigned long long)atomic_load(&td->generation));
    if (m->cached) {
        const char *inm =
            evhttp_find_header(evhttp_request_get_input_headers(req), "If-None-Match");
        http_header(req, "ETag", etag);
        http_header(req, "Access-Control-Allow-Origin", "*");
        if (inm && strcmp(inm, etag) == 0) {
            json_decref(params);
            http_reply(req, 304, NULL, "no-cache", NULL);
            return;
        }
    }
    rpc_error err = {0};
    size_t len;
    char *text = rpc_read_call(td, m->name, params, &len, &err);
    json_decref(params);
    if (!text) {
        if (m->cached)
            evhttp_remove_header(evhttp_request_get_output_headers(req), "ETag");
        http_reply_error(req, http_status_of(err.code), err.code, err.message);
        rpc_error_clear(&err);
        return;
    }
    struct evbuffer *b = evbuffer_new();
    /* the buffer owns text from here: freed once written */
    if (!b || evbuffer_add_reference(b, text, len, http_free_text, NULL) != 0 ||
        evbuffer_add(b, "\n", 1) != 0) {
        if (b)
            evbuffer_free(b);
        else
            free(text);
        http_reply_error(req, 500, TENURE_E_INTERNAL_ERROR, "out of memory");
        return;
    }
    if (!m->cached)
        http_header(req, "Access-Control-Allow-Origin", "*");
    /* ping and stats describe the daemon at this instant: never reuse */
    http_reply(req, 200, HTTP_JSON, m->cached ? "no-cache" : "no-store", b);
    evbuffer_free(b);
}

/* ------------------------------------------------------------- routing */

/* Parse a POST form body (application/x-www-form-urlencoded) into args. */
static int http_form(struct evhttp_request *req, struct evkeyvalq *args)
{
    struct evbuffer *in = evhttp_request_get_input_buffer(req);
    size_t n = evbuffer_get_length(in);
    if (n == 0)
        return 0;
    char *body = xmalloc(n + 1);
    if (evbuffer_remove(in, body, n) != (ev_ssize_t)n) {
        free(body);
        return -1;
    }
    body[n] = '\0';
    int rc = strlen(body) == n ? evhttp_parse_query_str(body, args) : -1;
    free(body);
    return rc;
}

static void http_cb(struct evhttp_request *req, void *arg)
{
    struct http *h = arg;
    struct tenured *td = h->td;
    enum evhttp_cmd_type cmd = evhttp_request_get_command(req);
    const char *uri = evhttp_request_get_uri(req);

    /* HTTP/1.0 and 1.1 only.  evhttp takes any "HTTP/d.d" and answers in
     * the request's version ("HTTP/0.1 200 OK"): refuse the others with 505,
     * answered as HTTP/1.1 so that the client can read the refusal. */
    if (req->major != 1 || req->minor > 1) {
        req->major = 1;
        req->minor = 1;
        http_header(req, "Connection", "close");
        http_reply_error(req, 505, TENURE_E_INVALID_REQUEST, "HTTP version not supported");
        return;
    }
    if (!uri || strlen(uri) > HTTP_MAX_URI) {
        http_reply_error(req, 414, TENURE_E_TOO_LARGE, "request URI too long");
        return;
    }
    const struct evhttp_uri *u = evhttp_request_get_evhttp_uri(req);
    const char *rawpath = u ? evhttp_uri_get_path(u) : NULL;
    char *path = evhttp_uridecode(rawpath && *rawpath ? rawpath : "/", 0, NULL);
    if (!path || strlen(path) == 0 || path[0] != '/') {
        free(path);
        http_reply_error(req, 400, TENURE_E_INVALID_REQUEST, "bad request path");
        return;
    }
    int reconcile = strncmp(path, "/reconcile", 10) == 0 && (path[10] == '\0' || path[10] == '/');
    const char *allow = reconcile ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS";
    struct evkeyvalq args;
    TAILQ_INIT(&args);
    const char *query = u ? evhttp_uri_get_query(u) : NULL;

    if (cmd == EVHTTP_REQ_OPTIONS) {
        http_header(req, "Allow", allow);
        http_header(req, "Access-Control-Allow-Origin", "*");
        http_header(req, "Access-Control-Allow-Methods", allow);
        http_header(req, "Access-Control-Max-Age", "86400");
        http_reply(req, 204, NULL, "max-age=86400", NULL);
        goto done;
    }
    if (cmd != EVHTTP_REQ_GET && cmd != EVHTTP_REQ_HEAD && !(reconcile && cmd == EVHTTP_REQ_POST)) {
        http_header(req, "Allow", allow);
        http_reply_error(req, 405, TENURE_E_INVALID_REQUEST,
                         "read-only service: use GET (POST only for /reconcile)");
        goto done;
    }
    if ((query && evhttp_parse_query_str(query, &args) != 0) ||
        (cmd == EVHTTP_REQ_POST && http_form(req, &args) != 0)) {
        http_reply_error(req, 400, TENURE_E_INVALID_REQUEST, "malformed query string or form");
        goto done;
    }
    if (td->shutting_down) {
        http_header(req, "Retry-After", "5");
        http_reply_error(req, 503, TENURE_E_SHUTTING_DOWN, "daemon shutting down");
        goto done;
    }
    if (strncmp(path, "/api/", 5) == 0)
        http_api(td, req, path + 5, &args);
    else if (reconcile)
        http_reconcile(td, req, path, &args);
    else if (!http_pages_route(td, req, path, &args))
        http_reply_error(req, 404, TENURE_E_NOT_FOUND, "no such page");
done:
    evhttp_clear_headers(&args);
    free(path);
}

/* ------------------------------------------------------------ listener */

/* Whether an address is loopback (127.0.0.0/8, ::1, v4-mapped 127/8). */
static char *http_cause(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *http_cause(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char *s = xstrdup(buf);
    return s;
}

int http_start(struct tenured *td, char **cause)
{
    const char *spec = td->cfg.http_listen;
    if (!spec || !*spec)
        return 0;
    struct addrinfo *ai;
    char *why = NULL;
    if (server_resolve_tcp(spec, &ai, &why) != 0) {
        *cause = http_cause("http_listen %s", why ? why : spec);
        free(why);
        return -1;
    }
    if (!server_addr_loopback(ai->ai_addr) && !td->cfg.http_public) {
        freeaddrinfo(ai);
        *cause = http_cause("http_listen %s: not a loopback address; set http_public yes to "
                            "serve it to the network",
                            spec);
        return -1;
    }
    struct http *h = xcalloc(1, sizeof *h);
    h->td = td;
    h->listener = evconnlistener_new_bind(
        td->base, NULL, NULL, LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC,
        512, ai->ai_addr, (int)ai->ai_addrlen);
    freeaddrinfo(ai);
    if (!h->listener) {
        *cause = http_cause("http_listen %s: %s", spec, strerror(errno));
        free(h);
        return -1;
    }
    if (!(h->eh = evhttp_new(td->base))) {
        evconnlistener_free(h->listener);
        free(h);
        *cause = http_cause("http_listen %s: evhttp_new failed", spec);
        return -1;
    }
    if (!evhttp_bind_listener(h->eh, h->listener)) {
        evconnlistener_free(h->listener);
        evhttp_free(h->eh);
        free(h);
        *cause = http_cause("http_listen %s: evhttp_bind_listener failed", spec);
        return -1;
    }
    evhttp_set_max_headers_size(h->eh, HTTP_MAX_HEADERS);
    evhttp_set_max_body_size(h->eh, HTTP_MAX_BODY);
    if (td->cfg.idle_timeout)
        evhttp_set_timeout(h->eh, (int)td->cfg.idle_timeout);
    /* Every verb reaches http_cb, which answers 405 itself with Allow. */
    evhttp_set_allowed_methods(h->eh, EVHTTP_REQ_GET | EVHTTP_REQ_POST | EVHTTP_REQ_HEAD |
                                          EVHTTP_REQ_PUT | EVHTTP_REQ_DELETE | EVHTTP_REQ_OPTIONS |
                                          EVHTTP_REQ_TRACE | EVHTTP_REQ_CONNECT | EVHTTP_REQ_PATCH);
    evhttp_set_gencb(h->eh, http_cb, h);
    for (size_t i = 0; i < sizeof http_cached / sizeof http_cached[0]; i++) {
        struct http_method *m = http_method_find(http_cached[i]);
        if (m)
            m->cached = 1;
    }
    td->http = h;
    log_info("http listening on %s%s", spec, td->cfg.http_public ? " (public)" : "");
    return 0;
}

void http_free(struct tenured *td)
{
    struct http *h = td->http;
    if (!h)
        return;
    /* evhttp_free closes the bound listener (LEV_OPT_CLOSE_ON_FREE) and
     * every connection. */
    evhttp_free(h->eh);
    free(h);
    td->http = NULL;
}
