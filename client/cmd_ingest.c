/*
 * cmd_ingest.c — `tenure ingest [--date D] [--source S] [--title T]
 * FILE|DIR|- ...`: store articles, any number per call, over one
 * connection with a bounded pipeline window.
 *
 * Owns the per-file outcome lines (errors always, results with --json),
 * the progress line on stderr (a terminal, more than one file) and the
 * closing summary "N new, M already stored, K failed".
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "client.h"

extern const struct cmd_entry cmd_ingest_entry;

/* Requests in flight at once: enough to keep the daemon's group commit
 * full, small enough to bound memory on both sides. */
#define CMD_INGEST_WINDOW 64

struct cmd_ingest_state {
    struct cmd_ctx *ctx;
    const char *date, *source, *title;
    size_t total, done, fresh, dup, failed;
    int progress;
};

/* Longest title taken from an article's first line, in bytes. */
#define CMD_INGEST_TITLE_MAX 300

/* The article's first non-empty line that is not a "# key = value" header,
 * trimmed and cut at a character boundary: the title when none is given
 * (news files open with their headline).  NULL when there is none. */
static json_t *cmd_ingest_first_line(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t end = i;
        while (end < len && text[end] != '\n')
            end++;
        size_t a = i, b = end;
        while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r'))
            a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r'))
            b--;
        if (b > a && text[a] != '#') {
            if (b - a > CMD_INGEST_TITLE_MAX) {
                b = a + CMD_INGEST_TITLE_MAX;
                while (b > a && ((unsigned char)text[b] & 0xC0) == 0x80)
                    b--; /* never split a UTF-8 sequence */
            }
            return json_stringn(text + a, b - a);
        }
        i = end + 1;
    }
    return NULL;
}

/* Params of one article: --source defaults to the file's path, --title to
 * its first line, so stored articles can be told apart in listings and
 * evidence. */
static json_t *cmd_ingest_params(const char *path, const char *text, size_t len, void *arg)
{
    struct cmd_ingest_state *st = arg;
    json_t *p = json_object(), *title;
    json_object_set_new(p, "text", json_stringn(text, len));
    if (st->date)
        json_object_set_new(p, "date", json_string(st->date));
    if (st->source)
        json_object_set_new(p, "source", json_string(st->source));
    else if (strcmp(path, "-") != 0)
        json_object_set_new(p, "source", json_string(path));
    if (st->title)
        json_object_set_new(p, "title", json_string(st->title));
    else if ((title = cmd_ingest_first_line(text, len)))
        json_object_set_new(p, "title", title);
    return p;
}

/* One file's outcome. */
static void cmd_ingest_result(const char *path, json_t *res, const struct client_error *err,
                              void *arg)
{
    struct cmd_ingest_state *st = arg;
    st->done++;
    if (st->progress)
        fputs("\r\033[K", stderr);
    if (!res) {
        st->failed++;
        output_error("%s: %s", path, err->message);
    } else {
        if (json_is_true(json_object_get(res, "new")))
            st->fresh++;
        else
            st->dup++;
        if (st->ctx->json) {
            json_t *line = json_pack("{s:s, s:O}", "file", path, "result", res);
            output_json(line);
            json_decref(line);
        }
    }
    if (st->progress)
        fprintf(stderr, "%zu/%zu: %zu new, %zu already stored, %zu failed", st->done, st->total,
                st->fresh, st->dup, st->failed);
}

/* Parse options, collect files, feed them. */
static int cmd_ingest_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    struct cmd_ingest_state st = {.ctx = ctx};
    int i = 1;
    for (; i < argc; i++) {
        const char **slot = NULL;
        if (strcmp(argv[i], "--date") == 0)
            slot = &st.date;
        else if (strcmp(argv[i], "--source") == 0)
            slot = &st.source;
        else if (strcmp(argv[i], "--title") == 0)
            slot = &st.title;
        else if (strcmp(argv[i], "--json") == 0) {
            ctx->json = 1;
            continue;
        } else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else
            break;
        if (++i == argc)
            return tenure_usage(&cmd_ingest_entry);
        *slot = argv[i];
    }
    if (i == argc)
        return tenure_usage(&cmd_ingest_entry);
    char **paths;
    size_t n;
    if (input_collect(argc - i, argv + i, &paths, &n) != 0)
        return CLIENT_EXIT_USAGE;
    st.total = n;
    st.progress = n > 1 && isatty(STDERR_FILENO);
    int rc = input_pipeline(ctx, paths, n, CMD_INGEST_WINDOW, "ingest", cmd_ingest_params,
                            cmd_ingest_result, &st);
    if (st.progress)
        fputs("\r\033[K", stderr);
    if (rc != CLIENT_EXIT_UNREACHABLE || st.done > 0) {
        FILE *out = ctx->json ? stderr : stdout;
        fprintf(out, "%zu new, %zu already stored, %zu failed", st.fresh, st.dup, st.failed);
        if (st.done < n)
            fprintf(out, ", %zu not sent", n - st.done);
        fputc('\n', out);
    }
    input_free(paths, n);
    return rc;
}

const struct cmd_entry cmd_ingest_entry = {
    "ingest", "[--date YYYY[-MM[-DD]]] [--source S] [--title T] FILE|DIR|- ...",
    "store articles (directories: every *.txt inside); durable when acknowledged", cmd_ingest_exec};
