/*
 * rpc.c — JSON-RPC 2.0 envelope and dispatch (see rpc.h).
 *
 * Owns the method table of methods.def, the envelope checks (-32700,
 * -32600), method lookup (-32601), the parameter shapes with their bounds
 * and defaults (-32602, naming the field), authentication, building reply
 * objects and lines, and routing one request object (rpc_call): a READ that
 * may run on the loop is answered here, in the loop's read transaction;
 * anything else (CPU, WRITE, a READ that scans or is a batch member) goes
 * back to the caller as a job, whose steps (rpc_run, rpc_prepare,
 * rpc_apply) the pipeline runs off the loop.  Does not own lines, batches
 * as reply slots, request order, jobs or threads (pipeline.c, workers.c,
 * writer.c), framing or sockets (server.c), or any method's behaviour
 * (m_*.c).
 *
 * Reply cache: a single request (not a batch member, not a notification)
 * to a method methods.def lists as TENURE_CACHED is looked up by its
 * method and canonical params (sorted keys, compact) in reply_cache.c at
 * the current store generation; a hit is answered by concatenating the
 * envelope around the stored result text, with no Jansson tree, byte for
 * byte the reply the tree would give.  A miss runs the method, serializes
 * its result once, stores it and answers the same way.  Errors are not
 * stored, but for NOT_FOUND of a text handler (below).  The writer bumps the generation after a
 * commit and before its replies, so no client sees an answer older than a write it was told of. A
 * result written by a text handler is stored with what it read instead (registry_deps.c): it stays
 * across commits until one changes something it read (the writer queues what each commit changed
 * before its replies, and the cache takes the queue before every lookup), or the lexicon is
 * reloaded.  So is a NOT_FOUND such a handler gave (a name nothing matches:
 * near matching ran through every candidate to say so): a hit gives the
 * same error back.
 */
#include "rpc.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "json_reader.h"
#include "json_writer.h"
#include "registry.h"
#include "reply_cache.h"
#include "store.h"
#include "tenure/params.h"
#include "tenured.h"
#include "xmalloc.h"

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
    int (*text)(struct tenured *, MDB_txn *, const struct rpc_args *, struct jw *, rpc_error *);
    json_t *(*cpu)(struct tenured *, json_t *, rpc_error *);
    void *(*prepare)(struct tenured *, json_t *, rpc_error *);
    json_t *(*apply)(struct tenured *, MDB_txn *, json_t *, void *, rpc_error *);
    void (*release)(void *);
    struct tenure_param fields[RPC_MAX_FIELDS];
    size_t nfields;
    unsigned char sorted[RPC_MAX_FIELDS]; /* field indexes by name (the cache key's order) */
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
    int (*text)(struct tenured *, MDB_txn *, const struct rpc_args *, struct jw *, rpc_error *);
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
    /* insertion sort by name, as Jansson's JSON_SORT_KEYS orders keys */
    for (size_t i = 0; i < m->nfields; i++) {
        size_t j = i;
        while (j > 0 && strcmp(m->fields[m->sorted[j - 1]].name, m->fields[i].name) > 0) {
            m->sorted[j] = m->sorted[j - 1];
            j--;
        }
        m->sorted[j] = (unsigned char)i;
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
            *cause = xstrdup(buf);
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
            *cause = xstrdup(buf);
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
            *cause = xstrdup(buf);
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
    registry_deps_forget();
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
    /* the first byte first: one in twenty names starts like the asked one */
    for (size_t i = 0; i < NMETHODS; i++)
        if (methods[i].name[0] == name[0] && strcmp(methods[i].name, name) == 0)
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
        if (f->has_default && !json_object_get(params, f->name))
            json_object_set_new(params, f->name,
                                f->type == 'b' ? json_boolean(f->dflt)
                                               : json_integer((json_int_t)f->dflt));
    }
}

/* The index of a method's field by name, or -1. */
static int rpc_field_index(const struct rpc_method *m, const char *name, size_t n)
{
    for (size_t i = 0; i < m->nfields; i++)
        if (strncmp(m->fields[i].name, name, n) == 0 && m->fields[i].name[n] == '\0')
            return (int)i;
    return -1;
}

/* Typed params (rpc.h). */
const char *rpc_arg_str(const struct rpc_args *a, const char *name)
{
    int i = rpc_field_index(a->m, name, strlen(name));
    return i >= 0 && a->set[i] ? a->str[i] : NULL;
}

long long rpc_arg_int(const struct rpc_args *a, const char *name)
{
    int i = rpc_field_index(a->m, name, strlen(name));
    return i >= 0 && a->set[i] ? a->num[i] : 0;
}

int rpc_arg_true(const struct rpc_args *a, const char *name)
{
    return rpc_arg_int(a, name) != 0;
}

int rpc_args_of_json(const struct rpc_method *m, json_t *params, struct rpc_args *a)
{
    memset(a, 0, sizeof *a);
    a->m = m;
    for (size_t i = 0; i < m->nfields; i++) {
        const struct tenure_param *f = &m->fields[i];
        json_t *v = json_object_get(params, f->name);
        if (f->type == 'o' || f->type == 'a')
            return -1;
        if (!v)
            continue;
        a->set[i] = 1;
        if (f->type == 's') {
            a->str[i] = json_string_value(v);
            a->len[i] = json_string_length(v);
        } else if (f->type == 'i') {
            a->num[i] = json_integer_value(v);
        } else {
            a->num[i] = json_is_true(v);
        }
    }
    return 0;
}

/* The params of a flat request (json_reader.h; NULL: none) as typed args,
 * when they pass every check rpc_check_params makes and hold no object or
 * array: 0 with the defaults filled, else -1 (the ordinary path answers
 * them, with the error the tree gives). */
static int rpc_args_of_flat(const struct rpc_method *m, const struct jr_member *p, size_t n,
                            struct rpc_args *a)
{
    memset(a, 0, sizeof *a);
    a->m = m;
    for (size_t k = 0; k < n; k++) {
        int i = rpc_field_index(m, p[k].key, p[k].klen);
        if (i < 0)
            return -1;
        const struct tenure_param *f = &m->fields[i];
        switch (f->type) {
        case 's':
            if (p[k].kind != JR_STR)
                return -1;
            a->str[i] = p[k].str;
            a->len[i] = p[k].len;
            break;
        case 'i':
            if (p[k].kind != JR_INT || !tenure_param_in_bounds(f, p[k].num))
                return -1;
            a->num[i] = p[k].num;
            break;
        case 'b':
            if (p[k].kind != JR_TRUE && p[k].kind != JR_FALSE)
                return -1;
            a->num[i] = p[k].kind == JR_TRUE;
            break;
        default:
            return -1;
        }
        a->set[i] = 1;
    }
    for (size_t i = 0; i < m->nfields; i++) {
        const struct tenure_param *f = &m->fields[i];
        if (a->set[i])
            continue;
        if (!f->optional)
            return -1;
        if (f->has_default) {
            a->num[i] = f->dflt;
            a->set[i] = 1;
        }
    }
    return 0;
}

/* The params as a tree again (for a text handler that needs the tree). */
static json_t *rpc_args_json(const struct rpc_args *a)
{
    json_t *p = json_object();
    for (size_t i = 0; i < a->m->nfields; i++) {
        const struct tenure_param *f = &a->m->fields[i];
        if (!a->set[i])
            continue;
        json_t *v = f->type == 's'   ? json_stringn_nocheck(a->str[i], a->len[i])
                    : f->type == 'i' ? json_integer((json_int_t)a->num[i])
                                     : json_boolean(a->num[i]);
        json_object_set_new_nocheck(p, f->name, v);
    }
    return p;
}

static const char *rpc_int_text(long long v, char buf[24], size_t *n);

/* rpc_args_canonical's usual case, written straight into buf: every
 * string without a byte to escape (those Jansson escapes: control
 * characters, '"' and '\\').  The length, or 0 when a string has one. */
static size_t rpc_args_canonical_plain(const struct rpc_args *a, char *buf, size_t cap)
{
    const struct rpc_method *m = a->m;
    size_t n = 0;
#define RPC_PUT(p, l)                                                                              \
    do {                                                                                           \
        size_t l_ = (l);                                                                           \
        if (n + l_ <= cap)                                                                         \
            memcpy(buf + n, (p), l_);                                                              \
        n += l_;                                                                                   \
    } while (0)
    RPC_PUT("{", 1);
    for (size_t k = 0, written = 0; k < m->nfields; k++) {
        size_t i = m->sorted[k];
        const struct tenure_param *f = &m->fields[i];
        if (!a->set[i])
            continue;
        if (written++)
            RPC_PUT(",", 1);
        RPC_PUT("\"", 1);
        RPC_PUT(f->name, strlen(f->name));
        RPC_PUT("\":", 2);
        if (f->type == 's') {
            const unsigned char *p = (const unsigned char *)a->str[i];
            for (size_t j = 0; j < a->len[i]; j++)
                if (p[j] < 0x20 || p[j] == '"' || p[j] == '\\')
                    return 0;
            RPC_PUT("\"", 1);
            RPC_PUT(a->str[i], a->len[i]);
            RPC_PUT("\"", 1);
        } else if (f->type == 'i') {
            char d[24];
            size_t dl;
            const char *t = rpc_int_text(a->num[i], d, &dl);
            RPC_PUT(t, dl);
        } else {
            RPC_PUT(a->num[i] ? "true" : "false", a->num[i] ? 4 : 5);
        }
    }
    RPC_PUT("}", 1);
#undef RPC_PUT
    return n;
}

size_t rpc_args_canonical(const struct rpc_args *a, char *buf, size_t cap)
{
    const struct rpc_method *m = a->m;
    size_t plain = rpc_args_canonical_plain(a, buf, cap);
    if (plain)
        return plain;
    jw w;
    jw_init(&w);
    jw_obj(&w);
    for (size_t k = 0; k < m->nfields; k++) {
        size_t i = m->sorted[k];
        const struct tenure_param *f = &m->fields[i];
        if (!a->set[i])
            continue;
        jw_keyn(&w, f->name, strlen(f->name));
        if (f->type == 's')
            jw_strn(&w, a->str[i], a->len[i]);
        else if (f->type == 'i')
            jw_int(&w, a->num[i]);
        else
            jw_raw(&w, a->num[i] ? "true" : "false", a->num[i] ? 4 : 5);
    }
    jw_obj_end(&w);
    char *text;
    size_t n;
    if (jw_finish(&w, &text, &n) != 0)
        return (size_t)-1; /* out of memory: longer than any buffer */
    if (n <= cap)
        memcpy(buf, text, n);
    free(text);
    return n;
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
json_t *rpc_reply_error(json_t *id, int code, const char *message, json_t *data)
{
    char clean[512];
    json_t *e = json_pack("{s:i, s:s}", "code", code, "message",
                          rpc_message_utf8(message, clean, sizeof clean));
    if (data)
        json_object_set(e, "data", data);
    return json_pack("{s:s, s:o, s:O}", "jsonrpc", "2.0", "error", e, "id", id ? id : json_null());
}

/* {"jsonrpc":"2.0","result":result,"id":id} (result stolen). */
json_t *rpc_reply_result(json_t *id, json_t *result)
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
    char *out = xmalloc(n + 2);
    memcpy(out, s, n);
    out[n] = '\n';
    out[n + 1] = '\0';
    free(s);
    *len = n + 1;
    return out;
}

/* An integer id's text: its decimal digits, as Jansson prints them ("%"
 * JSON_INTEGER_FORMAT), without a pass through its dumper; ends at
 * buf + 24. */
static const char *rpc_int_text(long long v, char buf[24], size_t *n)
{
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    char *d = buf + 24;
    do
        *--d = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--d = '-';
    *n = (size_t)(buf + 24 - d);
    return d;
}

/* An id's text as json_dumps(JSON_COMPACT) writes it: in buf (128 bytes)
 * or in *heap (malloc'd, the caller frees it). */
static const char *rpc_id_text(json_t *id, char *buf, char **heap, size_t *n)
{
    const size_t flags = JSON_COMPACT | JSON_ENCODE_ANY;
    *heap = NULL;
    if (json_is_integer(id))
        return rpc_int_text(json_integer_value(id), buf, n);
    if ((*n = json_dumpb(id, buf, 128, flags)) == 0)
        abort(); /* a string, integer or null always serializes */
    if (*n <= 128)
        return buf;
    *heap = xmalloc(*n);
    if (json_dumpb(id, *heap, *n, flags) != *n)
        abort(); /* the same value, measured just above */
    return *heap;
}

/* {"jsonrpc":"2.0","result":<result>,"id":<idtext>} and '\n'. */
static char *rpc_line_around(const char *result, size_t rlen, const char *idtext, size_t ilen,
                             size_t *len)
{
    static const char head[] = "{\"jsonrpc\":\"2.0\",\"result\":";
    static const char mid[] = ",\"id\":";
    size_t n = (sizeof head - 1) + rlen + (sizeof mid - 1) + ilen + 2;
    char *out = xmalloc(n + 1), *p = out;
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
    *len = n;
    return out;
}

/* A single request's reply line (rpc.h): {"jsonrpc":"2.0","result":<result>,"id":<id>}
 * and '\n', by concatenation, byte for byte what json_dumps(JSON_COMPACT)
 * of rpc_reply_result's tree gives. */
char *rpc_result_line(const char *result, size_t rlen, json_t *id, size_t *len)
{
    char buf[128], *heap;
    size_t ilen;
    const char *idtext = rpc_id_text(id, buf, &heap, &ilen);
    char *out = rpc_line_around(result, rlen, idtext, ilen, len);
    free(heap);
    return out;
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
 * its text handler from the typed args a when it has one (rpc.h), else
 * its tree dumped (params, or when NULL the tree made from a).  NULL with
 * err set when the method failed.  With deps, what the text handler read
 * is recorded there (deps->n 0 and deps->h NULL when it cannot be told,
 * or the tree answered). */
static char *rpc_run_read_text(struct tenured *td, const struct rpc_method *m,
                               const struct rpc_args *a, json_t *params, size_t *len,
                               rpc_error *err, struct reply_cache_deps *deps)
{
    if (deps) {
        deps->h = NULL;
        deps->n = 0;
    }
    if (m->text && a) {
        jw w;
        jw_init(&w);
        if (rpc_rtxn_begin(err) != 0)
            return NULL;
        if (deps)
            registry_deps_begin();
        int rc = m->text(td, rpc_rtxn, a, &w, err);
        if (deps) {
            const uint64_t *h;
            size_t n;
            /* a result, or "no such name" (near matching found nothing:
             * as dear to ask again, and kept the same way) */
            int kept = rc == 0 || (rc < 0 && err->code == TENURE_E_NOT_FOUND && !err->data);
            if (registry_deps_end(rpc_rtxn, &h, &n) && kept) {
                deps->h = h; /* never NULL when recorded */
                deps->n = n;
                deps->built = (uint64_t)mdb_txn_id(rpc_rtxn);
            }
        }
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
    json_t *own = params ? NULL : rpc_args_json(a);
    json_t *res = rpc_run_read(td, m, params ? params : own, err);
    json_decref(own);
    if (!res)
        return NULL;
    char *text = json_dumps(res, JSON_COMPACT | JSON_ENCODE_ANY); /* never NULL: xmalloc.h */
    json_decref(res);
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

/* The reply cache's key of a call: the method, '\n' and its params as
 * compact JSON with sorted keys (from the typed args a when given, else
 * the tree); 0 when it would pass RPC_CACHE_KEY_MAX (not cached). */
static size_t rpc_cache_key(const struct rpc_method *m, const struct rpc_args *a, json_t *params,
                            char key[RPC_CACHE_KEY_MAX])
{
    size_t mlen = strlen(m->name);
    if (mlen + 1 >= RPC_CACHE_KEY_MAX)
        return 0;
    memcpy(key, m->name, mlen);
    key[mlen] = '\n';
    size_t room = RPC_CACHE_KEY_MAX - mlen - 1;
    size_t plen = a ? rpc_args_canonical(a, key + mlen + 1, room)
                    : json_dumpb(params, key + mlen + 1, room, JSON_COMPACT | JSON_SORT_KEYS);
    if (plen == 0 || plen > room)
        return 0;
    return mlen + 1 + plen;
}

/* The commits' changes queued by the writer, into the cache (before a
 * lookup, so before the read transaction a miss begins). */
static void rpc_cache_changed(void *ctx, const uint64_t *h, size_t n, uint64_t txnid)
{
    reply_cache_changed(ctx, h, n, txnid);
}

static void rpc_cache_drain(struct reply_cache *cache)
{
    if (registry_deps_drain(rpc_cache_changed, cache))
        reply_cache_drop_deps(cache);
}

/* A "no such name" kept by what it read is stored as 'E' and its message
 * (a result is JSON: never 'E'). */
static void rpc_cache_error(struct reply_cache *cache, const char *key, size_t klen,
                            const rpc_error *err, const struct reply_cache_deps *deps)
{
    if (!deps->h || err->code != TENURE_E_NOT_FOUND || err->data)
        return;
    char v[sizeof err->message + 1];
    size_t ml = strnlen(err->message, sizeof err->message);
    v[0] = 'E';
    memcpy(v + 1, err->message, ml);
    reply_cache_put(cache, key, klen, v, ml + 1, 0, deps);
}

/* Whether a hit is a kept "no such name": err set as when it was asked. */
static int rpc_cached_error(const char *hit, size_t len, rpc_error *err)
{
    if (len == 0 || hit[0] != 'E')
        return 0;
    rpc_error_set(err, TENURE_E_NOT_FOUND, "%.*s", (int)(len - 1), hit + 1);
    return 1;
}

/* Answer a cacheable READ that is a whole line with an id (its text
 * idtext, ilen bytes) from the reply cache, or run it (a and params as
 * rpc_run_read_text takes them) and remember its serialized result; the
 * reply line goes to call->line.  0 when answered; -1 with err set when the method
 * failed (errors are not cached, but a text handler's NOT_FOUND); 1 when the key is too long to
 * cache (err untouched: run it the ordinary way). */
static int rpc_run_read_cached(struct tenured *td, struct reply_cache *cache,
                               const struct rpc_method *m, const struct rpc_args *a, json_t *params,
                               const char *idtext, size_t ilen, struct rpc_call *call,
                               rpc_error *err)
{
    char key[RPC_CACHE_KEY_MAX];
    size_t klen = rpc_cache_key(m, a, params, key);
    if (!klen)
        return 1;

    /* The generation before the read transaction: a commit racing with
     * this read can only make the entry older than it needs to be. */
    rpc_cache_drain(cache);
    uint64_t gen = atomic_load(&td->generation), lgen = atomic_load(&td->lexicon_gen);
    size_t rlen;
    const char *hit = reply_cache_get(cache, key, klen, gen, lgen, &rlen);
    if (hit && rpc_cached_error(hit, rlen, err))
        return -1;
    if (hit) {
        call->line = rpc_line_around(hit, rlen, idtext, ilen, &call->len);
        return 0;
    }
    struct reply_cache_deps deps;
    char *text = rpc_run_read_text(td, m, a, params, &rlen, err, &deps);
    deps.lgen = lgen;
    if (!text) {
        rpc_cache_error(cache, key, klen, err, &deps);
        return -1;
    }
    reply_cache_put(cache, key, klen, text, rlen, gen, deps.h ? &deps : NULL);
    call->line = rpc_line_around(text, rlen, idtext, ilen, &call->len);
    free(text);
    return 0;
}

/* A single READ with an id, on the loop: through the reply cache when the
 * method is cached and the cache is on, else its text handler (a, params
 * as rpc_run_read_text takes them).  0 with call->line; -1 with err set. */
static int rpc_answer_line(struct tenured *td, const struct rpc_method *m, const struct rpc_args *a,
                           json_t *params, const char *idtext, size_t ilen, struct rpc_call *call,
                           rpc_error *err)
{
    struct reply_cache *cache;
    atomic_fetch_add(&td->requests, 1);
    if (m->cached && (cache = rpc_cache_get(td))) {
        int rc = rpc_run_read_cached(td, cache, m, a, params, idtext, ilen, call, err);
        if (rc <= 0)
            return rc;
    }
    size_t rlen;
    char *text = rpc_run_read_text(td, m, a, params, &rlen, err, NULL);
    if (!text)
        return -1;
    call->line = rpc_line_around(text, rlen, idtext, ilen, &call->len);
    free(text);
    return 0;
}

/* The envelope and parameter checks of one request object (any thread:
 * refuse is the loop's shutting_down when the line was taken).  Returns
 * the method with *idp and *paramsp borrowed from req (NULL when absent);
 * or NULL with err set, and *always 1 for an envelope error (answered even
 * without an id; *idp NULL when the id is unusable), 0 for one answered
 * only when the request has an id. */
const struct rpc_method *rpc_request_check(json_t *req, int refuse, json_t **idp, json_t **paramsp,
                                           rpc_error *err, int *always)
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
    /* one pass over the members: each known one kept, the first unknown
     * one noted (the checks below then run in their order, as lookups by
     * name would) */
    json_t *jsonrpc = NULL, *method = NULL, *params = NULL;
    const char *unknown = NULL;
    id = NULL;
    json_object_foreach(req, key, v)
    {
        if (!strcmp(key, "id"))
            id = v;
        else if (!strcmp(key, "method"))
            method = v;
        else if (!strcmp(key, "params"))
            params = v;
        else if (!strcmp(key, "jsonrpc"))
            jsonrpc = v;
        else if (!unknown)
            unknown = key;
    }
    if (id && !json_is_string(id) && !json_is_integer(id) && !json_is_null(id)) {
        rpc_error_set(err, TENURE_E_INVALID_REQUEST,
                      "invalid request: id must be a string, integer or null");
        return NULL;
    }
    *idp = id;
    if (unknown) {
        rpc_error_set(err, TENURE_E_INVALID_REQUEST, "invalid request: unknown member '%.64s'",
                      unknown);
        return NULL;
    }
    v = jsonrpc;
    if (!json_is_string(v) || strcmp(json_string_value(v), "2.0") != 0) {
        rpc_error_set(err, TENURE_E_INVALID_REQUEST, "invalid request: jsonrpc must be \"2.0\"");
        return NULL;
    }
    v = method;
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
    *paramsp = params;
    if (rpc_check_params(m, *paramsp, err) != 0)
        return NULL;
    if (refuse) {
        rpc_error_set(err, TENURE_E_SHUTTING_DOWN, "daemon shutting down");
        return NULL;
    }
    return m;
}

/* Route one request object (rpc.h): answered here, or a job for the
 * pipeline to run off the loop. */
enum rpc_route rpc_call(struct tenured *td, json_t *req, int batch, int *authed, uint64_t conn_id,
                        struct rpc_call *call)
{
    rpc_error err = {0};
    json_t *id, *params;
    int always;
    memset(call, 0, sizeof *call);
    const struct rpc_method *m =
        rpc_request_check(req, td->shutting_down, &id, &params, &err, &always);
    if (!m) {
        if (always)
            goto reply_error;
        goto reply_maybe;
    }
    if (m->kind == TENURE_KIND_READ && strcmp(m->name, "auth") == 0) {
        json_t *tok = json_object_get(params, "token");
        if (!td->auth_token) {
            rpc_error_set(&err, TENURE_E_INVALID_REQUEST,
                          "auth: this daemon has no auth_token_file; nothing to authenticate");
            goto reply_maybe;
        }
        if (m_auth_check(td, json_string_value(tok), json_string_length(tok)) != 0) {
            log_warn("connection %llu: auth with a wrong token", (unsigned long long)conn_id);
            rpc_error_set(&err, TENURE_E_UNAUTHORIZED, "authentication failed: wrong token");
            goto reply_maybe;
        }
        *authed = 1;
    } else if (!*authed) {
        rpc_error_set(&err, TENURE_E_UNAUTHORIZED,
                      "authentication required: send \"auth\" with the auth_token_file token "
                      "first (tenure reads it from $TENURE_AUTH or --auth-file)");
        goto reply_maybe;
    }
    params = params ? json_incref(params) : json_object();
    rpc_params_fill(m, params);

    /* A scan, or a batch member: on a worker, so that one line cannot hold
     * the loop (and every other client) for the length of many reads. */
    int offloop = m->kind == TENURE_KIND_READ && !m->loopy && (m->offloop || batch);
    struct reply_cache *cache = NULL;
    int line = m->kind == TENURE_KIND_READ && !offloop && m->text && id && !batch;
    if (line ||
        (m->kind == TENURE_KIND_READ && m->cached && id && !batch && (cache = rpc_cache_get(td)))) {
        /* the reply line around the result text: through the cache, the
         * text handler (typed args) or both */
        struct rpc_args a;
        int typed = m->text && rpc_args_of_json(m, params, &a) == 0;
        char idbuf[128], *heap;
        size_t ilen;
        const char *idtext = rpc_id_text(id, idbuf, &heap, &ilen);
        int rc = line ? rpc_answer_line(td, m, typed ? &a : NULL, params, idtext, ilen, call, &err)
                      : rpc_run_read_cached(td, cache, m, NULL, params, idtext, ilen, call, &err);
        free(heap);
        if (rc <= 0) {
            json_decref(params);
            if (!line)
                atomic_fetch_add(&td->requests, 1);
            if (rc < 0)
                goto reply_maybe;
            return RPC_LINE;
        }
    }
    if (m->kind == TENURE_KIND_READ && !offloop) {
        json_t *res = rpc_run_read(td, m, params, &err);
        json_decref(params);
        atomic_fetch_add(&td->requests, 1);
        if (!res)
            goto reply_maybe;
        if (!id) {
            json_decref(res);
            return RPC_NO_REPLY;
        }
        /* watch.c pushes the changes from now on */
        call->watch = !batch && strcmp(m->name, "watch") == 0;
        call->reply = rpc_reply_result(id, res);
        return RPC_REPLY;
    }
    call->method = m;
    call->params = params;
    call->id = id ? json_incref(id) : NULL;
    return RPC_JOB;

reply_maybe:
    /* A notification is never answered, not even with an error (JSON-RPC
     * 2.0 section 4.1); envelope errors above are always answered. */
    if (!id) {
        rpc_error_clear(&err);
        return RPC_NO_REPLY;
    }
reply_error:
    call->reply = rpc_reply_error(id, err.code, err.message, err.data);
    rpc_error_clear(&err);
    return RPC_REPLY;
}

/* The checks rpc_call makes, on a flat request (rpc.h). */
const struct rpc_method *rpc_flat_check(const struct jr_flat *f, struct rpc_args *a,
                                        const struct jr_member **idp)
{
    const struct jr_member *jsonrpc = NULL, *id = NULL, *method = NULL, *params = NULL;
    for (size_t i = 0; i < f->ntop; i++) {
        const struct jr_member *e = &f->top[i];
        if (e->klen == 2 && memcmp(e->key, "id", 2) == 0)
            id = e;
        else if (e->klen == 6 && memcmp(e->key, "method", 6) == 0)
            method = e;
        else if (e->klen == 6 && memcmp(e->key, "params", 6) == 0)
            params = e;
        else if (e->klen == 7 && memcmp(e->key, "jsonrpc", 7) == 0)
            jsonrpc = e;
        else
            return NULL;
    }
    if (!jsonrpc || jsonrpc->kind != JR_STR || jsonrpc->len != 3 ||
        memcmp(jsonrpc->str, "2.0", 3) != 0 || !method || method->kind != JR_STR || !id ||
        (id->kind != JR_INT && id->kind != JR_STR) || (params && params->kind != JR_OBJ))
        return NULL;
    const struct rpc_method *m = rpc_method_find(method->str);
    if (!m || m->kind != TENURE_KIND_READ || !m->text || m->offloop || m->loopy)
        return NULL;
    if (rpc_args_of_flat(m, params ? f->sub : NULL, params ? f->nsub : 0, a) != 0)
        return NULL;
    *idp = id;
    return m;
}

/* Route a flat request line (rpc.h): rpc_call's checks and answer for the
 * one case it takes, everything else left to the ordinary path. */
enum rpc_route rpc_call_flat(struct tenured *td, const struct jr_flat *f, int authed,
                             struct rpc_call *call)
{
    const struct jr_member *id;
    struct rpc_args a;
    memset(call, 0, sizeof *call);
    if (!authed || td->shutting_down)
        return RPC_PARSE;
    const struct rpc_method *m = rpc_flat_check(f, &a, &id);
    if (!m)
        return RPC_PARSE;
    /* the id as json_dumps writes it: an integer's digits, a string
     * without escapes between its quotes */
    char idbuf[128];
    const char *idtext;
    size_t ilen;
    if (id->kind == JR_INT) {
        idtext = rpc_int_text(id->num, idbuf, &ilen);
    } else {
        if (id->len + 2 > sizeof idbuf)
            return RPC_PARSE;
        idbuf[0] = '"';
        memcpy(idbuf + 1, id->str, id->len);
        idbuf[id->len + 1] = '"';
        idtext = idbuf;
        ilen = id->len + 2;
    }
    rpc_error err = {0};
    if (rpc_answer_line(td, m, &a, NULL, idtext, ilen, call, &err) == 0)
        return RPC_LINE;
    json_t *jid = id->kind == JR_INT ? json_integer((json_int_t)id->num)
                                     : json_stringn_nocheck(id->str, id->len);
    call->reply = rpc_reply_error(jid, err.code, err.message, err.data);
    json_decref(jid);
    rpc_error_clear(&err);
    return RPC_REPLY;
}

/* The off-loop step of a READ (in a read transaction of its own) or CPU
 * method (rpc.h). */
json_t *rpc_run(struct tenured *td, const struct rpc_method *m, json_t *params, rpc_error *err)
{
    if (m->kind == TENURE_KIND_READ)
        return rpc_run_read_job(td, m, params, err);
    return m->cpu(td, params, err);
}

/* A WRITE method's prepare step (worker thread). */
void *rpc_prepare(struct tenured *td, const struct rpc_method *m, json_t *params, rpc_error *err)
{
    return m->prepare(td, params, err);
}

/* A WRITE method's apply step (writer thread): its result, or NULL with
 * err set (an internal error when the handler set none). */
json_t *rpc_apply(struct tenured *td, const struct rpc_method *m, MDB_txn *txn, json_t *params,
                  void *prepared, rpc_error *err)
{
    json_t *res = m->apply(td, txn, params, prepared, err);
    if (!res && err->code == 0)
        rpc_error_set(err, TENURE_E_INTERNAL_ERROR, "internal error in %s", m->name);
    return res;
}

/* Free a WRITE method's prepared state. */
void rpc_release(const struct rpc_method *m, void *prepared)
{
    if (m->kind == TENURE_KIND_WRITE && m->release)
        m->release(prepared);
}

/* A method's wire name and kind (the struct is the dispatcher's own). */
const char *rpc_method_name(const struct rpc_method *m)
{
    return m->name;
}

enum tenure_method_kind rpc_method_kind(const struct rpc_method *m)
{
    return m->kind;
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
    char *copy = xmalloc(len ? len : 1);
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
json_t *rpc_unparsed_reply(const char *line, size_t len, const json_error_t *jerr)
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
int rpc_request_reads(json_t *req)
{
    int reads = rpc_reads_store(req);
    if (json_is_array(req)) {
        size_t i;
        json_t *m;
        json_array_foreach(req, i, m) reads |= rpc_reads_store(m);
    }
    return reads;
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
    rpc_params_fill(m, own);
    struct rpc_args a;
    int typed = m->text && rpc_args_of_json(m, own, &a) == 0;
    struct reply_cache *cache = m->cached ? rpc_cache_get(td) : NULL;
    char key[RPC_CACHE_KEY_MAX];
    size_t klen = cache ? rpc_cache_key(m, typed ? &a : NULL, own, key) : 0;
    if (klen)
        rpc_cache_drain(cache);
    uint64_t gen = atomic_load(&td->generation), lgen = atomic_load(&td->lexicon_gen);
    if (klen) {
        size_t rlen;
        const char *hit = reply_cache_get(cache, key, klen, gen, lgen, &rlen);
        if (hit && rpc_cached_error(hit, rlen, err)) {
            json_decref(own);
            return NULL;
        }
        if (hit) {
            char *out = xmalloc(rlen + 1);
            memcpy(out, hit, rlen);
            out[rlen] = '\0';
            *len = rlen;
            json_decref(own);
            return out;
        }
    }
    struct reply_cache_deps deps = {0};
    char *text = rpc_run_read_text(td, m, typed ? &a : NULL, own, len, err, klen ? &deps : NULL);
    json_decref(own);
    deps.lgen = lgen;
    if (!text) {
        if (klen)
            rpc_cache_error(cache, key, klen, err, &deps);
        return NULL;
    }
    if (klen)
        reply_cache_put(cache, key, klen, text, *len, gen, deps.h ? &deps : NULL);
    return text;
}
