/*
 * cmd_conflicts.c — `tenure conflicts [--post P] [--limit N]`: the
 * analyst's queue of contradictions (two certain holders of a one-holder
 * post at once, evidence out of order, one person in two one-holder posts
 * of the same role, namesakes holding one post), each with its evidence.
 */
#include <stdlib.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_conflicts_entry;

/* Print one holder of a conflict and its evidence. */
static void cmd_conflicts_holder(json_t *h)
{
    char *s = registry_fmt_bounds(json_object_get(h, "start"));
    char *e = registry_fmt_bounds(json_object_get(h, "end"));
    printf("  %s (#%lld) — %s (#%lld): started %s, ended %s, %lld evidence\n",
           json_string_value(json_object_get(h, "person")),
           (long long)json_integer_value(json_object_get(h, "person_id")),
           json_string_value(json_object_get(h, "position")),
           (long long)json_integer_value(json_object_get(h, "post_id")), s ? s : "?", e ? e : "?",
           (long long)json_integer_value(json_object_get(h, "evidence_count")));
    free(s);
    free(e);
    json_t *ev;
    size_t i;
    json_array_foreach(json_object_get(h, "evidence"), i, ev)
    {
        char *d = output_text(json_object_get(ev, "date"));
        const char *snip = json_string_value(json_object_get(ev, "snippet"));
        printf("    %s %s  %s\n", json_string_value(json_object_get(ev, "article")), d,
               snip ? snip : "");
        free(d);
    }
}

/* Call "conflicts" and print each with its evidence. */
static int cmd_conflicts_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *post = NULL, *v;
    long limit = 0;
    int rc;
    for (int i = 1; i < argc; i++) {
        if ((v = registry_fmt_option(argc, argv, &i, "--post")))
            post = v;
        else if (!(v = registry_fmt_option(argc, argv, &i, "--limit")))
            return tenure_usage(&cmd_conflicts_entry);
        else if ((limit = registry_fmt_limit("conflicts", v)) < 0)
            return CLIENT_EXIT_USAGE;
    }
    json_t *params = json_object();
    if (post)
        json_object_set_new(params, "position", json_string(post));
    if (limit)
        json_object_set_new(params, "limit", json_integer(limit));
    json_t *res = tenure_query(ctx, "conflicts", params, &rc);
    if (!res)
        return rc;
    json_t *cs = json_object_get(res, "conflicts"), *c;
    size_t i;
    if (json_array_size(cs) == 0)
        printf("no conflicts\n");
    json_array_foreach(cs, i, c)
    {
        json_t *during = json_object_get(c, "during");
        char *d = during ? registry_fmt_bounds(during) : NULL;
        printf("%zu. %s: %s%s%s\n", i + 1, json_string_value(json_object_get(c, "type")),
               json_string_value(json_object_get(c, "why")), d ? ", during " : "", d ? d : "");
        free(d);
        json_t *h;
        size_t j;
        json_array_foreach(json_object_get(c, "holders"), j, h) cmd_conflicts_holder(h);
    }
    registry_fmt_more(json_array_size(cs), json_object_get(res, "total"));
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_conflicts_entry = {
    "conflicts", "[--post POSITION] [--limit N]",
    "contradictions between tenures, each with its evidence (the analyst's review queue)",
    cmd_conflicts_exec};
