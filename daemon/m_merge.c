/*
 * m_merge.c — "merge": two persons or two posts are one; keep the second.
 *
 * Runs on the writer inside the group's nested transaction (the registry
 * moves the evidence, recomputes the touched tenures, repoints every
 * spelling and logs the correction).  Nothing to prepare off the writer.
 */
#include "registry.h"
#include "tenured.h"

/* Worker: nothing to compute before the write. */
void *m_merge_prepare(struct tenured *td, json_t *params, rpc_error *err)
{
    return NULL;
}

/* Writer: the merge itself. */
json_t *m_merge_apply(struct tenured *td, MDB_txn *wtxn, json_t *params, void *prepared,
                      rpc_error *err)
{
    tx_lexicon *lx = lexicon_get(td);
    json_t *r = registry_merge(wtxn, lx, json_string_value(json_object_get(params, "kind")),
                               json_string_value(json_object_get(params, "from")),
                               json_string_value(json_object_get(params, "into")), err);
    if (lx)
        tx_lexicon_unref(lx);
    return r;
}

/* Nothing was prepared. */
void m_merge_release(void *prepared)
{
}
