/*
 * reply_cache.c — a bounded cache of serialized READ results (see
 * reply_cache.h).
 *
 * A chained hash table (FNV-1a, power-of-two buckets doubled when entries
 * outnumber them) whose entries also sit on one doubly linked LRU list,
 * most recently used at the head.  An entry is one allocation: the header,
 * then the key, then the value and a NUL, then (8-byte aligned) its
 * dependencies.  Stale entries are dropped when a lookup finds them, or age
 * out of the LRU list.
 *
 * Dependencies: an entry put with them is judged by them instead of the
 * store generation.  A table maps each dependency any entry has to the id
 * of the last commit that changed it (reply_cache_changed; 0: none since
 * the entries were checked); an entry built from snapshot S is stale when
 * one of its dependencies changed after S.  An entry is checked once per
 * batch of changes (its stamp of the last one it was checked against).
 * When the table is full, stale entries are dropped and the table rebuilt
 * from the live ones; when that is still too many, every entry kept by its
 * dependencies goes.  Does not know what keys, values or dependencies mean
 * (rpc.c, registry_deps.c).
 */
#include "reply_cache.h"
#include "hash.h"
#include "xmalloc.h"

#include <stdlib.h>
#include <string.h>

#define REPLY_CACHE_BUCKETS_MIN 64

struct reply_cache_entry {
    struct reply_cache_entry *chain;         /* next in the bucket */
    struct reply_cache_entry *newer, *older; /* the LRU list */
    uint64_t hash;
    uint64_t gen;     /* the store generation, or for bydeps the lexicon's */
    uint64_t built;   /* bydeps: the read snapshot's transaction id */
    uint64_t checked; /* bydeps: the change batch it was last checked at */
    size_t keylen;
    size_t len;
    size_t ndeps;
    int bydeps;
    _Alignas(8) char data[]; /* key, then value, then '\0', then the dependencies */
};

struct reply_cache_dep {
    uint64_t h;     /* 0: empty */
    uint64_t txnid; /* the last change to it (0: none that matters) */
};

struct reply_cache {
    size_t max_bytes;
    struct reply_cache_entry **buckets;
    size_t nbuckets; /* a power of two */
    struct reply_cache_entry *newest, *oldest;
    struct reply_cache_stats st;
    struct reply_cache_dep *deps; /* open addressing */
    size_t dcap, dn, dmax;
    uint64_t seq;     /* batches of changes applied */
    uint64_t drained; /* the newest transaction id of them */
};

/* A key's hash (hash.h, eight bytes a step); the last multiply and shift
 * mix every byte into the low bits the buckets use.  Entries are told
 * apart by their whole key, so the hash only spreads them. */
static uint64_t reply_cache_hash(const char *key, size_t len)
{
    uint64_t h = tn_hash_bytes(0x9e3779b97f4a7c15ull ^ len, key, len) * 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 29);
}

/* Where an entry's dependencies start, after key, value and NUL. */
static size_t reply_cache_deps_at(size_t keylen, size_t len)
{
    return (keylen + len + 1 + 7) & ~(size_t)7;
}

static const uint64_t *reply_cache_entry_deps(const struct reply_cache_entry *e)
{
    return (const uint64_t *)(const void *)(e->data + reply_cache_deps_at(e->keylen, e->len));
}

/* Bytes an entry counts against the budget. */
static size_t reply_cache_entry_bytes(const struct reply_cache_entry *e)
{
    return sizeof *e + (e->ndeps ? reply_cache_deps_at(e->keylen, e->len) + e->ndeps * 8
                                 : e->keylen + e->len + 1);
}

/* The slot of dependency h (or the empty one where it would go). */
static struct reply_cache_dep *reply_cache_dep_slot(struct reply_cache_dep *t, size_t cap,
                                                    uint64_t h)
{
    size_t m = cap - 1, i = (size_t)(h >> 1) & m;
    while (t[i].h && t[i].h != h)
        i = (i + 1) & m;
    return &t[i];
}

/* Make a fresh cache; NULL when disabled. */
struct reply_cache *reply_cache_new(size_t max_bytes)
{
    if (max_bytes == 0)
        return NULL;
    struct reply_cache *rc = xcalloc(1, sizeof *rc);
    rc->max_bytes = max_bytes;
    rc->nbuckets = REPLY_CACHE_BUCKETS_MIN;
    rc->buckets = xcalloc(rc->nbuckets, sizeof *rc->buckets);
    rc->st.bytes = rc->nbuckets * sizeof *rc->buckets;
    /* the dependency table: at most a quarter of the budget */
    rc->dmax = 16;
    while (rc->dmax * 2 * sizeof(struct reply_cache_dep) <= max_bytes / 4)
        rc->dmax *= 2;
    return rc;
}

/* Free every entry and the cache. */
void reply_cache_free(struct reply_cache *rc)
{
    if (!rc)
        return;
    struct reply_cache_entry *e = rc->newest;
    while (e) {
        struct reply_cache_entry *next = e->older;
        free(e);
        e = next;
    }
    free(rc->buckets);
    free(rc->deps);
    free(rc);
}

/* Take an entry off the LRU list. */
static void reply_cache_lru_unlink(struct reply_cache *rc, struct reply_cache_entry *e)
{
    if (e->newer)
        e->newer->older = e->older;
    else
        rc->newest = e->older;
    if (e->older)
        e->older->newer = e->newer;
    else
        rc->oldest = e->newer;
    e->newer = e->older = NULL;
}

/* Put an entry at the head (most recent) of the LRU list. */
static void reply_cache_lru_push(struct reply_cache *rc, struct reply_cache_entry *e)
{
    e->newer = NULL;
    e->older = rc->newest;
    if (rc->newest)
        rc->newest->newer = e;
    else
        rc->oldest = e;
    rc->newest = e;
}

/* The link that points at the entry with this key (or at NULL). */
static struct reply_cache_entry **reply_cache_slot(struct reply_cache *rc, const char *key,
                                                   size_t keylen, uint64_t hash)
{
    struct reply_cache_entry **p = &rc->buckets[hash & (rc->nbuckets - 1)];
    while (*p &&
           !((*p)->hash == hash && (*p)->keylen == keylen && memcmp((*p)->data, key, keylen) == 0))
        p = &(*p)->chain;
    return p;
}

/* Unlink and free the entry *slot points at. */
static void reply_cache_remove(struct reply_cache *rc, struct reply_cache_entry **slot)
{
    struct reply_cache_entry *e = *slot;
    *slot = e->chain;
    reply_cache_lru_unlink(rc, e);
    rc->st.bytes -= reply_cache_entry_bytes(e);
    rc->st.entries--;
    free(e);
}

/* Double the bucket array and rehash (skipped when it would not fit). */
static void reply_cache_grow(struct reply_cache *rc)
{
    size_t n = rc->nbuckets * 2;
    size_t extra = (n - rc->nbuckets) * sizeof *rc->buckets;
    if (extra > rc->max_bytes / 8)
        return; /* longer chains rather than buckets eating the budget */
    struct reply_cache_entry **b = xcalloc(n, sizeof *b);
    for (struct reply_cache_entry *e = rc->newest; e; e = e->older) {
        struct reply_cache_entry **head = &b[e->hash & (n - 1)];
        e->chain = *head;
        *head = e;
    }
    free(rc->buckets);
    rc->buckets = b;
    rc->nbuckets = n;
    rc->st.bytes += extra;
}

/* Whether no dependency of e changed after its snapshot. */
static int reply_cache_fresh(struct reply_cache *rc, struct reply_cache_entry *e)
{
    if (e->checked == rc->seq)
        return 1;
    const uint64_t *d = reply_cache_entry_deps(e);
    for (size_t i = 0; i < e->ndeps; i++) {
        struct reply_cache_dep *s = reply_cache_dep_slot(rc->deps, rc->dcap, d[i]);
        if (s->h && s->txnid > e->built)
            return 0;
    }
    e->checked = rc->seq;
    return 1;
}

/* Drop every entry kept by its dependencies, and the table. */
void reply_cache_drop_deps(struct reply_cache *rc)
{
    struct reply_cache_entry *e = rc->newest;
    while (e) {
        struct reply_cache_entry *next = e->older;
        if (e->bydeps)
            reply_cache_remove(rc, reply_cache_slot(rc, e->data, e->keylen, e->hash));
        e = next;
    }
    if (rc->deps)
        memset(rc->deps, 0, rc->dcap * sizeof *rc->deps);
    rc->dn = 0;
    rc->seq++;
}

/* Room for more dependencies: a larger table, or one rebuilt from the live
 * entries (the stale ones dropped); 0 when there is none. */
static int reply_cache_dep_room(struct reply_cache *rc, size_t more)
{
    if ((rc->dn + more) * 2 <= rc->dcap)
        return 1;
    size_t cap = rc->dcap ? rc->dcap : 16;
    while ((rc->dn + more) * 2 > cap && cap < rc->dmax)
        cap *= 2;
    int rebuild = (rc->dn + more) * 2 > cap;
    if (rebuild) {
        /* full: only the live entries' dependencies, each 0 (every entry
         * left is fresh, so no change before now matters) */
        for (struct reply_cache_entry *e = rc->newest, *next; e; e = next) {
            next = e->older;
            if (e->bydeps && !reply_cache_fresh(rc, e)) {
                rc->st.retired++;
                reply_cache_remove(rc, reply_cache_slot(rc, e->data, e->keylen, e->hash));
            }
        }
    }
    struct reply_cache_dep *t = xcalloc(cap, sizeof *t);
    size_t n = 0;
    if (rebuild) {
        for (struct reply_cache_entry *e = rc->newest; e; e = e->older) {
            const uint64_t *d = reply_cache_entry_deps(e);
            for (size_t i = 0; e->bydeps && i < e->ndeps && n * 2 <= cap; i++) {
                struct reply_cache_dep *s = reply_cache_dep_slot(t, cap, d[i]);
                if (!s->h) {
                    s->h = d[i];
                    n++;
                }
            }
        }
    } else {
        for (size_t i = 0; i < rc->dcap; i++)
            if (rc->deps[i].h) {
                *reply_cache_dep_slot(t, cap, rc->deps[i].h) = rc->deps[i];
                n++;
            }
    }
    rc->st.bytes -= rc->dcap * sizeof *rc->deps;
    free(rc->deps);
    rc->deps = t;
    rc->dcap = cap;
    rc->dn = n;
    rc->st.bytes += cap * sizeof *t;
    if ((n + more) * 2 > cap) { /* still too many: start again */
        reply_cache_drop_deps(rc);
        return more * 2 <= cap;
    }
    return 1;
}

/* A commit (transaction txnid) changed the dependencies h. */
void reply_cache_changed(struct reply_cache *rc, const uint64_t *h, size_t n, uint64_t txnid)
{
    rc->seq++;
    if (txnid > rc->drained)
        rc->drained = txnid;
    if (!rc->dn)
        return;
    for (size_t i = 0; i < n; i++) {
        struct reply_cache_dep *s = reply_cache_dep_slot(rc->deps, rc->dcap, h[i]);
        if (s->h && s->txnid < txnid)
            s->txnid = txnid;
    }
}

/* Look up key at gen (lgen for an entry kept by its dependencies). */
const char *reply_cache_get(struct reply_cache *rc, const char *key, size_t keylen, uint64_t gen,
                            uint64_t lgen, size_t *len)
{
    struct reply_cache_entry **slot =
        reply_cache_slot(rc, key, keylen, reply_cache_hash(key, keylen));
    struct reply_cache_entry *e = *slot;
    if (e && (e->bydeps ? e->gen != lgen || !reply_cache_fresh(rc, e) : e->gen != gen)) {
        if (e->bydeps && e->gen == lgen)
            rc->st.retired++;
        reply_cache_remove(rc, slot);
        e = NULL;
    }
    if (!e) {
        rc->st.misses++;
        return NULL;
    }
    rc->st.hits++;
    reply_cache_lru_unlink(rc, e);
    reply_cache_lru_push(rc, e);
    *len = e->len;
    return e->data + e->keylen;
}

/* Store value under key at gen, or kept by its dependencies. */
void reply_cache_put(struct reply_cache *rc, const char *key, size_t keylen, const char *value,
                     size_t len, uint64_t gen, const struct reply_cache_deps *deps)
{
    size_t need =
        sizeof(struct reply_cache_entry) +
        (deps && deps->n ? reply_cache_deps_at(keylen, len) + deps->n * 8 : keylen + len + 1);
    if (need > rc->max_bytes / 8)
        return;
    if (deps) {
        /* a change after its snapshot may have been let pass (no entry
         * depended on it then), or one of its dependencies changed since */
        if (deps->built < rc->drained || !reply_cache_dep_room(rc, deps->n))
            return;
        for (size_t i = 0; i < deps->n; i++) {
            struct reply_cache_dep *s = reply_cache_dep_slot(rc->deps, rc->dcap, deps->h[i]);
            if (!s->h) {
                s->h = deps->h[i];
                s->txnid = 0;
                rc->dn++;
            } else if (s->txnid > deps->built) {
                return;
            }
        }
    }
    uint64_t hash = reply_cache_hash(key, keylen);
    struct reply_cache_entry **slot = reply_cache_slot(rc, key, keylen, hash);
    if (*slot)
        reply_cache_remove(rc, slot);
    if (rc->st.entries >= rc->nbuckets)
        reply_cache_grow(rc);
    while (rc->oldest && rc->st.bytes + need > rc->max_bytes) {
        reply_cache_remove(
            rc, reply_cache_slot(rc, rc->oldest->data, rc->oldest->keylen, rc->oldest->hash));
        rc->st.evictions++;
    }
    if (rc->st.bytes + need > rc->max_bytes)
        return; /* the buckets alone fill a tiny budget */
    struct reply_cache_entry *e = xmalloc(need);
    e->hash = hash;
    e->gen = deps ? deps->lgen : gen;
    e->bydeps = deps != NULL;
    e->built = deps ? deps->built : 0;
    e->checked = rc->seq;
    e->keylen = keylen;
    e->len = len;
    e->ndeps = deps ? deps->n : 0;
    memcpy(e->data, key, keylen);
    memcpy(e->data + keylen, value, len);
    e->data[keylen + len] = '\0';
    if (e->ndeps)
        memcpy(e->data + reply_cache_deps_at(keylen, len), deps->h, deps->n * 8);
    struct reply_cache_entry **head = &rc->buckets[hash & (rc->nbuckets - 1)];
    e->chain = *head;
    *head = e;
    reply_cache_lru_push(rc, e);
    rc->st.bytes += need;
    rc->st.entries++;
}

/* Copy the counters out. */
void reply_cache_stats(const struct reply_cache *rc, struct reply_cache_stats *out)
{
    if (rc)
        *out = rc->st;
    else
        memset(out, 0, sizeof *out);
}
