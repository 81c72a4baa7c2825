/*
 * rpc.h — the contract between the JSON-RPC dispatcher and method handlers.
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

/* The hottest READ methods also write their result straight as JSON text
 * (daemon/json_writer.h), byte for byte what json_dumps(JSON_COMPACT) of
 * m_<sym>_read's tree gives, without building the tree (rpc.c's
 * rpc_text_methods lists them):
 *   int m_<sym>_text(struct tenured *, MDB_txn *rtxn, json_t *params, struct jw *out, rpc_error *)
 * 0 with the whole result value written; -1 with err set; 1 when this
 * request needs the tree (m_<sym>_read answers it; nothing was written). */
struct jw;
#define RPC_DECL_TEXT(sym)                                                                         \
    int m_##sym##_text(struct tenured *td, MDB_txn *rtxn, json_t *params, struct jw *out,          \
                       rpc_error *err);
RPC_DECL_TEXT(who)
RPC_DECL_TEXT(person)
RPC_DECL_TEXT(org)
RPC_DECL_TEXT(search)

#endif
