/*
 * hash.h — the byte-string hash the reply cache and the registry's read
 * sets share: eight bytes a step (FNV-1a took one: 400 instructions for a
 * 100-byte key), each step multiplied and folded.  The callers seed it
 * and finish it with their own mix.
 */
#ifndef TENURE_HASH_H
#define TENURE_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* h after the n bytes at p, the last partial word included (not mixed). */
static inline uint64_t tn_hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    w = 0;
    if (n > i)
        memcpy(&w, s + i, n - i);
    return h ^ w;
}

#endif
