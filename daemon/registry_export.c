/*
 * registry_export.c — the registry in its neighbours' formats, one page at
 * a time: Popolo JSON, Wikidata QuickStatements, FollowTheMoney entities.
 *
 * An export walks four sections in key order — persons, organizations,
 * posts, memberships (tenures) — and a page stops after `limit` items with
 * a cursor "<section>:<hex key>" naming the last key written, so both the
 * daemon and the client work in constant memory however large the
 * registry.  Partial dates keep their precision: a tenure bound interval is
 * written as the finest date (day, month, year) that contains it, or left
 * out when it spans years.
 */
#include "registry_int.h"
#include "store.h"

#include <stdlib.h>
#include <string.h>

#define EXPORT_DEFAULT_LIMIT 500
#define EXPORT_MAX_LIMIT 10000
/* Articles cited per membership. */
#define EXPORT_SOURCES 3

enum export_format { EXPORT_POPOLO, EXPORT_QS, EXPORT_FTM };

static const char export_sections[] = "potm"; /* persons orgs posts memberships */
static const char *const export_section_names[] = {"persons", "organizations", "posts",
                                                   "memberships"};

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

/* Quote a string for QuickStatements (double quotes cannot be escaped). */
static char *export_qs_quote(const char *s)
{
    size_t n = strlen(s);
    char *q = malloc(n + 3);
    if (!q)
        return NULL;
    q[0] = '"';
    for (size_t i = 0; i < n; i++)
        q[i + 1] = (s[i] == '"' || s[i] == '\t' || s[i] == '\n') ? ' ' : s[i];
    q[n + 1] = '"';
    q[n + 2] = '\0';
    return q;
}

/* Up to EXPORT_SOURCES article summaries behind a tenure. */
static json_t *export_sources(MDB_txn *txn, uint32_t person, uint32_t post)
{
    MDB_cursor *cur;
    unsigned char pk[4], pv[REG_EVIDX_LEN] = {0};
    json_t *list = json_array();
    reg_put_u32(pk, person);
    reg_put_u32(pv, post);
    MDB_val k = {4, pk}, v = {REG_EVIDX_LEN, pv};
    if (mdb_cursor_open(txn, reg_db.evidence_by_person, &cur) != 0)
        return list;
    for (int rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH_RANGE);
         rc == 0 && json_array_size(list) < EXPORT_SOURCES;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        const unsigned char *d = v.mv_data;
        if (reg_get_u32(d) != post)
            break;
        json_t *s = store_article_summary(txn, d + 8);
        if (!s) {
            char hex[33];
            for (int i = 0; i < 16; i++)
                snprintf(hex + 2 * i, 3, "%02x", d[8 + i]);
            s = json_pack("{s:s}", "article", hex);
        }
        json_array_append_new(list, s);
    }
    mdb_cursor_close(cur);
    return list;
}

/* Popolo / FTM id strings. */
static json_t *export_id(enum export_format f, const char *kind, uint32_t a)
{
    return f == EXPORT_FTM ? json_sprintf("tenure-%s-%u", kind, a) : json_sprintf("%s/%u", kind, a);
}

/* One person, organization or post. */
static json_t *export_entity(MDB_txn *txn, enum export_format f, int section, uint32_t id)
{
    if (section == 0) {
        json_t *name = reg_person_name(txn, id);
        if (!name)
            return NULL;
        if (f == EXPORT_FTM)
            return json_pack("{s:o,s:s,s:{s:[o]}}", "id", export_id(f, "person", id), "schema",
                             "Person", "properties", "name", name);
        return json_pack("{s:o,s:o}", "id", export_id(f, "person", id), "name", name);
    }
    if (section == 1) {
        json_t *name = reg_org_name(txn, id);
        if (!name)
            return NULL;
        if (f == EXPORT_FTM)
            return json_pack("{s:o,s:s,s:{s:[o]}}", "id", export_id(f, "organization", id),
                             "schema", "Organization", "properties", "name", name);
        return json_pack("{s:o,s:o}", "id", export_id(f, "organization", id), "name", name);
    }
    reg_post p;
    if (reg_post_get(txn, id, &p, NULL) != 0)
        return NULL;
    json_t *label = json_stringn(p.label, p.label_len);
    if (f == EXPORT_FTM) {
        json_t *o = json_pack("{s:o,s:s,s:{s:[o]}}", "id", export_id(f, "post", id), "schema",
                              "Position", "properties", "name", label);
        if (p.org)
            json_object_set_new(json_object_get(o, "properties"), "organization",
                                json_pack("[o]", export_id(f, "organization", p.org)));
        return o;
    }
    json_t *o = json_pack("{s:o,s:o,s:s%}", "id", export_id(f, "post", id), "label", label, "role",
                          p.role, p.role_len);
    if (p.org)
        json_object_set_new(o, "organization_id", export_id(f, "organization", p.org));
    return o;
}

/* One membership (Popolo) or occupancy (FTM). */
static json_t *export_membership(MDB_txn *txn, enum export_format f, uint32_t person, uint32_t post,
                                 const tb_tenure *t)
{
    reg_post p;
    int has_post = reg_post_get(txn, post, &p, NULL) == 0;
    json_t *start = export_pin_json(t->s1, t->s2), *end = export_pin_json(t->e1, t->e2);
    json_t *sources = export_sources(txn, person, post);
    if (f == EXPORT_FTM) {
        json_t *props = json_pack(
            "{s:[o],s:[o],s:[s]}", "holder", export_id(f, "person", person), "post",
            export_id(f, "post", post), "status",
            (t->e2 != TB_OPEN_HI || t->last_status == TB_FORMER || t->last_status == TB_ENDED)
                ? "ended"
                : "current");
        if (start)
            json_object_set_new(props, "startDate", json_pack("[o]", start));
        if (end)
            json_object_set_new(props, "endDate", json_pack("[o]", end));
        json_t *urls = json_array(), *s;
        size_t i;
        json_array_foreach(sources, i, s)
        {
            if (json_is_string(json_object_get(s, "source")))
                json_array_append(urls, json_object_get(s, "source"));
        }
        if (json_array_size(urls))
            json_object_set_new(props, "sourceUrl", urls);
        else
            json_decref(urls);
        json_decref(sources);
        return json_pack("{s:s%,s:s,s:o}", "id", "", (size_t)0, "schema", "Occupancy", "properties",
                         props);
    }
    json_t *o = json_pack("{s:s%,s:o,s:o}", "id", "", (size_t)0, "person_id",
                          export_id(f, "person", person), "post_id", export_id(f, "post", post));
    if (has_post && p.org)
        json_object_set_new(o, "organization_id", export_id(f, "organization", p.org));
    if (has_post && p.role_len)
        json_object_set_new(o, "role", json_stringn(p.role, p.role_len));
    if (start)
        json_object_set_new(o, "start_date", start);
    if (end)
        json_object_set_new(o, "end_date", end);
    json_object_set_new(o, "first_seen", reg_span_json(&t->first_seen));
    json_object_set_new(o, "last_seen", reg_span_json(&t->last_seen));
    json_t *src = json_array(), *s;
    size_t i;
    json_array_foreach(sources, i, s)
    {
        json_t *url = json_object_get(s, "source"), *title = json_object_get(s, "title");
        json_t *one = json_pack("{s:O}", "article", json_object_get(s, "article"));
        if (json_is_string(url))
            json_object_set(one, "url", url);
        if (json_is_string(title))
            json_object_set(one, "note", title);
        json_array_append_new(src, one);
    }
    json_decref(sources);
    json_object_set_new(o, "sources", src);
    return o;
}

/* QuickStatements lines of one tenure; the person's CREATE block first
 * when this is its first tenure in the walk. */
static void export_qs_lines(MDB_txn *txn, json_t *lines, uint32_t person, uint32_t post,
                            const tb_tenure *t, int new_person)
{
    char buf[2048], when[48];
    if (new_person) {
        json_t *name = reg_person_name(txn, person);
        char *q = export_qs_quote(name ? json_string_value(name) : "");
        json_array_append_new(lines, json_string("CREATE"));
        if (q) {
            snprintf(buf, sizeof buf, "LAST\tLvi\t%s", q);
            json_array_append_new(lines, json_string(buf));
        }
        json_array_append_new(lines, json_string("LAST\tP31\tQ5"));
        free(q);
        json_decref(name);
    }
    json_t *label = reg_post_label(txn, post);
    char *q = export_qs_quote(label ? json_string_value(label) : "");
    json_decref(label);
    if (!q)
        return;
    /* Posts carry no Wikidata item id in the registry: the P39 value is
     * the post's label, to be reconciled to an item before upload. */
    int n = snprintf(buf, sizeof buf, "LAST\tP39\t%s", q);
    free(q);
    if (export_qs_time(t->s1, t->s2, when, sizeof when) == 0 && n < (int)sizeof buf)
        n += snprintf(buf + n, sizeof buf - (size_t)n, "\tP580\t%s", when);
    if (export_qs_time(t->e1, t->e2, when, sizeof when) == 0 && n < (int)sizeof buf)
        n += snprintf(buf + n, sizeof buf - (size_t)n, "\tP582\t%s", when);
    json_t *sources = export_sources(txn, person, post);
    json_t *first = json_array_get(sources, 0);
    const char *url = json_string_value(json_object_get(first, "source"));
    const char *title = json_string_value(json_object_get(first, "title"));
    if (url && (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0) &&
        n < (int)sizeof buf) {
        char *qu = export_qs_quote(url);
        if (qu)
            n += snprintf(buf + n, sizeof buf - (size_t)n, "\tS854\t%s", qu);
        free(qu);
    } else if (title && n < (int)sizeof buf) {
        char *qt = export_qs_quote(title);
        if (qt)
            n += snprintf(buf + n, sizeof buf - (size_t)n, "\tS1476\tvi:%s", qt);
        free(qt);
    }
    pdate ad;
    const char *adate = json_string_value(json_object_get(first, "date"));
    if (adate && pdate_parse(adate, &ad) == 0 && n < (int)sizeof buf &&
        export_qs_time(pdate_first_day(&ad), pdate_last_day(&ad), when, sizeof when) == 0)
        n += snprintf(buf + n, sizeof buf - (size_t)n, "\tS577\t%s", when);
    json_decref(sources);
    if (n > 0 && n < (int)sizeof buf)
        json_array_append_new(lines, json_string(buf));
}

/* Parse "<section>:<hex key>" into a section index and key bytes. */
static int export_parse_cursor(const char *after, int *section, unsigned char *key, size_t *len)
{
    const char *s = after ? strchr(export_sections, after[0]) : NULL;
    if (!after) {
        *section = 0;
        *len = 0;
        return 0;
    }
    if (!s || after[0] == '\0' || after[1] != ':')
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

/* One page of an export. */
json_t *registry_export(MDB_txn *txn, const char *format, const char *after, int limit,
                        rpc_error *err)
{
    enum export_format f;
    int section;
    unsigned char key[8];
    size_t klen;
    if (strcmp(format, "popolo") == 0)
        f = EXPORT_POPOLO;
    else if (strcmp(format, "quickstatements") == 0)
        f = EXPORT_QS;
    else if (strcmp(format, "ftm") == 0)
        f = EXPORT_FTM;
    else {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS,
                      "format: expected popolo, quickstatements or ftm");
        return NULL;
    }
    if (export_parse_cursor(after, &section, key, &klen) < 0) {
        rpc_error_set(err, TENURE_E_INVALID_PARAMS, "after: not a cursor from a previous page");
        return NULL;
    }
    if (limit <= 0)
        limit = EXPORT_DEFAULT_LIMIT;
    if (limit > EXPORT_MAX_LIMIT)
        limit = EXPORT_MAX_LIMIT;
    /* QuickStatements states memberships only, grouped by person */
    if (f == EXPORT_QS && section < 3) {
        section = 3;
        klen = 0;
    }
    json_t *items = json_array(), *next = json_null();
    int count = 0;
    for (; section < 4 && count < limit; section++, klen = 0) {
        MDB_cursor *cur;
        MDB_val k = {klen, key}, v;
        int rc = mdb_cursor_open(txn, export_dbi(section), &cur);
        if (rc != 0) {
            json_decref(items);
            reg_fail(err, "mdb_cursor_open(export)", rc);
            return NULL;
        }
        uint32_t prev_person = klen == 8 ? reg_get_u32(key) : 0;
        rc = klen ? mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE)
                  : mdb_cursor_get(cur, &k, &v, MDB_FIRST);
        /* skip the cursor's own key: it was on the previous page */
        if (rc == 0 && klen && k.mv_size == klen && memcmp(k.mv_data, key, klen) == 0)
            rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
        for (; rc == 0 && count < limit; rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
            const unsigned char *kb = k.mv_data;
            json_t *item = NULL;
            if (section < 3 && k.mv_size == 4) {
                item = export_entity(txn, f, section, reg_get_u32(kb));
            } else if (section == 3 && k.mv_size == 8 && v.mv_size == sizeof(tb_tenure)) {
                tb_tenure t;
                uint32_t person = reg_get_u32(kb), post = reg_get_u32(kb + 4);
                memcpy(&t, v.mv_data, sizeof t);
                if (f == EXPORT_QS) {
                    export_qs_lines(txn, items, person, post, &t, person != prev_person);
                    prev_person = person;
                } else {
                    item = export_membership(txn, f, person, post, &t);
                    json_object_set_new(item, "id",
                                        f == EXPORT_FTM
                                            ? json_sprintf("tenure-membership-%u-%u", person, post)
                                            : json_sprintf("membership/%u-%u", person, post));
                }
            }
            if (item && f == EXPORT_POPOLO)
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
            reg_fail(err, "mdb_cursor_get(export)", rc);
            return NULL;
        }
        if (count == limit)
            break;
    }
    return json_pack("{s:s,s:o,s:o}", "format", format, f == EXPORT_QS ? "lines" : "items", items,
                     "next", next);
}
