/*
 * cmd_article.c — `tenure article ID [--text]`: one stored article, what
 * was extracted from it, and its text when asked.
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"

extern const struct cmd_entry cmd_article_entry;

/* Print "people with their posts" from an extraction object. */
void cmd_article_print_extraction(json_t *ex)
{
    size_t i;
    json_t *r;
    json_t *roles = json_object_get(ex, "roles");
    json_t *people = json_object_get(ex, "people");
    output_note("people: %zu, roles: %zu\n", json_array_size(people), json_array_size(roles));
    static const char *const head[] = {"PERSON", "POSITION", "STATUS"};
    struct output_table *t = output_table_new(3, head);
    json_array_foreach(roles, i, r)
    {
        const char *cells[3] = {json_string_value(json_object_get(r, "person")),
                                json_string_value(json_object_get(r, "position")),
                                json_string_value(json_object_get(r, "status"))};
        output_table_add(t, cells);
    }
    json_array_foreach(people, i, r)
    {
        /* People without a role still deserve a line. */
        const char *name = json_string_value(json_object_get(r, "name"));
        size_t k;
        json_t *rr;
        int has = 0;
        json_array_foreach(
            roles, k, rr) if (name && json_string_value(json_object_get(rr, "person")) &&
                              strcmp(name, json_string_value(json_object_get(rr, "person"))) == 0)
            has = 1;
        if (!has) {
            const char *cells[3] = {name, NULL, NULL};
            output_table_add(t, cells);
        }
    }
    output_table_print(t, stdout, 70);
    output_table_free(t);
}

/* Call article.get. */
static int cmd_article_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *id = NULL;
    int text = 0, rc;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--text") == 0)
            text = 1;
        else if (!id && argv[i][0] != '-')
            id = argv[i];
        else
            return tenure_usage(&cmd_article_entry);
    }
    if (!id)
        return tenure_usage(&cmd_article_entry);
    json_t *params = json_pack("{s:s}", "article", id);
    if (text)
        json_object_set_new(params, "text", json_true());
    json_t *res = tenure_query(ctx, "article.get", params, &rc);
    if (!res)
        return rc;
    static const char *const keys[] = {"article", "date",  "date_source", "source",
                                       "title",   "bytes", "ingested"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        char *s = output_text(json_object_get(res, keys[k]));
        output_note("%-12s %s\n", keys[k], s);
        free(s);
    }
    cmd_article_print_extraction(json_object_get(res, "extraction"));
    if (text)
        output_note("\n%s\n", json_string_value(json_object_get(res, "text")));
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_article_entry = {
    "article", "ID [--text]", "one stored article and what was found in it", cmd_article_exec};
