/* test_utf8.c — the tree's one UTF-8 decoder (include/tenure/utf8.h)
 * against utf8proc_iterate: every code point's encoding decodes to it with
 * its length; random byte strings (biased to lead and continuation bytes,
 * cut at any length) are accepted or refused exactly as utf8proc does,
 * with the same code point; the classic bad sequences (overlongs,
 * surrogates, above U+10FFFF, truncated, lone continuation) are refused;
 * tx_utf8_back never stops inside a character. */
#include "tenure/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "test.h"

/* Both decoders on s[0..len): same verdict, same code point. */
static int agree(const unsigned char *s, size_t len)
{
    uint32_t cp = 0;
    size_t k = tx_utf8_next(s, len, 0, &cp);
    utf8proc_int32_t c;
    utf8proc_ssize_t r = utf8proc_iterate(s, (utf8proc_ssize_t)len, &c);
    if (r <= 0)
        return k == 0;
    return k == (size_t)r && cp == (uint32_t)c;
}

int main(void)
{
    /* every scalar value */
    for (utf8proc_int32_t c = 0; c <= 0x10FFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        unsigned char b[8];
        utf8proc_ssize_t n = utf8proc_encode_char(c, b);
        uint32_t cp = 0;
        size_t k = tx_utf8_next(b, (size_t)n, 0, &cp);
        if (k != (size_t)n || cp != (uint32_t)c) {
            CHECK_INT(k, n);
            CHECK_INT(cp, c);
            break;
        }
        /* cut short: refused */
        if (n > 1 && tx_utf8_next(b, (size_t)n - 1, 0, &cp) != 0) {
            CHECK(0);
            break;
        }
    }
    /* the classic refusals */
    static const char *const bad[] = {"\xC0\xAF",
                                      "\xC1\xBF",
                                      "\xE0\x80\xAF",
                                      "\xF0\x80\x80\xAF",
                                      "\xED\xA0\x80",
                                      "\xED\xBF\xBF",
                                      "\xF4\x90\x80\x80",
                                      "\xF5\x80\x80\x80",
                                      "\xFF",
                                      "\x80",
                                      "\xBF",
                                      "\xC3\x28",
                                      "\xE1\xBB"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        uint32_t cp;
        CHECK_INT(tx_utf8_next((const unsigned char *)bad[i], strlen(bad[i]), 0, &cp), 0);
        CHECK(agree((const unsigned char *)bad[i], strlen(bad[i])));
    }
    /* random bytes, biased to the interesting ones */
    static const unsigned char pick[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
                                         0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1,
                                         0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
    srand(12);
    int disagreed = 0;
    for (int t = 0; t < 500000 && disagreed < 5; t++) {
        unsigned char b[4];
        size_t len = 1 + (size_t)(rand() % 4);
        for (size_t i = 0; i < len; i++)
            b[i] = rand() % 3 ? pick[rand() % sizeof pick] : (unsigned char)rand();
        if (!agree(b, len)) {
            fprintf(stderr, "disagree on %zu bytes: %02x %02x %02x %02x\n", len, b[0],
                    len > 1 ? b[1] : 0, len > 2 ? b[2] : 0, len > 3 ? b[3] : 0);
            disagreed++;
        }
    }
    CHECK_INT(disagreed, 0);
    /* a decode in the middle of a buffer */
    const unsigned char mid[] = "a\xE1\xBB\x87z";
    uint32_t cp;
    CHECK_INT(tx_utf8_next(mid, 5, 1, &cp), 3);
    CHECK_INT(cp, 0x1EC7);                      /* ệ */
    CHECK_INT(tx_utf8_next(mid, 3, 1, &cp), 0); /* cut by len */
    /* tx_utf8_back: the start of the character at or before a byte */
    const char *s = "Bí thư ủy";
    for (size_t i = 0; i <= strlen(s); i++) {
        size_t b = tx_utf8_back(s, i);
        CHECK(b <= i && tx_utf8_is_start((unsigned char)s[b]));
        for (size_t j = b + 1; j <= i; j++)
            CHECK(!tx_utf8_is_start((unsigned char)s[j]) || j == i + 1);
    }
    CHECK_INT(tx_utf8_back(s, 2), 1); /* inside í */
    return test_failures ? 1 : 0;
}
