/*
 * registry_int.h — what the registry's own files share: the database
 * handles, the on-disk record layouts and the helpers that read and write
 * them.  Nothing outside daemon/registry*.c and the registry's method
 * handlers includes this; everyone else goes through registry.h.
 *
 * Layout (ids are 4-byte big-endian so cursor order is id order; day numbers
 * are stored biased by 2^31, big-endian, so cursor order is date order):
 *   persons            id -> display name NUL fold
 *   person_by_key      tx_key(name) -> id          DUPSORT (namesakes)
 *   person_by_fold     tx_fold(name) -> id         DUPSORT
 *   person_alias       id -> every key that resolves to it   DUPSORT
 *   orgs               id -> display name NUL fold
 *   org_by_key         canonical key -> id
 *   org_by_fold        fold -> id                  DUPSORT
 *   posts              id -> org id, single-holder flag, role NUL label NUL fold
 *   post_by_key        canonical key (and aliases) -> id
 *   post_by_fold       fold -> id                  DUPSORT
 *   post_by_org        org id -> post id           DUPSORT
 *   post_alias         id -> every key that resolves to it   DUPSORT
 *   evidence           article(16)·seq(2) -> reg_ev header + snippet
 *   evidence_by_person person -> post·day·article·seq        DUPSORT
 *   evidence_by_post   post -> day·person·article·seq        DUPSORT
 *   tenures            person·post -> tb_tenure
 *   tenures_by_post    post -> first-seen day·person·bounds summary  DUPSORT
 *   words              fold token -> kind·id·fold  DUPSORT (search, lookup:
 *                      the name's fold rides along, cut to REG_MAX_KEY bytes)
 *   corrections        seq -> JSON of one operator correction
 *   split_by_article   article(16)·tx_key(name) -> person id
 *   counters           name -> next id
 *   changes            seq(8) -> one tenure change (registry_changes.c)
 * Review (registry_review.c):
 *   merged             kind·id -> surviving id (an id a merge removed)
 *   distinct           person·person (lower id first) -> correction seq
 *   pinned             kind·id -> 1: an operator correction names it, so
 *                      forget keeps it even when no evidence is left
 *   decisions          seq -> JSON of one automatic resolution decision
 *   mentions           person name key -> number of stored articles naming it
 * Spellings (registry_spellings.c):
 *   spellings          person·name key -> the name shown under that spelling;
 *                      person alone -> the name an operator's merge kept
 *   spelled_in         person·name key -> article ids naming the person so
 *                      DUPSORT (16 bytes fixed)
 */
#ifndef TENURED_REGISTRY_INT_H
#define TENURED_REGISTRY_INT_H

#include <stddef.h>
#include <stdint.h>

#include "registry.h"
#include "store.h"
#include "tenure_bounds.h"

/* Kinds in the word index. */
#define REG_KIND_PERSON 'p'
#define REG_KIND_ORG 'o'
#define REG_KIND_POST 't'

/* LMDB keys may not exceed 511 bytes; longer name keys are cut here. */
#define REG_MAX_KEY 480
/* Evidence index values: 4 + 4 + 16 + 2 bytes. */
#define REG_EVIDX_LEN 26
/* Post index values of tenures (see reg_tenure_idx). */
#define REG_TIDX_LEN 40
/* Largest count an index value carries (four top bits are flags). */
#define REG_TIDX_COUNT_MAX 0x0fffffffu
/* Most holders read either side of a date by who/org: the answer's work is
 * bounded however many holders a (generic) post collects. */
#define REG_HOLDER_WINDOW 256
/* Most holders a one-holder post may have for succession to apply. */
#define REG_SUCCESSION_MAX 256
/* Bytes of article text kept either side of an evidence span. */
#define REG_SNIPPET_CONTEXT 120

struct reg_dbs {
    MDB_dbi persons, person_by_key, person_by_fold, person_alias;
    MDB_dbi orgs, org_by_key, org_by_fold;
    MDB_dbi posts, post_by_key, post_by_fold, post_by_org, post_alias;
    MDB_dbi evidence, evidence_by_person, evidence_by_post;
    MDB_dbi tenures, tenures_by_post, tokens; /* tokens: the "words" database */
    MDB_dbi corrections, split_by_article, counters;
    MDB_dbi changes; /* the change feed (registry_changes.c) */
    MDB_dbi merged, distinct, pinned, decisions, mentions; /* registry_review.c */
    MDB_dbi guessed;               /* articles dated by a guessed year (registry_feeds.c) */
    MDB_dbi spellings, spelled_in; /* registry_spellings.c */
};
extern struct reg_dbs reg_db;

/* Fixed part of an evidence record; the snippet bytes follow it. */
typedef struct reg_ev {
    uint32_t person, post;
    tb_obs obs;
    uint32_t span_start, span_end; /* the claim, bytes in the article */
    uint32_t snippet_at;           /* where the stored snippet starts in it */
} reg_ev;

/* A post record decoded (role and label point into the LMDB value). */
typedef struct reg_post {
    uint32_t org;
    unsigned char bits; /* as stored: REG_POST_* */
    int single_holder;
    int member; /* a seat in a body, kept beside an office (tx_role_kind) */
    int deputy; /* a deputy of the body's head */
    int level;  /* tx_admin_level of the label: 0 unknown .. 4 national */
    int body;   /* tx_body_kind of the label: 0, executive, assembly */
    const char *role;
    size_t role_len;
    const char *label;
    size_t label_len;
    const char *fold;
    size_t fold_len;
} reg_post;

/* The post record's flag byte: one holder at a time, member seat, deputy
 * seat, the administrative level in bits 3-5, the kind of local body in
 * bits 6-7.  Stores written before the last four have 0 there: unknown,
 * no rule relies on them. */
#define REG_POST_SINGLE 1u
#define REG_POST_MEMBER 2u
#define REG_POST_DEPUTY 4u
#define REG_POST_LEVEL_SHIFT 3
#define REG_POST_BODY_SHIFT 6

/* Big-endian encodings. */
void reg_put_u32(unsigned char *p, uint32_t v);
uint32_t reg_get_u32(const unsigned char *p);
void reg_put_day(unsigned char *p, int32_t day);
int32_t reg_get_day(const unsigned char *p);

/* Fill err from a failed mdb_* call and return -1 (MDB_MAP_FULL,
 * MDB_TXN_FULL and ENOSPC become STORE_FULL so the writer can grow and
 * retry). */
int reg_fail(tn_error *err, const char *call, int rc);

/* A record (what: "post record", ...) of id that does not decode:
 * err CORRUPT (when err is not NULL), -1. */
int reg_corrupt(tn_error *err, const char *what, uint32_t id, size_t size);

/* Get a record; 0 found, 1 not found, -1 on error (err set). */
int reg_get(MDB_txn *txn, MDB_dbi dbi, MDB_val *key, MDB_val *val, const char *what, tn_error *err);

/* Keys: a string as an LMDB key, cut to REG_MAX_KEY bytes. */
MDB_val reg_key_val(const char *s);

/* Name and diacritic-free fold of a person, organization or post (kind one
 * of REG_KIND_*), pointing into the LMDB page; 0 when found. */
int reg_name_fold(MDB_txn *txn, char kind, uint32_t id, const char **name, size_t *name_len,
                  const char **fold, size_t *fold_len);
/* Display names, new references; NULL when the id is unknown. */
json_t *reg_person_name(MDB_txn *txn, uint32_t id);
json_t *reg_org_name(MDB_txn *txn, uint32_t id);
/* Decode a post; 0, 1 not found, -1 error (CORRUPT when the record does
 * not decode). */
int reg_post_get(MDB_txn *txn, uint32_t id, reg_post *out, tn_error *err);
json_t *reg_post_label(MDB_txn *txn, uint32_t id);

/* One tenure; 0, 1 not found, -1 error (CORRUPT when the record has the
 * wrong size). */
int reg_tenure_get(MDB_txn *txn, uint32_t person, uint32_t post, tb_tenure *out, tn_error *err);

/* The post index value of a tenure, and the summary it carries back
 * (bounds, sightings as days, count; enough for certainty and ranking). */
void reg_tenure_idx(unsigned char v[REG_TIDX_LEN], uint32_t person, const tb_tenure *t);
void reg_tenure_idx_decode(const unsigned char v[REG_TIDX_LEN], uint32_t *person, tb_tenure *t);

/* Recompute a (person, post) tenure from its evidence, then the post's
 * succession.  Used by forget, merge and split. */
/* A cursor at the first evidence_by_person record of (person, post): 1 (cursor
 * open, *v the record), 0 none (no cursor), -1 error. */
int reg_pair_cursor(MDB_txn *txn, uint32_t person, uint32_t post, MDB_cursor **cur, MDB_val *v,
                    tn_error *err);
int reg_tenure_recompute(MDB_txn *txn, uint32_t person, uint32_t post, tn_error *err);
int reg_post_succession(MDB_txn *txn, uint32_t post, tn_error *err);

/* Next id of a counter ("person", "post", "org", "correction"). */
int reg_counter_next(MDB_txn *txn, const char *name, uint32_t *out, tn_error *err);
/* A named counter's value (dflt when never set) and setting it: 0 or -1. */
int reg_counter_get(MDB_txn *txn, const char *name, uint32_t dflt, uint32_t *out, tn_error *err);
int reg_counter_set(MDB_txn *txn, const char *name, uint32_t value, tn_error *err);
/* Today's day number (UTC). */
int32_t reg_today(void);
/* The years the bulk of a source's feed covers (rule 10; registry_feeds.c,
 * registry_feed_count counts them): 1 with *lo and *hi, 0 with fewer than
 * REG_FEED_MIN dated articles in that feed, -1 on error. */
#define REG_FEED_FIRST 1900
#define REG_FEED_YEARS 200
#define REG_FEED_MIN 30
#define REG_FEED_KEY 32
int reg_feed_years(MDB_txn *txn, const char *source, size_t source_len, int *lo, int *hi,
                   tn_error *err);
/* Every feed's dated articles and period, for stats (registry_feeds.c). */
json_t *reg_feeds_json(MDB_txn *txn);
/* Shelve (shelve 1) or give back (0) the dates an article's evidence took
 * from its guessed year (docs/REGISTRY.md, "Dates"), then recompute the
 * tenures and successions it touches.  registry.c; 0 or -1. */
int reg_article_redate(MDB_txn *txn, const unsigned char article_id[16], int shelve, tn_error *err);

/* Create a person with a display name; indexes its key, fold and tokens. */
int reg_person_create(MDB_txn *txn, const char *name, uint32_t *out, tn_error *err);
/* Index the words of a name under kind·id·fold. */
int reg_tokens_add(MDB_txn *txn, const char *name, char kind, uint32_t id, tn_error *err);
int reg_tokens_del(MDB_txn *txn, const char *name, char kind, uint32_t id, tn_error *err);

/* Move one evidence record (article·seq) to another person and/or post,
 * keeping both indexes in step. */
int reg_evidence_move(MDB_txn *txn, const unsigned char key[18], uint32_t person, uint32_t post,
                      tn_error *err);

/* Date helpers for JSON: "YYYY[-MM[-DD]]" of a span or null; a bound day or
 * null when open. */
json_t *reg_span_json(const tb_span *s);
json_t *reg_day_json(int32_t day);
json_t *reg_bounds_json(int32_t after, int32_t before);

/* One candidate of a free-text lookup. */
typedef struct reg_match {
    uint32_t id;
    int score;     /* 100 id or exact key, 90 fold, below: token matches */
    size_t weight; /* evidence behind it, to rank namesakes and near matches */
} reg_match;

/* The change feed (registry_changes.c): record that the tenure (person,
 * post) went from old (NULL: it did not exist) to now (NULL: removed);
 * nothing when no bound moved.  Inside the writer's transaction. */
enum { REG_CHANGE_NEW, REG_CHANGE_ENDED, REG_CHANGE_BOUNDS, REG_CHANGE_REMOVED };
int reg_change_note(MDB_txn *txn, uint32_t person, uint32_t post, const tb_tenure *old,
                    const tb_tenure *now, tn_error *err);

/* Per-entity derived records (registry_summary.c): a post's holders without
 * a date, a person's tenures, as the read path's walks build them, kept in
 * memory until the writer touches the entity.  reg_summary_read gives a
 * malloc'd copy of the record (count items of item_size bytes, and extra),
 * running build on a miss; build gives a malloc'd array the same way. */
enum {
    REG_SUM_HOLDERS = 1,   /* a post's holders (stamp: a tenure of the post changed) */
    REG_SUM_TENURES = 2,   /* a person's tenures (stamp: a tenure of the person changed) */
    REG_SUM_WORDS = 3,     /* a word's list (stamp: an entry under the word changed) */
    REG_SUM_ORG_POSTS = 4, /* stamp only: an organization's post list changed */
    REG_SUM_POST = 5       /* stamp only: a post's record changed (its organization) */
};
typedef int (*reg_summary_build)(MDB_txn *txn, uint32_t id, void **items, size_t *count,
                                 size_t *extra, tn_error *err);
int reg_summary_read(MDB_txn *txn, int kind, uint32_t id, size_t item_size, reg_summary_build build,
                     void **items, size_t *count, size_t *extra, tn_error *err);
/* Inside the writer's transaction: the tenure (person, post) changed. */
void reg_summary_touch(MDB_txn *txn, uint32_t person, uint32_t post);
/* The values under one word of the words index, in index order, shared
 * (release it after the scan): 1 with *out set, 0 when the caller walks
 * LMDB itself (a write transaction, records off, count 0 or over
 * REG_SUM_WORD_ENTRIES), -1 on error.  count is the list's mdb_cursor_count. */
#define REG_SUM_WORD_ENTRIES 4096
/* One block (registry_summary.c builds, patches and frees it; the scans
 * read it through the inline accessors below, a call each per entry
 * before). */
typedef struct reg_word_list {
    uint32_t refs; /* under registry_summary.c's lock */
    uint32_t n;
    uint64_t built;
    size_t bytes; /* the whole block */
    size_t wl;
    const char *word;          /* inside the block */
    const unsigned char *data; /* inside the block */
    const uint64_t *starts;    /* inside the block: n word starts (reg_fold_marks) */
    const uint64_t *firsts;    /* inside the block: n words' first bytes (reg_fold_marks) */
    uint32_t off[];            /* n + 1 offsets into data */
} reg_word_list;
int reg_summary_words(MDB_txn *txn, const char *word, size_t wl, size_t count,
                      const reg_word_list **out, tn_error *err);
static inline size_t reg_word_list_count(const reg_word_list *l)
{
    return l->n;
}
static inline MDB_val reg_word_list_value(const reg_word_list *l, size_t i)
{
    MDB_val v = {l->off[i + 1] - l->off[i], (void *)(l->data + l->off[i])};
    return v;
}
/* The value's word starts (reg_fold_marks of its fold), or all bits set. */
static inline uint64_t reg_word_list_starts(const reg_word_list *l, size_t i)
{
    return l->starts[i];
}
/* The value's words' first bytes (reg_fold_marks), or all bits set. */
static inline uint64_t reg_word_list_firsts(const reg_word_list *l, size_t i)
{
    return l->firsts[i];
}
void reg_word_list_release(const reg_word_list *l);

/* A byte of a word: isalnum() in the C locale the daemon runs in (as
 * reg_tokenize), without the locale table lookup. */
static inline int reg_word_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The bit of a word start's first two bytes (b 0 at the fold's end). */
static inline uint64_t reg_starts_bit(unsigned char a, unsigned char b)
{
    return 1ull << ((((uint32_t)a << 8 | b) * 2654435761u) >> 26);
}

/* The bit of a word's first byte. */
static inline uint64_t reg_first_bit(unsigned char a)
{
    return 1ull << (a & 63);
}

/* A fold's words (runs of word bytes) as two sets of bits, in one pass:
 * *starts the bit of each word's first two bytes (reg_starts_bit, the
 * second 0 at the fold's end), *firsts the bit of each word's first byte.
 * A query word of two or more bytes that begins a word of the fold
 * (search's test) has its bit in *starts; a query word a near match pairs
 * with a word (equal to it, or the initials of words from there) has its
 * first byte's in *firsts.  A missing bit rules the fold out unread.
 * (registry_summary.c) */
void reg_fold_marks(const char *f, size_t len, uint64_t *starts, uint64_t *firsts);
/* Inside the writer's transaction, before the write: the entry val under
 * word is put or deleted (stamped, and logged for patching kept lists). */
void reg_summary_touch_word(MDB_txn *txn, const void *word, size_t wl, const MDB_val *val);
/* Answer texts (registry_summary.c): the members an answer's writer wrote
 * for one entity, kept with the stamps of what it was written from. */
enum { REG_TEXT_WHO = 1, REG_TEXT_PERSON = 2, REG_TEXT_ORG = 3 };
typedef struct reg_text_deps {
    uint64_t *ix; /* kind << 32 | id */
    size_t n, cap;
    int full; /* too many to keep: the text is not kept */
} reg_text_deps;
/* The text depends on entity (kind: a REG_SUM_* stamp, id). */
void reg_text_dep(reg_text_deps *d, int kind, uint32_t id);
void reg_text_deps_free(reg_text_deps *d);
struct jw;
/* 1 when a valid text of (kind, id) was written into w (whose innermost
 * object has no member yet), 0 when there is none (records off, a write
 * transaction, never kept, or stale). */
int reg_summary_text_get(MDB_txn *txn, int kind, uint32_t id, struct jw *w);
/* Keep text as (kind, id)'s (when it fits and no dependency was touched
 * after txn's snapshot); frees the dependencies. */
void reg_summary_text_put(MDB_txn *txn, int kind, uint32_t id, const char *text, size_t len,
                          reg_text_deps *d);
/* The post id of a key of the lexicon kept for txn's snapshot (per
 * thread): 1 with *id, 0 when the key names no post, -1 when not kept (a
 * write transaction, records off, or not asked at this snapshot yet). */
int reg_summary_key_get(MDB_txn *txn, const char *key, uint32_t *id);
/* Keep what post_by_key gave for key at txn's snapshot (found: 1 or 0). */
void reg_summary_key_put(MDB_txn *txn, const char *key, int found, uint32_t id);
/* Inside the writer's transaction: an organization's post list, a post's
 * record (its organization) changed. */
void reg_summary_touch_org(MDB_txn *txn, uint32_t org);
void reg_summary_touch_post(MDB_txn *txn, uint32_t post);
/* Every record and stamp dropped (registry_open: a store (re)opened). */
void reg_summary_reset(void);
/* Records off (0: neither read nor stored, the kept ones stay) or on (1,
 * the default): tests compare both. */
void reg_summary_enable(int on);
struct reg_summary_stats {
    uint64_t hits, misses, stored;
    uint64_t patched; /* stale word lists brought forward from the change log */
    size_t bytes;
};
void reg_summary_stats_get(struct reg_summary_stats *out);

/* Resolve free text to persons, posts or organizations (kind is one of the
 * REG_KIND_*), best first; "#N" names an id.  Returns the number of matches
 * (at most max), or -1 with err set. */
int reg_lookup(MDB_txn *txn, const tx_lexicon *lx, char kind, const char *text, reg_match *out,
               size_t max, tn_error *err);
/* reg_lookup for callers that only take the order: a lone match's weight
 * is not read (left 0; with one match there is nothing to rank). */
int reg_lookup_ranked(MDB_txn *txn, const tx_lexicon *lx, char kind, const char *text,
                      reg_match *out, size_t max, tn_error *err);

/* Number of duplicates under a 4-byte id key of a DUPSORT database. */
size_t reg_dup_count(MDB_txn *txn, MDB_dbi dbi, uint32_t id);

/* Split a folded string into ASCII alphanumeric tokens; returns the count
 * (at most max), each token NUL-terminated inside buf (a copy of fold). */
size_t reg_tokenize(char *buf, char **tok, size_t max);

/* The fold a word index value carries; loads the record when the value's
 * copy was cut.  0, or 1 when the value or the record is unusable. */
int reg_word_fold(MDB_txn *txn, const MDB_val *v, char *kind, uint32_t *id, const char **fold,
                  size_t *fold_len);

/* ---- review (registry_review.c) ---- */

/* The surviving id of an id a merge removed (following later merges);
 * 0 when the id was never merged away.  kind is REG_KIND_PERSON or _POST. */
uint32_t reg_merged_into(MDB_txn *txn, char kind, uint32_t id);
/* Remember that a merge removed `from` in favour of `into`. */
int reg_merged_put(MDB_txn *txn, char kind, uint32_t from, uint32_t into, tn_error *err);
/* Mark an entity as named by an operator correction (forget keeps it);
 * whether it is. */
int reg_pin(MDB_txn *txn, char kind, uint32_t id, tn_error *err);
int reg_pinned(MDB_txn *txn, char kind, uint32_t id);
/* Whether the operator said two persons are not the same (1), 0, -1. */
int reg_distinct_get(MDB_txn *txn, uint32_t a, uint32_t b, tn_error *err);
/* Log one automatic resolution decision (JSON object, reference stolen). */
int reg_decision_log(MDB_txn *txn, json_t *entry, tn_error *err);
/* Whether two names are spelling variants of one: one syllable apart by
 * its tone mark, or by i/y ("Phạm Sỹ Quý", "Phạm Sĩ Quý"). */
int reg_name_variant(const char *name_a, const char *name_b);
/* How a known person relates to the posts a new claim of its name gives:
 * 2 holds one of them, 1 shares an organization or a place, 0 nothing
 * known either way, -1 levels that do not meet (the claim is another
 * person's).  *why gets a static phrase for the decision log. */
int reg_namesake_relation(MDB_txn *txn, const tx_lexicon *lx, uint32_t cand, const uint32_t *posts,
                          size_t nposts, const char **why);
/* The i/y variants of a fold, one syllable-final letter changed. */
size_t reg_fold_variants(const char *fold, char **out, size_t max);
/* Mentions: how many stored articles name a person's key (stores created
 * since counting began; older ones never drop a person for lack of them).
 * reg_mentions_open marks a new store as counted; reg_mention_count adds
 * delta to a name's count. */
int reg_mentions_open(MDB_txn *txn, char **cause);
int reg_mention_count(MDB_txn *txn, const char *name, int delta, tn_error *err);
/* reg_drop_if_unsupported, optionally keeping a person some stored article
 * still mentions (honour_mentions). */
int reg_drop_entity(MDB_txn *txn, char kind, uint32_t id, int honour_mentions, tn_error *err);
/* ---- spellings (registry_spellings.c) ----
 * The name shown for a person is the spelling most articles name it by
 * (docs/REGISTRY.md, "Namesakes and variants").  Stores created before
 * the counts were kept (no marker) keep the older rule; every function
 * below is then a no-op.  reg_spellings_open marks a new store. */
int reg_spellings_open(MDB_txn *txn, char **cause);
int reg_spellings_counted(MDB_txn *txn);
/* Article aid names person as `name` (key: tx_key of it): counted once. */
int reg_spelling_add(MDB_txn *txn, uint32_t person, const char *name, const char *key,
                     const unsigned char aid[16], tn_error *err);
/* Article aid is forgotten: it no longer counts for person's spellings. */
int reg_spellings_forget(MDB_txn *txn, uint32_t person, const unsigned char aid[16], tn_error *err);
/* Carry from's spellings to into: all of them (aid NULL, a merge) or
 * article aid's (a split), kept under from too when keep. */
int reg_spellings_move(MDB_txn *txn, uint32_t from, uint32_t into, const unsigned char *aid,
                       int keep, tn_error *err);
/* The name person shows now is the operator's (a merge kept it). */
int reg_spellings_keep_name(MDB_txn *txn, uint32_t person, tn_error *err);
/* Remove every spelling record of a person (the person is deleted). */
int reg_spellings_drop(MDB_txn *txn, uint32_t person, tn_error *err);
/* Show the person under its most used spelling among those the
 * registry's own rules join to the name shown (ties: reg_name_preferred);
 * a name an operator's merge kept stays.  0 or -1. */
int reg_person_respell(MDB_txn *txn, uint32_t person, tn_error *err);
/* registry.c: whether spelling a is preferred to b (more letters marked,
 * fewer words in capitals, byte order); a first-met name with words in
 * capitals throughout made readable (malloc'd); rename a person (word
 * index, record, answer texts). */
int reg_name_preferred(const char *a, const char *b, size_t bl);
char *reg_name_decaps(const char *name);
int reg_person_rename(MDB_txn *txn, uint32_t person, const char *name, tn_error *err);
/* Delete a person, post or organization no evidence supports any more
 * (nor a post, for an organization), unless pinned: 1 deleted, 0 kept. */
int reg_drop_if_unsupported(MDB_txn *txn, char kind, uint32_t id, tn_error *err);

/* ---- dependencies (registry_deps.c) ----
 * Every LMDB read and write of the registry's files, and the store's
 * article read, goes through these: a reader recording (registry_deps_begin)
 * notes what it read, a writer what it changed, so that the reply cache
 * keeps a reply across commits that changed nothing it read.  A scan from
 * MDB_SET_RANGE (or on from a key) must stop at the first key outside the
 * first REG_DEP_PREFIX bytes of where it started (or of its start, when
 * shorter); one that reads on is not kept across commits. */
#define REG_DEP_PREFIX 4
int reg_dep_get(MDB_txn *txn, MDB_dbi dbi, MDB_val *key, MDB_val *data);
int reg_dep_cursor_open(MDB_txn *txn, MDB_dbi dbi, MDB_cursor **cur);
int reg_dep_cursor_get(MDB_cursor *cur, MDB_val *key, MDB_val *data, MDB_cursor_op op);
int reg_dep_cursor_count(MDB_cursor *cur, size_t *count);
int reg_dep_stat(MDB_txn *txn, MDB_dbi dbi, MDB_stat *st);
int reg_dep_put(MDB_txn *txn, MDB_dbi dbi, MDB_val *key, MDB_val *data, unsigned int flags);
int reg_dep_del(MDB_txn *txn, MDB_dbi dbi, MDB_val *key, MDB_val *data);
int reg_dep_cursor_put(MDB_cursor *cur, MDB_val *key, MDB_val *data, unsigned int flags);
int reg_dep_cursor_del(MDB_cursor *cur, unsigned int flags);
int reg_dep_drop(MDB_txn *txn, MDB_dbi dbi, int del);
int reg_dep_article_get(MDB_txn *txn, const unsigned char id[16], struct store_article *a,
                        tn_error *err);
/* A reader served a kept record of registry_summary.c (kind REG_SUM_*, id):
 * it depends on the record's stamp; the writer touched that stamp. */
void reg_dep_note_sum(MDB_txn *txn, int kind, uint32_t id);
void reg_dep_changed_sum(MDB_txn *txn, int kind, uint32_t id);
/* A reader was given what a key of dbi holds without reading it (kept). */
void reg_dep_note_key(MDB_txn *txn, MDB_dbi dbi, const void *key, size_t len);
/* The writer put or forgot an article (store.c's record of it). */
void reg_dep_article_changed(MDB_txn *txn, const unsigned char id[16]);

#ifndef REG_DEPS_NO_WRAP
/* (variadic: an argument may be a compound literal with commas) */
#define mdb_get(...) reg_dep_get(__VA_ARGS__)
#define mdb_cursor_open(...) reg_dep_cursor_open(__VA_ARGS__)
#define mdb_cursor_get(...) reg_dep_cursor_get(__VA_ARGS__)
#define mdb_cursor_count(...) reg_dep_cursor_count(__VA_ARGS__)
#define mdb_stat(...) reg_dep_stat(__VA_ARGS__)
#define mdb_put(...) reg_dep_put(__VA_ARGS__)
#define mdb_del(...) reg_dep_del(__VA_ARGS__)
#define mdb_cursor_put(...) reg_dep_cursor_put(__VA_ARGS__)
#define mdb_cursor_del(...) reg_dep_cursor_del(__VA_ARGS__)
#define mdb_drop(...) reg_dep_drop(__VA_ARGS__)
#define store_article_get(...) reg_dep_article_get(__VA_ARGS__)
#endif

#endif
