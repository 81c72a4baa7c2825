/*
 * reg_env.h — a registry on a temporary LMDB environment for the registry
 * unit tests that came after test_registry.c: open and remove the store,
 * feed hand-built extraction rows (no extractor rules involved) inside a
 * caller's transaction or their own, run a correction or a query.
 * Header-only: each test program includes it once.
 */
#ifndef TENURE_TEST_REG_ENV_H
#define TENURE_TEST_REG_ENV_H

#include "registry.h"
#include "reg_apply.h"
#include "store.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static MDB_env *env;
/* The lexicon articles are fed with (NULL: none, as test_registry.c). */
static tx_lexicon *env_lx;
/* The date_source the next articles are fed with ("stamp", "guess"; NULL:
 * none, a date read from the text). */
static const char *env_date_source;

/* A fresh store of map_mib MiB in a temp directory, opened as the daemon
 * opens it (store_open: the articles database too, which rule 10 reads
 * for an undated article's feed), registry open. */
static inline void env_open(char *dir, size_t map_mib)
{
    char *cause = NULL;
    CHECK(mkdtemp(dir) != NULL);
    if (store_open(dir, (uint64_t)map_mib << 20, (uint64_t)map_mib << 20, registry_open, &cause) !=
        0)
        fprintf(stderr, "store_open: %s\n", cause ? cause : "?");
    free(cause);
    env = store_env();
    CHECK(env != NULL);
}

/* Remove the files of a closed environment and its directory. */
static inline void env_remove_files(const char *dir)
{
    char path[256];
    snprintf(path, sizeof path, "%s/data.mdb", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/lock.mdb", dir);
    unlink(path);
    rmdir(dir);
}

/* Close the environment and remove it. */
static inline void env_remove(const char *dir)
{
    store_close();
    env = NULL;
    env_remove_files(dir);
}

/* An article id from a number. */
static inline void env_aid(unsigned n, unsigned char id[16])
{
    memset(id, 0, 16);
    id[0] = 0xb0;
    id[12] = (unsigned char)(n >> 24);
    id[13] = (unsigned char)(n >> 16);
    id[14] = (unsigned char)(n >> 8);
    id[15] = (unsigned char)n;
}

/* One role row: person, position, role, organization (or NULL), status,
 * "1" for a one-holder post. */
typedef const char *const env_row[6];

/* Apply article n (rows up to a NULL person) inside txn; 0 or -1. */
static inline int env_feed_txn(MDB_txn *txn, unsigned n, const char *date, env_row *rows)
{
    json_t *roles = json_array();
    unsigned char id[16];
    pdate d = {0, 0, 0, PDATE_NONE};
    char text[4096] = "";
    tn_error err = {0};
    for (size_t i = 0; rows[i][0]; i++) {
        size_t start = strlen(text);
        snprintf(text + start, sizeof text - start, "%s %s. ", rows[i][1], rows[i][0]);
        json_array_append_new(
            roles, json_pack("{s:s,s:s,s:s,s:s?,s:s,s:[I,I],s:b}", "person", rows[i][0], "position",
                             rows[i][1], "role", rows[i][2], "organization", rows[i][3], "status",
                             rows[i][4], "span", (json_int_t)start, (json_int_t)strlen(text),
                             "single_holder", strcmp(rows[i][5], "1") == 0));
    }
    /* the extractor lists every person named, with or without a post */
    json_t *people = json_array();
    for (size_t i = 0; rows[i][0]; i++)
        json_array_append_new(people, json_pack("{s:s}", "name", rows[i][0]));
    json_t *x = json_pack("{s:o,s:o}", "roles", roles, "people", people);
    if (env_date_source)
        json_object_set_new(x, "date_source", json_string(env_date_source));
    if (date)
        CHECK_INT(pdate_parse(date, &d), 0);
    env_aid(n, id);
    int r = reg_apply_json(txn, env_lx, id, &d, x, text, strlen(text), &err);
    if (r != 0)
        fprintf(stderr, "apply %u: %s\n", n, err.message);
    json_decref(x);
    return r;
}

/* Apply article n in its own transaction. */
static inline void env_feed(unsigned n, const char *date, env_row *rows)
{
    MDB_txn *txn;
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    if (env_feed_txn(txn, n, date, rows) == 0)
        CHECK_INT(mdb_txn_commit(txn), 0);
    else {
        CHECK(0);
        mdb_txn_abort(txn);
    }
}

/* Forget article n the way article.delete does: the people it named
 * (rows, as fed), then its evidence. */
static inline void env_forget_rows(unsigned n, env_row *rows)
{
    unsigned char id[16];
    MDB_txn *txn;
    tn_error err = {0};
    json_t *people = json_array();
    for (size_t i = 0; rows[i][0]; i++)
        json_array_append_new(people, json_pack("{s:s}", "name", rows[i][0]));
    json_t *x = json_pack("{s:o}", "people", people);
    env_aid(n, id);
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    CHECK_INT(registry_forget_mentions(txn, x, &err), 0);
    CHECK_INT(registry_forget_article(txn, id, &err), 0);
    CHECK_INT(mdb_txn_commit(txn), 0);
    json_decref(x);
}

/* Forget article n (its evidence only). */
static inline void env_forget(unsigned n)
{
    unsigned char id[16];
    MDB_txn *txn;
    tn_error err = {0};
    env_aid(n, id);
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    CHECK_INT(registry_forget_article(txn, id, &err), 0);
    CHECK_INT(mdb_txn_commit(txn), 0);
}

/* Run a write correction; committed when it succeeds.  *code gets the
 * error code (0 on success). */
typedef json_t *(*env_write_fn)(MDB_txn *txn, void *arg, tn_error *err);
static inline json_t *env_write(env_write_fn fn, void *arg, int *code)
{
    MDB_txn *txn;
    tn_error err = {0};
    CHECK_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    json_t *r = fn(txn, arg, &err);
    if (r)
        CHECK_INT(mdb_txn_commit(txn), 0);
    else {
        if (err.code)
            fprintf(stderr, "(expected or not) error %d: %s\n", err.code, err.message);
        mdb_txn_abort(txn);
    }
    if (code)
        *code = err.code;
    json_decref(err.data);
    return r;
}

/* A counter from registry_stats. */
static inline long long env_stat(const char *name)
{
    MDB_txn *txn;
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    json_t *s = registry_stats(txn);
    long long v = json_integer_value(json_object_get(s, name));
    json_decref(s);
    mdb_txn_abort(txn);
    return v;
}

/* registry_person in a read transaction (NULL when not found). */
static inline json_t *env_person(const char *name)
{
    MDB_txn *txn;
    tn_error err = {0};
    CHECK_INT(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
    json_t *r = registry_person(txn, name, &err);
    mdb_txn_abort(txn);
    json_decref(err.data);
    return r;
}

/* Evidence count of a person's position with a given label (-1: none). */
static inline long long env_evidence_of(json_t *person, const char *label)
{
    json_t *p;
    size_t i;
    json_array_foreach(json_object_get(person, "positions"), i, p)
    {
        const char *l = json_string_value(json_object_get(p, "position"));
        if (l && strcmp(l, label) == 0)
            return json_integer_value(json_object_get(p, "evidence"));
    }
    return -1;
}

#endif
