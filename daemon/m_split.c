/*
 * m_split.c — "split": a name covers two people; move the chosen evidence
 * (by article and/or by post) to a new person of the same name.
 *
 * Runs on the writer inside the group's nested transaction; the registry
 * remembers the split for later articles.  Nothing to prepare.
 */
#include "registry.h"
#include "tenured.h"

/* Worker: nothing to compute before the write. */
void *m_split_prepare(struct tenured *td, json_t *params, rpc_error *err)
{
    return NULL;
}

/* Writer: the split itself. */
json_t *m_split_apply(struct tenured *td, MDB_txn *wtxn, json_t *params, void *prepared,
                      rpc_error *err)
{
    tx_lexicon *lx = lexicon_get(td);
    json_t *r = registry_split(wtxn, lx, json_string_value(json_object_get(params, "person")),
                               json_object_get(params, "articles"),
                               json_object_get(params, "positions"), err);
    if (lx)
        tx_lexicon_unref(lx);
    return r;
}

/* Nothing was prepared. */
void m_split_release(void *prepared)
{
}
