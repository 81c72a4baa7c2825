/*
 * registry_evidence.c — the articles and snippets behind a person's claims.
 *
 * Reads the person's slice of evidence_by_person (sorted by post, then date)
 * and the article summaries from daemon/store.c.  Kept apart from
 * registry_query.c because it is the registry's only read that needs the
 * article store.
 */
#include "registry_int.h"
#include "xmalloc.h"
#include "store.h"

#include <stdlib.h>
#include <string.h>

/* Default and most evidence items in one answer. */
#define EVIDENCE_DEFAULT_LIMIT 100
#define EVIDENCE_MAX_LIMIT 10000

/* One evidence item being ordered. */
struct ev_item {
    int32_t day;
    uint32_t post;
    unsigned char key[18];
};

/* Oldest first, then by post. */
static int ev_item_cmp(const void *a, const void *b)
{
    const struct ev_item *x = a, *y = b;
    if (x->day != y->day)
        return x->day < y->day ? -1 : 1;
    if (x->post != y->post)
        return x->post < y->post ? -1 : 1;
    return memcmp(x->key, y->key, 18);
}

/* One evidence item as JSON: the claim, its article and its snippet. */
static json_t *ev_item_json(MDB_txn *txn, const struct ev_item *it)
{
    MDB_val k = {18, (void *)it->key}, v;
    reg_ev e;
    char hex[33];
    if (mdb_get(txn, reg_db.evidence, &k, &v) != 0 || v.mv_size < sizeof e)
        return NULL;
    memcpy(&e, v.mv_data, sizeof e);
    json_t *o = json_object(), *label = reg_post_label(txn, it->post);
    json_object_set_new(o, "position", label ? label : json_null());
    json_t *summary = store_article_summary(txn, it->key);
    for (int i = 0; i < 16; i++)
        snprintf(hex + 2 * i, 3, "%02x", it->key[i]);
    json_object_set_new(o, "article", json_string(hex));
    json_object_set_new(o, "date", reg_span_json(&e.obs.date));
    json_object_set_new(o, "source", json_incref(json_object_get(summary, "source")));
    json_object_set_new(o, "title", json_incref(json_object_get(summary, "title")));
    if (!json_object_get(o, "source"))
        json_object_set_new(o, "source", json_null());
    if (!json_object_get(o, "title"))
        json_object_set_new(o, "title", json_null());
    json_decref(summary);
    json_object_set_new(o, "status", json_string(tb_status_name(e.obs.status)));
    if (tb_span_known(&e.obs.from))
        json_object_set_new(o, "from", reg_span_json(&e.obs.from));
    if (tb_span_known(&e.obs.to))
        json_object_set_new(o, "to", reg_span_json(&e.obs.to));
    json_object_set_new(o, "span",
                        json_pack("[I,I]", (json_int_t)e.span_start, (json_int_t)e.span_end));
    size_t sl = v.mv_size - sizeof e;
    json_object_set_new(o, "snippet", json_stringn((const char *)v.mv_data + sizeof e, sl));
    /* where the claim sits inside the snippet, for highlighting */
    if (sl && e.span_start >= e.snippet_at && e.span_end >= e.span_start &&
        e.span_end - e.snippet_at <= sl)
        json_object_set_new(o, "snippet_span",
                            json_pack("[I,I]", (json_int_t)(e.span_start - e.snippet_at),
                                      (json_int_t)(e.span_end - e.snippet_at)));
    return o;
}

/* evidence PERSON [POSITION]. */
json_t *registry_evidence(MDB_txn *txn, const tx_lexicon *lx, const char *person,
                          const char *position, int limit, tn_error *err)
{
    reg_match pm[2], qm[2];
    MDB_cursor *cur;
    struct ev_item *items = NULL;
    size_t n = 0, cap = 0;
    json_t *res = NULL;
    int np = reg_lookup(txn, NULL, REG_KIND_PERSON, person, pm, 2, err);
    if (np <= 0) {
        if (np == 0)
            tn_error_set(err, TENURE_E_NOT_FOUND, "no person matches \"%.120s\"", person);
        return NULL;
    }
    if (position) {
        int nq = reg_lookup(txn, lx, REG_KIND_POST, position, qm, 2, err);
        if (nq <= 0) {
            if (nq == 0)
                tn_error_set(err, TENURE_E_NOT_FOUND, "no post matches \"%.120s\"", position);
            return NULL;
        }
    }
    if (limit <= 0)
        limit = EVIDENCE_DEFAULT_LIMIT;
    if (limit > EVIDENCE_MAX_LIMIT)
        limit = EVIDENCE_MAX_LIMIT;
    unsigned char pk[4], pv[REG_EVIDX_LEN] = {0};
    reg_put_u32(pk, pm[0].id);
    if (position)
        reg_put_u32(pv, qm[0].id);
    MDB_val k = {4, pk}, v = {REG_EVIDX_LEN, pv};
    int rc = mdb_cursor_open(txn, reg_db.evidence_by_person, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(evidence_by_person)", rc), NULL;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH_RANGE); rc == 0 && n < EVIDENCE_MAX_LIMIT;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        const unsigned char *d = v.mv_data;
        if (position && reg_get_u32(d) != qm[0].id)
            break;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            items = xreallocarray(items, cap, sizeof *items);
        }
        items[n].post = reg_get_u32(d);
        items[n].day = reg_get_day(d + 4);
        memcpy(items[n].key, d + 8, 18);
        n++;
    }
    if (rc != 0 && rc != MDB_NOTFOUND && n < EVIDENCE_MAX_LIMIT) {
        reg_fail(err, "mdb_cursor_get(evidence_by_person)", rc);
        goto close_cursor;
    }
    if (n > 1)
        qsort(items, n, sizeof *items, ev_item_cmp);
    json_t *list = json_array();
    for (size_t i = 0; i < n && (int)i < limit; i++) {
        json_t *o = ev_item_json(txn, &items[i]);
        if (o)
            json_array_append_new(list, o);
    }
    json_t *name = reg_person_name(txn, pm[0].id);
    res = json_pack("{s:o,s:I,s:o,s:I}", "person", name ? name : json_null(), "person_id",
                    (json_int_t)pm[0].id, "evidence", list, "total", (json_int_t)n);
    if (position) {
        json_t *label = reg_post_label(txn, qm[0].id);
        json_object_set_new(res, "position", label ? label : json_null());
    }
close_cursor:
    mdb_cursor_close(cur);
    free(items);
    return res;
}
