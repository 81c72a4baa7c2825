/*
 * m_changes.c — "changes": the change feed after a cursor (since, default
 * 0), at most limit (1..10000, default 100) records, in commit order.
 *
 * A thin handler: registry_changes.c owns the feed and its JSON.
 */
#include "registry.h"
#include "tenured.h"

json_t *m_changes_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    (void)td;
    json_t *s = json_object_get(params, "since"), *l = json_object_get(params, "limit");
    json_int_t since = s ? json_integer_value(s) : 0, limit = l ? json_integer_value(l) : 100;
    if (since < 0 || limit < 1 || limit > 10000) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: since must be >= 0 and limit between 1 and 10000");
        return NULL;
    }
    return registry_changes(rtxn, (long long)since, (int)limit, err);
}
