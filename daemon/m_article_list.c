/*
 * m_article_list.c — "article.list": stored articles, paged in id order.
 *
 * Owns the paging parameters: "after" (an id; the page starts strictly
 * after it) and "limit" (bounds and default: methods.def).  The result is {"articles": [...],
 * "next": id|null, "total": N}; pass "next" as "after" for the next page.
 */
#include "store.h"
#include "tenured.h"

/* One page. */
json_t *m_article_list_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    unsigned char after[16];
    json_t *a = json_object_get(params, "after");
    int limit = rpc_param_int(params, "limit");
    if (a && store_article_id_parse(json_string_value(a), after) != 0) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'after' must be a %d-hex-digit article id",
                      TENURE_ARTICLE_ID_HEXLEN);
        return NULL;
    }
    json_t *r = store_article_list(rtxn, a ? after : NULL, (size_t)limit, err);
    if (r)
        json_object_set_new(r, "total", json_integer((json_int_t)store_article_count(rtxn)));
    return r;
}
