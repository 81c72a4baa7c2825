/*
 * m_export.c — "export": one page of the registry as Popolo, QuickStatements,
 * FtM or CSV rows.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 */
#include "registry.h"
#include "tenured.h"

/* One page; the client asks again with "after" = the previous "next". */
json_t *m_export_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    json_t *l = json_object_get(params, "limit");
    json_int_t limit = l ? json_integer_value(l) : 500;
    if (limit < 1 || limit > 10000) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'limit' must be between 1 and 10000");
        return NULL;
    }
    return registry_export(rtxn, td->cfg.lexicon_dir,
                           json_string_value(json_object_get(params, "format")),
                           json_string_value(json_object_get(params, "after")), (int)limit,
                           json_string_value(json_object_get(params, "as_of")), err);
}
