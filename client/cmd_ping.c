/*
 * cmd_ping.c — `tenure ping`: is the daemon there, and which version.
 */
#include "client.h"

extern const struct cmd_entry cmd_ping_entry;

/* Call ping and show the versions. */
static int cmd_ping_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    int rc;
    if (argc != 1)
        return tenure_usage(&cmd_ping_entry);
    json_t *res = tenure_call(ctx, "ping", NULL, &rc);
    if (!res)
        return rc;
    if (ctx->json)
        output_json(res);
    else
        printf("pong: tenured %s, protocol %lld\n",
               json_string_value(json_object_get(res, "version")),
               (long long)json_integer_value(json_object_get(res, "protocol")));
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_ping_entry = {"ping", "", "check that the daemon answers",
                                         cmd_ping_exec};
