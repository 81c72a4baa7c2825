/*
 * m_timeline.c — "timeline": a person's posts with the date of each evidence,
 * for drawing.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 */
#include "registry.h"
#include "tenured.h"

/* The person's tenures plus evidence dates; the client draws them. */
json_t *m_timeline_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    const char *name = json_string_value(json_object_get(params, "name"));
    json_t *r = registry_timeline(rtxn, name, err);
    registry_merged_note(rtxn, "person", name, r); /* "#N" of a merged id */
    return r;
}
