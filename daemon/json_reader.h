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

#endif
