/*
 * cmd_stats.c — `tenure stats`: the daemon's counts and counters, one
 * "name value" per line (nested objects flattened as a.b).
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"

extern const struct cmd_entry cmd_stats_entry;

/* Print an object's members, recursing with a dotted prefix. */
static void cmd_stats_print(json_t *o, const char *prefix, struct output_table *t)
{
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v)
    {
        char name[256];
        snprintf(name, sizeof name, "%s%s%s", prefix, *prefix ? "." : "", key);
        if (json_is_object(v)) {
            cmd_stats_print(v, name, t);
        } else {
            char *s = output_text(v);
            if (t) {
                const char *row[2] = {name, s};
                output_table_add(t, row);
            } else
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
    else if (output_get_format() != OUTPUT_TABLE) {
        static const char *const head[] = {"NAME", "VALUE"};
        struct output_table *t = output_table_new(2, head);
        cmd_stats_print(res, "", t);
        output_table_print(t, stdout, 0);
        output_table_free(t);
    } else
        cmd_stats_print(res, "", NULL);
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_stats_entry = {"stats", "", "store counts, sizes, uptime and counters",
                                          cmd_stats_exec};
