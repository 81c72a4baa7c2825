/*
 * log.c — the log destination (see log.h).
 *
 * Owns the FILE* lines go to, the current level and the path to reopen,
 * and rate limiting: one message (one format string) is written at most
 * LOG_BURST times per LOG_WINDOW seconds; the rest are counted and the
 * next line of that kind after the window says "... N more like this"
 * (a flood of refused connections once wrote 10 MB a second).
 * Lines look like "2026-11-25T19:00:00Z info tenured: listening on ...".
 * Does not rotate files itself; logrotate moves the file and sends SIGHUP.
 */
#include "log.h"
#include "xmalloc.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static FILE *log_out;  /* NULL means stderr */
static char *log_path; /* NULL when logging to stderr */
static unsigned log_level = LOG_INFO;

#define LOG_BURST 10
#define LOG_WINDOW 10
#define LOG_SLOTS 64

/* Rate limit state per format string (by address: formats are literals). */
static struct log_slot {
    const char *fmt;
    time_t window;  /* start of the current window */
    unsigned lines; /* written in it */
    uint64_t suppressed;
} log_slots[LOG_SLOTS];

static void log_write(unsigned level, time_t now, const char *msg);

/* Whether a line of this format may be written now; writes the "N more"
 * line of a window that has passed.  Called with log_lock held. */
static int log_admit(unsigned level, const char *fmt, time_t now)
{
    struct log_slot *sl = &log_slots[((uintptr_t)fmt >> 3) % LOG_SLOTS];
    if (sl->fmt != fmt) {
        if (sl->fmt && sl->suppressed) {
            char msg[256];
            snprintf(msg, sizeof msg, "... %llu more like this: \"%.100s\"",
                     (unsigned long long)sl->suppressed, sl->fmt);
            log_write(level, now, msg);
        }
        sl->fmt = fmt;
        sl->window = now;
        sl->lines = 0;
        sl->suppressed = 0;
    }
    if (now - sl->window >= LOG_WINDOW) {
        if (sl->suppressed) {
            char msg[256];
            snprintf(msg, sizeof msg, "... %llu more like this in %lld s: \"%.100s\"",
                     (unsigned long long)sl->suppressed, (long long)(now - sl->window), fmt);
            log_write(level, now, msg);
        }
        sl->window = now;
        sl->lines = 0;
        sl->suppressed = 0;
    }
    if (sl->lines >= LOG_BURST) {
        sl->suppressed++;
        return 0;
    }
    sl->lines++;
    return 1;
}

/* Open path for appending, line-buffered. */
static FILE *log_fopen(const char *path)
{
    FILE *f = fopen(path, "a");
    if (f)
        setvbuf(f, NULL, _IOLBF, 0);
    return f;
}

/* Choose the destination. */
int log_open(const char *path, unsigned level)
{
    FILE *f = NULL;
    char *copy = NULL;
    if (path && *path) {
        if (!(f = log_fopen(path)))
            return -1;
        copy = xstrdup(path);
    }
    pthread_mutex_lock(&log_lock);
    if (log_out)
        fclose(log_out);
    free(log_path);
    log_out = f;
    log_path = copy;
    log_level = level;
    pthread_mutex_unlock(&log_lock);
    return 0;
}

/* Reopen the file after rotation; stderr needs nothing. */
int log_reopen(void)
{
    int rc = 0;
    pthread_mutex_lock(&log_lock);
    if (log_path) {
        FILE *f = log_fopen(log_path);
        if (f) {
            fclose(log_out);
            log_out = f;
        } else {
            rc = -1;
        }
    }
    pthread_mutex_unlock(&log_lock);
    return rc;
}

/* New level. */
void log_set_level(unsigned level)
{
    pthread_mutex_lock(&log_lock);
    log_level = level;
    pthread_mutex_unlock(&log_lock);
}

/* Back to stderr. */
void log_close(void)
{
    pthread_mutex_lock(&log_lock);
    if (log_out)
        fclose(log_out);
    log_out = NULL;
    free(log_path);
    log_path = NULL;
    pthread_mutex_unlock(&log_lock);
}

/* Write one line when its level is enabled. */
void log_msg(unsigned level, const char *fmt, ...)
{
    char msg[1024];
    time_t now = time(NULL);
    va_list ap;

    pthread_mutex_lock(&log_lock);
    if (level > log_level) {
        pthread_mutex_unlock(&log_lock);
        return;
    }
    if (!log_admit(level, fmt, now)) {
        pthread_mutex_unlock(&log_lock);
        return;
    }
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    log_write(level, now, msg);
    pthread_mutex_unlock(&log_lock);
}

/* One line out (log_lock held). */
static void log_write(unsigned level, time_t now, const char *text)
{
    char msg[1024], stamp[32];
    struct tm tm;
    snprintf(msg, sizeof msg, "%s", text);
    /* One event, one line: a stray newline inside a message becomes a space. */
    for (char *p = msg; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    fprintf(log_out ? log_out : stderr, "%s %s tenured: %s\n", stamp, config_log_level_name(level),
            msg);
}
