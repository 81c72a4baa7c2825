/*
 * m_who.c — "who": the holders of a post, or those at a date, most likely
 * first.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 */
#include "registry.h"
#include "tenured.h"

/* Resolve the position with the current lexicon and list its holders
 * ("limit" 1..1000, default 50). */
json_t *m_who_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    json_t *l = json_object_get(params, "limit");
    json_int_t limit = l ? json_integer_value(l) : 50;
    if (limit < 1 || limit > 1000) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'limit' must be between 1 and 1000");
        return NULL;
    }
    tx_lexicon *lx = lexicon_get(td);
    json_t *r = registry_who_why(rtxn, lx, json_string_value(json_object_get(params, "position")),
                                 json_string_value(json_object_get(params, "at")), (int)limit,
                                 json_is_true(json_object_get(params, "why")), err);
    if (lx)
        tx_lexicon_unref(lx);
    registry_merged_note(rtxn, "post", json_string_value(json_object_get(params, "position")), r);
    return r;
}
