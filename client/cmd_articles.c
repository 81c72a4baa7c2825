/*
 * cmd_articles.c — `tenure articles [--after ID] [--limit N]`: one page of
 * stored articles in id order, with the id to pass as --after next.
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_articles_entry;

/* Call article.list and print a table. */
static int cmd_articles_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    json_t *params = json_object();
    int rc;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--after") == 0 && i + 1 < argc) {
            json_object_set_new(params, "after", json_string(argv[++i]));
        } else if (strcmp(argv[i], "--limit") == 0 && i + 1 < argc) {
            long n = registry_fmt_limit("article.list", argv[++i]);
            if (n < 0) {
                json_decref(params);
                return CLIENT_EXIT_USAGE;
            }
            json_object_set_new(params, "limit", json_integer(n));
        } else {
            json_decref(params);
            return tenure_usage(&cmd_articles_entry);
        }
    }
    json_t *res = tenure_query(ctx, "article.list", params, &rc);
    if (!res)
        return rc;
    static const char *const head[] = {"ID", "DATE", "BYTES", "SOURCE", "TITLE"};
    struct output_table *t = output_table_new(5, head);
    size_t i;
    json_t *a;
    json_array_foreach(json_object_get(res, "articles"), i, a)
    {
        char *cells[5];
        cells[0] = output_text(json_object_get(a, "article"));
        cells[1] = output_text(json_object_get(a, "date"));
        cells[2] = output_text(json_object_get(a, "bytes"));
        cells[3] = output_text(json_object_get(a, "source"));
        cells[4] = output_text(json_object_get(a, "title"));
        output_table_add(t, (const char *const *)cells);
        for (int k = 0; k < 5; k++)
            free(cells[k]);
    }
    output_table_print(t, stdout, 60);
    output_table_free(t);
    json_t *next = json_object_get(res, "next");
    output_note("%lld article(s) stored",
                (long long)json_integer_value(json_object_get(res, "total")));
    if (json_is_string(next))
        output_note("; more: tenure articles --after %s", json_string_value(next));
    output_note("\n");
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_articles_entry = {"articles", "[--after ID] [--limit N]",
                                             "list stored articles, paged in id order",
                                             cmd_articles_exec};
