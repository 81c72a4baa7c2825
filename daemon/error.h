/*
 * error.h — the error every layer below the JSON-RPC dispatcher reports.
 *
 * A plain struct: a code from include/tenure/errors.def (TENURE_E_*, 0 = no
 * error), a one-line message and optional JSON data.  The store, the
 * registry and the workers fill it; they never include rpc.h.  rpc.h makes
 * rpc_error the same type, and rpc.c turns it into the JSON-RPC "error"
 * member at the reply boundary (code, message, data unchanged).
 */
#ifndef TENURED_ERROR_H
#define TENURED_ERROR_H

#include <jansson.h>

#include "tenure/protocol.h"

typedef struct tn_error {
    int code;          /* a TENURE_E_* code; 0 means no error */
    char message[256]; /* one line, names the offending field or byte offset */
    json_t *data;      /* optional extra data (owned reference), or NULL */
} tn_error;

/* Set code and a printf-style message (replaces any earlier one). */
void tn_error_set(tn_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Release err->data and clear. */
void tn_error_clear(tn_error *err);

#endif
