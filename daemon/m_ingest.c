/*
 * m_ingest.c — "ingest": extract one article and store it, durably.
 *
 * Owns the two steps of an ingest.  prepare (worker thread): check the text
 * (non-empty, valid UTF-8, else BAD_TEXT naming the byte offset) and the
 * date, compute the article id, run the extractor with the current lexicon.
 * apply (writer thread, nested transaction): if the id is stored already,
 * answer "new": false; otherwise write the article record and hand the
 * extraction to the registry in the same transaction, so an article is
 * stored with all its evidence or not at all.  The reply leaves after the
 * group commit (writer.c).  Does not know record layouts (store.c) or how
 * evidence becomes tenures (registry.c).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "registry.h"
#include "store.h"
#include "tenured.h"
#include "xmalloc.h"

struct ingest_prepared {
    unsigned char id[16];
    tx_lexicon *lx;     /* the lexicon the extraction used (referenced) */
    json_t *extraction; /* tx_extract()'s object */
    char *extraction_json;
    pdate date;
    enum store_date_source date_source;
};

/* Set BAD_TEXT with the offset in err->data. */
static void m_ingest_bad_text(rpc_error *err, long offset, const char *what)
{
    rpc_error_set(err, TENURE_E_BAD_TEXT, "invalid article text: %s at byte offset %ld", what,
                  offset);
    json_decref(err->data);
    err->data = json_pack("{s:I}", "offset", (json_int_t)offset);
}

/* Check text and date; shared with "extract".  0 or -1 with err. */
int m_ingest_check_text(json_t *params, rpc_error *err)
{
    const char *text = json_string_value(json_object_get(params, "text"));
    size_t len = json_string_length(json_object_get(params, "text"));
    if (len == 0) {
        m_ingest_bad_text(err, 0, "empty text");
        return -1;
    }
    /* No UTF-8 check here: Jansson hands out only valid UTF-8 strings, and
     * a request whose text is not UTF-8 never parses — rpc.c answers it
     * with BAD_TEXT and the offset (rpc_bad_utf8_reply). */
    size_t i = 0;
    while (i < len && strchr(" \t\r\n\f\v", text[i]))
        i++;
    if (i == len) {
        m_ingest_bad_text(err, 0, "text is only white space");
        return -1;
    }
    json_t *d = json_object_get(params, "date");
    pdate pd;
    if (d && pdate_parse(json_string_value(d), &pd) != 0) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'date' must be YYYY, YYYY-MM or YYYY-MM-DD");
        return -1;
    }
    return 0;
}

/* Run the extractor on params.text with the current lexicon; *lxp gets the
 * referenced lexicon when not NULL (else it is released). */
json_t *m_ingest_extract(struct tenured *td, json_t *params, tx_lexicon **lxp, rpc_error *err)
{
    const char *text = json_string_value(json_object_get(params, "text"));
    size_t len = json_string_length(json_object_get(params, "text"));
    const char *date = json_string_value(json_object_get(params, "date"));
    tx_lexicon *lx = lexicon_get(td);
    if (!lx) {
        rpc_error_set(err, TENURE_E_INTERNAL_ERROR, "no lexicon loaded");
        return NULL;
    }
    tx_error txe = {0};
    json_t *ex = tx_extract(lx, text, len, date, &txe);
    if (!ex) {
        if (txe.code == TENURE_E_BAD_TEXT || txe.offset >= 0) {
            m_ingest_bad_text(err, txe.offset >= 0 ? txe.offset : 0,
                              txe.message[0] ? txe.message : "rejected by the extractor");
        } else {
            rpc_error_set(err, txe.code ? txe.code : TENURE_E_INTERNAL_ERROR,
                          "extraction failed: %s", txe.message);
        }
        tx_lexicon_unref(lx);
        return NULL;
    }
    if (lxp)
        *lxp = lx;
    else
        tx_lexicon_unref(lx);
    return ex;
}

static int m_ingest_fill(struct tenured *td, json_t *params, struct ingest_prepared *p,
                         rpc_error *err);

/* Worker: validate, hash, extract. */
void *m_ingest_prepare(struct tenured *td, json_t *params, rpc_error *err)
{
    if (m_ingest_check_text(params, err) != 0)
        return NULL;
    struct ingest_prepared *p = xcalloc(1, sizeof *p);
    const char *text = json_string_value(json_object_get(params, "text"));
    size_t len = json_string_length(json_object_get(params, "text"));
    if (store_article_id(text, len, p->id) != 0) {
        m_ingest_bad_text(err, tx_utf8_invalid_offset(text, len), "invalid UTF-8");
        goto free_p;
    }
    /* Re-fed articles are common (feeds overlap): skip the extraction when
     * the article is stored already.  apply checks again in the write
     * transaction, and extracts there in the rare case it was deleted in
     * between. */
    if (store_article_known(p->id) == 1)
        return p;
    if (m_ingest_fill(td, params, p, err) != 0)
        goto free_p;
    return p;

free_p:
    m_ingest_release(p);
    return NULL;
}

/* Extract and keep what apply stores. */
static int m_ingest_fill(struct tenured *td, json_t *params, struct ingest_prepared *p,
                         rpc_error *err)
{
    p->extraction = m_ingest_extract(td, params, &p->lx, err);
    if (!p->extraction)
        return -1;
    /* The feed's own keys (its id, section, author...) travel with the
     * extraction record, so article.get shows them and forget drops them. */
    json_t *meta = json_object_get(params, "meta");
    if (json_object_size(meta))
        json_object_set(p->extraction, "meta", meta);
    p->extraction_json = json_dumps(p->extraction, JSON_COMPACT); /* never NULL: xmalloc.h */
    const char *ds = json_string_value(json_object_get(p->extraction, "date_source"));
    const char *dv = json_string_value(json_object_get(p->extraction, "date"));
    if (dv && pdate_parse(dv, &p->date) == 0)
        p->date_source = ds && strcmp(ds, "given") == 0 ? STORE_DATE_GIVEN : STORE_DATE_TEXT;
    else
        memset(&p->date, 0, sizeof p->date);
    return 0;
}

/* Writer: dedupe, store, hand to the registry. */
json_t *m_ingest_apply(struct tenured *td, MDB_txn *wtxn, json_t *params, void *prepared,
                       rpc_error *err)
{
    struct ingest_prepared *p = prepared;
    char hex[33];
    store_article_id_hex(p->id, hex);

    int exists = store_article_exists(wtxn, p->id, err);
    if (exists < 0)
        return NULL;
    if (exists)
        return json_pack("{s:s, s:b}", "article", hex, "new", 0);
    if (!p->extraction && m_ingest_fill(td, params, p, err) != 0)
        return NULL; /* it was stored at prepare time, and deleted since */

    json_t *src = json_object_get(params, "source"), *title = json_object_get(params, "title");
    struct store_article a = {0};
    memcpy(a.id, p->id, 16);
    a.date = p->date;
    a.date_source = p->date_source;
    a.ingested = (int64_t)time(NULL);
    a.source = json_string_value(src);
    a.source_len = json_string_length(src);
    a.title = json_string_value(title);
    a.title_len = json_string_length(title);
    a.text = json_string_value(json_object_get(params, "text"));
    a.text_len = json_string_length(json_object_get(params, "text"));
    a.extraction = p->extraction_json;
    a.extraction_len = strlen(p->extraction_json);
    if (store_article_put(wtxn, &a, err) != 0)
        return NULL;
    if (registry_apply_article(wtxn, p->lx, p->id, &p->date, p->extraction, a.text, a.text_len,
                               err) != 0) {
        if (err->code == 0)
            rpc_error_set(err, TENURE_E_STORE_ERROR, "registry update failed");
        return NULL;
    }
    char date[11];
    return json_pack(
        "{s:s, s:b, s:o, s:I, s:I}", "article", hex, "new", 1, "date",
        p->date.prec == PDATE_NONE ? json_null() : json_string(pdate_format(&p->date, date)),
        "people", (json_int_t)json_array_size(json_object_get(p->extraction, "people")), "roles",
        (json_int_t)json_array_size(json_object_get(p->extraction, "roles")));
}

/* Free prepared state. */
void m_ingest_release(void *prepared)
{
    struct ingest_prepared *p = prepared;
    if (!p)
        return;
    if (p->lx)
        tx_lexicon_unref(p->lx);
    json_decref(p->extraction);
    free(p->extraction_json);
    free(p);
}
