/*
 * query.c — bench_query: closed-loop load generator for tenured and, side by
 * side in the same run, for the bench_echo yardstick.
 *
 * Owns: choosing the request mix (lines from a file, or built from names the
 * daemon itself extracts from a corpus directory through the `extract`
 * method), running it with N connections at pipeline depth d for a duration
 * or a request count, and printing one line of figures.  The engine itself
 * (pipelining, latency, histogram) is bench/lib/benchlib.c.
 *
 * With --feed RATE, a second thread ingests synthetic articles
 * (bench/lib/synth.c, new ones every round) at RATE articles per second over
 * its own connection during every tenure round: the queries are measured
 * while the store is being written and every commit empties the reply cache,
 * as under a live news feed.  The echo rounds run without it (the yardstick
 * stays the quiet machine's).
 *
 * Output (one line):
 *   rps=… p50_us=… p99_us=… requests=… errors=… daemon_cpu_pct=… mix=…
 *   and with --echo: echo_rps=… echo_p50_us=… echo_p99_us=… query_ratio=…
 *   and with --feed: feed_rate=… feed_acked_per_s=… feed_errors=… feed_p99_ms=…
 *
 * With --hist, stderr also gets each round's figures with its pauses (no
 * reply on any connection for over 500 us: a stall of the server or of the
 * generator, not a queue) and, at the end, the latency quantiles and
 * histogram of all tenure rounds and of all echo rounds: whether a p99 is
 * the queue (a smooth tail) or stalls (a lump far out).
 */
#include "benchlib.h"
#include "synth.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QUERY_MIX_LINES 4096
#define QUERY_MAX_NAMES 4096

/* A growable set of distinct strings. */
typedef struct strset {
    const char **v;
    size_t n, cap;
} strset;

/* Add a copy of s unless present or full. */
static void strset_add(strset *s, const char *str)
{
    if (!str || !*str || s->n >= QUERY_MAX_NAMES)
        return;
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i], str) == 0)
            return;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        const char **nv = realloc(s->v, cap * sizeof *nv);
        if (!nv)
            return;
        s->v = nv;
        s->cap = cap;
    }
    char *dup = strdup(str);
    if (dup)
        s->v[s->n++] = dup;
}

/* Release a set. */
static void strset_free(strset *s)
{
    for (size_t i = 0; i < s->n; i++)
        free((char *)s->v[i]);
    free(s->v);
}

/* Compare for qsort of directory entries. */
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Ask the daemon to extract up to max_files articles of dir; collect names. */
static int names_from_corpus(const char *sock, const char *dir, int max_files, strset *persons,
                             strset *positions, strset *orgs)
{
    DIR *d = opendir(dir);
    if (!d) {
        perror(dir);
        return -1;
    }
    char **files = NULL;
    size_t nf = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0)
            continue;
        if (nf == cap) {
            cap = cap ? cap * 2 : 256;
            char **nfl = realloc(files, cap * sizeof *nfl);
            if (!nfl)
                break;
            files = nfl;
        }
        files[nf] = strdup(e->d_name);
        if (files[nf])
            nf++;
    }
    closedir(d);
    qsort(files, nf, sizeof *files, cmp_str);
    int asked = 0;
    for (size_t i = 0; i < nf && asked < max_files; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        size_t len;
        char *text = bl_read_file(path, &len);
        if (!text)
            continue;
        json_t *reply = bl_call(sock, "extract", json_pack("{s:s%}", "text", text, len), 10000);
        free(text);
        asked++;
        json_t *res = json_object_get(reply, "result");
        size_t k;
        json_t *v;
        /* only people and organizations that hold or have posts: those are
         * what the registry stores */
        json_array_foreach(json_object_get(res, "roles"), k, v)
        {
            strset_add(positions, json_string_value(json_object_get(v, "position")));
            strset_add(persons, json_string_value(json_object_get(v, "person")));
            strset_add(orgs, json_string_value(json_object_get(v, "organization")));
        }
        json_decref(reply);
    }
    for (size_t i = 0; i < nf; i++)
        free(files[i]);
    free(files);
    return 0;
}

/* Read request lines from a file (one per line; blank lines skipped). */
static char **lines_from_file(const char *path, size_t *count)
{
    size_t len;
    char *buf = bl_read_file(path, &len);
    if (!buf)
        return NULL;
    size_t n = 0, cap = 0;
    char **lines = NULL;
    for (char *p = buf, *nl; p < buf + len; p = nl + 1) {
        nl = memchr(p, '\n', (size_t)(buf + len - p));
        if (!nl)
            nl = buf + len;
        *nl = '\0';
        if (*p) {
            if (n == cap) {
                cap = cap ? cap * 2 : 256;
                char **nv = realloc(lines, cap * sizeof *nv);
                if (!nv)
                    break;
                lines = nv;
            }
            lines[n] = strdup(p);
            if (lines[n])
                n++;
        }
    }
    free(buf);
    *count = n;
    return lines;
}

/* Built-in names for when extraction is not there yet (public figures). */
static const char *const fallback_persons[] = {"Phạm Minh Chính", "Lê Minh Hưng", "Võ Văn Thưởng",
                                               "Trần Quốc Vượng", "Nguyễn Xuân Phúc"};
static const char *const fallback_positions[] = {"Trưởng Ban Tổ chức Trung ương", "Thủ tướng",
                                                 "Chủ tịch Quốc hội", "Bí thư Thành ủy Hà Nội"};
static const char *const fallback_orgs[] = {"Bộ Chính trị", "Quốc hội", "Chính phủ"};

/* The ingest feed that runs beside the query rounds (--feed). */
typedef struct feeder {
    const char *sock;
    double rate;     /* articles per second */
    uint64_t next;   /* next synthetic article index (new ones every round) */
    atomic_int stop; /* set by the main thread at the end of a round */
    uint64_t sent, acked, errors;
    double seconds; /* how long it ran */
    bl_hist ack;    /* send -> ack latency */
    int failed;
} feeder;

#define FEED_WINDOW 256 /* at most this many unacknowledged; past it the feed falls behind */

/* Send synthetic ingest requests on a schedule of rate per second until
 * stop is set; count the acknowledgements as they come. */
static void *feeder_main(void *arg)
{
    feeder *f = arg;
    int fd = bl_connect_unix(f->sock, 0);
    if (fd < 0) {
        perror("bench_query: feed connect");
        f->failed = 1;
        return NULL;
    }
    uint64_t *sent_at = calloc(FEED_WINDOW, sizeof *sent_at);
    size_t cap = 1 << 16, have = 0;
    char *in = malloc(cap);
    synth_article *a = malloc(sizeof *a);
    if (!sent_at || !in || !a) {
        f->failed = 1;
        goto out;
    }
    uint64_t t0 = bl_now_ns(), period = (uint64_t)(1e9 / f->rate);
    uint64_t due = t0;
    while (!atomic_load(&f->stop)) {
        uint64_t now = bl_now_ns();
        if (now >= due && f->sent - f->acked < FEED_WINDOW) {
            synth_make(7, f->next, a);
            json_t *params = json_pack("{s:s%, s:s}", "text", a->text, a->len, "source", "feed");
            size_t len;
            char *line = params ? bl_request_line((long)f->next + 1, "ingest", params, &len) : NULL;
            if (!line) {
                f->failed = 1;
                break;
            }
            line[len] = '\n';
            size_t off = 0;
            while (off < len + 1) {
                ssize_t w = write(fd, line + off, len + 1 - off);
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0) {
                    perror("bench_query: feed write");
                    f->failed = 1;
                    break;
                }
                off += (size_t)w;
            }
            free(line);
            if (f->failed)
                break;
            sent_at[f->sent % FEED_WINDOW] = bl_now_ns();
            f->sent++;
            f->next++;
            due += period;
            continue;
        }
        /* wait for replies until the next send is due */
        int ms = 0;
        if (due > now)
            ms = (int)((due - now) / 1000000) + 1;
        if (f->sent - f->acked >= FEED_WINDOW || ms > 50)
            ms = 50;
        struct pollfd p = {.fd = fd, .events = POLLIN};
        int pr = poll(&p, 1, ms);
        if (pr < 0 && errno != EINTR) {
            perror("bench_query: feed poll");
            f->failed = 1;
            break;
        }
        if (pr <= 0)
            continue;
        if (have == cap) {
            char *n = realloc(in, cap * 2);
            if (!n) {
                f->failed = 1;
                break;
            }
            in = n;
            cap *= 2;
        }
        ssize_t r = read(fd, in + have, cap - have);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            fprintf(stderr, "bench_query: feed connection closed\n");
            f->failed = 1;
            break;
        }
        have += (size_t)r;
        size_t start = 0;
        char *nl;
        while ((nl = memchr(in + start, '\n', have - start)) != NULL) {
            size_t llen = (size_t)(nl - (in + start));
            if (bl_reply_is_error(in + start, llen)) {
                if (!f->errors)
                    fprintf(stderr, "bench_query: first feed error: %.*s\n",
                            (int)(llen > 200 ? 200 : llen), in + start);
                f->errors++;
            }
            /* replies come back in request order on one connection */
            bl_hist_add(&f->ack, bl_now_ns() - sent_at[f->acked % FEED_WINDOW]);
            f->acked++;
            start += llen + 1;
        }
        memmove(in, in + start, have - start);
        have -= start;
    }
    f->seconds = (double)(bl_now_ns() - t0) / 1e9;
out:
    free(a);
    free(in);
    free(sent_at);
    close(fd);
    return NULL;
}

/* Print usage. */
static void usage(void)
{
    fprintf(
        stderr,
        "usage: bench_query -s SOCKET [--pid PID] [--echo ECHO_SOCKET] [-c CONNS] [-d DEPTH]\n"
        "                   [-t SECONDS | -n REQUESTS] [--warmup S] [--rounds R]\n"
        "                   [-f REQUEST_FILE | --corpus DIR [--names-from N]] [--only "
        "who,person,...]\n"
        "                   [--feed ARTICLES_PER_S] [--dump FILE] [--hist]\n"
        "  defaults: 50 connections, depth 1, 5 s, 1 round, corpus ../shared/corpus/politics\n");
}

/* One measured run; fills r. */
static int run_one(const char *sock, int conns, int depth, double secs, uint64_t nreq,
                   double warmup, bl_cycle *cyc, bl_hist *hist, bl_load_result *r)
{
    bl_load_opts o = {.socket = sock,
                      .connections = conns,
                      .depth = depth,
                      .duration_s = secs,
                      .max_requests = nreq,
                      .warmup_s = warmup,
                      .hist = hist};
    cyc->next = 0;
    return bl_load_run(&o, bl_cycle_next, cyc, r);
}

/* --hist: one round's figures and its pauses on stderr. */
static void round_print(int i, const char *who, const bl_load_result *r)
{
    fprintf(stderr,
            "bench_query: round %d %s: rps=%.0f p50_us=%.0f p99_us=%.0f mean_us=%.0f "
            "pauses=%llu pause_ms=%.1f pause_max_us=%.0f\n",
            i + 1, who, r->rps, r->p50_us, r->p99_us, r->mean_us, (unsigned long long)r->gaps,
            (double)r->gap_ns / 1e6, (double)r->gap_max_ns / 1e3);
}

/* Build the mix, run tenure (and echo) rounds, print one line of figures. */
int main(int argc, char **argv)
{
    const char *sock = NULL, *echo = NULL, *file = NULL, *dump = NULL;
    const char *corpus = "../shared/corpus/politics";
    long pid = 0;
    int conns = 50, depth = 1, rounds = 1, names_from = 60, want_hist = 0;
    double secs = 5, warmup = 0.5, feed_rate = 0;
    uint64_t nreq = 0;
    static const struct option lo[] = {
        {"pid", required_argument, NULL, 'P'},    {"echo", required_argument, NULL, 'E'},
        {"warmup", required_argument, NULL, 'W'}, {"rounds", required_argument, NULL, 'R'},
        {"corpus", required_argument, NULL, 'C'}, {"names-from", required_argument, NULL, 'N'},
        {"only", required_argument, NULL, 'O'},   {"feed", required_argument, NULL, 'F'},
        {"dump", required_argument, NULL, 'D'},   {"hist", no_argument, NULL, 'H'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
    int opt;
    while ((opt = getopt_long(argc, argv, "s:c:d:t:n:f:h", lo, NULL)) != -1) {
        switch (opt) {
        case 's':
            sock = optarg;
            break;
        case 'c':
            conns = atoi(optarg);
            break;
        case 'd':
            depth = atoi(optarg);
            break;
        case 't':
            secs = atof(optarg);
            break;
        case 'n':
            nreq = strtoull(optarg, NULL, 10);
            secs = 0;
            break;
        case 'f':
            file = optarg;
            break;
        case 'P':
            pid = atol(optarg);
            break;
        case 'E':
            echo = optarg;
            break;
        case 'W':
            warmup = atof(optarg);
            break;
        case 'R':
            rounds = atoi(optarg);
            break;
        case 'C':
            corpus = optarg;
            break;
        case 'N':
            names_from = atoi(optarg);
            break;
        case 'O':
            bl_mix_only(optarg);
            break;
        case 'F':
            feed_rate = atof(optarg);
            break;
        case 'D':
            dump = optarg;
            break;
        case 'H':
            want_hist = 1;
            break;
        default:
            usage();
            return 2;
        }
    }
    if (!sock || conns < 1 || conns > 10000 || depth < 1 || depth > 1024 || rounds < 1 ||
        rounds > 100 || (secs <= 0 && nreq == 0) || secs > 3600 || feed_rate < 0 ||
        feed_rate > 100000) {
        usage();
        return 2;
    }
    if (nreq)
        warmup = 0;
    if (bl_wait_ready(sock, 5000) != 0) {
        fprintf(stderr, "bench_query: %s does not answer ping\n", sock);
        return 1;
    }
    bl_cycle cyc = {0};
    char mix[128] = "file";
    if (file) {
        cyc.lines = lines_from_file(file, &cyc.count);
        if (!cyc.lines || cyc.count == 0) {
            fprintf(stderr, "bench_query: no request lines in %s\n", file);
            return 1;
        }
    } else {
        strset persons = {0}, positions = {0}, orgs = {0};
        if (bl_method_exists("extract"))
            names_from_corpus(sock, corpus, names_from, &persons, &positions, &orgs);
        bl_names nm = {persons.v, persons.n, positions.v, positions.n, orgs.v, orgs.n};
        if (!nm.n_persons || !nm.n_positions || !nm.n_orgs) {
            fprintf(stderr, "bench_query: extraction gave no names; using built-in names\n");
            nm =
                (bl_names){(const char **)fallback_persons, 5, (const char **)fallback_positions, 4,
                           (const char **)fallback_orgs,    3};
        }
        fprintf(stderr, "bench_query: names: %zu persons, %zu positions, %zu orgs\n", nm.n_persons,
                nm.n_positions, nm.n_orgs);
        cyc.count = QUERY_MIX_LINES;
        cyc.lines = bl_mix_build(&nm, cyc.count, 42, mix, sizeof mix);
        strset_free(&persons);
        strset_free(&positions);
        strset_free(&orgs);
        if (!cyc.lines) {
            fprintf(stderr, "bench_query: out of memory\n");
            return 1;
        }
    }
    /* --dump: the request lines, one a line, and nothing run (to replay the
     * same questions against two builds and diff the answers) */
    if (dump) {
        FILE *f = fopen(dump, "w");
        if (!f) {
            perror(dump);
            return 1;
        }
        for (size_t i = 0; i < cyc.count; i++)
            fprintf(f, "%s\n", cyc.lines[i]);
        if (fclose(f) != 0) {
            perror(dump);
            return 1;
        }
        return 0;
    }
    bl_load_result best = {0}, ebest = {0};
    bl_hist thist, ehist, *th = NULL, *eh = NULL;
    if (want_hist) {
        if (bl_hist_init(&thist) != 0 || bl_hist_init(&ehist) != 0) {
            fprintf(stderr, "bench_query: out of memory\n");
            return 1;
        }
        th = &thist;
        eh = &ehist;
    }
    double cpu_pct = -1;
    feeder fd = {.sock = sock, .rate = feed_rate};
    double best_feed_acked = 0, best_feed_p99 = 0;
    uint64_t feed_errors = 0;
    if (feed_rate > 0 && bl_hist_init(&fd.ack) != 0) {
        fprintf(stderr, "bench_query: out of memory\n");
        return 1;
    }
    for (int i = 0; i < rounds; i++) {
        bl_load_result r;
        pthread_t ft;
        if (feed_rate > 0) {
            atomic_store(&fd.stop, 0);
            fd.sent = fd.acked = fd.errors = 0;
            bl_hist_free(&fd.ack);
            if (bl_hist_init(&fd.ack) != 0 || pthread_create(&ft, NULL, feeder_main, &fd) != 0) {
                fprintf(stderr, "bench_query: cannot start the feed\n");
                return 1;
            }
        }
        double c0 = pid ? bl_proc_cpu_s(pid) : -1;
        uint64_t t0 = bl_now_ns();
        int rc = run_one(sock, conns, depth, secs, nreq, warmup, &cyc, th, &r);
        double wall = (double)(bl_now_ns() - t0) / 1e9;
        double c1 = pid ? bl_proc_cpu_s(pid) : -1;
        if (feed_rate > 0) {
            atomic_store(&fd.stop, 1);
            pthread_join(ft, NULL);
            feed_errors += fd.errors;
            if (fd.failed) {
                fprintf(stderr, "bench_query: the feed failed\n");
                bl_lines_free(cyc.lines, cyc.count);
                return 1;
            }
        }
        if (rc != 0) {
            fprintf(stderr, "bench_query: run against %s failed\n", sock);
            bl_lines_free(cyc.lines, cyc.count);
            return 1;
        }
        if (want_hist)
            round_print(i, "tenure", &r);
        if (r.rps > best.rps) {
            best = r;
            if (c0 >= 0 && c1 >= 0 && wall > 0)
                cpu_pct = 100.0 * (c1 - c0) / wall;
            if (feed_rate > 0) {
                best_feed_acked = fd.seconds > 0 ? (double)fd.acked / fd.seconds : 0;
                best_feed_p99 = bl_hist_quantile_us(&fd.ack, 0.99) / 1000.0;
            }
        }
        if (r.first_error[0])
            fprintf(stderr, "bench_query: first error reply: %s\n", r.first_error);
        if (echo) {
            if (run_one(echo, conns, depth, secs, nreq, warmup, &cyc, eh, &r) != 0) {
                fprintf(stderr, "bench_query: run against echo %s failed\n", echo);
                bl_lines_free(cyc.lines, cyc.count);
                return 1;
            }
            if (want_hist)
                round_print(i, "echo", &r);
            if (r.rps > ebest.rps)
                ebest = r;
        }
    }
    printf("rps=%.0f p50_us=%.0f p99_us=%.0f requests=%llu errors=%llu daemon_cpu_pct=", best.rps,
           best.p50_us, best.p99_us, (unsigned long long)best.requests,
           (unsigned long long)best.errors);
    if (cpu_pct >= 0)
        printf("%.0f", cpu_pct);
    else
        printf("n/a");
    printf(" conns=%d depth=%d mix=%s", conns, depth, mix);
    if (echo)
        printf(" echo_rps=%.0f echo_p50_us=%.0f echo_p99_us=%.0f query_ratio=%.2f", ebest.rps,
               ebest.p50_us, ebest.p99_us, ebest.rps > 0 ? best.rps / ebest.rps : 0.0);
    if (feed_rate > 0) {
        printf(" feed_rate=%.0f feed_acked_per_s=%.1f feed_errors=%llu feed_p99_ms=%.1f", feed_rate,
               best_feed_acked, (unsigned long long)feed_errors, best_feed_p99);
        bl_hist_free(&fd.ack);
    }
    printf("\n");
    if (want_hist) {
        bl_hist_print(th, "bench_query: tenure ", stderr);
        bl_hist_free(th);
        if (echo)
            bl_hist_print(eh, "bench_query: echo ", stderr);
        bl_hist_free(eh);
    }
    bl_lines_free(cyc.lines, cyc.count);
    return 0;
}
