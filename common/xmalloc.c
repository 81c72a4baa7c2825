/*
 * xmalloc.c — allocation that cannot fail (see xmalloc.h).
 */
#include "xmalloc.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *xmalloc_prog = "tenure";
static void (*xmalloc_fatal)(const char *msg);

void xmalloc_init(const char *prog, void (*fatal)(const char *msg))
{
    if (prog)
        xmalloc_prog = prog;
    xmalloc_fatal = fatal;
    json_set_alloc_funcs(xmalloc, free);
}

/* The last line, then abort (a core dump shows the caller). */
__attribute__((noreturn)) static void xmalloc_fail(const char *what, size_t size)
{
    char msg[128];
    snprintf(msg, sizeof msg, "out of memory: %s of %zu bytes failed", what, size);
    if (xmalloc_fatal)
        xmalloc_fatal(msg);
    else
        fprintf(stderr, "%s: %s\n", xmalloc_prog, msg);
    abort();
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        xmalloc_fail("malloc", size);
    return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
    if (nmemb == 0 || size == 0)
        nmemb = size = 1;
    void *p = calloc(nmemb, size);
    if (!p)
        xmalloc_fail("calloc", nmemb > SIZE_MAX / size ? SIZE_MAX : nmemb * size);
    return p;
}

void *xrealloc(void *ptr, size_t size)
{
    void *p = realloc(ptr, size ? size : 1);
    if (!p)
        xmalloc_fail("realloc", size);
    return p;
}

void *xreallocarray(void *ptr, size_t nmemb, size_t size)
{
    if (size && nmemb > SIZE_MAX / size)
        xmalloc_fail("reallocarray (overflow)", SIZE_MAX);
    return xrealloc(ptr, nmemb * size);
}

void *xmemdup(const void *src, size_t n)
{
    void *p = xmalloc(n);
    if (n)
        memcpy(p, src, n);
    return p;
}

char *xstrdup(const char *s)
{
    return xmemdup(s, strlen(s) + 1);
}

char *xstrndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = xmalloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

int xasprintf(char **ret, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        xmalloc_fail("asprintf (format)", 0);
    *ret = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(*ret, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return n;
}
