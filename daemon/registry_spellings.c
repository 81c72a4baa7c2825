/*
 * registry_spellings.c — which of a person's spellings is shown: the one
 * most reports use.  Keeps, per person and spelling (the name's key), the
 * articles whose claims named the person so (`spelled_in`) and the name as
 * shown under that spelling (`spellings`), written by the writer in the
 * transaction that stores the article's evidence, taken back by forget,
 * carried by merge and split; and picks the name shown from them
 * (reg_person_respell).  A store written before the counts were kept (no
 * `spellings_counted` marker) keeps the older rule: the spelling with more
 * letters marked (registry.c, reg_name_preferred).
 *
 * Does not own resolution (registry.c decides which person a name is) nor
 * the corrections themselves (registry_fix.c).  docs/REGISTRY.md,
 * "Namesakes and variants".
 */
#include "registry_int.h"
#include "store.h"
#include "xmalloc.h"

#include <stdlib.h>
#include <string.h>

#define SP_COUNTED_KEY "spellings_counted"
/* Most spellings of one person weighed (the rest keep what they had). */
#define SP_MAX 16

int reg_spellings_open(MDB_txn *txn, char **cause)
{
    MDB_stat st;
    int rc = mdb_stat(txn, reg_db.persons, &st);
    if (rc == 0 && st.ms_entries == 0) {
        /* a store with no person yet: every spelling from now on is counted */
        MDB_val k = reg_key_val(SP_COUNTED_KEY), v = {4, "\0\0\0\1"};
        rc = mdb_put(txn, reg_db.counters, &k, &v, 0);
    }
    if (rc != 0) {
        if (cause)
            *cause = store_mdb_cause(rc, "spellings: mdb");
        return -1;
    }
    return 0;
}

int reg_spellings_counted(MDB_txn *txn)
{
    MDB_val k = reg_key_val(SP_COUNTED_KEY), v;
    return mdb_get(txn, reg_db.counters, &k, &v) == 0;
}

/* person·key as an LMDB key into buf (4 + REG_MAX_KEY bytes). */
static MDB_val sp_key(unsigned char *buf, uint32_t person, const char *key, size_t kl)
{
    if (kl > REG_MAX_KEY)
        kl = REG_MAX_KEY;
    reg_put_u32(buf, person);
    memcpy(buf + 4, key, kl);
    return (MDB_val){4 + kl, buf};
}

/* Keep form as the name shown under spelling k unless the one kept is
 * preferred to it (same key: they differ in capitals only).  0 or -1. */
static int sp_form_put(MDB_txn *txn, MDB_val *k, const char *form, tn_error *err)
{
    MDB_val v;
    int r = reg_get(txn, reg_db.spellings, k, &v, "mdb_get(spellings)", err);
    if (r < 0)
        return -1;
    if (r == 0 && (v.mv_size == strlen(form) && memcmp(v.mv_data, form, v.mv_size) == 0))
        return 0;
    if (r == 0) {
        char *kept = xstrndup(v.mv_data, v.mv_size);
        int better = reg_name_preferred(form, kept, strlen(kept));
        free(kept);
        if (!better)
            return 0;
    }
    MDB_val nv = {strlen(form), (void *)form};
    int rc = mdb_put(txn, reg_db.spellings, k, &nv, 0);
    return rc != 0 ? reg_fail(err, "mdb_put(spellings)", rc) : 0;
}

int reg_spelling_add(MDB_txn *txn, uint32_t person, const char *name, const char *key,
                     const unsigned char aid[16], tn_error *err)
{
    if (!person || !key || !*key)
        return 0;
    unsigned char buf[4 + REG_MAX_KEY];
    MDB_val k = sp_key(buf, person, key, strlen(key)), v = {16, (void *)aid};
    /* an article already counted for this spelling counts once */
    int rc = mdb_put(txn, reg_db.spelled_in, &k, &v, MDB_NODUPDATA);
    if (rc != 0 && rc != MDB_KEYEXIST)
        return reg_fail(err, "mdb_put(spelled_in)", rc);
    char *form = reg_name_decaps(name);
    int ret = sp_form_put(txn, &k, form, err);
    free(form);
    return ret;
}

/* The keys (person·key) of a person's spellings, into keys[0..*n), each
 * malloc'd; with_kept: also the operator's row (person alone).  0 or -1. */
static int sp_rows(MDB_txn *txn, uint32_t person, MDB_val *keys, size_t max, size_t *n,
                   int with_kept, tn_error *err)
{
    MDB_cursor *cur;
    unsigned char p[4];
    reg_put_u32(p, person);
    MDB_val k = {4, p}, v;
    *n = 0;
    int rc = mdb_cursor_open(txn, reg_db.spellings, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(spellings)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0 && *n < max;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (k.mv_size < 4 || memcmp(k.mv_data, p, 4) != 0)
            break;
        if (k.mv_size == 4 && !with_kept)
            continue;
        void *c = xmemdup(k.mv_data, k.mv_size);
        keys[*n].mv_size = k.mv_size;
        keys[*n].mv_data = c;
        (*n)++;
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND && *n < max)
        return reg_fail(err, "mdb_cursor_get(spellings)", rc);
    return 0;
}

static void sp_rows_free(MDB_val *keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(keys[i].mv_data);
}

/* Delete one spelling row (its form and its articles).  0 or -1. */
static int sp_row_del(MDB_txn *txn, MDB_val *k, tn_error *err)
{
    int rc = mdb_del(txn, reg_db.spelled_in, k, NULL);
    if (rc == 0 || rc == MDB_NOTFOUND)
        rc = mdb_del(txn, reg_db.spellings, k, NULL);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_del(spellings)", rc);
    return 0;
}

/* Take article aid out of spelling row k; the row goes with its last
 * article.  0 or -1. */
static int sp_article_del(MDB_txn *txn, MDB_val *k, const unsigned char aid[16], tn_error *err)
{
    MDB_val v = {16, (void *)aid}, kk = *k, any;
    int rc = mdb_del(txn, reg_db.spelled_in, &kk, &v);
    if (rc == MDB_NOTFOUND)
        return 0;
    if (rc != 0)
        return reg_fail(err, "mdb_del(spelled_in)", rc);
    kk = *k;
    int r = reg_get(txn, reg_db.spelled_in, &kk, &any, "mdb_get(spelled_in)", err);
    if (r < 0)
        return -1;
    return r == 1 ? sp_row_del(txn, k, err) : 0;
}

int reg_spellings_forget(MDB_txn *txn, uint32_t person, const unsigned char aid[16], tn_error *err)
{
    if (!reg_spellings_counted(txn))
        return 0;
    MDB_val keys[SP_MAX];
    size_t n = 0;
    int ret = sp_rows(txn, person, keys, SP_MAX, &n, 0, err);
    for (size_t i = 0; i < n && ret == 0; i++)
        ret = sp_article_del(txn, &keys[i], aid, err);
    sp_rows_free(keys, n);
    return ret;
}

/* Put the articles of row k of `from` (only aid when not NULL) under the
 * same spelling of `into`, with its form.  0 or -1. */
static int sp_row_copy(MDB_txn *txn, MDB_val *k, uint32_t into, const unsigned char *aid,
                       tn_error *err)
{
    unsigned char buf[4 + REG_MAX_KEY];
    MDB_val ik = sp_key(buf, into, (const char *)k->mv_data + 4, k->mv_size - 4), v;
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.spelled_in, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(spelled_in)", rc);
    int found = 0;
    MDB_val kk = *k;
    for (rc = mdb_cursor_get(cur, &kk, &v, MDB_SET); rc == 0;
         rc = mdb_cursor_get(cur, &kk, &v, MDB_NEXT_DUP)) {
        if (v.mv_size != 16 || (aid && memcmp(v.mv_data, aid, 16) != 0))
            continue;
        unsigned char a[16];
        memcpy(a, v.mv_data, 16);
        MDB_val av = {16, a}, ikk = ik;
        int prc = mdb_put(txn, reg_db.spelled_in, &ikk, &av, MDB_NODUPDATA);
        if (prc != 0 && prc != MDB_KEYEXIST) {
            mdb_cursor_close(cur);
            return reg_fail(err, "mdb_put(spelled_in)", prc);
        }
        found = 1;
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(spelled_in)", rc);
    if (!found)
        return 0;
    kk = *k;
    int r = reg_get(txn, reg_db.spellings, &kk, &v, "mdb_get(spellings)", err);
    if (r != 0)
        return r < 0 ? -1 : 0;
    char *form = xstrndup(v.mv_data, v.mv_size);
    int ret = sp_form_put(txn, &ik, form, err);
    free(form);
    return ret;
}

int reg_spellings_move(MDB_txn *txn, uint32_t from, uint32_t into, const unsigned char *aid,
                       int keep, tn_error *err)
{
    if (!reg_spellings_counted(txn) || from == into)
        return 0;
    MDB_val keys[SP_MAX];
    size_t n = 0;
    int ret = sp_rows(txn, from, keys, SP_MAX, &n, 0, err);
    for (size_t i = 0; i < n && ret == 0; i++) {
        ret = sp_row_copy(txn, &keys[i], into, aid, err);
        if (ret == 0 && !keep)
            ret = aid ? sp_article_del(txn, &keys[i], aid, err) : sp_row_del(txn, &keys[i], err);
    }
    sp_rows_free(keys, n);
    return ret;
}

int reg_spellings_keep_name(MDB_txn *txn, uint32_t person, tn_error *err)
{
    const char *name, *fold;
    size_t nl, fl;
    if (!reg_spellings_counted(txn) ||
        reg_name_fold(txn, REG_KIND_PERSON, person, &name, &nl, &fold, &fl) != 0)
        return 0;
    char *copy = xstrndup(name, nl); /* the record may move under the put */
    unsigned char p[4];
    reg_put_u32(p, person);
    MDB_val k = {4, p}, v = {nl, copy};
    int rc = mdb_put(txn, reg_db.spellings, &k, &v, 0);
    free(copy);
    return rc != 0 ? reg_fail(err, "mdb_put(spellings)", rc) : 0;
}

int reg_spellings_drop(MDB_txn *txn, uint32_t person, tn_error *err)
{
    MDB_val keys[SP_MAX];
    size_t n = 0;
    int ret = 0;
    do { /* rows beyond SP_MAX: another round */
        ret = sp_rows(txn, person, keys, SP_MAX, &n, 1, err);
        for (size_t i = 0; i < n && ret == 0; i++)
            ret = sp_row_del(txn, &keys[i], err);
        sp_rows_free(keys, n);
    } while (ret == 0 && n == SP_MAX);
    return ret;
}

/* One spelling weighed: its form, its key's fold, its articles. */
struct sp_cand {
    char *form, *fold;
    size_t articles;
    int in; /* joined to the shown name by the registry's own rules */
};

/* Whether a has a letter marked (not an ASCII rendering). */
static int sp_marked(const char *a)
{
    for (; *a; a++)
        if ((unsigned char)*a >= 0x80)
            return 1;
    return 0;
}

/* Whether candidate a is shown before b: a spelling with marks before an
 * ASCII rendering of it, then the one more articles use, then the older
 * rule (reg_name_preferred: more letters marked, fewer words in capitals,
 * byte order). */
static int sp_before(const struct sp_cand *a, const struct sp_cand *b)
{
    int ma = sp_marked(a->form), mb = sp_marked(b->form);
    if (ma != mb)
        return ma;
    if (a->articles != b->articles)
        return a->articles > b->articles;
    return reg_name_preferred(a->form, b->form, strlen(b->form));
}

/* The articles of spelling row k into *n (0 when none).  0 or -1. */
static int sp_count(MDB_cursor *cur, MDB_val k, size_t *n, tn_error *err)
{
    MDB_val v;
    *n = 0;
    int rc = mdb_cursor_get(cur, &k, &v, MDB_SET);
    if (rc == MDB_NOTFOUND)
        return 0;
    if (rc == 0)
        rc = mdb_cursor_count(cur, n);
    return rc != 0 ? reg_fail(err, "mdb_cursor_count(spelled_in)", rc) : 0;
}

/* Whether two spellings are joined by the registry's own rules: the same
 * letters (an ASCII rendering, a tone mark) or a variant it joins. */
static int sp_joined(const struct sp_cand *a, const struct sp_cand *b)
{
    return strcmp(a->fold, b->fold) == 0 || reg_name_variant(a->form, b->form);
}

int reg_person_respell(MDB_txn *txn, uint32_t person, tn_error *err)
{
    const char *name, *fold;
    size_t nl, fl;
    if (!reg_spellings_counted(txn) ||
        reg_name_fold(txn, REG_KIND_PERSON, person, &name, &nl, &fold, &fl) != 0)
        return 0;
    MDB_val keys[SP_MAX];
    struct sp_cand c[SP_MAX + 1];
    size_t n = 0, nc = 0;
    if (sp_rows(txn, person, keys, SP_MAX, &n, 1, err) < 0)
        return -1;
    /* the common case: one spelling, the one shown */
    if (n <= 1) {
        MDB_val v;
        int r = n == 0 || keys[0].mv_size == 4
                    ? 1
                    : reg_get(txn, reg_db.spellings, &keys[0], &v, "mdb_get(spellings)", err);
        sp_rows_free(keys, n);
        if (r < 0)
            return -1;
        if (r == 1 || (v.mv_size == nl && memcmp(v.mv_data, name, nl) == 0))
            return 0;
        if (sp_rows(txn, person, keys, SP_MAX, &n, 1, err) < 0)
            return -1;
    }
    memset(c, 0, sizeof c);
    int ret = -1;
    MDB_cursor *cur = NULL;
    /* c[0]: the name shown now, with the articles of its own spelling */
    c[0].form = xstrndup(name, nl);
    char *skey = tx_key(c[0].form);
    c[0].fold = tx_fold(c[0].form);
    c[0].in = 1;
    nc = 1;
    if (!c[0].fold || !skey) { /* the extraction library's failure */
        tn_error_set(err, TENURE_E_INTERNAL_ERROR, "out of memory");
        goto done;
    }
    /* an operator's merge kept the name */
    for (size_t i = 0; i < n; i++)
        if (keys[i].mv_size == 4) {
            ret = 0;
            goto done;
        }
    int rc = mdb_cursor_open(txn, reg_db.spelled_in, &cur);
    if (rc != 0) {
        reg_fail(err, "mdb_cursor_open(spelled_in)", rc);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        MDB_val kk = keys[i], v;
        size_t articles;
        if (sp_count(cur, keys[i], &articles, err) < 0)
            goto done;
        int r = reg_get(txn, reg_db.spellings, &kk, &v, "mdb_get(spellings)", err);
        if (r < 0)
            goto done;
        if (r == 1 || v.mv_size == 0)
            continue;
        if (keys[i].mv_size - 4 == strlen(skey) &&
            memcmp((char *)keys[i].mv_data + 4, skey, strlen(skey)) == 0)
            c[0].articles = articles; /* the shown name's own spelling */
        struct sp_cand *x = &c[nc];
        x->form = xstrndup(v.mv_data, v.mv_size);
        x->fold = tx_fold(x->form);
        x->articles = articles;
        nc++;
        if (!x->fold) { /* the extraction library's failure */
            tn_error_set(err, TENURE_E_INTERNAL_ERROR, "out of memory");
            goto done;
        }
    }
    /* only spellings the registry's own rules join to the name shown, one
     * from another: a name an operator's merge brought stays out */
    for (int grew = 1; grew;) {
        grew = 0;
        for (size_t i = 1; i < nc; i++)
            for (size_t j = 0; j < nc && !c[i].in; j++)
                if (c[j].in && sp_joined(&c[i], &c[j]))
                    c[i].in = grew = 1;
    }
    size_t best = 0;
    for (size_t i = 1; i < nc; i++)
        if (c[i].in && sp_before(&c[i], &c[best]))
            best = i;
    ret = 0;
    if (best != 0 && strcmp(c[best].form, c[0].form) != 0)
        ret = reg_person_rename(txn, person, c[best].form, err);
done:
    if (cur)
        mdb_cursor_close(cur);
    for (size_t i = 0; i < nc; i++) {
        free(c[i].form);
        free(c[i].fold);
    }
    free(skey);
    sp_rows_free(keys, n);
    return ret;
}
