/*
 * norm.c — text normalization for extraction: UTF-8 validation, NFC of
 * decomposed clusters (only where a combining mark occurs: most articles are
 * already NFC and utf8proc has no quick check), one tone-mark placement
 * ("hoà" → "hòa", "uỷ" → "ủy"), odd white space (NBSP, zero-width space,
 * BOM, tabs, controls) as ' ', with a byte offset map (anchors where the
 * shift changes) back to the text as sent.  Also the normalized keys of the public API (tx_key,
 * tx_fold) and the syllable hashes the phrase tables use.  No I/O, no globals.
 */
#include "tenure/utf8.h"
#include "tx_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Length of the valid UTF-8 sequence at p[i], or 0 when it is invalid
 * (overlong, surrogate, out of range or truncated): the tree's one
 * decoder (include/tenure/utf8.h), for the validator below and the
 * normalizer's slow path. */
static inline size_t norm_valid_len(const unsigned char *p, size_t len, size_t i)
{
    uint32_t cp;
    return tx_utf8_next(p, len, i, &cp);
}

/* Byte offset of the first invalid UTF-8 sequence (norm_valid_len), or -1. */
long tx_utf8_invalid_offset(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (p[i] < 0x80) {
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
        size_t n = norm_valid_len(p, len, i);
        if (!n)
            return (long)i;
        i += n;
    }
    return -1;
}

/* Encode cp as UTF-8 into out (4 bytes room); returns the byte count. */
size_t norm_encode(uint32_t cp, char *out)
{
    return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

/* The slow paths of norm_lower, norm_is_upper and norm_is_letter
 * (tx_internal.h): code points outside ASCII and the Vietnamese letters. */
uint32_t norm_lower_other(uint32_t cp)
{
    return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

bool norm_is_upper_other(uint32_t cp)
{
    if (cp > 0x10FFFF)
        return false;
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

bool norm_is_letter_other(uint32_t cp)
{
    if (cp > 0x10FFFF)
        return false;
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
    return left >= 2 && ((p[0] == 0xCC && p[1] >= 0x80 && p[1] <= 0xBF) ||
                         (p[0] == 0xCD && p[1] >= 0x80 && p[1] <= 0xAF));
}

/* Whether the last character written to w[0, n) and the first of p[0,
 * left) are letters: an apostrophe between them is inside a word. */
static bool norm_apostrophe_between(const char *w, size_t n, const unsigned char *p, size_t left)
{
    size_t b = n - 1;
    while (b > 0 && ((unsigned char)w[b] & 0xC0) == 0x80)
        b--;
    size_t q = b, r = 0;
    const unsigned char *u = (const unsigned char *)w;
    uint32_t before = u[q] < 0x80 ? u[q] : norm_decode(u, n, &q);
    uint32_t after = p[0] < 0x80 ? p[0] : norm_decode(p, left, &r);
    return norm_is_letter(before) && norm_is_letter(after);
}

/* Grow the working buffer so that n more bytes fit. */
static int norm_reserve(tx_text *t, size_t *cap, size_t n)
{
    if (t->len + n + 1 <= *cap)
        return 0;
    size_t nc = (*cap) * 2 + n + 16;
    char *w = realloc(t->w, nc);
    if (!w)
        return -1;
    t->w = w;
    *cap = nc;
    return 0;
}

/* Record that working offset out corresponds to original offset in (only
 * when the shift between the two texts changes there). */
static int norm_anchor(tx_text *t, size_t out, size_t in)
{
    if (t->nanc) {
        tx_anchor *a = &t->anc[t->nanc - 1];
        if ((int64_t)a->in - (int64_t)a->out == (int64_t)in - (int64_t)out)
            return 0;
        if (a->out == out) {
            a->in = (uint32_t)in;
            return 0;
        }
    } else if (in == out) {
        return 0;
    }
    if (t->nanc == t->capanc) {
        size_t nc = t->capanc ? t->capanc * 2 : 16;
        tx_anchor *na = realloc(t->anc, nc * sizeof *na);
        if (!na)
            return -1;
        t->anc = na;
        t->capanc = nc;
    }
    t->anc[t->nanc++] = (tx_anchor){(uint32_t)out, (uint32_t)in};
    return 0;
}

/* Original byte offset of working offset pos (binary search of anchors). */
size_t norm_orig(const tx_text *t, size_t pos)
{
    size_t lo = 0, hi = t->nanc;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->anc[mid].out <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t v = lo ? t->anc[lo - 1].in + (pos - t->anc[lo - 1].out) : pos;
    return v > t->origlen ? t->origlen : v;
}

/* NFC one cluster (a base and its combining marks) into t; rest is the
 * input still to copy. */
static int norm_cluster(tx_text *t, size_t *cap, const uint32_t *cps, size_t n, size_t rest)
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
    for (utf8proc_ssize_t k = 0; k < r; k++)
        t->len += norm_encode((uint32_t)buf[k], t->w + t->len);
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

/* The tone move at w[r] if there is one: "oà" → "òa", "uỷ" → "ủy" at the
 * end of a syllable, not after q where u belongs to the consonant.  Fills
 * rep (nb bytes) and *j (end of the replaced pair). */
static bool norm_tone_at(const unsigned char *w, size_t n, size_t r, char *rep, size_t *nb,
                         size_t *j)
{
    unsigned char c = w[r];
    if (!((c == 'o' || c == 'O' || c == 'u' || c == 'U') && r + 1 < n && w[r + 1] >= 0xC3 &&
          !(r > 0 && (w[r - 1] | 32) == 'q')))
        return false;
    size_t e = r + 1;
    uint32_t v = norm_decode(w, n, &e);
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
    if (tone < 0)
        return false;
    size_t k = e;
    uint32_t next = k < n ? norm_decode(w, n, &k) : ' ';
    if (norm_is_letter(next))
        return false;
    int cu = (c == 'O' || c == 'U');
    uint32_t first = (c | 32) == 'o' ? tone_o[cu][tone] : tone_u[cu][tone];
    *nb = norm_encode(first, rep);
    rep[(*nb)++] = (char)base;
    *j = e;
    return true;
}

/* Where a tone mark may have to move: the working offsets r with an 'o' or
 * 'u' (either case) at r and a lead byte >= 0xC3 at r + 1, in increasing
 * order, as norm_text_checked writes them.  When the list fills, the ones
 * whose bytes are all written are tried (norm_tone_at reads at most 8 bytes
 * from r): the first that moves is the answer, the others go.  Should the
 * list still be full, every offset from the first one not kept on is a
 * candidate. */
enum { NORM_CANDS = 32 };
typedef struct norm_cands {
    size_t n;
    size_t from;  /* (size_t)-1: the list holds them all */
    size_t found; /* the first that moves, (size_t)-1 none yet */
    size_t at[NORM_CANDS];
} norm_cands;

/* Add candidate r; w[0, written) is the working text written so far. */
static void norm_cand_add(norm_cands *c, size_t r, const char *w, size_t written)
{
    if (c->found != (size_t)-1 || c->from != (size_t)-1)
        return;
    if (c->n == NORM_CANDS) {
        size_t k = 0, nb, j;
        char rep[8];
        for (; k < c->n && c->at[k] + 8 <= written; k++) {
            if (norm_tone_at((const unsigned char *)w, written, c->at[k], rep, &nb, &j)) {
                c->found = c->at[k];
                return;
            }
        }
        memmove(c->at, c->at + k, (c->n - k) * sizeof *c->at);
        c->n -= k;
    }
    if (c->n < NORM_CANDS)
        c->at[c->n++] = r;
    else
        c->from = r;
}

/* Add the candidates among the bytes t->w[a, t->len) just written (a >= 1
 * checks the pair with the byte before). */
static void norm_cand_scan(norm_cands *c, const tx_text *t, size_t a)
{
    const unsigned char *w = (const unsigned char *)t->w;
    for (size_t q = a ? a : 1; q < t->len; q++)
        if (w[q] >= 0xC3 && ((w[q - 1] | 32) == 'o' || (w[q - 1] | 32) == 'u'))
            norm_cand_add(c, q - 1, t->w, t->len);
}

/* Move old-style tone marks in place.  Replacements are never longer than
 * the original, so the pass compacts in place; it writes nothing until the
 * first move, and rebuilds the anchors past it.  The first move is found
 * among the candidates c (NULL: every offset is one).  0, or -1 on OOM. */
static int norm_tones(tx_text *t, const norm_cands *c)
{
    unsigned char *w = (unsigned char *)t->w;
    size_t n = t->len, r = n, nb = 0, j = 0;
    char rep[8];
    if (c && c->found != (size_t)-1 && norm_tone_at(w, n, c->found, rep, &nb, &j))
        r = c->found;
    for (size_t k = 0; c && c->found == (size_t)-1 && k < c->n && r == n; k++)
        if (norm_tone_at(w, n, c->at[k], rep, &nb, &j))
            r = c->at[k];
    if (r == n && (!c || c->from < n)) {
        for (r = c ? c->from : 0; r < n; r++) {
            unsigned char b = w[r] | 32;
            if ((b == 'o' || b == 'u') && r + 1 < n && w[r + 1] >= 0xC3 &&
                norm_tone_at(w, n, r, rep, &nb, &j))
                break;
        }
    }
    if (r >= n)
        return 0;
    tx_anchor *old = t->anc;
    size_t nold = t->nanc, ai = 0;
    t->anc = NULL;
    t->nanc = t->capanc = 0;
    tx_anchor cur = {0, 0};
    int rc = 0;
    size_t o = r;
    while (ai < nold && old[ai].out <= r) {
        cur = old[ai++];
        rc |= norm_anchor(t, cur.out, cur.in);
    }
    while (r < n) {
        while (ai < nold && old[ai].out <= r) {
            cur = old[ai++];
            rc |= norm_anchor(t, o, cur.in + (r - cur.out));
        }
        if (norm_tone_at(w, n, r, rep, &nb, &j)) {
            memcpy(w + o, rep, nb);
            o += nb;
            /* the next character keeps its original offset */
            rc |= norm_anchor(t, o, cur.in + (j - cur.out));
            r = j;
            continue;
        }
        w[o++] = w[r++];
    }
    while (ai < nold) {
        cur = old[ai++];
        rc |= norm_anchor(t, o, cur.in + (n - cur.out));
    }
    free(old);
    t->len = o;
    t->w[o] = '\0';
    return rc ? -1 : 0;
}

/* Eight bytes at a time: the copy loop of norm_text_checked takes as they
 * are the characters it needs not look at — printable ASCII, the two-byte
 * letters from U+00C0 (lead C3..DF, not the CC/CD of combining marks) and
 * the Latin Extended Additional block (lead E1: ạ … ỹ), all valid UTF-8.
 * The tests below work on the high bit of each byte of a 64-bit word, in
 * text order from the low byte ("next" shifts a byte's flag onto the byte
 * after it); each gives the flag of a byte exactly, with no carry between
 * bytes (the "hasless" family of the bit-twiddling hacks). */
#define NORM_B(x) (0x0101010101010101ULL * (uint64_t)(x))
#define NORM_HI NORM_B(0x80)

/* Bytes that are 0. */
static inline uint64_t norm_zero(uint64_t v)
{
    return ~(((v & NORM_B(0x7F)) + NORM_B(0x7F)) | v | NORM_B(0x7F)) & NORM_HI;
}

/* Bytes < n (n <= 128). */
static inline uint64_t norm_below(uint64_t v, unsigned n)
{
    return (NORM_B(127 + n) - (v & NORM_B(0x7F))) & ~v & NORM_HI;
}

/* Bytes > n (n <= 127). */
static inline uint64_t norm_above(uint64_t v, unsigned n)
{
    return (((v & NORM_B(0x7F)) + NORM_B(127 - n)) | v) & NORM_HI;
}

/* How many bytes of the 8 at p are whole plain characters (0 when one of
 * them is not plain, or a character is cut inside them); the candidates
 * of norm_tones among them go to c, the working offset of p[0] being at
 * (p[0] is preceded by an 'o' or 'u' when *ou, which is updated). */
static size_t norm_plain8(const unsigned char *p, norm_cands *c, const tx_text *t, size_t at,
                          bool *ou)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    uint64_t ascii = ~v & NORM_HI & ~norm_below(v, 0x20) & ~norm_zero(v ^ NORM_B(0x7F));
    uint64_t cont = v & ~(v << 1) & NORM_HI;
    uint64_t lead = v & (v << 1) & NORM_HI;
    uint64_t u = v ^ NORM_HI; /* a lead C0..FF is 40..7F here */
    uint64_t l3 = lead & norm_zero(v ^ NORM_B(0xE1));
    uint64_t l2 = lead & norm_above(u, 0x42) & norm_below(u, 0x60) &
                  ~norm_zero((v & NORM_B(0xFE)) ^ NORM_B(0xCC));
    /* a character cut by the end of the word is left to the next one */
    size_t adv = 8;
    if (l3 & (0x80ULL << 48))
        adv = 6;
    else if ((l2 | l3) & (0x80ULL << 56))
        adv = 7;
    uint64_t m = adv == 8 ? ~0ULL : (1ULL << (8 * adv)) - 1;
    uint64_t leads = (l2 | l3) & m;
    uint64_t want = (leads << 8) | ((l3 & m) << 16);
    if (((ascii | cont | l2 | l3) & m) != (NORM_HI & m) || (want & ~m) || (cont & m) != want)
        return 0;
    uint64_t ouv =
        norm_zero((v | NORM_B(0x20)) ^ NORM_B('o')) | norm_zero((v | NORM_B(0x20)) ^ NORM_B('u'));
    uint64_t cand = ((ouv << 8) | (*ou ? 0x80ULL : 0)) & leads;
    while (cand) {
        size_t k = (size_t)__builtin_ctzll(cand) / 8;
        if (at + k > 0)
            norm_cand_add(c, at + k - 1, t->w, t->len);
        cand &= cand - 1;
    }
    *ou = (ouv >> (8 * adv - 8)) & 0x80;
    return adv;
}

#ifdef __SSE2__
/* norm_plain8 for 16 bytes with SSE2 (every x86-64): the same tests as
 * byte compares, one bit per byte of a 16-bit mask in text order, so that
 * the shifts and the checks are norm_plain8's on bits instead of bytes.
 * How far the plain characters reach and the candidates noted are the
 * same whichever of the two reads them (and where neither does, the
 * character loop of norm_text_checked_in does the same tests). */
static size_t norm_plain16(const unsigned char *p, norm_cands *c, const tx_text *t, size_t at,
                           bool *ou)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    /* 0x20..0x7E: above 0x1F as signed bytes (which rules out 0x80..0xFF),
     * not 0x7F */
    unsigned ascii = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(
        _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)), _mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F))));
    unsigned cont = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80)));
    unsigned l3 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE1)));
    /* C3..DF (v - 0xC3 <= 0x1C unsigned), not CC or CD */
    __m128i d = _mm_sub_epi8(v, _mm_set1_epi8((char)0xC3));
    __m128i in2 = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(0x1C)), d);
    __m128i ccd =
        _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xFE)), _mm_set1_epi8((char)0xCC));
    unsigned l2 = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(ccd, in2));
    /* a character cut by the end of the block is left to the next one */
    size_t adv = 16;
    if (l3 & (1u << 14))
        adv = 14;
    else if ((l2 | l3) & (1u << 15))
        adv = 15;
    unsigned m = (1u << adv) - 1;
    unsigned leads = (l2 | l3) & m;
    unsigned want = (leads << 1) | ((l3 & m) << 2);
    if (((ascii | cont | l2 | l3) & m) != m || (want & ~m) || (cont & m) != want)
        return 0;
    __m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20));
    unsigned ouv = (unsigned)_mm_movemask_epi8(_mm_or_si128(
        _mm_cmpeq_epi8(lo, _mm_set1_epi8('o')), _mm_cmpeq_epi8(lo, _mm_set1_epi8('u'))));
    unsigned cand = ((ouv << 1) | (*ou ? 1u : 0u)) & leads;
    while (cand) {
        size_t k = (size_t)__builtin_ctz(cand);
        if (at + k > 0)
            norm_cand_add(c, at + k - 1, t->w, t->len);
        cand &= cand - 1;
    }
    *ou = (ouv >> (adv - 1)) & 1u;
    return adv;
}
#endif

/* Build the normalized working copy of s, validating it on the way (one
 * pass instead of two).  0; -1 on OOM; -2 on invalid UTF-8 with the offset
 * of the first bad byte in *bad. */
int norm_text_checked(const char *s, size_t len, tx_text *out, long *bad)
{
    return norm_text_checked_in(s, len, out, bad, NULL, 0);
}

/* norm_text_checked into buf (malloc'd, bufcap bytes, NULL for none),
 * which out owns from then on, also on failure: a caller that extracts
 * many texts reuses one buffer (tx_extract), and the allocator does not
 * see a large request per text. */
int norm_text_checked_in(const char *s, size_t len, tx_text *out, long *bad, char *buf,
                         size_t bufcap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t cap = len + 16;
    memset(out, 0, sizeof *out);
    out->origlen = len;
    if (buf && bufcap >= cap) {
        out->w = buf;
        cap = bufcap;
    } else {
        free(buf);
        out->w = malloc(cap);
    }
    out->capw = cap;
    if (!out->w)
        goto fail;
    norm_cands cands = {.n = 0, .from = (size_t)-1, .found = (size_t)-1};
    size_t i = 0;
    while (i < len) {
        /* every path but a cluster writes no more bytes than it reads, and
         * the buffer is len + 16 long: only clusters need norm_reserve */
        /* a run of plain characters (norm_plain, all valid) is copied
         * whole, noting where a tone mark may move (an 'o' or 'u' before a
         * lead byte >= 0xC3) */
        size_t run = i;
        size_t base = out->len - i; /* working offset of input offset run */
        unsigned char prev = out->len ? (unsigned char)out->w[out->len - 1] : 0;
        bool ou = (prev | 32) == 'o' || (prev | 32) == 'u';
#ifdef __SSE2__
        for (size_t n; run + 16 <= len && (n = norm_plain16(p + run, &cands, out, run + base, &ou));
             run += n)
            ;
#endif
        for (size_t n; run + 8 <= len && (n = norm_plain8(p + run, &cands, out, run + base, &ou));
             run += n)
            ;
        /* the rest one character at a time: the end of the text, or a
         * word with a character that is not plain */
        prev = run > i ? p[run - 1] : prev;
        while (run < len) {
            unsigned char c = p[run];
            size_t n;
            if (c >= 0x20 && c < 0x7F)
                n = 1;
            else if (c >= 0xC3 && c <= 0xDF && c != 0xCC && c != 0xCD && run + 1 < len &&
                     (p[run + 1] & 0xC0) == 0x80)
                n = 2;
            else if (c == 0xE1 && run + 2 < len && (p[run + 1] & 0xC0) == 0x80 &&
                     (p[run + 2] & 0xC0) == 0x80)
                n = 3;
            else
                break;
            if (n > 1 && ((prev | 32) == 'o' || (prev | 32) == 'u') && run + base > 0)
                norm_cand_add(&cands, run + base - 1, out->w, out->len);
            run += n;
            prev = p[run - 1];
        }
        if (run < len && run > i && norm_is_combining_at(p + run, len - run)) {
            /* the base of a decomposed cluster: back to its first byte */
            do
                run--;
            while (run > i && (p[run] & 0xC0) == 0x80);
        }
        if (run > i) {
            memcpy(out->w + out->len, p + i, run - i);
            out->len += run - i;
            i = run;
            continue;
        }
        size_t start = i, at = out->len;
        if (p[i] >= 0x80 && !norm_valid_len(p, len, i)) {
            *bad = (long)i;
            norm_text_free(out);
            return -2;
        }
        uint32_t cp = norm_decode(p, len, &i);
        if (norm_is_odd_space(cp)) {
            out->w[out->len++] = ' ';
            if (norm_anchor(out, out->len, i))
                goto fail;
            continue;
        }
        /* a typographic apostrophe (U+2019) between two letters is the
         * ASCII one: "Đắk R’Lấp", "H’Hen Niê", "Cư M’gar" are the names
         * "R'Lấp", "H'Hen", "M'gar" (a closing quote stands after a word,
         * before a space or a mark; U+02BC is a letter, inside the word
         * already, and the corpus never writes it) */
        if (cp == 0x2019 && out->len > 0 && i < len &&
            norm_apostrophe_between(out->w, out->len, p + i, len - i)) {
            out->w[out->len++] = '\'';
            if (norm_anchor(out, out->len, i))
                goto fail;
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
            if (norm_anchor(out, out->len, start) || norm_cluster(out, &cap, cps, n, len - i) ||
                norm_anchor(out, out->len, i))
                goto fail;
            norm_cand_scan(&cands, out, at);
            continue;
        }
        if (out->len + 4 >= cap && norm_reserve(out, &cap, 4))
            goto fail;
        memcpy(out->w + out->len, p + start, i - start);
        out->len += i - start;
        norm_cand_scan(&cands, out, at);
    }
    out->w[out->len] = '\0';
    out->capw = cap;
    if (norm_tones(out, &cands))
        goto fail;
    return 0;
fail:
    norm_text_free(out);
    return -1;
}

/* Build the normalized working copy of s (valid UTF-8).  0, or -1 on OOM. */
int norm_text(const char *s, size_t len, tx_text *out)
{
    long bad;
    int r = norm_text_checked(s, len, out, &bad);
    return r == -2 ? -1 : r;
}

/* Release a working copy. */
void norm_text_free(tx_text *t)
{
    free(t->w);
    free(t->anc);
    t->w = NULL;
    t->anc = NULL;
    t->len = t->capw = t->nanc = t->capanc = 0;
}

/* FNV-1a over the lower-cased code points of one syllable. */
uint64_t norm_hash_syllable(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = NORM_HASH_INIT;
    size_t i = 0;
    while (i < len) {
        uint32_t cp = p[i] < 0x80 ? p[i++] : norm_decode(p, len, &i);
        h = norm_hash_step(h, norm_lower(cp));
    }
    return h ? h : 1;
}

/* The key of a text norm_text made: white space collapsed, dashes as '-',
 * lower case (malloc'd; NULL when memory runs out). */
char *norm_key_of(const tx_text *t)
{
    char *out = malloc(t->len * 2 + 8);
    if (!out)
        return NULL;
    size_t o = 0, i = 0;
    int space = 0;
    const unsigned char *w = (const unsigned char *)t->w;
    while (i < t->len) {
        uint32_t cp = norm_decode(w, t->len, &i);
        if (cp == ' ' || cp == '\n') {
            space = 1;
            continue;
        }
        if (space && o > 0)
            out[o++] = ' ';
        space = 0;
        if (cp == 0x2013 || cp == 0x2014)
            cp = '-'; /* en and em dashes as '-' */
        o += norm_encode(norm_lower(cp), out + o);
    }
    out[o] = '\0';
    return out;
}

/* Normalized key: NFC, tone placement, white space collapsed, dashes as
 * '-', lower case. */
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
    char *out = norm_key_of(&t);
    norm_text_free(&t);
    return out;
}

/* Diacritic-free key: tx_key with marks stripped and đ → d.
 *
 * Per code point, as utf8proc_map(DECOMPOSE | STRIPMARK) gives it (which
 * cost 7 k instructions a short label, two passes and two allocations):
 * its canonical decomposition without the marks (Mn, Mc, Me).  The
 * canonical reordering utf8proc_map adds only moves characters of a
 * nonzero combining class, all of them marks, so the stripped result is
 * the same code point by code point.  A key of ASCII only is its own
 * fold; đ (U+0111, no decomposition) is 'd'.  tests/extract/test_text.c
 * compares this with utf8proc_map on random text of every plane. */
static char *norm_fold_key(char *k);

char *tx_fold(const char *s)
{
    char *k = tx_key(s);
    return k ? norm_fold_key(k) : NULL;
}

char *tx_fold_key(const char *key)
{
    char *k = key ? strdup(key) : NULL;
    return k ? norm_fold_key(k) : NULL;
}

/* The fold of key k (made by tx_key); k is freed or returned. */
static char *norm_fold_key(char *k)
{
    size_t len = strlen(k), i = 0;
    while (i < len && (unsigned char)k[i] < 0x80)
        i++;
    if (i == len)
        return k;
    /* a code point of 1-4 bytes decomposes to at most 18 (utf8proc's
     * longest canonical decomposition is 4 code points; Hangul 3): the
     * buffer grows when a decomposition would not fit */
    size_t cap = len * 2 + 16, o = i;
    char *out = malloc(cap);
    if (!out) {
        free(k);
        return NULL;
    }
    memcpy(out, k, i);
    const unsigned char *w = (const unsigned char *)k;
    while (i < len) {
        if (w[i] < 0x80) {
            if (o + 1 >= cap)
                goto grow;
            out[o++] = (char)w[i++];
            continue;
        }
        size_t at = i;
        uint32_t cp = norm_decode(w, len, &i);
        if (cp == 0x111) {
            if (o + 1 >= cap)
                goto grow_back;
            out[o++] = 'd';
            continue;
        }
        utf8proc_int32_t d[16];
        int last = 0;
        utf8proc_ssize_t n = utf8proc_decompose_char(
            (utf8proc_int32_t)cp, d, 16, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK,
            &last);
        if (n < 0 || n > 16) {
            free(out);
            free(k);
            return NULL;
        }
        if (o + 4 * (size_t)n + 1 >= cap) {
            i = at;
            goto grow;
        }
        for (utf8proc_ssize_t j = 0; j < n; j++) {
            if (d[j] == 0x111)
                out[o++] = 'd';
            else
                o += norm_encode((uint32_t)d[j], out + o);
        }
        continue;
    grow_back:
        i = at;
    grow:
        cap = cap * 2 + 64;
        char *no = realloc(out, cap);
        if (!no) {
            free(out);
            free(k);
            return NULL;
        }
        out = no;
    }
    out[o] = '\0';
    free(k);
    return out;
}

/* ASCII base letter of a code point, lower case ('đ' → 'd', 'ố' → 'o'),
 * or 0 when it has none (not a Latin letter). */
char norm_base(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z' ? (char)(cp | 32) : 0;
    if (cp == 0x110 || cp == 0x111)
        return 'd';
    utf8proc_int32_t d[4];
    int last = 0;
    utf8proc_ssize_t n =
        utf8proc_decompose_char((utf8proc_int32_t)cp, d, 4, UTF8PROC_DECOMPOSE, &last);
    if (n < 1 || d[0] >= 0x80)
        return 0;
    return (d[0] | 32) >= 'a' && (d[0] | 32) <= 'z' ? (char)(d[0] | 32) : 0;
}

/* Whether cp is a Latin letter Vietnamese never writes: a consonant with
 * a mark ("š", "ç", "ñ", "ć"), a vowel with a mark other than the five
 * tones and Vietnamese's own hats, breve and horn ("ö", "ü", "å", "î"), or
 * a letter of no ASCII base in the Latin blocks ("ø", "ł", "ß") — a name
 * written in its own spelling ("Miloš Zeman", "Erdoğan"), never a
 * Vietnamese word. */
bool norm_foreign_letter(uint32_t cp)
{
    if (cp < 0x80 || cp == 0x110 || cp == 0x111 || cp == 0xD7 || cp == 0xF7)
        return false;
    bool latin = (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF);
    if (!latin)
        return false;
    /* Vietnamese's own letters, without a decomposition: the block added
     * for it ("ạ" .. "ỹ") and the accented vowels of Latin-1 and
     * Latin Extended-A it writes ("à", "ê", "ă", "ĩ", "ơ", "ư") */
    if (cp >= 0x1EA0 && cp <= 0x1EF9)
        return false;
    if (cp < 0x100 && strchr("\xC0\xC1\xC2\xC3\xC8\xC9\xCA\xCC\xCD\xD2\xD3\xD4\xD5\xD9\xDA\xDD",
                             (int)(cp & ~0x20u)) != NULL)
        return false;
    if (cp == 0x102 || cp == 0x103 || cp == 0x128 || cp == 0x129 || cp == 0x168 || cp == 0x169 ||
        cp == 0x1A0 || cp == 0x1A1 || cp == 0x1AF || cp == 0x1B0)
        return false;
    utf8proc_int32_t d[4];
    int last = 0;
    utf8proc_ssize_t n =
        utf8proc_decompose_char((utf8proc_int32_t)cp, d, 4, UTF8PROC_DECOMPOSE, &last);
    if (n < 1 || d[0] >= 0x80)
        return true; /* "ø", "ł", "ß", "æ" */
    char b = (char)(d[0] | 32);
    if (b < 'a' || b > 'z')
        return false;
    bool vowel = strchr("aeiouy", b) != NULL;
    for (utf8proc_ssize_t i = 1; i < n; i++) {
        utf8proc_int32_t m = d[i];
        if (m == 0x300 || m == 0x301 || m == 0x303 || m == 0x309 || m == 0x323) {
            if (!vowel)
                return true;
        } else if (!((m == 0x302 && (b == 'a' || b == 'e' || b == 'o')) ||
                     (m == 0x306 && b == 'a') || (m == 0x31B && (b == 'o' || b == 'u'))))
            return true;
    }
    return false;
}

/* Fold s[0, len) to ASCII base letters into out (at most cap-1); returns the
 * count, or -1 when a character is no Latin letter or it is too long. */
static int norm_fold_ascii(const char *s, size_t len, char *out, int cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    int n = 0;
    while (i < len) {
        uint32_t cp = p[i] < 0x80 ? p[i++] : norm_decode(p, len, &i);
        char b = norm_base(cp);
        if (!b || n + 1 >= cap)
            return -1;
        out[n++] = b;
    }
    out[n] = '\0';
    return n;
}

/* Whether the folded letters f[0, n) are one Vietnamese syllable: an onset
 * (ngh ng nh ch tr th ph kh gh gi qu, a consonant, or none), one to three
 * vowels, a coda (ng nh ch c m n p t, or none). */
static bool norm_syllable_folded(const char *f, int n)
{
    static const char *const onsets[] = {"ngh", "ng", "nh", "ch", "tr", "th", "ph", "kh", "gh",
                                         "gi",  "qu", "b",  "c",  "d",  "g",  "h",  "k",  "l",
                                         "m",   "n",  "p",  "r",  "s",  "t",  "v",  "x",  ""};
    static const char *const codas[] = {"ng", "nh", "ch", "c", "m", "n", "p", "t", ""};
    for (size_t o = 0; o < sizeof onsets / sizeof *onsets; o++) {
        int on = (int)strlen(onsets[o]);
        if (on > n || memcmp(f, onsets[o], (size_t)on))
            continue;
        int v = on;
        while (v < n && strchr("aeiouy", f[v]))
            v++;
        if (v == on || v - on > 3)
            continue;
        for (size_t c = 0; c < sizeof codas / sizeof *codas; c++)
            if ((int)strlen(codas[c]) == n - v && !memcmp(f + v, codas[c], (size_t)(n - v)))
                return true;
    }
    return false;
}

/* Whether s[0, len) can be one Vietnamese syllable (tones and vowel marks
 * ignored): "Trọng", "nghiêng", "Kré" no ("kr" is no onset). */
bool norm_syllable_ok(const char *s, size_t len)
{
    char f[24];
    int n = norm_fold_ascii(s, len, f, (int)sizeof f);
    return n > 0 && norm_syllable_folded(f, n);
}

/* Where a word that is two Vietnamese syllables written without a space
 * splits ("Trọngmong" → 6: "Trọng" + "mong", "Longđề"); 0 when it is one
 * syllable, no Vietnamese, or no such split.  Only words with a letter
 * outside ASCII count: "Samson" is a foreign name, not a typo. */
size_t norm_glued_split(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    bool viet = false;
    for (size_t i = 0; i < len && !viet; i++)
        viet = p[i] >= 0x80;
    char f[24];
    int n = viet ? norm_fold_ascii(s, len, f, (int)sizeof f) : -1;
    if (n < 5 || norm_syllable_folded(f, n))
        return 0;
    /* the split point in letters, then in bytes; the second syllable must
     * open with a consonant ("Trọng|mong", not "Trọn|gmong") */
    for (int m = 2; m <= n - 2; m++) {
        if (strchr("aeiouy", f[m]) || !norm_syllable_folded(f, m) ||
            !norm_syllable_folded(f + m, n - m))
            continue;
        size_t i = 0;
        for (int k = 0; k < m; k++) {
            if (p[i] < 0x80)
                i++;
            else
                norm_decode(p, len, &i);
        }
        return i;
    }
    return 0;
}
