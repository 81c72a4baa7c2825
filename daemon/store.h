/*
 * store.h — the LMDB environment and the article records.
 *
 * Owns opening/closing the environment in the data directory, the schema
 * version in the "meta" database, map growth on MDB_MAP_FULL, and the
 * article databases (by id, by hash).  The registry's databases live in
 * daemon/registry.c; both take the caller's MDB_txn.
 *
 * (Contract fixed early so the registry can be written beside it; the core
 * owns the implementation and may extend it.)
 */
#ifndef TENURED_STORE_H
#define TENURED_STORE_H

#include <jansson.h>
#include <lmdb.h>

/* {"article": "<hex id>", "date": "..."|null, "date_source": "...",
 *  "source": "..."|null, "title": "..."|null, "bytes": N, "ingested": "ISO time"}
 * for a stored article, or NULL when there is none.  New reference. */
json_t *store_article_summary(MDB_txn *txn, const unsigned char article_id[16]);

/* Hex form of an article id into out (33 bytes). */
void store_article_id_hex(const unsigned char id[16], char out[33]);
/* Parse a 32-hex-digit id; -1 when malformed. */
int store_article_id_parse(const char *hex, unsigned char id[16]);

#endif
