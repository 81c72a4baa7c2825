/*
 * cmd_duplicates.c — `tenure duplicates [--limit N]`: the review queue of
 * persons that may be one (one name, or a tone mark or i/y apart), with
 * the posts and organizations they share, best candidates first.  The
 * answer is `merge person` or `distinct`.
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "xmalloc.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_duplicates_entry;

/* "NAME (#ID, N ev)" of a person object. */
static char *cmd_duplicates_person(json_t *p)
{
    const char *name = json_string_value(json_object_get(p, "name"));
    size_t n = (name ? strlen(name) : 0) + 64;
    char *s = xmalloc(n);
    snprintf(s, n, "%s (#%lld, %lld ev)", name ? name : "?",
             (long long)json_integer_value(json_object_get(p, "id")),
             (long long)json_integer_value(json_object_get(p, "evidence")));
    return s;
}

/* The labels of an array of objects, joined with "; ". */
static char *cmd_duplicates_list(json_t *arr, const char *field)
{
    size_t i, len = 1;
    json_t *x;
    json_array_foreach(arr, i, x) len += json_string_length(json_object_get(x, field)) + 2;
    char *s = xcalloc(1, len);
    json_array_foreach(arr, i, x)
    {
        if (i)
            strcat(s, "; ");
        const char *v = json_string_value(json_object_get(x, field));
        strcat(s, v ? v : "");
    }
    return s;
}

/* Call "duplicates" and print one pair per row. */
static int cmd_duplicates_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    long limit = 0;
    int rc;
    for (int i = 1; i < argc; i++) {
        const char *v = registry_fmt_option(argc, argv, &i, "--limit");
        if (!v)
            return tenure_usage(&cmd_duplicates_entry);
        if ((limit = registry_fmt_limit("duplicates", v)) < 0)
            return CLIENT_EXIT_USAGE;
    }
    json_t *params = json_object();
    if (limit)
        json_object_set_new(params, "limit", json_integer(limit));
    json_t *res = tenure_query(ctx, "duplicates", params, &rc);
    if (!res)
        return rc;
    json_t *pairs = json_object_get(res, "pairs"), *p;
    size_t i;
    if (json_array_size(pairs) == 0) {
        printf("no candidate duplicates\n");
    } else {
        static const char *const head[] = {"PERSON A", "PERSON B", "NAMES", "SHARED POSTS",
                                           "SHARED ORGANIZATIONS"};
        struct output_table *t = output_table_new(5, head);
        json_array_foreach(pairs, i, p)
        {
            char *cells[5];
            cells[0] = cmd_duplicates_person(json_object_get(p, "a"));
            cells[1] = cmd_duplicates_person(json_object_get(p, "b"));
            cells[2] = output_text(json_object_get(p, "name_similarity"));
            cells[3] = cmd_duplicates_list(json_object_get(p, "shared_posts"), "position");
            cells[4] = cmd_duplicates_list(json_object_get(p, "shared_organizations"), "name");
            output_table_add(t, (const char *const *)cells);
            for (int c = 0; c < 5; c++)
                free(cells[c]);
        }
        output_table_print(t, stdout, 40);
        output_table_free(t);
        registry_fmt_more(json_array_size(pairs), json_object_get(res, "total"));
        printf("answer each with: tenure merge person A B  |  tenure distinct A B\n");
    }
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_duplicates_entry = {
    "duplicates", "[--limit N]",
    "candidate pairs of persons that may be one, with their shared evidence", cmd_duplicates_exec};
