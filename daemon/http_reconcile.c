/*
 * http_reconcile.c — the OpenRefine reconciliation service at /reconcile,
 * following the Reconciliation Service API v0.2.
 *
 * Owns the HTTP side of the protocol:
 *   GET|POST /reconcile                  the service manifest
 *   GET|POST /reconcile?queries=JSON     a query batch: the "reconcile"
 *                                        method's answer (registry_reconcile.c)
 *   GET|POST /reconcile?query=...        one query (v0.1 clients)
 *   GET /reconcile/suggest/entity?prefix=P   auto-complete (the "search" method)
 *   GET /reconcile/suggest/type?prefix=P     the three types
 *   GET /reconcile/suggest/property?prefix=P the two properties (post, date)
 *   GET /reconcile/preview?id=person/N   a small HTML card (http_pages.c)
 * Identifiers are the web pages' paths ("person/N", "post/N", "org/N"), so
 * identifierSpace + id is the page and the manifest's view URL is
 * BASE/{{id}}.  Does not own scoring (registry_reconcile.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http.h"
#include "log.h"
#include "tenured.h"

/* Send a JSON value (stolen) as a 200 answer. */
static void rec_send(struct evhttp_request *req, json_t *v)
{
    char *s = v ? json_dumps(v, JSON_COMPACT) : NULL;
    json_decref(v);
    struct evbuffer *b = evbuffer_new();
    if (!s || !b || evbuffer_add(b, s, strlen(s)) != 0 || evbuffer_add(b, "\n", 1) != 0) {
        free(s);
        if (b)
            evbuffer_free(b);
        http_reply_error(req, 500, TENURE_E_INTERNAL_ERROR, "out of memory");
        return;
    }
    free(s);
    if (evhttp_add_header(evhttp_request_get_output_headers(req), "Access-Control-Allow-Origin",
                          "*") != 0)
        log_warn("http: cannot add a header");
    http_reply(req, 200, HTTP_JSON, "no-cache", b);
    evbuffer_free(b);
}

static json_t *rec_manifest(struct tenured *td, struct evhttp_request *req)
{
    char base[300], buf[400], ids[320], schema[320], preview[400];
    http_base_url(td, req, base, sizeof base);
    snprintf(ids, sizeof ids, "%s/", base);
    snprintf(schema, sizeof schema, "%s/schema/", base);
    snprintf(buf, sizeof buf, "%s/{{id}}", base);
    snprintf(preview, sizeof preview, "%s/reconcile/preview?id={{id}}", base);
    json_t *svc =
        json_pack("{s:s,s:s}", "service_url", base, "service_path", "/reconcile/suggest/entity");
    json_t *types =
        json_pack("{s:s,s:s}", "service_url", base, "service_path", "/reconcile/suggest/type");
    json_t *props =
        json_pack("{s:s,s:s}", "service_url", base, "service_path", "/reconcile/suggest/property");
    return json_pack(
        "{s:[s,s],s:s,s:s,s:s,s:s,s:[{s:s,s:s},{s:s,s:s},{s:s,s:s}],s:{s:s},s:{s:s,s:i,s:i},"
        "s:{s:o,s:o,s:o}}",
        "versions", "0.1", "0.2", "name", "tenure: Vietnamese officials and their posts",
        "identifierSpace", ids, "schemaSpace", schema, "serviceVersion", TENURE_VERSION,
        "defaultTypes", "id", "Person", "name", "Person", "id", "Post", "name", "Post", "id",
        "Organization", "name", "Organization", "view", "url", buf, "preview", "url", preview,
        "width", 420, "height", 180, "suggest", "entity", svc, "type", types, "property", props);
}

/* A query batch (queries=JSON object), or one query (query=text or a JSON
 * object: v0.1). */
static void rec_queries(struct tenured *td, struct evhttp_request *req, const char *queries,
                        const char *query)
{
    json_error_t jerr;
    json_t *batch;
    int single = 0;
    if (queries) {
        batch = json_loads(queries, JSON_REJECT_DUPLICATES, &jerr);
        if (!json_is_object(batch)) {
            json_decref(batch);
            char msg[300];
            snprintf(msg, sizeof msg, "queries: expected a JSON object of queries (%s)", jerr.text);
            http_reply_error(req, 400, TENURE_E_INVALID_PARAMS, msg);
            return;
        }
    } else {
        json_t *q = *query == '{' ? json_loads(query, JSON_REJECT_DUPLICATES, &jerr)
                                  : json_pack("{s:s?}", "query", query);
        if (!json_is_object(q)) {
            json_decref(q);
            http_reply_error(req, 400, TENURE_E_INVALID_PARAMS,
                             "query: expected text or a JSON object");
            return;
        }
        batch = json_pack("{s:o}", "q", q);
        single = 1;
    }
    rpc_error err = {0};
    json_t *r = http_call(td, "reconcile", json_pack("{s:o}", "queries", batch), &err);
    if (!r) {
        http_reply_error(req, http_status_of(err.code), err.code, err.message);
        rpc_error_clear(&err);
        return;
    }
    if (single) {
        json_t *one = json_incref(json_object_get(r, "q"));
        json_decref(r);
        r = one;
    }
    rec_send(req, r);
}

/* Entity suggestions: the search method's people, posts, organizations. */
static void rec_suggest_entity(struct tenured *td, struct evhttp_request *req, const char *prefix)
{
    json_t *out = json_array();
    if (prefix && *prefix) {
        rpc_error err = {0};
        json_t *p = json_pack("{s:s?,s:i}", "text", prefix, "limit", 10);
        json_t *r = p ? http_call(td, "search", p, &err) : NULL;
        if (!r && err.code != TENURE_E_NOT_FOUND) {
            json_decref(out);
            http_reply_error(req, p ? http_status_of(err.code) : 400,
                             p ? err.code : TENURE_E_INVALID_PARAMS,
                             p ? err.message : "prefix is not valid UTF-8");
            rpc_error_clear(&err);
            return;
        }
        rpc_error_clear(&err);
        json_t *x;
        size_t i;
        json_array_foreach(json_object_get(r, "results"), i, x)
        {
            const char *kind = json_string_value(json_object_get(x, "kind"));
            const char *path = "org", *type = "Organization";
            if (kind && !strcmp(kind, "person"))
                path = "person", type = "Person";
            else if (kind && !strcmp(kind, "post"))
                path = "post", type = "Post";
            char id[40];
            snprintf(id, sizeof id, "%s/%lld", path,
                     (long long)json_integer_value(json_object_get(x, "id")));
            json_array_append_new(out, json_pack("{s:s,s:O,s:[{s:s,s:s}]}", "id", id, "name",
                                                 json_object_get(x, "name"), "notable", "id", type,
                                                 "name", type));
        }
        json_decref(r);
    }
    rec_send(req, json_pack("{s:o}", "result", out));
}

/* Type or property suggestions from a fixed list, filtered by prefix. */
static void rec_suggest_list(struct evhttp_request *req, const char *const *list,
                             const char *prefix)
{
    json_t *out = json_array();
    size_t pl = prefix ? strlen(prefix) : 0;
    for (; *list; list += 2)
        if (pl == 0 || strncasecmp(list[1], prefix, pl) == 0 ||
            strncasecmp(list[0], prefix, pl) == 0)
            json_array_append_new(out, json_pack("{s:s,s:s}", "id", list[0], "name", list[1]));
    rec_send(req, json_pack("{s:o}", "result", out));
}

static const char *const rec_types[] = {"Person",       "Person",       "Post", "Post",
                                        "Organization", "Organization", NULL};
static const char *const rec_props[] = {"post", "held post", "date", "at date", NULL};

void http_reconcile(struct tenured *td, struct evhttp_request *req, const char *path,
                    struct evkeyvalq *args)
{
    const char *prefix = http_arg(args, "prefix");
    if (strcmp(path, "/reconcile") == 0 || strcmp(path, "/reconcile/") == 0) {
        const char *queries = http_arg(args, "queries"), *query = http_arg(args, "query");
        if (queries || query)
            rec_queries(td, req, queries, query);
        else
            rec_send(req, rec_manifest(td, req));
    } else if (strcmp(path, "/reconcile/suggest/entity") == 0)
        rec_suggest_entity(td, req, prefix);
    else if (strcmp(path, "/reconcile/suggest/type") == 0)
        rec_suggest_list(req, rec_types, prefix);
    else if (strcmp(path, "/reconcile/suggest/property") == 0)
        rec_suggest_list(req, rec_props, prefix);
    else if (strcmp(path, "/reconcile/preview") == 0)
        http_pages_preview(td, req, http_arg(args, "id"));
    else
        http_reply_error(req, 404, TENURE_E_NOT_FOUND, "no such reconciliation endpoint");
}
