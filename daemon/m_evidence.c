/*
 * m_evidence.c — "evidence": the articles and snippets behind a person's
 * claims.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 */
#include "registry.h"
#include "tenured.h"

/* Evidence of a person, optionally for one post. */
json_t *m_evidence_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    int limit = rpc_param_int(params, "limit");
    tx_lexicon *lx = lexicon_get(td);
    json_t *r =
        registry_evidence(rtxn, lx, json_string_value(json_object_get(params, "person")),
                          json_string_value(json_object_get(params, "position")), limit, err);
    if (lx)
        tx_lexicon_unref(lx);
    registry_merged_note(rtxn, "person", json_string_value(json_object_get(params, "person")), r);
    return r;
}
