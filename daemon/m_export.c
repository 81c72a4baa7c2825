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
    int limit = rpc_param_int(params, "limit");
    return registry_export(rtxn, td->cfg.lexicon_dir,
                           json_string_value(json_object_get(params, "format")),
                           json_string_value(json_object_get(params, "after")), limit,
                           json_string_value(json_object_get(params, "as_of")), err);
}
