/*
 * m_search.c — "search": people, posts and organizations matching text, ranked.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 */
#include "registry.h"
#include "tenured.h"

/* Ranked matches; "limit" bounds the list (1..1000, default 20). */
json_t *m_search_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    json_t *l = json_object_get(params, "limit");
    json_int_t limit = l ? json_integer_value(l) : 20;
    if (limit < 1 || limit > 1000) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'limit' must be between 1 and 1000");
        return NULL;
    }
    return registry_search(rtxn, json_string_value(json_object_get(params, "text")), (int)limit,
                           err);
}
