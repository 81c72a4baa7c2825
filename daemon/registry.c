/*
 * registry.c — the registry's storage: opening its databases, resolving
 * names to ids, storing evidence and keeping tenures up to date.
 *
 * Owns every write to the registry databases listed in registry_int.h and
 * the record encodings.  Queries live in registry_query.c, operator
 * corrections (merge, split) in registry_fix.c, bounds arithmetic in
 * tenure_bounds.c.  Never begins or ends a transaction: the caller's
 * transaction holds all of one article or none of it.
 */
#include "registry_int.h"
#include "store.h"
#include "tenure/utf8.h"
#include "xmalloc.h"

#include <ctype.h>
#include <errno.h>
#include <utf8proc.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct reg_dbs reg_db;

/* ---- encodings ---------------------------------------------------------- */

/* Store a 32-bit value big-endian. */
void reg_put_u32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* Read a big-endian 32-bit value. */
uint32_t reg_get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Store a day number biased so that byte order is date order. */
void reg_put_day(unsigned char *p, int32_t day)
{
    reg_put_u32(p, (uint32_t)day ^ 0x80000000u);
}

/* Read a biased day number. */
int32_t reg_get_day(const unsigned char *p)
{
    return (int32_t)(reg_get_u32(p) ^ 0x80000000u);
}

/* Name the failed call in err: the store's one LMDB error mapping. */
int reg_fail(tn_error *err, const char *call, int rc)
{
    if (err)
        store_mdb_error(err, call, rc);
    return -1;
}

/* A record that is there but does not decode: CORRUPT (never "not found",
 * which would let a damaged store answer as if the record were missing). */
int reg_corrupt(tn_error *err, const char *what, uint32_t id, size_t size)
{
    if (err)
        tn_error_set(err, TENURE_E_CORRUPT,
                     "%s #%u is corrupt (%zu bytes do not decode); run \"tenure verify\" "
                     "and restore from a backup (docs/OPERATIONS.md)",
                     what, (unsigned)id, size);
    return -1;
}

/* mdb_get with the three outcomes the registry needs. */
int reg_get(MDB_txn *txn, MDB_dbi dbi, MDB_val *key, MDB_val *val, const char *what, tn_error *err)
{
    int rc = mdb_get(txn, dbi, key, val);
    if (rc == MDB_NOTFOUND)
        return 1;
    if (rc != 0)
        return reg_fail(err, what, rc);
    return 0;
}

/* A string as a key, cut to the LMDB key limit. */
MDB_val reg_key_val(const char *s)
{
    size_t n = strlen(s);
    MDB_val v = {n > REG_MAX_KEY ? REG_MAX_KEY : n, (void *)s};
    return v;
}

/* ---- opening ------------------------------------------------------------ */

static int reg_words_migrate(MDB_txn *txn, char **cause);
static int reg_tenures_migrate(MDB_txn *txn, char **cause);

/* Open the registry databases (creating them) inside the start-up txn, and
 * migrate an older word index. */
int registry_open(MDB_txn *txn, char **cause)
{
    static const struct {
        const char *name;
        unsigned flags;
        MDB_dbi *dbi;
    } dbs[] = {
        {"persons", 0, &reg_db.persons},
        {"person_by_key", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.person_by_key},
        {"person_by_fold", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.person_by_fold},
        {"person_alias", MDB_DUPSORT, &reg_db.person_alias},
        {"orgs", 0, &reg_db.orgs},
        {"org_by_key", 0, &reg_db.org_by_key},
        {"org_by_fold", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.org_by_fold},
        {"posts", 0, &reg_db.posts},
        {"post_by_key", 0, &reg_db.post_by_key},
        {"post_by_fold", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.post_by_fold},
        {"post_by_org", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.post_by_org},
        {"post_alias", MDB_DUPSORT, &reg_db.post_alias},
        {"evidence", 0, &reg_db.evidence},
        {"evidence_by_person", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.evidence_by_person},
        {"evidence_by_post", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.evidence_by_post},
        {"tenures", 0, &reg_db.tenures},
        {"tenures_by_post", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.tenures_by_post},
        {"words", MDB_DUPSORT, &reg_db.tokens},
        {"corrections", 0, &reg_db.corrections},
        {"split_by_article", 0, &reg_db.split_by_article},
        {"counters", 0, &reg_db.counters},
        {"changes", 0, &reg_db.changes},
        {"merged", 0, &reg_db.merged},
        {"distinct", 0, &reg_db.distinct},
        {"pinned", 0, &reg_db.pinned},
        {"decisions", 0, &reg_db.decisions},
        {"mentions", 0, &reg_db.mentions},
        {"guessed", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.guessed},
        {"spellings", 0, &reg_db.spellings},
        {"spelled_in", MDB_DUPSORT | MDB_DUPFIXED, &reg_db.spelled_in},
    };
    for (size_t i = 0; i < sizeof dbs / sizeof dbs[0]; i++) {
        int rc = mdb_dbi_open(txn, dbs[i].name, MDB_CREATE | dbs[i].flags, dbs[i].dbi);
        if (rc != 0) {
            if (cause)
                *cause = store_mdb_cause(rc, "mdb_dbi_open(%s)", dbs[i].name);
            return -1;
        }
    }
    reg_summary_reset(); /* a store (re)opened: no record of another (registry_summary.c) */
    if (registry_link_open(txn, cause) != 0) /* registry_link.c */
        return -1;
    if (reg_mentions_open(txn, cause) != 0) /* registry_review.c */
        return -1;
    if (reg_spellings_open(txn, cause) != 0) /* registry_spellings.c */
        return -1;
    if (reg_words_migrate(txn, cause) < 0)
        return -1;
    return reg_tenures_migrate(txn, cause);
}

/* ---- small records ------------------------------------------------------ */

/* A named counter's value (dflt when it was never set); 0 or -1. */
int reg_counter_get(MDB_txn *txn, const char *name, uint32_t dflt, uint32_t *out, tn_error *err)
{
    MDB_val key = reg_key_val(name), val;
    int r = reg_get(txn, reg_db.counters, &key, &val, "mdb_get(counters)", err);
    if (r < 0)
        return -1;
    *out = r == 0 && val.mv_size == 4 ? reg_get_u32(val.mv_data) : dflt;
    return 0;
}

/* Set a named counter; 0 or -1. */
int reg_counter_set(MDB_txn *txn, const char *name, uint32_t value, tn_error *err)
{
    unsigned char buf[4];
    reg_put_u32(buf, value);
    MDB_val key = reg_key_val(name), val = {4, buf};
    int rc = mdb_put(txn, reg_db.counters, &key, &val, 0);
    return rc != 0 ? reg_fail(err, "mdb_put(counters)", rc) : 0;
}

/* Next value of a named counter (ids start at 1). */
int reg_counter_next(MDB_txn *txn, const char *name, uint32_t *out, tn_error *err)
{
    uint32_t next;
    if (reg_counter_get(txn, name, 1, &next, err) < 0 ||
        reg_counter_set(txn, name, next + 1, err) < 0)
        return -1;
    *out = next;
    return 0;
}

/* Store "name NUL fold" under an id (persons, orgs): the fold rides along
 * so search and lookup never normalize stored names again. */
static int reg_name_put(MDB_txn *txn, MDB_dbi dbi, uint32_t id, const char *name, const char *fold,
                        const char *what, tn_error *err)
{
    size_t nl = strlen(name), fl = strlen(fold);
    char *buf = xmalloc(nl + 1 + fl);
    unsigned char k[4];
    memcpy(buf, name, nl);
    buf[nl] = '\0';
    memcpy(buf + nl + 1, fold, fl);
    reg_put_u32(k, id);
    MDB_val key = {4, k}, val = {nl + 1 + fl, buf};
    int rc = mdb_put(txn, dbi, &key, &val, 0);
    free(buf);
    if (rc != 0)
        return reg_fail(err, what, rc);
    return 0;
}

/* Name and fold of a person or organization record; 0 when found. */
int reg_name_fold(MDB_txn *txn, char kind, uint32_t id, const char **name, size_t *name_len,
                  const char **fold, size_t *fold_len)
{
    unsigned char k[4];
    MDB_val key = {4, k}, val;
    reg_put_u32(k, id);
    if (kind == REG_KIND_POST) {
        reg_post p;
        if (reg_post_get(txn, id, &p, NULL) != 0)
            return 1;
        *name = p.label;
        *name_len = p.label_len;
        *fold = p.fold;
        *fold_len = p.fold_len;
        return 0;
    }
    if (mdb_get(txn, kind == REG_KIND_PERSON ? reg_db.persons : reg_db.orgs, &key, &val) != 0)
        return 1;
    const char *v = val.mv_data, *nul = memchr(v, '\0', val.mv_size);
    *name = v;
    *name_len = nul ? (size_t)(nul - v) : val.mv_size;
    *fold = nul ? nul + 1 : v + val.mv_size;
    *fold_len = nul ? val.mv_size - *name_len - 1 : 0;
    return 0;
}

/* A name stored under an id, as a JSON string.  Stored names and labels
 * are valid UTF-8 (they come from JSON strings and normalized text, both
 * checked on the way in), so answers skip Jansson's re-validation: it was
 * a sixth of `org`, which lists many labels. */
static json_t *reg_name_of(MDB_txn *txn, char kind, uint32_t id)
{
    const char *name, *fold;
    size_t nl, fl;
    if (reg_name_fold(txn, kind, id, &name, &nl, &fold, &fl) != 0)
        return NULL;
    return json_stringn_nocheck(name, nl);
}

/* Display name of a person. */
json_t *reg_person_name(MDB_txn *txn, uint32_t id)
{
    return reg_name_of(txn, REG_KIND_PERSON, id);
}

/* Display name of an organization. */
json_t *reg_org_name(MDB_txn *txn, uint32_t id)
{
    return reg_name_of(txn, REG_KIND_ORG, id);
}

/* Decode a post record. */
int reg_post_get(MDB_txn *txn, uint32_t id, reg_post *out, tn_error *err)
{
    unsigned char k[4];
    MDB_val key = {4, k}, val;
    reg_put_u32(k, id);
    int r = reg_get(txn, reg_db.posts, &key, &val, "mdb_get(posts)", err);
    if (r != 0)
        return r;
    const char *p = val.mv_data;
    if (val.mv_size < 6)
        return reg_corrupt(err, "post record", id, val.mv_size);
    out->org = reg_get_u32((const unsigned char *)p);
    out->bits = (unsigned char)p[4];
    out->single_holder = (out->bits & REG_POST_SINGLE) != 0;
    out->member = (out->bits & REG_POST_MEMBER) != 0;
    out->deputy = (out->bits & REG_POST_DEPUTY) != 0;
    out->level = (out->bits >> REG_POST_LEVEL_SHIFT) & 7;
    out->body = (out->bits >> REG_POST_BODY_SHIFT) & 3;
    out->role = p + 5;
    const char *nul = memchr(out->role, '\0', val.mv_size - 5);
    if (!nul)
        return reg_corrupt(err, "post record", id, val.mv_size);
    out->role_len = (size_t)(nul - out->role);
    out->label = nul + 1;
    size_t rest = val.mv_size - (size_t)(out->label - p);
    const char *end = memchr(out->label, '\0', rest);
    out->label_len = end ? (size_t)(end - out->label) : rest;
    out->fold = end ? end + 1 : out->label + rest;
    out->fold_len = end ? rest - out->label_len - 1 : 0;
    return 0;
}

/* Label of a post, as a JSON string. */
json_t *reg_post_label(MDB_txn *txn, uint32_t id)
{
    reg_post p;
    if (reg_post_get(txn, id, &p, NULL) != 0)
        return NULL;
    return json_stringn_nocheck(p.label, p.label_len); /* valid: see reg_name_of */
}

/* Read one tenure record. */
int reg_tenure_get(MDB_txn *txn, uint32_t person, uint32_t post, tb_tenure *out, tn_error *err)
{
    unsigned char k[8];
    MDB_val key = {8, k}, val;
    reg_put_u32(k, person);
    reg_put_u32(k + 4, post);
    int r = reg_get(txn, reg_db.tenures, &key, &val, "mdb_get(tenures)", err);
    if (r != 0)
        return r;
    if (val.mv_size != sizeof *out)
        return reg_corrupt(err, "the tenure record of person", person, val.mv_size);
    memcpy(out, val.mv_data, sizeof *out);
    return 0;
}

/* The post index value of a tenure: first sighting day, then person, so a
 * post's holders lie in the order they were first seen; then what deciding
 * "certain/possible at a date" and ranking need, so `who` reads holders by
 * one cursor scan and fetches full records only for those it shows. */
void reg_tenure_idx(unsigned char v[REG_TIDX_LEN], uint32_t person, const tb_tenure *t)
{
    reg_put_day(v, tb_span_known(&t->first_seen) ? t->first_seen.lo : TB_OPEN_LO);
    reg_put_u32(v + 4, person);
    reg_put_day(v + 8, t->s1);
    reg_put_day(v + 12, t->s2);
    reg_put_day(v + 16, t->e1);
    reg_put_day(v + 20, t->e2);
    reg_put_day(v + 24, t->own_s2);
    reg_put_day(v + 28, t->own_e1);
    reg_put_day(v + 32, tb_span_known(&t->last_seen) ? t->last_seen.hi : TB_OPEN_LO);
    /* the count's four top bits carry what `who` filters on without the
     * full record: contradicted (bit 31), stated appointment or end (bit
     * 30), only said to have left (bit 29; 0 in stores written before),
     * first seen on an article's own date (bit 28, TB_SPAN_FIRM; 0 in
     * stores written before session 11) */
    uint32_t c = t->count > REG_TIDX_COUNT_MAX ? REG_TIDX_COUNT_MAX : t->count;
    if (t->flags & TB_F_CONTRADICTED)
        c |= 0x80000000u;
    if (t->flags & TB_F_STATED)
        c |= 0x40000000u;
    if (t->flags & TB_F_HEARSAY)
        c |= 0x20000000u;
    if (tb_span_known(&t->first_seen) && t->first_seen.firm == TB_SPAN_FIRM)
        c |= 0x10000000u;
    reg_put_u32(v + 36, c);
}

/* The summary of a tenure a post index value carries (sightings as days). */
void reg_tenure_idx_decode(const unsigned char v[REG_TIDX_LEN], uint32_t *person, tb_tenure *t)
{
    int32_t first = reg_get_day(v), last = reg_get_day(v + 32);
    tb_init(t);
    *person = reg_get_u32(v + 4);
    t->s1 = t->own_s1 = reg_get_day(v + 8);
    t->s2 = reg_get_day(v + 12);
    t->e1 = reg_get_day(v + 16);
    t->e2 = t->own_e2 = reg_get_day(v + 20);
    t->own_s2 = reg_get_day(v + 24);
    t->own_e1 = reg_get_day(v + 28);
    uint32_t c = reg_get_u32(v + 36);
    t->count = c & REG_TIDX_COUNT_MAX;
    if (c & 0x80000000u)
        t->flags |= TB_F_CONTRADICTED;
    if (c & 0x20000000u)
        t->flags |= TB_F_HEARSAY;
    if (c & 0x40000000u) {
        t->flags |= TB_F_STATED;
        t->explicit_n = 1;
    }
    if (first != TB_OPEN_LO)
        t->first_seen =
            (tb_span){first, first, PDATE_DAY, (c & 0x10000000u) ? TB_SPAN_FIRM : 0, {0, 0}};
    if (last != TB_OPEN_LO)
        t->last_seen = (tb_span){last, last, PDATE_DAY, 0, {0, 0}};
}

/* Write one tenure record and keep its post index entry in step. */
static int reg_tenure_put(MDB_txn *txn, uint32_t person, uint32_t post, const tb_tenure *t,
                          tn_error *err)
{
    unsigned char k[8], iv[REG_TIDX_LEN], ov[REG_TIDX_LEN];
    tb_tenure old;
    reg_put_u32(k, person);
    reg_put_u32(k + 4, post);
    int had = reg_tenure_get(txn, person, post, &old, err);
    if (had < 0)
        return -1;
    MDB_val key = {8, k}, val = {sizeof *t, (void *)t};
    int rc = mdb_put(txn, reg_db.tenures, &key, &val, 0);
    if (rc != 0)
        return reg_fail(err, "mdb_put(tenures)", rc);
    if (reg_change_note(txn, person, post, had == 0 ? &old : NULL, t, err) < 0)
        return -1;
    reg_tenure_idx(iv, person, t);
    MDB_val pk = {4, k + 4}, pv = {REG_TIDX_LEN, iv};
    if (had == 0) {
        reg_tenure_idx(ov, person, &old);
        if (memcmp(ov, iv, REG_TIDX_LEN) == 0)
            return 0;
        MDB_val opv = {REG_TIDX_LEN, ov};
        rc = mdb_del(txn, reg_db.tenures_by_post, &pk, &opv);
        if (rc != 0 && rc != MDB_NOTFOUND)
            return reg_fail(err, "mdb_del(tenures_by_post)", rc);
    }
    rc = mdb_put(txn, reg_db.tenures_by_post, &pk, &pv, MDB_NODUPDATA);
    if (rc != 0 && rc != MDB_KEYEXIST)
        return reg_fail(err, "mdb_put(tenures_by_post)", rc);
    return 0;
}

/* Remove one tenure record and its index entry. */
static int reg_tenure_del(MDB_txn *txn, uint32_t person, uint32_t post, tn_error *err)
{
    unsigned char k[8], iv[REG_TIDX_LEN];
    tb_tenure old;
    reg_put_u32(k, person);
    reg_put_u32(k + 4, post);
    int had = reg_tenure_get(txn, person, post, &old, err);
    if (had != 0)
        return had < 0 ? -1 : 0;
    MDB_val key = {8, k};
    int rc = mdb_del(txn, reg_db.tenures, &key, NULL);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_del(tenures)", rc);
    if (reg_change_note(txn, person, post, &old, NULL, err) < 0)
        return -1;
    reg_tenure_idx(iv, person, &old);
    MDB_val pk = {4, k + 4}, pv = {REG_TIDX_LEN, iv};
    rc = mdb_del(txn, reg_db.tenures_by_post, &pk, &pv);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_del(tenures_by_post)", rc);
    return 0;
}

/* ---- tokens ------------------------------------------------------------- */

/* Split a folded string into ASCII alphanumeric tokens in place. */
size_t reg_tokenize(char *buf, char **tok, size_t max)
{
    size_t n = 0;
    char *p = buf;
    while (*p && n < max) {
        while (*p && !isalnum((unsigned char)*p))
            p++;
        if (!*p)
            break;
        tok[n++] = p;
        while (*p && isalnum((unsigned char)*p))
            p++;
        if (*p)
            *p++ = '\0';
    }
    return n;
}

/* Add or remove the word index entries of a fold: each word -> kind·id·fold
 * (the fold cut to fit an LMDB value; readers load the record when cut). */
static int reg_tokens_apply_fold(MDB_txn *txn, const char *fold, size_t fold_len, char kind,
                                 uint32_t id, int add, tn_error *err)
{
    unsigned char v[REG_MAX_KEY];
    char buf[REG_MAX_KEY], *tok[32];
    int ret = 0;
    size_t vl = fold_len < REG_MAX_KEY - 5 ? fold_len : REG_MAX_KEY - 5;
    size_t bl = fold_len < REG_MAX_KEY - 1 ? fold_len : REG_MAX_KEY - 1;
    v[0] = (unsigned char)kind;
    reg_put_u32(v + 1, id);
    memcpy(v + 5, fold, vl);
    memcpy(buf, fold, bl);
    buf[bl] = '\0';
    size_t n = reg_tokenize(buf, tok, 32);
    for (size_t i = 0; i < n && ret == 0; i++) {
        MDB_val key = reg_key_val(tok[i]), val = {5 + vl, v};
        reg_summary_touch_word(txn, key.mv_data, key.mv_size, &val); /* registry_summary.c */
        int rc = add ? mdb_put(txn, reg_db.tokens, &key, &val, MDB_NODUPDATA)
                     : mdb_del(txn, reg_db.tokens, &key, &val);
        if (rc != 0 && rc != MDB_KEYEXIST && rc != MDB_NOTFOUND)
            ret = reg_fail(err, add ? "mdb_put(words)" : "mdb_del(words)", rc);
    }
    return ret;
}

/* The fold a word index value carries (see registry_int.h). */
int reg_word_fold(MDB_txn *txn, const MDB_val *v, char *kind, uint32_t *id, const char **fold,
                  size_t *fold_len)
{
    const unsigned char *d = v->mv_data;
    if (v->mv_size < 5)
        return 1;
    *kind = (char)d[0];
    *id = reg_get_u32(d + 1);
    if (v->mv_size < REG_MAX_KEY) {
        *fold = (const char *)d + 5;
        *fold_len = v->mv_size - 5;
        return 0;
    }
    const char *name;
    size_t nl;
    return reg_name_fold(txn, *kind, *id, &name, &nl, fold, fold_len) != 0;
}

/* Add or remove the word index entries of a name. */
static int reg_tokens_apply(MDB_txn *txn, const char *name, char kind, uint32_t id, int add,
                            tn_error *err)
{
    char *fold = tx_fold(name);
    if (!fold)
        return 0;
    int ret = reg_tokens_apply_fold(txn, fold, strlen(fold), kind, id, add, err);
    free(fold);
    return ret;
}

/* Index the tokens of a name. */
int reg_tokens_add(MDB_txn *txn, const char *name, char kind, uint32_t id, tn_error *err)
{
    return reg_tokens_apply(txn, name, kind, id, 1, err);
}

/* Drop the tokens of a name. */
int reg_tokens_del(MDB_txn *txn, const char *name, char kind, uint32_t id, tn_error *err)
{
    return reg_tokens_apply(txn, name, kind, id, 0, err);
}

/* A failed call of the word index migration as an open-time cause. */
static int reg_migrate_fail(char **cause, const char *call, int rc)
{
    if (cause)
        *cause = store_mdb_cause(rc, "%s", call);
    return -1;
}

/* Index the words of every record of one kind from its stored fold. */
static int reg_words_build(MDB_txn *txn, MDB_dbi dbi, char kind, char **cause)
{
    MDB_cursor *cur;
    MDB_val k, v;
    tn_error err = {0};
    int rc = mdb_cursor_open(txn, dbi, &cur);
    if (rc != 0)
        return reg_migrate_fail(cause, "mdb_cursor_open(words migration)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        const char *name, *fold;
        size_t nl, fl;
        if (k.mv_size != 4 ||
            reg_name_fold(txn, kind, reg_get_u32(k.mv_data), &name, &nl, &fold, &fl) != 0)
            continue;
        if (reg_tokens_apply_fold(txn, fold, fl, kind, reg_get_u32(k.mv_data), 1, &err) < 0) {
            mdb_cursor_close(cur);
            json_decref(err.data);
            if (cause)
                *cause = xmemdup(err.message, sizeof err.message);
            return -1;
        }
    }
    mdb_cursor_close(cur);
    if (rc != MDB_NOTFOUND)
        return reg_migrate_fail(cause, "mdb_cursor_get(words migration)", rc);
    return 0;
}

/* A store written before the word index carried folds has the "tokens"
 * index (kind·id values only): build "words" from the records' stored
 * folds, then drop it.  Runs once, in the opening transaction. */
static int reg_words_migrate(MDB_txn *txn, char **cause)
{
    MDB_dbi old;
    int rc = mdb_dbi_open(txn, "tokens", 0, &old);
    if (rc == MDB_NOTFOUND)
        return 0;
    if (rc != 0)
        return reg_migrate_fail(cause, "mdb_dbi_open(tokens)", rc);
    if (reg_words_build(txn, reg_db.persons, REG_KIND_PERSON, cause) < 0 ||
        reg_words_build(txn, reg_db.orgs, REG_KIND_ORG, cause) < 0 ||
        reg_words_build(txn, reg_db.posts, REG_KIND_POST, cause) < 0)
        return -1;
    rc = mdb_drop(txn, old, 1);
    if (rc != 0)
        return reg_migrate_fail(cause, "mdb_drop(tokens)", rc);
    return 0;
}

/* Delete the post index entries of one (person, post); an LMDB code. */
static int reg_tidx_drop(MDB_txn *txn, uint32_t person, uint32_t post)
{
    MDB_cursor *c;
    unsigned char pk[4], found[8][REG_TIDX_LEN];
    size_t nf = 0;
    reg_put_u32(pk, post);
    MDB_val k = {4, pk}, v;
    int rc = mdb_cursor_open(txn, reg_db.tenures_by_post, &c);
    if (rc != 0)
        return rc;
    for (rc = mdb_cursor_get(c, &k, &v, MDB_SET); rc == 0 && nf < 8;
         rc = mdb_cursor_get(c, &k, &v, MDB_NEXT_DUP))
        if (v.mv_size == REG_TIDX_LEN && reg_get_u32((unsigned char *)v.mv_data + 4) == person)
            memcpy(found[nf++], v.mv_data, REG_TIDX_LEN);
    mdb_cursor_close(c);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return rc;
    for (size_t i = 0; i < nf; i++) {
        MDB_val dk = {4, pk}, dv = {REG_TIDX_LEN, found[i]};
        rc = mdb_del(txn, reg_db.tenures_by_post, &dk, &dv);
        if (rc != 0 && rc != MDB_NOTFOUND)
            return rc;
    }
    return 0;
}

/* Tenure records written before tb_tenure carried its evidence aggregates
 * (a shorter struct, the same leading fields) are rebuilt from their
 * evidence, then their posts' succession.  Runs once, in the opening
 * transaction; a store without such records costs one cursor walk. */
static int reg_tenures_migrate(MDB_txn *txn, char **cause)
{
    MDB_cursor *cur;
    MDB_val k, v;
    unsigned char(*keys)[8] = NULL;
    size_t n = 0, cap = 0;
    tn_error err = {0};
    int ret = -1;
    int rc = mdb_cursor_open(txn, reg_db.tenures, &cur);
    if (rc != 0)
        return reg_migrate_fail(cause, "mdb_cursor_open(tenures migration)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (k.mv_size != 8 || v.mv_size == sizeof(tb_tenure) || v.mv_size > sizeof(tb_tenure))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            keys = xreallocarray(keys, cap, sizeof *keys);
        }
        /* drop the old record and every post index entry of its person
         * (an older layout may have encoded the entry differently) */
        memcpy(keys[n++], k.mv_data, 8);
        rc =
            reg_tidx_drop(txn, reg_get_u32(k.mv_data), reg_get_u32((unsigned char *)k.mv_data + 4));
        if (rc != 0)
            break;
        rc = mdb_cursor_del(cur, 0);
        if (rc != 0)
            break;
    }
    mdb_cursor_close(cur);
    if (rc != MDB_NOTFOUND) {
        free(keys);
        return reg_migrate_fail(cause, "tenures migration", rc);
    }
    for (size_t i = 0; i < n; i++)
        if (reg_tenure_recompute(txn, reg_get_u32(keys[i]), reg_get_u32(keys[i] + 4), &err) < 0)
            goto fail;
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t j = i; j-- > 0 && !seen && i - j < 64;)
            seen = memcmp(keys[j] + 4, keys[i] + 4, 4) == 0;
        if (!seen && reg_post_succession(txn, reg_get_u32(keys[i] + 4), &err) < 0)
            goto fail;
    }
    ret = 0;
fail:
    if (ret < 0) {
        json_decref(err.data);
        if (cause)
            *cause = xmemdup(err.message, sizeof err.message);
    }
    free(keys);
    return ret;
}

/* ---- resolution ---------------------------------------------------------- */

/* Put (key -> id) in a DUPSORT index, ignoring an existing pair. */
static int reg_index_dup(MDB_txn *txn, MDB_dbi dbi, const char *k, uint32_t id, const char *what,
                         tn_error *err)
{
    unsigned char v[4];
    reg_put_u32(v, id);
    MDB_val key = reg_key_val(k), val = {4, v};
    if (key.mv_size == 0)
        return 0;
    int rc = mdb_put(txn, dbi, &key, &val, MDB_NODUPDATA);
    if (rc != 0 && rc != MDB_KEYEXIST)
        return reg_fail(err, what, rc);
    return 0;
}

/* Record that a key resolves to an id (alias list of the id). */
static int reg_alias_add(MDB_txn *txn, MDB_dbi dbi, uint32_t id, const char *k, const char *what,
                         tn_error *err)
{
    unsigned char kb[4];
    reg_put_u32(kb, id);
    MDB_val key = {4, kb}, val = reg_key_val(k);
    if (val.mv_size == 0)
        return 0;
    int rc = mdb_put(txn, dbi, &key, &val, MDB_NODUPDATA);
    if (rc != 0 && rc != MDB_KEYEXIST)
        return reg_fail(err, what, rc);
    return 0;
}

/* Create a person record with its key, fold, alias and token entries. */
int reg_person_create(MDB_txn *txn, const char *name, uint32_t *out, tn_error *err)
{
    char *key = tx_key(name), *fold = tx_fold(name);
    uint32_t id;
    int ret = -1;
    if (!key || !fold) {
        tn_error_set(err, TENURE_E_BAD_TEXT, "person name is not valid UTF-8");
        goto free_keys;
    }
    if (reg_counter_next(txn, "person", &id, err) < 0)
        goto free_keys;
    if (reg_name_put(txn, reg_db.persons, id, name, fold, "mdb_put(persons)", err) < 0)
        goto free_keys;
    if (reg_index_dup(txn, reg_db.person_by_key, key, id, "mdb_put(person_by_key)", err) < 0 ||
        reg_index_dup(txn, reg_db.person_by_fold, fold, id, "mdb_put(person_by_fold)", err) < 0 ||
        reg_alias_add(txn, reg_db.person_alias, id, key, "mdb_put(person_alias)", err) < 0 ||
        reg_tokens_add(txn, name, REG_KIND_PERSON, id, err) < 0)
        goto free_keys;
    *out = id;
    ret = 0;
free_keys:
    free(key);
    free(fold);
    return ret;
}

/* The words a post's or an organization's key leaves out
 * (tx_canonical_key): "của", "và", "các", "những". */
static int reg_glue(const char *w, size_t n)
{
    static const char *const glue[] = {"của", "và", "các", "những"};
    for (size_t i = 0; i < sizeof glue / sizeof *glue; i++)
        if (strlen(glue[i]) == n && memcmp(glue[i], w, n) == 0)
            return 1;
    return 0;
}

/* Words of a label (runs between spaces) that its key keeps; *glue_end
 * when its last word is one the key leaves out. */
static size_t reg_label_words(const char *s, size_t len, int *glue_end)
{
    size_t n = 0;
    *glue_end = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < len && s[j] != ' ')
            j++;
        if (j > i) {
            *glue_end = reg_glue(s + i, j - i);
            n += !*glue_end;
        }
        i = j;
    }
    return n;
}

/* Whether a spelling's display label is preferred to the one a post or an
 * organization shows: one that does not end in a word the key leaves out
 * (a cut: "Ủy viên Ban Chấp hành Trung ương Đảng các"), then more words
 * its key keeps (the fuller name: "Chủ tịch Ủy ban nhân dân tỉnh X"
 * before "Chủ tịch tỉnh X"), then the capitals roles.tsv writes for the
 * role that opens it (tx_case_disagreements: "Bí thư Trung ương" before
 * "Bí Thư Trung ương", "Chủ tịch Ủy ban nhân dân" before "… Nhân dân …";
 * "Trưởng Ban Tổ chức" keeps the body's "Ban"), then capitals before lower case
 * (the smaller in byte order), then the longer.  A fixed choice among the
 * spellings seen, whatever the order they came in (docs/REGISTRY.md,
 * "Feeding order"). */
static int reg_label_preferred(const tx_lexicon *lx, const char *a, size_t al, const char *b,
                               size_t bl)
{
    int ga, gb;
    size_t wa = reg_label_words(a, al, &ga), wb = reg_label_words(b, bl, &gb);
    if (ga != gb)
        return gb;
    if (wa != wb)
        return wa > wb;
    int da = tx_case_disagreements(lx, a, al), db = tx_case_disagreements(lx, b, bl);
    if (da >= 0 && db >= 0 && da != db)
        return da < db;
    int c = memcmp(a, b, al < bl ? al : bl);
    return c != 0 ? c < 0 : al > bl;
}

/* The fold index of a post relabelled: the new label's fold finds it, the
 * old one's goes unless it is the fold of one of the post's spellings
 * (each is indexed by itself), so the index holds the spellings and the
 * label shown, whatever the order they came in, and `forget` leaves
 * nothing behind (it removes the spellings' folds and the label's).
 * 0 or -1. */
static int reg_post_refold(MDB_txn *txn, uint32_t post, const char *old, const char *fold,
                           tn_error *err)
{
    if (reg_index_dup(txn, reg_db.post_by_fold, fold, post, "mdb_put(post_by_fold)", err) < 0)
        return -1;
    char *of = tx_fold(old);
    if (!of || strcmp(of, fold) == 0) {
        free(of);
        return 0;
    }
    MDB_cursor *cur;
    unsigned char pk[4];
    reg_put_u32(pk, post);
    MDB_val k = {4, pk}, v;
    int rc = mdb_cursor_open(txn, reg_db.post_alias, &cur), spelt = 0;
    if (rc != 0) {
        free(of);
        return reg_fail(err, "mdb_cursor_open(post_alias)", rc);
    }
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0 && !spelt;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        char *ak = xstrndup(v.mv_data, v.mv_size), *af = tx_fold(ak);
        spelt = af && strcmp(af, of) == 0;
        free(ak);
        free(af);
    }
    mdb_cursor_close(cur);
    if (!spelt) {
        MDB_val fk = reg_key_val(of), fv = {4, pk};
        rc = mdb_del(txn, reg_db.post_by_fold, &fk, &fv);
        if (rc != 0 && rc != MDB_NOTFOUND) {
            free(of);
            return reg_fail(err, "mdb_del(post_by_fold)", rc);
        }
    }
    free(of);
    return 0;
}

/* A known organization met under another spelling of its key: the name
 * shown is the preferred spelling (reg_label_preferred), its fold and
 * words replacing the old one's in the indexes, so the record does not
 * depend on the order articles came in.  0 or -1. */
static int reg_org_prefer(MDB_txn *txn, const tx_lexicon *lx, uint32_t org, const char *display,
                          const char *fold, tn_error *err)
{
    const char *cur, *cf;
    size_t cl, cfl, dl = strlen(display);
    if (reg_name_fold(txn, REG_KIND_ORG, org, &cur, &cl, &cf, &cfl) != 0 ||
        (dl == cl && memcmp(display, cur, cl) == 0) ||
        !reg_label_preferred(lx, display, dl, cur, cl))
        return 0;
    char *old = xstrndup(cur, cl), *oldf = xstrndup(cf, cfl);
    int ret = -1;
    unsigned char ob[4];
    reg_put_u32(ob, org);
    MDB_val fk = reg_key_val(oldf), fv = {4, ob};
    int rc = strcmp(oldf, fold) != 0 ? mdb_del(txn, reg_db.org_by_fold, &fk, &fv) : 0;
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_del(org_by_fold)", rc);
        goto done;
    }
    if (reg_tokens_del(txn, old, REG_KIND_ORG, org, err) < 0 ||
        reg_name_put(txn, reg_db.orgs, org, display, fold, "mdb_put(orgs)", err) < 0 ||
        reg_index_dup(txn, reg_db.org_by_fold, fold, org, "mdb_put(org_by_fold)", err) < 0 ||
        reg_tokens_add(txn, display, REG_KIND_ORG, org, err) < 0)
        goto done;
    reg_summary_touch_org(txn, org); /* registry_summary.c */
    ret = 0;
done:
    free(old);
    free(oldf);
    return ret;
}

/* Find or create the organization of a label. */
static int reg_org_resolve(MDB_txn *txn, const tx_lexicon *lx, const char *name, uint32_t *out,
                           tn_error *err)
{
    char *key = lx ? tx_canonical_key(lx, name) : tx_key(name);
    char *label = lx ? tx_canonical_label(lx, name) : NULL;
    char *fold = tx_fold(label ? label : name);
    unsigned char kb[4];
    MDB_val k, v;
    int ret = -1;
    if (!key || !fold) {
        tn_error_set(err, TENURE_E_BAD_TEXT, "organization name is not valid UTF-8");
        goto free_keys;
    }
    k = reg_key_val(key);
    int r = reg_get(txn, reg_db.org_by_key, &k, &v, "mdb_get(org_by_key)", err);
    if (r < 0)
        goto free_keys;
    if (r == 0 && v.mv_size == 4) {
        *out = reg_get_u32(v.mv_data);
        ret = reg_org_prefer(txn, lx, *out, label ? label : name, fold, err);
        goto free_keys;
    }
    if (reg_counter_next(txn, "org", out, err) < 0)
        goto free_keys;
    reg_put_u32(kb, *out);
    const char *display = label ? label : name;
    if (reg_name_put(txn, reg_db.orgs, *out, display, fold, "mdb_put(orgs)", err) < 0)
        goto free_keys;
    int rc = mdb_put(txn, reg_db.org_by_key, &k, &(MDB_val){4, kb}, 0);
    if (rc != 0) {
        reg_fail(err, "mdb_put(orgs)", rc);
        goto free_keys;
    }
    if (reg_index_dup(txn, reg_db.org_by_fold, fold, *out, "mdb_put(org_by_fold)", err) < 0 ||
        reg_tokens_add(txn, display, REG_KIND_ORG, *out, err) < 0)
        goto free_keys;
    ret = 0;
free_keys:
    free(key);
    free(label);
    free(fold);
    return ret;
}

/* A post first seen without its organization ("Thủ tướng" alone) takes
 * the organization of a later mention, so `org` lists it. */
static int reg_post_adopt_org(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, const reg_post *pp,
                              const char *org, tn_error *err)
{
    reg_post p = *pp;
    uint32_t org_id;
    if (reg_org_resolve(txn, lx, org, &org_id, err) < 0)
        return -1;
    size_t len = 5 + p.role_len + 1 + p.label_len + 1 + p.fold_len;
    char *buf = xmalloc(len);
    /* p points into the LMDB page: copy before the put replaces it */
    reg_put_u32((unsigned char *)buf, org_id);
    buf[4] = (char)p.bits;
    memcpy(buf + 5, p.role, p.role_len);
    buf[5 + p.role_len] = '\0';
    memcpy(buf + 6 + p.role_len, p.label, p.label_len);
    buf[6 + p.role_len + p.label_len] = '\0';
    memcpy(buf + 7 + p.role_len + p.label_len, p.fold, p.fold_len);
    unsigned char pk[4], ok[4];
    reg_put_u32(pk, post);
    reg_put_u32(ok, org_id);
    MDB_val k = {4, pk}, v = {len, buf}, okey = {4, ok}, oval = {4, pk};
    int rc = mdb_put(txn, reg_db.posts, &k, &v, 0);
    free(buf);
    if (rc != 0)
        return reg_fail(err, "mdb_put(posts)", rc);
    rc = mdb_put(txn, reg_db.post_by_org, &okey, &oval, MDB_NODUPDATA);
    if (rc != 0 && rc != MDB_KEYEXIST)
        return reg_fail(err, "mdb_put(post_by_org)", rc);
    reg_summary_touch_post(txn, post); /* answer texts naming it (registry_summary.c) */
    reg_summary_touch_org(txn, org_id);
    return 0;
}

/* Another key of organization `id` (its fold too, for lookups typed
 * without diacritics).  0 or -1. */
static int reg_org_alias(MDB_txn *txn, uint32_t id, MDB_val *key, const char *fold, tn_error *err)
{
    unsigned char kb[4];
    reg_put_u32(kb, id);
    int rc = mdb_put(txn, reg_db.org_by_key, key, &(MDB_val){4, kb}, MDB_NOOVERWRITE);
    if (rc != 0 && rc != MDB_KEYEXIST)
        return reg_fail(err, "mdb_put(org_by_key)", rc);
    return reg_index_dup(txn, reg_db.org_by_fold, fold, id, "mdb_put(org_by_fold)", err) < 0 ? -1
                                                                                             : 0;
}

/* A known post's organization named under another spelling of the same
 * key ("UBND tỉnh X" after "Ủy ban nhân dân tỉnh X"): the organization
 * shows the preferred one (reg_org_prefer).  A key no organization has yet
 * becomes another key (and fold) of the post's organization: the post's
 * lexicon aliases join labels whose organizations are spelled apart ("Ủy
 * viên Ban Chấp hành Trung ương" and "Ủy viên Trung ương Đảng" are one
 * post), and `org "Trung ương Đảng"` must then find the body the post
 * lists under.  A key another organization holds is left alone: the post
 * keeps the first it was given.  0 or -1. */
static int reg_post_org_spelling(MDB_txn *txn, const tx_lexicon *lx, const reg_post *pp,
                                 const char *org, tn_error *err)
{
    reg_post p = *pp;
    const char *cur, *cf;
    size_t cl, cfl;
    int r;
    if (reg_name_fold(txn, REG_KIND_ORG, p.org, &cur, &cl, &cf, &cfl) != 0 ||
        (strlen(org) == cl && memcmp(org, cur, cl) == 0))
        return 0;
    uint32_t id = p.org;
    char *key = lx ? tx_canonical_key(lx, org) : tx_key(org);
    char *label = lx ? tx_canonical_label(lx, org) : NULL;
    char *fold = tx_fold(label ? label : org);
    int ret = 0;
    if (key && fold) {
        MDB_val k = reg_key_val(key), v;
        r = reg_get(txn, reg_db.org_by_key, &k, &v, "mdb_get(org_by_key)", err);
        if (r < 0)
            ret = -1;
        else if (r == 0 && v.mv_size == 4 && reg_get_u32(v.mv_data) == id)
            ret = reg_org_prefer(txn, lx, id, label ? label : org, fold, err);
        else if (r == 1)
            ret = reg_org_alias(txn, id, &k, fold, err);
    }
    free(key);
    free(label);
    free(fold);
    return ret;
}

/* The organization a mention of a known post names: adopted when the post
 * had none (reg_post_adopt_org), else compared with the one it has
 * (reg_post_org_spelling; one read when they are spelled alike, the common
 * case).  0 or -1. */
static int reg_post_org(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, const char *org,
                        tn_error *err)
{
    reg_post p;
    int r = reg_post_get(txn, post, &p, err);
    if (r != 0)
        return r < 0 ? -1 : 0;
    return p.org ? reg_post_org_spelling(txn, lx, &p, org, err)
                 : reg_post_adopt_org(txn, lx, post, &p, org, err);
}

/* The display form of a post label: its first letter capitalized, as a
 * title opens a registry entry ("thứ trưởng Bộ Giáo dục và Đào tạo", as
 * the first article happened to write it mid-sentence, shows as "Thứ
 * trưởng …").  Vietnamese letters keep their UTF-8 length in upper case;
 * any other first letter is left as written.  Malloc'd. */
static char *reg_post_display(const char *label)
{
    char *d = xstrdup(label);
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)d, -1, &c);
    if (n > 0) {
        utf8proc_uint8_t up[4];
        utf8proc_int32_t u = utf8proc_toupper(c);
        if (u != c && utf8proc_encode_char(u, up) == n)
            memcpy(d, up, (size_t)n);
    }
    return d;
}

/* A known post met under another spelling: its label and role are the
 * preferred spelling's (reg_label_preferred) and its bits gather what the
 * spellings say (one holder, seat, deputy: any of them; level and body
 * kind: the one a spelling names when those before did not — "Chủ tịch
 * HĐTV Tập đoàn Dầu khí Việt Nam", then "… Dầu khí quốc gia": whether
 * rule 13 tells a province's secretary from the group's chair does not
 * depend on which came first), so the record does not depend on the order
 * articles came in.  1 when the spelling is not the one shown, 0 when it
 * is, -1 on error. */
static int reg_post_prefer(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, const char *role,
                           const char *display, const char *fold, int single, tn_error *err)
{
    reg_post p;
    int r = reg_post_get(txn, post, &p, err);
    if (r != 0)
        return r < 0 ? -1 : 0;
    size_t ll = strlen(display);
    int shown = ll == p.label_len && memcmp(display, p.label, ll) == 0;
    /* the spelling shown: its bits are in (the common case, no lexicon
     * work) */
    if (shown && (!single || p.single_holder))
        return 0;
    int ret = !shown;
    int kind = lx && role ? tx_role_kind(lx, role) : 0;
    /* a level or body kind known is kept (spellings of one key name the
     * same one; the lexicon is read only while it is unknown) */
    unsigned level = lx && !p.level ? (unsigned)tx_admin_level(lx, display, NULL) & 7 : 0;
    unsigned body = lx && !p.body ? (unsigned)tx_body_kind(lx, display) & 3 : 0;
    unsigned bits = p.bits | (single ? REG_POST_SINGLE : 0) |
                    ((kind & TX_ROLE_MEMBER) ? REG_POST_MEMBER : 0) |
                    ((kind & TX_ROLE_DEPUTY) ? REG_POST_DEPUTY : 0);
    if (level > (unsigned)p.level)
        bits = (bits & ~(7u << REG_POST_LEVEL_SHIFT)) | (level << REG_POST_LEVEL_SHIFT);
    if (body > (unsigned)p.body)
        bits = (bits & ~(3u << REG_POST_BODY_SHIFT)) | (body << REG_POST_BODY_SHIFT);
    int relabel = !shown && reg_label_preferred(lx, display, ll, p.label, p.label_len);
    if (!relabel && (unsigned char)bits == p.bits)
        return ret;
    const char *rl_s = relabel ? (role ? role : "") : p.role;
    size_t rl = relabel ? strlen(rl_s) : p.role_len;
    const char *lb = relabel ? display : p.label, *fd = relabel ? fold : p.fold;
    size_t lbl = relabel ? ll : p.label_len, fl = relabel ? strlen(fold) : p.fold_len;
    size_t len = 5 + rl + 1 + lbl + 1 + fl;
    char *buf = xmalloc(len);
    /* p points into the LMDB page: copy before the put replaces it */
    reg_put_u32((unsigned char *)buf, p.org);
    buf[4] = (char)bits;
    memcpy(buf + 5, rl_s, rl);
    buf[5 + rl] = '\0';
    memcpy(buf + 6 + rl, lb, lbl);
    buf[6 + rl + lbl] = '\0';
    memcpy(buf + 7 + rl + lbl, fd, fl);
    unsigned char pk[4];
    reg_put_u32(pk, post);
    MDB_val k = {4, pk}, v = {len, buf};
    uint32_t org = p.org;
    /* the word index holds the label shown: the old one's words go */
    char *old = relabel ? xstrndup(p.label, p.label_len) : NULL;
    int rc = mdb_put(txn, reg_db.posts, &k, &v, 0);
    free(buf);
    if (rc == 0 && old &&
        (reg_tokens_del(txn, old, REG_KIND_POST, post, err) < 0 ||
         reg_tokens_add(txn, display, REG_KIND_POST, post, err) < 0 ||
         reg_post_refold(txn, post, old, fold, err) < 0))
        rc = -1;
    free(old);
    if (rc == -1)
        return -1;
    if (rc != 0)
        return reg_fail(err, "mdb_put(posts)", rc);
    reg_summary_touch(txn, 0, post); /* answer texts showing its label */
    reg_summary_touch_post(txn, post);
    if (org)
        reg_summary_touch_org(txn, org);
    return ret;
}

/* Find or create the post of a position label; its role and label are
 * the preferred spelling's, its bits what every spelling says
 * (reg_post_prefer), its organization from the first mention that names
 * one. */
static int reg_post_resolve(MDB_txn *txn, const tx_lexicon *lx, const char *position,
                            const char *role, const char *org, int single, uint32_t *out,
                            tn_error *err)
{
    char *key = lx ? tx_canonical_key(lx, position) : tx_key(position);
    char *label = lx ? tx_canonical_label(lx, position) : NULL;
    char *raw_key = tx_key(position);
    char *fold = NULL, *raw_fold = tx_fold(position), *buf = NULL;
    char *display = reg_post_display(label ? label : position);
    unsigned char kb[4];
    uint32_t org_id = 0;
    MDB_val k, v;
    int ret = -1;
    if (!key || !raw_key || !raw_fold || !(fold = tx_fold(display))) {
        tn_error_set(err, TENURE_E_BAD_TEXT, "position is not valid UTF-8");
        goto free_keys;
    }
    k = reg_key_val(key);
    int r = reg_get(txn, reg_db.post_by_key, &k, &v, "mdb_get(post_by_key)", err);
    if (r < 0)
        goto free_keys;
    if (r == 0 && v.mv_size == 4) {
        *out = reg_get_u32(v.mv_data);
        if ((org && *org && reg_post_org(txn, lx, *out, org, err) < 0) ||
            reg_post_prefer(txn, lx, *out, role, display, fold, single, err) < 0)
            goto free_keys;
    } else {
        if (org && *org && reg_org_resolve(txn, lx, org, &org_id, err) < 0)
            goto free_keys;
        if (reg_counter_next(txn, "post", out, err) < 0)
            goto free_keys;
        size_t rl = role ? strlen(role) : 0, ll = strlen(display), fl = strlen(fold);
        buf = xmalloc(5 + rl + 1 + ll + 1 + fl);
        reg_put_u32((unsigned char *)buf, org_id);
        int kind = lx && role ? tx_role_kind(lx, role) : 0;
        int level = lx ? tx_admin_level(lx, display, NULL) : 0;
        int body = lx ? tx_body_kind(lx, display) : 0;
        buf[4] = (char)((single ? REG_POST_SINGLE : 0) |
                        ((kind & TX_ROLE_MEMBER) ? REG_POST_MEMBER : 0) |
                        ((kind & TX_ROLE_DEPUTY) ? REG_POST_DEPUTY : 0) |
                        ((unsigned)(level & 7) << REG_POST_LEVEL_SHIFT) |
                        ((unsigned)(body & 3) << REG_POST_BODY_SHIFT));
        if (rl)
            memcpy(buf + 5, role, rl);
        buf[5 + rl] = '\0';
        memcpy(buf + 6 + rl, display, ll);
        buf[6 + rl + ll] = '\0';
        memcpy(buf + 7 + rl + ll, fold, fl);
        reg_put_u32(kb, *out);
        MDB_val ik = {4, kb}, pv = {7 + rl + ll + fl, buf};
        int rc = mdb_put(txn, reg_db.posts, &ik, &pv, 0);
        if (rc == 0)
            rc = mdb_put(txn, reg_db.post_by_key, &k, &(MDB_val){4, kb}, 0);
        if (rc != 0) {
            reg_fail(err, "mdb_put(posts)", rc);
            goto free_keys;
        }
        if (reg_alias_add(txn, reg_db.post_alias, *out, key, "mdb_put(post_alias)", err) < 0 ||
            reg_index_dup(txn, reg_db.post_by_fold, fold, *out, "mdb_put(post_by_fold)", err) < 0 ||
            reg_tokens_add(txn, display, REG_KIND_POST, *out, err) < 0)
            goto free_keys;
        if (org_id) {
            unsigned char ok[4];
            reg_put_u32(ok, org_id);
            MDB_val okey = {4, ok}, oval = {4, kb};
            rc = mdb_put(txn, reg_db.post_by_org, &okey, &oval, MDB_NODUPDATA);
            if (rc != 0 && rc != MDB_KEYEXIST) {
                reg_fail(err, "mdb_put(post_by_org)", rc);
                goto free_keys;
            }
            reg_summary_touch_org(txn, org_id); /* registry_summary.c */
        }
    }
    /* The spelling as written also finds the post, with or without the
     * lexicon and with or without diacritics. */
    if (strcmp(raw_key, key) != 0) {
        MDB_val rk = reg_key_val(raw_key);
        reg_put_u32(kb, *out);
        int rc = mdb_put(txn, reg_db.post_by_key, &rk, &(MDB_val){4, kb}, MDB_NOOVERWRITE);
        if (rc == 0 &&
            reg_alias_add(txn, reg_db.post_alias, *out, raw_key, "mdb_put(post_alias)", err) < 0)
            goto free_keys;

        if (rc != 0 && rc != MDB_KEYEXIST) {
            reg_fail(err, "mdb_put(post_by_key)", rc);
            goto free_keys;
        }
    }
    if (reg_index_dup(txn, reg_db.post_by_fold, raw_fold, *out, "mdb_put(post_by_fold)", err) < 0)
        goto free_keys;
    ret = 0;
free_keys:
    free(key);
    free(label);
    free(display);
    free(raw_key);
    free(fold);
    free(raw_fold);
    free(buf);
    return ret;
}

/* The post a key names: 1 and *out, 0 when none, -1 on error. */
static int reg_post_of_key(MDB_txn *txn, const char *key, uint32_t *out, tn_error *err)
{
    MDB_val k = reg_key_val(key), v;
    int r = reg_get(txn, reg_db.post_by_key, &k, &v, "mdb_get(post_by_key)", err);
    if (r < 0)
        return -1;
    if (r == 0 && v.mv_size == 4) {
        *out = reg_get_u32(v.mv_data);
        return 1;
    }
    return 0;
}

/* Point a key at a post too, unless it names a post already. */
static int reg_post_key_add(MDB_txn *txn, const char *key, uint32_t post, tn_error *err)
{
    if (!key || !*key)
        return 0;
    unsigned char kb[4];
    reg_put_u32(kb, post);
    MDB_val k = reg_key_val(key);
    int rc = mdb_put(txn, reg_db.post_by_key, &k, &(MDB_val){4, kb}, MDB_NOOVERWRITE);
    if (rc == MDB_KEYEXIST)
        return 0;
    if (rc != 0)
        return reg_fail(err, "mdb_put(post_by_key)", rc);
    return reg_alias_add(txn, reg_db.post_alias, post, key, "mdb_put(post_alias)", err);
}

/* The post of a position whose body the article wrote with initials it
 * defines ("Tổng giám đốc BSR" after "Công ty cổ phần Lọc hóa dầu Bình
 * Sơn (BSR)"): the position writes the body out, `written` as the text
 * has it.  One post for both spellings whichever article comes first: the
 * full name's post when there is one, else the initials' post when there
 * is one (articles that write only the initials made it), else a new post;
 * the other spelling's keys then find it too — unless they name another
 * post already (a store with both keeps both: `tenure merge post`). */
static int reg_post_resolve_written(MDB_txn *txn, const tx_lexicon *lx, const char *position,
                                    const char *written, const char *role, const char *org,
                                    int single, uint32_t *out, tn_error *err)
{
    char *kf = lx ? tx_canonical_key(lx, position) : tx_key(position);
    char *kw = lx ? tx_canonical_key(lx, written) : tx_key(written);
    char *rf = tx_key(position), *rw = tx_key(written);
    uint32_t pf = 0, pw = 0;
    int ret = -1, hf, hw;
    if (!kf || !kw || !rf || !rw) {
        tn_error_set(err, TENURE_E_BAD_TEXT, "position is not valid UTF-8");
        goto done;
    }
    if ((hf = reg_post_of_key(txn, kf, &pf, err)) < 0 ||
        (hw = reg_post_of_key(txn, kw, &pw, err)) < 0)
        goto done;
    if (!hf && hw) {
        if (reg_post_resolve(txn, lx, written, role, NULL, single, out, err) < 0 ||
            reg_post_key_add(txn, kf, *out, err) < 0 || reg_post_key_add(txn, rf, *out, err) < 0)
            goto done;
    } else if (reg_post_resolve(txn, lx, position, role, org, single, out, err) < 0 ||
               reg_post_key_add(txn, kw, *out, err) < 0 ||
               reg_post_key_add(txn, rw, *out, err) < 0) {
        goto done;
    }
    ret = 0;
done:
    free(kf);
    free(kw);
    free(rf);
    free(rw);
    return ret;
}

/* ---- evidence ----------------------------------------------------------- */

/* Whether an article already gave evidence (re-ingest is a no-op). */
static int reg_article_has_evidence(MDB_txn *txn, const unsigned char aid[16], tn_error *err)
{
    MDB_cursor *cur;
    unsigned char k[18] = {0};
    MDB_val key = {18, k}, val;
    memcpy(k, aid, 16);
    int rc = mdb_cursor_open(txn, reg_db.evidence, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(evidence)", rc);
    rc = mdb_cursor_get(cur, &key, &val, MDB_SET_RANGE);
    int found = rc == 0 && key.mv_size == 18 && memcmp(key.mv_data, aid, 16) == 0;
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(evidence)", rc);
    return found;
}

/* Index values of one evidence record. */
static void reg_evidx(const reg_ev *e, const unsigned char key[18], unsigned char by_person[26],
                      unsigned char by_post[26])
{
    int32_t day = tb_span_known(&e->obs.date) ? e->obs.date.lo : TB_OPEN_LO;
    reg_put_u32(by_person, e->post);
    reg_put_day(by_person + 4, day);
    memcpy(by_person + 8, key, 18);
    reg_put_day(by_post, day);
    reg_put_u32(by_post + 4, e->person);
    memcpy(by_post + 8, key, 18);
}

/* Add or remove the two index entries of an evidence record. */
static int reg_evidx_apply(MDB_txn *txn, const reg_ev *e, const unsigned char key[18], int add,
                           tn_error *err)
{
    unsigned char bp[26], bq[26], pk[4], qk[4];
    reg_evidx(e, key, bp, bq);
    reg_put_u32(pk, e->person);
    reg_put_u32(qk, e->post);
    MDB_val k1 = {4, pk}, v1 = {26, bp}, k2 = {4, qk}, v2 = {26, bq};
    int rc = add ? mdb_put(txn, reg_db.evidence_by_person, &k1, &v1, MDB_NODUPDATA)
                 : mdb_del(txn, reg_db.evidence_by_person, &k1, &v1);
    if (rc != 0 && rc != MDB_KEYEXIST && rc != MDB_NOTFOUND)
        return reg_fail(err, add ? "mdb_put(evidence_by_person)" : "mdb_del(evidence_by_person)",
                        rc);
    rc = add ? mdb_put(txn, reg_db.evidence_by_post, &k2, &v2, MDB_NODUPDATA)
             : mdb_del(txn, reg_db.evidence_by_post, &k2, &v2);
    if (rc != 0 && rc != MDB_KEYEXIST && rc != MDB_NOTFOUND)
        return reg_fail(err, add ? "mdb_put(evidence_by_post)" : "mdb_del(evidence_by_post)", rc);
    return 0;
}

/* Move one evidence record to another person and/or post. */
int reg_evidence_move(MDB_txn *txn, const unsigned char key[18], uint32_t person, uint32_t post,
                      tn_error *err)
{
    MDB_val k = {18, (void *)key}, v;
    reg_ev e;
    char *copy;
    int r = reg_get(txn, reg_db.evidence, &k, &v, "mdb_get(evidence)", err);
    if (r != 0)
        return r < 0 ? -1 : 0;
    if (v.mv_size < sizeof e)
        return 0;
    /* copy the record first: v points into a page the index updates below
     * may touch (LMDB values are valid only until the next update) */
    copy = xmalloc(v.mv_size);
    memcpy(copy, v.mv_data, v.mv_size);
    memcpy(&e, copy, sizeof e);
    if (reg_evidx_apply(txn, &e, key, 0, err) < 0) {
        free(copy);
        return -1;
    }
    e.person = person;
    e.post = post;
    memcpy(copy, &e, sizeof e);
    MDB_val nv = {v.mv_size, copy};
    int rc = mdb_put(txn, reg_db.evidence, &k, &nv, 0);
    free(copy);
    if (rc != 0)
        return reg_fail(err, "mdb_put(evidence)", rc);
    return reg_evidx_apply(txn, &e, key, 1, err);
}

/* The extraction's statuses are the registry's, in the same order. */
_Static_assert((int)TB_CURRENT == (int)TX_CURRENT && (int)TB_FORMER == (int)TX_FORMER &&
                   (int)TB_APPOINTED == (int)TX_APPOINTED && (int)TB_ENDED == (int)TX_ENDED &&
                   (int)TB_ACTING == (int)TX_ACTING && (int)TB_STATUS_COUNT == (int)TX_STATUS_COUNT,
               "tx_status and tb_status differ");

/* The text around a span, on one line, cut at character boundaries;
 * *at receives the byte offset in the article where it starts. */
static char *reg_snippet(const char *text, size_t len, size_t start, size_t end, size_t *out_len,
                         size_t *at)
{
    if (!text || start > len || end > len || start > end) {
        *out_len = 0;
        return NULL;
    }
    size_t a = start > REG_SNIPPET_CONTEXT ? start - REG_SNIPPET_CONTEXT : 0;
    size_t b = end + REG_SNIPPET_CONTEXT < len ? end + REG_SNIPPET_CONTEXT : len;
    a = tx_utf8_back(text, a);
    b = tx_utf8_back(text, b);
    /* stay within the paragraph the claim was made in */
    for (size_t i = start; i > a; i--)
        if (text[i - 1] == '\n') {
            a = i;
            break;
        }
    for (size_t i = end; i < b; i++)
        if (text[i] == '\n') {
            b = i;
            break;
        }
    /* whole words only: drop a word the context window cut in two */
    while (a > 0 && a < start && text[a - 1] != ' ' && text[a - 1] != '\n')
        a++;
    while (b < len && b > end && text[b] != ' ' && text[b] != '\n')
        b--;
    char *s = xmalloc(b - a + 1);
    for (size_t i = a; i < b; i++)
        s[i - a] = (text[i] == '\r' || text[i] == '\t' || text[i] == '\n') ? ' ' : text[i];
    s[b - a] = '\0';
    *out_len = b - a;
    *at = a;
    return s;
}

/* Today's day number (UTC). */
int32_t reg_today(void)
{
    return (int32_t)(time(NULL) / 86400);
}

/* One role of the extraction, resolved. */
struct reg_role {
    const char *person; /* name as extracted */
    char *person_key;   /* tx_key of it */
    uint32_t person_id;
    uint32_t post;
    reg_ev ev;
};

/* The posts an article gives one name (roles[first..n) with its key). */
static size_t reg_name_posts(const struct reg_role *roles, size_t n, size_t first, const char *key,
                             uint32_t *out)
{
    size_t m = 0;
    for (size_t i = first; i < n; i++) {
        if (!roles[i].person_key || strcmp(roles[i].person_key, key) != 0)
            continue;
        size_t j = 0;
        while (j < m && out[j] != roles[i].post)
            j++;
        if (j == m)
            out[m++] = roles[i].post;
    }
    return m;
}

/* Log an automatic decision about a name in an article. */
static int reg_choose_log(MDB_txn *txn, const char *op, const char *name,
                          const unsigned char aid[16], uint32_t person, uint32_t other,
                          const char *why, tn_error *err)
{
    char hex[33];
    for (int i = 0; i < 16; i++)
        snprintf(hex + 2 * i, 3, "%02x", aid[i]);
    return reg_decision_log(txn,
                            json_pack("{s:s,s:s,s:s,s:I,s:I,s:s}", "op", op, "name", name,
                                      "article", hex, "person", (json_int_t)person, "other",
                                      (json_int_t)other, "why", why),
                            err);
}

/* The first 16 persons filed under fold (person_by_fold), into out[0..*n).
 * 0 or -1. */
static int reg_fold_persons(MDB_txn *txn, const char *fold, uint32_t out[16], size_t *n,
                            tn_error *err)
{
    MDB_cursor *cur;
    MDB_val k = reg_key_val(fold), v;
    int rc = mdb_cursor_open(txn, reg_db.person_by_fold, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(person_by_fold)", rc);
    *n = 0;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0 && *n < 16;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP))
        out[(*n)++] = reg_get_u32(v.mv_data);
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND && *n < 16)
        return reg_fail(err, "mdb_cursor_get(person_by_fold)", rc);
    return 0;
}

/* A spelling variant of a name that appears for the first time (one tone
 * mark or i/y apart: "Nguyễn Thi Kim Ngân", "Phạm Sĩ Quý") joins the known
 * person when that person holds one of the article's posts for it; the
 * variant's key then resolves to that person.  0 none, 1 joined (*out). */
static int reg_variant_join(MDB_txn *txn, const char *name, const char *key, const char *fold,
                            const uint32_t *posts, size_t np, uint32_t *out, tn_error *err)
{
    char *folds[9];
    size_t nf = 1 + reg_fold_variants(fold, folds + 1, 8);
    int ret = 0;
    folds[0] = (char *)fold;
    for (size_t f = 0; f < nf && ret == 0; f++) {
        uint32_t cands[16];
        size_t nc = 0;
        if (reg_fold_persons(txn, folds[f], cands, &nc, err) < 0) {
            ret = -1;
            break;
        }
        for (size_t c = 0; c < nc && ret == 0; c++) {
            json_t *cn = reg_person_name(txn, cands[c]);
            int variant = cn && reg_name_variant(json_string_value(cn), name);
            json_decref(cn);
            int holds = 0;
            for (size_t p = 0; variant && p < np && !holds; p++) {
                tb_tenure t;
                int g = reg_tenure_get(txn, cands[c], posts[p], &t, err);
                if (g < 0) {
                    ret = -1;
                    break;
                }
                holds = g == 0;
            }
            if (ret == 0 && holds) {
                *out = cands[c];
                ret = 1;
            }
        }
    }
    for (size_t f = 1; f < nf; f++)
        free(folds[f]);
    if (ret == 1) {
        /* the variant's spelling now finds that person directly */
        unsigned char iv[4];
        reg_put_u32(iv, *out);
        MDB_val kk = reg_key_val(key), vv = {4, iv}, ak = {4, iv};
        int rc = mdb_put(txn, reg_db.person_by_key, &kk, &vv, MDB_NODUPDATA);
        if (rc == 0 || rc == MDB_KEYEXIST)
            rc = mdb_put(txn, reg_db.person_alias, &ak, &kk, MDB_NODUPDATA);
        if (rc != 0 && rc != MDB_KEYEXIST)
            return reg_fail(err, "mdb_put(person variant key)", rc);
    }
    return ret;
}

/* Add to cands the persons of a fold shown under an ASCII name (a
 * rendering without diacritics), at most max in all.  0 or -1. */
static int reg_ascii_renderings(MDB_txn *txn, const char *fold, uint32_t *cands, size_t *nc,
                                size_t max, tn_error *err)
{
    uint32_t found[16];
    size_t nf = 0;
    if (reg_fold_persons(txn, fold, found, &nf, err) < 0)
        return -1;
    for (size_t i = 0; i < nf && *nc < max; i++) {
        const char *name, *f;
        size_t nl, fl, j = 0;
        if (reg_name_fold(txn, REG_KIND_PERSON, found[i], &name, &nl, &f, &fl) != 0)
            continue;
        while (j < nl && (unsigned char)name[j] < 0x80)
            j++;
        int dup = 0;
        for (size_t c = 0; c < *nc; c++)
            dup |= cands[c] == found[i];
        if (j == nl && !dup)
            cands[(*nc)++] = found[i];
    }
    return 0;
}

/* Words of a name written in capitals throughout, two letters or more
 * ("MAI TIẾN DŨNG" from a caption or a byline). */
static size_t reg_caps_words(const char *s, size_t len)
{
    size_t n = 0, upper = 0;
    int lower = 0;
    for (size_t i = 0; i <= len;) {
        utf8proc_int32_t c = ' ';
        utf8proc_ssize_t k = 1;
        if (i < len) {
            k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
            if (k <= 0) {
                c = 'x'; /* not UTF-8: a lower-case letter, a word not in capitals */
                k = 1;
            }
        }
        if (c == ' ') {
            n += upper >= 2 && !lower;
            upper = 0;
            lower = 0;
        } else {
            utf8proc_category_t cat = utf8proc_category(c);
            upper += cat == UTF8PROC_CATEGORY_LU;
            lower |= cat == UTF8PROC_CATEGORY_LL;
        }
        i += (size_t)k;
    }
    return n;
}

/* A name as the registry first shows it: each word written in capitals
 * throughout gets its letters after the first in lower case ("LAM QUANG
 * ĐẠI" from a caption -> "Lam Quang Đại"; a Vietnamese letter keeps its
 * UTF-8 length either way, any other that would not is left as written).
 * Malloc'd. */
char *reg_name_decaps(const char *name)
{
    size_t len = strlen(name);
    char *d = xstrdup(name);
    if (reg_caps_words(name, len) == 0)
        return d;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && d[j] != ' ')
            j++;
        if (j > i && reg_caps_words(d + i, j - i) == 1) {
            utf8proc_int32_t c;
            utf8proc_ssize_t k =
                utf8proc_iterate((const utf8proc_uint8_t *)d + i, (utf8proc_ssize_t)(j - i), &c);
            for (size_t p = i + (size_t)(k > 0 ? k : 1); p < j;) {
                k = utf8proc_iterate((const utf8proc_uint8_t *)d + p, (utf8proc_ssize_t)(j - p),
                                     &c);
                if (k <= 0)
                    break;
                utf8proc_uint8_t lo[4];
                utf8proc_int32_t l = utf8proc_tolower(c);
                if (l != c && utf8proc_encode_char(l, lo) == k)
                    memcpy(d + p, lo, (size_t)k);
                p += (size_t)k;
            }
        }
        i = j + 1;
    }
    return d;
}

/* Whether spelling a of a person's name is preferred to the one shown (b):
 * the one with more letters marked (a name with diacritics before its
 * ASCII rendering, "Hernández" before "Hernandez"; "Thị" before "Thi"),
 * then fewer words in capitals throughout ("Mai Tiến Dũng" before "MAI
 * TIẾN DŨNG"), then the smaller in byte order — a fixed choice among the
 * spellings joined, whatever the order they came in (docs/REGISTRY.md,
 * "Feeding order"). */
int reg_name_preferred(const char *a, const char *b, size_t bl)
{
    size_t ma = 0, mb = 0, al = strlen(a);
    for (size_t i = 0; i < al; i++)
        ma += (unsigned char)a[i] >= 0x80;
    for (size_t i = 0; i < bl; i++)
        mb += (unsigned char)b[i] >= 0x80;
    if (ma != mb)
        return ma > mb;
    size_t ca = reg_caps_words(a, al), cb = reg_caps_words(b, bl);
    if (ca != cb)
        return ca < cb;
    int c = memcmp(a, b, al < bl ? al : bl);
    return c != 0 ? c < 0 : al < bl;
}

/* Show a person under another spelling of its name: its words replace
 * the old name's in the word index and every answer text naming the
 * person is rebuilt.  0 or -1. */
int reg_person_rename(MDB_txn *txn, uint32_t person, const char *name, tn_error *err)
{
    const char *cur, *cf;
    size_t cl, cfl;
    if (reg_name_fold(txn, REG_KIND_PERSON, person, &cur, &cl, &cf, &cfl) != 0)
        return 0;
    char *old = xstrndup(cur, cl), *fold = tx_fold(name);
    if (!fold) {
        free(old);
        free(fold);
        tn_error_set(err, TENURE_E_INTERNAL_ERROR, "out of memory");
        return -1;
    }
    int bad = reg_tokens_del(txn, old, REG_KIND_PERSON, person, err) < 0 ||
              reg_name_put(txn, reg_db.persons, person, name, fold, "mdb_put(persons)", err) < 0 ||
              reg_tokens_add(txn, name, REG_KIND_PERSON, person, err) < 0;
    free(old);
    free(fold);
    if (bad)
        return -1;
    /* answer texts naming the person: its posts' and its own */
    MDB_cursor *c;
    unsigned char k0[8] = {0};
    reg_put_u32(k0, person);
    MDB_val k = {8, k0}, v;
    int rc = mdb_cursor_open(txn, reg_db.tenures, &c);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(tenures)", rc);
    for (rc = mdb_cursor_get(c, &k, &v, MDB_SET_RANGE);
         rc == 0 && k.mv_size == 8 && reg_get_u32(k.mv_data) == person;
         rc = mdb_cursor_get(c, &k, &v, MDB_NEXT))
        reg_summary_touch(txn, person, reg_get_u32((const unsigned char *)k.mv_data + 4));
    mdb_cursor_close(c);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(tenures)", rc);
    return 0;
}

/* A person met under another spelling of its name: the spelling's fold
 * and key find the person too.  Which spelling is shown: in a store that
 * counts spellings, the one most articles use (reg_person_respell, once
 * the article's evidence is stored); in an older store the preferred
 * spelling (reg_name_preferred).  0 or -1. */
static int reg_person_prefer(MDB_txn *txn, uint32_t person, const char *name, tn_error *err)
{
    const char *cur, *cf;
    size_t cl, cfl;
    if (reg_name_fold(txn, REG_KIND_PERSON, person, &cur, &cl, &cf, &cfl) != 0)
        return 0;
    if (strlen(name) == cl && memcmp(name, cur, cl) == 0)
        return 0;
    char *fold = tx_fold(name);
    if (!fold)
        return 0;
    int ret = -1;
    /* only a spelling of the same letters (an ASCII rendering, a tone
     * mark) or a variant the registry joins by itself: a name an
     * operator's merge joined keeps the name the operator kept */
    char *shown = xstrndup(cur, cl);
    int same = (cfl == strlen(fold) && memcmp(cf, fold, cfl) == 0) || reg_name_variant(shown, name);
    free(shown);
    if (!same) {
        ret = 0;
        goto done;
    }
    if (reg_index_dup(txn, reg_db.person_by_fold, fold, person, "mdb_put(person_by_fold)", err) < 0)
        goto done;
    /* a spelling with diacritics finds the person by its key from now on
     * (an ASCII one goes by its fold, among all the persons of that fold) */
    char *key = tx_key(name);
    if (key && strcmp(key, fold) != 0 &&
        (reg_index_dup(txn, reg_db.person_by_key, key, person, "mdb_put(person_by_key)", err) < 0 ||
         reg_alias_add(txn, reg_db.person_alias, person, key, "mdb_put(person_alias)", err) < 0)) {
        free(key);
        goto done;
    }
    free(key);
    ret = 0;
    if (!reg_spellings_counted(txn) &&
        reg_name_fold(txn, REG_KIND_PERSON, person, &cur, &cl, &cf, &cfl) == 0 &&
        reg_name_preferred(name, cur, cl))
        ret = reg_person_rename(txn, person, name, err);
done:
    free(fold);
    return ret;
}

/* Pick among namesakes (docs/REGISTRY.md, "Namesakes and variants").  An
 * operator's split or merge of this very article wins.  Otherwise each
 * person of the name is related to the article's posts for it: one holding
 * one of them comes first, then one sharing an organization or a place,
 * then one nothing is known against; ties go to the oldest id.  When every
 * known person sits at levels that do not meet the claim's (a commune
 * official, a minister), the claim is another person of the same name: a
 * new person, and the decision is logged.  A name seen for the first time
 * may be a spelling variant of a known person holding the same post. */
static int reg_person_choose(MDB_txn *txn, const tx_lexicon *lx, const unsigned char aid[16],
                             struct reg_role *roles, size_t n, size_t first, tn_error *err)
{
    const char *key = roles[first].person_key;
    size_t kl = strlen(key) > REG_MAX_KEY ? REG_MAX_KEY : strlen(key);
    unsigned char *sk = xmalloc(16 + kl);
    uint32_t *posts = xmalloc((n - first + 1) * sizeof *posts);
    MDB_cursor *cur = NULL;
    uint32_t best = 0, against = 0;
    int best_rank = -9, best_score = -1, ret = -1, seen = 0, with_posts = 0, rendering = 0;
    uint32_t bare[8]; /* persons known by this name only (no post yet) */
    size_t nbare = 0;
    const char *against_why = NULL;
    char *fold = NULL;
    size_t np = reg_name_posts(roles, n, first, key, posts);
    memcpy(sk, aid, 16);
    memcpy(sk + 16, key, kl);
    MDB_val k = {16 + kl, sk}, v;
    int r = reg_get(txn, reg_db.split_by_article, &k, &v, "mdb_get(split_by_article)", err);
    if (r < 0)
        goto free_key;
    if (r == 0 && v.mv_size == 4) {
        best = reg_get_u32(v.mv_data);
        json_t *still = reg_person_name(txn, best);
        /* the operator's person may since have been merged into another */
        if (!still && (best = reg_merged_into(txn, REG_KIND_PERSON, best)) != 0)
            still = reg_person_name(txn, best);
        json_decref(still);
        if (still)
            goto chosen;
    }
    /* A name written without any diacritics ("Nguyen Xuan Phuc") is an ASCII
     * rendering: it may stand for any person of that fold.  A name with
     * diacritics only matches its own key ("Thị" and "Thi" differ). */
    fold = tx_fold(roles[first].person);
    int ascii = fold && strcmp(fold, key) == 0;
    MDB_dbi index = reg_db.person_by_key;
    for (int pass = 0; pass < 1 + ascii && !seen; pass++) {
        if (pass == 1)
            index = reg_db.person_by_fold;
        int rc = mdb_cursor_open(txn, index, &cur);
        if (rc != 0) {
            reg_fail(err, "mdb_cursor_open(person_by_key)", rc);
            goto free_key;
        }
        uint32_t cands[64];
        size_t nc = 0;
        k = reg_key_val(pass == 0 ? key : fold);
        for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0 && nc < 64;
             rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP))
            cands[nc++] = reg_get_u32(v.mv_data);
        if (rc != 0 && rc != MDB_NOTFOUND && nc < 64) {
            reg_fail(err, "mdb_cursor_get(person_by_key)", rc);
            goto close_cursor;
        }
        mdb_cursor_close(cur);
        cur = NULL;
        /* a name with diacritics is also the person an ASCII rendering of
         * it was filed under ("Tran Van Thinh" met first, "Trần Văn Thịnh"
         * after): the same candidates the rendering would have met had it
         * come second, whatever the order (docs/REGISTRY.md, "Feeding
         * order") */
        size_t by_key = nc;
        int posted = 0; /* a person of this key with posts: no rendering to meet */
        for (size_t c = 0; c < nc && !posted; c++)
            posted = reg_dup_count(txn, reg_db.evidence_by_person, cands[c]) > 0;
        if (pass == 0 && !posted && !ascii && fold &&
            reg_ascii_renderings(txn, fold, cands, &nc, 64, err) < 0)
            goto free_key;
        /* ... ahead of the key's bare entries (persons only mentioned): a
         * tie goes to the rendering, as the rendering met second would
         * have joined the marked person */
        size_t rendered = nc - by_key;
        if (rendered > 0) {
            uint32_t tmp[64];
            memcpy(tmp, cands + by_key, rendered * sizeof *cands);
            memmove(cands + rendered, cands, by_key * sizeof *cands);
            memcpy(cands, tmp, rendered * sizeof *cands);
        }
        for (size_t c = 0; c < nc; c++) {
            int score = 0;
            seen = 1;
            if (reg_dup_count(txn, reg_db.evidence_by_person, cands[c]) > 0)
                with_posts = 1;
            else if (nbare < 8)
                bare[nbare++] = cands[c];
            for (size_t i = 0; i < np; i++) {
                tb_tenure t;
                int g = reg_tenure_get(txn, cands[c], posts[i], &t, err);
                if (g < 0)
                    goto free_key;
                score += g == 0;
            }
            const char *why = "holds the same post";
            int rank = score > 0 ? 2 : reg_namesake_relation(txn, lx, cands[c], posts, np, &why);
            if (rank < 0 && !against) {
                against = cands[c];
                against_why = why;
            }
            if (rank > best_rank || (rank == best_rank && score > best_score)) {
                best_rank = rank;
                best_score = score;
                best = cands[c];
                rendering = c < rendered;
            }
        }
    }
    /* the person filed under an ASCII rendering is the one: the entry the
     * article's mention of the marked spelling made moments ago (or
     * earlier, with no post) is not a person, as for a variant below */
    for (size_t b = 0; rendering && best_rank >= 0 && b < nbare; b++)
        if (bare[b] != best && reg_drop_entity(txn, REG_KIND_PERSON, bare[b], 0, err) < 0)
            goto free_key;
    if (seen && best_rank >= 0 && (with_posts || ascii || !fold))
        goto chosen;
    if (!with_posts && !ascii && fold) {
        int j = reg_variant_join(txn, roles[first].person, key, fold, posts, np, &best, err);
        if (j < 0)
            goto free_key;
        if (j == 1) {
            /* the spelling's own entry, made from the article's mention of
             * it moments ago (or earlier, with no post), is not a person */
            for (size_t b = 0; b < nbare; b++)
                if (bare[b] != best && reg_drop_entity(txn, REG_KIND_PERSON, bare[b], 0, err) < 0)
                    goto free_key;
            if (reg_choose_log(txn, "variant", roles[first].person, aid, best, best,
                               "a spelling variant (one tone mark or i/y) of a person holding "
                               "the same post",
                               err) < 0)
                goto free_key;
            goto chosen;
        }
    }
    if (seen && best_rank >= 0)
        goto chosen;
    char *shown = reg_name_decaps(roles[first].person);
    int made = reg_person_create(txn, shown, &best, err);
    free(shown);
    if (made < 0)
        goto free_key;
    if (seen && reg_choose_log(txn, "namesake", roles[first].person, aid, best, against,
                               against_why ? against_why : "levels apart", err) < 0)
        goto free_key;
chosen:
    if (best && reg_person_prefer(txn, best, roles[first].person, err) < 0)
        goto free_key;
    for (size_t i = first; i < n; i++)
        if (roles[i].person_key && strcmp(roles[i].person_key, key) == 0)
            roles[i].person_id = best;
    ret = 0;
close_cursor:
    if (cur)
        mdb_cursor_close(cur);
free_key:
    free(fold);
    free(sk);
    free(posts);
    return ret;
}

/* Whether two observations of one article say the same thing. */
static int reg_same_claim(const struct reg_role *a, const struct reg_role *b)
{
    return a->person_id == b->person_id && a->post == b->post &&
           a->ev.obs.status == b->ev.obs.status && a->ev.obs.from.lo == b->ev.obs.from.lo &&
           a->ev.obs.to.lo == b->ev.obs.to.lo;
}

/* Append a post id to a set. */
static void reg_set_add(uint32_t *set, size_t *n, uint32_t v)
{
    for (size_t i = 0; i < *n; i++)
        if (set[i] == v)
            return;
    set[(*n)++] = v;
}

/* Whether any person answers to a name: its key, or its fold when the
 * name is written without diacritics.  1 yes, 0 no, -1 error. */
static int reg_person_known(MDB_txn *txn, const char *name, tn_error *err)
{
    char *key = tx_key(name), *fold = tx_fold(name);
    MDB_val k, v;
    int r = 1; /* an unreadable name: nothing to record */
    if (key && fold && *key) {
        k = reg_key_val(key);
        r = reg_get(txn, reg_db.person_by_key, &k, &v, "mdb_get(person_by_key)", err);
        if (r == 1 && strcmp(fold, key) == 0) {
            k = reg_key_val(fold);
            r = reg_get(txn, reg_db.person_by_fold, &k, &v, "mdb_get(person_by_fold)", err);
        }
        r = r < 0 ? -1 : r == 0;
    }
    free(key);
    free(fold);
    return r;
}

/* Record the people an article names, even those it gives no post:
 * `person` and `search` then know them (with no positions yet), and later
 * claims attach to the same entries.  Organizations come only with posts:
 * the extractor's free-standing organization mentions are too noisy to
 * list ("Tổ chức xây dựng Đảng rất"). */
static int reg_mentions(MDB_txn *txn, const tx_lexicon *lx, const tx_result *extraction,
                        tn_error *err)
{
    for (size_t i = 0; i < extraction->npeople; i++) {
        const char *name = extraction->people[i].name.s;
        uint32_t id;
        if (!name || !*name)
            continue;
        int known = reg_person_known(txn, name, err);
        if (known < 0)
            return -1;
        if (known == 0) {
            char *shown = reg_name_decaps(name);
            int made = reg_person_create(txn, shown, &id, err);
            free(shown);
            if (made < 0)
                return -1;
        }
        if (reg_mention_count(txn, name, 1, err) < 0) /* forget's bookkeeping */
            return -1;
    }
    return 0;
}

/* Count the article for the spelling each of its claims names its person
 * by, then show each such person under its most used spelling
 * (registry_spellings.c).  0 or -1. */
static int reg_article_spellings(MDB_txn *txn, const unsigned char aid[16],
                                 const struct reg_role *roles, size_t m, tn_error *err)
{
    if (!reg_spellings_counted(txn))
        return 0;
    for (size_t i = 0; i < m; i++)
        if (roles[i].person_key && roles[i].person_id &&
            reg_spelling_add(txn, roles[i].person_id, roles[i].person, roles[i].person_key, aid,
                             err) < 0)
            return -1;
    for (size_t i = 0; i < m; i++) {
        int seen = !roles[i].person_key || !roles[i].person_id;
        for (size_t j = 0; j < i && !seen; j++)
            seen = roles[j].person_key && roles[j].person_id == roles[i].person_id;
        if (!seen && reg_person_respell(txn, roles[i].person_id, err) < 0)
            return -1;
    }
    return 0;
}

/* The spelling with initials (`written`) of a claim of the article whose
 * position has the same key as this one ("Tổng giám đốc Công ty cổ phần
 * Lọc hóa dầu Bình Sơn", written in full or from "Tổng giám đốc BSR"), or
 * NULL. */
static const char *reg_written_of(const tx_lexicon *lx, const tx_result *ex, const char *position)
{
    const char *found = NULL;
    char *k = lx ? tx_canonical_key(lx, position) : tx_key(position);
    for (size_t j = 0; k && !found && j < ex->nroles; j++) {
        const tx_role *o = &ex->roles[j];
        if (!o->written.s || !o->position.s)
            continue;
        char *ko = lx ? tx_canonical_key(lx, o->position.s) : tx_key(o->position.s);
        if (ko && !strcmp(ko, k))
            found = o->written.s;
        free(ko);
    }
    free(k);
    return found;
}

/* Store the evidence of one new article and update its tenures. */
int registry_apply_article(MDB_txn *txn, const tx_lexicon *lx, const unsigned char article_id[16],
                           const pdate *date, const tx_result *extraction, const char *text,
                           size_t len, tn_error *err)
{
    size_t n = extraction->nroles, i, nposts = 0;
    struct reg_role *roles = NULL;
    uint32_t *posts = NULL;
    int ret = -1;
    reg_dep_article_changed(txn, article_id); /* store.c's record of it was just put */
    int has = reg_article_has_evidence(txn, article_id, err);
    if (has < 0)
        return -1;
    if (has)
        return 0;
    if (reg_mentions(txn, lx, extraction, err) < 0)
        return -1;
    if (n == 0)
        return 0;
    roles = xcalloc(n, sizeof *roles);
    posts = xcalloc(n, sizeof *posts);
    /* News does not report from the future: a date after tomorrow is a
     * misread date (a deadline, a plan), and one such date would stretch a
     * tenure for years, so the article counts as undated. */
    tb_span obs_date = tb_span_from_pdate(date);
    if (tb_span_known(&obs_date) && obs_date.lo > reg_today() + 1)
        obs_date = tb_span_from_pdate(NULL);
    /* the caller's date or the article's publication stamp is its own
     * date, never set aside as a misreading (tenure_bounds.c, rule 1) */
    uint8_t dsrc = extraction->date_source;
    obs_date.firm = !tb_span_known(&obs_date)                        ? 0
                    : dsrc == TX_DATE_GIVEN || dsrc == TX_DATE_STAMP ? TB_SPAN_FIRM
                    : dsrc == TX_DATE_GUESS                          ? TB_SPAN_GUESSED
                                                                     : 0;
    size_t m = 0, nwritten = 0;
    for (i = 0; i < n; i++)
        nwritten += extraction->roles[i].written.s != NULL;
    for (i = 0; i < n; i++) {
        const tx_role *r = &extraction->roles[i];
        const char *person = r->person.s, *position = r->position.s, *org = r->organization.s;
        if (!person || !position || !*person || !*position)
            continue;
        /* A post of another state without its state named ("Thủ tướng" of
         * a foreign visitor) is no post here; a generic title with no
         * organization ("Bí thư Tỉnh ủy", "Bộ trưởng", "HLV") is a role,
         * not one office: neither becomes a post nor takes part in
         * succession (docs/REGISTRY.md, "Post identity"). */
        if (r->foreign && (!org || !*org))
            continue;
        if (lx && !tx_post_specific(lx, position, org))
            continue;
        struct reg_role *x = &roles[m];
        x->person = person;
        if (!(x->person_key = tx_key(person)) || !*x->person_key) {
            free(x->person_key);
            x->person_key = NULL;
            continue;
        }
        /* (a body's initials the article defines: every claim of the
         * post written out, and the spelling with the initials, one post) */
        const char *wr = nwritten ? reg_written_of(lx, extraction, position) : NULL;
        if ((wr ? reg_post_resolve_written(txn, lx, position, wr, r->role.s, org, r->single_holder,
                                           &x->post, err)
                : reg_post_resolve(txn, lx, position, r->role.s, org, r->single_holder, &x->post,
                                   err)) < 0) {
            m++;
            goto free_roles;
        }
        memset(&x->ev, 0, sizeof x->ev);
        x->ev.post = x->post;
        x->ev.obs.date = obs_date;
        /* the claim's own time when the text gives one ("Tháng 7/2013,
         * Chủ tịch nước …"): it dates the observation, unless it lies in
         * the future */
        tb_span when = tb_span_from_pdate(&r->when);
        int own_time = tb_span_known(&when) && when.lo <= reg_today() + 1;
        if (own_time)
            x->ev.obs.date = when;
        x->ev.obs.status = r->status < TB_STATUS_COUNT ? r->status : TB_CURRENT;
        /* a past post at its own time was held then: "Năm 1998, ông A,
         * Giám đốc Sở Y tế, ký …" is former seen from the article, in
         * office in 1998 (not gone by then) */
        if (own_time && x->ev.obs.status == TB_FORMER)
            x->ev.obs.status = TB_CURRENT;
        x->ev.obs.from = tb_span_from_pdate(&r->from);
        x->ev.obs.to = tb_span_from_pdate(&r->to);
        size_t s0 = r->span_start, s1 = r->span_end;
        if (s1 >= s0 && s1 <= len) {
            x->ev.span_start = (uint32_t)s0;
            x->ev.span_end = (uint32_t)s1;
        }
        m++;
    }
    /* resolve each distinct name once, with every post it holds here */
    for (i = 0; i < m; i++) {
        if (!roles[i].person_key || roles[i].person_id)
            continue;
        if (reg_person_choose(txn, lx, article_id, roles, m, i, err) < 0)
            goto free_roles;
    }
    /* evidence keys number an article's claims with 16 bits: no sane article
     * states more, and the rest would overwrite the first ones */
    uint16_t seq = 0;
    for (i = 0; i < m && seq < UINT16_MAX; i++) {
        struct reg_role *x = &roles[i];
        int dup = !x->person_key;
        for (size_t j = 0; j < i && !dup; j++)
            dup = roles[j].person_key && reg_same_claim(&roles[j], x);
        if (dup)
            continue;
        x->ev.person = x->person_id;
        unsigned char key[18];
        memcpy(key, article_id, 16);
        key[16] = (unsigned char)(seq >> 8);
        key[17] = (unsigned char)seq;
        seq++;
        size_t sl = 0, at = 0;
        char *snip = reg_snippet(text, len, x->ev.span_start, x->ev.span_end, &sl, &at);
        x->ev.snippet_at = (uint32_t)at;
        char *rec = xmalloc(sizeof x->ev + sl);
        memcpy(rec, &x->ev, sizeof x->ev);
        if (sl)
            memcpy(rec + sizeof x->ev, snip, sl);
        free(snip);
        MDB_val k = {18, key}, v = {sizeof x->ev + sl, rec};
        int rc = mdb_put(txn, reg_db.evidence, &k, &v, 0);
        free(rec);
        if (rc != 0) {
            reg_fail(err, "mdb_put(evidence)", rc);
            goto free_roles;
        }
        if (reg_evidx_apply(txn, &x->ev, key, 1, err) < 0)
            goto free_roles;
        tb_tenure t;
        int g = reg_tenure_get(txn, x->person_id, x->post, &t, err);
        if (g < 0)
            goto free_roles;
        if (g == 1)
            tb_init(&t);
        tb_add(&t, &x->ev.obs);
        if (reg_tenure_put(txn, x->person_id, x->post, &t, err) < 0)
            goto free_roles;
        reg_set_add(posts, &nposts, x->post);
    }
    if (reg_article_spellings(txn, article_id, roles, m, err) < 0)
        goto free_roles;
    for (i = 0; i < nposts; i++)
        if (reg_post_succession(txn, posts[i], err) < 0)
            goto free_roles;
    ret = 0;
free_roles:
    for (i = 0; roles && i < n; i++)
        free(roles[i].person_key);
    free(roles);
    free(posts);
    return ret;
}

/* ---- recomputation ------------------------------------------------------ */

/* Recompute the succession bounds of every holder of a post.  Bounded by the
 * number of holders of that one post, never by the store. */
int reg_post_succession(MDB_txn *txn, uint32_t post, tn_error *err)
{
    reg_post p;
    MDB_cursor *cur = NULL;
    tb_tenure *h = NULL;
    uint32_t *who = NULL;
    size_t n = 0, cap = 0;
    int ret = -1;
    int r = reg_post_get(txn, post, &p, err);
    if (r != 0)
        return r < 0 ? -1 : 0;
    /* Posts with many holders keep their own bounds (tb_add and recompute
     * leave derived == own), so only one-holder posts need the pass.  A
     * "one-holder" post seen with hundreds of holders is a generic title
     * without its organization ("Chủ tịch"), not one office: no
     * succession, and no quadratic work on every ingest. */
    if (!p.single_holder || reg_dup_count(txn, reg_db.tenures_by_post, post) > REG_SUCCESSION_MAX)
        return 0;
    unsigned char pk[4];
    reg_put_u32(pk, post);
    MDB_val k = {4, pk}, v;
    int rc = mdb_cursor_open(txn, reg_db.tenures_by_post, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(tenures_by_post)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            h = xreallocarray(h, cap, sizeof *h);
            who = xreallocarray(who, cap, sizeof *who);
        }
        who[n] = reg_get_u32((const unsigned char *)v.mv_data + 4);
        int g = reg_tenure_get(txn, who[n], post, &h[n], err);
        if (g < 0)
            goto free_holders;
        if (g == 0)
            n++;
    }
    if (rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(tenures_by_post)", rc);
        goto free_holders;
    }
    mdb_cursor_close(cur);
    cur = NULL;
    tb_succession(h, n, p.single_holder);
    for (size_t i = 0; i < n; i++) {
        tb_tenure old;
        if (reg_tenure_get(txn, who[i], post, &old, err) < 0)
            goto free_holders;
        if (memcmp(&old, &h[i], sizeof old) != 0 &&
            reg_tenure_put(txn, who[i], post, &h[i], err) < 0)
            goto free_holders;
    }
    ret = 0;
free_holders:
    if (cur)
        mdb_cursor_close(cur);
    free(h);
    free(who);
    return ret;
}

/* A cursor on evidence_by_person at the first record of (person, post)
 * (the person's records are sorted by post): 1 with *cur open and *v that
 * record, 0 when the pair has none (no cursor left open), -1 on error.
 * The next ones: mdb_cursor_get(MDB_NEXT_DUP) while the post matches. */
int reg_pair_cursor(MDB_txn *txn, uint32_t person, uint32_t post, MDB_cursor **cur, MDB_val *v,
                    tn_error *err)
{
    unsigned char pk[4], pv[REG_EVIDX_LEN] = {0};
    reg_put_u32(pk, person);
    reg_put_u32(pv, post);
    MDB_val k = {4, pk};
    *v = (MDB_val){REG_EVIDX_LEN, pv};
    int rc = mdb_cursor_open(txn, reg_db.evidence_by_person, cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(evidence_by_person)", rc);
    rc = mdb_cursor_get(*cur, &k, v, MDB_GET_BOTH_RANGE);
    if (rc == 0 && v->mv_size >= REG_EVIDX_LEN && reg_get_u32(v->mv_data) == post)
        return 1;
    mdb_cursor_close(*cur);
    *cur = NULL;
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(evidence_by_person)", rc);
    return 0;
}

/* Rebuild one (person, post) tenure from its evidence (evidence_by_person is
 * sorted by post, so this reads only that pair's records). */
int reg_tenure_recompute(MDB_txn *txn, uint32_t person, uint32_t post, tn_error *err)
{
    MDB_cursor *cur;
    MDB_val k, v;
    tb_tenure t;
    tb_init(&t);
    int rc = reg_pair_cursor(txn, person, post, &cur, &v, err);
    if (rc < 0)
        return -1;
    for (rc = rc ? 0 : MDB_NOTFOUND; rc == 0; rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        const unsigned char *d = v.mv_data;
        if (v.mv_size < REG_EVIDX_LEN || reg_get_u32(d) != post)
            break;
        MDB_val ek = {18, (void *)(d + 8)}, ev;
        int g = reg_get(txn, reg_db.evidence, &ek, &ev, "mdb_get(evidence)", err);
        if (g < 0) {
            mdb_cursor_close(cur);
            return -1;
        }
        if (g == 0 && ev.mv_size >= sizeof(reg_ev)) {
            reg_ev e;
            memcpy(&e, ev.mv_data, sizeof e);
            tb_add(&t, &e.obs);
        }
    }
    if (cur)
        mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(evidence_by_person)", rc);
    if (t.count == 0)
        return reg_tenure_del(txn, person, post, err);
    return reg_tenure_put(txn, person, post, &t, err);
}

/* A (person, post) pair touched by a change. */
struct reg_pair {
    uint32_t person, post;
};

/* Forget one article's evidence and recompute the tenures it touched. */
int registry_forget_article(MDB_txn *txn, const unsigned char article_id[16], tn_error *err)
{
    MDB_cursor *cur;
    struct reg_pair *pairs = NULL;
    size_t n = 0, cap = 0;
    unsigned char k0[18] = {0};
    int ret = -1;
    reg_dep_article_changed(txn, article_id); /* store.c's record of it goes next */
    memcpy(k0, article_id, 16);
    MDB_val k = {18, k0}, v;
    int rc = mdb_cursor_open(txn, reg_db.evidence, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(evidence)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (k.mv_size != 18 || memcmp(k.mv_data, article_id, 16) != 0)
            break;
        if (v.mv_size >= sizeof(reg_ev)) {
            reg_ev e;
            unsigned char key[18];
            memcpy(&e, v.mv_data, sizeof e);
            memcpy(key, k.mv_data, 18);
            if (reg_evidx_apply(txn, &e, key, 0, err) < 0)
                goto free_pairs;
            if (n == cap) {
                cap = cap ? cap * 2 : 16;
                pairs = xreallocarray(pairs, cap, sizeof *pairs);
            }
            pairs[n].person = e.person;
            pairs[n].post = e.post;
            n++;
        }
        rc = mdb_cursor_del(cur, 0);
        if (rc != 0) {
            reg_fail(err, "mdb_cursor_del(evidence)", rc);
            goto free_pairs;
        }
    }
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(evidence)", rc);
        goto free_pairs;
    }
    mdb_cursor_close(cur);
    cur = NULL;
    for (size_t i = 0; i < n; i++)
        if (reg_tenure_recompute(txn, pairs[i].person, pairs[i].post, err) < 0)
            goto free_pairs;
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = pairs[j].post == pairs[i].post;
        if (!seen && reg_post_succession(txn, pairs[i].post, err) < 0)
            goto free_pairs;
    }
    /* the article no longer counts for its persons' spellings */
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = pairs[j].person == pairs[i].person;
        if (!seen && (reg_spellings_forget(txn, pairs[i].person, article_id, err) < 0 ||
                      reg_person_respell(txn, pairs[i].person, err) < 0))
            goto free_pairs;
    }
    /* persons, posts (and their organizations) that only this article
     * supported go with it, unless an operator correction names them */
    for (size_t i = 0; i < n; i++)
        if (reg_drop_if_unsupported(txn, REG_KIND_PERSON, pairs[i].person, err) < 0 ||
            reg_drop_if_unsupported(txn, REG_KIND_POST, pairs[i].post, err) < 0)
            goto free_pairs;
    ret = 0;
free_pairs:
    if (cur)
        mdb_cursor_close(cur);
    free(pairs);
    return ret;
}

/* Shelve or give back an article's guessed dates (registry_int.h).  Only
 * the observations dated by the article's guessed year move: a claim's own
 * time ("Tháng 7/2013, …") is the text's and stays. */
int reg_article_redate(MDB_txn *txn, const unsigned char article_id[16], int shelve, tn_error *err)
{
    MDB_cursor *cur;
    unsigned char(*keys)[18] = NULL;
    struct reg_pair *pairs = NULL;
    size_t n = 0, cap = 0;
    unsigned char k0[18] = {0};
    int ret = -1;
    tb_span back = tb_span_from_pdate(NULL);
    if (!shelve) {
        struct store_article a;
        int g = store_article_get(txn, article_id, &a, err);
        if (g <= 0)
            return g;
        back = tb_span_from_pdate(&a.date);
        back.firm = TB_SPAN_GUESSED;
    } else {
        back.firm = TB_SPAN_SHELVED;
    }
    memcpy(k0, article_id, 16);
    MDB_val k = {18, k0}, v;
    int rc = mdb_cursor_open(txn, reg_db.evidence, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(evidence)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (k.mv_size != 18 || memcmp(k.mv_data, article_id, 16) != 0)
            break;
        reg_ev e;
        if (v.mv_size < sizeof e)
            continue;
        memcpy(&e, v.mv_data, sizeof e);
        if (e.obs.date.firm != (shelve ? TB_SPAN_GUESSED : TB_SPAN_SHELVED))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            keys = xreallocarray(keys, cap, sizeof *keys);
            pairs = xreallocarray(pairs, cap, sizeof *pairs);
        }
        memcpy(keys[n], k.mv_data, 18);
        pairs[n].person = e.person;
        pairs[n].post = e.post;
        n++;
    }
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(evidence)", rc);
        goto free_keys;
    }
    mdb_cursor_close(cur);
    cur = NULL;
    for (size_t i = 0; i < n; i++) {
        /* the record is copied before the index updates (LMDB values are
         * valid only until the next write), its size and snippet kept */
        MDB_val ek = {18, keys[i]}, ev;
        int g = reg_get(txn, reg_db.evidence, &ek, &ev, "mdb_get(evidence)", err);
        if (g < 0)
            goto free_keys;
        if (g != 0 || ev.mv_size < sizeof(reg_ev))
            continue;
        char *copy = xmalloc(ev.mv_size);
        memcpy(copy, ev.mv_data, ev.mv_size);
        reg_ev e;
        memcpy(&e, copy, sizeof e);
        if (reg_evidx_apply(txn, &e, keys[i], 0, err) < 0) {
            free(copy);
            goto free_keys;
        }
        e.obs.date = back;
        memcpy(copy, &e, sizeof e);
        MDB_val nv = {ev.mv_size, copy};
        rc = mdb_put(txn, reg_db.evidence, &ek, &nv, 0);
        free(copy);
        if (rc != 0) {
            reg_fail(err, "mdb_put(evidence)", rc);
            goto free_keys;
        }
        if (reg_evidx_apply(txn, &e, keys[i], 1, err) < 0)
            goto free_keys;
    }
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = pairs[j].person == pairs[i].person && pairs[j].post == pairs[i].post;
        if (!seen && reg_tenure_recompute(txn, pairs[i].person, pairs[i].post, err) < 0)
            goto free_keys;
    }
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = pairs[j].post == pairs[i].post;
        if (!seen && reg_post_succession(txn, pairs[i].post, err) < 0)
            goto free_keys;
    }
    ret = 0;
free_keys:
    if (cur)
        mdb_cursor_close(cur);
    free(keys);
    free(pairs);
    return ret;
}

/* ---- stats -------------------------------------------------------------- */

/* Entry counts of the main registry databases. */
json_t *registry_stats(MDB_txn *txn)
{
    static const struct {
        const char *name;
        MDB_dbi *dbi;
    } parts[] = {{"persons", &reg_db.persons},    {"posts", &reg_db.posts},
                 {"organizations", &reg_db.orgs}, {"evidence", &reg_db.evidence},
                 {"tenures", &reg_db.tenures},    {"corrections", &reg_db.corrections},
                 {"decisions", &reg_db.decisions}};
    json_t *o = json_object();
    for (size_t i = 0; o && i < sizeof parts / sizeof parts[0]; i++) {
        MDB_stat st;
        int rc = mdb_stat(txn, *parts[i].dbi, &st);
        json_object_set_new(o, parts[i].name,
                            json_integer(rc == 0 ? (json_int_t)st.ms_entries : -1));
    }
    /* the feeds' dated articles and the years they cover (rule 10) */
    if (o)
        json_object_set_new(o, "feeds", reg_feeds_json(txn));
    return o;
}

/* ---- JSON helpers ------------------------------------------------------- */

/* A partial date as a JSON string "YYYY[-MM[-DD]]", digits written here
 * (replies carry several dates per holder; snprintf was a sixth of `who`). */
static json_t *reg_pdate_json(const pdate *d)
{
    char b[10];
    unsigned y = (unsigned)d->year % 10000u, m = (unsigned)d->month % 100u;
    unsigned day = (unsigned)d->day % 100u;
    size_t n = 4;
    if (d->prec == PDATE_NONE)
        return json_null();
    b[0] = (char)('0' + y / 1000);
    b[1] = (char)('0' + y / 100 % 10);
    b[2] = (char)('0' + y / 10 % 10);
    b[3] = (char)('0' + y % 10);
    if (d->prec != PDATE_YEAR) {
        b[4] = '-';
        b[5] = (char)('0' + m / 10);
        b[6] = (char)('0' + m % 10);
        n = 7;
    }
    if (d->prec == PDATE_DAY) {
        b[7] = '-';
        b[8] = (char)('0' + day / 10);
        b[9] = (char)('0' + day % 10);
        n = 10;
    }
    return json_stringn_nocheck(b, n);
}

/* A span's partial date as JSON, or null when unknown. */
json_t *reg_span_json(const tb_span *s)
{
    pdate d = tb_span_pdate(s);
    return reg_pdate_json(&d);
}

/* A bound day as "YYYY-MM-DD", or null when open. */
json_t *reg_day_json(int32_t day)
{
    if (day == TB_OPEN_LO || day == TB_OPEN_HI)
        return json_null();
    pdate d = pdate_from_days(day);
    return reg_pdate_json(&d);
}

/* {"after": …, "before": …}. */
json_t *reg_bounds_json(int32_t after, int32_t before)
{
    json_t *o = json_object();
    json_object_set_new_nocheck(o, "after", reg_day_json(after));
    json_object_set_new_nocheck(o, "before", reg_day_json(before));
    return o;
}
