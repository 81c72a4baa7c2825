/*
 * norm.c — text normalization for extraction: UTF-8 validation, NFC of
 * decomposed clusters (only where a combining mark occurs: most articles are
 * already NFC and utf8proc has no quick check), one tone-mark placement
 * ("hoà" → "hòa", "uỷ" → "ủy"), odd white space (NBSP, zero-width space,
 * BOM, tabs, controls) as ' ', with a byte offset map back to the text as
 * sent.  Also the normalized keys of the public API (tx_key, tx_fold) and
 * the syllable hashes the phrase tables use.  No I/O, no globals.
 */
#include "tx_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Byte offset of the first invalid UTF-8 sequence (overlong, surrogate, out
 * of range or truncated), or -1. */
long tx_utf8_invalid_offset(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned char c = p[i];
        if (c < 0x80) {
            /* eight ASCII bytes at a time */
            while (i + 8 <= len) {
                uint64_t v;
                memcpy(&v, p + i, 8);
                if (v & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i < len && p[i] < 0x80)
                i++;
            continue;
        }
        size_t n;
        uint32_t cp, min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2, cp = c & 0x1F, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3, cp = c & 0x0F, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return (long)i;
        }
        if (i + n > len)
            return (long)i;
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return (long)i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return (long)i;
        i += n;
    }
    return -1;
}

/* Decode the code point at s[*i] (valid UTF-8 assumed) and advance *i. */
uint32_t norm_decode(const unsigned char *s, size_t len, size_t *i)
{
    size_t k = *i;
    unsigned char c = s[k];
    if (c < 0x80 || k + 1 >= len) {
        *i = k + 1;
        return c;
    }
    if (c < 0xE0) {
        *i = k + 2;
        return ((uint32_t)(c & 0x1F) << 6) | (s[k + 1] & 0x3F);
    }
    if (c < 0xF0) {
        if (k + 2 >= len) {
            *i = len;
            return 0xFFFD;
        }
        *i = k + 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[k + 1] & 0x3F) << 6) |
               (s[k + 2] & 0x3F);
    }
    if (k + 3 >= len) {
        *i = len;
        return 0xFFFD;
    }
    *i = k + 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[k + 1] & 0x3F) << 12) |
           ((uint32_t)(s[k + 2] & 0x3F) << 6) | (s[k + 3] & 0x3F);
}

/* Encode cp as UTF-8 into out (4 bytes room); returns the byte count. */
size_t norm_encode(uint32_t cp, char *out)
{
    return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

/* Case of a Vietnamese letter outside ASCII, without a table lookup:
 * 1 upper, 0 lower, -1 not one of them (ask utf8proc).  Covers Latin-1,
 * ă đ ĩ ũ ơ ư and the Latin Extended Additional block (ạ … ỹ). */
static int norm_viet_case(uint32_t cp)
{
    if (cp >= 0x1EA0 && cp <= 0x1EFF)
        return !(cp & 1);
    if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7)
        return cp <= 0xDE;
    switch (cp) {
    case 0x102:
    case 0x110:
    case 0x128:
    case 0x168:
    case 0x1A0:
    case 0x1AF:
        return 1;
    case 0x103:
    case 0x111:
    case 0x129:
    case 0x169:
    case 0x1A1:
    case 0x1B0:
        return 0;
    default:
        return -1;
    }
}

/* Lower case of a code point (ASCII and Vietnamese fast paths). */
uint32_t norm_lower(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    int c = norm_viet_case(cp);
    if (c == 0)
        return cp;
    if (c == 1)
        return cp < 0x100 ? cp + 0x20 : cp == 0x1AF ? 0x1B0 : cp + 1;
    return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

/* Whether cp is an upper-case letter. */
bool norm_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp > 0x10FFFF)
        return false;
    int c = norm_viet_case(cp);
    if (c >= 0)
        return c == 1;
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

/* Whether cp is a letter (or a combining mark, which belongs to one). */
bool norm_is_letter(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    if (cp > 0x10FFFF)
        return false;
    if (norm_viet_case(cp) >= 0)
        return true;
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_MN ||
           c == UTF8PROC_CATEGORY_MC;
}

/* White space other than '\n' that the extractor treats as one ' ': tabs,
 * controls, NBSP, the U+2000 spaces, zero-width space/joiners, BOM. */
static bool norm_is_odd_space(uint32_t cp)
{
    if (cp < 0x20)
        return cp != '\n';
    return cp == 0x7F || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200D) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF ||
           (cp >= 0x80 && cp < 0xA0);
}

/* Whether the bytes at p start a combining diacritic U+0300..U+036F. */
static bool norm_is_combining_at(const unsigned char *p, size_t left)
{
    return left >= 2 && ((p[0] == 0xCC && p[1] >= 0x80) || (p[0] == 0xCD && p[1] <= 0xAF));
}

/* Grow the working buffers so that n more bytes fit. */
static int norm_reserve(tx_text *t, size_t *cap, size_t n)
{
    if (t->len + n + 1 <= *cap)
        return 0;
    size_t nc = (*cap) * 2 + n + 16;
    char *w = realloc(t->w, nc);
    if (!w)
        return -1;
    t->w = w;
    uint32_t *m = realloc(t->map, (nc + 1) * sizeof *m);
    if (!m)
        return -1;
    t->map = m;
    *cap = nc;
    return 0;
}

/* NFC one cluster (a base and its combining marks) into t, all of its bytes
 * mapped to the original offset orig; rest is the input still to copy. */
static int norm_cluster(tx_text *t, size_t *cap, const uint32_t *cps, size_t n, uint32_t orig,
                        size_t rest)
{
    utf8proc_int32_t buf[64];
    size_t m = 0;
    for (size_t k = 0; k < n && m < 48; k++) {
        int bc = 0;
        utf8proc_ssize_t r = utf8proc_decompose_char(
            (utf8proc_int32_t)cps[k], buf + m, (utf8proc_ssize_t)(64 - m), UTF8PROC_DECOMPOSE, &bc);
        if (r < 0 || (size_t)r > 64 - m)
            return -1;
        m += (size_t)r;
    }
    /* canonical ordering of the marks (stable insertion sort by class) */
    for (size_t a = 1; a < m; a++) {
        utf8proc_int32_t c = buf[a];
        int cc = utf8proc_get_property(c)->combining_class;
        if (cc == 0)
            continue;
        size_t b = a;
        while (b > 0 && utf8proc_get_property(buf[b - 1])->combining_class > cc) {
            buf[b] = buf[b - 1];
            b--;
        }
        buf[b] = c;
    }
    utf8proc_ssize_t r =
        utf8proc_normalize_utf32(buf, (utf8proc_ssize_t)m, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    if (r < 0)
        return -1;
    /* room for the cluster and for the rest of the input, which the
     * common path copies without checking */
    if (norm_reserve(t, cap, (size_t)r * 4 + rest + 16))
        return -1;
    for (utf8proc_ssize_t k = 0; k < r; k++) {
        size_t nb = norm_encode((uint32_t)buf[k], t->w + t->len);
        for (size_t b = 0; b < nb; b++)
            t->map[t->len + b] = orig;
        t->len += nb;
    }
    return 0;
}

/* Tone-mark tables: the five tones of a vowel (huyền, sắc, hỏi, ngã, nặng). */
static const uint32_t tone_a[2][5] = {{0xE0, 0xE1, 0x1EA3, 0xE3, 0x1EA1},
                                      {0xC0, 0xC1, 0x1EA2, 0xC3, 0x1EA0}};
static const uint32_t tone_e[2][5] = {{0xE8, 0xE9, 0x1EBB, 0x1EBD, 0x1EB9},
                                      {0xC8, 0xC9, 0x1EBA, 0x1EBC, 0x1EB8}};
static const uint32_t tone_y[2][5] = {{0x1EF3, 0xFD, 0x1EF7, 0x1EF9, 0x1EF5},
                                      {0x1EF2, 0xDD, 0x1EF6, 0x1EF8, 0x1EF4}};
static const uint32_t tone_o[2][5] = {{0xF2, 0xF3, 0x1ECF, 0xF5, 0x1ECD},
                                      {0xD2, 0xD3, 0x1ECE, 0xD5, 0x1ECC}};
static const uint32_t tone_u[2][5] = {{0xF9, 0xFA, 0x1EE7, 0x169, 0x1EE5},
                                      {0xD9, 0xDA, 0x1EE6, 0x168, 0x1EE4}};

/* Find cp in a tone table: returns the tone 0..4 and the case in *upper. */
static int norm_tone_of(const uint32_t tab[2][5], uint32_t cp, int *upper)
{
    for (int u = 0; u < 2; u++)
        for (int k = 0; k < 5; k++)
            if (tab[u][k] == cp) {
                *upper = u;
                return k;
            }
    return -1;
}

/* Move old-style tone marks in place ("oà" → "òa", "uỷ" → "ủy" at the end of
 * a syllable, not after q where u belongs to the consonant).  Replacements
 * are never longer than the original, so the pass compacts in place. */
static void norm_tones(tx_text *t)
{
    unsigned char *w = (unsigned char *)t->w;
    size_t r = 0, o = 0, n = t->len;
    while (r < n) {
        unsigned char c = w[r];
        if ((c == 'o' || c == 'O' || c == 'u' || c == 'U') && r + 1 < n && w[r + 1] >= 0xC3 &&
            !(r > 0 && (w[r - 1] | 32) == 'q')) {
            size_t j = r + 1;
            uint32_t v = norm_decode(w, n, &j);
            int up = 0, tone = -1;
            uint32_t base = 0;
            if (c == 'o' || c == 'O') {
                if ((tone = norm_tone_of(tone_a, v, &up)) >= 0)
                    base = up ? 'A' : 'a';
                else if ((tone = norm_tone_of(tone_e, v, &up)) >= 0)
                    base = up ? 'E' : 'e';
            } else if ((tone = norm_tone_of(tone_y, v, &up)) >= 0) {
                base = up ? 'Y' : 'y';
            }
            if (tone >= 0) {
                size_t k = j;
                uint32_t next = k < n ? norm_decode(w, n, &k) : ' ';
                if (!norm_is_letter(next)) {
                    int cu = (c == 'O' || c == 'U');
                    uint32_t first = (c | 32) == 'o' ? tone_o[cu][tone] : tone_u[cu][tone];
                    uint32_t orig = t->map[r];
                    char tmp[8];
                    size_t nb = norm_encode(first, tmp);
                    tmp[nb++] = (char)base;
                    memcpy(w + o, tmp, nb);
                    for (size_t b = 0; b < nb; b++)
                        t->map[o + b] = orig;
                    o += nb;
                    r = j;
                    continue;
                }
            }
        }
        w[o] = w[r];
        t->map[o] = t->map[r];
        o++, r++;
    }
    t->map[o] = t->map[n];
    t->len = o;
    t->w[o] = '\0';
}

/* Build the normalized working copy of s (valid UTF-8).  0, or -1 on OOM. */
int norm_text(const char *s, size_t len, tx_text *out)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t cap = len + 16;
    out->len = 0;
    out->w = malloc(cap);
    out->map = malloc((cap + 1) * sizeof *out->map);
    if (!out->w || !out->map)
        goto fail;
    size_t i = 0;
    while (i < len) {
        unsigned char c = p[i];
        /* every path but a cluster writes no more bytes than it reads, and
         * the buffers are len + 16 long: only clusters need norm_reserve */
        if (c >= 0x20 && c < 0x7F &&
            !(i + 1 < len && norm_is_combining_at(p + i + 1, len - i - 1))) {
            out->w[out->len] = (char)c;
            out->map[out->len++] = (uint32_t)i;
            i++;
            continue;
        }
        size_t start = i;
        uint32_t cp = norm_decode(p, len, &i);
        if (norm_is_odd_space(cp)) {
            out->w[out->len] = ' ';
            out->map[out->len++] = (uint32_t)start;
            continue;
        }
        if (i < len && norm_is_combining_at(p + i, len - i)) {
            uint32_t cps[16];
            size_t n = 0;
            cps[n++] = cp;
            while (i < len && norm_is_combining_at(p + i, len - i)) {
                uint32_t m = norm_decode(p, len, &i);
                if (n < 16)
                    cps[n++] = m; /* marks past 16 are junk: dropped */
            }
            if (norm_cluster(out, &cap, cps, n, (uint32_t)start, len - i))
                goto fail;
            continue;
        }
        if (out->len + 4 >= cap && norm_reserve(out, &cap, 4))
            goto fail;
        memcpy(out->w + out->len, p + start, i - start);
        for (size_t b = 0; b < i - start; b++)
            out->map[out->len + b] = (uint32_t)start;
        out->len += i - start;
    }
    out->map[out->len] = (uint32_t)len;
    out->w[out->len] = '\0';
    norm_tones(out);
    return 0;
fail:
    norm_text_free(out);
    return -1;
}

/* Release a working copy. */
void norm_text_free(tx_text *t)
{
    free(t->w);
    free(t->map);
    t->w = NULL;
    t->map = NULL;
    t->len = 0;
}

/* FNV-1a over the lower-cased code points of one syllable. */
uint64_t norm_hash_syllable(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = 1469598103934665603ULL;
    size_t i = 0;
    while (i < len) {
        uint32_t cp = p[i] < 0x80 ? p[i++] : norm_decode(p, len, &i);
        cp = norm_lower(cp);
        for (int k = 0; k < 3; k++) {
            h ^= (cp >> (8 * k)) & 0xFF;
            h *= 1099511628211ULL;
        }
    }
    return h ? h : 1;
}

/* Hash of a syllable sequence, extended by one syllable. */
uint64_t norm_hash_combine(uint64_t h, uint64_t syll)
{
    h ^= syll + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h ? h : 1;
}

/* Normalized key: NFC, tone placement, white space collapsed, lower case. */
char *tx_key(const char *s)
{
    if (!s)
        return NULL;
    size_t len = strlen(s);
    if (tx_utf8_invalid_offset(s, len) >= 0)
        return NULL;
    tx_text t;
    if (norm_text(s, len, &t))
        return NULL;
    char *out = malloc(t.len * 2 + 8);
    if (!out) {
        norm_text_free(&t);
        return NULL;
    }
    size_t o = 0, i = 0;
    int space = 0;
    const unsigned char *w = (const unsigned char *)t.w;
    while (i < t.len) {
        uint32_t cp = norm_decode(w, t.len, &i);
        if (cp == ' ' || cp == '\n') {
            space = 1;
            continue;
        }
        if (space && o > 0)
            out[o++] = ' ';
        space = 0;
        o += norm_encode(norm_lower(cp), out + o);
    }
    out[o] = '\0';
    norm_text_free(&t);
    return out;
}

/* Diacritic-free key: tx_key with marks stripped and đ → d. */
char *tx_fold(const char *s)
{
    char *k = tx_key(s);
    if (!k)
        return NULL;
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t r =
        utf8proc_map((const utf8proc_uint8_t *)k, 0, &m,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
    free(k);
    if (r < 0)
        return NULL;
    /* đ (U+0111, C4 91) has no decomposition: replace by 'd' and compact */
    size_t o = 0;
    for (size_t i = 0; m[i]; i++) {
        if (m[i] == 0xC4 && m[i + 1] == 0x91) {
            m[o++] = 'd';
            i++;
        } else {
            m[o++] = m[i];
        }
    }
    m[o] = 0;
    return (char *)m;
}
