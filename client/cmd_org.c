/*
 * cmd_org.c — `tenure org NAME [--at DATE]`: the posts of an organization
 * and their holders, each with the other posts they held.
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "registry_fmt.h"
#include "xmalloc.h"

extern const struct cmd_entry cmd_org_entry;

/* The other posts of a holder joined with "; " (malloc'd). */
static char *cmd_org_others(json_t *list)
{
    size_t n = 1, i;
    json_t *v;
    json_array_foreach(list, i, v) n += strlen(json_string_value(v)) + 2;
    char *s = xcalloc(1, n);
    json_array_foreach(list, i, v)
    {
        if (i)
            strcat(s, "; ");
        strcat(s, json_string_value(v));
    }
    return s;
}

/* Call "org" and print one row per holder. */
static int cmd_org_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *name, *at;
    long limit;
    int rc;
    if (registry_fmt_text_at(argc, argv, &cmd_org_entry, &name, &at, &limit) < 0)
        return CLIENT_EXIT_USAGE;
    json_t *params = json_pack("{s:s}", "name", name);
    if (at)
        json_object_set_new(params, "at", json_string(at));
    if (limit)
        json_object_set_new(params, "limit", json_integer(limit));
    json_t *res = tenure_query(ctx, "org", params, &rc);
    if (!res)
        return rc;
    output_note("%s%s%s\n", json_string_value(json_object_get(res, "organization")),
                at ? " at " : "", at ? at : "");
    static const char *const head[] = {"POSITION", "PERSON", "CERTAINTY", "LAST SEEN", "ALSO"};
    struct output_table *t = output_table_new(5, head);
    json_t *post, *h;
    size_t i, j;
    json_array_foreach(json_object_get(res, "posts"), i, post)
    {
        json_array_foreach(json_object_get(post, "holders"), j, h)
        {
            char *cells[5];
            cells[0] = output_text(json_object_get(post, "position"));
            cells[1] = output_text(json_object_get(h, "person"));
            cells[2] = at ? output_text(json_object_get(h, "certainty")) : xstrdup("-");
            cells[3] = output_text(json_object_get(h, "last_seen"));
            cells[4] = cmd_org_others(json_object_get(h, "other_positions"));
            output_table_add(t, (const char *const *)cells);
            for (int c = 0; c < 5; c++)
                free(cells[c]);
        }
        json_t *total = json_object_get(post, "total");
        size_t shown = json_array_size(json_object_get(post, "holders"));
        if (json_is_integer(total) && (json_int_t)shown < json_integer_value(total) &&
            output_get_format() == OUTPUT_TABLE) {
            char more[64];
            snprintf(more, sizeof more, "… %lld more (--limit)",
                     (long long)(json_integer_value(total) - (json_int_t)shown));
            const char *const row[5] = {"", more, "", "", ""};
            output_table_add(t, row);
        }
    }
    output_table_print(t, stdout, 60);
    output_table_free(t);
    registry_fmt_beyond(res, at);
    registry_fmt_alternatives(res, "organizations");
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_org_entry = {"org", "NAME [--at YYYY[-MM[-DD]]] [--limit N]",
                                        "posts of an organization and their holders", cmd_org_exec};
