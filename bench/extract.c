/*
 * bench/extract.c — single-thread extraction throughput: loads every *.txt
 * of a directory (default ../shared/corpus/politics) into memory, then runs
 * tx_extract() over all of them in rounds: a round repeats the pass until at
 * least --min-seconds (default 1) have gone by, and --rounds (default 3)
 * rounds run.  Prints one line:
 *   extract_MBps=… articles_per_s=… articles=… bytes=… rounds=… round_MBps=a/b/c
 * (bytes and articles of one pass; the rates are the best round's, per
 * second of this thread's CPU time, or wall-clock time with --wall; every
 * round's rate is in round_MBps).  The best round, as bench_query reports its
 * best round: on the shared virtual machines this runs on, the guest's clock
 * counts time the host gives another machine's work as this thread's CPU
 * time (there is no steal column to subtract), and such a spell lasts
 * seconds (docs/PERFORMANCE.md, "Session 22").  Reading the files is not
 * timed; building and freeing the JSON result is (tx_extract, the library's
 * contract).  --typed times tx_extract_result instead, the typed result the
 * daemon's ingest uses (no JSON).
 *
 * usage: bench_extract [--lexicon DIR] [--min-seconds S] [--rounds R] [--wall] [--typed] [DIR]
 */
#include "tenure/extract.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef TENURE_LEXICON_DIR_DEFAULT
#define TENURE_LEXICON_DIR_DEFAULT "conf/lexicon"
#endif

typedef struct article {
    char *text;
    size_t len;
} article;

/* Read one file whole; NULL on error. */
static char *bench_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) != 0) {
        fclose(f);
        return NULL;
    }
    long n = ftell(f);
    rewind(f);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = buf ? (size_t)n : 0;
    return buf;
}

/* Seconds of CPU time of this thread: the machines here are shared, and
 * what one core delivers is the figure wanted, not how often the scheduler
 * let us run (--wall measures wall-clock time instead). */
static bool bench_wall;
static double bench_now(void)
{
    struct timespec ts;
    clock_gettime(bench_wall ? CLOCK_MONOTONIC : CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One pass over every article; returns how many extractions failed. */
static size_t bench_pass(tx_lexicon *lx, const article *arts, size_t n, bool typed)
{
    size_t failed = 0;
    for (size_t i = 0; i < n; i++) {
        tx_error err;
        if (typed) {
            tx_result *r = tx_extract_result(lx, arts[i].text, arts[i].len, NULL, &err);
            failed += !r;
            tx_result_free(r);
            continue;
        }
        json_t *r = tx_extract(lx, arts[i].text, arts[i].len, NULL, &err);
        if (r)
            json_decref(r);
        else
            failed++;
    }
    return failed;
}

int main(int argc, char **argv)
{
    const char *lexdir = TENURE_LEXICON_DIR_DEFAULT, *dir = "../shared/corpus/politics";
    double min_seconds = 1.0;
    int rounds = 3;
    bool typed = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--lexicon") && i + 1 < argc)
            lexdir = argv[++i];
        else if (!strcmp(argv[i], "--wall"))
            bench_wall = true;
        else if (!strcmp(argv[i], "--typed"))
            typed = true;
        else if (!strcmp(argv[i], "--min-seconds") && i + 1 < argc)
            min_seconds = atof(argv[++i]);
        else if (!strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (argv[i][0] != '-')
            dir = argv[i];
        else
            rounds = 0; /* an unknown option: the usage below */
    }
    if (rounds < 1 || rounds > 100 || !(min_seconds > 0)) {
        fprintf(stderr, "usage: bench_extract [--lexicon DIR] [--min-seconds S] [--rounds R] "
                        "[--wall] [--typed] [DIR]\n");
        return 2;
    }
    char *why = NULL;
    tx_lexicon *lx = tx_lexicon_load(lexdir, &why);
    if (!lx) {
        fprintf(stderr, "bench_extract: %s\n", why ? why : "cannot load lexicon");
        free(why);
        return 1;
    }
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "bench_extract: %s: cannot open\n", dir);
        tx_lexicon_unref(lx);
        return 1;
    }
    article *arts = NULL;
    size_t n = 0, cap = 0, bytes = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t nl = strlen(de->d_name);
        if (nl < 5 || strcmp(de->d_name + nl - 4, ".txt"))
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        size_t len;
        char *text = bench_read(path, &len);
        if (!text)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            article *na = realloc(arts, cap * sizeof *arts);
            if (!na) {
                free(text);
                break;
            }
            arts = na;
        }
        arts[n++] = (article){text, len};
        bytes += len;
    }
    closedir(d);
    if (!n) {
        fprintf(stderr, "bench_extract: %s: no .txt files\n", dir);
        tx_lexicon_unref(lx);
        return 1;
    }
    size_t failed = 0;
    double best = 0; /* the best round's passes per second */
    char spread[512] = "";
    for (int k = 0; k < rounds; k++) {
        size_t passes = 0;
        double t0 = bench_now(), el;
        do {
            failed += bench_pass(lx, arts, n, typed);
            passes++;
            el = bench_now() - t0;
        } while (el < min_seconds);
        double rate = (double)passes / el;
        if (rate > best)
            best = rate;
        size_t used = strlen(spread);
        snprintf(spread + used, sizeof spread - used, "%s%.1f", k ? "/" : "",
                 (double)bytes * rate / 1e6);
    }
    printf("extract_MBps=%.1f articles_per_s=%.0f articles=%zu bytes=%zu rounds=%d round_MBps=%s\n",
           (double)bytes * best / 1e6, (double)n * best, n, bytes, rounds, spread);
    if (failed)
        fprintf(stderr, "bench_extract: %zu extractions failed\n", failed);
    for (size_t i = 0; i < n; i++)
        free(arts[i].text);
    free(arts);
    tx_lexicon_unref(lx);
    return 0;
}
