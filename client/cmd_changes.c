/*
 * cmd_changes.c — `tenure changes [--since CURSOR] [--limit N]`: the
 * registry's change feed (new, ended, re-bounded and removed tenures) in
 * commit order, after a cursor that survives daemon restarts.  The next
 * cursor goes to stderr ("next: N") so a script can keep it.
 */
#include <stdlib.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_changes_entry;

static int cmd_changes_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *v;
    long limit = 0;
    long long since = 0;
    int rc;
    for (int i = 1; i < argc; i++) {
        if ((v = registry_fmt_option(argc, argv, &i, "--limit"))) {
            if ((limit = registry_fmt_limit("changes", v)) < 0)
                return CLIENT_EXIT_USAGE;
        } else if ((v = registry_fmt_option(argc, argv, &i, "--since"))) {
            if (registry_fmt_int("changes", "since", v, &since) < 0)
                return CLIENT_EXIT_USAGE;
        } else
            return tenure_usage(&cmd_changes_entry);
    }
    json_t *params = json_pack("{s:I}", "since", (json_int_t)since);
    if (limit)
        json_object_set_new(params, "limit", json_integer(limit));
    json_t *res = tenure_query(ctx, "changes", params, &rc);
    if (!res)
        return rc;
    static const char *const head[] = {"SEQ", "KIND", "PERSON", "POSITION", "START", "END"};
    struct output_table *t = output_table_new(6, head);
    json_t *c;
    size_t i;
    json_array_foreach(json_object_get(res, "changes"), i, c)
    {
        char *cells[6];
        cells[0] = output_text(json_object_get(c, "seq"));
        cells[1] = output_text(json_object_get(c, "kind"));
        cells[2] = output_text(json_object_get(c, "person"));
        cells[3] = output_text(json_object_get(c, "position"));
        cells[4] = registry_fmt_bounds(json_object_get(c, "start"));
        cells[5] = registry_fmt_bounds(json_object_get(c, "end"));
        output_table_add(t, (const char *const *)cells);
        for (int k = 0; k < 6; k++)
            free(cells[k]);
    }
    if (json_array_size(json_object_get(res, "changes")))
        output_table_print(t, stdout, 40);
    else
        output_note("no change after %lld\n", since);
    output_table_free(t);
    fprintf(stderr, "next: %lld\n", (long long)json_integer_value(json_object_get(res, "next")));
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_changes_entry = {
    "changes", "[--since CURSOR] [--limit N]",
    "tenure changes (new, ended, bounds, removed) after a cursor, in commit order",
    cmd_changes_exec};
