/*
 * cmd_merge.c — `tenure merge person|post FROM INTO`: two registry entries
 * are one; FROM's evidence and spellings go to INTO, and later articles
 * follow.
 */
#include <string.h>

#include "client.h"

extern const struct cmd_entry cmd_merge_entry;

/* Call "merge". */
static int cmd_merge_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    int rc;
    if (argc != 4 || (strcmp(argv[1], "person") && strcmp(argv[1], "post")))
        return tenure_usage(&cmd_merge_entry);
    json_t *res = tenure_call(
        ctx, "merge", json_pack("{s:s,s:s,s:s}", "kind", argv[1], "from", argv[2], "into", argv[3]),
        &rc);
    if (!res)
        return rc;
    if (ctx->json)
        output_json(res);
    else
        printf("merged %s \"%s\" (#%lld) into \"%s\" (#%lld)\n", argv[1],
               json_string_value(json_object_get(res, "from_name")),
               (long long)json_integer_value(json_object_get(res, "from")),
               json_string_value(json_object_get(res, "into_name")),
               (long long)json_integer_value(json_object_get(res, "into")));
    const char *dropped = json_string_value(json_object_get(res, "wikidata_dropped"));
    if (!ctx->json && dropped)
        printf("dropped its Wikidata item %s: the survivor keeps its own\n", dropped);
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_merge_entry = {"merge", "person|post FROM INTO",
                                          "merge two persons or two posts into the second",
                                          cmd_merge_exec};
