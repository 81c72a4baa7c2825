/*
 * m_duplicates.c — "duplicates": candidate pairs of persons that may be one
 * (one name, a tone mark or i/y apart) with what they share.  A thin
 * handler; registry_review.c owns the answer.
 */
#include "registry.h"
#include "tenured.h"

/* The review queue ("limit" 1..1000, default 20). */
json_t *m_duplicates_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    int limit;
    if (rpc_param_limit(params, 20, 1000, &limit, err) < 0)
        return NULL;
    return registry_duplicates(rtxn, limit, err);
}
