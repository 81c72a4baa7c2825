/*
 * registry.h — people, posts, organizations and tenures across articles.
 *
 * Owns the registry sub-databases of the LMDB environment (entities, keys,
 * aliases, evidence, tenures, operator corrections) and every read and write
 * of them.  Every function works inside a transaction its caller began: the
 * ingest writer for updates, the dispatcher's read transaction for queries.
 * Does not own articles themselves (daemon/store.c) nor extraction
 * (daemon/extract/).
 */
#ifndef TENURED_REGISTRY_H
#define TENURED_REGISTRY_H

#include <jansson.h>
#include <lmdb.h>

#include "rpc.h"
#include "tenure/extract.h"
#include "tenure/pdate.h"

/* Open (creating if needed) the registry's named databases inside the
 * start-up write transaction.  -1 with *cause (malloc'd) on failure. */
int registry_open(MDB_txn *txn, char **cause);

/* Record what one new article states: resolve its people, posts and
 * organizations, store its evidence, update the tenures it touches.
 * article_id is the 16-byte binary id; date is the article's date (may be
 * PDATE_NONE); extraction is tx_extract()'s object; text/len the article as
 * stored (for evidence snippets).  Runs inside the writer's transaction.
 * 0, or -1 with err set (the caller aborts the nested transaction). */
int registry_apply_article(MDB_txn *txn, const tx_lexicon *lx, const unsigned char article_id[16],
                           const pdate *date, json_t *extraction, const char *text, size_t len,
                           rpc_error *err);

/* Remove the evidence one article gave and recompute what it touched. */
int registry_forget_article(MDB_txn *txn, const unsigned char article_id[16], rpc_error *err);

/* Counts for the "stats" method: {"persons":N,"posts":N,"organizations":N,
 * "evidence":N,"tenures":N}. */
json_t *registry_stats(MDB_txn *txn);

#endif
