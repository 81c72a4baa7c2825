/*
 * result.c — the extractor's typed result (tx_result, extract.h): its
 * string arena, its contract JSON (tx_result_json, what tx_extract()
 * returns and the daemon stores) and the way back from that JSON
 * (tx_result_from_json, for stored extractions and tests).  Does not
 * extract anything (extract.c fills the result).
 */
#include "tx_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char *const tx_status_names[TX_STATUS_COUNT] = {"current", "former", "appointed",
                                                             "ended", "acting"};
static const char *const tx_date_source_names[] = {"none", "given", "stamp", "text", "guess"};

/* Strings live in chunks that never move, freed with the result. */
struct tx_arena {
    struct tx_arena *next;
    size_t used, cap;
    char data[];
};

const char *tx_status_name(unsigned status)
{
    return status < TX_STATUS_COUNT ? tx_status_names[status] : "current";
}

const char *tx_date_source_name(unsigned source)
{
    return source <= TX_DATE_GUESS ? tx_date_source_names[source] : "none";
}

/* An empty result with room for the given counts; NULL on out of memory. */
tx_result *tx_result_new(size_t npeople, size_t norgs, size_t nroles)
{
    tx_result *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->people = calloc(npeople + 1, sizeof *r->people);
    r->organizations = calloc(norgs + 1, sizeof *r->organizations);
    r->roles = calloc(nroles + 1, sizeof *r->roles);
    if (!r->people || !r->organizations || !r->roles) {
        tx_result_free(r);
        return NULL;
    }
    return r;
}

/* One spare chunk of the usual size per thread: a result freed gives its
 * chunk to the next result of the thread, so an article's extraction asks
 * the allocator for no 8 KiB block (a large request, for which it first
 * consolidates the small frees of the previous article's JSON).  The key
 * frees it when its thread ends; the thread-local pointer (the same chunk)
 * is what LeakSanitizer reads as a root. */
#define TX_ARENA_CHUNK 8192
static pthread_key_t res_spare_key;
static pthread_once_t res_spare_once = PTHREAD_ONCE_INIT;
static bool res_spare_ready;
static _Thread_local struct tx_arena *res_spare;

static void res_spare_init(void)
{
    res_spare_ready = pthread_key_create(&res_spare_key, free) == 0;
}

static struct tx_arena *res_spare_take(void)
{
    struct tx_arena *a = res_spare;
    if (!a || pthread_setspecific(res_spare_key, NULL) != 0)
        return NULL;
    res_spare = NULL;
    return a;
}

static void res_spare_put(struct tx_arena *a)
{
    if (!res_spare && pthread_once(&res_spare_once, res_spare_init) == 0 && res_spare_ready &&
        pthread_setspecific(res_spare_key, a) == 0) {
        res_spare = a;
        return;
    }
    free(a);
}

/* n bytes of the result's arena; NULL on out of memory. */
char *tx_result_alloc(tx_result *r, size_t n)
{
    struct tx_arena *a = r->arena;
    if (!a || a->cap - a->used < n) {
        size_t cap = n > TX_ARENA_CHUNK ? n : TX_ARENA_CHUNK;
        a = cap == TX_ARENA_CHUNK ? res_spare_take() : NULL;
        if (!a)
            a = malloc(sizeof *a + cap);
        if (!a)
            return NULL;
        a->cap = cap;
        a->used = 0;
        a->next = r->arena;
        r->arena = a;
    }
    char *p = a->data + a->used;
    a->used += n;
    return p;
}

/* A copy of len bytes in the arena, NUL-terminated; 0, or -1 on out of
 * memory. */
int tx_result_str(tx_result *r, const char *s, size_t len, tx_str *out)
{
    char *p = tx_result_alloc(r, len + 1);
    if (!p)
        return -1;
    memcpy(p, s, len);
    p[len] = '\0';
    out->s = p;
    out->len = len;
    return 0;
}

void tx_result_free(tx_result *r)
{
    if (!r)
        return;
    while (r->arena) {
        struct tx_arena *n = r->arena->next;
        if (r->arena->cap == TX_ARENA_CHUNK)
            res_spare_put(r->arena);
        else
            free(r->arena);
        r->arena = n;
    }
    free(r->people);
    free(r->organizations);
    free(r->roles);
    free(r);
}

/* ---- to JSON ---------------------------------------------------------- */

/* A string or null (the arena's strings are valid UTF-8: the extractor's
 * come from the validated text, tx_result_from_json's from Jansson). */
static json_t *res_str(const tx_str *s)
{
    if (!s->s)
        return json_null();
    json_t *j = json_stringn_nocheck(s->s, s->len);
    return j ? j : json_null();
}

static json_t *res_date(const pdate *d)
{
    char buf[16];
    return json_string(pdate_format(d, buf));
}

static json_t *res_named(const tx_named *v, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "name", res_str(&v[i].name));
        json_object_set_new(o, "mentions", json_integer(v[i].mentions));
        json_array_append_new(a, o);
    }
    return a;
}

/* The contract object: keys in the order the contract has always had
 * them (extract.h), so that the stored extraction and extract's reply keep
 * their bytes. */
json_t *tx_result_json(const tx_result *r)
{
    json_t *o = json_object();
    json_object_set_new(o, "date", r->date.prec == PDATE_NONE ? json_null() : res_date(&r->date));
    json_object_set_new(o, "date_source", json_string(tx_date_source_name(r->date_source)));
    json_object_set_new(o, "people", res_named(r->people, r->npeople));
    json_object_set_new(o, "organizations", res_named(r->organizations, r->norganizations));
    json_t *roles = json_array();
    for (size_t i = 0; i < r->nroles; i++) {
        const tx_role *x = &r->roles[i];
        json_t *ro = json_object();
        json_object_set_new(ro, "person", res_str(&x->person));
        json_object_set_new(ro, "position", res_str(&x->position));
        json_object_set_new(ro, "role", res_str(&x->role));
        json_object_set_new(ro, "organization", res_str(&x->organization));
        if (x->completed)
            json_object_set_new(ro, "completed", json_true());
        if (x->written.s)
            json_object_set_new(ro, "written", res_str(&x->written));
        if (x->foreign)
            json_object_set_new(ro, "foreign", json_true());
        if (x->has_when)
            json_object_set_new(ro, "when", res_date(&x->when));
        json_object_set_new(ro, "status", json_string(tx_status_name(x->status)));
        json_object_set_new(ro, "span",
                            json_pack("[I,I]", (json_int_t)x->span_start, (json_int_t)x->span_end));
        json_object_set_new(ro, "single_holder", json_boolean(x->single_holder));
        if (x->has_from) {
            json_object_set_new(ro, "from", res_date(&x->from));
            if (x->to.prec != PDATE_NONE)
                json_object_set_new(ro, "to", res_date(&x->to));
        }
        json_array_append_new(roles, ro);
    }
    json_object_set_new(o, "roles", roles);
    return o;
}

/* ---- from JSON -------------------------------------------------------- */

/* A member string into the arena; absent or not a string: null. */
static int res_get_str(tx_result *r, const json_t *o, const char *key, tx_str *out)
{
    const json_t *v = json_object_get(o, key);
    out->s = NULL;
    out->len = 0;
    if (!json_is_string(v))
        return 0;
    return tx_result_str(r, json_string_value(v), json_string_length(v), out);
}

/* A member date; absent or malformed: PDATE_NONE.  *present tells whether
 * the member was there (as a string) at all. */
static pdate res_get_date(const json_t *o, const char *key, bool *present)
{
    pdate d = {0, 0, 0, PDATE_NONE};
    const char *s = json_string_value(json_object_get(o, key));
    if (present)
        *present = s != NULL;
    if (s && pdate_parse(s, &d) != 0)
        memset(&d, 0, sizeof d);
    return d;
}

static int res_get_named(tx_result *r, const json_t *a, tx_named *out, size_t *n)
{
    size_t i;
    const json_t *v;
    *n = 0;
    json_array_foreach(a, i, v)
    {
        tx_named *x = &out[(*n)++];
        if (res_get_str(r, v, "name", &x->name) != 0)
            return -1;
        x->mentions = (long)json_integer_value(json_object_get(v, "mentions"));
    }
    return 0;
}

tx_result *tx_result_from_json(const json_t *o)
{
    if (!json_is_object(o))
        return NULL;
    const json_t *people = json_object_get(o, "people"),
                 *orgs = json_object_get(o, "organizations");
    const json_t *roles = json_object_get(o, "roles");
    tx_result *r =
        tx_result_new(json_array_size(people), json_array_size(orgs), json_array_size(roles));
    if (!r)
        return NULL;
    const char *ds = json_string_value(json_object_get(o, "date_source"));
    r->date = res_get_date(o, "date", NULL);
    r->date_source = TX_DATE_NONE;
    for (unsigned k = 1; ds && k <= TX_DATE_GUESS; k++)
        if (strcmp(ds, tx_date_source_names[k]) == 0)
            r->date_source = (uint8_t)k;
    if (res_get_named(r, people, r->people, &r->npeople) != 0 ||
        res_get_named(r, orgs, r->organizations, &r->norganizations) != 0)
        goto fail;
    size_t i;
    const json_t *v;
    json_array_foreach(roles, i, v)
    {
        tx_role *x = &r->roles[r->nroles++];
        if (res_get_str(r, v, "person", &x->person) != 0 ||
            res_get_str(r, v, "position", &x->position) != 0 ||
            res_get_str(r, v, "role", &x->role) != 0 ||
            res_get_str(r, v, "organization", &x->organization) != 0)
            goto fail;
        const char *st = json_string_value(json_object_get(v, "status"));
        x->status = TX_CURRENT;
        for (unsigned k = 0; st && k < TX_STATUS_COUNT; k++)
            if (strcmp(st, tx_status_names[k]) == 0)
                x->status = (uint8_t)k;
        x->single_holder = json_is_true(json_object_get(v, "single_holder"));
        x->foreign = json_is_true(json_object_get(v, "foreign"));
        x->completed = json_is_true(json_object_get(v, "completed"));
        if (res_get_str(r, v, "written", &x->written) != 0)
            goto fail;
        x->when = res_get_date(v, "when", &x->has_when);
        x->from = res_get_date(v, "from", &x->has_from);
        x->to = res_get_date(v, "to", NULL);
        const json_t *span = json_object_get(v, "span");
        json_int_t s0 = json_integer_value(json_array_get(span, 0));
        json_int_t s1 = json_integer_value(json_array_get(span, 1));
        if (s0 >= 0 && s1 >= s0) { /* else no span: 0, 0 */
            x->span_start = (size_t)s0;
            x->span_end = (size_t)s1;
        }
    }
    return r;
fail:
    tx_result_free(r);
    return NULL;
}
