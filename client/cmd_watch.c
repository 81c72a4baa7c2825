/*
 * cmd_watch.c — `tenure watch [--since CURSOR] [--person X] [--post P]`:
 * stay connected and print each tenure change as the daemon commits it (one
 * line each; --json: the record), until interrupted or the daemon ends the
 * watch (a slow reader is dropped with a reason: exit 1).  Pings the daemon
 * every "keepalive" seconds it asks for, so the idle timeout never fires.
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "registry_fmt.h"

extern const struct cmd_entry cmd_watch_entry;

/* One change as a line: time-ordered, greppable. */
static void cmd_watch_print(json_t *c)
{
    char *start = registry_fmt_bounds(json_object_get(c, "start"));
    char *end = registry_fmt_bounds(json_object_get(c, "end"));
    printf("%lld\t%s\t%s\t%s\t%s\t%s\n", (long long)json_integer_value(json_object_get(c, "seq")),
           json_string_value(json_object_get(c, "kind")),
           json_string_value(json_object_get(c, "person")),
           json_string_value(json_object_get(c, "position")), start, end);
    free(start);
    free(end);
}

static int cmd_watch_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *v;
    json_t *params = json_object();
    for (int i = 1; i < argc; i++) {
        if ((v = registry_fmt_option(argc, argv, &i, "--since"))) {
            long long since;
            if (registry_fmt_int("watch", "since", v, &since) < 0) {
                json_decref(params);
                return CLIENT_EXIT_USAGE;
            }
            json_object_set_new(params, "since", json_integer(since));
        } else if ((v = registry_fmt_option(argc, argv, &i, "--person")))
            json_object_set_new(params, "person", json_string(v));
        else if ((v = registry_fmt_option(argc, argv, &i, "--post")))
            json_object_set_new(params, "position", json_string(v));
        else {
            json_decref(params);
            return tenure_usage(&cmd_watch_entry);
        }
    }
    struct client *c = tenure_connection(ctx);
    if (!c) {
        json_decref(params);
        return CLIENT_EXIT_UNREACHABLE;
    }
    struct client_error err = {0};
    if (client_send(c, "watch", params, &err) != 0) {
        fprintf(stderr, "tenure: %s\n", err.message);
        return client_exit_code(&err);
    }
    int keepalive_ms = -1, started = 0;
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (;;) {
        json_t *m = client_next_message(c, keepalive_ms, &err);
        if (!m) {
            if (err.code) {
                fprintf(stderr, "tenure: %s\n", err.message);
                return client_exit_code(&err);
            }
            if (client_send(c, "ping", NULL, &err) != 0) { /* keepalive */
                fprintf(stderr, "tenure: %s\n", err.message);
                return client_exit_code(&err);
            }
            continue;
        }
        const char *method = json_string_value(json_object_get(m, "method"));
        json_t *p = json_object_get(m, "params"), *e = json_object_get(m, "error");
        if (e) {
            fprintf(stderr, "tenure: %s\n", json_string_value(json_object_get(e, "message")));
            json_decref(m);
            return CLIENT_EXIT_ERROR;
        }
        if (!method && !started) { /* the answer to watch */
            json_t *r = json_object_get(m, "result");
            json_int_t ka = json_integer_value(json_object_get(r, "keepalive"));
            keepalive_ms = ka > 0 ? (int)(ka * 1000) : -1;
            fprintf(stderr, "watching changes after %lld (^C to stop)\n",
                    (long long)json_integer_value(json_object_get(r, "since")));
            started = 1;
        } else if (method && !strcmp(method, "change")) {
            if (ctx->json) {
                char *s = json_dumps(p, JSON_COMPACT);
                if (s)
                    puts(s);
                free(s);
            } else
                cmd_watch_print(p);
        } else if (method && !strcmp(method, "watch.end")) {
            fprintf(stderr, "tenure: the daemon ended the watch: %s (cursor %lld)\n",
                    json_string_value(json_object_get(p, "reason")),
                    (long long)json_integer_value(json_object_get(p, "cursor")));
            json_decref(m);
            return CLIENT_EXIT_ERROR;
        }
        json_decref(m);
    }
}

const struct cmd_entry cmd_watch_entry = {
    "watch", "[--since CURSOR] [--person NAME|#ID] [--post POST]",
    "stay connected and print each tenure change as it commits", cmd_watch_exec};
