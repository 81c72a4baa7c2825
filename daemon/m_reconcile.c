/*
 * m_reconcile.c — "reconcile": candidates with scores for a batch of names,
 * in the Reconciliation Service API v0.2 shapes (queries in, result batch
 * out), so /reconcile over HTTP and the socket give the same answer.
 *
 * A thin handler: registry_reconcile.c owns the scoring and its JSON.
 */
#include "registry.h"
#include "tenured.h"

json_t *m_reconcile_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    tx_lexicon *lx = lexicon_get(td);
    json_t *r = registry_reconcile(rtxn, lx, json_object_get(params, "queries"), err);
    if (lx)
        tx_lexicon_unref(lx);
    return r;
}
