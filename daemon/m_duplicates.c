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
    json_t *l = json_object_get(params, "limit");
    json_int_t limit = l ? json_integer_value(l) : 20;
    if (limit < 1 || limit > 1000) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'limit' must be between 1 and 1000");
        return NULL;
    }
    return registry_duplicates(rtxn, (int)limit, err);
}
