/*
 * m_org.c — "org": the posts of an organization and their holders.
 *
 * A thin handler: the dispatcher has checked the parameter shape; the
 * registry (registry_query.c and friends) owns the answer and its JSON.
 * m_org_text writes the same answer as text (rpc.h).
 */
#include "json_writer.h"
#include "registry.h"
#include "tenured.h"

/* Posts and holders of an organization, at a date when given. */
json_t *m_org_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    int limit = rpc_param_int(params, "limit");
    tx_lexicon *lx = lexicon_get(td);
    json_t *r = registry_org(rtxn, lx, json_string_value(json_object_get(params, "name")),
                             json_string_value(json_object_get(params, "at")), limit, err);
    if (lx)
        tx_lexicon_unref(lx);
    return r;
}

/* The same, written as text. */
int m_org_text(struct tenured *td, MDB_txn *rtxn, const struct rpc_args *args, struct jw *out,
               rpc_error *err)
{
    int limit = (int)rpc_arg_int(args, "limit");
    tx_lexicon *lx = lexicon_get(td);
    jw_obj(out);
    int rc = registry_org_write(rtxn, lx, rpc_arg_str(args, "name"), rpc_arg_str(args, "at"), limit,
                                out, err);
    jw_obj_end(out);
    if (lx)
        tx_lexicon_unref(lx);
    return rc < 0 ? -1 : 0;
}
