/*
 * xmalloc.h — the one out-of-memory policy of tenured and tenure.
 *
 * As in tmux and redis: an allocation that fails ends the program with one
 * clear line ("out of memory allocating N bytes") and abort(), so a core
 * dump shows where.  No caller checks for NULL, and no request is answered
 * with a half-built reply.  The daemon keeps memory in check before it gets
 * here (max_memory, request and batch caps: docs/OPERATIONS.md).
 * xmalloc_init also makes Jansson allocate through xmalloc
 * (json_set_alloc_funcs), so a json_*() constructor never returns NULL for
 * want of memory either.  The extraction library (daemon/extract/) is a
 * library: it reports a failed allocation to its caller and does not use
 * this.
 */
#ifndef TENURE_XMALLOC_H
#define TENURE_XMALLOC_H

#include <stddef.h>

/* Route Jansson's allocations through xmalloc and set where the last line
 * goes: fatal(msg) (the daemon's log), or stderr when fatal is NULL; prog
 * names the program on stderr.  Call first in main, before any Jansson
 * value exists. */
void xmalloc_init(const char *prog, void (*fatal)(const char *msg));

/* malloc, calloc, realloc, reallocarray (overflow-checked), strdup,
 * strndup, a copy of n bytes, and asprintf (returns the length), each
 * ending the program when memory runs out.  A size of 0 allocates one
 * byte, so a NULL return never means success. */
void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *ptr, size_t size);
void *xreallocarray(void *ptr, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
void *xmemdup(const void *p, size_t n);
int xasprintf(char **ret, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
