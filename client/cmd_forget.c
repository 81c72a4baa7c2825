/*
 * cmd_forget.c — `tenure forget ID`: delete an article and its evidence.
 */
#include "client.h"

extern const struct cmd_entry cmd_forget_entry;

/* Call article.delete. */
static int cmd_forget_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    int rc;
    if (argc != 2)
        return tenure_usage(&cmd_forget_entry);
    json_t *res = tenure_call(ctx, "article.delete", json_pack("{s:s}", "article", argv[1]), &rc);
    if (!res)
        return rc;
    if (ctx->json)
        output_json(res);
    else
        printf("forgot %s\n", json_string_value(json_object_get(res, "article")));
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_forget_entry = {
    "forget", "ID", "delete an article and the evidence it gave", cmd_forget_exec};
