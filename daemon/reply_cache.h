/*
 * reply_cache.h — a bounded cache of serialized READ results.
 *
 * Owns a hash table from a key (a method name and its params serialized
 * canonically, see rpc.c) to the JSON text of that method's "result",
 * tagged with the store generation it was computed at, or kept by its
 * dependencies (what it read, registry_deps.c): a lookup with a newer
 * generation is a miss (and drops the stale entry) — the writer bumps the
 * generation after every commit that changed something, lexicon.c on a
 * reload — while an entry with dependencies stays until a commit changes
 * one of them (reply_cache_changed) or the lexicon is reloaded.  Memory
 * is bounded by a byte budget counting each entry's key, value,
 * dependencies and bookkeeping plus the bucket array and the dependency
 * table; the least recently used entries go first.  Loop thread only: no
 * locks.
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
    uint64_t retired;   /* entries kept by dependencies dropped by a change to one */
    uint64_t bytes;     /* entries and buckets, as counted against the budget */
    uint64_t entries;
};

/* A cache holding at most max_bytes; NULL when max_bytes is 0 (disabled). */
struct reply_cache *reply_cache_new(size_t max_bytes);
/* Free every entry and the cache (NULL is fine). */
void reply_cache_free(struct reply_cache *rc);
/* What an entry kept by its dependencies depends on: n 64-bit hashes
 * (nonzero), the read snapshot's transaction id, the lexicon's generation. */
struct reply_cache_deps {
    const uint64_t *h;
    size_t n;
    uint64_t built;
    uint64_t lgen;
};

/* The value stored under key (its length in *len), or NULL: an entry stored
 * at generation gen, or one kept by dependencies at lexicon generation lgen
 * none of which changed.  Valid until the next put or free.  Counts a hit
 * or a miss. */
const char *reply_cache_get(struct reply_cache *rc, const char *key, size_t keylen, uint64_t gen,
                            uint64_t lgen, size_t *len);
/* Store a copy of value under key, at generation gen (deps NULL) or kept by
 * deps, replacing any older one and evicting the least recently used
 * entries to fit.  A value too large for an eighth of the budget is not
 * stored, nor one whose dependencies changed after its snapshot. */
void reply_cache_put(struct reply_cache *rc, const char *key, size_t keylen, const char *value,
                     size_t len, uint64_t gen, const struct reply_cache_deps *deps);
/* A commit (its transaction id) changed dependencies h[0..n). */
void reply_cache_changed(struct reply_cache *rc, const uint64_t *h, size_t n, uint64_t txnid);
/* Every entry kept by dependencies goes (they can no longer be told). */
void reply_cache_drop_deps(struct reply_cache *rc);
/* The counters. */
void reply_cache_stats(const struct reply_cache *rc, struct reply_cache_stats *out);

#endif
