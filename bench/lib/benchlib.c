/*
 * benchlib.c — shared plumbing of the benchmark programs: time, sockets, a
 * blocking setup call, the closed-loop pipelined load engine, a latency
 * histogram and /proc readers.  See benchlib.h for the contract.
 *
 * The load engine is one thread and poll(2): the generator must cost the
 * machine as little as possible (the daemon runs on the same two cores), so
 * it parses no reply beyond finding its end and a top-level "error" key.
 */
#include "benchlib.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define BL_FINE_BUCKETS 65536u
#define BL_COARSE_BUCKETS 60000u
/* A pause in the replies worth counting (bl_load_result.gaps). */
#define BL_GAP_NS 500000u
#define BL_DRAIN_TIMEOUT_NS (30ull * 1000000000ull)

/* Nanoseconds on the monotonic clock. */
uint64_t bl_now_ns(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
        return 0;
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Connect to a Unix-domain stream socket. */
int bl_connect_unix(const char *path, int nonblock)
{
    struct sockaddr_un sa;
    if (strlen(path) >= sizeof sa.sun_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    memcpy(sa.sun_path, path, strlen(path) + 1);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    if (nonblock) {
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) {
            int e = errno;
            close(fd);
            errno = e;
            return -1;
        }
    }
    return fd;
}

/* Write all of buf to a blocking fd, bounded by deadline (ns). */
static int write_all(int fd, const char *buf, size_t len, uint64_t deadline)
{
    while (len > 0) {
        struct pollfd p = {.fd = fd, .events = POLLOUT};
        uint64_t now = bl_now_ns();
        if (now >= deadline)
            return -1;
        int pr = poll(&p, 1, (int)((deadline - now) / 1000000u) + 1);
        if (pr < 0 && errno == EINTR)
            continue;
        if (pr <= 0)
            return -1;
        ssize_t n = send(fd, buf, len, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
                continue;
            return -1;
        }
        buf += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Read one '\n'-terminated line (malloc'd, without '\n'), bounded by deadline. */
static char *read_line(int fd, uint64_t deadline)
{
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        uint64_t now = bl_now_ns();
        if (now >= deadline)
            break;
        int pr = poll(&p, 1, (int)((deadline - now) / 1000000u) + 1);
        if (pr < 0 && errno == EINTR)
            continue;
        if (pr <= 0)
            break;
        if (cap - len < 4096) {
            char *nb = realloc(buf, cap * 2);
            if (!nb)
                break;
            buf = nb;
            cap *= 2;
        }
        ssize_t n = recv(fd, buf + len, cap - len - 1, MSG_DONTWAIT);
        if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
            continue;
        if (n <= 0)
            break;
        char *nl = memchr(buf + len, '\n', (size_t)n);
        len += (size_t)n;
        if (nl) {
            *nl = '\0';
            return buf;
        }
    }
    free(buf);
    return NULL;
}

/* Build one compact JSON-RPC request line; steals params. */
char *bl_request_line(long id, const char *method, json_t *params, size_t *len)
{
    json_t *req =
        json_pack("{s:s, s:i, s:s}", "jsonrpc", "2.0", "id", (json_int_t)id, "method", method);
    if (!req) {
        json_decref(params);
        return NULL;
    }
    if (params && json_object_set_new(req, "params", params) != 0) {
        json_decref(req);
        return NULL;
    }
    char *s = json_dumps(req, JSON_COMPACT);
    json_decref(req);
    if (s && len)
        *len = strlen(s);
    return s;
}

/* One blocking request/reply on a fresh connection. */
json_t *bl_call(const char *path, const char *method, json_t *params, int timeout_ms)
{
    uint64_t deadline = bl_now_ns() + (uint64_t)timeout_ms * 1000000ull;
    size_t len = 0;
    char *line = bl_request_line(1, method, params, &len);
    if (!line)
        return NULL;
    int fd = bl_connect_unix(path, 0);
    if (fd < 0) {
        free(line);
        return NULL;
    }
    line[len] = '\n'; /* json_dumps left room: the NUL becomes the newline */
    int w = write_all(fd, line, len + 1, deadline);
    free(line);
    json_t *reply = NULL;
    if (w == 0) {
        char *rl = read_line(fd, deadline);
        if (rl) {
            reply = json_loads(rl, 0, NULL);
            free(rl);
        }
    }
    close(fd);
    return reply;
}

/* Bounded ping retry until the daemon (or echo server) answers. */
int bl_wait_ready(const char *path, int timeout_ms)
{
    uint64_t deadline = bl_now_ns() + (uint64_t)timeout_ms * 1000000ull;
    while (bl_now_ns() < deadline) {
        json_t *r = bl_call(path, "ping", NULL, 1000);
        if (r) {
            json_decref(r);
            return 0;
        }
        struct timespec ts = {0, 20 * 1000000L};
        nanosleep(&ts, NULL);
    }
    return -1;
}

/* Depth-first search for a member named key. */
json_t *bl_find_key(json_t *root, const char *key)
{
    if (json_is_object(root)) {
        json_t *v = json_object_get(root, key);
        if (v)
            return v;
        const char *k;
        json_object_foreach(root, k, v)
        {
            json_t *f = bl_find_key(v, key);
            if (f)
                return f;
        }
    } else if (json_is_array(root)) {
        size_t i;
        json_t *v;
        json_array_foreach(root, i, v)
        {
            json_t *f = bl_find_key(v, key);
            if (f)
                return f;
        }
    }
    return NULL;
}

/* Scan a compact reply for a top-level "error" key without parsing it. */
int bl_reply_is_error(const char *s, size_t len)
{
    int depth = 0;
    char prev = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '"') {
            if (depth == 1 && (prev == '{' || prev == ',') && len - i > 7 &&
                memcmp(s + i + 1, "error\"", 6) == 0)
                return 1;
            for (i++; i < len && s[i] != '"'; i++)
                if (s[i] == '\\')
                    i++;
            prev = '"';
            continue;
        }
        if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']')
            depth--;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            prev = c;
    }
    return 0;
}

/* Allocate the histogram's buckets. */
int bl_hist_init(bl_hist *h)
{
    memset(h, 0, sizeof *h);
    h->fine = calloc(BL_FINE_BUCKETS, sizeof *h->fine);
    h->coarse = calloc(BL_COARSE_BUCKETS, sizeof *h->coarse);
    if (!h->fine || !h->coarse) {
        bl_hist_free(h);
        return -1;
    }
    return 0;
}

/* Release the histogram's buckets. */
void bl_hist_free(bl_hist *h)
{
    free(h->fine);
    free(h->coarse);
    h->fine = h->coarse = NULL;
}

/* Record one latency. */
void bl_hist_add(bl_hist *h, uint64_t ns)
{
    uint64_t us = ns / 1000u;
    h->count++;
    if (us < BL_FINE_BUCKETS)
        h->fine[us]++;
    else if (us / 1000u < BL_COARSE_BUCKETS)
        h->coarse[us / 1000u]++;
    else
        h->over++;
}

/* Quantile in microseconds (bucket lower bound). */
double bl_hist_quantile_us(const bl_hist *h, double q)
{
    if (h->count == 0)
        return 0;
    uint64_t want = (uint64_t)(q * (double)h->count);
    if (want >= h->count)
        want = h->count - 1;
    uint64_t seen = 0;
    for (uint32_t i = 0; i < BL_FINE_BUCKETS; i++) {
        seen += h->fine[i];
        if (seen > want)
            return i;
    }
    for (uint32_t i = BL_FINE_BUCKETS / 1000u; i < BL_COARSE_BUCKETS; i++) {
        seen += h->coarse[i];
        if (seen > want)
            return (double)i * 1000.0;
    }
    return (double)BL_COARSE_BUCKETS * 1000.0;
}

/* Add every count of src to dst. */
void bl_hist_merge(bl_hist *dst, const bl_hist *src)
{
    for (uint32_t i = 0; i < BL_FINE_BUCKETS; i++)
        dst->fine[i] += src->fine[i];
    for (uint32_t i = 0; i < BL_COARSE_BUCKETS; i++)
        dst->coarse[i] += src->coarse[i];
    dst->count += src->count;
    dst->over += src->over;
}

/* Quantiles, then the share of latencies in doubling buckets (64 us and
 * up), then the largest. */
void bl_hist_print(const bl_hist *h, const char *prefix, FILE *f)
{
    static const double qs[] = {0.10, 0.50, 0.90, 0.95, 0.99, 0.995, 0.999};
    fprintf(f, "%s%llu latencies:", prefix, (unsigned long long)h->count);
    for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++)
        fprintf(f, " p%g=%.0f", qs[i] * 100, bl_hist_quantile_us(h, qs[i]));
    double max = 0;
    for (uint32_t i = 0; i < BL_FINE_BUCKETS; i++)
        if (h->fine[i])
            max = i;
    for (uint32_t i = 0; i < BL_COARSE_BUCKETS; i++)
        if (h->coarse[i])
            max = (double)i * 1000.0;
    fprintf(f, " max=%.0f us\n", max);
    if (h->count == 0)
        return;
    uint64_t lo = 0, hi = 64;
    while (lo < (uint64_t)BL_COARSE_BUCKETS * 1000u) {
        uint64_t n = 0;
        for (uint64_t us = lo; us < hi && us < BL_FINE_BUCKETS; us++)
            n += h->fine[us];
        for (uint64_t ms = lo / 1000u; ms < hi / 1000u && ms < BL_COARSE_BUCKETS; ms++)
            if (ms * 1000u >= BL_FINE_BUCKETS)
                n += h->coarse[ms];
        if (n)
            fprintf(f, "%s  [%6llu, %6llu) us %7.3f %%\n", prefix, (unsigned long long)lo,
                    (unsigned long long)hi, 100.0 * (double)n / (double)h->count);
        if (lo >= max)
            break;
        lo = hi;
        hi *= 2;
    }
}

/* One connection of the load engine. */
typedef struct bl_conn {
    int fd;
    int open;
    char *out;
    size_t out_len, out_off, out_cap;
    char *in;
    size_t in_len, in_cap;
    uint64_t *ts; /* ring of send times, depth entries */
    int head, inflight;
} bl_conn;

/* Append bytes to a connection's output buffer. */
static int conn_out_append(bl_conn *c, const char *s, size_t n)
{
    if (c->out_off > 0 && c->out_off == c->out_len)
        c->out_off = c->out_len = 0;
    if (c->out_len + n + 1 > c->out_cap) {
        if (c->out_off > 0) {
            memmove(c->out, c->out + c->out_off, c->out_len - c->out_off);
            c->out_len -= c->out_off;
            c->out_off = 0;
        }
        size_t cap = c->out_cap ? c->out_cap : 65536;
        while (c->out_len + n + 1 > cap)
            cap *= 2;
        char *nb = realloc(c->out, cap);
        if (!nb)
            return -1;
        c->out = nb;
        c->out_cap = cap;
    }
    memcpy(c->out + c->out_len, s, n);
    c->out_len += n;
    c->out[c->out_len++] = '\n';
    return 0;
}

/* Write as much pending output as the socket takes; -1 on a dead socket. */
static int conn_flush(bl_conn *c)
{
    while (c->out_off < c->out_len) {
        ssize_t n = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return 0;
            return -1;
        }
        c->out_off += (size_t)n;
    }
    return 0;
}

/* Close a connection, counting its requests in flight as errors. */
static void conn_close(bl_conn *c, bl_load_result *r)
{
    if (!c->open)
        return;
    r->errors += (uint64_t)c->inflight;
    c->inflight = 0;
    close(c->fd);
    c->open = 0;
}

/* Closed-loop, pipelined load run (see benchlib.h). */
int bl_load_run(const bl_load_opts *o, bl_next_fn next, void *ctx, bl_load_result *r)
{
    memset(r, 0, sizeof *r);
    int n = o->connections > 0 ? o->connections : 1;
    int depth = o->depth > 0 ? o->depth : 1;
    bl_conn *cs = calloc((size_t)n, sizeof *cs);
    struct pollfd *pfd = calloc((size_t)n, sizeof *pfd);
    bl_hist h;
    if (!cs || !pfd || bl_hist_init(&h) != 0) {
        free(cs);
        free(pfd);
        return -1;
    }
    int open_count = 0;
    for (int i = 0; i < n; i++) {
        cs[i].fd = bl_connect_unix(o->socket, 1);
        cs[i].ts = calloc((size_t)depth, sizeof *cs[i].ts);
        if (cs[i].fd < 0 || !cs[i].ts) {
            if (!o->quiet)
                fprintf(stderr, "bench: connect %s: %s\n", o->socket, strerror(errno));
            if (cs[i].fd >= 0)
                close(cs[i].fd);
            continue;
        }
        cs[i].open = 1;
        open_count++;
    }
    uint64_t start = bl_now_ns();
    uint64_t warm_end = start + (uint64_t)(o->warmup_s * 1e9);
    uint64_t stop_send = o->duration_s > 0 ? start + (uint64_t)(o->duration_s * 1e9) : UINT64_MAX;
    uint64_t last_reply = start;
    int sending = open_count > 0;
    double lat_sum = 0;
    uint64_t drain_deadline = UINT64_MAX;
    uint64_t now = start;

    while (open_count > 0) {
        now = bl_now_ns();
        if (sending && (now >= stop_send || (o->max_requests && r->sent >= o->max_requests) ||
                        (o->stop && atomic_load(o->stop))))
            sending = 0;
        int inflight_total = 0;
        for (int i = 0; i < n; i++) {
            bl_conn *c = &cs[i];
            if (!c->open)
                continue;
            while (sending && c->inflight < depth) {
                const char *line;
                size_t len;
                if (o->max_requests && r->sent >= o->max_requests) {
                    sending = 0;
                    break;
                }
                if (!next(ctx, &line, &len)) {
                    sending = 0;
                    break;
                }
                if (conn_out_append(c, line, len) != 0) {
                    sending = 0;
                    break;
                }
                c->ts[(c->head + c->inflight) % depth] = now;
                c->inflight++;
                r->sent++;
                r->bytes_sent += len + 1;
            }
            if (conn_flush(c) != 0) {
                conn_close(c, r);
                open_count--;
                continue;
            }
            inflight_total += c->inflight;
        }
        if (!sending && inflight_total == 0)
            break;
        if (!sending && drain_deadline == UINT64_MAX)
            drain_deadline = now + BL_DRAIN_TIMEOUT_NS;
        if (now >= drain_deadline) {
            if (!o->quiet)
                fprintf(stderr, "bench: %d replies never came; giving up\n", inflight_total);
            break;
        }
        int np = 0;
        for (int i = 0; i < n; i++) {
            if (!cs[i].open)
                continue;
            pfd[np].fd = cs[i].fd;
            pfd[np].events = POLLIN;
            if (cs[i].out_off < cs[i].out_len)
                pfd[np].events |= POLLOUT;
            pfd[np].revents = 0;
            np++;
        }
        int pr = poll(pfd, (nfds_t)np, 100);
        if (pr < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        now = bl_now_ns();
        int k = 0;
        for (int i = 0; i < n && pr > 0; i++) {
            bl_conn *c = &cs[i];
            if (!c->open)
                continue;
            short rev = pfd[k++].revents;
            if (!(rev & (POLLIN | POLLHUP | POLLERR)))
                continue;
            if (c->in_cap - c->in_len < 65536) {
                size_t cap = c->in_cap ? c->in_cap * 2 : 131072;
                char *nb = realloc(c->in, cap);
                if (!nb) {
                    conn_close(c, r);
                    open_count--;
                    continue;
                }
                c->in = nb;
                c->in_cap = cap;
            }
            ssize_t got = recv(c->fd, c->in + c->in_len, c->in_cap - c->in_len, 0);
            if (got < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
                continue;
            if (got <= 0) {
                conn_close(c, r);
                open_count--;
                continue;
            }
            size_t scan = c->in_len;
            c->in_len += (size_t)got;
            size_t line_start = 0;
            char *nl;
            while ((nl = memchr(c->in + scan, '\n', c->in_len - scan)) != NULL) {
                size_t end = (size_t)(nl - c->in);
                size_t llen = end - line_start;
                r->replies++;
                if (c->inflight > 0) {
                    uint64_t t0 = c->ts[c->head];
                    c->head = (c->head + 1) % depth;
                    c->inflight--;
                    if (now >= warm_end) {
                        if (r->requests && now - last_reply > BL_GAP_NS) {
                            r->gaps++;
                            r->gap_ns += now - last_reply;
                            if (now - last_reply > r->gap_max_ns)
                                r->gap_max_ns = now - last_reply;
                        }
                        bl_hist_add(&h, now - t0);
                        lat_sum += (double)(now - t0);
                        r->requests++;
                        last_reply = now;
                    }
                }
                if (bl_reply_is_error(c->in + line_start, llen)) {
                    r->errors++;
                    if (!r->first_error[0]) {
                        size_t m =
                            llen < sizeof r->first_error - 1 ? llen : sizeof r->first_error - 1;
                        memcpy(r->first_error, c->in + line_start, m);
                        r->first_error[m] = '\0';
                    }
                }
                line_start = end + 1;
                scan = line_start;
            }
            if (line_start > 0) {
                memmove(c->in, c->in + line_start, c->in_len - line_start);
                c->in_len -= line_start;
            }
        }
    }
    for (int i = 0; i < n; i++) {
        conn_close(&cs[i], r);
        free(cs[i].out);
        free(cs[i].in);
        free(cs[i].ts);
    }
    uint64_t from = warm_end > start ? warm_end : start;
    r->seconds = last_reply > from ? (double)(last_reply - from) / 1e9 : 0;
    r->rps = r->seconds > 0 ? (double)r->requests / r->seconds : 0;
    r->p50_us = bl_hist_quantile_us(&h, 0.50);
    r->p99_us = bl_hist_quantile_us(&h, 0.99);
    r->mean_us = r->requests ? lat_sum / (double)r->requests / 1000.0 : 0;
    if (o->hist)
        bl_hist_merge(o->hist, &h);
    bl_hist_free(&h);
    free(cs);
    free(pfd);
    return open_count >= 0 && r->sent > 0 ? 0 : -1;
}

/* utime+stime of a process in seconds. */
double bl_proc_cpu_s(long pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    if (!p)
        return -1;
    unsigned long long ut = 0, st = 0;
    /* after ")": state(3) ppid pgrp session tty tpgid flags minflt cminflt
     * majflt cmajflt utime(14) stime(15) */
    if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &ut, &st) != 2)
        return -1;
    long hz = sysconf(_SC_CLK_TCK);
    return hz > 0 ? (double)(ut + st) / (double)hz : -1;
}

/* Private_Clean + Private_Dirty over every mapping except LMDB files. */
long bl_proc_private_rss_kib(long pid)
{
    char path[64], line[1024];
    snprintf(path, sizeof path, "/proc/%ld/smaps", pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    long total = 0;
    int skip = 0;
    while (fgets(line, sizeof line, f)) {
        char key[64];
        long kib;
        if (sscanf(line, "%63s %ld", key, &kib) == 2 && key[strlen(key) - 1] == ':') {
            if (!skip && (strcmp(key, "Private_Clean:") == 0 || strcmp(key, "Private_Dirty:") == 0))
                total += kib;
            continue;
        }
        /* a mapping header: "start-end perms offset dev inode [path]" */
        size_t l = strlen(line);
        while (l > 0 && (line[l - 1] == '\n' || line[l - 1] == ' '))
            line[--l] = '\0';
        skip = l >= 4 && strcmp(line + l - 4, ".mdb") == 0;
    }
    fclose(f);
    return total;
}

/* Slurp a file. */
char *bl_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (cap - n < 4096) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int err = ferror(f);
    fclose(f);
    if (!buf || err) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

/* Every method of the shared list, with its parameter shape. */
static const struct {
    const char *name;
    const char *params;
} bl_methods[] = {
#define TENURE_METHOD(name, sym, kind, params, summary) {name, params},
#include "tenure/methods.def"
#undef TENURE_METHOD
};

/* splitmix64 step. */
uint64_t bl_rand(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Look a method up in the compiled-in list; its params or NULL. */
static const char *method_params(const char *name)
{
    for (size_t i = 0; i < sizeof bl_methods / sizeof bl_methods[0]; i++)
        if (strcmp(bl_methods[i].name, name) == 0)
            return bl_methods[i].params;
    return NULL;
}

/* Whether methods.def has this method. */
int bl_method_exists(const char *name)
{
    return method_params(name) != NULL;
}

/* Name of the first required string field of a params spec into out. */
static int first_string_field(const char *spec, char *out, size_t outlen)
{
    const char *p = spec;
    while (p && *p) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        const char *colon = memchr(p, ':', n);
        if (colon && colon + 1 < p + n && colon[1] == 's' && (colon + 2 == p + n)) {
            size_t fl = (size_t)(colon - p);
            if (fl < outlen) {
                memcpy(out, p, fl);
                out[fl] = '\0';
                return 0;
            }
        }
        p = end ? end + 1 : NULL;
    }
    return -1;
}

/* Whether a params spec has a field of this name. */
static int spec_has_field(const char *spec, const char *field)
{
    size_t fl = strlen(field);
    for (const char *p = spec; p && *p;) {
        if (strncmp(p, field, fl) == 0 && p[fl] == ':')
            return 1;
        p = strchr(p, ',');
        if (p)
            p++;
    }
    return 0;
}

/* Free an array of lines. */
void bl_lines_free(char **lines, size_t count)
{
    if (!lines)
        return;
    for (size_t i = 0; i < count; i++)
        free(lines[i]);
    free(lines);
}

static const char *mix_only;

/* Restrict the mix to some methods. */
void bl_mix_only(const char *methods)
{
    mix_only = methods;
}

/* Whether a method is allowed by bl_mix_only. */
static int mix_allowed(const char *name)
{
    if (!mix_only)
        return 1;
    size_t n = strlen(name);
    for (const char *p = mix_only; p && *p;) {
        if (strncmp(p, name, n) == 0 && (p[n] == ',' || p[n] == '\0'))
            return 1;
        p = strchr(p, ',');
        if (p)
            p++;
    }
    return 0;
}

/* Build the query mix (see benchlib.h). */
char **bl_mix_build(const bl_names *names, size_t count, uint64_t seed, char *desc, size_t desclen)
{
    static const char *const kinds[] = {"who", "person", "org", "search"};
    const char *spec[4];
    char field[4][64];
    const char **pool[4] = {names->positions, names->persons, names->orgs, names->persons};
    size_t pool_n[4] = {names->n_positions, names->n_persons, names->n_orgs, names->n_persons};
    int usable[4], n_usable = 0;
    desc[0] = '\0';
    for (int k = 0; k < 4; k++) {
        spec[k] = method_params(kinds[k]);
        usable[k] = spec[k] && pool_n[k] > 0 && mix_allowed(kinds[k]) &&
                    first_string_field(spec[k], field[k], sizeof field[k]) == 0;
        if (usable[k]) {
            n_usable++;
            size_t l = strlen(desc);
            snprintf(desc + l, desclen - l, "%s%s", l ? "," : "", kinds[k]);
        }
    }
    if (n_usable == 0)
        snprintf(desc, desclen, "fallback:ping,stats,article.list");
    char **lines = calloc(count, sizeof *lines);
    if (!lines)
        return NULL;
    uint64_t st = seed;
    for (size_t i = 0; i < count; i++) {
        json_t *params = NULL;
        const char *method;
        if (n_usable == 0) {
            static const char *const fb[] = {"ping", "stats", "article.list"};
            method = fb[i % 3];
            if (i % 3 == 2)
                params = json_pack("{s:i}", "limit", 10);
        } else {
            int k;
            do
                k = (int)(bl_rand(&st) % 4);
            while (!usable[k]);
            method = kinds[k];
            const char *val = pool[k][bl_rand(&st) % pool_n[k]];
            params = json_pack("{s:s}", field[k], val);
            /* half of who/org asks about a date, as the users do */
            if (params && (k == 0 || k == 2) && spec_has_field(spec[k], "at") &&
                (bl_rand(&st) & 1)) {
                char at[16];
                snprintf(at, sizeof at, "%d-%02d", 2016 + (int)(bl_rand(&st) % 8),
                         1 + (int)(bl_rand(&st) % 12));
                json_object_set_new(params, "at", json_string(at));
            }
        }
        lines[i] = bl_request_line((long)i + 1, method, params, NULL);
        if (!lines[i]) {
            bl_lines_free(lines, i);
            return NULL;
        }
    }
    return lines;
}

/* Next line of a cycling source; never exhausts. */
int bl_cycle_next(void *ctx, const char **line, size_t *len)
{
    bl_cycle *c = ctx;
    if (c->count == 0)
        return 0;
    *line = c->lines[c->next];
    *len = strlen(*line);
    c->next = (c->next + 1) % c->count;
    return 1;
}
