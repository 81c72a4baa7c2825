/*
 * m_verify.c — "verify": check the store end to end, like git fsck.
 *
 * Owns the walk: every article record decodes and its text still hashes
 * to its id (LMDB has no page checksums, so this is how a changed byte is
 * found); every evidence record is well formed and points at a stored
 * article, person and post; every tenure has evidence of its (person, post)
 * behind it; every post record decodes.  Reports the counts, the number of problems and the first
 * `limit` of them (default 20).  Read-only: it repairs nothing (restore
 * from a backup, docs/OPERATIONS.md).  Runs on a worker thread in its own
 * read transaction (rpc.c), so a large store never holds the loop.
 */
#include <string.h>

#include "registry_int.h"
#include "store.h"
#include "tenured.h"

struct verify {
    MDB_txn *txn;
    json_t *problems;
    size_t limit;
    uint64_t nproblems;
    uint64_t articles, evidence, tenures, posts;
};

/* Record one problem: kept in the list while it is shorter than limit. */
static void verify_problem(struct verify *v, const char *kind, const char *what, const char *why)
{
    v->nproblems++;
    if (json_array_size(v->problems) < v->limit)
        json_array_append_new(
            v->problems, json_pack("{s:s, s:s, s:s}", "kind", kind, "id", what, "problem", why));
}

/* One article record. */
static int verify_article(void *arg, const unsigned char *id, const struct store_article *a)
{
    struct verify *v = arg;
    char hex[33] = "?";
    rpc_error err = {0};
    v->articles++;
    if (id)
        store_article_id_hex(id, hex);
    if (!id || !a)
        verify_problem(v, "article", hex, "malformed record (lengths do not add up)");
    else if (store_article_check(a, &err) != 0)
        verify_problem(v, "article", hex, "text does not hash to the article id (changed bytes)");
    rpc_error_clear(&err);
    return 0;
}

/* Whether id exists in a database keyed by a 4-byte id: 1, 0, or -1. */
static int verify_has(MDB_txn *txn, MDB_dbi dbi, uint32_t id, rpc_error *err)
{
    unsigned char k[4];
    MDB_val key = {4, k}, val;
    reg_put_u32(k, id);
    int r = reg_get(txn, dbi, &key, &val, "mdb_get", err);
    return r < 0 ? -1 : r == 0;
}

/* Every evidence record. */
static int verify_evidence(struct verify *v, rpc_error *err)
{
    MDB_cursor *cur;
    MDB_val key, val;
    int rc = mdb_cursor_open(v->txn, reg_db.evidence, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(evidence)", rc);
    for (rc = mdb_cursor_get(cur, &key, &val, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &key, &val, MDB_NEXT)) {
        char hex[40] = "?";
        v->evidence++;
        if (key.mv_size != 18 || val.mv_size < sizeof(reg_ev)) {
            verify_problem(v, "evidence", hex, "malformed record (wrong key or value size)");
            continue;
        }
        const unsigned char *k = key.mv_data;
        store_article_id_hex(k, hex);
        snprintf(hex + 32, sizeof hex - 32, "/%u", (unsigned)(k[16] << 8 | k[17]));
        reg_ev e;
        memcpy(&e, val.mv_data, sizeof e);
        int a = store_article_exists(v->txn, k, err);
        int p = a < 0 ? -1 : verify_has(v->txn, reg_db.persons, e.person, err);
        int q = p < 0 ? -1 : verify_has(v->txn, reg_db.posts, e.post, err);
        if (a < 0 || p < 0 || q < 0) {
            mdb_cursor_close(cur);
            return -1;
        }
        if (!a)
            verify_problem(v, "evidence", hex, "points at an article that is not stored");
        if (!p)
            verify_problem(v, "evidence", hex, "points at a person that does not exist");
        if (!q)
            verify_problem(v, "evidence", hex, "points at a post that does not exist");
    }
    mdb_cursor_close(cur);
    if (rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(evidence)", rc);
    return 0;
}

/* Whether evidence_by_person holds a record of (person, post): 1, 0, -1. */
static int verify_tenure_backed(MDB_txn *txn, uint32_t person, uint32_t post, rpc_error *err)
{
    MDB_cursor *cur;
    MDB_val v;
    int found = reg_pair_cursor(txn, person, post, &cur, &v, err);
    if (found > 0)
        mdb_cursor_close(cur);
    return found;
}

/* Every tenure. */
static int verify_tenures(struct verify *v, rpc_error *err)
{
    MDB_cursor *cur;
    MDB_val key, val;
    int rc = mdb_cursor_open(v->txn, reg_db.tenures, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(tenures)", rc);
    for (rc = mdb_cursor_get(cur, &key, &val, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &key, &val, MDB_NEXT)) {
        char what[32] = "?";
        v->tenures++;
        if (key.mv_size != 8 || val.mv_size != sizeof(tb_tenure)) {
            verify_problem(v, "tenure", what, "malformed record (wrong key or value size)");
            continue;
        }
        uint32_t person = reg_get_u32(key.mv_data),
                 post = reg_get_u32((unsigned char *)key.mv_data + 4);
        snprintf(what, sizeof what, "%u/%u", (unsigned)person, (unsigned)post);
        int b = verify_tenure_backed(v->txn, person, post, err);
        if (b < 0) {
            mdb_cursor_close(cur);
            return -1;
        }
        if (!b)
            verify_problem(v, "tenure", what, "no evidence of this person in this post");
    }
    mdb_cursor_close(cur);
    if (rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(tenures)", rc);
    return 0;
}

/* Every post record decodes (org, one-holder flag, role, label, fold). */
static int verify_posts(struct verify *v, rpc_error *err)
{
    MDB_cursor *cur;
    MDB_val key, val;
    int rc = mdb_cursor_open(v->txn, reg_db.posts, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(posts)", rc);
    for (rc = mdb_cursor_get(cur, &key, &val, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &key, &val, MDB_NEXT)) {
        char what[16] = "?";
        v->posts++;
        if (key.mv_size != 4) {
            verify_problem(v, "post", what, "malformed record (wrong key size)");
            continue;
        }
        uint32_t id = reg_get_u32(key.mv_data);
        snprintf(what, sizeof what, "#%u", (unsigned)id);
        reg_post p;
        if (reg_post_get(v->txn, id, &p, NULL) != 0)
            verify_problem(v, "post", what, "malformed record (does not decode)");
    }
    mdb_cursor_close(cur);
    if (rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(posts)", rc);
    return 0;
}

/* {"ok": bool, "articles": N, "evidence": N, "tenures": N, "problem_count": N,
 *  "problems": [{"kind", "id", "problem"}, ...]} */
json_t *m_verify_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    (void)td;
    int limit = rpc_param_int(params, "limit");
    struct verify v = {.txn = rtxn, .problems = json_array(), .limit = (size_t)limit};
    if (store_article_walk(rtxn, verify_article, &v, err) != 0 || verify_evidence(&v, err) != 0 ||
        verify_tenures(&v, err) != 0 || verify_posts(&v, err) != 0) {
        json_decref(v.problems);
        return NULL;
    }
    return json_pack("{s:b, s:I, s:I, s:I, s:I, s:I, s:o}", "ok", v.nproblems == 0, "articles",
                     (json_int_t)v.articles, "evidence", (json_int_t)v.evidence, "tenures",
                     (json_int_t)v.tenures, "posts", (json_int_t)v.posts, "problem_count",
                     (json_int_t)v.nproblems, "problems", v.problems);
}
