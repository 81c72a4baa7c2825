/*
 * ingest.c — bench_ingest: the write path, end to end, with durable acks.
 *
 * Feeds the politics corpus (one request per file) and then the bulk set
 * (every line of the bulk set's .jsonl.gz files, decompressed through a `gzip -dc` pipe so
 * tenure takes no zlib dependency) into a fresh daemon over its socket,
 * pipelined over several connections, exactly as clients would.  Request
 * lines are built before the clock starts: the figure is the daemon's, not
 * this program's JSON encoding.  Reads commits/fsyncs from `stats` and the
 * daemon's private RSS (LMDB map excluded) after the bulk load.
 *
 * Output (one line):
 *   ingest_politics_s=… politics_articles_per_s=… politics_MBps=…
 *   ingest_bulk_s=… bulk_articles_per_s=… bulk_MBps=… errors=… articles=…
 *   commits=… fsyncs=… rss_MiB=… probe_p50_us=… probe_p99_us=… probe_errors=…
 * The probe is one more client asking ping/who/person at depth 1 for the
 * whole load: its latency says whether ingesting delays queries.
 * --source-date PATTERN=DATE gives the articles of one origin a (partial)
 * date, e.g. magizbox/scraper=2017 for the baomoi crawl of Jan-Jul 2017
 * (corpus MANIFEST.md), as a user feeding an archive of known years would.
 * Owns nothing of the daemon; any figure it cannot get prints as n/a.
 */
#include "benchlib.h"

#include <dirent.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A list of request lines fed once each. */
typedef struct feed {
    char **lines;
    size_t n, cap, next;
    size_t text_bytes;
} feed;

/* Append one line (takes ownership). */
static int feed_add(feed *f, char *line)
{
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 1024;
        char **nl = realloc(f->lines, cap * sizeof *nl);
        if (!nl)
            return -1;
        f->lines = nl;
        f->cap = cap;
    }
    f->lines[f->n++] = line;
    return 0;
}

/* Source callback: each line once. */
static int feed_next(void *ctx, const char **line, size_t *len)
{
    feed *f = ctx;
    if (f->next >= f->n)
        return 0;
    *line = f->lines[f->next++];
    *len = strlen(*line);
    return 1;
}

/* Compare for qsort. */
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir ending with suffix (malloc'd array of malloc'd). */
static char **list_dir(const char *dir, const char *suffix, size_t *count)
{
    DIR *d = opendir(dir);
    *count = 0;
    if (!d)
        return NULL;
    char **v = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    size_t sl = strlen(suffix);
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l <= sl || strcmp(e->d_name + l - sl, suffix) != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            char **nv = realloc(v, cap * sizeof *nv);
            if (!nv)
                break;
            v = nv;
        }
        v[n] = strdup(e->d_name);
        if (v[n])
            n++;
    }
    closedir(d);
    if (v)
        qsort(v, n, sizeof *v, cmp_str);
    *count = n;
    return v;
}

/* One ingest request line for a text. */
/* --source-date PATTERN=DATE: an article whose origin (a bulk line's
 * "source", a politics file's repository in politics_index.tsv) contains
 * PATTERN is ingested with "date": DATE — the crawl window an archive is
 * known by, as `tenure ingest --date 2017` gives it (a partial date bounds
 * the text's own dates, docs/EXTRACTION.md). */
#define MAX_SOURCE_DATES 8
static const char *source_pat[MAX_SOURCE_DATES];
static char source_date[MAX_SOURCE_DATES][16];
static int nsource_dates;

/* The date for an origin, or NULL. */
static const char *date_of_origin(const char *origin)
{
    for (int i = 0; origin && i < nsource_dates; i++)
        if (strstr(origin, source_pat[i]))
            return source_date[i];
    return NULL;
}

static char *ingest_line(long id, const char *text, size_t len, const char *source,
                         const char *origin)
{
    const char *date = date_of_origin(origin);
    json_t *params = json_pack("{s:s%, s:s}", "text", text, len, "source", source);
    if (params && date && json_object_set_new(params, "date", json_string(date)) != 0) {
        json_decref(params);
        return NULL;
    }
    return params ? bl_request_line(id, "ingest", params, NULL) : NULL;
}

/* The repository of a politics file from DIR/../politics_index.tsv (file
 * TAB repo TAB …), malloc'd; NULL when there is no index or no row. */
static char *politics_origin(const char *dir, const char *file)
{
    char path[4096], line[8192];
    snprintf(path, sizeof path, "%s/../politics_index.tsv", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    size_t fl = strlen(file);
    char *out = NULL;
    while (!out && fgets(line, sizeof line, f))
        if (strncmp(line, file, fl) == 0 && line[fl] == '\t') {
            char *repo = line + fl + 1, *tab = strchr(repo, '\t');
            if (tab)
                *tab = '\0';
            out = strdup(repo);
        }
    fclose(f);
    return out;
}

/* Build the politics feed: one request per *.txt file. */
static int load_politics(const char *dir, feed *f)
{
    size_t n;
    char **files = list_dir(dir, ".txt", &n);
    if (!files || n == 0) {
        fprintf(stderr, "bench_ingest: no *.txt in %s\n", dir);
        free(files);
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4096], src[512];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        snprintf(src, sizeof src, "politics/%s", files[i]);
        size_t len;
        char *text = bl_read_file(path, &len);
        char *origin = nsource_dates ? politics_origin(dir, files[i]) : NULL;
        char *line = text ? ingest_line((long)i + 1, text, len, src, origin) : NULL;
        free(origin);
        free(text);
        if (!line || feed_add(f, line) != 0) {
            fprintf(stderr, "bench_ingest: cannot prepare %s\n", path);
            free(line);
            rc = -1;
            break;
        }
        f->text_bytes += len;
    }
    for (size_t i = 0; i < n; i++)
        free(files[i]);
    free(files);
    return rc;
}

/* Build the bulk feed from every *.jsonl.gz of dir via `gzip -dc`. */
static int load_bulk(const char *dir, feed *f)
{
    size_t n;
    char **files = list_dir(dir, ".jsonl.gz", &n);
    if (!files || n == 0) {
        fprintf(stderr, "bench_ingest: no *.jsonl.gz in %s\n", dir);
        free(files);
        return -1;
    }
    int rc = 0;
    long id = 1;
    for (size_t i = 0; i < n && rc == 0; i++) {
        char cmd[4200];
        if (strchr(dir, '\'') || strchr(files[i], '\'')) {
            fprintf(stderr, "bench_ingest: refusing a path with a quote\n");
            rc = -1;
            break;
        }
        snprintf(cmd, sizeof cmd, "gzip -dc -- '%s/%s'", dir, files[i]);
        FILE *p = popen(cmd, "r");
        if (!p) {
            perror("popen");
            rc = -1;
            break;
        }
        char *buf = NULL;
        size_t cap = 0;
        ssize_t got;
        while ((got = getline(&buf, &cap, p)) > 0) {
            json_t *o = json_loadb(buf, (size_t)got, 0, NULL);
            json_t *text = json_object_get(o, "text");
            const char *src = json_string_value(json_object_get(o, "id"));
            const char *origin = json_string_value(json_object_get(o, "source"));
            if (!json_is_string(text)) {
                json_decref(o);
                continue;
            }
            size_t len = json_string_length(text);
            char *line =
                ingest_line(id++, json_string_value(text), len, src ? src : "bulk", origin);
            json_decref(o);
            if (!line || feed_add(f, line) != 0) {
                free(line);
                rc = -1;
                break;
            }
            f->text_bytes += len;
        }
        free(buf);
        int st = pclose(p);
        if (st != 0) {
            fprintf(stderr, "bench_ingest: %s exited with status %d\n", cmd, st);
            rc = -1;
        }
    }
    for (size_t i = 0; i < n; i++)
        free(files[i]);
    free(files);
    return rc;
}

/* Free a feed. */
static void feed_free(feed *f)
{
    bl_lines_free(f->lines, f->n);
    memset(f, 0, sizeof *f);
}

/* A number from the daemon's stats (anywhere in the result), or -1. */
static double stats_number(json_t *stats, const char *key)
{
    json_t *v = bl_find_key(json_object_get(stats, "result"), key);
    return json_is_number(v) ? json_number_value(v) : -1;
}

/* Print "key=value" (with the given decimals) or "key=n/a". */
static void put_num(const char *key, double v, int decimals)
{
    printf(" %s=", key);
    if (v < 0)
        printf("n/a");
    else
        printf("%.*f", decimals, v);
}

/* Run one feed; print its progress on stderr. */
static int run_feed(const char *sock, int conns, int depth, feed *f, bl_load_result *r)
{
    bl_load_opts o = {.socket = sock, .connections = conns, .depth = depth, .quiet = 0};
    uint64_t t0 = bl_now_ns();
    int rc = bl_load_run(&o, feed_next, f, r);
    /* wall time from the first request to the last reply */
    r->seconds = (double)(bl_now_ns() - t0) / 1e9;
    if (r->first_error[0])
        fprintf(stderr, "bench_ingest: first error reply: %s\n", r->first_error);
    return rc;
}

/* The probe: one client asking cheap queries at depth 1 while the ingest
 * runs, because a large ingest must never delay a query (issue 6). */
typedef struct probe {
    const char *sock;
    atomic_int stop;
    bl_load_result r;
    int rc;
} probe;

/* Probe thread: closed loop over ping/who/person until told to stop. */
static void *probe_main(void *arg)
{
    static const char *const lines[] = {
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"who\",\"params\":{\"position\":\"Thủ "
        "tướng\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"person\",\"params\":{\"name\":\"Nguyễn "
        "Xuân Phúc\"}}"};
    probe *p = arg;
    bl_cycle cyc = {.lines = (char **)lines, .count = 3};
    bl_load_opts o = {
        .socket = p->sock, .connections = 1, .depth = 1, .stop = &p->stop, .quiet = 1};
    p->rc = bl_load_run(&o, bl_cycle_next, &cyc, &p->r);
    return NULL;
}

/* Print usage. */
static void usage(void)
{
    fprintf(stderr, "usage: bench_ingest -s SOCKET [--pid PID] [--politics DIR] [--bulk DIR]\n"
                    "                    [--no-bulk] [-c CONNS] [-d DEPTH]\n"
                    "                    [--source-date PATTERN=DATE]...\n"
                    "  defaults: ../shared/corpus/politics, ../shared/corpus/bulk, 4 x 64\n");
}

/* Prepare both feeds, run them with the probe, print one line of figures. */
int main(int argc, char **argv)
{
    const char *sock = NULL, *politics = "../shared/corpus/politics";
    const char *bulk = "../shared/corpus/bulk";
    long pid = 0;
    int conns = 4, depth = 64, no_bulk = 0;
    static const struct option lo[] = {
        {"pid", required_argument, NULL, 'P'},         {"politics", required_argument, NULL, 'p'},
        {"bulk", required_argument, NULL, 'b'},        {"no-bulk", no_argument, NULL, 'B'},
        {"source-date", required_argument, NULL, 'D'}, {NULL, 0, NULL, 0}};
    int opt;
    while ((opt = getopt_long(argc, argv, "s:c:d:h", lo, NULL)) != -1) {
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
        case 'P':
            pid = atol(optarg);
            break;
        case 'p':
            politics = optarg;
            break;
        case 'b':
            bulk = optarg;
            break;
        case 'B':
            no_bulk = 1;
            break;
        case 'D': {
            char *eq = strchr(optarg, '=');
            if (!eq || eq == optarg || strlen(eq + 1) >= sizeof source_date[0] ||
                nsource_dates == MAX_SOURCE_DATES) {
                usage();
                return 2;
            }
            *eq = '\0';
            source_pat[nsource_dates] = optarg;
            snprintf(source_date[nsource_dates++], sizeof source_date[0], "%s", eq + 1);
            break;
        }
        default:
            usage();
            return 2;
        }
    }
    if (!sock || conns < 1 || conns > 1000 || depth < 1 || depth > 4096) {
        usage();
        return 2;
    }
    if (bl_wait_ready(sock, 5000) != 0) {
        fprintf(stderr, "bench_ingest: %s does not answer ping\n", sock);
        return 1;
    }
    feed pf = {0}, bf = {0};
    if (load_politics(politics, &pf) != 0)
        return 1;
    if (!no_bulk && load_bulk(bulk, &bf) != 0) {
        feed_free(&pf);
        return 1;
    }
    fprintf(stderr, "bench_ingest: politics %zu articles %.1f MB; bulk %zu articles %.1f MB\n",
            pf.n, (double)pf.text_bytes / 1e6, bf.n, (double)bf.text_bytes / 1e6);

    bl_load_result pr, br = {0};
    probe pb = {.sock = sock};
    atomic_init(&pb.stop, 0);
    pthread_t pt;
    int probing = pthread_create(&pt, NULL, probe_main, &pb) == 0;
    if (!probing)
        fprintf(stderr, "bench_ingest: no probe thread; probe figures n/a\n");
    int failed = run_feed(sock, conns, depth, &pf, &pr) != 0;
    if (failed)
        fprintf(stderr, "bench_ingest: politics run failed\n");
    if (!failed && !no_bulk && run_feed(sock, conns, depth, &bf, &br) != 0) {
        fprintf(stderr, "bench_ingest: bulk run failed\n");
        failed = 1;
    }
    if (probing) {
        atomic_store(&pb.stop, 1);
        if (pthread_join(pt, NULL) != 0)
            probing = 0;
    }
    if (failed)
        return 1;
    json_t *stats = bl_call(sock, "stats", NULL, 10000);
    long rss = pid ? bl_proc_private_rss_kib(pid) : -1;

    printf("ingest_politics_s=%.3f politics_articles_per_s=%.0f politics_MBps=%.2f", pr.seconds,
           pr.seconds > 0 ? (double)pr.replies / pr.seconds : 0,
           pr.seconds > 0 ? (double)pf.text_bytes / 1e6 / pr.seconds : 0);
    if (no_bulk) {
        printf(" ingest_bulk_s=n/a bulk_articles_per_s=n/a bulk_MBps=n/a");
    } else {
        printf(" ingest_bulk_s=%.3f bulk_articles_per_s=%.0f bulk_MBps=%.2f", br.seconds,
               br.seconds > 0 ? (double)br.replies / br.seconds : 0,
               br.seconds > 0 ? (double)bf.text_bytes / 1e6 / br.seconds : 0);
    }
    printf(" errors=%llu", (unsigned long long)(pr.errors + br.errors));
    put_num("articles", stats_number(stats, "articles"), 0);
    put_num("commits", stats_number(stats, "commits"), 0);
    put_num("fsyncs", stats_number(stats, "fsyncs"), 0);
    put_num("rss_MiB", rss < 0 ? -1 : (double)rss / 1024.0, 1);
    int probe_ok = probing && pb.rc == 0 && pb.r.requests > 0;
    put_num("probe_p50_us", probe_ok ? pb.r.p50_us : -1, 0);
    put_num("probe_p99_us", probe_ok ? pb.r.p99_us : -1, 0);
    put_num("probe_errors", probe_ok ? (double)pb.r.errors : -1, 0);
    printf("\n");
    json_decref(stats);
    feed_free(&pf);
    feed_free(&bf);
    return 0;
}
