/*
 * registry_export.c — the registry in its neighbours' formats, one page at
 * a time: Popolo JSON, Wikidata QuickStatements, FollowTheMoney entities
 * and CSV rows (one per tenure).
 *
 * An export walks four sections in key order — persons, organizations,
 * posts, memberships (tenures) — and a page stops after `limit` keys with
 * a cursor "<section>:<hex key>" naming the last key read, so both the
 * daemon and the client work in constant memory however large the
 * registry.  QuickStatements and CSV walk the memberships only.  Partial
 * dates keep their precision: a bound interval is written as the finest
 * date (day, month, year) that contains it, or left out when it spans
 * years.
 *
 * What a format needs beyond the registry is vocabulary read from the
 * lexicon directory at each call: conf/lexicon/pep_levels.tsv (a post's
 * level → FtM topics, usual term, the body a post written without its
 * organization belongs to), countries.tsv (a post naming a foreign country
 * is not Vietnamese) and the operator's wikidata_posts.tsv
 * (registry_link.c).  Occupancy status follows OpenSanctions' rules: ended
 * when the evidence or a successor ends it (dropped five years after),
 * current while the last evidence is younger than the post's usual term,
 * unknown otherwise (news is not a register kept current).
 */
#include "registry_int.h"
#include "store.h"
#include "tenure/extract.h"
#include "xmalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define EXPORT_DEFAULT_LIMIT 500
#define EXPORT_MAX_LIMIT 10000
/* Articles cited per membership. */
#define EXPORT_SOURCES 3
/* OpenSanctions keeps an ended occupancy this long after its end. */
#define EXPORT_AFTER_OFFICE_DAYS (5 * 365 + 1)
/* The usual term when no row of pep_levels.tsv says otherwise. */
#define EXPORT_DEFAULT_TERM_YEARS 5

enum export_format { EXPORT_POPOLO, EXPORT_QS, EXPORT_FTM, EXPORT_CSV };

static const char export_sections[] = "potm"; /* persons orgs posts memberships */
static const char *const export_section_names[] = {"persons", "organizations", "posts",
                                                   "memberships"};

/* One row of pep_levels.tsv. */
struct export_level {
    char *phrase; /* folded, padded with spaces: " bo chinh tri " */
    json_t *topics;
    int term_years;
    char *body; /* display name of the implied body, or NULL */
};

/* Everything one call needs besides the transaction. */
struct export_ctx {
    MDB_txn *txn;
    enum export_format f;
    int32_t today; /* "as of": status is decided at this day */
    struct export_level *levels;
    size_t nlevels;
    char **countries; /* folded, padded */
    size_t ncountries;
    struct registry_link_table *links;
    json_t *unlinked; /* QuickStatements: post ids left out on this page */
    json_int_t unlinked_tenures;
};

/* ---- vocabulary tables ---------------------------------------------------- */

/* " fold " of a display string (malloc'd), NULL on invalid UTF-8. */
static char *export_padded_fold(const char *s)
{
    char *f = tx_fold(s);
    if (!f)
        return NULL;
    size_t n = strlen(f);
    char *p = xmalloc(n + 3);
    p[0] = ' ';
    memcpy(p + 1, f, n);
    p[n + 1] = ' ';
    p[n + 2] = '\0';
    free(f);
    return p;
}

/* Split a line into tab-separated columns in place; the count. */
static int export_columns(char *line, char **cols, int max)
{
    int n = 0;
    for (char *p = line; n < max;) {
        cols[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
    return n;
}

/* Read a TSV file of the lexicon: each data row goes to add(); '#' lines
 * and the header (which must equal `header`) are skipped.  A missing file
 * reads as empty.  0, or -1 with err naming file:line. */
static int export_read_tsv(const char *dir, const char *name, const char *header,
                           int (*add)(struct export_ctx *, char **, int), struct export_ctx *x,
                           tn_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir ? dir : ".", name);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char line[2048];
    int lineno = 0, seen_header = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        if (!seen_header) {
            seen_header = 1;
            if (strcmp(line, header) != 0) {
                tn_error_set(err, TENURE_E_INTERNAL_ERROR, "%s:%d: the header must be \"%s\"", path,
                             lineno, header);
                rc = -1;
            }
            continue;
        }
        char *cols[8];
        int n = export_columns(line, cols, 8);
        if (add(x, cols, n) != 0) {
            tn_error_set(err, TENURE_E_INTERNAL_ERROR, "%s:%d: malformed row", path, lineno);
            rc = -1;
        }
    }
    if (rc == 0 && ferror(f)) {
        tn_error_set(err, TENURE_E_INTERNAL_ERROR, "%s: %s", path, strerror(errno));
        rc = -1;
    }
    fclose(f);
    return rc;
}

/* pep_levels.tsv: phrase, topics (comma-separated), term in years, body. */
static int export_add_level(struct export_ctx *x, char **cols, int n)
{
    if (n != 4)
        return -1;
    char *end;
    long years = strtol(cols[2], &end, 10);
    if (*end || years < 1 || years > 50)
        return -1;
    char *phrase = export_padded_fold(cols[0]);
    if (!phrase || strlen(phrase) < 3) {
        free(phrase);
        return -1;
    }
    json_t *topics = json_array();
    for (char *t = strtok(cols[1], ","); t; t = strtok(NULL, ","))
        if (*t && strcmp(t, "-") != 0)
            json_array_append_new(topics, json_string(t));
    struct export_level *l = xrealloc(x->levels, (x->nlevels + 1) * sizeof *l);
    x->levels = l;
    l += x->nlevels++;
    l->phrase = phrase;
    l->topics = topics;
    l->term_years = (int)years;
    l->body = strcmp(cols[3], "-") == 0 ? NULL : xstrdup(cols[3]);
    return 0;
}

/* countries.tsv: one country per row. */
static int export_add_country(struct export_ctx *x, char **cols, int n)
{
    char *c = export_padded_fold(cols[0]);
    if (!c || n != 1) {
        free(c);
        return -1;
    }
    char **v = xrealloc(x->countries, (x->ncountries + 1) * sizeof *v);
    x->countries = v;
    v[x->ncountries++] = c;
    return 0;
}

static void export_ctx_free(struct export_ctx *x)
{
    for (size_t i = 0; i < x->nlevels; i++) {
        free(x->levels[i].phrase);
        free(x->levels[i].body);
        json_decref(x->levels[i].topics);
    }
    free(x->levels);
    for (size_t i = 0; i < x->ncountries; i++)
        free(x->countries[i]);
    free(x->countries);
    registry_link_table_free(x->links);
    json_decref(x->unlinked);
}

/* What the post's label says about it: its level row (or NULL) and whether
 * it names a foreign country. */
static const struct export_level *export_level_of(const struct export_ctx *x, const char *label,
                                                  int *foreign)
{
    char *fold = export_padded_fold(label ? label : "");
    const struct export_level *hit = NULL;
    *foreign = 0;
    if (!fold)
        return NULL;
    /* The extractor keeps a foreign country at the end of the label
     * ("Thủ tướng Singapore", "Bộ trưởng Ngoại giao Pháp"); one inside it
     * is a word of a Vietnamese body ("Ủy ban Tư pháp Quốc hội"), and "tại"
     * before it names where a Vietnamese official serves ("Đại sứ Việt Nam
     * tại Pháp"). */
    size_t fl = strlen(fold);
    for (size_t i = 0; i < x->ncountries && !*foreign; i++) {
        size_t cl = strlen(x->countries[i]);
        if (cl <= fl && strcmp(fold + fl - cl, x->countries[i]) == 0 &&
            !(fl - cl >= 4 && memcmp(fold + fl - cl - 4, " tai", 4) == 0))
            *foreign = 1;
    }
    for (size_t i = 0; i < x->nlevels && !hit; i++)
        if (strstr(fold, x->levels[i].phrase))
            hit = &x->levels[i];
    free(fold);
    return hit;
}

/* ---- dates ------------------------------------------------------------------ */

/* The finest partial date containing [lo, hi]; precision NONE when the
 * interval is open or spans more than a year. */
static pdate export_pin(int32_t lo, int32_t hi)
{
    pdate none = {0, 0, 0, PDATE_NONE};
    if (lo == TB_OPEN_LO || hi == TB_OPEN_HI || lo > hi)
        return none;
    pdate a = pdate_from_days(lo), b = pdate_from_days(hi);
    if (a.year != b.year)
        return none;
    if (lo == hi)
        return a;
    a.day = 0;
    a.prec = PDATE_MONTH;
    if (a.month != b.month) {
        a.month = 0;
        a.prec = PDATE_YEAR;
    }
    return a;
}

/* A pinned date as "YYYY[-MM[-DD]]" or NULL. */
static json_t *export_pin_json(int32_t lo, int32_t hi)
{
    char buf[16];
    pdate d = export_pin(lo, hi);
    return d.prec == PDATE_NONE ? NULL : json_string(pdate_format(&d, buf));
}

/* Wikidata time value with its precision (/9 year, /10 month, /11 day). */
static int export_qs_time(int32_t lo, int32_t hi, char *buf, size_t size)
{
    pdate d = export_pin(lo, hi);
    if (d.prec == PDATE_NONE)
        return -1;
    snprintf(buf, size, "+%04d-%02d-%02dT00:00:00Z/%d", d.year, d.month, d.day,
             d.prec == PDATE_DAY     ? 11
             : d.prec == PDATE_MONTH ? 10
                                     : 9);
    return 0;
}

/* ---- statuses ---------------------------------------------------------------- */

/* OpenSanctions' occupancy status of a tenure as of x->today; NULL when the
 * occupancy ended so long ago that a PEP list drops it. */
static const char *export_status(const struct export_ctx *x, const tb_tenure *t, int term_years)
{
    int ended = t->e2 != TB_OPEN_HI || t->last_status == TB_FORMER || t->last_status == TB_ENDED;
    if (ended && t->e1 != TB_OPEN_LO && t->e1 > x->today)
        ended = 0; /* it ends after the day asked about */
    if (ended) {
        int32_t end = t->e2 != TB_OPEN_HI            ? t->e2
                      : tb_span_known(&t->last_seen) ? t->last_seen.hi
                                                     : TB_OPEN_HI;
        if (end != TB_OPEN_HI && (int64_t)end < (int64_t)x->today - EXPORT_AFTER_OFFICE_DAYS)
            return NULL;
        return "ended";
    }
    if (!tb_span_known(&t->last_seen))
        return "unknown"; /* no dated evidence at all */
    int64_t term = (int64_t)term_years * 36525 / 100;
    if ((int64_t)t->last_seen.hi < (int64_t)x->today - term)
        return "unknown"; /* last seen longer ago than a term: nobody says it goes on */
    return "current";
}

/* How sure the registry is that the person held the post: "certain" when
 * dated evidence shows them in it, "undated" when no evidence is dated,
 * "possible" otherwise (only statements that they had left it). */
static const char *export_certainty(const tb_tenure *t)
{
    if (!tb_span_known(&t->last_seen))
        return "undated";
    return tb_span_known(&t->hold_first) ? "certain" : "possible";
}

/* ---- pieces ------------------------------------------------------------------ */

/* Whether s is an http(s) URL. */
static int export_is_url(const char *s)
{
    return s && (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0);
}

/* Quote a string for QuickStatements (double quotes cannot be escaped). */
static char *export_qs_quote(const char *s)
{
    size_t n = strlen(s);
    char *q = xmalloc(n + 3);
    q[0] = '"';
    for (size_t i = 0; i < n; i++)
        q[i + 1] = (s[i] == '"' || s[i] == '\t' || s[i] == '\n') ? ' ' : s[i];
    q[n + 1] = '"';
    q[n + 2] = '\0';
    return q;
}

/* Up to EXPORT_SOURCES article summaries behind a tenure; with urls_only,
 * only articles whose source is a URL count. */
static json_t *export_sources(MDB_txn *txn, uint32_t person, uint32_t post, int urls_only)
{
    MDB_cursor *cur;
    unsigned char pk[4], pv[REG_EVIDX_LEN] = {0};
    json_t *list = json_array();
    reg_put_u32(pk, person);
    reg_put_u32(pv, post);
    MDB_val k = {4, pk}, v = {REG_EVIDX_LEN, pv};
    if (mdb_cursor_open(txn, reg_db.evidence_by_person, &cur) != 0)
        return list;
    const unsigned char *prev = NULL;
    unsigned char last[16];
    for (int rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH_RANGE);
         rc == 0 && json_array_size(list) < EXPORT_SOURCES;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        const unsigned char *d = v.mv_data;
        if (reg_get_u32(d) != post)
            break;
        if (prev && memcmp(last, d + 8, 16) == 0)
            continue; /* two claims of one article */
        memcpy(last, d + 8, 16);
        prev = last;
        json_t *s = store_article_summary(txn, d + 8);
        if (!s) {
            char hex[33];
            store_article_id_hex(d + 8, hex);
            s = json_pack("{s:s}", "article", hex);
        }
        if (urls_only && !export_is_url(json_string_value(json_object_get(s, "source")))) {
            json_decref(s);
            continue;
        }
        json_array_append_new(list, s);
    }
    mdb_cursor_close(cur);
    return list;
}

/* Popolo / FtM id strings. */
static json_t *export_id(enum export_format f, const char *kind, uint32_t a)
{
    return f == EXPORT_FTM ? json_sprintf("tenure-%s-%u", kind, a) : json_sprintf("%s/%u", kind, a);
}

/* The organization of a post for Popolo: its own, else the body its level
 * implies (a real organization of that name when the registry has one,
 * else "organization/body-N" written in the organizations section); 0 and
 * no id when it has none: a bare role, not a post. */
static json_t *export_post_org(const struct export_ctx *x, const reg_post *p)
{
    if (p->org)
        return export_id(x->f, "organization", p->org);
    char *label = xstrndup(p->label, p->label_len);
    int foreign;
    const struct export_level *l = export_level_of(x, label, &foreign);
    free(label);
    if (!l || !l->body || foreign)
        return NULL;
    char *fold = tx_fold(l->body);
    if (fold) {
        MDB_val k = reg_key_val(fold), v;
        int rc = mdb_get(x->txn, reg_db.org_by_fold, &k, &v);
        free(fold);
        if (rc == 0 && v.mv_size == 4)
            return export_id(x->f, "organization", reg_get_u32(v.mv_data));
    }
    return json_sprintf("organization/body-%zu", (size_t)(l - x->levels) + 1);
}

/* The implied bodies that are not organizations of the registry, as
 * Popolo organizations (written once, before the registry's own). */
static void export_bodies(const struct export_ctx *x, json_t *items)
{
    /* only the bodies some post without an organization implies */
    unsigned char *used = xcalloc(x->nlevels + 1, 1);
    MDB_cursor *cur;
    MDB_val k, v;
    if (mdb_cursor_open(x->txn, reg_db.posts, &cur) == 0) {
        for (int rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
             rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
            reg_post p;
            if (k.mv_size != 4 || reg_post_get(x->txn, reg_get_u32(k.mv_data), &p, NULL) != 0 ||
                p.org)
                continue;
            char *label = xstrndup(p.label, p.label_len);
            int foreign;
            const struct export_level *l = export_level_of(x, label, &foreign);
            free(label);
            if (l && !foreign)
                used[l - x->levels] = 1;
        }
        mdb_cursor_close(cur);
    }
    for (size_t i = 0; i < x->nlevels; i++) {
        const struct export_level *l = &x->levels[i];
        if (!l->body || !used[i])
            continue;
        char *fold = tx_fold(l->body);
        MDB_val fk = reg_key_val(fold ? fold : ""), fv;
        int known = fold && mdb_get(x->txn, reg_db.org_by_fold, &fk, &fv) == 0;
        free(fold);
        if (known)
            continue;
        json_array_append_new(items,
                              json_pack("{s:s,s:{s:o,s:s,s:{s:b}}}", "section", "organizations",
                                        "value", "id", json_sprintf("organization/body-%zu", i + 1),
                                        "name", l->body, "extra", "implied", 1));
    }
    free(used);
}

/* Whether a person holds a Vietnamese post, whether one of their
 * occupancies is a PEP's, and whether any occupancy is listed at all (one
 * that ended more than five years ago is not), for the FtM Person. */
static void export_person_facts(const struct export_ctx *x, uint32_t person, int *vn, int *pep,
                                int *listed)
{
    MDB_cursor *cur;
    unsigned char kb[8];
    reg_put_u32(kb, person);
    reg_put_u32(kb + 4, 0);
    MDB_val k = {8, kb}, v;
    *vn = *pep = *listed = 0;
    if (mdb_cursor_open(x->txn, reg_db.tenures, &cur) != 0)
        return;
    for (int rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
         rc == 0 && k.mv_size == 8 && reg_get_u32(k.mv_data) == person && !(*vn && *pep && *listed);
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        json_t *label = reg_post_label(x->txn, reg_get_u32((const unsigned char *)k.mv_data + 4));
        int foreign;
        const struct export_level *l =
            export_level_of(x, label ? json_string_value(label) : "", &foreign);
        json_decref(label);
        if (!foreign)
            *vn = 1;
        if (v.mv_size != sizeof(tb_tenure))
            continue;
        tb_tenure t;
        memcpy(&t, v.mv_data, sizeof t);
        if (export_status(x, &t, l ? l->term_years : EXPORT_DEFAULT_TERM_YEARS)) {
            *listed = 1;
            if (l && !foreign)
                *pep = 1;
        }
    }
    mdb_cursor_close(cur);
}

/* One person, organization or post. */
static json_t *export_entity(struct export_ctx *x, int section, uint32_t id)
{
    enum export_format f = x->f;
    char item[16];
    if (section == 0) {
        json_t *name = reg_person_name(x->txn, id);
        if (!name)
            return NULL;
        int linked = registry_link_get(x->txn, REG_KIND_PERSON, id, item);
        if (f == EXPORT_FTM) {
            json_t *o = json_pack("{s:o,s:s,s:{s:[o]}}", "id", export_id(f, "person", id), "schema",
                                  "Person", "properties", "name", name);
            json_t *props = json_object_get(o, "properties");
            int vn, pep, listed;
            export_person_facts(x, id, &vn, &pep, &listed);
            if (!listed) { /* a PEP list names people by their occupancies */
                json_decref(o);
                return NULL;
            }
            if (vn)
                json_object_set_new(props, "country", json_pack("[s]", "vn"));
            if (pep)
                json_object_set_new(props, "topics", json_pack("[s]", "role.pep"));
            if (linked)
                json_object_set_new(props, "wikidataId", json_pack("[s]", item));
            return o;
        }
        json_t *o = json_pack("{s:o,s:o}", "id", export_id(f, "person", id), "name", name);
        if (linked)
            json_object_set_new(o, "identifiers",
                                json_pack("[{s:s,s:s}]", "scheme", "wikidata", "identifier", item));
        return o;
    }
    if (section == 1) {
        json_t *name = reg_org_name(x->txn, id);
        if (!name)
            return NULL;
        if (f == EXPORT_FTM) {
            int foreign;
            export_level_of(x, json_string_value(name), &foreign);
            json_t *o = json_pack("{s:o,s:s,s:{s:[o]}}", "id", export_id(f, "organization", id),
                                  "schema", "Organization", "properties", "name", name);
            if (!foreign)
                json_object_set_new(json_object_get(o, "properties"), "country",
                                    json_pack("[s]", "vn"));
            return o;
        }
        return json_pack("{s:o,s:o}", "id", export_id(f, "organization", id), "name", name);
    }
    reg_post p;
    if (reg_post_get(x->txn, id, &p, NULL) != 0)
        return NULL;
    json_t *label = json_stringn(p.label, p.label_len);
    int linked = registry_link_post(x->txn, x->links, id, item);
    if (f == EXPORT_FTM) {
        json_t *o = json_pack("{s:o,s:s,s:{s:[O]}}", "id", export_id(f, "post", id), "schema",
                              "Position", "properties", "name", label);
        json_t *props = json_object_get(o, "properties");
        int foreign;
        const struct export_level *l = export_level_of(x, json_string_value(label), &foreign);
        json_decref(label);
        if (p.org)
            json_object_set_new(props, "organization",
                                json_pack("[o]", export_id(f, "organization", p.org)));
        if (!foreign)
            json_object_set_new(props, "country", json_pack("[s]", "vn"));
        if (l && !foreign && json_array_size(l->topics))
            json_object_set_new(props, "topics", json_deep_copy(l->topics));
        if (linked)
            json_object_set_new(props, "wikidataId", json_pack("[s]", item));
        return o;
    }
    json_t *org = export_post_org(x, &p);
    if (!org) { /* a bare role ("Bộ trưởng"): memberships carry it */
        json_decref(label);
        return NULL;
    }
    json_t *o = json_pack("{s:o,s:o,s:s%,s:o}", "id", export_id(f, "post", id), "label", label,
                          "role", p.role, p.role_len, "organization_id", org);
    if (linked)
        json_object_set_new(o, "extra", json_pack("{s:s}", "wikidata", item));
    return o;
}

/* The level of a post and whether it is foreign, from its label. */
static const struct export_level *export_post_level(const struct export_ctx *x, uint32_t post,
                                                    int *foreign)
{
    json_t *label = reg_post_label(x->txn, post);
    const struct export_level *l =
        export_level_of(x, label ? json_string_value(label) : "", foreign);
    json_decref(label);
    return l;
}

/* One Popolo membership, FtM occupancy or CSV row (an array of cells);
 * NULL when the format leaves the tenure out. */
static json_t *export_membership(struct export_ctx *x, uint32_t person, uint32_t post,
                                 const tb_tenure *t)
{
    enum export_format f = x->f;
    reg_post p;
    int has_post = reg_post_get(x->txn, post, &p, NULL) == 0;
    int foreign;
    const struct export_level *level = export_post_level(x, post, &foreign);
    int term = level ? level->term_years : EXPORT_DEFAULT_TERM_YEARS;
    const char *status = export_status(x, t, term);
    if (f == EXPORT_FTM && !status)
        return NULL; /* ended more than five years ago */
    json_t *start = export_pin_json(t->s1, t->s2), *end = export_pin_json(t->e1, t->e2);
    if (f == EXPORT_FTM) {
        json_t *props = json_pack("{s:[o],s:[o],s:[s]}", "holder", export_id(f, "person", person),
                                  "post", export_id(f, "post", post), "status", status);
        if (start)
            json_object_set_new(props, "startDate", json_pack("[o]", start));
        if (end)
            json_object_set_new(props, "endDate", json_pack("[o]", end));
        json_t *sources = export_sources(x->txn, person, post, 1), *s;
        json_t *urls = json_array();
        size_t i;
        json_array_foreach(sources, i, s) json_array_append(urls, json_object_get(s, "source"));
        json_decref(sources);
        if (json_array_size(urls))
            json_object_set_new(props, "sourceUrl", urls);
        else
            json_decref(urls);
        return json_pack("{s:o,s:s,s:o}", "id",
                         json_sprintf("tenure-membership-%u-%u", person, post), "schema",
                         "Occupancy", "properties", props);
    }
    if (f == EXPORT_CSV) {
        json_t *name = reg_person_name(x->txn, person), *org = NULL;
        if (has_post && p.org)
            org = reg_org_name(x->txn, p.org);
        json_t *sources = export_sources(x->txn, person, post, 1);
        json_t *url = json_object_get(json_array_get(sources, 0), "source");
        json_t *row = json_pack(
            "[I,o,I,s%,o,o,o,o,o,o,o,s,s,I,o]", (json_int_t)person, name ? name : json_string(""),
            (json_int_t)post, has_post ? p.label : "", has_post ? p.label_len : 0,
            org ? org : json_string(""), reg_day_json(t->s1), reg_day_json(t->s2),
            reg_day_json(t->e1), reg_day_json(t->e2), reg_span_json(&t->first_seen),
            reg_span_json(&t->last_seen), status ? status : "ended", export_certainty(t),
            (json_int_t)t->count, url ? json_incref(url) : json_string(""));
        json_decref(sources);
        json_decref(start);
        json_decref(end);
        return row;
    }
    json_t *o = json_pack("{s:o,s:o}", "id", json_sprintf("membership/%u-%u", person, post),
                          "person_id", export_id(f, "person", person));
    json_t *org = has_post ? export_post_org(x, &p) : NULL;
    if (org) {
        json_object_set_new(o, "post_id", export_id(f, "post", post));
        json_object_set_new(o, "organization_id", org);
    } else if (has_post) /* a bare role: what the person was, not a post */
        json_object_set_new(o, "label", json_stringn(p.label, p.label_len));
    if (has_post && p.role_len)
        json_object_set_new(o, "role", json_stringn(p.role, p.role_len));
    if (start)
        json_object_set_new(o, "start_date", start);
    if (end)
        json_object_set_new(o, "end_date", end);
    json_t *sources = export_sources(x->txn, person, post, 0), *s;
    json_t *links = json_array(), *articles = json_array();
    size_t i;
    json_array_foreach(sources, i, s)
    {
        json_t *url = json_object_get(s, "source"), *title = json_object_get(s, "title");
        json_array_append(articles, json_object_get(s, "article"));
        if (!export_is_url(json_string_value(url)))
            continue;
        json_t *one = json_pack("{s:O}", "url", url);
        if (json_is_string(title))
            json_object_set(one, "note", title);
        json_array_append_new(links, one);
    }
    json_decref(sources);
    if (json_array_size(links))
        json_object_set_new(o, "sources", links);
    else
        json_decref(links);
    json_object_set_new(o, "extra",
                        json_pack("{s:o,s:o,s:I,s:s,s:s,s:o}", "first_seen",
                                  reg_span_json(&t->first_seen), "last_seen",
                                  reg_span_json(&t->last_seen), "evidence", (json_int_t)t->count,
                                  "status", status ? status : "ended", "certainty",
                                  export_certainty(t), "articles", articles));
    return o;
}

/* Whether the person got a QuickStatements item earlier in the walk: a
 * linked post among their tenures before `post`. */
static int export_qs_started(struct export_ctx *x, uint32_t person, uint32_t post)
{
    MDB_cursor *cur;
    unsigned char kb[8];
    char item[16];
    reg_put_u32(kb, person);
    reg_put_u32(kb + 4, 0);
    MDB_val k = {8, kb}, v;
    int found = 0;
    if (mdb_cursor_open(x->txn, reg_db.tenures, &cur) != 0)
        return 0;
    for (int rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
         rc == 0 && !found && k.mv_size == 8 && reg_get_u32(k.mv_data) == person &&
         reg_get_u32((const unsigned char *)k.mv_data + 4) < post;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT))
        found = registry_link_post(x->txn, x->links,
                                   reg_get_u32((const unsigned char *)k.mv_data + 4), item);
    mdb_cursor_close(cur);
    return found;
}

/* Append "\tP\tvalue" to buf when it fits. */
static void export_qs_add(char *buf, size_t size, int *n, const char *prop, const char *value)
{
    if (*n >= 0 && (size_t)*n < size)
        *n += snprintf(buf + *n, size - (size_t)*n, "\t%s\t%s", prop, value);
}

/* QuickStatements lines of one tenure of a linked post: the person's
 * CREATE block first when they have no item and this is their first
 * statement.  *started says whether the person's block is open. */
static void export_qs_lines(struct export_ctx *x, json_t *lines, uint32_t person, uint32_t post,
                            const tb_tenure *t, int *started)
{
    char buf[4096], when[48], post_item[16], person_item[16];
    if (!registry_link_post(x->txn, x->links, post, post_item)) {
        /* no item for the post: a string P39 would be rejected; the client
         * reports these */
        json_array_append_new(x->unlinked, json_integer(post));
        x->unlinked_tenures++;
        return;
    }
    int person_linked = registry_link_get(x->txn, REG_KIND_PERSON, person, person_item);
    if (!person_linked && !*started) {
        json_t *name = reg_person_name(x->txn, person);
        char *q = export_qs_quote(name ? json_string_value(name) : "");
        json_array_append_new(lines, json_string("CREATE"));
        snprintf(buf, sizeof buf, "LAST\tLvi\t%s", q);
        json_array_append_new(lines, json_string(buf));
        json_array_append_new(lines, json_string("LAST\tP31\tQ5"));
        free(q);
        json_decref(name);
    }
    *started = 1;
    int n =
        snprintf(buf, sizeof buf, "%s\tP39\t%s", person_linked ? person_item : "LAST", post_item);
    if (export_qs_time(t->s1, t->s2, when, sizeof when) == 0)
        export_qs_add(buf, sizeof buf, &n, "P580", when);
    if (export_qs_time(t->e1, t->e2, when, sizeof when) == 0)
        export_qs_add(buf, sizeof buf, &n, "P582", when);
    json_t *sources = export_sources(x->txn, person, post, 1);
    json_t *first = json_array_get(sources, 0);
    const char *url = json_string_value(json_object_get(first, "source"));
    if (url) {
        char *qu = export_qs_quote(url);
        export_qs_add(buf, sizeof buf, &n, "S854", qu);
        free(qu);
        /* retrieved: the day the article was fed to tenure */
        const char *ing = json_string_value(json_object_get(first, "ingested"));
        if (ing && strlen(ing) >= 10) {
            snprintf(when, sizeof when, "+%.10sT00:00:00Z/11", ing);
            export_qs_add(buf, sizeof buf, &n, "S813", when);
        }
    }
    json_decref(sources);
    if (n > 0 && (size_t)n < sizeof buf)
        json_array_append_new(lines, json_string(buf));
}

/* Parse "<section>:<hex key>" into a section index and key bytes. */
static int export_parse_cursor(const char *after, int *section, unsigned char *key, size_t *len)
{
    if (!after) {
        *section = 0;
        *len = 0;
        return 0;
    }
    const char *s = after[0] ? strchr(export_sections, after[0]) : NULL;
    if (!s || after[1] != ':')
        return -1;
    size_t hl = strlen(after + 2);
    if (hl % 2 || hl > 16)
        return -1;
    for (size_t i = 0; i < hl / 2; i++) {
        unsigned v;
        if (sscanf(after + 2 + 2 * i, "%2x", &v) != 1)
            return -1;
        key[i] = (unsigned char)v;
    }
    *section = (int)(s - export_sections);
    *len = hl / 2;
    return 0;
}

/* The database a section walks. */
static MDB_dbi export_dbi(int section)
{
    switch (section) {
    case 0:
        return reg_db.persons;
    case 1:
        return reg_db.orgs;
    case 2:
        return reg_db.posts;
    default:
        return reg_db.tenures;
    }
}

/* One page of an export. */
json_t *registry_export(MDB_txn *txn, const char *lexicon_dir, const char *format,
                        const char *after, int limit, const char *as_of, tn_error *err)
{
    struct export_ctx x = {.txn = txn};
    int section;
    unsigned char key[8];
    size_t klen;
    if (strcmp(format, "popolo") == 0)
        x.f = EXPORT_POPOLO;
    else if (strcmp(format, "quickstatements") == 0)
        x.f = EXPORT_QS;
    else if (strcmp(format, "ftm") == 0)
        x.f = EXPORT_FTM;
    else if (strcmp(format, "csv") == 0)
        x.f = EXPORT_CSV;
    else {
        tn_error_set(err, TENURE_E_INVALID_PARAMS,
                     "format: expected popolo, quickstatements, ftm or csv");
        return NULL;
    }
    if (export_parse_cursor(after, &section, key, &klen) < 0) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "after: not a cursor from a previous page");
        return NULL;
    }
    pdate asof;
    if (as_of) {
        if (pdate_parse(as_of, &asof) != 0) {
            tn_error_set(err, TENURE_E_INVALID_PARAMS,
                         "invalid params: field 'as_of' must be YYYY, YYYY-MM or YYYY-MM-DD");
            return NULL;
        }
        x.today = pdate_last_day(&asof);
    } else
        x.today = (int32_t)(time(NULL) / 86400);
    if (export_read_tsv(lexicon_dir, "pep_levels.tsv", "phrase\ttopics\tterm_years\tbody",
                        export_add_level, &x, err) != 0 ||
        export_read_tsv(lexicon_dir, "countries.tsv", "country", export_add_country, &x, err) !=
            0 ||
        !(x.links = registry_link_table_load(lexicon_dir, err))) {
        export_ctx_free(&x);
        return NULL;
    }
    x.unlinked = json_array();
    if (limit <= 0)
        limit = EXPORT_DEFAULT_LIMIT;
    if (limit > EXPORT_MAX_LIMIT)
        limit = EXPORT_MAX_LIMIT;
    /* QuickStatements and CSV state memberships only, grouped by person */
    if ((x.f == EXPORT_QS || x.f == EXPORT_CSV) && section < 3) {
        section = 3;
        klen = 0;
    }
    json_t *items = json_array(), *next = json_null();
    int count = 0;
    for (; section < 4 && count < limit; section++, klen = 0) {
        MDB_cursor *cur;
        MDB_val k = {klen, key}, v;
        if (x.f == EXPORT_POPOLO && section == 1 && klen == 0)
            export_bodies(&x, items);
        int rc = mdb_cursor_open(txn, export_dbi(section), &cur);
        if (rc != 0) {
            json_decref(items);
            export_ctx_free(&x);
            reg_fail(err, "mdb_cursor_open(export)", rc);
            return NULL;
        }
        uint32_t prev_person = 0;
        int started = 0;
        if (x.f == EXPORT_QS && klen == 8) {
            prev_person = reg_get_u32(key);
            started = export_qs_started(&x, prev_person, reg_get_u32(key + 4) + 1);
        }
        rc = klen ? mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE)
                  : mdb_cursor_get(cur, &k, &v, MDB_FIRST);
        /* skip the cursor's own key: it was on the previous page */
        if (rc == 0 && klen && k.mv_size == klen && memcmp(k.mv_data, key, klen) == 0)
            rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
        for (; rc == 0 && count < limit; rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
            const unsigned char *kb = k.mv_data;
            json_t *item = NULL;
            if (section < 3 && k.mv_size == 4) {
                item = export_entity(&x, section, reg_get_u32(kb));
            } else if (section == 3 && k.mv_size == 8 && v.mv_size == sizeof(tb_tenure)) {
                tb_tenure t;
                uint32_t person = reg_get_u32(kb), post = reg_get_u32(kb + 4);
                memcpy(&t, v.mv_data, sizeof t);
                if (x.f == EXPORT_QS) {
                    if (person != prev_person)
                        started = 0;
                    prev_person = person;
                    export_qs_lines(&x, items, person, post, &t, &started);
                } else
                    item = export_membership(&x, person, post, &t);
            }
            if (item && x.f == EXPORT_POPOLO)
                item =
                    json_pack("{s:s,s:o}", "section", export_section_names[section], "value", item);
            if (item)
                json_array_append_new(items, item);
            count++;
            if (count == limit) {
                char hex[2 * 8 + 1];
                for (size_t i = 0; i < k.mv_size && i < 8; i++)
                    snprintf(hex + 2 * i, 3, "%02x", kb[i]);
                json_decref(next);
                next = json_sprintf("%c:%s", export_sections[section], hex);
            }
        }
        mdb_cursor_close(cur);
        if (rc != 0 && rc != MDB_NOTFOUND) {
            json_decref(items);
            json_decref(next);
            export_ctx_free(&x);
            reg_fail(err, "mdb_cursor_get(export)", rc);
            return NULL;
        }
        if (count == limit)
            break;
    }
    json_t *r = json_pack("{s:s,s:o,s:o}", "format", format,
                          x.f == EXPORT_QS    ? "lines"
                          : x.f == EXPORT_CSV ? "rows"
                                              : "items",
                          items, "next", next);
    if (x.f == EXPORT_QS)
        json_object_set_new(
            r, "unlinked",
            json_pack("{s:I,s:O}", "tenures", x.unlinked_tenures, "posts", x.unlinked));
    if (x.f == EXPORT_CSV)
        json_object_set_new(
            r, "columns",
            json_pack("[s,s,s,s,s,s,s,s,s,s,s,s,s,s,s]", "person_id", "person", "post_id", "post",
                      "organization", "start_after", "start_before", "end_after", "end_before",
                      "first_seen", "last_seen", "status", "certainty", "evidence", "source_url"));
    export_ctx_free(&x);
    return r;
}
