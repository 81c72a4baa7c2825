/*
 * m_org.c — "org": the posts of an organization and their holders.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 */
#include "registry.h"
#include "tenured.h"

/* Posts and holders of an organization, at a date when given. */
json_t *m_org_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    json_t *l = json_object_get(params, "limit");
    json_int_t limit = l ? json_integer_value(l) : 0; /* 0: the registry's default */
    if (l && (limit < 1 || limit > 1000)) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'limit' must be between 1 and 1000");
        return NULL;
    }
    tx_lexicon *lx = lexicon_get(td);
    json_t *r = registry_org(rtxn, lx, json_string_value(json_object_get(params, "name")),
                             json_string_value(json_object_get(params, "at")), (int)limit, err);
    if (lx)
        tx_lexicon_unref(lx);
    return r;
}
