/*
 * rpc.h — the contract between the JSON-RPC dispatcher and method handlers,
 * and the dispatcher's API for the request pipeline (pipeline.c) and HTTP.
 *
 * The dispatcher (daemon/rpc.c) owns framing results into JSON-RPC replies,
 * checking the request envelope and the parameter shape declared in
 * include/tenure/methods.def, and choosing the thread a method runs on.
 * Handlers (daemon/m_<symbol>.c) only see validated params and the store
 * transaction they are given; they never begin, commit or abort one.
 *
 * Handler signatures by kind (methods.def):
 *   READ   json_t *m_<sym>_read(struct tenured *, MDB_txn *rtxn, json_t *params, rpc_error *)
 *          on the event-loop thread, inside a read-only transaction.
 *   CPU    json_t *m_<sym>_cpu(struct tenured *, json_t *params, rpc_error *)
 *          on a worker thread; no store access.
 *   WRITE  void   *m_<sym>_prepare(struct tenured *, json_t *params, rpc_error *)
 *          on a worker thread, no store access (extraction happens here);
 *          returns prepared state (may be NULL) — failure is err->code != 0.
 *          json_t *m_<sym>_apply(struct tenured *, MDB_txn *wtxn, json_t *params,
 *                                void *prepared, rpc_error *)
 *          on the writer thread, inside a nested transaction of the current
 *          group commit: returning NULL aborts this request's changes only.
 *          The reply is sent after the group's commit is durable.
 *          void    m_<sym>_release(void *prepared)   frees prepared state.
 * A handler returns a new reference to its result, or NULL with err set.
 */
#ifndef TENURED_RPC_H
#define TENURED_RPC_H

#include <jansson.h>
#include <lmdb.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "tenure/protocol.h"

struct tenured;

/* The handlers' error is the one the layers below fill (daemon/error.h);
 * rpc.c turns it into the JSON-RPC "error" member of the reply. */
typedef tn_error rpc_error;
#define rpc_error_set tn_error_set
#define rpc_error_clear tn_error_clear

/* Handler prototypes, generated from methods.def by kind. */
#define RPC_DECL_READ(sym)                                                                         \
    json_t *m_##sym##_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err);
#define RPC_DECL_CPU(sym) json_t *m_##sym##_cpu(struct tenured *td, json_t *params, rpc_error *err);
#define RPC_DECL_WRITE(sym)                                                                        \
    void *m_##sym##_prepare(struct tenured *td, json_t *params, rpc_error *err);                   \
    json_t *m_##sym##_apply(struct tenured *td, MDB_txn *wtxn, json_t *params, void *prepared,     \
                            rpc_error *err);                                                       \
    void m_##sym##_release(void *prepared);
#define TENURE_METHOD(name, sym, kind, params, summary) RPC_DECL_##kind(sym)
#include "tenure/methods.def"
#undef TENURE_METHOD

/* Most fields a parameter shape of methods.def may have. */
#define RPC_MAX_FIELDS 8

/* A request's params, typed: the method's fields in methods.def order,
 * checked against the shape, defaults filled.  The same from a Jansson
 * tree (a request parsed as usual, HTTP) and from a flat request line read
 * without one (rpc_call_flat).  Handlers read it with rpc_arg_*. */
struct rpc_args {
    const struct rpc_method *m;
    const char *str[RPC_MAX_FIELDS]; /* type s: NUL-terminated, len bytes */
    size_t len[RPC_MAX_FIELDS];
    long long num[RPC_MAX_FIELDS];     /* type i; type b as 0 or 1 */
    unsigned char set[RPC_MAX_FIELDS]; /* given, or its default filled */
};
/* A string field (NULL when absent), an integer (0 when absent), a
 * boolean (0 when absent). */
const char *rpc_arg_str(const struct rpc_args *a, const char *name);
long long rpc_arg_int(const struct rpc_args *a, const char *name);
int rpc_arg_true(const struct rpc_args *a, const char *name);

/* args from params (checked by rpc_check_params, defaults filled): 0, or
 * -1 when the shape has an object or array field (no typed form). */
int rpc_args_of_json(const struct rpc_method *m, json_t *params, struct rpc_args *a);
/* The params as compact JSON with sorted keys, byte for byte what
 * json_dumpb(params, JSON_COMPACT | JSON_SORT_KEYS) gives of the filled
 * tree (the reply cache's key): the length, written to buf only when it
 * is at most cap. */
size_t rpc_args_canonical(const struct rpc_args *a, char *buf, size_t cap);

/* The hottest READ methods also write their result straight as JSON text
 * (daemon/json_writer.h), byte for byte what json_dumps(JSON_COMPACT) of
 * m_<sym>_read's tree gives, without building the tree (rpc.c's
 * rpc_text_methods lists them), from typed params:
 *   int m_<sym>_text(struct tenured *, MDB_txn *rtxn, const struct rpc_args *, struct jw *out,
 *                    rpc_error *)
 * 0 with the whole result value written; -1 with err set; 1 when this
 * request needs the tree (m_<sym>_read answers it; nothing was written). */
struct jw;
#define RPC_DECL_TEXT(sym)                                                                         \
    int m_##sym##_text(struct tenured *td, MDB_txn *rtxn, const struct rpc_args *args,             \
                       struct jw *out, rpc_error *err);
RPC_DECL_TEXT(who)
RPC_DECL_TEXT(person)
RPC_DECL_TEXT(org)
RPC_DECL_TEXT(search)

/* ---- the dispatcher (rpc.c): what the pipeline and http.c call ---- */

/* Check methods.def's parameter shapes once at start-up. */
int rpc_init(char **cause);
/* Drop the loop's read transaction handle (before the store closes) and
 * the reply cache. */
void rpc_finish(void);
/* Look a method up by wire name; its name and kind (the struct is rpc.c's). */
const struct rpc_method *rpc_method_find(const char *name);
const char *rpc_method_name(const struct rpc_method *m);
enum tenure_method_kind rpc_method_kind(const struct rpc_method *m);
/* Number of methods in methods.def. */
size_t rpc_method_count(void);
/* Validate params against a method's shape: types, unknown and missing
 * fields, the bounds methods.def declares (unit-tested). */
int rpc_check_params(const struct rpc_method *m, json_t *params, rpc_error *err);
/* Fill the default methods.def declares for each absent field into params
 * (done before any handler runs, after rpc_check_params checked the type
 * and bounds of what was given). */
void rpc_params_fill(const struct rpc_method *m, json_t *params);
/* An integer parameter as a handler sees it: what the client sent, or the
 * default filled from methods.def, within its declared bounds; 0 for an
 * absent field that declares no default. */
int rpc_param_int(json_t *params, const char *name);

/* The envelope.  The checks of one request object (any thread: refuse is
 * the daemon shutting down when the line was taken): the method with *idp
 * and *paramsp borrowed from req (NULL when absent), or NULL with err set
 * and *always 1 for an envelope error (answered even without an id; *idp
 * NULL when the id is unusable), 0 for one answered only with an id. */
const struct rpc_method *rpc_request_check(json_t *req, int refuse, json_t **idp, json_t **paramsp,
                                           rpc_error *err, int *always);
/* Reply objects: {"jsonrpc","error":{code,message[,data]},"id"} (id and
 * data borrowed, NULL id = null) and {"jsonrpc","result","id"} (result
 * stolen). */
json_t *rpc_reply_error(json_t *id, int code, const char *message, json_t *data);
json_t *rpc_reply_result(json_t *id, json_t *result);
/* A single request's whole reply line around a serialized result (malloc'd,
 * '\n'-terminated, *len bytes). */
char *rpc_result_line(const char *result, size_t rlen, json_t *id, size_t *len);
/* One serialized error reply line outside any request (malloc'd). */
char *rpc_error_line(int code, const char *message, size_t *len);
/* The reply to a line that did not parse (any thread): -32700, or BAD_TEXT
 * with the offset in params.text, or -32602 for a NUL; json_null() when
 * that request was a notification (no reply). */
json_t *rpc_unparsed_reply(const char *line, size_t len, const json_error_t *jerr);
/* Whether a parsed line (an object or a batch) names a READ method: it must
 * wait for its connection's earlier writes. */
int rpc_request_reads(json_t *req);

/* Routing one request object, on the loop (rpc_call). */
enum rpc_route {
    RPC_NO_REPLY, /* done, nothing to answer (a notification) */
    RPC_REPLY,    /* done: call->reply is the reply object */
    RPC_LINE,     /* done: call->line is the whole reply line (a single request) */
    RPC_JOB,      /* to run off the loop: call->method, params, id */
    RPC_PARSE     /* rpc_call_flat only: not taken, parse the line as usual */
};
struct rpc_call {
    const struct rpc_method *method; /* RPC_JOB */
    json_t *params;                  /* RPC_JOB: owned, defaults filled */
    json_t *id;                      /* RPC_JOB: owned, NULL for a notification */
    json_t *reply;                   /* RPC_REPLY: owned */
    char *line;                      /* RPC_LINE: malloc'd, '\n'-terminated */
    size_t len;
    int watch; /* RPC_REPLY to a single "watch": subscribe the connection */
};
/* Check req's envelope and params, authenticate ("auth" sets *authed, the
 * connection's flag; anything else needs it), then answer a READ that may
 * run on the loop (through the reply cache or its text handler when it can)
 * or hand back what must run off it (CPU, WRITE, a READ that scans or is a
 * batch member).  conn_id names the connection in the log. */
enum rpc_route rpc_call(struct tenured *td, json_t *req, int batch, int *authed, uint64_t conn_id,
                        struct rpc_call *call);
/* The same for a line jr_flat read (json_reader.h), without a Jansson
 * tree: answered (RPC_LINE, or RPC_REPLY for an error the method gave)
 * when it is a single request with an id to a READ method that has a text
 * handler, every member and param valid, the connection authenticated and
 * the daemon not shutting down; otherwise RPC_PARSE and nothing done (the
 * line takes the ordinary path, which gives every error its reply).  The
 * answer is byte for byte the one rpc_call gives for the same line. */
struct jr_flat;
struct jr_member;
enum rpc_route rpc_call_flat(struct tenured *td, const struct jr_flat *f, int authed,
                             struct rpc_call *call);
/* rpc_call_flat's checks, without a daemon (the tests and fuzz_rpc hold
 * them to rpc_request_check's on Jansson's tree of the same line): the
 * method, with *a its typed params and *idp the id member, when the line
 * is a request rpc_call_flat may answer; NULL when not (not an error). */
const struct rpc_method *rpc_flat_check(const struct jr_flat *f, struct rpc_args *a,
                                        const struct jr_member **idp);
/* The steps of a call off the loop: a READ (in a read transaction of its
 * own) or CPU method's result (worker thread); a WRITE's prepare (worker
 * thread) and apply (writer thread, inside txn; NULL with err set, never
 * without), and its release.  Each returns NULL with err set on failure. */
json_t *rpc_run(struct tenured *td, const struct rpc_method *m, json_t *params, rpc_error *err);
void *rpc_prepare(struct tenured *td, const struct rpc_method *m, json_t *params, rpc_error *err);
json_t *rpc_apply(struct tenured *td, const struct rpc_method *m, MDB_txn *txn, json_t *params,
                  void *prepared, rpc_error *err);
void rpc_release(const struct rpc_method *m, void *prepared);
/* Run one READ method by name outside any connection (daemon/http.c):
 * the result as compact JSON text (malloc'd, *len bytes), or NULL with err
 * set; a method that is not READ is METHOD_NOT_FOUND. */
char *rpc_read_call(struct tenured *td, const char *name, json_t *params, size_t *len,
                    rpc_error *err);
/* The reply cache's counters, all zero when it is disabled (stats). */
struct reply_cache_stats;
void rpc_reply_cache_stats(struct reply_cache_stats *out);

#endif
