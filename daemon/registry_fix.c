/*
 * registry_fix.c — operator corrections: merge two persons or two posts,
 * split a person in two.
 *
 * A correction rewrites the evidence it concerns, recomputes only the
 * tenures it touched, and leaves a trace the registry keeps using: merged
 * spellings now resolve to the surviving entity, a split article resolves
 * to the new person if it is ever fed again, and a split post steers later
 * articles about that post to the new person (reg_person_choose prefers the
 * namesake already holding the article's posts).  Each correction is also
 * logged as JSON in the corrections database.
 */
#include "registry_int.h"
#include "xmalloc.h"

#include <stdlib.h>
#include <string.h>

/* A growable list of evidence keys with their (person, post). */
struct fix_list {
    unsigned char (*key)[18];
    uint32_t *person, *post;
    size_t n, cap;
};

/* Append one evidence to a list.  key may point into the list itself
 * (callers re-add moved records): it is copied before the list grows, as
 * realloc may move the block it points into. */
static int fix_list_add(struct fix_list *l, const unsigned char key[18], uint32_t person,
                        uint32_t post, tn_error *err)
{
    unsigned char k18[18];
    memcpy(k18, key, 18);
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 32;
        l->key = xreallocarray(l->key, cap, 18);
        l->person = xreallocarray(l->person, cap, 4);
        l->post = xreallocarray(l->post, cap, 4);
        l->cap = cap;
    }
    memcpy(l->key[l->n], k18, 18);
    l->person[l->n] = person;
    l->post[l->n] = post;
    l->n++;
    return 0;
}

/* Release a list. */
static void fix_list_free(struct fix_list *l)
{
    free(l->key);
    free(l->person);
    free(l->post);
}

/* Every evidence of an id in evidence_by_person or evidence_by_post. */
static int fix_collect(MDB_txn *txn, int by_post, uint32_t id, struct fix_list *l, tn_error *err)
{
    MDB_cursor *cur;
    unsigned char k0[4];
    reg_put_u32(k0, id);
    MDB_val k = {4, k0}, v;
    MDB_dbi dbi = by_post ? reg_db.evidence_by_post : reg_db.evidence_by_person;
    int rc = mdb_cursor_open(txn, dbi, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(evidence index)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        const unsigned char *d = v.mv_data;
        uint32_t other = reg_get_u32(d + (by_post ? 4 : 0));
        if (fix_list_add(l, d + 8, by_post ? other : id, by_post ? id : other, err) < 0) {
            mdb_cursor_close(cur);
            return -1;
        }
    }
    mdb_cursor_close(cur);
    if (rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(evidence index)", rc);
    return 0;
}

/* Order (person, post) pairs. */
static int fix_pair_cmp(const void *a, const void *b)
{
    const uint32_t *x = a, *y = b;
    if (x[0] != y[0])
        return x[0] < y[0] ? -1 : 1;
    return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* Order post ids. */
static int fix_u32_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Recompute every (person, post) in a list, then each post's succession:
 * each distinct pair and post once (sorted, so thousands of records cost
 * n log n, not n^2). */
static int fix_recompute(MDB_txn *txn, const struct fix_list *l, tn_error *err)
{
    uint32_t(*pr)[2] = xcalloc(l->n + 1, sizeof *pr);
    uint32_t *posts = xcalloc(l->n + 1, sizeof *posts);
    int ret = -1;
    for (size_t i = 0; i < l->n; i++) {
        pr[i][0] = l->person[i];
        pr[i][1] = l->post[i];
        posts[i] = l->post[i];
    }
    qsort(pr, l->n, sizeof *pr, fix_pair_cmp);
    qsort(posts, l->n, sizeof *posts, fix_u32_cmp);
    for (size_t i = 0; i < l->n; i++)
        if ((i == 0 || fix_pair_cmp(pr[i], pr[i - 1]) != 0) &&
            reg_tenure_recompute(txn, pr[i][0], pr[i][1], err) < 0)
            goto free_pairs;
    for (size_t i = 0; i < l->n; i++)
        if ((i == 0 || posts[i] != posts[i - 1]) && reg_post_succession(txn, posts[i], err) < 0)
            goto free_pairs;
    ret = 0;
free_pairs:
    free(pr);
    free(posts);
    return ret;
}

/* Log a correction. */
static int fix_log(MDB_txn *txn, json_t *entry, tn_error *err)
{
    uint32_t seq;
    unsigned char k[4];
    char *s = json_dumps(entry, JSON_COMPACT); /* an object: never NULL (xmalloc.h) */
    if (reg_counter_next(txn, "correction", &seq, err) < 0) {
        free(s);
        return -1;
    }
    reg_put_u32(k, seq);
    MDB_val key = {4, k}, val = {strlen(s), s};
    int rc = mdb_put(txn, reg_db.corrections, &key, &val, 0);
    free(s);
    if (rc != 0)
        return reg_fail(err, "mdb_put(corrections)", rc);
    return 0;
}

/* Point every key of `from` at `into` (alias lists and key index).  The
 * keys are copied out of the alias list before anything is written: a
 * value LMDB returns is valid only until the next update, and the puts
 * below go into the very page the cursor reads. */
static int fix_move_keys(MDB_txn *txn, MDB_dbi alias, MDB_dbi by_key, int dupsort, uint32_t from,
                         uint32_t into, tn_error *err)
{
    MDB_cursor *cur;
    unsigned char fk[4], ik[4];
    char *buf = NULL;
    size_t *off = NULL, n = 0, cap = 0, used = 0, bcap = 0;
    int ret = -1;
    reg_put_u32(fk, from);
    reg_put_u32(ik, into);
    MDB_val k = {4, fk}, v;
    int rc = mdb_cursor_open(txn, alias, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(alias)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        if (n + 1 >= cap) {
            size_t nc = cap ? cap * 2 : 16;
            off = xreallocarray(off, nc, sizeof *off);
            cap = nc;
        }
        if (used + v.mv_size > bcap) {
            size_t nb = (used + v.mv_size) * 2 + 256;
            buf = xrealloc(buf, nb);
            bcap = nb;
        }
        memcpy(buf + used, v.mv_data, v.mv_size);
        off[n++] = used;
        used += v.mv_size;
        off[n] = used;
    }
    mdb_cursor_close(cur);
    cur = NULL;
    if (rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(alias)", rc);
        goto free_keys;
    }
    for (size_t i = 0; i < n; i++) {
        MDB_val key = {off[i + 1] - off[i], buf + off[i]}, old = {4, fk}, new = {4, ik},
                ak = {4, ik};
        int r = dupsort ? mdb_del(txn, by_key, &key, &old) : 0;
        if (r != 0 && r != MDB_NOTFOUND) {
            reg_fail(err, "mdb_del(keys of merged entity)", r);
            goto free_keys;
        }
        r = mdb_put(txn, by_key, &key, &new, dupsort ? MDB_NODUPDATA : 0);
        if (r == 0 || r == MDB_KEYEXIST)
            r = mdb_put(txn, alias, &ak, &key, MDB_NODUPDATA);
        if (r != 0 && r != MDB_KEYEXIST) {
            reg_fail(err, "mdb_put(keys of merged entity)", r);
            goto free_keys;
        }
    }
    MDB_val dk = {4, fk};
    rc = mdb_del(txn, alias, &dk, NULL);
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_del(alias)", rc);
        goto free_keys;
    }
    ret = 0;
free_keys:
    if (cur)
        mdb_cursor_close(cur);
    free(buf);
    free(off);
    return ret;
}

/* Replace (fold -> from) by (fold -> into) in a fold index. */
static int fix_move_fold(MDB_txn *txn, MDB_dbi dbi, const char *name, uint32_t from, uint32_t into,
                         tn_error *err)
{
    char *fold = tx_fold(name);
    unsigned char fk[4], ik[4];
    if (!fold)
        return 0;
    reg_put_u32(fk, from);
    reg_put_u32(ik, into);
    MDB_val k = reg_key_val(fold), o = {4, fk}, n = {4, ik};
    int rc = mdb_del(txn, dbi, &k, &o);
    if (rc == 0 || rc == MDB_NOTFOUND)
        rc = mdb_put(txn, dbi, &k, &n, MDB_NODUPDATA);
    free(fold);
    if (rc != 0 && rc != MDB_KEYEXIST)
        return reg_fail(err, "mdb_put(fold index)", rc);
    return 0;
}

/* Delete one id record. */
static int fix_del_record(MDB_txn *txn, MDB_dbi dbi, uint32_t id, const char *what, tn_error *err)
{
    unsigned char k[4];
    reg_put_u32(k, id);
    MDB_val key = {4, k};
    int rc = mdb_del(txn, dbi, &key, NULL);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, what, rc);
    return 0;
}

static int fix_split_mark(MDB_txn *txn, const unsigned char aid[16], const char *key,
                          uint32_t person, tn_error *err);

/* Merge person `from` into person `into`.  Every article of `from` is
 * marked as meaning `into` under from's spelling, so the articles follow
 * the operator's merge if they are forgotten and fed again (the namesake
 * rule of reg_person_choose would otherwise decide afresh). */
static int fix_merge_persons(MDB_txn *txn, uint32_t from, uint32_t into, tn_error *err)
{
    struct fix_list l = {0};
    json_t *name = reg_person_name(txn, from);
    char *key = name ? tx_key(json_string_value(name)) : NULL;
    int ret = -1;
    if (!name) {
        tn_error_set(err, TENURE_E_NOT_FOUND, "person #%u not found", from);
        return -1;
    }
    if (fix_collect(txn, 0, from, &l, err) < 0)
        goto free_list;
    for (size_t i = 0; key && i < l.n; i++)
        if ((i == 0 || memcmp(l.key[i], l.key[i - 1], 16) != 0) &&
            fix_split_mark(txn, l.key[i], key, into, err) < 0)
            goto free_list;
    for (size_t i = 0; i < l.n; i++)
        if (reg_evidence_move(txn, l.key[i], into, l.post[i], err) < 0)
            goto free_list;
    size_t old = l.n;
    for (size_t i = 0; i < old; i++)
        if (fix_list_add(&l, l.key[i], into, l.post[i], err) < 0)
            goto free_list;
    /* from's spellings count for into; the name shown stays the one the
     * operator kept (registry_spellings.c) */
    if (reg_spellings_move(txn, from, into, NULL, 0, err) < 0 ||
        reg_spellings_drop(txn, from, err) < 0 || reg_spellings_keep_name(txn, into, err) < 0)
        goto free_list;
    if (fix_recompute(txn, &l, err) < 0 ||
        fix_move_keys(txn, reg_db.person_alias, reg_db.person_by_key, 1, from, into, err) < 0 ||
        fix_move_fold(txn, reg_db.person_by_fold, json_string_value(name), from, into, err) < 0 ||
        reg_tokens_del(txn, json_string_value(name), REG_KIND_PERSON, from, err) < 0 ||
        fix_del_record(txn, reg_db.persons, from, "mdb_del(persons)", err) < 0)
        goto free_list;
    ret = 0;
free_list:
    free(key);
    fix_list_free(&l);
    json_decref(name);
    return ret;
}

/* Merge post `from` into post `into`. */
static int fix_merge_posts(MDB_txn *txn, uint32_t from, uint32_t into, tn_error *err)
{
    struct fix_list l = {0};
    reg_post p;
    json_t *label = reg_post_label(txn, from);
    int ret = -1;
    if (!label || reg_post_get(txn, from, &p, err) != 0) {
        if (!err->code)
            tn_error_set(err, TENURE_E_NOT_FOUND, "post #%u not found", from);
        json_decref(label);
        return -1;
    }
    uint32_t org = p.org;
    if (fix_collect(txn, 1, from, &l, err) < 0)
        goto free_list;
    for (size_t i = 0; i < l.n; i++)
        if (reg_evidence_move(txn, l.key[i], l.person[i], into, err) < 0)
            goto free_list;
    size_t old = l.n;
    for (size_t i = 0; i < old; i++)
        if (fix_list_add(&l, l.key[i], l.person[i], into, err) < 0)
            goto free_list;
    if (fix_recompute(txn, &l, err) < 0 ||
        fix_move_keys(txn, reg_db.post_alias, reg_db.post_by_key, 0, from, into, err) < 0 ||
        fix_move_fold(txn, reg_db.post_by_fold, json_string_value(label), from, into, err) < 0 ||
        reg_tokens_del(txn, json_string_value(label), REG_KIND_POST, from, err) < 0)
        goto free_list;
    if (org) {
        unsigned char ok[4], pk[4];
        reg_put_u32(ok, org);
        reg_put_u32(pk, from);
        MDB_val k = {4, ok}, v = {4, pk};
        int rc = mdb_del(txn, reg_db.post_by_org, &k, &v);
        if (rc != 0 && rc != MDB_NOTFOUND) {
            reg_fail(err, "mdb_del(post_by_org)", rc);
            goto free_list;
        }
        reg_summary_touch_org(txn, org); /* registry_summary.c */
    }
    if (fix_del_record(txn, reg_db.posts, from, "mdb_del(posts)", err) < 0)
        goto free_list;
    ret = 0;
free_list:
    fix_list_free(&l);
    json_decref(label);
    return ret;
}

/* The single best match of a kind, or NOT_FOUND / ambiguity errors. */
static int fix_resolve(MDB_txn *txn, const tx_lexicon *lx, char kind, const char *text,
                       uint32_t *out, tn_error *err)
{
    reg_match m[2];
    int n = reg_lookup(txn, lx, kind, text, m, 2, err);
    if (n < 0)
        return -1;
    if (n == 0 || m[0].score < 90) {
        tn_error_set(err, TENURE_E_NOT_FOUND, "no %s named \"%.120s\" (use its exact name or #id)",
                     kind == REG_KIND_PERSON ? "person" : "post", text);
        return -1;
    }
    if (n > 1 && m[1].score >= m[0].score) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "\"%.120s\" names several; use #%u or #%u", text,
                     m[0].id, m[1].id);
        return -1;
    }
    *out = m[0].id;
    return 0;
}

/* merge KIND FROM INTO. */
json_t *registry_merge(MDB_txn *txn, const tx_lexicon *lx, const char *kind, const char *from,
                       const char *into, tn_error *err)
{
    char k = strcmp(kind, "person") == 0 ? REG_KIND_PERSON
             : strcmp(kind, "post") == 0 ? REG_KIND_POST
                                         : 0;
    uint32_t a, b;
    if (!k) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "kind: expected \"person\" or \"post\"");
        return NULL;
    }
    if (fix_resolve(txn, lx, k, from, &a, err) < 0 || fix_resolve(txn, lx, k, into, &b, err) < 0)
        return NULL;
    if (a == b) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "from and into are the same %s", kind);
        return NULL;
    }
    json_t *fname = k == REG_KIND_PERSON ? reg_person_name(txn, a) : reg_post_label(txn, a);
    json_t *iname = k == REG_KIND_PERSON ? reg_person_name(txn, b) : reg_post_label(txn, b);
    json_t *entry = json_pack("{s:s,s:s,s:I,s:o,s:I,s:o}", "op", "merge", "kind", kind, "from",
                              (json_int_t)a, "from_name", fname ? fname : json_null(), "into",
                              (json_int_t)b, "into_name", iname ? iname : json_null());
    char dropped[16];
    int lr = registry_link_merge(txn, k, a, b, dropped, err);
    if (lr == 1)
        json_object_set_new(entry, "wikidata_dropped", json_string(dropped));
    int r = lr < 0                 ? -1
            : k == REG_KIND_PERSON ? fix_merge_persons(txn, a, b, err)
                                   : fix_merge_posts(txn, a, b, err);
    /* the old id keeps answering as the survivor; the survivor is the
     * operator's and stays; a "not the same" said before no longer holds */
    if (r == 0 && (reg_merged_put(txn, k, a, b, err) < 0 || reg_pin(txn, k, b, err) < 0))
        r = -1;
    if (r == 0 && k == REG_KIND_PERSON) {
        unsigned char pk[8];
        reg_put_u32(pk, a < b ? a : b);
        reg_put_u32(pk + 4, a < b ? b : a);
        MDB_val dk = {8, pk};
        int rc = mdb_del(txn, reg_db.distinct, &dk, NULL);
        if (rc != 0 && rc != MDB_NOTFOUND)
            r = reg_fail(err, "mdb_del(distinct)", rc);
    }
    if (r < 0 || fix_log(txn, entry, err) < 0) {
        json_decref(entry);
        return NULL;
    }
    return entry;
}

/* Parse a 32-hex-digit article id. */
static int fix_hex_id(const char *s, unsigned char id[16])
{
    if (!s || strlen(s) != 32)
        return -1;
    for (int i = 0; i < 16; i++) {
        unsigned v = 0;
        for (int j = 0; j < 2; j++) {
            char c = s[2 * i + j];
            unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                         : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                         : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                                : 16u;
            if (d > 15)
                return -1;
            v = v * 16 + d;
        }
        id[i] = (unsigned char)v;
    }
    return 0;
}

/* Remember that an article's mention of a name means a given person. */
static int fix_split_mark(MDB_txn *txn, const unsigned char aid[16], const char *key,
                          uint32_t person, tn_error *err)
{
    size_t kl = strlen(key) > REG_MAX_KEY ? REG_MAX_KEY : strlen(key);
    unsigned char *k = xmalloc(16 + kl), v[4];
    memcpy(k, aid, 16);
    memcpy(k + 16, key, kl);
    reg_put_u32(v, person);
    MDB_val mk = {16 + kl, k}, mv = {4, v};
    int rc = mdb_put(txn, reg_db.split_by_article, &mk, &mv, 0);
    free(k);
    if (rc != 0)
        return reg_fail(err, "mdb_put(split_by_article)", rc);
    return 0;
}

/* The spellings of the articles a split moved go with them (kept under
 * the old person too for an article it keeps evidence of); then each
 * side shows its most used spelling (registry_spellings.c). */
static int fix_split_spellings(MDB_txn *txn, const struct fix_list *all,
                               const struct fix_list *moved, size_t nmoved, uint32_t p, uint32_t np,
                               tn_error *err)
{
    for (size_t i = 0; i < nmoved; i++) {
        int seen = 0, keep = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = memcmp(moved->key[j], moved->key[i], 16) == 0;
        if (seen)
            continue;
        /* evidence of this article the split left with p */
        for (size_t j = 0; j < all->n && !keep; j++) {
            if (memcmp(all->key[j], moved->key[i], 16) != 0)
                continue;
            int gone = 0;
            for (size_t m = 0; m < nmoved && !gone; m++)
                gone = memcmp(all->key[j], moved->key[m], 18) == 0;
            keep = !gone;
        }
        if (reg_spellings_move(txn, p, np, moved->key[i], keep, err) < 0)
            return -1;
    }
    if (reg_person_respell(txn, p, err) < 0 || reg_person_respell(txn, np, err) < 0)
        return -1;
    return 0;
}

/* split PERSON: move chosen evidence to a new person of the same name. */
json_t *registry_split(MDB_txn *txn, const tx_lexicon *lx, const char *person, json_t *articles,
                       json_t *positions, tn_error *err)
{
    struct fix_list all = {0}, moved = {0};
    unsigned char(*aids)[16] = NULL;
    uint32_t *posts = NULL, p, np = 0;
    size_t na = json_array_size(articles), npos = json_array_size(positions), i;
    json_t *name = NULL, *res = NULL, *x;
    char *key = NULL;
    if (na + npos == 0) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "give articles and/or positions to move");
        return NULL;
    }
    if (fix_resolve(txn, NULL, REG_KIND_PERSON, person, &p, err) < 0)
        return NULL;
    aids = xcalloc(na + 1, 16);
    posts = xcalloc(npos + 1, sizeof *posts);
    name = reg_person_name(txn, p);
    if (!name || !(key = tx_key(json_string_value(name)))) {
        tn_error_set(err, TENURE_E_INTERNAL_ERROR, "person #%u has no readable name", p);
        goto free_lists;
    }
    json_array_foreach(articles, i, x)
    {
        if (fix_hex_id(json_string_value(x), aids[i]) < 0) {
            tn_error_set(err, TENURE_E_INVALID_PARAMS, "articles[%zu]: expected a 32-hex id", i);
            goto free_lists;
        }
    }
    json_array_foreach(positions, i, x)
    {
        if (!json_is_string(x) ||
            fix_resolve(txn, lx, REG_KIND_POST, json_string_value(x), &posts[i], err) < 0) {
            if (!err->code)
                tn_error_set(err, TENURE_E_INVALID_PARAMS, "positions[%zu]: expected a string", i);
            goto free_lists;
        }
    }
    if (fix_collect(txn, 0, p, &all, err) < 0)
        goto free_lists;
    for (i = 0; i < all.n; i++) {
        int hit = 0;
        for (size_t j = 0; j < na && !hit; j++)
            hit = memcmp(all.key[i], aids[j], 16) == 0;
        for (size_t j = 0; j < npos && !hit; j++)
            hit = all.post[i] == posts[j];
        if (hit && fix_list_add(&moved, all.key[i], p, all.post[i], err) < 0)
            goto free_lists;
    }
    if (moved.n == 0) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "no evidence of %s matches; nothing to split",
                     json_string_value(name));
        goto free_lists;
    }
    if (moved.n == all.n) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS,
                     "that is all of %s's evidence; nothing would remain", json_string_value(name));
        goto free_lists;
    }
    if (reg_person_create(txn, json_string_value(name), &np, err) < 0)
        goto free_lists;
    size_t old = moved.n;
    for (i = 0; i < old; i++) {
        if (reg_evidence_move(txn, moved.key[i], np, moved.post[i], err) < 0 ||
            fix_list_add(&moved, moved.key[i], np, moved.post[i], err) < 0)
            goto free_lists;
    }
    for (i = 0; i < na; i++)
        if (fix_split_mark(txn, aids[i], key, np, err) < 0)
            goto free_lists;
    if (fix_split_spellings(txn, &all, &moved, old, p, np, err) < 0)
        goto free_lists;
    /* both persons are the operator's: forget keeps them */
    if (reg_pin(txn, REG_KIND_PERSON, p, err) < 0 || reg_pin(txn, REG_KIND_PERSON, np, err) < 0)
        goto free_lists;
    if (fix_recompute(txn, &moved, err) < 0)
        goto free_lists;
    res = json_pack("{s:s,s:s,s:O,s:I,s:I,s:O,s:O,s:I}", "op", "split", "kind", "person", "person",
                    name, "person_id", (json_int_t)p, "new_person_id", (json_int_t)np, "articles",
                    articles ? articles : json_null(), "positions",
                    positions ? positions : json_null(), "moved", (json_int_t)old);
    if (fix_log(txn, res, err) < 0) {
        json_decref(res);
        res = NULL;
    }
free_lists:
    fix_list_free(&all);
    fix_list_free(&moved);
    free(aids);
    free(posts);
    free(key);
    json_decref(name);
    return res;
}
