/*
 * rpc.c — JSON-RPC 2.0 dispatch: envelope checks, parameter shapes from
 * methods.def, error objects.  (Grows into the dispatcher; see rpc.h.)
 */
#include "rpc.h"

#include <stdarg.h>
#include <stdio.h>

/* Set code and message of an error. */
void rpc_error_set(rpc_error *err, int code, const char *fmt, ...)
{
    va_list ap;
    err->code = code;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

/* Drop data and reset to "no error". */
void rpc_error_clear(rpc_error *err)
{
    json_decref(err->data);
    err->data = NULL;
    err->code = 0;
    err->message[0] = '\0';
}
