/*
 * cmd_search.c — `tenure search TEXT [--limit N]`: people, posts and
 * organizations matching, diacritic-insensitive, best first.
 */
#include <stdlib.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_search_entry;

/* Call "search" and print the ranked matches. */
static int cmd_search_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *text = NULL, *v;
    long limit = 0;
    int rc;
    for (int i = 1; i < argc; i++) {
        if ((v = registry_fmt_option(argc, argv, &i, "--limit"))) {
            if ((limit = registry_fmt_limit("search", v)) < 0)
                return CLIENT_EXIT_USAGE;
        } else if (argv[i][0] == '-' || text)
            return tenure_usage(&cmd_search_entry);
        else
            text = argv[i];
    }
    if (!text)
        return tenure_usage(&cmd_search_entry);
    json_t *params = json_pack("{s:s}", "text", text);
    if (limit)
        json_object_set_new(params, "limit", json_integer(limit));
    json_t *res = tenure_query(ctx, "search", params, &rc);
    if (!res)
        return rc;
    static const char *const head[] = {"KIND", "NAME", "ID", "EVIDENCE"};
    struct output_table *t = output_table_new(4, head);
    json_t *r;
    size_t i;
    json_array_foreach(json_object_get(res, "results"), i, r)
    {
        char *cells[4], id[24];
        snprintf(id, sizeof id, "#%lld", (long long)json_integer_value(json_object_get(r, "id")));
        cells[0] = output_text(json_object_get(r, "kind"));
        cells[1] = output_text(json_object_get(r, "name"));
        cells[2] = id;
        cells[3] = output_text(json_object_get(r, "evidence"));
        output_table_add(t, (const char *const *)cells);
        free(cells[0]);
        free(cells[1]);
        free(cells[3]);
    }
    int empty = json_array_size(json_object_get(res, "results")) == 0;
    if (empty)
        output_note("nothing matches \"%s\"\n", text);
    else
        output_table_print(t, stdout, 60);
    output_table_free(t);
    json_decref(res);
    return empty ? CLIENT_EXIT_ERROR : CLIENT_EXIT_OK; /* no match: 1, as everywhere */
}

const struct cmd_entry cmd_search_entry = {
    "search", "TEXT [--limit N]", "people, posts and organizations matching text", cmd_search_exec};
