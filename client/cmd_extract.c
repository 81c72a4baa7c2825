/*
 * cmd_extract.c — `tenure extract [--date D] [--json] FILE...|-`: what the
 * extractor finds in articles, without storing them.
 *
 * With --json: per article exactly the object the daemon returns, one per
 * line (the scoring tools read this).  Without: per file a heading and the
 * people with their posts.
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"

extern const struct cmd_entry cmd_extract_entry;

#define CMD_EXTRACT_WINDOW 32

struct cmd_extract_state {
    struct cmd_ctx *ctx;
    const char *date;
    size_t files;
};

/* Params of one file. */
static json_t *cmd_extract_params(const char *path, const char *text, size_t len, void *arg)
{
    struct cmd_extract_state *st = arg;
    json_t *p = json_object();
    json_object_set_new(p, "text", json_stringn(text, len));
    if (st->date)
        json_object_set_new(p, "date", json_string(st->date));
    return p;
}

/* One file's extraction. */
static void cmd_extract_result(const char *path, json_t *res, const struct client_error *err,
                               void *arg)
{
    struct cmd_extract_state *st = arg;
    if (!res) {
        output_error("%s: %s", path, err->message);
        return;
    }
    if (st->ctx->json) {
        output_json(res);
        return;
    }
    char *date = output_text(json_object_get(res, "date"));
    char *src = output_text(json_object_get(res, "date_source"));
    if (st->files > 1)
        printf("== %s\n", path);
    printf("date: %s (%s)\n", date, src);
    free(date);
    free(src);
    cmd_article_print_extraction(res);
}

/* Parse options, feed the files. */
static int cmd_extract_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    struct cmd_extract_state st = {.ctx = ctx};
    int i = 1;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--date") == 0 && i + 1 < argc)
            st.date = argv[++i];
        else if (strcmp(argv[i], "--json") == 0)
            ctx->json = 1;
        else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0')
            return tenure_usage(&cmd_extract_entry);
        else
            break;
    }
    if (i == argc)
        return tenure_usage(&cmd_extract_entry);
    char **paths;
    size_t n;
    int missing = input_collect(argc - i, argv + i, &paths, &n);
    st.files = n;
    int rc = n ? input_pipeline(ctx, paths, n, CMD_EXTRACT_WINDOW, "extract", cmd_extract_params,
                                cmd_extract_result, &st)
               : CLIENT_EXIT_OK;
    if (missing && rc == CLIENT_EXIT_OK)
        rc = CLIENT_EXIT_ERROR; /* reported by input_collect, the rest was read */
    input_free(paths, n);
    return rc;
}

const struct cmd_entry cmd_extract_entry = {
    "extract", "[--date YYYY[-MM[-DD]]] [--json] FILE|DIR|- ...",
    "show what the extractor finds (people, posts, date); stores nothing", cmd_extract_exec};
