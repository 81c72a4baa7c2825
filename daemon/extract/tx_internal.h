/*
 * tx_internal.h — private interface between the files of the extraction
 * library: the normalized working text (norm.c), the loaded lexicon and its
 * phrase tables (lexicon.c), the article date finder (date.c) and the
 * pattern engine (extract.c).  Nothing here is part of the contract in
 * include/tenure/extract.h.
 */
#ifndef TENURE_TX_INTERNAL_H
#define TENURE_TX_INTERNAL_H

#include "tenure/extract.h"
#include "tenure/pdate.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A normalized copy of the article: NFC, one tone-mark placement, odd white
 * space as ' '.  Offsets map back to the original through anchors: from
 * anchor a on (a.out <= pos, the last such), original = a.in + (pos - a.out);
 * before the first anchor the offsets are equal.  An anchor is added only
 * where the two texts change their relative shift (a 2-byte NBSP became one
 * space, a decomposed cluster was composed, a tone mark moved), so most
 * articles have none and the map costs nothing. */
typedef struct tx_anchor {
    uint32_t out, in;
} tx_anchor;

typedef struct tx_text {
    char *w;
    size_t len;
    size_t capw;    /* bytes allocated at w */
    size_t origlen; /* length of the original */
    tx_anchor *anc;
    size_t nanc, capanc;
} tx_text;

/* result.c: an empty result with room for the counts, and its arena */
tx_result *tx_result_new(size_t npeople, size_t norgs, size_t nroles);
char *tx_result_alloc(tx_result *r, size_t n);
int tx_result_str(tx_result *r, const char *s, size_t len, tx_str *out);

/* norm.c */
int norm_text(const char *s, size_t len, tx_text *out);
int norm_text_checked(const char *s, size_t len, tx_text *out, long *bad);
int norm_text_checked_in(const char *s, size_t len, tx_text *out, long *bad, char *buf,
                         size_t bufcap);
size_t norm_orig(const tx_text *t, size_t pos);
void norm_text_free(tx_text *t);
/* tx_key of the text t was made from (malloc'd). */
char *norm_key_of(const tx_text *t);
size_t norm_encode(uint32_t cp, char *out);
uint32_t norm_lower_other(uint32_t cp);
bool norm_is_upper_other(uint32_t cp);
bool norm_is_letter_other(uint32_t cp);

/* The library's one UTF-8 decoder: the code point at s[*i] (valid UTF-8
 * assumed: norm_text_checked and tx_utf8_invalid_offset validate) and
 * advance *i; a sequence cut by len decodes as U+FFFD.  Inline, with the
 * character classes below, because the tokenizer calls them for every
 * character of every article. */
static inline uint32_t norm_decode(const unsigned char *s, size_t len, size_t *i)
{
    size_t k = *i;
    unsigned char c = s[k];
    if (c < 0x80 || k + 1 >= len) {
        *i = k + 1;
        return c;
    }
    if (c < 0xE0) {
        *i = k + 2;
        return ((uint32_t)(c & 0x1F) << 6) | (s[k + 1] & 0x3F);
    }
    if (c < 0xF0) {
        if (k + 2 >= len) {
            *i = len;
            return 0xFFFD;
        }
        *i = k + 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[k + 1] & 0x3F) << 6) |
               (s[k + 2] & 0x3F);
    }
    if (k + 3 >= len) {
        *i = len;
        return 0xFFFD;
    }
    *i = k + 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[k + 1] & 0x3F) << 12) |
           ((uint32_t)(s[k + 2] & 0x3F) << 6) | (s[k + 3] & 0x3F);
}

/* A syllable's hash is FNV-1a over the three low bytes of each lower-cased
 * code point (norm_hash_syllable, and the tokenizer as it scans a word).
 * One step: the bytes that are 0 only multiply, so the three multiplies
 * fold into one by the prime's cube for a code point below U+0100 and into
 * two below U+10000 — the same value, a shorter chain of multiplies. */
#define NORM_HASH_INIT 1469598103934665603ULL
#define NORM_HASH_P 1099511628211ULL
static inline uint64_t norm_hash_step(uint64_t h, uint32_t cp)
{
    if (cp < 0x100)
        return (h ^ cp) * (NORM_HASH_P * NORM_HASH_P * NORM_HASH_P);
    h = (h ^ (cp & 0xFF)) * NORM_HASH_P;
    if (cp < 0x10000)
        return (h ^ (cp >> 8)) * (NORM_HASH_P * NORM_HASH_P);
    h = (h ^ ((cp >> 8) & 0xFF)) * NORM_HASH_P;
    return (h ^ ((cp >> 16) & 0xFF)) * NORM_HASH_P;
}

/* Hash of a syllable sequence, extended by one syllable. */
static inline uint64_t norm_hash_combine(uint64_t h, uint64_t syll)
{
    h ^= syll + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h ? h : 1;
}

/* Case of a Vietnamese letter outside ASCII, without a table lookup:
 * 1 upper, 0 lower, -1 not one of them (ask utf8proc).  Covers Latin-1,
 * ă đ ĩ ũ ơ ư and the Latin Extended Additional block (ạ … ỹ). */
static inline int norm_viet_case(uint32_t cp)
{
    if (cp >= 0x1EA0 && cp <= 0x1EFF)
        return !(cp & 1);
    if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7)
        return cp <= 0xDE;
    switch (cp) {
    case 0x102:
    case 0x110:
    case 0x128:
    case 0x168:
    case 0x1A0:
    case 0x1AF:
        return 1;
    case 0x103:
    case 0x111:
    case 0x129:
    case 0x169:
    case 0x1A1:
    case 0x1B0:
        return 0;
    default:
        return -1;
    }
}

/* Lower case of a code point (ASCII and Vietnamese fast paths). */
static inline uint32_t norm_lower(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    int c = norm_viet_case(cp);
    if (c == 0)
        return cp;
    if (c == 1)
        return cp < 0x100 ? cp + 0x20 : cp == 0x1AF ? 0x1B0 : cp + 1;
    return norm_lower_other(cp);
}

/* Whether cp is an upper-case letter. */
static inline bool norm_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    int c = norm_viet_case(cp);
    if (c >= 0)
        return c == 1;
    return norm_is_upper_other(cp);
}

/* Whether cp is a letter (or a combining mark, which belongs to one). */
static inline bool norm_is_letter(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    if (norm_viet_case(cp) >= 0)
        return true;
    return norm_is_letter_other(cp);
}
uint64_t norm_hash_syllable(const char *s, size_t len);
bool norm_syllable_ok(const char *s, size_t len);
bool norm_foreign_letter(uint32_t cp);
/* ASCII base letter of cp, lower case ('đ' → 'd', 'Ố' → 'o'), or 0 when it
 * has none.  The base of a text's first letter is its key's (tx_key: NFC,
 * tone marks and case change marks and case, never the letter). */
char norm_base(uint32_t cp);
size_t norm_glued_split(const char *s, size_t len);

/* Kinds of lexicon phrases (bit flags; one phrase may have several). */
enum {
    LX_SURNAME = 1u << 0,
    LX_HONORIFIC = 1u << 1,
    LX_ROLE = 1u << 2,           /* role head: Bí thư, Chủ tịch, Ủy viên … */
    LX_ROLE_ONE = 1u << 3,       /* the role has one holder at a time */
    LX_ORG = 1u << 4,            /* organization head: Ban, Bộ, Tỉnh ủy … */
    LX_PLACE = 1u << 5,          /* place prefix: tỉnh, thành phố, đường … */
    LX_LOOKALIKE = 1u << 6,      /* a place whose name looks like a person's */
    LX_STOP = 1u << 7,           /* a word that ends a title: phát biểu, cho biết … */
    LX_STATUS = 1u << 8,         /* status cue, see status field */
    LX_ORGWORD = 1u << 9,        /* lower-case word allowed inside a title */
    LX_NOTNAME = 1u << 10,       /* capitalised word that never starts a name */
    LX_RANK = 1u << 11,          /* rank or degree before a name: Trung tướng, GS.TS */
    LX_MONTH = 1u << 12,         /* Tháng Bảy … */
    LX_PREFIX = 1u << 13,        /* a proper prefix of a longer phrase */
    LX_LOWER = 1u << 14,         /* LX_PLACE: listed in lower case ("tỉnh", "trường") */
    LX_COUNTRY = 1u << 15,       /* a country (countries.tsv; also LX_LOOKALIKE) */
    LX_FOREIGN = 1u << 16,       /* a foreign family name (foreign_surnames.tsv; also LX_SURNAME) */
    LX_STATEHEAD = 1u << 17,     /* a post that bare names a state's leader (state_heads.tsv) */
    LX_BODY_LOCAL = 1u << 18,    /* bodies.tsv: a body in every province ("Sở") */
    LX_BODY_NATIONAL = 1u << 19, /* bodies.tsv: one in the country ("Quốc hội") */
    LX_MINISTERIAL = 1u << 20,   /* bodies.tsv: a role whose body is a Bộ */
    LX_FOREIGN_POST = 1u << 21,  /* foreign_posts.tsv: a post or body only other states have */
    LX_ROLE_MEMBER = 1u << 22,   /* roles.tsv "member": a seat in a body, held beside an office */
    LX_ROLE_DEPUTY = 1u << 23,   /* roles.tsv "deputy": a head's deputy ("Thứ trưởng") */
    LX_BODY_EXECUTIVE = 1u << 24, /* body_kinds.tsv: a people's committee */
    LX_BODY_ASSEMBLY = 1u << 25,  /* body_kinds.tsv: a Party committee, a people's council */
    LX_OWN_BODY = 1u << 26,       /* own_bodies.tsv: a body only Viet Nam has written bare */
    LX_VN_NAME = 1u << 27,        /* vn_names.tsv: a name part hardly found outside Viet Nam */
    LX_ROLE_BODY = 1u << 28,      /* roles.tsv "…+body": a post only with its unit written after
                                   * it ("Đội trưởng Đội 11", not a team's captain) */
    LX_RARE_SURNAME = 1u << 29,   /* rare_surnames.tsv: a family name that is more often a
                                   * given name or a place's first word ("Văn", "Yên"): it
                                   * opens only a name of three or four syllables */
    LX_COUNTER = 1u << 30,        /* counters.tsv: a word a number counts ("năm", "người"): a
                                   * number before it is no unit's number */
    LX_ROLE_AIDE = 1u << 31,      /* roles.tsv "…+aide": an aide's head ("Trợ lý", "Thư ký"):
                                   * right before another head it serves that head */
};

/* the result's statuses (extract.h), by their short names */
enum {
    ST_CURRENT = TX_CURRENT,
    ST_FORMER = TX_FORMER,
    ST_APPOINTED = TX_APPOINTED,
    ST_ENDED = TX_ENDED,
    ST_ACTING = TX_ACTING
};

typedef struct lx_entry {
    uint64_t hash; /* combined syllable hash, 0 = empty slot */
    uint32_t kinds;
    uint8_t nsyl;
    uint8_t status;  /* for LX_STATUS: enum tx_status; high bit: cue follows title */
    uint8_t cue_pos; /* LX_STATUS: 0 right before a post, 1 clause, 2 link, 3 after,
                      * 4 a sentence's past frame, 5 a sentence's background,
                      * 6 a clause of a later time ("trước khi"),
                      * 7 a time clause's conjunction ("khi ông A là …"),
                      * 8 a successor ("thay ông A"), 9 a verb of moving into
                      * a post ("về làm", "lên làm"): 0 for its subject only */
    uint8_t firm;    /* LX_ORG: listed in firm_heads.tsv ("Công ty", "Nhà máy") */
    /* LX_ORG: listed in named_heads.tsv, a body's head that needs a name of
     * its own after it ("Trung tâm", "Tập đoàn", "Thư viện") */
    uint8_t named;
    /* LX_LOOKALIKE: listed in intl_bodies.tsv, a body of many states named
     * like a place ("Liên Hợp Quốc", "Liên minh châu Âu") */
    uint8_t intl;
    /* listed in place_kinds.tsv: a place prefix that is the kind of the
     * place named after it ("phường", "trường") */
    uint8_t place_kind;
    /* LX_STATUS, where=transfer (a clause cue, cue_pos 1): the cue moves its
     * subject from post to post ("điều động", "chuyển công tác"): the post
     * it gives is taken and the mover's posts before it end (extract.c
     * ex_rule_transfer) */
    uint8_t transfer;
    /* LX_STATUS, where=object (a clause cue, cue_pos 1): the cue is written
     * with the honorific that opens its object ("giao ông"); its element
     * ends before the honorific (extract.c ex_cue_end) */
    uint8_t object;
    /* LX_STATUS, where=predecessor (an after cue, cue_pos 3): "tiền nhiệm":
     * "A, người tiền nhiệm của ông B ở cương vị X" — A held X, B holds it
     * (extract.c ex_rule_predecessor) */
    uint8_t predecessor;
} lx_entry;

/* term_numbers.tsv: a body elected for numbered terms ("Quốc hội khóa
 * XIV"), its words' syllable hashes, the number of its first listed term
 * and the days its terms opened (days since 1970, ascending): term first+i
 * opened on opened[i]. */
typedef struct lx_termcal {
    uint64_t syl[8];
    uint8_t nsyl;
    uint8_t nopen;
    int first;
    int32_t opened[16];
} lx_termcal;

typedef struct lx_pair {
    char *from;
    char *to;
    size_t flen; /* strlen(from) */
    bool joint;  /* from has '&', '-' or ',' (an abbreviation spanning words) */
} lx_pair;

/* A phrase of the lexicon by its fold, to put back the marks of a label
 * typed without them: fold "quan chung hai quan" -> "Quân chủng Hải quân";
 * text NULL when two phrases of different keys share the fold. */
typedef struct lx_mark {
    char *fold;
    char *text;
} lx_mark;

/* Bits of the lexicon's filter: one per hash value's bits 40..55, set for
 * every phrase of the table.  At 8 KiB it stays in the first-level cache,
 * where the table does not: a word that starts no phrase (four lookups in
 * ten) is ruled out without a probe of the table. */
#define LX_FILTER_BITS 65536

struct tx_lexicon {
    atomic_int refs;
    lx_entry *tab;
    size_t cap;
    uint64_t filter[LX_FILTER_BITS / 64];
    size_t count;   /* table slots in use, prefixes included */
    size_t entries; /* lexicon lines loaded */
    int maxsyl;
    lx_pair *abbr; /* abbreviations, case-sensitive, as written */
    size_t nabbr;
    /* abbr indexes grouped by first byte, file order within a group:
     * abbr_order[abbr_start[b] .. abbr_start[b + 1]) start with byte b */
    uint32_t *abbr_order;
    uint32_t abbr_start[257];
    lx_pair *alias; /* keyed by tx_key of the alias */
    size_t nalias;
    lx_pair *level; /* levels.tsv: tx_key of a word -> level name */
    size_t nlevel;
    lx_pair *ownstate; /* own_state.tsv: tx_key of a qualifier (expanded) */
    size_t nownstate;
    lx_pair *parent; /* parents.tsv: tx_key of a body (expanded) -> its parent */
    size_t nparent;
    lx_pair *bodyalias; /* body_aliases.tsv: tx_key of a body's other name
                         * (expanded) -> tx_key of its canonical name */
    size_t nbodyalias;
    /* bodyalias indexes grouped by first byte, file order within a group
     * (as abbr_order) */
    uint32_t *bodyalias_order;
    uint32_t bodyalias_start[257];
    /* short_bodies.tsv: a ministry or department written by the first
     * words of its name -> its full name, both as canonical keys ("bộ
     * giáo dục" -> "bộ giáo dục đào tạo") */
    lx_pair *shortbody;
    size_t nshortbody;
    size_t shortbody_longest;  /* the longest full name (strlen of a to) */
    uint32_t *shortbody_order; /* by first byte, as abbr_order */
    uint32_t shortbody_start[257];
    /* central_cities.tsv: tx_key of a city governed by the centre, whose
     * "thành phố X" is the province-level body */
    lx_pair *city;
    size_t ncity;
    /* implied_seats.tsv: a post whose holder sits in a body by statute ->
     * that seat, both as canonical keys ("tổng bí thư" -> "ủy viên bộ
     * chính trị"); read as written, keyed once every file is loaded */
    lx_pair *implied;
    size_t nimplied;
    /* terms.tsv: a seat of a body elected for a term (canonical key) ->
     * the days its terms were renewed, as written ("2016-01-28 2021-02-01") */
    lx_pair *terms;
    size_t nterms;
    /* role_terms.tsv: a role head (its phrase hash and syllables) -> the
     * days its holder's usual term lasts */
    struct lx_role_term {
        uint64_t hash;
        int nsyl;
        int32_t days;
    } * roleterms;
    size_t nroleterms;
    /* term_numbers.tsv: the calendars of numbered terms */
    lx_termcal *termcal;
    size_t ntermcal;
    /* relations.tsv: kinship words ("chồng", "em trai"), each the phrase
     * hash of its syllables and their count: "A, chồng bà B, làm giám
     * đốc" — the post is A's, B only names whose husband A is */
    uint64_t *rel;
    uint8_t *relsyl;
    size_t nrel;
    /* dependents.tsv: a person who works for another ("người phát ngôn",
     * "trợ lý", "đặc phái viên"), the same way: "người phát ngôn của Tổng
     * thống Nga Dmitry Peskov" — the name is the spokesman's */
    uint64_t *dep;
    uint8_t *depsyl;
    size_t ndep;
    /* cue_words.tsv: words that end with a status cue's syllable but are
     * words of their own ("chính quyền": government, not "quyền" acting),
     * kept the same way: "chính quyền Tổng thống A" gives A no acting post */
    uint64_t *cueword;
    uint8_t *cuewordsyl;
    size_t ncueword;
    /* the lexicon's phrases by fold, sorted by fold (tx_restore_marks);
     * marks_words: the most words of one */
    lx_mark *marks;
    size_t nmarks, marks_cap, marks_words;
    /* roles' spellings sorted by fold, and bodies' heads as written
     * (tx_case_disagreements) */
    lx_mark *case_roles;
    size_t ncase_roles, case_role_words;
    char **case_heads;
    size_t ncase_heads;
    /* grammar words the engine tests by hash: các, những, và, kiêm, của;
     * "việt" (of "Việt Nam") */
    uint64_t h_cac, h_nhung, h_va, h_kiem, h_cua, h_viet;
    /* prefixes of a role head that never continue a body: phó, quyền, nguyên */
    uint64_t h_pho, h_quyen, h_nguyen;
    /* street words (đường, phố, lộ, nút, ngã, vòng), "như", and the
     * honorifics bà / ông that may open a clause after a name */
    uint64_t h_duong, h_phos, h_lo, h_nut, h_nga, h_vong, h_nhu, h_ba, h_ong;
    /* middle names that mark a Vietnamese name: thị, văn */
    uint64_t h_thi, h_van;
    /* words of the canonical key's rules: bộ, tỉnh, thành (of "thành phố") */
    uint64_t h_bo, h_tinh, h_thanh;
    /* this load among all of the process (tx_lexicon_serial): 1, 2, ... */
    uint64_t serial;
};

/* lexicon.c */
size_t lexicon_word_end(const char *w, size_t len, size_t i);
uint64_t lexicon_phrase_hash(const char *s, size_t len, int *nsyl);
int lexicon_term_number(const char *s, size_t n);
/* Whether s[0..n) is an abbreviation of abbreviations.tsv as written (one
 * word, the case as listed). */
bool lexicon_is_abbr(const tx_lexicon *lx, const char *s, size_t n);

/* Look a syllable sequence up; NULL when absent.  Inline: the extractor
 * asks once or twice for every word of the text. */
static inline size_t lexicon_filter_bit(uint64_t hash)
{
    return (size_t)(hash >> 40) & (LX_FILTER_BITS - 1);
}

static inline const lx_entry *lexicon_find(const tx_lexicon *lx, uint64_t hash, int nsyl)
{
    /* (an empty table sets no filter bit: the filter answers for it) */
    if (!lx)
        return NULL;
    size_t b = lexicon_filter_bit(hash);
    if (!(lx->filter[b / 64] >> (b % 64) & 1))
        return NULL;
    size_t m = lx->cap - 1;
    for (size_t k = (size_t)hash & m;; k = (k + 1) & m) {
        const lx_entry *e = &lx->tab[k];
        if (!e->hash)
            return NULL;
        if (e->hash == hash && e->nsyl == nsyl)
            return e;
    }
}

/* date.c */
/* The article date, within bound (a caller's partial date, or NULL): 0 with
 * *out set, -1 none.  *stamped (may be NULL): the text's publication stamp
 * or header dated it (its year, or the stamp itself), not a guess. */
int date_find(const tx_text *t, const pdate *bound, pdate *out, bool *stamped, bool *guessed);
/* date_find, and with no bound date_latest_year's answer in *latest (-1:
 * not worked out, ask date_latest_year): one scan for both. */
int date_find_latest(const tx_text *t, const pdate *bound, pdate *out, bool *stamped, bool *guessed,
                     int *latest);
/* The latest year the text writes as past or present, 0 when none (date.c). */
int date_latest_year(const tx_text *t);

#endif
