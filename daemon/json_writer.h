/*
 * json_writer.h — compact JSON text written straight into a growing
 * buffer, for the hottest replies (who, person, org): typed results go to
 * bytes without a Jansson tree built, dumped and freed per reply.
 *
 * Owns the bytes only: commas, string escaping, integers, dates.  The
 * output is byte for byte what json_dumps(JSON_COMPACT) of the same values
 * in the same member order gives (Jansson 2.14: '"', '\\' and control
 * characters escaped, "\\b \\f \\n \\r \\t" by name and the rest as
 * "\\u00XX" with upper-case hex; '/' and non-ASCII left as they are), so a
 * reply written here equals the tree-built one; tests/unit/test_json_writer.c
 * checks that against Jansson's own dump and parser, on random strings too.
 * Strings must be valid UTF-8 (stored names are; see reg_name_of).
 * Out of memory sets a flag checked once at the end (jw_finish), not at
 * every call.  Pure: no I/O, no Jansson, any thread.
 */
#ifndef TENURED_JSON_WRITER_H
#define TENURED_JSON_WRITER_H

#include <stddef.h>
#include <stdint.h>

#include "tenure/pdate.h"

/* Deepest nesting of objects and arrays. */
#define JW_MAX_DEPTH 32

typedef struct jw {
    char *buf;
    size_t len, cap;
    int oom;                       /* a growth failed: the text is unusable */
    unsigned depth;                /* open containers */
    unsigned char n[JW_MAX_DEPTH]; /* per open container: 1 once it has a member */
} jw;

/* An empty writer (no allocation until the first byte). */
void jw_init(jw *w);
/* Release the buffer. */
void jw_free(jw *w);
/* 0 and the NUL-terminated text (malloc'd, *len bytes, the caller's) when
 * every write succeeded and every container was closed; else -1 (the
 * buffer is freed either way). */
int jw_finish(jw *w, char **text, size_t *len);

/* Containers. */
void jw_obj(jw *w);
void jw_obj_end(jw *w);
void jw_arr(jw *w);
void jw_arr_end(jw *w);
/* An object member's key: a string literal without characters to escape
 * (its length is known at compile time); jw_keyn for any other key. */
#define jw_key(w, key) jw_keyn((w), "" key, sizeof(key) - 1)
void jw_keyn(jw *w, const char *key, size_t n);

/* Values (in an array, or after jw_key). */
void jw_str(jw *w, const char *s);
void jw_strn(jw *w, const char *s, size_t n);
void jw_int(jw *w, long long v);
void jw_null(jw *w);
/* A partial date "YYYY[-MM[-DD]]", or null for PDATE_NONE. */
void jw_pdate(jw *w, const pdate *d);
/* Already serialized compact JSON (one value), copied as it is. */
void jw_raw(jw *w, const char *json, size_t n);

/* Whether the innermost container is an object (or array) with nothing
 * written in it yet: text written from here on up to a later point is a
 * list of members that jw_members can copy into another such object. */
int jw_fresh(const jw *w);
/* Members already serialized ("k":v,"k2":v2 as written from a jw_fresh
 * point), copied into the innermost object after its members so far. */
void jw_members(jw *w, const char *text, size_t n);
/* Bytes as a JSON string body (no quotes), escaped as Jansson does;
 * exposed for the tests. */
void jw_escape(jw *w, const char *s, size_t n);

#endif
