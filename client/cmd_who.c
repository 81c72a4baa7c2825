/*
 * cmd_who.c — `tenure who POSITION [--at DATE]`: who held a post, or who
 * held it at a date (a partial date means the whole month or year).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "xmalloc.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_who_entry;

/* One holder's reasons: certainty, bounds, then the evidence, article by
 * article, with the bounds each item sets. */
static void cmd_who_why(json_t *h)
{
    json_t *w = json_object_get(h, "why"), *e;
    size_t i;
    if (!w)
        return;
    printf("\n%s\n  %s\n  start: %s\n  end: %s\n", json_string_value(json_object_get(h, "person")),
           json_string_value(json_object_get(w, "certainty")),
           json_string_value(json_object_get(w, "start")),
           json_string_value(json_object_get(w, "end")));
    json_array_foreach(json_object_get(w, "evidence"), i, e)
    {
        json_t *b = json_object_get(e, "bounds"), *x;
        size_t j;
        const char *d = json_string_value(json_object_get(e, "date"));
        const char *g = json_string_value(json_object_get(e, "guessed"));
        printf("  %-10s  %-9s  %.12s", d ? d : "undated",
               json_string_value(json_object_get(e, "status")),
               json_string_value(json_object_get(e, "article")));
        if (g) /* a guessed year outside the feed's period, read as no date */
            printf("  (guessed %s: outside its feed's period)", g);
        json_array_foreach(b, j, x) printf("%s%s", j ? ", " : "  [", json_string_value(x));
        if (json_array_size(b))
            printf("]");
        const char *sn = json_string_value(json_object_get(e, "snippet"));
        printf("\n    « %s »\n", sn ? sn : "");
    }
    json_int_t total = json_integer_value(json_object_get(w, "evidence_total"));
    if ((size_t)total > json_array_size(json_object_get(w, "evidence")))
        printf("  … %lld more (tenure evidence)\n",
               (long long)(total - (json_int_t)json_array_size(json_object_get(w, "evidence"))));
}

/* The holders read but left out by the evidence rules: an empty answer
 * is not the corpus's silence when someone was set aside. */
static void cmd_who_aside(json_int_t aside, const char *at)
{
    if (aside <= 0)
        return;
    output_note("%lld holder(s) read and set aside by the evidence rules (docs/REGISTRY.md, "
                "\"Evidence weight\": a report outside their tenure's reach%s, a single report "
                "beside the post's established holders, a contradicted or misread claim)%s\n",
                (long long)aside, at ? " at this date" : "",
                at ? "; without --at, the holders of all time are listed" : "");
}

/* Call "who" and print the holders, most likely first. */
static int cmd_who_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *position, *at;
    long limit;
    int rc, why = 0, n = 0;
    /* --why anywhere; the rest is the shape of who and org */
    char **args = xcalloc((size_t)argc + 1, sizeof *args);
    for (int i = 0; i < argc; i++) {
        if (i > 0 && strcmp(argv[i], "--why") == 0)
            why = 1;
        else
            args[n++] = argv[i];
    }
    rc = registry_fmt_text_at(n, args, &cmd_who_entry, &position, &at, &limit);
    free(args);
    if (rc < 0)
        return CLIENT_EXIT_USAGE;
    json_t *params = json_pack("{s:s}", "position", position);
    if (why)
        json_object_set_new(params, "why", json_true());
    if (at)
        json_object_set_new(params, "at", json_string(at));
    if (limit)
        json_object_set_new(params, "limit", json_integer(limit));
    json_t *res = tenure_query(ctx, "who", params, &rc);
    if (!res)
        return rc;
    json_t *holders = json_object_get(res, "holders"), *h;
    size_t i;
    output_note("%s%s%s\n", json_string_value(json_object_get(res, "position")), at ? " at " : "",
                at ? at : "");
    int empty = json_array_size(holders) == 0;
    json_int_t aside = json_integer_value(json_object_get(res, "set_aside"));
    if (empty) {
        output_note("nobody %s\n", at ? "known to hold it then" : "seen holding it");
        cmd_who_aside(aside, at);
    } else {
        /* certainty only means something at a date */
        static const char *const head[] = {"PERSON",  "CERTAINTY", "FIRST SEEN", "LAST SEEN",
                                           "STARTED", "ENDED",     "EVIDENCE"};
        static const char *const head_all[] = {"PERSON",  "FIRST SEEN", "LAST SEEN",
                                               "STARTED", "ENDED",      "EVIDENCE"};
        struct output_table *t = output_table_new(at ? 7 : 6, at ? head : head_all);
        json_array_foreach(holders, i, h)
        {
            char *cells[7];
            size_t c = 0;
            json_t *through = json_object_get(h, "through");
            if (json_is_string(through)) {
                /* a seat held through another post (rule 15) */
                char *p = output_text(json_object_get(h, "person"));
                xasprintf(&cells[c++], "%s (as %s)", p, json_string_value(through));
                free(p);
            } else {
                cells[c++] = output_text(json_object_get(h, "person"));
            }
            if (at)
                cells[c++] = output_text(json_object_get(h, "certainty"));
            cells[c++] = output_text(json_object_get(h, "first_seen"));
            cells[c++] = output_text(json_object_get(h, "last_seen"));
            cells[c++] = registry_fmt_bounds(json_object_get(h, "start"));
            cells[c++] = registry_fmt_bounds(json_object_get(h, "end"));
            cells[c++] = output_text(json_object_get(h, "evidence"));
            output_table_add(t, (const char *const *)cells);
            for (size_t j = 0; j < c; j++)
                free(cells[j]);
        }
        output_table_print(t, stdout, 40);
        output_table_free(t);
        registry_fmt_more(json_array_size(holders), json_object_get(res, "total"));
        registry_fmt_beyond(res, at);
        cmd_who_aside(aside, at);
        if (why)
            json_array_foreach(holders, i, h) cmd_who_why(h);
    }
    registry_fmt_alternatives(res, "posts");
    json_decref(res);
    return empty ? CLIENT_EXIT_ERROR : CLIENT_EXIT_OK; /* no match: 1, as everywhere */
}

const struct cmd_entry cmd_who_entry = {"who", "POSITION [--at YYYY[-MM[-DD]]] [--limit N] [--why]",
                                        "who held a post, or who held it at a date", cmd_who_exec};
