/*
 * cmd_person.c — `tenure person NAME`: every post a person held, oldest
 * first ("#ID" picks one namesake).
 */
#include <stdlib.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_person_entry;

/* Call "person" and print the positions. */
static int cmd_person_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    int rc;
    if (argc != 2 || argv[1][0] == '-')
        return tenure_usage(&cmd_person_entry);
    json_t *res = tenure_query(ctx, "person", json_pack("{s:s}", "name", argv[1]), &rc);
    if (!res)
        return rc;
    output_note("%s (#%lld)\n", json_string_value(json_object_get(res, "person")),
                (long long)json_integer_value(json_object_get(res, "person_id")));
    static const char *const head[] = {"POSITION", "FIRST SEEN", "LAST SEEN", "STARTED",
                                       "ENDED",    "STATUS",     "EVIDENCE"};
    struct output_table *t = output_table_new(7, head);
    json_t *p;
    size_t i;
    json_array_foreach(json_object_get(res, "positions"), i, p)
    {
        char *cells[7];
        cells[0] = output_text(json_object_get(p, "position"));
        cells[1] = output_text(json_object_get(p, "first_seen"));
        cells[2] = output_text(json_object_get(p, "last_seen"));
        cells[3] = registry_fmt_bounds(json_object_get(p, "start"));
        cells[4] = registry_fmt_bounds(json_object_get(p, "end"));
        cells[5] = output_text(json_object_get(p, "status"));
        cells[6] = output_text(json_object_get(p, "evidence"));
        output_table_add(t, (const char *const *)cells);
        for (int c = 0; c < 7; c++)
            free(cells[c]);
    }
    output_table_print(t, stdout, 48);
    output_table_free(t);
    registry_fmt_alternatives(res, "people");
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_person_entry = {
    "person", "NAME|#ID", "every post a person held, oldest first", cmd_person_exec};
