/*
 * reply_cache.c — a bounded cache of serialized READ results (see
 * reply_cache.h).
 *
 * A chained hash table (FNV-1a, power-of-two buckets doubled when entries
 * outnumber them) whose entries also sit on one doubly linked LRU list,
 * most recently used at the head.  An entry is one allocation: the header,
 * then the key, then the value and a NUL.  Stale entries (older generation)
 * are dropped when a lookup finds them, or age out of the LRU list.
 * Does not know what keys or values mean (rpc.c).
 */
#include "reply_cache.h"

#include <stdlib.h>
#include <string.h>

#define REPLY_CACHE_BUCKETS_MIN 64

struct reply_cache_entry {
    struct reply_cache_entry *chain;         /* next in the bucket */
    struct reply_cache_entry *newer, *older; /* the LRU list */
    uint64_t hash;
    uint64_t gen;
    size_t keylen;
    size_t len;
    char data[]; /* key, then value, then '\0' */
};

struct reply_cache {
    size_t max_bytes;
    struct reply_cache_entry **buckets;
    size_t nbuckets; /* a power of two */
    struct reply_cache_entry *newest, *oldest;
    struct reply_cache_stats st;
};

/* A key's hash, eight bytes a step (FNV-1a took one: 400 instructions
 * for a 100-byte key, on every lookup and store); the last multiply and
 * shift mix every byte into the low bits the buckets use.  Entries are
 * told apart by their whole key, so the hash only spreads them. */
static uint64_t reply_cache_hash(const char *key, size_t len)
{
    uint64_t h = 0x9e3779b97f4a7c15ull ^ len, w;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        memcpy(&w, key + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    w = 0;
    memcpy(&w, key + i, len - i);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 29);
}

/* Bytes an entry counts against the budget. */
static size_t reply_cache_entry_bytes(const struct reply_cache_entry *e)
{
    return sizeof *e + e->keylen + e->len + 1;
}

/* Make a fresh cache; NULL when disabled. */
struct reply_cache *reply_cache_new(size_t max_bytes)
{
    if (max_bytes == 0)
        return NULL;
    struct reply_cache *rc = calloc(1, sizeof *rc);
    if (!rc)
        abort();
    rc->max_bytes = max_bytes;
    rc->nbuckets = REPLY_CACHE_BUCKETS_MIN;
    rc->buckets = calloc(rc->nbuckets, sizeof *rc->buckets);
    if (!rc->buckets)
        abort();
    rc->st.bytes = rc->nbuckets * sizeof *rc->buckets;
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
    struct reply_cache_entry **b = calloc(n, sizeof *b);
    if (!b)
        abort();
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

/* Look up key at gen. */
const char *reply_cache_get(struct reply_cache *rc, const char *key, size_t keylen, uint64_t gen,
                            size_t *len)
{
    struct reply_cache_entry **slot =
        reply_cache_slot(rc, key, keylen, reply_cache_hash(key, keylen));
    struct reply_cache_entry *e = *slot;
    if (e && e->gen != gen) {
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

/* Store value under key at gen. */
void reply_cache_put(struct reply_cache *rc, const char *key, size_t keylen, const char *value,
                     size_t len, uint64_t gen)
{
    size_t need = sizeof(struct reply_cache_entry) + keylen + len + 1;
    if (need > rc->max_bytes / 8)
        return;
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
    struct reply_cache_entry *e = malloc(need);
    if (!e)
        abort();
    e->hash = hash;
    e->gen = gen;
    e->keylen = keylen;
    e->len = len;
    memcpy(e->data, key, keylen);
    memcpy(e->data + keylen, value, len);
    e->data[keylen + len] = '\0';
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
