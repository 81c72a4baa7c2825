/*
 * extract.h — the extraction library: article text in, claims out.
 *
 * Pure: no I/O except reading the lexicon directory in tx_lexicon_load(), no
 * LMDB, no globals that change after load.  A loaded lexicon is immutable and
 * may be shared by any number of threads; the daemon swaps in a new one on
 * SIGHUP by reference counting.  Everything here is safe to call from worker
 * threads concurrently.
 *
 * The extractor's result is a typed struct (tx_result, below):
 * tx_extract_result() returns it, and the daemon's ingest hands it to the
 * registry as it is.  tx_extract() returns the same result as a Jansson
 * object (tx_result_json), whose shape is a contract relied on by outside
 * scorers and stored with each article (docs/EXTRACTION.md):
 *   {"date": "YYYY-MM-DD"|"YYYY-MM"|"YYYY"|null,
 *    "date_source": "given"|"stamp"|"text"|"guess"|"none",
 *    "people": [{"name": "...", "mentions": N}],
 *    "organizations": [{"name": "...", "mentions": N}],
 *    "roles": [{"person": "...", "position": "...", "role": "...",
 *               "organization": "..."|null,
 *               "status": "current"|"former"|"appointed"|"ended"|"acting",
 *               "span": [start, end],          byte offsets in the text as sent
 *               "single_holder": true|false,   the post has one holder at a time
 *               "from": "...", "to": "...",    optional, career timelines only
 *               "foreign": true,               optional: another state's post;
 *                                              organization = that state or null
 *               "when": "YYYY[-MM[-DD]]",      optional: the claim's own time
 *               "completed": true}]}           optional: a generic local post
 *                                              completed with the article's place
 */
#ifndef TENURE_EXTRACT_H
#define TENURE_EXTRACT_H

#include "tenure/pdate.h"

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct tx_lexicon tx_lexicon;

/* Load every lexicon file of a directory (conf/lexicon).  On error returns
 * NULL and sets *errmsg (malloc'd, "file:line: reason"); the caller frees. */
tx_lexicon *tx_lexicon_load(const char *dir, char **errmsg);
/* Reference counting, so a reload can replace a lexicon still in use. */
tx_lexicon *tx_lexicon_ref(tx_lexicon *lx);
void tx_lexicon_unref(tx_lexicon *lx);
/* Number of entries loaded, for logs and stats. */
size_t tx_lexicon_size(const tx_lexicon *lx);
/* Which load this lexicon is, unique in the process (1, 2, ...; 0 for
 * NULL): what was derived from one lexicon is never taken for another's,
 * even at a reused address. */
uint64_t tx_lexicon_serial(const tx_lexicon *lx);

/* Byte offset of the first invalid UTF-8 sequence, or -1 when valid. */
long tx_utf8_invalid_offset(const char *s, size_t len);

typedef struct tx_error {
    int code;    /* 0 none; TENURE_E_BAD_TEXT for invalid/empty text */
    long offset; /* byte offset of the problem, -1 if none */
    char message[160];
} tx_error;

/* Extract from len bytes of text (need not be NUL-terminated).  given_date,
 * when not NULL, is the client's "YYYY[-MM[-DD]]" and wins over the text.
 * Returns a new reference, or NULL with *err filled (invalid UTF-8 with its
 * offset, empty text, bad given_date). */
json_t *tx_extract(const tx_lexicon *lx, const char *text, size_t len, const char *given_date,
                   tx_error *err);

/* The typed result.  Strings are a pointer and a length (the bytes are
 * NUL-terminated too); a NULL pointer is the contract's null.  Every
 * string lives in the result and dies with tx_result_free(). */
typedef struct tx_str {
    const char *s;
    size_t len;
} tx_str;

/* How the article's date was found: the contract's "date_source". */
enum tx_date_source { TX_DATE_NONE = 0, TX_DATE_GIVEN, TX_DATE_STAMP, TX_DATE_TEXT, TX_DATE_GUESS };
/* A claim's status, in the order of the registry's (tenure_bounds.h). */
enum tx_status { TX_CURRENT = 0, TX_FORMER, TX_APPOINTED, TX_ENDED, TX_ACTING, TX_STATUS_COUNT };

typedef struct tx_named { /* a person or an organization */
    tx_str name;
    long mentions;
} tx_named;

typedef struct tx_role {
    tx_str person, position, role, organization; /* organization.s NULL: null */
    uint8_t status;                              /* enum tx_status */
    bool single_holder;
    bool foreign;                /* "foreign": true when set */
    bool completed;              /* "completed": true when set */
    tx_str written;              /* "written": the post as the text writes it, when position
                                  * writes out a body's initials the article defines
                                  * ("Tổng giám đốc BSR"); s NULL: absent */
    bool has_when;               /* "when" present: the claim's own time */
    bool has_from;               /* "from" present (and "to" when to.prec is not PDATE_NONE) */
    size_t span_start, span_end; /* byte offsets in the text as sent */
    pdate when, from, to;
} tx_role;

typedef struct tx_result {
    pdate date;          /* PDATE_NONE (null) exactly when date_source is TX_DATE_NONE */
    uint8_t date_source; /* enum tx_date_source */
    tx_named *people;
    size_t npeople;
    tx_named *organizations;
    size_t norganizations;
    tx_role *roles;
    size_t nroles;
    struct tx_arena *arena; /* the strings (private) */
} tx_result;

/* tx_extract() as the typed result; free with tx_result_free().  NULL with
 * *err filled, as tx_extract(). */
tx_result *tx_extract_result(const tx_lexicon *lx, const char *text, size_t len,
                             const char *given_date, tx_error *err);
void tx_result_free(tx_result *r);
/* The contract's JSON object of a result (a new reference). */
json_t *tx_result_json(const tx_result *r);
/* A contract object read back into a result (a stored extraction, a test's
 * hand-written one): members missing or of another type read as the
 * contract's absent values (null strings, "current", no date).  NULL only
 * when o is not an object. */
tx_result *tx_result_from_json(const json_t *o);
/* Wire names: "current"…"acting"; "none", "given", "stamp", "text", "guess". */
const char *tx_status_name(unsigned status);
const char *tx_date_source_name(unsigned source);

/* Normalized keys, malloc'd, caller frees.  NULL only on invalid UTF-8.
 * tx_key: NFC, one tone-mark placement, NBSP/ZWSP/BOM as space, white space
 *         collapsed, case-folded.  "Trưởng Ban" and "trưởng ban" share a key.
 * tx_fold: tx_key without diacritics (đ→d): "pham minh chinh". */
char *tx_key(const char *s);
char *tx_fold(const char *s);
/* tx_fold of a text whose tx_key is key: tx_fold(s) == tx_fold_key(tx_key(s)),
 * without normalizing s again. */
char *tx_fold_key(const char *key);

/* Canonical key of a post or organization label: abbreviations expanded
 * (conf/lexicon/abbreviations.tsv), aliases applied (conf/lexicon/aliases.tsv),
 * then tx_key.  "Trưởng Ban Tổ chức TƯ" and "trưởng ban tổ chức trung ương"
 * share one.  Malloc'd, caller frees. */
char *tx_canonical_key(const tx_lexicon *lx, const char *label);
/* A label typed without diacritics, with the marks of the lexicon's phrases
 * put back: fold (a tx_fold) "tu lenh quan chung hai quan" gives "Tư lệnh
 * Quân chủng Hải quân", the longest phrase first, a word no phrase spells
 * (or two phrases spell differently) kept as it is.  1 and *out (malloc'd)
 * when a phrase was restored, 0 when none was, -1 when memory runs out. */
int tx_restore_marks(const tx_lexicon *lx, const char *fold, char **out);
/* Words of the role that opens label (len bytes) written otherwise than
 * conf/lexicon/roles.tsv writes them, its first word aside ("Bí Thư Trung
 * ương": 1, "Bí thư Trung ương": 0; a word opening a body's head as
 * org_heads.tsv writes it is the body's: "Trưởng Ban Tổ chức": 0); -1 when
 * memory runs out. */
int tx_case_disagreements(const tx_lexicon *lx, const char *label, size_t len);
/* The i-th seat a post implies by statute (conf/lexicon/implied_seats.tsv:
 * the holder of "Tổng Bí thư" sits in the Politburo): both as canonical
 * keys, 1; 0 past the last. */
int tx_implied_seat(const tx_lexicon *lx, size_t i, const char **post_key, const char **seat_key);
/* The i-th seat of a body elected for a term (conf/lexicon/terms.tsv: the
 * Politburo's member seat, renewed by each Party congress): its canonical
 * key and the days its terms were renewed, "YYYY-MM-DD" one space apart,
 * ascending; 1, or 0 past the last. */
int tx_term_seat(const tx_lexicon *lx, size_t i, const char **seat_key, const char **renewals);
/* The days a holder of a role head usually serves
 * (conf/lexicon/role_terms.tsv: an ambassador's three years), 0 when the
 * lexicon says nothing of the role. */
int tx_role_term_days(const tx_lexicon *lx, const char *role, size_t len);
/* tx_canonical_key, and when canonical is not NULL the label's
 * tx_canonical_label in *canonical, when text_key is not NULL its tx_key in
 * *text_key (each malloc'd, NULL on invalid UTF-8): one normalization for a
 * caller that needs them all. */
char *tx_canonical_key_label(const tx_lexicon *lx, const char *label, char **canonical,
                             char **text_key);
/* The same label with abbreviations expanded and aliases applied, keeping the
 * text's casing where it can (for display).  Malloc'd. */
char *tx_canonical_label(const tx_lexicon *lx, const char *label);

/* Whether a position names one office rather than a generic title: a
 * position with an organization is one office unless the organization is
 * only a local body's head ("Tỉnh ủy", "UBND tỉnh", "Sở Y tế") or a bare
 * head ("Bộ", "Tập đoàn"); without an organization only when aliases.tsv
 * lists it ("Thủ tướng") or a national word is in it ("Phó Chủ tịch Quốc
 * hội").  Vocabulary from conf/lexicon/bodies.tsv.  1 yes, 0 no. */
int tx_post_specific(const tx_lexicon *lx, const char *position, const char *org);

/* Administrative level of a post or organization label, from
 * conf/lexicon/levels.tsv: 0 unknown, 1 commune, 2 district, 3 province,
 * 4 national — the most local level word the label contains.  With place,
 * *place gets the fold of the words after that word (a commune, district
 * or province name: "Chủ tịch UBND huyện Ba Vì" → 2, "ba vi"), malloc'd,
 * or NULL.  lx NULL or without levels.tsv: 0. */
int tx_admin_level(const tx_lexicon *lx, const char *label, char **place);

/* Whether a role word ("Trưởng", "Chủ tịch", "Ủy viên") has one holder at a
 * time, per conf/lexicon/roles.tsv.  Unknown roles: many. */
int tx_role_single_holder(const tx_lexicon *lx, const char *role);

/* What kind of seat a role is, per conf/lexicon/roles.tsv: TX_ROLE_ONE (one
 * holder at a time), TX_ROLE_MEMBER (a seat in a body that its holders
 * keep beside their office: "Ủy viên Trung ương Đảng", "Đại biểu Quốc
 * hội"), TX_ROLE_DEPUTY (a deputy of the body's head: any "Phó ...",
 * "Thứ trưởng"), or'd; 0 for an unknown role or lx NULL. */
enum { TX_ROLE_ONE = 1, TX_ROLE_MEMBER = 2, TX_ROLE_DEPUTY = 4 };
int tx_role_kind(const tx_lexicon *lx, const char *role);

/* The kind of local body a post or organization label names, per
 * conf/lexicon/body_kinds.tsv: TX_BODY_EXECUTIVE (a people's committee,
 * "UBND tỉnh X"), TX_BODY_ASSEMBLY (a Party committee or a people's
 * council: "Tỉnh ủy X", "HĐND tỉnh X"), or 0 — the first such body in the
 * label.  One person never heads one of each at once. */
enum { TX_BODY_EXECUTIVE = 1, TX_BODY_ASSEMBLY = 2 };
int tx_body_kind(const tx_lexicon *lx, const char *label);

#endif
