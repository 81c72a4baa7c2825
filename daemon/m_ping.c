/*
 * m_ping.c — "ping": liveness, protocol and daemon versions.
 *
 * Owns the ping result.  Touches no store data (the read transaction it is
 * given is unused), so a ping answers even while the writer is busy.
 */
#include "tenured.h"

/* {"pong": true, "protocol": N, "version": "x.y.z"} */
json_t *m_ping_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    return json_pack("{s:b, s:i, s:s}", "pong", 1, "protocol", TENURE_PROTOCOL_VERSION, "version",
                     TENURE_VERSION);
}
