/*
 * params.h — reading the parameter shapes of methods.def, for both programs.
 *
 * A shape is a comma-separated list of fields:
 *
 *   name ':' type [ '[' min '..' [max] ']' ] [ '?' [ '=' default ] ]
 *
 * type is s (string), i (integer), b (boolean), o (object) or a (array);
 * '?' marks the field optional.  An integer field may declare its bounds
 * (inclusive; "[0..]" has no upper one) and, when optional, the value it
 * takes when absent; an optional boolean its value when absent ("=true";
 * without one, absent means false).  "limit:i[1..1000]?=50" is an optional integer from 1
 * to 1000 that is 50 when not given.  The daemon checks the bounds and fills
 * the default before any handler runs (daemon/rpc.c); the client checks its
 * options against the same bounds before sending (client/registry_fmt.c), so
 * both say the same thing about the same value, and the numbers live only in
 * methods.def.
 */
#ifndef TENURE_PARAMS_H
#define TENURE_PARAMS_H

#include <stdlib.h>
#include <string.h>

struct tenure_param {
    char name[32];
    char type;       /* s i b o a */
    int optional;    /* '?' */
    int has_min;     /* bounds given: min (and max unless has_max is 0) */
    int has_max;     /* an upper bound */
    int has_default; /* "=N" ("=true"/"=false" for a boolean): the value when absent */
    long long min, max, dflt;
};

/* One decimal integer at *p (optional '-'), moving *p past it; -1 when
 * there is none. */
static inline int tenure_param_int(const char **p, long long *v)
{
    char *end;
    if (**p != '-' && (**p < '0' || **p > '9'))
        return -1;
    *v = strtoll(*p, &end, 10);
    *p = end;
    return 0;
}

/* The next field of the shape at *p into *f, moving *p past it: 1 when one
 * was read, 0 at the end, -1 when the shape is malformed. */
static inline int tenure_param_next(const char **p, struct tenure_param *f)
{
    const char *s = *p;
    size_t n = 0;
    if (*s == '\0')
        return 0;
    memset(f, 0, sizeof *f);
    while (*s && *s != ':' && n + 1 < sizeof f->name)
        f->name[n++] = *s++;
    f->name[n] = '\0';
    if (*s++ != ':' || n == 0 || *s == '\0' || !strchr("sibao", *s))
        return -1;
    f->type = *s++;
    if (*s == '[') {
        s++;
        if (f->type != 'i' || tenure_param_int(&s, &f->min) != 0 || strncmp(s, "..", 2) != 0)
            return -1;
        s += 2;
        f->has_min = 1;
        if (*s != ']') {
            if (tenure_param_int(&s, &f->max) != 0 || f->max < f->min)
                return -1;
            f->has_max = 1;
        }
        if (*s++ != ']')
            return -1;
    }
    if (*s == '?') {
        f->optional = 1;
        s++;
        if (*s == '=') {
            s++;
            if (f->type == 'b' && (!strncmp(s, "true", 4) || !strncmp(s, "false", 5))) {
                f->dflt = *s == 't';
                s += f->dflt ? 4 : 5;
            } else if (f->type != 'i' || tenure_param_int(&s, &f->dflt) != 0) {
                return -1;
            }
            if (f->has_min && (f->dflt < f->min || (f->has_max && f->dflt > f->max)))
                return -1;
            f->has_default = 1;
        }
    }
    if (*s == ',') {
        if (*++s == '\0')
            return -1; /* a trailing comma */
    } else if (*s) {
        return -1;
    }
    *p = s;
    return 1;
}

/* Field name of a shape into *f: 1 when found, 0 when the shape has no
 * such field, -1 when the shape is malformed. */
static inline int tenure_param_find(const char *shape, const char *name, struct tenure_param *f)
{
    int rc;
    while ((rc = tenure_param_next(&shape, f)) == 1)
        if (strcmp(f->name, name) == 0)
            return 1;
    return rc;
}

/* Whether v is within f's bounds (always, when it declares none). */
static inline int tenure_param_in_bounds(const struct tenure_param *f, long long v)
{
    return !f->has_min || (v >= f->min && (!f->has_max || v <= f->max));
}

#endif
