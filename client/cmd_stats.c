/*
 * cmd_stats.c — `tenure stats`: the daemon's counts and counters, one
 * "name value" per line (nested objects flattened as a.b).
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"

extern const struct cmd_entry cmd_stats_entry;

/* Print an object's members, recursing with a dotted prefix. */
static void cmd_stats_print(json_t *o, const char *prefix)
{
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v)
    {
        char name[256];
        snprintf(name, sizeof name, "%s%s%s", prefix, *prefix ? "." : "", key);
        if (json_is_object(v)) {
            cmd_stats_print(v, name);
        } else {
            char *s = output_text(v);
            printf("%-32s %s\n", name, s);
            free(s);
        }
    }
}

/* Call stats. */
static int cmd_stats_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    int rc;
    if (argc != 1)
        return tenure_usage(&cmd_stats_entry);
    json_t *res = tenure_call(ctx, "stats", NULL, &rc);
    if (!res)
        return rc;
    if (ctx->json)
        output_json(res);
    else
        cmd_stats_print(res, "");
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_stats_entry = {"stats", "", "store counts, sizes, uptime and counters",
                                          cmd_stats_exec};
