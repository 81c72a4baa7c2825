/*
 * m_link.c — "link": the Wikidata item of a person or post, set by an
 * operator (registry_link.c stores it; the QuickStatements, Popolo and
 * FtM exports use it).  Runs on the writer; nothing to prepare.
 */
#include "registry.h"
#include "tenured.h"

/* Worker: nothing to compute before the write. */
void *m_link_prepare(struct tenured *td, json_t *params, rpc_error *err)
{
    return NULL;
}

/* Writer: store or remove the link. */
json_t *m_link_apply(struct tenured *td, MDB_txn *wtxn, json_t *params, void *prepared,
                     rpc_error *err)
{
    return registry_link(wtxn, json_string_value(json_object_get(params, "kind")),
                         json_integer_value(json_object_get(params, "id")),
                         json_string_value(json_object_get(params, "wikidata")), err);
}

/* Nothing was prepared. */
void m_link_release(void *prepared)
{
}
