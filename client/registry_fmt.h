/*
 * registry_fmt.h — display helpers shared by the registry commands (who,
 * person, org, search, evidence, timeline, export, merge, split).
 *
 * Owns how tenure bounds, alternatives and option values read on a
 * terminal.  Does not talk to the daemon (client.h does).
 */
#ifndef TENURE_REGISTRY_FMT_H
#define TENURE_REGISTRY_FMT_H

#include <jansson.h>

/* A bound {"after","before"} as "A..B", "≥A", "≤B" or "?"; malloc'd. */
char *registry_fmt_bounds(json_t *bounds);
/* Print "also: NAME (#ID), …" for an "alternatives" array, if any, and
 * the "note" of a reply (an id a merge removed). */
void registry_fmt_alternatives(json_t *result, const char *what);
/* Whether s is YYYY, YYYY-MM or YYYY-MM-DD. */
int registry_fmt_date_ok(const char *s);
/* Option value: "--name=value" or "--name value"; advances *i.  NULL when
 * argv[*i] is not that option. */
const char *registry_fmt_option(int argc, char **argv, int *i, const char *name);

struct cmd_entry;
/* Arguments "TEXT [--at DATE] [--limit N]" of who and org (entry->name is
 * the method, whose bounds --limit must keep): sets *text, *at
 * (NULL when absent) and *limit (0 when absent).  Returns -1 after printing
 * usage or the bad value (the command then exits with CLIENT_EXIT_USAGE),
 * else 0. */
int registry_fmt_text_at(int argc, char **argv, const struct cmd_entry *entry, const char **text,
                         const char **at, long *limit);
/* Print "  … N more (--limit)" when a list shows fewer than its total. */
void registry_fmt_more(size_t shown, json_t *total);
/* The note of a dated answer past its newest evidence ("beyond_evidence"). */
void registry_fmt_beyond(json_t *result, const char *at);

/* An integer option: the value of method's params field (its option is
 * --field, '_' as '-'), within the bounds methods.def declares; 0 with
 * *out, or -1 after printing a usage message naming those bounds. */
int registry_fmt_int(const char *method, const char *field, const char *v, long long *out);
/* A --limit value within method's bounds (limits are at least 0), or -1
 * after printing a usage message. */
long registry_fmt_limit(const char *method, const char *v);

#endif
