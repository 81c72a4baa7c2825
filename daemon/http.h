/*
 * http.h — what the HTTP listener's files share (daemon/http*.c only).
 *
 * daemon/http.c owns the listener, routing, the /api/<method> mapping, the
 * limits and the response helpers below; daemon/http_pages.c the HTML
 * pages; daemon/http_reconcile.c the OpenRefine reconciliation service.
 * None of them holds registry logic: every answer comes from a READ method
 * of methods.def through rpc_read_call (daemon/rpc.c).
 */
#ifndef TENURED_HTTP_H
#define TENURED_HTTP_H

#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <jansson.h>

#include "rpc.h"

struct tenured;

/* Content types. */
#define HTTP_JSON "application/json; charset=utf-8"
#define HTTP_HTML "text/html; charset=utf-8"

/* The HTTP status for a tenure error code (400, 404, 413, 503, 500). */
int http_status_of(int code);
/* Send body (may be NULL: empty) with a status, content type and
 * Cache-Control; the buffer is drained. */
void http_reply(struct evhttp_request *req, int status, const char *type, const char *cache,
                struct evbuffer *body);
/* {"error":{"code":C,"message":M}} with status (no-store). */
void http_reply_error(struct evhttp_request *req, int status, int code, const char *message);
/* Run a READ method (params stolen; NULL for none) and parse its answer:
 * a new reference, or NULL with err set. */
json_t *http_call(struct tenured *td, const char *method, json_t *params, rpc_error *err);
/* The value of a query or form key, or NULL. */
const char *http_arg(struct evkeyvalq *q, const char *key);
/* Where the service is reached from the client's side ("http://host:port"),
 * from the Host header (or the listen address): for absolute URLs. */
void http_base_url(struct tenured *td, struct evhttp_request *req, char *buf, size_t cap);

/* http_pages.c */
/* Append s HTML-escaped (& < > " '). */
void html_esc(struct evbuffer *b, const char *s);
/* Append s percent-encoded for a URL query value. */
void html_url(struct evbuffer *b, const char *s);
/* Serve a page route ("/", "/search", "/person/N", "/post/N", "/org"); 0
 * when the path is not a page. */
int http_pages_route(struct tenured *td, struct evhttp_request *req, const char *path,
                     struct evkeyvalq *q);
/* The preview card of a person (used by /reconcile/preview). */
void http_pages_preview(struct tenured *td, struct evhttp_request *req, const char *id);

/* http_reconcile.c */
/* Serve /reconcile, /reconcile/suggest/..., /reconcile/preview (args: the
 * query string, or the form body of a POST, parsed). */
void http_reconcile(struct tenured *td, struct evhttp_request *req, const char *path,
                    struct evkeyvalq *args);

#endif
