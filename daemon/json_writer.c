/*
 * json_writer.c — compact JSON into a growing buffer (see json_writer.h:
 * the contract is "what json_dumps(JSON_COMPACT) gives").
 */
#include "json_writer.h"

#include <stdlib.h>
#include <string.h>

void jw_init(jw *w)
{
    memset(w, 0, sizeof *w);
}

void jw_free(jw *w)
{
    free(w->buf);
    jw_init(w);
}

/* Grow to hold n more bytes (and a NUL); 0, or -1 with oom set. */
static int jw_grow(jw *w, size_t n)
{
    if (w->oom)
        return -1;
    size_t cap = w->cap ? w->cap : 1024;
    while (cap < w->len + n + 1) {
        if (cap > SIZE_MAX / 2) {
            w->oom = 1;
            return -1;
        }
        cap *= 2;
    }
    char *nb = realloc(w->buf, cap);
    if (!nb) {
        w->oom = 1;
        return -1;
    }
    w->buf = nb;
    w->cap = cap;
    return 0;
}

/* Room for n more bytes (and a NUL); 0, or -1 with oom set (an oom writer
 * has cap 0 once jw_finish or jw_free ran, and never grows again). */
static inline int jw_room(jw *w, size_t n)
{
    if (w->len + n + 1 <= w->cap && !w->oom)
        return 0;
    return jw_grow(w, n);
}

static void jw_put(jw *w, const char *s, size_t n)
{
    if (jw_room(w, n) == 0) {
        memcpy(w->buf + w->len, s, n);
        w->len += n;
    }
}

static void jw_putc(jw *w, char c)
{
    if (jw_room(w, 1) == 0)
        w->buf[w->len++] = c;
}

static void jw_value(jw *w)
{
    if (w->depth == 0)
        return;
    if (w->n[w->depth - 1] == 2) { /* a key was just written */
        w->n[w->depth - 1] = 1;
        return;
    }
    if (w->n[w->depth - 1])
        jw_putc(w, ',');
    w->n[w->depth - 1] = 1;
}

static void jw_open(jw *w, char c)
{
    jw_value(w);
    jw_putc(w, c);
    if (w->depth >= JW_MAX_DEPTH) {
        w->oom = 1; /* deeper than any reply: unusable, reported by jw_finish */
        return;
    }
    w->n[w->depth++] = 0;
}

static void jw_close(jw *w, char c)
{
    if (w->depth == 0) {
        w->oom = 1;
        return;
    }
    w->depth--;
    jw_putc(w, c);
}

void jw_obj(jw *w)
{
    jw_open(w, '{');
}

void jw_obj_end(jw *w)
{
    jw_close(w, '}');
}

void jw_arr(jw *w)
{
    jw_open(w, '[');
}

void jw_arr_end(jw *w)
{
    jw_close(w, ']');
}

void jw_keyn(jw *w, const char *key, size_t n)
{
    if (w->depth == 0) {
        w->oom = 1;
        return;
    }
    if (jw_room(w, n + 4) == 0) {
        if (w->n[w->depth - 1])
            w->buf[w->len++] = ',';
        w->buf[w->len++] = '"';
        memcpy(w->buf + w->len, key, n);
        w->len += n;
        w->buf[w->len++] = '"';
        w->buf[w->len++] = ':';
    }
    w->n[w->depth - 1] = 2;
}

/* Bytes Jansson escapes: control characters, '"' and '\\'. */
static const unsigned char jw_special[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,           1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1 /* '"' */, ['\\'] = 1};

void jw_escape(jw *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!jw_special[c])
            continue;
        jw_put(w, s + run, i - run);
        run = i + 1;
        char e[6] = {'\\', 0, 0, 0, 0, 0};
        size_t el = 2;
        switch (c) {
        case '"':
            e[1] = '"';
            break;
        case '\\':
            e[1] = '\\';
            break;
        case '\b':
            e[1] = 'b';
            break;
        case '\f':
            e[1] = 'f';
            break;
        case '\n':
            e[1] = 'n';
            break;
        case '\r':
            e[1] = 'r';
            break;
        case '\t':
            e[1] = 't';
            break;
        default:
            e[1] = 'u';
            e[2] = '0';
            e[3] = '0';
            e[4] = hex[c >> 4];
            e[5] = hex[c & 15];
            el = 6;
        }
        jw_put(w, e, el);
    }
    jw_put(w, s + run, n - run);
}

void jw_strn(jw *w, const char *s, size_t n)
{
    jw_value(w);
    /* most names need no escape: one copy between the quotes */
    size_t i = 0;
    while (i < n && !jw_special[(unsigned char)s[i]])
        i++;
    if (i == n) {
        if (jw_room(w, n + 2) == 0) {
            w->buf[w->len++] = '"';
            memcpy(w->buf + w->len, s, n);
            w->len += n;
            w->buf[w->len++] = '"';
        }
        return;
    }
    jw_putc(w, '"');
    jw_escape(w, s, n);
    jw_putc(w, '"');
}

void jw_str(jw *w, const char *s)
{
    jw_strn(w, s, strlen(s));
}

void jw_int(jw *w, long long v)
{
    char b[24];
    size_t i = sizeof b;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        b[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        b[--i] = '-';
    jw_value(w);
    jw_put(w, b + i, sizeof b - i);
}

void jw_null(jw *w)
{
    jw_value(w);
    jw_put(w, "null", 4);
}

void jw_pdate(jw *w, const pdate *d)
{
    if (d->prec == PDATE_NONE) {
        jw_null(w);
        return;
    }
    char b[12];
    unsigned y = (unsigned)d->year % 10000u, m = (unsigned)d->month % 100u;
    unsigned day = (unsigned)d->day % 100u;
    size_t n = 5;
    b[0] = '"';
    b[1] = (char)('0' + y / 1000);
    b[2] = (char)('0' + y / 100 % 10);
    b[3] = (char)('0' + y / 10 % 10);
    b[4] = (char)('0' + y % 10);
    if (d->prec != PDATE_YEAR) {
        b[5] = '-';
        b[6] = (char)('0' + m / 10);
        b[7] = (char)('0' + m % 10);
        n = 8;
    }
    if (d->prec == PDATE_DAY) {
        b[8] = '-';
        b[9] = (char)('0' + day / 10);
        b[10] = (char)('0' + day % 10);
        n = 11;
    }
    b[n++] = '"';
    jw_value(w);
    jw_put(w, b, n);
}

void jw_raw(jw *w, const char *json, size_t n)
{
    jw_value(w);
    jw_put(w, json, n);
}

int jw_fresh(const jw *w)
{
    return w->depth > 0 && w->n[w->depth - 1] == 0 && !w->oom;
}

void jw_members(jw *w, const char *text, size_t n)
{
    if (w->depth == 0 || w->n[w->depth - 1] == 2) {
        w->oom = 1; /* not inside an object between members: unusable */
        return;
    }
    if (n == 0)
        return;
    if (w->n[w->depth - 1])
        jw_putc(w, ',');
    jw_put(w, text, n);
    w->n[w->depth - 1] = 1;
}

int jw_finish(jw *w, char **text, size_t *len)
{
    if (w->oom || w->depth != 0 || jw_room(w, 0) != 0) {
        jw_free(w);
        return -1;
    }
    w->buf[w->len] = '\0';
    *text = w->buf;
    *len = w->len;
    w->buf = NULL;
    jw_free(w);
    return 0;
}
