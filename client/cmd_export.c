/*
 * cmd_export.c — `tenure export --format popolo|quickstatements|ftm`: the
 * whole registry on stdout, fetched page by page so that neither side
 * holds it in memory.
 *
 * popolo           one JSON document {"persons":[…],"organizations":[…],
 *                  "posts":[…],"memberships":[…]}, written as pages arrive
 * quickstatements  Wikidata QuickStatements V1 lines (tab-separated)
 * ftm              FollowTheMoney entities, one JSON object per line
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_export_entry;

static const char *const export_sections[] = {"persons", "organizations", "posts", "memberships"};

/* Index of a Popolo section name. */
static int cmd_export_section(const char *name)
{
    for (int i = 0; i < 4; i++)
        if (name && strcmp(name, export_sections[i]) == 0)
            return i;
    return -1;
}

/* Open Popolo sections up to and including `to`, closing the current one. */
static void cmd_export_popolo_open(int *current, int to, int *first)
{
    while (*current < to) {
        if (*current >= 0)
            fputs("]", stdout);
        (*current)++;
        printf("%s\"%s\":[", *current ? "," : "{", export_sections[*current]);
        *first = 1;
    }
}

/* Page through "export" and write each page out. */
static int cmd_export_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *format = NULL, *v;
    long limit = 500;
    int rc;
    for (int i = 1; i < argc; i++) {
        if ((v = registry_fmt_option(argc, argv, &i, "--format")))
            format = v;
        else if ((v = registry_fmt_option(argc, argv, &i, "--page"))) {
            char *end;
            limit = strtol(v, &end, 10);
            if (*end || limit < 1 || limit > 10000) {
                output_error("--page: expected 1..10000");
                return CLIENT_EXIT_USAGE;
            }
        } else
            return tenure_usage(&cmd_export_entry);
    }
    if (!format ||
        (strcmp(format, "popolo") && strcmp(format, "quickstatements") && strcmp(format, "ftm")))
        return tenure_usage(&cmd_export_entry);
    int popolo = strcmp(format, "popolo") == 0, section = -1, first = 1;
    char *after = NULL;
    for (;;) {
        json_t *params = json_pack("{s:s,s:I}", "format", format, "limit", (json_int_t)limit);
        if (after)
            json_object_set_new(params, "after", json_string(after));
        json_t *page = tenure_call(ctx, "export", params, &rc);
        if (!page) {
            free(after);
            return rc;
        }
        json_t *items =
            json_object_get(page, popolo || strcmp(format, "ftm") == 0 ? "items" : "lines");
        json_t *it;
        size_t i;
        json_array_foreach(items, i, it)
        {
            if (json_is_string(it)) {
                puts(json_string_value(it));
            } else if (popolo) {
                int s = cmd_export_section(json_string_value(json_object_get(it, "section")));
                if (s < 0)
                    continue;
                cmd_export_popolo_open(&section, s, &first);
                char *text = json_dumps(json_object_get(it, "value"), JSON_COMPACT);
                printf("%s\n%s", first ? "" : ",", text ? text : "null");
                free(text);
                first = 0;
            } else {
                output_json(it);
            }
        }
        free(after);
        after = NULL;
        const char *next = json_string_value(json_object_get(page, "next"));
        if (next)
            after = strdup(next);
        json_decref(page);
        if (!after)
            break;
    }
    if (popolo) {
        cmd_export_popolo_open(&section, 3, &first);
        puts("]}");
    }
    if (fflush(stdout) != 0) {
        output_error("writing the export failed");
        return CLIENT_EXIT_ERROR;
    }
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_export_entry = {
    "export", "--format popolo|quickstatements|ftm [--page N]",
    "the registry as Popolo JSON, Wikidata QuickStatements or FollowTheMoney entities",
    cmd_export_exec};
