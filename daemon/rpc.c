/*
 * rpc.c — JSON-RPC 2.0 dispatch (see rpc.h and tenured.h).
 *
 * Owns parsing a request line, the envelope checks (-32700, -32600), method
 * lookup (-32601), the parameter shapes of methods.def (-32602, naming the
 * field), notifications and batches, choosing where a method runs (READ
 * inline in a read transaction, CPU on the worker pool, WRITE prepared on
 * the pool then applied by the writer in connection order), building
 * replies and completing a line once all its members are answered.
 * Does not own framing or sockets (server.c), threads (workers.c,
 * writer.c) or any method's behaviour (m_*.c).
 *
 * Lines longer than RPC_PARSE_INLINE_MAX (tenured.h) are parsed by a
 * worker (the loop only frames them) and queued on the connection's
 * parsing list with their reply slot; they, and any line behind them, are
 * dispatched in request order as they come back, exactly as inline ones.
 *
 * Ordering within one connection: replies leave in request order (the
 * connection's line queue); writes reach the writer in request order (the
 * connection's write queue); a request that reads the store waits until the
 * connection's earlier writes are complete, so "ingest then article.get"
 * pipelined sees the article.  Members of one batch run concurrently, as
 * JSON-RPC allows.
 *
 * Reply cache: a single request (not a batch member, not a notification)
 * to a method methods.def lists as TENURE_CACHED is looked up by its
 * method and canonical params (sorted keys, compact) in reply_cache.c at
 * the current store generation; a hit is answered by concatenating the
 * envelope around the stored result text, with no Jansson tree, byte for
 * byte the reply the tree would give.  A miss runs the method, serializes
 * its result once, stores it and answers the same way.  Errors are never
 * stored.  The writer bumps the generation after a commit and before its
 * replies, so no client sees an answer older than a write it was told of.
 */
#include "rpc.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "json_writer.h"
#include "reply_cache.h"
#include "store.h"
#include "tenure/params.h"
#include "tenured.h"

#define RPC_MAX_FIELDS 8
/* Longest reply cache key (method, newline, canonical params); longer
 * requests are answered without the cache. */
#define RPC_CACHE_KEY_MAX 1024
/* Longest line read from a connection that has not authenticated yet. */
#define RPC_UNAUTHED_LINE_MAX 4096

struct rpc_method {
    const char *name;
    enum tenure_method_kind kind;
    const char *shape;
    const char *summary;
    json_t *(*read)(struct tenured *, MDB_txn *, json_t *, rpc_error *);
    /* READ, optional: the result written as JSON text (rpc.h) */
    int (*text)(struct tenured *, MDB_txn *, json_t *, struct jw *, rpc_error *);
    json_t *(*cpu)(struct tenured *, json_t *, rpc_error *);
    void *(*prepare)(struct tenured *, json_t *, rpc_error *);
    json_t *(*apply)(struct tenured *, MDB_txn *, json_t *, void *, rpc_error *);
    void (*release)(void *);
    struct tenure_param fields[RPC_MAX_FIELDS];
    size_t nfields;
    int cached;  /* listed by TENURE_CACHED: replies may come from the cache */
    int offloop; /* a READ that scans the store: always on a worker */
    int loopy;   /* a READ of the daemon's own state: always on the loop */
};

#define RPC_ENTRY_READ(sym) .read = m_##sym##_read
#define RPC_ENTRY_CPU(sym) .cpu = m_##sym##_cpu
#define RPC_ENTRY_WRITE(sym)                                                                       \
    .prepare = m_##sym##_prepare, .apply = m_##sym##_apply, .release = m_##sym##_release

static struct rpc_method methods[] = {
#define TENURE_METHOD(n, sym, k, shp, sum)                                                         \
    {.name = n, .kind = TENURE_KIND_##k, .shape = shp, .summary = sum, RPC_ENTRY_##k(sym)},
#include "tenure/methods.def"
#undef TENURE_METHOD
};

#define NMETHODS (sizeof methods / sizeof methods[0])

#define TENURE_METHOD(n, sym, k, shp, sum)
#define TENURE_CACHED(n) n,
static const char *const rpc_cached_names[] = {
#include "tenure/methods.def"
};
#undef TENURE_CACHED
#undef TENURE_METHOD

/* READ methods that also write their result as text (rpc.h): the hottest
 * replies skip building, dumping and freeing a Jansson tree. */
static const struct {
    const char *name;
    int (*text)(struct tenured *, MDB_txn *, json_t *, struct jw *, rpc_error *);
} rpc_text_methods[] = {
    {"who", m_who_text}, {"person", m_person_text}, {"org", m_org_text}, {"search", m_search_text}};

static MDB_txn *rpc_rtxn;             /* the loop's read transaction, reset between requests */
static struct reply_cache *rpc_cache; /* loop only; NULL when disabled */
static int rpc_cache_made;            /* rpc_cache was made from the config */

/* Parse one shape (tenure/params.h) into fields; -1 when malformed, or
 * when a "limit" does not declare its bounds and default (every page size
 * is bounded, and the client reads the same numbers). */
static int rpc_parse_shape(struct rpc_method *m)
{
    const char *p = m->shape;
    struct tenure_param f;
    int rc;
    m->nfields = 0;
    while ((rc = tenure_param_next(&p, &f)) == 1) {
        if (m->nfields == RPC_MAX_FIELDS)
            return -1;
        if (strcmp(f.name, "limit") == 0 && (!f.has_max || !f.has_default))
            return -1;
        m->fields[m->nfields++] = f;
    }
    return rc;
}

/* Parse every shape of methods.def. */
int rpc_init(char **cause)
{
    for (size_t i = 0; i < NMETHODS; i++)
        if (rpc_parse_shape(&methods[i]) != 0) {
            char buf[160];
            snprintf(buf, sizeof buf, "methods.def: bad params shape \"%s\" of %s",
                     methods[i].shape, methods[i].name);
            *cause = strdup(buf);
            return -1;
        }
    for (size_t i = 0; i < sizeof rpc_cached_names / sizeof rpc_cached_names[0]; i++) {
        struct rpc_method *m = NULL;
        for (size_t j = 0; j < NMETHODS && !m; j++)
            if (strcmp(methods[j].name, rpc_cached_names[i]) == 0)
                m = &methods[j];
        if (!m || m->kind != TENURE_KIND_READ) {
            char buf[160];
            snprintf(buf, sizeof buf, "methods.def: TENURE_CACHED(\"%s\") is not a READ method",
                     rpc_cached_names[i]);
            *cause = strdup(buf);
            return -1;
        }
        m->cached = 1;
    }
    for (size_t i = 0; i < sizeof rpc_text_methods / sizeof rpc_text_methods[0]; i++) {
        struct rpc_method *m = NULL;
        for (size_t j = 0; j < NMETHODS && !m; j++)
            if (strcmp(methods[j].name, rpc_text_methods[i].name) == 0)
                m = &methods[j];
        if (!m || m->kind != TENURE_KIND_READ) {
            char buf[160];
            snprintf(buf, sizeof buf, "rpc_text_methods: \"%s\" is not a READ method",
                     rpc_text_methods[i].name);
            *cause = strdup(buf);
            return -1;
        }
        m->text = rpc_text_methods[i].text;
    }
    for (size_t i = 0; i < NMETHODS; i++) {
        methods[i].offloop = strcmp(methods[i].name, "verify") == 0;
        methods[i].loopy = strcmp(methods[i].name, "ping") == 0 ||
                           strcmp(methods[i].name, "stats") == 0 ||
                           strcmp(methods[i].name, "auth") == 0;
    }
    return 0;
}

/* End the loop's read transaction handle (before the environment closes). */
void rpc_finish(void)
{
    watch_free();
    if (rpc_rtxn) {
        mdb_txn_abort(rpc_rtxn);
        rpc_rtxn = NULL;
    }
    reply_cache_free(rpc_cache);
    rpc_cache = NULL;
    rpc_cache_made = 0;
}

/* The reply cache, made on first use from reply_cache_bytes (NULL when
 * that is 0: disabled). */
static struct reply_cache *rpc_cache_get(struct tenured *td)
{
    if (!rpc_cache_made) {
        rpc_cache = reply_cache_new((size_t)td->cfg.reply_cache_bytes);
        rpc_cache_made = 1;
    }
    return rpc_cache;
}

/* The reply cache's counters (zero when disabled), for "stats". */
void rpc_reply_cache_stats(struct reply_cache_stats *out)
{
    reply_cache_stats(rpc_cache, out);
}

/* Number of methods. */
size_t rpc_method_count(void)
{
    return NMETHODS;
}

/* Look a method up by wire name. */
const struct rpc_method *rpc_method_find(const char *name)
{
    for (size_t i = 0; i < NMETHODS; i++)
        if (strcmp(methods[i].name, name) == 0)
            return &methods[i];
    return NULL;
}

/* Name of a JSON type for messages. */
static const char *rpc_type_name(char t)
{
    switch (t) {
    case 's':
        return "a string";
    case 'i':
        return "an integer";
    case 'b':
        return "a boolean";
    case 'o':
        return "an object";
    default:
        return "an array";
    }
}

/* Whether a value has the shape's type. */
static int rpc_type_ok(char t, json_t *v)
{
    switch (t) {
    case 's':
        return json_is_string(v);
    case 'i':
        return json_is_integer(v);
    case 'b':
        return json_is_boolean(v);
    case 'o':
        return json_is_object(v);
    default:
        return json_is_array(v);
    }
}

/* An integer parameter as the handler sees it (rpc.h). */
int rpc_param_int(json_t *params, const char *name)
{
    return (int)json_integer_value(json_object_get(params, name));
}

/* Fill the declared default of every absent field into params (owned by
 * the caller; rpc_check_params accepted it). */
void rpc_params_fill(const struct rpc_method *m, json_t *params)
{
    for (size_t i = 0; i < m->nfields; i++) {
        const struct tenure_param *f = &m->fields[i];
        if (f->has_default && !json_object_get(params, f->name) &&
            json_object_set_new(params, f->name, json_integer((json_int_t)f->dflt)) != 0)
            abort();
    }
}

/* Check params (an object, or NULL for none) against the method's shape. */
int rpc_check_params(const struct rpc_method *m, json_t *params, rpc_error *err)
{
    if (params && !json_is_object(params)) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: params must be an object (named fields)");
        return -1;
    }
    const char *key;
    json_t *v;
    if (params)
        json_object_foreach(params, key, v)
        {
            size_t i;
            for (i = 0; i < m->nfields; i++)
                if (strcmp(m->fields[i].name, key) == 0)
                    break;
            if (i == m->nfields) {
                rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                              "invalid params: unknown field '%.64s' for %s", key, m->name);
                return -1;
            }
        }
    for (size_t i = 0; i < m->nfields; i++) {
        const struct tenure_param *f = &m->fields[i];
        v = params ? json_object_get(params, f->name) : NULL;
        if (!v) {
            if (f->optional)
                continue;
            rpc_error_set(err, TENURE_E_INVALID_PARAMS, "invalid params: missing field '%s'",
                          f->name);
            return -1;
        }
        if (!rpc_type_ok(f->type, v)) {
            rpc_error_set(err, TENURE_E_INVALID_PARAMS, "invalid params: field '%s' must be %s",
                          f->name, rpc_type_name(f->type));
            return -1;
        }
        if (f->type == 'i' && !tenure_param_in_bounds(f, json_integer_value(v))) {
            if (f->has_max)
                rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                              "invalid params: field '%s' must be between %lld and %lld", f->name,
                              f->min, f->max);
            else
                rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                              "invalid params: field '%s' must be at least %lld", f->name, f->min);
            return -1;
        }
    }
    return 0;
}

/* message as valid UTF-8 in buf: every byte of an invalid sequence becomes
 * '?'.  Messages may quote the request (Jansson's parse errors quote the
 * token they stopped at, sometimes half a character), and a JSON string
 * must be UTF-8: without this the reply could not be built at all. */
static const char *rpc_message_utf8(const char *message, char *buf, size_t cap)
{
    size_t n = strlen(message), o = 0, w = 0;
    if (tx_utf8_invalid_offset(message, n) < 0)
        return message;
    while (o < n && w + 1 < cap) {
        long bad = tx_utf8_invalid_offset(message + o, n - o);
        size_t good = bad < 0 ? n - o : (size_t)bad;
        if (good > cap - 1 - w)
            good = cap - 1 - w;
        memcpy(buf + w, message + o, good);
        w += good;
        o += good;
        if (bad < 0 || w + 1 >= cap)
            break;
        buf[w++] = '?';
        o++;
    }
    /* a cut may have split a character: drop its lead bytes */
    while (w > 0 && tx_utf8_invalid_offset(buf, w) >= 0)
        w--;
    buf[w] = '\0';
    return buf;
}

/* {"jsonrpc":"2.0","error":{...},"id":id} (id borrowed; NULL = null). */
static json_t *rpc_reply_error(json_t *id, int code, const char *message, json_t *data)
{
    char clean[512];
    json_t *e = json_pack("{s:i, s:s}", "code", code, "message",
                          rpc_message_utf8(message, clean, sizeof clean));
    if (data)
        json_object_set(e, "data", data);
    return json_pack("{s:s, s:o, s:O}", "jsonrpc", "2.0", "error", e, "id", id ? id : json_null());
}

/* {"jsonrpc":"2.0","result":result,"id":id} (result stolen). */
static json_t *rpc_reply_result(json_t *id, json_t *result)
{
    return json_pack("{s:s, s:o, s:O}", "jsonrpc", "2.0", "result", result, "id", id);
}

/* One error line outside any request (framing errors, BUSY, timeouts). */
char *rpc_error_line(int code, const char *message, size_t *len)
{
    json_t *r = rpc_reply_error(NULL, code, message, NULL);
    char *s = json_dumps(r, JSON_COMPACT);
    json_decref(r);
    size_t n = strlen(s);
    char *out = malloc(n + 2);
    if (!out)
        abort();
    memcpy(out, s, n);
    out[n] = '\n';
    out[n + 1] = '\0';
    free(s);
    *len = n + 1;
    return out;
}

/* The most bytes one batch's replies may add up to: they all wait in
 * memory until the last member is done, so they count against the
 * connection's share of max_memory. */
static size_t rpc_batch_budget(const struct tenured *td)
{
    size_t b = (size_t)(td->cfg.max_memory / 8);
    return b < (16u << 20) ? (16u << 20) : b;
}

/* Put a member's reply (stolen; NULL = no reply) into its slot. */
static void rpc_line_set(struct rpc_line *ln, size_t index, json_t *reply)
{
    if (ln->batch)
        json_array_set_new(ln->replies, index, reply ? reply : json_null());
    else
        ln->replies = reply;
}

/* All members answered: serialize and hand to the server. */
static void rpc_line_finish(struct rpc_line *ln)
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
        char *s = json_dumps(out, JSON_COMPACT);
        json_decref(out);
        if (!s)
            abort();
        size_t n = strlen(s);
        ln->out = realloc(s, n + 2);
        if (!ln->out)
            abort();
        ln->out[n] = '\n';
        ln->out[n + 1] = '\0';
        ln->outlen = n + 1;
    }
    ln->done = 1;
    server_line_done(ln);
}

/* A single request's reply line, '\n'-terminated, into ln->out by
 * concatenation: {"jsonrpc":"2.0","result":<result>,"id":<id>}, byte for
 * byte what json_dumps(JSON_COMPACT) of rpc_reply_result's tree gives. */
static void rpc_line_put_result(struct rpc_line *ln, const char *result, size_t rlen, json_t *id)
{
    static const char head[] = "{\"jsonrpc\":\"2.0\",\"result\":";
    static const char mid[] = ",\"id\":";
    const size_t flags = JSON_COMPACT | JSON_ENCODE_ANY;
    char idbuf[128];
    char *idtext = idbuf;
    size_t ilen = json_dumpb(id, idbuf, sizeof idbuf, flags);
    if (ilen == 0)
        abort(); /* a string, integer or null always serializes */
    if (ilen > sizeof idbuf) {
        if (!(idtext = malloc(ilen)) || json_dumpb(id, idtext, ilen, flags) != ilen)
            abort();
    }
    size_t n = (sizeof head - 1) + rlen + (sizeof mid - 1) + ilen + 2;
    char *out = malloc(n + 1), *p = out;
    if (!out)
        abort();
    memcpy(p, head, sizeof head - 1);
    p += sizeof head - 1;
    memcpy(p, result, rlen);
    p += rlen;
    memcpy(p, mid, sizeof mid - 1);
    p += sizeof mid - 1;
    memcpy(p, idtext, ilen);
    p += ilen;
    *p++ = '}';
    *p++ = '\n';
    *p = '\0';
    if (idtext != idbuf)
        free(idtext);
    ln->out = out;
    ln->outlen = n;
}

/* Take the store's read lock and (re)start the loop's read transaction;
 * 0, or -1 with err set (and the lock released). */
static int rpc_rtxn_begin(rpc_error *err)
{
    int rc;
    store_read_lock();
    if (!rpc_rtxn)
        rc = mdb_txn_begin(store_env(), NULL, MDB_RDONLY, &rpc_rtxn);
    else
        rc = mdb_txn_renew(rpc_rtxn);
    if (rc != 0) {
        store_read_unlock();
        store_mdb_error(err, rpc_rtxn ? "mdb_txn_renew" : "mdb_txn_begin", rc);
        return -1;
    }
    return 0;
}

/* End what rpc_rtxn_begin started. */
static void rpc_rtxn_end(void)
{
    mdb_txn_reset(rpc_rtxn);
    store_read_unlock();
}

/* Run a READ method inline in the loop's read transaction. */
static json_t *rpc_run_read(struct tenured *td, const struct rpc_method *m, json_t *params,
                            rpc_error *err)
{
    if (rpc_rtxn_begin(err) != 0)
        return NULL;
    json_t *res = m->read(td, rpc_rtxn, params, err);
    rpc_rtxn_end();
    if (!res && err->code == 0)
        rpc_error_set(err, TENURE_E_INTERNAL_ERROR, "internal error in %s", m->name);
    return res;
}

/* A READ method's result as compact JSON text (malloc'd, NUL-terminated,
 * *len bytes), inline in the loop's read transaction: written straight by
 * its text handler when it has one (rpc.h), else its tree dumped.  NULL
 * with err set when the method failed. */
static char *rpc_run_read_text(struct tenured *td, const struct rpc_method *m, json_t *params,
                               size_t *len, rpc_error *err)
{
    if (m->text) {
        jw w;
        jw_init(&w);
        if (rpc_rtxn_begin(err) != 0)
            return NULL;
        int rc = m->text(td, rpc_rtxn, params, &w, err);
        rpc_rtxn_end();
        if (rc == 0) {
            char *text;
            if (jw_finish(&w, &text, len) == 0)
                return text;
            rpc_error_set(err, TENURE_E_INTERNAL_ERROR, "out of memory in %s", m->name);
            return NULL;
        }
        jw_free(&w);
        if (rc < 0) {
            if (err->code == 0)
                rpc_error_set(err, TENURE_E_INTERNAL_ERROR, "internal error in %s", m->name);
            return NULL;
        }
        /* 1: this request needs the tree */
    }
    json_t *res = rpc_run_read(td, m, params, err);
    if (!res)
        return NULL;
    char *text = json_dumps(res, JSON_COMPACT | JSON_ENCODE_ANY);
    json_decref(res);
    if (!text)
        abort();
    *len = strlen(text);
    return text;
}

/* Run a READ method on a worker thread in a read transaction of its own
 * (MDB_NOTLS: any thread may hold one). */
static json_t *rpc_run_read_job(struct tenured *td, const struct rpc_method *m, json_t *params,
                                rpc_error *err)
{
    MDB_txn *txn;
    store_read_lock();
    int rc = mdb_txn_begin(store_env(), NULL, MDB_RDONLY, &txn);
    if (rc != 0) {
        store_read_unlock();
        store_mdb_error(err, "mdb_txn_begin", rc);
        return NULL;
    }
    json_t *res = m->read(td, txn, params, err);
    mdb_txn_abort(txn);
    store_read_unlock();
    if (!res && err->code == 0)
        rpc_error_set(err, TENURE_E_INTERNAL_ERROR, "internal error in %s", m->name);
    return res;
}

/* Answer a cacheable READ that is a whole line with an id (borrowed) from
 * the reply cache, or run it and remember its serialized result; the
 * reply goes to ln->out.  0 when answered; -1 with err set when the method
 * failed (errors are not cached); 1 when the key is too long to cache
 * (err untouched: run it the ordinary way). */
static int rpc_run_read_cached(struct tenured *td, struct reply_cache *cache, struct rpc_line *ln,
                               const struct rpc_method *m, json_t *params, json_t *id,
                               rpc_error *err)
{
    char key[RPC_CACHE_KEY_MAX];
    size_t mlen = strlen(m->name);
    if (mlen + 1 >= sizeof key)
        return 1;
    memcpy(key, m->name, mlen);
    key[mlen] = '\n';
    size_t room = sizeof key - mlen - 1;
    size_t plen = json_dumpb(params, key + mlen + 1, room, JSON_COMPACT | JSON_SORT_KEYS);
    if (plen == 0 || plen > room)
        return 1;
    size_t klen = mlen + 1 + plen;

    /* The generation before the read transaction: a commit racing with
     * this read can only make the entry older than it needs to be. */
    uint64_t gen = atomic_load(&td->generation);
    size_t rlen;
    const char *hit = reply_cache_get(cache, key, klen, gen, &rlen);
    if (hit) {
        rpc_line_put_result(ln, hit, rlen, id);
        return 0;
    }
    char *text = rpc_run_read_text(td, m, params, &rlen, err);
    if (!text)
        return -1;
    reply_cache_put(cache, key, klen, text, rlen, gen);
    rpc_line_put_result(ln, text, rlen, id);
    free(text);
    return 0;
}

/* The envelope and parameter checks of one request object (any thread:
 * refuse is the loop's shutting_down when the line was taken).  Returns
 * the method with *idp and *paramsp borrowed from req (NULL when absent);
 * or NULL with err set, and *always 1 for an envelope error (answered even
 * without an id; *idp NULL when the id is unusable), 0 for one answered
 * only when the request has an id. */
static const struct rpc_method *rpc_request_check(json_t *req, int refuse, json_t **idp,
                                                  json_t **paramsp, rpc_error *err, int *always)
{
    json_t *id, *v;
    const char *key, *mname;
    const struct rpc_method *m;

    *idp = *paramsp = NULL;
    *always = 1;
    if (!json_is_object(req)) {
        rpc_error_set(err, TENURE_E_INVALID_REQUEST,
                      "invalid request: a request must be a JSON object");
        return NULL;
    }
    id = json_object_get(req, "id");
    if (id && !json_is_string(id) && !json_is_integer(id) && !json_is_null(id)) {
        rpc_error_set(err, TENURE_E_INVALID_REQUEST,
                      "invalid request: id must be a string, integer or null");
        return NULL;
    }
    *idp = id;
    json_object_foreach(req, key, v)
    {
        if (strcmp(key, "jsonrpc") && strcmp(key, "method") && strcmp(key, "params") &&
            strcmp(key, "id")) {
            rpc_error_set(err, TENURE_E_INVALID_REQUEST, "invalid request: unknown member '%.64s'",
                          key);
            return NULL;
        }
    }
    v = json_object_get(req, "jsonrpc");
    if (!json_is_string(v) || strcmp(json_string_value(v), "2.0") != 0) {
        rpc_error_set(err, TENURE_E_INVALID_REQUEST, "invalid request: jsonrpc must be \"2.0\"");
        return NULL;
    }
    v = json_object_get(req, "method");
    if (!json_is_string(v)) {
        rpc_error_set(err, TENURE_E_INVALID_REQUEST, "invalid request: method must be a string");
        return NULL;
    }
    *always = 0;
    mname = json_string_value(v);
    if (!(m = rpc_method_find(mname))) {
        rpc_error_set(err, TENURE_E_METHOD_NOT_FOUND, "method not found: %.64s", mname);
        return NULL;
    }
    *paramsp = json_object_get(req, "params");
    if (rpc_check_params(m, *paramsp, err) != 0)
        return NULL;
    if (refuse) {
        rpc_error_set(err, TENURE_E_SHUTTING_DOWN, "daemon shutting down");
        return NULL;
    }
    return m;
}

/* Dispatch one request object (member `index` of line ln). */
static void rpc_member(struct tenured *td, struct rpc_line *ln, size_t index, json_t *req)
{
    rpc_error err = {0};
    json_t *id, *params;
    int always;
    const struct rpc_method *m =
        rpc_request_check(req, td->shutting_down, &id, &params, &err, &always);
    if (!m) {
        if (always)
            goto reply_error;
        goto reply_maybe;
    }
    struct conn *c = ln->conn;
    if (m->kind == TENURE_KIND_READ && strcmp(m->name, "auth") == 0) {
        json_t *tok = json_object_get(params, "token");
        if (!td->auth_token) {
            rpc_error_set(&err, TENURE_E_INVALID_REQUEST,
                          "auth: this daemon has no auth_token_file; nothing to authenticate");
            goto reply_maybe;
        }
        if (m_auth_check(td, json_string_value(tok), json_string_length(tok)) != 0) {
            log_warn("connection %llu: auth with a wrong token", (unsigned long long)c->id);
            rpc_error_set(&err, TENURE_E_UNAUTHORIZED, "authentication failed: wrong token");
            goto reply_maybe;
        }
        c->authed = 1;
    } else if (!c->authed) {
        rpc_error_set(&err, TENURE_E_UNAUTHORIZED,
                      "authentication required: send \"auth\" with the auth_token_file token "
                      "first (tenure reads it from $TENURE_AUTH or --auth-file)");
        goto reply_maybe;
    }
    params = params ? json_incref(params) : json_object();
    rpc_params_fill(m, params);

    struct reply_cache *cache;
    if (m->kind == TENURE_KIND_READ && m->cached && id && !ln->batch &&
        (cache = rpc_cache_get(td))) {
        int rc = rpc_run_read_cached(td, cache, ln, m, params, id, &err);
        if (rc <= 0) {
            json_decref(params);
            atomic_fetch_add(&td->requests, 1);
            if (rc < 0)
                goto reply_maybe;
            return;
        }
    }
    /* A scan, or a batch member: on a worker, so that one line cannot hold
     * the loop (and every other client) for the length of many reads. */
    int offloop = m->kind == TENURE_KIND_READ && !m->loopy && (m->offloop || ln->batch);
    if (m->kind == TENURE_KIND_READ && !offloop && m->text && id && !ln->batch) {
        size_t rlen;
        char *text = rpc_run_read_text(td, m, params, &rlen, &err);
        json_decref(params);
        atomic_fetch_add(&td->requests, 1);
        if (!text)
            goto reply_maybe;
        rpc_line_put_result(ln, text, rlen, id);
        free(text);
        return;
    }
    if (m->kind == TENURE_KIND_READ && !offloop) {
        json_t *res = rpc_run_read(td, m, params, &err);
        json_decref(params);
        atomic_fetch_add(&td->requests, 1);
        if (!res)
            goto reply_maybe;
        if (id && !ln->batch && strcmp(m->name, "watch") == 0)
            watch_add(td, c, res); /* watch.c pushes the changes from now on */
        if (id)
            rpc_line_set(ln, index, rpc_reply_result(id, res));
        else
            json_decref(res);
        return;
    }

    struct rpc_job *job = calloc(1, sizeof *job);
    if (!job)
        abort();
    job->td = td;
    job->line = ln;
    job->index = index;
    job->method = m;
    job->params = params;
    job->id = id ? json_incref(id) : NULL;
    job->stage = JOB_NEW;
    ln->pending++;
    td->inflight++;
    if (m->kind == TENURE_KIND_WRITE) {
        TAILQ_INSERT_TAIL(&ln->conn->writes, job, order);
        ln->conn->writes_pending++;
    }
    workers_submit(td->workers, &job->wk);
    return;

reply_maybe:
    /* A notification is never answered, not even with an error (JSON-RPC
     * 2.0 section 4.1); envelope errors above are always answered. */
    if (!id) {
        rpc_error_clear(&err);
        return;
    }
reply_error:
    rpc_line_set(ln, index, rpc_reply_error(id, err.code, err.message, err.data));
    rpc_error_clear(&err);
}

/* Whether a request object names a READ method. */
static int rpc_reads_store(json_t *req)
{
    const struct rpc_method *m;
    json_t *v = json_is_object(req) ? json_object_get(req, "method") : NULL;
    return json_is_string(v) && (m = rpc_method_find(json_string_value(v))) &&
           m->kind == TENURE_KIND_READ;
}

/* A line Jansson refused for invalid UTF-8.  JSON cannot carry such bytes,
 * but a client that pastes a file's bytes into "text" deserves the offset
 * in its text, not in the line: mark each invalid byte with DEL (one byte,
 * legal raw in a JSON string, so offsets are kept), parse again, and find
 * the first mark in params.text.  Returns the reply (json_null() for a
 * notification: no reply), or NULL when the line is not a request object
 * even so (the caller answers -32700). */
static json_t *rpc_bad_utf8_reply(const char *line, size_t len)
{
    char *copy = malloc(len ? len : 1);
    if (!copy)
        abort();
    memcpy(copy, line, len);
    size_t pos = 0;
    long off;
    while (pos < len && (off = tx_utf8_invalid_offset(copy + pos, len - pos)) >= 0) {
        copy[pos + (size_t)off] = 0x7f;
        pos += (size_t)off + 1;
    }
    json_t *req = json_loadb(copy, len, JSON_REJECT_DUPLICATES, NULL);
    free(copy);
    if (!json_is_object(req)) {
        json_decref(req);
        return NULL;
    }
    json_t *id = json_object_get(req, "id"), *reply;
    if (id && !json_is_string(id) && !json_is_integer(id) && !json_is_null(id))
        id = json_null();
    json_t *text = json_object_get(json_object_get(req, "params"), "text");
    const char *mark = json_is_string(text)
                           ? memchr(json_string_value(text), 0x7f, json_string_length(text))
                           : NULL;
    if (!id) {
        reply = json_null();
    } else if (mark) {
        long at = (long)(mark - json_string_value(text));
        char msg[128];
        snprintf(msg, sizeof msg, "invalid article text: invalid UTF-8 at byte offset %ld", at);
        json_t *data = json_pack("{s:I}", "offset", (json_int_t)at);
        reply = rpc_reply_error(id, TENURE_E_BAD_TEXT, msg, data);
        json_decref(data);
    } else {
        reply = rpc_reply_error(id, TENURE_E_INVALID_PARAMS,
                                "invalid params: a string holds invalid UTF-8", NULL);
    }
    json_decref(req);
    return reply;
}

/* The reply to a line that did not parse (any thread): -32700, or the
 * BAD_TEXT / -32602 of rpc_bad_utf8_reply; json_null() when that request
 * was a notification (no reply). */
static json_t *rpc_unparsed_reply(const char *line, size_t len, const json_error_t *jerr)
{
    if (json_error_code(jerr) == json_error_invalid_utf8) {
        json_t *reply = rpc_bad_utf8_reply(line, len);
        if (reply)
            return reply;
    }
    if (json_error_code(jerr) == json_error_null_character) {
        /* Refused on purpose, with the request's id: strings reach C code
         * (the extractor, LMDB keys, log lines) that stops at a NUL, so a
         * text with one would be stored under one id and read as another. */
        json_t *req = json_loadb(line, len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, NULL);
        json_t *id = json_is_object(req) ? json_object_get(req, "id") : NULL;
        if (json_is_object(req) &&
            (!id || json_is_string(id) || json_is_integer(id) || json_is_null(id))) {
            json_t *reply = id ? rpc_reply_error(id, TENURE_E_INVALID_PARAMS,
                                                 "invalid params: a string holds \\u0000 (NUL), "
                                                 "which tenure does not accept",
                                                 NULL)
                               : json_null();
            json_decref(req);
            return reply;
        }
        json_decref(req);
    }
    char msg[256];
    snprintf(msg, sizeof msg, "parse error: %s at byte %d", jerr->text, jerr->position);
    return rpc_reply_error(NULL, TENURE_E_PARSE_ERROR, msg, NULL);
}

/* Whether a parsed line (an object or a batch) reads the store. */
static int rpc_line_reads(json_t *req)
{
    int reads = rpc_reads_store(req);
    if (json_is_array(req)) {
        size_t i;
        json_t *m;
        json_array_foreach(req, i, m) reads |= rpc_reads_store(m);
    }
    return reads;
}

/* Answer a line that did not parse with its reply (stolen; json_null() for
 * none). */
static void rpc_line_unparsed(struct tenured *td, struct rpc_line *ln, json_t *reply)
{
    ln->replies = json_is_null(reply) ? NULL : reply;
    if (!ln->replies)
        json_decref(reply);
    atomic_fetch_add(&td->requests, 1);
    rpc_line_finish(ln);
}

/* Dispatch a parsed line (borrowed) into its reply slot. */
static void rpc_line_dispatch(struct tenured *td, struct rpc_line *ln, json_t *req)
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
                rpc_member(td, ln, i, json_array_get(req, i));
            ln->pending--;
        }
    } else {
        ln->pending++;
        rpc_member(td, ln, 0, req);
        ln->pending--;
    }
    if (ln->pending == 0)
        rpc_line_finish(ln);
}

/* Hand a line to the worker pool for json_loadb.  Its reply slot is taken
 * now and it joins the connection's parse queue, which is dispatched in
 * request order (rpc_parsed_pump). */
static void rpc_parse_submit(struct tenured *td, struct conn *c, char *line, size_t len)
{
    struct rpc_job *job = calloc(1, sizeof *job);
    if (!job)
        abort();
    job->td = td;
    job->line = server_line_new(c);
    job->raw = line;
    job->raw_len = len;
    job->refuse = td->shutting_down;
    job->stage = JOB_PARSE;
    job->mem = RPC_JOB_MEM_FACTOR * len; /* see tenured.h */
    c->mem_jobs += job->mem;
    td->inflight++;
    TAILQ_INSERT_TAIL(&c->parsing, job, order);
    workers_submit(td->workers, &job->wk);
}

/* Handle one request line. */
int rpc_handle_line(struct tenured *td, struct conn *c, char *line, size_t len)
{
    if (!c->authed && len > RPC_UNAUTHED_LINE_MAX) {
        /* Not even parsed: before "auth" a TCP client costs nothing. */
        struct rpc_line *ln = server_line_new(c);
        rpc_line_unparsed(
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
        struct rpc_line *ln = server_line_new(c);
        char msg[200];
        if ((uint64_t)len * RPC_JOB_MEM_FACTOR > td->cfg.max_memory)
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
        rpc_line_unparsed(td, ln, rpc_reply_error(NULL, TENURE_E_BUSY, msg, NULL));
        return 0;
    }
    /* A short line behind a long one queues too: dispatch stays in order. */
    if (len > RPC_PARSE_INLINE_MAX || !TAILQ_EMPTY(&c->parsing)) {
        rpc_parse_submit(td, c, line, len);
        return 2;
    }
    json_error_t jerr;
    json_t *req = json_loadb(line, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &jerr);

    if (req && c->writes_pending > 0 && rpc_line_reads(req)) {
        json_decref(req);
        return 1;
    }
    struct rpc_line *ln = server_line_new(c);
    if (!req) {
        rpc_line_unparsed(td, ln, rpc_unparsed_reply(line, len, &jerr));
        return 0;
    }
    rpc_line_dispatch(td, ln, req);
    json_decref(req);
    return 0;
}

/* A long line that was one WRITE request, checked and prepared by its
 * worker: it becomes that write job, entering the connection's write
 * order here, in request order, as if just back from its prepare. */
static void rpc_parsed_write(struct conn *c, struct rpc_job *job)
{
    json_decref(job->req);
    job->req = NULL;
    job->index = 0;
    job->line->pending++;
    TAILQ_INSERT_TAIL(&c->writes, job, order);
    c->writes_pending++;
    job->stage = job->err.code ? JOB_DONE : JOB_RAN;
    rpc_job_returned(job); /* td->inflight: the parse's count carries over */
}

/* Dispatch the parsed lines at the head of c's parse queue, in order. */
int rpc_parsed_pump(struct tenured *td, struct conn *c)
{
    struct rpc_job *job;
    while ((job = TAILQ_FIRST(&c->parsing)) && job->ready) {
        struct rpc_line *ln = job->line;
        int wait = !job->result && c->writes_pending > 0 && rpc_line_reads(job->req);
        if (wait && c->bev)
            return 1; /* server_conn_writes_done pumps again */
        /* Off the queue before dispatching: a reply completing now may
         * re-enter here through server_line_done. */
        TAILQ_REMOVE(&c->parsing, job, order);
        if (job->result) {
            rpc_line_unparsed(td, ln, job->result);
            job->result = NULL;
        } else if (wait) {
            ln->done = 1; /* closed meanwhile: nobody reads the answer */
            server_line_done(ln);
        } else if (job->method) {
            rpc_parsed_write(c, job); /* the job lives on as the write */
            continue;
        } else {
            rpc_line_dispatch(td, ln, job->req);
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
static void rpc_parse_run(struct tenured *td, struct rpc_job *job)
{
    json_error_t jerr;
    json_t *id, *params;
    rpc_error err = {0};
    int always;
    job->req = json_loadb(job->raw, job->raw_len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &jerr);
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
    if (!m || m->kind != TENURE_KIND_WRITE)
        return;
    job->method = m;
    job->params = params ? json_incref(params) : json_object();
    rpc_params_fill(m, job->params);
    job->id = id ? json_incref(id) : NULL;
    job->prepared = m->prepare(td, job->params, &job->err);
}

/* Worker thread: the off-loop step of a CPU or WRITE method, or the parse
 * of a long line. */
void rpc_job_run(struct tenured *td, struct rpc_job *job)
{
    const struct rpc_method *m = job->method;
    if (job->stage == JOB_PARSE) {
        rpc_parse_run(td, job);
        return;
    }
    if (m->kind == TENURE_KIND_READ) {
        job->result = rpc_run_read_job(td, m, job->params, &job->err);
        job->stage = JOB_DONE;
        return;
    }
    if (m->kind == TENURE_KIND_CPU) {
        job->result = m->cpu(td, job->params, &job->err);
        job->stage = JOB_DONE;
        return;
    }
    job->prepared = m->prepare(td, job->params, &job->err);
    job->stage = job->err.code ? JOB_DONE : JOB_RAN;
}

#define RPC_JOB_OF_WR(w) ((struct rpc_job *)((char *)(w)-offsetof(struct rpc_job, wr)))

/* Writer thread: the store step of a WRITE method (writer_ops.apply).  A
 * retried group applies the job again: drop what the last try left. */
static int rpc_writer_apply(void *ctx, MDB_txn *txn, struct wr_job *wj)
{
    struct rpc_job *job = RPC_JOB_OF_WR(wj);
    json_decref(job->result);
    rpc_error_clear(&job->err);
    job->result = job->method->apply(ctx, txn, job->params, job->prepared, &job->err);
    if (!job->result && job->err.code == 0)
        rpc_error_set(&job->err, TENURE_E_INTERNAL_ERROR, "internal error in %s",
                      job->method->name);
    return job->result ? 0 : job->err.code;
}

/* Writer thread: the job's transaction or its group failed. */
static void rpc_writer_fail(void *ctx, struct wr_job *wj, const tn_error *why)
{
    (void)ctx;
    struct rpc_job *job = RPC_JOB_OF_WR(wj);
    json_decref(job->result);
    job->result = NULL;
    rpc_error_clear(&job->err);
    job->err.code = why->code;
    memcpy(job->err.message, why->message, sizeof job->err.message);
}

/* Writer thread, after a commit that changed the store and before any of
 * its replies is posted: cached answers from before it are stale. */
static void rpc_writer_committed(void *ctx)
{
    struct tenured *td = ctx;
    atomic_fetch_add(&td->generation, 1);
}

/* Writer thread: the job is final; back to the loop (rpc_job_returned). */
static void rpc_writer_done(void *ctx, struct wr_job *wj)
{
    struct tenured *td = ctx;
    struct rpc_job *job = RPC_JOB_OF_WR(wj);
    job->stage = JOB_DONE;
    workers_post(td->workers, &job->wk);
}

const struct writer_ops rpc_writer_ops = {
    .apply = rpc_writer_apply,
    .fail = rpc_writer_fail,
    .committed = rpc_writer_committed,
    .done = rpc_writer_done,
};

/* Hand every prepared write at the head of a connection's queue to the
 * writer, in request order. */
static void rpc_pump_writes(struct conn *c)
{
    struct rpc_job *job;
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
static void rpc_job_complete(struct rpc_job *job)
{
    struct tenured *td = job->td;
    struct rpc_line *ln = job->line;
    struct conn *c = ln->conn;
    const struct rpc_method *m = job->method;
    json_t *reply = NULL;

    if (!job->result && job->err.code == 0)
        rpc_error_set(&job->err, TENURE_E_INTERNAL_ERROR, "internal error in %s", m->name);
    if (ln->batch && job->result && job->id) {
        /* Its size (json_dumpb with no buffer only measures). */
        size_t n = json_dumpb(job->result, NULL, 0, JSON_COMPACT | JSON_ENCODE_ANY);
        if (ln->bytes + n > rpc_batch_budget(td)) {
            json_decref(job->result);
            job->result = NULL;
            rpc_error_set(&job->err, TENURE_E_TOO_LARGE,
                          "reply too large: this batch's replies passed the output budget of "
                          "%zu bytes; ask for smaller pages or fewer members",
                          rpc_batch_budget(td));
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
    rpc_line_set(ln, job->index, reply);
    if (m->kind == TENURE_KIND_WRITE && m->release)
        m->release(job->prepared);
    rpc_error_clear(&job->err);
    json_decref(job->params);
    json_decref(job->id);
    int was_write = m->kind == TENURE_KIND_WRITE;
    free(job);

    td->inflight--;
    atomic_fetch_add(&td->requests, 1);
    /* Keep the connection alive across the calls below. */
    c->refs++;
    if (--ln->pending == 0)
        rpc_line_finish(ln);
    if (was_write && --c->writes_pending == 0)
        server_conn_writes_done(c);
    server_conn_account(c);
    server_conn_unref(c);
}

/* A job came back from a worker or the writer. */
/* The worker pool's run callback: the wrong stage is an internal error. */
void rpc_worker_run(void *ctx, struct wk_job *wk)
{
    struct rpc_job *job = (struct rpc_job *)((char *)wk - offsetof(struct rpc_job, wk));
    if (job->stage != JOB_NEW && job->stage != JOB_PARSE) {
        rpc_error_set(&job->err, TENURE_E_INTERNAL_ERROR, "job in wrong stage");
        job->stage = JOB_DONE;
        return;
    }
    rpc_job_run(ctx, job);
}

/* The worker pool's done callback, on the loop. */
void rpc_worker_done(void *ctx, struct wk_job *wk)
{
    (void)ctx;
    rpc_job_returned((struct rpc_job *)((char *)wk - offsetof(struct rpc_job, wk)));
}

void rpc_job_returned(struct rpc_job *job)
{
    struct conn *c = job->line->conn;
    if (job->stage == JOB_PARSED) {
        job->ready = 1;
        c->refs++; /* the line's reference may go with the reply */
        if (rpc_parsed_pump(job->td, c) == 0)
            server_conn_resume(c);
        server_conn_unref(c);
        return;
    }
    if (job->stage == JOB_RAN) {
        job->stage = JOB_PREPARED;
        job->ready = 1;
        rpc_pump_writes(c);
        return;
    }
    if (job->method->kind == TENURE_KIND_WRITE && job->stage == JOB_DONE && job->err.code != 0 &&
        !job->result) {
        /* A failed prepare never reached the writer: leave the order queue
         * if still in it, and let later writes go. */
        struct rpc_job *j;
        TAILQ_FOREACH(j, &c->writes, order)
        if (j == job) {
            TAILQ_REMOVE(&c->writes, job, order);
            break;
        }
        rpc_job_complete(job);
        rpc_pump_writes(c);
        return;
    }
    rpc_job_complete(job);
}

/* One READ call from outside the JSON-RPC wire (the HTTP listener,
 * daemon/http.c): the same shape check, handler, read transaction and
 * reply cache as a request line, without an envelope.  Returns the result
 * as compact JSON text (malloc'd, NUL-terminated, *len bytes), or NULL with
 * err set (METHOD_NOT_FOUND also for a method that is not READ). */
char *rpc_read_call(struct tenured *td, const char *name, json_t *params, size_t *len,
                    rpc_error *err)
{
    const struct rpc_method *m = rpc_method_find(name);
    if (!m || m->kind != TENURE_KIND_READ) {
        rpc_error_set(err, TENURE_E_METHOD_NOT_FOUND, "method not found: %.64s", name);
        return NULL;
    }
    /* Not the connection's own state (auth), nor a scan of the whole store
     * (verify): such a call would run here, on the loop. */
    if (m->offloop || strcmp(m->name, "auth") == 0 || strcmp(m->name, "watch") == 0) {
        rpc_error_set(err, TENURE_E_METHOD_NOT_FOUND,
                      "%.64s is only available on the socket (tenure %.64s)", name, name);
        return NULL;
    }
    if (rpc_check_params(m, params, err) != 0)
        return NULL;
    if (td->shutting_down) {
        rpc_error_set(err, TENURE_E_SHUTTING_DOWN, "daemon shutting down");
        return NULL;
    }
    atomic_fetch_add(&td->requests, 1);
    /* A copy: the defaults are filled into it, not into the caller's. */
    json_t *own = params ? json_copy(params) : json_object();
    if (!own)
        abort();
    rpc_params_fill(m, own);
    params = own;
    struct reply_cache *cache = m->cached ? rpc_cache_get(td) : NULL;
    char key[RPC_CACHE_KEY_MAX];
    size_t klen = 0, mlen = strlen(m->name);
    if (cache && mlen + 1 < sizeof key) {
        memcpy(key, m->name, mlen);
        key[mlen] = '\n';
        size_t room = sizeof key - mlen - 1;
        size_t plen = json_dumpb(params, key + mlen + 1, room, JSON_COMPACT | JSON_SORT_KEYS);
        if (plen > 0 && plen <= room)
            klen = mlen + 1 + plen;
    }
    uint64_t gen = atomic_load(&td->generation);
    if (klen) {
        size_t rlen;
        const char *hit = reply_cache_get(cache, key, klen, gen, &rlen);
        if (hit) {
            char *out = malloc(rlen + 1);
            if (!out)
                abort();
            memcpy(out, hit, rlen);
            out[rlen] = '\0';
            *len = rlen;
            json_decref(own);
            return out;
        }
    }
    char *text = rpc_run_read_text(td, m, own, len, err);
    json_decref(own);
    if (!text)
        return NULL;
    if (klen)
        reply_cache_put(cache, key, klen, text, *len, gen);
    return text;
}
