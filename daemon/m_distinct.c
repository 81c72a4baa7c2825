/*
 * m_distinct.c — "distinct": the operator says two persons are not the
 * same.  Runs on the writer; the registry (registry_review.c) records the
 * pair, pins both persons and logs the correction.
 */
#include "registry.h"
#include "tenured.h"

/* Worker: nothing to compute before the write. */
void *m_distinct_prepare(struct tenured *td, json_t *params, rpc_error *err)
{
    return NULL;
}

/* Writer: record the pair. */
json_t *m_distinct_apply(struct tenured *td, MDB_txn *wtxn, json_t *params, void *prepared,
                         rpc_error *err)
{
    return registry_distinct(wtxn, json_string_value(json_object_get(params, "a")),
                             json_string_value(json_object_get(params, "b")), err);
}

/* Nothing was prepared. */
void m_distinct_release(void *prepared)
{
}
