/*
 * json_reader.h — a request line to a Jansson tree in one pass over its
 * bytes, for the plain lines nearly every request is: Jansson's own parser
 * (json_loadb) reads a byte at a time through a stream callback and costs
 * about 19 k instructions for a 100-byte `who` line, half of an echo's
 * whole cost and a sixth of an uncached answer's.
 *
 * It reads a subset of JSON exactly: a top-level object whose values are
 * objects, arrays, strings (valid UTF-8, no control characters; escapes
 * other than \u written by name), integers of at most 18 digits, true,
 * false and null, at most JR_MAX_DEPTH deep, no key twice in one object,
 * only white space after it.  Anything else — a real number, a \u escape,
 * an error of any kind — returns NULL and the caller parses the line with
 * json_loadb(JSON_DECODE_ANY | JSON_REJECT_DUPLICATES), which builds the
 * same tree for what the subset accepts and the error reply for the rest.
 * tests/unit/test_json_reader.c and the fuzz_rpc harness check that
 * (json_equal, and the members' order through json_dumps).  Pure: no I/O,
 * any thread.
 */
#ifndef TENURED_JSON_READER_H
#define TENURED_JSON_READER_H

#include <jansson.h>
#include <stddef.h>

/* Deepest nesting the subset takes (Jansson's own limit is 2048). */
#define JR_MAX_DEPTH 16

/* The tree of s[0..len) (a new reference), or NULL when the line is
 * outside the subset (not an error: parse it with json_loadb). */
json_t *jr_parse(const char *s, size_t len);

/* jr_parse, else json_loadb with the dispatcher's flags: the request
 * parse of every line (NULL and *err filled when the line is not JSON). */
json_t *jr_parse_request(const char *s, size_t len, json_error_t *err);

/* A flat object, read without a tree: the shape of nearly every request
 * line ({"jsonrpc":"2.0","id":7,"method":"who","params":{...}}).  Its
 * members are strings without escapes, integers of at most 18 digits, true,
 * false, null, and at most one object whose members are those scalars (the
 * params).  Strings are valid UTF-8 without control characters, no key
 * appears twice in one object, at most JR_FLAT_MAX members per object,
 * only white space around it.  Anything else returns -1 and the line goes
 * to jr_parse_request, whose tree and errors are Jansson's.  Whatever
 * jr_flat takes, Jansson reads the same members with the same values
 * (tests/unit/test_json_reader.c, the fuzz_rpc harness). */
#define JR_FLAT_MAX 8
enum jr_kind { JR_STR, JR_INT, JR_TRUE, JR_FALSE, JR_NULL, JR_OBJ };
struct jr_member {
    const char *key; /* NUL-terminated, klen bytes */
    size_t klen;
    enum jr_kind kind;
    const char *str; /* JR_STR: NUL-terminated, len bytes */
    size_t len;
    long long num; /* JR_INT */
};
struct jr_flat {
    struct jr_member top[JR_FLAT_MAX]; /* the object's members, in order */
    size_t ntop;
    struct jr_member sub[JR_FLAT_MAX]; /* the members of its JR_OBJ member */
    size_t nsub;
};
/* Read s[0..len) as a flat object into *f: 0, or -1 when it is not one.
 * Writes into s: each string's closing quote becomes its NUL, so the
 * pointers in *f point into s (pass a copy of the line). */
int jr_flat(char *s, size_t len, struct jr_flat *f);

#endif
