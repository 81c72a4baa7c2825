/*
 * m_changes.c — "changes": the change feed after a cursor (since), at most
 * limit records, in commit order (bounds and defaults: methods.def).
 *
 * A thin handler: registry_changes.c owns the feed and its JSON.
 */
#include "registry.h"
#include "tenured.h"

json_t *m_changes_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    (void)td;
    json_int_t since = json_integer_value(json_object_get(params, "since"));
    return registry_changes(rtxn, (long long)since, rpc_param_int(params, "limit"), err);
}
