/*
 * m_stats.c — "stats": counts, sizes, uptime and request counters.
 *
 * Owns the shape of the stats result: "articles" and the registry's counts
 * at the top level, then "store", "requests", "connections" and the live
 * configuration, and "reply_cache".  Reads counters the other files keep; changes nothing.
 */
#include "registry.h"
#include "reply_cache.h"
#include "store.h"
#include "tenured.h"
#include "writer.h"

/* Merge every member of src (stolen) into dst. */
static void m_stats_merge(json_t *dst, json_t *src)
{
    if (json_is_object(src))
        json_object_update(dst, src);
    json_decref(src);
}

/* The stats object. */
json_t *m_stats_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    json_t *r = json_pack("{s:I}", "articles", (json_int_t)store_article_count(rtxn));
    m_stats_merge(r, registry_stats(rtxn));
    /* the conflicts count scans every post and person: computed once per
     * store snapshot (LMDB transaction id), not on every stats call */
    static _Thread_local size_t conflicts_txn = 0;
    static _Thread_local long conflicts = -1;
    if (conflicts < 0 || conflicts_txn != mdb_txn_id(rtxn)) {
        conflicts = registry_conflicts_count(rtxn);
        conflicts_txn = mdb_txn_id(rtxn);
    }
    json_object_set_new(r, "conflicts", json_integer(conflicts));
    json_object_set_new(r, "uptime", json_integer((json_int_t)(time(NULL) - td->started)));
    json_object_set_new(r, "version", json_string(TENURE_VERSION));
    json_object_set_new(r, "protocol", json_integer(TENURE_PROTOCOL_VERSION));
    struct writer_stats ws;
    writer_stats(td->writer, &ws);
    json_object_set_new(r, "store",
                        json_pack("{s:I, s:I, s:I, s:I}", "used_bytes",
                                  (json_int_t)store_used_bytes(), "file_bytes",
                                  (json_int_t)store_file_bytes(), "map_size",
                                  (json_int_t)store_map_size(), "grows", (json_int_t)ws.grows));
    json_object_set_new(r, "commits", json_integer((json_int_t)ws.commits));
    json_object_set_new(r, "fsyncs", json_integer((json_int_t)ws.fsyncs));
    json_object_set_new(r, "writes_queued", json_integer((json_int_t)ws.queued));
    json_object_set_new(r, "requests", json_integer((json_int_t)atomic_load(&td->requests)));
    json_object_set_new(r, "in_flight", json_integer((json_int_t)td->inflight));
    json_object_set_new(r, "connections",
                        json_pack("{s:I, s:I, s:I}", "current", (json_int_t)td->connections_now,
                                  "total", (json_int_t)td->connections_total, "max",
                                  (json_int_t)td->cfg.max_clients));
    json_object_set_new(r, "memory",
                        json_pack("{s:I, s:I, s:I, s:I}", "used", (json_int_t)td->mem_used,
                                  "budget", (json_int_t)td->cfg.max_memory, "busy",
                                  (json_int_t)td->mem_busy, "closed", (json_int_t)td->mem_closed));
    tx_lexicon *lx = lexicon_get(td);
    json_object_set_new(r, "lexicon_entries",
                        json_integer(lx ? (json_int_t)tx_lexicon_size(lx) : 0));
    if (lx)
        tx_lexicon_unref(lx);
    struct reply_cache_stats rcs;
    rpc_reply_cache_stats(&rcs);
    json_object_set_new(r, "reply_cache",
                        json_pack("{s:I, s:I, s:I, s:I, s:I, s:I}", "hits", (json_int_t)rcs.hits,
                                  "misses", (json_int_t)rcs.misses, "evictions",
                                  (json_int_t)rcs.evictions, "retired", (json_int_t)rcs.retired,
                                  "bytes", (json_int_t)rcs.bytes, "entries",
                                  (json_int_t)rcs.entries));
    /* the configuration names paths: the HTTP window asks without it */
    if (json_is_true(json_object_get(params, "config"))) /* default: methods.def */
        json_object_set_new(r, "config", config_to_json(&td->cfg));
    return r;
}
