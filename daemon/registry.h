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
#include <stdint.h>
#include <lmdb.h>

#include "error.h"
#include "tenure/extract.h"
#include "tenure/pdate.h"

/* Open (creating if needed) the registry's named databases inside the
 * start-up write transaction, rebuilding an older store's word index once.
 * -1 with *cause (malloc'd) on failure. */
int registry_open(MDB_txn *txn, char **cause);

/* Record what one new article states: resolve its people, posts and
 * organizations, store its evidence, update the tenures it touches.
 * article_id is the 16-byte binary id; date is the article's date (may be
 * PDATE_NONE); extraction is the extractor's typed result; text/len the article as
 * stored (for evidence snippets).  Runs inside the writer's transaction.
 * 0, or -1 with err set (the caller aborts the nested transaction). */
int registry_apply_article(MDB_txn *txn, const tx_lexicon *lx, const unsigned char article_id[16],
                           const pdate *date, const tx_result *extraction, const char *text,
                           size_t len, tn_error *err);

/* Remove the evidence one article gave and recompute what it touched. */
int registry_forget_article(MDB_txn *txn, const unsigned char article_id[16], tn_error *err);
/* Count a stored article of a source (any string; NULL none) and date in
 * (delta +1, at ingest, after registry_apply_article) or out (-1, at
 * delete, before registry_forget_article) of its feed's years, which place
 * undated evidence in time (docs/REGISTRY.md, rule 10); plain: the date was
 * read from the text (neither the caller's nor a page stamp); guessed: its
 * year was guessed, and a guessed year after the feed's period is read as
 * no date (docs/REGISTRY.md, "Dates"), whatever order the feed came in. */
int registry_feed_count(MDB_txn *txn, const char *source, size_t source_len,
                        const unsigned char article_id[16], const pdate *date, int plain,
                        int guessed, int delta, tn_error *err);

/* ---- queries (read transaction; results are new references, NULL with err
 * set on failure: NOT_FOUND when nothing matches) ---- */

/* Holders of a post given as free text (casing, missing diacritics and
 * abbreviations resolved), at a partial date ("YYYY[-MM[-DD]]") or NULL for
 * all of them, at most limit (0: 50).  lx may be NULL (then only stored
 * spellings and initialisms resolve). */
json_t *registry_who(MDB_txn *txn, const tx_lexicon *lx, const char *position, const char *at,
                     int limit, tn_error *err);
/* The same; with why, each holder carries "why": the reason for its
 * certainty, what bounds its tenure, and the evidence article by article
 * (docs/PROTOCOL.md). */
json_t *registry_who_why(MDB_txn *txn, const tx_lexicon *lx, const char *position, const char *at,
                         int limit, int why, tn_error *err);
/* Every post a person held, oldest first. */
json_t *registry_person(MDB_txn *txn, const char *name, tn_error *err);
/* The posts of an organization and their holders (at a date or all), at
 * most limit holders per post (0: 10). */
json_t *registry_org(MDB_txn *txn, const tx_lexicon *lx, const char *name, const char *at,
                     int limit, tn_error *err);
/* who, person, org and search written straight as JSON text (daemon/json_writer.h)
 * without a tree: the members of the answer's object, which the caller has
 * opened and closes (the functions above are these, parsed back).  0, or
 * -1 with err set (what the writer holds is then unusable). */
struct jw;
int registry_who_write(MDB_txn *txn, const tx_lexicon *lx, const char *position, const char *at,
                       int limit, int why, struct jw *out, tn_error *err);
int registry_person_write(MDB_txn *txn, const char *name, struct jw *out, tn_error *err);
int registry_org_write(MDB_txn *txn, const tx_lexicon *lx, const char *name, const char *at,
                       int limit, struct jw *out, tn_error *err);
int registry_search_write(MDB_txn *txn, const char *text, int limit, struct jw *out, tn_error *err);
/* People, posts and organizations matching text, ranked. */
json_t *registry_search(MDB_txn *txn, const char *text, int limit, tn_error *err);
/* A person's posts with the date of every piece of evidence (for drawing). */
json_t *registry_timeline(MDB_txn *txn, const char *name, tn_error *err);
/* The articles and snippets behind a person's claims (optionally one post). */
json_t *registry_evidence(MDB_txn *txn, const tx_lexicon *lx, const char *person,
                          const char *position, int limit, tn_error *err);
/* One page of an export: format "popolo", "quickstatements", "ftm" or
 * "csv"; after is the previous page's "next" (NULL for the first page);
 * as_of the day statuses are decided at (NULL: today); the vocabulary
 * tables are read from lexicon_dir. */
json_t *registry_export(MDB_txn *txn, const char *lexicon_dir, const char *format,
                        const char *after, int limit, const char *as_of, tn_error *err);

/* Most queries in one reconcile batch. */
#define REGISTRY_RECONCILE_MAX 1000
/* Score candidates for a batch of reconciliation queries (OpenRefine's
 * Reconciliation Service API v0.2 query batch: {"q0":{"query":...,"type":
 * ...,"limit":N,"properties":[{"pid":"post","v":...},{"pid":"date","v":
 * ...}]}}); the answer is the v0.2 result batch (registry_reconcile.c). */
json_t *registry_reconcile(MDB_txn *txn, const tx_lexicon *lx, json_t *queries, tn_error *err);

/* The change feed after cursor since (0: from the start), at most limit
 * (0: 100) records in commit order: {"changes": [...], "next": cursor for
 * the next call, "latest": the newest sequence}.  registry_changes.c. */
json_t *registry_changes(MDB_txn *txn, long long since, int limit, tn_error *err);

/* ---- operator corrections (write transaction; remembered: later articles
 * resolve through them) ---- */

/* Merge two persons ("person") or two posts ("post") into the second. */
json_t *registry_merge(MDB_txn *txn, const tx_lexicon *lx, const char *kind, const char *from,
                       const char *into, tn_error *err);
/* Move a person's evidence from the given articles (hex ids) and/or posts
 * to a new person of the same name. */
json_t *registry_split(MDB_txn *txn, const tx_lexicon *lx, const char *person, json_t *articles,
                       json_t *positions, tn_error *err);

/* ---- review (registry_review.c) ---- */

/* Record that two persons are not the same (never proposed by
 * registry_duplicates nor joined automatically again). */
json_t *registry_distinct(MDB_txn *txn, const char *a, const char *b, tn_error *err);
/* Candidate pairs of persons that may be one, with what they share, best
 * first (limit 0: 20). */
json_t *registry_duplicates(MDB_txn *txn, int limit, tn_error *err);
/* Contradictions between tenures (of one post, or all), with their
 * evidence (limit 0: 20); and their number alone, -1 on error. */
json_t *registry_conflicts(MDB_txn *txn, const tx_lexicon *lx, const char *post, int limit,
                           tn_error *err);
long registry_conflicts_count(MDB_txn *txn);
/* When text is "#N" and a merge removed N, add "merged_from" and a "note"
 * to a reply (kind "person" or "post"). */
void registry_merged_note(MDB_txn *txn, const char *kind, const char *text, json_t *res);

/* Forget what an article's mentions of people supported (call before
 * registry_forget_article, with the article's extraction object): persons
 * no stored article names any more and no evidence supports go. */
int registry_forget_mentions(MDB_txn *txn, json_t *extraction, tn_error *err);

/* Counts for the "stats" method: {"persons":N,"posts":N,"organizations":N,
 * "evidence":N,"tenures":N}. */
json_t *registry_stats(MDB_txn *txn);

/* registry_link.c: Wikidata items of persons and posts. */
int registry_link_open(MDB_txn *txn, char **cause);
/* "link": set, or with item NULL remove, the item of a person or post. */
json_t *registry_link(MDB_txn *txn, const char *kind, json_int_t id, const char *item,
                      tn_error *err);
/* Whether s is an item id ("Q42"). */
int registry_link_valid(const char *s);
/* The item linked to a person ('p') or post ('t') in the store; 1 found. */
int registry_link_get(MDB_txn *txn, char kind, uint32_t id, char out[16]);
int registry_link_merge(MDB_txn *txn, char kind, uint32_t from, uint32_t into, char dropped[16],
                        tn_error *err);
/* conf/lexicon/wikidata_posts.tsv, the operator's post items. */
struct registry_link_table;
struct registry_link_table *registry_link_table_load(const char *dir, tn_error *err);
void registry_link_table_free(struct registry_link_table *t);
/* A post's item: its store link, else the table's row for its label. */
int registry_link_post(MDB_txn *txn, const struct registry_link_table *t, uint32_t post,
                       char out[16]);

/* Dependencies of a read, for the reply cache (registry_deps.c): between
 * begin and end, this thread's reads in one read transaction are noted.
 * end gives them (valid until the next begin on the thread) and 1, or 0
 * when they cannot be told (then the reply is good only until the next
 * commit). */
void registry_deps_begin(void);
int registry_deps_end(MDB_txn *txn, const uint64_t **deps, size_t *n);
/* Free this thread's recorder. */
void registry_deps_forget(void);
/* The writer, after a commit that changed the store: queue what it changed
 * (with the transaction's id) for the loop. */
void registry_deps_publish(void);
/* Every dependency counts as changed (a store reopened). */
void registry_deps_flush(void);
/* The loop, before it begins a read: fn for each queued commit's changes,
 * oldest first; 1 when everything counts as changed instead (fn not
 * called: drop every reply kept by its dependencies). */
int registry_deps_drain(void (*fn)(void *ctx, const uint64_t *h, size_t n, uint64_t txnid),
                        void *ctx);

#endif
