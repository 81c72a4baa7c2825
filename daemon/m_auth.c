/*
 * m_auth.c — "auth": a TCP client presents the auth_token_file token.
 *
 * Owns comparing a presented token with the daemon's (in constant time, so
 * the reply's timing tells nothing about how much of it matched) and the
 * method's result.  The dispatcher (rpc.c) calls m_auth_check before any
 * other method of an unauthenticated connection and marks the connection;
 * a Unix socket connection is authenticated by the socket's mode and never
 * needs this.  main.c reads the token file at start.
 */
#include <string.h>

#include "tenured.h"

/* 0 when token (len bytes) is the daemon's token, else -1. */
int m_auth_check(struct tenured *td, const char *token, size_t len)
{
    if (!td->auth_token || !token)
        return -1;
    size_t want = strlen(td->auth_token);
    unsigned char diff = (unsigned char)(len != want);
    for (size_t i = 0; i < want; i++)
        diff |= (unsigned char)(td->auth_token[i] ^ (i < len ? token[i] : 0));
    return diff ? -1 : 0;
}

/* Reached only after m_auth_check accepted the token. */
json_t *m_auth_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    (void)td;
    (void)rtxn;
    (void)params;
    (void)err;
    return json_pack("{s:b}", "authenticated", 1);
}
