/*
 * m_article_get.c — "article.get": one stored article.
 *
 * Owns the result shape: the summary (store_article_summary's fields), the
 * stored extraction object, and the text when asked ("text": true).  The
 * article is named by its id or a unique prefix of it (8 digits or more).
 */
#include "store.h"
#include "tenured.h"

/* Parse the "article" param into id; -1 with err naming the field. */
int m_article_id_param(json_t *params, unsigned char id[16], rpc_error *err)
{
    if (store_article_id_parse(json_string_value(json_object_get(params, "article")), id) != 0) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'article' must be a %d-hex-digit article id",
                      TENURE_ARTICLE_ID_HEXLEN);
        return -1;
    }
    return 0;
}

/* Summary + extraction (+ text). */
json_t *m_article_get_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    unsigned char id[16];
    struct store_article a;
    /* the whole id, or a unique prefix of it (the 12 digits a why lists) */
    const char *given = json_string_value(json_object_get(params, "article"));
    int found = store_article_id_prefix(rtxn, given, id, err);
    if (found < 0 && err->code == 0)
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'article' must be a %d-hex-digit article id or a "
                      "prefix of at least %d of its digits",
                      TENURE_ARTICLE_ID_HEXLEN, STORE_ARTICLE_PREFIX_MIN);
    if (found == 2)
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: several articles' ids begin with %s: give more digits",
                      given);
    if (found < 0 || found == 2)
        return NULL;
    if (found == 0) {
        rpc_error_set(err, TENURE_E_NOT_FOUND, "no article %s", given);
        return NULL;
    }
    int rc = store_article_get(rtxn, id, &a, err);
    if (rc < 0)
        return NULL;
    if (rc == 0) {
        rpc_error_set(err, TENURE_E_NOT_FOUND, "no article %s",
                      json_string_value(json_object_get(params, "article")));
        return NULL;
    }
    /* Never serve text that is not what was stored under this id. */
    if (store_article_check(&a, err) != 0)
        return NULL;
    json_t *r = store_article_summary(rtxn, id);
    if (!r) {
        rpc_error_set(err, TENURE_E_STORE_ERROR, "article record is malformed");
        return NULL;
    }
    json_t *ex = a.extraction_len ? json_loadb(a.extraction, a.extraction_len, 0, NULL) : NULL;
    json_object_set_new(r, "extraction", ex ? ex : json_null());
    if (json_is_true(json_object_get(params, "text")))
        json_object_set_new(r, "text", json_stringn(a.text, a.text_len));
    return r;
}
