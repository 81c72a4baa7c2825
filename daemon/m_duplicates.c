/*
 * m_duplicates.c — "duplicates": candidate pairs of persons that may be one
 * (one name, a tone mark or i/y apart) with what they share.  A thin
 * handler; registry_review.c owns the answer.
 */
#include "registry.h"
#include "tenured.h"

/* The review queue ("limit": methods.def). */
json_t *m_duplicates_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    int limit = rpc_param_int(params, "limit");
    return registry_duplicates(rtxn, limit, err);
}
