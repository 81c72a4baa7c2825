/*
 * config.c — the directive table and its parser (see config.h).
 *
 * Owns turning text ("map_size 256m", "socket_mode 0600") into struct config
 * fields, checking bounds, and reporting errors as "file:line: reason".  One
 * row per directive: the file parser, the command-line overrides, --help and
 * "stats" all walk the same table, so they cannot drift (Redis's config.c
 * shape).  Does not decide what a value does; its readers do.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tenure/protocol.h"
#include "xmalloc.h"

#ifndef TENURE_LEXICON_DIR_DEFAULT
#define TENURE_LEXICON_DIR_DEFAULT "conf/lexicon"
#endif
/* Used when the installed lexicon (the default above) is absent: a
 * build-tree daemon and the tests read the source tree's. */
#ifndef TENURE_LEXICON_DIR_SOURCE
#define TENURE_LEXICON_DIR_SOURCE TENURE_LEXICON_DIR_DEFAULT
#endif

enum config_type { CT_STRING, CT_UINT, CT_SIZE, CT_MODE, CT_LEVEL, CT_BOOL };

struct config_directive {
    const char *name;
    enum config_type type;
    const char *def; /* default, in the same text form a file uses */
    uint64_t min, max;
    size_t offset;
    const char *why;
};

#define F(field) offsetof(struct config, field)
#define KIB 1024ull
#define MIB (1024ull * 1024ull)
#define GIB (1024ull * 1024ull * 1024ull)

static const char *const log_level_names[] = {"error", "warn", "info", "debug"};

/* The table.  Keep conf/tenured.conf and docs/OPERATIONS.md in step. */
static const struct config_directive directives[] = {
    {"socket", CT_STRING, "", 0, 0, F(socket),
     "Unix socket; empty = the shared default rule (root: /run/tenured/tenured.sock, else "
     "$XDG_RUNTIME_DIR/tenured.sock), the client's default too"},
    {"socket_mode", CT_MODE, "0600", 0, 0777, F(socket_mode),
     "only the owner may talk to the daemon unless you widen it"},
    {"listen", CT_STRING, "", 0, 0, F(listen),
     "optional TCP HOST:PORT (a bare PORT means 127.0.0.1); empty = no TCP; needs "
     "auth_token_file"},
    {"listen_public", CT_BOOL, "no", 0, 1, F(listen_public),
     "yes lets listen bind a non-loopback address; without it such a listen refuses to start"},
    {"auth_token_file", CT_STRING, "", 0, 0, F(auth_token_file),
     "file holding the token TCP clients must send with \"auth\" first (owner-only mode)"},
    {"data_dir", CT_STRING, TENURE_DEFAULT_DATA_DIR, 0, 0, F(data_dir),
     "holds the LMDB store, its lock file and by default the pid file"},
    {"map_size", CT_SIZE, "256m", 64 * KIB, 1ull << 50, F(map_size),
     "initial LMDB map; it grows by doubling when full, so start small"},
    {"map_size_max", CT_SIZE, "64g", 64 * KIB, 1ull << 50, F(map_size_max),
     "the map never grows past this; ingests then fail with STORE_FULL"},
    {"max_request_bytes", CT_SIZE, "16m", 1 * KIB, 1 * GIB, F(max_request_bytes),
     "longest request line read; past it: TOO_LARGE reply, then close"},
    {"max_clients", CT_UINT, "1024", 1, 1000000, F(max_clients),
     "connections beyond this get one BUSY error line and are closed"},
    {"idle_timeout", CT_UINT, "300", 0, 86400, F(idle_timeout),
     "seconds a connection may stay silent, keep a line unfinished or leave replies unread; 0 = "
     "never"},
    {"log_level", CT_LEVEL, "info", 0, LOG_DEBUG, F(log_level),
     "error, warn, info or debug; debug adds a line per connection"},
    {"log_file", CT_STRING, "", 0, 0, F(log_file),
     "empty = stderr in the foreground, data_dir/tenured.log when daemonized"},
    {"pid_file", CT_STRING, "tenured.pid", 0, 0, F(pid_file),
     "relative to data_dir, so daemons side by side never clash; empty = none"},
    {"worker_threads", CT_UINT, "2", 1, 256, F(worker_threads),
     "threads that run extraction off the event loop"},
    {"lexicon_dir", CT_STRING, TENURE_LEXICON_DIR_DEFAULT, 0, 0, F(lexicon_dir),
     "the extractor's word lists; reloaded on SIGHUP"},
    {"write_batch_max", CT_UINT, "256", 1, 100000, F(write_batch_max),
     "most queued writes one group commit (one fsync) takes"},
    {"reply_cache_bytes", CT_SIZE, "8m", 0, 1 * GIB, F(reply_cache_bytes),
     "serialized answers of repeated queries, kept until a commit changes the store; 0 = off"},
    {"max_batch", CT_UINT, "256", 1, 100000, F(max_batch),
     "most members one JSON-RPC batch may hold; a longer batch gets one TOO_LARGE error"},
    {"max_memory", CT_SIZE, "384m", 1 * MIB, 1ull << 40, F(max_memory),
     "budget for input buffers, pending replies and queued jobs of all connections; past it "
     "new requests get BUSY and the largest holders are closed"},
    {"http_listen", CT_STRING, "", 0, 0, F(http_listen),
     "read-only HTTP API, web pages and OpenRefine service on HOST:PORT; empty = off"},
    {"http_public", CT_BOOL, "no", 0, 1, F(http_public),
     "yes lets http_listen take a non-loopback address (put a proxy with TLS in front)"},
};

#define NDIRECTIVES (sizeof directives / sizeof directives[0])

/* printf into a fresh malloc'd string (aborts on out of memory). */
static char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *xprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* Name of a log level, or "?" */
const char *config_log_level_name(unsigned level)
{
    return level <= LOG_DEBUG ? log_level_names[level] : "?";
}

/* Find a directive by name. */
static const struct config_directive *config_find(const char *name)
{
    for (size_t i = 0; i < NDIRECTIVES; i++)
        if (strcmp(directives[i].name, name) == 0)
            return &directives[i];
    return NULL;
}

/* Parse an unsigned decimal number with an optional k/m/g/t suffix (when
 * allowed) into *out; -1 when malformed or overflowing. */
static int config_parse_number(const char *s, int suffixes, uint64_t *out)
{
    if (!isdigit((unsigned char)*s))
        return -1;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno != 0)
        return -1;
    uint64_t mult = 1;
    if (suffixes && *end != '\0') {
        switch (tolower((unsigned char)*end)) {
        case 'k':
            mult = KIB;
            break;
        case 'm':
            mult = MIB;
            break;
        case 'g':
            mult = GIB;
            break;
        case 't':
            mult = GIB * 1024ull;
            break;
        default:
            return -1;
        }
        end++;
        if (tolower((unsigned char)*end) == 'b' || tolower((unsigned char)*end) == 'i')
            end++;
    }
    if (*end != '\0')
        return -1;
    if (v > UINT64_MAX / mult)
        return -1;
    *out = (uint64_t)v * mult;
    return 0;
}

/* Apply one value to one directive. */
static int config_apply(struct config *cfg, const struct config_directive *d, const char *value,
                        char **cause)
{
    void *field = (char *)cfg + d->offset;
    uint64_t v = 0;

    switch (d->type) {
    case CT_STRING: {
        char **sp = field;
        char *copy = xstrdup(value);
        free(*sp);
        *sp = copy;
        return 0;
    }
    case CT_UINT:
    case CT_SIZE:
        if (config_parse_number(value, d->type == CT_SIZE, &v) != 0) {
            *cause = xprintf("%s: \"%s\" is not a %s", d->name, value,
                             d->type == CT_SIZE ? "size (like 64k, 256m, 4g)" : "number");
            return -1;
        }
        break;
    case CT_MODE: {
        char *end;
        errno = 0;
        unsigned long m = strtoul(value, &end, 8);
        if (errno || *value == '\0' || *end != '\0' || m > d->max) {
            *cause = xprintf("%s: \"%s\" is not an octal mode like 0600", d->name, value);
            return -1;
        }
        *(unsigned *)field = (unsigned)m;
        return 0;
    }
    case CT_LEVEL:
        for (v = 0; v <= LOG_DEBUG; v++)
            if (strcmp(value, log_level_names[v]) == 0)
                break;
        if (v > LOG_DEBUG) {
            *cause = xprintf("%s: \"%s\" is not one of error, warn, info, debug", d->name, value);
            return -1;
        }
        break;
    case CT_BOOL:
        if (!strcmp(value, "yes") || !strcmp(value, "true") || !strcmp(value, "on") ||
            !strcmp(value, "1"))
            v = 1;
        else if (strcmp(value, "no") && strcmp(value, "false") && strcmp(value, "off") &&
                 strcmp(value, "0")) {
            *cause = xprintf("%s: \"%s\" is not yes or no", d->name, value);
            return -1;
        }
        break;
    }
    if (v < d->min || v > d->max) {
        *cause = xprintf("%s: %" PRIu64 " is out of range %" PRIu64 "..%" PRIu64, d->name, v,
                         d->min, d->max);
        return -1;
    }
    *(uint64_t *)field = v;
    return 0;
}

/* Set one directive by name from text. */
int config_set(struct config *cfg, const char *name, const char *value, char **cause)
{
    const struct config_directive *d = config_find(name);
    if (!d) {
        *cause = xprintf("unknown directive \"%s\"", name);
        return -1;
    }
    return config_apply(cfg, d, value, cause);
}

/* Every field to its default. */
void config_defaults(struct config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    for (size_t i = 0; i < NDIRECTIVES; i++) {
        char *cause = NULL;
        const char *def = directives[i].def;
        if (directives[i].offset == F(lexicon_dir) && access(def, F_OK) != 0)
            def = TENURE_LEXICON_DIR_SOURCE;
        if (config_apply(cfg, &directives[i], def, &cause) != 0) {
            /* A broken default is a programming error caught by test_config. */
            fprintf(stderr, "tenured: bad built-in default: %s\n", cause);
            abort();
        }
    }
}

/* Release the string fields. */
void config_free(struct config *cfg)
{
    for (size_t i = 0; i < NDIRECTIVES; i++)
        if (directives[i].type == CT_STRING) {
            char **sp = (void *)((char *)cfg + directives[i].offset);
            free(*sp);
            *sp = NULL;
        }
}

/* Strip leading and trailing white space in place; returns the start. */
static char *config_trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* Read a configuration file line by line. */
int config_load_file(struct config *cfg, const char *path, char **cause)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        *cause = xprintf("%s: %s", path, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    unsigned lineno = 0;
    int rc = 0;
    while (getline(&line, &cap, f) != -1) {
        lineno++;
        char *s = config_trim(line);
        if (*s == '\0' || *s == '#')
            continue;
        char *name = s;
        while (*s && !isspace((unsigned char)*s))
            s++;
        if (*s)
            *s++ = '\0';
        char *value = config_trim(s);
        size_t vlen = strlen(value);
        if (vlen >= 2 && value[0] == '"' && value[vlen - 1] == '"') {
            value[vlen - 1] = '\0';
            value++;
        }
        char *why = NULL;
        if (config_set(cfg, name, value, &why) != 0) {
            *cause = xprintf("%s:%u: %s", path, lineno, why);
            free(why);
            rc = -1;
            break;
        }
    }
    if (rc == 0 && ferror(f)) {
        *cause = xprintf("%s: read error: %s", path, strerror(errno));
        rc = -1;
    }
    free(line);
    fclose(f);
    return rc;
}

/* Re-read the file; apply only what may change live. */
int config_reload_live(struct config *cfg, const char *path, int keep_log_level, char **cause)
{
    struct config fresh;
    config_defaults(&fresh);
    if (config_load_file(&fresh, path, cause) != 0) {
        config_free(&fresh);
        return -1;
    }
    if (!keep_log_level)
        cfg->log_level = fresh.log_level;
    cfg->idle_timeout = fresh.idle_timeout;
    cfg->max_clients = fresh.max_clients;
    cfg->max_batch = fresh.max_batch;
    cfg->max_memory = fresh.max_memory;
    /* A relative lexicon_dir was resolved against the start-up directory,
     * which a daemon has left: only an absolute one can replace it. */
    if (fresh.lexicon_dir[0] == '/') {
        char *tmp = cfg->lexicon_dir;
        cfg->lexicon_dir = fresh.lexicon_dir;
        fresh.lexicon_dir = tmp;
    }
    config_free(&fresh);
    return 0;
}

/* --help: one paragraph per directive. */
void config_print_help(FILE *out)
{
    for (size_t i = 0; i < NDIRECTIVES; i++)
        fprintf(out, "  %-18s default \"%s\"\n  %18s %s\n", directives[i].name, directives[i].def,
                "", directives[i].why);
}

/* The live values, for "stats". */
json_t *config_to_json(const struct config *cfg)
{
    json_t *o = json_object();
    for (size_t i = 0; i < NDIRECTIVES; i++) {
        const struct config_directive *d = &directives[i];
        const void *field = (const char *)cfg + d->offset;
        json_t *v;
        switch (d->type) {
        case CT_STRING:
            v = json_string(*(char *const *)field ? *(char *const *)field : "");
            break;
        case CT_MODE: {
            char buf[8];
            snprintf(buf, sizeof buf, "%04o", *(const unsigned *)field);
            v = json_string(buf);
            break;
        }
        case CT_LEVEL:
            v = json_string(config_log_level_name((unsigned)*(const uint64_t *)field));
            break;
        case CT_BOOL:
            v = json_boolean(*(const uint64_t *)field);
            break;
        default:
            v = json_integer((json_int_t) * (const uint64_t *)field);
            break;
        }
        json_object_set_new(o, d->name, v);
    }
    return o;
}
