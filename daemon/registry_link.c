/*
 * registry_link.c — Wikidata items that persons and posts are, as an
 * operator says ("tenure link post 12 Q…").
 *
 * Owns the "links" database (kind byte 'p' person / 't' post, then the
 * 4-byte big-endian id -> the item id "Q…") and the operator's table of
 * post items, conf/lexicon/wikidata_posts.tsv (a post label -> its item;
 * shipped empty, never filled from memory: a wrong item is worse than
 * none).  The exports ask here whether a person or post has an item; a
 * post linked in the store wins over the table.  A merge carries the
 * merged id's item to the survivor when the survivor has none (and drops
 * it, saying so, when the survivor has another); a split leaves the item
 * with the person split from (which of the two it names is the operator's
 * call).
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "registry_int.h"
#include "store.h"
#include "tenure/extract.h"
#include "xmalloc.h"

static MDB_dbi reg_links;

/* Open (create) the database in the start-up transaction. */
int registry_link_open(MDB_txn *txn, char **cause)
{
    int rc = mdb_dbi_open(txn, "links", MDB_CREATE, &reg_links);
    if (rc != 0) {
        if (cause)
            *cause = store_mdb_cause(rc, "mdb_dbi_open(links)");
        return -1;
    }
    return 0;
}

/* Whether s is a Wikidata item id: Q and a number without leading zero. */
int registry_link_valid(const char *s)
{
    if (!s || s[0] != 'Q' || s[1] < '1' || s[1] > '9')
        return 0;
    size_t n = strlen(s);
    if (n > 12)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* The item of a person or post in *out (16 bytes); 1 found, 0 none. */
int registry_link_get(MDB_txn *txn, char kind, uint32_t id, char out[16])
{
    unsigned char k[5];
    k[0] = (unsigned char)kind;
    reg_put_u32(k + 1, id);
    MDB_val key = {5, k}, val;
    if (mdb_get(txn, reg_links, &key, &val) != 0 || val.mv_size == 0 || val.mv_size > 15)
        return 0;
    memcpy(out, val.mv_data, val.mv_size);
    out[val.mv_size] = '\0';
    return 1;
}

/* "link": set (or with no item, remove) the item of a person or post. */
json_t *registry_link(MDB_txn *txn, const char *kind, json_int_t id, const char *item,
                      tn_error *err)
{
    char k;
    if (strcmp(kind, "person") == 0)
        k = REG_KIND_PERSON;
    else if (strcmp(kind, "post") == 0)
        k = REG_KIND_POST;
    else {
        tn_error_set(err, TENURE_E_INVALID_PARAMS,
                     "invalid params: field 'kind' must be \"person\" or \"post\"");
        return NULL;
    }
    if (id < 1 || id > UINT32_MAX) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "invalid params: field 'id' must be positive");
        return NULL;
    }
    if (item && !registry_link_valid(item)) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS,
                     "invalid params: field 'wikidata' must be an item id such as Q42, got \"%s\"",
                     item);
        return NULL;
    }
    json_t *name = k == REG_KIND_PERSON ? reg_person_name(txn, (uint32_t)id)
                                        : reg_post_label(txn, (uint32_t)id);
    if (!name) {
        tn_error_set(err, TENURE_E_NOT_FOUND, "no %s #%lld", kind, (long long)id);
        return NULL;
    }
    char before[16];
    int had = registry_link_get(txn, k, (uint32_t)id, before);
    unsigned char kb[5];
    kb[0] = (unsigned char)k;
    reg_put_u32(kb + 1, (uint32_t)id);
    MDB_val key = {5, kb};
    int rc;
    if (item) {
        MDB_val val = {strlen(item), (void *)item};
        rc = mdb_put(txn, reg_links, &key, &val, 0);
        if (rc != 0) {
            json_decref(name);
            reg_fail(err, "mdb_put(links)", rc);
            return NULL;
        }
    } else if (had) {
        rc = mdb_del(txn, reg_links, &key, NULL);
        if (rc != 0 && rc != MDB_NOTFOUND) {
            json_decref(name);
            reg_fail(err, "mdb_del(links)", rc);
            return NULL;
        }
    }
    return json_pack("{s:s,s:I,s:o,s:o,s:o}", "kind", kind, "id", id, "name", name, "wikidata",
                     item ? json_string(item) : json_null(), "previous",
                     had ? json_string(before) : json_null());
}

/* Merge: carry the item of `from` (about to be deleted) to `into`.  Sets
 * *dropped to from's item (16 bytes) and returns 1 when into already has
 * another item, which stays; 0 otherwise; -1 on a store error. */
int registry_link_merge(MDB_txn *txn, char kind, uint32_t from, uint32_t into, char dropped[16],
                        tn_error *err)
{
    char item[16], have[16];
    if (!registry_link_get(txn, kind, from, item))
        return 0;
    unsigned char kb[5];
    kb[0] = (unsigned char)kind;
    reg_put_u32(kb + 1, from);
    MDB_val key = {5, kb};
    int rc = mdb_del(txn, reg_links, &key, NULL);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_del(links)", rc);
    if (registry_link_get(txn, kind, into, have)) {
        if (strcmp(have, item) == 0)
            return 0;
        memcpy(dropped, item, sizeof item);
        return 1;
    }
    reg_put_u32(kb + 1, into);
    MDB_val val = {strlen(item), item};
    rc = mdb_put(txn, reg_links, &key, &val, 0);
    return rc != 0 ? reg_fail(err, "mdb_put(links)", rc) : 0;
}

/* ---- the operator's table of post items ------------------------------- */

struct reg_link_row {
    char *fold; /* tx_fold of the post label */
    char item[16];
};

struct registry_link_table {
    struct reg_link_row *rows;
    size_t n;
};

/* qsort/bsearch by fold. */
static int reg_link_cmp(const void *a, const void *b)
{
    return strcmp(((const struct reg_link_row *)a)->fold, ((const struct reg_link_row *)b)->fold);
}

void registry_link_table_free(struct registry_link_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++)
        free(t->rows[i].fold);
    free(t->rows);
    free(t);
}

/* Load dir/wikidata_posts.tsv ("post<TAB>wikidata", '#' comments, a header
 * line).  A missing file is an empty table.  NULL with err on a bad line. */
struct registry_link_table *registry_link_table_load(const char *dir, tn_error *err)
{
    struct registry_link_table *t = xcalloc(1, sizeof *t);
    char path[4096];
    snprintf(path, sizeof path, "%s/wikidata_posts.tsv", dir ? dir : ".");
    FILE *f = fopen(path, "r");
    if (!f)
        return t; /* no table: nothing linked by it */
    char line[2048];
    size_t cap = 0;
    int lineno = 0, header = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t n = strcspn(line, "\r\n");
        line[n] = '\0';
        if (line[0] == '#' || n == 0)
            continue;
        char *tab = strchr(line, '\t');
        if (!header) {
            header = 1;
            if (strcmp(line, "post\twikidata") != 0) {
                tn_error_set(err, TENURE_E_INTERNAL_ERROR,
                             "%s:%d: the header must be \"post<TAB>wikidata\"", path, lineno);
                goto bad;
            }
            continue;
        }
        if (!tab || !registry_link_valid(tab + 1) || tab == line) {
            tn_error_set(err, TENURE_E_INTERNAL_ERROR,
                         "%s:%d: expected a post label, a tab and an item id such as Q42", path,
                         lineno);
            goto bad;
        }
        *tab = '\0';
        char *fold = tx_fold(line);
        if (!fold) {
            tn_error_set(err, TENURE_E_INTERNAL_ERROR, "%s:%d: not UTF-8", path, lineno);
            goto bad;
        }
        if (t->n == cap) {
            cap = cap ? cap * 2 : 16;
            t->rows = xrealloc(t->rows, cap * sizeof *t->rows);
        }
        t->rows[t->n].fold = fold;
        snprintf(t->rows[t->n].item, sizeof t->rows[t->n].item, "%s", tab + 1);
        t->n++;
    }
    if (ferror(f)) {
        tn_error_set(err, TENURE_E_INTERNAL_ERROR, "%s: %s", path, strerror(errno));
        goto bad;
    }
    fclose(f);
    if (t->n)
        qsort(t->rows, t->n, sizeof *t->rows, reg_link_cmp);
    return t;
bad:
    fclose(f);
    registry_link_table_free(t);
    return NULL;
}

/* The item of a post: its link in the store, else the table's row for its
 * label.  1 found (out filled), 0 none. */
int registry_link_post(MDB_txn *txn, const struct registry_link_table *t, uint32_t post,
                       char out[16])
{
    if (registry_link_get(txn, REG_KIND_POST, post, out))
        return 1;
    if (!t || t->n == 0)
        return 0;
    json_t *label = reg_post_label(txn, post);
    char *key = label ? tx_fold(json_string_value(label)) : NULL;
    json_decref(label);
    if (!key)
        return 0;
    struct reg_link_row probe = {key, ""};
    const struct reg_link_row *hit = bsearch(&probe, t->rows, t->n, sizeof *t->rows, reg_link_cmp);
    free(key);
    if (!hit)
        return 0;
    memcpy(out, hit->item, sizeof hit->item);
    return 1;
}
