/*
 * ping.c — bench_ping: wait until a socket answers a JSON-RPC ping.
 *
 * The bounded readiness check bench/run uses after starting a daemon or the
 * echo server (never a bare sleep).  Owns nothing else.
 *   bench_ping SOCKET [TIMEOUT_MS]      exit 0 ready, 1 not ready in time
 */
#include "benchlib.h"

#include <stdio.h>
#include <stdlib.h>

/* Exit 0 once SOCKET answers ping, 1 after the timeout. */
int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: bench_ping SOCKET [TIMEOUT_MS]\n");
        return 2;
    }
    int timeout = argc == 3 ? atoi(argv[2]) : 10000;
    if (timeout <= 0 || timeout > 600000) {
        fprintf(stderr, "bench_ping: timeout must be 1..600000 ms\n");
        return 2;
    }
    return bl_wait_ready(argv[1], timeout) == 0 ? 0 : 1;
}
