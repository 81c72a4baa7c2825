/*
 * cmd_link.c — `tenure link person|post ID Q…` (or `--remove`): tell the
 * registry which Wikidata item a person or post is, so QuickStatements can
 * state P39 with an item (never a string) and add to a person Wikidata
 * already has instead of creating it.  IDs are the registry's (#12, as
 * `search` and `person` print them).
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"

extern const struct cmd_entry cmd_link_entry;

/* Parse, call "link", say what changed. */
static int cmd_link_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    if (argc != 4)
        return tenure_usage(&cmd_link_entry);
    const char *kind = argv[1], *idtext = argv[2], *item = argv[3];
    if (strcmp(kind, "person") != 0 && strcmp(kind, "post") != 0) {
        output_error("link: the first argument is person or post, not \"%s\"", kind);
        return CLIENT_EXIT_USAGE;
    }
    if (idtext[0] == '#')
        idtext++;
    char *end;
    long long id = strtoll(idtext, &end, 10);
    if (*idtext == '\0' || *end || id < 1) {
        output_error("link: ID is a registry id such as 12 or #12 (tenure search shows them), "
                     "not \"%s\"",
                     argv[2]);
        return CLIENT_EXIT_USAGE;
    }
    int remove = strcmp(item, "--remove") == 0;
    if (!remove) {
        size_t n = strlen(item), i = 1;
        while (i < n && item[i] >= '0' && item[i] <= '9')
            i++;
        if (n < 2 || n > 12 || item[0] != 'Q' || item[1] == '0' || i != n) {
            output_error("link: \"%s\" is not a Wikidata item id (Q followed by digits, as in "
                         "the item's URL)",
                         item);
            return CLIENT_EXIT_USAGE;
        }
    }
    json_t *params = json_pack("{s:s,s:I}", "kind", kind, "id", (json_int_t)id);
    if (!remove)
        json_object_set_new(params, "wikidata", json_string(item));
    int rc;
    json_t *res = tenure_call(ctx, "link", params, &rc);
    if (!res)
        return rc;
    if (ctx->json)
        output_json(res);
    else {
        const char *was = json_string_value(json_object_get(res, "previous"));
        const char *now = json_string_value(json_object_get(res, "wikidata"));
        printf("%s #%lld %s: %s%s%s%s\n", kind, id, json_string_value(json_object_get(res, "name")),
               now ? now : "no item", was ? " (was " : "", was ? was : "", was ? ")" : "");
    }
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_link_entry = {
    "link", "person|post ID Q…\nperson|post ID --remove",
    "say which Wikidata item a person or post is (used by export --format quickstatements)",
    cmd_link_exec};
