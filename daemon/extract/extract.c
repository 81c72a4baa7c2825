/*
 * extract.c — the pattern engine behind tx_extract(): people, their posts,
 * organisations and the status of each post, read out of Vietnamese news.
 *
 * One pass tokenizes the normalized text (norm.c) into words and marks;
 * a second pass turns tokens into elements — a post ("title"), a person's
 * name, separators (',' ';' ':' '-' "và" "kiêm"), status cues, and "other"
 * — using the phrase tables of the lexicon (lexicon.c) keyed by syllable
 * hashes.  The grammar then ties posts to people on the element sequence:
 *   prefix chains      "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng
 *                       Ban Tổ chức Trung ương Phạm Minh Chính"
 *   postfix chains     "đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường
 *                       trực Ban Bí thư dự …", "A - Ủy viên …", "A (Chủ tịch …)"
 *   list headers       "các Ủy viên Trung ương Đảng: A, title; B, title"
 *   plural titles      "các Phó Thủ tướng A, B và C"
 *   bylines            a name alone on its line, then a line of titles
 *   status cues        "nguyên", "quyền", "tân", "giữ chức", "thôi giữ chức",
 *                       "bổ nhiệm … giữ chức", "được bầu làm" …
 * Short references ("ông Chính") resolve to a full name of the article.
 * Everything is linear in the text: lookups are bounded by the longest
 * lexicon phrase, walks over elements are bounded by sentence marks, and the
 * per-article tables are hashes.  No I/O; the lexicon is only read.
 */
#include "tenure/protocol.h"
#include "tx_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { T_WORD = 0, T_PUNCT, T_NL };

/* How many elements a rule looks across at most (a list header's names, a
 * cued post's holder): real sentences need a few dozen; the bound keeps
 * pathological input linear. */
#define EX_REACH 256

typedef struct tok {
    uint32_t s, e;  /* byte range in the working text */
    uint64_t h;     /* syllable hash (words) */
    uint32_t kinds; /* the kinds of its phrases together: most asks of
                     * ex_phrase find none there without reading them */
    uint32_t mi;    /* its nm phrases: x->ph[mi .. mi + nm), shortest first */
    uint8_t type;
    uint8_t cap;     /* first letter upper case */
    uint8_t allcaps; /* two or more letters, all upper case */
    uint8_t digit;   /* starts with a digit */
    char p;          /* mark of a T_PUNCT: , ; : . ( ) - " & / and '*' others */
    int8_t name;     /* cached length of a name starting here, -1 unknown */
    uint8_t nm;      /* lexicon phrases starting here, shortest first */
    /* (rarely read: bits, so that a token stays 32 bytes, two a cache
     * line: every pass over the tokens reads half the memory it would at
     * 64) */
    uint8_t glued : 1;      /* split off the word before it (no space in the text) */
    uint8_t name_ok : 1;    /* a family name that is also a body word ("Đoàn") may
                             * start a name here: an honorific stands before it */
    uint8_t foreign : 2;    /* ex_tok_foreign, once asked: 0 not yet, 1 no, 2 yes */
    uint8_t paren_abbr : 1; /* in a body's own abbreviation in parentheses inside
                             * its name, left out of a post's text */
} tok;

_Static_assert(sizeof(tok) == 32, "a token is half a cache line");

/* A lexicon phrase starting at a token (tok.mi): the entry, its kinds (read
 * here, not in the table) and its length in tokens. */
typedef struct tok_phrase {
    const lx_entry *m;
    uint32_t kinds;
    uint32_t len;
} tok_phrase;

enum {
    E_TITLE,
    E_NAME,
    E_COMMA,
    E_SEMI,
    E_COLON,
    E_DASH,
    E_AND,
    E_KIEM,
    E_OPEN,
    E_CLOSE,
    E_BREAK,
    E_NL,
    E_OTHER,
    E_PLURAL,
    E_CUE,
    E_RANGE,
};

typedef struct el {
    uint8_t type;
    uint8_t status;    /* TITLE: from a cue right before it; CUE: its status */
    uint8_t where;     /* CUE: 1 clause, 2 link */
    uint8_t plural;    /* TITLE: after "các"/"những" */
    uint8_t alone;     /* NAME: alone on its line (byline) */
    uint8_t owned;     /* TITLE: given to a following name (prefix chain) */
    uint8_t one;       /* TITLE: single holder */
    uint8_t cued;      /* TITLE: a status cue stands right before it */
    uint32_t ts, te;   /* tokens, including a status prefix / honorific */
    uint32_t rs;       /* TITLE: first token of the role head */
    uint32_t re;       /* TITLE: end of the role head */
    uint32_t bs, be;   /* TITLE: a body borrowed from the next post ("Bí thư
                        * Đảng ủy, Giám đốc Công ty X": "Công ty X"), or 0 */
    uint32_t os;       /* TITLE: first token of the organisation when not re
                        * ("Phó Trưởng ban phụ trách Ban …"), else 0 */
    uint32_t xe;       /* TITLE: end including "của <body>" before a name */
    int32_t person;    /* NAME: index into the people table, -1 unresolved */
    uint64_t shortkey; /* NAME: hash of a short reference, 0 when full */
    uint8_t shortlen;  /* NAME: syllables of the short reference */
    uint8_t honored;   /* NAME: opens with a rank, a degree or "đồng chí" */
    uint8_t titled;    /* NAME: opens with any honorific ("ông", "bà" too) */
    uint8_t pronoun;   /* NAME: a bare "ông" / "bà" as a clause's subject
                        * (2: of a time clause, after "khi" …) */
    pdate from, to;    /* RANGE: the period; to.prec NONE means "nay" */
    uint8_t point;     /* RANGE: a single date ("Tháng 4/2000, …"): from only;
                        * 2 "as of" ("Tới tháng 10/2020, …") */
} el;

typedef struct person {
    uint32_t ts, te; /* tokens of the first full mention */
    uint64_t key;    /* hash of the name's syllables */
    uint64_t last;   /* hash of the given name (last syllable) */
    uint64_t last2;  /* hash of the last two syllables */
    int mentions;
} person;

typedef struct role {
    int32_t person;
    int32_t range;  /* RANGE element of a career timeline, -1 none */
    uint32_t title; /* element index */
    uint32_t s, e;  /* evidence, working-text bytes */
    uint8_t status;
    uint8_t dropped; /* a shorter form of another post of the same person */
} role;

typedef struct org {
    uint64_t key;
    uint32_t ts, te;
    int mentions;
} org;

/* Per-call state; nothing is shared between calls. */
typedef struct ex {
    const tx_lexicon *lx;
    const tx_text *t;
    tok *tok;
    size_t ntok, captok;
    tok_phrase *ph; /* the tokens' phrases (tok.mi) */
    size_t nph, capph;
    uint32_t *twin; /* lower-case words before a capital (ex_common_twins) */
    size_t ntwin, captwin;
    uint32_t *paren; /* '(' before a word in capitals (ex_article_initials) */
    size_t nparen, capparen;
    el *el;
    size_t nel, capel;
    person *pp;
    size_t npp, cappp;
    int32_t *ptab; /* open addressing: person index + 1 by key */
    size_t ptabcap;
    role *rl;
    size_t nrl, caprl;
    org *og;
    size_t nog, capog;
    int32_t *otab;
    size_t otabcap;
    bool oom;
    bool glue_next;         /* the last word was cut short by ex_glued */
    int ayear;              /* the article's year, 0 unknown */
    int mlatest;            /* the latest year of a "M/YYYY" date, -1 not counted */
    int tlatest;            /* date_latest_year of the text, -1 not worked out */
    int amonth, aday;       /* the article's month and day, 0 unknown */
    bool ayear_read;        /* the article's year is its own, not guessed */
    uint64_t h_ong, h_ba;   /* "ông", "bà": pronouns (ex_try_name) */
    uint64_t h_dong, h_chi; /* "đồng chí": a pronoun too (ex_try_name) */
    uint64_t h_ve;          /* "về": a steering committee's subject */
    bool pronouns;          /* a pronoun NAME element was added */
    /* names the article writes as streets ("đường Hoàng Minh Giám") */
    uint64_t streets[32];
    uint8_t nstreets;
    /* function words the article uses as a given name after an honorific
     * ("ông Được nói"): they may end a full name ("Hoàng Huy Được") */
    uint64_t given[8];
    uint8_t ngiven;
    size_t lastlow; /* 1 + index after the last lower-case word, 0 not yet known */
    /* days opening a sentence ("Ngày 1/9/2020, …"): they date its claims
     * (`when`) and nothing else — the dated-sentence rules read months and
     * years (E_RANGE) only */
    pdate day[16];
    uint32_t day_te[16]; /* the token after the day's comma */
    uint8_t nday;
    /* bodies the article names with their initials in parentheses right
     * after them ("Công ty cổ phần Lọc hóa dầu Bình Sơn (BSR)"): the body's
     * tokens [bs, be) and the initials' token ini; clash when the article
     * gives the same initials to two bodies (ex_define_initials) */
    struct ex_initials {
        uint32_t bs, be, ini;
        uint64_t h;
        uint8_t clash;
    } defs[8];
    uint8_t ndefs;
    tx_result *res; /* the output (ex_output) */
} ex;

/* ---- scratch kept per thread ------------------------------------------ */

/* The working text and the larger per-call arrays, kept between calls of
 * one thread: an article's allocations are then the small ones of its
 * result, and the allocator neither carves a large block per article nor
 * consolidates its free lists for one.  Nothing is read from them before
 * it is written (the arrays grow as ex_grow does); a buffer over
 * EX_SCRATCH_MAX bytes (a huge article) is freed instead of kept. */
#define EX_SCRATCH_MAX (1u << 20)

typedef struct ex_scratch {
    char *w;
    size_t capw;
    tok *tok;
    size_t captok;
    tok_phrase *ph;
    size_t capph;
    uint32_t *twin;
    size_t captwin;
    uint32_t *paren;
    size_t capparen;
    el *el;
    size_t capel;
    person *pp;
    size_t cappp;
    role *rl;
    size_t caprl;
    org *og;
    size_t capog;
} ex_scratch;

static pthread_key_t ex_scratch_key;
static pthread_once_t ex_scratch_once = PTHREAD_ONCE_INIT;
static bool ex_scratch_ready;
/* The key's value again, while it is in its slot: the key frees it when its
 * thread ends; a thread-local variable is what LeakSanitizer reads as a
 * root (it does not read the key's slots), so the main thread's scratch,
 * alive at exit, is not reported as lost. */
static _Thread_local ex_scratch *ex_scratch_slot;

static void ex_scratch_free(void *p)
{
    ex_scratch *s = p;
    if (!s)
        return;
    free(s->w);
    free(s->tok);
    free(s->ph);
    free(s->twin);
    free(s->paren);
    free(s->el);
    free(s->pp);
    free(s->rl);
    free(s->og);
    free(s);
}

static void ex_scratch_init(void)
{
    ex_scratch_ready = pthread_key_create(&ex_scratch_key, ex_scratch_free) == 0;
}

/* This thread's scratch, taken out of its slot (NULL: none yet, or no key). */
static ex_scratch *ex_scratch_take(void)
{
    if (pthread_once(&ex_scratch_once, ex_scratch_init) != 0 || !ex_scratch_ready)
        return NULL;
    ex_scratch *s = pthread_getspecific(ex_scratch_key);
    if (s && pthread_setspecific(ex_scratch_key, NULL) != 0)
        return NULL;
    ex_scratch_slot = NULL;
    return s;
}

/* Lend the kept arrays to x (ex_scratch_put takes them back). */
static void ex_scratch_lend(ex_scratch *s, ex *x)
{
    if (!s)
        return;
    x->tok = s->tok, x->captok = s->captok;
    x->ph = s->ph, x->capph = s->capph;
    x->twin = s->twin, x->captwin = s->captwin;
    x->paren = s->paren, x->capparen = s->capparen;
    x->el = s->el, x->capel = s->capel;
    x->pp = s->pp, x->cappp = s->cappp;
    x->rl = s->rl, x->caprl = s->caprl;
    x->og = s->og, x->capog = s->capog;
    s->tok = NULL, s->ph = NULL, s->twin = NULL, s->paren = NULL, s->el = NULL, s->pp = NULL,
    s->rl = NULL, s->og = NULL;
    s->captok = s->capph = s->captwin = s->capparen = s->capel = s->cappp = s->caprl = s->capog = 0;
}

/* Keep buf (cap items of size bytes) in *kept, or free it when too large. */
static void ex_scratch_keep(void **kept, size_t *keptcap, void *buf, size_t cap, size_t size)
{
    if (buf && cap <= EX_SCRATCH_MAX / size) {
        *kept = buf;
        *keptcap = cap;
    } else {
        free(buf);
        *kept = NULL;
        *keptcap = 0;
    }
}

/* Hand the working text's buffer and x's arrays back to this thread's slot
 * (s from ex_scratch_take, or NULL for a new one); what cannot be kept is
 * freed.  x and t no longer own them. */
static void ex_scratch_put(ex_scratch *s, ex *x, tx_text *t)
{
    if (!s && ex_scratch_ready)
        s = calloc(1, sizeof *s);
    if (!s) {
        norm_text_free(t);
        free(x->tok);
        free(x->ph);
        free(x->twin);
        free(x->paren);
        free(x->el);
        free(x->pp);
        free(x->rl);
        free(x->og);
    } else {
        ex_scratch_keep((void **)&s->w, &s->capw, t->w, t->capw, 1);
        t->w = NULL;
        norm_text_free(t);
        ex_scratch_keep((void **)&s->tok, &s->captok, x->tok, x->captok, sizeof *x->tok);
        ex_scratch_keep((void **)&s->ph, &s->capph, x->ph, x->capph, sizeof *x->ph);
        ex_scratch_keep((void **)&s->twin, &s->captwin, x->twin, x->captwin, sizeof *x->twin);
        ex_scratch_keep((void **)&s->paren, &s->capparen, x->paren, x->capparen, sizeof *x->paren);
        ex_scratch_keep((void **)&s->el, &s->capel, x->el, x->capel, sizeof *x->el);
        ex_scratch_keep((void **)&s->pp, &s->cappp, x->pp, x->cappp, sizeof *x->pp);
        ex_scratch_keep((void **)&s->rl, &s->caprl, x->rl, x->caprl, sizeof *x->rl);
        ex_scratch_keep((void **)&s->og, &s->capog, x->og, x->capog, sizeof *x->og);
        if (pthread_setspecific(ex_scratch_key, s) != 0)
            ex_scratch_free(s);
        else
            ex_scratch_slot = s;
    }
    x->tok = NULL, x->ph = NULL, x->twin = NULL, x->paren = NULL, x->el = NULL, x->pp = NULL,
    x->rl = NULL, x->og = NULL;
    x->captok = x->capph = x->captwin = x->capparen = x->capel = x->cappp = x->caprl = x->capog = 0;
}

/* Grow an array so that one more item fits; sets x->oom on failure. */
static bool ex_grow(ex *x, void **arr, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return true;
    size_t nc = *cap ? *cap * 2 : 64;
    void *na = realloc(*arr, nc * size);
    if (!na) {
        x->oom = true;
        return false;
    }
    *arr = na;
    *cap = nc;
    return true;
}

/* ---- tokens ---------------------------------------------------------- */

/* Map a mark code point to the token mark, or 0 when it is not one. */
static char ex_mark(uint32_t cp)
{
    switch (cp) {
    case ',':
    case ';':
    case ':':
    case '.':
    case '(':
    case ')':
    case '-':
    case '&':
    case '/':
    case '|':
        return (char)cp;
    case '!':
    case '?':
    case 0x2026: /* … */
        return '.';
    case '[':
    case '{':
        return '(';
    case ']':
    case '}':
        return ')';
    case 0x2013:
    case 0x2014: /* – — */
        return '-';
    case '"':
    case 0x201C:
    case 0x201D:
    case 0x2018:
    case 0x2019:
    case 0xAB:
    case 0xBB:
        return '"';
    default:
        return '*';
    }
}

/* Whether the word token is an abbreviation a '.' may follow inside a
 * sentence ("TP. Hồ Chí Minh", "Tp. Cần Thơ", "GS. Nguyễn …"): a rank, an
 * honorific or a place prefix of the lexicon.  A body's acronym ends its
 * sentence there ("… giữ chức vụ Phó vụ trưởng Vụ TCNH. Thay mặt …",
 * "… của UBND. Ông …"): the next sentence is not the post's. */
static bool ex_abbrev_dot(const ex *x, const tok *w)
{
    size_t n = w->e - w->s;
    if (w->type != T_WORD || w->digit || n > 4)
        return false;
    if (n == 2 && !memcmp(x->t->w + w->s, "Tp", 2))
        return true;
    if (!w->allcaps)
        return false;
    const lx_entry *e = lexicon_find(x->lx, norm_hash_combine(0, w->h), 1);
    return e && (e->kinds & (LX_RANK | LX_HONORIFIC | LX_PLACE));
}

/* Scan the word starting at p[i] in one pass: its end (the same rule as
 * lexicon_word_end, so lexicon phrases and text hash alike), its syllable
 * hash (as norm_hash_syllable), and its case flags into *k.  Returns the
 * end, or i when no word starts there. */
/* Whether the letters from p[j] to the next mark or space are a whole
 * Vietnamese word of five letters or more with a Vietnamese letter
 * ("người", "những"), the last part of the word: a dash written without
 * spaces, not the next syllable of a transcription. */
static bool ex_dash_word(const unsigned char *p, size_t len, size_t j)
{
    size_t e = j;
    int letters = 0;
    bool viet = false;
    while (e < len) {
        size_t q = e;
        uint32_t c = p[q] < 0x80 ? p[q++] : norm_decode(p, len, &q);
        if (!norm_is_letter(c))
            break;
        viet = viet || c >= 0x80;
        letters++;
        e = q;
    }
    if (letters < 5 || !viet || (e < len && p[e] == '-'))
        return false;
    return norm_syllable_ok((const char *)p + j, e - j);
}

#define EX_LONE_CAPITAL 0x5A17C0FFEE5EEDULL

/* Whether p[i] starts a letter of the Vietnamese alphabet — ASCII, the
 * two-byte letters of U+00C0..U+01BF ("ư", "ơ", "đ", "ă", "Á" …) or the
 * tone-marked vowels of U+1EA0..U+1EFF (E1 BA/BB xx, the lower case the odd
 * code point): 1 upper case, 0 lower case, with its lower case in *lower
 * and its length in *n; -1 for anything else (the general path's).  As
 * norm_decode, norm_is_letter, norm_is_upper and norm_lower would say. */
static inline __attribute__((always_inline)) int
ex_common_letter(const unsigned char *p, size_t len, size_t i, uint32_t *lower, size_t *n)
{
    unsigned char c = p[i];
    if ((unsigned)(c - 'a') < 26u) {
        *lower = c;
        *n = 1;
        return 0;
    }
    if ((unsigned)(c - 'A') < 26u) {
        *lower = c + 32u;
        *n = 1;
        return 1;
    }
    if (c >= 0xC3 && c <= 0xC6 && i + 1 < len) {
        uint32_t cp = ((uint32_t)(c & 0x1F) << 6) | (p[i + 1] & 0x3F);
        int up = norm_viet_case(cp);
        *lower = up == 1 ? norm_lower(cp) : cp;
        *n = 2;
        return up;
    }
    if (c == 0xE1 && i + 2 < len && (p[i + 1] == 0xBA || p[i + 1] == 0xBB)) {
        uint32_t cp = 0x1E00 | ((uint32_t)(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
        if (cp < 0x1EA0)
            return -1;
        *lower = cp | 1;
        *n = 3;
        return !(cp & 1);
    }
    return -1;
}

static inline __attribute__((always_inline)) size_t
ex_scan_word(const unsigned char *p, size_t len, size_t i, tok *k, bool *glue, size_t *dot)
{
    size_t start = i;
    bool prev_digit = false, viet = false;
    uint64_t h = NORM_HASH_INIT;
    int letters = 0, upper = 0;
    while (i < len) {
        /* the letters of Vietnamese (ex_common_letter) in a word of
         * letters, most of every word: what the general path below does
         * for each, without its tests */
        if (!prev_digit) {
            uint32_t lower;
            size_t n;
            int up;
            while (i < len && (up = ex_common_letter(p, len, i, &lower, &n)) >= 0) {
                if (i == start) {
                    k->digit = false;
                    k->cap = up;
                }
                letters++;
                upper += up;
                viet = viet || n > 1;
                h = norm_hash_step(h, lower);
                i += n;
            }
            if (i >= len)
                break;
        }
        /* (a space ends every word: the general path's last test) */
        if (p[i] == ' ')
            break;
        size_t j = i;
        uint32_t cp = p[j] < 0x80 ? p[j++] : norm_decode(p, len, &j);
        bool digit = cp >= '0' && cp <= '9';
        bool up = false;
        if (!digit && cp >= 0x80) {
            if (!norm_is_letter(cp))
                goto joiner;
            up = norm_is_upper(cp);
            letters++;
            viet = true;
        } else if (!digit) {
            if ((cp | 32) < 'a' || (cp | 32) > 'z')
                goto joiner;
            up = cp <= 'Z';
            letters++;
        }
        if (i > start && digit != prev_digit)
            break;
        if (i == start) {
            k->digit = digit;
            k->cap = up;
        }
        prev_digit = digit;
        upper += up;
        h = norm_hash_step(h, up ? norm_lower(cp) : cp);
        i = j;
        continue;
    joiner:
        /* '-' inside a foreign name transcribed syllable by syllable: a
         * capitalised word, then lower-case letters ("Jong-un", "Ki-moon",
         * "Xi-xu-lít", "Cam-pu-chia"); "Hà Nội-Hải Phòng", "kinh tế-xã
         * hội" stay apart */
        /* (not before a whole Vietnamese word of five letters or more,
         * a dash written without spaces: "Tổng Bí thư Trường Chinh-người
         * cộng sản …"; "Li-băng", "Mô-dăm-bích" stay one word) */
        if (cp == '-' && i > start && k->cap && !prev_digit && j < len) {
            size_t q = j;
            uint32_t nx = p[q] < 0x80 ? p[q++] : norm_decode(p, len, &q);
            if (norm_is_letter(nx) && !norm_is_upper(nx) && !ex_dash_word(p, len, j)) {
                h = norm_hash_step(h, cp);
                i = j;
                continue;
            }
        }
        /* '.' joining two letters, the second upper-case ("TP.HCM", "T.Ư");
         * '\'' before a lower-case letter ("K'ho", "Cư M'gar"), or before a
         * capital after a capitalised prefix of one or two letters ("Đắk
         * R'Lấp", "Ea H'Leo", "H'Hen Niê", "O'Reilly") */
        if ((cp == '.' || cp == '\'') && i > start && j < len) {
            size_t q = j;
            uint32_t nx = p[q] < 0x80 ? p[q++] : norm_decode(p, len, &q);
            bool join = norm_is_upper(nx) == (cp == '.');
            if (__builtin_expect(!join && cp == '\'', 0))
                join = k->cap && i - start <= 2 && !prev_digit;
            if (norm_is_letter(nx) && join) {
                if (cp == '.' && !*dot)
                    *dot = i;
                h = norm_hash_step(h, cp);
                i = j;
                continue;
            }
        }
        break;
    }
    /* one consonant alone in capitals is an initial ("H. R. McMaster"),
     * never the place prefix "Q", "P", "H", "X" that place_prefixes.tsv
     * lists for ex_place_dot ("Q.Tân Phú"): a hash no phrase has (a vowel
     * is a syllable: "Y tế") */
    if (upper == 1 && i == start + 1 && !memchr("AEIOUY", p[start], 6))
        h ^= EX_LONE_CAPITAL;
    k->h = h ? h : 1;
    bool allcaps = letters >= 2 && upper == letters;
    k->allcaps = allcaps;
    /* two syllables run together may hide in a capitalised word with a
     * Vietnamese letter: a second capital ("DũngThể") or two vowel groups
     * ("Trọngmong") */
    /* "trườngTHPT Nguyễn Khuyến", "tỉnhThừa Thiên": a lower-case word with
     * a capital inside is a word and the next one's start run together
     * (ex_glued splits at the capital) */
    *glue = viet && (k->cap ? !allcaps && i - start >= 6 : upper > 0);
    return i;
}

/* ex_scan_word again over a word cut shorter (ex_place_dot, ex_glued):
 * rare, so a call rather than more inlined copies in ex_tokenize. */
static __attribute__((noinline)) size_t
ex_scan_word_again(const unsigned char *p, size_t len, size_t i, tok *k, bool *glue, size_t *dot)
{
    return ex_scan_word(p, len, i, k, glue, dot);
}

/* Where the capitalised word p[s, e) is two words written without a space:
 * a lower-case letter then a capital with a Vietnamese letter on either
 * side ("DũngThể", not "McCain"), or two Vietnamese syllables
 * ("Trọngmong", norm_glued_split).  Returns the split byte, or s. */
static size_t ex_glued(const unsigned char *p, size_t s, size_t e)
{
    /* a byte pass first: vowel groups (a byte beyond ASCII that leads a
     * letter is a vowel, but đ/Đ, C4 90/91) and a capital after a
     * lower-case letter; most words are one syllable and stop here */
    bool in_vowel = false, prev_lower = false;
    int groups = 0;
    size_t camel = s;
    for (size_t i = s; i < e; i++) {
        unsigned char c = p[i];
        if ((c & 0xC0) == 0x80)
            continue;
        bool vowel, upper = false;
        if (c >= 0x80) {
            vowel = !(c == 0xC4 && i + 1 < e && (p[i + 1] == 0x90 || p[i + 1] == 0x91));
        } else {
            unsigned lc = c | 32u;
            upper = c >= 'A' && c <= 'Z';
            vowel = lc >= 'a' && lc <= 'z' && ((0x1104111u >> (lc - 'a')) & 1);
        }
        groups += vowel && !in_vowel;
        in_vowel = vowel;
        if (upper && prev_lower && camel == s)
            camel = i;
        prev_lower = !upper && c != '-' && c != '\''; /* ("R'Lấp": one word) */
    }
    if (camel > s)
        return camel;
    if (groups < 2)
        return s;
    size_t g = norm_glued_split((const char *)p + s, e - s);
    return g ? s + g : s;
}

/* Whether the capitalised word p[s, e) looks like a foreign name rather
 * than a Vietnamese syllable: a hyphenated transcription ("Jong-un",
 * "Xi-xu-lít"), a letter Vietnamese does not write (f, j, w, z), or plain
 * ASCII that is no Vietnamese syllable ("Donald", "Trump"; "Hun", "Sen"
 * are syllables and need another cue). */
static bool ex_foreign_shaped(const unsigned char *p, size_t s, size_t e)
{
    bool ascii = true;
    for (size_t i = s; i < e; i++) {
        unsigned char c = p[i];
        if (c == '-' || (c | 32) == 'f' || (c | 32) == 'j' || (c | 32) == 'w' || (c | 32) == 'z')
            return true;
        if (c >= 0x80) {
            ascii = false;
            /* a letter Vietnamese never writes: "Miloš", "Erdoğan" */
            size_t j = i;
            if (norm_foreign_letter(norm_decode(p, e, &j)))
                return true;
            i = j - 1;
        }
        if (c == '.' || c == '\'')
            return false;
    }
    return ascii && !norm_syllable_ok((const char *)p + s, e - s);
}

/* ex_foreign_shaped of word token k, worked out once per token: a dozen
 * rules ask it of the same capitalised words, and an ASCII word's answer
 * parses it as a syllable. */
static bool ex_tok_foreign(const ex *x, size_t k)
{
    tok *t = &x->tok[k];
    if (!t->foreign)
        t->foreign = ex_foreign_shaped((const unsigned char *)x->t->w, t->s, t->e) ? 2 : 1;
    return t->foreign == 2;
}

/* Whether the word p[s, e) whose first joining '.' stands at dot is a place
 * prefix's abbreviation run into a capitalised name ("TP.Hà Nội",
 * "TX.Thuận An", "Chủ tịch UBND Q.Tân Phú", "P.Minh Khai"; not "TP.HCM",
 * one word, nor an initial, "T.Mây" — "T" is no place prefix): its
 * letters before the dot are all capitals of a place prefix of the
 * lexicon, and a capital then a lower-case letter follow it. */
static bool ex_place_dot(const ex *x, const unsigned char *p, size_t e, size_t s, size_t dot)
{
    if (dot - s < 1 || dot - s > 4 || dot + 2 >= e)
        return false;
    uint64_t h = NORM_HASH_INIT;
    for (size_t q = s; q < dot; q++) {
        if (p[q] < 'A' || p[q] > 'Z')
            return false;
        h = norm_hash_step(h, (uint32_t)(p[q] | 32));
    }
    size_t q = dot + 1;
    uint32_t c1 = p[q] < 0x80 ? p[q++] : norm_decode(p, e, &q);
    uint32_t c2 = q < e ? (p[q] < 0x80 ? p[q] : norm_decode(p, e, &(size_t){q})) : 0;
    if (!norm_is_upper(c1) || !norm_is_letter(c2) || norm_is_upper(c2))
        return false;
    const lx_entry *le = lexicon_find(x->lx, norm_hash_combine(0, h ? h : 1), 1);
    return le && (le->kinds & LX_PLACE);
}

/* Whether the last token is a place prefix's one letter ("Q", "P", "H",
 * "X" of place_prefixes.tsv, a lone capital) and the '.' after it, ending
 * at p[j], is its abbreviation's: "Chủ tịch UBND Q. Gò Vấp", "(BQLRPH)
 * H. Phù Cát", "xã Hòa Nhơn, H. Hòa Vang", "Trưởng Công an P.15 (Q.5)".
 * Before the letter: a lower-case word that is no honorific ("ông H.",
 * "anh H." are initials), an all-caps body, ',' '(' '-' or nothing; a
 * capitalised word makes it an initial ("Robert H. McCooey", "Ảnh H.
 * Tâm"), so does ':' ("Ảnh: H. Tâm").  After the dot: a number that is no
 * date ("Q.1", "P. 15"; "khóa X. 12/1999-5/2001" is a term and a period),
 * or a capitalised word of two letters or more that opens no sentence (no
 * function word, honorific, post or status: "nhà ông H. Lúc này", "khóa
 * X. Ông A"). */
static __attribute__((noinline)) bool ex_letter_prefix_dot(const ex *x, const unsigned char *p,
                                                           size_t len, size_t j)
{
    const tok *q = &x->tok[x->ntok - 1];
    if (q->type != T_WORD || !q->cap || q->digit || j >= len)
        return false;
    uint64_t h = q->h ^ EX_LONE_CAPITAL;
    const lx_entry *le = lexicon_find(x->lx, norm_hash_combine(0, h ? h : 1), 1);
    if (!le || !(le->kinds & LX_PLACE))
        return false;
    if (x->ntok >= 2) {
        const tok *b = &x->tok[x->ntok - 2];
        if (b->type == T_PUNCT && b->p != ',' && b->p != '(' && b->p != '-')
            return false;
        if (b->type == T_WORD && !b->digit) {
            if (b->cap && !b->allcaps)
                return false;
            const lx_entry *be = lexicon_find(x->lx, norm_hash_combine(0, b->h), 1);
            if (!b->cap && be && (be->kinds & LX_HONORIFIC))
                return false;
        }
    }
    size_t a = j + (p[j] == ' ');
    if (a >= len)
        return false;
    if (p[a] >= '0' && p[a] <= '9') {
        size_t d = a;
        while (d < len && p[d] >= '0' && p[d] <= '9')
            d++;
        return !(d + 1 < len && (p[d] == '/' || p[d] == '-' || p[d] == '.') && p[d + 1] >= '0' &&
                 p[d + 1] <= '9');
    }
    if (a == j)
        return false;
    const char *w = (const char *)p;
    size_t e1 = lexicon_word_end(w, len, a);
    if (e1 < a + 2 || (p[a] >= '0' && p[a] <= '9'))
        return false;
    const uint32_t opens =
        LX_STOP | LX_NOTNAME | LX_HONORIFIC | LX_RANK | LX_ROLE | LX_STATUS | LX_MONTH;
    uint64_t h1 = norm_hash_syllable(w + a, e1 - a);
    const lx_entry *e = lexicon_find(x->lx, norm_hash_combine(0, h1), 1);
    if (e && (e->kinds & opens))
        return false;
    if (e1 + 1 < len && p[e1] == ' ') {
        size_t e2 = lexicon_word_end(w, len, e1 + 1);
        if (e2 > e1 + 1) {
            uint64_t h2 = norm_hash_syllable(w + e1 + 1, e2 - e1 - 1);
            e = lexicon_find(x->lx, norm_hash_combine(norm_hash_combine(0, h1), h2), 2);
            if (e && (e->kinds & opens))
                return false;
        }
    }
    return true;
}

/* Record the lexicon phrase e of n tokens as one starting at token t (its
 * phrases stay together in x->ph, shortest first); false when out of
 * memory. */
static __attribute__((noinline)) bool ex_add_phrase(ex *x, tok *t, const lx_entry *e, int n)
{
    if (!ex_grow(x, (void **)&x->ph, &x->capph, x->nph + t->nm, sizeof *x->ph))
        return false;
    if (!t->nm) {
        t->mi = (uint32_t)x->nph;
    } else if (t->mi + t->nm != x->nph) {
        /* (its earlier ones stand elsewhere: moved to the end first) */
        memcpy(&x->ph[x->nph], &x->ph[t->mi], t->nm * sizeof *x->ph);
        t->mi = (uint32_t)x->nph;
        x->nph += t->nm;
    }
    x->ph[x->nph++] = (tok_phrase){e, e->kinds, (uint32_t)n};
    t->nm++;
    t->kinds |= e->kinds;
    return true;
}

/* A word of degrees joined by dots ("ThS.BS", "TS.BS", "PGS.TS.BS",
 * "BS.CKII") that the lexicon does not list as a whole: when every part
 * is a rank or a degree of ranks.tsv, the word is a rank — the entry of
 * its first part becomes its phrase (ex_match finds none of its own).
 * Such chains are written in any combination and case ("Ths.BS"), so the
 * lexicon cannot list each. */
static __attribute__((noinline)) void ex_dotted_rank(ex *x, tok *t)
{
    if (lexicon_find(x->lx, norm_hash_combine(0, t->h), 1))
        return;
    const unsigned char *p = (const unsigned char *)x->t->w;
    const lx_entry *first = NULL;
    uint64_t h = NORM_HASH_INIT;
    size_t q = t->s;
    for (;;) {
        if (q >= t->e || p[q] == '.') {
            const lx_entry *le = lexicon_find(x->lx, norm_hash_combine(0, h ? h : 1), 1);
            if (!le || !(le->kinds & LX_RANK))
                return;
            first = first ? first : le;
            if (q >= t->e) {
                ex_add_phrase(x, t, first, 1);
                return;
            }
            h = NORM_HASH_INIT;
            q++;
            continue;
        }
        uint32_t cp = p[q] < 0x80 ? p[q++] : norm_decode(p, t->e, &q);
        h = norm_hash_step(h, norm_is_upper(cp) ? norm_lower(cp) : cp);
    }
}

/* Split the working text into tokens. */
static void ex_tokenize(ex *x)
{
    const char *w = x->t->w;
    const unsigned char *p = (const unsigned char *)w;
    size_t len = x->t->len, i = 0;
    /* about one token per five bytes of Vietnamese text: size the array
     * once, so that growing it rarely copies it */
    size_t want = len / 5 + 64;
    if (x->captok < want) {
        free(x->tok);
        x->tok = malloc(want * sizeof *x->tok);
        if (!x->tok) {
            x->captok = 0;
            x->oom = true;
            return;
        }
        x->captok = want;
    }
    /* (x->oom is set only where ex_grow fails, which returns) */
    while (i < len) {
        unsigned char c = p[i];
        if (c == ' ') {
            i++;
            continue;
        }
        if (!ex_grow(x, (void **)&x->tok, &x->captok, x->ntok, sizeof *x->tok))
            return;
        tok *k = &x->tok[x->ntok];
        memset(k, 0, sizeof *k);
        if (c == '\n') {
            if (x->ntok && x->tok[x->ntok - 1].type == T_NL) {
                i++;
                continue;
            }
            k->type = T_NL, k->s = (uint32_t)i, k->e = (uint32_t)i + 1;
            x->ntok++;
            i++;
            continue;
        }
        bool glue = false;
        size_t dot = 0;
        size_t e = ex_scan_word(p, len, i, k, &glue, &dot);
        /* two words run together by a missing space: "Nguyễn Phú Trọngmong",
         * "Trần DũngThể" — split where a Vietnamese syllable ends */
        bool split = false;
        /* "TP.Hà Nội", "TX.Thuận An": a place prefix's abbreviation run into
         * the name after it is two words and the dot none */
        if (dot > i && ex_place_dot(x, p, e, i, dot)) {
            e = ex_scan_word_again(p, dot, i, k, &glue, &dot);
            if (e == i + 1) /* "Q.Tân Phú": this one is the prefix */
                k->h = (k->h ^ EX_LONE_CAPITAL) ? (k->h ^ EX_LONE_CAPITAL) : 1;
            k->type = T_WORD, k->s = (uint32_t)i, k->e = (uint32_t)e;
            x->glue_next = false;
            x->ntok++;
            i = e + 1;
            continue;
        }
        if (glue) {
            size_t sp = ex_glued(p, i, e);
            if (sp > i) {
                e = ex_scan_word_again(p, sp, i, k, &glue, &dot);
                split = true;
            }
        }
        if (e > i) {
            if (x->glue_next) /* the rest of a word cut by ex_glued */
                k->glued = x->ntok && x->tok[x->ntok - 1].e == i;
            x->glue_next = split;

            k->type = T_WORD, k->s = (uint32_t)i, k->e = (uint32_t)e;
            if (__builtin_expect(dot > i, 0)) /* "ThS.BS" */
                ex_dotted_rank(x, k);
            x->ntok++;
            i = e + (e < len && p[e] == ' '); /* (and the space after it) */
            continue;
        }
        size_t j = i;
        uint32_t cp = norm_decode(p, len, &j);
        k->type = T_PUNCT, k->s = (uint32_t)i, k->e = (uint32_t)j;
        k->p = ex_mark(cp);
        /* "- Ông A -- Nguyên Bộ trưởng …": two dashes written together are
         * the typewriter's one dash, one mark (as " - "), not two */
        if (k->p == '-' && x->ntok && x->tok[x->ntok - 1].type == T_PUNCT &&
            x->tok[x->ntok - 1].p == '-' && x->tok[x->ntok - 1].e == i) {
            x->tok[x->ntok - 1].e = (uint32_t)j;
            i = j;
            continue;
        }
        /* a '.' after an abbreviation, before a capital, is not a full stop */
        if (k->p == '.' && x->ntok && ex_abbrev_dot(x, &x->tok[x->ntok - 1]) && j + 1 < len &&
            p[j] == ' ' && (p[j + 1] >= 0x80 || (p[j + 1] >= 'A' && p[j + 1] <= 'Z'))) {
            i = j;
            continue;
        }
        /* "Chủ tịch UBND Q. Gò Vấp", "Trưởng Công an P.15 (Q.5)": a place
         * prefix's one letter, a dot, then a place or its number */
        if (k->p == '.' && x->ntok && x->tok[x->ntok - 1].e == x->tok[x->ntok - 1].s + 1 &&
            ex_letter_prefix_dot(x, p, len, j)) {
            tok *q = &x->tok[x->ntok - 1];
            q->h = (q->h ^ EX_LONE_CAPITAL) ? (q->h ^ EX_LONE_CAPITAL) : 1;
            i = j;
            continue;
        }
        x->ntok++;
        i = j;
    }
}

/* ---- phrase lookups -------------------------------------------------- */

static void ex_collect_given(ex *x, size_t k);

/* Record the lexicon phrases starting at each word, once: the lookup
 * extends syllable by syllable while the sequence is a known prefix, so a
 * word costs one or two probes.  A capitalised word's given-name test
 * (ex_collect_given) follows its lookup. */
static void ex_match(ex *x)
{
    int maxn = x->lx->maxsyl < 8 ? x->lx->maxsyl : 8;
    for (size_t i = 0; i < x->ntok; i++) {
        tok *t = &x->tok[i];
        t->name = -1;
        if (t->type != T_WORD)
            continue;
        /* the word itself (norm_hash_combine from 0 is the syllable plus
         * its constant), then the words after it while the phrase so far
         * is a prefix */
        uint64_t h = t->h + 0x9E3779B97F4A7C15ULL;
        h = h ? h : 1;
        const lx_entry *e = lexicon_find(x->lx, h, 1);
        for (int n = 1; e; e = lexicon_find(x->lx, h, n)) {
            if ((e->kinds & ~LX_PREFIX) && t->nm < 4) {
                /* (the common case inline: room, and none elsewhere) */
                if (x->nph < x->capph &&
                    (t->nm ? t->mi + t->nm == x->nph : (t->mi = (uint32_t)x->nph, true))) {
                    x->ph[x->nph++] = (tok_phrase){e, e->kinds, (uint32_t)n};
                    t->nm++;
                    t->kinds |= e->kinds;
                } else if (!ex_add_phrase(x, t, e, n)) {
                    return;
                }
            }
            if (!(e->kinds & LX_PREFIX) || ++n > maxn || i + (size_t)n - 1 >= x->ntok)
                break;
            const tok *k = &x->tok[i + (size_t)n - 1];
            if (k->type != T_WORD)
                break;
            h = norm_hash_combine(h, k->h);
        }
        if (t->cap) {
            /* (ex_common_twins' starts: a lower-case word, no number,
             * before this capital) */
            const tok *b = i ? t - 1 : NULL;
            if (b && b->type == T_WORD && !b->cap && !b->digit) {
                if (!ex_grow(x, (void **)&x->twin, &x->captwin, x->ntwin, sizeof *x->twin))
                    return;
                x->twin[x->ntwin++] = (uint32_t)(i - 1);
            } else if (b && b->type == T_PUNCT && b->p == '(' && t->allcaps) {
                /* (ex_article_initials' starts: '(' before a word in
                 * capitals) */
                if (!ex_grow(x, (void **)&x->paren, &x->capparen, x->nparen, sizeof *x->paren))
                    return;
                x->paren[x->nparen++] = (uint32_t)(i - 1);
            }
            ex_collect_given(x, i);
        }
    }
}

/* Longest lexicon phrase of one of the kinds starting at token i; returns
 * its length in tokens (0 when none) and the entry in *out.  Always inlined:
 * GCC -O2 stops inlining it (a partial copy, called ~10 M times on 150
 * articles) once extract.c passes its inline-unit-growth limit. */
static inline __attribute__((always_inline)) int ex_phrase(const ex *x, size_t i, uint32_t kinds,
                                                           const lx_entry **out)
{
    if (i >= x->ntok)
        return 0;
    const tok *t = &x->tok[i];
    if (!(t->kinds & kinds))
        return 0;
    const tok_phrase *ph = &x->ph[t->mi];
    for (int k = t->nm; k-- > 0;)
        if (ph[k].kinds & kinds) {
            if (out)
                *out = ph[k].m;
            return (int)ph[k].len;
        }
    return 0;
}

/* The longest lexicon phrase of one of the kinds starting at token i that
 * is shorter than `below` tokens (0 when none), its entry in *out: the cue
 * under a longer one whose last word opens a post ("giữ chức Vụ trưởng Vụ
 * Kế hoạch": "giữ chức", not "giữ chức vụ" + "trưởng"). */
static int ex_phrase_below(const ex *x, size_t i, uint32_t kinds, int below, const lx_entry **out)
{
    if (i >= x->ntok || !(x->tok[i].kinds & kinds))
        return 0;
    const tok *t = &x->tok[i];
    const tok_phrase *ph = &x->ph[t->mi];
    int best = 0;
    for (int k = 0; k < t->nm; k++)
        if ((ph[k].kinds & kinds) && (int)ph[k].len < below && (int)ph[k].len > best) {
            best = (int)ph[k].len;
            if (out)
                *out = ph[k].m;
        }
    return best;
}

/* The end of the cue element for the status cue e of n tokens at token i:
 * i + n, but a where=object cue ("giao ông", "giao bà", "giao đồng chí":
 * status.tsv writes the verb with the honorific that opens its object)
 * ends before the honorific, which stays the name's ("UBND tỉnh giao ông
 * A làm Giám đốc Sở Y tế"; "giao" alone is no cue: "chào xã giao Tổng Bí
 * thư …", "giao Thứ trưởng B tạm thời phụ trách …"). */
static size_t ex_cue_end(const ex *x, const lx_entry *e, size_t i, size_t n)
{
    if (e->object)
        for (size_t k = i + 1; k < i + n; k++)
            if (ex_phrase(x, k, LX_HONORIFIC, NULL) == (int)(i + n - k))
                return k;
    return i + n;
}

/* Whether token i is a word. */
static bool ex_word(const ex *x, size_t i)
{
    return i < x->ntok && x->tok[i].type == T_WORD;
}

/* Whether token i is the word w of n bytes (lower-case ASCII or UTF-8 as
 * written); ex_is for a literal, ex_is_str for a string. */
static inline bool ex_is_n(const ex *x, size_t i, const char *w, size_t n)
{
    if (!ex_word(x, i))
        return false;
    /* a Vietnamese letter and its capital take the same bytes in NFC, so
     * a word of another length is another word (and needs no hash) */
    if (x->tok[i].e - x->tok[i].s != n)
        return false;
    /* … nor one of another first letter: a Vietnamese letter's capital
     * shares its lead byte, ASCII differs by case only (most words of the
     * length asked need no hash) */
    const char *t = x->t->w + x->tok[i].s;
    unsigned char a = (unsigned char)t[0], b = (unsigned char)w[0];
    if (a != b && (a >= 0x80 || b >= 0x80 || (a | 0x20) != (b | 0x20)))
        return false;
    /* (written as asked: the same syllable, no hash) */
    if (!memcmp(t, w, n))
        return true;
    return x->tok[i].h == norm_hash_syllable(w, n);
}

#define ex_is(x, i, w) ex_is_n(x, i, "" w, sizeof("" w) - 1)

static inline bool ex_is_str(const ex *x, size_t i, const char *w)
{
    return ex_is_n(x, i, w, strlen(w));
}

/* Whether word i is written in plain ASCII letters. */
static bool ex_ascii(const ex *x, size_t i)
{
    const unsigned char *p = (const unsigned char *)x->t->w;
    for (size_t b = x->tok[i].s; b < x->tok[i].e; b++)
        if (p[b] >= 0x80)
            return false;
    return true;
}

/* Letters (code points) of token i, counted up to 3. */
static int ex_letters(const ex *x, size_t i)
{
    int n = 0;
    for (size_t b = x->tok[i].s; b < x->tok[i].e && n < 3; b++)
        n += ((unsigned char)x->t->w[b] & 0xC0) != 0x80;
    return n;
}

/* Whether token i is a capitalised word that may belong to a name. */
static bool ex_namecap(const ex *x, size_t i)
{
    const tok *k = &x->tok[i];
    return ex_word(x, i) && k->cap && !k->allcaps && !k->digit;
}

/* Whether a place prefix matched at token i applies: one listed only
 * capitalised ("Trường") needs a capital in the text ("môi trường" is the
 * environment). */
static bool ex_place_ok(const ex *x, size_t i, const lx_entry *e)
{
    if (!(e->kinds & LX_PLACE) || (!(e->kinds & LX_LOWER) && !x->tok[i].cap))
        return false;
    /* a one-syllable prefix listed in lower case and written capitalised
     * inside a capitalised run is a word of that name: "Công ty Toàn Cầu",
     * "Nguyễn Hữu Cầu" (not the prefix "cầu" of "cầu Nguyễn Văn Cừ") */
    if (e->nsyl == 1 && (e->kinds & LX_LOWER) && x->tok[i].cap && i > 0 && ex_namecap(x, i - 1))
        return false;
    /* "ông xã Phan Hiển", "bà xã Tăng Thanh Hà": husband and wife, not a
     * commune */
    if (i > 0 && (x->tok[i - 1].h == x->h_ong || x->tok[i - 1].h == x->h_ba) && ex_word(x, i - 1) &&
        ex_is(x, i, "xã"))
        return false;
    return true;
}

/* Length of a role head at i (0 none).  One-syllable heads ("Trưởng",
 * "Phó") only count capitalised: "tăng trưởng" is growth, not a post. */
static int ex_role_at(const ex *x, size_t i, const lx_entry **out)
{
    if (!ex_word(x, i))
        return 0;
    const lx_entry *e = NULL;
    int n = ex_phrase(x, i, LX_ROLE, &e);
    if (n == 1 && !x->tok[i].cap)
        return 0;
    if (n && out)
        *out = e;
    return n;
}

/* Length of a foreign name written in Latin letters at token k (0 none):
 * one to four capitalised words ("Donald Trump", "Milos Zeman", "Pany
 * Yathotou", "Putin"), each plain ASCII or a hyphenated transcription
 * ("Jae-in"), none of them a word of the lexicon (a body, a post, a place,
 * a function word), at least one no Vietnamese syllable, and no other
 * capitalised word right after the run.  Only asked where a foreign
 * holder is expected (after a state's post); brands and clubs look the
 * same elsewhere ("Samsung Electronics", "Real Madrid"). */
static int ex_foreign_run(const ex *x, size_t k)
{
    const unsigned char *p = (const unsigned char *)x->t->w;
    size_t j = k;
    bool shaped = false;
    while (j < x->ntok && j < k + 4 && ex_namecap(x, j) && !x->tok[j].glued) {
        const tok *t = &x->tok[j];
        bool latin = true, hyphen = false;
        for (size_t b = t->s; b < t->e; b++) {
            latin = latin && p[b] < 0x80;
            hyphen = hyphen || p[b] == '-';
        }
        /* (or spelt with a letter Vietnamese never writes: "Miloš") */
        if (!latin && !hyphen)
            latin = ex_tok_foreign(x, j);
        /* (a one-letter word is an initial: "T.Mây", "George W.Bush") */
        if ((!latin && !hyphen) || t->e - t->s < 2 ||
            ex_phrase(x, j,
                      LX_ORG | LX_ROLE | LX_PLACE | LX_LOOKALIKE | LX_STOP | LX_NOTNAME |
                          LX_HONORIFIC | LX_RANK | LX_MONTH,
                      NULL))
            break;
        shaped = shaped || ex_tok_foreign(x, j);
        j++;
    }
    if (j == k || !shaped || (j < x->ntok && ex_word(x, j) && x->tok[j].cap))
        return 0;
    return (int)(j - k);
}

/* Whether a Latin person's name of two or more words starts at k: a foreign
 * run (ex_foreign_run) whose every word is shaped as no Vietnamese syllable
 * ("Alice Fisher", "James Comey"; not "Festival Di sản"). */
static bool ex_latin_name(const ex *x, size_t k)
{
    if (!ex_word(x, k) || !x->tok[k].cap || x->tok[k].allcaps)
        return false;
    int n = ex_foreign_run(x, k);
    if (n < 2)
        return false;
    for (size_t j = k; j < k + (size_t)n; j++)
        if (!ex_tok_foreign(x, j))
            return false;
    return true;
}

/* Whether a pen name that looks like an institution starts at token k:
 * "Trường Chinh" — a prefix listed only capitalised (place_prefixes.tsv:
 * "Trường", a school), then one capitalised word with no lexicon meaning,
 * and no capital after it ("Trường THPT Chu Văn An" is a school).  Read as
 * a person only right after a bare head of state or "đồng chí". */
static bool ex_pen_name(const ex *x, size_t k)
{
    const lx_entry *e = NULL;
    return k + 1 < x->ntok && x->tok[k].nm && x->tok[k + 1].nm == 0 && ex_namecap(x, k) &&
           ex_namecap(x, k + 1) && !x->tok[k + 1].glued &&
           !(ex_word(x, k + 2) && (x->tok[k + 2].cap || x->tok[k + 2].digit)) &&
           ex_phrase(x, k, LX_PLACE, &e) == 1 && !(e->kinds & LX_LOWER) &&
           !ex_phrase(x, k, LX_SURNAME | LX_ROLE | LX_LOOKALIKE, NULL);
}

/* Length of a person's full name at i (0 none): a family name, then one to
 * three more capitalised syllables; not a look-alike place, not a month. */
static int ex_name_scan(const ex *x, size_t i);

/* Whether a date or a year starts at token i: "5/6", "4-7", "12.3",
 * "2017" (but not an age: "Hoàng Vĩnh Bảo 56 tuổi"). */
static bool ex_date_like(const ex *x, size_t i)
{
    if (i >= x->ntok || x->tok[i].type != T_WORD || !x->tok[i].digit)
        return false;
    if (x->tok[i].e - x->tok[i].s == 4)
        return true;
    return i + 2 < x->ntok && x->tok[i + 1].type == T_PUNCT &&
           (x->tok[i + 1].p == '/' || x->tok[i + 1].p == '-' || x->tok[i + 1].p == '.') &&
           x->tok[i + 2].type == T_WORD && x->tok[i + 2].digit && x->tok[i + 1].s == x->tok[i].e &&
           x->tok[i + 2].s == x->tok[i + 1].e;
}

/* Whether token k, a function word of notnames.tsv ("Được"), is the last
 * syllable of a name: the article writes it as a given name after an
 * honorific ("ĐB Hoàng Huy Được (Ba Vì) cho rằng … ông Được nói"), and no
 * capitalised word follows it. */
static bool ex_given_notname(const ex *x, size_t k)
{
    if (!x->ngiven || (ex_word(x, k + 1) && x->tok[k + 1].cap))
        return false;
    for (int g = 0; g < x->ngiven; g++)
        if (x->given[g] == x->tok[k].h)
            return true;
    return false;
}

/* Collect the function words (notnames.tsv) written as a given name: a
 * capitalised one-syllable word right after "ông", "bà", "anh", "chị" …
 * and before a lower-case word or a mark ("ông Được nói").  Asked by
 * ex_match of each capitalised word k once its phrases and those before it
 * are known (the words in text order, as x->given keeps them). */
static void ex_collect_given(ex *x, size_t k)
{
    const tok *w = &x->tok[k];
    const lx_entry *e = NULL;
    /* (an honorific itself after a capital is a given name: "Hoàng Anh
     * Hay …") */
    if (k < 1 || k + 1 >= x->ntok || x->ngiven >= 8 || w->type != T_WORD || !w->cap || w->allcaps ||
        x->tok[k - 1].type != T_WORD || ex_phrase(x, k - 1, LX_HONORIFIC, NULL) != 1 ||
        (k >= 2 && ex_namecap(x, k - 2)) || ex_phrase(x, k, LX_NOTNAME, &e) != 1 ||
        (ex_word(x, k + 1) && x->tok[k + 1].cap))
        return;
    bool seen = false;
    for (int g = 0; g < x->ngiven && !seen; g++)
        seen = x->given[g] == w->h;
    if (!seen)
        x->given[x->ngiven++] = w->h;
}

/* ex_name_scan, cached per token (the grammar asks the same token often). */
static int ex_name_at(const ex *x, size_t i)
{
    if (i >= x->ntok)
        return 0;
    if (x->tok[i].name < 0)
        x->tok[i].name = (int8_t)ex_name_scan(x, i);
    return x->tok[i].name;
}

/* Whether the name at k is a firm's own name written after its body word
 * and its trade: "Giám đốc Công ty gạch Thạch Bàn", "Cty than Dương Huy",
 * "Nhà máy chế biến thủy sản Nguyễn Hưng", "Công ty Địa ốc Hoàng Quân" — a
 * body word, then one to six words of a trade in lower
 * case (the first may be a capitalised compound's: "Địa ốc"), none of them
 * a function word, a post, a status or a place, then a name of two
 * syllables that no capitalised word follows.  Only a firm's body word
 * (firm_heads.tsv: "Bộ Công an Tô Lâm" is a minister).  A name right after
 * the body word stays a person ("Chủ tịch Tập đoàn A B", "Phó Giám đốc công ty A B
 * C"), so does a full name of three syllables and one after "của". */
static bool ex_trade_name(const ex *x, size_t k)
{
    if (k < 2 || ex_name_at(x, k) != 2 || ex_namecap(x, k + 2))
        return false;
    for (size_t w = k; w-- > 0 && k - w <= 6;) {
        const tok *t = &x->tok[w];
        const lx_entry *e = NULL;
        if (!ex_word(x, w) || t->digit || t->allcaps || t->glued ||
            (t->cap && (w + 1 >= k || x->tok[w + 1].cap)))
            return false;
        /* (a body word only capitalised: "dịch vụ" is no "Vụ") */
        if (ex_phrase(x, w,
                      LX_STOP | LX_HONORIFIC | LX_ROLE | LX_STATUS | LX_PLACE |
                          (t->cap ? LX_ORG : 0),
                      &e) &&
            !((e->kinds & LX_ORGWORD) && !(e->kinds & (LX_ROLE | LX_STATUS | LX_HONORIFIC))))
            return false;
        /* a body word ends right before w */
        for (size_t s = w; s-- > 0 && w - s <= 4;)
            if (ex_phrase(x, s, LX_ORG, &e) == (int)(w - s) && e->firm)
                return true;
    }
    return false;
}

/* Whether token k is the last syllable of a name after "Như", a function
 * word that is also a given name ("Nguyễn Thị Như Ý,", "Phan Nguyễn Như
 * Khuê cũng"): a capitalised word with no lexicon meaning, and no
 * capitalised word after it. */
static bool ex_name_tail(const ex *x, size_t k)
{
    const lx_entry *le = NULL;
    return ex_namecap(x, k) && !x->tok[k].glued &&
           !ex_phrase(x, k,
                      LX_NOTNAME | LX_PLACE | LX_ROLE | LX_ORG | LX_HONORIFIC | LX_RANK | LX_STOP |
                          LX_MONTH,
                      NULL) &&
           /* a one-syllable country is a given name here ("Như Ý") */
           !(ex_phrase(x, k, LX_LOOKALIKE, &le) &&
             (!(le->kinds & LX_COUNTRY) || (ex_word(x, k + 1) && x->tok[k + 1].cap))) &&
           !(ex_word(x, k + 1) && x->tok[k + 1].cap) && !ex_date_like(x, k + 1);
}

/* A name written in capitals, as interviews head their answers
 * ("Thiếu tướng LAM QUANG ĐẠI, Chính ủy …", "Bộ trưởng KH&ĐT NGUYỄN CHI
 * DŨNG:"): three or four upper-case syllables, the first a family name,
 * none with a meaning of its own in the lexicon (a body, a place, a post,
 * a country, a function word: "UBND TỈNH", "THỦ TƯỚNG NGUYỄN …"), the run
 * not going on in capitals (a headline in capitals is no name). */
static int ex_caps_name(const ex *x, size_t i)
{
    const lx_entry *e = NULL;
    if (ex_phrase(x, i, LX_SURNAME, &e) != 1 || (e->kinds & LX_NOTNAME))
        return 0;
    size_t k = i;
    while (k < x->ntok && ex_word(x, k) && x->tok[k].allcaps && !x->tok[k].digit &&
           !x->tok[k].glued && k - i < 5) {
        if ((k > i || ex_phrase(x, k, LX_SURNAME, NULL) != 1) &&
            ex_phrase(x, k,
                      LX_NOTNAME | LX_PLACE | LX_ROLE | LX_ORG | LX_HONORIFIC | LX_RANK | LX_STOP |
                          LX_MONTH | LX_LOOKALIKE | LX_COUNTRY,
                      NULL))
            return 0;
        /* a Vietnamese syllable has a vowel and at most seven letters */
        if (x->tok[k].e - x->tok[k].s > 9)
            return 0;
        k++;
    }
    size_t n = k - i;
    if (n < 3 || n > 4 || (k < x->ntok && ex_word(x, k) && x->tok[k].cap))
        return 0;
    /* not a run of capitals that begins before it ("CHỦ TỊCH NGUYỄN …") */
    if (i > 0 && ex_word(x, i - 1) && x->tok[i - 1].allcaps &&
        x->tok[i - 1].e - x->tok[i - 1].s > 3)
        return 0;
    /* "… ở các cấp… LÂM NGUYÊN PHAN THẢO - BẢO VÂN": two pen names of two
     * syllables run together in a closing byline — four capitalised
     * syllables whose third is a family name and whose second is no middle
     * name, then the text's end or " - " and the next author — are two
     * names (the first is kept; the second, two syllables, is no caps name) */
    if (n == 4 && ex_phrase(x, i + 2, LX_SURNAME, NULL) == 1 && x->tok[i + 1].h != x->lx->h_thi &&
        x->tok[i + 1].h != x->lx->h_van &&
        (k >= x->ntok || x->tok[k].type == T_NL ||
         (x->tok[k].type == T_PUNCT && x->tok[k].p == '-' && ex_word(x, k + 1) &&
          x->tok[k + 1].allcaps)))
        return 2;
    return (int)n;
}

/* Whether token i opens a photo credit's name: "Ảnh: NAME", "Ảnh:
 * AGENCY/NAME" ("Ảnh: VGP/Lê Sơn"). */
static bool ex_credit_before(const ex *x, size_t i)
{
    if (i < 2 || x->tok[i - 1].type != T_PUNCT)
        return false;
    if (x->tok[i - 1].p == ':')
        return ex_is(x, i - 2, "ảnh");
    return x->tok[i - 1].p == '/' && i >= 4 && ex_word(x, i - 2) && x->tok[i - 2].allcaps &&
           x->tok[i - 3].type == T_PUNCT && x->tok[i - 3].p == ':' && ex_is(x, i - 4, "ảnh");
}

/* Whether a family name at i that is also a body word opens a name of
 * exactly three syllables by shape alone: two more capitalised Vietnamese
 * syllables, neither a word or the start of a phrase of the lexicon other
 * than a name part, with no capital right before or after the run (see
 * ex_name_scan). */
static bool ex_name_three(const ex *x, size_t i)
{
    const uint32_t namekinds = LX_SURNAME | LX_RARE_SURNAME | LX_VN_NAME | LX_FOREIGN | LX_PREFIX;
    /* (a capital before it makes "Đoàn" a compound's last syllable, "Tập
     * Đoàn Phú Quý"; not a word of another language, "võ sư Karate Đoàn
     * Bảo Châu") */
    uint32_t bad = ~namekinds;
    if (i > 0 && ex_word(x, i - 1) && x->tok[i - 1].cap && !x->tok[i].glued &&
        (!ex_tok_foreign(x, i - 1) || x->tok[i - 1].allcaps)) {
        /* … unless a company's name ends right before it in an
         * abbreviation or a province of lookalikes.tsv ("Chủ tịch HAGL Đoàn
         * Nguyên Đức", "Công ty Cổ phần Hoàng Anh Gia Lai Đoàn Nguyên Đức"):
         * then the given names may be words too ("Nguyên", "Đức"), not a
         * body's, a post's or a place's */
        bool ends =
            x->tok[i - 1].allcaps && !x->tok[i - 1].digit && x->tok[i - 1].e - x->tok[i - 1].s >= 2;
        for (size_t l = 2; l <= 3 && l <= i && !ends; l++)
            ends = ex_phrase(x, i - l, LX_LOOKALIKE, NULL) == (int)l;
        if (!ends)
            return false;
        bad = LX_ORG | LX_ROLE | LX_PLACE | LX_ORGWORD | LX_STOP | LX_HONORIFIC | LX_RANK |
              LX_NOTNAME | LX_MONTH;
    }
    for (size_t q = i + 1; q <= i + 2; q++)
        if (!ex_namecap(x, q) || x->tok[q].glued || ex_phrase(x, q, bad, NULL) ||
            /* "Đoàn Long Karate", "Đoàn Olympic Hóa": no syllable */
            ex_tok_foreign(x, q))
            return false;
    return !(ex_word(x, i + 3) && x->tok[i + 3].cap && !x->tok[i + 3].glued);
}

/* Whether a rank or an honorific of one to three words ends right before
 * token i ("Thiếu tướng", "ông", "BS."). */
static bool ex_honored_before(const ex *x, size_t i)
{
    for (size_t l = 1; l <= 3 && l <= i; l++)
        if (ex_phrase(x, i - l, LX_RANK | LX_HONORIFIC, NULL) == (int)l)
            return true;
    return false;
}

/* Length of a person's full name at i, see ex_name_at. */
static int ex_name_scan(const ex *x, size_t i)
{
    if (ex_word(x, i) && x->tok[i].allcaps && !x->tok[i].digit)
        return ex_caps_name(x, i);
    if (!ex_namecap(x, i))
        return 0;
    const lx_entry *e = NULL;
    /* (a rare family name that is also a word opening sentences,
     * notnames.tsv: "Từ", a name only after a rank or an honorific —
     * "Thiếu tướng Từ Hồng Sơn", not "Từ Hà Nội, …") */
    if (ex_phrase(x, i, LX_SURNAME, &e) != 1 ||
        (((e->kinds & LX_NOTNAME) || ex_phrase(x, i, LX_NOTNAME, NULL)) &&
         !((e->kinds & LX_RARE_SURNAME) && ex_honored_before(x, i))))
        return 0;
    /* not a look-alike, an honorific, a place prefix, nor a body of two or
     * more words ("Đoàn Thanh niên"; "Đoàn" alone is also a family name) */
    const lx_entry *be = NULL;
    int bn = ex_phrase(x, i, LX_LOOKALIKE | LX_ORG | LX_HONORIFIC | LX_PLACE, &be);
    /* ... except a place of a family name and a middle name, with a given
     * name after it: "Đồng Văn" is a district, "Chủ tịch UBND tỉnh Hậu
     * Giang Đồng Văn Thanh" a man */
    bool named_place = bn == 2 && be->kinds == LX_LOOKALIKE &&
                       ex_phrase(x, i + 1, LX_VN_NAME, NULL) == 1 && i + 2 < x->ntok &&
                       ex_namecap(x, i + 2) && !x->tok[i + 2].glued &&
                       !ex_phrase(x, i + 2, LX_NOTNAME | LX_PLACE | LX_ROLE, NULL) &&
                       /* one given name: "Đồng Văn Lũng Cú" is two places */
                       !(i + 3 < x->ntok && ex_namecap(x, i + 3) && !x->tok[i + 3].glued);
    /* (a family name that is also a body word, then the middle name "Thị"
     * or "Văn" and a given name, is a name: "…, Đoàn Thị Luyến (nguyên giám
     * đốc …)" — no body is named "Đoàn Văn …") */
    bool middle = bn == 1 && i + 2 < x->ntok && ex_namecap(x, i + 1) && !x->tok[i + 1].glued &&
                  (x->tok[i + 1].h == x->lx->h_thi || x->tok[i + 1].h == x->lx->h_van) &&
                  ex_namecap(x, i + 2) && !x->tok[i + 2].glued;
    /* (… and so is one of exactly three syllables standing alone, its
     * second and third no words of the lexicon: "bị can Đoàn Hồng Ngọc,
     * nguyên Tổng Giám đốc", "các ông Trần Quốc Toản, Đoàn Mạnh Giao và …"
     * — a body is named after its place or its trade, "Đoàn Nghệ An",
     * "Đoàn Ban Tuyên giáo", "Đoàn ĐB Quốc hội", and a capital before it
     * makes it a compound's last syllable, "Tập Đoàn Phú Quý", "Đại Đoàn
     * Kết") */
    bool three = bn == 1 && !middle && !x->tok[i].name_ok && ex_name_three(x, i);
    if (bn && !named_place &&
        (bn > 1 || (be->kinds & (LX_LOOKALIKE | LX_HONORIFIC | LX_PLACE)) ||
         !(x->tok[i].name_ok || middle || three)))
        return 0;
    size_t k = i + 1;
    bool tail = false; /* the last syllable came after "Như" */
    while (k < x->ntok && ex_namecap(x, k) && k - i < 5 && !x->tok[k].glued) {
        /* "Nguyễn Phú Trọng Về …", "Nguyễn Thành Phong Chủ tịch …" */
        const lx_entry *e2 = NULL;
        int pn = ex_phrase(x, k, LX_NOTNAME | LX_PLACE, &e2);
        /* "Như" is a function word and a given name: "Nguyễn Thị Như Ý,"
         * goes on when a last syllable follows; "Lâm Tâm Như và …", "Lâm
         * Tâm Như – Hoắc Kiến Hoa" end with it before a mark or "và" */
        bool nhu = pn == 1 && x->tok[k].h == x->lx->h_nhu &&
                   (ex_name_tail(x, k + 1) ||
                    (k >= i + 2 && k + 1 < x->ntok &&
                     (x->tok[k + 1].type != T_WORD || x->tok[k + 1].h == x->lx->h_va ||
                      /* "Lâm Tâm Như khiến nhiều người xót xa": mid-text
                       * the comparison is written "như"; a capital after
                       * two syllables of a name and before a lower-case
                       * word is the name's last */
                      (!x->tok[k + 1].cap && !x->tok[k + 1].digit))));
        if (pn && ((e2->kinds & LX_NOTNAME) || pn >= 2) && !nhu &&
            !(pn == 1 && k >= i + 2 && ex_given_notname(x, k))) {
            /* "Phan Chau Trinh Institute", "Vàng Premier League": a run
             * whose Latin words go on into an English word of a body
             * (notnames.tsv) is the body's name, no person's ("Nguyễn Văn
             * Hùng Email" is a man and the next word) */
            if ((e2->kinds & LX_NOTNAME) && ex_ascii(x, k - 1) && ex_tok_foreign(x, k))
                return 0;
            break;
        }
        tail = tail || nhu;
        /* "ông Đậu Ngọc Bái Thông báo cho biết": a stop phrase of two or
         * more words opening with a capital ends the name (a verb run into
         * it) */
        if (k >= i + 2 && ex_word(x, k + 1) && !x->tok[k + 1].cap &&
            ex_phrase(x, k, LX_STOP, NULL) >= 2)
            break;
        /* "… Phạm Hải Bà đã từng …": "bà" / "ông" after a name and before
         * a lower-case word opens the next clause (photo credits run into
         * the text) */
        if (k >= i + 2 && (x->tok[k].h == x->lx->h_ba || x->tok[k].h == x->lx->h_ong) &&
            ex_word(x, k + 1) && !x->tok[k + 1].cap)
            break;
        /* a run with a place of two or more syllables in it is a club or a
         * company, not a person ("Hoàng Anh Gia Lai") — unless an honorific
         * introduced it ("ông Nguyễn Vũ Trường Sơn": a given name that is
         * also a range of mountains) */
        if (k >= i + 2 && ex_phrase(x, k, LX_LOOKALIKE, NULL) >= 2 && !x->tok[i].name_ok &&
            /* (nor a run opening with two name parts hardly found outside
             * a Vietnamese person's name: "Tổng giám đốc PVN Nguyễn Vũ
             * Trường Sơn" — vn_names.tsv) */
            !(ex_phrase(x, i, LX_VN_NAME, NULL) == 1 &&
              ex_phrase(x, i + 1, LX_VN_NAME, NULL) == 1) &&
            /* (nor a family name, a Vietnamese middle name and a place of
             * two syllables as the given names: "Phó Giám đốc Sở Y tế Đặng
             * Thị Kim Sơn", "bà Kiều Thị Kim Liên") */
            !(k == i + 2 && ex_phrase(x, i + 1, LX_VN_NAME, NULL) == 1))
            return 0; /* (but "Vương Bình Thạnh" is a man) */
        /* "Đoàn Văn Lòn Công an tỉnh …", "Yên Nghĩa Công ty …": a body
         * word of two or more syllables that goes on in lower case opens
         * the next sentence of run-together text */
        /* (after three syllables: "ông Nguyễn Văn Hội đồng ý" is Hội) */
        if (k >= i + 3 && ex_word(x, k + 1) && !x->tok[k + 1].cap &&
            ex_phrase(x, k, LX_ORG, NULL) >= 2)
            break;
        /* a post inside the run ends the name, but a one-word head that
         * ends the run is a given name ("Nguyễn Hữu Trưởng, chuyên viên") */
        int rn = ex_role_at(x, k, NULL);
        if (rn > 1 || (rn == 1 && ex_word(x, k + 1)))
            break;
        /* "… Phan Trọng Tuệ Năm 1945 …", "… Kim Cự Chiều 5/6": a syllable
         * before a number opens the next sentence; "… Phạm Hải Bà Nguyễn
         * Thị …": an honorific before a capital opens the next name */
        if (ex_date_like(x, k + 1) || ((ex_is(x, k + 1, "nay") || ex_is(x, k + 1, "qua") ||
                                        (ex_is(x, k + 1, "ngày") && ex_date_like(x, k + 2))) &&
                                       ex_phrase(x, k, LX_STOP, NULL)))
            break; /* "Ông Kim Cự Chiều nay 15-5, …", "chị Mai Thị Thắm Sáng ngày 13/5" */
        if (ex_namecap(x, k + 1) && ex_phrase(x, k, LX_HONORIFIC, NULL) == 1 &&
            !ex_is(x, k, "anh") && !ex_is(x, k, "chị"))
            break;
        k++;
    }
    size_t n = k - i;
    /* "Chủ tịch QH Nguyễn Thị Kim Ngân Thông qua …": a run of five after
     * "Thị" / "Văn" is a name and the next sentence's first word (not a
     * post "… Nguyễn Thị" and a name "Kim Ngân Thông") */
    if (n == 5 && (x->tok[i + 1].h == x->lx->h_thi || x->tok[i + 1].h == x->lx->h_van)) {
        /* "Vũ Văn Tám Phạm Anh - Tố Anh": a family name in fourth place
         * opens the next name, unless the fifth opens a sentence ("Phan
         * Thị Ngọc Hà Địa chỉ: …") */
        bool opener = ex_word(x, i + 5) && !x->tok[i + 5].cap && !x->tok[i + 5].digit;
        n = !opener && ex_phrase(x, i + 3, LX_SURNAME, NULL) ? 3 : 4;
        k = i + n;
    }
    /* "Hà Phương Hà Phương": a caption's name run into the text's own
     * mention, the same two syllables twice */
    if (n == 4 && x->tok[i].h == x->tok[i + 2].h && x->tok[i + 1].h == x->tok[i + 3].h) {
        n = 2;
        k = i + 2;
    }
    /* "Ảnh: Phan Tư Công trình khẩn cấp …", "Ảnh: VGP/Lê Sơn Tạm cấp …": a
     * photo credit run into the next sentence — its last capitalised
     * syllable before a lower-case word opens that sentence (a credit's
     * name is the photographer's, the sentence starts with a capital) */
    if (n >= 3 && ex_word(x, k) && !x->tok[k].cap && !x->tok[k].digit && ex_credit_before(x, i)) {
        n--;
        k--;
    }
    if (n < 2 || n > 4)
        return 0;
    /* "Ông Văn Anh Tuấn", "BS.Yên Lâm Phúc", "Thích Thanh Nhiễu": a rare
     * family name (rare_surnames.tsv) opens a name of three or four
     * syllables only — two are a player's given names ("Văn Hậu") or a
     * place ("Yên Thế") */
    if (e->kinds & LX_RARE_SURNAME) {
        /* … nor one that goes on in capitals ("Ảnh: Văn Thanh Thành Nhà
         * Hồ"), whose second syllable is a common family name ("Như Phi
         * Đặng Tụy Văn": the name starts there), or that opens a phrase of
         * the lexicon ("Văn Hóa Truyền Thống", "Văn Miếu") */
        if (n == 2 || ex_namecap(x, k) ||
            ex_phrase(x, i, ~(uint32_t)(LX_SURNAME | LX_RARE_SURNAME | LX_VN_NAME | LX_PREFIX),
                      NULL) >= 2)
            return 0;
        /* ("Như Phi Đặng Tụy Văn": not inside a capitalised run, unless
         * after a rank or an honorific, "BS.Yên Lâm Phúc"; "Điêu Thuyền
         * Lâm Đại": a common family name after two syllables starts the
         * next name; "Yên Nghĩa Công ty", "Yên Nghĩa Doanh nghiệp": the
         * last syllable opens a body or a body's word) */
        if (i > 0 && ex_namecap(x, i - 1) && !ex_phrase(x, i - 1, LX_RANK | LX_HONORIFIC, NULL))
            return 0;
        for (size_t q = i + 2; q < k && x->tok[i + 1].h != x->lx->h_thi; q++)
            if (ex_phrase(x, q, LX_SURNAME, &e) == 1 && !(e->kinds & LX_RARE_SURNAME))
                return 0;
        if (ex_word(x, k) && !x->tok[k].cap && ex_phrase(x, k - 1, LX_ORG | LX_ORGWORD, NULL) >= 2)
            return 0;
    }
    /* "em Nguyễn Thị T.A": a family name and a middle name is no name */
    if (n == 2 && (x->tok[i + 1].h == x->lx->h_thi || x->tok[i + 1].h == x->lx->h_van))
        return 0;
    /* a one-letter syllable ends school names ("Quỳnh Vinh A") and hidden
     * names ("Nguyễn Văn Đ."), not people; but "Như Ý" is a given name */
    {
        size_t q = x->tok[k - 1].s;
        norm_decode((const unsigned char *)x->t->w, x->tok[k - 1].e, &q);
        if (q == x->tok[k - 1].e && (!tail || x->t->w[x->tok[k - 1].s] >= 0))
            return 0;
    }
    return (int)n;
}

/* Skip a place after a place prefix at i: a look-alike, else the
 * capitalised run up to a person's name.  Returns the token after it. */
/* Whether the one-syllable country at k begins a longer place name after
 * a place prefix ("huyện Đức Thọ", "huyện Anh Sơn", "xã Mỹ Đức"): a
 * capitalised word that starts no name follows ("nước Lào" is the
 * country). */
static bool ex_country_in_place(const ex *x, size_t k)
{
    const lx_entry *e = NULL;
    return k > 0 && ex_phrase(x, k, LX_LOOKALIKE, &e) == 1 && (e->kinds & LX_COUNTRY) &&
           ex_phrase(x, k - 1, LX_PLACE, NULL) == 1 && !ex_is(x, k - 1, "nước") &&
           ex_namecap(x, k + 1) && !ex_name_at(x, k + 1);
}

/* Whether a firm's head word (firm_heads.tsv: "Công ty", "Cty", "Tập
 * đoàn") opens the place prefix that ends right before token i. */
static bool ex_firm_before(const ex *x, size_t i)
{
    for (size_t s = i; s-- > 0 && i - s <= 4;) {
        const lx_entry *fe = NULL;
        int fn = ex_phrase(x, s, LX_ORG, &fe);
        if (fn && fe->firm && s + (size_t)fn <= i)
            return true;
        if (!ex_word(x, s))
            return false;
    }
    return false;
}

/* Whether the body phrase of wn syllables at token k (orgwords.tsv),
 * written with every syllable capitalised, is one piece although its second
 * syllable is a family name: "Đại học Sư Phạm Hà Nội" is pedagogy ("sư
 * phạm"), not "Sư" and a person "Phạm Hà Nội".  Only a phrase whose first
 * syllable opens no name of its own. */
static bool ex_orgword_surname(const ex *x, size_t k, int wn)
{
    return wn == 2 && x->tok[k].cap && !x->tok[k].glued && !x->tok[k + 1].allcaps &&
           !x->tok[k + 1].glued && !ex_name_at(x, k) && ex_phrase(x, k + 1, LX_SURNAME, NULL) == 1;
}

/* Whether token k, a capitalised function word that a lower-case word
 * follows, opens the next sentence: one syllable that both ends a post in
 * lower case (stopwords.tsv) and opens a sentence, never a name
 * (notnames.tsv) — "Trong", "Theo", "Qua", "Khi" — so no body's or
 * place's name goes on over it ("Hiệu trưởng ĐH Bách Khoa Hà Nội  Qua các
 * đợt …", "… Hà Nội Trong các …"; session 25); not a body phrase written
 * so ("Cho thuê tài chính"), nor a family name. */
static bool ex_clause_opener(const ex *x, size_t k)
{
    const lx_entry *fe = NULL;
    return ex_word(x, k) && x->tok[k].cap && !x->tok[k].allcaps &&
           ex_phrase(x, k, LX_NOTNAME, &fe) == 1 && (fe->kinds & LX_STOP) &&
           !(fe->kinds & (LX_ORGWORD | LX_PLACE | LX_LOOKALIKE | LX_SURNAME)) &&
           !ex_phrase(x, k, LX_ORGWORD | LX_SURNAME, NULL) && ex_word(x, k + 1) &&
           !x->tok[k + 1].cap && !x->tok[k + 1].digit;
}

/* Whether a duration opens at token k: "suốt 8 năm", "trong 5 năm", "gần
 * hai nhiệm kỳ", "3 năm liền" — an optional preposition of extent (suốt,
 * trong, gần, hơn, ngót, khoảng, được), a number (digits or a number
 * word), then a unit of time that no number follows ("năm 2017", "tháng
 * 5" are dates).  A post ends before it: "Chủ tịch Hội Nông dân tỉnh suốt
 * 8 năm", "Chủ tịch UBND xã 3 năm liền" (session 26). */
/* A word list with its byte lengths, for ex_in_words: no strlen per test
 * (ex_duration_at runs on every lower-case word of a post's body). */
typedef struct {
    const char *s;
    size_t n;
} ex_wordlen;
#define EX_W(w)                                                                                    \
    {                                                                                              \
        "" w, sizeof("" w) - 1                                                                     \
    }

static bool ex_in_words(const ex *x, size_t q, const ex_wordlen *words, size_t nwords)
{
    for (size_t w = 0; w < nwords; w++)
        if (ex_is_n(x, q, words[w].s, words[w].n))
            return true;
    return false;
}

static bool ex_duration_at(const ex *x, size_t k)
{
    static const ex_wordlen pre[] = {EX_W("suốt"), EX_W("trong"),  EX_W("gần"), EX_W("hơn"),
                                     EX_W("ngót"), EX_W("khoảng"), EX_W("được")};
    static const ex_wordlen num[] = {EX_W("một"),  EX_W("hai"),  EX_W("ba"),  EX_W("bốn"),
                                     EX_W("năm"),  EX_W("sáu"),  EX_W("bảy"), EX_W("tám"),
                                     EX_W("chín"), EX_W("mười"), EX_W("mấy"), EX_W("vài"),
                                     EX_W("nhiều")};
    static const ex_wordlen unit[] = {EX_W("năm"),  EX_W("tháng"), EX_W("tuần"),
                                      EX_W("ngày"), EX_W("thập"),  EX_W("khóa")};
    if (!ex_word(x, k) || x->tok[k].cap)
        return false;
    /* most words open no duration: a number, or a preposition's first
     * letter (s, t, g, h, n, k, đ) */
    unsigned char c0 = (unsigned char)x->t->w[x->tok[k].s];
    if (!x->tok[k].digit && !strchr("stghnk", c0 | 0x20) && c0 != 0xC4)
        return false;
    size_t q = k;
    for (int n = 0; n < 2 && ex_word(x, q) && !x->tok[q].cap; n++) {
        if (!ex_in_words(x, q, pre, sizeof pre / sizeof *pre))
            break;
        q++;
    }
    if (!ex_word(x, q) || x->tok[q].cap)
        return false;
    /* (a bare number word is a duration only after a preposition:
     * "Bí thư Tỉnh ủy năm 2015" is a date) */
    if (!x->tok[q].digit && (q == k || !ex_in_words(x, q, num, sizeof num / sizeof *num)))
        return false;
    q++;
    bool term = ex_is(x, q, "nhiệm") && (ex_is(x, q + 1, "kỳ") || ex_is(x, q + 1, "kì"));
    if (!term && (!ex_in_words(x, q, unit, sizeof unit / sizeof *unit) || x->tok[q].cap))
        return false;
    size_t after = q + (term ? 2 : 1);
    return !(ex_word(x, after) && x->tok[after].digit);
}

static size_t ex_skip_place(const ex *x, size_t i)
{
    /* "Trường ĐH Tôn Đức Thắng", "Trường THPT …": prefixes in a row */
    for (int guard = 0; guard < 4; guard++) {
        const lx_entry *e = NULL;
        int pn = ex_phrase(x, i, LX_PLACE | LX_LOOKALIKE, &e);
        if (!pn || (e->kinds & LX_LOOKALIKE) || !ex_word(x, i + (size_t)pn) ||
            !(x->tok[i + (size_t)pn].cap || x->tok[i + (size_t)pn].digit) ||
            ex_duration_at(x, i + (size_t)pn))
            break;
        i += (size_t)pn;
    }
    int n = ex_phrase(x, i, LX_LOOKALIKE, NULL);
    if (n && !ex_country_in_place(x, i))
        return i + (size_t)n;
    /* "Chủ tịch UBND TP Nguyễn Thành Phong": after an abbreviated prefix
     * ("TP" for the city the article is about) a run that is exactly a
     * person's name is that person, not a place */
    if (i > 0 && (ex_is(x, i - 1, "tp") || ex_is(x, i - 1, "tx") || ex_is(x, i - 1, "tỉnh") ||
                  (i > 1 && ex_is(x, i - 1, "phố") && ex_is(x, i - 2, "thành")))) {
        /* also "Chủ tịch UBND tỉnh Đỗ Đức Duy": no province is named like
         * a person (those that look so are look-alikes, taken above) */
        size_t run = i;
        while (run < x->ntok && ex_namecap(x, run))
            run++;
        if ((size_t)ex_name_at(x, i) == run - i)
            return i;
    }
    size_t k = i;
    /* "nút giao Nguyễn Thái Sơn": a street named exactly like a person is
     * one place ("Thái Sơn" inside it starts no name) */
    int nn = ex_name_at(x, i);
    if (nn && !ex_namecap(x, i + (size_t)nn))
        k = i + (size_t)nn;
    bool abbr = true; /* only abbreviations so far */
    while (k < x->ntok && x->tok[k].type == T_WORD && (x->tok[k].cap || x->tok[k].digit) &&
           k - i < 6 && !(x->tok[k].digit && ex_duration_at(x, k))) {
        int an = k > i ? ex_name_at(x, k) : 0;
        if (an) {
            /* "Cty TNHH TM XNK Hoàng Gia Phát", "Trường MN Mai Dịch": after
             * abbreviations with no meaning of their own (a trade, a school
             * level) a name that ends the run is the institution's */
            if (abbr && !ex_namecap(x, k + (size_t)an))
                k += (size_t)an;
            /* "Công ty TNHH Tân Hoàng Minh", "Cty Thái Sơn Nam": a firm's
             * name whose first word is no family name ends in what reads as
             * a name of two syllables — the firm's too (a head's full name
             * after the firm has three: "Công ty CP Sông Đà Nguyễn Văn
             * Hùng") */
            else if (an == 2 && !ex_namecap(x, k + 2) && ex_firm_before(x, i))
                k += 2;
            break;
        }
        /* "ĐH Quốc gia Hà Nội", "Trường Chính trị quốc gia": a body
         * phrase (orgwords.tsv) whose first syllable is capitalised is one
         * piece, its lower-case syllables too (the run was cut after "ĐH
         * Quốc") */
        int wn = ex_phrase(x, k, LX_ORGWORD, NULL);
        if (wn >= 2 && !x->tok[k].allcaps && ex_word(x, k + 1) &&
            (!x->tok[k + 1].cap || ex_orgword_surname(x, k, wn))) {
            k += (size_t)wn;
            abbr = false;
            continue;
        }
        if (k > i && ex_clause_opener(x, k))
            break;
        abbr = abbr && x->tok[k].allcaps && !x->tok[k].digit && !x->tok[k].nm;
        /* a number is a place's name only by itself ("phường 13", "Quận
         * 5"): "phường Trung Tự 30 tháng tù giam" ends before it */
        if (x->tok[k].digit && k > i)
            break;
        k++;
        if (x->tok[k - 1].digit)
            break;
    }
    return k;
}

/* Whether a Vietnamese name of three or four syllables, none of them
 * shaped like another language's word, starts at k after a word of another
 * language that no house number comes before ("võ sư Karate Đoàn Bảo
 * Châu"; not "288 Bis Nguyễn Văn Cừ", an address, nor "Sunisa Kim Sunisa
 * Kim"). */
static bool ex_vn_name_after(const ex *x, size_t k)
{
    int n = ex_name_at(x, k);
    if (n < 3 || (k >= 2 && x->tok[k - 2].digit))
        return false;
    for (size_t q = k; q < k + (size_t)n; q++)
        if (ex_tok_foreign(x, q))
            return false;
    return true;
}

/* ---- titles ---------------------------------------------------------- */

/* Whether a body word ("Ban", "Văn phòng", "Hội đồng") ends just before
 * token k. */
static bool ex_org_ends_at(const ex *x, size_t k)
{
    for (size_t n = 1; n <= 3 && n <= k; n++) {
        const lx_entry *e = NULL;
        if (ex_phrase(x, k - n, LX_ORG, &e) == (int)n) {
            /* not the second syllable of a capitalised compound: "Quốc
             * phòng" ends with "phòng", the body word "Phòng" ("Bộ Quốc
             * phòng kiểm tra"); "Trưởng ban chỉ đạo" is a role head */
            size_t f = k - n;
            if (!x->tok[f].cap && f > 0 && ex_word(x, f - 1) && x->tok[f - 1].cap &&
                !x->tok[f - 1].allcaps && !ex_role_at(x, f - 1, NULL) &&
                !ex_phrase(x, f - 1, LX_ORG | LX_NOTNAME, NULL))
                continue;
            return true;
        }
    }
    return false;
}

/* One part of an enumeration inside a body name at token k: one to three
 * words that are neither a post, a name nor a stop word (a capitalised body
 * phrase counts even when it is also a verb: "Nghiên cứu", "Đào tạo").
 * Returns its end (a name, a post or a stop word ends it), or k when there
 * is none; *caps is cleared when a word of it is in lower case. */
static size_t ex_enum_part(const ex *x, size_t k, bool *caps, size_t max)
{
    size_t s = k;
    while (k - s < max && ex_word(x, k) && !x->tok[k].digit && x->tok[k].h != x->lx->h_va) {
        if (ex_name_at(x, k) || ex_role_at(x, k, NULL) ||
            ex_phrase(x, k, LX_HONORIFIC | LX_RANK | LX_LOOKALIKE, NULL))
            break;
        int wn = ex_phrase(x, k, LX_ORGWORD, NULL);
        if (wn && x->tok[k].cap) {
            k += (size_t)wn;
            continue;
        }
        if (ex_phrase(x, k, LX_STOP | LX_NOTNAME, NULL))
            break;
        if (!x->tok[k].cap)
            *caps = false;
        k++;
    }
    return k;
}

/* An enumeration inside a body name after the comma at token c: "Bộ Văn
 * hóa, Thể thao và Du lịch", "Viện nghiên cứu xã hội, kinh tế và môi
 * trường", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng"
 * — parts separated by commas, then "và" and a word; or, without "và",
 * capitalised parts right before the holder's name or "của" and a body
 * ("Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Đức Hải").
 * Returns the token to go on from (the word after "và"; the name or "của",
 * with *whole set), or c when the comma ends the post. */
static size_t ex_enumeration(const ex *x, size_t c, bool *whole)
{
    size_t k = c + 1;
    bool caps = true;
    *whole = false;
    /* "Ban Chỉ đạo phòng, chống tội phạm": the idiom "phòng, chống" */
    if (c > 0 && ex_is(x, c - 1, "phòng") && ex_is(x, k, "chống"))
        return k;
    if (ex_phrase(x, k, LX_ORG, NULL))
        return c; /* ", Sở Kế hoạch và Đầu tư": a second body */
    for (int part = 0; part < 6; part++) {
        size_t e = ex_enum_part(x, k, &caps, 3);
        if (e == k)
            return c;
        if (e < x->ntok && x->tok[e].type == T_PUNCT && x->tok[e].p == ',') {
            k = e + 1;
            continue;
        }
        /* (… or '&' for "và": "Bộ trưởng Văn hóa, Thể thao & Du lịch
         * Nguyễn Ngọc Thiện") */
        if ((ex_word(x, e) && x->tok[e].h == x->lx->h_va) ||
            (e < x->ntok && x->tok[e].type == T_PUNCT && x->tok[e].p == '&')) {
            k = e + 1;
            if (!ex_word(x, k) || x->tok[k].digit || ex_name_at(x, k) || ex_role_at(x, k, NULL) ||
                (ex_phrase(x, k, LX_STOP | LX_HONORIFIC | LX_RANK | LX_NOTNAME, NULL) &&
                 !(x->tok[k].cap && ex_phrase(x, k, LX_ORGWORD, NULL))))
                return c;
            return k;
        }
        if (caps && part == 0 &&
            (ex_name_at(x, e) || (ex_is(x, e, "của") && e + 1 < x->ntok && x->tok[e + 1].cap &&
                                  ex_phrase(x, e + 1, LX_ORG, NULL)))) {
            *whole = true;
            return e;
        }
        /* a last part of up to five words, opening with a capital or after
         * a body written in lower case, right before its owner ("của" or
         * a parenthesis and a body): "Ủy ban Văn hóa Giáo dục, Thanh
         * Thiếu niên nhi đồng của Quốc hội", "Cục bảo vệ, chăm sóc trẻ em
         * (Bộ Lao động …)" */
        if (part == 0 &&
            (x->tok[c + 1].cap || (c > 0 && ex_word(x, c - 1) && !x->tok[c - 1].cap))) {
            bool caps2 = true;
            size_t e2 = ex_enum_part(x, c + 1, &caps2, 5);
            if (e2 > c + 1 && e2 + 1 < x->ntok &&
                (ex_is(x, e2, "của") || (x->tok[e2].type == T_PUNCT && x->tok[e2].p == '(')) &&
                x->tok[e2 + 1].cap && ex_phrase(x, e2 + 1, LX_ORG, NULL)) {
                *whole = true;
                return e2;
            }
        }
        return c;
    }
    return c;
}

/* Whether the holder of a post ending before token k is named after a link
 * there: "là" (after at most two lower-case words: "trước đây", "hiện
 * nay") and a name, an honorific between them or not ("nguyên Chủ tịch
 * Sacombank trước đây là ông Đặng Văn Thành"). */
static bool ex_holder_by_link(const ex *x, size_t k)
{
    for (size_t q = k; q < k + 3 && q < x->ntok && ex_word(x, q) && !x->tok[q].cap; q++)
        if (ex_is(x, q, "là") || ex_is(x, q, "gồm")) {
            size_t n = q + 1;
            /* "… Phó Tổng Giám đốc Oceanbank gồm (có) Nguyễn Văn Hoàn, …" */
            if (ex_is(x, q, "gồm") && ex_is(x, n, "có"))
                n++;
            if (ex_word(x, n) && ex_phrase(x, n, LX_HONORIFIC, NULL) == 1)
                n++;
            return ex_name_at(x, n) > 0;
        }
    return false;
}

/* Parse the body of a post from token i (just after the role head, or at
 * an organisation head) and return its end: capitalised words, lower-case
 * words of body names, places, "và"/"&"/" - " inside a name.  It stops at a
 * person's name, a stop word, a mark, or a second lower-case syllable that
 * nothing capitalised follows ("Chính phủ phát biểu" → "Chính phủ"). */
static bool ex_pen_pair(const ex *x, size_t k);

/* Whether tokens [s, e) are a foreign person's short name rather than a
 * brand: "Thủ tướng Abe", "Tổng Thư ký Guterres", "Tổng thống Vladimir
 * Putin" after "NAME,".  Each word capitalised, plain ASCII, with no
 * lexicon meaning, at least one no Vietnamese syllable, the first no
 * Vietnamese family name (surnames.tsv: name shape decides), and the last
 * written as a person elsewhere in the article: after "ông" / "bà" /
 * "ngài" ("ông Abe"), or ending a person's full name read before ("Shinzo
 * Abe").  A brand is never so written ("Tổng giám đốc Vinacomin",
 * "trang trại Organic Vinamilk … Tổng giám đốc Vinamilk" stay bodies).  Asked only after "NAME,
 * <head>" (ex_title_body), so the scan is rare. */
static bool ex_foreign_short(const ex *x, size_t s, size_t e)
{
    bool shaped = false;
    if (e <= s || e > x->ntok || ex_phrase(x, s, LX_SURNAME, NULL))
        return false;
    for (size_t k = s; k < e; k++) {
        if (!ex_namecap(x, k) || !ex_ascii(x, k) || x->tok[k].e - x->tok[k].s < 2 ||
            ex_phrase(x, k,
                      LX_ORG | LX_ROLE | LX_PLACE | LX_LOOKALIKE | LX_STOP | LX_NOTNAME |
                          LX_HONORIFIC | LX_RANK | LX_MONTH | LX_ORGWORD,
                      NULL))
            return false;
        shaped = shaped || ex_tok_foreign(x, k);
    }
    if (!shaped)
        return false;
    uint64_t h = x->tok[e - 1].h;
    for (size_t q = 0; q < x->npp; q++)
        if (x->pp[q].last == h && x->pp[q].te - x->pp[q].ts >= 2)
            return true;
    for (size_t j = 1; j < x->ntok; j++)
        if (x->tok[j].h == h && j + 1 != e && ex_namecap(x, j) &&
            ex_phrase(x, j - 1, LX_HONORIFIC, NULL) == 1)
            return true;
    return false;
}

static uint64_t ex_seq_hash(const ex *x, size_t s, size_t e);

/* Whether the one word at token k, after "NAME, <head>", is the given name
 * (last syllable) of a person of three syllables or more the article has
 * named before: a short reference to that person ("Thứ trưởng Ái" for
 * "Huỳnh Vĩnh Ái"), not a one-word body.  Asked only after "NAME, <head>"
 * (ex_title_body), so the scan is rare. */
static bool ex_known_given(const ex *x, size_t k)
{
    if (!ex_namecap(x, k) || x->tok[k].allcaps ||
        ex_phrase(x, k, LX_ORG | LX_ROLE | LX_PLACE | LX_LOOKALIKE | LX_ORGWORD | LX_COUNTRY, NULL))
        return false;
    uint64_t h = ex_seq_hash(x, k, k + 1);
    for (size_t q = 0; q < x->npp; q++)
        if (x->pp[q].last == h && x->pp[q].te - x->pp[q].ts >= 3 && x->pp[q].te <= k)
            return true;
    return false;
}

/* Whether tokens [s, e) hold a phrase of foreign_posts.tsv or a country
 * (a body only other states have: "Thượng viện", "Nhà Trắng"). */
static bool ex_foreign_words(const ex *x, size_t s, size_t e)
{
    for (size_t q = s; q < e; q++) {
        int n = ex_word(x, q) ? ex_phrase(x, q, LX_FOREIGN_POST | LX_COUNTRY, NULL) : 0;
        if (n && q + (size_t)n <= e)
            return true;
    }
    return false;
}

static bool ex_abbrev_institution(const ex *x, size_t k);
static bool ex_place_note(const ex *x, size_t o);

/* The first letter of token k, lower case. */
static uint32_t ex_initial(const ex *x, size_t k)
{
    size_t q = x->tok[k].s;
    return norm_lower(norm_decode((const unsigned char *)x->t->w, x->tok[k].e, &q));
}

/* Whether letter c of an abbreviation (lower case) is the initial of token
 * k: the same letter, or, when c is a plain ASCII letter, the initial's
 * base letter — abbreviations drop the tones ("UBND" for "Ủy ban nhân
 * dân", "ĐHQG" keeps its 'Đ' and matches "Đại" only). */
static bool ex_initial_is(const ex *x, size_t k, uint32_t c)
{
    uint32_t f = ex_initial(x, k);
    return f == c || (c < 0x80 && f >= 0x80 && f != 0x111 && (uint32_t)norm_base(f) == c);
}

/* A body's own abbreviation in parentheses inside its name, at the '(' of
 * token k, the body's words from token i: "Trường Đại học Bách khoa (ĐHBK)
 * Hà Nội", "Sở Tài nguyên và Môi trường (TN&MT) tỉnh Hà Nam" — words in
 * capitals (joined by '&', '-' or '.'), whose letters are initials of the
 * words before it in their order, then ')' and the rest of the name: a place
 * (a look-alike, or a prefix and its capitalised name).  Returns the token
 * after the ')' (the parenthesis is marked so that the post's text leaves
 * it out), or k when there is none. */
static size_t ex_paren_abbr(const ex *x, size_t i, size_t k)
{
    size_t q = k + 1, letters = 0, w = i;
    for (; q < x->ntok && q < k + 8; q++) {
        const tok *a = &x->tok[q];
        if (a->type == T_PUNCT && a->p == ')' && q > k + 1)
            break;
        if (a->type == T_PUNCT && (a->p == '&' || a->p == '-' || a->p == '.') && q > k + 1 &&
            a->s == x->tok[q - 1].e)
            continue;
        if (a->type != T_WORD || !a->allcaps || a->digit)
            return k;
        /* each letter the initial of a later word of the body */
        const unsigned char *p = (const unsigned char *)x->t->w;
        for (size_t b = a->s; b < a->e;) {
            uint32_t c = norm_lower(norm_decode(p, a->e, &b));
            while (w < k && !(ex_word(x, w) && ex_initial_is(x, w, c)))
                w++;
            if (w >= k)
                return k;
            w++;
            letters++;
        }
    }
    if (q >= x->ntok || x->tok[q].type != T_PUNCT || x->tok[q].p != ')' || letters < 2)
        return k;
    size_t nx = q + 1;
    const lx_entry *e = NULL;
    int n = ex_word(x, nx) ? ex_phrase(x, nx, LX_LOOKALIKE | LX_PLACE, &e) : 0;
    if (!n || !((x->tok[nx].cap && (e->kinds & LX_LOOKALIKE)) ||
                ((e->kinds & LX_PLACE) && ex_place_ok(x, nx, e) && ex_word(x, nx + (size_t)n) &&
                 x->tok[nx + (size_t)n].cap)))
        return k;
    for (size_t m = k; m <= q; m++)
        x->tok[m].paren_abbr = 1;
    return nx;
}

/* Where the words a body's abbreviation in parentheses at token k may
 * abbreviate start: the body's first token i, or, when the body is still
 * empty (k == i), the words right before it — a post of the lexicon that
 * ends in its body, "Chủ tịch Ủy ban nhân dân (UBND) tỉnh Quảng Nam" (up to
 * eight words back, within the post's own phrase). */
static size_t ex_abbr_from(const ex *x, size_t i, size_t k)
{
    if (k > i)
        return i;
    size_t b = i;
    while (b > 0 && i - b < 8 && ex_word(x, b - 1) && (x->tok[b - 1].kinds & LX_ROLE) == 0)
        b--;
    if (b > 0 && i - b < 8 && ex_word(x, b - 1))
        b--; /* the post's head itself ("Chủ tịch …") */
    return b;
}

static size_t ex_title_body(const ex *x, size_t i, bool after_cap, bool open, int after_name,
                            size_t *raw)
{
    size_t k = i, committed = i;
    int free_lower = after_cap ? 0 : 1;
    bool after_place = false, saw_org = false, about = false;
    /* a body opens with a body word, a place, an abbreviation or a post;
     * anything else only when a name follows the post at once ("Bộ trưởng
     * Thông tin và Truyền thông Trương Minh Tuấn"): "Thủ tướng Hun Sen" is
     * a post and a foreign name, not one post */
    /* nor with a lower-case word that is not a body word: "Thủ tướng giao
     * Ngân hàng Nhà nước …" */
    /* "Trưởng khoa Thận nhân tạo, Bệnh viện Bạch Mai", "trưởng khoa huyết
     * học Bệnh viện Chợ Rẫy", "chủ nhiệm khoa cầu đường, ĐHGTVT": a head
     * that ends in its unit's noun ("khoa", "phòng") is followed by the
     * unit's own name, a field in either case, no body word in it */
    bool unit = !open && i > 0 && i < x->ntok && ex_word(x, i) && !x->tok[i].digit &&
                !ex_name_at(x, i) && (ex_is(x, i - 1, "khoa") || ex_is(x, i - 1, "phòng")) &&
                !ex_phrase(x, i, LX_STOP | LX_HONORIFIC | LX_RANK, NULL);
    if (ex_word(x, i) && !x->tok[i].cap && !x->tok[i].digit &&
        !ex_phrase(x, i, LX_ORGWORD | LX_PLACE | LX_ORG, NULL) && !open && !unit)
        return i;
    bool loose = !open && !unit && ex_word(x, i) && x->tok[i].cap && !x->tok[i].allcaps &&
                 !ex_name_at(x, i) &&
                 !ex_phrase(x, i, LX_ORG | LX_ROLE | LX_PLACE | LX_LOOKALIKE | LX_ORGWORD, NULL);
    /* "Ông Đỗ Đình Đồng, Trưởng thôn Trung Thanh, xã Tam Thanh cho biết": a
     * role head that ends in a place prefix ("Trưởng thôn", roles.tsv) names
     * the place after it, as the prefix itself would */
    if (i > 0 && ex_word(x, i) && x->tok[i].cap && !x->tok[i].allcaps && ex_word(x, i - 1) &&
        !x->tok[i - 1].cap && ex_phrase(x, i - 1, LX_PLACE, NULL) == 1 && !ex_name_at(x, i)) {
        size_t pe = ex_skip_place(x, i);
        if (pe > i) {
            k = committed = pe;
            after_place = true;
            free_lower = 1;
            loose = false;
        }
    }
    while (k < x->ntok) {
        const tok *t = &x->tok[k];
        if (t->type == T_PUNCT) {
            size_t en;
            bool whole = false;
            /* "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": the
             * idiom's comma goes on wherever it stands in the body */
            if (t->p == ',' && k > i && ex_is(x, k - 1, "phòng") && ex_is(x, k + 1, "chống")) {
                k++;
                continue;
            }
            /* "Cục bảo vệ, chăm sóc trẻ em (Bộ Lao động …)": a body written
             * in lower case, the last part of its enumeration (two to five
             * lower-case words, verbs of a field included), then its owner
             * in parentheses */
            if (t->p == ',' && k > i && k > committed && ex_word(x, k - 1) && !x->tok[k - 1].cap) {
                size_t e2 = k + 1;
                while (e2 < k + 6 && ex_word(x, e2) && !x->tok[e2].cap && !x->tok[e2].digit &&
                       !ex_role_at(x, e2, NULL) && x->tok[e2].h != x->lx->h_va)
                    e2++;
                if (e2 >= k + 3 && e2 + 1 < x->ntok && x->tok[e2].type == T_PUNCT &&
                    x->tok[e2].p == '(' && x->tok[e2].s > x->tok[e2 - 1].e && x->tok[e2 + 1].cap &&
                    ex_phrase(x, e2 + 1, LX_ORG, NULL)) {
                    k = e2;
                    committed = k;
                    continue;
                }
            }
            /* "Phó Chủ tịch Hội đồng Bồi thường, hỗ trợ và tái định cư quận
             * Đống Đa": a council's name that enumerates its tasks in lower
             * case after a comma — two to six lower-case words joined by
             * "và", none a post, a status or a function word, then a place
             * (a lower-case prefix and its capitalised name) */
            if (t->p == ',' && saw_org && k > i && k == committed) {
                size_t e2 = k + 1;
                bool va = false;
                while (e2 < k + 7 && ex_word(x, e2) && !x->tok[e2].cap && !x->tok[e2].digit) {
                    const lx_entry *we = NULL;
                    if (x->tok[e2].h == x->lx->h_va)
                        va = e2 > k + 1;
                    else if (ex_phrase(x, e2,
                                       LX_ROLE | LX_STATUS | LX_HONORIFIC | LX_PLACE | LX_STOP,
                                       &we) &&
                             !((we->kinds & LX_ORGWORD) && !(we->kinds & (LX_ROLE | LX_PLACE))))
                        break;
                    e2++;
                }
                const lx_entry *pe = NULL;
                if (va && e2 >= k + 3 && x->tok[e2 - 1].h != x->lx->h_va &&
                    ex_phrase(x, e2, LX_PLACE, &pe) == 1 && (pe->kinds & LX_LOWER) &&
                    !x->tok[e2].cap && ex_word(x, e2 + 1) &&
                    (x->tok[e2 + 1].cap || (ex_word(x, e2 + 2) && x->tok[e2 + 2].cap))) {
                    k = e2;
                    committed = k;
                    free_lower = 1;
                    continue;
                }
            }
            if (t->p == ',' && k > i && k == committed && (en = ex_enumeration(x, k, &whole)) > k) {
                k = en;
                if (whole)
                    committed = k;
                continue;
            }
            /* "Sở VH,TT TPHCM": a comma without spaces between two
             * abbreviations belongs to the abbreviation */
            if (t->p == ',' && k > i && k == committed && x->tok[k - 1].allcaps &&
                x->tok[k - 1].e == t->s && ex_word(x, k + 1) && x->tok[k + 1].allcaps &&
                x->tok[k + 1].s == t->e) {
                k++;
                continue;
            }
            /* "Cục trưởng Cục Phòng, chống HIV/AIDS", "Trung tâm Phòng chống
             * HIV/AIDS tỉnh …": a slash without spaces between two
             * abbreviations joins them in one name — not a document's number
             * ("Chỉ thị số 50-CT/TW": the abbreviation after a digit and a
             * dash) */
            if (t->p == '/' && k > i && k == committed && x->tok[k - 1].allcaps &&
                x->tok[k - 1].e == t->s && ex_word(x, k + 1) && x->tok[k + 1].allcaps &&
                x->tok[k + 1].s == t->e &&
                !(k >= i + 2 && x->tok[k - 2].type == T_PUNCT &&
                  x->tok[k - 2].e == x->tok[k - 1].s)) {
                k++;
                continue;
            }
            /* "Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu Nguyễn Hồng Lĩnh", "UBND
             * tỉnh Thừa Thiên - Huế": a province named in two halves goes
             * on over its dash when a capitalised word that opens no name
             * follows (a byline's capitals do not: "Yên Bái – PV", nor the next
             * sentence: "Hải Phòng - Đây là …") */
            if (after_place && t->p == '-' && ex_word(x, k + 1) && x->tok[k + 1].cap &&
                !x->tok[k + 1].allcaps && !ex_name_at(x, k + 1) && !ex_role_at(x, k + 1, NULL) &&
                !ex_phrase(x, k + 1, LX_STOP | LX_HONORIFIC | LX_RANK | LX_NOTNAME, NULL)) {
                size_t pe = ex_skip_place(x, k + 1);
                if (pe > k + 1) {
                    k = committed = pe;
                    free_lower = 1;
                    continue;
                }
            }
            if (after_place && t->p == '-' && !ex_phrase(x, k + 1, LX_PLACE | LX_LOOKALIKE, NULL))
                break; /* "Bí thư Yên Bái – PV" */
            size_t ap;
            if (t->p == '(' && k == committed &&
                (ap = ex_paren_abbr(x, ex_abbr_from(x, i, k), k)) > k) {
                k = ap;
                continue;
            }
            /* "Quyền Cục trưởng - Cục Kinh tế và Phát triển quỹ đất" */
            if (t->p == '-' && k == i && !open && ex_word(x, k + 1) && x->tok[k + 1].cap &&
                ex_phrase(x, k + 1, LX_ORG, NULL) && !ex_role_at(x, k + 1, NULL)) {
                k++;
                continue;
            }
            if ((t->p == '-' || t->p == '&') && k > i && ex_word(x, k + 1) && x->tok[k + 1].cap &&
                !ex_name_at(x, k + 1) && !ex_role_at(x, k + 1, NULL) && k == committed) {
                k++;
                continue;
            }
            /* "Sở tài nguyên – môi trường": a dash between two lower-case
             * body words */
            if (t->p == '-' && k > i && k == committed && ex_word(x, k - 1) && !x->tok[k - 1].cap &&
                ex_word(x, k + 1) && !x->tok[k + 1].cap && ex_phrase(x, k + 1, LX_ORGWORD, NULL) &&
                !ex_phrase(x, k + 1, LX_PLACE, NULL)) {
                k++;
                continue;
            }
            break;
        }
        if (t->type != T_WORD)
            break;
        if (k > i && !t->cap && ex_duration_at(x, k))
            break; /* "… Hội Nông dân tỉnh suốt 8 năm" */
        if (t->cap || t->allcaps) {
            /* "Công ty Địa ốc Hoàng Quân": the firm's own name goes on the
             * body (ex_trade_name) */
            if (k > i && ex_trade_name(x, k)) {
                k += 2;
                committed = k;
                free_lower = 1;
                saw_org = true;
                continue;
            }
            /* "Thủ tướng Anh Theresa May", "Ngoại trưởng Anh Boris
             * Johnson": a country written like an honorific ("anh", in
             * lower case as one) right after the head, a capitalised word
             * after it (a name: "Anh" opens no Vietnamese one), is the
             * post's state, not the name's honorific */
            /* … and so when no capitalised word follows it (a mark, a
             * lower-case word, the end: no name can): "Tổng thư ký Đảng
             * Bảo thủ Anh, cho biết", "Bộ trưởng Quốc phòng Anh cho biết"
             * (session 26) */
            if (k == committed && t->cap && !t->allcaps && ex_phrase(x, k, LX_COUNTRY, NULL) == 1 &&
                ex_phrase(x, k, LX_HONORIFIC, NULL) == 1 &&
                (!ex_word(x, k + 1) || !x->tok[k + 1].allcaps)) {
                k++;
                committed = k;
                free_lower = 1;
                after_place = true;
                continue;
            }
            if (ex_name_at(x, k))
                break;
            if (k > i && ex_clause_opener(x, k))
                break; /* "… Hà Nội Qua các đợt" (session 25) */
            /* "Tổng Biên tập báo Nhân Dân Thuận Hữu": a pen name ends the
             * body (ex_pen_pair) */
            if (k > i && ex_pen_pair(x, k))
                break;
            /* "Giám đốc FBI James Comey": a Latin name of two or more words
             * after a body named by its abbreviation is the holder */
            if (k > i && x->tok[k - 1].allcaps && !t->allcaps && ex_foreign_run(x, k) >= 2)
                break;
            /* "cựu bộ trưởng Tư pháp Alice Fisher": so after a Vietnamese
             * word (a body in Vietnamese never goes on in Latin words
             * that end the run) */
            /* (in a body only other states have, any Latin run that ends
             * the capitals: "Chủ tịch Thượng viện Mahn Win Khaing Than",
             * whose "Than" spells a Vietnamese syllable) */
            if (k > i && !t->allcaps && ex_word(x, k - 1) && !ex_ascii(x, k - 1) &&
                (ex_latin_name(x, k) || (ex_foreign_run(x, k) >= 2 && ex_foreign_words(x, i, k))))
                break;
            /* after a place, only another place or an abbreviation goes on:
             * "Phó Thủ tướng Trung Quốc Uông Dương" ends at the country,
             * "Chủ tịch UBND tỉnh Khánh Hòa Ban cán sự …" at the province */
            if (after_place && !t->allcaps && !ex_phrase(x, k, LX_PLACE | LX_LOOKALIKE, NULL))
                break;
            /* a second post inside a body ends it, unless a body word asks
             * for one ("Ban Bí thư", "Văn phòng Chủ tịch nước") */
            if (k > i && ex_role_at(x, k, NULL) && !ex_org_ends_at(x, k))
                break;
            /* "Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Xây dựng …": a
             * post of two or more syllables right after a complete head is
             * the next post, not its body (a modifier that is a body word
             * goes on: "Phó Thủ tướng Thường trực") */
            int rk = k == i ? ex_role_at(x, k, NULL) : 0;
            if (rk >= 2 && !ex_org_ends_at(x, k) && !ex_phrase(x, k, LX_ORGWORD, NULL) &&
                !(ex_word(x, k + (size_t)rk) && !x->tok[k + (size_t)rk].cap &&
                  !x->tok[k + (size_t)rk].digit))
                break; /* (not a body's word that opens like a post: "Đại sứ quán") */
            /* "Nhà nước Phó Thủ tướng Vương Đình Huệ": a head that opens
             * with Phó / Quyền / Nguyên is a post of its own, never part of
             * a body, so the prefix is never dropped */
            if ((t->h == x->lx->h_pho || t->h == x->lx->h_quyen || t->h == x->lx->h_nguyen) &&
                ex_role_at(x, k, NULL) >= 2)
                break;
            after_place = false;
            /* "Nguyên Thống đốc Ngân hàng Nhà nước TS Cao Sĩ Kiêm": a
             * degree written in capitals right before a name is the
             * holder's, not the last word of the body */
            /* (a run of them too: "Thứ trưởng Bộ Y tế GS - TS Nguyễn Viết
             * Tiến") */
            int dn = t->allcaps && k > i ? ex_phrase(x, k, LX_RANK, NULL) : 0;
            size_t dq = k + (size_t)dn;
            int dn2;
            while (dn && dq + 1 < x->ntok && x->tok[dq].type == T_PUNCT &&
                   (x->tok[dq].p == '-' || x->tok[dq].p == '.') && x->tok[dq + 1].allcaps &&
                   (dn2 = ex_phrase(x, dq + 1, LX_RANK, NULL)) > 0)
                dq += 1 + (size_t)dn2;
            if (dn && ex_name_at(x, dq))
                break;
            /* (a place that opens like an honorific is the place: "Tỉnh ủy
             * Bà Rịa", not "bà" and a name) */
            int hr = ex_phrase(x, k, LX_HONORIFIC | LX_RANK, NULL);
            if (hr && !t->allcaps && ex_phrase(x, k, LX_LOOKALIKE, NULL) <= hr) {
                /* "Chủ tịch Hội Nhà báo Việt Nam", "Hội Luật sư": a rank
                 * right after a body word, no name after it, names the
                 * body's members (it ended the post at "Hội") */
                int rn = ex_phrase(x, k, LX_RANK, NULL);
                if (rn && k > i && k == committed && ex_org_ends_at(x, k) &&
                    !ex_phrase(x, k, LX_HONORIFIC, NULL) && !ex_name_at(x, k + (size_t)rn)) {
                    k += (size_t)rn;
                    committed = k;
                    free_lower = 1;
                    saw_org = true;
                    continue;
                }
                break;
            }
            const lx_entry *e = NULL;
            int n = ex_phrase(x, k, LX_LOOKALIKE | LX_PLACE | LX_STOP | LX_ORG, &e);
            /* a place's name is written with every syllable capitalised:
             * "Viện Hải dương học Nha Trang" (oceanography) is no "Hải
             * Dương" (the province), so the body goes on in lower case
             * (not a country, often written so, "Nhật bản", nor a body
             * written so before its holder: "Liên hợp quốc ông …") */
            if (n >= 2 && (e->kinds & LX_LOOKALIKE) &&
                !(e->kinds & (LX_ORG | LX_STOP | LX_PLACE | LX_COUNTRY)) &&
                ex_word(x, k + (size_t)n) && !x->tok[k + (size_t)n].cap &&
                !x->tok[k + (size_t)n].digit &&
                !ex_phrase(x, k + (size_t)n, LX_STOP | LX_HONORIFIC | LX_RANK, NULL))
                for (int q = 1; q < n; q++)
                    if (!x->tok[k + (size_t)q].cap) {
                        n = 0;
                        e = NULL;
                        break;
                    }
            /* a body phrase written with a capital ("Phát triển Nông
             * thôn") is one piece, so its last word is not a place prefix
             * ("thôn") that would swallow the holder's name after it */
            int wn = ex_phrase(x, k, LX_ORGWORD, NULL);
            if (wn >= 2 && wn > n) {
                k += (size_t)wn;
                committed = k;
                free_lower = 1; /* the compound is complete */
                saw_org = true; /* (a body's name: "Quân chủng Phòng không") */
                continue;
            }
            if (n && (e->kinds & LX_ORG) && !(e->kinds & (LX_LOOKALIKE | LX_PLACE))) {
                /* a body word: "Tỉnh ủy" is a body, not "tỉnh" + a place */
                k += (size_t)n;
                saw_org = true;
                committed = k;
                free_lower = x->tok[k - 1].cap && !x->tok[k - 1].allcaps ? 0 : 1;
                continue;
            }
            /* a capitalised stop word opens the next sentence; right after
             * the body word only a function word that never names anything
             * (notnames.tsv): "Nhà nước Tại buổi …", "Tổng Công ty Về …",
             * but "Bộ Thông tin", "Ban Lãnh đạo" */
            /* … nor a phrase right after a body word that is no function
             * word: "Vụ Công chức viên chức", "Sở Thông tin và Truyền
             * thông" (but "Ban Kinh tế Trung ương Sáng 10/5": one word) */
            if (n && (e->kinds & LX_STOP) && !(e->kinds & (LX_PLACE | LX_LOOKALIKE | LX_ORGWORD)) &&
                !t->allcaps &&
                ((k > i &&
                  !(n >= 2 && ex_org_ends_at(x, k) && !ex_phrase(x, k, LX_NOTNAME, NULL))) ||
                 (open && ex_phrase(x, k, LX_NOTNAME, NULL) == 1)))
                break;
            if (n && (e->kinds & LX_PLACE) && !(e->kinds & LX_LOOKALIKE) && ex_place_ok(x, k, e)) {
                /* a capitalised prefix opens an institution ("Trường Đại
                 * học Kinh tế quốc dân") whose name may go on in lower
                 * case; a look-alike or a lower-case prefix is a place,
                 * complete: "Cần Thơ đại diện" */
                size_t from = k + (size_t)n;
                size_t pe = ex_skip_place(x, from);
                after_place = pe > from && ((t->allcaps && !ex_abbrev_institution(x, k)) ||
                                            ex_phrase(x, from, LX_LOOKALIKE, NULL) ||
                                            ex_phrase(x, pe - 1, LX_LOOKALIKE, NULL) == 1);
                k = pe;
                /* (an institution's name ending in a lower-case body phrase
                 * is complete: "Công ty TNHH Thương mại xuất nhập khẩu …") */
                free_lower = after_place || (pe > from && !x->tok[pe - 1].cap) ? 1 : 0;
            } else if (n && (e->kinds & LX_LOOKALIKE)) {
                k += (size_t)n;
                free_lower = 1;
                after_place = true;
            } else {
                /* an abbreviation is a whole word: "TP.HCM cũng" */
                free_lower = t->allcaps ? 1 : 0;
                k += n ? (size_t)n : 1;
            }
            committed = k;
            continue;
        }
        if (t->digit) {
            /* "Khu Quản lý Giao thông đô thị số 1", "Trường THPT số 2": a
             * number after "số" names the body (not a date or a count:
             * "số 12/2017", "số 1.200") */
            /* (… at a sentence's end too: "… Trung tâm Y tế số 6. Ông …",
             * a full stop that no digit follows) */
            if (k > i && ex_is(x, k - 1, "số") && t->e - t->s <= 3 &&
                !(k + 1 < x->ntok && x->tok[k + 1].type == T_PUNCT && x->tok[k + 1].s == t->e &&
                  x->tok[k + 1].p != ',' && x->tok[k + 1].p != ')' &&
                  !(x->tok[k + 1].p == '.' &&
                    (k + 2 >= x->ntok || x->tok[k + 2].s > x->tok[k + 1].e ||
                     !x->tok[k + 2].digit)))) {
                k++;
                committed = k;
                free_lower = 1;
                continue;
            }
            /* "Tư lệnh Quân khu 4", "Sư đoàn 308": a short number right
             * after a capitalised body word names the unit, when nothing
             * but a mark, a line end or a capitalised word follows ("Tỉnh
             * ủy 2 nhiệm kỳ", "phường Trung Tự 30 tháng" are counts) —
             * or a lower-case word it does not count (counters.tsv: "Tham
             * mưu trưởng Trung đoàn 64 cho biết", "Giám đốc bệnh viện Nhi
             * Đồng 1 cho biết", an institution's prefix opening the body),
             * or when it is glued to an abbreviation ("Trưởng phòng PC45") */
            const tok *nx = k + 1 < x->ntok ? &x->tok[k + 1] : NULL;
            /* (… or to one capital letter: a team by its age group, "HLV
             * U20 Việt Nam", "U23 Malaysia") */
            bool glued = k > i && x->tok[k - 1].e == t->s &&
                         (x->tok[k - 1].allcaps ||
                          (x->tok[k - 1].cap && x->tok[k - 1].e - x->tok[k - 1].s == 1));
            if (k > i && k == committed && ex_word(x, k - 1) && !x->tok[k - 1].digit &&
                t->e - t->s <= 3 &&
                ((saw_org && x->tok[i].cap) || ex_phrase(x, i, LX_PLACE, NULL) > 0 || glued) &&
                (!nx || nx->type == T_NL ||
                 (nx->type == T_PUNCT && nx->s > t->e && nx->p != '/' && nx->p != '.') ||
                 (nx->type == T_PUNCT && nx->s == t->e &&
                  (nx->p == ',' || nx->p == ')' || nx->p == '.' || nx->p == ';' || nx->p == ':')) ||
                 (nx->type == T_WORD && nx->cap) ||
                 (nx->type == T_WORD && !nx->digit && !ex_phrase(x, k + 1, LX_COUNTER, NULL)) ||
                 (glued &&
                  !(nx->type == T_PUNCT && nx->s == t->e && (nx->p == '/' || nx->p == '.'))))) {
                k++;
                committed = k;
                free_lower = 1;
                continue;
            }
            break;
        }
        /* "Đại sứ Việt Nam tại Nhật Bản Nguyễn Quốc Cường", "Văn phòng đại
         * diện tỉnh … tại TP.HCM": a mission of one country in another
         * ("ở" as "tại": "Hội người Việt Nam ở Nhật Bản", session 25) */
        int an;
        if (after_place && (ex_is(x, k, "tại") || ex_is(x, k, "ở")) &&
            (an = ex_phrase(x, k + 1, LX_LOOKALIKE, NULL)) > 0) {
            k += 1 + (size_t)an;
            committed = k;
            free_lower = 1;
            continue;
        }
        /* "Trưởng Ban Chỉ đạo Nhà nước về Du lịch", "Trưởng ban chỉ đạo
         * Giải Báo chí toàn quốc về xây dựng Đảng": a steering committee's
         * subject after "về" is part of its name */
        if (!about && k > i && t->h == x->h_ve && ex_word(x, k + 1) && !x->tok[k + 1].digit &&
            !ex_name_at(x, k + 1) && !ex_role_at(x, k + 1, NULL)) {
            for (size_t q = i; q + 1 < k && !about; q++)
                about = ex_is(x, q, "chỉ") && ex_is(x, q + 1, "đạo");
            if (about) {
                k++;
                if (free_lower == 0)
                    free_lower = 1;
                continue;
            }
        }
        const lx_entry *e = NULL;
        int n = ex_phrase(x, k, LX_STOP | LX_ORGWORD | LX_PLACE | LX_ROLE, &e);
        /* "và" joins two words of one body only before a capital that does
         * not start a post or a name: "Bộ Kế hoạch và Đầu tư" */
        if (t->h == x->lx->h_va) {
            size_t nx = k + 1;
            if (k == committed && ex_word(x, nx) && x->tok[nx].cap && !ex_name_at(x, nx) &&
                !ex_role_at(x, nx, NULL) && !ex_phrase(x, nx, LX_HONORIFIC | LX_RANK, NULL)) {
                k++;
                continue;
            }
            /* between two lower-case words of a body name: "Trung tâm
             * tuyển sinh và quan hệ doanh nghiệp", "Viện Khoa học quản trị
             * doanh nghiệp và kinh tế số Việt Nam" (not after a place word:
             * "UBND tỉnh và nhân dân") */
            const lx_entry *ve = NULL;
            if (k > i && ex_word(x, k - 1) && !x->tok[k - 1].cap && !x->tok[k - 1].digit &&
                !ex_phrase(x, k - 1, LX_PLACE, NULL) && ex_word(x, nx) && !x->tok[nx].cap &&
                !x->tok[nx].digit && !ex_role_at(x, nx, NULL) && x->tok[nx].h != x->lx->h_cac &&
                x->tok[nx].h != x->lx->h_nhung &&
                !(ex_phrase(x, nx, LX_STOP | LX_PLACE | LX_HONORIFIC, &ve) &&
                  !(ve->kinds & LX_ORGWORD))) {
                k++;
                if (free_lower == 0)
                    free_lower = 1;
                continue;
            }
            break;
        }
        if (n && (e->kinds & LX_STOP) && !(e->kinds & LX_ORGWORD))
            break;
        if (n && (e->kinds & LX_PLACE) && !ex_place_ok(x, k, e) &&
            !(e->kinds & (LX_ORGWORD | LX_STOP)))
            n = 0, e = NULL; /* "môi trường": not the prefix "Trường" */
        /* a one-syllable prefix that no name follows is a plain word: "lễ
         * hội cầu ngư làng …" (a festival; "cầu" names a bridge only before
         * its name) */
        if (n == 1 && (e->kinds & LX_PLACE) && !(e->kinds & (LX_ORGWORD | LX_STOP)) &&
            ex_word(x, k + 1) && !x->tok[k + 1].cap && !x->tok[k + 1].digit)
            n = 0, e = NULL;
        if (n && (e->kinds & LX_PLACE)) {
            size_t nx = k + (size_t)n;
            /* past the usual two tentative words a place is no longer part
             * of the body: "Ban tổ chức lễ hội cầu ngư làng Thai Dương Hạ" */
            if (free_lower > 3)
                break;
            if (ex_word(x, nx) && (x->tok[nx].cap || x->tok[nx].digit)) {
                k = ex_skip_place(x, nx);
                committed = k;
                free_lower = 1;
                after_place = true;
                continue;
            }
        }
        /* a verb that also names a field ("chỉ đạo", "đầu tư") belongs to
         * the body only right after a body word: "Ban chỉ đạo", but "Bộ
         * Quốc phòng kiểm tra" */
        if (n && (e->kinds & LX_STOP) && (e->kinds & LX_ORGWORD) && !ex_org_ends_at(x, k) &&
            !about) {
            /* … elsewhere it is tentative, kept only when the post ends
             * there: "Viện Hợp tác quốc tế và Nghiên cứu phát triển;" (after
             * a place it is a verb: "UBND tỉnh Đồng Tháp chỉ đạo") */
            if (after_place)
                break;
            if (free_lower == 0)
                free_lower = 1;
            if (free_lower < (after_name == 1 ? 6 : 3) && !t->glued) {
                k += (size_t)n;
                free_lower += n;
                continue;
            }
            break;
        }
        if (n && (e->kinds & (LX_ORGWORD | LX_PLACE))) {
            after_place = false;
            k += (size_t)n;
            committed = k;
            free_lower = 0;
            continue;
        }
        if (after_place)
            break; /* "… huyện Gia Viễn đánh bài" */
        /* "Trưởng đơn vị can thiệp mạch máu não": a body word of two
         * syllables or more written in lower case right after a capitalised
         * head is whole, not a compound's second syllable and a tentative
         * rest ("Trưởng đơn"; session 27) */
        int on;
        if (free_lower == 0 && k == i && (on = ex_phrase(x, k, LX_ORG, NULL)) >= 2) {
            k += (size_t)on;
            committed = k;
            free_lower = 1;
            saw_org = true;
            continue;
        }
        if (free_lower == 0) {
            /* the second syllable of a capitalised compound: "Chính phủ" */
            k++;
            committed = k;
            free_lower = 1;
            continue;
        }
        /* (not a word glued to the one before it: "Ban chỉ đạokhắc phục") */
        if (free_lower < (after_name == 1 ? 6 : 3) && !t->glued) {
            /* tentative: kept only if something capitalised follows */
            k++;
            free_lower++;
            continue;
        }
        /* "Giám đốc Trung tâm giám định và thanh toán đa tuyến phía Bắc
         * Dương Tuấn Đức cho biết": a body written in lower case at length
         * right before its holder's name — up to eight words more, lower
         * case, none a stop word, post, place prefix, cue or honorific
         * ("và" between two of them; body phrases of orgwords.tsv such as
         * "phía Bắc" too), then a full name: all of it is the body */
        if (!t->glued) {
            size_t q = k;
            while (q < k + 8 && ex_word(x, q) && !x->tok[q].glued) {
                const lx_entry *qe = NULL;
                int qn = ex_phrase(x, q,
                                   LX_ORGWORD | LX_STOP | LX_PLACE | LX_ROLE | LX_STATUS |
                                       LX_HONORIFIC | LX_RANK | LX_NOTNAME,
                                   &qe);
                if (qn && (qe->kinds & LX_ORGWORD) && !(qe->kinds & (LX_STOP | LX_PLACE))) {
                    q += (size_t)qn;
                    continue;
                }
                if (qn || x->tok[q].cap || x->tok[q].digit || x->tok[q].h == x->lx->h_cac ||
                    x->tok[q].h == x->lx->h_nhung)
                    break;
                q++;
            }
            if (q > k && !ex_is(x, q - 1, "và") && ex_name_at(x, q) >= 2) {
                k = committed = q;
                free_lower = 0;
            }
        }
        break;
    }
    /* keep tentative lower-case words only when a name follows at once */
    bool named = k < x->ntok && ex_name_at(x, k) && free_lower <= 3;
    /* … or a parenthesis or ';' ends the post there ("Cục Kinh tế và Phát
     * triển quỹ đất (Tổng cục …)"): no verb ran into it (a comma may follow
     * a verb: "… Trung ương tin tưởng, …") */
    bool marked = k < x->ntok && x->tok[k].type == T_PUNCT &&
                  (x->tok[k].p == '(' || x->tok[k].p == ')' || x->tok[k].p == ';');
    /* after "NAME," a post that a mark ends keeps its lower-case tail:
     * "bà Nguyễn Hướng Dương, Giám đốc Thư viện sách nói dành cho người
     * mù, …" */
    bool closed =
        after_name == 1 &&
        (k >= x->ntok || x->tok[k].type == T_NL ||
         (x->tok[k].type == T_PUNCT && (x->tok[k].p == ',' || x->tok[k].p == '.' ||
                                        /* " - " ends an apposition "NAME - POST - …" */
                                        (x->tok[k].p == '-' && x->tok[k - 1].e < x->tok[k].s))));
    /* (a unit's name runs in lower case up to a mark: "chủ nhiệm khoa cầu
     * đường, ĐHGTVT") */
    if (unit && !closed && k > i && k - i <= 6)
        closed = k >= x->ntok || x->tok[k].type == T_NL ||
                 (x->tok[k].type == T_PUNCT && (x->tok[k].p == ',' || x->tok[k].p == '.'));
    if (raw)
        *raw = k;
    /* "ông A, Phó Giám đốc Trung tâm đăng kiểm cho biết", "… Giám đốc
     * Trung tâm đăng kiểm và ông B": the body is only a head that needs a
     * name of its own (named_heads.tsv), and the lower-case words that
     * name it run on where its end cannot be told: the post is the role
     * head alone, not the bare head as its body */
    if (k != committed && !named && !marked && !closed && committed > i && ex_word(x, committed) &&
        !x->tok[committed].cap && !x->tok[committed].digit) {
        const lx_entry *he = NULL;
        int hn = ex_phrase(x, i, LX_ORG, &he);
        if (hn && he->named && i + (size_t)hn == committed)
            return i;
    }
    if (k != committed && !named && !marked && !closed)
        k = committed;
    /* a one-word brand after "NAME, post" is that post's body: "Ông Đặng
     * Thanh Hải, Tổng giám đốc Vinacomin"), or one with a body word in it,
     * but not "Phạm Văn Đồng, Tổng Bí thư Trường Chinh" */
    /* (a state named in the body and its holder's Latin name after it:
     * "Tổng thống Cộng hòa Séc Milos Zeman") */
    /* (… or a brand and the country it trades in: "Giám đốc Fossil Việt
     * Nam") */
    /* (… and one whose holder a link names after it: "nguyên Chủ tịch
     * Sacombank trước đây là ông Đặng Văn Thành") */
    /* (… but no foreign person's short name: "Thủ tướng Nguyễn Xuân Phúc,
     * Thủ tướng Abe cùng dự": the post is Abe's, ex_foreign_short) */
    if (loose && after_name && (k == i + 1 || k == i + 2) && ex_foreign_short(x, i, k))
        return i;
    /* (… nor the given name of a Vietnamese person named before: "Phó Thủ
     * tướng Vũ Văn A, Thứ trưởng Ái đã yêu cầu …" when the article named
     * "Thứ trưởng Huỳnh Vĩnh Ái": the post is Ái's, ex_known_given) */
    if (loose && after_name && k == i + 1 && ex_known_given(x, i))
        return i;
    if (loose && !(k < x->ntok && ex_name_at(x, k)) && !(k == i + 1 && ex_holder_by_link(x, k)) &&
        !(after_name &&
          (k == i + 1 || saw_org || (k == i + 2 && closed && after_name == 1) ||
           (k > i + 1 && ex_phrase(x, i + 1, LX_LOOKALIKE, NULL) == (int)(k - i - 1)))) &&
        !(after_place && k > i && ex_phrase(x, k - 1, LX_COUNTRY, NULL) && ex_foreign_run(x, k)))
        return i;
    return k;
}

/* ---- elements -------------------------------------------------------- */

/* Append an element; returns it or NULL on OOM. */
static el *ex_add(ex *x, int type, size_t ts, size_t te)
{
    if (type == E_OTHER && x->nel && x->el[x->nel - 1].type == E_OTHER) {
        x->el[x->nel - 1].te = (uint32_t)te;
        return &x->el[x->nel - 1];
    }
    if (!ex_grow(x, (void **)&x->el, &x->capel, x->nel, sizeof *x->el))
        return NULL;
    el *e = &x->el[x->nel++];
    memset(e, 0, sizeof *e);
    e->type = (uint8_t)type;
    e->ts = (uint32_t)ts;
    e->te = (uint32_t)te;
    e->xe = (uint32_t)te;
    e->person = -1;
    return e;
}

/* Hash of tokens [s, e) as one phrase. */
static uint64_t ex_seq_hash(const ex *x, size_t s, size_t e)
{
    uint64_t h = 0;
    for (size_t k = s; k < e; k++)
        h = norm_hash_combine(h, x->tok[k].h);
    return h;
}

/* Find or add a person by the name at tokens [s, e); returns its index. */
static int32_t ex_person(ex *x, size_t s, size_t e)
{
    uint64_t key = ex_seq_hash(x, s, e);
    if ((x->npp + 1) * 2 > x->ptabcap) {
        size_t nc = x->ptabcap ? x->ptabcap * 2 : 64;
        int32_t *nt = calloc(nc, sizeof *nt);
        if (!nt) {
            x->oom = true;
            return -1;
        }
        for (size_t k = 0; k < x->npp; k++) {
            size_t j = (size_t)x->pp[k].key & (nc - 1);
            while (nt[j])
                j = (j + 1) & (nc - 1);
            nt[j] = (int32_t)k + 1;
        }
        free(x->ptab);
        x->ptab = nt;
        x->ptabcap = nc;
    }
    size_t m = x->ptabcap - 1;
    size_t j = (size_t)key & m;
    for (; x->ptab[j]; j = (j + 1) & m)
        if (x->pp[x->ptab[j] - 1].key == key) {
            person *q = &x->pp[x->ptab[j] - 1];
            /* the name as the text writes it, not a heading's capitals */
            if (x->tok[q->ts].allcaps && !x->tok[s].allcaps)
                q->ts = (uint32_t)s, q->te = (uint32_t)e;
            return x->ptab[j] - 1;
        }
    if (!ex_grow(x, (void **)&x->pp, &x->cappp, x->npp, sizeof *x->pp))
        return -1;
    person *p = &x->pp[x->npp];
    p->ts = (uint32_t)s, p->te = (uint32_t)e, p->key = key, p->mentions = 0;
    p->last = ex_seq_hash(x, e - 1, e);
    p->last2 = e - s >= 3 ? ex_seq_hash(x, e - 2, e) : 0;
    x->ptab[j] = (int32_t)x->npp + 1;
    return (int32_t)x->npp++;
}

/* Whether the article has named a person of this key already. */
static bool ex_person_known(const ex *x, uint64_t key)
{
    if (!x->ptabcap)
        return false;
    size_t m = x->ptabcap - 1;
    for (size_t j = (size_t)key & m; x->ptab[j]; j = (j + 1) & m)
        if (x->pp[x->ptab[j] - 1].key == key)
            return true;
    return false;
}

/* Count an organisation mention at tokens [s, e). */
static void ex_org(ex *x, size_t s, size_t e)
{
    if (e <= s)
        return;
    uint64_t key = ex_seq_hash(x, s, e);
    if ((x->nog + 1) * 2 > x->otabcap) {
        size_t nc = x->otabcap ? x->otabcap * 2 : 64;
        int32_t *nt = calloc(nc, sizeof *nt);
        if (!nt) {
            x->oom = true;
            return;
        }
        for (size_t k = 0; k < x->nog; k++) {
            size_t j = (size_t)x->og[k].key & (nc - 1);
            while (nt[j])
                j = (j + 1) & (nc - 1);
            nt[j] = (int32_t)k + 1;
        }
        free(x->otab);
        x->otab = nt;
        x->otabcap = nc;
    }
    size_t m = x->otabcap - 1;
    size_t j = (size_t)key & m;
    for (; x->otab[j]; j = (j + 1) & m)
        if (x->og[x->otab[j] - 1].key == key) {
            x->og[x->otab[j] - 1].mentions++;
            return;
        }
    if (!ex_grow(x, (void **)&x->og, &x->capog, x->nog, sizeof *x->og))
        return;
    x->og[x->nog] = (org){key, (uint32_t)s, (uint32_t)e, 1};
    x->otab[j] = (int32_t)x->nog + 1;
    x->nog++;
}

/* Whether tokens a and b are one word, byte for byte (case kept). */
static bool ex_same_bytes(const ex *x, size_t a, size_t b)
{
    const tok *p = &x->tok[a], *q = &x->tok[b];
    return p->e - p->s == q->e - q->s && !memcmp(x->t->w + p->s, x->t->w + q->s, p->e - p->s);
}

/* A body named with its initials in parentheses right after it, the '('
 * at token k: "Công ty cổ phần Lọc hóa dầu Bình Sơn (BSR)", "Tổng giám
 * đốc Ngân hàng TMCP Sài Gòn Thương Tín (STB)".  The initials are one word
 * in capitals, no digit, that the lexicon does not know (no abbreviation of
 * abbreviations.tsv, no country, place, body or role: "(UBND)", "(VN)" are
 * the lexicon's).  The body is the nearest body word before the '(' ("Công
 * ty cổ phần", "Ngân hàng", "Tập đoàn", "Trường" …; a firm's council before
 * it is not the firm) whose name, as a body named on its own is read
 * (ex_title_body), runs exactly to the '(' — no mark, name or line
 * between.  Recorded for ex_initials_post; the same initials given to two
 * bodies define none. */
static void ex_define_initials(ex *x, size_t k)
{
    const tok *a = &x->tok[k + 1];
    if (a->type != T_WORD || !a->allcaps || a->digit || a->e - a->s > 8 ||
        x->tok[k + 2].type != T_PUNCT || x->tok[k + 2].p != ')')
        return;
    if (ex_phrase(x, k + 1,
                  LX_COUNTRY | LX_PLACE | LX_LOOKALIKE | LX_ORG | LX_ROLE | LX_RANK | LX_HONORIFIC |
                      LX_FOREIGN_POST | LX_BODY_LOCAL | LX_BODY_NATIONAL | LX_OWN_BODY |
                      LX_NOTNAME | LX_STATEHEAD,
                  NULL) ||
        lexicon_is_abbr(x->lx, x->t->w + a->s, a->e - a->s))
        return;
    size_t b = k;
    for (size_t q = k; q-- > 0 && q + 24 > k;) {
        const tok *t = &x->tok[q];
        if (t->type == T_PUNCT && (t->p == '-' || t->p == '&'))
            continue;
        if (t->type != T_WORD)
            break;
        int on = t->cap && !t->allcaps ? ex_phrase(x, q, LX_ORG, NULL) : 0;
        /* (not a council: "HĐQT Công ty X (ABC)", "Hội đồng quản trị …") */
        if (on && (size_t)on + q < k && !ex_is(x, q, "hội")) {
            size_t hend = q + (size_t)on;
            if (ex_title_body(x, hend, x->tok[hend - 1].cap, true, false, NULL) == k) {
                b = q;
                /* the longer head it ends ("Tổng Công ty Đường sắt …":
                 * not "Công ty Đường sắt …") */
                for (size_t back = 1; back <= 2 && b == q && q >= back; back++)
                    if (ex_word(x, q - back) && x->tok[q - back].cap &&
                        (size_t)ex_phrase(x, q - back, LX_ORG, NULL) > back)
                        b = q - back;
                break;
            }
        }
        if (ex_role_at(x, q, NULL) || ex_phrase(x, q, LX_STOP, NULL))
            break;
    }
    if (b == k)
        return;
    uint64_t h = ex_seq_hash(x, b, k);
    for (size_t d = 0; d < x->ndefs; d++)
        if (ex_same_bytes(x, x->defs[d].ini, k + 1)) {
            if (x->defs[d].h != h)
                x->defs[d].clash = 1;
            return;
        }
    if (x->ndefs < sizeof x->defs / sizeof x->defs[0])
        x->defs[x->ndefs++] =
            (struct ex_initials){(uint32_t)b, (uint32_t)k, (uint32_t)(k + 1), h, 0};
}

/* Every body the article names with its initials (ex_define_initials), at
 * each '(' before a word in capitals that ex_match listed. */
static __attribute__((noinline)) void ex_article_initials(ex *x)
{
    for (size_t c = 0; c < x->nparen; c++)
        if (x->paren[c] + 2 < x->ntok)
            ex_define_initials(x, x->paren[c]);
}

/* Whether token i sits alone on its line with the tokens up to e. */
static bool ex_alone_on_line(const ex *x, size_t s, size_t e)
{
    return (s == 0 || x->tok[s - 1].type == T_NL) && (e >= x->ntok || x->tok[e].type == T_NL);
}

/* Whether "trong thời gian" opens the stretch of the sentence before token
 * i (at most 20 tokens back, no full stop, ';' or line between): "trong
 * thời gian giữ cương vị …, giữ chức …" looks back on a time in office.
 * Not a time ahead or just past ("trong thời gian tới / qua / gần đây /
 * sắp tới / này / ngắn / dài"). */
static bool ex_during_before(const ex *x, size_t i)
{
    for (size_t k = i; k-- > 0 && k + 20 > i;) {
        const tok *w = &x->tok[k];
        if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == ';')))
            return false;
        if (k >= 2 && k + 1 < i && ex_is(x, k, "gian") && ex_is(x, k - 1, "thời") &&
            ex_is(x, k - 2, "trong"))
            return !(ex_is(x, k + 1, "tới") || ex_is(x, k + 1, "qua") || ex_is(x, k + 1, "gần") ||
                     ex_is(x, k + 1, "sắp") || ex_is(x, k + 1, "này") || ex_is(x, k + 1, "ngắn") ||
                     ex_is(x, k + 1, "dài"));
    }
    return false;
}

/* Whether word k is a term's number: a Roman numeral ("XII", "IV") or a
 * number of one to three digits ("khóa 13"). */
static bool ex_term_number(const ex *x, size_t k)
{
    if (!ex_word(x, k))
        return false;
    const tok *w = &x->tok[k];
    size_t n = w->e - w->s;
    if (w->digit)
        return n <= 3;
    if (!w->allcaps && n != 1)
        return false;
    for (size_t q = w->s; q < w->e; q++) {
        char c = x->t->w[q];
        if (c != 'I' && c != 'V' && c != 'X' && c != 'L')
            return false;
    }
    return n <= 6;
}

/* The end of a term written right after a post, from token k: "khóa XII",
 * "khóa III, IV", "từ khóa II đến khóa VI", "khóa 13" ("Ủy viên Ban Chấp
 * hành Trung ương Đảng khóa XII, Bí thư Tỉnh ủy …", "Đại biểu Quốc hội
 * khóa XIII Nguyễn Văn A"): the term qualifies the post and belongs to it
 * (its label stays without it).  k when there is none. */
static size_t ex_post_term(const ex *x, size_t k)
{
    size_t q = k;
    if (ex_is(x, q, "từ"))
        q++;
    if (!(ex_is(x, q, "khóa") || ex_is(x, q, "khoá")) || !ex_term_number(x, q + 1))
        return k;
    q += 2;
    for (;;) {
        size_t r = q;
        if (r < x->ntok && x->tok[r].type == T_PUNCT && (x->tok[r].p == ',' || x->tok[r].p == '-'))
            r++;
        else if (ex_is(x, r, "và") || ex_is(x, r, "đến"))
            r++;
        else
            break;
        if (ex_is(x, r, "khóa") || ex_is(x, r, "khoá"))
            r++;
        if (!ex_term_number(x, r))
            break;
        q = r + 1;
    }
    return q;
}

/* Whether the status cue of n tokens at token i ends a word of
 * cue_words.tsv that starts before it ("chính quyền", "thẩm quyền"): then
 * it is that word's last syllable, no cue. */
static bool ex_cue_in_word(const ex *x, size_t i, size_t n)
{
    for (size_t k = 0; k < x->lx->ncueword; k++) {
        size_t w = x->lx->cuewordsyl[k];
        if (w <= n || i < w - n)
            continue;
        size_t s = i - (w - n);
        bool words = true;
        for (size_t q = s; q < i + n && words; q++)
            words = ex_word(x, q);
        if (words && ex_seq_hash(x, s, i + n) == x->lx->cueword[k])
            return true;
    }
    return false;
}

/* Try a post at token i (with an optional status cue first); adds the
 * element and returns the next token, or i when there is none. */
static size_t ex_try_title(ex *x, size_t i, int plural)
{
    /* no cue and no role head starts here (what the tests below find for
     * such a token, without them) */
    if (i >= x->ntok || !(x->tok[i].kinds & (LX_STATUS | LX_ROLE)))
        return i;
    const lx_entry *cue = NULL;
    size_t r = i;
    int cn = ex_phrase(x, i, LX_STATUS, &cue);
    uint8_t status = 0;
    bool cued = false;
    /* an ending `after` cue right before a post is one before it: "ông A
     * (đã) từ chức Giám đốc Sở Y tế", "rời ghế Chủ tịch …" */
    bool before =
        cn &&
        (cue->cue_pos == 0 || cue->cue_pos == 9 ||
         (cue->cue_pos == 3 && cue->status == ST_ENDED && ex_role_at(x, i + (size_t)cn, NULL)));
    /* "chính quyền Tổng thống A": the government of president A, no acting
     * president */
    if (before && ex_cue_in_word(x, i, (size_t)cn))
        before = false;
    if (before) {
        r = i + (size_t)cn;
        status = cue->status;
        cued = true;
        /* "nắm giữ chức", "đang giữ chức", "vẫn (còn) giữ chức", "hiện giữ
         * chức", "tiếp tục giữ chức", "chỉ giữ chức" (keeps only this one of
         * his posts), "người giữ chức …" (a description), "khi ông A chưa
         * giữ chức vụ Giám đốc …" (before he held it: he holds it now):
         * holding the post, not taking it */
        if (status == ST_APPOINTED && i > 0 && ex_is(x, i, "giữ") &&
            (ex_is(x, i - 1, "nắm") || ex_is(x, i - 1, "đang") || ex_is(x, i - 1, "vẫn") ||
             ex_is(x, i - 1, "chưa") || ex_is(x, i - 1, "hiện") || ex_is(x, i - 1, "còn") ||
             ex_is(x, i - 1, "chỉ") || ex_is(x, i - 1, "người") ||
             (i > 1 && ex_is(x, i - 1, "tục") && ex_is(x, i - 2, "tiếp"))))
            status = ST_CURRENT;
        /* "trong thời gian được Tập đoàn … cử sang Ocean Bank tham gia HĐQT,
         * giữ chức tổng giám đốc, bị cáo này đã …": a post held during a
         * time the sentence looks back on is a past one */
        if (status == ST_APPOINTED && ex_is(x, i, "giữ") && ex_during_before(x, i))
            status = ST_FORMER;
        /* "được kéo dài thời gian giữ chức Giám đốc …": the term goes on */
        if (status == ST_FORMER && ex_is(x, i, "thời") && i >= 2 && ex_is(x, i - 1, "dài") &&
            ex_is(x, i - 2, "kéo"))
            status = ST_CURRENT;
        /* two cues before one post: "nguyên quyền Trưởng phòng …" was acting
         * and is no longer — former wins over the second cue */
        const lx_entry *cue2 = NULL;
        int cn2 = ex_phrase(x, r, LX_STATUS, &cue2);
        if (cn2 && cue2->cue_pos == 0 && ex_role_at(x, r + (size_t)cn2, NULL)) {
            r += (size_t)cn2;
            if (status != ST_FORMER)
                status = cue2->status;
        }
    }
    const lx_entry *re = NULL;
    int rn = ex_role_at(x, r, &re);
    /* "giữ chức Vụ trưởng Vụ Kế hoạch": the longest cue "giữ chức vụ" took
     * the post's first word; the shorter cue under it ends where the post
     * starts */
    if (!rn && before && cn >= 2 && r == i + (size_t)cn) {
        const lx_entry *c3 = NULL;
        int cn3 = ex_phrase_below(x, i, LX_STATUS, cn, &c3);
        if (cn3 && c3->cue_pos == 0 && ex_role_at(x, i + (size_t)cn3, NULL)) {
            /* (the same status keeps what the tests above made of it:
             * "đang giữ chức vụ" -> "đang giữ chức", held) */
            if (c3->status != cue->status)
                status = c3->status;
            cue = c3;
            cn = cn3;
            r = i + (size_t)cn3;
            rn = ex_role_at(x, r, &re);
        }
    }
    if (!rn && r != i) {
        r = i; /* "quyền Chủ tịch" may also be a role head of its own */
        rn = ex_role_at(x, r, &re);
        status = 0;
        cued = false;
    }
    if (!rn)
        return i;
    /* "Q. Giám đốc Sở Y tế", "Q.Giám đốc": "Q." is "quyền" (acting) right
     * before a post (elsewhere it is a district: "Q.1") */
    if (!cued && r == i && i >= 2 && x->tok[i - 1].type == T_PUNCT && x->tok[i - 1].p == '.' &&
        ex_word(x, i - 2) && x->tok[i - 2].e - x->tok[i - 2].s == 1 &&
        x->t->w[x->tok[i - 2].s] == 'Q' && x->tok[i - 2].e == x->tok[i - 1].s) {
        status = ST_ACTING;
        cued = true;
    }
    size_t rend = r + (size_t)rn;
    /* a head that ends with a body word ("Trưởng ban", "Phó phòng") is
     * followed by that body's name, whatever it is ("Tuyên giáo") */
    /* … of one or more syllables: "Chủ nhiệm Ủy ban" ends with "Ủy ban" */
    size_t head_n = 0;
    for (size_t l = rn > 3 ? 3 : (size_t)rn - 1; l >= 1 && !head_n; l--) {
        uint64_t hh = 0;
        for (size_t q = rend - l; q < rend; q++)
            hh = norm_hash_combine(hh, x->tok[q].h);
        const lx_entry *last = lexicon_find(x->lx, hh, (int)l);
        if (last && (last->kinds & LX_ORG))
            head_n = l;
    }
    bool open = head_n > 0;
    size_t raw = 0;
    int after_name = x->nel >= 2 && x->el[x->nel - 2].type == E_NAME &&
                     (x->el[x->nel - 1].type == E_COMMA || x->el[x->nel - 1].type == E_DASH ||
                      x->el[x->nel - 1].type == E_OPEN);
    /* … and so is a later post of the name's postfix chain ("ông A -
     * nguyên Phó Chủ tịch UBND TP Hà Nội, nguyên Chủ tịch Hội đồng Quản trị
     * Vinaconex"), one after a note in parentheses ("Hà Văn Thắm (SN 1972,
     * cựu Chủ tịch HĐQT Oceanbank)") and one a link word gives the name
     * ("ông A là / từng là Giám đốc Fossil Việt Nam"): a brand may name
     * its body there (2), but a lower-case tail is kept only right after
     * the name (1): "…, Trưởng Ban Tổ chức Trung ương tin tưởng, …" */
    if (!after_name && cued && x->nel >= 1 && x->el[x->nel - 1].type == E_NAME)
        after_name = 2; /* "ông A nguyên / từng là Giám đốc …" */
    /* "Đại biểu Ngô Thị Minh (Quảng Ninh), Phó Chủ nhiệm Ủy ban Văn hóa,
     * Giáo dục, …": a short capitalised note (the delegate's province)
     * closed before the comma stands between the name and its apposition */
    if (!after_name && x->nel >= 5 && ex_place_note(x, x->nel - 4))
        after_name = 1;
    if (!after_name && x->nel >= 2) {
        size_t q = x->nel;
        while (q >= 3 && x->el[q - 1].type == E_COMMA && x->el[q - 2].type == E_TITLE)
            q -= 2;
        const el *z = x->el;
        if (q < x->nel && q >= 2 && z[q - 2].type == E_NAME &&
            (z[q - 1].type == E_COMMA || z[q - 1].type == E_DASH || z[q - 1].type == E_OPEN))
            after_name = 2;
        else if (x->nel >= 4 && z[x->nel - 1].type == E_COMMA && z[x->nel - 2].type == E_OTHER &&
                 z[x->nel - 3].type == E_OPEN && z[x->nel - 4].type == E_NAME)
            after_name = 2;
        /* … or closed before the comma: "Nguyễn Xuân Sơn (SN 1962), nguyên
         * Tổng Giám đốc Oceanbank" (a note of no name and no post) */
        else if (x->nel >= 5 && cued && z[x->nel - 1].type == E_COMMA &&
                 z[x->nel - 2].type == E_CLOSE) {
            size_t o = x->nel - 2;
            while (o > 0 && o + 5 > x->nel - 2 &&
                   (z[o - 1].type == E_OTHER || z[o - 1].type == E_COMMA))
                o--;
            if (o >= 2 && o < x->nel - 2 && z[o - 1].type == E_OPEN && z[o - 2].type == E_NAME)
                after_name = 2;
        } else if (z[x->nel - 1].type == E_CUE && z[x->nel - 1].where == 2 &&
                   (z[x->nel - 2].type == E_NAME ||
                    (x->nel >= 3 && z[x->nel - 2].type == E_OTHER &&
                     z[x->nel - 2].te == z[x->nel - 2].ts + 1 && z[x->nel - 3].type == E_NAME)))
            after_name = 2;
    }
    /* "Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội": a head that
     * ends in a body word ("Chủ nhiệm Ủy ban", roles.tsv) whose longer body
     * name of org_heads.tsv goes on past the head over a stop word ("về")
     * takes that whole name before its body goes on (session 27) */
    size_t bfrom = rend;
    for (size_t j = r + 1; j < rend; j++) {
        int on = ex_phrase(x, j, LX_ORG, NULL);
        if (on > 0 && j + (size_t)on > rend) {
            bfrom = j + (size_t)on;
            break;
        }
    }
    size_t end = ex_title_body(x, bfrom, x->tok[bfrom - 1].cap || x->tok[bfrom - 1].allcaps, open,
                               after_name, &raw);
    /* "Phó Trưởng ban phụ trách Ban thực hiện chính sách BHYT", "Thành
     * viên phụ trách HĐTV,", "giám đốc phụ trách chi nhánh Hà Nội": a head
     * and "phụ trách" (in charge of) before a body — a capitalised body
     * word, a place prefix and its name, or an abbreviation a mark or a
     * name closes — is one post with that body (not a field: "Giám đốc
     * phụ trách Marketing", "Bộ trưởng phụ trách TPP của các quốc gia") */
    size_t org_from = 0;
    if (end == rend && rend + 2 < x->ntok && ex_is(x, rend, "phụ") && ex_is(x, rend + 1, "trách") &&
        ex_word(x, rend + 2) && !ex_name_at(x, rend + 2) && !ex_role_at(x, rend + 2, NULL)) {
        size_t b = rend + 2;
        const tok *bt = &x->tok[b];
        const lx_entry *pe = NULL;
        bool body =
            (bt->cap && !bt->allcaps && ex_phrase(x, b, LX_ORG, NULL)) ||
            (ex_phrase(x, b, LX_PLACE, &pe) && (pe->kinds & LX_LOWER) && !bt->cap &&
             ex_word(x, b + (size_t)ex_phrase(x, b, LX_PLACE, NULL)) &&
             x->tok[b + (size_t)ex_phrase(x, b, LX_PLACE, NULL)].cap) ||
            (bt->allcaps && !ex_phrase(x, b, LX_RANK, NULL) && b + 1 < x->ntok &&
             (x->tok[b + 1].type == T_NL ||
              (x->tok[b + 1].type == T_PUNCT && x->tok[b + 1].p != '/') || ex_name_at(x, b + 1)));
        size_t be = body ? ex_title_body(x, b, false, true, after_name, &raw) : b;
        if (be > b) {
            end = be;
            org_from = b;
        }
    }
    /* "Thượng tá Trần Quốc Tiến, Phó Cục trưởng, Cục H59, Tổng cục Hậu cần
     * – Kỹ thuật": a head made of a body word and "trưởng" ("Cục trưởng",
     * "Phó Viện trưởng", "Chi cục trưởng") with no body, then a comma and
     * that body word capitalised: the body named after the comma is the
     * head's own (not a second post) */
    if (end == rend && !org_from && rn >= 2 && rend + 2 < x->ntok && ex_is(x, rend - 1, "trưởng") &&
        x->tok[rend].type == T_PUNCT && x->tok[rend].p == ',' && ex_word(x, rend + 1) &&
        x->tok[rend + 1].cap && ex_phrase(x, rend + 1, LX_ORG, NULL)) {
        size_t m = 0; /* the body word's syllables inside the head */
        if (rend >= r + 3 && x->tok[rend - 3].h == x->tok[rend + 1].h && ex_word(x, rend + 2) &&
            x->tok[rend - 2].h == x->tok[rend + 2].h)
            m = 2;
        else if (rend >= r + 2 && x->tok[rend - 2].h == x->tok[rend + 1].h)
            m = 1;
        size_t b = rend + 1;
        size_t be = m ? ex_title_body(x, b, true, false, after_name, &raw) : b;
        if (be > b + m) {
            end = be;
            org_from = b;
        }
    }
    /* "Trợ lý Bộ trưởng Ngoại giao A", "Thư ký Thủ tướng B":
     * an aide's head (roles.tsv "+aide") right before another head serves
     * it — one post, the aide's, never the second head's */
    const lx_entry *served = NULL;
    int sn;
    if ((re->kinds & LX_ROLE_AIDE) && end == rend && (sn = ex_role_at(x, rend, &served)) > 0 &&
        !(served->kinds & LX_ROLE_AIDE)) {
        size_t s2 = rend + (size_t)sn;
        end = ex_title_body(x, s2, x->tok[s2 - 1].cap || x->tok[s2 - 1].allcaps, false, after_name,
                            &raw);
    } else if ((re->kinds & LX_ROLE_AIDE) && end == rend) {
        return i; /* a bare "trợ lý" (a coach's assistant, anyone's): no post */
    }
    /* "Đội trưởng Đội 11 phụ trách quận Bình Thủy", "Trung đoàn trưởng
     * Trung đoàn 9": a head of a unit ("Đội" + "trưởng") before its unit
     * named by the same words, then a short number: the number is the
     * unit's, whatever follows (the body's own rule reads a number before
     * a lower-case word as a count) */
    if (rn >= 2 && end == rend + (size_t)(rn - 1) && end < x->ntok && x->tok[end].digit &&
        x->tok[end].e - x->tok[end].s <= 3 &&
        !(end + 1 < x->ntok && x->tok[end + 1].type == T_PUNCT &&
          x->tok[end + 1].s == x->tok[end].e &&
          (x->tok[end + 1].p == '/' || x->tok[end + 1].p == '.' || x->tok[end + 1].p == ','))) {
        bool same = true;
        for (size_t q = 0; q + 1 < (size_t)rn && same; q++)
            same = x->tok[rend + q].h == x->tok[r + q].h && x->tok[rend + q].cap;
        if (same)
            end++;
    }
    /* "Trưởng phòng 3, Cục An ninh …", "Phó trưởng phòng 7 Cục CSĐT …",
     * "trưởng phòng 6 thuộc C74B": a head ending in a body word ("phòng",
     * "ban") right before a short number names a numbered unit — unless the
     * number counts what follows it (counters.tsv: "Trưởng phòng 3 năm"),
     * or is a date's or a decimal's ("2/2017", "3.5") */
    if (rn >= 2 && end == rend && end < x->ntok && x->tok[end].digit &&
        x->tok[end].e - x->tok[end].s <= 2 && ex_phrase(x, rend - 1, LX_ORG, NULL) == 1) {
        const tok *nx = end + 1 < x->ntok ? &x->tok[end + 1] : NULL;
        if (!nx || nx->type == T_NL ||
            (nx->type == T_PUNCT && (nx->s > x->tok[end].e || (nx->p != '/' && nx->p != '.'))) ||
            (nx->type == T_PUNCT && nx->p == '.' &&
             (end + 2 >= x->ntok || !x->tok[end + 2].digit)) ||
            (nx->type == T_WORD && !nx->digit && !ex_phrase(x, end + 1, LX_COUNTER, NULL)))
            end++;
    }
    /* "Đội trưởng Đội 11", "Đội phó Đội TTGT số 3", "Đội trưởng Quản lý
     * thị trường số 14": a head marked "+body" (roles.tsv) is a post only
     * with its unit written after it, opening with a capitalised body word;
     * a team's captain ("đội trưởng U23 Việt Nam", "đội trưởng Quế Ngọc
     * Hải") holds no post */
    if ((re->kinds & LX_ROLE_BODY) &&
        !(end > rend && x->tok[rend].cap && ex_phrase(x, rend, LX_ORG | LX_ORGWORD, NULL)))
        return i;
    /* "Tổng Bí thư Trường Chinh": after a bare head of state (not "Chủ
     * tịch", a company's too) a pen name that looks like a school is the
     * holder, not the post's body */
    if (end == rend + 2 && (re->kinds & LX_STATEHEAD) && !ex_is(x, r, "chủ") &&
        ex_pen_name(x, rend))
        end = rend;
    /* … nor a foreign name in Latin letters ("Ông Nguyễn Văn An, Thủ
     * tướng Abe cùng dự", the body a brand's only after another head:
     * ex_title_body) */
    else if (end > rend && end <= rend + 2 && (re->kinds & LX_STATEHEAD) && !ex_is(x, r, "chủ") &&
             ex_namecap(x, rend) && ex_foreign_run(x, rend) == (int)(end - rend))
        end = rend;
    /* … and after a national body ("Chủ tịch Hội đồng Nhà nước Trường
     * Chinh", "… Ủy ban Thường vụ Quốc hội Trường Chinh"; bodies.tsv):
     * not after a company, a commune or a school's head ("Công ty … Trường
     * Phát", "xã Trường An", "Hiệu trưởng Trường Kim Đồng") */
    else if (end >= rend + 3 && ex_pen_name(x, end - 2)) {
        bool national = false;
        for (size_t l = 1; l <= 3 && end - 2 - l >= rend && !national; l++)
            national = ex_phrase(x, end - 2 - l, LX_BODY_NATIONAL, NULL) == (int)l;
        if (national)
            end -= 2;
    }
    /* "Ông Dương Khiết Trì, Ủy viên Quốc vụ, …": a post of foreign_posts.tsv
     * that opens with the head is whole, whatever its words */
    int fpn = ex_phrase(x, r, LX_FOREIGN_POST, NULL);
    if (fpn > rn && r + (size_t)fpn > end)
        end = r + (size_t)fpn;
    /* "Chủ tịch Hồ Chí Minh" is the man, not a post of the city: a body that
     * is only a person-like look-alike (family name, three syllables) */
    int ln = ex_phrase(x, rend, LX_LOOKALIKE, NULL);
    if (ln >= 3 && end == rend + (size_t)ln && ex_phrase(x, rend, LX_SURNAME, NULL) == 1)
        end = rend;
    /* "Tổng giám đốc Ban này": a body named by a demonstrative is no name,
     * the post is the bare head */
    if (end == rend + 1 && end < x->ntok && !open && ex_phrase(x, rend, LX_ORG, NULL) == 1 &&
        (ex_is(x, end, "này") || ex_is(x, end, "đó") || ex_is(x, end, "trên")))
        end = rend;
    /* "Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh": the post stops
     * before "của", but the name after the owner still takes it */
    size_t xend = end;
    int on;
    if (end + 1 < x->ntok && ex_is(x, end, "của") && x->tok[end + 1].cap &&
        (on = ex_phrase(x, end + 1, LX_ORG, NULL)) > 0) {
        size_t oe = ex_title_body(x, end + 1 + (size_t)on, true, true, false, NULL);
        if (ex_name_at(x, oe))
            xend = oe;
    }
    /* "Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI) Vũ Tiến
     * Lộc": the body's abbreviation in parentheses before the name */
    if (xend == end && end + 3 < x->ntok && x->tok[end].type == T_PUNCT && x->tok[end].p == '(' &&
        ex_word(x, end + 1) && x->tok[end + 1].allcaps && x->tok[end + 2].type == T_PUNCT &&
        x->tok[end + 2].p == ')' && ex_name_at(x, end + 3))
        xend = end + 3;
    /* "Trưởng công an xã Gia Xuyên (huyện Gia Lộc, tỉnh Hải Dương) Tăng Văn
     * Méc": where the body is, in parentheses, then the name; and so the
     * body it belongs to (session 27: "Cục trưởng Cục Quản lý môi trường
     * (Bộ Y tế) Nguyễn Thị Lan"), a capitalised body's head opening the
     * parenthesis — it stays out of the label as the place does */
    if (xend == end && end > rend && end < x->ntok && x->tok[end].type == T_PUNCT &&
        x->tok[end].p == '(') {
        size_t q = end + 1;
        while (q < x->ntok && q < end + 14 && x->tok[q].type != T_NL &&
               !(x->tok[q].type == T_PUNCT && (x->tok[q].p == ')' || x->tok[q].p == '(' ||
                                               x->tok[q].p == '.' || x->tok[q].p == ';')) &&
               !ex_role_at(x, q, NULL) && !(ex_word(x, q) && ex_name_at(x, q)))
            q++;
        if (q + 1 < x->ntok && x->tok[q].type == T_PUNCT && x->tok[q].p == ')' &&
            ex_name_at(x, q + 1) &&
            (ex_phrase(x, end + 1, LX_PLACE, NULL) ||
             (x->tok[end + 1].cap && ex_phrase(x, end + 1, LX_ORG, NULL) > 0)))
            xend = q + 1;
    }
    /* lower-case words left out of the post just before ',' or ';' and
     * another post are swallowed, so that the chain goes on: "Ủy viên Ban
     * cán sự ngành, Thứ trưởng …" */
    if (xend == end && raw > end && raw + 1 < x->ntok && x->tok[raw].type == T_PUNCT &&
        (x->tok[raw].p == ',' || x->tok[raw].p == ';') && ex_role_at(x, raw + 1, NULL)) {
        size_t q = end;
        while (q < raw && ex_word(x, q) && !x->tok[q].cap && !x->tok[q].digit)
            q++;
        if (q == raw)
            xend = raw;
    }
    /* "Giám đốc Sở Y tế cũ Lê Văn An", "…, Giám đốc Sở Y tế cũ, cho biết":
     * "cũ" (stopwords.tsv) right after the post makes it a former one and
     * stays out of its label; before a name it is still the name's post */
    if (xend == end && end > rend && end < x->ntok && ex_is(x, end, "cũ")) {
        xend = end + 1;
        status = ST_FORMER;
        cued = true;
    }
    /* "Bộ trưởng tiền nhiệm Nguyễn Bắc Son", "Chủ tịch UBND tỉnh tiền
     * nhiệm Trần Văn Bình": "tiền nhiệm" (the predecessor) so, as "cũ" —
     * former, out of the label (a body takes it in before a name) */
    if (xend == end && end >= rend + 2 && ex_is(x, end - 1, "nhiệm") && ex_is(x, end - 2, "tiền")) {
        end -= 2;
        status = ST_FORMER;
        cued = true;
    } else if (xend == end && end + 2 < x->ntok && ex_is(x, end, "tiền") &&
               ex_is(x, end + 1, "nhiệm") && ex_name_at(x, end + 2)) {
        xend = end + 2;
        status = ST_FORMER;
        cued = true;
    } else if (xend == end && end + 3 < x->ntok && ex_is(x, end, "nhiệm") &&
               ex_is(x, end + 1, "kỳ") && x->tok[end + 2].digit) {
        /* "Chủ tịch UBND huyện Điện Bàn nhiệm kỳ 2010-2015 Trần Văn Bình":
         * a term between the post and its holder's name stays out of the
         * label and the name still takes the post (ex_post_period reads
         * the term after the label: former when closed before the article) */
        size_t q = end + 3;
        if (q + 1 < x->ntok && x->tok[q].type == T_PUNCT && x->tok[q].p == '-' &&
            x->tok[q + 1].digit)
            q += 2;
        if (ex_name_at(x, q))
            xend = q;
    } else if (xend == end && !cued && end + 3 < x->ntok &&
               (ex_is(x, end, "vừa") || ex_is(x, end, "mới"))) {
        /* "ông A, Bí thư Tỉnh ủy Quảng Nam vừa được bầu, phát biểu …": the
         * post just taken, told after it ("vừa / mới (được) bầu / bổ
         * nhiệm / nhậm chức …" that ends the clause) — appointed, as "tân" */
        size_t q = end + 1 + (ex_is(x, end + 1, "được") ? 1 : 0);
        const lx_entry *c2 = NULL;
        int n2 = ex_phrase(x, q, LX_STATUS, &c2);
        q += (size_t)(n2 > 0 ? n2 : 0);
        if (n2 > 0 && c2->status == ST_APPOINTED && c2->cue_pos <= 1 && q < x->ntok &&
            (x->tok[q].type == T_NL ||
             (x->tok[q].type == T_PUNCT && (x->tok[q].p == ',' || x->tok[q].p == '.' ||
                                            x->tok[q].p == ')' || x->tok[q].p == ';'))))
            status = ST_APPOINTED, cued = true;
    }
    /* "Bí thư Đảng ủy, Giám đốc Công ty Bóng đèn Điện Quang", "Bí thư Đảng
     * ủy, Chủ tịch Hội đồng thành viên PVN": a party committee's secretary
     * with no body, then a post of a body (a capitalised body word or an
     * abbreviation, after the members' or directors' council if any), is
     * the secretary of that body's committee — not of a people's committee
     * or a Party committee named there ("Bí thư Đảng ủy, Chủ tịch UBND xã") */
    size_t bs = 0, bend = 0;
    if (end == rend && rn >= 2 && ex_is(x, rend - 1, "ủy") && ex_is(x, rend - 2, "đảng") &&
        rend + 2 < x->ntok && x->tok[rend].type == T_PUNCT && x->tok[rend].p == ',') {
        const lx_entry *r2 = NULL;
        int n2 = ex_role_at(x, rend + 1, &r2);
        size_t s2 = rend + 1 + (size_t)(n2 > 0 ? n2 : 0);
        if (n2 > 0 && s2 < x->ntok && ex_word(x, s2) && (x->tok[s2].cap || x->tok[s2].allcaps)) {
            size_t b2 = ex_title_body(x, s2, true, false, 0, NULL), b = s2;
            /* (the council of a firm or a university: "Chủ tịch Hội đồng
             * Đại học Huế" is of the university's committee) */
            if (ex_is(x, b, "hđqt") || ex_is(x, b, "hđtv"))
                b++;
            else if (b + 2 < b2 && ex_is(x, b, "hội") && ex_is(x, b + 1, "đồng"))
                b += (ex_is(x, b + 2, "quản") || ex_is(x, b + 2, "thành")) ? 4 : 2;
            if (b < b2 && ex_word(x, b) && (x->tok[b].cap || x->tok[b].allcaps) &&
                (ex_phrase(x, b, LX_ORG, NULL) || x->tok[b].allcaps) &&
                !ex_phrase(x, b, LX_BODY_EXECUTIVE | LX_BODY_ASSEMBLY | LX_RANK, NULL) &&
                !ex_is(x, b, "ubnd") && !ex_is(x, b, "hđnd") && !ex_name_at(x, b))
                bs = b, bend = b2;
        }
    }
    el *e = ex_add(x, E_TITLE, i, xend);
    if (!e)
        return xend;
    e->bs = (uint32_t)bs;
    e->be = (uint32_t)bend;
    e->te = (uint32_t)end;
    e->rs = (uint32_t)r;
    /* "Trưởng Ban Tổ chức Trung ương": role "Trưởng", organisation "Ban Tổ
     * chức Trung ương" — the body word of the head belongs to the body */
    e->re = (uint32_t)(open && end > rend && !org_from ? rend - head_n : rend);
    e->os = (uint32_t)org_from;
    e->status = status;
    e->cued = cued;
    e->plural = (uint8_t)plural;
    e->one = (re->kinds & LX_ROLE_ONE) != 0;
    ex_org(x, org_from ? org_from : e->re, end);
    return xend;
}

/* Whether a house number stands right before token k: "số 7", "ngõ 9",
 * "hẻm 12/3", or digits with a letter ("45B"). */
static bool ex_address_before(const ex *x, size_t k)
{
    if (k < 2)
        return false;
    size_t d = k - 1;
    const tok *p = &x->tok[d];
    /* "thường trú tại tổ 40, Hoàng Văn Thụ (quận Hoàng Mai)", "xóm 3,
     * Nguyễn Du": a hamlet or a residential group by its number, then a
     * comma, then the street or the ward it lies in */
    if (k >= 3 && p->type == T_PUNCT && p->p == ',' && ex_word(x, k - 2) && x->tok[k - 2].digit &&
        x->tok[k - 2].e - x->tok[k - 2].s <= 3 &&
        (ex_is(x, k - 3, "tổ") || ex_is(x, k - 3, "xóm") || ex_is(x, k - 3, "thôn") ||
         ex_is(x, k - 3, "ấp") || ex_is(x, k - 3, "khóm") || ex_is(x, k - 3, "khối")))
        return true;
    /* "45B": a one-letter word glued to the digits before it */
    if (p->type == T_WORD && !p->digit && p->e - p->s == 1 && x->tok[d - 1].type == T_WORD &&
        x->tok[d - 1].digit && x->tok[d - 1].e == p->s)
        return true;
    if (p->type != T_WORD || !p->digit || p->e - p->s > 4)
        return false;
    /* "12/3": step over the first part */
    if (d >= 2 && x->tok[d - 1].type == T_PUNCT && x->tok[d - 1].p == '/' &&
        x->tok[d - 2].type == T_WORD && x->tok[d - 2].digit)
        d -= 2;
    /* "Address: 183 Nguyễn Lương Bằng", "Ngân hàng … - 198 Trần Quang
     * Khải": a number of at most three digits right after ':' or '-' */
    if (d == k - 1 && p->e - p->s <= 3 && x->tok[d - 1].type == T_PUNCT &&
        (x->tok[d - 1].p == ':' || x->tok[d - 1].p == '-'))
        return true;
    /* "số nhà 12 Lương Văn Can" */
    if (d >= 2 && ex_is(x, d - 1, "nhà") && ex_is(x, d - 2, "số"))
        return true;
    return d >= 1 && (ex_is(x, d - 1, "số") || ex_is(x, d - 1, "ngõ") || ex_is(x, d - 1, "ngách") ||
                      ex_is(x, d - 1, "hẻm") || ex_is(x, d - 1, "kiệt"));
}

/* Whether the counted or plural noun at token q heads a list of bodies: a
 * place kind (place_kinds.tsv: "trường", "Đại học", "phố") or a body's
 * head (an LX_ORG phrase: "bệnh viện", "công ty", "ngân hàng") that is the
 * longest phrase there ("trường hợp" counts cases, not schools), after a
 * number or "các" / "những" ("9 trường ĐH", "các bệnh viện"). */
static bool ex_bodies_noun(const ex *x, size_t q)
{
    if (q == 0 || !ex_word(x, q) || x->tok[q].digit)
        return false;
    const tok *b = &x->tok[q - 1];
    if (!(b->type == T_WORD && (b->digit || b->h == x->lx->h_cac || b->h == x->lx->h_nhung)))
        return false;
    const lx_entry *e = NULL;
    int n = ex_phrase(x, q, LX_PLACE | LX_ORG, &e);
    return n > 0 && ex_phrase(x, q, ~0u, NULL) == n && ((e->kinds & LX_ORG) || e->place_kind);
}

/* "9 trường ĐH phối hợp bao gồm Đại học Quốc gia TP.HCM, Đại học Sư phạm,
 * Sài Gòn, Nguyễn Tất Thành, Hoa Sen … và Y khoa Phạm Ngọc Thạch", "Các
 * trường top đầu của Hà Nội như chuyên Hà Nội - Amsterdam, Lương Thế Vinh,
 * …": whether the name at token k (no honorific before it) is inside a
 * list that "gồm" / "bao gồm", "như" or ':' opens after a counted or plural
 * noun of bodies
 * (ex_bodies_noun, at most six words before the opener).  Every item of
 * such a list is a body, so a name in one — bare, or after a field word
 * ("Y khoa") — is the body's name, no person.  The walk back from the name
 * crosses only the list's words, commas, dashes and "và": a mark that ends
 * a sentence or a clause, a verb or function word of stopwords.tsv, an
 * honorific, a rank or a post stops it (persons listed "gồm các ông: A, B",
 * "gồm Giám đốc A" stay persons). */
static bool ex_body_list_item(const ex *x, size_t k)
{
    size_t j = k;
    for (int steps = 0; j > 0 && steps < 60; steps++) {
        size_t q = j - 1;
        const tok *t = &x->tok[q];
        if (t->type == T_PUNCT) {
            if (t->p == ',' || t->p == '-') {
                j = q;
                continue;
            }
            /* (a dot inside a word: "TP.HCM") */
            if (t->p == '.' && q > 0 && q + 1 < x->ntok && x->tok[q - 1].e == t->s &&
                x->tok[q + 1].s == t->e) {
                j = q;
                continue;
            }
            if (t->p != ':')
                return false;
        } else if (t->type != T_WORD) {
            return false;
        } else if (!ex_is(x, q, "gồm") && !ex_is(x, q, "như")) {
            if (t->h != x->lx->h_va &&
                ex_phrase(x, q, LX_STOP | LX_HONORIFIC | LX_RANK | LX_ROLE | LX_STATUS, NULL))
                return false;
            j = q;
            continue;
        }
        /* the opener at q: the noun of bodies shortly before it */
        size_t o = q;
        if (o > 0 && ex_is(x, o - 1, "bao"))
            o--;
        for (size_t b = o; b > 0 && b + 7 > o; b--) {
            if (!ex_word(x, b - 1))
                return false;
            if (ex_bodies_noun(x, b - 1))
                return true;
        }
        return false;
    }
    return false;
}

/* "Trường ĐH Y khoa Phạm Ngọc Thạch", "Đại học Y dược Nguyễn Văn A": a name
 * after a school's kind ("ĐH", "Đại học", "Học viện", "Cao đẳng",
 * "Trường") and its field (one to three words, the first capitalised, no
 * place, post, honorific or verb among them) is the school's name — the
 * place kind alone (place_kinds.tsv) covers only a name right after the
 * kind.  Not after a post ending there ("Hiệu trưởng Trường ĐH Y khoa A"
 * reads both ways; the post's holder keeps it). */
static bool ex_school_field_before(const ex *x, size_t k)
{
    if (x->nel && x->el[x->nel - 1].type == E_TITLE && x->el[x->nel - 1].xe >= k)
        return false;
    for (size_t d = 1; d <= 3 && d + 1 <= k; d++) {
        size_t f = k - d; /* the field's first word */
        if (!ex_word(x, f) || x->tok[f].digit ||
            ex_phrase(x, f,
                      LX_PLACE | LX_STOP | LX_ROLE | LX_HONORIFIC | LX_RANK | LX_COUNTRY |
                          LX_LOOKALIKE | LX_STATUS | LX_SURNAME,
                      NULL))
            return false;
        if (!x->tok[f].cap)
            continue;
        size_t b = f - 1;
        if (ex_is(x, b, "ĐH") || ex_is(x, b, "trường") ||
            (b > 0 && ((ex_is(x, b, "học") && ex_is(x, b - 1, "đại")) ||
                       (ex_is(x, b, "viện") && ex_is(x, b - 1, "học")) ||
                       (ex_is(x, b, "đẳng") && ex_is(x, b - 1, "cao")))))
            return true;
    }
    return false;
}

/* Whether elements o .. o + 3 are "(NOTE)," after a name (element o - 1):
 * a note of one to four capitalised words, no name, post or number — the
 * province or unit a delegate stands for ("Đại biểu Ngô Thị Minh (Quảng
 * Ninh), Phó Chủ nhiệm …"). */
static bool ex_place_note(const ex *x, size_t o)
{
    if (o == 0 || o + 3 >= x->nel || x->el[o - 1].type != E_NAME || x->el[o].type != E_OPEN ||
        x->el[o + 1].type != E_OTHER || x->el[o + 2].type != E_CLOSE ||
        x->el[o + 3].type != E_COMMA)
        return false;
    const el *n = &x->el[o + 1];
    if (n->te - n->ts > 4 || n->te <= n->ts)
        return false;
    for (size_t q = n->ts; q < n->te; q++)
        if (!ex_namecap(x, q) && !(x->tok[q].type == T_PUNCT && x->tok[q].p == '-'))
            return false;
    return true;
}

/* Whether the name at [s, e) is a street in an address written without
 * "số": a house number right before it and a ward, a district or a city
 * right after it ("39 Trương Định, P6, Q3", "504 Nguyễn Tất Thành (quận
 * 4)", "51 Lê Duẩn, Hà Nội"). */
static bool ex_house_number(const ex *x, size_t s, size_t e)
{
    if (s < 1 || e + 1 >= x->ntok || x->tok[e].type != T_PUNCT ||
        (x->tok[e].p != ',' && x->tok[e].p != '('))
        return false;
    size_t d = s - 1;
    const tok *p = &x->tok[d];
    /* "45B Lý Thường Kiệt": a letter glued to the digits */
    if (p->type == T_WORD && !p->digit && p->e - p->s == 1 && d > 0 && x->tok[d - 1].digit &&
        x->tok[d - 1].e == p->s)
        p = &x->tok[--d];
    if (p->type != T_WORD || !p->digit || p->e - p->s > 4)
        return false;
    /* a place prefix ("phường", "quận"), or after a comma a city or a
     * province ("Hà Nội"; not a country: "1422 Nguyễn Hoàng Thiên (Việt
     * Nam)" is a ranking) */
    const lx_entry *le = NULL;
    size_t a = e + 1;
    if (ex_phrase(x, a, LX_PLACE | LX_LOOKALIKE, &le) &&
        ((le->kinds & LX_PLACE) ? ex_place_ok(x, a, le)
                                : x->tok[e].p == ',' && !(le->kinds & LX_COUNTRY)))
        return true;
    /* "P6", "Q.3": a ward or district abbreviated to its letter */
    return ex_word(x, a) && x->tok[a].e - x->tok[a].s == 1 &&
           (x->t->w[x->tok[a].s] == 'P' || x->t->w[x->tok[a].s] == 'Q') && a + 1 < x->ntok &&
           (x->tok[a + 1].digit || (x->tok[a + 1].type == T_PUNCT && x->tok[a + 1].p == '.'));
}

/* Remember a street named exactly like a person ("đường Hoàng Minh
 * Giám"): the article's other mentions of that name are the street. */
static void ex_street_name(ex *x, size_t s, size_t e)
{
    if (e <= s || (size_t)ex_name_at(x, s) != e - s)
        return;
    uint64_t h = ex_seq_hash(x, s, e);
    for (int k = 0; k < x->nstreets; k++)
        if (x->streets[k] == h)
            return;
    if (x->nstreets < 32)
        x->streets[x->nstreets++] = h;
}

/* Where a count in brackets after a place's name ends ("(1.125 học
 * sinh)", "(900)"): the token after ')' when the bracket at k holds a
 * number, no year, no place word and no capital (no name) within ten
 * tokens; else k. */
static size_t ex_count_paren(const ex *x, size_t k)
{
    if (k >= x->ntok || x->tok[k].type != T_PUNCT || x->tok[k].p != '(')
        return k;
    bool num = false;
    for (size_t q = k + 1; q < x->ntok && q <= k + 10; q++) {
        const tok *t = &x->tok[q];
        if (t->type == T_PUNCT && t->p == ')')
            return num ? q + 1 : k;
        if (t->type == T_NL || (t->type == T_WORD && t->cap))
            return k;
        /* (not a year, "(năm 2015)", nor a place, "(thôn 3)") */
        if (t->type == T_WORD && t->digit && t->e - t->s == 4 &&
            (x->t->w[t->s] == '1' || x->t->w[t->s] == '2') &&
            (q + 1 >= x->ntok || x->tok[q + 1].type != T_PUNCT || x->tok[q + 1].p != '.'))
            return k;
        if (ex_phrase(x, q, LX_PLACE, NULL))
            return k;
        num = num || (t->type == T_WORD && t->digit);
    }
    return k;
}

/* Remember a place or an institution named exactly like a person after a
 * place prefix, past the prefixes in a row: "trường THPT Nguyễn Khuyến",
 * "phường Kim Liên", "huyện Châu Thành", "Công ty TNHH Nguyễn Hưng" — the
 * article's bare mentions of that name are the place (ex_street_mentions),
 * not a person. */
static void ex_place_named(ex *x, const lx_entry *kind, size_t s, size_t e)
{
    /* only after the kind of a place ("phường", "trường", "Công ty TNHH":
     * place_kinds.tsv), not after a relation to one ("mang tên", "trú
     * tại", "lão làng") */
    if (!kind || !kind->place_kind)
        return;
    /* "bệnh viện Lê Văn Hiển (27 tuổi, …)": a caption run into the text —
     * an age or a year of birth after the name makes it a person's */
    if (e + 1 < x->ntok && x->tok[e].type == T_PUNCT && x->tok[e].p == '(' &&
        (x->tok[e + 1].digit || ex_is(x, e + 1, "sn") || ex_is(x, e + 1, "sinh")))
        return;
    for (int guard = 0; guard < 4 && s < e; guard++) {
        const lx_entry *pe = NULL;
        int pn = ex_phrase(x, s, LX_PLACE | LX_LOOKALIKE, &pe);
        if (!pn || (pe->kinds & LX_LOOKALIKE))
            break;
        s += (size_t)pn;
    }
    ex_street_name(x, s, e);
}

/* "đập hồ Núi Cốc … Hồ Núi Cốc gặp sự cố", "hồ Hoàn Kiếm … Hồ Hoàn
 * Kiếm là": a family name that is also a common noun (hồ, a lake; đồng, a
 * field; lò, a kiln) heads a place's name, and the article writes that
 * name once with the noun in lower case — the capitalised run is the
 * place, not a person (its bare mentions go, ex_street_mentions).  Linear:
 * a lower-case word before a capital tries runs of two to four words
 * against the article's persons. */
static void ex_common_twins(ex *x)
{
    if (!x->npp)
        return;
    /* the run's first word is a person's first syllable: a 256-bit set of
     * those passes over the other words with one test */
    uint64_t first[4] = {0, 0, 0, 0};
    for (size_t q = 0; q < x->npp; q++) {
        uint64_t h = x->tok[x->pp[q].ts].h;
        first[(h >> 6) & 3] |= 1ull << (h & 63);
    }
    /* (the lower-case words before a capital, listed by ex_match: most
     * words have none after them) */
    for (size_t c = 0; c < x->ntwin; c++) {
        size_t i = x->twin[c];
        uint64_t h0 = x->tok[i].h;
        if (!((first[(h0 >> 6) & 3] >> (h0 & 63)) & 1))
            continue;
        if (!ex_namecap(x, i + 1))
            continue;
        uint64_t h = norm_hash_combine(0, h0);
        size_t shaped = i + 1; /* words before it are not foreign-shaped */
        for (size_t e = i + 2; e <= i + 4 && e <= x->ntok; e++) {
            if (!ex_namecap(x, e - 1))
                break;
            h = norm_hash_combine(h, x->tok[e - 1].h);
            if (!ex_person_known(x, h))
                continue;
            /* (a Vietnamese place's words: "nhà lãnh đạo kim Jong-un" is
             * a typo of a foreign person's name — asked only of a run that
             * names a person) */
            bool foreign = false;
            for (; shaped < e && !foreign; shaped++)
                foreign = ex_tok_foreign(x, shaped);
            if (foreign)
                break;
            bool seen = false;
            for (int k = 0; k < x->nstreets && !seen; k++)
                seen = x->streets[k] == h;
            if (!seen && x->nstreets < 32)
                x->streets[x->nstreets++] = h;
        }
    }
}

/* A name the article also writes as a street is that street wherever it
 * stands bare — no honorific, no post before it, no ", post" after it:
 * "đường Hoàng Minh Giám … nhánh Hoàng Minh Giám - Nguyễn Thái Sơn". */
static void ex_street_mentions(ex *x)
{
    for (size_t i = 0; x->nstreets && i < x->nel; i++) {
        el *e = &x->el[i];
        if (e->type != E_NAME || e->person < 0 || e->shortkey)
            continue;
        const person *p = &x->pp[e->person];
        bool street = false;
        for (int k = 0; k < x->nstreets && !street; k++)
            street = x->streets[k] == p->key;
        if (!street || e->te - e->ts != p->te - p->ts ||
            (i > 0 && x->el[i - 1].type == E_TITLE && x->el[i - 1].xe == e->ts) ||
            (i + 2 < x->nel && x->el[i + 1].type == E_COMMA && x->el[i + 2].type == E_TITLE))
            continue;
        e->type = E_OTHER;
        e->person = -1;
    }
}

/* "Thủ tướng Nguyễn Xuân Phúc Tiếp Phó Chủ tịch NASDAQ" (a caption run
 * into the text): a name of four syllables written once, whose first three
 * are a person the article names at least twice, is that person and the
 * next sentence's first word — the mention is that person's, and the word
 * is left out of it.  Linear: one count, one table lookup per person. */
static void ex_glued_names(ex *x)
{
    if (x->npp < 2 || !x->ptabcap)
        return;
    int *cnt = calloc(x->npp, sizeof *cnt);
    if (!cnt) {
        x->oom = true;
        return;
    }
    for (size_t i = 0; i < x->nel; i++) {
        const el *e = &x->el[i];
        if (e->type == E_NAME && e->person >= 0 && !e->pronoun && !e->shortkey)
            cnt[e->person]++;
    }
    bool any = false;
    for (size_t p = 0; p < x->npp; p++) {
        person *pp = &x->pp[p];
        if (cnt[p] != 1 || pp->te - pp->ts != 4)
            continue;
        uint64_t k3 = ex_seq_hash(x, pp->ts, pp->te - 1);
        size_t m = x->ptabcap - 1;
        int32_t q = -1;
        for (size_t j = (size_t)k3 & m; x->ptab[j] && q < 0; j = (j + 1) & m)
            if (x->pp[x->ptab[j] - 1].key == k3)
                q = x->ptab[j] - 1;
        if (q < 0 || cnt[q] < 2)
            continue;
        cnt[p] = -1 - q; /* merged into q */
        any = true;
    }
    for (size_t i = 0; any && i < x->nel; i++) {
        el *e = &x->el[i];
        if (e->type == E_NAME && e->person >= 0 && cnt[e->person] < 0) {
            e->person = -1 - cnt[e->person];
            e->te--;
        }
    }
    free(cnt);
}

/* The end of a street's name from s (ex_skip_place found e): the whole
 * capitalised run, even where a family name starts inside it ("đường Kinh
 * Dương Vương", "Đê La Thành"), up to six words. */
static size_t ex_street_run(const ex *x, size_t s, size_t e)
{
    while (e < x->ntok && e - s < 6 && ex_namecap(x, e) &&
           !ex_phrase(x, e, LX_HONORIFIC | LX_RANK | LX_ROLE, NULL))
        e++;
    return e;
}

/* Whether the place prefix of n tokens at i names a street or a crossing
 * ("đường", "phố", "giao lộ", "nút giao", "ngã tư"): the streets listed
 * after it are streets too. */
static bool ex_street_prefix(const ex *x, size_t i, int n)
{
    const tx_lexicon *lx = x->lx;
    uint64_t h = x->tok[i + (size_t)n - 1].h;
    return h == lx->h_duong || h == lx->h_phos || h == lx->h_lo ||
           (n == 2 &&
            (x->tok[i].h == lx->h_nut || x->tok[i].h == lx->h_nga || x->tok[i].h == lx->h_vong));
}

/* Try a person at token i: an optional honorific or rank, then a full name
 * or (after an honorific) a short reference.  Returns the next token. */
static bool ex_bare_state_head(const ex *x, const el *t);
static bool ex_post_country(const ex *x, const el *t, uint32_t *cs, uint32_t *ce);
static bool ex_vietnamese_name(const ex *x, size_t p);
static bool ex_post_vietnamese(const ex *x, const el *t);
static bool ex_post_foreign_only(const ex *x, const el *t);

/* Whether a post is one a foreign person may hold right before a Latin
 * name: a bare head of state_heads.tsv ("Tổng thống", "Thủ tướng"; not the
 * bare "Chủ tịch" of any company), a post of foreign_posts.tsv, one naming
 * a country, or one of a body named by its abbreviation ("Giám đốc FBI"). */
static bool ex_state_post(const ex *x, const el *t)
{
    uint32_t a, b;
    return (ex_bare_state_head(x, t) && !ex_is(x, t->rs, "chủ")) || ex_post_foreign_only(x, t) ||
           ex_post_country(x, t, &a, &b) ||
           /* a body named by its abbreviation: "Giám đốc FBI", "Tổng
            * Giám đốc WHO" (ex_title_body stops there before two or more
            * Latin words only) */
           (t->te > t->re && x->tok[t->te - 1].allcaps);
}

/* Whether only capitalised words (a byline), marks and white space
 * follow token k to the end of the text. */
static bool ex_ends_text(ex *x, size_t k)
{
    if (!x->lastlow) { /* the last lower-case word + 1, found once */
        size_t q = x->ntok;
        while (q > 0 && !(x->tok[q - 1].type == T_WORD && !x->tok[q - 1].cap))
            q--;
        x->lastlow = q + 1;
    }
    return k + 1 >= x->lastlow;
}

/* Whether tokens k, k + 1 are a pen name's two syllables (ex_try_name):
 * capitalised, neither a family name first nor a word of the lexicon, no
 * capital after them, not the last two syllables of a person named before
 * (then a short reference), and written again elsewhere in the article
 * right after an honorific or a rank ("đồng chí Thuận Hữu"; a company's
 * name never is: "Chủ tịch Minh Phú") — the scan is bounded. */
/* The shape of a pen name's two syllables at k, k + 1 (see ex_pen_pair). */
static bool ex_pen_shape(const ex *x, size_t k)
{
    const uint32_t meaning = LX_SURNAME | LX_HONORIFIC | LX_ROLE | LX_ORG | LX_PLACE |
                             LX_LOOKALIKE | LX_STOP | LX_NOTNAME | LX_RANK | LX_MONTH | LX_ORGWORD |
                             LX_STATUS;
    if (!ex_namecap(x, k) || !ex_namecap(x, k + 1) || x->tok[k + 1].glued ||
        ex_phrase(x, k, meaning, NULL) || ex_phrase(x, k + 1, meaning, NULL) ||
        (ex_word(x, k + 2) && (x->tok[k + 2].cap || x->tok[k + 2].digit)))
        return false;
    uint64_t h2 = ex_seq_hash(x, k, k + 2);
    for (size_t q = 0; q < x->npp; q++)
        if (x->pp[q].last2 == h2)
            return false;
    return true;
}

/* Whether tokens k, k + 1 are a pen name closing one item of a list of
 * dignitaries ("…; Chủ tịch Hội nhà báo Việt Nam Thuận Hữu; Tổng giám đốc
 * Đài Tiếng nói Việt Nam Nguyễn Thế Kỷ …"): the pen name's shape, right
 * after the post pt whose body ends with a place or a country (a company's
 * name never does: "Chủ tịch Tập đoàn Minh Phú;" stays a body), the item
 * opened by ';' or ':' and closed by ';', the next item opening with a
 * post. */
static bool ex_pen_listed(const ex *x, const el *pt, size_t k)
{
    if (!pt || pt->xe != k || pt->ts == 0 || k + 3 >= x->ntok || !ex_pen_shape(x, k))
        return false;
    const tok *a = &x->tok[pt->ts - 1], *b = &x->tok[k + 2];
    if (a->type != T_PUNCT || (a->p != ';' && a->p != ':') || b->type != T_PUNCT || b->p != ';')
        return false;
    bool place = false;
    for (size_t m = 1; m <= 3 && m < k - pt->re + 1 && !place; m++)
        place = ex_phrase(x, k - m, LX_LOOKALIKE, NULL) == (int)m;
    if (!place)
        return false;
    size_t nx = k + 3;
    int cn = ex_phrase(x, nx, LX_STATUS, NULL);
    if (cn)
        nx += (size_t)cn;
    return ex_role_at(x, nx, NULL) > 0;
}

static bool ex_pen_pair(const ex *x, size_t k)
{
    if (!ex_pen_shape(x, k))
        return false;
    size_t seen = 0;
    for (size_t j = 1; j + 1 < x->ntok && seen < 4096; j++, seen++) {
        if (j == k || x->tok[j].h != x->tok[k].h || x->tok[j + 1].h != x->tok[k + 1].h ||
            !ex_namecap(x, j))
            continue;
        if (ex_word(x, j + 2) && x->tok[j + 2].cap)
            continue;
        /* after "ông", "đồng chí", a rank, or the last word of a post */
        for (size_t m = 1; m <= 3 && m <= j; m++)
            if (ex_phrase(x, j - m, LX_HONORIFIC | LX_RANK, NULL) == (int)m)
                return true;
    }
    return false;
}

static bool ex_when_before(const ex *x, size_t k);

/* Whether a time that opens a clause stands right before word i, with no
 * comma after it: "Trước đó ông là Phó Giám đốc Sở …", "…, trước đây bà
 * từng …", "Năm 2006 ông là Thành ủy viên …" — the pronoun after it is the
 * clause's subject, as after "Trước đó,". */
static bool ex_time_opener_before(const ex *x, size_t i)
{
    if (i < 2 || !ex_word(x, i - 1) || !ex_word(x, i - 2))
        return false;
    if (ex_is(x, i - 1, "đó") || ex_is(x, i - 1, "đây"))
        return ex_is(x, i - 2, "trước") || ex_is(x, i - 2, "sau");
    /* a year opening its sentence or clause: "Năm 2006 ông …" */
    const tok *y = &x->tok[i - 1];
    if (!y->digit || y->e - y->s != 4 || !ex_is(x, i - 2, "năm"))
        return false;
    return i == 2 || x->tok[i - 3].type == T_NL ||
           (x->tok[i - 3].type == T_PUNCT &&
            (x->tok[i - 3].p == '.' || x->tok[i - 3].p == ',' || x->tok[i - 3].p == ';'));
}

/* Whether ex_try_name may find anything at word i: a pronoun ("ông",
 * "bà", "đồng chí"), a capitalised word, or an honorific or a rank (the
 * tests ex_try_name passes before its first other one). */
static inline bool ex_name_may_start(const ex *x, size_t i)
{
    const tok *t = &x->tok[i];
    return t->h == x->h_ong || t->h == x->h_ba || t->h == x->h_dong ||
           (t->type == T_WORD && t->cap) || ex_phrase(x, i, LX_HONORIFIC | LX_RANK, NULL);
}

static size_t ex_try_name(ex *x, size_t i)
{
    /* "Sau đó, bà lần lượt giữ chức …", "Năm 2010, ông được bổ nhiệm …": a
     * bare "ông" / "bà" opening a clause before a lower-case word is the
     * person last named so (ex_resolve_pronouns); so is one after a `when`
     * cue, the subject of a time clause ("… khi ông nhiều năm liền là hiệu
     * trưởng Trường ĐH sư phạm Hà Nội") */
    if ((x->tok[i].h == x->h_ong || x->tok[i].h == x->h_ba) && ex_word(x, i) && ex_word(x, i + 1) &&
        !x->tok[i + 1].cap && !x->tok[i + 1].digit && !ex_phrase(x, i + 1, LX_HONORIFIC, NULL) &&
        (i == 0 || x->tok[i - 1].type == T_NL ||
         (x->tok[i - 1].type == T_PUNCT && (x->tok[i - 1].p == ',' || x->tok[i - 1].p == '.')) ||
         ex_time_opener_before(x, i) ||
         /* (a relative clause of place: "Đây là nơi ông đã trúng cử Đại
          * biểu Quốc hội", "…, nơi bà từng giữ chức …") */
         (i > 0 && ex_is(x, i - 1, "nơi")) ||
         /* (not "đồng thời", "tạm thời", "kịp thời", "cùng lúc": no time) */
         (ex_when_before(x, i) && !(i >= 2 && ex_word(x, i - 2) &&
                                    (ex_is(x, i - 2, "đồng") || ex_is(x, i - 2, "tạm") ||
                                     ex_is(x, i - 2, "kịp") || ex_is(x, i - 2, "cùng")))))) {
        el *e = ex_add(x, E_NAME, i, i + 1);
        if (e) {
            e->pronoun = i > 0 && x->tok[i - 1].type == T_WORD && !ex_time_opener_before(x, i) &&
                                 !ex_is(x, i - 1, "nơi")
                             ? 2
                             : 1;
            x->pronouns = true;
        }
        return i + 1;
    }
    /* "Cho đến cuối năm 1941, đồng chí là Xứ ủy viên …", "Sau đó đồng chí
     * được phong cấp Thiếu tướng, giữ chức …": a bare "đồng chí" (no name
     * after it) opening a clause, or after "sau đó" / "khi đó", is the
     * pronoun of the person the article names so (ex_resolve_pronouns);
     * not "các đồng chí", nor "đồng chí Bí thư" (a post follows) */
    if (x->tok[i].h == x->h_dong && ex_word(x, i) && x->tok[i + 1].h == x->h_chi &&
        ex_word(x, i + 1) && ex_word(x, i + 2) && !x->tok[i + 2].cap && !x->tok[i + 2].digit &&
        !ex_phrase(x, i + 2, LX_HONORIFIC, NULL) &&
        (i == 0 || x->tok[i - 1].type == T_NL ||
         (x->tok[i - 1].type == T_PUNCT && (x->tok[i - 1].p == ',' || x->tok[i - 1].p == '.')) ||
         (i >= 2 && ex_is(x, i - 1, "đó") && ex_phrase(x, i - 2, LX_STOP, NULL) == 2))) {
        el *e = ex_add(x, E_NAME, i, i + 2);
        if (e) {
            e->pronoun = i > 0 && x->tok[i - 1].type == T_WORD ? 2 : 1;
            x->pronouns = true;
        }
        return i + 2;
    }
    /* Most tokens start no name: past the pronouns above, a lower-case word
     * or a mark that starts no honorific or rank reaches the "capitalised
     * word" test below with nothing found (ex_name_scan gives 0 to a word
     * without a capital); say so before the tests on the way there.  (A
     * rule for such a token belongs above this line.) */
    if ((x->tok[i].type != T_WORD || !x->tok[i].cap) &&
        !ex_phrase(x, i, LX_HONORIFIC | LX_RANK, NULL))
        return i;
    size_t k = i;
    const lx_entry *hon = NULL;
    bool honor = false;
    bool formal = false; /* a rank, a degree or "đồng chí" */
    for (int guard = 0; guard < 3; guard++) {
        int hn = ex_phrase(x, k, LX_HONORIFIC | LX_RANK, &hon);
        if (!hn || !ex_word(x, k + (size_t)hn) || !x->tok[k + (size_t)hn].cap)
            break;
        honor = honor || (hon->kinds & LX_HONORIFIC);
        formal = formal || (hon->kinds & LX_RANK) || hn == 2;
        k += (size_t)hn;
    }
    int n = ex_name_at(x, k);
    /* "nhận giải … tại Kim Tượng và Kim Tử Kinh": a capitalised run right
     * after "tại" (at) is where, not who — and so is the one joined to it
     * by "và" */
    size_t pv = k > 1 && ex_is(x, k - 1, "và") ? k - 1 : 0; /* the run before "và" */
    while (pv > 0 && ex_namecap(x, pv - 1) && k - pv < 6)
        pv--;
    if (n && !honor && k == i && k > 0 &&
        (ex_is(x, k - 1, "tại") || ex_is(x, k - 1, "ở") ||
         (pv > 0 && pv + 1 < k - 1 && ex_is(x, pv - 1, "tại")))) {
        ex_add(x, E_OTHER, i, k + (size_t)n);
        return k + (size_t)n;
    }
    /* an address: "số 7 Hoàng Cầu", "ngõ 9 Hoàng Cầu", "45B Lý Thường
     * Kiệt" — a street after a house number, never a person; a firm named
     * after its trade ("Cty than Dương Huy", ex_trade_name) is no person
     * either, nor its bare mentions */
    /* … nor a clan ("Hội đồng trị sự Nguyễn Phước tộc", "con cháu Nguyễn
     * Phúc tộc") */
    if (n && ((!honor &&
               (ex_address_before(x, k) || ex_house_number(x, k, k + (size_t)n) ||
                ex_trade_name(x, k) || ex_body_list_item(x, k) || ex_school_field_before(x, k))) ||
              (n == 2 && ex_is(x, k + 2, "tộc")))) {
        ex_street_name(x, k, k + (size_t)n);
        ex_add(x, E_OTHER, i, k + (size_t)n);
        return k + (size_t)n;
    }
    if (!n && (honor || formal) && k < x->ntok && !x->tok[k].name_ok) {
        /* "Ông Đoàn Ngọc Phương", "Đại tá Đoàn Ngọc Hùng": after an
         * honorific or a rank, "Đoàn" is a family name, not the delegation */
        x->tok[k].name_ok = 1;
        x->tok[k].name = -1;
        n = ex_name_at(x, k);
    }
    /* "ông Long Văn Sơn": after "ông" / "bà", a capitalised word of no
     * family name then "Văn" / "Thị" and one given name of two letters or
     * more (not an initial: "anh Tăng Văn Đ.") is a name (an ethnic family
     * name surnames.tsv does not list: "bà Mùa Thị Sinh", "ông Ong Văn
     * Lình") */
    if (!n && honor && ex_namecap(x, k) && ex_namecap(x, k + 1) && ex_namecap(x, k + 2) &&
        (ex_is(x, k + 1, "văn") || ex_is(x, k + 1, "thị")) && ex_letters(x, k + 2) >= 2 &&
        !(ex_word(x, k + 3) && x->tok[k + 3].cap) &&
        !ex_phrase(x, k, LX_ORG | LX_ROLE | LX_PLACE | LX_LOOKALIKE | LX_NOTNAME | LX_STOP, NULL))
        n = 3;
    /* "… LS Lê Vi Duy Khang" closing the text where the article names "LS
     * Lê Vi" before: the author's byline run into the last mention */
    if (n >= 3 && x->npp && ex_ends_text(x, k + (size_t)n))
        for (int m = n - 1; m >= 2; m--)
            if (ex_person_known(x, ex_seq_hash(x, k, k + (size_t)m))) {
                n = m;
                break;
            }
    if (n) {
        el *e = ex_add(x, E_NAME, i, k + (size_t)n);
        if (e) {
            e->person = ex_person(x, k, k + (size_t)n);
            e->alone = ex_alone_on_line(x, i, k + (size_t)n);
            e->honored = formal;
            e->titled = honor || formal;
        }
        return k + (size_t)n;
    }
    /* "Tổng thống Donald Trump", "Chủ tịch Quốc hội Lào Pany Yathotou",
     * "Tổng thống Cộng hòa Séc Milos Zeman": right after a state's post — a
     * bare head of state_heads.tsv or foreign_posts.tsv, or a post naming a
     * country — a name in Latin letters is its foreign holder, a person
     * (so the post is never an earlier name's postfix) */
    if (!ex_word(x, k) || !x->tok[k].cap)
        return i; /* (everything below reads a capitalised word) */
    const el *pt = !honor && k == i && x->nel ? &x->el[x->nel - 1] : NULL;
    if (pt && (pt->type != E_TITLE || pt->xe != i))
        pt = NULL; /* the post right before the capital, if any */
    /* "Tổng Bí thư Trường Chinh", "đồng chí Trường Chinh": a pen name;
     * once so introduced, "Trường Chinh được bầu làm …" is him too */
    if (ex_pen_name(x, k) &&
        (formal ||
         (pt && pt->te == pt->re && ex_bare_state_head(x, pt) && !ex_is(x, pt->rs, "chủ")) ||
         (pt && pt->te > pt->re) || (x->npp && ex_person_known(x, ex_seq_hash(x, k, k + 2))))) {
        el *e = ex_add(x, E_NAME, i, k + 2);
        if (e) {
            e->person = ex_person(x, k, k + 2);
            e->honored = formal;
            e->titled = honor || formal;
        }
        return k + 2;
    }
    int fr;
    /* (after "ông" / "bà" too, two or more words: "ông Michael Flynn";
     * not after "em", "cháu", "thầy": "trẻ em Senna Foundation") */
    /* ("Thống đốc bang New Jersey": the words after "bang" name the
     * federal state, not the holder) */
    if (((pt && ex_state_post(x, pt) && !ex_is(x, pt->te - 1, "bang")) ||
         (honor && x->tok[k].cap && k > 0 && !ex_is(x, k - 1, "em") && !ex_is(x, k - 1, "cháu") &&
          !ex_is(x, k - 1, "thầy"))) &&
        (fr = ex_foreign_run(x, k)) > 0 && (fr >= 2 || pt)) {
        /* "luật sư của Tổng thống Trump Marc Kasowitz": a first word that is
         * the family name of a person named before is that person, the
         * words after it the next one (no person "Trump Marc Kasowitz") */
        for (size_t q = 0; pt && fr >= 3 && q < x->npp; q++)
            if (x->pp[q].last == ex_seq_hash(x, k, k + 1) && x->pp[q].te - x->pp[q].ts >= 2)
                fr = 1;
        el *e = ex_add(x, E_NAME, i, k + (size_t)fr);
        if (e && fr == 1) {
            /* "Tổng thống Trump": one word is a short reference to the
             * full name ("Donald Trump"), dropped when there is none */
            e->shortkey = ex_seq_hash(x, k, k + 1);
            e->shortlen = 1;
        } else if (e) {
            e->person = ex_person(x, k, k + (size_t)fr);
            e->alone = ex_alone_on_line(x, i, k + (size_t)fr);
        }
        return k + (size_t)fr;
    }
    /* "Tổng Biên tập báo Nhân Dân Thuận Hữu cho biết … đồng chí Thuận Hữu":
     * a pen name — two capitalised syllables with no family name and no
     * lexicon meaning right after a post of a named body, which the article
     * writes again after an honorific or a rank */
    if (pt && pt->te > pt->re && (ex_pen_pair(x, k) || ex_pen_listed(x, pt, k))) {
        el *e = ex_add(x, E_NAME, i, k + 2);
        if (e) {
            e->person = ex_person(x, k, k + 2);
            e->alone = ex_alone_on_line(x, i, k + 2);
        }
        return k + 2;
    }
    /* "ĐB Sinh cho biết", "Bộ trưởng Chính": a short reference right
     * after a bare role head (no body written) */
    bool after_post =
        pt && pt->te == pt->re &&
        !ex_phrase(x, k, LX_PLACE | LX_NOTNAME | LX_STOP | LX_HONORIFIC | LX_RANK, NULL);
    if ((honor || after_post) && ex_namecap(x, k) &&
        !ex_phrase(x, k, LX_LOOKALIKE | LX_ROLE | LX_ORG, NULL)) {
        size_t m = k + 1;
        if (ex_namecap(x, m) && !ex_role_at(x, m, NULL))
            m++;
        el *e = ex_add(x, E_NAME, i, m);
        if (e) {
            e->shortkey = ex_seq_hash(x, k, m);
            e->shortlen = (uint8_t)(m - k);
        }
        return m;
    }
    return i;
}

/* Read "M/YYYY" or "YYYY" at token *k into *d; advances *k. */
static bool ex_month_year(const ex *x, size_t *k, pdate *d)
{
    size_t i = *k;
    if (!ex_word(x, i) || !x->tok[i].digit)
        return false;
    const char *w = x->t->w;
    int v = atoi(w + x->tok[i].s);
    size_t n = x->tok[i].e - x->tok[i].s;
    if (n <= 2 && i + 2 < x->ntok && x->tok[i + 1].type == T_PUNCT && x->tok[i + 1].p == '/' &&
        ex_word(x, i + 2) && x->tok[i + 2].e - x->tok[i + 2].s == 4) {
        int y = atoi(w + x->tok[i + 2].s);
        if (pdate_make(y, v, 0, d) == 0 && y >= 1900) {
            *k = i + 3;
            return true;
        }
        return false;
    }
    if (n == 4 && v >= 1900 && v <= 2100 && pdate_make(v, 0, 0, d) == 0) {
        *k = i + 1;
        return true;
    }
    return false;
}

/* Read "D/M/YYYY" or "D-M-YYYY" at tokens k.. (five tokens) into *d. */
static __attribute__((noinline)) bool ex_day_month_year(const ex *x, size_t k, pdate *d)
{
    if (k + 4 >= x->ntok)
        return false;
    const tok *t = &x->tok[k];
    char sep = x->tok[k + 1].p;
    if (!ex_word(x, k) || !t->digit || t->e - t->s > 2 || x->tok[k + 1].type != T_PUNCT ||
        (sep != '/' && sep != '-') || !ex_word(x, k + 2) || !x->tok[k + 2].digit ||
        x->tok[k + 2].e - x->tok[k + 2].s > 2 || x->tok[k + 3].type != T_PUNCT ||
        x->tok[k + 3].p != sep || !ex_word(x, k + 4) || !x->tok[k + 4].digit ||
        x->tok[k + 4].e - x->tok[k + 4].s != 4)
        return false;
    const char *w = x->t->w;
    int dd = atoi(w + t->s), mm = atoi(w + x->tok[k + 2].s), yy = atoi(w + x->tok[k + 4].s);
    return yy >= 1900 && pdate_make(yy, mm, dd, d) == 0;
}

/* Days between a sentence's own day and the article's beyond which the
 * day is told as the past, not as the news the article reports (the
 * registry's grace for news of a change, TB_END_GRACE_DAYS). */
#define EX_PAST_DAYS 31

/* Whether day d of the article's own year lies more than EX_PAST_DAYS
 * before the article's day (known to the day): "Trước đó, ngày 14/1, …"
 * in news of 22 April. */
static bool ex_day_past(const ex *x, const pdate *d)
{
    if (!x->ayear || !x->amonth || !x->aday || d->prec != PDATE_DAY || d->year != x->ayear)
        return false;
    int64_t a = pdate_days_from_civil(x->ayear, x->amonth, x->aday);
    return a - pdate_days_from_civil(d->year, d->month, d->day) > EX_PAST_DAYS;
}

/* A day opening the sentence at token i ("Ngày 1/9/2020, …", "Vào ngày
 * 20-5-2017, …") is noted to date its claims (ex_sentence_day); the
 * tokens stay what they were for every other rule — the dated-sentence
 * rules read months and years (E_RANGE) only. */
static __attribute__((noinline)) void ex_note_day(ex *x, size_t i)
{
    size_t dk = ex_is(x, i, "vào") ? i + 1 : i;
    pdate from;
    if (!ex_is(x, dk, "ngày"))
        return;
    size_t c = dk + 6;
    /* "Trước đó, ngày 14/1, Thủ tướng A ký …": a day without its year, of
     * the article's own year (read, not guessed) and more than a month
     * before the article's day, is a past act told in passing
     * (ex_day_past); a later one may be last year's, and a recent one is
     * the news the article reports, dated by the article */
    if (!ex_day_month_year(x, dk + 1, &from)) {
        if (dk + 4 >= x->ntok || !x->ayear_read || !x->aday)
            return;
        const tok *d = &x->tok[dk + 1], *m = &x->tok[dk + 3];
        if (!ex_word(x, dk + 1) || !d->digit || d->e - d->s > 2 || x->tok[dk + 2].type != T_PUNCT ||
            (x->tok[dk + 2].p != '/' && x->tok[dk + 2].p != '-') || !ex_word(x, dk + 3) ||
            !m->digit || m->e - m->s > 2 ||
            pdate_make(x->ayear, atoi(x->t->w + m->s), atoi(x->t->w + d->s), &from) != 0 ||
            !ex_day_past(x, &from))
            return;
        c = dk + 4;
    }
    if (c < x->ntok && x->tok[c].type == T_PUNCT && x->tok[c].p == ',' &&
        x->nday < sizeof x->day / sizeof x->day[0]) {
        x->day[x->nday] = from;
        x->day_te[x->nday++] = (uint32_t)(c + 1);
    }
}

/* A career period opening a line or a sentence: "8/2007-6/2010:", "Từ
 * tháng 2/1941- 9/1941,", "Từ năm 1973 đến năm 1976,", "2011 - nay:".  Returns the token after it
 * (after the ':' or ','), or i when there is none. */
static size_t ex_try_range(ex *x, size_t i)
{
    if (i > 0) {
        const tok *p = &x->tok[i - 1];
        if (!(p->type == T_NL || (p->type == T_PUNCT && (p->p == '.' || p->p == ';'))))
            return i;
    }
    size_t k = i;
    int upto = 0;
    /* "Giai đoạn 2005-2010, bà A giữ chức …", "Trong nhiệm kỳ 2010-2015,
     * …", "Thời kỳ 1986-1991, …": a span named as a term or a stage is a
     * period like "Từ 2005 đến 2010," (a range only, never one date) */
    bool span = false;
    size_t q0 = ex_is(x, k, "trong") ? k + 1 : k;
    if ((ex_is(x, q0, "giai") && ex_is(x, q0 + 1, "đoạn")) ||
        (ex_is(x, q0, "nhiệm") && (ex_is(x, q0 + 1, "kỳ") || ex_is(x, q0 + 1, "kì"))) ||
        (ex_is(x, q0, "thời") && (ex_is(x, q0 + 1, "kỳ") || ex_is(x, q0 + 1, "kì")))) {
        k = q0 + 2;
        span = true;
    }
    if (span)
        ;
    else if (ex_is(x, k, "từ"))
        k++;
    /* "Tới tháng 10/2020, Chủ tịch UBND tỉnh …": as of that month */
    else if ((ex_is(x, k, "tới") || ex_is(x, k, "đến")) &&
             (ex_is(x, k + 1, "năm") || ex_is(x, k + 1, "tháng")))
        k++, upto = 1;
    /* "Vào năm 2010, …", "Cuối năm 2015, …", "Thời điểm năm 2012, …" */
    else if ((ex_is(x, k, "vào") || ex_is(x, k, "hồi") || ex_is(x, k, "cuối") ||
              ex_is(x, k, "đầu") || ex_is(x, k, "giữa")) &&
             (ex_is(x, k + 1, "năm") || ex_is(x, k + 1, "tháng")))
        k++;
    else if (ex_is(x, k, "thời") && ex_is(x, k + 1, "điểm") &&
             (ex_is(x, k + 2, "năm") || ex_is(x, k + 2, "tháng")))
        k += 2;
    /* "Vào thời điểm năm 2012, …", "Vào thời kỳ năm 1990, …" */
    else if (ex_is(x, k, "vào") && (ex_is(x, k + 1, "thời") || ex_is(x, k + 1, "khoảng")) &&
             (ex_is(x, k + 2, "điểm") || ex_is(x, k + 2, "kỳ") || ex_is(x, k + 2, "gian")) &&
             (ex_is(x, k + 3, "năm") || ex_is(x, k + 3, "tháng")))
        k += 3;
    if (ex_is(x, k, "tháng") || ex_is(x, k, "năm"))
        k++;
    pdate from, to;
    memset(&to, 0, sizeof to);
    /* "Ngày 1/9/2020, Chủ tịch nước … đã ký …", "Vào ngày 20-5-2017, …":
     * a day opening the sentence dates its claims (ex_note_day) */
    if (!span && !upto && k == i && (ex_is(x, k, "ngày") || ex_is(x, k, "vào")))
        ex_note_day(x, i);
    /* "Trước đó, ngày 14/1, …": the day of an earlier act */
    else if (k == i && ex_is(x, k, "trước") && ex_is(x, k + 1, "đó") && k + 2 < x->ntok &&
             x->tok[k + 2].type == T_PUNCT && x->tok[k + 2].p == ',')
        ex_note_day(x, k + 3);
    if (!ex_month_year(x, &k, &from) || k >= x->ntok)
        return i;
    /* a single date: "Tháng 4/2000, bà Thoa trở thành Tổng giám đốc …" */
    if (!span && x->tok[k].type == T_PUNCT && x->tok[k].p == ',' && k > i + 1) {
        el *e = ex_add(x, E_RANGE, i, k + 1);
        if (e) {
            e->from = from;
            e->to = to;
            e->point = upto ? 2 : 1;
        }
        return k + 1;
    }
    if (upto)
        return i;
    if (x->tok[k].type == T_PUNCT && x->tok[k].p == '-')
        k++;
    else if (ex_is(x, k, "đến"))
        k++;
    else
        return i;
    if (ex_is(x, k, "tháng") || ex_is(x, k, "năm")) /* "đến năm 1976" */
        k++;
    if (ex_is(x, k, "nay"))
        k++;
    else if (!ex_month_year(x, &k, &to))
        return i;
    if (k >= x->ntok || x->tok[k].type != T_PUNCT || (x->tok[k].p != ':' && x->tok[k].p != ','))
        return i;
    /* (a stage or a term dates a holder named right after it, with or
     * without an honorific: "Nhiệm kỳ 2015-2020, được sự quan tâm của …
     * Thường trực Thị ủy, …" is a report of the term, nobody's post) */
    if (span) {
        size_t h = k + 1;
        int hn = ex_word(x, h) ? ex_phrase(x, h, LX_HONORIFIC, NULL) : 0;
        h += (size_t)hn;
        /* (an honorific and one capitalised syllable: the short name of
         * one the article named before, "Giai đoạn 2006-2011, ông Thăng
         * làm …"; session 25) */
        if (!ex_name_at(x, h) && !(hn && ex_namecap(x, h)))
            return i;
    }
    el *e = ex_add(x, E_RANGE, i, k + 1);
    if (e) {
        e->from = from;
        e->to = to;
    }
    return k + 1;
}

/* After a post that ends at token nx: its term ("khóa XII") joins it
 * (ex_post_term); the token to read on from. */
static size_t ex_title_term(ex *x, size_t nx)
{
    if (!x->nel || x->el[x->nel - 1].type != E_TITLE || x->el[x->nel - 1].xe != nx)
        return nx;
    /* (not an election's: "bầu cử đại biểu Quốc hội khóa XV, Tổng Bí thư
     * A ứng cử ở Hà Nội" names no deputy) */
    size_t ts = x->el[x->nel - 1].ts;
    if (ts > 0 && ex_is(x, ts - 1, "cử"))
        return nx;
    size_t q = ex_post_term(x, nx);
    x->el[x->nel - 1].xe = (uint32_t)q;
    return q;
}

/* Build the element sequence from the tokens. */
/* Whether token k is a degree written as an abbreviation ("TS.BS",
 * "ThS", "PGS.TS"): a rank of one word with two capitals or more.  No
 * street or place is named so: after a place prefix it opens a person
 * ("… trước khi đội phản ứng nhanh lên đường TS.BS Nguyễn Tri Thức, Giám
 * đốc Bệnh viện Chợ Rẫy đã …"). */
static bool ex_degree_word(const ex *x, size_t k)
{
    if (ex_phrase(x, k, LX_RANK, NULL) != 1)
        return false;
    int caps = 0;
    for (uint32_t q = x->tok[k].s; q < x->tok[k].e; q++)
        caps += x->t->w[q] >= 'A' && x->t->w[q] <= 'Z';
    return caps >= 2;
}

static void ex_elements(ex *x)
{
    size_t want = x->ntok / 2 + 64; /* sized once, as the tokens */
    if (x->capel < want) {
        free(x->el);
        x->el = malloc(want * sizeof *x->el);
        if (!x->el) {
            x->capel = 0;
            x->oom = true;
            return;
        }
        x->capel = want;
    }
    /* the grammar words the tests below compare (các, những, ông, bà, đồng,
     * và, kiêm) by their hashes' top six bits: a word whose bit is not set
     * is none of them, without the seven comparisons */
    const uint64_t gh[] = {x->lx->h_cac, x->lx->h_nhung, x->h_ong,     x->h_ba,
                           x->h_dong,    x->lx->h_va,    x->lx->h_kiem};
    uint64_t grammar = 0;
    for (size_t g = 0; g < sizeof gh / sizeof gh[0]; g++)
        grammar |= 1ULL << (gh[g] >> 58);
    size_t i = 0;
    while (i < x->ntok && !x->oom) {
        const tok *t = &x->tok[i];
        if (t->type == T_NL) {
            if (x->nel && x->el[x->nel - 1].type != E_NL)
                ex_add(x, E_NL, i, i + 1);
            i++;
            continue;
        }
        if (t->type == T_PUNCT) {
            int ty = E_OTHER;
            switch (t->p) {
            case ',':
                ty = E_COMMA;
                break;
            case ';':
                ty = E_SEMI;
                break;
            case ':':
                ty = E_COLON;
                break;
            case '.':
                ty = E_BREAK;
                break;
            case '(':
                ty = E_OPEN;
                break;
            case ')':
                ty = E_CLOSE;
                break;
            case '-':
                ty = E_DASH;
                break;
            case '&':
                ty = E_AND;
                break;
            case '"':
                ty = E_BREAK;
                break;
            default:
                ty = E_OTHER;
            }
            ex_add(x, ty, i, i + 1);
            i++;
            continue;
        }
        /* most words: in lower case inside a sentence, starting no lexicon
         * phrase of the kinds the tests below look for (a post, a cue, a
         * place, an honorific or a rank, a stop phrase) and none of the
         * words they look for ("các", "những", "ông", "bà", "đồng", "và",
         * "kiêm") — each test finds nothing, the word is an "other" (as at
         * the end of the loop) */
        const uint32_t tested = LX_STOP | LX_STATUS | LX_HONORIFIC | LX_PLACE | LX_RANK | LX_ROLE;
        uint32_t kinds = t->kinds;
        const tok *pt = i > 0 ? &x->tok[i - 1] : NULL;
        bool opens =
            !pt || pt->type == T_NL || (pt->type == T_PUNCT && (pt->p == '.' || pt->p == ';'));
        if (!(kinds & tested) && !t->cap && !opens &&
            (!((grammar >> (t->h >> 58)) & 1) ||
             (t->h != x->lx->h_cac && t->h != x->lx->h_nhung && t->h != x->h_ong &&
              t->h != x->h_ba && t->h != x->h_dong && t->h != x->lx->h_va &&
              t->h != x->lx->h_kiem))) {
            if (x->nel && x->el[x->nel - 1].type == E_OTHER)
                x->el[x->nel - 1].te = (uint32_t)(i + 1);
            else
                ex_add(x, E_OTHER, i, i + 1);
            i++;
            continue;
        }
        /* (ex_try_range's first test, here: most words open no sentence) */
        size_t rg = opens ? ex_try_range(x, i) : i;
        if (rg > i) {
            i = rg;
            continue;
        }
        /* plural: "các (đồng chí) Ủy viên …", "những …" */
        int plural = 0;
        size_t j = i;
        const lx_entry *e = NULL;
        int n = ex_phrase(x, i, LX_STOP | LX_STATUS | LX_HONORIFIC | LX_PLACE, &e);
        if (x->tok[i].h == x->lx->h_cac || x->tok[i].h == x->lx->h_nhung) {
            j = i + 1;
            int hn = ex_phrase(x, j, LX_HONORIFIC, NULL);
            if (hn && ex_role_at(x, j + (size_t)hn, NULL))
                j += (size_t)hn;
            /* "các nguyên Bộ trưởng A, B và C", "những cựu Chủ tịch …": a
             * former cue between "các" and the post (ex_try_title takes it) */
            bool head = ex_role_at(x, j, NULL) != 0;
            if (!head && j + 1 < x->ntok && (ex_is(x, j, "nguyên") || ex_is(x, j, "cựu")))
                head = ex_role_at(x, j + 1, NULL) != 0;
            if (head) {
                plural = 1;
                ex_add(x, E_PLURAL, i, j);
                size_t nx = ex_try_title(x, j, plural);
                i = nx > j ? ex_title_term(x, nx) : j;
                continue;
            }
            j = i;
        }
        /* (the tests each of them opens with, here: most words start
         * neither, and the calls cost more than the tests) */
        size_t nx = x->tok[i].kinds & (LX_STATUS | LX_ROLE) ? ex_try_title(x, i, 0) : i;
        if (nx > i) {
            i = ex_title_term(x, nx);
            continue;
        }
        nx = ex_name_may_start(x, i) ? ex_try_name(x, i) : i;
        if (nx > i) {
            i = nx;
            continue;
        }
        /* "các tuyến đường như Tân Sơn, Hoàng Hoa Thám"; a quoted name
         * (cửa hiệu cầm đồ “Trần Thái”) */
        size_t pn = (size_t)n;
        bool place = n && ex_place_ok(x, i, e);
        bool street = place && ex_street_prefix(x, i, n);
        /* (and "nhiều đường khác như Võ Văn Hát, Bưng Ông Thoàn", "các
         * tuyến đường ở quận 1 như Tôn Đức Thắng, Nguyễn Du": up to four
         * lower-case words or numbers before "như") */
        size_t nhu = i + pn;
        while (street && nhu < i + pn + 4 && ex_word(x, nhu) && !x->tok[nhu].cap &&
               x->tok[nhu].h != x->lx->h_nhu)
            nhu++;
        if (street && ex_word(x, nhu) && x->tok[nhu].h == x->lx->h_nhu && ex_word(x, nhu + 1) &&
            x->tok[nhu + 1].cap)
            pn = nhu + 1 - i;
        else if (place && i + pn + 1 < x->ntok && x->tok[i + pn].type == T_PUNCT &&
                 (x->tok[i + pn].p == '"' || x->tok[i + pn].p == ':') && ex_word(x, i + pn + 1) &&
                 x->tok[i + pn + 1].cap)
            pn++; /* (a quote, or a colon: "trú tại: Hoàng Sơn, Giao Thủy") */
        /* "ngã 3 đường 61 - Tăng Nhơn Phú": a numbered street */
        bool numbered = street && ex_word(x, i + pn) && x->tok[i + pn].digit &&
                        x->tok[i + pn].e - x->tok[i + pn].s <= 3;
        if (place && !(e->kinds & LX_STOP) && ex_word(x, i + pn) &&
            (x->tok[i + pn].cap || numbered) && !ex_degree_word(x, i + pn)) {
            /* "thành phố Hồ Chí Minh", "đường Lê Duẩn": never a person */
            size_t end = ex_skip_place(x, i + pn);
            if (street)
                end = ex_street_run(x, i + pn, end);
            if (street)
                ex_street_name(x, i + pn, end);
            else
                ex_place_named(x, e, i + pn, end);
            /* "nút giao Nguyễn Kiệm - Nguyễn Thái Sơn", "tuyến đường như
             * Tân Sơn, Hoàng Hoa Thám, Trần Quốc Hoàn": the streets listed
             * after a street are streets; so are the places listed after
             * a plural place ("3 xã Kim Hải, Kim Đông, Kim Trung", "các
             * phường Thuận Phước, Xuân Hà") */
            bool listed = i > 0 && ex_word(x, i - 1) &&
                          (x->tok[i - 1].digit || x->tok[i - 1].h == x->lx->h_cac ||
                           x->tok[i - 1].h == x->lx->h_nhung);
            /* "THPT Hùng Vương (1.125 học sinh), Mạc Đĩnh Chi (1.020 em),
             * Gia Định (1.000), Trần Phú và Tây Thạnh (900)": after the kind
             * of a place, items counted in brackets are places of that kind
             * too, joined by commas or "và" */
            bool counted = e->place_kind && ex_count_paren(x, end) > end;
            for (;;) {
                size_t sep = end;
                if (counted && ex_count_paren(x, sep) > sep)
                    sep = ex_count_paren(x, sep);
                if (!(street || listed || counted) || sep + 1 >= x->ntok ||
                    !((x->tok[sep].type == T_PUNCT &&
                       (x->tok[sep].p == ',' || x->tok[sep].p == '-')) ||
                      ((counted || listed) && x->tok[sep].h == x->lx->h_va && ex_word(x, sep))) ||
                    !ex_namecap(x, sep + 1) || ex_phrase(x, sep + 1, LX_HONORIFIC | LX_RANK, NULL))
                    break;
                size_t nx2 = ex_skip_place(x, sep + 1);
                int nn = ex_name_at(x, sep + 1);
                if ((size_t)nn + sep + 1 > nx2)
                    nx2 = sep + 1 + (size_t)nn;
                nx2 = ex_street_run(x, sep + 1, nx2);
                if (nx2 <= sep + 1)
                    break;
                ex_street_name(x, sep + 1, nx2);
                end = nx2;
            }
            ex_add(x, E_OTHER, i, end);
            i = end;
            continue;
        }
        /* a `when` cue ("khi") stays a plain word: ex_rule_cues looks at
         * it before a name; so does a `successor` cue ("thay ông A") */
        if (n && (e->kinds & LX_STATUS) && e->cue_pos && e->cue_pos != 7 && e->cue_pos != 8 &&
            e->cue_pos != 9 && e->cue_pos != 10) {
            size_t ce = ex_cue_end(x, e, i, (size_t)n);
            el *c = ex_add(x, E_CUE, i, ce);
            if (c) {
                c->status = e->status;
                c->where = e->cue_pos;
            }
            i = ce;
            continue;
        }
        /* a cue that ends a post with no post after it ("ông A, Chủ tịch
         * UBND huyện, bị cách chức.", "… đã thôi giữ chức vụ này") tells
         * of the posts before it: an `after` cue */
        if (n && (e->kinds & LX_STATUS) && e->cue_pos == 0 && e->status == ST_ENDED) {
            el *c = ex_add(x, E_CUE, i, i + (size_t)n);
            if (c) {
                c->status = e->status;
                c->where = 3;
            }
            i += (size_t)n;
            continue;
        }
        if (x->tok[i].h == x->lx->h_va) {
            ex_add(x, E_AND, i, i + 1);
            i++;
            continue;
        }
        if (x->tok[i].h == x->lx->h_kiem) {
            /* "Phó giám đốc Sở …, kiêm Giám đốc Trung tâm …": one joiner */
            if (x->nel && x->el[x->nel - 1].type == E_COMMA) {
                x->el[x->nel - 1].type = E_KIEM;
                x->el[x->nel - 1].te = x->el[x->nel - 1].xe = (uint32_t)i + 1;
                i++;
                continue;
            }
            ex_add(x, E_KIEM, i, i + 1);
            i++;
            continue;
        }
        /* a body named on its own: counted as an organisation */
        int on = x->tok[i].cap && !x->tok[i].allcaps ? ex_phrase(x, i, LX_ORG, NULL) : 0;
        const lx_entry *ne = NULL;
        int nn = on ? ex_phrase(x, i, LX_NOTNAME, &ne) : 0;
        if (on && nn < on) {
            /* "Hội nghị" is a meeting, not the body "Hội" (notnames.tsv) */
            size_t hend = i + (size_t)on;
            size_t end = ex_title_body(x, hend, x->tok[hend - 1].cap, true, false, NULL);
            /* "để Cty Hoàng Gia Phát sửa chữa", "Bệnh viện Nguyễn Tri
             * Phương": a body word with no post before it, then a name that
             * ends the run — the body is named after it (no post, no holder) */
            int bn = end == hend ? ex_name_at(x, hend) : 0;
            if (bn && !ex_namecap(x, hend + (size_t)bn) && x->tok[i].cap) {
                /* "chỉ Đoàn Vũ Duy, người bị quy kết …", "Chuyền hai Đoàn Lâm
                 * Oanh": a body word that is also a family name, then a
                 * given name of two or three syllables, is a person */
                if (on == 1 && bn <= 3 && ex_phrase(x, i, LX_SURNAME, NULL) == 1 &&
                    !x->tok[i].name_ok) {
                    x->tok[i].name_ok = 1;
                    x->tok[i].name = -1;
                    size_t pn2 = ex_try_name(x, i);
                    if (pn2 > i) {
                        i = pn2;
                        continue;
                    }
                }
                end = hend + (size_t)bn;
            }
            if (end > i + 1)
                ex_org(x, i, end);
            /* "CTCP Tập đoàn ô tô Hoàng Gia … Hoàng Gia cho biết": the
             * firm's own name is the firm wherever it stands bare */
            if (end >= i + 4 && ex_trade_name(x, end - 2))
                ex_street_name(x, end - 2, end);
            ex_add(x, E_OTHER, i, end);
            i = end > i ? end : i + 1;
            continue;
        }
        if (x->tok[i].cap && !x->tok[i].allcaps) {
            /* a capitalised run that is not a name: skip all of it, so that
             * its tail is not read as one ("Quỳnh Vinh A") */
            size_t end = i + 1;
            /* "người đồng cấp Trung Quốc Vương Nghị": no post opens inside
             * a state's name of two syllables or more (countries.tsv;
             * "Quốc Vương" is a king): the state is one word of its own
             * and the name after it is read */
            const lx_entry *ce = NULL;
            int cn = ex_phrase(x, i, LX_LOOKALIKE, &ce);
            if (cn > 1 && (ce->kinds & LX_COUNTRY) && ex_role_at(x, i + 1, NULL)) {
                ex_add(x, E_OTHER, i, i + (size_t)cn);
                i += (size_t)cn;
                continue;
            }
            bool func = ex_phrase(x, i, LX_NOTNAME | LX_STOP, NULL) != 0;
            while (!func && end < x->ntok && ex_namecap(x, end) && !ex_role_at(x, end, NULL) &&
                   !ex_phrase(x, end, LX_HONORIFIC | LX_RANK, NULL)) {
                /* "võ sư Karate Đoàn Bảo Châu": a word of another language
                 * ends the run before a Vietnamese name of three or more
                 * syllables */
                if (ex_tok_foreign(x, end - 1) && ex_vn_name_after(x, end))
                    break;
                end++;
            }
            ex_add(x, E_OTHER, i, end);
            i = end;
            continue;
        }
        /* a stop phrase is skipped whole, so that its last word is not read
         * on its own ("tổ chức" is not the link "chức") */
        size_t skip = n > 1 && (e->kinds & LX_STOP) ? (size_t)n : 1;
        if (x->nel && x->el[x->nel - 1].type == E_OTHER)
            x->el[x->nel - 1].te = (uint32_t)(i + skip); /* ex_add's, inline */
        else
            ex_add(x, E_OTHER, i, i + skip);
        i += skip;
    }
}

/* ---- short references ------------------------------------------------ */

/* Resolve "ông Chính" to the nearest earlier person whose given name (or
 * last two syllables) it is, else to the first such person of the article;
 * unresolved short references are dropped. */
/* "Tổng thống Donald Trum ra cửa" in an article that writes "Donald Trump"
 * elsewhere: a name mentioned once in full whose last syllable is the last
 * syllable of another name, mentioned more, one letter short — the same
 * earlier syllables, the missing letter a consonant — is that name cut by
 * a typo (alias[k] gets it).  Not a Vietnamese final the missing letter
 * would make ("Quan" / "Quang", "Than" / "Thanh", "Các" / "Cách": two
 * names), nor a vowel ("Ha" / "Hai"). */
static void ex_typo_alias(ex *x, int32_t *alias)
{
    if (x->npp < 2 || x->npp > 512)
        return;
    int *cnt = calloc(x->npp, sizeof *cnt);
    if (!cnt)
        return;
    for (size_t i = 0; i < x->nel; i++)
        if (x->el[i].type == E_NAME && !x->el[i].shortkey && x->el[i].person >= 0 &&
            (size_t)x->el[i].person < x->npp)
            cnt[x->el[i].person]++;
    for (size_t k = 0; k < x->npp; k++) {
        const person *a = &x->pp[k];
        size_t n = a->te - a->ts;
        if (alias[k] != (int32_t)k || cnt[k] != 1 || n < 2)
            continue;
        const tok *la = &x->tok[a->te - 1];
        size_t len = la->e - la->s;
        uint64_t head = 0; /* hashed at the first candidate: most names have none */
        bool hashed = false;
        for (size_t q = 0; q < x->npp; q++) {
            const person *b = &x->pp[q];
            if (q == k || b->te - b->ts != n || cnt[q] < 2)
                continue;
            const tok *lb = &x->tok[b->te - 1];
            if (lb->e - lb->s != len + 1 || memcmp(x->t->w + la->s, x->t->w + lb->s, len) != 0)
                continue;
            if (!hashed) {
                head = ex_seq_hash(x, a->ts, a->te - 1);
                hashed = true;
            }
            if (ex_seq_hash(x, b->ts, b->te - 1) != head)
                continue;
            unsigned char c = (unsigned char)x->t->w[lb->e - 1] | 0x20;
            unsigned char before = (unsigned char)x->t->w[la->e - 1] | 0x20;
            if (c < 'a' || c > 'z' || strchr("aeiouy", c) ||
                ((c == 'g' || c == 'h') && (before == 'n' || before == 'c')))
                continue;
            alias[k] = (int32_t)q;
            break;
        }
    }
    free(cnt);
}

static void ex_resolve_short(ex *x)
{
    size_t cap = 64;
    while (cap < x->npp * 4 + 4)
        cap *= 2;
    uint64_t *keys = calloc(cap, sizeof *keys);
    int32_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        x->oom = true;
        return;
    }
    size_t m = cap - 1;
#define EX_PUT(K, V)                                                                               \
    do {                                                                                           \
        uint64_t k_ = (K);                                                                         \
        size_t j_ = (size_t)k_ & m;                                                                \
        while (keys[j_] && keys[j_] != k_)                                                         \
            j_ = (j_ + 1) & m;                                                                     \
        keys[j_] = k_;                                                                             \
        vals[j_] = (V);                                                                            \
    } while (0)
    /* first mentions, in reverse so that the earliest person wins */
    for (size_t k = x->npp; k-- > 0;) {
        EX_PUT(x->pp[k].last, (int32_t)k);
        if (x->pp[k].last2)
            EX_PUT(x->pp[k].last2, (int32_t)k);
    }
    /* "ông Trường Chinh" when the article names "Tổng Bí thư Trường Chinh"
     * (a pen name of two syllables): the whole name, when no longer name
     * ends so */
    for (size_t k = 0; k < x->npp; k++) {
        if (x->pp[k].te - x->pp[k].ts != 2)
            continue;
        size_t j = (size_t)x->pp[k].key & m;
        while (keys[j] && keys[j] != x->pp[k].key)
            j = (j + 1) & m;
        if (!keys[j])
            keys[j] = x->pp[k].key, vals[j] = (int32_t)k;
    }
    /* "bà Kim Thoa" when the article names "Hồ Thị Kim Thoa": a two-syllable
     * name (Kim is a family name too) that ends a longer one is that person */
    int32_t *alias = malloc((x->npp + 1) * sizeof *alias);
    if (!alias) {
        free(keys);
        free(vals);
        x->oom = true;
        return;
    }
    for (size_t k = 0; k < x->npp; k++) {
        alias[k] = (int32_t)k;
        if (x->pp[k].te - x->pp[k].ts != 2)
            continue;
        size_t j = (size_t)x->pp[k].key & m;
        while (keys[j] && keys[j] != x->pp[k].key)
            j = (j + 1) & m;
        if (keys[j] && vals[j] != (int32_t)k && x->pp[vals[j]].te - x->pp[vals[j]].ts > 2)
            alias[k] = vals[j];
    }
    ex_typo_alias(x, alias);
    /* "Nguyễn Thị" cut from "Nguyễn Thị Như Ý", "Phạm Minh" from "Phạm Minh
     * Chính": a two-syllable name that is the beginning of exactly one
     * longer name of the article is that person (two longer names with
     * that beginning leave it alone; a longer cut, "Hoàng Thị Thường" of
     * "Hoàng Thị Thường Đoàn công tác", is more often the longer name's
     * run-on) */
    uint64_t *pk = calloc(cap, sizeof *pk);
    int32_t *pv = calloc(cap, sizeof *pv);
    if (pk && pv) {
        for (size_t q = 0; q < x->npp; q++) {
            size_t n = x->pp[q].te - x->pp[q].ts;
            if (n > 2) {
                uint64_t h = ex_seq_hash(x, x->pp[q].ts, x->pp[q].ts + 2);
                size_t j = (size_t)h & m;
                while (pk[j] && pk[j] != h)
                    j = (j + 1) & m;
                if (!pk[j])
                    pk[j] = h, pv[j] = (int32_t)q + 1;
                else if (pv[j] > 0 && pv[j] != (int32_t)q + 1 &&
                         x->pp[pv[j] - 1].key != x->pp[q].key)
                    pv[j] = -1; /* two longer names begin so */
            }
        }
        for (size_t k = 0; k < x->npp; k++) {
            if (alias[k] != (int32_t)k)
                continue;
            size_t j = (size_t)x->pp[k].key & m;
            while (pk[j] && pk[j] != x->pp[k].key)
                j = (j + 1) & m;
            if (pk[j] && pv[j] > 0 && pv[j] - 1 != (int32_t)k)
                alias[k] = pv[j] - 1;
        }
    }
    free(pk);
    free(pv);
    for (size_t i = 0; i < x->nel; i++) {
        el *e = &x->el[i];
        if (e->type != E_NAME)
            continue;
        if (!e->shortkey && e->person >= 0)
            e->person = alias[e->person];
        if (!e->shortkey) {
            if (e->person >= 0) {
                EX_PUT(x->pp[e->person].last, e->person);
                if (x->pp[e->person].last2)
                    EX_PUT(x->pp[e->person].last2, e->person);
            }
            continue;
        }
        size_t j = (size_t)e->shortkey & m;
        while (keys[j] && keys[j] != e->shortkey)
            j = (j + 1) & m;
        if (keys[j])
            e->person = vals[j];
        else
            e->type = E_OTHER;
    }
#undef EX_PUT
    free(alias);
    free(keys);
    free(vals);
}

/* The article's subject: its most mentioned person (the first to reach
 * that count), not counting pronouns; -1 none.  A person named only in
 * bylines — alone on a line or closing the text, with no honorific and
 * no career line after it — is the writer, never the subject: "Tổng
 * thống Trump … Năm 2016, ông là Tổng thống Mỹ đắc cử. Bùi Hùng" gave the
 * byline the President's post.  *cnt (when not NULL) gets the count per
 * person (x->npp + 1 entries, the caller frees). */
static int32_t ex_main_person(ex *x, int **cnt)
{
    int *count = calloc(x->npp + 1, sizeof *count);
    uint8_t *text = calloc(x->npp + 1, 1);
    int32_t top = -1;
    if (!count || !text) {
        free(count);
        free(text);
        x->oom = true;
        if (cnt)
            *cnt = NULL;
        return -1;
    }
    /* (not a name with an honorific or a rank, "Đồng chí Nguyễn Xuân
     * Phúc", nor one heading career lines: a biography's) */
    for (size_t i = 0; i < x->nel; i++) {
        const el *e = &x->el[i];
        if (e->type == E_NAME && e->person >= 0 && !e->pronoun && !text[e->person])
            text[e->person] = e->titled || (!e->alone && !ex_ends_text(x, e->te)) ||
                              (e->alone && i + 2 < x->nel && x->el[i + 2].type == E_RANGE);
    }
    for (size_t i = 0; i < x->nel; i++) {
        const el *e = &x->el[i];
        if (e->type != E_NAME || e->pronoun || e->person < 0)
            continue;
        if (++count[e->person] > (top >= 0 ? count[top] : 0) && text[e->person])
            top = e->person;
    }
    free(text);
    if (cnt)
        *cnt = count;
    else
        free(count);
    return top;
}

/* A bare "ông" / "bà" opening a clause ("Sau đó, bà lần lượt giữ chức
 * …") is the article's subject: its most mentioned person, when that person
 * is named with the same honorific somewhere and never with the other;
 * else it stays unresolved.  Pronouns take posts only through status cues
 * and links ("bà đảm nhiệm chức vụ Tổng giám đốc"), never through a chain
 * or a list, and are not mentions. */
static void ex_resolve_pronouns(ex *x)
{
    static const char w_ong[] = "ông", w_ba[] = "bà";
    const uint64_t h_ong = norm_hash_syllable(w_ong, sizeof w_ong - 1),
                   h_ba = norm_hash_syllable(w_ba, sizeof w_ba - 1);
    if (!x->pronouns || !x->npp)
        return;
    int *count = calloc(x->npp, sizeof *count);
    uint8_t *hon = calloc(x->npp, 1); /* bit 0: named "ông", 1 "bà", 2 "đồng chí" */
    if (!count || !hon) {
        free(count);
        free(hon);
        x->oom = true;
        return;
    }
    int32_t top = ex_main_person(x, NULL);
    for (size_t i = 0; i < x->nel; i++) {
        const el *e = &x->el[i];
        if (e->type != E_NAME || e->pronoun || e->person < 0)
            continue;
        uint64_t h = x->tok[e->ts].h;
        hon[e->person] |= h == h_ong ? 1 : h == h_ba ? 2 : h == x->h_dong ? 4 : 0;
    }
    for (size_t i = 0; i < x->nel; i++) {
        el *e = &x->el[i];
        if (e->type != E_NAME || !e->pronoun)
            continue;
        /* (named so; a time clause's subject also when named only with a
         * title: "GS Nguyễn Cảnh Toàn … khi ông nhiều năm liền là hiệu
         * trưởng …"; never with the other one) */
        /* ("đồng chí": the person named so, whatever else) */
        int w = x->tok[e->ts].h == h_ong ? 1 : x->tok[e->ts].h == h_ba ? 2 : 4;
        if (w == 4)
            e->person = top >= 0 && (hon[top] & 4) ? top : -1;
        else
            e->person = top >= 0 && ((hon[top] & 3) == w || (e->pronoun == 2 && !(hon[top] & 3)))
                            ? top
                            : -1;
        /* (the subject of a time clause only when a Vietnamese name: "khi
         * bà làm Bộ trưởng Y tế" of a French minister is no post of ours) */
        if (e->pronoun == 2 && e->person >= 0 &&
            !ex_phrase(x, x->pp[e->person].ts, LX_SURNAME, NULL))
            e->person = -1;
    }
    free(count);
    free(hon);
}

/* ---- roles ----------------------------------------------------------- */

/* Give the post of element ti to the person of element ni. */
static void ex_give(ex *x, size_t ti, size_t ni, uint8_t status)
{
    const el *t = &x->el[ti], *n = &x->el[ni];
    if (n->person < 0 || t->type != E_TITLE)
        return;
    if (t->cued)
        status = t->status;
    uint32_t s = t->ts < n->ts ? t->ts : n->ts;
    uint32_t e = t->te > n->te ? t->te : n->te;
    if (!ex_grow(x, (void **)&x->rl, &x->caprl, x->nrl, sizeof *x->rl))
        return;
    x->rl[x->nrl++] = (role){n->person, -1, (uint32_t)ti, x->tok[s].s, x->tok[e - 1].e, status, 0};
}

/* Whether element i is of a type that joins two posts of one chain
 * ("Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội"). */
static bool ex_joiner(const ex *x, size_t i)
{
    int ty = x->el[i].type;
    return ty == E_COMMA || ty == E_KIEM || ty == E_AND || ty == E_DASH;
}

/* Whether element i is the object of "thừa ủy quyền (của)", "thay mặt (cho)" or "thừa lệnh":
 * "thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng Vương Đình Huệ vừa
 * ký" — that post is someone else's and never opens the signer's chain. */
static bool ex_bare_state_head(const ex *x, const el *t);

/* Whether a name element opens with a capitalised "Ông" / "Bà": after a
 * post, that is the next sentence (a headline run into the text, or a
 * full stop read as an abbreviation's: "Tập đoàn PVN. Ông Đinh La Thăng"). */
static bool ex_opens_sentence(const ex *x, const el *n)
{
    const tok *w = &x->tok[n->ts];
    return w->cap && (w->h == x->lx->h_ong || w->h == x->lx->h_ba);
}

static bool ex_era_before(const ex *x, size_t s);

static bool ex_governed(const ex *x, size_t i)
{
    size_t t = x->el[i].ts;

    /* "Dưới thời cựu Tổng thống Bush, ông Wray được biết đến …": the post
     * names an era by its holder, the name after it or nobody */
    if (ex_era_before(x, t))
        return true;

    /* "thay mặt cho Giám đốc Công an tỉnh, Thượng tá A trao thưởng": the
     * one A stands in for (only after "thay mặt": "ủy quyền cho Phó Giám
     * đốc A" names A's own post) */
    if (t >= 3 && ex_is(x, t - 1, "cho") && ex_is(x, t - 2, "mặt") && ex_is(x, t - 3, "thay"))
        return true;
    if (t >= 1 && ex_is(x, t - 1, "của"))
        t--;
    if (t < 2)
        return false;
    /* "thừa lệnh Bộ trưởng, Chánh Văn phòng A ký": by order of another */
    return (ex_is(x, t - 1, "quyền") && ex_is(x, t - 2, "ủy")) ||
           (ex_is(x, t - 1, "mặt") && ex_is(x, t - 2, "thay")) ||
           (ex_is(x, t - 1, "lệnh") && ex_is(x, t - 2, "thừa"));
}

/* Whether the words right before token s are an `era` cue of status.tsv
 * ("dưới thời", "trong nhiệm kỳ của"): what follows names a time by the
 * one who held a post then (session 22). */
static bool ex_era_before(const ex *x, size_t s)
{
    for (size_t n = 1; n <= 5 && n <= s; n++) {
        const lx_entry *e = NULL;
        if (!ex_word(x, s - n))
            return false;
        if (ex_phrase(x, s - n, LX_STATUS, &e) == (int)n && e->cue_pos == 10)
            return true;
    }
    return false;
}

/* Whether the name at element j is the holder an `era` cue names, right
 * after it or after the posts that open the name ("Năm 2010, dưới thời Chủ
 * tịch UBND tỉnh A, ông B được bổ nhiệm …"): the era's holder, not the
 * sentence's subject. */
static bool ex_era_holder(const ex *x, size_t j)
{
    size_t s = x->el[j].ts;
    while (j > 0 && x->el[j - 1].type == E_TITLE && x->el[j - 1].xe == s)
        s = x->el[--j].ts;
    return ex_era_before(x, s);
}

/* Whether the post at element i continues a postfix chain of an earlier
 * name ("A, post, post"): walking back over joined posts reaches "NAME,". */
static bool ex_in_postfix(const ex *x, size_t i)
{
    size_t k = i;
    while (k >= 2 && ex_joiner(x, k - 1) && x->el[k - 2].type == E_TITLE)
        k -= 2;
    return k >= 2 &&
           (x->el[k - 1].type == E_COMMA || x->el[k - 1].type == E_DASH ||
            x->el[k - 1].type == E_OPEN) &&
           x->el[k - 2].type == E_NAME;
}

/* Whether the post at element i is introduced by a status cue or a link
 * ("được cử làm Bí thư Thành ủy TP.HCM, Phó chủ tịch Lê Bá Trình …"): it is
 * the subject's, not the start of the next name's chain. */
static bool ex_linked(const ex *x, size_t i)
{
    return x->el[i].cued || (i > 0 && x->el[i - 1].type == E_CUE);
}

/* Whether the post at element i is a foreign post whose holder follows it
 * under a name the grammar does not read as a person ("Phó Thủ tướng Trung
 * Quốc Uông Dương", "Thủ tướng Lào Thoong-lun Xi-xu-lít"): a post ending in
 * a country (countries.tsv) right before a capitalised word that is no
 * name, post, body, place or function word.  Such a post is that holder's,
 * never an earlier person's postfix. */
static bool ex_foreign_holder(const ex *x, size_t i)
{
    const el *t = &x->el[i];
    size_t k = t->xe;
    /* "…, thượng nghị sĩ Cộng hòa John Cornyn, …", "cựu giám đốc Cục Điều
     * tra Liên bang (FBI) James Comey": a post right before a Latin name of
     * two or more words (its body's abbreviation in parentheses may stand
     * between) is that foreign holder's, never the postfix of the name
     * before it nor a pronoun's */
    if (t->type == E_TITLE) {
        size_t f = k;
        if (f + 3 < x->ntok && x->tok[f].type == T_PUNCT && x->tok[f].p == '(' &&
            ex_word(x, f + 1) && x->tok[f + 1].allcaps && x->tok[f + 2].type == T_PUNCT &&
            x->tok[f + 2].p == ')')
            f += 3;
        /* "Quyền Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam Sebastian
         * Eckardt": the host state of the post may stand between */
        int hc;
        if (f + 2 < x->ntok && ex_is(x, f, "tại")) {
            if (ex_is(x, f + 1, "việt") && ex_is(x, f + 2, "nam"))
                f += 3;
            else if ((hc = ex_phrase(x, f + 1, LX_COUNTRY, NULL)) > 0)
                f += 1 + (size_t)hc;
        }
        /* (a party's or a chamber's name may stand between: "thượng nghị sĩ
         * Cộng hòa John Cornyn") */
        size_t g0 = f;
        for (int g = 0; g < 2 && (g ? ex_word(x, f) && !x->tok[f].cap : ex_namecap(x, f)) &&
                        !ex_ascii(x, f) && !ex_name_at(x, f) && !ex_role_at(x, f, NULL);
             g++)
            f++;
        /* a post with no body before Latin words is a brand's ("Phó tổng
         * giám đốc Ocean Bank"), so is one whose body ends in an
         * abbreviation ("Chủ tịch HĐQT Khaisilk Group") */
        bool body = f > g0 || f > k || (t->te > t->re && !x->tok[t->te - 1].allcaps);
        if (body && ex_latin_name(x, f) &&
            !(i + 1 < x->nel && x->el[i + 1].type == E_NAME && x->el[i + 1].ts == f))
            return true;
        /* "Thủ tướng Nguyễn Xuân Phúc, Tổng Thư ký Guterres cùng dự": a
         * foreign person's short name the article does not resolve
         * (ex_foreign_short) still holds the post before it */
        /* (after a state's post, "Tổng thống Trump", any such name: the
         * short reference ex_try_name dropped unresolved) */
        /* (the state's post not a federal state's, "thống đốc bang Iowa",
         * and a verb after the name: "Thủ tướng Somalia, ông …" names a
         * state) */
        int fr;
        if (ex_namecap(x, k) && (fr = ex_foreign_run(x, k)) > 0 && fr <= 2 &&
            !(i + 1 < x->nel && x->el[i + 1].type == E_NAME && x->el[i + 1].ts == k) &&
            ((ex_state_post(x, t) && !ex_is(x, t->te - 1, "bang") && ex_word(x, k + (size_t)fr) &&
              !x->tok[k + (size_t)fr].cap) ||
             ex_foreign_short(x, k, k + (size_t)fr)))
            return true;
    }
    if (t->type != E_TITLE || !ex_word(x, k) || !x->tok[k].cap || x->tok[k].allcaps ||
        ex_name_at(x, k) || ex_role_at(x, k, NULL) ||
        /* (a foreign name read as a person takes it as any name does) */
        (i + 1 < x->nel && x->el[i + 1].type == E_NAME && x->el[i + 1].ts == k) ||
        ex_phrase(x, k,
                  LX_ORG | LX_PLACE | LX_LOOKALIKE | LX_NOTNAME | LX_STOP | LX_HONORIFIC | LX_RANK,
                  NULL))
        return false;
    for (uint32_t l = 1; l <= 3 && t->rs + l <= t->te; l++)
        if (ex_phrase(x, t->te - l, LX_COUNTRY, NULL) == (int)l)
            /* not a place named like a country: "huyện Đức Thọ" */
            return !(t->te - l > t->rs && ex_phrase(x, t->te - l - 1, LX_PLACE, NULL) == 1);
    return false;
}

/* Whether the post at element i, a comma and "ông"/"bà" NAME after it,
 * is that name's: a post of a named body ("Phó Chủ tịch UBND tỉnh Quảng
 * Nam, ông Huỳnh Khánh Toàn cho biết"; "Theo Giám đốc Sở Y tế Hà Nội, bà
 * …"), not a bare role ("mấy ông Bộ trưởng, Thứ trưởng …, ông Võ Kim Cự"
 * lists people), not one of several posts in a row, not after "của". */
static bool ex_comma_holder(const ex *x, size_t i)
{
    const el *t = &x->el[i];
    if (t->te <= t->re)
        return false;
    /* (a comma after a clause opener is no chain: "Tại cuộc họp, Chủ tịch
     * UBND tỉnh Hà Nam, ông …") */
    if (i > 0 && ex_joiner(x, i - 1) &&
        (x->el[i - 1].type != E_COMMA || i < 2 || x->el[i - 2].type == E_TITLE))
        return false;
    /* "Theo Quyết định của Bộ trưởng Bộ Tài chính, bà …": a genitive post
     * is the issuer's, not the name's */
    return !(t->ts >= 1 && ex_is(x, t->ts - 1, "của"));
}

/* Whether the name at element ni closes an apposition "TITLE, NAME": a
 * comma follows with no post or name after it ("…, Trương Quốc Huy, đã
 * giao"), or the clause's verb does ("…, ông Lê Văn Hùng cùng dự"). */
static bool ex_apposit_end(const ex *x, size_t ni)
{
    const el *n = &x->el[ni];
    if (ni + 1 < x->nel && x->el[ni + 1].type == E_COMMA)
        return ni + 2 < x->nel && x->el[ni + 2].type != E_TITLE && x->el[ni + 2].type != E_NAME;
    return ex_word(x, n->te) && !x->tok[n->te].cap && ex_phrase(x, n->te, LX_STOP, NULL) > 0;
}

/* Whether the post at element i, after "NAME,", is the next pair of an
 * alternating list "TITLE, NAME, TITLE, NAME" ("Giám đốc Sở Y tế, bà A,
 * Phó Giám đốc Sở Tài chính, ông B cùng dự"): the post before that name
 * went to it as "TITLE, NAME", so this one is the next name's, not the
 * earlier name's postfix. */
static bool ex_alternating(const ex *x, size_t i)
{
    if (i < 4 || x->el[i - 1].type != E_COMMA || x->el[i - 2].type != E_NAME ||
        x->el[i - 3].type != E_COMMA || x->el[i - 4].type != E_TITLE || !x->el[i - 4].owned)
        return false;
    for (size_t r = x->nrl; r-- > 0;)
        if (x->rl[r].title == i - 4)
            return x->rl[r].person == x->el[i - 2].person;
    return false;
}

/* Whether the elements from k on are the cues of a clause of its own
 * right after a name that ends at token ne: one or two cues in a row
 * ("làm", "được bầu làm", "được bổ nhiệm làm") and then a post — "ông A
 * được bổ nhiệm làm Giám đốc Sở Y tế, ông B được bổ nhiệm làm Giám đốc Sở
 * Tài chính": the second name takes the post after its own cues, not the
 * first clause's (session 19). */
static bool ex_own_clause_cues(const ex *x, size_t k, uint32_t ne)
{
    if (k >= x->nel || x->el[k].type != E_CUE || x->el[k].ts != ne)
        return false;
    if (k + 1 < x->nel && x->el[k + 1].type == E_TITLE)
        return true;
    return k + 2 < x->nel && x->el[k + 1].type == E_CUE && x->el[k + 1].ts == x->el[k].te &&
           x->el[k + 2].type == E_TITLE;
}

/* Whether the post at element i, a comma and the name two elements on
 * ("TITLE, NAME") is that name's. */
static bool ex_comma_prefix(const ex *x, size_t i)
{
    const el *t = &x->el[i], *n = &x->el[i + 2];
    /* "TITLE, NAME, TITLE, NAME …": each post the next name's, not the
     * earlier name's postfix */
    /* "Thủ tướng Nguyễn Xuân Phúc, Phó Chủ tịch Hội Nông dân Việt Nam,
     * Nguyễn Văn Bình, cho biết": a name a post already introduces takes
     * no apposition of a named body when that post is right after it and
     * another name closes an apposition after the post — "POST, NAME" is
     * that name's, as a sentence would write it without the earlier name */
    if (ex_in_postfix(x, i))
        return t->te > t->re && !ex_linked(x, i) && ex_apposit_end(x, i + 2) &&
               (ex_alternating(x, i) ||
                (x->el[i - 1].type == E_COMMA && i >= 3 && x->el[i - 3].type == E_TITLE &&
                 x->el[i - 3].owned && x->el[i - 3].xe == x->el[i - 2].ts && !n->pronoun &&
                 n->person >= 0 && n->person != x->el[i - 2].person));
    /* "bầu ông A làm Chủ tịch HĐND tỉnh, ông B làm Phó Chủ tịch": a post
     * a link gives the name right before it, and after the comma another
     * name with a link of its own — two clauses, each name its own post
     * ("ông A được bầu làm …, ông B làm …" too) */
    size_t lb = i;
    while (lb > 0 && i - lb < 2 && x->el[lb - 1].type == E_CUE)
        lb--;
    if (ex_linked(x, i) && lb > 0 && x->el[lb - 1].type == E_NAME && i + 3 < x->nel &&
        ((x->el[i + 3].type == E_TITLE && x->el[i + 3].cued && x->el[i + 3].ts == n->te) ||
         ex_own_clause_cues(x, i + 3, n->te)))
        return false;
    /* "thực hiện chỉ đạo của Thủ tướng Chính phủ, GS.TS Nguyễn Thanh Long,
     * Bộ trưởng Bộ Y tế đã …": a genitive post, then a name a post of a
     * named body of its own follows after a comma — the post is the
     * issuer's, the name the next clause's subject */
    if (n->honored)
        return !(t->ts >= 1 && ex_is(x, t->ts - 1, "của") && i + 4 < x->nel &&
                 x->el[i + 3].type == E_COMMA && x->el[i + 4].type == E_TITLE &&
                 x->el[i + 4].te > x->el[i + 4].re);
    if (!ex_comma_holder(x, i))
        return false;
    /* "ông" / "bà" NAME, or a bare name closing the apposition ("Chủ tịch
     * UBND tỉnh Hà Nam, Trương Quốc Huy, đã giao"); not a post right after
     * a status cue ("thời kỳ đầu làm Bí thư TP.HCM, ông Thăng đã …": a time
     * clause) */
    return n->titled || (!ex_linked(x, i) && ex_apposit_end(x, i + 2));
}

/* Prefix chains: a post right before a name is that person's, and so are
 * the posts before it joined by ',', "kiêm" or "và" — unless the chain
 * follows "NAME," (then it is that earlier person's postfix chain). */
/* Whether the post at element j, joined to a prefix chain that ends at the
 * post at element i before the name at element ni, is another state's
 * post and not that name's: it names a state (not a host: "Đại sứ Việt Nam
 * tại Nhật Bản") that the chain's last post does not, and the name has a
 * Vietnamese pattern (vn_names.tsv) — "Tổng thống Mỹ và Thủ tướng A",
 * "Tiếp Đại sứ Nhật Bản, Chủ tịch nước B đánh giá" are two people.  A
 * foreign leader's chain stays one ("Tổng Bí thư Đảng Cộng sản Trung
 * Quốc, Chủ tịch nước C"). */
static bool ex_other_state_link(const ex *x, size_t j, size_t i, size_t ni)
{
    uint32_t a, b, c, d;
    if (x->el[ni].person < 0 || !ex_post_country(x, &x->el[j], &a, &b) ||
        ex_post_country(x, &x->el[i], &c, &d))
        return false;
    return ex_vietnamese_name(x, (size_t)x->el[ni].person) || ex_post_vietnamese(x, &x->el[i]);
}

/* Whether the words that start at token s are the object of a clause
 * that opens the sentence and ends before its subject: a preposition or
 * a verb of meeting right before them ("của", "với", "thay mặt", "tiếp",
 * "gặp", "đón", "hội kiến", "hội đàm"), and before that, back to the
 * sentence's or a clause's start, at most ten words none of which opens a
 * name or a post: "Nhận lời mời của …", "Tại cuộc hội kiến với …", "Đồng ý
 * với những đề xuất của …", "Kết thúc phần trả lời chất vấn của …", "Thay
 * mặt …", "…, trong cuộc gặp với …", a capitalised "Tiếp" after a photo
 * credit.  Not "Thủ tướng làm việc với …" (the subject stands before).
 * The object of a questioning ("đối với", "chất vấn") may stand after a
 * longer clause ("Phát biểu kết luận phiên chất vấn và trả lời chất vấn
 * đối với Bộ trưởng Bộ VHTT&DL, Chủ tịch QH A nêu rõ": the minister is
 * questioned, A speaks); a capitalised verb or function word right after a
 * lower-case word opens a sentence run into the one before (a headline
 * without its full stop: "… trách nhiệm Phát biểu kết luận …"). */
static bool ex_fronted_object(const ex *x, size_t s)
{
    static const char *const heads[] = {"của", "với",  "mặt", "tiếp", "gặp",
                                        "đón", "kiến", "đàm", NULL};
    if (s == 0 || !ex_word(x, s - 1))
        return false;
    size_t v = s - 1;
    int w = 0;
    while (heads[w] && !ex_is_str(x, v, heads[w]))
        w++;
    if (!heads[w] || (w == 2 && !(v > 0 && ex_is(x, v - 1, "thay"))))
        return false;
    if (w >= 3 && x->tok[v].cap)
        return true; /* "Tiếp …" opening a sentence or a caption's text */
    if (w == 2 && x->tok[v - 1].cap)
        return true; /* "Ảnh: VGP Thay mặt …": a caption's credit before it */
    size_t b = v;
    for (size_t words = 0;; words++) {
        if (b == 0 || x->tok[b - 1].type == T_NL ||
            (x->tok[b - 1].type == T_PUNCT &&
             (x->tok[b - 1].p == '.' || x->tok[b - 1].p == ':' || x->tok[b - 1].p == ',')))
            break;
        /* a bullet opening the line ("* Tại cuộc gặp …", "- Tiếp …") */
        if (x->tok[b - 1].type == T_PUNCT && (x->tok[b - 1].p == '*' || x->tok[b - 1].p == '-') &&
            (b == 1 || x->tok[b - 2].type == T_NL))
            break;
        if (words >= 14 || !ex_word(x, b - 1) || x->tok[b - 1].digit ||
            ex_phrase(x, b - 1, LX_ROLE | LX_HONORIFIC, NULL))
            return false;
        b--;
        if (x->tok[b].cap && !x->tok[b].allcaps && b > 0 && ex_word(x, b - 1) &&
            !x->tok[b - 1].cap && !ex_name_at(x, b))
            break;
    }
    for (size_t q = b + 1; q <= v; q++)
        if (x->tok[q].cap)
            return false;
    return true;
}

/* The token where the meeting's object that the prefix chain at element
 * first belongs to starts: the chain's own start, or, when the chain
 * follows a comma after "ông" / "bà" / "ngài" and capitalised words that
 * are no name the extractor knows ("tiếp ông Robert H. McCooey Jr, Phó
 * Chủ tịch Sàn chứng khoán NASDAQ, Thủ tướng A cho biết": an initial and
 * "Jr" break the foreign name), that honorific: the chain is the guest's
 * apposition (session 25). */
static size_t ex_guest_start(const ex *x, size_t first)
{
    size_t s = x->el[first].ts;
    if (first < 2 || x->el[first - 1].type != E_COMMA || x->el[first - 2].type == E_NAME ||
        x->el[first - 2].type == E_TITLE)
        return s;
    size_t q = x->el[first - 1].ts, caps = 0;
    while (q > 0 && caps < 8) {
        const tok *t = &x->tok[q - 1];
        if (t->type == T_PUNCT && (t->p == '.' || t->p == '-') && caps) {
            q--;
            continue;
        }
        if (t->type != T_WORD || t->digit)
            return s;
        if (!t->cap)
            return caps && ex_phrase(x, q - 1, LX_HONORIFIC, NULL) == 1 ? q - 1 : s;
        caps++;
        q--;
    }
    return s;
}

/* Whether the comma at element c, inside a prefix chain that starts at
 * element first and ends before the name at element ni, closes the object
 * of a clause that opens the sentence (ex_fronted_object): "Tiếp Chủ tịch
 * kiêm Giám đốc điều hành Tập đoàn Vamed, Thủ tướng A đánh
 * giá …", "Đồng ý với những đề xuất của Chủ tịch Thượng viện Haiti, Chủ
 * tịch Quốc hội A cho rằng": the guest's posts end at the comma, the name
 * is the subject of the verb after it.  A name followed by a comma or the
 * sentence's end is the object's, with his whole chain ("Tiếp Phó Thủ
 * tướng, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith, Chủ tịch nước …"). */
static bool ex_meeting_object_ends(const ex *x, size_t c, size_t first, size_t ni)
{
    /* (a preposition or a time after the name continues the object: "chỉ
     * đạo của Tổng Bí thư, Chủ tịch nước A về chuẩn bị nhân sự") */
    static const char *const preps[] = {"về",  "tại",  "ở",     "trong", "với",  "đối",   "theo",
                                        "của", "và",   "trên",  "tới",   "đến",  "nhân",  "khi",
                                        "từ",  "sau",  "trước", "năm",   "ngày", "tháng", "lúc",
                                        "hồi", "thời", "nhằm",  "để",    NULL};
    const el *n = &x->el[ni];
    if (x->el[c].type != E_COMMA || !ex_word(x, n->te) || x->tok[n->te].cap || x->tok[n->te].digit)
        return false;
    /* (but "và" and "ông" / "bà" / "ngài" is a second subject: "…, Chủ
     * tịch nước A và ngài B vui mừng …") */
    bool and_sir = ex_is(x, n->te, "và") && ex_word(x, n->te + 1) && !x->tok[n->te + 1].cap &&
                   ex_phrase(x, n->te + 1, LX_HONORIFIC, NULL) == 1;
    for (int w = 0; preps[w] && !and_sir; w++)
        if (ex_is_str(x, n->te, preps[w]))
            return false;
    return ex_fronted_object(x, ex_guest_start(x, first));
}

/* Whether the post at element i, before a dash and a name, ends an item
 * of a list written "NAME - POST" ("- Ông Lê Doãn Hợp -- Nguyên Ủy viên
 * Trung ương Đảng, Nguyên Bộ trưởng Bộ TT&TT - Ông Nguyễn Thanh Lâm --
 * Cục trưởng Cục Phát thanh …"): it continues the postfix chain of the
 * name before it, and the name after the dash has its own post after a
 * dash — the post is the earlier name's, not the next one's. */
static bool ex_dash_list(const ex *x, size_t i)
{
    return i + 4 < x->nel && x->el[i + 3].type == E_DASH && x->el[i + 4].type == E_TITLE &&
           ex_in_postfix(x, i);
}

/* Whether the chain of posts that starts at element k, after "NAME,", is
 * the next item of a list written "POST NAME, POST NAME, …" (session 22):
 * the name before the comma was itself introduced by a post right before
 * it (given to it), so the chain after the comma, ending right before the
 * next name, is that next name's whole chain — "Phó Thủ tướng A, Ủy viên
 * Bộ Chính trị, Bí thư Thành ủy Hà Nội B": both posts are B's.  A name with
 * no post before it keeps the apposition reading ("Ông A, Phó Bí thư Tỉnh
 * ủy, Chủ tịch UBND tỉnh B"), and a chain closed by a comma ("Bí thư Tỉnh
 * ủy A, Chủ tịch HĐND tỉnh, cho biết") never reaches this test. */
static bool ex_prefixed_list_item(const ex *x, size_t k)
{
    if (k < 3 || x->el[k - 1].type != E_COMMA)
        return false;
    const el *n = &x->el[k - 2], *p = &x->el[k - 3];
    if (n->type != E_NAME || n->person < 0 || n->pronoun || p->type != E_TITLE || !p->owned ||
        p->xe != n->ts)
        return false;
    for (size_t r = x->nrl; r-- > 0;)
        if (x->rl[r].title == k - 3)
            return x->rl[r].person == n->person;
    return false;
}

/* Whether the bare post at element i ("Chủ tịch", no body) stands right
 * before a person-like look-alike of lookalikes.tsv (a family name and
 * three syllables or more: "Chủ tịch Hồ Chí Minh", which ex_title_body
 * keeps out of the post as the man): the post is that man's, whom the
 * lexicon keeps from the people, so no one else's — not the apposition of
 * a name before a comma ("Tổng Bí thư Trường Chinh, Chủ tịch Hồ Chí Minh,
 * Phó Thủ tướng …") nor a cued post of the clause's subject ("Đồng chí A
 * dâng hương tưởng niệm Chủ tịch Hồ Chí Minh"). */
static bool ex_lookalike_holder(const ex *x, size_t i)
{
    const el *t = &x->el[i];
    if (t->type != E_TITLE || t->te != t->re || t->xe != t->te || t->te >= x->ntok ||
        !ex_word(x, t->te) || !x->tok[t->te].cap)
        return false;
    return ex_phrase(x, t->te, LX_LOOKALIKE, NULL) >= 3 &&
           ex_phrase(x, t->te, LX_SURNAME, NULL) == 1;
}

/* Whether the joiner at element c is "và". */
static bool ex_and_joiner(const ex *x, size_t c)
{
    return x->el[c].type == E_AND && ex_is(x, x->el[c].ts, "và");
}

static void ex_rule_prefix(ex *x)
{
    for (size_t i = 0; i + 1 < x->nel; i++) {
        el *t = &x->el[i], *n = &x->el[i + 1];
        size_t ni = i + 1;
        /* "Chủ tịch UBND tỉnh Hưng Yên - Đỗ Quốc Văn"; "Bộ trưởng Bộ Y tế,
         * PGS.TS Nguyễn Thanh Long" (a comma, then a rank, a degree or
         * "đồng chí" before the name; not "ông": "mấy ông Bộ trưởng, Thứ
         * trưởng …, ông Võ Kim Cự" lists people) */
        if (t->type == E_TITLE && n->type == E_DASH && i + 2 < x->nel &&
            x->el[i + 2].type == E_NAME && !(i > 0 && x->el[i - 1].type == E_DASH) &&
            !ex_dash_list(x, i))
            n = &x->el[ni = i + 2];
        else if (t->type == E_TITLE && n->type == E_COMMA && i + 2 < x->nel &&
                 x->el[i + 2].type == E_NAME && !t->owned && !ex_governed(x, i) &&
                 ex_comma_prefix(x, i))
            n = &x->el[ni = i + 2];
        else if (t->type == E_TITLE && !t->owned && ex_foreign_holder(x, i)) {
            t->owned = 1; /* held by the foreign name after it */
            continue;
        } else if (t->type == E_TITLE && !t->owned && ex_lookalike_holder(x, i)) {
            t->owned = 1; /* held by the man the look-alike names */
            continue;
        } else if (t->type != E_TITLE || n->type != E_NAME || t->xe != n->ts)
            continue;
        if (n->person < 0 || n->pronoun)
            continue;
        /* "Ông Đinh La Thăng làm Phó trưởng Ban Kinh tế Trung ương Ông Phạm
         * Minh Chính sau đó công bố …": a capitalised "Ông" / "Bà" right
         * after a post opens the next sentence (a headline run into the
         * text), the post is not that name's */
        if (ni == i + 1 && ex_opens_sentence(x, n))
            continue;
        t->owned = 1;
        ex_give(x, i, ni, 0);
        size_t k = i;
        while (k >= 2 && ex_joiner(x, k - 1) && x->el[k - 2].type == E_TITLE &&
               !x->el[k - 2].owned && !ex_governed(x, k - 2) && !ex_linked(x, k - 2) &&
               !ex_other_state_link(x, k - 2, i, ni))
            k -= 2;
        /* (not into a meeting's object: the chain's start decides — the
         * start before another state's post cut it: "Tại cuộc tiếp Tổng thư
         * ký Đảng Dân chủ Tự do Nhật Bản, Chủ tịch Liên minh Nghị sĩ hữu
         * nghị Nhật – Việt, Chủ tịch nước A …" is the guest's two posts) */
        size_t kf = k;
        for (;;) {
            if (kf < 2 || !ex_joiner(x, kf - 1))
                break;
            size_t p = kf - 2;
            /* (a post whose state stands outside it: "Tổng thư ký Đảng
             * Dân chủ Tự do Nhật Bản") */
            if (p >= 1 && x->el[p].type == E_OTHER && x->el[p - 1].type == E_TITLE &&
                x->el[p - 1].te == x->el[p].ts && x->el[p].te - x->el[p].ts <= 4) {
                uint32_t e = x->el[p].te;
                for (uint32_t l = 1; l <= 3 && x->el[p].ts + l <= e; l++)
                    if (ex_phrase(x, e - l, LX_COUNTRY, NULL) == (int)l) {
                        p--;
                        break;
                    }
            }
            if (x->el[p].type != E_TITLE || ex_governed(x, p) || ex_linked(x, p))
                break;
            kf = p;
        }
        for (size_t c = k; c + 1 < i; c += 2)
            if (ex_meeting_object_ends(x, c + 1, kf, ni))
                k = c + 2;
        if (k < i && k >= 2 &&
            (x->el[k - 1].type == E_COMMA || x->el[k - 1].type == E_DASH ||
             x->el[k - 1].type == E_OPEN) &&
            x->el[k - 2].type == E_NAME) {
            if (!(ni == i + 1 && ex_prefixed_list_item(x, k)))
                continue;
            /* "Thủ tướng A, Chủ tịch Hội đồng X và Phó Thủ tướng B": in a
             * list of "POST NAME" items, a "và" inside the run of posts
             * before B closes the item of A — the posts before it are A's
             * apposition (ex_rule_postfix), B's chain starts after it.
             * ("Phó Thủ tướng A, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà
             * Nội B", with commas only, stays B's whole chain.) */
            size_t k0 = k;
            for (size_t c = i - 1; c > k; c -= 2)
                if (ex_and_joiner(x, c)) {
                    k = c + 1;
                    break;
                }
            /* "Thủ tướng A, Chủ tịch Hội đồng X, Phó Thủ tướng B" (commas
             * only): a bare post right before B (no body) after a comma and
             * a single holder's post of a named body closes A's item too —
             * a chain before a name puts its bodies last ("Phó Thủ tướng,
             * Bộ trưởng Ngoại giao B"), and a seat opens it ("Ủy viên Bộ
             * Chính trị, Phó Thủ tướng B" stays B's whole chain)
             * (session 27) */
            if (k == k0 && i >= k + 2 && x->el[i - 1].type == E_COMMA && t->te == t->re && !t->os &&
                !t->bs && x->el[i - 2].type == E_TITLE && x->el[i - 2].one &&
                x->el[i - 2].te > x->el[i - 2].re && !x->el[i - 2].plural)
                k = i;
        }
        for (size_t c = k; c < i; c += 2) {
            x->el[c].owned = 1;
            ex_give(x, c, ni, 0);
        }
    }
}

static bool ex_counted(const ex *x, size_t i);

/* The element after a place in parentheses that follows a name at element
 * k - 1 ("A (Quảng Bình)", "B (TP Hồ Chí Minh)", "C (Thừa Thiên - Huế)"):
 * '(', words only — no digit, no mark but a dash —, the first capitalised
 * or a place prefix ("tỉnh", "TP"), at most six words, then ')'.  k when
 * none ("(phải)", "(SN 1958)", "(bìa trái)" are not places). */
static size_t ex_place_paren(const ex *x, size_t k)
{
    if (k + 2 >= x->nel || x->el[k].type != E_OPEN)
        return k;
    size_t c = k + 1;
    while (c < x->nel && c < k + 5 && (x->el[c].type == E_OTHER || x->el[c].type == E_DASH))
        c++;
    if (c == k + 1 || c >= x->nel || x->el[c].type != E_CLOSE)
        return k;
    size_t s = x->el[k + 1].ts, e = x->el[c - 1].te, words = 0;
    if (x->el[k + 1].type != E_OTHER || e - s > 8)
        return k;
    for (size_t q = s; q < e; q++) {
        if (x->tok[q].type == T_PUNCT && x->tok[q].p == '-')
            continue;
        if (!ex_word(x, q) || x->tok[q].digit)
            return k;
        words++;
    }
    if (words > 6 || !(x->tok[s].cap || ex_phrase(x, s, LX_PLACE, NULL)))
        return k;
    return c + 1;
}

/* A post before a list of names, each with its place in parentheses:
 * "Đại biểu A (Quảng Bình); B (Thanh Hóa); C (Bình Thuận) … chất vấn",
 * "các đại biểu D (Quảng Trị), E (Bắc Kạn)": the post written once before
 * the first name is each name's.  The post at element i went to the name
 * at element i + 1 (a prefix); the names after it follow ',' ';' or "và",
 * the first and at least one other with a place in parentheses, up to
 * anything else (a post of a name's own ends the list).  Returns whether
 * it gave the post to the list. */
static bool ex_place_list(ex *x, size_t i)
{
    size_t ni = i + 1;
    if (ni >= x->nel || x->el[ni].type != E_NAME || x->el[i].xe != x->el[ni].ts)
        return false;
    size_t k = ex_place_paren(x, ni + 1);
    if (k == ni + 1)
        return false;
    size_t last = ni, parens = 1;
    while (k + 1 < x->nel && k < i + EX_REACH &&
           (x->el[k].type == E_COMMA || x->el[k].type == E_SEMI || x->el[k].type == E_AND) &&
           x->el[k + 1].type == E_NAME && x->el[k + 1].person >= 0 && !x->el[k + 1].pronoun) {
        last = k + 1;
        size_t k2 = ex_place_paren(x, k + 2);
        parens += k2 > k + 2;
        k = k2;
    }
    if (parens < 2)
        return false;
    for (size_t q = ni + 1; q <= last; q++)
        if (x->el[q].type == E_NAME)
            ex_give(x, i, q, 0);
    return true;
}

/* Plural posts: "các Phó Thủ tướng A, B và C" — every name of the list;
 * list headers: "các Ủy viên Trung ương Đảng: A, …; B, …" — every name
 * that opens a segment up to the end of the sentence. */
static void ex_rule_plural(ex *x)
{
    for (size_t i = 0; i + 1 < x->nel; i++) {
        el *t = &x->el[i];
        /* "nguyên Tổng Bí thư: Lê Khả Phiêu, Nông Đức Mạnh", "Phó Chủ
         * tịch: A, B và C": a post, a colon and a run of names (two or
         * more, or one after a status cue) is each name's — a list header,
         * never the postfix of a name before it ("Tổng Bí thư Nguyễn Phú
         * Trọng, nguyên Tổng Bí thư: …") */
        if (t->type == E_TITLE && !t->plural && !t->owned && i + 2 < x->nel &&
            x->el[i + 1].type == E_COLON && x->el[i + 2].type == E_NAME) {
            size_t last = i + 2;
            while (last + 2 < x->nel && last < i + EX_REACH &&
                   (x->el[last + 1].type == E_COMMA || x->el[last + 1].type == E_AND) &&
                   x->el[last + 2].type == E_NAME && x->el[last + 2].ts == x->el[last + 1].te)
                last += 2;
            /* the run ends the clause: ';', '.', a line end or the text's */
            int after = last + 1 < x->nel ? x->el[last + 1].type : E_BREAK;
            if ((last > i + 2 || (t->cued && t->status == ST_FORMER)) &&
                (after == E_SEMI || after == E_BREAK || after == E_NL ||
                 (after == E_COMMA && last > i + 2))) {
                t->owned = 1;
                for (size_t k = i + 2; k <= last; k += 2)
                    ex_give(x, i, k, 0);
                continue;
            }
        }
        if (t->type == E_TITLE && t->owned && ex_place_list(x, i))
            continue;
        /* "nguyên Tổng Bí thư Lê Khả Phiêu, Nông Đức Mạnh; …", "nguyên Chủ
         * tịch Quốc hội Nguyễn Văn An, Nguyễn Sinh Hùng.": a past post
         * before a run of bare names that ends the clause is each name's
         * (a post of one holder has had many); a name with a post of its
         * own after it ("…, B, Phó Giám đốc Sở") ends no clause */
        if (t->type == E_TITLE && t->owned && !t->plural && t->cued && t->status == ST_FORMER &&
            i + 3 < x->nel && x->el[i + 1].type == E_NAME && x->el[i + 1].ts == t->te &&
            (x->el[i + 2].type == E_COMMA || x->el[i + 2].type == E_AND) &&
            x->el[i + 3].type == E_NAME && x->el[i + 3].ts == x->el[i + 2].te) {
            size_t last = i + 3;
            while (last + 2 < x->nel && last < i + EX_REACH &&
                   (x->el[last + 1].type == E_COMMA || x->el[last + 1].type == E_AND) &&
                   x->el[last + 2].type == E_NAME && x->el[last + 2].ts == x->el[last + 1].te)
                last += 2;
            int after = last + 1 < x->nel ? x->el[last + 1].type : E_BREAK;
            /* (or the clause's verb: "nguyên Chủ tịch Quốc hội A và B cùng
             * dự"; names with an honorific are persons of their own: "…,
             * ông B cho biết") */
            bool bare = true;
            for (size_t k = i + 3; k <= last; k += 2)
                if (ex_phrase(x, x->el[k].ts, LX_HONORIFIC, NULL))
                    bare = false;
            if (bare && (after == E_SEMI || after == E_BREAK || after == E_NL || after == E_AND ||
                         after == E_OTHER)) {
                /* the chain the post closes is theirs too, its past posts:
                 * "nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước A, B" */
                size_t c0 = i;
                while (c0 >= 2 && c0 + EX_REACH > i && x->el[c0 - 1].type == E_COMMA &&
                       x->el[c0 - 2].type == E_TITLE)
                    c0 -= 2;
                for (size_t c = c0; c < i; c += 2)
                    if (x->el[c].cued && x->el[c].status == ST_FORMER)
                        ex_give(x, c, i + 1, 0);
                for (size_t k = i + 3; k <= last; k += 2) {
                    ex_give(x, i, k, 0);
                    for (size_t c = c0; c < i; c += 2)
                        if (x->el[c].cued && x->el[c].status == ST_FORMER)
                            ex_give(x, c, k, 0);
                }
                continue;
            }
        }
        if (t->type != E_TITLE || (!t->plural && !(t->owned && ex_counted(x, i))))
            continue;
        /* "hai Phó Thủ tướng Vương Đình Huệ và Vũ Đức Đam": counted too */
        if (x->el[i + 1].type == E_NAME && t->owned) {
            for (size_t k = i + 2; k + 1 < x->nel; k += 2) {
                int ty = x->el[k].type;
                if ((ty != E_COMMA && ty != E_AND) || x->el[k + 1].type != E_NAME)
                    break;
                ex_give(x, i, k + 1, 0);
            }
            continue;
        }
        if (x->el[i + 1].type != E_COLON)
            continue;
        t->owned = 1;
        /* bounded, so that a pathological sentence stays linear */
        for (size_t k = i + 2; k < x->nel && k < i + EX_REACH; k++) {
            int ty = x->el[k].type;
            if (ty == E_BREAK || ty == E_NL || (ty == E_TITLE && x->el[k].plural))
                break;
            if (ty != E_NAME)
                continue;
            int pt = x->el[k - 1].type;
            if (pt == E_COLON || pt == E_SEMI || pt == E_COMMA || pt == E_AND)
                ex_give(x, i, k, 0);
        }
    }
}

/* Whether a count stands right before the post at element i: "8 Phó Giám
 * đốc", "ba đại biểu" (a plural post, "các …", counts too). */
static bool ex_counted(const ex *x, size_t i)
{
    static const char *const nums[] = {"hai", "ba",  "bốn",  "năm",  "sáu",
                                       "bảy", "tám", "chín", "mười", NULL};
    const el *t = &x->el[i];
    if (t->plural)
        return true;
    if (t->ts == 0 || !ex_word(x, t->ts - 1))
        return false;
    size_t k = t->ts - 1;
    if (x->tok[k].digit)
        return x->tok[k].e - x->tok[k].s <= 2;
    for (int n = 0; nums[n]; n++)
        if (ex_is_str(x, k, nums[n]))
            return true;
    return false;
}

/* Whether tokens [s, e) introduce the holders of a post named before
 * them: "gồm (có)", "là", "hiện nay là", "lần lượt là", "như" (examples:
 * "các cán bộ nguyên Ủy viên T.Ư như các ông A, B, C"), with "các ông bà"
 * and ':' or ','.  *gom is set for "gồm" and "như" (a list follows). */
static bool ex_holder_intro(const ex *x, size_t s, size_t e, bool *gom)
{
    static const char *const words[] = {"gồm", "có",  "là",    "lần", "lượt", "hiện", "nay",
                                        "tại", "mới", "các",   "ông", "bà",   "đồng", "chí",
                                        "anh", "chị", "những", "như", NULL};
    bool la = false;
    *gom = false;
    if (e <= s || e - s > 8)
        return false;
    for (size_t k = s; k < e; k++) {
        const tok *w = &x->tok[k];
        if (w->type == T_PUNCT && (w->p == ':' || w->p == ','))
            continue;
        if (w->type != T_WORD)
            return false;
        int n = 0;
        while (words[n] && !ex_is_str(x, k, words[n]))
            n++;
        if (!words[n])
            return false;
        if (n == 0 || n == 17)
            *gom = true;
        if (n == 2)
            la = true;
    }
    return la || *gom;
}

/* A past time right after a post (status.tsv: a former `frame` or
 * `background` cue, or a former `before` cue ending in "là", whose "là"
 * is left to the holder's introduction): "khi đó", "khi ấy", "lúc bấy
 * giờ", "trước đây"; its length in tokens, 0 when none. */
static size_t ex_past_time_at(const ex *x, size_t k)
{
    const lx_entry *c = NULL;
    int n = ex_phrase(x, k, LX_STATUS, &c);
    if (!n || c->status != ST_FORMER)
        return 0;
    if (c->cue_pos == 4 || c->cue_pos == 5)
        return (size_t)n;
    if (c->cue_pos == 0 && n >= 2 && ex_is(x, k + (size_t)n - 1, "là"))
        return (size_t)n - 1;
    return 0;
}

/* The agent of a passive whose post stands at element i: "ông A được Bộ
 * trưởng Công thương khi đó là ông B bổ nhiệm làm …", "bà C được Chủ tịch
 * UBND tỉnh D trao quyết định …", "ông E bị Giám đốc Sở F kỷ luật" — a
 * word ending in "được" / "bị" right before the post (or its chain: "được
 * Phó Thủ tướng, Bộ trưởng Bộ Công an G"), then the agent's name right
 * after it, or after a past time and "là" ("khi đó là", "lúc ấy là"), then
 * a verb: the post is the agent's, never the passive's subject's.  The
 * agent's element, else (size_t)-1. */
static size_t ex_passive_agent(const ex *x, size_t i)
{
    size_t f = i;
    while (f >= 2 && ex_joiner(x, f - 1) && x->el[f - 2].type == E_TITLE)
        f -= 2;
    if (f == 0 || x->el[f].type != E_TITLE)
        return (size_t)-1;
    const el *b = &x->el[f - 1];
    if ((b->type != E_OTHER && b->type != E_CUE) || b->te != x->el[f].ts ||
        !(ex_is(x, b->te - 1, "được") || ex_is(x, b->te - 1, "bị")))
        return (size_t)-1;
    size_t j = i;
    while (j + 2 < x->nel && ex_joiner(x, j + 1) && x->el[j + 2].type == E_TITLE)
        j += 2;
    size_t q = x->el[j].xe;
    if (q < x->ntok && ex_word(x, q)) {
        size_t past = ex_past_time_at(x, q);
        if (past) {
            q += past;
            if (q < x->ntok && ex_is(x, q, "là"))
                q++;
        }
    }
    size_t ni = j + 1;
    while (ni < x->nel && x->el[ni].ts < q && x->el[ni].type != E_NAME)
        ni++;
    if (ni >= x->nel || x->el[ni].type != E_NAME || x->el[ni].ts != q || x->el[ni].person < 0 ||
        x->el[ni].pronoun)
        return (size_t)-1;
    /* a verb after the name: a lower-case word, no mark ("được Chủ tịch
     * nước Trần Đại Quang, Tổng Bí thư …" is a list) */
    size_t v = x->el[ni].te;
    if (v >= x->ntok || !ex_word(x, v) || x->tok[v].cap)
        return (size_t)-1;
    return ni;
}

/* Whether the post at element i is the agent of a passive that names no
 * one: "được" / "bị" right before it (or the chain it ends), then — past
 * a time ("lúc bấy giờ", "khi đó") — a lower-case verb, no name: "Tháng
 * 9/2015, chị Hiền được Chủ tịch UBND huyện Minh Hóa lúc bấy giờ kí hợp
 * đồng lao động".  The post is that unnamed agent's, not the subject's. */
static bool ex_passive_unnamed(const ex *x, size_t i)
{
    size_t f = i;
    while (f >= 2 && ex_joiner(x, f - 1) && x->el[f - 2].type == E_TITLE)
        f -= 2;
    if (f == 0 || x->el[f].type != E_TITLE)
        return false;
    const el *b = &x->el[f - 1];
    if ((b->type != E_OTHER && b->type != E_CUE) || b->te != x->el[f].ts ||
        !(ex_is(x, b->te - 1, "được") || ex_is(x, b->te - 1, "bị")))
        return false;
    size_t j = i;
    while (j + 2 < x->nel && ex_joiner(x, j + 1) && x->el[j + 2].type == E_TITLE)
        j += 2;
    size_t q = x->el[j].xe;
    if (q < x->ntok && ex_word(x, q))
        q += ex_past_time_at(x, q);
    if (q >= x->ntok || !ex_word(x, q) || x->tok[q].cap || x->tok[q].digit)
        return false;
    for (size_t k = j + 1; k < x->nel && x->el[k].ts <= q; k++)
        if (x->el[k].type == E_NAME || x->el[k].type == E_TITLE)
            return false;
    return true;
}

/* The subject of the passive whose agent is the name at element k (see
 * ex_passive_agent): the name before "được" / "bị" in the clause, a bare
 * "ông" / "bà" included ("Giữa năm 2015, ông được Bộ trưởng … bổ nhiệm
 * làm …").  (size_t)-1 when k is no such agent or no name stands there. */
static size_t ex_passive_subject(const ex *x, size_t k)
{
    if (k == 0)
        return (size_t)-1;
    size_t i = k - 1;
    while (i > 0 && x->el[i].type != E_TITLE && i + 4 > k)
        i--;
    if (x->el[i].type != E_TITLE || ex_passive_agent(x, i) != k)
        return (size_t)-1;
    while (i > 0 && x->el[i - 1].type != E_OTHER && x->el[i - 1].type != E_CUE)
        i--;
    if (i == 0)
        return (size_t)-1;
    for (size_t q = i - 1; q-- > 0 && q + EX_REACH > k;) {
        int ty = x->el[q].type;
        if (ty == E_BREAK || ty == E_NL || ty == E_SEMI || ty == E_TITLE)
            return (size_t)-1;
        if (ty == E_NAME)
            return x->el[q].person >= 0 ? q : (size_t)-1;
    }
    return (size_t)-1;
}

/* The token of "là" in "POST vừa / mới (được) bổ nhiệm / bầu là NAME" at
 * token k right after the post (an appointing clause cue of status.tsv
 * between), or 0 (session 21). */
static size_t ex_just_appointed_la(const ex *x, size_t k)
{
    if (!(ex_is(x, k, "vừa") || ex_is(x, k, "mới")))
        return 0;
    size_t q = k + 1;
    if (ex_is(x, q, "được"))
        q++;
    const lx_entry *c = NULL;
    int n = ex_word(x, q) ? ex_phrase(x, q, LX_STATUS, &c) : 0;
    if (n <= 0 || c->status != ST_APPOINTED || c->cue_pos != 1)
        return 0;
    q += (size_t)n;
    return ex_is(x, q, "là") ? q : 0;
}

/* A post stated before its holders, away from the name: "Phó Thủ tướng
 * hiện nay là ông Vương Đình Huệ", "tân Giám đốc Sở là ông A"; a counted
 * or plural post goes to every name of the list that follows: "8 Phó Giám
 * đốc Sở Nội vụ gồm có ông A, B, C và bà D", "4 Phó Chủ tịch là ông A, ông
 * B và ông C".  With a past time between them ("Chủ tịch UBND tỉnh khi đó
 * là bà A", "Bộ trưởng Bộ Xây dựng khi ấy (ông A)", "nguyên Chủ tịch Ngân
 * hàng X trước đây là ông A") the single holder held it then: former. */
static void ex_rule_holders(ex *x)
{
    static const char w_gom[] = "gồm", w_la[] = "là", w_hien[] = "hiện", w_lan[] = "lần",
                      w_nhu[] = "như";
    const uint64_t h_gom = norm_hash_syllable(w_gom, sizeof w_gom - 1),
                   h_la = norm_hash_syllable(w_la, sizeof w_la - 1),
                   h_hien = norm_hash_syllable(w_hien, sizeof w_hien - 1),
                   h_lan = norm_hash_syllable(w_lan, sizeof w_lan - 1),
                   h_nhu = norm_hash_syllable(w_nhu, sizeof w_nhu - 1);
    for (size_t i = 0; i + 1 < x->nel; i++) {
        el *t = &x->el[i];
        if (t->type != E_TITLE || t->owned || !ex_word(x, t->xe))
            continue;
        uint64_t h0 = x->tok[t->xe].h;
        size_t past = ex_past_time_at(x, t->xe);
        size_t la = t->cued ? 0 : ex_just_appointed_la(x, t->xe);
        if (la && i + 1 < x->nel && x->el[i + 1].type != E_NAME) {
            /* "Giám đốc Sở Y tế vừa được bổ nhiệm là ông A": appointed */
            size_t ni = i + 1;
            while (ni < x->nel && ni < i + 6 && x->el[ni].type != E_NAME &&
                   x->el[ni].te <= la + 1 && x->el[ni].type != E_TITLE)
                ni++;
            if (ni < x->nel && x->el[ni].type == E_NAME && x->el[ni].person >= 0 &&
                !x->el[ni].pronoun && x->el[ni].ts == la + 1 && !ex_counted(x, i)) {
                t->owned = 1;
                ex_give(x, i, ni, ST_APPOINTED);
                if (x->nrl && x->rl[x->nrl - 1].title == i)
                    x->rl[x->nrl - 1].status = ST_APPOINTED;
                continue;
            }
        }
        if (!past && h0 != h_gom && h0 != h_la && h0 != h_hien && h0 != h_lan && h0 != h_nhu)
            continue;
        /* the first name after the post, a few elements on */
        size_t ni = i + 1;
        while (ni < x->nel && ni < i + 6 &&
               (x->el[ni].type == E_OTHER || x->el[ni].type == E_CUE || x->el[ni].type == E_COLON ||
                x->el[ni].type == E_COMMA || (past && x->el[ni].type == E_OPEN)))
            ni++;
        if (ni >= x->nel || ni == i + 1 || x->el[ni].type != E_NAME || x->el[ni].person < 0)
            continue;
        bool gom = false;
        size_t ns = x->el[ni].ts;
        /* the honorific of the name ("ông") is in the name's element */
        if (past) {
            /* then only "là" or '(' before the name: "khi ấy (ông A)" */
            size_t q = t->xe + past;
            if (q < ns && (ex_is(x, q, "là") || (x->tok[q].type == T_PUNCT && x->tok[q].p == '(')))
                q++;
            if (q != ns)
                continue;
            t->owned = 1;
            ex_give(x, i, ni, ST_FORMER);
            if (x->nrl && x->rl[x->nrl - 1].title == i)
                x->rl[x->nrl - 1].status = ST_FORMER;
            continue;
        }
        if (!ex_holder_intro(x, t->xe, ns, &gom))
            continue;
        bool many = ex_counted(x, i);
        /* "như": examples of the post's holders — a run of two or more
         * names, each of them a holder (a single "như ông A" compares) */
        /* … and so is a run after "gồm" that a count does not announce:
         * "ba bị cáo từng giữ chức Phó Tổng Giám đốc Oceanbank gồm Nguyễn
         * Văn Hoàn, Lê Thị Thu Thủy và Nguyễn Minh Phương" */
        if (h0 == h_nhu || (h0 == h_gom && !many))
            many = ni + 2 < x->nel &&
                   (x->el[ni + 1].type == E_COMMA || x->el[ni + 1].type == E_AND) &&
                   x->el[ni + 2].type == E_NAME;
        if (gom && !many)
            continue;
        t->owned = 1;
        ex_give(x, i, ni, 0);
        if (!many)
            continue;
        for (size_t k = ni + 1; k < x->nel && k < ni + EX_REACH; k++) {
            int ty = x->el[k].type;
            if (ty == E_NAME) {
                int pt = x->el[k - 1].type;
                if (pt == E_COMMA || pt == E_SEMI || pt == E_AND)
                    ex_give(x, i, k, 0);
                continue;
            }
            if (ty == E_COMMA || ty == E_SEMI || ty == E_AND || ty == E_DASH || ty == E_OPEN ||
                ty == E_CLOSE)
                continue;
            /* a post of one name of the list: "A, Phó Giám đốc …; B" */
            if (ty == E_TITLE && ex_in_postfix(x, k))
                continue;
            break;
        }
    }
}

/* Whether a post is a bare state post ("Tổng Bí thư", "Thủ tướng"; no
 * organisation written; state_heads.tsv). */
static bool ex_bare_state_head(const ex *x, const el *t)
{
    size_t n = t->te - t->rs;
    if (t->te != t->re || n == 0 || n > 8)
        return false;
    const lx_entry *e = lexicon_find(x->lx, ex_seq_hash(x, t->rs, t->te), (int)n);
    return e && (e->kinds & LX_STATEHEAD);
}

/* A postfix chain's link at element c (the comma after a post): ", hiện
 * là", ", nay là", ", đồng thời là", ", đang là" and a post that no
 * following name owns.  Returns that post's element, else 0. */
static size_t ex_chain_link(const ex *x, size_t c)
{
    static const char *const adv[] = {"hiện", "nay", "đồng", "thời", "giờ", "hiện", NULL};
    /* "nguyên Giám đốc Sở Xây dựng (nay là Chủ tịch UBND huyện …)" too */
    if (c + 2 >= x->nel || (x->el[c].type != E_COMMA && x->el[c].type != E_OPEN))
        return 0;
    size_t k = c + 1;
    if (x->el[k].type == E_OTHER && x->el[k].te - x->el[k].ts <= 2) {
        for (size_t q = x->el[k].ts; q < x->el[k].te; q++) {
            int n = 0;
            while (adv[n] && !ex_is_str(x, q, adv[n]))
                n++;
            if (!adv[n])
                return 0;
        }
        k++;
    }
    if (k + 1 >= x->nel || x->el[k].type != E_CUE || x->el[k].where != 2 ||
        x->el[k].te - x->el[k].ts > 2 || !ex_is(x, x->el[k].te - 1, "là"))
        return 0;
    const el *t = &x->el[k + 1];
    if (t->type != E_TITLE || t->owned ||
        (k + 2 < x->nel && x->el[k + 2].type == E_NAME && x->el[k + 2].ts == t->xe))
        return 0;
    return k + 1;
}

/* Postfix chains: "A, post, post …", "A - post", "A (post)", and bylines
 * (a name alone on its line, the posts on the next). */
/* "Các ông A, B, nguyên Phó Chủ tịch UBND tỉnh", "Hai ông A và B, nguyên
 * Giám đốc …": a list of names that a plural opens ("các / hai / ba ông",
 * "các bà", "các đồng chí"), joined by commas or "và" with nothing between,
 * shares the chain after its last name (the roles from rfirst on, given to
 * the name at element i): each name gets each post with its status.  A
 * post with one holder at a time is shared only when it is past or left
 * (two former chairs; two current ones cannot be). */
static bool ex_single_holder(const ex *x, const el *t);
static bool ex_relation(const ex *x, size_t s, size_t e);

static void ex_share_chain(ex *x, size_t i, size_t rfirst)
{
    size_t j = i;
    while (j >= 2 && (x->el[j - 1].type == E_COMMA || x->el[j - 1].type == E_AND) &&
           x->el[j - 2].type == E_NAME && x->el[j - 2].person >= 0 && !x->el[j - 2].pronoun &&
           x->el[j - 2].te == x->el[j - 1].ts && x->el[j - 1].te == x->el[j].ts)
        j -= 2;
    if (j == i)
        return;
    size_t f = x->el[j].ts;
    bool plural = false;
    if (f >= 1 && (ex_is(x, f, "ông") || ex_is(x, f, "bà")))
        plural = ex_is(x, f - 1, "các") || ex_is(x, f - 1, "hai") || ex_is(x, f - 1, "ba") ||
                 ex_is(x, f - 1, "bốn") || ex_is(x, f - 1, "những") ||
                 (x->tok[f - 1].digit && x->tok[f - 1].e - x->tok[f - 1].s == 1);
    else if (f >= 1 && ex_is(x, f, "đồng") && ex_is(x, f + 1, "chí"))
        plural = ex_is(x, f - 1, "các");
    /* "… lãnh đạo Công ty X, gồm: A, Giám đốc; B và C, Phó Giám đốc; D, Kế
     * toán trưởng": an item of a list that ';' separates — the names right
     * after a ';' (or after ':' with a ';' closing their chain) — names
     * the holders of its chain, as a plural would */
    if (!plural && j >= 1 && (x->el[j - 1].type == E_SEMI || x->el[j - 1].type == E_COLON)) {
        size_t last = 0;
        for (size_t r = rfirst; r < x->nrl; r++)
            if (x->rl[r].person == x->el[i].person && x->rl[r].title > last)
                last = x->rl[r].title;
        plural = last > i && (x->el[j - 1].type == E_SEMI ||
                              (last + 1 < x->nel && x->el[last + 1].type == E_SEMI));
    }
    if (!plural)
        return;
    size_t rend = x->nrl;
    for (size_t r = rfirst; r < rend; r++) {
        if (x->rl[r].person != x->el[i].person)
            continue;
        uint32_t ti = x->rl[r].title;
        uint8_t st = x->rl[r].status;
        if (ex_single_holder(x, &x->el[ti]) && st != ST_FORMER && st != ST_ENDED)
            continue;
        for (size_t q = j; q < i; q += 2) {
            size_t before = x->nrl;
            ex_give(x, ti, q, st);
            if (x->nrl > before)
                x->rl[x->nrl - 1].status = st;
        }
    }
}

/* Whether the post at t is a bare state post ("Thủ tướng") or a head of a
 * national body named bare ("Chủ tịch Quốc hội", bodies.tsv "national"). */
static bool ex_national_post(const ex *x, const el *t)
{
    if (ex_bare_state_head(x, t))
        return true;
    const lx_entry *e = NULL;
    return t->te > t->re && ex_phrase(x, t->re, LX_BODY_NATIONAL, &e) == (int)(t->te - t->re);
}

/* Whether the post at t opens with a state's head of state_heads.tsv other
 * than a bare "Chủ tịch" (a chair of any body): "Tổng thống Séc", "Thủ
 * tướng Ấn Độ", "Ngoại trưởng Hoa Kỳ". */
static bool ex_head_of_state_post(const ex *x, const el *t)
{
    size_t n = t->re - t->rs;
    if (n == 0 || n > 8 || (n == 2 && ex_is(x, t->rs, "chủ")))
        return false;
    const lx_entry *e = lexicon_find(x->lx, ex_seq_hash(x, t->rs, t->re), (int)n);
    return e && (e->kinds & LX_STATEHEAD);
}

/* Whether the post at element k is named by no one: not given to a name
 * after it (prefix chain), not plural, and no name follows it. */
static bool ex_unnamed_post(const ex *x, size_t k)
{
    const el *t = &x->el[k];
    return t->type == E_TITLE && !t->owned && !t->plural &&
           !(k + 1 < x->nel && x->el[k + 1].type == E_NAME && x->el[k + 1].ts == t->xe);
}

/* "Phó Thủ tướng A, Viện trưởng VKSNDTC, Bộ trưởng Bộ Công an đều nói …",
 * "Phó Thủ tướng A, Chánh án TANDTC và Bộ trưởng Bộ Tư pháp", "…, Chánh án
 * TANDTC cùng Bộ trưởng Bộ Tư pháp": a name that its own post opens, then
 * a comma and posts that no name follows, closed by "đều" (all of them: a
 * plural subject) or whose last one "và" or "cùng" joins, is a list of
 * officials of whom only the first is named.  The posts after the comma
 * are the unnamed others', not the name's apposition.  (A rank is no post:
 * "Đại tướng A, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí thư
 * Thành ủy Hà Nội B" keeps A's chain — and B's posts are B's anyway.) */
static bool ex_list_of_officials(const ex *x, size_t i)
{
    const el *n = &x->el[i];
    if (i == 0 || x->el[i - 1].type != E_TITLE || x->el[i - 1].xe != n->ts)
        return false;
    size_t k = i + 2;
    bool va = false;
    while (k < x->nel && ex_unnamed_post(x, k)) {
        if (k + 2 < x->nel && (x->el[k + 1].type == E_COMMA || x->el[k + 1].type == E_AND) &&
            x->el[k + 2].type == E_TITLE) {
            va = x->el[k + 1].type == E_AND && ex_is(x, x->el[k + 1].ts, "và");
            k += 2;
            continue;
        }
        const el *t = &x->el[k];
        if (va || ex_is(x, t->xe, "đều"))
            return true;
        /* "… cùng Bộ trưởng Bộ Tư pháp" (one word between the posts) */
        return k + 2 < x->nel && ex_is(x, t->xe, "cùng") && x->el[k + 1].type == E_OTHER &&
               x->el[k + 1].te == t->xe + 1 && x->el[k + 2].ts == t->xe + 1 &&
               ex_unnamed_post(x, k + 2);
    }
    return false;
}

/* "Phó Thủ tướng Vũ Văn A liên lạc với Thứ trưởng Huỳnh Văn B, Phó Thủ tướng
 * cho biết …": the post at element k, after "NAME," (the name at i), is a
 * bare role head of two syllables or more (no body, no name after it,
 * a verb or function word right after it) that another person named
 * before the name already holds — the same head given to him by an
 * earlier chain — and the name itself does not: a repeated bare post is
 * the short way the press refers back to its holder, so it opens a new
 * clause and is no apposition of the name before the comma.  ("ông
 * Nguyễn Văn A, Giám đốc Sở Y tế cho biết" names a body: untouched.) */
static bool ex_anaphor_post(const ex *x, size_t i, size_t k)
{
    const el *t = &x->el[k], *n = &x->el[i];
    size_t hn = t->re - t->rs;
    if (t->type != E_TITLE || t->plural || t->cued || t->te != t->re || t->xe != t->te || hn < 2 ||
        (k + 1 < x->nel &&
         (ex_joiner(x, k + 1) || (x->el[k + 1].type == E_NAME && x->el[k + 1].ts == t->xe))))
        return false;
    /* (a verb or function word right after it, stopwords.tsv: "cho biết",
     * "vẫn"; not a body the post runs on into: "Chủ tịch ngành …") */
    if (!ex_word(x, t->te) || x->tok[t->te].cap || !ex_phrase(x, t->te, LX_STOP, NULL))
        return false;
    uint64_t h = ex_seq_hash(x, t->rs, t->re);
    bool other = false;
    for (size_t r = 0; r < x->nrl; r++) {
        const el *u = &x->el[x->rl[r].title];
        if (x->rl[r].title >= i || u->re - u->rs != hn || ex_seq_hash(x, u->rs, u->re) != h)
            continue;
        if (x->rl[r].person == n->person)
            return false;
        other = true;
    }
    return other;
}

static void ex_rule_postfix(ex *x)
{
    for (size_t i = 0; i + 2 < x->nel; i++) {
        el *n = &x->el[i];
        if (n->type != E_NAME || n->person < 0 || n->pronoun)
            continue;
        size_t k = i + 1;
        int ty = x->el[k].type;
        if (ty == E_NL && n->alone) {
            k++;
        } else if (ty == E_COMMA || ty == E_DASH || ty == E_OPEN) {
            k++;
            /* "Đại biểu Ngô Thị Minh (Quảng Ninh), Phó Chủ nhiệm …": a
             * short capitalised note (ex_place_note) closed before the
             * comma; the posts after it are the name's */
            if (ty == E_OPEN && k + 3 < x->nel && ex_place_note(x, i + 1) &&
                x->el[k + 3].type == E_TITLE)
                k += 3;
            /* "anh Ngô Thành Sơn (SN 1980, Chủ tịch HĐQT …)": a short note
             * (birth year, age) before the posts */
            else if (ty == E_OPEN && k + 1 < x->nel && x->el[k].type == E_OTHER &&
                     x->el[k].te - x->el[k].ts <= 4 && x->el[k + 1].type == E_COMMA)
                k += 2;
            /* "ông Nguyễn Văn Hùng (chồng bà Mai), Giám đốc Công ty …": a
             * kinship note (relations.tsv, "của" may follow) closed before
             * the comma; the posts after it are the first name's */
            else if (ty == E_OPEN && k + 3 < x->nel && x->el[k].type == E_OTHER) {
                /* (the relative's name may be read as a person or not:
                 * "bà Mai" alone is no full name) */
                size_t c = k + 1;
                while (c < x->nel && c < k + 4 &&
                       (x->el[c].type == E_OTHER || x->el[c].type == E_NAME))
                    c++;
                if (c + 2 < x->nel && x->el[c].type == E_CLOSE && x->el[c + 1].type == E_COMMA &&
                    x->el[c + 2].type == E_TITLE && x->el[c].ts - x->el[k].ts <= 8 &&
                    (ex_relation(x, x->el[k].ts, x->el[k].ts + 1) ||
                     ex_relation(x, x->el[k].ts, x->el[k].ts + 2)))
                    k = c + 2;
            }
        } else if (ty != E_TITLE || x->el[k].ts != n->te) {
            /* "ông Nguyễn Thành Phong Chủ tịch UBND thành phố nhấn mạnh":
             * an apposition without a comma */
            continue;
        } else if (i > 0 && x->el[i - 1].type == E_TITLE && x->el[i - 1].xe == n->ts &&
                   ex_national_post(x, &x->el[k]) && ex_phrase(x, x->el[k].xe, LX_STOP, NULL)) {
            /* "… chất vấn Bộ trưởng Nguyễn Ngọc Thiện Chủ tịch Quốc hội cho
             * biết …" (a headline run into the text): after a name that a
             * post opens, a bare state post or the head of a national body
             * (bodies.tsv) with no mark before it and a verb after it is
             * the next sentence's subject */
            continue;
        } else if (ex_head_of_state_post(x, &x->el[k]) &&
                   (ex_vietnamese_name(x, (size_t)n->person) ||
                    (i > 0 && x->el[i - 1].type == E_TITLE && x->el[i - 1].xe == n->ts &&
                     ex_post_vietnamese(x, &x->el[i - 1])))) {
            /* "… làm việc với Thủ tướng Nguyễn Xuân Phúc Ngoại trưởng Hoa Kỳ
             * bắt tay …" (a caption run into the text): another state's head
             * (ex_head_of_state_post) right after a Vietnamese name or
             * holder, with no mark between, opens the next sentence */
            uint32_t hs, he;
            if (ex_post_country(x, &x->el[k], &hs, &he))
                continue;
        }
        /* "Phó Thủ tướng Nguyễn Thiện Nhân (nay là Bí thư Thành ủy TP.HCM)":
         * a name that a post opens, then "nay là" and a post: the post
         * before the name was held earlier (former), the one after is now
         * held and the chain goes on from it */
        if (k == i + 2 && (ty == E_COMMA || ty == E_OPEN) && i > 0 &&
            x->el[i - 1].type == E_TITLE && x->el[i - 1].xe == n->ts) {
            size_t nk = ex_chain_link(x, i + 1);
            bool now = false;
            for (size_t q = n->te; nk && q < x->el[nk].ts && !now; q++)
                now = ex_is(x, q, "nay");
            if (now) {
                size_t h = i - 1; /* the first post of the prefix chain */
                while (h >= 2 && ex_joiner(x, h - 1) && x->el[h - 2].type == E_TITLE)
                    h -= 2;
                for (size_t r = 0; r < x->nrl; r++)
                    if (x->rl[r].person == n->person && x->rl[r].title >= h && x->rl[r].title < i &&
                        x->rl[r].status == ST_CURRENT)
                        x->rl[r].status = ST_FORMER;
                k = nk;
            }
        }
        if (k == i + 2 && ty == E_COMMA && ex_list_of_officials(x, i))
            continue;
        size_t r0 = x->nrl, rfirst = x->nrl, kfirst = k;
        while (k < x->nel) {
            el *t = &x->el[k];
            if (t->type != E_TITLE || t->owned)
                break;
            /* "Các Phó Thủ tướng A, B, C, Bộ trưởng các Bộ Công thương …":
             * after a list of names, a post of several bodies is no one's
             * apposition ("Hứa Châu (giám đốc các công ty)" is his) */
            if (ex_word(x, t->xe) &&
                (x->tok[t->xe].h == x->lx->h_cac || x->tok[t->xe].h == x->lx->h_nhung) && i >= 2 &&
                (x->el[i - 1].type == E_COMMA || x->el[i - 1].type == E_AND) &&
                x->el[i - 2].type == E_NAME)
                break;
            /* "Theo ông Đinh La Thăng, Tổng bí thư cho hay …": a bare state
             * post right before a verb opens a new clause, it is the
             * speaker's, not an apposition of the name before the comma */
            if (k == i + 2 && ty == E_COMMA && ex_bare_state_head(x, t) &&
                !(k + 2 < x->nel && ex_joiner(x, k + 1) && x->el[k + 2].type == E_TITLE) &&
                ex_phrase(x, t->xe, LX_STOP, NULL))
                break;
            /* "Phó Thủ tướng A liên lạc với Thứ trưởng B, Phó Thủ tướng cho
             * biết …": a bare post after the comma that repeats the post of
             * another person named before is that person's anaphor, the
             * subject of a new clause (ex_anaphor_post) */
            /* (after a note too: "Theo đại biểu A (Thanh Hóa), Bộ trưởng đã
             * …") */
            if (k == kfirst && (ty == E_COMMA || ty == E_OPEN) && ex_anaphor_post(x, i, k))
                break;
            /* "Theo đại biểu Dương Trung Quốc, Bí thư Tỉnh ủy Yên Bái phải
             * chỉ đạo …": after "Theo NAME," a post and a modal of
             * obligation (phải, cần, nên) is the subject of the reported
             * clause, whatever the post */
            if (k == i + 2 && ty == E_COMMA &&
                (ex_is(x, t->xe, "phải") || ex_is(x, t->xe, "cần") || ex_is(x, t->xe, "nên"))) {
                /* (the name's own post may stand before it: "đại biểu") */
                size_t s0 = i > 0 && x->el[i - 1].type == E_TITLE && x->el[i - 1].xe == n->ts
                                ? x->el[i - 1].ts
                                : n->ts;
                if (s0 > 0 && ex_is(x, s0 - 1, "theo"))
                    break;
            }
            /* "Tại cuộc hội kiến với Chủ tịch nước A, Thủ tướng Belarus
             * khẳng định …", "Nhất trí với ý kiến của Chủ tịch Quốc hội A,
             * Chủ tịch Quốc hội Cuba nhấn mạnh …": the name closes the
             * object of a clause that opens the sentence, and the post after
             * the comma names a state that a Vietnamese name (vn_names.tsv)
             * or post (a Vietnamese place, own_bodies.tsv, "Chủ tịch nước")
             * before it does not hold: that post is the main clause's
             * subject.  (Only so: "Liên hệ với ông A, Chủ tịch UBND phường B
             * cho biết", "ý kiến chỉ đạo của ông A, Chủ tịch UBND tỉnh tại
             * …" are appositions.) */
            uint32_t pcs, pce;
            bool state = k == i + 2 && ty == E_COMMA && ex_post_country(x, t, &pcs, &pce);
            bool bare = k == i + 2 && ty == E_COMMA && !state && ex_bare_state_head(x, t);
            if (state || bare) {
                size_t s0 = n->ts, j = i;
                bool vn = ex_vietnamese_name(x, (size_t)n->person);
                while (j > 0 && x->el[j - 1].type == E_TITLE && x->el[j - 1].xe == s0) {
                    s0 = x->el[--j].ts;
                    vn = vn || ex_post_vietnamese(x, &x->el[j]);
                }
                /* (a bare state post after a name that has its own post:
                 * "Thay mặt Chủ tịch nước A, Thủ tướng trân trọng mời …") */
                if ((state ? vn : j < i) && ex_fronted_object(x, s0))
                    break;
                /* "Chủ tịch nước Trần Đại Quang, Tổng thống Séc cùng dự lễ":
                 * the head of another state ("Tổng thống", "Thủ tướng",
                 * "Ngoại trưởng" and a state, not "Chủ tịch" of any body) is
                 * never the apposition of a Vietnamese holder — a name of
                 * vn_names.tsv or a Vietnamese post before it */
                if (state && vn && ex_head_of_state_post(x, t))
                    break;
            }
            ex_give(x, k, i, 0);
            if (k + 2 < x->nel && ex_joiner(x, k + 1) && x->el[k + 2].type == E_TITLE) {
                k += 2;
                continue;
            }
            /* "ông A, nguyên Giám đốc Sở Y tế, hiện là / nay là / đồng thời
             * là Phó Chủ tịch UBND tỉnh", "(nay là …)": the chain goes on
             * over a link */
            size_t nk = ex_chain_link(x, k + 1);
            if (nk) {
                /* "X, nay là Y", "X (nay là Y)", "X, hiện nay là Y": now Y,
                 * so X was earlier — former ("đồng thời là": both held) */
                for (size_t q = x->el[k].xe; q < x->el[nk].ts; q++)
                    if (ex_is(x, q, "nay")) {
                        for (size_t r = r0; r < x->nrl; r++)
                            if (x->rl[r].person == n->person && x->rl[r].status == ST_CURRENT)
                                x->rl[r].status = ST_FORMER;
                        break;
                    }
                r0 = x->nrl;
                k = nk;
                continue;
            }
            break;
        }
        if (x->nrl > rfirst)
            ex_share_chain(x, i, rfirst);
    }
}

/* The name a cued post at element i is given to by "đối với", "với" or
 * "cho" right after it (a parenthesised abbreviation may stand between):
 * its element index, else (size_t)-1. */
static size_t ex_holder_after(const ex *x, size_t i)
{
    size_t k = i + 1;
    /* "(ĐBQH)": a short parenthesis right after the post */
    if (k + 2 < x->nel && x->el[k].type == E_OPEN && x->el[k + 1].type != E_NAME &&
        x->el[k + 2].type == E_CLOSE)
        k += 3;
    if (k + 1 >= x->nel || x->el[k].type != E_OTHER || x->el[k + 1].type != E_NAME ||
        x->el[k + 1].person < 0 || x->el[k].te != x->el[k + 1].ts ||
        x->el[k + 1].ts - x->el[i].xe > 8)
        return (size_t)-1;
    size_t w = x->el[k].te - 1; /* the word right before the name */
    size_t n = x->el[k].te - x->el[k].ts;
    if ((ex_is(x, w, "với") && (n == 1 || (w > 0 && ex_is(x, w - 1, "đối")))) ||
        (ex_is(x, w, "cho") && n == 1))
        return k + 1;
    return (size_t)-1;
}

/* Whether element e is one to three words of duration or aspect between a
 * time clause's subject and its link: "còn", "đang", "vẫn", "đã", "nhiều
 * năm (liền)". */
static bool ex_time_adverbs(const ex *x, const el *e)
{
    static const char *const w[] = {"còn", "đang", "vẫn", "đã", "nhiều", "năm", "liền", NULL};
    if (e->te <= e->ts || e->te - e->ts > 3)
        return false;
    for (size_t q = e->ts; q < e->te; q++) {
        int n = 0;
        while (w[n] && !ex_is_str(x, q, w[n]))
            n++;
        if (!w[n])
            return false;
    }
    return true;
}

/* Whether a `when` cue of status.tsv ("khi", "lúc", "thời", "hồi") is the
 * word right before token k (a name's first token). */
static bool ex_when_before(const ex *x, size_t k)
{
    /* one word ("khi", "thời") or two ("thời gian", "giai đoạn": "Trong
     * thời gian ông A làm Giám đốc Sở …") */
    for (int n = 1; n <= 2; n++) {
        const lx_entry *e = NULL;
        if (k >= (size_t)n && ex_phrase(x, k - (size_t)n, LX_STATUS, &e) == n && e->cue_pos == 7)
            return true;
    }
    return false;
}

/* Whether token k (a holder's name) opens the main clause after a time
 * clause of a past event opening the sentence: "Khi xảy ra vụ việc, ông A
 * là Chủ tịch UBND xã", "Tại thời điểm xảy ra sai phạm, ông A giữ chức …"
 * (the post held then, through a link). */
static bool ex_event_clause_before(const ex *x, size_t k)
{
    if (k < 4 || x->tok[k - 1].type != T_PUNCT || x->tok[k - 1].p != ',')
        return false;
    size_t s = k - 1;
    while (s > 0 && s + 24 > k && x->tok[s - 1].type != T_NL &&
           !(x->tok[s - 1].type == T_PUNCT &&
             (x->tok[s - 1].p == '.' || x->tok[s - 1].p == ',' || x->tok[s - 1].p == ';')))
        s--;
    if (s > 0 && x->tok[s - 1].type != T_NL &&
        !(x->tok[s - 1].type == T_PUNCT && x->tok[s - 1].p == '.'))
        return false;
    if (ex_is(x, s, "tại") || ex_is(x, s, "vào"))
        s++;
    if (ex_is(x, s, "thời") && ex_is(x, s + 1, "điểm"))
        s += 2;
    else if (ex_is(x, s, "khi") || ex_is(x, s, "lúc"))
        s++;
    else
        return false;
    return ex_is(x, s, "xảy") && ex_is(x, s + 1, "ra");
}

/* Whether a clause cue of status.tsv stands right before the post at
 * element i, with no link word between ("bổ nhiệm Giám đốc Sở Y tế …",
 * "miễn nhiệm Phó Chủ tịch UBND tỉnh …"). */
static bool ex_cue_right_before(const ex *x, size_t i)
{
    const el *c = &x->el[i - 1];
    return c->type == E_CUE && c->where == 1 && c->te == x->el[i].ts && !x->el[i].cued;
}

/* A clause cue and its object.  Right before a post a following name
 * owns ("UBND tỉnh bổ nhiệm Giám đốc Sở Y tế Nguyễn Văn An", "HĐND tỉnh
 * miễn nhiệm Phó Chủ tịch UBND tỉnh Trần Văn Bình"), the cue is that
 * post's; an ending cue right before a name ("miễn nhiệm ông A, Phó Chủ
 * tịch UBND tỉnh", "cách chức ông B, Chủ tịch UBND huyện") ends the posts
 * of the name's postfix chain ("bổ nhiệm ông A, Phó Giám đốc Sở, giữ chức
 * Giám đốc": the apposition is the post he holds, it stays). */
static void ex_rule_cue_objects(ex *x)
{
    for (size_t i = 1; i < x->nel; i++) {
        el *t = &x->el[i];
        /* "việc bổ nhiệm Giám đốc Sở … Phạm Văn A đang được dư luận quan
         * tâm": an appointment talked about, not reported */
        /* (or a count between: "trao quyết định bổ nhiệm 2 Phó Giám đốc Sở
         * Y tế gồm ông A và ông B" — the posts the list shares) */
        size_t cj = i - 1;
        if (t->type == E_TITLE && t->owned && i > 1 && !t->cued && ex_counted(x, i) &&
            x->el[cj].type == E_OTHER && x->el[cj].te == x->el[cj].ts + 1 &&
            x->el[cj].te == t->ts && x->el[cj - 1].type == E_CUE && x->el[cj - 1].where == 1 &&
            x->el[cj - 1].te == x->el[cj].ts)
            cj--;
        if (t->type == E_TITLE && t->owned && (cj < i - 1 || ex_cue_right_before(x, i)) &&
            !(x->el[cj].ts > 0 && ex_is(x, x->el[cj].ts - 1, "việc"))) {
            uint8_t st = x->el[cj].status;
            t->cued = 1;
            t->status = st;
            for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                if (x->rl[r].title == i && x->rl[r].status == ST_CURRENT)
                    x->rl[r].status = st;
            continue;
        }
        if (t->type != E_NAME || t->person < 0)
            continue;
        /* the cue right before the name, or before "đối với" / "với" and
         * the name: "cách hết các chức vụ đối với ông A (…)", "cho thôi giữ
         * chức đối với ông A, …"; an ending cue with no post after it ("cách
         * chức ông A, Giám đốc Sở …") counts as the clause cue does */
        size_t ci = i - 1;
        if (x->el[ci].type == E_OTHER && ci > 0 && x->el[ci].te == t->ts &&
            x->el[ci].te - x->el[ci].ts <= 4 && ex_is(x, x->el[ci].te - 1, "với") &&
            x->el[ci - 1].te == x->el[ci].ts)
            ci--;
        /* a decision handed to the name: "trao quyết định nghỉ hưu (để
         * hưởng chế độ bảo hiểm xã hội) cho ông A, Cục trưởng …" — the
         * cue after "quyết định", a few words ending in "cho" before the
         * name */
        else if (x->el[ci].type == E_OTHER && ci > 0 && x->el[ci].te == t->ts &&
                 x->el[ci].te - x->el[ci].ts <= 10 && ex_is(x, x->el[ci].te - 1, "cho") &&
                 x->el[ci - 1].te == x->el[ci].ts && x->el[ci - 1].type == E_CUE &&
                 x->el[ci - 1].ts >= 2 && ex_is(x, x->el[ci - 1].ts - 1, "định") &&
                 ex_is(x, x->el[ci - 1].ts - 2, "quyết"))
            ci--;
        const el *c = &x->el[ci];
        if (c->type != E_CUE || (c->where != 1 && c->where != 3) || c->status != ST_ENDED ||
            (ci == i - 1 && c->te != t->ts))
            continue;
        /* the name's postfix chain */
        size_t k = i + 1;
        if (k + 1 < x->nel &&
            (x->el[k].type == E_COMMA || x->el[k].type == E_DASH || x->el[k].type == E_OPEN))
            k++;
        else
            continue;
        /* "ông A (57 tuổi, Chủ tịch UBND xã …)": a short note first */
        if (x->el[k - 1].type == E_OPEN && k + 1 < x->nel && x->el[k].type == E_OTHER &&
            x->el[k].te - x->el[k].ts <= 4 && x->el[k + 1].type == E_COMMA)
            k += 2;
        for (; k < x->nel && x->el[k].type == E_TITLE; k += 2) {
            for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                if (x->rl[r].title == k && x->rl[r].person == t->person &&
                    x->rl[r].status == ST_CURRENT)
                    x->rl[r].status = ST_ENDED;
            if (k + 1 >= x->nel || !ex_joiner(x, k + 1))
                break;
        }
    }
}

/* Posts introduced by a status cue ("giữ chức", "thôi giữ chức", "bổ nhiệm
 * … làm") that no chain gave away: the nearest person of the sentence,
 * before the post if any, else after it. */
/* Whether the name at element k, found before the post at element i whose
 * cue opens a clause of its own, is the subject of an earlier time clause
 * with its own predicate, a comma between ("khi lãnh tụ Nguyễn Ái Quốc về
 * nước, trên cương vị quyền Tổng Bí thư, đồng chí …": the post is the main
 * clause's subject's).  "Ông A, 55 tuổi, được bổ nhiệm …" and "Khi ông A
 * còn là …" (no comma between) stay A's, and so does a genitive's name
 * ("khuyết điểm của ông A, …, trong thời gian giữ chức vụ …"). */
static bool ex_not_subject_before(const ex *x, size_t k, size_t i)
{
    const el *n = &x->el[k];
    bool comma = false;
    for (size_t q = k + 1; q < i && !comma; q++)
        comma = x->el[q].type == E_COMMA;
    if (!comma || k + 1 >= i || x->el[k + 1].type != E_OTHER)
        return false;
    /* a time word within three lower-case words before the name */
    for (size_t d = 1; d <= 3 && d <= n->ts; d++) {
        size_t w = n->ts - d;
        if (!ex_word(x, w))
            return false;
        if (ex_is(x, w, "khi") || ex_is(x, w, "lúc") || ex_is(x, w, "hồi"))
            return true;
        if (x->tok[w].cap && d > 1)
            return false;
    }
    return false;
}

/* Whether the name at element j, in the clause of a post whose chain ends
 * at token end, is that post's holder: after "đối với" ("miễn nhiệm chức
 * danh Phó Tổng giám đốc Sabeco đối với ông A"), or a few words on with no
 * post of its own and no "của" / "với" before it (a body's name cut at a
 * lower-case word: "Quyền Cục trưởng Cục Thi hành án dân sự (THADS) Vũ
 * Quốc Doanh"); not "cựu Giám đốc FBI nói … ông bị Tổng thống Donald Trump
 * sa thải", "… đã thỏa thuận với Nguyễn Xuân Sơn". */
static bool ex_holder_in_clause(const ex *x, size_t j, size_t end)
{
    const el *n = &x->el[j];
    if (n->person < 0 || n->pronoun)
        return false;
    size_t s = n->ts;
    if (s >= 2 && ex_is(x, s - 1, "với") && ex_is(x, s - 2, "đối"))
        return true;
    if (x->el[j - 1].type == E_TITLE || s < end || s - end > 6)
        return false;
    return !(s >= 1 && (ex_is(x, s - 1, "của") || ex_is(x, s - 1, "với")));
}

/* The holder named after a cued post at element i when none stands before
 * it: the name right after the post's chain ("nguyên Ủy viên Bộ Chính trị,
 * nguyên Trưởng ban Tổ chức Trung ương Tô Huy Rứa"), after "là" or "của"
 * ("Miễn nhiệm chức danh Phó Chủ tịch … của ông A", "… là ông B"), or the
 * name that opens the clause after the post's ("5 năm làm Bộ trưởng GTVT
 * và thời kỳ đầu làm Bí thư TP.HCM, ông Thăng …") — never a name further
 * on, the object of a verb or of "của" in a later clause ("được cử làm
 * quyền Tổng Bí thư, là người trực tiếp đón Nguyễn Ái Quốc về nước"; "được
 * bầu làm Tổng Bí thư của Đảng, từ đó, dưới sự chỉ đạo của Nguyễn Ái
 * Quốc"). */
static size_t ex_subject_after(const ex *x, size_t i)
{
    size_t j = i + 1;
    while (j + 1 < x->nel && ex_joiner(x, j) && x->el[j + 1].type == E_TITLE)
        j += 2;
    if (j >= x->nel)
        return (size_t)-1;
    const el *a = &x->el[j];
    if (a->type == E_NAME && a->ts == x->el[j - 1].xe)
        return a->person >= 0 ? j : (size_t)-1;
    if (a->type == E_OTHER && a->te == a->ts + 1 &&
        (ex_is(x, a->ts, "là") || ex_is(x, a->ts, "của")) && j + 1 < x->nel &&
        x->el[j + 1].type == E_NAME && x->el[j + 1].ts == a->te)
        return x->el[j + 1].person >= 0 ? j + 1 : (size_t)-1;
    size_t end = x->el[j - 1].te; /* the chain's last token + 1 */
    for (; j < x->nel && j < i + EX_REACH; j++) {
        int ty = x->el[j].type;
        if (ty == E_BREAK || ty == E_NL || ty == E_SEMI)
            return (size_t)-1;
        if (ty == E_NAME)
            return ex_holder_in_clause(x, j, end) ? j : (size_t)-1;
        if (ty == E_COMMA)
            break;
    }
    if (j + 1 >= x->nel)
        return (size_t)-1;
    j++;
    /* the post's body after a comma ("khi còn là Phó Trưởng phòng Hồ sơ,
     * Công an tỉnh Đắk Nông, Phạm Mạnh Hùng …") */
    if (x->el[j].type == E_OTHER && x->tok[x->el[j].ts].cap && j + 2 < x->nel &&
        x->el[j + 1].type == E_COMMA && x->el[j + 2].type == E_NAME)
        j += 2;
    /* a cued post of the same chain cut off from it by a lower-case word:
     * "Nguyên Vụ trưởng Vụ thể thao thành tích cao, nguyên Trưởng đoàn thể
     * thao Việt Nam (TTVN) Nguyễn Hồng Minh" */
    else if (x->el[j].type == E_TITLE && x->el[j].cued) {
        while (j + 2 < x->nel && ex_joiner(x, j + 1) && x->el[j + 2].type == E_TITLE)
            j += 2;
        if (j + 1 >= x->nel || x->el[j + 1].type != E_NAME || x->el[j + 1].ts != x->el[j].xe)
            return (size_t)-1;
        j++;
    }
    if (x->el[j].type != E_NAME || x->el[j].person < 0)
        return (size_t)-1;
    return j;
}

/* Whether a post one modifier word marks ("tân", "nguyên", "cựu", "quyền",
 * "cố" — a cue of one word written against the post) names someone other
 * than the name at element k before it: a verb phrase follows the name
 * and runs up to the post with no comma, dash or bracket between ("Thủ
 * tướng A gửi thư mừng tân Thủ tướng Pháp", "A làm quen với tân tổng
 * thống"): the post is that verb's object, not the subject's.  A link
 * ("A là tân Chủ tịch", "A vừa trở thành tân …"), an apposition ("A,
 * nguyên Bộ trưởng", "A (sinh năm 1960), nguyên …") or nothing ("ông A
 * nguyên Chủ tịch") keeps it the name's. */
static bool ex_modifier_object(const ex *x, size_t k, size_t i)
{
    const el *t = &x->el[i];
    if (!t->cued || t->rs != t->ts + 1 || k + 1 >= i || x->el[i - 1].type != E_OTHER)
        return false;
    for (size_t q = k + 1; q < i; q++) {
        int ty = x->el[q].type;
        if (ty == E_COMMA || ty == E_DASH || ty == E_OPEN || ty == E_CLOSE || ty == E_COLON)
            return false;
    }
    return true;
}

/* Whether element k is words that hold a Latin name the grammar did not
 * read as a person (two or more foreign-shaped capitalised words: "có
 * David Petraeus, một trong những vị tướng …, cựu giám đốc CIA"): a post
 * after it is more likely that person's than a name's further back, so
 * the search for its holder stops there. */
static bool ex_holds_latin_name(const ex *x, size_t k)
{
    const el *e = &x->el[k];
    if (e->type != E_OTHER)
        return false;
    for (size_t j = e->ts; j < e->te; j++)
        if (ex_latin_name(x, j))
            return true;
    return false;
}

/* Whether tokens [s, e) are a kinship word of relations.tsv, "của" after
 * it allowed ("mẹ ruột của B"). */
static bool ex_relation(const ex *x, size_t s, size_t e)
{
    if (e > s && ex_is(x, e - 1, "của"))
        e--;
    if (e <= s || e - s > 8)
        return false;
    uint64_t h = ex_seq_hash(x, s, e);
    for (size_t r = 0; r < x->lx->nrel; r++)
        if (x->lx->relsyl[r] == e - s && x->lx->rel[r] == h)
            return true;
    return false;
}

/* The name whose relative the name at element ni is said to be: "ông A,
 * chồng bà B", "ông C - chồng bà B", "ông D, em trai Bí thư tỉnh E F" — a
 * name, ',' or '-', a kinship word (relations.tsv), then the name at ni
 * with its own prefix posts.  A's element index, else (size_t)-1. */
static size_t ex_relative_of(const ex *x, size_t ni)
{
    size_t j = ni;
    while (j > 0 && x->el[j - 1].type == E_TITLE && x->el[j - 1].xe == x->el[j].ts)
        j--;
    if (j < 3 || x->el[j - 1].type != E_OTHER || x->el[j - 1].te != x->el[j].ts ||
        !ex_relation(x, x->el[j - 1].ts, x->el[j - 1].te) ||
        (x->el[j - 2].type != E_COMMA && x->el[j - 2].type != E_DASH) ||
        x->el[j - 3].type != E_NAME || x->el[j - 3].person < 0 || x->el[j - 3].pronoun)
        return (size_t)-1;
    return j - 3;
}

/* The name an apposition that ends at the name at element ni describes,
 * when that name is governed inside it by "của" or an era cue: "ông A, cựu
 * trợ lý Bộ trưởng Tư pháp dưới thời Tổng thống B, sẽ làm Giám đốc …",
 * "ông A, trợ lý của Bộ trưởng B, được bổ nhiệm làm …" — A's.  The
 * apposition opens right after "A," (or "A -") and holds no other name,
 * clause cue or link.  A's element index, else (size_t)-1 (session 23). */
static size_t ex_apposition_head(const ex *x, size_t ni)
{
    size_t j = ni;
    while (j > 0 && x->el[j - 1].type == E_TITLE && x->el[j - 1].xe == x->el[j].ts)
        j--;
    size_t s = x->el[j].ts;
    if (!((s > 0 && ex_is(x, s - 1, "của")) || ex_era_before(x, s)))
        return (size_t)-1;
    for (size_t k = j; k-- > 0 && k + 8 > j;) {
        const el *e = &x->el[k];
        if (e->type == E_COMMA || e->type == E_DASH) {
            if (k == 0 || k + 1 == j)
                return (size_t)-1;
            const el *h = &x->el[k - 1];
            return h->type == E_NAME && h->person >= 0 && !h->pronoun &&
                           h->person != x->el[ni].person && h->te == e->ts
                       ? k - 1
                       : (size_t)-1;
        }
        if (e->type == E_NAME || e->type == E_BREAK || e->type == E_NL || e->type == E_SEMI ||
            e->type == E_OPEN || e->type == E_CLOSE ||
            (e->type == E_CUE && (e->where == 1 || e->where == 2)))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* Whether only a comma (optional) and a chain of clause cues and links
 * stand between the name at element k and the post at element i: "ông A,
 * được bổ nhiệm làm POST", "ông A làm POST" (session 23: one cue or the
 * comma and one cue before). */
static bool ex_only_cues_between(const ex *x, size_t k, size_t i)
{
    size_t q = k + 1;
    if (q < i && x->el[q].type == E_COMMA)
        q++;
    if (q >= i)
        return false;
    for (; q < i; q++)
        if (x->el[q].type != E_CUE || (x->el[q].where != 1 && x->el[q].where != 2) ||
            (q + 1 < i && x->el[q].te != x->el[q + 1].ts))
            return false;
    return true;
}

/* The holder of a post linked to the name at element ni ("NAME làm / là
 * POST", "NAME, làm POST"): that name, or the one it is the relative of —
 * "ông A, chồng bà B, làm giám đốc kiêm chủ tịch HĐTV", "ông D, em trai
 * Bí thư tỉnh E F làm Giám đốc Sở …": A's, D's. */
static size_t ex_link_holder(const ex *x, size_t ni)
{
    size_t a = ex_relative_of(x, ni);
    if (a == (size_t)-1)
        a = ex_apposition_head(x, ni);
    return a == (size_t)-1 ? ni : a;
}

/* Whether the words of e, right before the link cue l, are auxiliaries of
 * the verb between a name and a link ("ông A sẽ đảm nhận chức vụ …", "ông
 * A cũng là …", "ông A vừa được giao làm …" has a cue of its own): the
 * status they give the post — ST_APPOINTED for one taken ahead or just now
 * ("sẽ", "sắp", "dự kiến"; "vừa", "mới", "chính thức" before a link that
 * is no bare "là": "vừa là A vừa là B" holds both), else ST_CURRENT; -1
 * when a word of e is no auxiliary. */
static int ex_link_aux(const ex *x, const el *e, const el *l)
{
    /* ("còn": "ông A còn làm Giám đốc Sở …", also or still holds it;
     * "khi còn làm" is a cue of its own, "không còn" no auxiliary) */
    static const char *const w[] = {"sẽ",   "sắp", "dự",   "kiến", "vừa",  "mới", "chính", "thức",
                                    "cũng", "vẫn", "đang", "hiện", "tiếp", "tục", "còn",   NULL};
    if (e->te <= e->ts || e->te - e->ts > 4)
        return -1;
    bool ahead = false, now = false;
    for (size_t q = e->ts; q < e->te; q++) {
        int n = 0;
        while (w[n] && !ex_is_str(x, q, w[n]))
            n++;
        /* ("chính là": "is the very", no auxiliary) */
        if (!w[n] || (n == 6 && !(q + 1 < e->te && ex_is(x, q + 1, "thức"))))
            return -1;
        ahead = ahead || n <= 3;
        now = now || (n >= 4 && n <= 7);
    }
    bool bare_la = l->te == l->ts + 1 && ex_is(x, l->ts, "là");
    return ahead || (now && !bare_la) ? ST_APPOINTED : ST_CURRENT;
}

/* The name a link (element i - 1) ties the post at element i to: the name
 * right before the link, or before an auxiliary (ex_link_aux: "ông A sẽ
 * đảm nhận chức vụ …"), or before an opening parenthesis, with or without
 * an auxiliary, or a comma and an auxiliary ("ông A (đang làm Phó chủ tịch
 * UBND xã …)", "ông A, đang làm …"); not in a time clause ("khi ông A còn
 * là …" has its own rule).  *aux is the status the auxiliary gives
 * (ST_CURRENT with none); (size_t)-1 when there is no such name. */
static size_t ex_link_subject(const ex *x, size_t i, int *aux)
{
    const el *l = &x->el[i - 1];
    size_t k = i - 2;
    bool apart = false;
    *aux = ST_CURRENT;
    if (x->el[k].type == E_OTHER && x->el[k].te == l->ts) {
        int a = ex_link_aux(x, &x->el[k], l);
        if (a < 0 || k == 0)
            return (size_t)-1;
        *aux = a;
        apart = true;
        k--;
    }
    bool comma = false;
    if (x->el[k].type == E_OPEN || (apart && x->el[k].type == E_COMMA)) {
        if (k == 0)
            return (size_t)-1;
        comma = x->el[k].type == E_COMMA;
        apart = true;
        k--;
    }
    /* "ông A, Phó Chủ tịch UBND tỉnh, còn làm Giám đốc Sở …": the name's
     * postfix chain closed by a comma, then an auxiliary and the link —
     * the chain's name is the subject (session 26) */
    if (comma && x->el[k].type == E_TITLE) {
        size_t c = k;
        while (c >= 2 && ex_joiner(x, c - 1) && x->el[c - 2].type == E_TITLE)
            c -= 2;
        if (c < 2 || x->el[c - 1].type != E_COMMA || x->el[c - 2].type != E_NAME ||
            x->el[c - 2].person < 0)
            return (size_t)-1;
        bool given = false;
        for (size_t r = 0; r < x->nrl && !given; r++)
            given = x->rl[r].title == k && x->rl[r].person == x->el[c - 2].person;
        if (!given)
            return (size_t)-1;
        k = c - 2;
    }
    if (x->el[k].type != E_NAME || x->el[k].person < 0 || (apart && ex_when_before(x, x->el[k].ts)))
        return (size_t)-1;
    return k;
}

/* Whether "nhận quyết định" stands within eight words before token k, or
 * at k (the clause cue of status.tsv itself: "Sau khi nhận quyết định làm
 * Phó Trưởng Ban …, ông A …"): "Ngay sau khi nhận quyết định của Bộ Chính
 * trị phân công làm Bí thư Thành ủy, ông A …" (the decision received names
 * the post taken). */
static bool ex_received_decision(const ex *x, size_t k)
{
    for (size_t q = k + 1; q-- > 0 && q + 8 >= k && q + 2 < x->ntok;) {
        const tok *w = &x->tok[q];
        if (w->type == T_NL || (w->type == T_PUNCT && w->p != ','))
            return false;
        if (ex_is(x, q, "nhận") && ex_is(x, q + 1, "quyết") && ex_is(x, q + 2, "định"))
            return true;
    }
    return false;
}

/* Whether a year (four digits from 1900) stands between the start of
 * the sentence and token k. */
static bool ex_year_before(const ex *x, size_t k)
{
    for (size_t q = k; q-- > 0;) {
        const tok *w = &x->tok[q];
        if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == '!' || w->p == '?')))
            return false;
        if (w->type == T_WORD && w->digit && w->e - w->s == 4 && atoi(x->t->w + w->s) >= 1900)
            return true;
    }
    return false;
}

/* "bổ nhiệm ông A và ông B giữ chức Phó Cục trưởng Cục Văn thư": the
 * names joined by "và" (and commas) right before the name at element h,
 * whose link or cue gave it the post at element i, share the post — not
 * one a single person holds at a time, nor a post paired with another ("A
 * và B là Giám đốc và Phó Giám đốc": each his own). */
static void ex_share_link(ex *x, size_t i, size_t h, uint8_t st)
{
    const el *t = &x->el[i];
    if (h < 2 || x->el[h].pronoun || x->el[h - 1].type != E_AND || ex_single_holder(x, t) ||
        (i + 2 < x->nel && x->el[i + 1].type == E_AND && x->el[i + 2].type == E_TITLE))
        return;
    for (size_t q = h;
         q >= 2 && (x->el[q - 1].type == E_AND || x->el[q - 1].type == E_COMMA) &&
         x->el[q - 2].type == E_NAME && x->el[q - 2].person >= 0 && !x->el[q - 2].pronoun &&
         x->el[q - 2].te == x->el[q - 1].ts && x->el[q - 1].te == x->el[q].ts;
         q -= 2)
        ex_give(x, i, q - 2, st);
}

/* Whether the post at element i follows "của" (of), with or without a
 * status cue of its own between ("của nguyên Bộ trưởng", "của cựu Tổng
 * thống"): the post names the owner of what comes before it. */
static bool ex_after_cua(const ex *x, size_t i)
{
    size_t s = x->el[i].ts;
    if (i > 0 && x->el[i - 1].type == E_CUE && x->el[i - 1].te == s)
        s = x->el[i - 1].ts;
    return s > 0 && ex_is(x, s - 1, "của");
}

static void ex_rule_cues(ex *x)
{
    uint8_t pending = 0;
    for (size_t i = 0; i < x->nel; i++) {
        el *t = &x->el[i];
        if (t->type == E_BREAK || t->type == E_NL) {
            pending = 0;
            continue;
        }
        if (t->type == E_CUE && t->where == 1) {
            pending = t->status;
            continue;
        }
        /* "nhưng" / "đồng thời" open another predicate of the subject:
         * "cho thôi chức A, thôi chức B đối với ông X nhưng lại cho giữ
         * chức C", "…, đồng thời giữ chức Phó Chủ tịch UBND tỉnh" — C is
         * no post ended by the cue before */
        if (pending && t->type == E_OTHER)
            for (size_t j = t->ts; j < t->te; j++)
                if (ex_is(x, j, "nhưng") ||
                    (j + 1 < t->te && ex_is(x, j, "đồng") && ex_is(x, j + 1, "thời")))
                    pending = 0;
        /* a post a passive clause cue and a link introduce, whose holder
         * an apposition after it named already: "Sau khi được bầu làm Chủ
         * tịch UBND tỉnh, ông A phát biểu" — the post taken, its status
         * (not in a sentence with a year before the post: "Từ năm 2010
         * đến nay, ông A được bầu làm …" is background) */
        if (t->type == E_TITLE && t->owned && !t->cued && pending && i > 1 &&
            x->el[i - 1].type == E_CUE && x->el[i - 1].where == 2 && x->el[i - 2].type == E_CUE &&
            x->el[i - 2].where == 1 && x->el[i - 2].te == x->el[i - 1].ts &&
            (ex_is(x, x->el[i - 2].ts, "được") || ex_received_decision(x, x->el[i - 2].ts)) &&
            !ex_year_before(x, t->ts)) {
            for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                if (x->rl[r].title == i && x->rl[r].status == ST_CURRENT)
                    x->rl[r].status = pending;
            continue;
        }
        /* "ông A từng được bổ nhiệm giữ chức B": a post an earlier rule gave
         * the name before, whose "giữ chức" a clause cue of another status
         * governs (once appointed: former) */
        if (t->type == E_TITLE && t->owned && t->cued && t->status == ST_APPOINTED && pending &&
            pending != ST_APPOINTED && i > 0 && x->el[i - 1].type == E_CUE &&
            x->el[i - 1].where == 1 && x->el[i - 1].te == t->ts) {
            t->status = pending;
            for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                if (x->rl[r].title == i && x->rl[r].status == ST_APPOINTED)
                    x->rl[r].status = pending;
            continue;
        }
        if (t->type != E_TITLE || t->owned)
            continue;
        uint8_t st = 0;
        int aux = ST_CURRENT;
        if (t->cued)
            st = t->status;
        else if (i > 0 && x->el[i - 1].type == E_CUE && x->el[i - 1].where == 2 && pending)
            st = pending;
        else if (i > 0 && ex_cue_right_before(x, i) &&
                 (ex_is(x, x->el[i - 1].ts, "được") || ex_is(x, x->el[i - 1].ts, "trúng") ||
                  ex_is(x, x->el[i - 1].ts, "tái") || ex_is(x, x->el[i - 1].ts, "từng") ||
                  (x->el[i - 1].ts >= 3 && ex_is(x, x->el[i - 1].ts - 1, "định") &&
                   ex_is(x, x->el[i - 1].ts - 2, "quyết") &&
                   ex_is(x, x->el[i - 1].ts - 3, "nhận"))))
            /* "ông A được bổ nhiệm Phó Giám đốc Sở …", "ông A nhận quyết
             * định bổ nhiệm Giám đốc Sở …", "ông A trúng cử đại biểu Quốc
             * hội", "tái đắc cử Chủ tịch …" (being elected; a bare "đắc cử" is
             * mostly another state's election and no cue):
             * the subject takes the post */
            st = x->el[i - 1].status;
        else if (i > 0 && ex_cue_right_before(x, i) && x->el[i - 1].ts >= 2 &&
                 ex_is(x, x->el[i - 1].ts - 1, "định") && ex_is(x, x->el[i - 1].ts - 2, "quyết") &&
                 ex_holder_after(x, i) != (size_t)-1)
            /* "trao quyết định bổ nhiệm Thứ trưởng Bộ Y tế cho ông A": the
             * decision names the post, then whom it is handed to */
            st = x->el[i - 1].status;
        else if (i > 1 && x->el[i - 1].type == E_CUE && x->el[i - 1].where == 2 &&
                 x->el[i - 2].type == E_CUE && x->el[i - 2].where == 6)
            /* "Trước khi làm Phó Chủ tịch UBND TP Đà Nẵng, ông Dũng …": the
             * later post, held now, of the main clause's subject */
            st = ST_CURRENT;
        else if (i > 1 && x->el[i - 1].type == E_CUE && x->el[i - 1].where == 2 &&
                 ex_link_subject(x, i, &aux) != (size_t)-1) {
            /* (an auxiliary or a parenthesis between the name and the
             * link: "ông A sẽ đảm nhận chức vụ Giám đốc Sở …" — taken
             * ahead, appointed; "ông A cũng là Phó Bí thư Tỉnh ủy", "ông A
             * (đang làm Phó chủ tịch UBND xã …)" — held) */
            size_t nmi = ex_link_subject(x, i, &aux);
            /* "Phó Thủ tướng Vương Đình Huệ làm Trưởng Ban chỉ đạo": held;
             * "khi ông Võ Kim Cự là Bí thư Tỉnh ủy …" (a `when` cue of
             * status.tsv before the name): held then, a former post */
            /* (a bare state head is no post of a time clause's pronoun:
             * "khi ông còn làm Chủ tịch một công ty" of a Prime Minister) */
            if (!(x->el[nmi].pronoun == 2 && ex_bare_state_head(x, t))) {
                size_t h = ex_link_holder(x, nmi);
                uint8_t hs =
                    ex_when_before(x, x->el[h].ts) || ex_event_clause_before(x, x->el[h].ts)
                        ? ST_FORMER
                    : aux == ST_APPOINTED ? ST_APPOINTED
                                          : 0;
                /* "ông A trở thành Chủ tịch UBND tỉnh": a post taken (a
                 * dated sentence makes it background later); not of a
                 * pronoun, a career told ("Tháng 9 năm đó, ông trở thành
                 * Chủ tịch …") */
                if (!hs && !x->el[nmi].pronoun && x->el[i - 1].te == x->el[i - 1].ts + 2 &&
                    ex_is(x, x->el[i - 1].ts, "trở") && ex_is(x, x->el[i - 1].ts + 1, "thành"))
                    hs = ST_APPOINTED;
                ex_give(x, i, h, hs);
                /* "làm giám đốc kiêm chủ tịch HĐTV": both posts; so the
                 * posts listed after a link ("Trước đó, ông A là Ủy viên
                 * Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh"), up to
                 * one a name or a link of its own takes ("… làm Trưởng
                 * ban, Bộ trưởng Bộ Công Thương làm Phó Trưởng ban") */
                for (size_t k = i + 2; k < x->nel && ex_joiner(x, k - 1); k += 2) {
                    el *n2 = &x->el[k];
                    if (n2->type != E_TITLE || n2->owned ||
                        (k + 1 < x->nel && x->el[k + 1].type == E_NAME &&
                         x->el[k + 1].ts == n2->xe) ||
                        (x->el[k - 1].type != E_KIEM && k + 1 < x->nel &&
                         x->el[k + 1].type == E_CUE &&
                         (x->el[k + 1].where == 1 || x->el[k + 1].where == 2)))
                        break;
                    ex_give(x, k, h, hs);
                }
                ex_share_link(x, i, h, hs);
            }
            continue;
        } else if (i > 3 && x->el[i - 1].type == E_CUE && x->el[i - 1].where == 2 &&
                   x->el[i - 2].type == E_COMMA && x->el[i - 3].type == E_NAME &&
                   ex_relative_of(x, i - 3) != (size_t)-1) {
            /* "ông A, chồng bà B, làm giám đốc kiêm chủ tịch HĐTV": A's */
            size_t h = ex_relative_of(x, i - 3);
            ex_give(x, i, h, 0);
            for (size_t k = i + 2; k < x->nel && x->el[k - 1].type == E_KIEM; k += 2) {
                el *n2 = &x->el[k];
                if (n2->type != E_TITLE || n2->owned ||
                    (k + 1 < x->nel && x->el[k + 1].type == E_NAME && x->el[k + 1].ts == n2->xe))
                    break;
                ex_give(x, k, h, 0);
            }
            continue;
        } else if (i > 3 && x->el[i - 1].type == E_CUE && x->el[i - 1].where == 2 &&
                   x->el[i - 2].type == E_OTHER && ex_time_adverbs(x, &x->el[i - 2]) &&
                   x->el[i - 3].type == E_NAME && x->el[i - 3].person >= 0 &&
                   ex_when_before(x, x->el[i - 3].ts)) {
            /* "khi ông Ngô Văn Giang còn là Chủ tịch UBND tỉnh …", "khi ông
             * nhiều năm liền là hiệu trưởng …" */
            if (!(x->el[i - 3].pronoun == 2 && ex_bare_state_head(x, t)))
                ex_give(x, i, i - 3, ST_FORMER);
            continue;
        } else if (i > 2 && x->el[i - 1].type == E_CUE && x->el[i - 1].where == 2 &&
                   x->el[i - 2].type == E_OTHER && x->el[i - 2].te - x->el[i - 2].ts <= 6 &&
                   x->el[i - 2].te == x->el[i - 1].ts &&
                   !(x->el[i - 1].ts > 0 && x->el[i - 1].ts - 1 >= x->el[i - 2].ts &&
                     x->tok[x->el[i - 1].ts - 1].h == x->lx->h_cac)) {
            /* "ông Quý, người đã có nhiều năm làm Phó giám đốc Sở …": a
             * relative clause on the holder ("NAME, người …" and a link) */
            size_t ni = i - 3;
            if (x->el[ni].type != E_COMMA || ni == 0 || !ex_is(x, x->el[i - 2].ts, "người"))
                continue;
            ni--;
            if (x->el[ni].type != E_NAME || x->el[ni].person < 0)
                continue;
            ex_give(x, i, ni, 0);
            t->owned = 1;
            for (size_t k = i + 2; k < x->nel && ex_joiner(x, k - 1); k += 2) {
                el *n2 = &x->el[k];
                if (n2->type != E_TITLE || n2->owned ||
                    (k + 1 < x->nel && x->el[k + 1].type == E_NAME && x->el[k + 1].ts == n2->xe))
                    break;
                n2->owned = 1;
                ex_give(x, k, ni, 0);
            }
            continue;
        } else if (i > 0 && x->el[i - 1].type == E_CUE && x->el[i - 1].where == 2 &&
                   x->el[i - 1].ts > 0 && x->tok[x->el[i - 1].ts - 1].h == x->lx->h_cac) {
            /* "cách chức cả các chức vụ Bí thư Ban cán sự đảng UBND tỉnh,
             * Phó bí thư Tỉnh ủy …": the posts of the sentence's person */
            st = ST_CURRENT;
        } else
            continue;
        if (t->cued && t->status == ST_APPOINTED && pending)
            t->status = pending;
        else if (!t->cued) {
            t->cued = 1;
            t->status = st;
        }
        /* already given by a postfix chain? then only the status matters —
         * of the posts a plural cue lists too ("ông A, cách chức cả các
         * chức vụ B, C": C is as ended as B) */
        bool given = false;
        /* the roles are in rule order, not in title order: an earlier
         * post may have been given after this one ("A (sinh năm 1973),
         * nguyên …" by this rule) */
        for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
            if (x->rl[r].title == i) {
                x->rl[r].status = t->status;
                given = true;
            }
        if (given && t->cued && t->status == ST_ENDED) {
            /* "thôi giữ chức Bí thư Thành ủy, Trưởng đoàn ĐBQH …": the end
             * of every post the cue lists */
            for (size_t k = i + 2; k < x->nel && ex_joiner(x, k - 1); k += 2) {
                el *n2 = &x->el[k];
                if (n2->type != E_TITLE || n2->cued)
                    break;
                n2->cued = 1;
                n2->status = t->status;
                for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                    if (x->rl[r].title == k)
                        x->rl[r].status = t->status;
            }
        }
        if (given && t->cued && t->status != ST_ENDED && t->status != ST_CURRENT) {
            /* "Trước đó, ông A giữ chức Giám đốc Sở Y tế, Phó Chủ tịch
             * UBND tỉnh": the posts the cue lists that a chain gave the
             * same holder take its status too */
            int32_t who = -1;
            for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl && who < 0;)
                if (x->rl[r].title == i)
                    who = x->rl[r].person;
            for (size_t k = i + 2; k < x->nel && ex_joiner(x, k - 1); k += 2) {
                el *n2 = &x->el[k];
                if (n2->type != E_TITLE || n2->cued ||
                    (k + 1 < x->nel && x->el[k + 1].type == E_NAME && x->el[k + 1].ts == n2->xe))
                    break;
                bool mine = false;
                for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                    if (x->rl[r].title == k && x->rl[r].person == who) {
                        x->rl[r].status = t->status;
                        mine = true;
                    }
                if (!mine)
                    break;
                n2->cued = 1;
                n2->status = t->status;
            }
        }
        if (given && t->cued && i > 0 && x->el[i - 1].type == E_NAME && x->el[i - 1].te == t->ts &&
            x->el[i - 1].person >= 0)
            ex_share_link(x, i, i - 1, 0);
        if (given)
            continue;
        size_t found = (size_t)-1;
        /* "cho thôi chức Cục trưởng … đối với ông Nguyễn Đăng Chương", "cho
         * thôi nhiệm vụ đại biểu Quốc hội (ĐBQH) với ông Võ Kim Cự", "trao
         * quyết định bổ nhiệm chức vụ Phó Ban Kinh tế Trung ương cho ông
         * Đinh La Thăng": the post's holder is named after it, not the
         * speaker or the giver before it */
        found = ex_holder_after(x, i);
        /* "TS. Lê Doãn Hợp: Tôi rất thấm thía câu nói của nguyên tổng bí
         * thư Ukraine", "… bác bỏ mọi cáo buộc của cựu Giám đốc FBI": a
         * post after "của" names an owner — when no holder's name follows
         * it, that owner is unnamed, never the sentence's subject */
        bool owner = ex_after_cua(x, i) || ex_era_before(x, t->ts); /* "dưới thời cựu …" */
        for (size_t k = i; found == (size_t)-1 && !owner && k-- > 0 && k + EX_REACH > i;) {
            int ty = x->el[k].type;
            if (ty == E_BREAK || ty == E_NL || ty == E_SEMI || ex_holds_latin_name(x, k))
                break;
            if (ty == E_NAME && x->el[k].person >= 0) {
                if (!ex_not_subject_before(x, k, i) && !ex_modifier_object(x, k, i))
                    found = k;
                /* "ông A được Bộ trưởng … ông B bổ nhiệm làm Cục trưởng
                 * …": the agent B appoints, the passive's subject A takes
                 * the post */
                if (found == k && ex_passive_subject(x, k) != (size_t)-1)
                    found = ex_passive_subject(x, k);
                /* "bổ nhiệm ông A, em trai Bí thư tỉnh B làm Giám đốc Sở
                 * …": the link's subject is A, whose relative B is */
                if (found == k && ex_only_cues_between(x, k, i))
                    found = ex_link_holder(x, k);
                break;
            }
        }
        if (found == (size_t)-1)
            found = ex_subject_after(x, i);
        /* (the owner's name after the post, or in an apposition closed by
         * ',', ':' or a full stop after its comma — "lễ nhậm chức của tân Trưởng khu
         * Hành chính Đặc biệt Hong Kong, bà Lâm Trịnh Nguyệt Nga, cùng …";
         * not the subject of the next clause: "một trong những trợ lý của
         * cựu Tổng thống Park, Ahn Jong-beom (An Chong-bum), đã yêu cầu") */
        if (owner && found != (size_t)-1 && x->el[found - 1].type != E_TITLE &&
            !(x->el[found - 1].type == E_OTHER && x->el[found - 1].te == x->el[found].ts &&
              x->el[found - 1].te == x->el[found - 1].ts + 1 &&
              (ex_is(x, x->el[found - 1].ts, "là") || ex_is(x, x->el[found - 1].ts, "của"))) &&
            !(x->el[found - 1].type == E_COMMA && found + 1 < x->nel &&
              (x->el[found + 1].type == E_COMMA || x->el[found + 1].type == E_COLON ||
               x->el[found + 1].type == E_BREAK || x->el[found + 1].type == E_NL)))
            found = (size_t)-1;
        if (found == (size_t)-1)
            continue;
        ex_give(x, i, found, 0);
        if (found + 1 == i && x->el[found].te == t->ts)
            ex_share_link(x, i, found, 0);
        /* "giữ các chức vụ Bí thư Đảng ủy, Giám đốc Công ty …, Chủ tịch
         * HĐQT …, bà Hồ Thị Kim Thoa": the posts joined to it too; after a
         * plural cue across ';' as well ("lần lượt giữ các chức vụ phó vụ
         * trưởng Vụ Tổ chức cán bộ; Chánh văn phòng; Thứ trưởng …") */
        bool many = false;
        for (size_t q = t->ts; q < t->rs && !many; q++)
            many = x->tok[q].h == x->lx->h_cac;
        if (!many && i > 0 && x->el[i - 1].type == E_CUE)
            for (size_t q = x->el[i - 1].ts; q < x->el[i - 1].te && !many; q++)
                many = x->tok[q].h == x->lx->h_cac;
        for (size_t k = i + 2;
             k < x->nel && (ex_joiner(x, k - 1) || (many && x->el[k - 1].type == E_SEMI)); k += 2) {
            el *n2 = &x->el[k];
            if (n2->type != E_TITLE || n2->owned ||
                (k + 1 < x->nel && x->el[k + 1].type == E_NAME && x->el[k + 1].ts == n2->xe &&
                 !ex_opens_sentence(x, &x->el[k + 1])))
                break;
            if (!n2->cued) {
                n2->cued = 1;
                n2->status = t->status;
            }
            ex_give(x, k, found, 0);
        }
    }
}

/* A successor cue of status.tsv ("thay", "thay thế", "kế nhiệm") right
 * before a name, after a post taken in the same sentence: "Ông Lê Văn A
 * được bổ nhiệm làm Giám đốc Sở Y tế, thay ông Trần Văn B nghỉ hưu" — the
 * name leaves that post: ended. */
static void ex_rule_successor(ex *x)
{
    for (size_t i = 1; i < x->nel; i++) {
        const el *n = &x->el[i];
        if (n->type != E_NAME || n->person < 0 || n->pronoun || n->ts == 0)
            continue;
        /* the cue ends right before the name (its honorific is the name's) */
        const lx_entry *c = NULL;
        size_t cs = n->ts;
        bool cue = false;
        for (size_t back = 1; back <= 3 && back <= n->ts && !cue; back++) {
            int cn = ex_phrase(x, n->ts - back, LX_STATUS, &c);
            if (cn == (int)back && c->cue_pos == 8) {
                cue = true;
                cs = n->ts - back;
            }
        }
        if (!cue)
            continue;
        /* the post after the name, through a link: "Bà B thay ông A làm
         * Giám đốc Sở Y tế", "B kế nhiệm ông A giữ chức Chủ tịch …" — the
         * post is the subject's, taken, and the name leaves it (a link
         * after a name gave it to that name) */
        size_t pk = i + 1;
        if (pk + 1 < x->nel && x->el[pk].type == E_CUE && x->el[pk].where == 2 &&
            x->el[pk].ts == n->te && x->el[pk].te == x->el[pk + 1].ts)
            pk++;
        if (pk < x->nel && x->el[pk].type == E_TITLE &&
            (pk > i + 1 || (x->el[pk].cued && x->el[pk].ts == n->te))) {
            size_t subj = (size_t)-1;
            for (size_t b = i; b-- > 0 && b + EX_REACH > i;) {
                int ty = x->el[b].type;
                if (ty == E_BREAK || ty == E_NL || ty == E_SEMI)
                    break;
                if (ty == E_NAME && x->el[b].person >= 0) {
                    subj = b;
                    break;
                }
            }
            if (subj != (size_t)-1 && x->el[subj].person != n->person) {
                bool given = false;
                for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                    if (x->rl[r].title == pk && x->rl[r].person == n->person)
                        x->rl[r].status = ST_ENDED;
                    else if (x->rl[r].title == pk && x->rl[r].person == x->el[subj].person)
                        given = true, x->rl[r].status = ST_APPOINTED;
                if (!given) {
                    size_t before = x->nrl;
                    ex_give(x, pk, subj, ST_APPOINTED);
                    if (x->nrl > before)
                        x->rl[x->nrl - 1].status = ST_APPOINTED;
                }
                continue;
            }
        }
        /* the post taken before it in the sentence */
        for (size_t k = i; k-- > 0 && k + EX_REACH > i;) {
            int ty = x->el[k].type;
            if (ty == E_BREAK || ty == E_NL || ty == E_SEMI)
                break;
            if (ty != E_TITLE || x->el[k].te > cs)
                continue;
            int32_t taker = -1;
            for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                if (x->rl[r].title == k && x->rl[r].status == ST_APPOINTED)
                    taker = x->rl[r].person;
            /* a post a link gives its holder right before the cue is taken
             * too: "Ông A đảm nhiệm vị trí Chủ tịch Mặt trận thay cho ông B",
             * "ông A làm Giám đốc thay ông B" */
            if (taker < 0 && k > 0 && x->el[k - 1].type == E_CUE && x->el[k - 1].where == 2 &&
                x->el[k - 1].te == x->el[k].ts && !x->el[k].cued)
                for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                    if (x->rl[r].title == k && x->rl[r].status == ST_CURRENT &&
                        x->rl[r].person != n->person) {
                        x->rl[r].status = ST_APPOINTED;
                        taker = x->rl[r].person;
                    }
            if (taker < 0)
                break; /* the nearest post is no post taken */
            if (taker != n->person) {
                ex_give(x, k, i, ST_ENDED);
                if (x->nrl && x->rl[x->nrl - 1].title == k && x->rl[x->nrl - 1].person == n->person)
                    x->rl[x->nrl - 1].status = ST_ENDED;
            }
            break;
        }
    }
}

/* "Trong thời gian giữ cương vị X, Y, đồng chí A …": the time in office
 * the sentence looks back on covers every post its cue lists — a post
 * joined to X that a chain gave the same holder as held is former too (as
 * "Trong thời gian làm X, Y, …" reads already; session 25). */
static void ex_rule_during_list(ex *x)
{
    for (size_t i = 0; i + 2 < x->nel; i++) {
        const el *t = &x->el[i];
        if (t->type != E_TITLE || !t->cued || !ex_is(x, t->ts, "giữ") ||
            !ex_during_before(x, t->ts + 1))
            continue;
        for (size_t k = i + 2; k < x->nel && ex_joiner(x, k - 1); k += 2) {
            el *n2 = &x->el[k];
            /* (not the prefix of a name right after it: "Trong thời gian
             * giữ chức X, Phó Chủ tịch UBND tỉnh B đã …") */
            if (n2->type != E_TITLE || n2->cued ||
                (k + 1 < x->nel && x->el[k + 1].type == E_NAME && x->el[k + 1].ts == n2->xe))
                break;
            bool mine = false;
            for (size_t r = 0; r < x->nrl; r++) {
                if (x->rl[r].title != k || x->rl[r].status != ST_CURRENT)
                    continue;
                for (size_t q = 0; q < x->nrl && !mine; q++)
                    mine = x->rl[q].title == i && x->rl[q].person == x->rl[r].person &&
                           x->rl[q].status == ST_FORMER;
                if (mine)
                    x->rl[r].status = ST_FORMER;
            }
            if (!mine)
                break;
        }
    }
}

/* A predecessor cue of status.tsv (where=predecessor: "tiền nhiệm")
 * before a name, "(của)" between, and that name's post through a link:
 * "Ông A, người tiền nhiệm của ông B ở cương vị Giám đốc Sở Y tế, …" — A
 * held the post (former), B holds it (given when no rule gave it). */
static void ex_rule_predecessor(ex *x)
{
    for (size_t i = 0; i + 3 < x->nel; i++) {
        const el *c = &x->el[i];
        const lx_entry *e = NULL;
        if (c->type != E_CUE || c->where != 3 ||
            ex_phrase(x, c->ts, LX_STATUS, &e) != (int)(c->te - c->ts) || !e->predecessor)
            continue;
        size_t ni = i + 1;
        if (x->el[ni].type == E_OTHER && x->el[ni].ts == c->te && x->el[ni].te == c->te + 1 &&
            ex_is(x, c->te, "của"))
            ni++;
        if (ni + 2 >= x->nel)
            continue;
        const el *n = &x->el[ni], *k = &x->el[ni + 1], *t = &x->el[ni + 2];
        if (n->type != E_NAME || n->person < 0 || n->pronoun || n->ts != x->el[ni - 1].te ||
            k->type != E_CUE || k->where != 2 || k->ts != n->te || t->type != E_TITLE ||
            t->ts != k->te)
            continue;
        /* the apposition's head: "A, người tiền nhiệm …" */
        size_t h = (size_t)-1;
        if (i >= 3 && x->el[i - 1].type == E_OTHER && x->el[i - 1].te == c->ts &&
            x->el[i - 1].te == x->el[i - 1].ts + 1 &&
            (x->el[i - 2].type == E_COMMA || x->el[i - 2].type == E_DASH) &&
            x->el[i - 3].type == E_NAME && x->el[i - 3].person >= 0 &&
            x->el[i - 3].person != n->person)
            h = i - 3;
        bool given = false, held = false;
        for (size_t r = 0; r < x->nrl; r++) {
            role *rl = &x->rl[r];
            if (rl->title != ni + 2)
                continue;
            if (rl->person == n->person)
                given = true, rl->status = ST_CURRENT;
            else if (rl->status == ST_CURRENT)
                rl->status = ST_FORMER;
            if (h != (size_t)-1 && rl->person == x->el[h].person)
                held = true;
        }
        if (!given) {
            size_t before = x->nrl;
            ex_give(x, ni + 2, ni, ST_CURRENT);
            if (x->nrl > before)
                x->rl[x->nrl - 1].status = ST_CURRENT;
        }
        if (h != (size_t)-1 && !held) {
            size_t before = x->nrl;
            ex_give(x, ni + 2, h, ST_FORMER);
            if (x->nrl > before)
                x->rl[x->nrl - 1].status = ST_FORMER;
        }
    }
}

/* A transfer: a clause cue "điều động" or "luân chuyển" with "sang"
 * before the post it gives ("ông A, Đội trưởng Đội QLTT số 14, sau đó được
 * điều động sang làm Đội trưởng Đội QLTT số 6", "luân chuyển ông A sang giữ
 * chức Bí thư Huyện ủy") moves the taker out of the posts the same
 * sentence gave him before the cue without a cue of their own: ended. */
/* A move to a place of work and no post: "Bộ TT&TT công bố quyết định
 * điều chuyển Chủ tịch Hội đồng thành viên Tổng công ty MobiFone Lê Nam Trà
 * về công tác tại Văn phòng Bộ", "Ông A, Giám đốc Sở X, được điều
 * động về nhận công tác tại Tỉnh ủy" — the mover (the first name after the
 * cue, else the nearest before it in the sentence) leaves the offices the
 * sentence gives him before "về / sang / đến (nhận) công tác / làm việc"
 * (a seat in a body stays).  True when the clause is such a move. */
static bool ex_transfer_out(ex *x, size_t c)
{
    const el *cu = &x->el[c];
    size_t v = cu->te, end = x->ntok;
    for (; v + 2 < end && v < cu->te + 40; v++) {
        const tok *w = &x->tok[v];
        if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == ';')))
            return false;
        if (!(ex_is(x, v, "về") || ex_is(x, v, "sang") || ex_is(x, v, "đến")))
            continue;
        size_t q = v + 1;
        if (ex_is(x, q, "nhận"))
            q++;
        if ((ex_is(x, q, "công") && ex_is(x, q + 1, "tác")) ||
            (ex_is(x, q, "làm") && ex_is(x, q + 1, "việc")))
            break;
    }
    if (v + 2 >= end || v >= cu->te + 40)
        return false;
    int32_t mover = -1;
    size_t s0 = c, e1 = c + 1;
    for (; e1 < x->nel && x->el[e1].ts < v; e1++) {
        const el *n = &x->el[e1];
        if (n->type == E_CUE && n->where == 1)
            return false; /* another change before the place: not this shape */
        if (n->type == E_NAME && n->person >= 0 && mover < 0)
            mover = n->person;
    }
    while (s0 > 0 && s0 + EX_REACH > c && x->el[s0 - 1].type != E_BREAK &&
           x->el[s0 - 1].type != E_NL)
        s0--;
    for (size_t k = c; mover < 0 && k-- > s0;)
        if (x->el[k].type == E_NAME && x->el[k].person >= 0)
            mover = x->el[k].person;
    if (mover < 0)
        return false;
    bool any = false;
    for (size_t r = 0; r < x->nrl; r++) {
        const el *to = &x->el[x->rl[r].title];
        const lx_entry *ro = NULL;
        /* (a post right after the active cue took its "appointed") */
        bool held = (x->rl[r].status == ST_CURRENT && !to->cued) ||
                    (x->rl[r].status == ST_APPOINTED && x->rl[r].title > c);
        if (x->rl[r].person == mover && x->rl[r].title >= s0 && x->rl[r].title < e1 && held &&
            to->te > to->re && ex_role_at(x, to->rs, &ro) && ro && !(ro->kinds & LX_ROLE_MEMBER)) {
            x->rl[r].status = ST_ENDED;
            any = true;
        }
    }
    return any;
}

/* Whether cue element c is a transfer (status.tsv where=transfer: "điều
 * động", "luân chuyển", "chuyển công tác"), or one written with "được"
 * before it: the lexicon's longest cue phrase at the element or right
 * after its first word. */
static bool ex_transfer_cue(const ex *x, size_t c)
{
    const el *cu = &x->el[c];
    for (size_t q = cu->ts; q < cu->te && q < cu->ts + 2; q++) {
        const lx_entry *e = NULL;
        int n = ex_phrase(x, q, LX_STATUS, &e);
        if (n > 0 && e && e->transfer && q + (size_t)n <= cu->te)
            return true;
    }
    return false;
}

static void ex_rule_transfer(ex *x)
{
    for (size_t c = 0; c < x->nel; c++) {
        const el *cu = &x->el[c];
        if (cu->type != E_CUE || cu->where != 1 || cu->status != ST_APPOINTED)
            continue;
        if (!ex_transfer_cue(x, c))
            continue;
        if (ex_transfer_out(x, c))
            continue;
        /* the post taken: the first title of the clause given as taken,
         * "sang" between the cue and it (the taker's old posts may stand
         * between: "luân chuyển ông A, Phó Giám đốc Sở Y tế, sang …") */
        int32_t taker = -1;
        size_t k = c + 1;
        for (; k < x->nel && k < c + 10 && taker < 0; k++) {
            int ty = x->el[k].type;
            if (ty == E_BREAK || ty == E_NL || ty == E_SEMI)
                break;
            if (ty != E_TITLE)
                continue;
            for (size_t r = x->nrl; r-- > 0 && r + EX_REACH > x->nrl;)
                if (x->rl[r].title == k && x->rl[r].status == ST_APPOINTED)
                    taker = x->rl[r].person;
        }
        if (taker < 0)
            continue;
        k--; /* the taken post's element */
        bool sang = false;
        for (size_t q = cu->te; q < x->el[k].ts && !sang; q++)
            sang = ex_is(x, q, "sang");
        /* without "sang" the move shows when the taker leaves a post of the
         * same head for another body: "điều động và bổ nhiệm ông A, Cục
         * trưởng Cục Thông tin cơ sở giữ chức Cục trưởng Cục Thông tin đối
         * ngoại" (his other posts may stay: "điều động ông B, Ủy viên Ban
         * Thường vụ Tỉnh ủy, làm Bí thư Huyện ủy …") */
        uint64_t head = 0;
        if (!sang) {
            const el *tk = &x->el[k];
            head = ex_seq_hash(x, tk->rs, tk->re);
        }
        size_t s0 = c;
        while (s0 > 0 && s0 + EX_REACH > c && x->el[s0 - 1].type != E_BREAK &&
               x->el[s0 - 1].type != E_NL)
            s0--;
        /* (session 11: a move out of any office, not only one of the same
         * head — "Ông A, Chủ tịch UBND tỉnh X, được điều động giữ chức Thứ
         * trưởng Bộ Nội vụ", "điều động ông A, Phó Chủ tịch UBND tỉnh X,
         * giữ chức Bí thư Tỉnh ủy Y" — but a seat in a body stays, roles.tsv
         * "member": "Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Trung ương") */
        for (size_t r = 0; r < x->nrl; r++) {
            const el *to = &x->el[x->rl[r].title];
            const lx_entry *ro = NULL;
            if (x->rl[r].person == taker && x->rl[r].title >= s0 && x->rl[r].title < k &&
                x->rl[r].status == ST_CURRENT && !to->cued &&
                (sang || (ex_seq_hash(x, to->rs, to->re) == head && to->te > to->re) ||
                 (to->te > to->re && ex_role_at(x, to->rs, &ro) && ro &&
                  !(ro->kinds & LX_ROLE_MEMBER))))
                x->rl[r].status = ST_ENDED;
        }
    }
}

/* The roles grouped by their title element (a counting sort): the roles
 * of title element i are idx[(*first)[i] .. (*first)[i + 1]).  0, or -1
 * out of memory (both freed and NULL). */
static int ex_roles_by_title(const ex *x, size_t **first_out, size_t **idx_out)
{
    size_t *first = calloc(x->nel + 1, sizeof *first);
    size_t *idx = malloc((x->nrl + 1) * sizeof *idx);
    size_t *fill = calloc(x->nel + 1, sizeof *fill);
    if (!first || !idx || !fill) {
        free(first);
        free(idx);
        free(fill);
        *first_out = *idx_out = NULL;
        return -1;
    }
    for (size_t r = 0; r < x->nrl; r++)
        first[x->rl[r].title + 1]++;
    for (size_t q = 0; q < x->nel; q++)
        first[q + 1] += first[q];
    for (size_t r = 0; r < x->nrl; r++) {
        size_t t = x->rl[r].title;
        idx[first[t] + fill[t]++] = r;
    }
    free(fill);
    *first_out = first;
    *idx_out = idx;
    return 0;
}

/* A former cue before the first post of a chain ("nguyên", "cựu", "từng
 * là") stands for the whole chain: "ông A, nguyên Vụ trưởng Bộ Ngoại
 * giao, Bí thư Đảng ủy khối đối ngoại, Đại sứ …" held them all.  The posts
 * joined to it (',', ' - ', "kiêm", "và") that have no cue of their own
 * and were given to the same person are former; a chain link ("X, nay là
 * Y") or a name ends the chain. */
static void ex_rule_former_chains(ex *x)
{
    size_t *first = NULL, *idx = NULL;
    for (size_t i = 0; i + 2 < x->nel; i++) {
        const el *t = &x->el[i];
        if (t->type != E_TITLE || !t->cued || t->status != ST_FORMER || t->rs == t->ts)
            continue;
        /* the posts of the chain, as far as they go */
        size_t k = i;
        while (k + 2 < x->nel && ex_joiner(x, k + 1) && x->el[k + 2].type == E_TITLE &&
               !x->el[k + 2].cued)
            k += 2;
        if (k == i)
            continue;
        if (!first && ex_roles_by_title(x, &first, &idx) != 0) {
            x->oom = true;
            break;
        }
        /* each holder of the cued post: the chain's posts given to them */
        for (size_t a = first[i]; a < first[i + 1]; a++) {
            int32_t who = x->rl[idx[a]].person;
            for (size_t q = first[i + 1]; q < first[k + 1]; q++) {
                role *rl = &x->rl[idx[q]];
                if (rl->person == who && rl->status == ST_CURRENT)
                    rl->status = ST_FORMER;
            }
        }
        i = k;
    }
    free(first);
    free(idx);
}

/* A career told as a list: "Ông Nguyễn Thiện Nhân từng kinh qua nhiều vị
 * trí công tác tại TP.HCM như …; Phó bí thư Thành đoàn TPHCM; Phó hiệu
 * trưởng …", "ông Duy đã từng đảm nhiệm các chức vụ: Phó Vụ trưởng …":
 * after a clause cue whose status is former, every post of the sentence
 * (across ';') is a former post of the name before the cue, else of the
 * article's most mentioned person. */
/* Whether the item of a career list that opens at token ts runs to the
 * present: "- Năm 2011 đến nay: Chủ tịch Công ty phần mềm FPT", "2016 -
 * nay: Giám đốc …" (the held post among the past ones). */
static bool ex_to_now(const ex *x, size_t ts)
{
    if (ts < 3 || x->tok[ts - 1].type != T_PUNCT || x->tok[ts - 1].p != ':' ||
        !ex_is(x, ts - 2, "nay"))
        return false;
    const tok *b = &x->tok[ts - 3];
    return ex_is(x, ts - 3, "đến") || ex_is(x, ts - 3, "tới") ||
           (b->type == T_PUNCT && b->p == '-');
}

static void ex_rule_career_list(ex *x)
{
    int32_t subject = -2;
    for (size_t c = 0; c < x->nel; c++) {
        const el *cue = &x->el[c];
        if (cue->type != E_CUE || cue->where != 1 || cue->status != ST_FORMER)
            continue;
        size_t ni = (size_t)-1;
        for (size_t k = c; k-- > 0 && k + EX_REACH > c;) {
            int ty = x->el[k].type;
            if (ty == E_BREAK || ty == E_NL)
                break;
            if (ty == E_NAME && x->el[k].person >= 0) {
                ni = k;
                break;
            }
        }
        int32_t who = ni != (size_t)-1 ? x->el[ni].person : -1;
        /* "Chú Tám Thẩm đã từng gắn liền với những trọng trách: …": a
         * subject named by a form that is no name (a nickname after an
         * honorific) is someone, not the article's main person */
        bool unnamed = false;
        if (who < 0)
            for (size_t q = cue->ts; q-- > 1 && !unnamed;) {
                const tok *w = &x->tok[q];
                if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == ':')))
                    break;
                unnamed = ex_namecap(x, q) && ex_word(x, q - 1) &&
                          ex_phrase(x, q - 1, LX_HONORIFIC, NULL) == 1;
            }
        if (unnamed)
            continue;
        if (who < 0) {
            if (subject == -2)
                subject = ex_main_person(x, NULL);
            who = subject;
        }
        if (who < 0)
            continue;
        for (size_t k = c + 1; k < x->nel && k < c + EX_REACH; k++) {
            el *t = &x->el[k];
            if (t->type == E_BREAK || t->type == E_NL || t->type == E_NAME ||
                (t->type == E_CUE && t->where != 2))
                break;
            if (t->type != E_TITLE || t->owned)
                continue;
            t->owned = 1;
            if (!ex_grow(x, (void **)&x->rl, &x->caprl, x->nrl, sizeof *x->rl))
                return;
            x->rl[x->nrl++] = (role){who,
                                     -1,
                                     (uint32_t)k,
                                     x->tok[t->ts].s,
                                     x->tok[t->te - 1].e,
                                     t->cued               ? t->status
                                     : ex_to_now(x, t->ts) ? (uint8_t)ST_CURRENT
                                                           : (uint8_t)ST_FORMER,
                                     0};
        }
    }
}

/* The latest year of a date with a month the article names ("tháng
 * 8/2011", "ngày 9-9-2016"): an article is no older than it.  0 when none;
 * counted once. */
static int ex_month_latest(ex *x)
{
    if (x->mlatest >= 0)
        return x->mlatest;
    x->mlatest = 0;
    for (size_t k = 2; k < x->ntok; k++) {
        const tok *w = &x->tok[k], *sep = &x->tok[k - 1], *m = &x->tok[k - 2];
        if (w->type == T_WORD && w->digit && w->e - w->s == 4 && sep->type == T_PUNCT &&
            (sep->p == '/' || sep->p == '-' ||
             /* "tháng 6.2016" */
             (sep->p == '.' && k >= 3 && sep->s == m->e && sep->e == w->s &&
              ex_is(x, k - 3, "tháng"))) &&
            m->type == T_WORD && m->digit && m->e - m->s <= 2) {
            int y = atoi(x->t->w + w->s);
            if (y > x->mlatest && y <= 2100)
                x->mlatest = y;
        }
    }
    /* (session 19) and the latest year the text writes as past or present
     * ("năm 2016" too, not a target or a plan: date.c) — an undated
     * article is written in it or later: "Năm 2003, ông A, Chủ tịch UBND
     * tỉnh … ký …  Năm 2016, dự án được duyệt." tells a post held in 2003 */
    int ty = x->tlatest >= 0 ? x->tlatest : date_latest_year(x->t);
    if (ty > x->mlatest && ty <= 2100)
        x->mlatest = ty;
    return x->mlatest;
}

/* The holder an 'after' cue at element c tells of ("ông A, Phó giám đốc
 * Sở …, nghỉ hưu", "đại biểu Ngô Văn A (Quảng Nam) mới qua đời"): back over
 * an auxiliary ("bị", "đã", "vừa" …), a comma, a short note in parentheses
 * and the postfix chain to its name.  *jout is the element the chain ends
 * at (the bare name when there is no chain), *passive whether "bị" or
 * "được" stands before the cue.  (size_t)-1 when no name is there. */
static size_t ex_after_holder(const ex *x, size_t c, size_t *jout, bool *passive_out)
{
    size_t j = c - 1;
    bool passive = false;
    /* "…, bị cách chức", "… đã bị miễn nhiệm", "… vừa nghỉ hưu" */
    if (x->el[j].type == E_OTHER && j > 0 && x->el[j].te - x->el[j].ts <= 2) {
        bool aux = true;
        for (size_t q = x->el[j].ts; q < x->el[j].te && aux; q++) {
            aux = ex_is(x, q, "bị") || ex_is(x, q, "đã") || ex_is(x, q, "vừa") ||
                  ex_is(x, q, "mới") || ex_is(x, q, "được") || ex_is(x, q, "cũng") ||
                  ex_is(x, q, "đều") || ex_is(x, q, "xin");
            passive = passive || ex_is(x, q, "bị") || ex_is(x, q, "được");
        }
        if (aux)
            j--;
    }
    if (x->el[j].type == E_COMMA && j > 0)
        j--;
    /* "đại biểu Ngô Văn A (Quảng Nam) mới qua đời": a short note in
     * parentheses (no name, no post) between the holder and the cue */
    if (x->el[j].type == E_CLOSE && j > 2) {
        size_t o = j;
        while (o-- > 0 && o + 6 > j && x->el[o].type != E_OPEN && x->el[o].type != E_NAME &&
               x->el[o].type != E_TITLE && x->el[o].type != E_BREAK && x->el[o].type != E_NL)
            ;
        if (o < j && x->el[o].type == E_OPEN && o > 0 && x->el[o - 1].type == E_NAME)
            j = o - 1;
    }
    /* back over the postfix chain to its name */
    size_t ni = (size_t)-1;
    for (size_t k = j + 1; k-- > 0 && k + 24 > j;) {
        int ty = x->el[k].type;
        if (ty == E_NAME) {
            ni = k;
            break;
        }
        if (ty != E_TITLE && !ex_joiner(x, k) && ty != E_OPEN && ty != E_CLOSE)
            break;
    }
    *jout = j;
    *passive_out = passive;
    return ni;
}

/* Cues after the holder: "HLV Phan Thanh Hùng chia tay đội bóng", "ông
 * Huỳnh Ngọc Thắng, Phó giám đốc Sở Nội vụ kiêm Trưởng ban Tôn giáo tỉnh,
 * nghỉ hưu theo chế độ": an 'after' cue (status.tsv), or a clause cue that
 * ends a post, right after a name or its postfix chain sets the status of
 * the posts given to that name there. */
/* Whether the words from token k (up to the clause's end, six at most)
 * tell a time not yet come: "tới", "sắp", "nay" ("cuối năm nay"), or a
 * year not before the article's ("trước khi nghỉ hưu vào năm 2019"). */
static bool ex_later_time_after(ex *x, size_t k)
{
    int ref = x->ayear ? x->ayear : ex_month_latest(x);
    for (size_t q = k; q < x->ntok && q < k + 6; q++) {
        const tok *w = &x->tok[q];
        if (w->type == T_NL || (w->type == T_PUNCT && w->p != '/'))
            break;
        if (ex_is(x, q, "tới") || ex_is(x, q, "sắp") || ex_is(x, q, "nay"))
            return true;
        if (w->type == T_WORD && w->digit && w->e - w->s == 4) {
            int y = atoi(x->t->w + w->s);
            if (y >= 1900 && (!ref || y >= ref))
                return true;
        }
    }
    return false;
}

static bool ex_old_time_before(const ex *x, size_t ts, int ref, bool opening);

static void ex_rule_after(ex *x)
{
    size_t *first = NULL, *idx = NULL;
    for (size_t c = 1; c < x->nel; c++) {
        const el *cue = &x->el[c];
        /* a background cue closing a postfix chain dates it too: "ông A,
         * Giám đốc Sở Y tế trước đây, cho biết" (not after a bare name:
         * "ông A trước đây là …" is a cue of its own) */
        bool closing =
            cue->type == E_CUE && cue->where == 5 && x->el[c - 1].type == E_TITLE &&
            (c + 1 >= x->nel || x->el[c + 1].type == E_COMMA || x->el[c + 1].type == E_CLOSE ||
             x->el[c + 1].type == E_BREAK || x->el[c + 1].type == E_NL);
        /* a retirement closing a postfix chain: "ông A, Giám đốc Sở Y tế
         * trước khi nghỉ hưu, cho biết" — the post he held until then */
        if (cue->type == E_CUE && cue->where == 6 && x->el[c - 1].type == E_TITLE &&
            cue->te + 1 < x->ntok && ex_is(x, cue->te + 1, "hưu") &&
            (ex_is(x, cue->te, "nghỉ") || ex_is(x, cue->te, "về")) &&
            !ex_later_time_after(x, cue->te + 2))
            closing = true;
        if (cue->type != E_CUE || !(cue->where == 3 || cue->where == 4 || closing ||
                                    (cue->where == 1 && cue->status == ST_ENDED)))
            continue;
        size_t j;
        bool passive;
        size_t ni = ex_after_holder(x, c, &j, &passive);
        /* an active clause cue with its own object: "anh A (Bộ trưởng …)
         * cho thôi giữ chức đối với ông Cục trưởng", "… miễn nhiệm ông B":
         * the name before is the agent, its posts stay */
        if (cue->where == 1 && !passive) {
            bool object = false;
            for (size_t q = cue->te; q + 1 < x->ntok && q < cue->te + 12 && !object; q++) {
                const tok *w = &x->tok[q];
                if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == ';')))
                    break;
                object = ex_is(x, q, "đối") && ex_is(x, q + 1, "với");
            }
            for (size_t k = c + 1; k < x->nel && k < c + 4 && !object; k++) {
                int ty = x->el[k].type;
                if (ty == E_BREAK || ty == E_NL || ty == E_SEMI || ty == E_COMMA)
                    break;
                object = ty == E_NAME;
            }
            if (object)
                continue;
        }
        if (ni == (size_t)-1 || x->el[ni].person < 0)
            continue;
        /* a past time right after the bare name dates the act, not the
         * post: "Phó Chủ tịch UBND tỉnh Trần Văn A lúc đó cho rằng …" */
        if (cue->where == 4 && ni == j)
            continue;
        uint8_t cst = cue->status;
        if (cst == ST_ENDED) {
            /* "nghỉ hưu từ tháng 3/2014", "nghỉ hưu năm 2010": an end told
             * with a year before the article's is no news, a former post */
            int ref = x->ayear ? x->ayear : ex_month_latest(x);
            for (size_t q = cue->te; q < x->ntok && q < cue->te + 5; q++) {
                const tok *w = &x->tok[q];
                if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == ',')))
                    break;
                if (w->type == T_WORD && w->digit && w->e - w->s == 4) {
                    int y = atoi(x->t->w + w->s);
                    if (y >= 1900 && ref && y < ref)
                        cst = ST_FORMER;
                    break;
                }
            }
        }
        if (!first && ex_roles_by_title(x, &first, &idx) != 0)
            break;
        /* the subjects the cue tells of: the name, and the names of a list
         * of "NAME, post" items joined by ';' that ends with it ("lãnh đạo
         * xã gồm ông A, Bí thư Đảng ủy xã; B, Phó chủ tịch HĐND xã; C, Chỉ
         * huy trưởng … cũng bị cách chức"): each item a name and its
         * postfix chain, nothing else between the items */
        bool changed = false;
        size_t subj[8], ns = 0, lo = ni;
        subj[ns++] = ni;
        while (ns < 8 && lo >= 3 && x->el[lo - 1].type == E_SEMI) {
            size_t k = lo - 1, n2 = (size_t)-1;
            bool titled = false;
            while (k-- > 0 && k + 16 > lo) {
                int ty = x->el[k].type;
                if (ty == E_NAME) {
                    n2 = k;
                    break;
                }
                if (ty == E_TITLE)
                    titled = true;
                else if (!ex_joiner(x, k))
                    break;
            }
            if (n2 == (size_t)-1 || !titled || x->el[n2].person < 0 ||
                x->el[n2 + 1].type != E_COMMA)
                break;
            subj[ns++] = n2;
            lo = n2;
        }
        /* the posts given to each name next to it: its prefix chain (up to
         * 16 elements before) and its postfix chain */
        for (size_t si = 0; si < ns; si++) {
            size_t nk = subj[si];
            size_t hi = si == 0 ? c : subj[si - 1];
            for (size_t t = nk > 16 ? nk - 16 : 0; t < hi; t++) {
                for (size_t q = first[t]; q < first[t + 1]; q++) {
                    role *rl = &x->rl[idx[q]];
                    if (rl->person != x->el[nk].person || rl->status != ST_CURRENT)
                        continue;
                    bool near = true;
                    size_t a = t < nk ? t : nk, b = t < nk ? nk : t;
                    for (size_t k = a + 1; k < b && near; k++)
                        near = x->el[k].type != E_BREAK && x->el[k].type != E_NL &&
                               x->el[k].type != E_SEMI && x->el[k].type != E_NAME;
                    if (near) {
                        rl->status = cst;
                        changed = true;
                    }
                }
            }
        }
        /* a bare name, its posts told in a sentence before: "… ông Trần Văn
         * Minh, Phó giám đốc bệnh viện đa khoa huyện Thường Xuân. Theo đó,
         * ông Minh bị cách chức …", "Đến năm 2011, ông Bình nghỉ hưu theo
         * chế độ." — the posts the name held in the two sentences before
         * (up to 48 elements back), ended; former when the cue's sentence
         * opens with a year before the article's */
        if (!changed && ns == 1 && ni == j && (cue->where == 3 || cue->where == 1)) {
            size_t breaks = 0, from = ni;
            while (from > 0 && from + 48 > ni) {
                int ty = x->el[from - 1].type;
                if ((ty == E_BREAK || ty == E_NL) && ++breaks > 2)
                    break;
                from--;
            }
            int ref = x->ayear ? x->ayear : ex_month_latest(x);
            if (cst == ST_ENDED && ref && ex_old_time_before(x, x->el[ni].ts, ref, false))
                cst = ST_FORMER;
            for (size_t t = from; t < ni; t++)
                for (size_t q = first[t]; q < first[t + 1]; q++) {
                    role *rl = &x->rl[idx[q]];
                    if (rl->person == x->el[ni].person && rl->status == ST_CURRENT && rl->range < 0)
                        rl->status = cst;
                }
        }
    }
    free(first);
    free(idx);
}

/* Whether element k starts a sentence: the first, or after a full stop or
 * a line break. */
static bool ex_sentence_start(const ex *x, size_t k)
{
    return k == 0 || x->el[k - 1].type == E_BREAK || x->el[k - 1].type == E_NL;
}

/* Whether the cue element c opens its sentence, alone or after a short
 * introducer and a comma ("Trước đó, …", "Được biết, trước đó, …"). */
static bool ex_opens_clause(const ex *x, size_t c)
{
    if (ex_sentence_start(x, c))
        return true;
    return c >= 2 && x->el[c - 1].type == E_COMMA && x->el[c - 2].type == E_OTHER &&
           x->el[c - 2].te - x->el[c - 2].ts <= 2 && ex_sentence_start(x, c - 2);
}

/* Whether the past frame opening the sentence at cue element c ("Khi đó,
 * …", "Lúc ấy, …": a cue ending in "đó" / "ấy" that points back) points to a
 * recent time: the sentence before it (at most 60 tokens back) names a
 * month within the year before the article's ("… đại hội cổ đông 2020 vào
 * tháng 5/2020. Khi đó, cổ đông đã chất vấn Chủ tịch HĐQT VPBank A …" in
 * April 2021), or the year before the article's alone.  A post told as it
 * was a year ago is most likely still held — a term runs five years — so
 * the frame says nothing of its end; one of "năm 2010", of the article's
 * own day, or of no time named is told as the past (former).  "Lúc sinh
 * thời" (a lifetime) never points back.  Needs the article's year read. */
static bool ex_frame_recent(const ex *x, size_t c)
{
    const el *cue = &x->el[c];
    if (!x->ayear || !x->ayear_read || cue->te <= cue->ts ||
        !(ex_is(x, cue->te - 1, "đó") || ex_is(x, cue->te - 1, "ấy")))
        return false;
    size_t k = cue->ts;
    bool ended = false, recent = false; /* passed the end of the sentence before */
    int now = x->ayear * 12 + (x->amonth ? x->amonth : 12);
    for (size_t back = 0; k > 0 && back < 60; back++) {
        const tok *t = &x->tok[--k];
        if (t->type == T_NL)
            break;
        if (t->type == T_PUNCT && (t->p == '.' || t->p == '!' || t->p == '?')) {
            if (ended)
                break;
            ended = true;
            continue;
        }
        if (!ended || t->type != T_WORD || !t->digit || t->e - t->s != 4)
            continue;
        int y = atoi(x->t->w + t->s);
        /* "5/2020" (not a day's "12/5/2020"): a month strictly before the
         * article's, within a year of it */
        if (k >= 2 && x->tok[k - 1].type == T_PUNCT && x->tok[k - 1].p == '/' &&
            x->tok[k - 2].type == T_WORD && x->tok[k - 2].digit &&
            x->tok[k - 2].e - x->tok[k - 2].s <= 2) {
            bool day = k >= 4 && x->tok[k - 3].type == T_PUNCT &&
                       (x->tok[k - 3].p == '/' || x->tok[k - 3].p == '-') &&
                       x->tok[k - 4].type == T_WORD && x->tok[k - 4].digit;
            int m = atoi(x->t->w + x->tok[k - 2].s), ago = now - (y * 12 + m);
            if (!day && m >= 1 && m <= 12 && ago >= 1 && ago <= 12)
                recent = true;
            else
                return false; /* an older or later time named: not recent */
        } else if (y == x->ayear - 1) {
            recent = true;
        } else if (y >= 1900 && y <= x->ayear) {
            return false;
        }
    }
    return recent;
}

/* Sentence frames (status.tsv, where = frame / background).  A sentence
 * opened by a past frame ("Lúc bấy giờ, ông A là Chủ tịch …", "Thời điểm
 * đó, …") tells posts as they were then: every post given in it is former.
 * A sentence opened by a background cue ("Trước đó, Ban Bí thư đã quyết
 * định … cách chức …", "Trước đây, ông A là …") tells earlier changes: a
 * post ended there is former, one taken there is current (a change told
 * as background, still held unless the article says otherwise), a post
 * held through "là" is former ("Trước đó, … do Phó Thủ tướng … làm Trưởng
 * Ban chỉ đạo" tells a task still held). */
/* Whether the sentence from element c names the article's own day ("Trước
 * đó sáng 6/3, …" in an article of 6 March: earlier that day, news). */
static bool ex_names_article_day(const ex *x, size_t c)
{
    if (!x->aday)
        return false;
    for (size_t k = x->el[c].te; k + 2 < x->ntok && k < x->el[c].te + 12; k++) {
        const tok *d = &x->tok[k], *sep = &x->tok[k + 1], *m = &x->tok[k + 2];
        if (d->type == T_NL || (d->type == T_PUNCT && d->p == '.'))
            return false;
        if (d->type == T_WORD && d->digit && d->e - d->s <= 2 && sep->type == T_PUNCT &&
            (sep->p == '/' || sep->p == '-') && m->type == T_WORD && m->digit && m->e - m->s <= 2)
            return atoi(x->t->w + d->s) == x->aday && atoi(x->t->w + m->s) == x->amonth;
    }
    return false;
}

/* A past time inside a sentence, then a pronoun and a link: "Trung
 * tướng Nguyễn Văn A, nguyên Tư lệnh …, kể lại chuyện cũ, khi đó ông đang
 * là Ủy viên Trung ương Đảng" — the post is the sentence's named person's
 * (the nearest before it), held then: former. */
static void ex_rule_then_pronoun(ex *x)
{
    for (size_t c = 1; c + 3 < x->nel; c++) {
        const el *cue = &x->el[c];
        if (cue->type != E_CUE || cue->where != 4 || ex_opens_clause(x, c))
            continue;
        size_t k = cue->te, q = c + 1;
        /* "ông" / "bà", then "đang" / "còn" / "vẫn" */
        if (!(ex_is(x, k, "ông") || ex_is(x, k, "bà")))
            continue;
        k++;
        while (k < x->ntok && (ex_is(x, k, "đang") || ex_is(x, k, "còn") || ex_is(x, k, "vẫn")))
            k++;
        /* the link may take the adverb in ("đang là") */
        while (q < x->nel && x->el[q].ts <= cue->te)
            q++;
        if (q + 1 >= x->nel || x->el[q].ts > k || x->el[q].type != E_CUE || x->el[q].where != 2 ||
            x->el[q + 1].type != E_TITLE || x->el[q + 1].owned)
            continue;
        size_t ni = (size_t)-1;
        for (size_t b = c; b-- > 0 && b + EX_REACH > c;) {
            int ty = x->el[b].type;
            if (ty == E_BREAK || ty == E_NL)
                break;
            if (ty == E_NAME && x->el[b].person >= 0 && !x->el[b].pronoun) {
                ni = b;
                break;
            }
        }
        if (ni == (size_t)-1)
            continue;
        x->el[q + 1].owned = 1;
        ex_give(x, q + 1, ni, ST_FORMER);
        if (x->nrl && x->rl[x->nrl - 1].title == q + 1)
            x->rl[x->nrl - 1].status = ST_FORMER;
    }
}

/* Whether the post at element ti is introduced by a bare "giữ chức" /
 * "giữ chức vụ" with no clause cue ("bổ nhiệm", "bầu", "điều động") before
 * it in its sentence: the holding of the post, not its taking. */
/* The first post of the chain post ti closes: posts joined by ',',
 * "kiêm", "và" or " - " with nothing else between ("giữ chức Giám đốc Sở Y
 * tế, Phó Chủ tịch UBND tỉnh": the chain of "Giám đốc Sở Y tế"). */
static size_t ex_chain_head(const ex *x, size_t ti)
{
    while (ti >= 2 && ex_joiner(x, ti - 1) && x->el[ti - 2].type == E_TITLE)
        ti -= 2;
    return ti;
}

static bool ex_bare_holding(const ex *x, size_t ti)
{
    ti = ex_chain_head(x, ti);
    const el *t = &x->el[ti];
    if (!t->cued || t->rs <= t->ts || !ex_is(x, t->ts, "giữ"))
        return false;
    for (size_t b = ti; b-- > 0;) {
        int ty = x->el[b].type;
        if (ty == E_BREAK || ty == E_NL)
            break;
        if (ty == E_CUE && x->el[b].where == 1)
            return false;
    }
    return true;
}

/* A `prior` cue ("Trước khi được bổ nhiệm làm Thứ trưởng Bộ Tài chính, ông
 * A là Vụ trưởng Vụ Ngân sách") opens a clause of a later time: the main
 * clause after its comma is a past frame. */
/* Whether the frame cue at element c opens its sentence after one
 * preposition of time: "Vào thời điểm đó, ông A là …", "Tại thời điểm ấy,
 * …" ("Trong khi đó, …" is "meanwhile": no frame). */
static bool ex_after_time_preposition(const ex *x, size_t c)
{
    if (c == 0 || !ex_sentence_start(x, c - 1))
        return false;
    const el *p = &x->el[c - 1];
    return p->type == E_OTHER && p->te == p->ts + 1 && p->te == x->el[c].ts &&
           (ex_is(x, p->ts, "vào") || ex_is(x, p->ts, "tại"));
}

/* Whether the name at element i is the subject of the main clause after a
 * sentence-opening `prior` clause written with no comma: "Trước khi nghỉ
 * hưu ông A là Giám đốc Sở Y tế" — a name that is not the clause's own
 * first word, its copula "là" right after it.  "Trước khi ông A là Giám
 * đốc Sở, …" (the clause's subject) is not (session 23). */
static bool ex_prior_subject(const ex *x, size_t i, size_t mid)
{
    const el *e = &x->el[i];
    if (mid || e->type != E_NAME || e->person < 0 || i == 0 || i + 1 >= x->nel ||
        (x->el[i - 1].type == E_CUE && x->el[i - 1].where == 6))
        return false;
    const el *l = &x->el[i + 1];
    return l->type == E_CUE && l->where == 2 && l->ts == e->te && l->te == l->ts + 1 &&
           ex_is(x, l->ts, "là");
}

/* One element inside a `prior` clause ("trước khi …", state 6 of
 * ex_rule_frames): whether it ends the clause or is a post read in it.
 * The main clause after the clause's comma is past (state 8): "Trước khi
 * …, ông A là …"; so is the copula after the clause's post ("Ông A …,
 * trước khi được bổ nhiệm giữ chức Giám đốc Sở Y tế là Phó Giám đốc Sở Y
 * tế").  Inside a sentence (mid: the token after the cue, else 0) the
 * clause is short, names nobody and ends at the subject's copula ("Ông
 * A, trước khi …, là …"): "Những chia sẻ của ông A trước khi rời TP.HCM
 * Cũng trong sáng 10-5, Bộ Chính trị … ông A …" runs into the next
 * sentence, no past. */
static bool ex_prior_subject(const ex *x, size_t i, size_t mid);

static bool ex_prior_step(const ex *x, size_t i, uint8_t *cur, bool *post, size_t mid)
{
    const el *e = &x->el[i];
    bool copula = e->type == E_CUE && e->where == 2 && ex_is(x, e->te - 1, "là");
    if (mid && (e->type == E_NAME || e->ts > mid + 30 ||
                (e->type == E_COMMA &&
                 !(i + 1 < x->nel && x->el[i + 1].type == E_CUE && x->el[i + 1].where == 2 &&
                   ex_is(x, x->el[i + 1].te - 1, "là"))))) {
        *cur = 0;
        return true;
    }
    if (e->type == E_COMMA || (*post && copula) || ex_prior_subject(x, i, mid)) {
        *cur = 8;
        return true;
    }
    if (e->type == E_TITLE) {
        *post = true;
        return true;
    }
    return false;
}

static void ex_rule_frames(ex *x)
{
    uint8_t *frame = NULL;
    uint8_t cur = 0;
    bool prior_post = false; /* a post read inside the "trước khi" clause */
    size_t prior_mid = 0;    /* token after a "trước khi" inside a sentence, else 0 */
    for (size_t i = 0; i < x->nel; i++) {
        const el *e = &x->el[i];
        if (e->type == E_BREAK || e->type == E_NL)
            cur = 0;
        else if (cur == 6 && ex_prior_step(x, i, &cur, &prior_post, prior_mid))
            ; /* inside a "trước khi" clause: its end, or a post read in it */
        else if (!cur && e->type == E_CUE && e->where == 2 && ex_is(x, e->te - 1, "là") &&
                 e->te >= 3 && !ex_opens_clause(x, i)) {
            /* inside a sentence, a past time and a copula: "HĐQT công ty
             * lúc đó là các ông: A - Chủ tịch, B - Tổng giám đốc": the rest
             * of the sentence is past.  Found from the link "là" back (a
             * `frame` cue of two to four words right before it) */
            size_t k = e->te - 1;
            for (size_t back = 2; back <= 4 && back <= k; back++) {
                const lx_entry *fe = lexicon_find(x->lx, ex_seq_hash(x, k - back, k), (int)back);
                if (fe && (fe->kinds & LX_STATUS) && fe->cue_pos == 4) {
                    if (!frame && !(frame = calloc(x->nel, 1))) {
                        x->oom = true;
                        return;
                    }
                    cur = 4;
                    break;
                }
            }
        } else if (e->type == E_CUE && e->where >= 4 && e->where <= 6 &&
                   (ex_opens_clause(x, i) || (e->where == 4 && ex_after_time_preposition(x, i)) ||
                    /* "Ông A hiện là Giám đốc Sở Tư pháp, trước đó ông là
                     * Trưởng phòng …": background told after a comma, of
                     * the pronoun that follows */
                    (e->where == 5 && i > 0 &&
                     (x->el[i - 1].type == E_COMMA || x->el[i - 1].type == E_SEMI) &&
                     i + 1 < x->nel && x->el[i + 1].type == E_NAME && x->el[i + 1].pronoun)) &&
                   !(e->where == 5 && ex_names_article_day(x, i))) {
            if (!frame && !(frame = calloc(x->nel, 1))) {
                x->oom = true;
                return;
            }
            cur = e->where;
            /* a frame of a recent time told before it: 9, no status */
            if (cur == 4 && ex_frame_recent(x, i))
                cur = 9;
            prior_post = false;
            prior_mid = 0;
        } else if (!cur && e->type == E_CUE && e->where == 6 && i > 0 &&
                   (x->el[i - 1].type == E_COMMA || x->el[i - 1].type == E_NAME)) {
            /* "Ông A, trước khi …, là …", "Ông A trước khi … là …": the
             * clause of a later time after its subject, inside a sentence */
            if (!frame && !(frame = calloc(x->nel, 1))) {
                x->oom = true;
                return;
            }
            cur = 6;
            prior_post = false;
            prior_mid = e->te;
        }
        if (frame)
            frame[i] = cur;
    }
    for (size_t r = 0; frame && r < x->nrl; r++) {
        role *rl = &x->rl[r];
        size_t ti = rl->title;
        /* a post listed after a link or a cue is read as the first of its
         * chain: "Trước đó, ông A là Giám đốc Sở Y tế, Phó Chủ tịch UBND
         * tỉnh" — both held then */
        size_t hd = frame[ti] == 8 || frame[ti] == 5 ? ex_chain_head(x, ti) : ti;
        if (hd != ti) {
            /* of the same holder only ("…, Phó Chủ tịch UBND tỉnh B" is B's) */
            bool same = false;
            for (size_t q = 0; q < x->nrl && !same; q++)
                same = x->rl[q].title == hd && x->rl[q].person == rl->person;
            if (!same)
                hd = ti;
        }
        if (frame[ti] == 4)
            rl->status = ST_FORMER;
        /* the main clause after "trước khi …,": only what the subject was
         * (a post through a link or a cue); "Trước khi bước vào buổi tập,
         * HLV Choi Yun-kyum …" names a coach still in office */
        else if (frame[ti] == 8 &&
                 ((hd > 0 && x->el[hd - 1].type == E_CUE && x->el[hd - 1].where == 2) ||
                  x->el[hd].cued))
            rl->status = ST_FORMER;
        else if (frame[ti] == 5 && rl->status == ST_ENDED)
            rl->status = ST_FORMER;
        /* "Trước đó, ông A giữ chức Giám đốc Sở …": a bare "giữ chức"
         * (no appointing cue before it in the sentence) tells the holding
         * then — former; "Trước đó, ông A được bổ nhiệm giữ chức …" a post
         * taken, still held */
        else if (frame[ti] == 5 && rl->status == ST_APPOINTED && ex_bare_holding(x, ti))
            rl->status = ST_FORMER;
        else if (frame[ti] == 5 && rl->status == ST_APPOINTED)
            rl->status = ST_CURRENT;
        else if (frame[ti] == 5 && rl->status == ST_CURRENT && hd > 0 &&
                 x->el[hd - 1].type == E_CUE && x->el[hd - 1].where == 2 &&
                 x->el[hd - 1].te == x->el[hd - 1].ts + 1 && ex_is(x, x->el[hd - 1].ts, "là"))
            rl->status = ST_FORMER;
        /* the copula the other way round, the post first: "Trước đó,
         * Trưởng đoàn ĐBQH TP.HCM là ông A", "…, còn Bí thư Tỉnh ủy là ông
         * B" — held then (session 25) */
        else if (frame[ti] == 5 && rl->status == ST_CURRENT && ti + 2 < x->nel &&
                 x->el[ti + 1].type == E_CUE && x->el[ti + 1].where == 2 &&
                 x->el[ti + 1].ts == x->el[ti].te && x->el[ti + 1].te == x->el[ti + 1].ts + 1 &&
                 ex_is(x, x->el[ti + 1].ts, "là") && x->el[ti + 2].type == E_NAME &&
                 x->el[ti + 2].ts == x->el[ti + 1].te && x->el[ti + 2].person == rl->person)
            rl->status = ST_FORMER;
    }
    free(frame);
}

/* A post, "rồi" and the next step of a career ("Sau đó, ông giữ chức phó
 * chủ tịch Thường trực UBND TP.HCM rồi trở thành bộ trưởng Bộ GD&ĐT năm
 * 2006"): the first post was left for the next — former.  The next step is
 * a link or clause cue ("trở thành", "làm", "được bổ nhiệm") or a cued post
 * ("giữ chức …") right after "rồi". */
static void ex_rule_then_next(ex *x)
{
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        if (rl->status != ST_CURRENT && rl->status != ST_APPOINTED)
            continue;
        size_t ti = rl->title;
        const el *t = &x->el[ti];
        if (t->te + 1 >= x->ntok || !ex_is(x, t->te, "rồi"))
            continue;
        for (size_t k = ti + 1; k < x->nel && x->el[k].ts <= t->te + 1; k++) {
            const el *n = &x->el[k];
            if (n->ts != t->te + 1)
                continue;
            /* a move, not a duty added ("… rồi được giao làm Trưởng ban"):
             * "trở thành", "(được) bổ nhiệm / bầu / điều động / luân
             * chuyển", or "giữ chức" before the next post */
            size_t w = n->ts + (ex_is(x, n->ts, "được") ? 1 : 0);
            bool move = n->type == E_TITLE
                            ? n->cued && ex_is(x, n->ts, "giữ")
                            : n->type == E_CUE && (n->where == 1 || n->where == 2) &&
                                  (ex_is(x, w, "trở") || ex_is(x, w, "bổ") || ex_is(x, w, "bầu") ||
                                   ex_is(x, w, "điều") || ex_is(x, w, "luân"));
            if (!move)
                break;
            /* the same subject's step: no name before the next post ("bầu
             * ông A làm X rồi bầu ông B làm Y" is the council's next act) */
            size_t q = k;
            while (q < x->nel && x->el[q].type != E_TITLE && x->el[q].type != E_NAME &&
                   x->el[q].type != E_BREAK && x->el[q].type != E_NL)
                q++;
            if (q < x->nel && x->el[q].type == E_TITLE)
                rl->status = ST_FORMER;
            break;
        }
    }
}

/* The period or year stated right after a post, after "giai đoạn",
 * "nhiệm kỳ", "từ", "vào", "năm", "tháng", "trong" or '(' ("Bí thư Huyện ủy
 * Kim Sơn giai đoạn 2010-2015", "… nhiệm kỳ 2011-2016", "giữ chức … từ năm
 * 2010 đến năm 2015", "… từ năm 2012", "(2010-2015)"): *y1, and *y2 for a
 * closed period (0 when open); false when none. */
static bool ex_post_period(const ex *x, size_t k, int *y1, int *y2, bool *at)
{
    size_t q = k;
    /* "giữ chức Chủ tịch UBND huyện đến năm 2015": held until then */
    pdate u;
    *at = false;
    /* "… làm Giám đốc Sở … tỉnh này hồi năm 2016": past the anaphora */
    if (ex_is(x, q, "này"))
        q++;
    /* "ông A, Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2011-2016, …", "Ủy viên Ban
     * Thường vụ Tỉnh ủy khóa XVIII, nhiệm kỳ 2010-2015": a term after a
     * comma, only when closed (below) */
    bool comma = false;
    if (ex_is(x, q, "khóa") && q + 4 < x->ntok && ex_term_number(x, q + 1) &&
        (ex_is(x, q + 2, "nhiệm") ||
         (x->tok[q + 2].type == T_PUNCT && x->tok[q + 2].p == ',' && ex_is(x, q + 3, "nhiệm"))))
        k = q += 2;
    if (q + 3 < x->ntok && x->tok[q].type == T_PUNCT && x->tok[q].p == ',' &&
        ex_is(x, q + 1, "nhiệm") && ex_is(x, q + 2, "kỳ") && x->tok[q + 3].digit) {
        q++;
        comma = true;
        k = q;
    }
    /* "ông A, Chủ tịch UBND tỉnh hồi năm 2010, đã ký": the post at that
     * time ("hồi", "hồi đầu / cuối / giữa năm"); a change so dated
     * ("bổ nhiệm … làm Giám đốc Sở … hồi năm 2016") is dated by it */
    if (ex_is(x, q, "hồi")) {
        size_t h = q + 1;
        if (ex_is(x, h, "đầu") || ex_is(x, h, "cuối") || ex_is(x, h, "giữa"))
            h++;
        if (!ex_is(x, h, "năm") && !ex_is(x, h, "tháng"))
            return false;
        h++;
        if (!ex_month_year(x, &h, &u))
            return false;
        *y1 = u.year;
        *y2 = 0;
        *at = true;
        return true;
    }
    if (ex_is(x, q, "cho") && ex_is(x, q + 1, "đến"))
        q++;
    if (ex_is(x, q, "đến") && (ex_is(x, q + 1, "năm") || ex_is(x, q + 1, "tháng"))) {
        q += 2;
        if (!ex_month_year(x, &q, &u))
            return false;
        *y1 = *y2 = u.year;
        return true;
    }
    /* "Giám đốc Sở Y tế thời điểm năm 2012": held at that point; so in a
     * parenthesis, "(tại / vào) thời điểm …" */
    size_t p = q;
    if (p < x->ntok && x->tok[p].type == T_PUNCT && x->tok[p].p == '(')
        p++;
    if (ex_is(x, p, "tại") || ex_is(x, p, "vào"))
        p++;
    if (ex_is(x, p, "thời") && ex_is(x, p + 1, "điểm") &&
        (ex_is(x, p + 2, "năm") || ex_is(x, p + 2, "tháng"))) {
        q = p + 3;
        if (!ex_month_year(x, &q, &u))
            return false;
        *y1 = *y2 = u.year;
        return true;
    }
    while (q < x->ntok && q < k + 4 &&
           ((x->tok[q].type == T_PUNCT && x->tok[q].p == '(') || ex_is(x, q, "giai") ||
            ex_is(x, q, "đoạn") || ex_is(x, q, "nhiệm") || ex_is(x, q, "kỳ") ||
            ex_is(x, q, "thời") || ex_is(x, q, "từ") || ex_is(x, q, "vào") || ex_is(x, q, "năm") ||
            ex_is(x, q, "tháng") || ex_is(x, q, "trong") || ex_is(x, q, "đầu") ||
            ex_is(x, q, "cuối") || ex_is(x, q, "giữa")))
        q++;
    /* "… làm Giám đốc Trung tâm ngày 15/4/2015": a full date, by its month */
    if (ex_is(x, q, "ngày") && q + 4 < x->ntok && x->tok[q + 1].digit &&
        x->tok[q + 1].e - x->tok[q + 1].s <= 2 && x->tok[q + 2].type == T_PUNCT &&
        x->tok[q + 2].p == '/')
        q += 3;
    pdate a, b;
    if (q == k || !ex_month_year(x, &q, &a))
        return false;
    *y1 = a.year;
    *y2 = 0;
    if (q < x->ntok && ((x->tok[q].type == T_PUNCT && x->tok[q].p == '-') || ex_is(x, q, "đến"))) {
        q++;
        if (ex_is(x, q, "năm") || ex_is(x, q, "tháng"))
            q++;
        if (ex_month_year(x, &q, &b) && b.year >= a.year)
            *y2 = b.year;
    }
    return !comma || *y2;
}

/* The first token that starts at byte b or later (ntok when none). */
static size_t ex_tok_from(const ex *x, uint32_t b)
{
    size_t lo = 0, hi = x->ntok;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->tok[mid].s < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The token after a span of time written right after a post, "(trong)
 * (suốt) (gần / hơn / khoảng) N / nhiều năm / tháng (,)" ("làm Giám đốc Sở
 * Y tế trong 10 năm trước khi nghỉ hưu"), or q when there is none. */
static size_t ex_span_after(const ex *x, size_t q)
{
    size_t r = q;
    if (ex_is(x, r, "trong"))
        r++;
    if (ex_is(x, r, "suốt"))
        r++;
    if (ex_is(x, r, "gần") || ex_is(x, r, "hơn") || ex_is(x, r, "khoảng"))
        r++;
    if (!(ex_word(x, r) && (x->tok[r].digit || ex_is(x, r, "nhiều"))) ||
        !(ex_is(x, r + 1, "năm") || ex_is(x, r + 1, "tháng")))
        return q;
    r += 2;
    if (r < x->ntok && x->tok[r].type == T_PUNCT && x->tok[r].p == ',')
        r++;
    return r;
}

/* Whether the words from k on say a post was held until its holder left
 * working life: "(cho) đến khi / tới khi / đến lúc (ông) nghỉ hưu / về
 * hưu / qua đời / từ trần" ("ông A giữ chức Giám đốc Sở Y tế đến khi nghỉ
 * hưu"), or held before it, after a span of time or none: "(trong 10 năm)
 * trước khi nghỉ hưu" ("ông A làm Giám đốc Sở Y tế trong 10 năm trước khi
 * về hưu"; session 25) — not a retirement still to come ("… trước khi
 * nghỉ hưu vào năm 2019" of a 2017 article). */
static bool ex_until_retired(ex *x, size_t q)
{
    q = ex_span_after(x, q);
    if (ex_is(x, q, "cho"))
        q++;
    bool before = ex_is(x, q, "trước");
    if (!(ex_is(x, q, "đến") || ex_is(x, q, "tới") || before) ||
        !(ex_is(x, q + 1, "khi") || ex_is(x, q + 1, "lúc")))
        return false;
    q += 2;
    if (ex_is(x, q, "ông") || ex_is(x, q, "bà"))
        q++;
    bool left = ((ex_is(x, q, "nghỉ") || ex_is(x, q, "về")) && ex_is(x, q + 1, "hưu")) ||
                (ex_is(x, q, "qua") && ex_is(x, q + 1, "đời")) ||
                (ex_is(x, q, "từ") && ex_is(x, q + 1, "trần"));
    return left && !(before && ex_later_time_after(x, q + 2));
}

/* Whether the words from k on date a post by an act of the story: "(tại
 * / vào) thời điểm ký (quyết định) / ban hành / xảy ra" ("ông A – Chủ tịch
 * UBND tỉnh thời điểm ký quyết định –"): the post then, former now. */
static bool ex_act_time(const ex *x, size_t q)
{
    /* (in a parenthesis too: "ông A, Phó Chủ tịch UBND tỉnh (thời điểm ký
     * quyết định), bị kỷ luật") */
    if (q < x->ntok && x->tok[q].type == T_PUNCT && x->tok[q].p == '(')
        q++;
    if (ex_is(x, q, "tại") || ex_is(x, q, "vào"))
        q++;
    if (!ex_is(x, q, "thời") || !ex_is(x, q + 1, "điểm"))
        return false;
    q += 2;
    return ex_is(x, q, "ký") || (ex_is(x, q, "ban") && ex_is(x, q + 1, "hành")) ||
           (ex_is(x, q, "xảy") && ex_is(x, q + 1, "ra"));
}

/* Posts with their own time right after them: a period closed before the
 * article's year is a former post ("ông Phạm Văn Dũng, Bí thư Huyện ủy Kim
 * Sơn giai đoạn 2010-2015, bị kỷ luật"); a change dated in an earlier year
 * is background ("thôi giữ chức Giám đốc Sở Nội vụ từ năm 2015" → former,
 * "được bổ nhiệm làm Giám đốc Sở Y tế từ năm 2012" → current).  The year of
 * reference is the article's, else the latest month it names. */
static void ex_rule_post_periods(ex *x)
{
    int ref = -1;
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        const el *t = &x->el[rl->title];
        int y1, y2;
        bool at;
        if (rl->range >= 0 || rl->status == ST_FORMER || rl->status == ST_ACTING)
            continue;
        /* (after the name the post opens: "Dưới sự lãnh đạo của Bí thư
         * Tỉnh ủy Trần Văn Bình giai đoạn 2010-2015, …") */
        size_t n = ex_tok_from(x, rl->e);
        if (ex_until_retired(x, t->te) ||
            (rl->status == ST_CURRENT && (ex_act_time(x, t->te) || ex_act_time(x, n)))) {
            rl->status = ST_FORMER;
            continue;
        }
        /* "Ông A đảm nhiệm chức vụ Giám đốc Sở Y tế kể từ ngày 1/6/2017": a
         * post held through a link ("đảm nhiệm chức vụ", "là") and dated
         * by "kể từ" and a date is taken then, as "được bổ nhiệm … kể từ
         * ngày" says (session 27); the date then dates it as "từ" does */
        size_t pt = t->te;
        if (ex_is(x, pt, "kể") && ex_is(x, pt + 1, "từ") && pt + 2 < x->ntok &&
            (ex_is(x, pt + 2, "ngày") || ex_is(x, pt + 2, "tháng") || ex_is(x, pt + 2, "năm") ||
             x->tok[pt + 2].digit)) {
            pt++;
            if (rl->status == ST_CURRENT && rl->title >= 1 && x->el[rl->title - 1].type == E_CUE &&
                x->el[rl->title - 1].where == 2)
                rl->status = ST_APPOINTED;
        }
        if (!ex_post_period(x, pt, &y1, &y2, &at) &&
            (n <= t->te || !ex_post_period(x, n, &y1, &y2, &at)))
            continue;
        if (ref < 0)
            ref = x->ayear ? x->ayear : ex_month_latest(x);
        if (!ref)
            return;
        if ((y2 && y2 < ref) || (at && y1 < ref && rl->status == ST_CURRENT))
            rl->status = ST_FORMER;
        else if (!y2 && y1 < ref && rl->status == ST_ENDED)
            rl->status = ST_FORMER;
        else if (!y2 && y1 < ref && rl->status == ST_APPOINTED)
            rl->status = ST_CURRENT;
    }
}

/* Whether the token at k is the year of a date ("D/M/YYYY", "M/YYYY",
 * "năm YYYY"; not a document's number "24/2010/NĐ-CP"): the year, else 0. */
static int ex_date_year(const ex *x, size_t k)
{
    const tok *w = &x->tok[k];
    if (w->type != T_WORD || !w->digit || w->e - w->s != 4)
        return 0;
    int y = atoi(x->t->w + w->s);
    if (y < 1900 || y > 2100)
        return 0;
    bool dated =
        (k >= 2 && x->tok[k - 1].type == T_PUNCT &&
         (x->tok[k - 1].p == '/' || x->tok[k - 1].p == '-') && x->tok[k - 2].type == T_WORD &&
         x->tok[k - 2].digit && x->tok[k - 2].e - x->tok[k - 2].s <= 2) ||
        (k >= 1 && ex_is(x, k - 1, "năm")) ||
        /* "vào tháng 5.2015", "ngày 10.5.2015": a dot joins month and year
         * right after "tháng" or a day (a dot in a number elsewhere) */
        (k >= 3 && x->tok[k - 1].type == T_PUNCT && x->tok[k - 1].p == '.' &&
         x->tok[k - 1].s == x->tok[k - 2].e && x->tok[k - 1].e == w->s &&
         x->tok[k - 2].type == T_WORD && x->tok[k - 2].digit &&
         x->tok[k - 2].e - x->tok[k - 2].s <= 2 &&
         (ex_is(x, k - 3, "tháng") || (x->tok[k - 3].type == T_PUNCT && x->tok[k - 3].p == '.' &&
                                       k >= 5 && ex_is(x, k - 5, "ngày"))));
    if (k + 1 < x->ntok && x->tok[k + 1].type == T_PUNCT && x->tok[k + 1].p == '/' &&
        x->tok[k + 1].s == w->e)
        return 0;
    if (!dated)
        return 0;
    /* a birth date ("ông A (sinh năm 1970) được bổ nhiệm …", "sinh ngày
     * 7/7/1917") dates the person, not the claim */
    for (size_t q = k; q-- > 0 && q + 8 > k;) {
        const tok *b = &x->tok[q];
        if (b->type == T_PUNCT && (b->p == '/' || b->p == '-'))
            continue;
        if (b->type != T_WORD)
            break;
        if (ex_is(x, q, "sinh"))
            return 0;
        if (!b->digit && !ex_is(x, q, "năm") && !ex_is(x, q, "ngày") && !ex_is(x, q, "tháng"))
            break;
    }
    return y;
}

/* Whether tokens from k on open a sentence with an anaphoric time ("Thời
 * gian này", "Vào thời điểm này", "Lúc này", "Trong giai đoạn này"): the
 * sentence is set in the time of the one before it. */
static bool ex_anaphoric_time(const ex *x, size_t k)
{
    if (ex_is(x, k, "vào") || ex_is(x, k, "trong") || ex_is(x, k, "cũng"))
        k++;
    size_t n = 0;
    if (ex_is(x, k, "thời") || ex_is(x, k, "giai") || ex_is(x, k, "khoảng"))
        n = ex_is(x, k + 1, "gian") || ex_is(x, k + 1, "điểm") || ex_is(x, k + 1, "đoạn") ||
                    ex_is(x, k + 1, "kỳ") || ex_is(x, k + 1, "thời")
                ? 2
                : 0;
    else if (ex_is(x, k, "lúc") || ex_is(x, k, "khi") || ex_is(x, k, "hồi"))
        n = 1;
    return n && ex_is(x, k + n, "này");
}

/* Whether tokens from k on open a sentence with "Sau đó,", "Tiếp đó,",
 * "Sau này,": a change told next in a story ("Năm 1965, đồng chí tham gia
 * cách mạng. Sau đó, đồng chí được bầu làm Chủ tịch UBND tỉnh …") is as old
 * as the story's last date (not a post held: the last of a career is most
 * often the one held now). */
static bool ex_sequel_opening(const ex *x, size_t k)
{
    if (!(ex_is(x, k, "sau") || ex_is(x, k, "tiếp")) ||
        !(ex_is(x, k + 1, "đó") || ex_is(x, k + 1, "này")) || k + 2 >= x->ntok)
        return false;
    return x->tok[k + 2].type == T_PUNCT && x->tok[k + 2].p == ',';
}

/* The time a sentence sets a post at token ts in, from the dates written
 * before it in the sentence (and, after an anaphoric time opening the
 * sentence, in the sentence before): true when a date ("D/M/YYYY",
 * "M/YYYY", "năm YYYY") two years or more before ref is written and no
 * later one.  A document's number ("24/2010/NĐ-CP") is no date.  With
 * opening, the old date must open its sentence (within its first eight
 * words: "Năm 1937, …", "Đầu năm 1938, …", "Từ năm 1961 - 1974, …"): a year
 * inside a clause is often what the clause is about ("quyết toán ngân
 * sách nhà nước năm 2015"), not its time. */
static bool ex_old_time_before(const ex *x, size_t ts, int ref, bool opening)
{
    int old = 0;
    size_t old_at = 0;
    bool recent = false, dated = false;
    int carried = 0;
    size_t lim = ts > 80 ? ts - 80 : 0;
    for (size_t k = ts;; k--) {
        bool start = k == 0 || x->tok[k - 1].type == T_NL ||
                     (x->tok[k - 1].type == T_PUNCT &&
                      (x->tok[k - 1].p == '.' || x->tok[k - 1].p == '?' || x->tok[k - 1].p == '!'));
        if (start || k == lim) {
            /* the sentence's start is token k (unknown when k == lim) */
            if (opening && old && (!start || old_at > k + 8))
                old = 0;
            /* "Tháng 4/1973 đến năm 1976, … Phó Thủ tướng … Thời gian này,
             * đồng chí đã cùng Phó Thủ tướng A …": into the sentence before,
             * and on over up to two sentences with no date of their own
             * ("Năm 2009, huyện … Tỉnh … thu hồi đất. Vào thời điểm này bà
             * A giữ chức vụ …") to the nearest dated one */
            if (!start || k == 0 || old || recent || dated ||
                (carried ? carried >= 3
                         : !ex_anaphoric_time(x, k) && (opening || !ex_sequel_opening(x, k))))
                break;
            carried++;
            /* (the loop steps onto the sentence mark, then reads on) */
            lim = k > 81 ? k - 81 : 0;
            continue;
        }
        size_t at = k - 1;
        int y = x->tok[at].digit ? ex_date_year(x, at) : 0;
        if (!y)
            continue;
        dated = true;
        if (y >= ref - 1)
            recent = true;
        else {
            old = old ? old : y;
            old_at = at; /* the earliest old date of the sentence */
        }
    }
    return old && !recent;
}

/* Whether the post at token ts is named in the caption of an old photo:
 * a caption ("Từ trái sang: …", "Trong ảnh, …") whose own date, anywhere
 * after its opening, is two years or more before ref ("… Phó Thủ tướng A
 * và Đại tướng B ở xã Bản Ngoại, tháng 9/1954."), or a sentence followed by
 * the archive credit "(Ảnh tư liệu)" with no recent date. */
static bool ex_caption_past(const ex *x, size_t ts, int ref)
{
    size_t open = (size_t)-1;
    for (size_t k = ts; k-- > 0 && k + 40 > ts;) {
        const tok *w = &x->tok[k];
        if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == '?' || w->p == '!')))
            break;
        if ((ex_is(x, k, "trái") || ex_is(x, k, "phải")) && k > 0 && ex_is(x, k - 1, "từ") &&
            ex_is(x, k + 1, "sang")) {
            open = k - 1;
            break;
        }
        if (ex_is(x, k, "ảnh") && k > 0 && ex_is(x, k - 1, "trong") && x->tok[k - 1].cap) {
            open = k - 1;
            break;
        }
    }
    int old = 0;
    bool recent = false, archive = false;
    size_t k = open != (size_t)-1 ? open : ts;
    for (; k < x->ntok && k < ts + 80; k++) {
        const tok *w = &x->tok[k];
        if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == '?' || w->p == '!')))
            break;
        int y = x->tok[k].digit ? ex_date_year(x, k) : 0;
        if (y && y >= ref - 1)
            recent = true;
        else if (y && !old)
            old = y;
    }
    /* "(Ảnh tư liệu)", "Ảnh: Tư liệu" right after the sentence */
    if (k < x->ntok) {
        size_t q = k + 1;
        while (q < x->ntok && q < k + 3 && x->tok[q].type != T_WORD)
            q++;
        archive =
            ex_is(x, q, "ảnh") &&
            (ex_is(x, q + 1, "tư") || (x->tok[q + 1].type == T_PUNCT && ex_is(x, q + 2, "tư"))) &&
            (ex_is(x, q + 2, "liệu") || ex_is(x, q + 3, "liệu"));
    }
    if (recent)
        return false;
    return archive || (open != (size_t)-1 && old);
}

/* A change told in a sentence that dates it long before, anywhere before
 * the post ("Tại kỳ họp thứ nhất Quốc hội khóa II từ 7-15/7/1960, đồng chí
 * A được bầu làm Chủ tịch Ủy ban Thường vụ Quốc hội"): history, former.
 * Only a date ("D/M/YYYY", "M/YYYY") or "năm YYYY" counts (not a
 * document's number "24/2010/NĐ-CP"), two years or more before the
 * article's year (else the latest month it names), and no later year in
 * between.  A sentence opened by an anaphoric time ("Thời gian này, …")
 * takes the dates of the sentence before. */
/* Whether the clause after a post's end (token e) says it is held to the
 * present: "… được bầu giữ chức Chủ tịch MTTQ Việt Nam xã Quế Long và
 * đương chức đến nay", "… giữ chức này cho tới nay" (up to ten words, not
 * past the sentence). */
static bool ex_held_to_now(const ex *x, size_t e)
{
    for (size_t q = e; q + 1 < x->ntok && q < e + 10; q++) {
        const tok *w = &x->tok[q];
        if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == ';')))
            return false;
        if ((ex_is(x, q, "đến") || ex_is(x, q, "tới")) && ex_is(x, q + 1, "nay"))
            return true;
    }
    return false;
}

/* A post an apposition says is held now ("ông A, nay là Bộ trưởng Bộ Y
 * tế, …", "(hiện là …)", "…, hiện đang là …"): current, whatever time the
 * sentence is set in ("Năm 2010, ông A, nay là Bộ trưởng Bộ Y tế, ký quyết
 * định" made it former with the sentence's year).  The words right before
 * the post: "nay / hiện / hiện nay / hiện đang / nay đã (là / làm / giữ
 * chức)", after ',', '(' or a dash. */
static void ex_rule_now_apposition(ex *x)
{
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        const el *t = &x->el[rl->title];
        if (rl->status != ST_FORMER || t->cued || t->type != E_TITLE)
            continue;
        size_t q = t->ts;
        if (q >= 2 && ex_is(x, q - 1, "chức") && ex_is(x, q - 2, "giữ"))
            q -= 2;
        else if (q >= 1 && (ex_is(x, q - 1, "là") || ex_is(x, q - 1, "làm")))
            q -= 1;
        else
            continue;
        if (q >= 1 && (ex_is(x, q - 1, "đang") || ex_is(x, q - 1, "đã")))
            q--;
        bool now = false;
        if (q >= 1 && ex_is(x, q - 1, "nay")) {
            q--;
            now = true;
            if (q >= 1 && ex_is(x, q - 1, "hiện"))
                q--;
        } else if (q >= 1 && ex_is(x, q - 1, "hiện")) {
            q--;
            now = true;
        }
        if (!now || q == 0)
            continue;
        const tok *b = &x->tok[q - 1];
        if (b->type == T_PUNCT && (b->p == ',' || b->p == '(' || b->p == '-'))
            rl->status = ST_CURRENT;
    }
}

static void ex_rule_dated_changes(ex *x)
{
    int ref = -1;
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        if (rl->range >= 0 || rl->status == ST_FORMER || rl->status == ST_ACTING)
            continue;
        /* taken then and held to now: "Năm 2008, bà A được bầu giữ chức …
         * và đương chức đến nay" — a post held, not news */
        if (ex_held_to_now(x, x->el[rl->title].te)) {
            rl->status = ST_CURRENT;
            continue;
        }
        if (ref < 0)
            ref = x->ayear ? x->ayear : ex_month_latest(x);
        if (!ref)
            return;
        if (ex_old_time_before(x, x->el[rl->title].ts, ref, rl->status == ST_CURRENT) ||
            (rl->status == ST_CURRENT && ex_caption_past(x, x->el[rl->title].ts, ref)))
            rl->status = ST_FORMER;
    }
}

/* The year of a date ("ngày 10/12/2015", "năm 2015", "tháng 3/2015")
 * within the few tokens from k on (after "vào", "hôm" …; not past a
 * sentence's or clause's end), else 0. */
static int ex_year_near(const ex *x, size_t k, size_t n)
{
    for (size_t q = k; q < x->ntok && q < k + n; q++) {
        const tok *w = &x->tok[q];
        if (w->type == T_NL ||
            (w->type == T_PUNCT && w->p != '/' && w->p != '-' && w->p != '.' && w->p != ','))
            return 0;
        int y = w->digit ? ex_date_year(x, q) : 0;
        if (y)
            return y;
    }
    return 0;
}

/* A post named as the signer of a document dated long before: "Quyết định
 * giao đất do ông A, Chủ tịch UBND tỉnh ký ngày 10/12/2012", "Quyết định số
 * 123/QĐ-UBND ngày 10/12/2012 do Phó Chủ tịch UBND tỉnh B ký" in a 2017
 * article — the post at the signing, former now (as "Năm 2012, Chủ tịch
 * UBND tỉnh A ký …", ex_rule_dated_changes).  The date two years or more
 * before the article's year (else the latest month it names); a recent one
 * ("do Thứ trưởng A ký ngày 15/5/2017") changes nothing. */
static void ex_rule_signed_before(ex *x)
{
    int ref = -1;
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        if (rl->status != ST_CURRENT || rl->range >= 0)
            continue;
        /* "ký" right after the holder and the post (past a dash or
         * parenthesis closing an apposition: "do ông A – Phó Chủ tịch UBND
         * quận ký ngày …") */
        size_t k = ex_tok_from(x, rl->e);
        while (k < x->ntok && x->tok[k].type == T_PUNCT &&
               (x->tok[k].p == '-' || x->tok[k].p == ')'))
            k++;
        if (!ex_is(x, k, "ký"))
            continue;
        size_t b = ex_tok_from(x, rl->s);
        if (b == 0 || !ex_is(x, b - 1, "do"))
            continue;
        if (ref < 0)
            ref = x->ayear ? x->ayear : ex_month_latest(x);
        if (!ref)
            return;
        size_t a = k + 1;
        if (ex_is(x, a, "vào") || ex_is(x, a, "hôm"))
            a++;
        int y = ex_year_near(x, a, 6);
        /* (the document's date before "do": "Quyết định số … ngày
         * 10/12/2012 do …") */
        if (!y)
            y = ex_year_near(x, b > 8 ? b - 8 : 0, b > 8 ? 8 : b);
        if (y && y < ref - 1)
            rl->status = ST_FORMER;
    }
}

/* An appointment told of a defendant ("Theo cáo trạng, bị cáo Trần Văn B
 * được bổ nhiệm làm Giám đốc Công ty …", "bị can A được cử về giữ chức vụ
 * Phó Tổng Giám đốc …"): the indictment's story, a post of the past — not
 * the news of an appointment, former. */
static void ex_rule_defendant_posts(ex *x)
{
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        if (rl->status != ST_APPOINTED)
            continue;
        size_t b = ex_tok_from(x, rl->s);
        if (x->el[rl->title].ts <= b)
            continue;
        if ((b >= 2 && ex_is(x, b - 2, "bị") &&
             (ex_is(x, b - 1, "cáo") || ex_is(x, b - 1, "can"))) ||
            (ex_is(x, b, "bị") && (ex_is(x, b + 1, "cáo") || ex_is(x, b + 1, "can"))))
            rl->status = ST_FORMER;
    }
}

/* Names listed before one appointing cue share the post it gives the
 * last of them: "Ông A và ông B được bổ nhiệm làm Phó Giám đốc Sở Y tế",
 * "Các ông A, B và C được bầu làm …", "bổ nhiệm ông A, ông B giữ chức …"
 * gave it to the last name only (ex_share_link reads "bổ nhiệm ông A và
 * ông B giữ chức"; a passive cue or a list of commas it leaves).  The names
 * stand next to each other, joined by "và" or commas, the last right
 * before the cue; a list of commas only must open its clause (the
 * sentence, a plural "các", a clause cue: "Theo ông A, ông B được bổ nhiệm
 * …" is B's).  Not a post one person holds at a time, nor posts paired
 * with the names ("A và B được bầu làm Chủ tịch và Phó Chủ tịch": each his
 * own) (session 20). */
static void ex_rule_shared_appointment(ex *x)
{
    size_t n0 = x->nrl;
    for (size_t r = 0; r < n0; r++) {
        const role rl = x->rl[r];
        if (rl.dropped || (rl.range >= 0 && !x->el[rl.range].point))
            continue;
        size_t i = rl.title, k = i;
        const el *t = &x->el[i];
        while (k > 0 && x->el[k - 1].type == E_CUE &&
               (x->el[k - 1].where == 1 || x->el[k - 1].where == 2) &&
               x->el[k - 1].te == x->el[k].ts)
            k--;
        if (k < 3 || (k == i && !t->cued) || (k < i && x->el[k].where != 1))
            continue;
        size_t h = k - 1;
        const el *n = &x->el[h];
        if (n->type != E_NAME || n->person < 0 || n->pronoun || n->te != x->el[k].ts ||
            ex_single_holder(x, t) ||
            (i + 2 < x->nel && x->el[i + 1].type == E_AND && x->el[i + 2].type == E_TITLE))
            continue;
        size_t q = h;
        bool va = false;
        while (q >= 2 && (x->el[q - 1].type == E_AND || x->el[q - 1].type == E_COMMA) &&
               x->el[q - 2].type == E_NAME && x->el[q - 2].person >= 0 && !x->el[q - 2].pronoun &&
               x->el[q - 2].te == x->el[q - 1].ts && x->el[q - 1].te == x->el[q].ts) {
            va = va || x->el[q - 1].type == E_AND;
            q -= 2;
        }
        /* "Các ông A, B": "các" (and an honorific) before the first */
        size_t f = x->el[q].ts;
        if (f >= 2 && ex_phrase(x, f - 1, LX_HONORIFIC, NULL) == 1)
            f--;
        bool plural =
            f >= 1 && (x->tok[f - 1].h == x->lx->h_cac || x->tok[f - 1].h == x->lx->h_nhung);
        if (q == h || (!va && !plural && !ex_opens_clause(x, q) &&
                       !(x->el[q - 1].type == E_CUE && x->el[q - 1].where == 1)))
            continue;
        /* the post is the last name's, or the first's as the subject of a
         * dated sentence ("Năm 2010, ông A và ông B được bổ nhiệm …": the
         * timeline gave it to A) */
        if (rl.person != n->person && !(rl.range >= 0 && rl.person == x->el[q].person))
            continue;
        for (size_t p = q; p <= h; p += 2) {
            bool had = false;
            for (size_t o = 0; o < x->nrl && !had; o++)
                had = x->rl[o].title == i && x->rl[o].person == x->el[p].person;
            if (had)
                continue;
            size_t before = x->nrl;
            ex_give(x, i, p, rl.status);
            if (x->nrl > before) {
                x->rl[before].status = rl.status;
                x->rl[before].range = rl.range;
            }
        }
    }
}

/* The element of the first cue of the appointing chain right before the
 * post at element i ("được bầu làm"), i itself when the post is cued, or
 * (size_t)-1 when none stands right before it. */
static size_t ex_cue_chain_start(const ex *x, size_t i)
{
    size_t k = i;
    while (k > 0 && x->el[k - 1].type == E_CUE &&
           (x->el[k - 1].where == 1 || x->el[k - 1].where == 2) && x->el[k - 1].te == x->el[k].ts)
        k--;
    if ((k == i && !x->el[i].cued) || (k < i && x->el[k].where != 1))
        return (size_t)-1;
    return k;
}

/* Whether the heads of posts a and b end alike, one the other's deputy:
 * "Chủ tịch" and "Phó Chủ tịch", "Bí thư" and "Phó Bí thư" (a body is
 * borrowed between such posts only: "Bí thư, Phó Bí thư và Ủy viên Ban
 * Thường vụ Tỉnh ủy" lends the Standing Committee to no secretary). */
static bool ex_same_head_tail(const ex *x, const el *a, const el *b)
{
    size_t na = a->re - a->rs, nb = b->re - b->rs;
    const el *s = na <= nb ? a : b, *l = na <= nb ? b : a;
    size_t ns = s->re - s->rs, nl = l->re - l->rs;
    if (!ns)
        return false;
    for (size_t k = 0; k < ns; k++)
        if (x->tok[s->rs + k].h != x->tok[l->rs + nl - ns + k].h)
            return false;
    return true;
}

/* Whether the tokens [a, b) between a list of names and its cue are none
 * or "lần lượt" ("A và B lần lượt được bầu làm …"). */
static bool ex_respectively_gap(const ex *x, size_t a, size_t b)
{
    return a == b || (b == a + 2 && ex_is(x, a, "lần") && ex_is(x, a + 1, "lượt"));
}

/* Posts paired with the names listed before one appointing cue: "Ông A và
 * ông B được bầu làm Chủ tịch và Phó Chủ tịch HĐND tỉnh Quảng Nam" (each
 * his own, in order: A the chairman, B the vice-chairman), "A, B và C lần
 * lượt giữ chức …".  Both posts went to B, the name right before the cue.
 * As many names as posts, the names next to each other joined by "và" or
 * commas, the posts too, the cue chain between; a post with no body of its
 * own borrows the last one's ("Chủ tịch" → "Chủ tịch HĐND tỉnh Quảng
 * Nam").  Each name takes its post with the status the cue gave, and no
 * other name of the list keeps it (session 21). */
static void ex_rule_respective_posts(ex *x)
{
    for (size_t i = 0; i + 2 < x->nel; i++) {
        if (x->el[i].type != E_TITLE ||
            (i > 0 && (x->el[i - 1].type == E_AND || x->el[i - 1].type == E_COMMA)))
            continue;
        size_t k = ex_cue_chain_start(x, i);
        if (k == (size_t)-1 || k < 3)
            continue;
        /* the posts: i, then (comma) … "và" the last, adjacent */
        size_t posts[8], np = 0, m = i;
        posts[np++] = i;
        while (np < 8 && m + 2 < x->nel &&
               (x->el[m + 1].type == E_AND || x->el[m + 1].type == E_COMMA) &&
               x->el[m + 2].type == E_TITLE && x->el[m + 1].ts == x->el[m].te &&
               x->el[m + 2].ts == x->el[m + 1].te) {
            bool last = x->el[m + 1].type == E_AND;
            m += 2;
            posts[np++] = m;
            if (last)
                break;
        }
        if (np < 2 || x->el[posts[np - 1] - 1].type != E_AND)
            continue;
        /* the names: right before the cue, "và" before the last */
        size_t h = k - 1;
        if (h > 0 && x->el[h].type == E_OTHER && ex_respectively_gap(x, x->el[h].ts, x->el[h].te) &&
            x->el[h].te == x->el[k].ts)
            h--; /* "lần lượt" */
        if (x->el[h].type != E_NAME || x->el[h].person < 0 || x->el[h].pronoun ||
            !ex_respectively_gap(x, x->el[h].te, x->el[k].ts))
            continue;
        size_t names[8], nn = 0, q = h;
        names[nn++] = h;
        while (nn < 8 && q >= 2 && (x->el[q - 1].type == E_AND || x->el[q - 1].type == E_COMMA) &&
               x->el[q - 2].type == E_NAME && x->el[q - 2].person >= 0 && !x->el[q - 2].pronoun &&
               x->el[q - 2].te == x->el[q - 1].ts && x->el[q - 1].te == x->el[q].ts) {
            names[nn++] = q - 2;
            q -= 2;
        }
        if (nn != np || x->el[h - 1].type != E_AND)
            continue;
        /* the status the cue gave the last post (to the last name, or to
         * the first as a dated sentence's subject: "Năm 2010, A và B …") */
        int found = -1;
        for (size_t r = 0; r < x->nrl && found < 0; r++)
            if (x->rl[r].title == posts[np - 1] && !x->rl[r].dropped &&
                (x->rl[r].person == x->el[h].person || x->rl[r].person == x->el[q].person))
                found = (int)r;
        if (found < 0)
            continue;
        uint8_t st = x->rl[found].status;
        int32_t range = x->rl[found].range;
        const el *lp = &x->el[posts[np - 1]];
        for (size_t j = 0; j < np; j++) {
            el *t = &x->el[posts[j]];
            size_t nm = names[nn - 1 - j];
            if (j + 1 < np && t->te == t->re && lp->te > lp->re && !t->be &&
                ex_same_head_tail(x, t, lp)) {
                t->bs = lp->re;
                t->be = lp->te;
            }
            bool had = false;
            for (size_t r = 0; r < x->nrl; r++) {
                if (x->rl[r].title != posts[j] || x->rl[r].dropped)
                    continue;
                bool listed = false;
                for (size_t o = 0; o < nn; o++)
                    listed = listed || x->rl[r].person == x->el[names[o]].person;
                if (x->rl[r].person == x->el[nm].person)
                    had = true, x->rl[r].status = st;
                else if (listed)
                    x->rl[r].dropped = 1;
            }
            if (had)
                continue;
            size_t before = x->nrl;
            ex_give(x, posts[j], nm, st);
            if (x->nrl > before) {
                x->rl[before].status = st;
                x->rl[before].range = range;
            }
        }
        i = posts[np - 1];
    }
}

/* Whether the post at element t is taken through a verb of moving into it
 * (a `move` cue of status.tsv right before it: "về làm", "lên làm"). */
static bool ex_move_cued(const ex *x, const el *t)
{
    const lx_entry *c = NULL;
    return t->cued && ex_phrase(x, t->ts, LX_STATUS, &c) > 0 && c->cue_pos == 9;
}

/* "Ông A chuyển từ Giám đốc Sở Y tế sang làm Phó Chủ tịch UBND tỉnh": the
 * post after "từ" ("từ vị trí / chức vụ / cương vị") between the subject
 * (element nm, or none) and the post he moves into (element ti, of status
 * to) is the one he leaves: ended beside the appointment, former beside a
 * past one — given to him when no one holds it, and not taken, as a clause
 * cue and a link before it read it ("được điều chuyển từ vị trí …"). */
static void ex_move_from_post(ex *x, size_t from, size_t ti, int32_t who, size_t nm, uint8_t to)
{
    uint8_t st = to == ST_APPOINTED ? (uint8_t)ST_ENDED
                 : to == ST_FORMER  ? (uint8_t)ST_FORMER
                                    : (uint8_t)ST_CURRENT;
    for (size_t m = from; m < ti; m++) {
        const el *f = &x->el[m];
        if (f->type != E_TITLE || f->ts < 1)
            continue;
        size_t q = f->ts - 1;
        if (q >= 2 && ((ex_is(x, q - 1, "vị") && ex_is(x, q, "trí")) ||
                       (ex_is(x, q - 1, "chức") && ex_is(x, q, "vụ")) ||
                       (ex_is(x, q - 1, "cương") && ex_is(x, q, "vị"))))
            q -= 2;
        if (!ex_is(x, q, "từ"))
            continue;
        bool taken = false;
        for (size_t r = 0; r < x->nrl; r++)
            if (x->rl[r].title == m) {
                taken = true;
                if (x->rl[r].person == who &&
                    (x->rl[r].status == ST_APPOINTED || x->rl[r].status == ST_CURRENT))
                    x->rl[r].status = st;
            }
        if (taken || nm == (size_t)-1 || f->cued)
            return;
        size_t before = x->nrl;
        ex_give(x, m, nm, st);
        if (x->nrl > before)
            x->rl[before].status = st;
        return;
    }
}

/* A post taken through a verb of moving into it ("Ông A về làm Phó Chủ
 * tịch UBND tỉnh", "ông A, Giám đốc Sở Y tế, được điều sang làm …"): the
 * subject's, named right before the verb (a few words between, or its own
 * apposition) — "HLV A cho biết hoàng tử B lên làm chủ tịch …" (B no name
 * read) and "ông A nói rằng ai lên làm …" give no post.  The verb after a
 * `when` cue is background: "Kể từ khi lên làm Tổng thống, ông A …" took
 * it long ago and holds it (current); "khi ông A về làm Phó Tổng giám đốc
 * …" tells the time he held it (former), as "khi ông A làm …" does
 * (session 20). */
static void ex_rule_move_into(ex *x)
{
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        size_t ti = rl->title;
        const el *t = &x->el[ti];
        if (rl->dropped || !ex_move_cued(x, t))
            continue;
        const lx_entry *c = NULL;
        bool prior = t->ts >= 2 && ex_phrase(x, t->ts - 2, LX_STATUS, &c) == 2 && c->cue_pos == 6;
        if (!prior && ex_when_before(x, t->ts)) {
            if (rl->status == ST_APPOINTED)
                rl->status = ST_CURRENT;
            continue;
        }
        size_t words = 0, commas = 0;
        bool own = false;
        for (size_t k = ti; k-- > 0 && !own;) {
            const el *e = &x->el[k];
            if (e->type == E_OTHER && (words += e->te - e->ts) <= 3)
                continue;
            if (e->type == E_CLOSE) { /* a remark in brackets: skipped whole */
                while (k > 0 && x->el[k].type != E_OPEN && x->el[k].type != E_BREAK &&
                       x->el[k].type != E_NL)
                    k--;
                if (x->el[k].type == E_OPEN)
                    continue;
                break;
            }
            if ((e->type == E_CUE && (e->where == 1 || e->where == 2)) || e->type == E_RANGE ||
                (e->type == E_COMMA && ++commas <= 3))
                continue;
            if (e->type == E_TITLE) {
                /* the subject's own post before: his apposition, or the
                 * post he leaves ("phân công ông A thôi giữ chức X, về làm
                 * Y") */
                for (size_t q = 0; q < x->nrl && !own; q++)
                    own = x->rl[q].title == k && x->rl[q].person == rl->person;
                if (own)
                    ex_move_from_post(x, k, ti, rl->person, (size_t)-1, rl->status);
                continue;
            }
            if (e->type == E_NAME && (e->person == rl->person || e->pronoun)) {
                own = true;
                ex_move_from_post(x, k + 1, ti, rl->person, k, rl->status);
                if ((rl->status == ST_APPOINTED || rl->status == ST_CURRENT) &&
                    ex_when_before(x, e->ts))
                    rl->status = ST_FORMER;
            }
            break;
        }
        if (!own)
            rl->dropped = 1;
    }
}

/* A post the sentence's holder moves from: "Từ Giám đốc Sở Y tế, ông A
 * được bầu làm Phó Chủ tịch UBND tỉnh" — the post right after "từ" (or
 * "từ một", "từ vị trí / chức vụ / cương vị"), held as read, is left when
 * the same person takes a post later in the sentence: ended beside an
 * appointment, former beside a past one (session 19).  "nhận thư từ Thủ
 * tướng A" changes nothing: A takes no post after it. */
static void ex_rule_moved_from(ex *x)
{
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        const el *t = &x->el[rl->title];
        if (rl->status != ST_CURRENT || t->cued || t->ts < 1)
            continue;
        size_t q = t->ts - 1;
        if (q >= 1 &&
            (ex_is(x, q, "một") || ex_is(x, q, "trí") || ex_is(x, q, "vụ") || ex_is(x, q, "vị")))
            q -= (ex_is(x, q, "một") ? 1 : (q >= 2 ? 2 : 0));
        if (!ex_is(x, q, "từ") ||
            (q + 1 < t->ts &&
             !(ex_is(x, q + 1, "một") || (ex_is(x, q + 1, "vị") && ex_is(x, q + 2, "trí")) ||
               (ex_is(x, q + 1, "chức") && ex_is(x, q + 2, "vụ")) ||
               (ex_is(x, q + 1, "cương") && ex_is(x, q + 2, "vị")))))
            continue;
        uint8_t to = ST_CURRENT;
        for (size_t r2 = 0; r2 < x->nrl && to == ST_CURRENT; r2++) {
            const role *b = &x->rl[r2];
            if (r2 == r || b->person != rl->person || b->title <= rl->title ||
                (b->status != ST_APPOINTED && b->status != ST_FORMER))
                continue;
            bool same = true;
            for (size_t k = rl->title + 1; k < b->title && same; k++)
                same = x->el[k].type != E_BREAK && x->el[k].type != E_NL;
            if (same)
                to = b->status == ST_APPOINTED ? (uint8_t)ST_ENDED : (uint8_t)ST_FORMER;
        }
        if (to != ST_CURRENT)
            rl->status = to;
    }
}

/* A post held through a bare "giữ chức" (no appointing cue before it in
 * its sentence: ex_bare_holding) right after "hiện", "đang", "vẫn" or
 * "tiếp tục" is held, not taken: "Hiện ông A giữ chức Chủ tịch UBND
 * huyện", "ông B vẫn giữ chức Giám đốc" — current.  (A bare "A giữ chức
 * B" is most often the news of the appointment: "[Ông A giữ chức Bí thư
 * Thành ủy TP Hồ Chí Minh]".) */
static void ex_rule_bare_holding(ex *x)
{
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        if (rl->status != ST_APPOINTED || !ex_bare_holding(x, rl->title))
            continue;
        /* (the cue heads the chain: "giữ cương vị Phó Bí thư Tỉnh ủy, Chủ
         * tịch UBND tỉnh") */
        size_t h = ex_chain_head(x, rl->title), g = x->el[h].ts;
        /* (or before the holder: "Hiện ông A giữ chức …") */
        if (h > 0 && x->el[h - 1].type == E_NAME && x->el[h - 1].te == g &&
            !(g > 0 && ex_is(x, g - 1, "vẫn")))
            g = x->el[h - 1].ts;
        if (g > 0 && (ex_is(x, g - 1, "hiện") || ex_is(x, g - 1, "đang") ||
                      ex_is(x, g - 1, "vẫn") || ex_is(x, g - 1, "nay") ||
                      (ex_is(x, g - 1, "tục") && g > 1 && ex_is(x, g - 2, "tiếp"))))
            rl->status = ST_CURRENT;
        /* held in the past: "người đã giữ chức Bộ trưởng … trong 10 năm";
         * "khi ông A giữ chức Chủ tịch UBND tỉnh", "trong thời gian (ông A)
         * giữ cương vị …" (a `when` cue before the holder or the cue) —
         * former */
        else if ((g > 0 && ex_is(x, g - 1, "đã") && !(g > 1 && ex_is(x, g - 2, "nay"))) ||
                 ex_when_before(x, g) || ex_event_clause_before(x, g))
            rl->status = ST_FORMER;
    }
}

/* The years of a life span in parentheses from token k (after the '('):
 * "(1907 - 1988)", "(9/2/1907 – 9/2/2017)", "(1917-2017)"; false unless
 * both years are there, the second not before the first. */
static bool ex_life_span(const ex *x, size_t k, int *y1, int *y2)
{
    int y[2] = {0, 0};
    for (int i = 0; i < 2; i++) {
        /* "D/M/" before the year */
        if (k + 4 < x->ntok && x->tok[k].digit && x->tok[k].e - x->tok[k].s <= 2 &&
            x->tok[k + 1].type == T_PUNCT && x->tok[k + 1].p == '/' && x->tok[k + 2].digit &&
            x->tok[k + 3].type == T_PUNCT && x->tok[k + 3].p == '/')
            k += 4;
        if (k >= x->ntok || x->tok[k].type != T_WORD || !x->tok[k].digit ||
            x->tok[k].e - x->tok[k].s != 4)
            return false;
        y[i] = atoi(x->t->w + x->tok[k].s);
        if (y[i] < 1800 || y[i] > 2100)
            return false;
        k++;
        if (i == 0 && !(k < x->ntok && x->tok[k].type == T_PUNCT && x->tok[k].p == '-'))
            return false;
        k++;
    }
    if (!(k - 1 < x->ntok && x->tok[k - 1].type == T_PUNCT && x->tok[k - 1].p == ')') ||
        y[1] < y[0])
        return false;
    *y1 = y[0];
    *y2 = y[1];
    return true;
}

/* Whether the words before token p read "<N> năm ngày sinh" with N of 80
 * or more (the birth of a person of history: "kỷ niệm 100 năm ngày sinh
 * đồng chí A"); "ngày sinh" may open the post at p itself. */
static bool ex_old_birthday_before(const ex *x, size_t p)
{
    size_t q = p;
    if (!(ex_is(x, q, "ngày") && ex_is(x, q + 1, "sinh"))) {
        if (q < 2 || !ex_is(x, q - 2, "ngày") || !ex_is(x, q - 1, "sinh"))
            return false;
        q -= 2;
    }
    if (q < 2 || !ex_is(x, q - 1, "năm") || !x->tok[q - 2].digit ||
        x->tok[q - 2].e - x->tok[q - 2].s > 3)
        return false;
    return atoi(x->t->w + x->tok[q - 2].s) >= 80;
}

/* A person the article tells is dead, or a person of history, holds no
 * post at its date: every post the article gives that person is former
 * ("Đồng chí Phan Trọng Tuệ làm Bí thư Tỉnh ủy Sơn Tây khi đồng chí mới 23
 * tuổi" in an article for the hundredth year of his birth).  Told by
 * - a death after the name or its postfix chain ("Đồng chí A, nguyên Bộ
 *   trưởng …, đã từ trần", "… qua đời", "… tạ thế": status.tsv `after`
 *   cues ending in "qua đời", "từ trần", "tạ thế");
 * - "cố" opening a post of the person ("cố Tổng Bí thư Trường Chinh");
 * - a life span after the name (25 years or more, not after the article's
 *   year: "A (1907 - 1988)"), or a birth 80 years or more before the
 *   article ("(9/2/1907 – 9/2/2017)");
 * - "<N> năm ngày sinh" with N of 80 or more before the name or its posts.
 * A post ended as news ("vừa từ trần") stays ended. */
static void ex_rule_deceased(ex *x)
{
    if (!x->nrl || !x->npp)
        return;
    uint8_t *dead = NULL;
    int ref = -1;
    for (size_t i = 0; i < x->nel; i++) {
        const el *e = &x->el[i];
        int32_t who = -1;
        if (e->type == E_CUE && e->where == 3 && i > 0 && e->te >= 2 &&
            ((ex_is(x, e->te - 2, "qua") && ex_is(x, e->te - 1, "đời")) ||
             (ex_is(x, e->te - 2, "từ") && ex_is(x, e->te - 1, "trần")) ||
             (ex_is(x, e->te - 2, "tạ") && ex_is(x, e->te - 1, "thế")))) {
            size_t j;
            bool passive;
            size_t ni = ex_after_holder(x, i, &j, &passive);
            if (ni != (size_t)-1 && !x->el[ni].pronoun)
                who = x->el[ni].person;
        } else if (e->type == E_NAME && e->person >= 0 && !e->pronoun) {
            /* the prefix chain before the name: "cố" or an old birthday
             * before its first post */
            size_t b = i;
            while (b > 0 && (x->el[b - 1].type == E_TITLE || ex_joiner(x, b - 1)) && b + 8 > i)
                b--;
            while (b < i && x->el[b].type != E_TITLE && b + 1 < i)
                b++;
            size_t p = x->el[b].ts;
            bool hist = ex_old_birthday_before(x, p) || ex_old_birthday_before(x, e->ts);
            for (size_t t = b; t < i && !hist; t++)
                hist = x->el[t].type == E_TITLE && x->el[t].cued && x->el[t].rs > x->el[t].ts &&
                       ex_is(x, x->el[t].ts, "cố");
            int y1, y2;
            if (!hist && i + 1 < x->nel && x->el[i + 1].type == E_OPEN &&
                ex_life_span(x, x->el[i + 1].te, &y1, &y2)) {
                if (ref < 0)
                    ref = x->ayear ? x->ayear : ex_month_latest(x);
                /* a life is 25 years or more (a term in office far less:
                 * "Nguyễn Văn A (2010-2015)" in a list of a post's holders) */
                hist = (y2 - y1 >= 25 && (!ref || y2 <= ref)) || (ref && ref - y1 >= 80);
            }
            if (hist)
                who = e->person;
        }
        if (who < 0 || (size_t)who >= x->npp)
            continue;
        if (!dead && !(dead = calloc(x->npp, 1))) {
            x->oom = true;
            return;
        }
        dead[who] = 1;
    }
    for (size_t r = 0; dead && r < x->nrl; r++) {
        role *rl = &x->rl[r];
        if (rl->person >= 0 && dead[rl->person] && rl->status != ST_ENDED)
            rl->status = ST_FORMER;
    }
    free(dead);
}

/* An appointment the sentence negates or holds back ("Sở Y tế tạm dừng
 * việc bổ nhiệm lại ông A giữ chức vụ Giám đốc Bệnh viện …", "chưa bổ
 * nhiệm", "không bầu ông B làm …"): no change happens, the post stays as it
 * was — current.  The nearest appointing clause cue before the post in its
 * sentence (16 words at most), with "không", "chưa", "dừng", "ngừng" or
 * "hoãn" ("tạm dừng", "tạm hoãn") right before it ("việc" may stand
 * between). */
static void ex_rule_negated_changes(ex *x)
{
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        if (rl->status != ST_APPOINTED)
            continue;
        size_t ts = x->el[rl->title].ts;
        for (size_t k = ts; k-- > 0 && k + 16 > ts;) {
            const tok *w = &x->tok[k];
            if (w->type == T_NL || (w->type == T_PUNCT && (w->p == '.' || w->p == ';')))
                break;
            const lx_entry *c = NULL;
            if (!ex_word(x, k) || !ex_phrase(x, k, LX_STATUS, &c) || c->cue_pos != 1 ||
                c->status != ST_APPOINTED)
                continue;
            size_t q = k;
            if (q > 0 && ex_is(x, q - 1, "việc"))
                q--;
            if (q > 0 &&
                (ex_is(x, q - 1, "không") || ex_is(x, q - 1, "chưa") || ex_is(x, q - 1, "dừng") ||
                 ex_is(x, q - 1, "ngừng") || ex_is(x, q - 1, "hoãn")))
                rl->status = ST_CURRENT;
            break;
        }
    }
}

/* Whether tokens [s, e) hold a bare "đồng chí" (no name after it) or an
 * unresolved "ông" / "bà": the clause's subject, named elsewhere. */
static bool ex_bare_subject(const ex *x, size_t s, size_t e)
{
    for (size_t q = s; q + 1 < e; q++)
        if (ex_is(x, q, "đồng") && ex_is(x, q + 1, "chí") &&
            !(q + 2 < x->ntok && ex_word(x, q + 2) && x->tok[q + 2].cap))
            return true;
    for (size_t q = s; q < e; q++)
        if ((x->tok[q].h == x->h_ong || x->tok[q].h == x->h_ba) && !x->tok[q].cap &&
            !(q + 1 < x->ntok && ex_word(x, q + 1) && x->tok[q + 1].cap))
            return true;
    return false;
}

/* Whether the clause after the post at element k (past its chain and the
 * first comma) opens with a bare "đồng chí" or an unresolved "ông" / "bà":
 * "trên cương vị quyền Tổng Bí thư, đồng chí đã …". */
static bool ex_bare_subject_after(const ex *x, size_t k)
{
    size_t j = k + 1;
    while (j + 1 < x->nel && ex_joiner(x, j) && x->el[j + 1].type == E_TITLE)
        j += 2;
    if (j + 1 >= x->nel || x->el[j].type != E_COMMA)
        return false;
    size_t q = x->el[j + 1].ts;
    return ex_bare_subject(x, q, q + 2 < x->ntok ? q + 2 : x->ntok);
}

/* Career timelines: every post of the clause after a period ("8/2007-
 * 6/2010: Ủy viên Trung ương Đảng, Phó Thủ tướng …") is held over that
 * period by the person the clause names, else by the article's subject
 * (its most mentioned person); "former" unless the period runs to "nay". */
/* Whether the ';' at element c goes on a list of posts: "Từ năm 1961 -
 * 1974, đồng chí A là Ủy viên Ban chấp hành Trung ương Đảng …; Đại biểu
 * Quốc hội từ khóa II đến khóa VI; Bộ trưởng Bộ Giao thông vận tải; …" — a
 * post follows it, and no name before the next ';' or full stop (a post
 * before a name is that name's). */
static bool ex_semi_list(const ex *x, size_t c)
{
    if (c + 1 >= x->nel || x->el[c + 1].type != E_TITLE)
        return false;
    for (size_t k = c + 1; k < x->nel; k++) {
        int ty = x->el[k].type;
        if (ty == E_SEMI || ty == E_BREAK || ty == E_NL || ty == E_RANGE)
            return true;
        if (ty == E_NAME)
            return false;
    }
    return true;
}

/* Whether the clause after a dated opening at token k ("Năm 2010, Việt
 * Nam …") has a state or a place as its subject: a capitalised country or
 * place of countries.tsv / lookalikes.tsv right after the comma. */
static bool ex_state_subject(const ex *x, size_t k)
{
    if (k < x->ntok && x->tok[k].type == T_PUNCT && x->tok[k].p == ',')
        k++;
    return ex_word(x, k) && x->tok[k].cap && ex_phrase(x, k, LX_COUNTRY | LX_LOOKALIKE, NULL) > 0;
}

static bool ex_held_to_now(const ex *x, size_t e);

/* The object of an active appointing cue before the post at element k:
 * "bổ nhiệm / bầu / điều động ông A làm / giữ chức POST", the clause cue,
 * the name and the post's links next to each other.  Returns the name's
 * element and sets *cue to the cue's, or returns 0 (session 23). */
static size_t ex_active_object(const ex *x, size_t k, size_t *cue)
{
    size_t j = k;
    while (j > 0 && x->el[j - 1].type == E_CUE && x->el[j - 1].where == 2 &&
           x->el[j - 1].te == x->el[j].ts)
        j--;
    if (j == k || j < 2)
        return 0;
    const el *n = &x->el[j - 1], *c = &x->el[j - 2];
    if (n->type != E_NAME || n->person < 0 || n->pronoun || n->te != x->el[j].ts ||
        c->type != E_CUE || c->where != 1 || c->te != n->ts ||
        (c->status != ST_APPOINTED && c->status != ST_ENDED))
        return 0;
    *cue = j - 2;
    return j - 1;
}

/* Whether the post at element k opens a name other than person who, right
 * after it with no link or cue before the post: "Năm 2017, Bộ Y tế cử ông
 * A làm việc với Giám đốc Bệnh viện B Lê Văn C" (C's post, not A's;
 * session 23). */
static bool ex_opens_other_name(const ex *x, size_t k, int32_t who)
{
    if (k + 1 >= x->nel)
        return false;
    const el *t = &x->el[k], *n = &x->el[k + 1];
    if (n->type != E_NAME || n->person < 0 || n->pronoun || n->person == who || n->ts != t->te ||
        t->cued)
        return false;
    return !(k > 0 && x->el[k - 1].type == E_CUE && x->el[k - 1].te == t->ts);
}

/* The subject of an appointing cue in a dated sentence when it is not the
 * sentence's first name (element w): a later name right before the cue
 * chain of the post at element k, not listed with w ("Năm 2010, ông A cho
 * biết ông B được bầu làm …": B's post; not the agent of a passive after
 * "được" / "bị").  Returns that name's element, or 0 (session 21). */
static size_t ex_timeline_cued_name(const ex *x, size_t w, size_t k)
{
    size_t c = ex_cue_chain_start(x, k);
    size_t ac, ao = ex_active_object(x, k, &ac);
    /* the object of an active cue: "Năm 2017, Bộ trưởng A bổ nhiệm ông B
     * làm …" (B's post; session 23) */
    if (ao > w && x->el[ao].person != x->el[w].person)
        return ao;
    /* a later name held to the post by links alone: "Tháng 5/2017, ông A
     * bàn giao công việc cho ông B làm Giám đốc Sở Y tế" (B's, not the
     * giver's; session 25) */
    if (c == (size_t)-1) {
        size_t j = k;
        while (j > 0 && x->el[j - 1].type == E_CUE && x->el[j - 1].where == 2 &&
               x->el[j - 1].te == x->el[j].ts)
            j--;
        if (j < k)
            c = j;
    }
    if (c == (size_t)-1 || c <= w + 1)
        return 0;
    size_t m = c - 1;
    const el *n = &x->el[m];
    if (n->type != E_NAME || n->person < 0 || n->pronoun || n->person == x->el[w].person ||
        n->te != x->el[c].ts)
        return 0;
    /* the agent of a passive ("ông A được Bộ trưởng khi đó là ông B bổ
     * nhiệm làm …": A's post) */
    for (size_t t = x->el[w].te; t < n->ts; t++)
        if (ex_is(x, t, "được") || ex_is(x, t, "bị"))
            return 0;
    /* listed with w: names joined by "và" or commas back to it */
    size_t q = m;
    while (q >= 2 && (x->el[q - 1].type == E_AND || x->el[q - 1].type == E_COMMA) &&
           x->el[q - 2].type == E_NAME && x->el[q - 2].te == x->el[q - 1].ts &&
           x->el[q - 1].te == x->el[q].ts)
        q -= 2;
    return q <= w ? 0 : m;
}

/* The status of the post at element k in a sentence dated by the point at
 * element i, when the date is in the article's own year and a clause
 * cue's chain right before the post tells a change ("Năm 2017, ông A được
 * bổ nhiệm làm …", "Tháng 3/2017, bà B được bầu làm …"): that change, as
 * the same sentence undated has it; else st (session 22). */
static uint8_t ex_own_year_change(const ex *x, size_t i, size_t k, uint8_t st)
{
    if (!x->el[i].point || !x->ayear || x->el[i].from.year != x->ayear)
        return st;
    size_t c = ex_cue_chain_start(x, k);
    /* the active voice, the body or person appointing before the name:
     * "Năm 2017, Bộ Y tế bổ nhiệm ông A làm …" (session 23) */
    if (c == (size_t)-1 || c >= k)
        (void)ex_active_object(x, k, &c);
    if (c == (size_t)-1 || c >= k)
        return st;
    uint8_t cs = x->el[c].status;
    return cs == ST_APPOINTED || cs == ST_ENDED ? cs : st;
}

static void ex_rule_timeline(ex *x)
{
    int32_t subject = -1;
    int latest = -1;
    int *count = NULL;
    for (size_t i = 0; i < x->nel; i++) {
        if (x->el[i].type != E_RANGE)
            continue;
        if (!count) {
            subject = ex_main_person(x, &count);
            if (!count)
                return;
        }
        if (latest < 0) {
            latest = 0; /* the latest year of a dated sentence or period */
            for (size_t k = 0; k < x->nel; k++)
                if (x->el[k].type == E_RANGE) {
                    if (x->el[k].from.year > latest)
                        latest = x->el[k].from.year;
                    if (x->el[k].to.year > latest)
                        latest = x->el[k].to.year;
                }
            /* an article with no date of its own: the latest month it
             * names is no later than it */
            if (!x->ayear && ex_month_latest(x) > latest)
                latest = x->mlatest;
        }
        size_t end = i + 1;
        int32_t who = -1;
        size_t who_el = 0;
        while (end < x->nel && x->el[end].type != E_NL && x->el[end].type != E_BREAK &&
               (x->el[end].type != E_SEMI || ex_semi_list(x, end)) && x->el[end].type != E_RANGE) {
            if (x->el[end].type == E_NAME && x->el[end].person >= 0 && who < 0 &&
                !ex_era_holder(x, end)) {
                who = x->el[end].person;
                who_el = end;
            }
            end++;
        }
        /* "Năm 2010, Việt Nam … trên cương vị Chủ tịch ASEAN": a clause
         * whose subject is a state holds its posts itself, nobody's */
        if (who < 0 && ex_state_subject(x, x->el[i].te))
            continue;
        if (who < 0) {
            who = subject;
            who_el = i;
        }
        if (who < 0)
            continue;
        /* (a term running past the article's year is being served:
         * "Giai đoạn 2015-2020, ông A giữ chức …" in 2017) */
        uint8_t st = x->el[i].to.prec == PDATE_NONE ||
                             (!x->el[i].point && x->ayear && x->el[i].to.year > x->ayear)
                         ? ST_CURRENT
                         : ST_FORMER;
        if (x->el[i].point) {
            /* a dated sentence gives a start only when it tells a change:
             * "Năm 2010, bà Thoa được bổ nhiệm làm Thứ trưởng …"; "Năm 2017,
             * Thủ tướng … yêu cầu" dates nothing */
            bool change = false;
            for (size_t k = i + 1; k < end && !change; k++)
                change = x->el[k].type == E_CUE || (x->el[k].type == E_TITLE && x->el[k].cued);
            if (!change)
                continue;
            /* a change told long before the article, or before a later
             * dated change, is history: "Năm 1979, ông Nguyễn Thiện Luân về
             * làm Phó Tổng giám đốc …" (then "Tháng 3-1983, …") */
            int y = x->el[i].from.year;
            st = (x->ayear && y < x->ayear - 1) || y < latest ? ST_FORMER : ST_CURRENT;
        }
        for (size_t k = i + 1; k < end; k++) {
            el *t = &x->el[k];
            if (t->type != E_TITLE || t->owned)
                continue;
            /* the agent's post of a passive ("Năm 2015, ông A được Bộ
             * trưởng Công thương khi đó là ông B bổ nhiệm …") is the
             * agent's: left to the prefix and holders rules */
            if (ex_passive_agent(x, k) != (size_t)-1 || ex_passive_unnamed(x, k))
                continue;
            /* the post that names an era ("dưới thời Chủ tịch A") is its
             * holder's: left to the prefix rule */
            if (ex_era_before(x, t->ts))
                continue;
            /* the post that opens another name is that name's: "Năm 2010,
             * ông A gặp Bộ trưởng Bộ Y tế B và được bổ nhiệm …" (left to
             * the prefix rule) */
            if (ex_opens_other_name(x, k, who))
                continue;
            int32_t who_k = who;
            size_t who_el_k = who_el;
            size_t near = who_el != i && who_el < k ? ex_timeline_cued_name(x, who_el, k) : 0;
            if (near) {
                who_k = x->el[near].person;
                who_el_k = near;
            } else if (who_el != i && (who_el < k ? ex_not_subject_before(x, who_el, k)
                                                  : ex_subject_after(x, k) != who_el)) {
                /* the clause's name is not the post's subject: the object of
                 * a later clause ("Năm 1940, … đồng chí … được cử làm quyền
                 * Tổng Bí thư, là người trực tiếp đón Nguyễn Ái Quốc về
                 * nước"), or the subject of a time clause before it ("Năm
                 * 1941, khi lãnh tụ Nguyễn Ái Quốc về nước, trên cương vị
                 * quyền Tổng Bí thư, đồng chí …").  The post is the
                 * article's subject's when a bare "đồng chí" or pronoun is
                 * the clause's subject (before the post, or opening the
                 * clause after it) and not the rejected name, else
                 * nobody's. */
                if (subject < 0 || subject == who ||
                    !(ex_bare_subject(x, x->el[i].te, t->ts) || ex_bare_subject_after(x, k)))
                    continue;
                who_k = subject;
                who_el_k = i;
            }
            t->owned = 1;
            if (!ex_grow(x, (void **)&x->rl, &x->caprl, x->nrl, sizeof *x->rl))
                break;
            size_t s0 = who_el_k < k ? x->el[who_el_k].ts : x->el[i].ts;
            /* a change told as history is a former post: "Năm 2015, khi ông
             * … thôi làm Bí thư Tỉnh ủy", "Năm 1979, ông … được bổ nhiệm …" */
            uint8_t st2 = t->cued ? t->status : st;
            /* over a period, "giữ chức" / "làm" tells the holding, not the
             * taking: "Từ năm 2010 đến 2015, ông A giữ chức Giám đốc Sở …"
             * is former, "… đến nay, …" current */
            if (!x->el[i].point && st2 == ST_APPOINTED)
                st2 = st;
            else if (x->el[i].point && st == ST_FORMER && (st2 == ST_ENDED || st2 == ST_APPOINTED))
                st2 = ST_FORMER;
            /* a change dated in an earlier year than the article's is
             * background, no news: "Tháng 6/2016, ông … được bổ nhiệm làm
             * Giám đốc Sở …" in 2017 (still held), "… thôi giữ chức …" */
            else if (x->el[i].point && x->ayear && x->el[i].from.year < x->ayear &&
                     st2 == ST_APPOINTED)
                st2 = ST_CURRENT;
            else if (x->el[i].point && x->ayear && x->el[i].from.year < x->ayear && st2 == ST_ENDED)
                st2 = ST_FORMER;
            /* "Năm 2017, ông A được bổ nhiệm làm Giám đốc Sở …" in a 2017
             * article: a change of the article's own year, told through a
             * clause cue and a link, is the news it is undated */
            else if (st2 == ST_CURRENT)
                st2 = ex_own_year_change(x, i, k, st2);
            /* "Năm 2008, bà A được bầu giữ chức Chủ tịch MTTQ xã … và
             * đương chức đến nay": taken then, held now */
            if (x->el[i].point && (st2 == ST_FORMER || st2 == ST_APPOINTED) &&
                ex_held_to_now(x, t->te))
                st2 = ST_CURRENT;
            x->rl[x->nrl++] =
                (role){who_k, (int32_t)i, (uint32_t)k, x->tok[s0].s, x->tok[t->te - 1].e, st2, 0};
        }
    }
    free(count);
}

/* ---- output ---------------------------------------------------------- */

/* The text of tokens [s, e) with white space collapsed, in the result's
 * arena (a null string when empty or out of memory: x->oom). */
static tx_str ex_text_with(ex *x, size_t s, size_t e, size_t cs, size_t ce);
static tx_str ex_text_run(ex *x, size_t s, size_t e);

/* The text of tokens [s, e), a body's own abbreviation in parentheses
 * inside it left out (ex_paren_abbr: "Hiệu trưởng trường Đại học Sư phạm Hà
 * Nội" for "… Sư phạm (ĐHSP) Hà Nội"). */
static tx_str ex_text(ex *x, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (x->tok[k].paren_abbr) {
            size_t m = k;
            while (m < e && x->tok[m].paren_abbr)
                m++;
            if (k > s && m < e)
                return ex_text_with(x, s, k, m, e);
            break;
        }
    return ex_text_run(x, s, e);
}

static tx_str ex_text_run(ex *x, size_t s, size_t e)
{
    tx_str r = {NULL, 0};
    if (e <= s)
        return r;
    size_t a = x->tok[s].s, b = x->tok[e - 1].e;
    char *buf = tx_result_alloc(x->res, b - a + 1);
    if (!buf) {
        x->oom = true;
        return r;
    }
    size_t o = 0;
    bool sp = false;
    const unsigned char *w = (const unsigned char *)x->t->w;
    for (size_t k = a; k < b;) {
        unsigned char c = w[k];
        if (c == ' ' || c == '\n') {
            sp = true;
            k++;
            continue;
        }
        if (sp && o)
            buf[o++] = ' ';
        sp = false;
        /* en and em dashes as '-' ("Sở Tài nguyên – Môi trường") */
        if (c == 0xE2 && k + 2 < b && w[k + 1] == 0x80 && (w[k + 2] == 0x93 || w[k + 2] == 0x94)) {
            buf[o++] = '-';
            k += 3;
            continue;
        }
        /* the run up to the next space, line end or dash, copied whole */
        size_t end = k + 1;
        while (end < b && w[end] != ' ' && w[end] != '\n' && w[end] != 0xE2)
            end++;
        memcpy(buf + o, w + k, end - k);
        o += end - k;
        k = end;
    }
    buf[o] = '\0';
    /* valid UTF-8: the working text is (norm_text_checked), and only
     * whole characters were dropped or replaced */
    r.s = buf;
    r.len = o;
    return r;
}

/* Whether post a (element) is a shorter form of post b: its syllables are
 * a proper prefix of b's ("Thủ tướng" of "Thủ tướng Chính phủ", "Bí thư
 * Thành ủy" of "Bí thư Thành ủy TP.HCM"). */
static bool ex_post_prefix(const ex *x, const el *a, const el *b)
{
    size_t na = a->te - a->rs, nb = b->te - b->rs;
    if (na >= nb)
        return false;
    for (size_t k = 0; k < na; k++)
        if (x->tok[a->rs + k].h != x->tok[b->rs + k].h)
            return false;
    return true;
}

/* Whether a post's body tokens [s, e) name a place only: a place prefix and
 * its name ("tỉnh Yên Bái", "TP Hà Nội"), a look-alike ("Hà Tĩnh"), or a
 * city written with its prefix ("TP.HCM"). */
static bool ex_place_only(const ex *x, size_t s, size_t e)
{
    if (s >= e || x->tok[s].type != T_WORD || !x->tok[s].cap)
        return false;
    const char *w = x->t->w + x->tok[s].s;
    if (e == s + 1 && x->tok[s].e - x->tok[s].s > 3 && (w[0] == 'T') && (w[1] | 32) == 'p' &&
        w[2] == '.')
        return true;
    if (ex_phrase(x, s, LX_PLACE | LX_LOOKALIKE, NULL) == 0)
        return false;
    return ex_skip_place(x, s) == e;
}

/* Whether post a (element) names by its place only the body post b names
 * whole, with the same head, for one person: "Bí thư TP.HCM" of "Bí thư
 * Thành ủy TP.HCM", "Phó bí thư TP.HCM" of "Phó bí thư Thành ủy" (b's body
 * a body word, then a's place or nothing).  The short form refers back. */
static bool ex_post_place_short(const ex *x, const el *a, const el *b)
{
    size_t ha = a->re - a->rs, hb = b->re - b->rs;
    if (ha != hb || a->te <= a->re || b->te <= b->re)
        return false;
    for (size_t k = 0; k < ha; k++)
        if (x->tok[a->rs + k].h != x->tok[b->rs + k].h)
            return false;
    if (!ex_place_only(x, a->re, a->te))
        return false;
    /* b: one body word, then a's place or nothing */
    const lx_entry *e = NULL;
    int on = ex_phrase(x, b->re, LX_ORG, &e);
    if (!on)
        return false;
    size_t rest = b->re + (size_t)on, na = a->te - a->re;
    if (rest == b->te)
        return true;
    if (b->te - rest != na)
        return false;
    for (size_t k = 0; k < na; k++)
        if (x->tok[a->re + k].h != x->tok[rest + k].h)
            return false;
    return true;
}

/* Fold the words of an expansion ("Kế hoạch và Đầu tư") into a canonical
 * hash as ex_canon_hash does with the text's words. */
/* The canonical words of a post, in order, when a caller wants them. */
typedef struct canon_sink {
    uint64_t w[16];
    size_t n;
} canon_sink;

static void ex_canon_push(canon_sink *sink, uint64_t w)
{
    if (sink && sink->n < sizeof sink->w / sizeof sink->w[0])
        sink->w[sink->n++] = w;
}

static uint64_t ex_canon_fold(const ex *x, uint64_t h, const char *s, uint64_t *last,
                              canon_sink *sink)
{
    size_t len = strlen(s), i = 0;
    while (i < len) {
        size_t e = lexicon_word_end(s, len, i);
        if (e == i) {
            i++;
            continue;
        }
        uint64_t w = norm_hash_syllable(s + i, e - i);
        if (w != x->lx->h_va) {
            h = norm_hash_combine(h, w), *last = w;
            ex_canon_push(sink, w);
        }
        i = e;
    }
    return h;
}

/* Canonical hash of a post's label, computed on its tokens the way
 * tx_canonical_key compares labels: abbreviations expanded
 * (abbreviations.tsv, as written: "KH-ĐT", "VH,TT&DL"), marks and "và"
 * left out, "tỉnh X" / "thành phố X" as X, "Bộ" after a ministerial head
 * ("Bộ trưởng Quốc phòng" = "Bộ trưởng Bộ Quốc phòng").  No allocation:
 * an abbreviation is looked up only at an all-caps word. */
static uint64_t ex_canon_hash(const ex *x, const el *t, canon_sink *sink)
{
    /* (hashed once, at the lexicon's load) */
    const uint64_t h_bo = x->lx->h_bo, h_tinh = x->lx->h_tinh, h_thanh = x->lx->h_thanh,
                   h_pho = x->lx->h_phos;
    uint64_t h = 0, last = 0;
    const lx_entry *he = NULL;
    size_t hn = t->re - t->rs;
    if (hn >= 1 && hn <= 8)
        he = lexicon_find(x->lx, ex_seq_hash(x, t->rs, t->te > t->re ? t->re : t->te), (int)hn);
    /* "Phó Chủ tịch UBND tỉnh Đồng Nai" = "phó chủ tịch tỉnh Đồng Nai": a
     * people's committee (body_kinds.tsv "executive", or its abbreviation)
     * right after the head and before a word is left out — its chair is
     * the "Chủ tịch tỉnh" */
    size_t re = t->re, skip = t->re;
    if (t->re + 1 < t->te && ex_word(x, t->re)) {
        const tok *c = &x->tok[t->re];
        size_t u = 0;
        const lx_entry *ce = NULL;
        int cn = ex_phrase(x, t->re, LX_ORG, &ce);
        if (cn && (ce->kinds & LX_BODY_EXECUTIVE))
            u = (size_t)cn;
        else if (c->allcaps) {
            unsigned char b0 = (unsigned char)x->t->w[c->s];
            for (size_t g = x->lx->abbr_start[b0]; g < x->lx->abbr_start[b0 + 1] && !u; g++) {
                const lx_pair *a = &x->lx->abbr[x->lx->abbr_order[g]];
                if (a->flen == c->e - c->s && !memcmp(a->from, x->t->w + c->s, a->flen)) {
                    canon_sink as = {.n = 0};
                    uint64_t l2 = 0, ah = ex_canon_fold(x, 0, a->to, &l2, &as);
                    const lx_entry *ae =
                        as.n && as.n <= 8 ? lexicon_find(x->lx, ah, (int)as.n) : NULL;
                    if (ae && (ae->kinds & LX_BODY_EXECUTIVE))
                        u = 1;
                }
            }
        }
        if (u && t->re + u < t->te && ex_word(x, t->re + u))
            skip = re = t->re + u;
    }
    for (size_t k = t->rs; k < t->te; k++) {
        const tok *w = &x->tok[k];
        if (w->type != T_WORD || w->h == x->lx->h_va || (k >= t->re && k < skip) || w->paren_abbr)
            continue;
        if (k == t->re && he && (he->kinds & LX_MINISTERIAL) && w->h == h_bo)
            continue;
        if (w->h == h_tinh && k + 1 < t->te && ex_word(x, k + 1) && k != re)
            continue;
        if (w->h == h_thanh && k + 2 < t->te && x->tok[k + 1].h == h_pho && ex_word(x, k + 2)) {
            k++;
            continue;
        }
        if (w->allcaps || (w->cap && w->e - w->s <= 3)) {
            /* the longest abbreviation written here, its parts glued by
             * '-', '&', ',' or '.' ("VH,TT&DL", "TP.HCM") */
            size_t m = k, best = 0;
            const char *rep = NULL;
            for (size_t q = k; q < t->te && q < k + 7; q++) {
                if (q > k && x->tok[q].s != x->tok[q - 1].e)
                    break;
                if (x->tok[q].type != T_WORD)
                    continue;
                size_t len = x->tok[q].e - w->s;
                unsigned char b0 = (unsigned char)x->t->w[w->s];
                for (size_t g = x->lx->abbr_start[b0]; g < x->lx->abbr_start[b0 + 1]; g++) {
                    const lx_pair *a = &x->lx->abbr[x->lx->abbr_order[g]];
                    if (a->flen == len && !memcmp(a->from, x->t->w + w->s, len) && len > best) {
                        best = len, m = q, rep = a->to;
                    }
                }
            }
            if (rep) {
                uint64_t l2 = 0;
                /* "TP Hà Nội": "thành phố" before a name is left out */
                uint64_t hx = ex_canon_fold(x, 0, rep, &l2, NULL);
                if (!(hx == norm_hash_combine(norm_hash_combine(0, h_thanh), h_pho) &&
                      m + 1 < t->te && ex_word(x, m + 1)))
                    h = ex_canon_fold(x, h, rep, &last, sink);
                k = m;
                continue;
            }
        }
        h = norm_hash_combine(h, w->h);
        last = w->h;
        ex_canon_push(sink, w->h);
    }
    (void)last;
    return h;
}

/* The calendar of the body a post belongs to (term_numbers.tsv): the
 * first whose words stand in the post's words, abbreviations expanded
 * ("ĐBQH" holds "Quốc hội"); NULL when none. */
static const lx_termcal *ex_post_calendar(const ex *x, const el *t)
{
    canon_sink s = {.n = 0};
    ex_canon_hash(x, t, &s);
    for (size_t c = 0; c < x->lx->ntermcal; c++) {
        const lx_termcal *cal = &x->lx->termcal[c];
        for (size_t i = 0; i + cal->nsyl <= s.n; i++) {
            size_t j = 0;
            while (j < cal->nsyl && s.w[i + j] == cal->syl[j])
                j++;
            if (j == cal->nsyl)
                return cal;
        }
    }
    return NULL;
}

/* Whether the article names a later term than n of the body of cal, not
 * as an election's ("kỳ họp thứ 3, Quốc hội khóa XIV" beside "đại biểu
 * Quốc hội khóa XIII": that term has sat, so the earlier one is over; not
 * "bầu cử đại biểu Quốc hội khóa XV", "ứng cử …": one ahead). */
static bool ex_later_term_named(const ex *x, const lx_termcal *cal, int n)
{
    for (size_t k = cal->nsyl; k + 1 < x->ntok; k++) {
        if (!(ex_is(x, k, "khóa") || ex_is(x, k, "khoá")) || !ex_term_number(x, k + 1))
            continue;
        size_t j = 0;
        while (j < cal->nsyl && x->tok[k - cal->nsyl + j].type == T_WORD &&
               x->tok[k - cal->nsyl + j].h == cal->syl[j])
            j++;
        if (j < cal->nsyl)
            continue;
        size_t b = k - cal->nsyl;
        bool election = false;
        for (size_t q = b; q-- > 0 && q + 4 >= b && !election;)
            election = ex_is(x, q, "cử");
        if (!election &&
            lexicon_term_number(x->t->w + x->tok[k + 1].s, x->tok[k + 1].e - x->tok[k + 1].s) > n)
            return true;
    }
    return false;
}

/* Posts written with their term: when the body's next term had opened by
 * the article's day (term_numbers.tsv), the post is a former one ("Trước
 * đó, đại biểu Quốc hội khóa 13 – bà Bùi Thị An cũng từng đề xuất …" in
 * 2017; "Ông Tâm là đại biểu Quốc hội khóa XIII" in April 2021).  A list
 * of terms ("khóa X, XI, XII") is judged by its last.  The day of
 * reference is the article's (a year or a month alone from its first
 * day), else the first day of the latest year a dated month names; with
 * neither, a later term of the body the article names outside an election
 * ends the post's (ex_later_term_named).  Only posts of a body whose terms are
 * numbered nationally: a people's council's "khóa IX" is its province's. */
static void ex_rule_post_terms(ex *x)
{
    if (!x->lx->ntermcal)
        return;
    int32_t ref = 0;
    bool have_ref = false;
    for (size_t r = 0; r < x->nrl; r++) {
        role *rl = &x->rl[r];
        const el *t = &x->el[rl->title];
        if (rl->range >= 0 || rl->status == ST_FORMER || rl->status == ST_ACTING ||
            t->xe <= t->te ||
            !(ex_is(x, t->te, "khóa") || ex_is(x, t->te, "khoá") || ex_is(x, t->te, "từ")))
            continue;
        size_t q = ex_post_term(x, t->te);
        int n = 0;
        for (size_t k = t->te; k < q; k++)
            if (ex_term_number(x, k))
                n = lexicon_term_number(x->t->w + x->tok[k].s, x->tok[k].e - x->tok[k].s);
        if (n <= 0)
            continue;
        const lx_termcal *cal = ex_post_calendar(x, t);
        if (!cal)
            continue;
        int next = n + 1 - cal->first; /* the next term's opening */
        if (next < 0)
            next = 0;
        if (next >= cal->nopen)
            continue;
        if (!have_ref) {
            have_ref = true;
            int y = x->ayear ? x->ayear : ex_month_latest(x);
            if (y)
                ref = pdate_days_from_civil(y, x->ayear && x->amonth ? x->amonth : 1,
                                            x->ayear && x->amonth && x->aday ? x->aday : 1);
        }
        if (ref ? cal->opened[next] <= ref : ex_later_term_named(x, cal, n))
            rl->status = ST_FORMER;
    }
}

/* Whether the bare post a (a role head, no body) is, written out, the first
 * words of post b: "ĐB" ("đại biểu") of "ĐBQH" ("đại biểu Quốc hội") or
 * of "Đại biểu Quốc hội" for one person; abbreviations expanded as the
 * canonical key does. */
/* A post's canonical words, hashed once per role however many pairs ask
 * (ex_drop_short_posts compares every pair of a person's roles). */
typedef struct canon_memo {
    canon_sink s;
    bool have;
} canon_memo;

static const canon_sink *ex_canon_memo(const ex *x, const el *t, canon_memo *m)
{
    if (!m->have) {
        m->s.n = 0;
        ex_canon_hash(x, t, &m->s);
        m->have = true;
    }
    return &m->s;
}

static bool ex_post_canon_prefix(const ex *x, const el *a, const el *b, canon_memo *ma,
                                 canon_memo *mb)
{
    if (a->te != a->re || b->te - b->rs < 1)
        return false;
    const canon_sink *sa = ex_canon_memo(x, a, ma), *sb = ex_canon_memo(x, b, mb);
    if (!sa->n || sa->n >= sb->n || sb->n >= sizeof sb->w / sizeof sb->w[0])
        return false;
    /* (not of a post written twice, once abbreviated: "… thôi nhiệm vụ
     * đại biểu Quốc hội ĐBQH đối với ông A" is no longer form of "ĐBQH") */
    if (sb->n % 2 == 0 && !memcmp(sb->w, sb->w + sb->n / 2, sb->n / 2 * sizeof sb->w[0]))
        return false;
    for (size_t k = 0; k < sa->n; k++)
        if (sa->w[k] != sb->w[k])
            return false;
    return true;
}

/* Whether the words right before token k ("của") are a kinship word
 * (relations.tsv) or a dependent's (dependents.tsv: "người phát ngôn",
 * "trợ lý", "đặc phái viên"): "… của POST NAME" may then name the
 * dependent, not the post's holder. */
static bool ex_dependent_before(const ex *x, size_t k)
{
    for (size_t n = 1; n <= 4 && n <= k; n++) {
        size_t s = k - n;
        if (!ex_word(x, s))
            return false;
        /* (not the tail of a longer phrase: "tuyên bố của" is a
         * statement, no father's) */
        if (s > 0 && ex_phrase(x, s - 1, ~(uint32_t)LX_PREFIX, NULL) >= 2)
            continue;
        uint64_t h = ex_seq_hash(x, s, k);
        for (size_t r = 0; r < x->lx->ndep; r++)
            if (x->lx->depsyl[r] == n && x->lx->dep[r] == h)
                return true;
        for (size_t r = 0; r < x->lx->nrel; r++)
            if (x->lx->relsyl[r] == n && x->lx->rel[r] == h)
                return true;
    }
    return false;
}

/* A post after a dependent's word and "của" is the employer's (issue 9,
 * session 17): "Ngày 8/6, người phát ngôn của Tổng thống Nga Dmitry Peskov
 * cho biết …" gave Peskov the President's post.  The name after such a
 * post does not hold it when another person of the article holds the same
 * post (canonical words) written elsewhere, at the same time — both
 * former, or neither ("Tổng thống Nga Vladimir Putin"; "Thư ký của cố
 * Tổng thống Roh Moo-hyun" keeps Roh's beside the sitting President) —,
 * nor when "là" links the dependent to the name ("phát ngôn viên của
 * Tổng thống là ông Dmitry Peskov").  With no other holder the post stays
 * the name's: "em trai của Bí thư Tỉnh ủy Yên Bái Phạm Thị Thanh Trà"
 * names the secretary.  A bare post beside one with a state is no match
 * ("Thủ tướng Angela Merkel" beside "Thủ tướng Anh Theresa May"): the
 * state of a bare post is appended later, if at all. */
static __attribute__((noinline)) void ex_drop_dependent_posts(ex *x)
{
    if (!x->lx->ndep)
        return;
    for (size_t r = 0; r < x->nrl; r++) {
        role *a = &x->rl[r];
        const el *t = &x->el[a->title];
        if (a->dropped || a->range >= 0 || t->ts < 2 || !ex_is(x, t->ts - 1, "của") ||
            !ex_dependent_before(x, t->ts - 1))
            continue;
        bool drop = t->te < x->ntok && ex_is(x, t->te, "là");
        uint64_t ka = drop ? 0 : ex_canon_hash(x, t, NULL);
        for (size_t q = 0; !drop && q < x->nrl; q++) {
            const role *b = &x->rl[q];
            const el *v = &x->el[b->title];
            if (q == r || b->dropped || b->person == a->person || b->person < 0 ||
                (b->status == ST_FORMER) != (a->status == ST_FORMER) ||
                (v->ts >= 2 && ex_is(x, v->ts - 1, "của") && ex_dependent_before(x, v->ts - 1)))
                continue;
            drop = ex_canon_hash(x, v, NULL) == ka;
        }
        if (drop)
            a->dropped = 1;
    }
}

/* Whether token k stands in the article's headline: its first line that
 * is not a "# key = value" header (dantri).  The headline is the news
 * itself: "Bổ nhiệm ông A làm Giám đốc Sở Y tế" over a body that names him
 * "ông A, Giám đốc Sở Y tế tỉnh Quảng Nam" (session 19). */
static bool ex_in_headline(const ex *x, size_t k)
{
    size_t q = 0;
    while (q < x->ntok) {
        bool header = x->t->w[x->tok[q].s] == '#';
        size_t e = q;
        while (e < x->ntok && x->tok[e].type != T_NL)
            e++;
        if (!header && e > q)
            return k >= q && k < e;
        q = e + 1;
    }
    return false;
}

/* Drop a person's post when the article also gives the same post in a
 * longer form: the short one refers back to it.  Bounded: people with more
 * than 64 roles (junk) are left alone, so this stays linear. */
static void ex_drop_short_posts(ex *x)
{
    /* group the roles by person (counting sort), then compare within */
    size_t *first = calloc(x->npp + 2, sizeof *first);
    size_t *order = malloc((x->nrl + 1) * sizeof *order);
    if (!first || !order) {
        free(first);
        free(order);
        return;
    }
    for (size_t r = 0; r < x->nrl; r++)
        first[x->rl[r].person + 1]++;
    for (size_t p = 0; p < x->npp; p++)
        first[p + 1] += first[p];
    size_t *fill = calloc(x->npp + 1, sizeof *fill);
    if (!fill) {
        free(first);
        free(order);
        return;
    }
    for (size_t r = 0; r < x->nrl; r++) {
        size_t p = (size_t)x->rl[r].person;
        order[first[p] + fill[p]++] = r;
    }
    uint64_t ck[64];
    for (size_t p = 0; p < x->npp; p++) {
        size_t a0 = first[p], a1 = first[p + 1];
        if (a1 - a0 < 2 || a1 - a0 > 64)
            continue;
        canon_memo cm[64];
        for (size_t i = a0; i < a1; i++)
            cm[i - a0].have = false;
        for (size_t i = a0; i < a1; i++) {
            role *a = &x->rl[order[i]];
            for (size_t j = a0; j < a1 && a->range < 0; j++) {
                role *b = &x->rl[order[j]];
                if (i != j && b->range < 0 &&
                    (ex_post_prefix(x, &x->el[a->title], &x->el[b->title]) ||
                     ex_post_place_short(x, &x->el[a->title], &x->el[b->title]) ||
                     ex_post_canon_prefix(x, &x->el[a->title], &x->el[b->title], &cm[i - a0],
                                          &cm[j - a0]))) {
                    a->dropped = 1;
                    /* the short form, with its body, told as left ("Ông
                     * A, Giám đốc Sở Y tế tỉnh B, … xin thôi giữ chức Giám
                     * đốc Sở", "… bị cách chức Chủ tịch UBND xã") gives the
                     * long one its end, as two spellings do.  An
                     * appointment is not carried: a career line's "được
                     * bổ nhiệm giữ chức Giám đốc Sở … từ tháng 4-2016" or
                     * "trước khi được bổ nhiệm làm Thứ trưởng" is no news
                     * of the post the chain names, nor is a past post
                     * ("Năm 2010, …") */
                    const el *ta = &x->el[a->title];
                    if (a->status == ST_ENDED && b->status == ST_CURRENT && ta->te > ta->re)
                        b->status = a->status;
                    else if (a->status == ST_APPOINTED && b->status == ST_CURRENT &&
                             ex_in_headline(x, ta->ts))
                        b->status = a->status;
                    break;
                }
            }
        }
        /* one post in two spellings ("Bộ trưởng Bộ KH-ĐT", "Bộ trưởng Kế
         * hoạch và Đầu tư", "Bộ trưởng Bộ Kế hoạch và Đầu tư"): equal
         * canonical hashes; the longest spelling stays, with a status
         * other than current if the other has one.  Hashed only for pairs
         * with one role head and two spellings. */
        uint8_t done[64];
        uint64_t hh[64], fh[64];
        for (size_t i = a0; i < a1; i++) {
            const el *t = &x->el[x->rl[order[i]].title];
            done[i - a0] = 0;
            /* the head canonical too: "TGĐ" = "Tổng giám đốc" */
            el head = *t;
            head.te = t->re;
            hh[i - a0] = ex_canon_hash(x, &head, NULL);
            fh[i - a0] = ex_seq_hash(x, t->rs, t->te);
        }
        for (size_t i = a0; i < a1; i++) {
            role *a = &x->rl[order[i]];
            if (a->dropped || a->range >= 0)
                continue;
            const el *ta = &x->el[a->title];
            for (size_t j = a0; j < a1; j++) {
                role *b = &x->rl[order[j]];
                if (i == j || b->dropped || b->range >= 0)
                    continue;
                const el *tb = &x->el[b->title];
                if (hh[i - a0] != hh[j - a0] || fh[i - a0] == fh[j - a0])
                    continue;
                for (size_t q = 0; q < 2; q++) {
                    size_t w = q ? j - a0 : i - a0;
                    if (!done[w]) {
                        done[w] = 1;
                        ck[w] = ex_canon_hash(x, q ? tb : ta, NULL);
                    }
                }
                if (ck[i - a0] != ck[j - a0])
                    continue;
                size_t la = x->tok[ta->te - 1].e - x->tok[ta->rs].s;
                size_t lb = x->tok[tb->te - 1].e - x->tok[tb->rs].s;
                if (la < lb || (la == lb && j < i)) {
                    a->dropped = 1;
                    if (a->status != ST_CURRENT && b->status == ST_CURRENT)
                        b->status = a->status;
                    break;
                }
            }
        }
    }
    free(fill);
    free(first);
    free(order);
}

/* Whether a post has one holder at a time: the whole post when roles.tsv
 * lists it ("Bí thư Trung ương Đảng": many), else its role head. */
static bool ex_single_holder(const ex *x, const el *t)
{
    size_t n = t->te - t->rs;
    if (n >= 1 && n <= 8) {
        const lx_entry *e = lexicon_find(x->lx, ex_seq_hash(x, t->rs, t->te), (int)n);
        if (e && (e->kinds & LX_ROLE))
            return (e->kinds & LX_ROLE_ONE) != 0;
    }
    return t->one;
}

/* ---- other states ---------------------------------------------------- */

/* Length of a country (countries.tsv) written at token k, capitalised, that
 * is not part of a Vietnamese place or person name: "Trung Quốc", "Mỹ" but
 * not "huyện Đức Thọ", "Mỹ Đình" (a capitalised word after a one-syllable
 * country continues a place) unless a person's name follows. */
static int ex_country_at(const ex *x, size_t k)
{
    if (k >= x->ntok || !x->tok[k].cap || !x->tok[k].nm || x->tok[k].type != T_WORD)
        return 0;
    const lx_entry *e = NULL;
    int n = ex_phrase(x, k, LX_LOOKALIKE, &e);
    if (!n || !(e->kinds & LX_COUNTRY))
        return 0;
    /* "Ban Pháp chế", "Ủy ban Pháp luật": a longer body word (orgwords.tsv)
     * that opens with a country's name is no country */
    if (ex_phrase(x, k, LX_ORGWORD, NULL) > n)
        return 0;
    if (k > 0 && ex_phrase(x, k - 1, LX_PLACE, NULL) == 1 && !ex_is(x, k - 1, "nước"))
        return 0;
    /* the end of a Vietnamese place after its prefix: "huyện Hoài Đức",
     * "quận Thủ Đức", "huyện Phù Mỹ" (capitalised words back to a place
     * prefix) */
    if (n == 1)
        for (size_t b = k; b > 0 && b + 3 > k && ex_namecap(x, b - 1); b--) {
            if (b >= 2 && ex_phrase(x, b - 2, LX_PLACE, NULL) == 1 && !ex_is(x, b - 2, "nước") &&
                !ex_phrase(x, b - 1, LX_ORG | LX_ROLE, NULL))
                return 0;
            /* (the prefix's abbreviation glued to the place: "UBND TT.Minh
             * Đức", "H.Đức Hòa" — one or two capitals and a dot) */
            const char *w = x->t->w + x->tok[b - 1].s;
            size_t wl = x->tok[b - 1].e - x->tok[b - 1].s;
            if (wl > 3 && w[0] >= 'A' && w[0] <= 'Z' &&
                (w[1] == '.' || (w[1] >= 'A' && w[1] <= 'Z' && w[2] == '.')))
                return 0;
        }
    /* the end of a Vietnamese place written bare: "(ở Tiên Dương, Đông
     * Anh)" — a one-syllable country right after a capitalised Vietnamese
     * syllable (a letter beyond ASCII) with no lexicon meaning, not the end
     * of a place ("Thái Bình Dương Mỹ") nor a foreign word ("Boeing Mỹ") */
    if (n == 1 && k > 0 && ex_namecap(x, k - 1) && !x->tok[k - 1].glued) {
        const tok *w = &x->tok[k - 1];
        bool viet = false;
        for (uint32_t b = w->s; b < w->e && !viet; b++)
            viet = (unsigned char)x->t->w[b] >= 0x80;
        bool ends_place = false;
        for (size_t l = 2; l <= 3 && l <= k && !ends_place; l++)
            ends_place = ex_phrase(x, k - l, LX_LOOKALIKE | LX_FOREIGN_POST, NULL) == (int)l;
        if (viet && !ends_place &&
            !ex_phrase(x, k - 1,
                       LX_ORG | LX_ROLE | LX_PLACE | LX_LOOKALIKE | LX_FOREIGN_POST | LX_STOP |
                           LX_NOTNAME | LX_HONORIFIC | LX_RANK,
                       NULL))
            return 0;
    }
    /* a joint body of Việt Nam and that state: "Bệnh viện Việt Đức",
     * "Tập đoàn Việt - Úc", "Bệnh viện Hữu nghị Việt Nam - Cuba" */
    {
        size_t b = k;
        if (b > 0 && x->tok[b - 1].type == T_PUNCT && x->tok[b - 1].p == '-')
            b--;
        if (b > 0 && (ex_is(x, b - 1, "việt") ||
                      (b > 1 && ex_is(x, b - 1, "nam") && ex_is(x, b - 2, "việt"))))
            return 0;
    }
    size_t nx = k + (size_t)n;
    if (n == 1 && ex_namecap(x, nx) && !ex_name_at(x, nx) && !ex_foreign_run(x, nx))
        return 0; /* (but "Tổng thống Séc Milos Zeman": its president) */
    return n;
}

/* The country a post names inside itself ("Thủ tướng Singapore", "Phó Chủ
 * tịch Quân ủy Trung ương Trung Quốc"): its token range in *cs, *ce. */
/* Whether the country at token k is the host of a mission, not the state
 * whose post it is: after "tại" ("Đại sứ Việt Nam tại Đức"), or one of the
 * states the mission covers too, joined to such a host by "kiêm nhiệm",
 * "kiêm", "và" or a comma ("Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và
 * Bhutan"). */
static bool ex_host_country(const ex *x, size_t k)
{
    for (int hop = 0; hop < 4 && k > 1; hop++) {
        if (ex_is(x, k - 1, "tại") || ex_is(x, k - 1, "ở"))
            return true;
        size_t j = k - 1;
        if (ex_is(x, j, "nhiệm") && j > 0 && ex_is(x, j - 1, "kiêm"))
            j--;
        else if (!ex_is(x, j, "kiêm") && !ex_is(x, j, "và") &&
                 !(x->tok[j].type == T_PUNCT && x->tok[j].p == ','))
            return false;
        /* the country that ends right before the joiner */
        size_t c = 0;
        for (size_t l = 1; l <= 3 && l <= j && !c; l++)
            if (ex_country_at(x, j - l) == (int)l)
                c = j - l + 1;
        if (!c)
            return false;
        k = c - 1;
    }
    return false;
}

static bool ex_post_country(const ex *x, const el *t, uint32_t *cs, uint32_t *ce)
{
    for (uint32_t k = t->rs; k < t->te; k++) {
        int n = ex_country_at(x, k);
        /* "Đại sứ Việt Nam tại Đức": the country after "tại" is the host,
         * not the mission's state ("Đại sứ Mỹ tại Việt Nam" names Mỹ) */
        if (n && k > t->rs && ex_host_country(x, k)) {
            k += (uint32_t)n - 1;
            continue;
        }
        if (n && k + (uint32_t)n <= t->te) {
            *cs = k, *ce = k + (uint32_t)n;
            return true;
        }
    }
    return false;
}

/* Whether a post's body names a body of many states (intl_bodies.tsv):
 * "Tổng Thư ký Liên Hợp Quốc" — its holder's state is not the post's. */
static bool ex_post_intl(const ex *x, const el *t)
{
    for (uint32_t k = t->re; k < t->te; k++) {
        const lx_entry *e = NULL;
        int n = ex_phrase(x, k, LX_LOOKALIKE, &e);
        if (n && e->intl && k + (uint32_t)n <= t->te)
            return true;
    }
    return false;
}

/* Whether a post's body is a Vietnamese one: its words, abbreviations
 * expanded (abbreviations.tsv: "Eximbank", "Vietcombank"), write "Việt Nam"
 * other than as a mission's host ("… tại Việt Nam"): "Chủ tịch HĐQT
 * Eximbank", "Tổng giám đốc Công ty Honda Việt Nam", "HLV trưởng đội tuyển
 * Việt Nam" are posts here whoever holds them. */
static bool ex_post_vn_body(ex *x, const el *t)
{
    size_t os = t->os ? t->os : t->re;
    if (t->te <= os)
        return false;
    tx_str b = ex_text(x, os, t->te);
    if (!b.s)
        return false;
    char *c = tx_canonical_label(x->lx, b.s);
    bool vn = false;
    for (const char *q = c; q && (q = strstr(q, "Việt Nam")) != NULL; q += 1) {
        const char *h = "tại ";
        size_t hl = strlen(h);
        if (!((size_t)(q - c) >= hl && !strncmp(q - hl, h, hl))) {
            vn = true;
            break;
        }
    }
    free(c);
    return vn;
}

/* Whether a post holds a phrase of foreign_posts.tsv: a post or body only
 * other states have ("Tổng thống", "Ủy viên Quốc vụ", "Trưởng Đặc khu hành
 * chính"). */
static bool ex_post_foreign_only(const ex *x, const el *t)
{
    for (uint32_t k = t->rs; k < t->te; k++) {
        int n = ex_phrase(x, k, LX_FOREIGN_POST, NULL);
        if (n && k + (uint32_t)n <= t->te)
            return true;
    }
    return false;
}

/* Whether a state's post names its state with a word that is no
 * Vietnamese syllable ("Thủ tướng Sigapore", a country misspelt): the head
 * is a state post of state_heads.tsv other than "Chủ tịch" ("Chủ tịch
 * Vingroup" is a company's). */
static bool ex_post_foreign_shaped(const ex *x, const el *t)
{
    if (t->te <= t->re || t->re - t->rs > 8 || ex_is(x, t->rs, "chủ"))
        return false;
    const lx_entry *e = lexicon_find(x->lx, ex_seq_hash(x, t->rs, t->re), (int)(t->re - t->rs));
    if (!e || !(e->kinds & LX_STATEHEAD))
        return false;
    for (uint32_t k = t->re; k < t->te; k++)
        if (x->tok[k].cap && !x->tok[k].allcaps && ex_tok_foreign(x, k))
            return true;
    return false;
}

typedef struct foreign_info {
    uint32_t *cs, *ce; /* per person: the country's tokens, cs == ce none */
    uint8_t *pattern;  /* per person: a foreign name by its shape */
    uint8_t *anchored; /* per person: holds a Vietnamese post named in full */
    uint8_t *unknown;  /* per person: of another state the article does not name */
    uint32_t *ns, *ne; /* per person: the state written next to a mention of
                        * the name ("Thủ tướng Nhật Bản Shinzo Abe", "Lý
                        * Quang Diệu của Singapore"), before any rule of the
                        * article's state; ns == ne none */
    uint32_t dcs, dce; /* the foreign country the article names most */
    bool dsole;        /* … and the only one it names */
} foreign_info;

/* Two holders of one bare state post: the one without a Vietnamese post
 * named in full belongs to another state — the one the article is about
 * when it names one (named), else a state left unnamed: no organization,
 * never the Vietnamese post ("Thủ tướng Nguyễn Xuân Phúc … Thủ tướng Lý
 * Khắc Cường" with only "Bắc Kinh" written).  Unnamed, only for the head
 * posts of a state ("Thủ tướng", "Tổng Bí thư"), not "Chủ tịch" (many
 * bodies have one) nor "Chủ tịch nước".  The other holder is looked for
 * among nearby roles: linear. */
/* Whether one person's name starts the other's: one person read twice
 * ("Thủ tướng Nguyễn Xuân Phúc Tiếp Phó Chủ tịch NASDAQ", a caption run
 * into the text), never two holders. */
static bool ex_same_name_prefix(const ex *x, int32_t a, int32_t b)
{
    uint32_t as = x->pp[a].ts, an = x->pp[a].te - as, bs = x->pp[b].ts, bn = x->pp[b].te - bs;
    uint32_t n = an < bn ? an : bn;
    for (uint32_t k = 0; k < n; k++)
        if (x->tok[as + k].h != x->tok[bs + k].h)
            return false;
    return true;
}

static void ex_foreign_pairs(ex *x, foreign_info *fi, const uint8_t *bare, const uint32_t *seen,
                             bool named)
{
    for (size_t r = 0; r < x->nrl; r++) {
        const role *a = &x->rl[r];
        const el *ta = &x->el[a->title];
        int32_t pa = a->person;
        /* (two holders at once: a former holder beside the current one is
         * a succession — "Thủ tướng Nguyễn Xuân Phúc trao … cho nguyên Thủ
         * tướng Nguyễn Tấn Dũng") */
        if (a->dropped || !bare[pa] || fi->anchored[pa] || fi->cs[pa] != fi->ce[pa] ||
            fi->pattern[pa] || (a->status != ST_CURRENT && a->status != ST_ACTING) ||
            (!named && (bare[pa] != 1 || ex_is(x, ta->rs, "chủ"))))
            continue;
        size_t n = ta->te - ta->rs;
        uint64_t ha = ex_seq_hash(x, ta->rs, ta->te);
        size_t q0 = r > EX_REACH ? r - EX_REACH : 0;
        for (size_t q = q0; q < x->nrl && q < r + EX_REACH; q++) {
            const role *b = &x->rl[q];
            const el *tb = &x->el[b->title];
            int32_t pb = b->person;
            /* (a name of Vietnamese pattern beside one without: the
             * other is the foreign holder — "Tại cuộc gặp Thủ tướng Hun
             * Sen, Thủ tướng Phạm Minh Hải khẳng định") */
            if (ex_vietnamese_name(x, (size_t)pa) && !ex_vietnamese_name(x, (size_t)pb))
                continue;
            if (b->dropped || pb == pa || fi->cs[pb] != fi->ce[pb] || fi->pattern[pb] ||
                tb->te - tb->rs < n || (b->status != ST_CURRENT && b->status != ST_ACTING) ||
                ex_seq_hash(x, tb->rs, tb->rs + n) != ha || ex_same_name_prefix(x, pa, pb))
                continue;
            /* the other holder is Vietnamese when a Vietnamese post names
             * him in full, or (both bare) when the article names him
             * first and more often: "Thủ tướng Nguyễn Xuân Phúc … chuyến
             * thăm Việt Nam của Thủ tướng Lý Hiển Long" */
            /* (unnamed, a tie goes to the one named first: at worst a
             * Vietnamese holder's one claim loses its organization) */
            if (!fi->anchored[pb] && (fi->anchored[pa] || x->pp[pb].ts > x->pp[pa].ts ||
                                      (named ? seen[pb] <= seen[pa] : seen[pb] < seen[pa])))
                continue;
            if (named)
                fi->cs[pa] = fi->dcs, fi->ce[pa] = fi->dce;
            else
                fi->unknown[pa] = 1;
            break;
        }
    }
}

/* Whether token k is an abbreviation (abbreviations.tsv) whose expansion
 * is a lexicon entry of some kind in want and none in refuse. */
static bool ex_abbrev_kinds(const ex *x, size_t k, uint32_t want, uint32_t refuse)
{
    const tok *w = &x->tok[k];
    if (w->type != T_WORD || !w->allcaps)
        return false;
    unsigned char b0 = (unsigned char)x->t->w[w->s];
    for (size_t g = x->lx->abbr_start[b0]; g < x->lx->abbr_start[b0 + 1]; g++) {
        const lx_pair *a = &x->lx->abbr[x->lx->abbr_order[g]];
        if (a->flen != w->e - w->s || memcmp(a->from, x->t->w + w->s, a->flen))
            continue;
        canon_sink as = {.n = 0};
        uint64_t l2 = 0, ah = ex_canon_fold(x, 0, a->to, &l2, &as);
        const lx_entry *ae = as.n && as.n <= 8 ? lexicon_find(x->lx, ah, (int)as.n) : NULL;
        if (ae && (ae->kinds & want) && !(ae->kinds & refuse))
            return true;
    }
    return false;
}

/* Whether token k is an abbreviation (abbreviations.tsv) of a body word
 * ("QH": "Quốc hội", "UBND"). */
static bool ex_abbrev_org(const ex *x, size_t k)
{
    return ex_abbrev_kinds(x, k, LX_ORG, 0);
}

/* Whether the abbreviated place prefix at token k stands for an
 * institution (abbreviations.tsv expands it to a prefix of
 * place_prefixes.tsv listed only capitalised: "ĐH" is "Đại học"), whose
 * name goes on in lower case as the full form's does ("trường ĐH Sư phạm
 * Hà Nội" as "trường Đại học Sư phạm Hà Nội"); "TP" ("thành phố", listed
 * in lower case) is a place, complete after its name. */
static bool ex_abbrev_institution(const ex *x, size_t k)
{
    return ex_abbrev_kinds(x, k, LX_PLACE, LX_LOWER);
}

/* Whether person p's name has a Vietnamese pattern: a first or second
 * syllable of vn_names.tsv ("Nguyễn Văn Lâm", "Trương Hữu Khanh"), or a
 * state's name inside it (a Vietnamese given name "… Trung Quốc"). */
static bool ex_vietnamese_name(const ex *x, size_t p)
{
    uint32_t s = x->pp[p].ts, e = x->pp[p].te;
    for (uint32_t k = s; k < e; k++)
        if ((k < s + 2 && ex_phrase(x, k, LX_VN_NAME, NULL) == 1) ||
            ex_phrase(x, k, LX_COUNTRY, NULL) > 0)
            return true;
    return false;
}

/* The first token of the headline: the first line that is no "# key =
 * value" header (dantri pages open with three). */
static size_t ex_headline_start(const ex *x)
{
    size_t k = 0;
    for (int line = 0; line < 6 && k < x->ntok; line++) {
        while (k < x->ntok && x->tok[k].type == T_NL)
            k++;
        if (k >= x->ntok || x->tok[k].type != T_PUNCT || x->tok[k].p != '#')
            return k;
        while (k < x->ntok && x->tok[k].type != T_NL)
            k++;
    }
    return k;
}

/* Whether a post of the article marks it as Vietnamese news: it names a
 * Vietnamese place (a place prefix, a place of lookalikes.tsv that is no
 * state), a body only Việt Nam writes bare (own_bodies.tsv) or is "Chủ
 * tịch nước". */
static bool ex_post_vietnamese(const ex *x, const el *t)
{
    if (t->te - t->rs == 3 && ex_is(x, t->rs + 2, "nước") && ex_is(x, t->rs, "chủ"))
        return true; /* "Chủ tịch nước": Việt Nam's */
    for (uint32_t q = t->rs; q < t->te; q++) {
        const lx_entry *e = NULL;
        if (ex_phrase(x, q, LX_PLACE | LX_OWN_BODY, NULL) > 0 ||
            (ex_phrase(x, q, LX_LOOKALIKE, &e) > 0 && !(e->kinds & LX_COUNTRY)))
            return true;
    }
    return false;
}

static bool ex_posts_vietnamese(const ex *x)
{
    for (size_t r = 0; r < x->nrl; r++)
        if (ex_post_vietnamese(x, &x->el[x->rl[r].title]))
            return true;
    return false;
}

/* How many different states (countries.tsv) the headline names, counting
 * up to 2: "Mỹ bực vì Trung Quốc đưa Triều Tiên đến 'Vành đai Con
 * đường'", "Ngoại trưởng Nga, Trung Quốc thảo luận tình hình Triều Tiên"
 * tell of several states — the first is no more the story's state than
 * the others, and no state of theirs is lent to a name. */
static int ex_headline_states(const ex *x)
{
    uint64_t first = 0;
    for (size_t k = ex_headline_start(x); k < x->ntok && x->tok[k].type != T_NL; k++) {
        int n = ex_country_at(x, k);
        if (n <= 0)
            continue;
        uint64_t h = ex_seq_hash(x, k, k + (size_t)n);
        if (first && h != first)
            return 2;
        first = h;
        k += (size_t)n - 1;
    }
    return first ? 1 : 0;
}

/* Whether the state whose words hash to h is named in the article at
 * least twice as often as any other state (countries.tsv): "Tên lửa của
 * Triều Tiên rơi gần Nga" is a story of Triều Tiên, "Mỹ, Trung Quốc sắp
 * đối thoại" one of both. */
static bool ex_state_dominant(const ex *x, uint64_t h)
{
    enum { NS = 16 };
    uint64_t hs[NS];
    uint32_t cnt[NS];
    int ns = 0;
    for (size_t k = 0; k < x->ntok; k++) {
        int n = ex_country_at(x, k);
        if (n <= 0)
            continue;
        uint64_t q = ex_seq_hash(x, k, k + (size_t)n);
        int j = 0;
        while (j < ns && hs[j] != q)
            j++;
        if (j == ns && ns < NS)
            hs[ns] = q, cnt[ns++] = 0;
        if (j < ns)
            cnt[j]++;
        k += (size_t)n - 1;
    }
    uint32_t mine = 0, other = 0;
    for (int j = 0; j < ns; j++)
        if (hs[j] == h)
            mine = cnt[j];
        else if (cnt[j] > other)
            other = cnt[j];
    return mine >= 2 * other;
}

/* A headline that names another state in a story told only of other
 * states ("Trung Quốc khai trừ Đảng cựu cố vấn chính trị cấp cao", "Một ủy
 * viên trung ương TQ bất ngờ 'ngã ngựa'"): the state in [*cs, *ce) when
 * the headline names one, states are named three times in all, and no post
 * of the article names a Vietnamese place (a place prefix, a place of
 * lookalikes.tsv that is no state: "du khách người Mỹ … Trưởng Công an TP
 * Hội An" is Vietnamese news) or a body only Việt Nam writes bare
 * (own_bodies.tsv: "Thủ tướng Chính phủ", "Chủ tịch Quốc hội", UBND; and
 * "Chủ tịch nước": a Vietnamese leader's visit abroad).  The caller
 * also asks that the article never write of Việt Nam. */
static bool ex_headline_state(const ex *x, size_t *cs, size_t *ce)
{
    size_t k = ex_headline_start(x);
    int dn = 0;
    for (; k < x->ntok && x->tok[k].type != T_NL && !dn; k++)
        dn = ex_country_at(x, k);
    if (!dn)
        return false;
    size_t h = k - 1, n = 0;
    for (size_t j = 0; j < x->ntok && n < 3; j++) {
        int m = ex_country_at(x, j);
        if (m > 0)
            n++, j += (size_t)m - 1;
    }
    if (n < 3 || ex_posts_vietnamese(x))
        return false;
    *cs = h, *ce = h + (size_t)dn;
    return true;
}

/* Whether a "Việt …" word at k is no more than an aside of world news:
 * the time zone ("sáng 7/2 (giờ Việt Nam)") or the source credit that
 * closes the text ("Theo Vietnamnet", "TTXVN/Vietnam+"). */
static bool ex_vietnam_aside(const ex *x, size_t k)
{
    if (k > 0 && ex_is(x, k - 1, "giờ"))
        return true;
    size_t after = 0;
    for (size_t j = k + 1; j < x->ntok && after <= 3; j++)
        if (x->tok[j].type == T_WORD)
            after++;
    if (after > 3)
        return false;
    return k > 0 && (ex_is(x, k - 1, "theo") || ex_is(x, k - 1, "nguồn") ||
                     (x->tok[k - 1].type == T_PUNCT && x->tok[k - 1].p == '/'));
}

/* How often the article writes of Việt Nam (as ex_writes_vietnam),
 * counting up to max. */
static size_t ex_vietnam_mentions(const ex *x, size_t max)
{
    uint64_t h_viet = norm_hash_syllable("việt", strlen("việt")),
             h_vn = norm_hash_syllable("vn", 2), h_vietnam = norm_hash_syllable("vietnam", 7),
             h_nuoc = norm_hash_syllable("nước", strlen("nước")),
             h_ta = norm_hash_syllable("ta", 2);
    size_t n = 0;
    for (size_t k = 0; k < x->ntok && n < max; k++) {
        const tok *w = &x->tok[k];
        const char *ws = x->t->w + w->s;
        size_t wl = w->e - w->s;
        if (((w->h == h_viet && w->cap) || (w->h == h_vn && w->allcaps) || w->h == h_vietnam ||
             (w->cap && wl > 4 && !memcmp(ws, "Viet", 4)) ||
             (w->h == h_nuoc && k + 1 < x->ntok && x->tok[k + 1].h == h_ta)) &&
            !ex_vietnam_aside(x, k))
            n++;
    }
    return n;
}

/* Whether the article writes of Việt Nam: "Việt" ("Việt Nam", "người
 * Việt", "Việt - Mỹ"), "VN", "Vietnam", a "Viet…" brand (Vietjet,
 * Vietcombank) or "nước ta". */
static bool ex_writes_vietnam(const ex *x)
{
    uint64_t h_viet = norm_hash_syllable("việt", strlen("việt")),
             h_vn = norm_hash_syllable("vn", 2), h_vietnam = norm_hash_syllable("vietnam", 7),
             h_nuoc = norm_hash_syllable("nước", strlen("nước")),
             h_ta = norm_hash_syllable("ta", 2);
    for (size_t k = 0; k < x->ntok; k++) {
        const tok *w = &x->tok[k];
        const char *ws = x->t->w + w->s;
        size_t wl = w->e - w->s;
        if ((w->h == h_viet && w->cap) || (w->h == h_vn && w->allcaps) || w->h == h_vietnam ||
            (w->cap && wl > 4 && !memcmp(ws, "Viet", 4)) ||
            (w->h == h_nuoc && k + 1 < x->ntok && x->tok[k + 1].h == h_ta)) {
            if (!ex_vietnam_aside(x, k))
                return true;
        }
    }
    return false;
}

/* Whether a sentence giving person p a post names the state whose
 * words hash to h. */
static bool ex_post_near_state(const ex *x, int32_t p, uint64_t h)
{
    for (size_t r = 0; r < x->nrl; r++) {
        if (x->rl[r].person != p)
            continue;
        size_t a = x->el[x->rl[r].title].ts, b = a;
        while (a > 0 && x->tok[a - 1].type != T_NL &&
               !(x->tok[a - 1].type == T_PUNCT && x->tok[a - 1].p == '.'))
            a--;
        while (b < x->ntok && x->tok[b].type != T_NL &&
               !(x->tok[b].type == T_PUNCT && x->tok[b].p == '.'))
            b++;
        for (size_t k = a; k < b; k++) {
            int n = ex_country_at(x, k);
            if (n > 0 && ex_seq_hash(x, k, k + (size_t)n) == h)
                return true;
        }
    }
    return false;
}

/* The sentence around token k: [*a, *b), bounded by a full stop, a line
 * end or a quote and by EX_REACH tokens each way (false when the bound is
 * reached: no rule reads a sentence it cannot see whole). */
static bool ex_sentence(const ex *x, size_t k, size_t *a, size_t *b)
{
    size_t s = k, e = k;
    while (s > 0 && k - s < EX_REACH && x->tok[s - 1].type != T_NL &&
           !(x->tok[s - 1].type == T_PUNCT && (x->tok[s - 1].p == '.' || x->tok[s - 1].p == '"')))
        s--;
    while (e < x->ntok && e - k < EX_REACH && x->tok[e].type != T_NL &&
           !(x->tok[e].type == T_PUNCT && (x->tok[e].p == '.' || x->tok[e].p == '"')))
        e++;
    if (k - s >= EX_REACH || e - k >= EX_REACH)
        return false;
    *a = s, *b = e;
    return true;
}

/* "Về phía Trung Quốc, cùng ngày, người phát ngôn Bộ Ngoại giao Lục
 * Khảng cho rằng …": a sentence opened by "(Về) phía <state>," tells of
 * that state's side; the state's tokens in *cs, *ce ("Về phía Việt Nam"
 * names no other state: Việt Nam is not in countries.tsv). */
static bool ex_side_of_state(const ex *x, size_t k, uint32_t *cs, uint32_t *ce)
{
    size_t a = k;
    while (a > 0 && k - a < EX_REACH && x->tok[a - 1].type != T_NL &&
           !(x->tok[a - 1].type == T_PUNCT && (x->tok[a - 1].p == '.' || x->tok[a - 1].p == '"')))
        a--;
    if (k - a >= EX_REACH)
        return false;
    if (ex_is(x, a, "về"))
        a++;
    if (!ex_is(x, a, "phía"))
        return false;
    int n = ex_country_at(x, a + 1);
    size_t c = a + 1 + (size_t)n;
    if (n <= 0 || c >= k || x->tok[c].type != T_PUNCT || x->tok[c].p != ',')
        return false;
    *cs = (uint32_t)(a + 1), *ce = (uint32_t)c;
    return true;
}

/* Whether name element i is of a person known to be of another state:
 * a foreign name, a country, a post only other states have. */
static bool ex_name_foreign(const ex *x, const foreign_info *fi, const uint8_t *fonly, size_t i)
{
    int32_t q = x->el[i].person;
    return x->el[i].type == E_NAME && q >= 0 &&
           (fi->pattern[q] || fi->cs[q] != fi->ce[q] || (fonly[q] & 1));
}

/* Foreign company a sentence keeps (bench/attribution's foreign leaders
 * with a Vietnamese post; each made-up example in test_foreign_company):
 * - "Về phía Trung Quốc, người phát ngôn Bộ Ngoại giao Lục Khảng cho
 *   rằng …": a sentence opened by "(Về) phía <state>," gives that state
 *   every post in it of a name with no Vietnamese pattern;
 * - "Lưu Hạc - cố vấn kinh tế hàng đầu của ông Tập Cận Bình": a post of
 *   (up to two words, then "của") a foreign person is that state's, when
 *   its holder's name has no Vietnamese pattern;
 * - "… như: Chủ tịch Giang Trạch Dân, Hồ Cẩm Đào, Tổng thống V.Putin,
 *   Tổng thống B.Obama"; "Đó là các ông Vương Kỳ Sơn - Trưởng ban Kiểm
 *   tra kỷ luật trung ương, …, Phó Thủ tướng Mã Khải và …": a post with
 *   no body ("Phó Thủ tướng", "Chủ tịch"), its holder's every post so, an
 *   item of a list (after ',', ':', "và" or "như"), in a sentence with no
 *   name of a Vietnamese pattern and two or more signs of other states (a
 *   foreign person, a post only other states have or naming a state)
 *   before the item — or anywhere when the list gives examples ("như:") —
 *   is another state's, left unnamed.
 * Never a name of a Vietnamese pattern (vn_names.tsv), never a person
 * holding a Vietnamese post named in full for the lists. */
static void ex_foreign_company(const ex *x, foreign_info *fi, const uint8_t *fonly)
{
    /* per person: every post a bare head ("Phó Thủ tướng", "Chủ tịch") */
    uint8_t *bare = malloc(x->npp + 1);
    if (!bare)
        return;
    memset(bare, 1, x->npp + 1);
    for (size_t r = 0; r < x->nrl; r++)
        if (x->el[x->rl[r].title].te != x->el[x->rl[r].title].re)
            bare[x->rl[r].person] = 0;
    /* (2: a post marking Vietnamese news — "Chủ tịch nước", a Vietnamese
     * place or a body only Việt Nam has: never another state's) */
    for (size_t r = 0; r < x->nrl; r++)
        if (ex_post_vietnamese(x, &x->el[x->rl[r].title]))
            bare[x->rl[r].person] = 2;
    for (size_t r = 0; r < x->nrl; r++) {
        const role *rl = &x->rl[r];
        const el *t = &x->el[rl->title];
        int32_t p = rl->person;
        if (rl->dropped || fi->cs[p] != fi->ce[p] || fi->pattern[p] || fi->unknown[p] ||
            bare[p] == 2 || ex_vietnamese_name(x, (size_t)p))
            continue;
        uint32_t cs, ce;
        if (ex_side_of_state(x, t->ts, &cs, &ce)) {
            fi->cs[p] = cs, fi->ce[p] = ce;
            continue;
        }
        /* the post of a foreign person's … ("của ông Tập Cận Bình") */
        size_t k = t->te;
        for (int w = 0; w < 2 && ex_word(x, k) && !x->tok[k].cap && !ex_is(x, k, "của"); w++)
            k++;
        if (ex_is(x, k, "của")) {
            size_t i = rl->title + 1;
            while (i < x->nel && x->el[i].ts <= k)
                i++;
            if (i < x->nel && x->el[i].type == E_TITLE && x->el[i].ts == k + 1)
                k = x->el[i].te - 1, i++;
            if (i < x->nel && x->el[i].ts == k + 1 && ex_name_foreign(x, fi, fonly, i)) {
                fi->unknown[p] = 1; /* (its state is the person's, not always named) */
                continue;
            }
        }
        /* an item of a list of other states' people */
        if (!bare[p] || fi->anchored[p] || t->ts == 0)
            continue;
        const tok *bt = &x->tok[t->ts - 1];
        if (!((bt->type == T_PUNCT && (bt->p == ',' || bt->p == ':')) || bt->h == x->lx->h_va ||
              ex_is(x, t->ts - 1, "như")))
            continue;
        size_t a, b;
        if (!ex_sentence(x, t->ts, &a, &b))
            continue;
        int signs = 0, before = 0;
        bool vn = false;
        size_t i0 = rl->title; /* the sentence's elements: those around the post */
        while (i0 > 0 && x->el[i0 - 1].ts >= a)
            i0--;
        for (size_t i = i0; i < x->nel && x->el[i].ts < b && !vn; i++) {
            const el *e = &x->el[i];
            if (e->type == E_NAME && e->person >= 0 && e->person != p) {
                vn = ex_vietnamese_name(x, (size_t)e->person);
                signs += ex_name_foreign(x, fi, fonly, i);
                before += e->ts < t->ts && ex_name_foreign(x, fi, fonly, i);
            } else if (e->type == E_TITLE && i != rl->title &&
                       !(i + 1 < x->nel && x->el[i + 1].type == E_NAME)) {
                /* (a post with no name after it: its holder is no person
                 * here, "Tổng thống V.Putin"; one held counts by its name) */
                uint32_t c0, c1;
                int f = ex_post_foreign_only(x, e) || ex_post_country(x, e, &c0, &c1);
                signs += f;
                before += e->ts < t->ts && f;
            }
        }
        /* (two of them before the item — protocol lists the hosts first:
         * "Đón đoàn có: Phó Thủ tướng Trương Hòa Minh, Tổng thống Mỹ …, Thủ
         * tướng Nhật Bản …" stays Vietnamese —, or the list gives examples
         * of a kind: "… như: Chủ tịch A, Tổng thống B, Tổng thống C") */
        bool like = ex_is(x, t->ts - 1, "như") || (t->ts >= 2 && bt->type == T_PUNCT &&
                                                   bt->p == ':' && ex_is(x, t->ts - 2, "như"));
        if (!vn && (before >= 2 || (like && signs >= 2)))
            fi->unknown[p] = 1;
    }
    free(bare);
}

/* Work out who in the article belongs to another state:
 * - a person holding a post that names a country ("Thủ tướng Singapore Lý
 *   Hiển Long") belongs to it, and so do that person's other posts;
 * - a name right after a country or before "của <country>" ("người đồng cấp
 *   Trung Quốc Lý Khắc Cường", "Lý Quang Diệu của Singapore");
 * - a name shaped like a foreign one ("Kim Jong-un", "Donald Trump") or
 *   with a foreign family name ("Tập Cận Bình", "Moon Jae-in");
 * - when two people hold the same bare state post ("Thủ tướng") and one of
 *   them also holds a Vietnamese post named in full, the other is the
 *   leader of the state the article names most. */
static bool ex_foreign_scan(ex *x, foreign_info *fi)
{
    memset(fi, 0, sizeof *fi);
    if (x->nrl == 0)
        return false; /* no post to judge */
    size_t np = x->npp + 1;
    fi->cs = calloc(np, sizeof *fi->cs);
    fi->ce = calloc(np, sizeof *fi->ce);
    fi->pattern = calloc(np, 1);
    fi->anchored = calloc(np, 1);
    fi->unknown = calloc(np, 1);
    fi->ns = calloc(np, sizeof *fi->ns);
    fi->ne = calloc(np, sizeof *fi->ne);
    uint8_t *bare = calloc(np, 1);
    uint32_t *seen = calloc(np, sizeof *seen); /* mentions */
    uint8_t *fonly = calloc(np, 1);            /* 1 a foreign-only post, 2 "Chủ tịch nước" */
    uint8_t *vbody = calloc(np, 1);            /* a post naming a body in Vietnamese words */
    if (!fi->cs || !fi->ce || !fi->pattern || !fi->anchored || !fi->unknown || !fi->ns || !fi->ne ||
        !bare || !seen || !fonly || !vbody) {
        free(bare);
        free(seen);
        free(fonly);
        free(vbody);
        return false;
    }
    /* the people: their name's shape, a country next to the name */
    for (size_t i = 0; i < x->nel; i++) {
        const el *e = &x->el[i];
        int32_t p = e->person;
        if (e->type != E_NAME || p < 0)
            continue;
        seen[p]++;
        const lx_entry *se = NULL;
        /* (2: by the family name only — "Uông" is also Vietnamese) */
        if (ex_phrase(x, x->pp[p].ts, LX_SURNAME, &se) == 1 && (se->kinds & LX_FOREIGN))
            fi->pattern[p] = 2;
        for (size_t k = x->pp[p].ts; k < x->pp[p].te && fi->pattern[p] != 1; k++)
            if (ex_tok_foreign(x, k))
                fi->pattern[p] = 1;
        if (fi->cs[p] != fi->ce[p])
            continue;
        /* a country right before the name, or "của <country>" after */
        /* (the longest country first; not a host: "Đại sứ Việt Nam tại
         * Nhật Bản NAME", "… tại Liên bang Nga NAME") */
        for (uint32_t l = e->ts < 3 ? e->ts : 3; l >= 1; l--)
            if (ex_phrase(x, e->ts - l, LX_COUNTRY, NULL) == (int)l && x->tok[e->ts - l].cap &&
                ex_country_at(x, e->ts - l) == (int)l) {
                if (!ex_host_country(x, e->ts - l))
                    fi->cs[p] = e->ts - l, fi->ce[p] = e->ts;
                break;
            }
        int cn;
        if (fi->cs[p] == fi->ce[p] && ex_is(x, e->te, "của") &&
            (cn = ex_country_at(x, e->te + 1)) > 0)
            fi->cs[p] = e->te + 1, fi->ce[p] = e->te + 1 + (uint32_t)cn;
    }
    memcpy(fi->ns, fi->cs, np * sizeof *fi->ns);
    memcpy(fi->ne, fi->ce, np * sizeof *fi->ne);
    /* posts that name a country; Vietnamese posts named in full; people
     * whose every post is a bare state post ("Thủ tướng") */
    for (size_t r = 0; r < x->nrl; r++)
        bare[x->rl[r].person] = 1;
    for (size_t r = 0; r < x->nrl; r++) {
        const role *rl = &x->rl[r];
        const el *t = &x->el[rl->title];
        uint32_t a, b;
        if (ex_post_country(x, t, &a, &b)) {
            if (fi->cs[rl->person] == fi->ce[rl->person])
                fi->cs[rl->person] = a, fi->ce[rl->person] = b;
        } else if (t->te > t->re && !rl->dropped && !ex_post_foreign_only(x, t)) {
            fi->anchored[rl->person] = 1;
        }
        if (fi->pattern[rl->person] == 2 && !rl->dropped && !ex_post_foreign_only(x, t) &&
            fi->cs[rl->person] == fi->ce[rl->person])
            for (uint32_t k = t->rs; k < t->te; k++)
                if (ex_phrase(x, k, LX_ORG, NULL) > 0 || ex_abbrev_org(x, k)) {
                    vbody[rl->person] = 1; /* "Phó Chủ tịch Quốc hội", "… QH" */
                    break;
                }
        if (ex_post_foreign_only(x, t))
            fonly[rl->person] |= 1;
        else if (t->te - t->rs == 3 && ex_is(x, t->rs + 2, "nước") && ex_is(x, t->rs, "chủ"))
            fonly[rl->person] |= 2; /* "Chủ tịch nước": Việt Nam's */
        if (!ex_bare_state_head(x, t))
            bare[rl->person] = 0;
        else if (bare[rl->person] && t->te - t->rs == 3 && ex_is(x, t->rs + 2, "nước"))
            bare[rl->person] = 2; /* "Chủ tịch nước": Việt Nam's name of the post */
    }
    /* a dateline: the headline opens with a state and ':' ("Trung Quốc:
     * Thêm một 'gia tộc tham nhũng' bị phanh phui", "TQ: …"), or names one
     * in a story told only of other states (ex_headline_state) — world news
     * from that state; when the article never writes of Việt Nam, everyone
     * it gives a post belongs to that state, whatever the post (Sino-
     * Vietnamese readings of Chinese provinces look Vietnamese: "Bí thư
     * Tỉnh ủy Sơn Tây") */
    {
        size_t h0 = 0;
        while (h0 < x->ntok && x->tok[h0].type != T_WORD && h0 < 4)
            h0++;
        int dn = ex_country_at(x, h0);
        size_t c = h0 + (size_t)dn;
        bool colon = dn > 0 && c < x->ntok && x->tok[c].type == T_PUNCT && x->tok[c].p == ':';
        if (!colon && ex_headline_state(x, &h0, &c))
            dn = (int)(c - h0);
        else if (!colon)
            dn = 0;
        /* (a headline's state only for a Sino-Vietnamese reading: a
         * foreign-shaped name keeps the state the article names most, a
         * Vietnamese name pattern — vn_names.tsv: "Nguyễn", "Văn" … — or a
         * state inside the name stays Vietnamese) */
        /* (a headline naming several states — "Mỹ bực vì Trung Quốc đưa
         * Triều Tiên đến 'Vành đai Con đường'" — lends none of them unless
         * the article names its first twice as often as any other: the
         * name is of another state, left unnamed; Tập Cận Bình was "Chủ
         * tịch Mỹ" — a sentence's state is no safer a guess, world news
         * tells of one state in another's words) */
        bool several = dn > 0 && !colon && ex_headline_states(x) > 1 &&
                       !ex_state_dominant(x, ex_seq_hash(x, h0, c));
        if (dn > 0 && !ex_writes_vietnam(x))
            for (size_t p = 0; p < x->npp; p++)
                if (fi->cs[p] == fi->ce[p] &&
                    (colon || (fi->pattern[p] != 1 && !ex_vietnamese_name(x, p)))) {
                    if (several) {
                        fi->unknown[p] = 1;
                        continue;
                    }
                    fi->cs[p] = (uint32_t)h0, fi->ce[p] = (uint32_t)c;
                }
    }
    /* "Ủy viên Thường vụ Bộ Chính trị, Thủ tướng Lý Khắc Cường": a person
     * holding a post only other states have (foreign_posts.tsv) and no
     * Vietnamese post named in full is of another state, all his posts
     * (as a foreign-shaped name: a bare state post takes the country the
     * article names most) */
    for (size_t p = 0; p < x->npp; p++)
        if (fonly[p] == 1 && !fi->anchored[p])
            fi->pattern[p] = 1;
    /* a family name shared by both states ("Uông": "Phó Chủ tịch Quốc hội
     * Uông Chu Lưu") is no foreign sign for the holder of a post that names
     * a body in its words (org_heads.tsv: "Quốc hội", "Bộ", "Ủy ban"; not
     * "Chủ tịch CPP") with no country */
    for (size_t p = 0; p < x->npp; p++)
        if (fi->pattern[p] == 2 && vbody[p] && fi->cs[p] == fi->ce[p])
            fi->pattern[p] = 0;
    ex_foreign_company(x, fi, fonly);
    free(fonly);
    free(vbody);
    /* the foreign country named most (outside names) is needed only for a
     * foreign-shaped name without a country, or a bare state post held by
     * someone not known to be Vietnamese */
    bool need = false;
    for (size_t r = 0; r < x->nrl && !need; r++) {
        int32_t p = x->rl[r].person;
        need = fi->cs[p] == fi->ce[p] && (fi->pattern[p] || (bare[p] && !fi->anchored[p]) ||
                                          ex_post_foreign_only(x, &x->el[x->rl[r].title]));
    }
    if (!need) {
        free(bare);
        free(seen);
        return true;
    }
    enum { NC = 16 };
    uint64_t ch[NC];
    uint32_t cnt[NC], cs0[NC], ce0[NC];
    int nc = 0;
    for (size_t i = 0; i < x->nel; i++) {
        const el *e = &x->el[i];
        if (e->type != E_OTHER && e->type != E_TITLE)
            continue;
        for (uint32_t k = e->ts; k < e->te; k++) {
            int n = ex_country_at(x, k);
            if (!n)
                continue;
            uint64_t h = ex_seq_hash(x, k, k + (size_t)n);
            int j = 0;
            while (j < nc && ch[j] != h)
                j++;
            if (j == nc && nc < NC) {
                ch[nc] = h, cnt[nc] = 0, cs0[nc] = k, ce0[nc] = k + (uint32_t)n;
                nc++;
            }
            if (j < nc)
                cnt[j]++;
            k += (uint32_t)n - 1;
        }
    }
    int best = -1;
    for (int j = 0; j < nc; j++)
        if (best < 0 || cnt[j] > cnt[best])
            best = j;
    if (best >= 0)
        fi->dcs = cs0[best], fi->dce = ce0[best], fi->dsole = nc == 1;
    if (best < 0 || cnt[best] < 2) {
        /* no state named twice: the other holder of a bare state post is
         * still no Vietnamese holder, of a state left unnamed */
        ex_foreign_pairs(x, fi, bare, seen, false);
        free(bare);
        free(seen);
        return true;
    }
    /* an article about another state: its headline names that state, the
     * article names it at least twice, and it never writes Việt Nam, the
     * Vietnamese ("người Việt", "Việt - Mỹ"), "VN" or "nước ta", nor a
     * Vietnamese post in full ("Thủ tướng Singapore xin lỗi … người cha
     * quá cố - Thủ tướng Lý Quang Diệu"; "cố Chủ tịch Kim Nhật Thành …
     * Triều Tiên").  Whoever it gives only bare state posts ("Thủ tướng",
     * "Chủ tịch") leads that state: a Sino-Vietnamese reading of a foreign
     * name looks Vietnamese, the article's subject does not. */
    bool vn = false;
    for (size_t p = 0; p < x->npp && !vn; p++)
        vn = fi->anchored[p] && !fi->pattern[p]; /* a Vietnamese post named in full */
    vn = vn || ex_writes_vietnam(x);
    size_t title_end = 0;
    while (title_end < x->ntok && x->tok[title_end].type != T_NL)
        title_end++;
    int subj = -1;
    int hstates = ex_headline_states(x);
    for (int j = 0; j < nc && !vn; j++)
        if (cs0[j] < title_end && cnt[j] >= 2 && (subj < 0 || cnt[j] > cnt[subj]))
            subj = j;
    if (subj >= 0 && hstates > 1 && !ex_state_dominant(x, ch[subj]))
        subj = -1; /* (a headline of several states, as above) */
    /* (never a name of a Vietnamese pattern, vn_names.tsv: "Thủ tướng
     * Nguyễn Xuân Phúc" on a visit to a state the story names) */
    for (size_t p = 0; subj >= 0 && p < x->npp; p++)
        if (bare[p] == 1 && !fi->anchored[p] && fi->cs[p] == fi->ce[p] && !fi->pattern[p] &&
            !ex_vietnamese_name(x, p))
            fi->cs[p] = cs0[subj], fi->ce[p] = ce0[subj];
    /* … and when it writes of Việt Nam in passing (the headline's state
     * named three times and more than twice as often as Việt Nam, no post
     * marking Vietnamese news): a bare state post of a name with no
     * Vietnamese pattern (vn_names.tsv) is that state's ("Thủ tướng Lý
     * Hiển Long" in a Singapore story that quotes a Vietnamese source) */
    if (subj < 0 && vn) {
        size_t h = ex_headline_start(x), he = h;
        while (he < x->ntok && x->tok[he].type != T_NL)
            he++;
        for (int j = 0; j < nc; j++)
            if (cs0[j] >= h && cs0[j] < he && cnt[j] >= 3 && (subj < 0 || cnt[j] > cnt[subj]))
                subj = j;
        if (subj >= 0 && hstates > 1 && !ex_state_dominant(x, ch[subj]))
            subj = -1;
        if (subj >= 0 &&
            (ex_vietnam_mentions(x, cnt[subj]) * 2 >= cnt[subj] || ex_posts_vietnamese(x)))
            subj = -1;
        for (size_t p = 0; subj >= 0 && p < x->npp; p++)
            if (bare[p] == 1 && !fi->anchored[p] && fi->cs[p] == fi->ce[p] && !fi->pattern[p] &&
                !ex_vietnamese_name(x, p))
                fi->cs[p] = cs0[subj], fi->ce[p] = ce0[subj];
    }
    /* … and when the headline names no state (a story told of a person
     * or a city: the state it is about named three times and more often
     * than Việt Nam, no post marking Vietnamese news): a name
     * with no Vietnamese pattern (vn_names.tsv) and only bare state posts,
     * one of them in a sentence that names that state, leads it ("Thủ
     * tướng Lý Quang Diệu" in a story of Singapore) */
    if (subj < 0 && cnt[best] >= 3 && ex_vietnam_mentions(x, cnt[best]) < cnt[best] &&
        !ex_posts_vietnamese(x))
        for (size_t p = 0; p < x->npp; p++)
            if (bare[p] == 1 && !fi->anchored[p] && fi->cs[p] == fi->ce[p] && !fi->pattern[p] &&
                !ex_vietnamese_name(x, p) && ex_post_near_state(x, (int32_t)p, ch[best]))
                fi->cs[p] = cs0[best], fi->ce[p] = ce0[best];
    ex_foreign_pairs(x, fi, bare, seen, true);
    free(bare);
    free(seen);
    return true;
}

/* Whether the post of role rl is written right before its holder's name
 * with nothing between ("Thủ tướng Lý Hiển Long"): the only place where
 * the state an article names may be lent to a post that names none. */
static bool ex_title_next_to_name(const ex *x, const role *rl)
{
    const el *t = &x->el[rl->title];
    if (rl->title + 1 >= x->nel)
        return false;
    const el *n = &x->el[rl->title + 1];
    return n->type == E_NAME && n->person == rl->person && (n->ts == t->te || n->ts == t->xe);
}

/* Whether the label of post t ends in a person's name: its last word is
 * capitalised, plain ASCII, of no lexicon meaning, and an initial's
 * surname ("D.Tusk", "J.Juncker") or a foreign-shaped word of a full name
 * the article reads ("Tổng thống Moon" beside "Moon Jae-in") or writes
 * after "ông" / "bà" ("Giám đốc FBI Comey" beside "ông Comey"). */
static bool ex_label_name(const ex *x, const el *t, int32_t holder)
{
    size_t e = t->te;
    if (e <= t->re || e > x->ntok)
        return false;
    size_t k = e - 1;
    const tok *w = &x->tok[k];
    if (!ex_namecap(x, k) || !ex_ascii(x, k) || w->allcaps || w->e - w->s < 2 ||
        ex_phrase(x, k,
                  LX_ORG | LX_ROLE | LX_PLACE | LX_LOOKALIKE | LX_STOP | LX_NOTNAME | LX_HONORIFIC |
                      LX_RANK | LX_MONTH | LX_ORGWORD | LX_COUNTRY,
                  NULL))
        return false;
    /* "D.Tusk" (one word): the surname a full name of the article ends in
     * ("Donald Trump" for "D.Trump") or written after "ông" / "bà" ("Ông
     * Tusk cho biết"); "V.League" is none */
    const unsigned char *p = (const unsigned char *)x->t->w;
    if (w->e - w->s > 3 && p[w->s] >= 'A' && p[w->s] <= 'Z' && p[w->s + 1] == '.') {
        size_t n = w->e - w->s - 2;
        for (size_t q = 0; q < x->npp; q++) {
            const tok *l = &x->tok[x->pp[q].te - 1];
            if (x->pp[q].te - x->pp[q].ts >= 2 && l->e - l->s == n &&
                memcmp(p + l->s, p + w->s + 2, n) == 0)
                return true;
        }
        /* (or written after "ông" / "bà": "Ông Tusk cho biết") */
        for (size_t j = 1; j < x->ntok; j++)
            if (x->tok[j].e - x->tok[j].s == n && memcmp(p + x->tok[j].s, p + w->s + 2, n) == 0 &&
                ex_phrase(x, j - 1, LX_HONORIFIC, NULL) == 1)
                return true;
        return false;
    }
    /* ("Moon" is spelt like a Vietnamese syllable: the name it is a word
     * of is foreign-shaped, "Jae-in") */
    bool shaped = ex_tok_foreign(x, k);
    uint64_t h = w->h;
    /* (not the holder's own name: "Tập đoàn đóng tàu Damen" of Arnout
     * Damen, a firm bearing it) */
    for (uint32_t j = x->pp[holder].ts; j < x->pp[holder].te; j++)
        if (x->tok[j].h == h)
            return false;
    for (size_t q = 0; q < x->npp; q++) {
        uint32_t a = x->pp[q].ts, b = x->pp[q].te, j = a;
        while (j < b && x->tok[j].h != h)
            j++;
        if (b - a < 2 || j == b)
            continue;
        for (j = a; j < b && !shaped; j++)
            shaped = ex_tok_foreign(x, j);
        if (shaped)
            return true;
    }
    if (!shaped)
        return false;
    for (size_t j = 1; j < x->ntok; j++)
        if (j != k && x->tok[j].h == h && ex_namecap(x, j) &&
            ex_phrase(x, j - 1, LX_HONORIFIC, NULL) == 1)
            return true;
    return false;
}

/* Whether the post of role rl belongs to someone other than its holder by
 * the grammar (issue 9, "Other states"; docs/EXTRACTION.md, session 17):
 * - a post naming a state other than the one written next to the holder's
 *   name: a person's posts belong to one state, so "Thủ tướng Nhật Bản
 *   Shinzo Abe, Tổng thống Mỹ khẳng định …" and "…, Phó Thủ tướng Thái
 *   Lan, nguyên Thủ tướng Singapore Goh Chok Tong" list other people;
 * - a post whose label ends in a foreign person's name
 *   (ex_foreign_short: "Tổng thống Putin, Tổng thống Moon cho biết",
 *   "Giám đốc FBI Comey", "Chủ tịch Hội đồng châu Âu D.Tusk"): that name
 *   is the holder; when the grammar did not read it as one (a surname,
 *   a fragment), the post goes to nobody rather than to another person. */
static bool ex_claim_elsewhere(const ex *x, const foreign_info *fi, const role *rl)
{
    const el *t = &x->el[rl->title];
    int32_t p = rl->person;
    uint32_t cs, ce;
    if (fi && fi->ne[p] > fi->ns[p] && ex_post_country(x, t, &cs, &ce) && ce > cs) {
        /* (one state however long its name: "Nga" and "Liên bang Nga",
         * "Anh" and "Vương quốc Anh" — the shorter ends the longer) */
        uint32_t n = ce - cs < fi->ne[p] - fi->ns[p] ? ce - cs : fi->ne[p] - fi->ns[p];
        if (ex_seq_hash(x, ce - n, ce) != ex_seq_hash(x, fi->ne[p] - n, fi->ne[p]))
            return true;
    }
    return ex_label_name(x, t, p);
}

static void ex_foreign_free(foreign_info *fi)
{
    free(fi->cs);
    free(fi->ce);
    free(fi->pattern);
    free(fi->anchored);
    free(fi->unknown);
    free(fi->ns);
    free(fi->ne);
}

/* Whether person p holds "Chủ tịch nước" in the article (Việt Nam's name
 * of its President's post), or, with a name of a Vietnamese pattern
 * (vn_names.tsv), a post of a named body that no other state has written
 * in it ("Bộ trưởng Bộ Công thương"). */
static bool ex_holds_own_post(const ex *x, int32_t p)
{
    int vn = -1;
    for (size_t r = 0; r < x->nrl; r++) {
        const el *t = &x->el[x->rl[r].title];
        if (x->rl[r].person != p || x->rl[r].dropped)
            continue;
        if (t->te - t->rs == 3 && ex_is(x, t->rs, "chủ") && ex_is(x, t->rs + 2, "nước"))
            return true;
        uint32_t cs, ce;
        if (t->te > t->re && !ex_post_foreign_only(x, t) && !ex_post_country(x, t, &cs, &ce)) {
            if (vn < 0)
                vn = ex_vietnamese_name(x, (size_t)p);
            if (vn)
                return true;
        }
    }
    return false;
}

/* Whether token k is a city written with its prefix as one word,
 * "TP.HCM". */
static bool ex_city_glued(const ex *x, size_t k)
{
    const tok *t = &x->tok[k];
    return k < x->ntok && t->type == T_WORD && t->e - t->s > 3 && x->t->w[t->s] == 'T' &&
           (x->t->w[t->s + 1] | 32) == 'p' && x->t->w[t->s + 2] == '.';
}

/* Hash of the place at tokens [from, end) with its abbreviations expanded
 * (abbreviations.tsv, whole tokens as written) and a leading "thành phố" /
 * "tỉnh" of an expansion left out, so that one city written "TP.HCM",
 * "TP HCM" and "thành phố Hồ Chí Minh" is one place (ex_article_place). */
/* The abbreviation (abbreviations.tsv) token k is as written, or NULL. */
static const lx_pair *ex_place_abbr(const ex *x, size_t k)
{
    const tok *c = &x->tok[k];
    if (c->type != T_WORD || c->e <= c->s)
        return NULL;
    unsigned char b0 = (unsigned char)x->t->w[c->s];
    for (size_t g = x->lx->abbr_start[b0]; g < x->lx->abbr_start[b0 + 1]; g++) {
        const lx_pair *a = &x->lx->abbr[x->lx->abbr_order[g]];
        if (a->flen == c->e - c->s && !memcmp(a->from, x->t->w + c->s, a->flen))
            return a;
    }
    return NULL;
}

static uint64_t ex_place_hash(const ex *x, size_t from, size_t end)
{
    uint64_t h = 0;
    for (size_t k = from; k < end; k++) {
        const tok *c = &x->tok[k];
        const lx_pair *ab = ex_place_abbr(x, k);
        if (!ab) {
            h = norm_hash_combine(h, c->h);
            continue;
        }
        /* the expansion's words, its leading "thành phố" / "tỉnh" left out */
        const char *w = ab->to;
        size_t len = strlen(w), i = 0, n = 0;
        uint64_t prev = 0;
        while (i < len) {
            size_t e = lexicon_word_end(w, len, i);
            if (e == i) {
                i++;
                continue;
            }
            uint64_t wh = norm_hash_syllable(w + i, e - i);
            i = e;
            if (k == from && ((n == 0 && (wh == x->lx->h_tinh || wh == x->lx->h_thanh)) ||
                              (n == 1 && prev == x->lx->h_thanh && wh == x->lx->h_phos))) {
                prev = wh, n++;
                continue;
            }
            h = norm_hash_combine(h, wh);
            prev = wh, n++;
        }
    }
    return h;
}

/* The one province (city: the one city) the article names, for completing
 * a generic local post ("Bí thư Tỉnh ủy" → "Bí thư Tỉnh ủy Yên Bái"): the
 * names after "tỉnh" / "Tỉnh ủy" (after "thành phố" / "TP" / "Thành ủy" /
 * "CATP"),
 * all the same one; its tokens in *ps, *pe.  False when there is none or
 * more than one. */
static bool ex_article_place(const ex *x, bool city, uint32_t *ps, uint32_t *pe)
{
    uint64_t seen = 0;
    uint64_t h_tinh = norm_hash_syllable("tỉnh", strlen("tỉnh")),
             h_thanh = norm_hash_syllable("thành", strlen("thành")),
             h_pho = norm_hash_syllable("phố", strlen("phố")), h_tp = norm_hash_syllable("tp", 2),
             h_catp = norm_hash_syllable("catp", 4), h_uy = norm_hash_syllable("ủy", strlen("ủy"));
    for (size_t k = 0; k + 1 < x->ntok; k++) {
        const tok *t = &x->tok[k];
        if (t->type != T_WORD)
            continue;
        uint64_t h1 = x->tok[k + 1].h;
        size_t from = 0;
        if (!city && t->h == h_tinh)
            from = h1 == h_uy ? k + 2 : k + 1;
        else if (city && t->h == h_thanh && (h1 == h_pho || h1 == h_uy))
            from = k + 2;
        else if (city && (t->h == h_tp || t->h == h_catp))
            from = k + 1; /* "TP Đà Nẵng", "CATP Đà Nẵng" (its police) */
        size_t end;
        bool abbr = false; /* "TP HCM": the prefix is kept with the place */
        /* "Thành ủy TP.HCM": the glued city is counted at its own token */
        if (from && from < x->ntok && ex_city_glued(x, from))
            continue;
        if (city && !from && ex_city_glued(x, k)) {
            /* "TP.HCM" is one word: the city with its prefix */
            from = k, end = k + 1;
        } else {
            /* "Bí thư Tỉnh ủy Phạm Duy Cường": a person, not a place */
            if (!from || !ex_word(x, from) || !x->tok[from].cap || ex_name_at(x, from))
                continue;
            end = ex_skip_place(x, from);
            /* "TP HCM": a city's abbreviation (abbreviations.tsv) after
             * the prefix, which ex_skip_place leaves to a name after it */
            if (end == from && x->tok[from].allcaps && ex_place_abbr(x, from))
                end = from + 1, abbr = t->h == h_tp;
            /* after the abbreviation one capitalised syllable is as often
             * the next sentence ("… người dân TP. Cụ thể, …", "của
             * TP.Ghi nhận …") as a city: one syllable counts only in
             * capitals ("TP HCM") */
            if ((t->h == h_tp || t->h == h_catp) && end == from + 1 && !x->tok[from].allcaps)
                continue;
        }
        if (end <= from || end - from > 5)
            continue;
        /* (one place however written: "TP.HCM", "TP HCM", "thành phố Hồ
         * Chí Minh") */
        uint64_t h = ex_place_hash(x, from, end);
        if (seen && seen != h)
            return false; /* two places: no completion */
        if (!seen) {
            seen = h;
            *ps = (uint32_t)(abbr ? k : from), *pe = (uint32_t)end;
        }
    }
    return seen != 0;
}

/* Whether a post's organisation is a generic local body without its place:
 * it ends in "Tỉnh ủy" / "tỉnh" (1) or "Thành ủy" / "thành phố" / "TP" /
 * "CATP" (2), else 0 ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch
 * UBND TP"). */
static int ex_generic_local(const ex *x, const el *t)
{
    if (t->te <= t->re || t->te < 1)
        return 0;
    size_t l = t->te - 1;
    if (ex_is(x, l, "tỉnh") || (l > 0 && ex_is(x, l, "ủy") && ex_is(x, l - 1, "tỉnh")))
        return 1;
    if ((l > 0 && ex_is(x, l, "phố") && ex_is(x, l - 1, "thành")) ||
        (l > 0 && ex_is(x, l, "ủy") && ex_is(x, l - 1, "thành")))
        return 2;
    /* "TP" is "thành phố" abbreviated: "Chủ tịch UBND TP", "Phó Giám đốc
     * Công an TP", and the city police written as one word, "Giám đốc
     * CATP" (Công an thành phố) */
    if (ex_is(x, l, "tp") || ex_is(x, l, "catp"))
        return 2;
    return 0;
}

/* The date or period that opens the sentence of element i ("Năm 1941,
 * …", "Tháng 4/2000, …", "Từ năm 1973 đến năm 1976, …"): a RANGE before it
 * with no sentence end between, else NULL. */
static const el *ex_clause_date(const ex *x, size_t i)
{
    for (size_t k = i; k-- > 0 && k + EX_REACH > i;) {
        const el *e = &x->el[k];
        if (e->type == E_BREAK || e->type == E_NL)
            return NULL;
        if (e->type == E_RANGE)
            return e;
    }
    return NULL;
}

/* The day that opens the sentence of element i ("Ngày 1/9/2020, Chủ tịch
 * nước … đã ký"), as ex_clause_date finds a month or a year, into *out
 * when its year is not the article's ayear: false when none, or when a
 * sentence end stands between. */
static __attribute__((noinline)) bool ex_sentence_day(const ex *x, size_t i, int ayear, pdate *out)
{
    const el *t = &x->el[i];
    for (size_t d = x->nday; d-- > 0;) {
        if (x->day_te[d] > t->ts)
            continue;
        for (size_t k = i; k-- > 0 && k + EX_REACH > i && x->el[k].ts >= x->day_te[d];)
            if (x->el[k].type == E_BREAK || x->el[k].type == E_NL)
                return false;
        /* (the article's own year dates nothing new) */
        if (t->ts - x->day_te[d] >= 4 * EX_REACH ||
            (ayear && x->day[d].year == ayear && !ex_day_past(x, &x->day[d])))
            return false;
        *out = x->day[d];
        return true;
    }
    return false;
}

/* a and b joined by a space (either may be empty). */
static tx_str ex_join(ex *x, tx_str a, tx_str b)
{
    if (!a.s)
        return b;
    if (!b.s)
        return a;
    tx_str r = {NULL, 0};
    char *buf = tx_result_alloc(x->res, a.len + b.len + 2);
    if (!buf) {
        x->oom = true;
        return r;
    }
    memcpy(buf, a.s, a.len);
    buf[a.len] = ' ';
    memcpy(buf + a.len + 1, b.s, b.len);
    buf[a.len + 1 + b.len] = '\0';
    r.s = buf;
    r.len = a.len + 1 + b.len;
    return r;
}

/* The text of tokens [s, e) followed by " " and tokens [cs, ce); nothing
 * when [cs, ce) has no text. */
static tx_str ex_text_with(ex *x, size_t s, size_t e, size_t cs, size_t ce)
{
    tx_str b = ex_text(x, cs, ce);
    if (!b.s)
        return (tx_str){NULL, 0};
    return ex_join(x, ex_text(x, s, e), b);
}

/* A post whose body writes initials the article defines for a body
 * (ex_define_initials): "Tổng giám đốc BSR" after "Công ty cổ phần Lọc hóa
 * dầu Bình Sơn (BSR)" is "Tổng giám đốc Công ty cổ phần Lọc hóa dầu Bình
 * Sơn" — one post with the one the article writes in full.  The position
 * and organization get the body written out (`completed`); false when the
 * post writes no such initials. */
static __attribute__((noinline)) bool ex_initials_post(ex *x, const el *t, tx_role *ro)
{
    uint32_t os = t->os ? t->os : t->re;
    for (size_t q = os; q < t->te; q++) {
        /* (not the body's own initials inside its name, left out of its
         * text: "trường Đại học Sư phạm (ĐHSP) Hà Nội") */
        if (!ex_word(x, q) || !x->tok[q].allcaps || x->tok[q].paren_abbr)
            continue;
        for (size_t d = 0; d < x->ndefs; d++) {
            const struct ex_initials *df = &x->defs[d];
            if (df->clash || !ex_same_bytes(x, df->ini, q))
                continue;
            /* "Cục trưởng Cục NTBD", "Tổng giám đốc công ty VWVN": the
             * body's own first words written before its initials go, so
             * that they are not said twice ("Cục Cục Nghệ thuật biểu
             * diễn") */
            size_t p = q;
            for (size_t m = 3; m >= 1; m--)
                if (q >= os + m && df->bs + m < df->be &&
                    ex_seq_hash(x, q - m, q) == ex_seq_hash(x, df->bs, df->bs + m)) {
                    p = q - m;
                    break;
                }
            tx_str body = ex_text(x, df->bs, df->be), after = ex_text(x, q + 1, t->te);
            ro->written = ro->position;
            ro->position = ex_join(x, ex_join(x, ex_text(x, t->rs, p), body), after);
            ro->organization = ex_join(x, ex_join(x, ex_text(x, os, p), body), after);
            ro->completed = true;
            return true;
        }
    }
    return false;
}

/* Fill the result's people, organizations and roles (x->res, made with
 * room for them: at most npp, nog and nrl). */
static void ex_output(ex *x)
{
    tx_result *res = x->res;
    int *mentions = calloc(x->npp + 1, sizeof *mentions);
    if (!mentions) {
        x->oom = true;
        return;
    }
    for (size_t i = 0; i < x->nel; i++)
        if (x->el[i].type == E_NAME && x->el[i].person >= 0 && !x->el[i].pronoun)
            mentions[x->el[i].person]++;
    for (size_t k = 0; k < x->npp; k++) {
        if (!mentions[k])
            continue;
        tx_named *p = &res->people[res->npeople++];
        p->name = ex_text(x, x->pp[k].ts, x->pp[k].te);
        p->mentions = mentions[k];
    }
    for (size_t k = 0; k < x->nog; k++) {
        tx_named *g = &res->organizations[res->norganizations++];
        g->name = ex_text(x, x->og[k].ts, x->og[k].te);
        g->mentions = x->og[k].mentions;
    }
    /* one role per (person, post); a status other than current wins */
    size_t cap = 64;
    while (cap < x->nrl * 2 + 2)
        cap *= 2;
    uint64_t *keys = calloc(cap, sizeof *keys);
    tx_role **objs = calloc(cap, sizeof *objs);
    if (!keys || !objs)
        x->oom = true;
    ex_drop_short_posts(x);
    ex_drop_dependent_posts(x);
    /* "cố Tổng Bí thư Lê Duẩn": the holder has died, so every post the
     * article gives that person is a former one */
    uint8_t *dead = x->npp ? calloc(x->npp, 1) : NULL;
    uint64_t h_co = norm_hash_syllable("cố", strlen("cố"));
    for (size_t r = 0; dead && r < x->nrl; r++) {
        const el *t = &x->el[x->rl[r].title];
        if (!t->cued || t->rs > x->ntok || x->rl[r].person < 0)
            continue;
        /* only a post written against its holder's name ("tưởng niệm
         * Tổng Bí thư A", "ông A, cố Bộ trưởng …"): "Bí thư B cùng lãnh đạo
         * thành phố tưởng niệm Chủ tịch Hồ Chí Minh" gave the bare post to
         * B, who is alive */
        size_t ti = x->rl[r].title;
        int32_t hp = x->rl[r].person;
        bool named = (ti + 1 < x->nel && x->el[ti + 1].type == E_NAME &&
                      x->el[ti + 1].person == hp && x->el[ti + 1].ts == t->te) ||
                     (ti >= 2 && x->el[ti - 2].type == E_NAME && x->el[ti - 2].person == hp &&
                      (x->el[ti - 1].type == E_COMMA || x->el[ti - 1].type == E_DASH ||
                       x->el[ti - 1].type == E_OPEN));
        if (!named)
            continue;
        /* "tưởng niệm / ngày sinh / ngày giỗ Tổng Bí thư Nguyễn Văn Cừ": a
         * commemoration is of someone who has died; the cues may stack
         * ("tưởng niệm cố Thủ tướng …") */
        for (size_t k = t->ts; k < t->rs; k++)
            if (x->tok[k].h == h_co || ex_is(x, k, "sinh") || ex_is(x, k, "niệm") ||
                ex_is(x, k, "giỗ"))
                dead[x->rl[r].person] = 1;
    }
    /* (a change told of such a holder is history too: "Khi đồng chí A qua
     * đời, Trường Chinh được bầu lại làm Tổng Bí thư" in an article on his
     * birthday) */
    for (size_t r = 0; dead && r < x->nrl; r++)
        if (x->rl[r].person >= 0 && dead[x->rl[r].person] &&
            (x->rl[r].status == ST_CURRENT || x->rl[r].status == ST_APPOINTED ||
             x->rl[r].status == ST_ENDED))
            x->rl[r].status = ST_FORMER;
    free(dead);
    foreign_info fi;
    bool fok = ex_foreign_scan(x, &fi);
    int place_ok[2] = {-1, -1}; /* the article's one province / city, unknown yet */
    uint32_t place_s[2] = {0, 0}, place_e[2] = {0, 0};
    int ayear = 0;
    if (res->date.prec != PDATE_NONE)
        ayear = res->date.year;
    for (size_t r = 0; keys && objs && r < x->nrl; r++) {
        const role *rl = &x->rl[r];
        if (rl->dropped)
            continue;
        const el *t = &x->el[rl->title];
        /* "Tổng thống Séc Milos Zeman hội đàm với Chủ tịch nước Trần Đại
         * Quang. Tổng thống Trần Đại Quang cảm ơn …": the press may call
         * Việt Nam's President by another state's title; a bare post only
         * other states have, held by someone who holds "Chủ tịch nước" and
         * is not known to be of another state (no foreign name, no state
         * of his own), is that post written so, no post of his */
        if (fok && t->te == t->re && ex_post_foreign_only(x, t) && !fi.pattern[rl->person] &&
            fi.cs[rl->person] == fi.ce[rl->person] && ex_holds_own_post(x, rl->person))
            continue;
        if (ex_claim_elsewhere(x, fok ? &fi : NULL, rl))
            continue;
        uint64_t key = norm_hash_combine(ex_seq_hash(x, t->rs, t->te), (uint64_t)rl->person + 1);
        key = norm_hash_combine(key, (uint64_t)(rl->range + 2));
        if (t->be > t->bs) /* (a borrowed body makes another post) */
            key = norm_hash_combine(key, ex_seq_hash(x, t->bs, t->be));
        size_t j = (size_t)key & (cap - 1);
        while (keys[j] && keys[j] != key)
            j = (j + 1) & (cap - 1);
        if (keys[j]) {
            /* "thôi giữ chức Bí thư Thành ủy" and, in a caption, "nguyên Bí
             * thư Thành ủy": the change the article reports wins over the
             * mention of the post as a past one */
            if (rl->status && !(rl->status == ST_FORMER && objs[j]->status == ST_ENDED))
                objs[j]->status = rl->status;
            continue;
        }
        keys[j] = key;
        tx_role *ro = &res->roles[res->nroles++];
        ro->person = ex_text(x, x->pp[rl->person].ts, x->pp[rl->person].te);
        uint32_t pcs = 0, pce = 0;
        bool foreign = false, own = false;
        if (fok) {
            own = ex_post_country(x, t, &pcs, &pce) || ex_post_foreign_shaped(x, t);
            /* "Tổng thống", "Ủy viên Quốc vụ": a post only other states
             * have is foreign whoever the grammar gave it to */
            bool only = !own && ex_post_foreign_only(x, t);
            foreign = own || only || fi.cs[rl->person] != fi.ce[rl->person] ||
                      fi.pattern[rl->person] || fi.unknown[rl->person];
            /* a foreign-shaped name with no state of its own in a post of
             * a Vietnamese body ("Ông Yasuhiro Saitoh, Chủ tịch HĐQT
             * Eximbank"): the post is the body's, not another state's */
            if (foreign && !own && !only && fi.cs[rl->person] == fi.ce[rl->person] &&
                !ex_post_intl(x, t) && ex_post_vn_body(x, t))
                foreign = false;
            /* (not into a post whose body names a place of its own, an
             * international body's: "Tổng Thư ký Liên Hợp Quốc Antonio
             * Guterres (nguyên Thủ tướng Bồ Đào Nha)" is no post of Bồ Đào
             * Nha) */
            if (!own && !ex_post_intl(x, t)) {
                pcs = fi.cs[rl->person], pce = fi.ce[rl->person];
                /* a foreign name or post with no country of its own: the
                 * one the article names most, if any — for a post of a
                 * state only ("Thủ tướng", "Tổng thống"); a coach or a
                 * manager ("HLV Choi Yun Kyum" of a Korean club, in an
                 * article naming Japan most) keeps no organization */
                /* (a foreign-shaped name — "Tổng thống Putin", "Thủ tướng
                 * Abe" — only when that state is the only one named: "Tổng
                 * thống Putin" in a story of Washington named Mỹ most) */
                /* (only a safe guess: the article names one foreign state
                 * and the post stands right before the name — "Tổng thống
                 * Emmanuel Macron" in a story naming Mỹ most became "Tổng
                 * thống Mỹ", "Chủ tịch Tập Cận Bình" "Chủ tịch Mỹ": with
                 * several states named the claim keeps no organization) */
                /* (no guess: a state written right after the post, "tân
                 * Trưởng khu Hành chính Đặc biệt Hong Kong, bà …") */
                int cn = 0;
                if (pcs == pce && (fi.pattern[rl->person] || only) &&
                    (only || ex_bare_state_head(x, t))) {
                    if (t->te < x->ntok && (cn = ex_country_at(x, t->te)) > 0)
                        pcs = t->te, pce = t->te + (uint32_t)cn;
                    else if (fi.dsole && ex_title_next_to_name(x, rl))
                        pcs = fi.dcs, pce = fi.dce;
                }
            }
        }
        /* a generic local post completed from the one place the article
         * names: "Bí thư Tỉnh ủy" → "Bí thư Tỉnh ủy Yên Bái" */
        int gl = foreign ? 0 : ex_generic_local(x, t);
        uint32_t gs = 0, ge = 0;
        if (gl && place_ok[gl - 1] < 0)
            place_ok[gl - 1] = ex_article_place(x, gl == 2, &place_s[gl - 1], &place_e[gl - 1]);
        if (gl && place_ok[gl - 1] > 0)
            gs = place_s[gl - 1], ge = place_e[gl - 1];
        if (ge > gs) {
            /* "Chủ tịch UBND TP" + "TP.HCM": the place carries its own
             * prefix, so the post's "TP" / "thành phố" goes ("Chủ tịch UBND
             * TP.HCM", not "… TP TP.HCM") */
            uint32_t pe = t->te;
            if (gl == 2 && (ex_city_glued(x, gs) || ex_is(x, gs, "tp"))) {
                if (ex_is(x, pe - 1, "tp"))
                    pe--;
                else if (pe - 2 >= t->re && ex_is(x, pe - 1, "phố") && ex_is(x, pe - 2, "thành"))
                    pe -= 2;
            }
            ro->position = ex_text_with(x, t->rs, pe, gs, ge);
            ro->role = ex_text(x, t->rs, t->re);
            ro->organization = ex_text_with(x, t->re, pe, gs, ge);
            ro->completed = true;
        } else if (foreign && !own && pcs != pce) {
            /* "Thủ tướng" of Lý Hiển Long in an article about Singapore */
            uint32_t os = t->os ? t->os : t->re;
            ro->position = ex_text_with(x, t->rs, t->te, pcs, pce);
            ro->role = ex_text(x, t->rs, t->re);
            ro->organization =
                t->te > os ? ex_text_with(x, os, t->te, pcs, pce) : ex_text(x, pcs, pce);
        } else if (t->be > t->bs && !(foreign && !own)) {
            /* "Bí thư Đảng ủy" + the next post's body */
            ro->position = ex_text_with(x, t->rs, t->te, t->bs, t->be);
            ro->role = ex_text(x, t->rs, t->re);
            ro->organization = ex_text(x, t->bs, t->be);
        } else {
            ro->position = ex_text(x, t->rs, t->te);
            ro->role = ex_text(x, t->rs, t->re);
            /* (the body after "phụ trách": "Ban thực hiện chính sách BHYT") */
            if (!(foreign && !own))
                ro->organization = ex_text(x, t->os ? t->os : t->re, t->te);
            /* "Tổng giám đốc BSR" of an article that writes "Công ty cổ
             * phần Lọc hóa dầu Bình Sơn (BSR)" */
            if (!foreign && x->ndefs)
                ex_initials_post(x, t, ro);
        }
        ro->foreign = foreign;
        /* "Năm 1941, ông … làm …": the clause's own time, when it is not
         * the article's */
        const el *period = NULL; /* a closed period opening the clause */
        if (rl->range < 0) {
            const el *when = ex_clause_date(x, rl->title);
            /* "as of" a time only before the article's year: "Đến năm
             * 2025, …" is a plan */
            /* (not a post its own prefix makes former then too: "Năm 2010,
             * nguyên Bộ trưởng A phát biểu" — the claim's time is the
             * article's view, former) */
            bool prefixed = t->cued && rl->status == ST_FORMER && t->status == ST_FORMER;
            if (when && when->point && !prefixed &&
                (when->point == 2 ? ayear && when->from.year < ayear
                                  : !ayear || when->from.year != ayear))
                ro->has_when = true, ro->when = when->from;
            else if (when && !when->point && when->to.prec != PDATE_NONE)
                period = when;
            /* (a day: "Ngày 1/9/2020, Chủ tịch nước … đã ký" in a 2021
             * article is 2020-09-01's claim) */
            if (!when && !prefixed && x->nday)
                ro->has_when = ex_sentence_day(x, rl->title, ayear, &ro->when);
        }
        /* "Từ năm 1973 đến năm 1976, ông … là Phó Thủ tướng": a career line
         * told as narrative, the post held over that period — and no
         * longer, when the period closed before the article's year
         * ("Tháng 4/1973 đến năm 1976, đồng chí … giữ chức vụ …" too: the
         * period, not "giữ chức", says when) */
        const el *closed = period ? period : rl->range >= 0 ? &x->el[rl->range] : NULL;
        if (closed && !closed->point && closed->to.prec != PDATE_NONE && ayear &&
            closed->to.year < ayear && (rl->status == ST_CURRENT || rl->status == ST_APPOINTED))
            ro->status = ST_FORMER;
        else
            ro->status = rl->status;
        ro->span_start = norm_orig(x->t, rl->s);
        ro->span_end = norm_orig(x->t, rl->e);
        ro->single_holder = ex_single_holder(x, t);
        if (rl->range >= 0 || period) {
            const el *rg = period ? period : &x->el[rl->range];
            ro->has_from = true;
            ro->from = rg->from;
            ro->to = rg->to;
        }
        objs[j] = ro;
    }
    ex_foreign_free(&fi);
    free(keys);
    free(objs);
    free(mentions);
}

/* Free the per-call state. */
static void ex_free(ex *x)
{
    free(x->tok);
    free(x->ph);
    free(x->twin);
    free(x->paren);
    free(x->el);
    free(x->pp);
    free(x->ptab);
    free(x->rl);
    free(x->og);
    free(x->otab);
}

/* Fill an error. */
static void extract_fail(tx_error *err, int code, long off, const char *msg)
{
    if (!err)
        return;
    err->code = code;
    err->offset = off;
    snprintf(err->message, sizeof err->message, "%s", msg);
}

/* Extract people, posts, organisations and the date from one article. */
tx_result *tx_extract_result(const tx_lexicon *lx, const char *text, size_t len,
                             const char *given_date, tx_error *err)
{
    if (err) {
        err->code = 0;
        err->offset = -1;
        err->message[0] = '\0';
    }
    if (!lx) {
        extract_fail(err, TENURE_E_INTERNAL_ERROR, -1, "no lexicon loaded");
        return NULL;
    }
    if (!text || len == 0) {
        extract_fail(err, TENURE_E_BAD_TEXT, -1, "empty text");
        return NULL;
    }
    if (len > UINT32_MAX / 2) {
        extract_fail(err, TENURE_E_BAD_TEXT, -1, "text too large");
        return NULL;
    }
    pdate given;
    if (given_date && pdate_parse(given_date, &given)) {
        extract_fail(err, TENURE_E_INVALID_PARAMS, -1, "date must be YYYY, YYYY-MM or YYYY-MM-DD");
        return NULL;
    }
    tx_text t;
    long bad = -1;
    ex_scratch *scr = ex_scratch_take();
    int nr = norm_text_checked_in(text, len, &t, &bad, scr ? scr->w : NULL, scr ? scr->capw : 0);
    if (scr)
        scr->w = NULL, scr->capw = 0; /* t's now */
    if (nr) {
        /* (the arrays go back as they came: put keeps what x0 holds) */
        ex x0;
        memset(&x0, 0, sizeof x0);
        ex_scratch_lend(scr, &x0);
        ex_scratch_put(scr, &x0, &t);
    }
    if (nr == -2) {
        char m[96];
        snprintf(m, sizeof m, "invalid UTF-8 at byte %ld", bad);
        extract_fail(err, TENURE_E_BAD_TEXT, bad, m);
        return NULL;
    }
    if (nr) {
        extract_fail(err, TENURE_E_INTERNAL_ERROR, -1, "out of memory");
        return NULL;
    }
    pdate d;
    pdate adate = {0, 0, 0, PDATE_NONE};
    uint8_t asource = TX_DATE_NONE;
    bool stamped;     /* the text's publication stamp dated it (date.c) */
    bool guessed;     /* its year was guessed from the years the text writes */
    int tlatest = -1; /* date_latest_year, when date_find worked it out */
    if (given_date) {
        /* a partial date the caller gives bounds the text's: a day inside
         * it refines it (date.c) */
        if (date_find(&t, &given, &d, &stamped, &guessed) != 0)
            d = given;
        int refined = d.prec > given.prec;
        adate = refined ? d : given;
        asource = !refined ? TX_DATE_GIVEN : stamped ? TX_DATE_STAMP : TX_DATE_TEXT;
    } else if (date_find_latest(&t, NULL, &d, &stamped, &guessed, &tlatest) == 0) {
        adate = d;
        asource = stamped ? TX_DATE_STAMP : guessed ? TX_DATE_GUESS : TX_DATE_TEXT;
    }
    ex x;
    memset(&x, 0, sizeof x);
    x.lx = lx;
    x.t = &t;
    ex_scratch_lend(scr, &x); /* the arrays of earlier calls (put back below) */
    x.h_ong = norm_hash_syllable("ông", strlen("ông"));
    x.h_ba = norm_hash_syllable("bà", strlen("bà"));
    x.h_dong = norm_hash_syllable("đồng", strlen("đồng"));
    x.h_chi = norm_hash_syllable("chí", strlen("chí"));
    x.h_ve = norm_hash_syllable("về", strlen("về"));
    x.ayear = adate.prec != PDATE_NONE ? adate.year : 0;
    x.mlatest = -1;
    x.tlatest = tlatest;
    if (adate.prec == PDATE_DAY) {
        x.amonth = adate.month;
        x.aday = adate.day;
    }
    x.ayear_read = asource != TX_DATE_NONE && asource != TX_DATE_GUESS;
    ex_tokenize(&x);
    if (!x.oom)
        ex_match(&x);
    if (!x.oom) {
        ex_elements(&x);
        ex_article_initials(&x);
    }
    if (!x.oom) {
        ex_common_twins(&x);
        ex_street_mentions(&x);
        ex_glued_names(&x);
        ex_resolve_short(&x);
        ex_resolve_pronouns(&x);
    }
    if (!x.oom) {
        ex_rule_timeline(&x);
        ex_rule_career_list(&x);
        ex_rule_prefix(&x);
        ex_rule_plural(&x);
        ex_rule_holders(&x);
        ex_rule_then_pronoun(&x);
        ex_rule_postfix(&x);
        ex_rule_cues(&x);
        ex_rule_cue_objects(&x);
        ex_rule_successor(&x);
        ex_rule_predecessor(&x);
        ex_rule_transfer(&x);
        ex_rule_former_chains(&x);
        ex_rule_after(&x);
        ex_rule_frames(&x);
        ex_rule_then_next(&x);
        ex_rule_post_periods(&x);
        ex_rule_post_terms(&x);
        ex_rule_dated_changes(&x);
        ex_rule_signed_before(&x);
        ex_rule_defendant_posts(&x);
        ex_rule_shared_appointment(&x);
        ex_rule_respective_posts(&x);
        ex_rule_move_into(&x);
        ex_rule_moved_from(&x);
        ex_rule_negated_changes(&x);
        ex_rule_bare_holding(&x);
        ex_rule_deceased(&x);
        ex_rule_during_list(&x);
        ex_rule_now_apposition(&x);
    }
    if (x.oom) {
        ex_scratch_put(scr, &x, &t);
        ex_free(&x);
        extract_fail(err, TENURE_E_INTERNAL_ERROR, -1, "out of memory");
        return NULL;
    }
    /* the result, with room for every person, organization and role */
    x.res = tx_result_new(x.npp, x.nog, x.nrl);
    if (x.res) {
        x.res->date = adate;
        x.res->date_source = asource;
        ex_output(&x);
    }
    tx_result *res = x.res;
    bool oom = !res || x.oom;
    ex_scratch_put(scr, &x, &t);
    ex_free(&x);
    if (oom) {
        tx_result_free(res);
        extract_fail(err, TENURE_E_INTERNAL_ERROR, -1, "out of memory");
        return NULL;
    }
    return res;
}

/* The same result as the contract's JSON object. */
json_t *tx_extract(const tx_lexicon *lx, const char *text, size_t len, const char *given_date,
                   tx_error *err)
{
    tx_result *r = tx_extract_result(lx, text, len, given_date, err);
    if (!r)
        return NULL;
    json_t *o = tx_result_json(r);
    tx_result_free(r);
    return o;
}
