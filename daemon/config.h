/*
 * config.h — tenured's configuration: one table of directives.
 *
 * Owns the directive table (name, type, default, bounds, field, one line of
 * why), the parser of conf/tenured.conf and of command-line values, and the
 * walks of the table that --help and the "stats" method print.  Does not
 * apply any value (main.c, server.c, store.c read the struct).
 */
#ifndef TENURED_CONFIG_H
#define TENURED_CONFIG_H

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>

enum log_level { LOG_ERROR = 0, LOG_WARN, LOG_INFO, LOG_DEBUG };

struct config {
    char *socket;               /* Unix socket path */
    unsigned socket_mode;       /* permission bits of the socket */
    char *listen;               /* optional TCP HOST:PORT, "" for none */
    char *data_dir;             /* LMDB environment, lock, pid, log */
    uint64_t map_size;          /* initial LMDB map size in bytes */
    uint64_t map_size_max;      /* growth cap on MDB_MAP_FULL */
    uint64_t max_request_bytes; /* cap on one request line */
    uint64_t max_clients;       /* simultaneous connections */
    uint64_t idle_timeout;      /* seconds; 0 disables */
    uint64_t log_level;         /* enum log_level */
    char *log_file;             /* "" = stderr (data_dir/tenured.log when daemonized) */
    char *pid_file;             /* "" = none; relative to data_dir */
    uint64_t worker_threads;    /* extraction pool size */
    char *lexicon_dir;          /* conf/lexicon */
    uint64_t write_batch_max;   /* most writes in one group commit */
    uint64_t reply_cache_bytes; /* READ reply cache budget; 0 disables */
    uint64_t listen_public;     /* 1: listen may bind a non-loopback address */
    char *auth_token_file;      /* token TCP clients must present; "" = none */
    uint64_t max_batch;         /* most members of one batch */
    uint64_t max_memory;        /* global budget of connection buffers and jobs */
    char *http_listen;          /* HTTP HOST:PORT (daemon/http.c), "" for none */
    uint64_t http_public;       /* 1: http_listen may be a non-loopback address */
};

/* Fill every field with its table default (never fails: defaults are
 * checked by the unit test).  config_free releases the strings. */
void config_defaults(struct config *cfg);
void config_free(struct config *cfg);

/* Set one directive from its text form.  0, or -1 with *cause (malloc'd)
 * naming the directive and the reason. */
int config_set(struct config *cfg, const char *name, const char *value, char **cause);

/* Read a configuration file ("directive value" lines, '#' comments).
 * 0, or -1 with *cause (malloc'd) as "file:line: reason". */
int config_load_file(struct config *cfg, const char *path, char **cause);

/* SIGHUP: re-read path and copy the directives that can change while the
 * daemon runs (log_level unless keep_log_level, idle_timeout, max_clients,
 * lexicon_dir when absolute) into cfg; the rest need a restart.  0, or -1 with *cause
 * (cfg unchanged). */
int config_reload_live(struct config *cfg, const char *path, int keep_log_level, char **cause);

/* Print every directive with its default and why (for --help). */
void config_print_help(FILE *out);

/* Every directive's current value as a JSON object (for "stats"). */
json_t *config_to_json(const struct config *cfg);

/* Names of the log levels, indexed by enum log_level. */
const char *config_log_level_name(unsigned level);

#endif
