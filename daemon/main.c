/*
 * main.c — tenured's start-up and exit.
 *
 * Owns the command line, the order of start-up and its reasons, the data
 * directory lock, daemonizing, the pid file, and the orderly exit.  Start-up
 * order matters:
 *   1. configuration: defaults, then the file, then command-line flags;
 *   2. paths made absolute (daemonizing changes directory to /);
 *   3. the data directory is created and LOCKED (flock, non-blocking) so a
 *      second daemon on it exits 1 with a clear message before doing
 *      anything; the lock fd is inherited across fork;
 *   4. daemonize (unless -f) BEFORE opening LMDB: an environment must never
 *      be opened before fork() (lmdb.h, Caveats); the parent waits on a pipe
 *      until the child is serving, so "tenured && tenure ping" works;
 *   5. log, store, lexicon, worker pool, writer, listeners; then "ready".
 * Does not serve anything itself (server.c) nor know the store layout.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <event2/thread.h>

#include "log.h"
#include "pipeline.h"
#include "registry.h"
#include "store.h"
#include "tenure/sockpath.h"
#include "tenured.h"
#include "xmalloc.h"

/* Exit codes (docs/OPERATIONS.md). */
#define EXIT_USAGE 2

/* --help text: flags, signals, exit codes, then every directive. */
static void main_usage(FILE *out)
{
    fprintf(out,
            "usage: tenured [-f] [-c FILE] [-s SOCKET] [-l HOST:PORT] [-d DIR] [--log-level L]\n"
            "\n"
            "  -c, --config FILE     configuration file (default %s if it exists)\n"
            "  -s, --socket PATH     Unix socket (directive socket)\n"
            "  -l, --listen H:P      also listen on TCP (directive listen)\n"
            "  -d, --data-dir DIR    store directory (directive data_dir)\n"
            "  -f, --foreground      do not daemonize; log to stderr\n"
            "      --log-level L     error, warn, info or debug\n"
            "      --version         print the version and exit\n"
            "      --help            this help\n"
            "\n"
            "Signals: TERM/INT finish in-flight work and exit 0; HUP reopens the log and\n"
            "reloads the lexicon.  Exit codes: 0 clean exit, 1 start-up failure, 2 usage.\n"
            "\n"
            "Directives (configuration file and their defaults):\n",
            TENURE_DEFAULT_CONFIG);
    config_print_help(out);
}

/* Make *path absolute against the current directory (or base when given). */
static void main_absolute(char **path, const char *base)
{
    char cwd[PATH_MAX], buf[PATH_MAX * 2];
    if (!*path || !**path || **path == '/')
        return;
    if (!base) {
        if (!getcwd(cwd, sizeof cwd))
            return;
        base = cwd;
    }
    snprintf(buf, sizeof buf, "%s/%s", base, *path);
    free(*path);
    *path = xstrdup(buf);
}

/* mkdir -p with mode 0700 for the directories it creates. */
static int main_mkdirs(const char *dir)
{
    char buf[PATH_MAX];
    snprintf(buf, sizeof buf, "%s", dir);
    for (char *p = buf + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            if (mkdir(buf, 0755) != 0 && errno != EEXIST)
                return -1;
            *p = '/';
        }
    if (mkdir(buf, 0700) != 0 && errno != EEXIST)
        return -1;
    return 0;
}

/* Lock the data directory; -1 with a message printed when held. */
static int main_lock_data_dir(const char *dir)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/tenured.lock", dir);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        fprintf(stderr, "tenured: cannot open %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK)
            fprintf(stderr,
                    "tenured: another tenured is already using data directory %s (%s is "
                    "locked); stop it or give this one its own -d\n",
                    dir, path);
        else
            fprintf(stderr, "tenured: flock %s: %s\n", path, strerror(errno));
        if (close(fd) != 0)
            fprintf(stderr, "tenured: close %s: %s\n", path, strerror(errno));
        return -1;
    }
    return fd; /* kept open (and locked) for the life of the process */
}

/* Fork into the background; returns in the daemon with the ready-pipe fd.
 * The original process waits for one byte: '0' ready, anything else (or
 * EOF) failed. */
static int main_daemonize(int *ready_fd, const char *log_path)
{
    int p[2];
    if (pipe(p) != 0) {
        fprintf(stderr, "tenured: pipe: %s\n", strerror(errno));
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "tenured: fork: %s\n", strerror(errno));
        return -1;
    }
    if (pid > 0) {
        char c = '1';
        if (close(p[1]) != 0) /* else EOF never comes if the daemon dies */
            fprintf(stderr, "tenured: close: %s\n", strerror(errno));
        ssize_t n;
        do
            n = read(p[0], &c, 1);
        while (n < 0 && errno == EINTR);
        if (n != 1 || c != '0') {
            fprintf(stderr, "tenured: the daemon failed to start; see %s\n", log_path);
            _exit(1);
        }
        _exit(0);
    }
    if (close(p[0]) != 0)
        fprintf(stderr, "tenured: close: %s\n", strerror(errno));
    if (setsid() < 0)
        return -1;
    pid = fork(); /* not a session leader: can never reacquire a terminal */
    if (pid < 0)
        return -1;
    if (pid > 0)
        _exit(0);
    if (chdir("/") != 0)
        return -1;
    int null = open("/dev/null", O_RDWR);
    if (null < 0 || dup2(null, STDIN_FILENO) < 0 || dup2(null, STDOUT_FILENO) < 0 ||
        dup2(null, STDERR_FILENO) < 0)
        return -1; /* the parent reports the failed start */
    if (null > STDERR_FILENO && close(null) != 0)
        return -1;
    *ready_fd = p[1];
    return 0;
}

/* Tell the waiting parent how start-up went. */
static void main_ready(int *ready_fd, char status)
{
    if (*ready_fd < 0)
        return;
    if (write(*ready_fd, &status, 1) != 1)
        log_warn("cannot notify the parent process: %s", strerror(errno));
    if (close(*ready_fd) != 0)
        log_warn("close of the ready pipe: %s", strerror(errno));
    *ready_fd = -1;
}

/* Raise the open-file soft limit toward what max_clients needs (plus the
 * store, log, listeners and a margin), as far as the hard limit allows. */
static void main_raise_nofile(uint64_t max_clients)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return;
    rlim_t want = (rlim_t)max_clients + 64;
    if (rl.rlim_cur >= want)
        return;
    rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= want ? want : rl.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
        log_warn("cannot raise the open-file limit: %s", strerror(errno));
    if ((uint64_t)rl.rlim_cur < max_clients + 64)
        log_warn("open-file limit %llu is low for max_clients %llu; accepts may fail with EMFILE",
                 (unsigned long long)rl.rlim_cur, (unsigned long long)max_clients);
}

/* The data directory must be ours and writable by nobody else: another
 * user who can write it could swap the store, the lock or the pid file
 * for a symlink.  -1 with the reason printed. */
static int main_check_data_dir(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        fprintf(stderr, "tenured: data directory %s: %s\n", dir, strerror(errno));
        return -1;
    }
    if (st.st_uid != geteuid()) {
        fprintf(stderr,
                "tenured: data directory %s belongs to uid %lu, not to the daemon's user (uid "
                "%lu); chown it or run as its owner\n",
                dir, (unsigned long)st.st_uid, (unsigned long)geteuid());
        return -1;
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        fprintf(stderr, "tenured: data directory %s is writable by %s (mode %04o); chmod go-w %s\n",
                dir, (st.st_mode & S_IWOTH) ? "other users" : "its group",
                (unsigned)(st.st_mode & 07777), dir);
        return -1;
    }
    return 0;
}

/* Open and lock the pid file, without following a symlink and without
 * touching one a running daemon holds.  Returns the fd (kept open and
 * locked for the life of the process) or -1 with the reason printed. */
static int main_open_pid(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0644);
    if (fd < 0) {
        if (errno == ELOOP)
            fprintf(stderr, "tenured: pid file %s is a symbolic link; refusing to follow it\n",
                    path);
        else
            fprintf(stderr, "tenured: cannot open pid file %s: %s\n", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink != 1) {
        fprintf(stderr, "tenured: pid file %s is not a plain file of its own; refusing it\n", path);
        goto close_fd;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char pid[32] = "";
        ssize_t n = pread(fd, pid, sizeof pid - 1, 0);
        pid[n > 0 ? n : 0] = '\0';
        pid[strcspn(pid, "\n")] = '\0';
        if (errno == EWOULDBLOCK || n >= 0)
            fprintf(stderr, "tenured: pid file %s is held by a running tenured (pid %s)\n", path,
                    pid);
        else
            fprintf(stderr, "tenured: flock %s: %s\n", path, strerror(errno));
        goto close_fd;
    }
    return fd;

close_fd:
    if (close(fd) != 0)
        fprintf(stderr, "tenured: close %s: %s\n", path, strerror(errno));
    return -1;
}

/* Write our pid into the locked pid file in one write (readers see the old
 * content or the new, never a mix: the file only ever holds one line).
 * -1 on failure (logged). */
static int main_write_pid(int fd, const char *path)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) != 0 || pwrite(fd, buf, (size_t)n, 0) != n) {
        log_error("cannot write pid file %s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* Read the auth_token_file: owner-only, one line, trailing white space
 * dropped.  -1 with the reason printed. */
static int main_read_token(const char *path, char **token)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        fprintf(stderr, "tenured: auth_token_file %s: %s\n", path, strerror(errno));
        if (fd >= 0 && close(fd) != 0)
            fprintf(stderr, "tenured: close %s: %s\n", path, strerror(errno));
        return -1;
    }
    char buf[TENURE_AUTH_TOKEN_MAX + 2];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    int saved = errno;
    if (close(fd) != 0)
        fprintf(stderr, "tenured: close %s: %s\n", path, strerror(errno));
    if (!S_ISREG(st.st_mode) || (st.st_mode & 077)) {
        fprintf(stderr,
                "tenured: auth_token_file %s must be a file only its owner can read (mode "
                "%04o); chmod 600 it\n",
                path, (unsigned)(st.st_mode & 07777));
        return -1;
    }
    if (n < 0) {
        fprintf(stderr, "tenured: read %s: %s\n", path, strerror(saved));
        return -1;
    }
    while (n > 0 &&
           (buf[n - 1] == '\n' || buf[n - 1] == '\r' || buf[n - 1] == ' ' || buf[n - 1] == '\t'))
        n--;
    buf[n] = '\0';
    if (n == 0 || n > TENURE_AUTH_TOKEN_MAX || strlen(buf) != (size_t)n) {
        fprintf(stderr, "tenured: auth_token_file %s must hold one token of 1..%d bytes\n", path,
                TENURE_AUTH_TOKEN_MAX);
        return -1;
    }
    if (n < 16)
        fprintf(stderr, "tenured: warning: the token in %s is short (%zd bytes); use 32 or more\n",
                path, n);
    *token = xstrdup(buf);
    return 0;
}

/* Start-up in the order explained at the top, serve, exit cleanly. */
/* The last line before abort() when memory runs out (common/xmalloc.h). */
static void main_out_of_memory(const char *msg)
{
    log_error("%s; aborting", msg);
}

/* The loop's event base.  epoll's change list folds the add/delete pairs
 * that one turn of the loop makes on one descriptor into one epoll_ctl: an
 * HTTP reply turns the connection's read event off and its write event on,
 * then back, so a keep-alive request cost four epoll_ctl calls and now
 * costs two (docs/PERFORMANCE.md, "Session 23").  libevent warns that the
 * change list is unsafe with descriptors cloned by dup(): the daemon hands
 * libevent none (its only dup2 points stdio at /dev/null, before the loop). */
static struct event_base *main_event_base(void)
{
    struct event_config *cfg = event_config_new();
    if (!cfg) {
        log_error("event_config_new failed");
        return NULL;
    }
    struct event_base *base = NULL;
    if (event_config_set_flag(cfg, EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST) != 0)
        log_error("event_config_set_flag(EPOLL_USE_CHANGELIST) failed");
    else if (!(base = event_base_new_with_config(cfg)))
        log_error("event_base_new_with_config failed");
    event_config_free(cfg);
    return base;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {{"config", required_argument, NULL, 'c'},
                                             {"socket", required_argument, NULL, 's'},
                                             {"listen", required_argument, NULL, 'l'},
                                             {"data-dir", required_argument, NULL, 'd'},
                                             {"foreground", no_argument, NULL, 'f'},
                                             {"log-level", required_argument, NULL, 'L'},
                                             {"version", no_argument, NULL, 'V'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    struct tenured td;
    const char *config_path = NULL;
    const char *overrides[4][2];
    int noverrides = 0, foreground = 0, opt, ready_fd = -1, rc = 1;
    char *cause = NULL;

    /* Before any Jansson value or libevent object: both allocate through
     * xmalloc, so running out of memory anywhere ends the same way. */
    xmalloc_init("tenured", main_out_of_memory);
    event_set_mem_functions(xmalloc, xrealloc, free);

    memset(&td, 0, sizeof td);
    config_defaults(&td.cfg);
    while ((opt = getopt_long(argc, argv, "c:s:l:d:f", longopts, NULL)) != -1) {
        switch (opt) {
        case 'c':
            config_path = optarg;
            break;
        case 's':
            overrides[noverrides][0] = "socket", overrides[noverrides++][1] = optarg;
            break;
        case 'l':
            overrides[noverrides][0] = "listen", overrides[noverrides++][1] = optarg;
            break;
        case 'd':
            overrides[noverrides][0] = "data_dir", overrides[noverrides++][1] = optarg;
            break;
        case 'L':
            overrides[noverrides][0] = "log_level", overrides[noverrides++][1] = optarg;
            break;
        case 'f':
            foreground = 1;
            break;
        case 'V':
            printf("tenured %s (protocol %d)\n", TENURE_VERSION, TENURE_PROTOCOL_VERSION);
            config_free(&td.cfg);
            return 0;
        case 'h':
            main_usage(stdout);
            config_free(&td.cfg);
            return 0;
        default:
            main_usage(stderr);
            config_free(&td.cfg);
            return EXIT_USAGE;
        }
        if (noverrides == 4) { /* each flag may repeat; keep the last four */
            memmove(overrides, overrides + 1, sizeof overrides[0] * 3);
            noverrides = 3;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "tenured: unexpected argument \"%s\"\n", argv[optind]);
        main_usage(stderr);
        config_free(&td.cfg);
        return EXIT_USAGE;
    }
    if (!config_path && access(TENURE_DEFAULT_CONFIG, R_OK) == 0)
        config_path = TENURE_DEFAULT_CONFIG;
    if (config_path) {
        char abs[PATH_MAX];
        td.config_path = xstrdup(realpath(config_path, abs) ? abs : config_path);
    }
    for (int i = 0; i < noverrides; i++)
        if (strcmp(overrides[i][0], "log_level") == 0)
            td.cli_log_level = 1;
    if (config_path && config_load_file(&td.cfg, config_path, &cause) != 0) {
        fprintf(stderr, "tenured: %s\n", cause);
        free(cause);
        config_free(&td.cfg);
        free(td.config_path);
        return 1;
    }
    for (int i = 0; i < noverrides; i++)
        if (config_set(&td.cfg, overrides[i][0], overrides[i][1], &cause) != 0) {
            fprintf(stderr, "tenured: %s\n", cause);
            free(cause);
            config_free(&td.cfg);
            free(td.config_path);
            return EXIT_USAGE;
        }

    /* The shared default-socket rule (tenure/sockpath.h), as the client. */
    if (!*td.cfg.socket) {
        char sock[PATH_MAX];
        if (tenure_default_socket(sock, sizeof sock) != 0) {
            fprintf(stderr, "tenured: the default socket path is too long; set socket\n");
            config_free(&td.cfg);
            free(td.config_path);
            return 1;
        }
        free(td.cfg.socket);
        td.cfg.socket = xstrdup(sock);
    }
    /* 2: absolute paths, before daemonizing changes directory. */
    main_absolute(&td.cfg.data_dir, NULL);
    main_absolute(&td.cfg.socket, NULL);
    main_absolute(&td.cfg.lexicon_dir, NULL);
    if (main_mkdirs(td.cfg.data_dir) != 0) {
        fprintf(stderr, "tenured: cannot create data directory %s: %s\n", td.cfg.data_dir,
                strerror(errno));
        config_free(&td.cfg);
        free(td.config_path);
        return 1;
    }
    if (main_check_data_dir(td.cfg.data_dir) != 0) {
        config_free(&td.cfg);
        free(td.config_path);
        return 1;
    }
    main_absolute(&td.cfg.pid_file, td.cfg.data_dir);
    main_absolute(&td.cfg.auth_token_file, NULL);
    if (*td.cfg.auth_token_file && main_read_token(td.cfg.auth_token_file, &td.auth_token) != 0) {
        config_free(&td.cfg);
        free(td.config_path);
        return 1;
    }
    if (!foreground && !*td.cfg.log_file) {
        free(td.cfg.log_file);
        td.cfg.log_file = xstrdup("tenured.log");
    }
    main_absolute(&td.cfg.log_file, td.cfg.data_dir);

    /* 3: one daemon per data directory; its pid file locked before we
     * write it, so a start that fails never touches a running daemon's. */
    int lock_fd = main_lock_data_dir(td.cfg.data_dir), pid_fd = -1;
    if (lock_fd < 0) {
        config_free(&td.cfg);
        free(td.config_path);
        free(td.auth_token);
        return 1;
    }
    if (*td.cfg.pid_file && (pid_fd = main_open_pid(td.cfg.pid_file)) < 0) {
        if (close(lock_fd) != 0)
            fprintf(stderr, "tenured: close of the data directory lock: %s\n", strerror(errno));
        config_free(&td.cfg);
        free(td.config_path);
        free(td.auth_token);
        return 1;
    }
    /* 4: daemonize before LMDB. */
    if (!foreground && main_daemonize(&ready_fd, td.cfg.log_file) != 0)
        goto remove_pid;

    /* 5 */
    if (log_open(td.cfg.log_file, (unsigned)td.cfg.log_level) != 0) {
        fprintf(stderr, "tenured: cannot open log %s: %s\n", td.cfg.log_file, strerror(errno));
        goto remove_pid;
    }
    /* A client gone mid-reply must cost an EPIPE, not the daemon. */
    if (signal(SIGPIPE, SIG_IGN) == SIG_ERR) {
        log_error("cannot ignore SIGPIPE: %s", strerror(errno));
        goto remove_pid;
    }
    log_info("tenured %s starting: data_dir %s, pid %ld", TENURE_VERSION, td.cfg.data_dir,
             (long)getpid());
    if (pid_fd >= 0 && main_write_pid(pid_fd, td.cfg.pid_file) != 0)
        goto remove_pid;
#ifdef __GLIBC__
    /* Big request lines and replies in their own mappings, returned to the
     * system when freed (a fixed threshold: glibc's adaptive one rises to
     * 32 MiB after the first big free and keeps such buffers in the heap). */
    if (mallopt(M_MMAP_THRESHOLD, 1 << 20) != 1)
        log_warn("mallopt(M_MMAP_THRESHOLD) failed");
#endif
    main_raise_nofile(td.cfg.max_clients);
    if ((errno = pthread_mutex_init(&td.lexicon_lock, NULL)) != 0) {
        log_error("pthread_mutex_init: %s", strerror(errno));
        goto remove_pid;
    }
    if (evthread_use_pthreads() != 0) {
        log_error("evthread_use_pthreads failed");
        goto remove_pid;
    }
    if (!(td.base = main_event_base()))
        goto remove_pid;
    if (rpc_init(&cause) != 0)
        goto log_cause;
    if (store_open(td.cfg.data_dir, td.cfg.map_size, td.cfg.map_size_max, registry_open, &cause) !=
        0)
        goto log_cause;
    if (lexicon_reload(&td, &cause) != 0)
        goto store_close;
    td.started = time(NULL);
    if (!(td.workers = workers_start(td.base, (unsigned)td.cfg.worker_threads, pipeline_worker_run,
                                     pipeline_worker_done, &td, &cause)))
        goto store_close;
    if (!(td.writer = writer_start(td.cfg.write_batch_max, &pipeline_writer_ops, &td, &cause)))
        goto workers_stop;
    if (!server_start(&td, &cause))
        goto writer_stop;
    if (http_start(&td, &cause) != 0) {
        server_free(td.server);
        goto writer_stop;
    }

    log_info("ready: %u worker thread(s), write_batch_max %llu", (unsigned)td.cfg.worker_threads,
             (unsigned long long)td.cfg.write_batch_max);
    main_ready(&ready_fd, '0');
    if (event_base_dispatch(td.base) != 0)
        log_error("event_base_dispatch failed");
    rc = 0;
    struct writer_stats ws;
    writer_stats(td.writer, &ws);
    log_info("exiting: %llu request(s) served, %llu commit(s)",
             (unsigned long long)atomic_load(&td.requests), (unsigned long long)ws.commits);

    /* The loop has ended with nothing in flight: stop the threads, then
     * close connections and the socket, then the store. */
    writer_stop(td.writer);
    workers_stop(td.workers);
    http_free(&td);
    server_free(td.server);
    watch_free();
    rpc_finish();
    store_close();
    goto event_base_free;

writer_stop:
    writer_stop(td.writer);
workers_stop:
    workers_stop(td.workers);
store_close:
    watch_free();
    rpc_finish();
    store_close();
log_cause:
    log_error("%s", cause);
    free(cause);
event_base_free:
    lexicon_free(&td);
    if (td.base)
        event_base_free(td.base);
remove_pid:
    /* Only the pid file we hold locked is ours to remove. */
    if (pid_fd >= 0 && unlink(td.cfg.pid_file) != 0 && errno != ENOENT)
        log_warn("cannot remove %s: %s", td.cfg.pid_file, strerror(errno));
    if (pid_fd >= 0 && close(pid_fd) != 0)
        log_warn("close of the pid file: %s", strerror(errno));
    main_ready(&ready_fd, '1');
    /* Closing drops the lock on the data directory: last, after the store. */
    if (close(lock_fd) != 0)
        log_warn("close of the data directory lock: %s", strerror(errno));
    if (rc == 0)
        log_info("exit 0");
    log_close();
    config_free(&td.cfg);
    free(td.config_path);
    free(td.auth_token);
    return rc;
}
