/*
 * m_article_delete.c — "article.delete": forget an article.
 *
 * Owns the order of the forget: the registry first forgets the article's
 * mentions of people, then drops the evidence the article gave and
 * recomputes what it touched, then the record goes, all
 * in one nested transaction of the writer's group.  NOT_FOUND when the
 * article is not stored.
 */
#include <stdlib.h>
#include <string.h>

#include "registry.h"
#include "store.h"
#include "tenured.h"
#include "xmalloc.h"

/* Worker: parse the id (nothing else to prepare). */
void *m_article_delete_prepare(struct tenured *td, json_t *params, rpc_error *err)
{
    unsigned char *id = xmalloc(16);
    if (m_article_id_param(params, id, err) != 0) {
        free(id);
        return NULL;
    }
    return id;
}

/* Writer: forget evidence, delete the record. */
json_t *m_article_delete_apply(struct tenured *td, MDB_txn *wtxn, json_t *params, void *prepared,
                               rpc_error *err)
{
    const unsigned char *id = prepared;
    char hex[33];
    store_article_id_hex(id, hex);
    int exists = store_article_exists(wtxn, id, err);
    if (exists < 0)
        return NULL;
    if (!exists) {
        rpc_error_set(err, TENURE_E_NOT_FOUND, "no article %s", hex);
        return NULL;
    }
    /* the people the article named: persons nothing else supports go
     * (read before any write: the record points into the map) */
    struct store_article a;
    rpc_error gerr = {0};
    json_t *extraction = NULL;
    int got = store_article_get(wtxn, id, &a, &gerr);
    if (got == 1 && a.extraction_len)
        extraction = json_loadb(a.extraction, a.extraction_len, 0, NULL);
    json_decref(gerr.data); /* an unreadable record is still forgotten */
    /* its year leaves its feed's years (rule 10) */
    if (got == 1 && registry_feed_count(wtxn, a.source, a.source_len, id, &a.date,
                                        a.date_source == STORE_DATE_TEXT, 0, -1, err) != 0) {
        json_decref(extraction);
        return NULL;
    }
    int fm = extraction ? registry_forget_mentions(wtxn, extraction, err) : 0;
    json_decref(extraction);
    if (fm != 0)
        return NULL;
    if (registry_forget_article(wtxn, id, err) != 0) {
        if (err->code == 0)
            rpc_error_set(err, TENURE_E_STORE_ERROR, "registry forget failed");
        return NULL;
    }
    if (store_article_delete(wtxn, id, err) != 0)
        return NULL;
    return json_pack("{s:s, s:b}", "article", hex, "deleted", 1);
}

/* Free the id. */
void m_article_delete_release(void *prepared)
{
    free(prepared);
}
