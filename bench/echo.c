/*
 * echo.c — bench_echo: the yardstick server for query_ratio.
 *
 * A minimal libevent + Jansson server on a Unix socket with tenured's framing
 * (one JSON value per '\n'-terminated line): it reads a line, parses it with
 * json_loads, re-serializes it with json_dumps(JSON_COMPACT) and writes it
 * back with '\n'.  It is what any JSON-RPC daemon on this stack must pay at
 * least per request, so tenure req/s ÷ echo req/s, measured by the same
 * generator in the same run, says how much tenure adds on top.
 * It owns nothing else: no store, no dispatch, one thread, no limits beyond a
 * 16 MiB line cap (then the connection is closed).
 *
 * Usage: bench_echo -s SOCKET     (SIGINT/SIGTERM: close, unlink, exit 0)
 */
#include <errno.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define ECHO_MAX_LINE (16u * 1024u * 1024u)

/* Parse each complete line and write back its compact re-serialization. */
static void echo_read(struct bufferevent *bev, void *arg)
{
    struct evbuffer *in = bufferevent_get_input(bev);
    struct evbuffer *out = bufferevent_get_output(bev);
    char *line;
    size_t len;
    while ((line = evbuffer_readln(in, &len, EVBUFFER_EOL_LF)) != NULL) {
        json_error_t jerr;
        json_t *v = json_loadb(line, len, 0, &jerr);
        free(line);
        char *s = v ? json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
        json_decref(v);
        int rc;
        if (s) {
            rc = evbuffer_add_printf(out, "%s\n", s);
            free(s);
        } else {
            rc = evbuffer_add_printf(out, "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":"
                                          "-32700,\"message\":\"parse error\"}}\n");
        }
        if (rc < 0) {
            bufferevent_free(bev);
            return;
        }
    }
    if (evbuffer_get_length(in) > ECHO_MAX_LINE)
        bufferevent_free(bev);
}

/* Close on EOF or error. */
static void echo_event(struct bufferevent *bev, short what, void *arg)
{
    if (what & (BEV_EVENT_EOF | BEV_EVENT_ERROR))
        bufferevent_free(bev);
}

/* Accept: wrap the socket in a bufferevent. */
static void echo_accept(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa, int len,
                        void *arg)
{
    struct event_base *base = evconnlistener_get_base(l);
    struct bufferevent *bev = bufferevent_socket_new(base, fd, BEV_OPT_CLOSE_ON_FREE);
    if (!bev) {
        close(fd);
        return;
    }
    bufferevent_setcb(bev, echo_read, NULL, echo_event, NULL);
    if (bufferevent_enable(bev, EV_READ | EV_WRITE) != 0)
        bufferevent_free(bev);
}

/* SIGINT/SIGTERM: leave the loop. */
static void echo_signal(evutil_socket_t sig, short what, void *arg)
{
    event_base_loopbreak(arg);
}

/* Print usage. */
static void usage(void)
{
    fprintf(stderr, "usage: bench_echo -s SOCKET\n");
}

/* Listen on the socket, echo every line until SIGINT/SIGTERM. */
int main(int argc, char **argv)
{
    const char *path = NULL;
    int opt;
    while ((opt = getopt(argc, argv, "s:h")) != -1) {
        if (opt == 's') {
            path = optarg;
        } else {
            usage();
            return 2;
        }
    }
    struct sockaddr_un sa;
    if (!path || strlen(path) >= sizeof sa.sun_path) {
        usage();
        return 2;
    }
    if (signal(SIGPIPE, SIG_IGN) == SIG_ERR) {
        perror("signal");
        return 1;
    }
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    memcpy(sa.sun_path, path, strlen(path) + 1);
    if (unlink(path) != 0 && errno != ENOENT) {
        fprintf(stderr, "bench_echo: unlink %s: %s\n", path, strerror(errno));
        return 1;
    }
    struct event_base *base = event_base_new();
    if (!base) {
        fprintf(stderr, "bench_echo: event_base_new failed\n");
        return 1;
    }
    int rc = 1;
    struct evconnlistener *l = evconnlistener_new_bind(
        base, echo_accept, NULL, LEV_OPT_CLOSE_ON_FREE | LEV_OPT_CLOSE_ON_EXEC, 1024,
        (struct sockaddr *)&sa, (int)sizeof sa);
    if (!l) {
        fprintf(stderr, "bench_echo: listen %s: %s\n", path, strerror(errno));
        goto base_free;
    }
    struct event *sint = evsignal_new(base, SIGINT, echo_signal, base);
    struct event *sterm = evsignal_new(base, SIGTERM, echo_signal, base);
    if (!sint || !sterm || evsignal_add(sint, NULL) != 0 || evsignal_add(sterm, NULL) != 0) {
        fprintf(stderr, "bench_echo: cannot install signal handlers\n");
        goto signals_free;
    }
    if (event_base_dispatch(base) < 0)
        fprintf(stderr, "bench_echo: event loop failed\n");
    else
        rc = 0;
signals_free:
    if (sint)
        event_free(sint);
    if (sterm)
        event_free(sterm);
    evconnlistener_free(l);
    if (unlink(path) != 0 && errno != ENOENT)
        fprintf(stderr, "bench_echo: unlink %s: %s\n", path, strerror(errno));
base_free:
    event_base_free(base);
    return rc;
}
