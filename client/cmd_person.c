/*
 * cmd_person.c — `tenure person NAME`: every post a person held, oldest
 * first ("#ID" picks one namesake).
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_person_entry;

/* One position's row; with all, whether the post's holders list it. */
static void cmd_person_row(struct output_table *t, json_t *p, const char *listed)
{
    char *cells[8];
    cells[0] = output_text(json_object_get(p, "position"));
    cells[1] = output_text(json_object_get(p, "first_seen"));
    cells[2] = output_text(json_object_get(p, "last_seen"));
    cells[3] = registry_fmt_bounds(json_object_get(p, "start"));
    cells[4] = registry_fmt_bounds(json_object_get(p, "end"));
    cells[5] = output_text(json_object_get(p, "status"));
    cells[6] = output_text(json_object_get(p, "evidence"));
    cells[7] = (char *)listed;
    output_table_add(t, (const char *const *)cells);
    for (int c = 0; c < 7; c++)
        free(cells[c]);
}

/* Call "person" and print the positions (--all: those set aside too). */
static int cmd_person_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    int rc, all = 0;
    const char *name = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--all") == 0)
            all = 1;
        else if (argv[i][0] == '-' || name)
            return tenure_usage(&cmd_person_entry);
        else
            name = argv[i];
    }
    if (!name)
        return tenure_usage(&cmd_person_entry);
    json_t *res = tenure_query(ctx, "person", json_pack("{s:s}", "name", name), &rc);
    if (!res)
        return rc;
    output_note("%s (#%lld)\n", json_string_value(json_object_get(res, "person")),
                (long long)json_integer_value(json_object_get(res, "person_id")));
    static const char *const head[] = {"POSITION", "FIRST SEEN", "LAST SEEN", "STARTED",
                                       "ENDED",    "STATUS",     "EVIDENCE",  "LISTED"};
    struct output_table *t = output_table_new(all ? 8 : 7, head);
    json_t *p;
    size_t i;
    json_array_foreach(json_object_get(res, "positions"), i, p) cmd_person_row(t, p, "yes");
    if (all)
        json_array_foreach(json_object_get(res, "set_aside_positions"), i, p)
            cmd_person_row(t, p, "set aside");
    output_table_print(t, stdout, 48);
    output_table_free(t);
    json_int_t aside = json_integer_value(json_object_get(res, "set_aside"));
    if (aside > 0 && !all)
        output_note("%lld more post(s) read and set aside, as `who` sets them aside (a single "
                    "report beside the post's established holders, or a contradicted or "
                    "misread claim); --all lists them\n",
                    (long long)aside);
    registry_fmt_alternatives(res, "people");
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_person_entry = {
    "person", "NAME|#ID [--all]",
    "every post a person held, oldest first (--all: also those set aside)", cmd_person_exec};
