/*
 * json_reader.c — the request lines' parser (see json_reader.h): a
 * recursive descent over the bytes, building the tree Jansson's parser
 * would, and giving up (NULL) wherever the subset ends.
 */
#include "json_reader.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tenure/utf8.h"
#include "xmalloc.h"

typedef struct jr {
    const unsigned char *s;
    size_t i, len;
} jr;

/* Bytes a string holds as they are, one at a time: printable ASCII but
 * '"' and '\\' (control characters, escapes and UTF-8 are looked at). */
static const unsigned char jr_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Jansson's white space: space, tab, line feed, carriage return. */
static inline void jr_ws(jr *r)
{
    if (r->i < r->len && r->s[r->i] > ' ')
        return; /* the usual case: none */
    while (r->i < r->len) {
        unsigned char c = r->s[r->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        r->i++;
    }
}

/* The string whose opening quote was just read: its bytes in *p, *n (in
 * the line, or in *own, malloc'd, when it had escapes).  -1: outside the
 * subset (unterminated, a control character, invalid UTF-8, \u). */
static int jr_string(jr *r, const char **p, size_t *n, char **own)
{
    size_t start = r->i;
    int esc = 0;
    for (;;) {
        while (r->i < r->len && jr_plain[r->s[r->i]])
            r->i++;
        if (r->i >= r->len)
            return -1;
        unsigned char c = r->s[r->i];
        if (c == '"')
            break;
        if (c < 0x20)
            return -1;
        if (c == '\\') {
            if (r->i + 1 >= r->len)
                return -1;
            switch (r->s[r->i + 1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            default:
                return -1; /* \u and anything invalid: Jansson's */
            }
            esc = 1;
            r->i += 2;
        } else if (c < 0x80) {
            r->i++;
        } else {
            uint32_t cp;
            size_t k = tx_utf8_next(r->s, r->len, r->i, &cp);
            if (!k)
                return -1;
            r->i += k;
        }
    }
    size_t end = r->i++;
    *own = NULL;
    if (!esc) {
        *p = (const char *)r->s + start;
        *n = end - start;
        return 0;
    }
    char *b = xmalloc(end - start);
    size_t o = 0;
    for (size_t i = start; i < end; i++) {
        unsigned char c = r->s[i];
        if (c != '\\') {
            b[o++] = (char)c;
            continue;
        }
        switch (r->s[++i]) {
        case 'b':
            c = '\b';
            break;
        case 'f':
            c = '\f';
            break;
        case 'n':
            c = '\n';
            break;
        case 'r':
            c = '\r';
            break;
        case 't':
            c = '\t';
            break;
        default:
            c = r->s[i];
            break; /* '"', '\\', '/' */
        }
        b[o++] = (char)c;
    }
    *own = b;
    *p = b;
    *n = o;
    return 0;
}

static json_t *jr_value(jr *r, int depth);

/* An object whose '{' was just read. */
static json_t *jr_object(jr *r, int depth)
{
    json_t *o = json_object();
    jr_ws(r);
    if (r->i < r->len && r->s[r->i] == '}') {
        r->i++;
        return o;
    }
    for (;;) {
        if (r->i >= r->len || r->s[r->i] != '"')
            break;
        r->i++;
        const char *k;
        size_t kn;
        char *own;
        if (jr_string(r, &k, &kn, &own) != 0)
            break;
        if (json_object_getn(o, k, kn)) {
            free(own); /* a duplicate: Jansson's error */
            break;
        }
        jr_ws(r);
        json_t *v = NULL;
        if (r->i < r->len && r->s[r->i] == ':') {
            r->i++;
            jr_ws(r);
            v = jr_value(r, depth);
        }
        if (!v || json_object_setn_new_nocheck(o, k, kn, v) != 0) {
            free(own);
            break;
        }
        free(own);
        jr_ws(r);
        if (r->i >= r->len)
            break;
        if (r->s[r->i] == '}') {
            r->i++;
            return o;
        }
        if (r->s[r->i] != ',')
            break;
        r->i++;
        jr_ws(r);
    }
    json_decref(o);
    return NULL;
}

/* An array whose '[' was just read. */
static json_t *jr_array(jr *r, int depth)
{
    json_t *a = json_array();
    jr_ws(r);
    if (r->i < r->len && r->s[r->i] == ']') {
        r->i++;
        return a;
    }
    for (;;) {
        json_t *v = jr_value(r, depth);
        if (!v || json_array_append_new(a, v) != 0)
            break;
        jr_ws(r);
        if (r->i >= r->len)
            break;
        if (r->s[r->i] == ']') {
            r->i++;
            return a;
        }
        if (r->s[r->i] != ',')
            break;
        r->i++;
        jr_ws(r);
    }
    json_decref(a);
    return NULL;
}

/* An integer of at most 18 digits, no leading zero, into *out (a real
 * number or a longer one is Jansson's: -1). */
static int jr_integer_value(jr *r, long long *out)
{
    int neg = 0;
    if (r->s[r->i] == '-') {
        neg = 1;
        r->i++;
    }
    size_t start = r->i;
    long long v = 0;
    while (r->i < r->len && r->s[r->i] >= '0' && r->s[r->i] <= '9') {
        if (r->i - start == 18)
            return -1;
        v = v * 10 + (r->s[r->i] - '0');
        r->i++;
    }
    size_t n = r->i - start;
    if (n == 0 || (n > 1 && r->s[start] == '0'))
        return -1;
    if (r->i < r->len && (r->s[r->i] == '.' || r->s[r->i] == 'e' || r->s[r->i] == 'E'))
        return -1;
    *out = neg ? -v : v;
    return 0;
}

static json_t *jr_integer(jr *r)
{
    long long v;
    return jr_integer_value(r, &v) == 0 ? json_integer(v) : NULL;
}

/* A literal word; NULL unless the bytes at r->i are exactly it. */
static int jr_word(jr *r, const char *w, size_t n)
{
    if (r->len - r->i < n || memcmp(r->s + r->i, w, n) != 0)
        return 0;
    r->i += n;
    return 1;
}

/* The value at r->i (white space skipped). */
static json_t *jr_value(jr *r, int depth)
{
    if (r->i >= r->len)
        return NULL;
    unsigned char c = r->s[r->i];
    if (c == '"') {
        r->i++;
        const char *p;
        size_t n;
        char *own;
        if (jr_string(r, &p, &n, &own) != 0)
            return NULL;
        json_t *v = json_stringn_nocheck(p, n);
        free(own);
        return v;
    }
    if (c == '{' || c == '[') {
        if (depth >= JR_MAX_DEPTH)
            return NULL;
        r->i++;
        return c == '{' ? jr_object(r, depth + 1) : jr_array(r, depth + 1);
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return jr_integer(r);
    if (jr_word(r, "true", 4))
        return json_true();
    if (jr_word(r, "false", 5))
        return json_false();
    if (jr_word(r, "null", 4))
        return json_null();
    return NULL;
}

json_t *jr_parse(const char *s, size_t len)
{
    jr r = {(const unsigned char *)s, 0, len};
    jr_ws(&r);
    if (r.i >= r.len || r.s[r.i] != '{')
        return NULL; /* batches and the rest: Jansson's */
    json_t *v = jr_value(&r, 0);
    if (!v)
        return NULL;
    jr_ws(&r);
    if (r.i != r.len) {
        json_decref(v);
        return NULL;
    }
    return v;
}

json_t *jr_parse_request(const char *s, size_t len, json_error_t *err)
{
    json_t *v = jr_parse(s, len);
    if (v)
        return v;
    return json_loadb(s, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, err);
}

/* A string of a flat object, its opening quote at r->i: read and
 * NUL-terminated in place; -1 when it has escapes or is outside the
 * subset. */
static int jr_flat_string(jr *r, char *s, const char **p, size_t *n)
{
    char *own;
    r->i++;
    if (jr_string(r, p, n, &own) != 0)
        return -1;
    if (own) {
        free(own);
        return -1;
    }
    s[r->i - 1] = '\0';
    return 0;
}

/* The members of an object whose '{' was just read, into m[0..*n); a
 * member whose value is an object is read into sub (when sub is not NULL
 * and has not been used yet). */
static int jr_flat_object(jr *r, char *s, struct jr_member *m, size_t *n, struct jr_member *sub,
                          size_t *nsub)
{
    *n = 0;
    jr_ws(r);
    if (r->i < r->len && r->s[r->i] == '}') {
        r->i++;
        return 0;
    }
    for (;;) {
        if (*n == JR_FLAT_MAX || r->i >= r->len || r->s[r->i] != '"')
            return -1;
        struct jr_member *e = &m[*n];
        if (jr_flat_string(r, s, &e->key, &e->klen) != 0)
            return -1;
        for (size_t k = 0; k < *n; k++)
            if (m[k].klen == e->klen && memcmp(m[k].key, e->key, e->klen) == 0)
                return -1; /* a duplicate: Jansson's error */
        jr_ws(r);
        if (r->i >= r->len || r->s[r->i] != ':')
            return -1;
        r->i++;
        jr_ws(r);
        if (r->i >= r->len)
            return -1;
        unsigned char c = r->s[r->i];
        if (c == '"') {
            e->kind = JR_STR;
            if (jr_flat_string(r, s, &e->str, &e->len) != 0)
                return -1;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            e->kind = JR_INT;
            if (jr_integer_value(r, &e->num) != 0)
                return -1;
        } else if (jr_word(r, "true", 4)) {
            e->kind = JR_TRUE;
        } else if (jr_word(r, "false", 5)) {
            e->kind = JR_FALSE;
        } else if (jr_word(r, "null", 4)) {
            e->kind = JR_NULL;
        } else if (c == '{' && sub && *nsub == (size_t)-1) {
            r->i++;
            e->kind = JR_OBJ;
            if (jr_flat_object(r, s, sub, nsub, NULL, NULL) != 0)
                return -1;
        } else {
            return -1;
        }
        ++*n;
        jr_ws(r);
        if (r->i >= r->len)
            return -1;
        if (r->s[r->i] == '}') {
            r->i++;
            return 0;
        }
        if (r->s[r->i] != ',')
            return -1;
        r->i++;
        jr_ws(r);
    }
}

int jr_flat(char *s, size_t len, struct jr_flat *f)
{
    jr r = {(const unsigned char *)s, 0, len};
    f->ntop = 0;
    f->nsub = (size_t)-1; /* no object member yet */
    jr_ws(&r);
    if (r.i >= r.len || r.s[r.i] != '{')
        return -1;
    r.i++;
    if (jr_flat_object(&r, s, f->top, &f->ntop, f->sub, &f->nsub) != 0)
        return -1;
    if (f->nsub == (size_t)-1)
        f->nsub = 0;
    jr_ws(&r);
    return r.i == r.len ? 0 : -1;
}
