/*
 * registry_reconcile.c — scoring candidates for a batch of names, the
 * answer of the "reconcile" method and of the OpenRefine reconciliation
 * service (Reconciliation Service API v0.2, daemon/http_reconcile.c).
 *
 * Owns turning one query {query, type, limit, properties} into ranked
 * candidates {id, name, description, score, match, type, features}:
 *   - names resolve through reg_lookup (exact keys, diacritic-free folds,
 *     word matches; registry_lookup.c), plus, for a person, a name given
 *     as its initials ("PMC", "pmc": one letter per word of the name);
 *   - property "post" (also "position", "held post", P39) keeps the name
 *     score only for a person who held a post matching it, and "date"
 *     (also "at", "at date", P585) asks that the tenure (of that post, or
 *     any) covers the date: certain or possible (tenure_bounds.c);
 *   - the score (0..100) weighs name 50, post 30, date 20 over the
 *     properties given; "match" is true only for a candidate scoring 90 or
 *     more with no other within 10 points, so namesakes are never matched
 *     without a property that tells them apart.
 * Identifiers are "person/N", "post/N", "org/N" (paths of the web pages).
 * Read-only: runs inside the caller's read transaction.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "registry_int.h"

/* Candidates read per query (before constraints narrow them). */
#define REC_CANDIDATES 32
/* Posts a "post" property may resolve to. */
#define REC_POSTS 16
/* Word index entries read for one initialism. */
#define REC_INITIALS_SCAN 20000
/* Score of a name given by its initials. */
#define REC_INITIALS_SCORE 80
/* Most words of a name considered for initials. */
#define REC_TOKENS 32
/* Most candidates returned for one query. */
#define REC_LIMIT_MAX 25

enum rec_type { REC_PERSON, REC_POST, REC_ORG };

static const char *const rec_type_id[] = {"Person", "Post", "Organization"};

/* A type identifier as a query gives it (case-insensitive; FtM's and
 * Popolo's names too); -1 when unknown. */
static int rec_type_parse(const char *s)
{
    if (!strcasecmp(s, "Person") || !strcasecmp(s, "persons"))
        return REC_PERSON;
    if (!strcasecmp(s, "Post") || !strcasecmp(s, "Position") || !strcasecmp(s, "posts"))
        return REC_POST;
    if (!strcasecmp(s, "Organization") || !strcasecmp(s, "Organisation") || !strcasecmp(s, "org") ||
        !strcasecmp(s, "organizations"))
        return REC_ORG;
    return -1;
}

/* The first usable value of a property "v": a string, a number (a year),
 * an {id,name} object (its name), or the first of an array. */
static const char *rec_value(json_t *v, char *buf, size_t cap)
{
    if (json_is_array(v))
        v = json_array_get(v, 0);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_integer(v)) {
        snprintf(buf, cap, "%lld", (long long)json_integer_value(v));
        return buf;
    }
    if (json_is_real(v)) {
        snprintf(buf, cap, "%.0f", json_real_value(v));
        return buf;
    }
    if (json_is_object(v)) {
        json_t *n = json_object_get(v, "name");
        if (!json_is_string(n))
            n = json_object_get(v, "id");
        return json_string_value(n);
    }
    return NULL;
}

static int rec_pid_is(const char *pid, const char *const *names)
{
    for (; *names; names++)
        if (!strcasecmp(pid, *names))
            return 1;
    return 0;
}

static const char *const rec_post_pids[] = {"post", "position", "held post", "held_post",
                                            "P39",  "role",     "title",     NULL};
static const char *const rec_date_pids[] = {"date", "at",   "at date", "at_date",
                                            "P585", "year", NULL};

/* Persons whose name has as many words as the initials and whose words
 * start with them in order ("pmc"): the word index's range under the first
 * letter, each person counted at its first word. */
static int rec_initials(MDB_txn *txn, const char *query, reg_match *m, size_t *n, size_t cap,
                        tn_error *err)
{
    char ini[8];
    size_t k = 0;
    for (const char *p = query; *p; p++) {
        if (!isalpha((unsigned char)*p) || k + 1 >= sizeof ini)
            return 0;
        ini[k++] = (char)tolower((unsigned char)*p);
    }
    ini[k] = '\0';
    if (k < 2 || k > 6)
        return 0;
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.tokens, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(words)", rc);
    MDB_val key = {1, ini}, val;
    size_t scanned = 0;
    for (rc = mdb_cursor_get(cur, &key, &val, MDB_SET_RANGE);
         rc == 0 && scanned < REC_INITIALS_SCAN; rc = mdb_cursor_get(cur, &key, &val, MDB_NEXT)) {
        scanned++;
        if (key.mv_size == 0 || ((const char *)key.mv_data)[0] != ini[0])
            break;
        char kind;
        uint32_t id;
        const char *fold;
        size_t fl;
        if (reg_word_fold(txn, &val, &kind, &id, &fold, &fl) != 0 || kind != REG_KIND_PERSON)
            continue;
        char buf[REG_MAX_KEY + 1], *tok[REC_TOKENS];
        if (fl >= sizeof buf)
            continue;
        memcpy(buf, fold, fl);
        buf[fl] = '\0';
        size_t nt = reg_tokenize(buf, tok, REC_TOKENS);
        if (nt != k || strlen(tok[0]) != key.mv_size ||
            memcmp(tok[0], key.mv_data, key.mv_size) != 0)
            continue;
        size_t i = 0;
        while (i < k && tok[i][0] == ini[i])
            i++;
        if (i < k)
            continue;
        size_t j;
        for (j = 0; j < *n && m[j].id != id; j++)
            ;
        if (j == *n && *n < cap) {
            m[*n].id = id;
            m[*n].score = REC_INITIALS_SCORE;
            m[*n].weight = reg_dup_count(txn, reg_db.evidence_by_person, id);
            (*n)++;
        }
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(words)", rc);
    return 0;
}

/* One candidate being scored. */
struct rec_cand {
    uint32_t id;
    int name_score;
    size_t weight;
    int post_hit; /* held a post the property names */
    int date_hit; /* 0 no, 1 possible, 2 certain */
    double score;
    json_t *description; /* a string, or NULL */
};

/* Year span of a tenure as "2016" or "2016–2019"; "" when undated. */
static void rec_years(const tb_tenure *t, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (!tb_span_known(&t->first_seen))
        return;
    pdate a = tb_span_pdate(&t->first_seen), z = tb_span_pdate(&t->last_seen);
    if (!tb_span_known(&t->last_seen) || a.year == z.year)
        snprintf(buf, cap, "%d", a.year);
    else
        snprintf(buf, cap, "%d–%d", a.year, z.year);
}

/* Check a person's tenures against the post and date properties and
 * describe the person by up to three posts. */
static int rec_person_check(MDB_txn *txn, struct rec_cand *c, const reg_match *posts, int nposts,
                            int has_date, int32_t lo, int32_t hi, tn_error *err)
{
    MDB_cursor *cur;
    unsigned char k0[8] = {0};
    reg_put_u32(k0, c->id);
    MDB_val k = {8, k0}, v;
    int rc = mdb_cursor_open(txn, reg_db.tenures, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(tenures)", rc);
    char desc[512];
    size_t dl = 0, shown = 0;
    desc[0] = '\0';
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (k.mv_size != 8 || reg_get_u32(k.mv_data) != c->id)
            break;
        if (v.mv_size != sizeof(tb_tenure))
            continue;
        tb_tenure t;
        memcpy(&t, v.mv_data, sizeof t);
        uint32_t post = reg_get_u32((const unsigned char *)k.mv_data + 4);
        int post_ok = nposts == 0;
        for (int i = 0; i < nposts && !post_ok; i++)
            post_ok = posts[i].id == post;
        if (nposts > 0 && post_ok)
            c->post_hit = 1;
        if (has_date && post_ok) {
            int cert = (int)tb_certainty_at(&t, lo, hi);
            if (cert > c->date_hit)
                c->date_hit = cert;
        }
        if (shown < 3) {
            json_t *label = reg_post_label(txn, post);
            char years[32];
            rec_years(&t, years, sizeof years);
            if (label) {
                int w = snprintf(desc + dl, sizeof desc - dl, "%s%s%s%s%s", shown ? "; " : "",
                                 json_string_value(label), *years ? " (" : "", years,
                                 *years ? ")" : "");
                if (w > 0 && (size_t)w < sizeof desc - dl) {
                    dl += (size_t)w;
                    shown++;
                }
                json_decref(label);
            }
        }
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(tenures)", rc);
    if (dl)
        c->description = json_string(desc);
    return 0;
}

static int rec_cand_cmp(const void *a, const void *b)
{
    const struct rec_cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    if (x->weight != y->weight)
        return x->weight < y->weight ? 1 : -1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* One query's answer: {"result":[...]}; NULL with err on a bad query. */
static json_t *rec_query(MDB_txn *txn, const tx_lexicon *lx, const char *qid, json_t *q,
                         tn_error *err)
{
    if (!json_is_object(q)) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS,
                     "invalid params: query '%.64s' must be an "
                     "object",
                     qid);
        return NULL;
    }
    json_t *qs = json_object_get(q, "query"), *tv = json_object_get(q, "type"),
           *lim = json_object_get(q, "limit"), *props = json_object_get(q, "properties");
    if ((qs && !json_is_string(qs)) || (lim && !json_is_number(lim)) ||
        (props && !json_is_array(props))) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS,
                     "invalid params: query '%.64s': query must be a string, limit a number, "
                     "properties an array",
                     qid);
        return NULL;
    }
    int type = REC_PERSON;
    if (json_is_array(tv))
        tv = json_array_get(tv, 0);
    if (json_is_string(tv) && (type = rec_type_parse(json_string_value(tv))) < 0)
        return json_pack("{s:[]}", "result"); /* a type this registry does not hold */
    int limit = lim ? (int)json_number_value(lim) : 5;
    if (limit < 1)
        limit = 5;
    if (limit > REC_LIMIT_MAX)
        limit = REC_LIMIT_MAX;

    const char *post_text = NULL, *date_text = NULL;
    char pbuf[32], dbuf[32];
    size_t i;
    json_t *p;
    json_array_foreach(props, i, p)
    {
        const char *pid = json_string_value(json_object_get(p, "pid"));
        if (!pid)
            continue;
        if (rec_pid_is(pid, rec_post_pids))
            post_text = rec_value(json_object_get(p, "v"), pbuf, sizeof pbuf);
        else if (rec_pid_is(pid, rec_date_pids))
            date_text = rec_value(json_object_get(p, "v"), dbuf, sizeof dbuf);
    }
    const char *text = qs ? json_string_value(qs) : NULL;
    if (!text || !*text) /* v0.2 allows properties alone; names are what we hold */
        return json_pack("{s:[]}", "result");

    int32_t lo = 0, hi = 0;
    int has_date = 0;
    if (date_text && *date_text && type == REC_PERSON) {
        pdate d;
        if (pdate_parse(date_text, &d) < 0) {
            tn_error_set(err, TENURE_E_INVALID_PARAMS,
                         "invalid params: query '%.64s': date must be YYYY, YYYY-MM or "
                         "YYYY-MM-DD",
                         qid);
            return NULL;
        }
        lo = pdate_first_day(&d);
        hi = pdate_last_day(&d);
        has_date = 1;
    }
    reg_match posts[REC_POSTS];
    int nposts = 0;
    if (post_text && *post_text && type == REC_PERSON) {
        nposts = reg_lookup(txn, lx, REG_KIND_POST, post_text, posts, REC_POSTS, err);
        if (nposts < 0)
            return NULL;
        if (nposts == 0)
            posts[0].id = 0; /* nothing matches: nobody held it */
    }
    int has_post = post_text && *post_text && type == REC_PERSON;

    char kind = type == REC_PERSON ? REG_KIND_PERSON
                : type == REC_POST ? REG_KIND_POST
                                   : REG_KIND_ORG;
    reg_match m[REC_CANDIDATES];
    int nm = reg_lookup(txn, lx, kind, text, m, REC_CANDIDATES, err);
    if (nm < 0)
        return NULL;
    size_t n = (size_t)nm;
    if (kind == REG_KIND_PERSON && rec_initials(txn, text, m, &n, REC_CANDIDATES, err) < 0)
        return NULL;

    struct rec_cand c[REC_CANDIDATES];
    memset(c, 0, sizeof c);
    for (size_t j = 0; j < n; j++) {
        c[j].id = m[j].id;
        c[j].name_score = m[j].score > 100 ? 100 : m[j].score;
        c[j].weight = m[j].weight;
        if (kind == REG_KIND_PERSON) {
            if (rec_person_check(txn, &c[j], posts, has_post ? (nposts ? nposts : 1) : 0, has_date,
                                 lo, hi, err) < 0) {
                for (size_t x = 0; x <= j; x++)
                    json_decref(c[x].description);
                return NULL;
            }
        } else if (kind == REG_KIND_POST) {
            reg_post pr;
            int g = reg_post_get(txn, c[j].id, &pr, err);
            if (g < 0) {
                for (size_t x = 0; x < j; x++)
                    json_decref(c[x].description);
                return NULL;
            }
            if (g == 0 && pr.org)
                c[j].description = reg_org_name(txn, pr.org);
        }
        double w = 50, s = 50.0 * c[j].name_score / 100.0;
        if (has_post) {
            w += 30;
            s += c[j].post_hit ? 30 : 0;
        }
        if (has_date) {
            w += 20;
            s += c[j].date_hit == TB_CERTAIN ? 20 : c[j].date_hit == TB_POSSIBLE ? 12 : 0;
        }
        c[j].score = 100.0 * s / w;
    }
    qsort(c, n, sizeof c[0], rec_cand_cmp);

    json_t *result = json_array();
    const char *prefix = kind == REG_KIND_PERSON ? "person"
                         : kind == REG_KIND_POST ? "post"
                                                 : "org";
    for (size_t j = 0; j < n; j++) {
        if ((int)j < limit) {
            json_t *name = kind == REG_KIND_PERSON ? reg_person_name(txn, c[j].id)
                           : kind == REG_KIND_POST ? reg_post_label(txn, c[j].id)
                                                   : reg_org_name(txn, c[j].id);
            char id[32];
            snprintf(id, sizeof id, "%s/%u", prefix, c[j].id);
            double score = (double)(long)(c[j].score * 10 + 0.5) / 10;
            /* only the best, and only when clearly ahead */
            int match = j == 0 && c[0].score >= 90 && (n == 1 || c[1].score < c[0].score - 10);
            json_t *features = json_pack("[{s:s,s:i}]", "id", "name", "value", c[j].name_score);
            if (has_post)
                json_array_append_new(features,
                                      json_pack("{s:s,s:b}", "id", "post", "value", c[j].post_hit));
            if (has_date)
                json_array_append_new(features, json_pack("{s:s,s:b}", "id", "date", "value",
                                                          c[j].date_hit != TB_NO));
            json_t *o =
                json_pack("{s:s,s:o,s:f,s:b,s:[{s:s,s:s}],s:o}", "id", id, "name",
                          name ? name : json_string(""), "score", score, "match", match, "type",
                          "id", rec_type_id[type], "name", rec_type_id[type], "features", features);
            if (c[j].description)
                json_object_set(o, "description", c[j].description);
            json_array_append_new(result, o);
        }
        json_decref(c[j].description);
    }
    return json_pack("{s:o}", "result", result);
}

json_t *registry_reconcile(MDB_txn *txn, const tx_lexicon *lx, json_t *queries, tn_error *err)
{
    if (json_object_size(queries) > REGISTRY_RECONCILE_MAX) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS,
                     "invalid params: at most %d queries in one batch", REGISTRY_RECONCILE_MAX);
        return NULL;
    }
    json_t *out = json_object();
    const char *key;
    json_t *q;
    json_object_foreach(queries, key, q)
    {
        json_t *r = rec_query(txn, lx, key, q, err);
        if (!r) {
            json_decref(out);
            return NULL;
        }
        json_object_set_new(out, key, r);
    }
    return out;
}
