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

#include "json_writer.h"
#include "registry.h"
#include "store.h"
#include "tenured.h"
#include "xmalloc.h"

struct ingest_prepared {
    struct ingest_request req; /* params, read once (borrowed from them) */
    unsigned char id[16];
    tx_lexicon *lx;        /* the lexicon the extraction used (referenced) */
    tx_result *extraction; /* the extractor's typed result */
    char *extraction_json; /* its contract JSON (+ the feed's meta), stored */
    size_t extraction_len;
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

/* Read an ingest or extract request's params once (tenured.h) and check
 * them: text non-empty and not only white space, date well formed. */
int m_ingest_request(json_t *params, struct ingest_request *req, rpc_error *err)
{
    json_t *t = json_object_get(params, "text"), *d = json_object_get(params, "date");
    json_t *src = json_object_get(params, "source"), *title = json_object_get(params, "title");
    memset(req, 0, sizeof *req);
    req->text = json_string_value(t);
    req->len = json_string_length(t);
    req->date = json_string_value(d);
    req->source = json_string_value(src);
    req->source_len = json_string_length(src);
    req->title = json_string_value(title);
    req->title_len = json_string_length(title);
    req->meta = json_object_get(params, "meta");
    const char *text = req->text;
    size_t len = req->len;
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
    pdate pd;
    if (req->date && pdate_parse(req->date, &pd) != 0) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "invalid params: field 'date' must be YYYY, YYYY-MM or YYYY-MM-DD");
        return -1;
    }
    return 0;
}

/* Run the extractor on the request's text with the current lexicon; *lxp
 * gets the referenced lexicon when not NULL (else it is released). */
tx_result *m_ingest_extract(struct tenured *td, const struct ingest_request *req, tx_lexicon **lxp,
                            rpc_error *err)
{
    const char *text = req->text, *date = req->date;
    size_t len = req->len;
    tx_lexicon *lx = lexicon_get(td);
    if (!lx) {
        rpc_error_set(err, TENURE_E_INTERNAL_ERROR, "no lexicon loaded");
        return NULL;
    }
    tx_error txe = {0};
    tx_result *ex = tx_extract_result(lx, text, len, date, &txe);
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

static int m_ingest_fill(struct tenured *td, struct ingest_prepared *p, rpc_error *err);

/* A string member's value, or null. */
static void m_ingest_str(jw *w, const tx_str *s)
{
    if (s->s)
        jw_strn(w, s->s, s->len);
    else
        jw_null(w);
}

static void m_ingest_named(jw *w, const tx_named *v, size_t n)
{
    jw_arr(w);
    for (size_t i = 0; i < n; i++) {
        jw_obj(w);
        jw_key(w, "name");
        m_ingest_str(w, &v[i].name);
        jw_key(w, "mentions");
        jw_int(w, v[i].mentions);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

/* The stored extraction record (tenured.h): tx_result_json's members in
 * its order, written straight from the struct. */
char *m_ingest_record(const tx_result *r, json_t *meta, size_t *len)
{
    jw w;
    jw_init(&w);
    jw_obj(&w);
    jw_key(&w, "date");
    jw_pdate(&w, &r->date);
    jw_key(&w, "date_source");
    jw_str(&w, tx_date_source_name(r->date_source));
    jw_key(&w, "people");
    m_ingest_named(&w, r->people, r->npeople);
    jw_key(&w, "organizations");
    m_ingest_named(&w, r->organizations, r->norganizations);
    jw_key(&w, "roles");
    jw_arr(&w);
    for (size_t i = 0; i < r->nroles; i++) {
        const tx_role *x = &r->roles[i];
        jw_obj(&w);
        jw_key(&w, "person");
        m_ingest_str(&w, &x->person);
        jw_key(&w, "position");
        m_ingest_str(&w, &x->position);
        jw_key(&w, "role");
        m_ingest_str(&w, &x->role);
        jw_key(&w, "organization");
        m_ingest_str(&w, &x->organization);
        if (x->completed) {
            jw_key(&w, "completed");
            jw_raw(&w, "true", 4);
        }
        if (x->written.s) {
            jw_key(&w, "written");
            m_ingest_str(&w, &x->written);
        }
        if (x->foreign) {
            jw_key(&w, "foreign");
            jw_raw(&w, "true", 4);
        }
        if (x->has_when) {
            jw_key(&w, "when");
            jw_pdate(&w, &x->when);
        }
        jw_key(&w, "status");
        jw_str(&w, tx_status_name(x->status));
        jw_key(&w, "span");
        jw_arr(&w);
        jw_int(&w, (long long)x->span_start);
        jw_int(&w, (long long)x->span_end);
        jw_arr_end(&w);
        jw_key(&w, "single_holder");
        jw_raw(&w, x->single_holder ? "true" : "false", x->single_holder ? 4 : 5);
        if (x->has_from) {
            jw_key(&w, "from");
            jw_pdate(&w, &x->from);
            if (x->to.prec != PDATE_NONE) {
                jw_key(&w, "to");
                jw_pdate(&w, &x->to);
            }
        }
        jw_obj_end(&w);
    }
    jw_arr_end(&w);
    /* The feed's own keys (its id, section, author...) travel with the
     * extraction record, so article.get shows them and forget drops them. */
    if (json_object_size(meta)) {
        char *m = json_dumps(meta, JSON_COMPACT); /* never NULL: xmalloc.h */
        jw_key(&w, "meta");
        jw_raw(&w, m, strlen(m));
        free(m);
    }
    jw_obj_end(&w);
    char *text;
    return jw_finish(&w, &text, len) == 0 ? text : NULL; /* NULL: out of memory */
}

/* Worker: validate, hash, extract. */
void *m_ingest_prepare(struct tenured *td, json_t *params, rpc_error *err)
{
    struct ingest_prepared *p = xcalloc(1, sizeof *p);
    if (m_ingest_request(params, &p->req, err) != 0)
        goto free_p;
    if (store_article_id(p->req.text, p->req.len, p->id) != 0) {
        m_ingest_bad_text(err, tx_utf8_invalid_offset(p->req.text, p->req.len), "invalid UTF-8");
        goto free_p;
    }
    /* Re-fed articles are common (feeds overlap): skip the extraction when
     * the article is stored already.  apply checks again in the write
     * transaction, and extracts there in the rare case it was deleted in
     * between. */
    if (store_article_known(p->id) == 1)
        return p;
    if (m_ingest_fill(td, p, err) != 0)
        goto free_p;
    return p;

free_p:
    m_ingest_release(p);
    return NULL;
}

/* Extract and keep what apply stores. */
static int m_ingest_fill(struct tenured *td, struct ingest_prepared *p, rpc_error *err)
{
    p->extraction = m_ingest_extract(td, &p->req, &p->lx, err);
    if (!p->extraction)
        return -1;
    p->extraction_json = m_ingest_record(p->extraction, p->req.meta, &p->extraction_len);
    if (!p->extraction_json) {
        rpc_error_set(err, TENURE_E_INTERNAL_ERROR, "out of memory writing the extraction record");
        return -1;
    }
    p->date = p->extraction->date;
    p->date_source = p->date.prec == PDATE_NONE                    ? STORE_DATE_NONE
                     : p->extraction->date_source == TX_DATE_GIVEN ? STORE_DATE_GIVEN
                     : p->extraction->date_source == TX_DATE_STAMP ? STORE_DATE_STAMP
                                                                   : STORE_DATE_TEXT;
    return 0;
}

/* Writer: dedupe, store, hand to the registry. */
json_t *m_ingest_apply(struct tenured *td, MDB_txn *wtxn, json_t *params, void *prepared,
                       rpc_error *err)
{
    (void)params; /* read once at prepare: p->req */
    struct ingest_prepared *p = prepared;
    char hex[33];
    store_article_id_hex(p->id, hex);

    int exists = store_article_exists(wtxn, p->id, err);
    if (exists < 0)
        return NULL;
    if (exists)
        return json_pack("{s:s, s:b}", "article", hex, "new", 0);
    if (!p->extraction && m_ingest_fill(td, p, err) != 0)
        return NULL; /* it was stored at prepare time, and deleted since */

    struct store_article a = {0};
    memcpy(a.id, p->id, 16);
    a.date = p->date;
    a.date_source = p->date_source;
    a.ingested = (int64_t)time(NULL);
    a.source = p->req.source;
    a.source_len = p->req.source_len;
    a.title = p->req.title;
    a.title_len = p->req.title_len;
    a.text = p->req.text;
    a.text_len = p->req.len;
    a.extraction = p->extraction_json;
    a.extraction_len = p->extraction_len;
    if (store_article_put(wtxn, &a, err) != 0)
        return NULL;
    if (registry_apply_article(wtxn, p->lx, p->id, &p->date, p->extraction, a.text, a.text_len,
                               err) != 0 ||
        registry_feed_count(wtxn, a.source, a.source_len, p->id, &a.date,
                            p->date_source == STORE_DATE_TEXT,
                            p->extraction->date_source == TX_DATE_GUESS, 1, err) != 0) {
        if (err->code == 0)
            rpc_error_set(err, TENURE_E_STORE_ERROR, "registry update failed");
        return NULL;
    }
    char date[11];
    return json_pack(
        "{s:s, s:b, s:o, s:I, s:I}", "article", hex, "new", 1, "date",
        p->date.prec == PDATE_NONE ? json_null() : json_string(pdate_format(&p->date, date)),
        "people", (json_int_t)p->extraction->npeople, "roles", (json_int_t)p->extraction->nroles);
}

/* Free prepared state. */
void m_ingest_release(void *prepared)
{
    struct ingest_prepared *p = prepared;
    if (!p)
        return;
    if (p->lx)
        tx_lexicon_unref(p->lx);
    tx_result_free(p->extraction);
    free(p->extraction_json);
    free(p);
}
