/*
 * cmd_verify.c — `tenure verify [--limit N]`: check the store like git
 * fsck (the daemon's "verify" method): counts, then one line per problem
 * found (at most N, default 20).  Exit 0 when the store is sound, 1 when a
 * problem was found.
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_verify_entry;

/* Call verify and print its report. */
static int cmd_verify_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    int rc;
    json_t *params = json_object();
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--limit") == 0 && i + 1 < argc) {
            long n = registry_fmt_limit("verify", argv[++i]);
            if (n < 0) {
                json_decref(params);
                return CLIENT_EXIT_USAGE;
            }
            json_object_set_new(params, "limit", json_integer(n));
        } else {
            json_decref(params);
            return tenure_usage(&cmd_verify_entry);
        }
    }
    json_t *res = tenure_call(ctx, "verify", params, &rc);
    if (!res)
        return rc;
    int ok = json_is_true(json_object_get(res, "ok"));
    if (ctx->json) {
        output_json(res);
    } else {
        printf("%lld articles, %lld evidence records, %lld tenures, %lld posts checked: %lld "
               "problem(s)\n",
               (long long)json_integer_value(json_object_get(res, "articles")),
               (long long)json_integer_value(json_object_get(res, "evidence")),
               (long long)json_integer_value(json_object_get(res, "tenures")),
               (long long)json_integer_value(json_object_get(res, "posts")),
               (long long)json_integer_value(json_object_get(res, "problem_count")));
        size_t i;
        json_t *p;
        json_array_foreach(json_object_get(res, "problems"), i, p)
            printf("%s %s: %s\n", json_string_value(json_object_get(p, "kind")),
                   json_string_value(json_object_get(p, "id")),
                   json_string_value(json_object_get(p, "problem")));
    }
    json_decref(res);
    return ok ? CLIENT_EXIT_OK : CLIENT_EXIT_ERROR;
}

const struct cmd_entry cmd_verify_entry = {
    "verify", "[--limit N]",
    "check the store: article ids against their text, evidence and tenures against what they "
    "point at, post records decode (exit 1 on a problem)",
    cmd_verify_exec};
