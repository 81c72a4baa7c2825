/*
 * m_who.c — "who": the holders of a post, or those at a date, most likely
 * first.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 * m_who_text writes the same answer as text (rpc.h), the path a reply
 * takes unless it is a batch member or names a merged "#N".
 */
#include "json_writer.h"
#include "registry.h"
#include "tenured.h"

/* Resolve the position with the current lexicon and list its holders. */
json_t *m_who_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    int limit = rpc_param_int(params, "limit");
    tx_lexicon *lx = lexicon_get(td);
    json_t *r = registry_who_why(rtxn, lx, json_string_value(json_object_get(params, "position")),
                                 json_string_value(json_object_get(params, "at")), limit,
                                 json_is_true(json_object_get(params, "why")), err);
    if (lx)
        tx_lexicon_unref(lx);
    registry_merged_note(rtxn, "post", json_string_value(json_object_get(params, "position")), r);
    return r;
}

/* The same, written as text; "#N" goes to the tree (a merged id's note). */
int m_who_text(struct tenured *td, MDB_txn *rtxn, const struct rpc_args *args, struct jw *out,
               rpc_error *err)
{
    const char *position = rpc_arg_str(args, "position");
    int limit;
    if (!position || position[0] == '#')
        return 1;
    limit = (int)rpc_arg_int(args, "limit");
    tx_lexicon *lx = lexicon_get(td);
    jw_obj(out);
    int rc = registry_who_write(rtxn, lx, position, rpc_arg_str(args, "at"), limit,
                                rpc_arg_true(args, "why"), out, err);
    jw_obj_end(out);
    if (lx)
        tx_lexicon_unref(lx);
    return rc < 0 ? -1 : 0;
}
