/*
 * m_conflicts.c — "conflicts": contradictions between tenures, each with
 * its evidence, for one post or all.  A thin handler; registry_review.c
 * owns the answer.
 */
#include "registry.h"
#include "tenured.h"

/* The conflicts ("limit": methods.def). */
json_t *m_conflicts_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    int limit = rpc_param_int(params, "limit");
    tx_lexicon *lx = lexicon_get(td);
    json_t *r = registry_conflicts(rtxn, lx, json_string_value(json_object_get(params, "position")),
                                   limit, err);
    if (lx)
        tx_lexicon_unref(lx);
    return r;
}
