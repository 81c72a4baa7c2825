/*
 * cmd_distinct.c — `tenure distinct A B`: the operator says two persons
 * are not the same; `duplicates` never proposes the pair again and the
 * registry never joins them automatically.
 */
#include "client.h"

extern const struct cmd_entry cmd_distinct_entry;

/* Call "distinct". */
static int cmd_distinct_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    int rc;
    if (argc != 3 || argv[1][0] == '-' || argv[2][0] == '-')
        return tenure_usage(&cmd_distinct_entry);
    json_t *res =
        tenure_call(ctx, "distinct", json_pack("{s:s,s:s}", "a", argv[1], "b", argv[2]), &rc);
    if (!res)
        return rc;
    if (ctx->json)
        output_json(res);
    else
        printf("recorded: \"%s\" (#%lld) and \"%s\" (#%lld) are not the same person\n",
               json_string_value(json_object_get(res, "a_name")),
               (long long)json_integer_value(json_object_get(res, "a")),
               json_string_value(json_object_get(res, "b_name")),
               (long long)json_integer_value(json_object_get(res, "b")));
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_distinct_entry = {
    "distinct", "PERSON|#ID PERSON|#ID",
    "record that two persons are not the same (never proposed or joined again)", cmd_distinct_exec};
