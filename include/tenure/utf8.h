/*
 * utf8.h — the one UTF-8 decoder of the tree: the rules of a well-formed
 * sequence written once (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), inline because the extractor's validation
 * (daemon/extract/norm.c), the store's NFC fast path (daemon/store.c,
 * every article's id) and the client's text cutting call it per
 * character.  The extractor's tokenizer reads text already validated by
 * this decoder through norm_decode (daemon/extract/tx_internal.h), its
 * unchecked form.  utf8proc does the Unicode tables (NFC, case, width);
 * this only finds where characters begin and end.
 */
#ifndef TENURE_UTF8_H
#define TENURE_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The code point at s[i] (i < len) in *cp and the length of its sequence
 * (1 to 4), or 0 when s[i] does not begin a well-formed sequence that
 * fits in len (*cp is then undefined). */
static inline size_t tx_utf8_next(const unsigned char *s, size_t len, size_t i, uint32_t *cp)
{
    unsigned char c = s[i];
    size_t n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, v = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, v = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, v = c & 0x07, min = 0x10000;
    else
        return 0;
    if (n > len - i)
        return 0;
    for (size_t k = 1; k < n; k++) {
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i + k] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* Whether byte c begins a character (is not a continuation byte). */
static inline int tx_utf8_is_start(unsigned char c)
{
    return (c & 0xC0) != 0x80;
}

/* The start of the character at or before byte i of s: where a cut at i
 * must move back to so as not to split a character. */
static inline size_t tx_utf8_back(const char *s, size_t i)
{
    while (i > 0 && !tx_utf8_is_start((unsigned char)s[i]))
        i--;
    return i;
}

#endif
