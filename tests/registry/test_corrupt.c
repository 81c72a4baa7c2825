/*
 * test_corrupt.c — a registry record that no longer decodes answers
 * CORRUPT, never "not found" and never a crash: a post record and a tenure
 * record are cut short inside the store (as a flipped length or a torn
 * page would leave them), then `who` and the merge that must read them are
 * asked, and `verify`'s walk is expected to name the post.  The store is
 * opened as the daemon opens it (store_open), so verify's article walk has
 * its databases.
 */
#include "reg_env.h"
#include "registry_int.h"
#include "store.h"
#include "tenured.h"

#include "tenure/protocol.h"

#define TBTC "Thủ tướng Chính phủ"

static env_row pm[] = {{"Phạm Minh Chính", TBTC, "Thủ tướng", "Chính phủ", "current", "1"},
                       {NULL, NULL, NULL, NULL, NULL, NULL}};
static env_row pm2[] = {
    {"Phạm Minh Chính", TBTC, "Thủ tướng", "Chính phủ", "current", "1"},
    {"Trần Văn An", "Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế", "current", "1"},
    {NULL, NULL, NULL, NULL, NULL, NULL}};

/* Overwrite the record of key (klen bytes) in dbi with len bytes of val. */
static void plant(MDB_dbi dbi, const void *key, size_t klen, const void *val, size_t len)
{
    MDB_txn *txn;
    MDB_val k = {klen, (void *)key}, v = {len, (void *)val};
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    CHECK_INT(mdb_put(txn, dbi, &k, &v, 0), 0);
    CHECK_INT(mdb_txn_commit(txn), 0);
    /* a raw write bypasses the writer, so no record kept for the read path
     * (registry_summary.c) knows of it: drop them, as a restart would */
    reg_summary_reset();
}

/* Read a record's bytes into buf (at most cap); its size. */
static size_t peek(MDB_dbi dbi, const void *key, size_t klen, void *buf, size_t cap)
{
    MDB_txn *txn;
    MDB_val k = {klen, (void *)key}, v;
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    CHECK_INT(mdb_get(txn, dbi, &k, &v), 0);
    size_t n = v.mv_size < cap ? v.mv_size : cap;
    memcpy(buf, v.mv_data, n);
    mdb_txn_abort(txn);
    return v.mv_size;
}

/* `who TBTC`: the error code (0 when it answered). */
static int who_code(void)
{
    MDB_txn *txn;
    rpc_error err = {0};
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    json_t *r = registry_who(txn, env_lx, TBTC, NULL, 10, &err);
    mdb_txn_abort(txn);
    if (r)
        CHECK_INT(err.code, 0);
    else if (err.code == TENURE_E_CORRUPT)
        CHECK(strstr(err.message, "corrupt") != NULL);
    json_decref(r);
    json_decref(err.data);
    return r ? 0 : err.code;
}

/* The post id of TBTC, from the holder list of `who`. */
static uint32_t post_id(void)
{
    MDB_txn *txn;
    rpc_error err = {0};
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    json_t *r = registry_who(txn, env_lx, TBTC, NULL, 10, &err);
    CHECK(r != NULL);
    json_int_t id = json_integer_value(json_object_get(r, "post_id"));
    mdb_txn_abort(txn);
    json_decref(r);
    CHECK(id > 0);
    return (uint32_t)id;
}

/* verify's problems: the count; *post_named set when a "post" problem is
 * listed. */
static long long verify_problems(int *post_named)
{
    MDB_txn *txn;
    rpc_error err = {0};
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    json_t *params = json_object();
    /* as the dispatcher calls it: methods.def's defaults filled in */
    char *cause = NULL;
    CHECK_INT(rpc_init(&cause), 0);
    rpc_params_fill(rpc_method_find("verify"), params);
    json_t *r = m_verify_read(NULL, txn, params, &err);
    mdb_txn_abort(txn);
    json_decref(params);
    CHECK(r != NULL);
    long long n = json_integer_value(json_object_get(r, "problem_count"));
    size_t i;
    json_t *p;
    *post_named = 0;
    json_array_foreach(json_object_get(r, "problems"), i, p)
    {
        const char *kind = json_string_value(json_object_get(p, "kind"));
        if (kind && strcmp(kind, "post") == 0)
            *post_named = 1;
    }
    CHECK(json_integer_value(json_object_get(r, "posts")) >= 2);
    json_decref(r);
    return n;
}

static json_t *do_merge(MDB_txn *txn, void *arg, rpc_error *err)
{
    (void)arg;
    return registry_merge(txn, env_lx, "person", "Trần Văn An", "Phạm Minh Chính", err);
}

int main(void)
{
    char dir[] = "/tmp/tenure-corrupt-XXXXXX", *cause = NULL;
    int named;
    CHECK(mkdtemp(dir) != NULL);
    if (store_open(dir, 16u << 20, 64u << 20, registry_open, &cause) != 0) {
        fprintf(stderr, "store_open: %s\n", cause ? cause : "?");
        return 1;
    }
    env = store_env();
    env_feed(1, "2023-03-01", pm);
    env_feed(2, "2023-05-01", pm2);
    CHECK_INT(who_code(), 0);

    /* a post record cut to 3 bytes: CORRUPT, then the good bytes back */
    unsigned char k[8], good[512];
    uint32_t post = post_id();
    reg_put_u32(k, post);
    size_t n = peek(reg_db.posts, k, 4, good, sizeof good);
    CHECK(n >= 6 && n <= sizeof good);
    /* (the articles themselves were never stored: their evidence counts
     * as problems already; the cut post adds one, named as a post) */
    long long before = verify_problems(&named);
    CHECK(!named);
    plant(reg_db.posts, k, 4, good, 3);
    CHECK_INT(who_code(), TENURE_E_CORRUPT);
    CHECK_INT(verify_problems(&named), before + 1);
    CHECK(named);
    /* a post record whose role runs to the end (no NUL): the same */
    plant(reg_db.posts, k, 4, good, 5 + 4);
    CHECK_INT(who_code(), TENURE_E_CORRUPT);
    plant(reg_db.posts, k, 4, good, n);
    CHECK_INT(who_code(), 0);

    /* a tenure record of the wrong size: the merge that must read it
     * (Trần Văn An's tenure as minister moves to the other person) fails
     * CORRUPT and changes nothing */
    MDB_txn *txn;
    MDB_cursor *cur;
    rpc_error err = {0};
    reg_match m[2];
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    CHECK(reg_lookup(txn, NULL, REG_KIND_PERSON, "Trần Văn An", m, 2, &err) >= 1);
    reg_put_u32(k, m[0].id);
    MDB_val tk = {4, k}, tv;
    CHECK_INT(mdb_cursor_open(txn, reg_db.tenures, &cur), 0);
    CHECK_INT(mdb_cursor_get(cur, &tk, &tv, MDB_SET_RANGE), 0);
    CHECK_INT(tk.mv_size, 8);
    CHECK_INT(reg_get_u32(tk.mv_data), m[0].id);
    memcpy(k, tk.mv_data, 8);
    mdb_cursor_close(cur);
    mdb_txn_abort(txn);
    unsigned char tgood[sizeof(tb_tenure)];
    CHECK_INT(peek(reg_db.tenures, k, 8, tgood, sizeof tgood), sizeof(tb_tenure));
    plant(reg_db.tenures, k, 8, tgood, sizeof tgood - 1);
    long long ev = env_stat("evidence"), persons = env_stat("persons");
    int code = 0;
    json_t *r = env_write(do_merge, NULL, &code);
    CHECK(r == NULL);
    CHECK_INT(code, TENURE_E_CORRUPT);
    CHECK_INT(env_stat("evidence"), ev);
    CHECK_INT(env_stat("persons"), persons);
    plant(reg_db.tenures, k, 8, tgood, sizeof tgood);
    r = env_write(do_merge, NULL, &code);
    CHECK(r != NULL);
    CHECK_INT(env_stat("persons"), persons - 1);
    json_decref(r);

    store_close();
    env_remove_files(dir);
    TEST_DONE();
}
