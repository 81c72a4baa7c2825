/*
 * sockpath.h — the one rule for the default socket path, shared by tenured
 * and tenure so that both sides always agree (header-only: two small
 * functions, no library).
 *
 * The default socket lives in a runtime directory that only its owner can
 * write, never directly in a shared /tmp where another user could plant a
 * socket first:
 *   1. root                          /run/tenured/tenured.sock
 *   2. $RUNTIME_DIRECTORY (absolute; set by systemd's RuntimeDirectory=,
 *      first entry when several)     $RUNTIME_DIRECTORY/tenured.sock
 *   3. $XDG_RUNTIME_DIR (absolute)   $XDG_RUNTIME_DIR/tenured.sock
 *   4. otherwise                     /tmp/tenured-UID/tenured.sock (a 0700
 *                                    directory the daemon creates and both
 *                                    sides check is the user's own)
 * -s / the "socket" directive and $TENURE_SOCKET (client) override it.
 * docs/OPERATIONS.md states the same rule.
 */
#ifndef TENURE_SOCKPATH_H
#define TENURE_SOCKPATH_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TENURE_SOCKET_NAME "tenured.sock"
#define TENURE_SYSTEM_RUNTIME_DIR "/run/tenured"

/* The default socket path into buf; 0, or -1 when it does not fit. */
static inline int tenure_default_socket(char *buf, size_t cap)
{
    const char *rd = getenv("RUNTIME_DIRECTORY");
    const char *xdg = getenv("XDG_RUNTIME_DIR");
    int n;
    if (geteuid() == 0) {
        n = snprintf(buf, cap, "%s/%s", TENURE_SYSTEM_RUNTIME_DIR, TENURE_SOCKET_NAME);
    } else if (rd && rd[0] == '/') {
        size_t len = strcspn(rd, ":"); /* systemd joins several with ':' */
        n = snprintf(buf, cap, "%.*s/%s", (int)len, rd, TENURE_SOCKET_NAME);
    } else if (xdg && xdg[0] == '/') {
        n = snprintf(buf, cap, "%s/%s", xdg, TENURE_SOCKET_NAME);
    } else {
        n = snprintf(buf, cap, "/tmp/tenured-%lu/%s", (unsigned long)geteuid(), TENURE_SOCKET_NAME);
    }
    return n < 0 || (size_t)n >= cap ? -1 : 0;
}

#endif
