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
#include "tenure/sockpath.h"
#include "xmalloc.h"

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
extern const struct cmd_entry cmd_verify_entry;
extern const struct cmd_entry cmd_changes_entry;
extern const struct cmd_entry cmd_watch_entry;
extern const struct cmd_entry cmd_link_entry;
extern const struct cmd_entry cmd_duplicates_entry;
extern const struct cmd_entry cmd_distinct_entry;
extern const struct cmd_entry cmd_conflicts_entry;

/* One entry per line (clang-format would pack them): a new command is a
 * one-line change that merges cleanly. */
/* clang-format off */
static const struct cmd_entry *const cmd_table[] = {
    &cmd_ping_entry,
    &cmd_stats_entry,
    &cmd_ingest_entry,
    &cmd_extract_entry,
    &cmd_articles_entry,
    &cmd_article_entry,
    &cmd_forget_entry,
    &cmd_who_entry,
    &cmd_person_entry,
    &cmd_org_entry,
    &cmd_search_entry,
    &cmd_evidence_entry,
    &cmd_timeline_entry,
    &cmd_export_entry,
    &cmd_merge_entry,
    &cmd_split_entry,
    &cmd_changes_entry,
    &cmd_watch_entry,
    &cmd_verify_entry,
    &cmd_link_entry,
    &cmd_duplicates_entry,
    &cmd_distinct_entry,
    &cmd_conflicts_entry,
    NULL,
};
/* clang-format on */

/* Exit codes, for both helps (and the README says the same). */
static const char tenure_exit_codes[] =
    "Exit codes: 0 ok;\n"
    "            1 the daemon answered with an error, nothing matched, or some input\n"
    "              failed (the rest was done);\n"
    "            2 usage error (nothing was sent);\n"
    "            3 cannot reach the daemon (or the connection broke).\n";

/* "tenure NAME USAGE" once per line of a multi-line usage. */
static void tenure_usage_lines(FILE *out, const char *indent, const struct cmd_entry *e)
{
    const char *u = e->usage;
    do {
        const char *nl = strchr(u, '\n');
        int n = nl ? (int)(nl - u) : (int)strlen(u);
        fprintf(out, "%stenure %s%s%.*s\n", indent, e->name, n ? " " : "", n, u);
        u = nl ? nl + 1 : NULL;
    } while (u);
}

/* Top-level help. */
static void tenure_help(FILE *out)
{
    char def[4096];
    if (tenure_default_socket(def, sizeof def) != 0)
        snprintf(def, sizeof def, "(too long)");
    fprintf(out, "usage: tenure [-s SOCKET|tcp:HOST:PORT] [--auth-file FILE] [--json] COMMAND "
                 "[ARGS...]\n\n"
                 "Commands:\n");
    for (const struct cmd_entry *const *e = cmd_table; *e; e++) {
        fprintf(out, "  %-10s %s\n", (*e)->name, (*e)->summary);
        tenure_usage_lines(out, "               ", *e);
    }
    fprintf(out,
            "\nOptions:\n"
            "  -s, --socket PATH  the daemon's socket, or tcp:HOST:PORT for TCP\n"
            "  --auth-file FILE   TCP: the token to send first ($%s takes precedence)\n"
            "  --json             print the daemon's raw result, one JSON value per line\n"
            "  --format tsv|csv|json|table  how query commands print their answer\n"
            "                     (export has formats of its own)\n"
            "  -h, --help         this help;  -V, --version  the version\n"
            "  tenure COMMAND --help  one command's help\n"
            "\nSocket: -s if given, else $%s, else %s (the daemon's default too:\n"
            "root /run/tenured, else $XDG_RUNTIME_DIR, else /tmp/tenured-UID).  A Unix\n"
            "socket must belong to you, root, or the owner of its private directory.\n"
            "Tables cut long cells with … only on a terminal; NO_COLOR turns off bold.\n\n%s",
            TENURE_AUTH_ENV, TENURE_SOCKET_ENV, def, tenure_exit_codes);
}

/* What a command's --help says beyond its usage and summary (options,
 * what it prints); commands without a row get usage and summary only. */
static const struct {
    const char *name, *text;
} tenure_details[] = {
    {"ingest",
     "  FILE|DIR|-     a file, every *.txt under a directory, or stdin\n"
     "  --jsonl        the arguments are JSON Lines (gzip or plain): one object per line,\n"
     "                 \"text\" required; \"url\", \"date\", \"title\", \"id\", \"source\" "
     "optional;\n"
     "                 other keys are kept as the article's metadata\n"
     "  --date D       the date of articles that do not state theirs\n"
     "  --title T      the title of articles without a \"# title =\" header or \"title\" key\n"
     "  --source S     the source of articles without a URL (\"url\" key or \"# url =\" header)\n"
     "  --source-path  without a URL or --source, store the file's path (FILE:LINE) as source\n"
     "A bad file or line is reported (with its line number) and skipped; the rest is stored\n"
     "and the exit code is 1.  On a terminal a progress line shows count, rate and ETA.\n"},
    {"export",
     "  --format popolo          one Popolo JSON document\n"
     "  --format ftm             FollowTheMoney entities, one per line (PEP topics, status)\n"
     "  --format quickstatements Wikidata QuickStatements V1 (linked posts only: tenure link)\n"
     "  --format csv             one row per tenure, for spreadsheets\n"
     "  --limit N --after CURSOR one page of N items after CURSOR; the next cursor is\n"
     "                           printed on stderr (\"next: CURSOR\"); without --limit,\n"
     "                           the whole registry\n"},
    {"who", "  --at DATE   YYYY, YYYY-MM or YYYY-MM-DD (a partial date is the whole year/month)\n"
            "  --limit N   1..1000 holders (default 50)\nNobody found: exit 1.\n"},
    {"search", "  --limit N   1..1000 results (default 20)\nNothing matches: exit 1.\n"},
    {"org", "  --at DATE   YYYY, YYYY-MM or YYYY-MM-DD\n"
            "  --limit N   1..1000 holders per post (default 30)\n"},
    {"evidence", "  --limit N   1..10000 pieces of evidence (default 100)\n"},
    {"changes", "  --since CURSOR  the \"next\" of an earlier call (default 0: from the start)\n"
                "  --limit N       1..10000 changes (default 100)\n"
                "The next cursor is printed on stderr (\"next: N\"); it survives restarts.\n"},
};

/* One command's help, from the same table. */
static void tenure_command_help(FILE *out, const struct cmd_entry *e)
{
    tenure_usage_lines(out, "usage: ", e);
    fprintf(out, "\n%s.\n", e->summary);
    for (size_t k = 0; k < sizeof tenure_details / sizeof *tenure_details; k++)
        if (strcmp(tenure_details[k].name, e->name) == 0)
            fprintf(out, "\n%s", tenure_details[k].text);
    fprintf(out, "\nGlobal options: -s SOCKET, --json%s; see tenure --help.\n%s",
            strcmp(e->name, "export") ? ", --format tsv|csv|json|table" : "", tenure_exit_codes);
}

/* Usage line of one command. */
int tenure_usage(const struct cmd_entry *entry)
{
    tenure_usage_lines(stderr, "usage: ", entry);
    fprintf(stderr, "(tenure %s --help for more)\n", entry->name);
    return CLIENT_EXIT_USAGE;
}

/* The connection, opened on first use. */
struct client *tenure_connection(struct cmd_ctx *ctx)
{
    if (!ctx->conn) {
        struct client_error err;
        ctx->conn = client_connect(client_socket_path(ctx->socket), &err);
        if (!ctx->conn) {
            output_error("%s", err.message);
        } else if (client_auth(ctx->conn, ctx->auth_file, &err) != 0) {
            output_error("%s", err.message);
            client_error_clear(&err);
            client_close(ctx->conn);
            ctx->conn = NULL;
        }
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

/* Hidden --commands: "NAME<TAB>USAGE" per line of each command's usage,
 * read by the bash completion (conf/tenure.bash-completion). */
static void tenure_list_commands(void)
{
    for (const struct cmd_entry *const *e = cmd_table; *e; e++)
        for (const char *u = (*e)->usage; u; u = strchr(u, '\n') ? strchr(u, '\n') + 1 : NULL)
            printf("%s\t%.*s\n", (*e)->name, (int)strcspn(u, "\n"), u);
}

/* Global options, then the command. */
int main(int argc, char **argv)
{
    struct cmd_ctx ctx = {0};
    int i = 1;
    xmalloc_init("tenure", NULL); /* before any Jansson value */
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
        } else if (strcmp(a, "--auth-file") == 0) {
            if (++i == argc) {
                output_error("%s needs a file", a);
                return CLIENT_EXIT_USAGE;
            }
            ctx.auth_file = argv[i];
        } else if (strncmp(a, "--auth-file=", 12) == 0) {
            ctx.auth_file = a + 12;
        } else if (strcmp(a, "--json") == 0) {
            ctx.json = 1;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            tenure_help(stdout);
            return CLIENT_EXIT_OK;
        } else if (strcmp(a, "--commands") == 0) {
            tenure_list_commands();
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
    const struct cmd_entry *cmd = NULL;
    for (const struct cmd_entry *const *e = cmd_table; *e; e++)
        if (strcmp((*e)->name, argv[i]) == 0)
            cmd = *e;
    if (!cmd) {
        output_error("unknown command \"%s\" (see tenure --help)", argv[i]);
        return CLIENT_EXIT_USAGE;
    }
    /* Options every command takes, wherever they stand before "--":
     * --help (never a file name or an id), --json, and --format for the
     * query commands (export's --format is its own). */
    int n = i + 1;
    for (int k = i + 1; k < argc; k++) {
        const char *a = argv[k], *fmt = NULL;
        if (strcmp(a, "--") == 0) {
            while (k < argc)
                argv[n++] = argv[k++];
            break;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            tenure_command_help(stdout, cmd);
            return CLIENT_EXIT_OK;
        }
        if (strcmp(cmd->name, "export") != 0) {
            if (strcmp(a, "--format") == 0) {
                if (k + 1 == argc) {
                    output_error("--format needs tsv, csv, json or table");
                    return CLIENT_EXIT_USAGE;
                }
                fmt = argv[++k];
            } else if (strncmp(a, "--format=", 9) == 0)
                fmt = a + 9;
        }
        if (fmt) {
            enum output_format f;
            if (strcmp(fmt, "json") == 0)
                ctx.json = 1;
            else if (output_parse_format(fmt, &f) == 0)
                output_set_format(f);
            else {
                output_error("--format: expected tsv, csv, json or table, got \"%s\"", fmt);
                return CLIENT_EXIT_USAGE;
            }
        } else if (strcmp(a, "--json") == 0)
            ctx.json = 1;
        else
            argv[n++] = argv[k];
    }
    argc = n;
    int rc = cmd->handler(&ctx, argc - i, argv + i);
    client_close(ctx.conn);
    return rc;
}
