/*
 * m_person.c — "person": every post a person held, oldest first.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 */
#include "registry.h"
#include "tenured.h"

/* The person's tenures. */
json_t *m_person_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    const char *name = json_string_value(json_object_get(params, "name"));
    json_t *r = registry_person(rtxn, name, err);
    registry_merged_note(rtxn, "person", name, r); /* "#N" of a merged id */
    return r;
}
