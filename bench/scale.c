/*
 * scale.c — bench_scale: is query latency flat as the store grows?
 *
 * Into a fresh daemon it ingests the first SMALL (1,000) synthetic articles
 * (bench/lib/synth.c), measures query latency with a mix drawn from the
 * people, posts and organizations of those articles, then ingests up to N
 * (default 1,000,000) and measures the same mix again.  The later articles
 * are about other posts (synth.h, probe split), so every answer is the same
 * at both sizes and only the store grows: reads must come from precomputed
 * tenures and indexes, so the ratio should stay near 1.
 *
 * Output (one line):
 *   scale_small=… scale_n=… lat_small_p50_us=… lat_n_p50_us=… lat_small_p99_us=…
 *   lat_n_p99_us=… flat_ratio=… ingest_s=… articles_per_s=… errors=… mix=…
 * flat_ratio is p50 at N ÷ p50 at SMALL, one connection at depth 1 (pure
 * service latency, no queueing).  Owns nothing of the daemon.
 */
#include "benchlib.h"
#include "synth.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Synthetic articles [next, end) as ingest request lines. */
typedef struct synth_feed {
    uint64_t seed, next, end, progress_every;
    char *line;
    synth_article a;
} synth_feed;

/* Source callback: the next synthetic article as an ingest request. */
static int synth_next(void *ctx, const char **line, size_t *len)
{
    synth_feed *f = ctx;
    if (f->next >= f->end)
        return 0;
    synth_make(f->seed, f->next, &f->a);
    json_t *params = json_pack("{s:s%, s:s}", "text", f->a.text, f->a.len, "source", "synth");
    free(f->line);
    f->line = params ? bl_request_line((long)f->next + 1, "ingest", params, len) : NULL;
    if (!f->line)
        return 0;
    f->next++;
    if (f->progress_every && f->next % f->progress_every == 0)
        fprintf(stderr, "bench_scale: %llu articles sent\n", (unsigned long long)f->next);
    *line = f->line;
    return 1;
}

/* Ingest [from, to) pipelined; returns errors, -1 on failure. */
static long ingest_range(const char *sock, uint64_t seed, uint64_t from, uint64_t to, int conns,
                         int depth, double *secs)
{
    synth_feed f = {.seed = seed, .next = from, .end = to, .progress_every = 100000};
    bl_load_opts o = {.socket = sock, .connections = conns, .depth = depth};
    bl_load_result r;
    uint64_t t0 = bl_now_ns();
    int rc = bl_load_run(&o, synth_next, &f, &r);
    *secs = (double)(bl_now_ns() - t0) / 1e9;
    free(f.line);
    if (r.first_error[0])
        fprintf(stderr, "bench_scale: first error reply: %s\n", r.first_error);
    return rc == 0 ? (long)r.errors : -1;
}

/* Measure the query mix: one connection, depth 1, secs seconds. */
static int measure(const char *sock, char **lines, size_t n, double secs, bl_load_result *r)
{
    bl_cycle cyc = {.lines = lines, .count = n};
    bl_load_opts o = {.socket = sock,
                      .connections = 1,
                      .depth = 1,
                      .duration_s = secs,
                      .warmup_s = secs > 1 ? 0.5 : 0.1};
    int rc = bl_load_run(&o, bl_cycle_next, &cyc, r);
    if (r->first_error[0])
        fprintf(stderr, "bench_scale: first error reply: %s\n", r->first_error);
    return rc;
}

/* Add a copy of s to a small set unless present. */
static void set_add(const char ***v, size_t *n, const char *s)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*v)[i], s) == 0)
            return;
    const char **nv = realloc(*v, (*n + 1) * sizeof *nv);
    if (!nv)
        return;
    *v = nv;
    char *dup = strdup(s);
    if (dup)
        (*v)[(*n)++] = dup;
}

/* Free a set made by set_add. */
static void set_free(const char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free((char *)v[i]);
    free(v);
}

/* Print usage. */
static void usage(void)
{
    fprintf(stderr, "usage: bench_scale -s SOCKET [-n ARTICLES] [--small N] [-S SEED] [-t SECS]\n"
                    "                   [-c CONNS] [-d DEPTH] [--only who,person,org,search]\n"
                    "  defaults: 1000000 articles, small 1000, seed 1, 3 s per measure, 4 x 64\n");
}

int main(int argc, char **argv)
{
    const char *sock = NULL;
    uint64_t n = 1000000, small = 1000, seed = 1;
    double secs = 3;
    int conns = 4, depth = 64;
    static const struct option lo[] = {{"small", required_argument, NULL, 'm'},
                                       {"only", required_argument, NULL, 'O'},
                                       {NULL, 0, NULL, 0}};
    int opt;
    while ((opt = getopt_long(argc, argv, "s:n:S:t:c:d:h", lo, NULL)) != -1) {
        switch (opt) {
        case 's':
            sock = optarg;
            break;
        case 'n':
            n = strtoull(optarg, NULL, 10);
            break;
        case 'O':
            bl_mix_only(optarg);
            break;
        case 'm':
            small = strtoull(optarg, NULL, 10);
            break;
        case 'S':
            seed = strtoull(optarg, NULL, 10);
            break;
        case 't':
            secs = atof(optarg);
            break;
        case 'c':
            conns = atoi(optarg);
            break;
        case 'd':
            depth = atoi(optarg);
            break;
        default:
            usage();
            return 2;
        }
    }
    if (!sock || small < 1 || n <= small || n > 100000000 || secs <= 0 || secs > 600 || conns < 1 ||
        conns > 1000 || depth < 1 || depth > 4096) {
        usage();
        return 2;
    }
    if (bl_wait_ready(sock, 5000) != 0) {
        fprintf(stderr, "bench_scale: %s does not answer ping\n", sock);
        return 1;
    }
    /* the query targets: everything the small store knows about, which the
     * articles after it never mention (synth.h, probe split) */
    synth_set_probe_split(small);
    bl_names nm = {0};
    synth_article a;
    for (uint64_t i = 0; i < small && i < 5000; i++) {
        synth_make(seed, i, &a);
        set_add(&nm.persons, &nm.n_persons, a.person);
        set_add(&nm.positions, &nm.n_positions, a.position);
        set_add(&nm.orgs, &nm.n_orgs, a.org);
    }
    char mix[128];
    size_t nlines = 2048;
    char **lines = bl_mix_build(&nm, nlines, 7, mix, sizeof mix);
    if (!lines) {
        fprintf(stderr, "bench_scale: out of memory\n");
        return 1;
    }
    double s_small, s_big;
    long e1 = ingest_range(sock, seed, 0, small, conns, depth, &s_small);
    bl_load_result q1, q2;
    if (e1 < 0 || measure(sock, lines, nlines, secs, &q1) != 0) {
        fprintf(stderr, "bench_scale: small phase failed\n");
        return 1;
    }
    fprintf(stderr, "bench_scale: %llu articles: p50 %.0f us p99 %.0f us (%.0f req/s)\n",
            (unsigned long long)small, q1.p50_us, q1.p99_us, q1.rps);
    long e2 = ingest_range(sock, seed, small, n, conns, depth, &s_big);
    if (e2 < 0 || measure(sock, lines, nlines, secs, &q2) != 0) {
        fprintf(stderr, "bench_scale: large phase failed\n");
        return 1;
    }
    fprintf(stderr, "bench_scale: %llu articles: p50 %.0f us p99 %.0f us (%.0f req/s)\n",
            (unsigned long long)n, q2.p50_us, q2.p99_us, q2.rps);
    double ingest_s = s_small + s_big;
    printf("scale_small=%llu scale_n=%llu lat_small_p50_us=%.0f lat_n_p50_us=%.0f "
           "lat_small_p99_us=%.0f lat_n_p99_us=%.0f flat_ratio=%.2f ingest_s=%.1f "
           "articles_per_s=%.0f errors=%llu mix=%s\n",
           (unsigned long long)small, (unsigned long long)n, q1.p50_us, q2.p50_us, q1.p99_us,
           q2.p99_us, q1.p50_us > 0 ? q2.p50_us / q1.p50_us : 0.0, ingest_s,
           ingest_s > 0 ? (double)n / ingest_s : 0.0,
           (unsigned long long)(e1 + e2 + (long)q1.errors + (long)q2.errors), mix);
    bl_lines_free(lines, nlines);
    set_free(nm.persons, nm.n_persons);
    set_free(nm.positions, nm.n_positions);
    set_free(nm.orgs, nm.n_orgs);
    return 0;
}
