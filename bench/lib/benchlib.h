/*
 * benchlib.h — shared plumbing of the benchmark programs in bench/.
 *
 * Owns: monotonic time, Unix-socket connects, a blocking one-shot JSON-RPC
 * call for setup and stats, the closed-loop pipelined load engine used by
 * query, ingest and scale (N connections, depth d, per-request latency), a
 * latency histogram, and the /proc readers for daemon CPU and private RSS.
 * Does not own: what is sent (each program supplies its request source) or
 * any knowledge of the daemon's internals — only the wire protocol.
 */
#ifndef TENURE_BENCHLIB_H
#define TENURE_BENCHLIB_H

#include <jansson.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Nanoseconds on CLOCK_MONOTONIC. */
uint64_t bl_now_ns(void);

/* Connect to a Unix socket; blocking unless nonblock.  -1 and errno on error. */
int bl_connect_unix(const char *path, int nonblock);

/* Wait (bounded, polling every 20 ms) until a socket accepts and answers
 * ping.  0 when ready, -1 after timeout_ms. */
int bl_wait_ready(const char *path, int timeout_ms);

/* One blocking JSON-RPC call on its own connection: returns the whole reply
 * object (new reference) or NULL on transport failure (reason on stderr when
 * verbose).  Bounded by timeout_ms. */
json_t *bl_call(const char *path, const char *method, json_t *params, int timeout_ms);

/* Find the first member named key anywhere in a JSON tree (depth-first). */
json_t *bl_find_key(json_t *root, const char *key);

/* Whether a compact JSON-RPC reply line carries a top-level "error" member. */
int bl_reply_is_error(const char *line, size_t len);

/* Latency histogram: 1 us buckets below 64 ms, 1 ms buckets up to 60 s. */
typedef struct bl_hist {
    uint64_t *fine;   /* 65536 buckets of 1 us */
    uint64_t *coarse; /* 60000 buckets of 1 ms */
    uint64_t count;
    uint64_t over;
} bl_hist;
int bl_hist_init(bl_hist *h);
void bl_hist_free(bl_hist *h);
void bl_hist_add(bl_hist *h, uint64_t ns);
/* The q-quantile (0..1) in microseconds. */
double bl_hist_quantile_us(const bl_hist *h, double q);
/* Add every count of src to dst. */
void bl_hist_merge(bl_hist *dst, const bl_hist *src);
/* Print the quantiles and a histogram of doubling buckets to f, each line
 * starting with prefix. */
void bl_hist_print(const bl_hist *h, const char *prefix, FILE *f);

/* A request source: fills line and len with the next request line (without the
 * '\n'; the pointer stays valid until the next call).  Returns 1 when a line
 * was produced, 0 when the source is exhausted. */
typedef int (*bl_next_fn)(void *ctx, const char **line, size_t *len);

typedef struct bl_load_opts {
    const char *socket;
    int connections;       /* >= 1 */
    int depth;             /* requests in flight per connection, >= 1 */
    double duration_s;     /* stop sending after this long (0: no limit) */
    uint64_t max_requests; /* stop after this many (0: until the source ends) */
    double warmup_s;       /* replies in the first warmup_s are not measured */
    int quiet;
    atomic_int *stop; /* when not NULL: stop sending once it is set */
    bl_hist *hist;    /* when not NULL: the measured latencies are added to it */
} bl_load_opts;

typedef struct bl_load_result {
    uint64_t requests; /* replies received inside the measured window */
    uint64_t errors;   /* replies with an "error" member, plus lost requests */
    uint64_t sent;     /* every request written */
    uint64_t replies;  /* every reply read */
    double seconds;    /* measured wall time */
    double rps;
    double p50_us, p99_us, mean_us;
    uint64_t bytes_sent;
    /* pauses of the replies: stretches over 500 us in the measured window
     * when no reply came on any connection (a stalled server or generator) */
    uint64_t gaps, gap_ns, gap_max_ns;
    char first_error[256]; /* first error reply seen, truncated, or "" */
} bl_load_result;

/* Closed-loop run: keeps depth requests in flight on each connection, pulling
 * lines from next().  Returns 0 when the run completed (errors are counted,
 * not fatal), -1 when it could not start (no connection). */
int bl_load_run(const bl_load_opts *o, bl_next_fn next, void *ctx, bl_load_result *r);

/* utime+stime of a process in seconds (from /proc/PID/stat), -1 on error. */
double bl_proc_cpu_s(long pid);
/* Private RSS in KiB excluding mappings of LMDB files (*.mdb), from
 * /proc/PID/smaps; -1 on error. */
long bl_proc_private_rss_kib(long pid);

/* Read a whole file (malloc'd, NUL-terminated); NULL on error. */
char *bl_read_file(const char *path, size_t *len);

/* Build one compact JSON-RPC request line (malloc'd, no '\n'); steals params. */
char *bl_request_line(long id, const char *method, json_t *params, size_t *len);

#endif

/* Names a query mix draws from (borrowed strings). */
typedef struct bl_names {
    const char **persons;
    size_t n_persons;
    const char **positions;
    size_t n_positions;
    const char **orgs;
    size_t n_orgs;
} bl_names;

/* Build count request lines mixing the registry queries that exist in
 * methods.def (who, person, org, search), each method's first required
 * string param filled from names; when none of them exists yet, falls back
 * to ping/stats/article.list so the daemon is still measured.  Deterministic
 * in seed.  Returns a malloc'd array of malloc'd lines; desc gets the mix
 * ("who,person,org,search"). */
char **bl_mix_build(const bl_names *names, size_t count, uint64_t seed, char *desc, size_t desclen);
/* Restrict later bl_mix_build calls to a comma-separated list of methods
 * ("who,search"); NULL for all. */
void bl_mix_only(const char *methods);
/* Free what bl_mix_build returned. */
void bl_lines_free(char **lines, size_t count);

/* Whether methods.def (compiled in) has this method. */
int bl_method_exists(const char *name);

/* A request source cycling over an array of lines. */
typedef struct bl_cycle {
    char **lines;
    size_t count, next;
} bl_cycle;
int bl_cycle_next(void *ctx, const char **line, size_t *len);

/* splitmix64: the deterministic generator of every bench. */
uint64_t bl_rand(uint64_t *state);
