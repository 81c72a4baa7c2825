/*
 * m_search.c — "search": people, posts and organizations matching text, ranked.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 * m_search_text writes the same answer as text (rpc.h).
 */
#include "json_writer.h"
#include "registry.h"
#include "tenured.h"

/* Ranked matches; "limit" bounds the list. */
json_t *m_search_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    int limit = rpc_param_int(params, "limit");
    return registry_search(rtxn, json_string_value(json_object_get(params, "text")), limit, err);
}

/* The same, written as text. */
int m_search_text(struct tenured *td, MDB_txn *rtxn, const struct rpc_args *args, struct jw *out,
                  rpc_error *err)
{
    int limit = (int)rpc_arg_int(args, "limit");
    jw_obj(out);
    int rc = registry_search_write(rtxn, rpc_arg_str(args, "text"), limit, out, err);
    jw_obj_end(out);
    return rc < 0 ? -1 : 0;
}
