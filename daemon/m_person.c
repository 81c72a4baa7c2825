/*
 * m_person.c — "person": every post a person held, oldest first.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 * m_person_text writes the same answer as text (rpc.h).
 */
#include "json_writer.h"
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

/* The same, written as text; "#N" goes to the tree (a merged id's note). */
int m_person_text(struct tenured *td, MDB_txn *rtxn, const struct rpc_args *args, struct jw *out,
                  rpc_error *err)
{
    const char *name = rpc_arg_str(args, "name");
    if (!name || name[0] == '#')
        return 1;
    jw_obj(out);
    int rc = registry_person_write(rtxn, name, out, err);
    jw_obj_end(out);
    return rc < 0 ? -1 : 0;
}
