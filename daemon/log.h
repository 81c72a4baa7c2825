/*
 * log.h — one line per event, with a level, to stderr or a log file.
 *
 * Owns the log destination and its reopening on SIGHUP (for logrotate).
 * Safe to call from any thread: each line is written with one fprintf under
 * a lock.  Does not decide what is worth logging.
 */
#ifndef TENURED_LOG_H
#define TENURED_LOG_H

#include "config.h"

/* Log to path (appending), or to stderr when path is NULL or "".  0, or -1
 * with errno set (the previous destination stays). */
int log_open(const char *path, unsigned level);
/* Reopen the same path (SIGHUP); -1 with errno when it fails. */
int log_reopen(void);
/* Change the level at run time. */
void log_set_level(unsigned level);
/* Close the log file (back to stderr). */
void log_close(void);

/* printf-style, one line, newline added. */
void log_msg(unsigned level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
