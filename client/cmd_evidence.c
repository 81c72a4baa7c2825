/*
 * cmd_evidence.c — `tenure evidence PERSON [POSITION] [--limit N]`: the
 * articles behind a person's claims, each with the sentence it came from.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_evidence_entry;

/* Call "evidence" and print one block per claim. */
static int cmd_evidence_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *person = NULL, *position = NULL, *v;
    long limit = 0;
    int rc;
    for (int i = 1; i < argc; i++) {
        if ((v = registry_fmt_option(argc, argv, &i, "--limit"))) {
            if ((limit = registry_fmt_limit("evidence", v)) < 0)
                return CLIENT_EXIT_USAGE;
        } else if (argv[i][0] == '-' || (person && position))
            return tenure_usage(&cmd_evidence_entry);
        else if (!person)
            person = argv[i];
        else
            position = argv[i];
    }
    if (!person)
        return tenure_usage(&cmd_evidence_entry);
    json_t *params = json_pack("{s:s}", "person", person);
    if (position)
        json_object_set_new(params, "position", json_string(position));
    if (limit)
        json_object_set_new(params, "limit", json_integer(limit));
    json_t *res = tenure_query(ctx, "evidence", params, &rc);
    if (!res)
        return rc;
    json_t *e;
    size_t i;
    output_note("%s: %lld piece(s) of evidence\n",
                json_string_value(json_object_get(res, "person")),
                (long long)json_integer_value(json_object_get(res, "total")));
    int empty = json_array_size(json_object_get(res, "evidence")) == 0;
    if (output_get_format() != OUTPUT_TABLE) {
        static const char *const head[] = {"DATE",   "POSITION", "STATUS", "ARTICLE",
                                           "SOURCE", "TITLE",    "SNIPPET"};
        static const char *const keys[] = {"date",   "position", "status", "article",
                                           "source", "title",    "snippet"};
        struct output_table *t = output_table_new(7, head);
        json_array_foreach(json_object_get(res, "evidence"), i, e)
        {
            char *cells[7];
            for (int c = 0; c < 7; c++)
                cells[c] = output_text(json_object_get(e, keys[c]));
            output_table_add(t, (const char *const *)cells);
            for (int c = 0; c < 7; c++)
                free(cells[c]);
        }
        output_table_print(t, stdout, 0);
        output_table_free(t);
        json_decref(res);
        return empty ? CLIENT_EXIT_ERROR : CLIENT_EXIT_OK;
    }
    json_array_foreach(json_object_get(res, "evidence"), i, e)
    {
        const char *title = json_string_value(json_object_get(e, "title"));
        const char *source = json_string_value(json_object_get(e, "source"));
        const char *date = json_string_value(json_object_get(e, "date"));
        printf("\n%s  %s (%s)\n", date ? date : "undated",
               json_string_value(json_object_get(e, "position")),
               json_string_value(json_object_get(e, "status")));
        printf("  article %s%s%s%s%s\n", json_string_value(json_object_get(e, "article")),
               title ? "  " : "", title ? title : "", source ? "  " : "", source ? source : "");
        const char *snippet = json_string_value(json_object_get(e, "snippet"));
        json_t *sp = json_object_get(e, "snippet_span");
        size_t sl = snippet ? strlen(snippet) : 0;
        size_t a = (size_t)json_integer_value(json_array_get(sp, 0));
        size_t b = (size_t)json_integer_value(json_array_get(sp, 1));
        if (sl && sp && a <= b && b <= sl) {
            /* the claim itself in bold on a terminal, in [brackets] otherwise */
            int tty = output_color();
            printf("  « %.*s%s%.*s%s%s »\n", (int)a, snippet, tty ? "\033[1m" : "[", (int)(b - a),
                   snippet + a, tty ? "\033[0m" : "]", snippet + b);
        } else if (sl)
            printf("  « %s »\n", snippet);
    }
    json_decref(res);
    return empty ? CLIENT_EXIT_ERROR : CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_evidence_entry = {"evidence", "PERSON [POSITION] [--limit N]",
                                             "the articles and snippets behind a person's claims",
                                             cmd_evidence_exec};
