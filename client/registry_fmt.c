/*
 * registry_fmt.c — display helpers shared by the registry commands.
 */
#include "registry_fmt.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "tenure/params.h"
#include "tenure/pdate.h"
#include "xmalloc.h"

/* Bounds as one short cell. */
char *registry_fmt_bounds(json_t *bounds)
{
    const char *a = json_string_value(json_object_get(bounds, "after"));
    const char *b = json_string_value(json_object_get(bounds, "before"));
    char buf[64];
    if (a && b && strcmp(a, b) == 0)
        snprintf(buf, sizeof buf, "%s", a);
    else if (a && b)
        snprintf(buf, sizeof buf, "%s..%s", a, b);
    else if (a)
        snprintf(buf, sizeof buf, "≥%s", a);
    else if (b)
        snprintf(buf, sizeof buf, "≤%s", b);
    else
        snprintf(buf, sizeof buf, "?");
    return xstrdup(buf);
}

/* The runner-up matches, so the user can pick another by #id. */
void registry_fmt_alternatives(json_t *result, const char *what)
{
    json_t *alts = json_object_get(result, "alternatives"), *a;
    size_t i;
    /* "#5 was merged into #2": the id asked for is an old one */
    if (json_is_string(json_object_get(result, "note")))
        printf("note: %s\n", json_string_value(json_object_get(result, "note")));
    if (json_array_size(alts) == 0)
        return;
    output_note("other %s matching:", what);
    json_array_foreach(alts, i, a)
    {
        output_note("%s %s (#%lld)", i ? "," : "", json_string_value(json_object_get(a, "name")),
                    (long long)json_integer_value(json_object_get(a, "id")));
    }
    output_note("\n");
}

/* A partial date the daemon will accept. */
int registry_fmt_date_ok(const char *s)
{
    pdate d;
    return pdate_parse(s, &d) == 0;
}

/* The value of an integer option that becomes field of method's params,
 * within the bounds methods.def declares for it; -1 with the message printed
 * otherwise.  Every command checks its numbers here, against the daemon's
 * own declaration, so every command answers a bad one the same way: a usage
 * error, exit 2, naming the bounds the daemon would have named. */
int registry_fmt_int(const char *method, const char *field, const char *v, long long *out)
{
    struct tenure_param f = {0};
    int found = 0;
#define TENURE_METHOD(name, sym, kind, shape, summary)                                             \
    if (!found && strcmp(method, name) == 0)                                                       \
        found = tenure_param_find(shape, field, &f) == 1;
#include "tenure/methods.def"
#undef TENURE_METHOD
    char opt[40];
    snprintf(opt, sizeof opt, "--%s", field);
    for (char *p = opt; *p; p++)
        if (*p == '_')
            *p = '-';
    char *end;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (!found || f.type != 'i' || errno || end == v || *end || !tenure_param_in_bounds(&f, n)) {
        if (found && f.has_max)
            output_error("%s: expected a number from %lld to %lld, got \"%s\"", opt, f.min, f.max,
                         v);
        else if (found && f.has_min)
            output_error("%s: expected a number from %lld up, got \"%s\"", opt, f.min, v);
        else
            output_error("%s: expected a number, got \"%s\"", opt, v);
        return -1;
    }
    *out = n;
    return 0;
}

/* A --limit value within method's bounds; -1 after the message. */
long registry_fmt_limit(const char *method, const char *v)
{
    long long n;
    return registry_fmt_int(method, "limit", v, &n) == 0 ? (long)n : -1;
}

/* "--name value" or "--name=value". */
const char *registry_fmt_option(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != '\0' || *i + 1 >= argc)
        return NULL;
    (*i)++;
    return argv[*i];
}

/* "TEXT [--at DATE] [--limit N]", the shape of who and org. */
int registry_fmt_text_at(int argc, char **argv, const struct cmd_entry *entry, const char **text,
                         const char **at, long *limit)
{
    const char *v;
    int bad = 0;
    *text = *at = NULL;
    *limit = 0;
    for (int i = 1; i < argc && !bad; i++) {
        if ((v = registry_fmt_option(argc, argv, &i, "--at")))
            *at = v;
        else if ((v = registry_fmt_option(argc, argv, &i, "--limit"))) {
            if ((*limit = registry_fmt_limit(entry->name, v)) < 0)
                return -1;
        } else if (argv[i][0] == '-' || *text)
            bad = 1;
        else
            *text = argv[i];
    }
    if (bad || !*text) {
        tenure_usage(entry);
        return -1;
    }
    if (*at && !registry_fmt_date_ok(*at)) {
        output_error("--at: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"%s\"", *at);
        return -1;
    }
    return 0;
}

/* Say when a dated answer lies more than a year past the newest article
 * naming its holders (the reply's "beyond_evidence"). */
void registry_fmt_beyond(json_t *result, const char *at)
{
    json_t *beyond = json_object_get(result, "beyond_evidence");
    if (at && json_is_string(beyond))
        output_note("note: the newest article naming them is of %s, more than a year before %s: "
                    "they are listed because nothing read ends their tenure, not because an "
                    "article of that time names them\n",
                    json_string_value(beyond), at);
}

/* Say how many rows a limit left out. */
void registry_fmt_more(size_t shown, json_t *total)
{
    if (json_is_integer(total) && (json_int_t)shown < json_integer_value(total))
        output_note("  … %lld more (--limit)\n",
                    (long long)(json_integer_value(total) - (json_int_t)shown));
}
