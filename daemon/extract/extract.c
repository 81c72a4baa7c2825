/*
 * extract.c — tx_extract(): validation, normalization, the article date, and
 * the contract object.  (Pattern engine follows.)
 */
#include "tx_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Fill an error. */
static void extract_fail(tx_error *err, int code, long off, const char *msg)
{
    if (!err)
        return;
    err->code = code;
    err->offset = off;
    snprintf(err->message, sizeof err->message, "%s", msg);
}

json_t *tx_extract(const tx_lexicon *lx, const char *text, size_t len, const char *given_date,
                   tx_error *err)
{
    if (err) {
        err->code = 0;
        err->offset = -1;
        err->message[0] = '\0';
    }
    if (!text || len == 0) {
        extract_fail(err, -32002, -1, "empty text");
        return NULL;
    }
    if (len > UINT32_MAX - 64) {
        extract_fail(err, -32002, -1, "text too large");
        return NULL;
    }
    long bad = tx_utf8_invalid_offset(text, len);
    if (bad >= 0) {
        char m[96];
        snprintf(m, sizeof m, "invalid UTF-8 at byte %ld", bad);
        extract_fail(err, -32002, bad, m);
        return NULL;
    }
    pdate given;
    if (given_date && pdate_parse(given_date, &given)) {
        extract_fail(err, -32602, -1, "date must be YYYY, YYYY-MM or YYYY-MM-DD");
        return NULL;
    }
    tx_text t;
    if (norm_text(text, len, &t)) {
        extract_fail(err, -32603, -1, "out of memory");
        return NULL;
    }
    json_t *o = json_object();
    char buf[16];
    pdate d;
    if (given_date) {
        json_object_set_new(o, "date", json_string(pdate_format(&given, buf)));
        json_object_set_new(o, "date_source", json_string("given"));
    } else if (date_find(&t, &d) == 0) {
        json_object_set_new(o, "date", json_string(pdate_format(&d, buf)));
        json_object_set_new(o, "date_source", json_string("text"));
    } else {
        json_object_set_new(o, "date", json_null());
        json_object_set_new(o, "date_source", json_string("none"));
    }
    json_object_set_new(o, "people", json_array());
    json_object_set_new(o, "organizations", json_array());
    json_object_set_new(o, "roles", json_array());
    (void)lx;
    norm_text_free(&t);
    return o;
}
