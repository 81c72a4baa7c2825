/*
 * client.h — everything a `tenure` command needs: one header, small on
 * purpose.
 *
 * A command is one file client/cmd_<name>.c exporting one
 *     const struct cmd_entry cmd_<name>_entry = {name, usage, summary, handler};
 * registered by one line in the table of client/tenure.c.  Its handler gets
 * the parsed global options (socket, --json) in a struct cmd_ctx and the
 * command's own arguments (argv[0] is the command name), and returns an
 * exit code (CLIENT_EXIT_*).
 *
 * Calling the daemon, simplest form (connects on first use, prints the
 * one-line error and gives the exit code when the call fails):
 *
 *     int rc;
 *     json_t *res = tenure_call(ctx, "article.get", json_pack("{s:s}", "article", id), &rc);
 *     if (!res)
 *         return rc;
 *     if (ctx->json) output_json(res); else ...print a table...
 *     json_decref(res);
 *     return CLIENT_EXIT_OK;
 *
 * Many calls on one connection (pipelining): client_send() up to a window
 * of requests, client_recv() their replies in the same order.
 * Output: output_json() prints the raw result; struct output_table prints
 * aligned columns (UTF-8 aware); output_error() prints "tenure: ..." on
 * stderr.
 */
#ifndef TENURE_CLIENT_H
#define TENURE_CLIENT_H

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>

#include "tenure/protocol.h"

/* Exit codes of `tenure` (documented in --help and the README). */
#define CLIENT_EXIT_OK 0          /* success */
#define CLIENT_EXIT_ERROR 1       /* the daemon answered with an error */
#define CLIENT_EXIT_USAGE 2       /* bad command line */
#define CLIENT_EXIT_UNREACHABLE 3 /* cannot connect, or the connection broke */

/* Error codes of client_error beyond the daemon's (errors.def). */
#define CLIENT_E_IO 1   /* connect/read/write failed or the connection closed */
#define CLIENT_E_FILE 2 /* a local file could not be read or is not UTF-8 */

struct client_error {
    int code;          /* a TENURE_E_* from the daemon, or CLIENT_E_IO */
    char message[512]; /* one line */
    json_t *data;      /* the error's "data" member, or NULL (owned) */
};

struct client; /* one connection to tenured */

/* Global options and the lazily opened connection, passed to handlers. */
struct cmd_ctx {
    const char *socket;    /* -s, or NULL: see client_socket_path */
    const char *auth_file; /* --auth-file, or NULL ($TENURE_AUTH comes first) */
    int json;              /* --json: print raw results */
    struct client *conn;
};

struct cmd_entry {
    const char *name;    /* the command word */
    const char *usage;   /* arguments, for --help and usage errors */
    const char *summary; /* one line */
    int (*handler)(struct cmd_ctx *ctx, int argc, char **argv);
};

/* rpc_client.c */
/* Socket path: flag if given, else $TENURE_SOCKET, else the default rule
 * of tenure/sockpath.h ("tcp:HOST:PORT" for TCP). */
const char *client_socket_path(const char *flag);
/* Connect to a Unix socket path, or to "tcp:HOST:PORT"; NULL with err
 * (CLIENT_E_IO) when the daemon cannot be reached or a Unix socket belongs
 * to someone it should not (a planted socket). */
struct client *client_connect(const char *path, struct client_error *err);
/* On TCP, send "auth" with $TENURE_AUTH or the first line of file (may be
 * NULL); nothing on a Unix socket or without a token.  0, or -1 with err. */
int client_auth(struct client *c, const char *file, struct client_error *err);
void client_close(struct client *c);
/* One call: send, wait, return the result (new reference) or NULL with err.
 * params is stolen (may be NULL for none). */
json_t *client_call(struct client *c, const char *method, json_t *params, struct client_error *err);
/* Pipelining: queue one request (params stolen); 0, or -1 with err. */
int client_send(struct client *c, const char *method, json_t *params, struct client_error *err);
/* The reply to the oldest request sent and not yet received: its result,
 * or NULL with err (a daemon error or CLIENT_E_IO). */
json_t *client_recv(struct client *c, struct client_error *err);
/* The next message of any kind, as a JSON object: a reply (then counted as
 * received) or a notification (no id; "watch").  Waits at most timeout_ms
 * (-1: forever); NULL with err->code 0 on timeout, or with err set. */
json_t *client_next_message(struct client *c, int timeout_ms, struct client_error *err);
/* Requests sent whose replies have not been received. */
size_t client_pending(const struct client *c);
/* Release err->data. */
void client_error_clear(struct client_error *err);
/* Exit code for an error: UNREACHABLE for CLIENT_E_IO, ERROR otherwise. */
int client_exit_code(const struct client_error *err);

/* tenure.c */
/* Connect on first use, call, and on failure print "tenure: message" and
 * set *exit_code; returns the result or NULL.  params stolen. */
json_t *tenure_call(struct cmd_ctx *ctx, const char *method, json_t *params, int *exit_code);
/* tenure_call(), printing the raw result itself under --json (then NULL with
 * *exit_code CLIENT_EXIT_OK): what a command that prints a table calls. */
json_t *tenure_query(struct cmd_ctx *ctx, const char *method, json_t *params, int *exit_code);
/* The context's connection, opened on first use (NULL: printed, exit 3). */
struct client *tenure_connection(struct cmd_ctx *ctx);
/* Print "usage: tenure NAME USAGE" on stderr; returns CLIENT_EXIT_USAGE. */
int tenure_usage(const struct cmd_entry *entry);

/* input.c */
/* Expand FILE, DIR (recursively, *.txt, sorted) and "-" (stdin) arguments
 * into *paths (malloc'd array of malloc'd strings, *n entries).  An
 * argument that cannot be read, or a directory without any *.txt, is
 * reported on stderr and skipped; the number of those comes back (0 = all
 * fine), so one bad argument never stops the others. */
int input_collect(int argc, char **argv, char ***paths, size_t *n);
void input_free(char **paths, size_t n);
/* Read a whole file ("-" = stdin) into *buf (NUL-terminated); -1 with errno. */
int input_read(const char *path, char **buf, size_t *len);
/* Build the params of one file's request (text is the file's bytes). */
typedef json_t *(*input_params_fn)(const char *path, const char *text, size_t len, void *arg);
/* One item's outcome: result (borrowed), or NULL with err (CLIENT_E_FILE
 * for a local problem, else the daemon's error).  label names the item
 * (a path, or "FILE:LINE"). */
typedef void (*input_result_fn)(const char *label, json_t *result, const struct client_error *err,
                                void *arg);
/* Send one request per file over the context's connection, at most
 * `window` unanswered at a time, and report each outcome in file order.
 * Returns CLIENT_EXIT_OK, _ERROR (some file failed) or _UNREACHABLE. */
int input_pipeline(struct cmd_ctx *ctx, char **paths, size_t n, size_t window, const char *method,
                   input_params_fn params, input_result_fn result, void *arg);

/* The general form: next() produces items one at a time (1; 0 at the end;
 * -1 at the end after a failure it reported itself), each a request's
 * params or a local failure (params NULL, err set, e.g. by
 * input_item_fail); outcomes come back through result() in the order
 * produced (next gets next_arg, result gets arg).  Same return as
 * input_pipeline. */
struct input_item {
    char *label;    /* malloc'd, taken */
    json_t *params; /* taken; NULL: a local failure described by err */
    struct client_error err;
};
typedef int (*input_next_fn)(struct input_item *it, void *arg);
int input_feed(struct cmd_ctx *ctx, size_t window, const char *method, input_next_fn next,
               void *next_arg, input_result_fn result, void *arg);
void input_item_fail(struct input_item *it, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* JSON Lines input: a file or "-" (stdin), gzip-compressed or plain (told
 * apart by the content, not the name). */
struct input_lines;
struct input_lines *input_lines_open(const char *path); /* NULL with errno */
/* Next line without its newline, valid until the next call: 1, 0 at the
 * end, -1 with *why on a read or decompression error. */
int input_lines_next(struct input_lines *l, const char **line, size_t *len, const char **why);
long long input_lines_number(const struct input_lines *l); /* of the last line, 1-based */
double input_lines_progress(const struct input_lines *l);  /* 0..1, -1 unknown */
void input_lines_close(struct input_lines *l);

/* cmd_article.c (shared with cmd_extract.c) */
/* People with their posts, from an extraction object, as a table. */
void cmd_article_print_extraction(json_t *extraction);

/* output.c */
/* The value as one compact JSON line on stdout. */
void output_json(json_t *v);
/* "tenure: ..." on stderr, one line. */
void output_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* How tables print: aligned columns (the default), or --format tsv|csv. */
enum output_format { OUTPUT_TABLE, OUTPUT_TSV, OUTPUT_CSV };
void output_set_format(enum output_format f);
enum output_format output_get_format(void);
/* "table", "tsv" or "csv" into *f; -1 for anything else. */
int output_parse_format(const char *s, enum output_format *f);
/* Whether escape codes may be written: stdout is a terminal and NO_COLOR
 * is unset or empty. */
int output_color(void);
/* A remark around the answer (headings, "N more", alternatives): stdout
 * for tables, stderr under TSV/CSV so that stdout holds the table only. */
void output_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Aligned columns: new with the header cells, add rows, print, free.
 * Cells are UTF-8; widths count display columns; on a terminal, cells
 * longer than max_width (0 = no limit) are cut with an ellipsis; elsewhere
 * cells are whole.  Under TSV/CSV: one row per line, whole cells. */
struct output_table *output_table_new(size_t ncols, const char *const *headers);
void output_table_add(struct output_table *t, const char *const *cells);
void output_table_print(struct output_table *t, FILE *out, size_t max_width);
void output_table_free(struct output_table *t);
/* A JSON value as display text: strings bare, null as "-", others compact
 * JSON.  malloc'd. */
char *output_text(json_t *v);

#endif
