/*
 * reply_cache.h — a bounded cache of serialized READ results.
 *
 * Owns a hash table from a key (a method name and its params serialized
 * canonically, see rpc.c) to the JSON text of that method's "result",
 * tagged with the store generation it was computed at.  A lookup with a
 * newer generation is a miss (and drops the stale entry): the writer bumps
 * the generation after every commit that changed something, lexicon.c on
 * a reload.  Memory is bounded by a byte budget counting each entry's key,
 * value and bookkeeping plus the bucket array; the least recently used
 * entries go first.  Loop thread only: no locks.
 * Does not decide what is cacheable (methods.def) or build replies (rpc.c).
 */
#ifndef TENURED_REPLY_CACHE_H
#define TENURED_REPLY_CACHE_H

#include <stddef.h>
#include <stdint.h>

struct reply_cache;

/* What "stats" shows. */
struct reply_cache_stats {
    uint64_t hits;
    uint64_t misses;    /* absent, or computed at an older generation */
    uint64_t evictions; /* entries dropped to stay within the budget */
    uint64_t bytes;     /* entries and buckets, as counted against the budget */
    uint64_t entries;
};

/* A cache holding at most max_bytes; NULL when max_bytes is 0 (disabled). */
struct reply_cache *reply_cache_new(size_t max_bytes);
/* Free every entry and the cache (NULL is fine). */
void reply_cache_free(struct reply_cache *rc);
/* The value stored under key at generation gen (its length in *len), or
 * NULL.  Valid until the next put or free.  Counts a hit or a miss. */
const char *reply_cache_get(struct reply_cache *rc, const char *key, size_t keylen, uint64_t gen,
                            size_t *len);
/* Store a copy of value under key at generation gen, replacing any older
 * one and evicting the least recently used entries to fit.  A value too
 * large for an eighth of the budget is not stored. */
void reply_cache_put(struct reply_cache *rc, const char *key, size_t keylen, const char *value,
                     size_t len, uint64_t gen);
/* The counters. */
void reply_cache_stats(const struct reply_cache *rc, struct reply_cache_stats *out);

#endif
