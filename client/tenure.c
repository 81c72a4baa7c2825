/*
 * tenure.c — the `tenure` command-line client: global options, the command
 * table, and the shared call helper.
 *
 * Owns `tenure [-s SOCKET] [--json] COMMAND [ARGS]`, --help (commands,
 * socket resolution order, exit codes), dispatch to one cmd_<name>.c per
 * command, and tenure_call(), which opens the connection on first use.
 * Does not implement any command itself.  Adding a command: write
 * client/cmd_<name>.c with one `const struct cmd_entry cmd_<name>_entry`,
 * add its extern and one line to cmd_table below.
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"

extern const struct cmd_entry cmd_ping_entry;
extern const struct cmd_entry cmd_stats_entry;
extern const struct cmd_entry cmd_ingest_entry;
extern const struct cmd_entry cmd_extract_entry;
extern const struct cmd_entry cmd_articles_entry;
extern const struct cmd_entry cmd_article_entry;
extern const struct cmd_entry cmd_forget_entry;
extern const struct cmd_entry cmd_who_entry;
extern const struct cmd_entry cmd_person_entry;
extern const struct cmd_entry cmd_org_entry;
extern const struct cmd_entry cmd_search_entry;
extern const struct cmd_entry cmd_evidence_entry;
extern const struct cmd_entry cmd_timeline_entry;
extern const struct cmd_entry cmd_export_entry;
extern const struct cmd_entry cmd_merge_entry;
extern const struct cmd_entry cmd_split_entry;
extern const struct cmd_entry cmd_duplicates_entry;
extern const struct cmd_entry cmd_distinct_entry;
extern const struct cmd_entry cmd_conflicts_entry;

static const struct cmd_entry *const cmd_table[] = {
    &cmd_ping_entry,       &cmd_stats_entry,    &cmd_ingest_entry,    &cmd_extract_entry,
    &cmd_articles_entry,   &cmd_article_entry,  &cmd_forget_entry,    &cmd_who_entry,
    &cmd_person_entry,     &cmd_org_entry,      &cmd_search_entry,    &cmd_evidence_entry,
    &cmd_timeline_entry,   &cmd_export_entry,   &cmd_merge_entry,     &cmd_split_entry,
    &cmd_duplicates_entry, &cmd_distinct_entry, &cmd_conflicts_entry, NULL,
};

/* Top-level help. */
static void tenure_help(FILE *out)
{
    fprintf(out, "usage: tenure [-s SOCKET] [--json] COMMAND [ARGS...]\n\n"
                 "Commands:\n");
    for (const struct cmd_entry *const *e = cmd_table; *e; e++) {
        fprintf(out, "  %-10s %s\n", (*e)->name, (*e)->summary);
        if (*(*e)->usage)
            fprintf(out, "  %-10s   tenure %s %s\n", "", (*e)->name, (*e)->usage);
    }
    fprintf(out,
            "\nOptions:\n"
            "  -s, --socket PATH  the daemon's socket\n"
            "  --json             print the daemon's raw result, one JSON value per line\n"
            "  -h, --help         this help;  -V, --version  the version\n"
            "\nSocket: -s if given, else $%s, else %s (the daemon's default too).\n"
            "\nExit codes: 0 ok, 1 the daemon answered with an error, 2 usage error,\n"
            "            3 cannot reach the daemon (or the connection broke).\n",
            TENURE_SOCKET_ENV, TENURE_DEFAULT_SOCKET);
}

/* Usage line of one command. */
int tenure_usage(const struct cmd_entry *entry)
{
    fprintf(stderr, "usage: tenure %s %s\n", entry->name, entry->usage);
    return CLIENT_EXIT_USAGE;
}

/* The connection, opened on first use. */
struct client *tenure_connection(struct cmd_ctx *ctx)
{
    if (!ctx->conn) {
        struct client_error err;
        ctx->conn = client_connect(client_socket_path(ctx->socket), &err);
        if (!ctx->conn)
            output_error("%s", err.message);
    }
    return ctx->conn;
}

/* One call with error printing. */
json_t *tenure_call(struct cmd_ctx *ctx, const char *method, json_t *params, int *exit_code)
{
    struct client_error err;
    if (!tenure_connection(ctx)) {
        json_decref(params);
        *exit_code = CLIENT_EXIT_UNREACHABLE;
        return NULL;
    }
    json_t *res = client_call(ctx->conn, method, params, &err);
    if (!res) {
        output_error("%s", err.message);
        *exit_code = client_exit_code(&err);
        client_error_clear(&err);
        return NULL;
    }
    *exit_code = CLIENT_EXIT_OK;
    return res;
}

/* tenure_call() for a command that lays its answer out as a table: under
 * --json the raw result is printed here and NULL comes back with *exit_code
 * CLIENT_EXIT_OK, so the caller only handles the readable form. */
json_t *tenure_query(struct cmd_ctx *ctx, const char *method, json_t *params, int *exit_code)
{
    json_t *res = tenure_call(ctx, method, params, exit_code);
    if (res && ctx->json) {
        output_json(res);
        json_decref(res);
        return NULL;
    }
    return res;
}

/* Global options, then the command. */
int main(int argc, char **argv)
{
    struct cmd_ctx ctx = {0};
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-s") == 0 || strcmp(a, "--socket") == 0) {
            if (++i == argc) {
                output_error("%s needs a path", a);
                return CLIENT_EXIT_USAGE;
            }
            ctx.socket = argv[i];
        } else if (strncmp(a, "--socket=", 9) == 0) {
            ctx.socket = a + 9;
        } else if (strcmp(a, "--json") == 0) {
            ctx.json = 1;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            tenure_help(stdout);
            return CLIENT_EXIT_OK;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("tenure %s (protocol %d)\n", TENURE_VERSION, TENURE_PROTOCOL_VERSION);
            return CLIENT_EXIT_OK;
        } else {
            output_error("unknown option %s (see tenure --help)", a);
            return CLIENT_EXIT_USAGE;
        }
    }
    if (i == argc) {
        tenure_help(stderr);
        return CLIENT_EXIT_USAGE;
    }
    /* --json may also follow the command ("tenure stats --json"). */
    int n = i + 1;
    for (int k = i + 1; k < argc; k++) {
        if (strcmp(argv[k], "--") == 0) {
            while (k < argc)
                argv[n++] = argv[k++];
            break;
        }
        if (strcmp(argv[k], "--json") == 0)
            ctx.json = 1;
        else
            argv[n++] = argv[k];
    }
    argc = n;
    for (const struct cmd_entry *const *e = cmd_table; *e; e++)
        if (strcmp((*e)->name, argv[i]) == 0) {
            int rc = (*e)->handler(&ctx, argc - i, argv + i);
            client_close(ctx.conn);
            return rc;
        }
    output_error("unknown command \"%s\" (see tenure --help)", argv[i]);
    return CLIENT_EXIT_USAGE;
}
