/*
 * registry_review.c — the analyst's review queue and what keeps operator
 * decisions standing: ids a merge removed (they keep answering as the
 * survivor), "not the same" pairs (`distinct`), pins (entities an operator
 * correction names, which forget keeps), the log of automatic resolution
 * decisions, candidate duplicates (`duplicates`), contradictions between
 * tenures (`conflicts`) and the removal of entities no evidence supports.
 *
 * Reads the tenure records registry.c keeps (certainty is
 * tb_certainty_at's, never recomputed here).  Does not own resolution at
 * ingest (registry.c) nor merge and split themselves (registry_fix.c).
 */
#include "registry_int.h"
#include "store.h"
#include "xmalloc.h"

#include <stdlib.h>
#include <string.h>

/* ---- small records ------------------------------------------------------ */

/* kind·id as a 5-byte key. */
static void rv_kid(unsigned char k[5], char kind, uint32_t id)
{
    k[0] = (unsigned char)kind;
    reg_put_u32(k + 1, id);
}

uint32_t reg_merged_into(MDB_txn *txn, char kind, uint32_t id)
{
    uint32_t cur = id, out = 0;
    /* chains are short (a merge of a merge); the bound guards a cycle */
    for (int hop = 0; hop < 64; hop++) {
        unsigned char k[5];
        rv_kid(k, kind, cur);
        MDB_val key = {5, k}, val;
        if (mdb_get(txn, reg_db.merged, &key, &val) != 0 || val.mv_size != 4)
            break;
        cur = out = reg_get_u32(val.mv_data);
    }
    return out;
}

int reg_merged_put(MDB_txn *txn, char kind, uint32_t from, uint32_t into, tn_error *err)
{
    unsigned char k[5], v[4];
    rv_kid(k, kind, from);
    reg_put_u32(v, into);
    MDB_val key = {5, k}, val = {4, v};
    int rc = mdb_put(txn, reg_db.merged, &key, &val, 0);
    if (rc != 0)
        return reg_fail(err, "mdb_put(merged)", rc);
    /* an id merged back into what once merged into it would loop */
    rv_kid(k, kind, into);
    rc = mdb_del(txn, reg_db.merged, &key, NULL);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_del(merged)", rc);
    return 0;
}

int reg_pin(MDB_txn *txn, char kind, uint32_t id, tn_error *err)
{
    unsigned char k[5], one = 1;
    rv_kid(k, kind, id);
    MDB_val key = {5, k}, val = {1, &one};
    int rc = mdb_put(txn, reg_db.pinned, &key, &val, 0);
    if (rc != 0)
        return reg_fail(err, "mdb_put(pinned)", rc);
    return 0;
}

int reg_pinned(MDB_txn *txn, char kind, uint32_t id)
{
    unsigned char k[5];
    rv_kid(k, kind, id);
    MDB_val key = {5, k}, val;
    return mdb_get(txn, reg_db.pinned, &key, &val) == 0;
}

/* The key of a pair of persons, lower id first. */
static void rv_pair_key(unsigned char k[8], uint32_t a, uint32_t b)
{
    reg_put_u32(k, a < b ? a : b);
    reg_put_u32(k + 4, a < b ? b : a);
}

int reg_distinct_get(MDB_txn *txn, uint32_t a, uint32_t b, tn_error *err)
{
    unsigned char k[8];
    rv_pair_key(k, a, b);
    MDB_val key = {8, k}, val;
    int r = reg_get(txn, reg_db.distinct, &key, &val, "mdb_get(distinct)", err);
    return r < 0 ? -1 : r == 0;
}

/* Append a JSON entry under the next value of a counter. */
static int rv_log(MDB_txn *txn, MDB_dbi dbi, const char *counter, json_t *entry, uint32_t *seq_out,
                  tn_error *err)
{
    uint32_t seq;
    unsigned char k[4];
    char *s = json_dumps(entry, JSON_COMPACT);
    if (!s) {
        tn_error_set(err, TENURE_E_INTERNAL_ERROR, "out of memory");
        return -1;
    }
    if (reg_counter_next(txn, counter, &seq, err) < 0) {
        free(s);
        return -1;
    }
    reg_put_u32(k, seq);
    MDB_val key = {4, k}, val = {strlen(s), s};
    int rc = mdb_put(txn, dbi, &key, &val, 0);
    free(s);
    if (rc != 0)
        return reg_fail(err, "mdb_put(review log)", rc);
    if (seq_out)
        *seq_out = seq;
    return 0;
}

int reg_decision_log(MDB_txn *txn, json_t *entry, tn_error *err)
{
    int r = entry ? rv_log(txn, reg_db.decisions, "decision", entry, NULL, err) : 0;
    json_decref(entry);
    return r;
}

/* ---- removing what no evidence supports --------------------------------- */

/* Delete (k -> id) from a DUPSORT index, or k when it maps to id in a plain
 * one. */
static int rv_unindex(MDB_txn *txn, MDB_dbi dbi, int dupsort, const char *k, size_t kl, uint32_t id,
                      tn_error *err)
{
    unsigned char v[4];
    reg_put_u32(v, id);
    MDB_val key = {kl > REG_MAX_KEY ? REG_MAX_KEY : kl, (void *)k}, val = {4, v}, cur;
    if (key.mv_size == 0)
        return 0;
    int rc;
    if (dupsort) {
        rc = mdb_del(txn, dbi, &key, &val);
    } else {
        rc = mdb_get(txn, dbi, &key, &cur);
        if (rc == 0 && cur.mv_size == 4 && reg_get_u32(cur.mv_data) == id)
            rc = mdb_del(txn, dbi, &key, NULL);
        else if (rc == 0)
            rc = MDB_NOTFOUND;
    }
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_del(index of a dropped entity)", rc);
    return 0;
}

/* Drop every alias key of an id from its key and fold indexes, then the
 * alias list itself.  The keys are copied out first (LMDB values are valid
 * only until the next update). */
static int rv_unalias(MDB_txn *txn, MDB_dbi alias, MDB_dbi by_key, int dupsort, MDB_dbi by_fold,
                      uint32_t id, tn_error *err)
{
    MDB_cursor *cur;
    unsigned char ik[4];
    reg_put_u32(ik, id);
    MDB_val k = {4, ik}, v;
    json_t *keys = json_array();
    size_t i;
    json_t *x;
    int ret = -1;
    int rc = mdb_cursor_open(txn, alias, &cur);
    if (rc != 0) {
        json_decref(keys);
        return reg_fail(err, "mdb_cursor_open(alias)", rc);
    }
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP))
        json_array_append_new(keys, json_stringn_nocheck(v.mv_data, v.mv_size));
    mdb_cursor_close(cur);
    if (rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(alias)", rc);
        goto done;
    }
    json_array_foreach(keys, i, x)
    {
        const char *s = json_string_value(x);
        char *fold = tx_fold(s);
        int r = rv_unindex(txn, by_key, dupsort, s, json_string_length(x), id, err);
        if (r == 0 && fold)
            r = rv_unindex(txn, by_fold, 1, fold, strlen(fold), id, err);
        free(fold);
        if (r < 0)
            goto done;
    }
    MDB_val dk = {4, ik};
    rc = mdb_del(txn, alias, &dk, NULL);
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_del(alias)", rc);
        goto done;
    }
    ret = 0;
done:
    json_decref(keys);
    return ret;
}

/* Drop an organization's key: its display name's key maps to it in the
 * usual case; otherwise the (small) key index is scanned for it. */
static int rv_unindex_org(MDB_txn *txn, uint32_t id, const char *name, tn_error *err)
{
    char *key = tx_key(name);
    MDB_val k, v;
    int found = 0;
    if (key) {
        k = reg_key_val(key);
        found = mdb_get(txn, reg_db.org_by_key, &k, &v) == 0 && v.mv_size == 4 &&
                reg_get_u32(v.mv_data) == id;
        int rc = found ? mdb_del(txn, reg_db.org_by_key, &k, NULL) : 0;
        free(key);
        if (rc != 0)
            return reg_fail(err, "mdb_del(org_by_key)", rc);
    }
    if (found)
        return 0;
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.org_by_key, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(org_by_key)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (v.mv_size == 4 && reg_get_u32(v.mv_data) == id) {
            rc = mdb_cursor_del(cur, 0);
            if (rc != 0)
                break;
        }
    }
    mdb_cursor_close(cur);
    if (rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor(org_by_key)", rc);
    return 0;
}

/* ---- mentions ------------------------------------------------------------ */

#define RV_COUNTED_KEY "mentions_counted"

int reg_mentions_open(MDB_txn *txn, char **cause)
{
    MDB_stat st;
    int rc = mdb_stat(txn, reg_db.persons, &st);
    if (rc == 0 && st.ms_entries == 0) {
        /* a store with no person yet: every mention from now on is counted */
        MDB_val k = reg_key_val(RV_COUNTED_KEY), v = {4, "\0\0\0\1"};
        rc = mdb_put(txn, reg_db.counters, &k, &v, 0);
    }
    if (rc != 0) {
        if (cause)
            *cause = store_mdb_cause(rc, "mentions: mdb");
        return -1;
    }
    return 0;
}

/* Whether this store counts mentions (created since counting began). */
static int rv_counted(MDB_txn *txn)
{
    MDB_val k = reg_key_val(RV_COUNTED_KEY), v;
    return mdb_get(txn, reg_db.counters, &k, &v) == 0;
}

int reg_mention_count(MDB_txn *txn, const char *name, int delta, tn_error *err)
{
    char *key = tx_key(name);
    if (!key || !*key) {
        free(key);
        return 0;
    }
    MDB_val k = reg_key_val(key), v;
    uint32_t n = 0;
    int r = reg_get(txn, reg_db.mentions, &k, &v, "mdb_get(mentions)", err);
    if (r == 0 && v.mv_size == 4)
        n = reg_get_u32(v.mv_data);
    int rc = 0;
    if (r < 0) {
        free(key);
        return -1;
    }
    n = delta < 0 ? (n > (uint32_t)-delta ? n + (uint32_t)delta : 0) : n + (uint32_t)delta;
    if (n == 0) {
        rc = mdb_del(txn, reg_db.mentions, &k, NULL);
        rc = rc == MDB_NOTFOUND ? 0 : rc;
    } else {
        unsigned char b[4];
        reg_put_u32(b, n);
        MDB_val nv = {4, b};
        rc = mdb_put(txn, reg_db.mentions, &k, &nv, 0);
    }
    free(key);
    if (rc != 0)
        return reg_fail(err, "mdb_put(mentions)", rc);
    return 0;
}

/* Whether a stored article still names the person (by its name's key). */
static int rv_mentioned(MDB_txn *txn, const char *name, size_t nl)
{
    char *n = xstrndup(name, nl), *key = tx_key(n);
    MDB_val k, v;
    int r = 0;
    if (key) {
        k = reg_key_val(key);
        r = mdb_get(txn, reg_db.mentions, &k, &v) == 0;
    }
    free(n);
    free(key);
    return r;
}

int registry_forget_mentions(MDB_txn *txn, json_t *extraction, tn_error *err)
{
    json_t *x;
    size_t i;
    int counted = rv_counted(txn);
    json_array_foreach(json_object_get(extraction, "people"), i, x)
    {
        const char *name = json_string_value(json_object_get(x, "name"));
        if (!name || !*name)
            continue;
        if (reg_mention_count(txn, name, -1, err) < 0)
            return -1;
        if (!counted)
            continue;
        /* the persons of that key no evidence and no other article supports */
        char *key = tx_key(name);
        uint32_t ids[16];
        size_t n = 0;
        if (key && *key) {
            MDB_cursor *cur;
            MDB_val k = reg_key_val(key), v;
            int rc = mdb_cursor_open(txn, reg_db.person_by_key, &cur);
            if (rc != 0) {
                free(key);
                return reg_fail(err, "mdb_cursor_open(person_by_key)", rc);
            }
            for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0 && n < 16;
                 rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP))
                ids[n++] = reg_get_u32(v.mv_data);
            mdb_cursor_close(cur);
        }
        free(key);
        for (size_t j = 0; j < n; j++)
            if (reg_drop_entity(txn, REG_KIND_PERSON, ids[j], 1, err) < 0)
                return -1;
    }
    return 0;
}

int reg_drop_if_unsupported(MDB_txn *txn, char kind, uint32_t id, tn_error *err)
{
    return reg_drop_entity(txn, kind, id, 1, err);
}

int reg_drop_entity(MDB_txn *txn, char kind, uint32_t id, int honour_mentions, tn_error *err)
{
    const char *name, *fold;
    size_t nl, fl;
    if (id == 0 || reg_pinned(txn, kind, id) ||
        reg_name_fold(txn, kind, id, &name, &nl, &fold, &fl) != 0)
        return 0;
    /* a person another stored article still names stays (counted stores) */
    if (kind == REG_KIND_PERSON && honour_mentions && rv_mentioned(txn, name, nl))
        return 0;
    MDB_dbi support = kind == REG_KIND_PERSON ? reg_db.evidence_by_person
                      : kind == REG_KIND_POST ? reg_db.evidence_by_post
                                              : reg_db.post_by_org;
    if (reg_dup_count(txn, support, id) > 0)
        return 0;
    /* copies: the record is deleted below */
    char *n = xstrndup(name, nl), *f = xstrndup(fold, fl);
    uint32_t org = 0;
    int ret = -1;
    if (kind == REG_KIND_POST) {
        reg_post p;
        if (reg_post_get(txn, id, &p, err) < 0)
            goto done;
        org = p.org;
    }
    if (reg_tokens_del(txn, n, kind, id, err) < 0)
        goto done;
    if (kind == REG_KIND_PERSON) {
        if (rv_unalias(txn, reg_db.person_alias, reg_db.person_by_key, 1, reg_db.person_by_fold, id,
                       err) < 0 ||
            rv_unindex(txn, reg_db.person_by_fold, 1, f, strlen(f), id, err) < 0 ||
            reg_spellings_drop(txn, id, err) < 0) /* registry_spellings.c */
            goto done;
    } else if (kind == REG_KIND_POST) {
        if (rv_unalias(txn, reg_db.post_alias, reg_db.post_by_key, 0, reg_db.post_by_fold, id,
                       err) < 0 ||
            rv_unindex(txn, reg_db.post_by_fold, 1, f, strlen(f), id, err) < 0)
            goto done;
        if (org) {
            unsigned char ok[4], pk[4];
            reg_put_u32(ok, org);
            reg_put_u32(pk, id);
            MDB_val k = {4, ok}, v = {4, pk};
            int rc = mdb_del(txn, reg_db.post_by_org, &k, &v);
            if (rc != 0 && rc != MDB_NOTFOUND) {
                reg_fail(err, "mdb_del(post_by_org)", rc);
                goto done;
            }
            reg_summary_touch_org(txn, org); /* registry_summary.c */
        }
    } else {
        if (rv_unindex_org(txn, id, n, err) < 0 ||
            rv_unindex(txn, reg_db.org_by_fold, 1, f, strlen(f), id, err) < 0)
            goto done;
    }
    unsigned char k[4];
    reg_put_u32(k, id);
    MDB_val key = {4, k};
    MDB_dbi rec = kind == REG_KIND_PERSON ? reg_db.persons
                  : kind == REG_KIND_POST ? reg_db.posts
                                          : reg_db.orgs;
    int rc = mdb_del(txn, rec, &key, NULL);
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_del(entity)", rc);
        goto done;
    }
    ret = 1;
    /* a post was its organization's last support: the organization goes too */
    if (org && reg_drop_if_unsupported(txn, REG_KIND_ORG, org, err) < 0)
        ret = -1;
done:
    free(n);
    free(f);
    return ret;
}

/* ---- names -------------------------------------------------------------- */

/* Fold with 'y' read as 'i' ("Phạm Sỹ Quý" and "Phạm Sĩ Quý"). */
static char *rv_vfold(const char *fold, size_t len)
{
    char *s = xstrndup(fold, len);
    for (char *p = s; *p; p++)
        if (*p == 'y')
            *p = 'i';
    return s;
}

/* How two names of one variant fold differ: "same" (one key), "tone mark"
 * (one syllable's diacritics), "i/y", or "diacritics" (several). */
static const char *rv_name_similarity(const char *ka, const char *kb, const char *fa,
                                      const char *fb)
{
    if (strcmp(ka, kb) == 0)
        return "same";
    if (strcmp(fa, fb) != 0)
        return "i/y";
    /* count the syllables whose keys differ */
    int diff = 0;
    const char *a = ka, *b = kb;
    while (*a || *b) {
        size_t la = strcspn(a, " "), lb = strcspn(b, " ");
        diff += la != lb || memcmp(a, b, la) != 0;
        a += la + (a[la] == ' ');
        b += lb + (b[lb] == ' ');
    }
    return diff <= 1 ? "tone mark" : "diacritics";
}

/* Whether a name (a key or a fold: syllables one space apart) is the
 * other with the women's middle syllable "thị" (or its fold "thi") left
 * out: "trần thị kim yến" and "trần kim yến".  The syllable is never the
 * family name or the given name, and what is left keeps three syllables
 * (a two-syllable "Trần Yến" is a short name, not a full one). */
static int rv_thi_dropped(const char *with, const char *without, const char *thi)
{
    size_t tl = strlen(thi), wl = strlen(with), nsyl = 1;
    for (const char *p = without; *p; p++)
        nsyl += *p == ' ';
    if (nsyl < 3 || wl != strlen(without) + tl + 1)
        return 0;
    for (const char *p = strchr(with, ' '); p; p = strchr(p + 1, ' ')) {
        const char *syl = p + 1;
        if (strncmp(syl, thi, tl) != 0 || syl[tl] != ' ')
            continue; /* not "thị", or the last syllable */
        size_t head = (size_t)(p - with);
        if (memcmp(with, without, head) == 0 && strcmp(syl + tl, without + head) == 0)
            return 1;
    }
    return 0;
}

/* Whether two names are spelling variants the registry joins when they
 * share a post: one syllable apart by its tone mark, or i/y, or the
 * middle "Thị" written in one and left out in the other ("Trần Thị Kim
 * Yến" / "Trần Kim Yến"). */
int reg_name_variant(const char *name_a, const char *name_b)
{
    char *ka = tx_key(name_a), *kb = tx_key(name_b), *fa = tx_fold(name_a), *fb = tx_fold(name_b);
    char *va = fa ? rv_vfold(fa, strlen(fa)) : NULL, *vb = fb ? rv_vfold(fb, strlen(fb)) : NULL;
    int r = 0;
    if (ka && kb && va && vb && strcmp(va, vb) == 0) {
        const char *s = rv_name_similarity(ka, kb, fa, fb);
        r = strcmp(s, "tone mark") == 0 || strcmp(s, "i/y") == 0;
    } else if (ka && kb) {
        r = rv_thi_dropped(ka, kb, "thị") || rv_thi_dropped(kb, ka, "thị");
    }
    free(ka);
    free(kb);
    free(fa);
    free(fb);
    free(va);
    free(vb);
    return r;
}

/* ---- a person's posts --------------------------------------------------- */

/* The posts a person holds a tenure of, ascending; count in *n. */
static uint32_t *rv_person_posts(MDB_txn *txn, uint32_t person, size_t *n, tn_error *err)
{
    MDB_cursor *cur;
    unsigned char k0[8] = {0};
    reg_put_u32(k0, person);
    MDB_val k = {8, k0}, v;
    uint32_t *out = NULL;
    size_t cap = 0;
    *n = 0;
    int rc = mdb_cursor_open(txn, reg_db.tenures, &cur);
    if (rc != 0) {
        reg_fail(err, "mdb_cursor_open(tenures)", rc);
        return NULL;
    }
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (k.mv_size != 8 || reg_get_u32(k.mv_data) != person)
            break;
        if (*n + 1 >= cap) {
            cap = cap ? cap * 2 : 8;
            out = xreallocarray(out, cap, sizeof *out);
        }
        out[(*n)++] = reg_get_u32((const unsigned char *)k.mv_data + 4);
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND) {
        free(out);
        reg_fail(err, "mdb_cursor_get(tenures)", rc);
        return NULL;
    }
    if (!out)
        out = xmalloc(sizeof *out);
    return out;
}

/* {"post_id", "position"} of a post. */
static json_t *rv_post_json(MDB_txn *txn, uint32_t post)
{
    json_t *l = reg_post_label(txn, post);
    return json_pack("{s:I,s:o}", "post_id", (json_int_t)post, "position", l ? l : json_null());
}

/* {"id", "name", "evidence"} of a person. */
static json_t *rv_person_json(MDB_txn *txn, uint32_t id)
{
    json_t *n = reg_person_name(txn, id);
    return json_pack("{s:I,s:o,s:I}", "id", (json_int_t)id, "name", n ? n : json_null(), "evidence",
                     (json_int_t)reg_dup_count(txn, reg_db.evidence_by_person, id));
}

/* ---- distinct ----------------------------------------------------------- */

/* Resolve a person for a correction: one best match. */
static int rv_resolve_person(MDB_txn *txn, const char *text, uint32_t *out, tn_error *err)
{
    reg_match m[2];
    int n = reg_lookup(txn, NULL, REG_KIND_PERSON, text, m, 2, err);
    if (n < 0)
        return -1;
    if (n == 0 || m[0].score < 90) {
        tn_error_set(err, TENURE_E_NOT_FOUND,
                     "no person named \"%.120s\" (use its exact name or #id)", text);
        return -1;
    }
    if (n > 1 && m[1].score >= m[0].score && m[1].weight == m[0].weight) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "\"%.120s\" names several; use #%u or #%u", text,
                     m[0].id, m[1].id);
        return -1;
    }
    *out = m[0].id;
    return 0;
}

json_t *registry_distinct(MDB_txn *txn, const char *a, const char *b, tn_error *err)
{
    uint32_t x, y, seq = 0;
    if (rv_resolve_person(txn, a, &x, err) < 0 || rv_resolve_person(txn, b, &y, err) < 0)
        return NULL;
    if (x == y) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS,
                     "\"%.100s\" and \"%.100s\" are one person (#%u): split it first", a, b, x);
        return NULL;
    }
    json_t *na = reg_person_name(txn, x), *nb = reg_person_name(txn, y);
    json_t *entry = json_pack("{s:s,s:s,s:I,s:o,s:I,s:o}", "op", "distinct", "kind", "person", "a",
                              (json_int_t)x, "a_name", na ? na : json_null(), "b", (json_int_t)y,
                              "b_name", nb ? nb : json_null());
    unsigned char k[8], v[4];
    if (rv_log(txn, reg_db.corrections, "correction", entry, &seq, err) < 0) {
        json_decref(entry);
        return NULL;
    }
    rv_pair_key(k, x, y);
    reg_put_u32(v, seq);
    MDB_val key = {8, k}, val = {4, v};
    int rc = mdb_put(txn, reg_db.distinct, &key, &val, 0);
    if (rc != 0 || reg_pin(txn, REG_KIND_PERSON, x, err) < 0 ||
        reg_pin(txn, REG_KIND_PERSON, y, err) < 0) {
        if (rc != 0)
            reg_fail(err, "mdb_put(distinct)", rc);
        json_decref(entry);
        return NULL;
    }
    return entry;
}

/* ---- duplicates --------------------------------------------------------- */

struct rv_name {
    char *vfold, *key, *fold;
    uint32_t id;
};

static int rv_name_cmp(const void *a, const void *b)
{
    const struct rv_name *x = a, *y = b;
    int c = strcmp(x->vfold, y->vfold);
    return c ? c : x->id < y->id ? -1 : x->id > y->id;
}

struct rv_cand {
    uint32_t a, b;
    long score;
    json_t *item;
};

static int rv_cand_cmp(const void *a, const void *b)
{
    const struct rv_cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->a != y->a ? (x->a < y->a ? -1 : 1) : (x->b < y->b ? -1 : x->b > y->b);
}

/* Most persons of one variant fold paired with each other. */
#define RV_GROUP_MAX 24

/* Shared posts and organizations of two persons, as an item, or NULL when
 * the pair shares nothing and is not one name (nothing to review). */
static json_t *rv_pair_item(MDB_txn *txn, const struct rv_name *x, const struct rv_name *y,
                            long *score, tn_error *err)
{
    size_t na, nb;
    uint32_t *pa = rv_person_posts(txn, x->id, &na, err), *pb = NULL;
    json_t *posts = json_array(), *orgs = json_array(), *item = NULL;
    if (!pa || !(pb = rv_person_posts(txn, y->id, &nb, err)))
        goto done;
    uint32_t seen_orgs[64];
    size_t norgs = 0;
    for (size_t i = 0; i < na; i++) {
        reg_post p;
        int same = 0;
        for (size_t j = 0; j < nb && !same; j++)
            same = pa[i] == pb[j];
        if (same) {
            json_array_append_new(posts, rv_post_json(txn, pa[i]));
            continue;
        }
        if (reg_post_get(txn, pa[i], &p, NULL) != 0 || !p.org)
            continue;
        uint32_t org = p.org;
        for (size_t j = 0; j < nb; j++) {
            if (reg_post_get(txn, pb[j], &p, NULL) != 0 || p.org != org)
                continue;
            int dup = 0;
            for (size_t k = 0; k < norgs && !dup; k++)
                dup = seen_orgs[k] == org;
            if (!dup && norgs < 64) {
                json_t *on = reg_org_name(txn, org);
                seen_orgs[norgs++] = org;
                json_array_append_new(orgs, json_pack("{s:I,s:o}", "id", (json_int_t)org, "name",
                                                      on ? on : json_null()));
            }
            break;
        }
    }
    const char *sim = rv_name_similarity(x->key, y->key, x->fold, y->fold);
    size_t sp = json_array_size(posts), so = json_array_size(orgs);
    /* names several syllables apart with nothing in common: not a candidate */
    if (sp == 0 && so == 0 && strcmp(sim, "diacritics") == 0)
        goto done;
    *score = (long)sp * 100 + (long)so * 20 +
             (strcmp(sim, "same") == 0         ? 5
              : strcmp(sim, "diacritics") == 0 ? 1
                                               : 3);
    item = json_pack("{s:o,s:o,s:s,s:O,s:O,s:I}", "a", rv_person_json(txn, x->id), "b",
                     rv_person_json(txn, y->id), "name_similarity", sim, "shared_posts", posts,
                     "shared_organizations", orgs, "score", (json_int_t)*score);
done:
    free(pa);
    free(pb);
    json_decref(posts);
    json_decref(orgs);
    return item;
}

json_t *registry_duplicates(MDB_txn *txn, int limit, tn_error *err)
{
    MDB_cursor *cur;
    MDB_val k, v;
    struct rv_name *names = NULL;
    struct rv_cand *c = NULL;
    size_t n = 0, cap = 0, nc = 0, ccap = 0;
    json_t *res = NULL;
    if (limit <= 0)
        limit = 20;
    int rc = mdb_cursor_open(txn, reg_db.persons, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(persons)", rc), NULL;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        const char *name, *fold;
        size_t nl, fl;
        if (k.mv_size != 4 || reg_name_fold(txn, REG_KIND_PERSON, reg_get_u32(k.mv_data), &name,
                                            &nl, &fold, &fl) != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            names = xreallocarray(names, cap, sizeof *names);
        }
        char *nm = xstrndup(name, nl);
        names[n].id = reg_get_u32(k.mv_data);
        names[n].vfold = rv_vfold(fold, fl);
        names[n].fold = xstrndup(fold, fl);
        names[n].key = tx_key(nm);
        free(nm);
        n++;
        if (!names[n - 1].key) /* the extraction library's failure */
            goto oom;
    }
    mdb_cursor_close(cur);
    cur = NULL;
    if (rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(persons)", rc);
        goto done;
    }
    if (n)
        qsort(names, n, sizeof *names, rv_name_cmp);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(names[j].vfold, names[i].vfold) == 0)
            j++;
        size_t end = j - i > RV_GROUP_MAX ? i + RV_GROUP_MAX : j;
        for (size_t a = i; a < end; a++)
            for (size_t b = a + 1; b < end; b++) {
                long score = 0;
                int d = reg_distinct_get(txn, names[a].id, names[b].id, err);
                if (d < 0)
                    goto done;
                if (d)
                    continue;
                json_t *item = rv_pair_item(txn, &names[a], &names[b], &score, err);
                if (!item) {
                    if (err->code)
                        goto done;
                    continue;
                }
                if (nc == ccap) {
                    ccap = ccap ? ccap * 2 : 64;
                    c = xreallocarray(c, ccap, sizeof *c);
                }
                c[nc++] = (struct rv_cand){names[a].id, names[b].id, score, item};
            }
        i = j;
    }
    if (nc)
        qsort(c, nc, sizeof *c, rv_cand_cmp);
    json_t *arr = json_array();
    for (size_t i = 0; i < nc && i < (size_t)limit; i++)
        json_array_append(arr, c[i].item);
    res = json_pack("{s:I,s:o}", "total", (json_int_t)nc, "pairs", arr);
    goto done;
oom:
    tn_error_set(err, TENURE_E_INTERNAL_ERROR, "out of memory");
done:
    if (cur)
        mdb_cursor_close(cur);
    for (size_t i = 0; i < n; i++) {
        free(names[i].vfold);
        free(names[i].fold);
        free(names[i].key);
    }
    free(names);
    for (size_t i = 0; i < nc; i++)
        json_decref(c[i].item);
    free(c);
    return res;
}

/* ---- conflicts ---------------------------------------------------------- */

/* One holder of a one-holder post (summary from the post index). */
struct rv_holder {
    uint32_t person, post;
    tb_tenure t;
};

/* Up to `max` pieces of evidence of (person, post): article, date, snippet. */
static json_t *rv_evidence(MDB_txn *txn, uint32_t person, uint32_t post, size_t max)
{
    MDB_cursor *cur;
    unsigned char pk[4], pv[REG_EVIDX_LEN] = {0};
    reg_put_u32(pk, person);
    reg_put_u32(pv, post);
    MDB_val k = {4, pk}, v = {REG_EVIDX_LEN, pv};
    json_t *arr = json_array();
    if (mdb_cursor_open(txn, reg_db.evidence_by_person, &cur) != 0)
        return arr;
    int rc;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH_RANGE);
         rc == 0 && json_array_size(arr) < max; rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        const unsigned char *d = v.mv_data;
        if (reg_get_u32(d) != post)
            break;
        MDB_val ek = {18, (void *)(d + 8)}, ev;
        char hex[33];
        for (int i = 0; i < 16; i++)
            snprintf(hex + 2 * i, 3, "%02x", d[8 + i]);
        json_t *o =
            json_pack("{s:s,s:o}", "article", hex, "date", reg_day_json(reg_get_day(d + 4)));
        if (mdb_get(txn, reg_db.evidence, &ek, &ev) == 0 && ev.mv_size >= sizeof(reg_ev)) {
            reg_ev e;
            memcpy(&e, ev.mv_data, sizeof e);
            json_object_set_new(o, "status", json_string(tb_status_name(e.obs.status)));
            json_object_set_new(o, "from", reg_span_json(&e.obs.from));
            json_object_set_new(o, "to", reg_span_json(&e.obs.to));
            json_object_set_new(
                o, "snippet",
                json_stringn((const char *)ev.mv_data + sizeof e, ev.mv_size - sizeof e));
        }
        json_array_append_new(arr, o);
    }
    mdb_cursor_close(cur);
    return arr;
}

/* {"person", "person_id", "position", "post_id", bounds, evidence} of a holder. */
static json_t *rv_holder_json(MDB_txn *txn, const struct rv_holder *h)
{
    json_t *pn = reg_person_name(txn, h->person), *pl = reg_post_label(txn, h->post);
    return json_pack("{s:o,s:I,s:o,s:I,s:o,s:o,s:o,s:o,s:I,s:o}", "person", pn ? pn : json_null(),
                     "person_id", (json_int_t)h->person, "position", pl ? pl : json_null(),
                     "post_id", (json_int_t)h->post, "first_seen", reg_span_json(&h->t.first_seen),
                     "last_seen", reg_span_json(&h->t.last_seen), "start",
                     reg_bounds_json(h->t.s1, h->t.s2), "end", reg_bounds_json(h->t.e1, h->t.e2),
                     "evidence_count", (json_int_t)h->t.count, "evidence",
                     rv_evidence(txn, h->person, h->post, 3));
}

/* The days both holders certainly held their posts, or 0 when none. */
static int rv_both_certain(const tb_tenure *a, const tb_tenure *b, int32_t *lo, int32_t *hi)
{
    int32_t l = a->s2 > b->s2 ? a->s2 : b->s2, h = a->e1 < b->e1 ? a->e1 : b->e1;
    if (l == TB_OPEN_LO || h == TB_OPEN_HI || l > h)
        return 0;
    if (tb_certainty_at(a, l, h) != TB_CERTAIN || tb_certainty_at(b, l, h) != TB_CERTAIN)
        return 0;
    *lo = l;
    *hi = h;
    return 1;
}

struct rv_conflicts {
    json_t *items; /* NULL: count only */
    size_t count, limit;
};

/* Record one conflict. */
static void rv_conflict(MDB_txn *txn, struct rv_conflicts *cs, const char *type, const char *why,
                        const struct rv_holder *a, const struct rv_holder *b, int32_t lo,
                        int32_t hi)
{
    cs->count++;
    if (!cs->items || json_array_size(cs->items) >= cs->limit)
        return;
    json_t *hs = json_array();
    json_array_append_new(hs, rv_holder_json(txn, a));
    if (b)
        json_array_append_new(hs, rv_holder_json(txn, b));
    json_t *o = json_pack("{s:s,s:s,s:o}", "type", type, "why", why, "holders", hs);
    if (b)
        json_object_set_new(o, "during", reg_bounds_json(lo, hi));
    json_array_append_new(cs->items, o);
}

/* The holders of a one-holder post (at most REG_SUCCESSION_MAX). */
static size_t rv_holders(MDB_txn *txn, uint32_t post, struct rv_holder *out, size_t max)
{
    MDB_cursor *cur;
    unsigned char pk[4];
    size_t n = 0;
    reg_put_u32(pk, post);
    MDB_val k = {4, pk}, v;
    if (mdb_cursor_open(txn, reg_db.tenures_by_post, &cur) != 0)
        return 0;
    int rc;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0 && n < max;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        if (v.mv_size != REG_TIDX_LEN)
            continue;
        out[n].post = post;
        if (reg_tenure_get(txn, reg_get_u32((const unsigned char *)v.mv_data + 4), post, &out[n].t,
                           NULL) == 0) {
            out[n].person = reg_get_u32((const unsigned char *)v.mv_data + 4);
            n++;
        }
    }
    mdb_cursor_close(cur);
    return n;
}

/* Conflicts of one post: holders certain together, tenures out of order,
 * and namesakes (one name, two persons) holding it. */
static void rv_post_conflicts(MDB_txn *txn, uint32_t post, struct rv_holder *h,
                              struct rv_conflicts *cs)
{
    reg_post p;
    if (reg_post_get(txn, post, &p, NULL) != 0)
        return;
    size_t nh = reg_dup_count(txn, reg_db.tenures_by_post, post);
    if (nh == 0 || nh > REG_SUCCESSION_MAX)
        return;
    int single = p.single_holder;
    size_t n = rv_holders(txn, post, h, REG_SUCCESSION_MAX);
    for (size_t i = 0; i < n; i++) {
        const tb_tenure *t = &h[i].t;
        /* the bounds as stated (raw) or as kept (own) end before they start */
        if ((t->own_s1 != TB_OPEN_LO && t->own_e2 != TB_OPEN_HI && t->own_e2 < t->own_s1) ||
            (t->raw_s1 != TB_OPEN_LO && t->raw_e2 != TB_OPEN_HI && t->raw_e2 < t->raw_s1))
            rv_conflict(txn, cs, "out_of_order", "the evidence ends the tenure before it starts",
                        &h[i], NULL, 0, 0);
        if (t->flags & TB_F_CONTRADICTED)
            rv_conflict(txn, cs, "contradicted",
                        "a far better attested holder was certainly in office over all of this "
                        "holder's sightings: a misread claim?",
                        &h[i], NULL, 0, 0);
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            int32_t lo, hi;
            if (single && rv_both_certain(&h[i].t, &h[j].t, &lo, &hi))
                rv_conflict(txn, cs, "two_holders",
                            "two certain holders of a one-holder post at the same time", &h[i],
                            &h[j], lo, hi);
            const char *na, *fa, *nb, *fb;
            size_t nla, fla, nlb, flb;
            if (reg_name_fold(txn, REG_KIND_PERSON, h[i].person, &na, &nla, &fa, &fla) == 0 &&
                reg_name_fold(txn, REG_KIND_PERSON, h[j].person, &nb, &nlb, &fb, &flb) == 0 &&
                nla == nlb && memcmp(na, nb, nla) == 0 &&
                reg_distinct_get(txn, h[i].person, h[j].person, NULL) == 0)
                rv_conflict(txn, cs, "namesakes",
                            "two persons of one name hold the same post: one person, or "
                            "`distinct`?",
                            &h[i], &h[j], 0, 0);
        }
}

/* A person certain in two one-holder posts of the same role at once
 * ("Bí thư Tỉnh ủy" of two provinces): the two cannot be combined. */
static void rv_person_conflicts(MDB_txn *txn, uint32_t person, struct rv_conflicts *cs)
{
    size_t n;
    uint32_t *posts = rv_person_posts(txn, person, &n, NULL);
    if (!posts)
        return;
    for (size_t i = 0; i < n; i++) {
        reg_post p, q;
        if (reg_post_get(txn, posts[i], &p, NULL) != 0 || !p.single_holder || !p.role_len)
            continue;
        for (size_t j = i + 1; j < n; j++) {
            if (reg_post_get(txn, posts[j], &q, NULL) != 0 || !q.single_holder)
                continue;
            if (reg_post_get(txn, posts[i], &p, NULL) != 0)
                break;
            if (p.role_len != q.role_len || memcmp(p.role, q.role, p.role_len) != 0 ||
                p.org == q.org)
                continue;
            struct rv_holder a = {person, posts[i], {0}}, b = {person, posts[j], {0}};
            int32_t lo, hi;
            if (reg_tenure_get(txn, person, posts[i], &a.t, NULL) == 0 &&
                reg_tenure_get(txn, person, posts[j], &b.t, NULL) == 0 &&
                rv_both_certain(&a.t, &b.t, &lo, &hi))
                rv_conflict(txn, cs, "two_posts",
                            "one person certain in two one-holder posts of the same role at "
                            "once: two offices that cannot be combined, or one office under "
                            "two labels (`merge post`)",
                            &a, &b, lo, hi);
        }
    }
    free(posts);
}

/* Walk posts (or one) and persons; fill cs. */
static int rv_conflicts_walk(MDB_txn *txn, uint32_t only_post, struct rv_conflicts *cs,
                             tn_error *err)
{
    struct rv_holder *h = xmalloc(REG_SUCCESSION_MAX * sizeof *h);
    MDB_cursor *cur = NULL;
    MDB_val k, v;
    int ret = -1, rc;
    if (only_post) {
        rv_post_conflicts(txn, only_post, h, cs);
        /* the people holding it, for two-post conflicts involving it */
        for (size_t i = 0, n = rv_holders(txn, only_post, h, REG_SUCCESSION_MAX); i < n; i++)
            rv_person_conflicts(txn, h[i].person, cs);
        ret = 0;
        goto done;
    }
    rc = mdb_cursor_open(txn, reg_db.posts, &cur);
    if (rc != 0) {
        reg_fail(err, "mdb_cursor_open(posts)", rc);
        goto done;
    }
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT))
        if (k.mv_size == 4)
            rv_post_conflicts(txn, reg_get_u32(k.mv_data), h, cs);
    mdb_cursor_close(cur);
    cur = NULL;
    if (rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(posts)", rc);
        goto done;
    }
    rc = mdb_cursor_open(txn, reg_db.persons, &cur);
    if (rc != 0) {
        reg_fail(err, "mdb_cursor_open(persons)", rc);
        goto done;
    }
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT))
        if (k.mv_size == 4)
            rv_person_conflicts(txn, reg_get_u32(k.mv_data), cs);
    if (rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(persons)", rc);
        goto done;
    }
    ret = 0;
done:
    if (cur)
        mdb_cursor_close(cur);
    free(h);
    return ret;
}

json_t *registry_conflicts(MDB_txn *txn, const tx_lexicon *lx, const char *post, int limit,
                           tn_error *err)
{
    uint32_t only = 0;
    struct rv_conflicts cs = {json_array(), 0, limit > 0 ? (size_t)limit : 20};
    if (post) {
        reg_match m[1];
        int n = reg_lookup(txn, lx, REG_KIND_POST, post, m, 1, err);
        if (n < 0)
            goto fail;
        if (n == 0) {
            tn_error_set(err, TENURE_E_NOT_FOUND, "no post matches \"%.120s\"", post);
            goto fail;
        }
        only = m[0].id;
    }
    if (rv_conflicts_walk(txn, only, &cs, err) < 0)
        goto fail;
    json_t *res = json_pack("{s:I,s:o}", "total", (json_int_t)cs.count, "conflicts", cs.items);
    if (only)
        json_object_set_new(res, "post_id", json_integer(only));
    return res;
fail:
    json_decref(cs.items);
    return NULL;
}

long registry_conflicts_count(MDB_txn *txn)
{
    struct rv_conflicts cs = {NULL, 0, 0};
    tn_error err = {0};
    if (rv_conflicts_walk(txn, 0, &cs, &err) < 0) {
        json_decref(err.data);
        return -1;
    }
    return (long)cs.count;
}

/* ---- ids a merge removed ------------------------------------------------ */

void registry_merged_note(MDB_txn *txn, const char *kind, const char *text, json_t *res)
{
    char k = strcmp(kind, "person") == 0 ? REG_KIND_PERSON : REG_KIND_POST;
    if (!res || !text || text[0] != '#' || text[1] < '0' || text[1] > '9')
        return;
    char *end;
    unsigned long id = strtoul(text + 1, &end, 10);
    if (*end != '\0' || id > UINT32_MAX)
        return;
    uint32_t into = reg_merged_into(txn, k, (uint32_t)id);
    if (!into)
        return;
    char note[96];
    snprintf(note, sizeof note, "#%lu was merged into #%u", id, into);
    json_object_set_new(res, "merged_from", json_integer((json_int_t)id));
    json_object_set_new(res, "note", json_string(note));
}

/* ---- namesakes ---------------------------------------------------------- */

/* Level, place (fold, malloc'd) and organization of a post. */
static int rv_post_level(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, char **place,
                         uint32_t *org)
{
    reg_post p;
    *place = NULL;
    *org = 0;
    if (reg_post_get(txn, post, &p, NULL) != 0)
        return 0;
    *org = p.org;
    char *label = xstrndup(p.label, p.label_len);
    int level = tx_admin_level(lx, label, place);
    free(label);
    if (!*place && p.org) {
        /* the organization may name the place the label leaves out */
        json_t *on = reg_org_name(txn, p.org);
        char *op = NULL;
        int ol = on ? tx_admin_level(lx, json_string_value(on), &op) : 0;
        json_decref(on);
        if (!level)
            level = ol;
        *place = op;
    }
    return level;
}

/* Most posts of a candidate compared. */
#define RV_RELATE_POSTS 64

int reg_namesake_relation(MDB_txn *txn, const tx_lexicon *lx, uint32_t cand, const uint32_t *posts,
                          size_t nposts, const char **why)
{
    size_t nc;
    uint32_t *cp = rv_person_posts(txn, cand, &nc, NULL);
    int ret = 0, local_a = 0, national_a = 0, local_c = 0, national_c = 0, other_c = 0, other_a = 0;
    *why = "nothing known against joining";
    if (!cp)
        return 0;
    if (nc == 0) {
        *why = "the person is known by name only";
        free(cp);
        return 0;
    }
    if (nc > RV_RELATE_POSTS)
        nc = RV_RELATE_POSTS;
    char *cplace[RV_RELATE_POSTS];
    uint32_t corg[RV_RELATE_POSTS];
    for (size_t j = 0; j < nc; j++) {
        int l = rv_post_level(txn, lx, cp[j], &cplace[j], &corg[j]);
        local_c += l == 1 || l == 2;
        national_c += l == 4;
        other_c += l == 0 || l == 3;
    }
    for (size_t i = 0; i < nposts && ret < 2; i++) {
        char *place;
        uint32_t org;
        int l = rv_post_level(txn, lx, posts[i], &place, &org);
        local_a += l == 1 || l == 2;
        national_a += l == 4;
        other_a += l == 0 || l == 3;
        for (size_t j = 0; j < nc && ret < 2; j++) {
            if (cp[j] == posts[i]) {
                ret = 2;
                *why = "holds the same post";
            } else if (ret < 1 && org && corg[j] == org) {
                ret = 1;
                *why = "holds a post of the same organization";
            } else if (ret < 1 && place && cplace[j] && strcmp(place, cplace[j]) == 0) {
                ret = 1;
                *why = "holds a post in the same place";
            }
        }
        free(place);
    }
    /* nothing shared: levels that do not meet (a commune or district post
     * against national ones only, or the reverse) mean another person */
    if (ret == 0 && other_a == 0 && other_c == 0 &&
        ((local_a && !national_a && national_c && !local_c) ||
         (national_a && !local_a && local_c && !national_c))) {
        ret = -1;
        *why = local_a ? "a commune or district post, and the known person holds only national "
                         "posts, with no post, organization or place in common"
                       : "a national post, and the known person holds only commune or district "
                         "posts, with no post, organization or place in common";
    }
    for (size_t j = 0; j < nc; j++)
        free(cplace[j]);
    free(cp);
    return ret;
}

/* The i/y variants of a fold, one syllable changed ("pham sy quy" →
 * "pham si quy"), and its "thi" variants (reg_name_variant): the middle
 * "thi" left out ("tran thi kim yen" → "tran kim yen") or, in a name of
 * three syllables or more without it, put in after the family name
 * ("tran kim yen" → "tran thi kim yen"); returns the count, each
 * malloc'd. */
size_t reg_fold_variants(const char *fold, char **out, size_t max)
{
    size_t n = 0, len = strlen(fold), nsyl = 1;
    for (const char *p = fold; *p; p++)
        nsyl += *p == ' ';
    const char *sp = strchr(fold, ' ');
    if (sp && nsyl >= 3 && n < max && strncmp(sp + 1, "thi ", 4) != 0) {
        char *v = xmalloc(len + 5);
        size_t head = (size_t)(sp - fold);
        memcpy(v, fold, head);
        memcpy(v + head, " thi", 4);
        memcpy(v + head + 4, sp, len - head + 1);
        out[n++] = v;
    }
    for (const char *p = sp; p && nsyl >= 4 && n < max; p = strchr(p + 1, ' ')) {
        if (strncmp(p + 1, "thi ", 4) != 0)
            continue;
        char *v = xmalloc(len + 1);
        size_t head = (size_t)(p - fold);
        memcpy(v, fold, head);
        memcpy(v + head, p + 4, len - head - 4 + 1);
        out[n++] = v;
        break;
    }
    for (size_t i = 0; i < len && n < max; i++) {
        if (fold[i] != 'i' && fold[i] != 'y')
            continue;
        /* syllable end only: "thuy"/"thui", not "yen"/"ien" */
        if (i + 1 < len && fold[i + 1] != ' ')
            continue;
        char *v = xstrdup(fold);
        v[i] = fold[i] == 'i' ? 'y' : 'i';
        out[n++] = v;
    }
    return n;
}
