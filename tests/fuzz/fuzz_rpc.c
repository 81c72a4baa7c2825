/*
 * fuzz_rpc.c — libFuzzer harness: request framing + JSON-RPC validation.
 *
 * Drives the daemon's own code, not a copy: server_frame_next() (daemon/
 * server.c) cuts an arbitrary byte stream, delivered in fuzzer-chosen chunks,
 * into request lines under a fuzzer-chosen cap; each line is parsed with the
 * dispatcher's Jansson flags and every request object in it (a batch's
 * members too) goes through the dispatcher's envelope and parameter checks
 * (rpc_request_check(), then rpc_params_fill(): daemon/rpc.c), and the
 * error reply is rendered with rpc_reply_error() and rpc_error_line().
 * Invariants checked (abort on violation, so libFuzzer reports them):
 *   - a line the dispatcher's parser takes (jr_parse, daemon/json_reader.c)
 *     is the tree json_loadb reads, members in the same order;
 *   - a line the flat read takes (jr_flat) is an object json_loadb reads
 *     with the same members and values; one the dispatcher would answer
 *     from it (rpc_flat_check) passes rpc_request_check on that tree with
 *     the same method, id and typed params (rpc_args_of_json), and its
 *     cache key (rpc_args_canonical) is json_dumpb's of the filled params;
 *   - every framed line is exactly the input between two '\n' bytes, holds
 *     no '\n' and is at most the cap; FRAME_TOO_LARGE only past the cap;
 *   - every error reply is one '\n'-terminated line that parses as a JSON
 *     object with the error code it was given;
 *   - tx_utf8_invalid_offset() points at a byte inside the line;
 *   - an accepted request has a usable id and object params, and still
 *     passes rpc_check_params() once methods.def's defaults are filled in
 *     (a default is always within its bounds); a refused one has an
 *     envelope, method or params code, and its reply object serializes.
 * Owns only the harness; seeds are tests/fuzz/corpus_rpc/, found crashes go
 * to tests/fuzz/regress_rpc/ (replayed by ctest in every build).
 */
#include <event2/buffer.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_reader.h"
#include "rpc.h"
#include "tenured.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort with a message: libFuzzer records the input as a crash. */
#define FUZZ_ASSERT(cond)                                                                          \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_rpc: %s:%d: assertion failed: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* Parse the method shapes once, as the daemon does at start-up. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    char *cause = NULL;
    if (rpc_init(&cause) != 0) {
        fprintf(stderr, "fuzz_rpc: rpc_init: %s\n", cause ? cause : "?");
        abort();
    }
    return 0;
}

/* Render an error reply the way the dispatcher does and check its shape. */
static void check_error_line(int code, const char *message)
{
    size_t len = 0;
    char *s = rpc_error_line(code, message, &len);
    FUZZ_ASSERT(s != NULL);
    FUZZ_ASSERT(len > 0 && s[len - 1] == '\n');
    FUZZ_ASSERT(memchr(s, '\n', len - 1) == NULL);
    json_t *o = json_loadb(s, len, 0, NULL);
    FUZZ_ASSERT(json_is_object(o));
    json_t *e = json_object_get(o, "error");
    FUZZ_ASSERT(json_integer_value(json_object_get(e, "code")) == code);
    json_decref(o);
    free(s);
}

/* Validate one request object as the dispatcher does. */
static void check_member(json_t *req)
{
    rpc_error err = {0};
    json_t *id, *params;
    int always;
    const struct rpc_method *m = rpc_request_check(req, 0, &id, &params, &err, &always);
    if (m) {
        FUZZ_ASSERT(err.code == 0);
        FUZZ_ASSERT(!id || json_is_string(id) || json_is_integer(id) || json_is_null(id));
        FUZZ_ASSERT(!params || json_is_object(params));
        json_t *filled = params ? json_deep_copy(params) : json_object();
        rpc_params_fill(m, filled);
        FUZZ_ASSERT(rpc_check_params(m, filled, &err) == 0);
        json_decref(filled);
        return;
    }
    FUZZ_ASSERT(err.code == TENURE_E_INVALID_REQUEST || err.code == TENURE_E_METHOD_NOT_FOUND ||
                err.code == TENURE_E_INVALID_PARAMS);
    FUZZ_ASSERT(!always || err.code == TENURE_E_INVALID_REQUEST);
    FUZZ_ASSERT(memchr(err.message, '\0', sizeof err.message) != NULL);
    json_t *reply = rpc_reply_error(id, err.code, err.message, err.data);
    char *s = json_dumps(reply, JSON_COMPACT);
    FUZZ_ASSERT(s != NULL);
    free(s);
    json_decref(reply);
    check_error_line(err.code, err.message);
    rpc_error_clear(&err);
}

/* A flat member against Jansson's value of it. */
static int member_same(const struct jr_member *e, json_t *v)
{
    switch (e->kind) {
    case JR_STR:
        return json_is_string(v) && json_string_length(v) == e->len &&
               memcmp(json_string_value(v), e->str, e->len) == 0;
    case JR_INT:
        return json_is_integer(v) && json_integer_value(v) == e->num;
    case JR_TRUE:
        return json_is_true(v);
    case JR_FALSE:
        return json_is_false(v);
    case JR_NULL:
        return json_is_null(v);
    default:
        return json_is_object(v);
    }
}

/* The flat read of a line against Jansson's tree of it (req; NULL when
 * Jansson refused the line). */
static void check_flat(const char *line, size_t len, json_t *req)
{
    char *copy = malloc(len ? len : 1);
    FUZZ_ASSERT(copy != NULL);
    memcpy(copy, line, len);
    struct jr_flat f;
    if (jr_flat(copy, len, &f) != 0) {
        free(copy);
        return;
    }
    FUZZ_ASSERT(json_is_object(req) && json_object_size(req) == f.ntop);
    for (size_t i = 0; i < f.ntop; i++) {
        json_t *v = json_object_getn(req, f.top[i].key, f.top[i].klen);
        FUZZ_ASSERT(v && member_same(&f.top[i], v));
        if (f.top[i].kind != JR_OBJ)
            continue;
        FUZZ_ASSERT(json_object_size(v) == f.nsub);
        for (size_t k = 0; k < f.nsub; k++) {
            json_t *w = json_object_getn(v, f.sub[k].key, f.sub[k].klen);
            FUZZ_ASSERT(w && member_same(&f.sub[k], w));
        }
    }
    struct rpc_args a, b;
    const struct jr_member *fid;
    const struct rpc_method *fm = rpc_flat_check(&f, &a, &fid);
    if (fm) {
        rpc_error err = {0};
        json_t *id, *params;
        int always;
        FUZZ_ASSERT(rpc_request_check(req, 0, &id, &params, &err, &always) == fm);
        json_t *jid =
            fid->kind == JR_INT ? json_integer(fid->num) : json_stringn(fid->str, fid->len);
        FUZZ_ASSERT(id && json_equal(id, jid));
        json_decref(jid);
        json_t *filled = params ? json_deep_copy(params) : json_object();
        rpc_params_fill(fm, filled);
        FUZZ_ASSERT(rpc_args_of_json(fm, filled, &b) == 0);
        for (size_t i = 0; i < RPC_MAX_FIELDS; i++) {
            FUZZ_ASSERT(a.set[i] == b.set[i] && a.num[i] == b.num[i] && a.len[i] == b.len[i]);
            FUZZ_ASSERT(!a.str[i] == !b.str[i]);
            FUZZ_ASSERT(!a.str[i] || memcmp(a.str[i], b.str[i], a.len[i]) == 0);
        }
        char k1[1100], k2[1100];
        size_t n1 = rpc_args_canonical(&a, k1, sizeof k1);
        size_t n2 = json_dumpb(filled, k2, sizeof k2, JSON_COMPACT | JSON_SORT_KEYS);
        FUZZ_ASSERT(n1 == n2 && (n1 > sizeof k1 || memcmp(k1, k2, n1) == 0));
        json_decref(filled);
    }
    free(copy);
}

/* One framed line: parse it with the dispatcher's flags and validate it. */
static void check_line(const char *line, size_t len)
{
    long bad = tx_utf8_invalid_offset(line, len);
    FUZZ_ASSERT(bad >= -1 && bad < (long)len);
    json_error_t jerr;
    json_t *req = json_loadb(line, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &jerr);
    /* the dispatcher's own parser takes a subset: whatever it takes,
     * Jansson reads the same tree, members in the same order */
    json_t *fast = jr_parse(line, len);
    check_flat(line, len, req);
    if (fast) {
        FUZZ_ASSERT(req && json_equal(fast, req));
        char *a = json_dumps(fast, JSON_COMPACT), *b = json_dumps(req, JSON_COMPACT);
        FUZZ_ASSERT(a && b && strcmp(a, b) == 0);
        free(a);
        free(b);
        json_decref(fast);
    }
    if (!req) {
        char msg[256];
        snprintf(msg, sizeof msg, "parse error: %s at byte %d", jerr.text, jerr.position);
        check_error_line(TENURE_E_PARSE_ERROR, msg);
        return;
    }
    if (json_is_array(req)) {
        size_t i;
        json_t *m;
        json_array_foreach(req, i, m) check_member(m);
    } else {
        check_member(req);
    }
    json_decref(req);
}

/* Input: byte 0 picks the line cap, byte 1 the chunk pattern; the rest is
 * the byte stream a client would send. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const size_t caps[] = {16, 64, 256, 1024, 4096, 65536, 1u << 20, 16u << 20};
    size_t cap = caps[data[0] % 8];
    unsigned chunk_seed = data[1];
    const uint8_t *in = data + 2;
    size_t n = size - 2;

    struct evbuffer *buf = evbuffer_new();
    FUZZ_ASSERT(buf != NULL);
    size_t fed = 0, consumed = 0, scanned = 0;
    int closed = 0;
    while (!closed && (fed < n || evbuffer_get_length(buf) > 0)) {
        if (fed < n) {
            /* deliver the next chunk: 1..256 bytes, as a network would */
            size_t c = 1 + ((chunk_seed * 31u + fed * 7u) % 256u);
            chunk_seed = chunk_seed * 1103515245u + 12345u;
            if (c > n - fed)
                c = n - fed;
            FUZZ_ASSERT(evbuffer_add(buf, in + fed, c) == 0);
            fed += c;
        }
        for (;;) {
            char *line = NULL;
            size_t len = 0;
            enum server_frame f = server_frame_next(buf, cap, &scanned, &line, &len);
            if (f == FRAME_MORE)
                break;
            if (f == FRAME_TOO_LARGE) {
                /* only a line over the cap may be refused */
                const uint8_t *nl = memchr(in + consumed, '\n', fed - consumed);
                size_t line_len = nl ? (size_t)(nl - (in + consumed)) : fed - consumed;
                FUZZ_ASSERT(line_len > cap);
                closed = 1;
                break;
            }
            FUZZ_ASSERT(f == FRAME_LINE && line != NULL);
            FUZZ_ASSERT(len <= cap);
            FUZZ_ASSERT(consumed + len < fed);
            FUZZ_ASSERT(memcmp(line, in + consumed, len) == 0);
            FUZZ_ASSERT(in[consumed + len] == '\n');
            FUZZ_ASSERT(memchr(line, '\n', len) == NULL);
            consumed += len + 1;
            check_line(line, len);
            free(line);
        }
        if (fed == n)
            break; /* what is left is an unterminated line: the client's EOF */
    }
    evbuffer_free(buf);
    return 0;
}
