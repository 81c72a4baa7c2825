/*
 * cmd_split.c — `tenure split PERSON [--article ID]… [--position POST]…`:
 * one name, two people; the chosen evidence moves to a new person, and the
 * registry keeps them apart as articles arrive.
 */
#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_split_entry;

/* Call "split". */
static int cmd_split_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *person = NULL, *v;
    json_t *articles = json_array(), *positions = json_array();
    int rc;
    for (int i = 1; i < argc; i++) {
        if ((v = registry_fmt_option(argc, argv, &i, "--article")))
            json_array_append_new(articles, json_string(v));
        else if ((v = registry_fmt_option(argc, argv, &i, "--position")))
            json_array_append_new(positions, json_string(v));
        else if (argv[i][0] != '-' && !person)
            person = argv[i];
        else
            person = NULL, i = argc;
    }
    if (!person || json_array_size(articles) + json_array_size(positions) == 0) {
        json_decref(articles);
        json_decref(positions);
        return tenure_usage(&cmd_split_entry);
    }
    json_t *res = tenure_call(
        ctx, "split",
        json_pack("{s:s,s:o,s:o}", "person", person, "articles", articles, "positions", positions),
        &rc);
    if (!res)
        return rc;
    if (ctx->json)
        output_json(res);
    else
        printf("moved %lld piece(s) of evidence of %s (#%lld) to a new person #%lld\n",
               (long long)json_integer_value(json_object_get(res, "moved")),
               json_string_value(json_object_get(res, "person")),
               (long long)json_integer_value(json_object_get(res, "person_id")),
               (long long)json_integer_value(json_object_get(res, "new_person_id")));
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_split_entry = {
    "split", "PERSON|#ID [--article ID]... [--position POST]...",
    "move a person's evidence (by article or post) to a new namesake", cmd_split_exec};
