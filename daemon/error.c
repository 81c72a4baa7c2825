/*
 * error.c — filling and clearing a tn_error (daemon/error.h).
 */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>

void tn_error_set(tn_error *err, int code, const char *fmt, ...)
{
    va_list ap;
    err->code = code;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

/* Drop data and reset to "no error". */
void tn_error_clear(tn_error *err)
{
    json_decref(err->data);
    err->data = NULL;
    err->code = 0;
    err->message[0] = '\0';
}
