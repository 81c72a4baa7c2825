/*
 * http.c — bench_http: the HTTP listener against the socket, same daemon,
 * same run, same load loop; and one OpenRefine reconciliation batch.
 *
 * Owns: reading person names and post labels from the daemon (export
 * popolo), then (1) `who` for those posts at N connections, depth 1, for T
 * seconds, alternately over the Unix socket (JSON-RPC lines) and over HTTP
 * (GET /api/who, keep-alive), best of R rounds each; (2) POST /reconcile
 * with a batch of 100 names (rotated each time, so the reply cache never
 * answers), K times.
 *
 *   bench_http -s SOCK --http HOST:PORT [-c 50] [-t 3] [--rounds 2] [-k 20]
 *
 * Output (one line):
 *   http_rps=… socket_rps=… http_ratio=… http_p99_us=… reconcile100_ms=…
 *   reconcile100_max_ms=… names=… posts=…
 * (reconcile100_ms is the median.)  docs/PERFORMANCE.md explains them.
 */
#define _GNU_SOURCE /* memmem */
#include "benchlib.h"

#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_CONNS 256

static char http_host[64] = "127.0.0.1";
static int http_port;

static int connect_tcp(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in sa = {0};
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)http_port);
    if (inet_pton(AF_INET, http_host, &sa.sin_addr) != 1 ||
        connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(fd);
        return -1;
    }
    int one = 1;
    if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* percent-encode s into out (cap bytes). */
static void urlenc(const char *s, char *out, size_t cap)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    for (; *s && o + 4 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_') {
            out[o++] = (char)c;
        } else {
            out[o++] = '%';
            out[o++] = hex[c >> 4];
            out[o++] = hex[c & 15];
        }
    }
    out[o] = '\0';
}

struct conn {
    int fd;
    char buf[1 << 16];
    size_t have;
    uint64_t sent_at;
    size_t req;
};

/* One complete reply at the start of c->buf: its length, or 0. */
static size_t reply_len(const struct conn *c, int http)
{
    if (!http) {
        const char *nl = memchr(c->buf, '\n', c->have);
        return nl ? (size_t)(nl - c->buf) + 1 : 0;
    }
    const char *end = memmem(c->buf, c->have, "\r\n\r\n", 4);
    if (!end)
        return 0;
    const char *cl = memmem(c->buf, (size_t)(end - c->buf), "Content-Length: ", 16);
    size_t body = cl ? strtoul(cl + 16, NULL, 10) : 0;
    size_t total = (size_t)(end - c->buf) + 4 + body;
    return c->have >= total ? total : 0;
}

/* Closed loop over conns connections, each one request in flight, for secs
 * seconds; requests cycle through reqs.  Returns requests per second. */
static double run_load(int http, const char *sock, char **reqs, size_t nreq, int conns, double secs,
                       bl_hist *h, long *errors)
{
    struct conn *cs = calloc((size_t)conns, sizeof *cs);
    struct pollfd *pf = calloc((size_t)conns, sizeof *pf);
    if (!cs || !pf)
        abort();
    size_t next = 0, done = 0;
    for (int i = 0; i < conns; i++) {
        cs[i].fd = http ? connect_tcp() : bl_connect_unix(sock, 0);
        if (cs[i].fd < 0) {
            fprintf(stderr, "bench_http: connect failed: %s\n", strerror(errno));
            exit(1);
        }
    }
    uint64_t t0 = bl_now_ns(), stop = t0 + (uint64_t)(secs * 1e9);
    for (int i = 0; i < conns; i++) {
        cs[i].req = next++ % nreq;
        cs[i].sent_at = bl_now_ns();
        if (write(cs[i].fd, reqs[cs[i].req], strlen(reqs[cs[i].req])) < 0)
            abort();
    }
    uint64_t now = t0;
    while (now < stop) {
        for (int i = 0; i < conns; i++) {
            pf[i].fd = cs[i].fd;
            pf[i].events = POLLIN;
        }
        if (poll(pf, (nfds_t)conns, 100) < 0 && errno != EINTR)
            abort();
        now = bl_now_ns();
        for (int i = 0; i < conns; i++) {
            if (!(pf[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            struct conn *c = &cs[i];
            ssize_t n = read(c->fd, c->buf + c->have, sizeof c->buf - c->have);
            if (n <= 0) {
                fprintf(stderr, "bench_http: connection lost\n");
                exit(1);
            }
            c->have += (size_t)n;
            size_t len;
            while ((len = reply_len(c, http)) > 0) {
                if (http ? strncmp(c->buf, "HTTP/1.1 200", 12) != 0
                         : bl_reply_is_error(c->buf, len))
                    (*errors)++;
                bl_hist_add(h, now - c->sent_at);
                done++;
                memmove(c->buf, c->buf + len, c->have - len);
                c->have -= len;
                c->req = next++ % nreq;
                c->sent_at = now;
                if (write(c->fd, reqs[c->req], strlen(reqs[c->req])) < 0)
                    abort();
            }
            if (c->have == sizeof c->buf) {
                fprintf(stderr, "bench_http: reply larger than the buffer\n");
                exit(1);
            }
        }
    }
    double el = (double)(bl_now_ns() - t0) / 1e9;
    for (int i = 0; i < conns; i++)
        close(cs[i].fd);
    free(cs);
    free(pf);
    return (double)done / el;
}

/* One blocking HTTP exchange; returns the status, body into *body. */
static int http_once(const char *req, size_t reqlen, char **body)
{
    int fd = connect_tcp();
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < reqlen) {
        ssize_t n = write(fd, req + off, reqlen - off);
        if (n <= 0) {
            close(fd);
            return -1;
        }
        off += (size_t)n;
    }
    static struct conn c;
    c.have = 0;
    size_t len = 0;
    while ((len = reply_len(&c, 1)) == 0) {
        ssize_t n = read(fd, c.buf + c.have, sizeof c.buf - c.have);
        if (n <= 0) {
            close(fd);
            return -1;
        }
        c.have += (size_t)n;
    }
    close(fd);
    int status = atoi(c.buf + 9);
    const char *b = memmem(c.buf, len, "\r\n\r\n", 4) + 4;
    *body = strndup(b, len - (size_t)(b - c.buf));
    return status;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    const char *sock = NULL, *hp = NULL;
    int conns = 50, rounds = 2, k = 20;
    double secs = 3;
    static const struct option lo[] = {{"http", required_argument, NULL, 'H'},
                                       {"rounds", required_argument, NULL, 'r'},
                                       {NULL, 0, NULL, 0}};
    int ch;
    while ((ch = getopt_long(argc, argv, "s:c:t:k:", lo, NULL)) != -1) {
        switch (ch) {
        case 's':
            sock = optarg;
            break;
        case 'H':
            hp = optarg;
            break;
        case 'c':
            conns = atoi(optarg);
            break;
        case 't':
            secs = atof(optarg);
            break;
        case 'k':
            k = atoi(optarg);
            break;
        case 'r':
            rounds = atoi(optarg);
            break;
        default:
            fprintf(stderr, "usage: bench_http -s SOCK --http HOST:PORT [-c N] [-t S] "
                            "[--rounds R] [-k K]\n");
            return 2;
        }
    }
    const char *colon = hp ? strrchr(hp, ':') : NULL;
    if (!sock || !colon || conns < 1 || conns > MAX_CONNS || k < 1 ||
        (size_t)(colon - hp) >= sizeof http_host) {
        fprintf(stderr,
                "usage: bench_http -s SOCK --http HOST:PORT [-c N<=%d] [-t S] "
                "[--rounds R] [-k K]\n",
                MAX_CONNS);
        return 2;
    }
    memcpy(http_host, hp, (size_t)(colon - hp));
    http_host[colon - hp] = '\0';
    http_port = atoi(colon + 1);

    /* names and posts the daemon holds: the export lists every person
     * before any post, so page through it (its `next` cursor) until both
     * are known, at most BH_SAMPLE of each */
    enum { BH_SAMPLE = 5000 };
    size_t i, nnames = 0, nposts = 0;
    const char **names = calloc(BH_SAMPLE + 1, sizeof *names);
    const char **posts = calloc(BH_SAMPLE + 1, sizeof *posts);
    if (!names || !posts)
        abort();
    char *after = NULL;
    for (int page = 0; page < 200 && (nnames < BH_SAMPLE || nposts == 0); page++) {
        json_t *params = json_pack("{s:s,s:i}", "format", "popolo", "limit", BH_SAMPLE);
        if (after && json_object_set_new(params, "after", json_string(after)) != 0)
            abort();
        json_t *ex = bl_call(sock, "export", params, 60000), *it;
        json_t *items = bl_find_key(ex, "items");
        json_array_foreach(items, i, it)
        {
            const char *sec = json_string_value(json_object_get(it, "section"));
            json_t *v = json_object_get(it, "value");
            const char *name = json_string_value(json_object_get(v, "name"));
            const char *label = json_string_value(json_object_get(v, "label"));
            if (sec && !strcmp(sec, "persons") && name && nnames < BH_SAMPLE)
                names[nnames++] = strdup(name);
            else if (sec && !strcmp(sec, "posts") && label && nposts < BH_SAMPLE)
                posts[nposts++] = strdup(label);
        }
        const char *next = json_string_value(bl_find_key(ex, "next"));
        free(after);
        after = next ? strdup(next) : NULL;
        json_decref(ex);
        if (!after)
            break;
    }
    free(after);
    if (nnames == 0 || nposts == 0) {
        fprintf(stderr, "bench_http: the daemon holds no persons or posts (ingest first)\n");
        return 1;
    }

    /* the same who questions both ways */
    char **rpc = calloc(nposts, sizeof *rpc), **get = calloc(nposts, sizeof *get);
    if (!rpc || !get)
        abort();
    for (i = 0; i < nposts; i++) {
        size_t len;
        char *l =
            bl_request_line((long)i + 1, "who", json_pack("{s:s}", "position", posts[i]), &len);
        if (!l || !(rpc[i] = malloc(len + 2)))
            abort();
        memcpy(rpc[i], l, len);
        memcpy(rpc[i] + len, "\n", 2);
        free(l);
        char enc[2048], line[2300];
        urlenc(posts[i], enc, sizeof enc);
        snprintf(line, sizeof line, "GET /api/who?position=%s HTTP/1.1\r\nHost: bench\r\n\r\n",
                 enc);
        get[i] = strdup(line);
    }
    double best_sock = 0, best_http = 0, http_p99 = 0;
    long errors = 0;
    for (int r = 0; r < rounds; r++) {
        bl_hist hs, hh;
        if (bl_hist_init(&hs) != 0 || bl_hist_init(&hh) != 0)
            abort();
        double s = run_load(0, sock, rpc, nposts, conns, secs, &hs, &errors);
        double h = run_load(1, sock, get, nposts, conns, secs, &hh, &errors);
        fprintf(stderr, "bench_http: round %d: socket %.0f rps, http %.0f rps\n", r + 1, s, h);
        if (s > best_sock)
            best_sock = s;
        if (h > best_http) {
            best_http = h;
            http_p99 = bl_hist_quantile_us(&hh, 0.99);
        }
        bl_hist_free(&hs);
        bl_hist_free(&hh);
    }

    /* reconciliation: 100 names per batch, rotated so no batch repeats */
    double *ms = calloc((size_t)k, sizeof *ms);
    if (!ms)
        abort();
    for (int r = 0; r < k; r++) {
        json_t *batch = json_object();
        for (int q = 0; q < 100; q++) {
            char key[16];
            snprintf(key, sizeof key, "q%d", q);
            json_object_set_new(batch, key,
                                json_pack("{s:s,s:s,s:i}", "query",
                                          names[((size_t)r * 100 + (size_t)q) % nnames], "type",
                                          "Person", "limit", 3));
        }
        char *js = json_dumps(batch, JSON_COMPACT);
        json_decref(batch);
        size_t cap = strlen(js) * 3 + 16;
        char *form = malloc(cap), *req = malloc(cap + 256), *body = NULL;
        if (!js || !form || !req)
            abort();
        strcpy(form, "queries=");
        urlenc(js, form + 8, cap - 8);
        int rl = snprintf(req, cap + 256,
                          "POST /reconcile HTTP/1.1\r\nHost: bench\r\nContent-Type: "
                          "application/x-www-form-urlencoded\r\nContent-Length: %zu\r\n\r\n%s",
                          strlen(form), form);
        uint64_t t0 = bl_now_ns();
        int st = http_once(req, (size_t)rl, &body);
        ms[r] = (double)(bl_now_ns() - t0) / 1e6;
        if (st != 200) {
            fprintf(stderr, "bench_http: /reconcile answered %d: %.200s\n", st, body ? body : "");
            errors++;
        }
        free(body);
        free(js);
        free(form);
        free(req);
    }
    qsort(ms, (size_t)k, sizeof *ms, cmp_double);
    printf("http_rps=%.0f socket_rps=%.0f http_ratio=%.2f http_p99_us=%.0f reconcile100_ms=%.1f "
           "reconcile100_max_ms=%.1f names=%zu posts=%zu errors=%ld\n",
           best_http, best_sock, best_sock > 0 ? best_http / best_sock : 0, http_p99, ms[k / 2],
           ms[k - 1], nnames, nposts, errors);
    return errors ? 1 : 0;
}
