/*
 * store.h — the LMDB environment and the article records.
 *
 * Owns opening/closing the environment in the data directory, the schema
 * version in the "meta" database, map growth on MDB_MAP_FULL, and the
 * "articles" database (16-byte id = first 16 bytes of SHA-256 of the
 * normalized text -> record).  The registry's databases live in
 * daemon/registry.c; both take the caller's MDB_txn.  Does not begin or end
 * request transactions (rpc.c for reads, writer.c for writes).
 */
#ifndef TENURED_STORE_H
#define TENURED_STORE_H

#include <jansson.h>
#include <lmdb.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "tenure/pdate.h"

/* Schema of the databases this build writes; a store with another version
 * is refused at start. */
#define STORE_SCHEMA_VERSION 1

/* {"article": "<hex id>", "date": "..."|null, "date_source": "...",
 *  "source": "..."|null, "title": "..."|null, "bytes": N, "ingested": "ISO time"}
 * for a stored article, or NULL when there is none.  New reference. */
json_t *store_article_summary(MDB_txn *txn, const unsigned char article_id[16]);

/* Hex form of an article id into out (33 bytes). */
void store_article_id_hex(const unsigned char id[16], char out[33]);
/* Parse a 32-hex-digit id; -1 when malformed. */
int store_article_id_parse(const char *hex, unsigned char id[16]);
/* Shortest id prefix store_article_id_prefix accepts (the 12 digits the
 * registry's why lists print). */
#define STORE_ARTICLE_PREFIX_MIN 8
/* Resolve an id given whole or as a prefix of STORE_ARTICLE_PREFIX_MIN to
 * 31 hex digits: 1 with id set when exactly one stored article has it (a
 * whole id is taken as given, stored or not), 0 when none has, 2 when
 * several have, -1 when malformed (err unset) or on a store error (err
 * set). */
int store_article_id_prefix(MDB_txn *txn, const char *hex, unsigned char id[16], tn_error *err);

/* Fill err from a failed mdb_* call, naming it — the one LMDB error
 * mapping (the registry's reg_fail calls it): MDB_MAP_FULL, MDB_TXN_FULL,
 * ENOSPC and EIO on a full disk become TENURE_E_STORE_FULL (the writer grows
 * the map and retries), any other code TENURE_E_STORE_ERROR. */
void store_mdb_error(tn_error *err, const char *call, int rc);
/* The same failure as a start-up cause: "CALL failed, error N text",
 * malloc'd, the call named printf-style ("mdb_dbi_open(%s)"). */
char *store_mdb_cause(int rc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --- environment (store.c) --- */

/* Extra databases to open in the start-up write transaction (the
 * registry's); may be NULL.  -1 with *cause (malloc'd) on failure. */
typedef int (*store_open_fn)(MDB_txn *txn, char **cause);

/* Open or create the environment in dir (which must exist), open the named
 * databases, write or check the schema version.  0, or -1 with *cause. */
int store_open(const char *dir, uint64_t map_size, uint64_t map_size_max, store_open_fn more,
               char **cause);
/* Close the environment (all transactions must be over). */
void store_close(void);
MDB_env *store_env(void);

/* Double the map (up to map_size_max).  Only the writer thread calls it,
 * with no write transaction open; it waits for in-flight reads (see
 * store_read_lock).  0, or -1 with *cause when it cannot grow. */
int store_grow(char **cause);
/* Current map size and the bytes in use (last page), for stats. */
uint64_t store_map_size(void);
uint64_t store_used_bytes(void);
/* Size of the data file on disk (0 when unknown). */
uint64_t store_file_bytes(void);

/* Read transactions on the event loop hold this shared lock so that a map
 * resize (exclusive) never happens under them. */
void store_read_lock(void);
void store_read_unlock(void);

/* --- articles --- */

/* Where an article's date came from: the caller, the text (a date read or
 * guessed), or the page's publication stamp or header (records written
 * before STAMP say TEXT). */
enum store_date_source { STORE_DATE_NONE = 0, STORE_DATE_GIVEN, STORE_DATE_TEXT, STORE_DATE_STAMP };

struct store_article {
    unsigned char id[16];
    pdate date;
    enum store_date_source date_source;
    int64_t ingested; /* Unix seconds */
    const char *source;
    size_t source_len;
    const char *title;
    size_t title_len;
    const char *text;
    size_t text_len;
    const char *extraction; /* compact JSON of tx_extract()'s object */
    size_t extraction_len;
};

/* NFC + white space (incl. NBSP, zero-width space, BOM) collapsed to one
 * space and trimmed.  malloc'd (length in *outlen), NULL on invalid UTF-8. */
char *store_normalize_text(const char *text, size_t len, size_t *outlen);
/* Id of an article: first 16 bytes of SHA-256 of the normalized text.
 * -1 on invalid UTF-8. */
int store_article_id(const char *text, size_t len, unsigned char id[16]);
/* SHA-256 of len bytes (exposed for the unit test). */
void store_sha256(const void *data, size_t len, unsigned char out[32]);

/* 1 when stored, 0 when not, -1 with err on a store error. */
int store_article_exists(MDB_txn *txn, const unsigned char id[16], tn_error *err);
/* Whether an article is stored, in a read transaction of its own (any
 * thread; workers use it to skip extracting a duplicate).  1, 0, or -1 on
 * a store error. */
int store_article_known(const unsigned char id[16]);
/* Write the record.  0, or -1 with err. */
int store_article_put(MDB_txn *txn, const struct store_article *a, tn_error *err);
/* Read a record; the pointers in *a point into the map and are valid until
 * txn ends.  1 found, 0 absent, -1 with err. */
int store_article_get(MDB_txn *txn, const unsigned char id[16], struct store_article *a,
                      tn_error *err);
/* 0 when the record's text still hashes to its id; -1 with err CORRUPT
 * otherwise (LMDB has no page checksums: this is the only line of defence
 * against a changed byte being served). */
int store_article_check(const struct store_article *a, tn_error *err);
/* Call fn for every record in id order: id (NULL when the key is not 16
 * bytes) and the decoded record (NULL when malformed); fn returns nonzero
 * to stop.  0, or -1 with err on a store error. */
typedef int (*store_walk_fn)(void *arg, const unsigned char *id, const struct store_article *a);
int store_article_walk(MDB_txn *txn, store_walk_fn fn, void *arg, tn_error *err);
/* Remove a record.  0, or -1 with err (NOT_FOUND when absent). */
int store_article_delete(MDB_txn *txn, const unsigned char id[16], tn_error *err);
/* Page of summaries in id order after `after` (NULL = from the start):
 * {"articles": [...], "next": "<id>"|null}.  NULL with err on failure. */
json_t *store_article_list(MDB_txn *txn, const unsigned char *after, size_t limit, tn_error *err);
/* Number of stored articles (0 on error). */
uint64_t store_article_count(MDB_txn *txn);

#endif
