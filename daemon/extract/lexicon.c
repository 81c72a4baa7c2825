/*
 * lexicon.c — loading conf/lexicon/NAME.tsv into one immutable phrase table,
 * reference counting, and the label canonicalization of the public API.
 *
 * Every file is tab-separated text: '#' lines are comments, the first other
 * line is a header naming the columns (checked, so a file cannot be read
 * with the wrong meaning), then one entry per line.  A malformed line fails
 * the whole load with "file:line: reason" so that a reload keeps the old
 * lexicon.  Phrases are stored by the hash of their normalized (lower-case,
 * NFC, one tone placement) syllable sequence in an open-addressing table, so
 * the extractor looks up "phó bí thư" with the hashes of the three syllables
 * it already computed while tokenizing.  Nothing here changes after load.
 */
#include "tx_internal.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One lexicon file: name, expected header, what its first column is, and
 * how many of its first columns are words of post labels (the phrases
 * tx_restore_marks spells with their marks). */
typedef struct lexicon_file {
    const char *name;
    const char *header;
    uint32_t kind;
    bool required;
    uint8_t label_cols;
} lexicon_file;

static const lexicon_file lexicon_files[] = {
    {"surnames.tsv", "surname", LX_SURNAME, true, 0},
    {"honorifics.tsv", "honorific", LX_HONORIFIC, true, 0},
    {"roles.tsv", "role\tholders", LX_ROLE, true, 1},
    {"org_heads.tsv", "head", LX_ORG, true, 1},
    {"abbreviations.tsv", "abbreviation\texpansion", 0, true, 2},
    {"aliases.tsv", "alias\tcanonical", 0, true, 2},
    {"own_state.tsv", "qualifier", 0, false, 1},
    {"parents.tsv", "body\tparent", 0, false, 2},
    {"place_prefixes.tsv", "prefix", LX_PLACE, true, 1},
    {"lookalikes.tsv", "place", LX_LOOKALIKE, true, 0},
    {"countries.tsv", "country", LX_LOOKALIKE | LX_COUNTRY, true, 1},
    {"status.tsv", "cue\tstatus\twhere", LX_STATUS, true, 0},
    {"stopwords.tsv", "word", LX_STOP, true, 0},
    {"orgwords.tsv", "word", LX_ORGWORD, true, 1},
    {"notnames.tsv", "word", LX_NOTNAME, true, 0},
    {"ranks.tsv", "rank", LX_RANK, true, 0},
    {"foreign_surnames.tsv", "surname", LX_SURNAME | LX_FOREIGN, false, 0},
    {"rare_surnames.tsv", "surname", LX_SURNAME | LX_RARE_SURNAME, false, 0},
    {"state_heads.tsv", "post", LX_STATEHEAD, false, 1},
    {"foreign_posts.tsv", "post", LX_FOREIGN_POST, false, 1},
    {"bodies.tsv", "body\tlevel", 0, false, 1},
    {"levels.tsv", "word\tlevel", 0, false, 1},
    {"body_kinds.tsv", "body\tkind", 0, false, 1},
    {"own_bodies.tsv", "body", LX_OWN_BODY, false, 1},
    {"vn_names.tsv", "part", LX_VN_NAME, false, 0},
    {"body_aliases.tsv", "body\tcanonical", 0, false, 2},
    {"counters.tsv", "word", LX_COUNTER, false, 0},
    {"central_cities.tsv", "city", 0, false, 1},
    {"firm_heads.tsv", "head", LX_ORG, false, 1},
    {"named_heads.tsv", "head", LX_ORG, false, 1},
    {"intl_bodies.tsv", "body", LX_LOOKALIKE, false, 1},
    {"place_kinds.tsv", "kind", 0, false, 1},
    {"relations.tsv", "word", 0, false, 0},
    {"dependents.tsv", "word", 0, false, 0},
    {"cue_words.tsv", "word", 0, false, 0},
    {"short_bodies.tsv", "short\tfull", 0, false, 2},
    {"implied_seats.tsv", "post\tseat", 0, false, 0},
    {"terms.tsv", "seat\trenewals", 0, false, 0},
    {"role_terms.tsv", "role\tyears", 0, false, 0},
    {"term_numbers.tsv", "body\tfirst\topened", 0, false, 0},
};

bool lexicon_is_abbr(const tx_lexicon *lx, const char *s, size_t n)
{
    if (!lx || !n)
        return false;
    size_t g0 = lx->abbr_start[(unsigned char)s[0]], g1 = lx->abbr_start[(unsigned char)s[0] + 1];
    for (size_t g = g0; g < g1; g++) {
        const lx_pair *a = &lx->abbr[lx->abbr_order[g]];
        /* (an entry may end with '.': "TP.") */
        size_t al = a->flen && a->from[a->flen - 1] == '.' ? a->flen - 1 : a->flen;
        if (al == n && !strncmp(s, a->from, n))
            return true;
    }
    return false;
}

/* The number a term is written with: a Roman numeral ("XIV", up to L)
 * or one to three digits ("13"); 0 when it is neither. */
int lexicon_term_number(const char *s, size_t n)
{
    if (n == 0 || n > 6)
        return 0;
    if (s[0] >= '0' && s[0] <= '9') {
        int v = 0;
        for (size_t i = 0; i < n; i++) {
            if (s[i] < '0' || s[i] > '9' || i == 3)
                return 0;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    }
    int v = 0, prev = 0;
    for (size_t i = n; i-- > 0;) {
        int a = s[i] == 'I' ? 1 : s[i] == 'V' ? 5 : s[i] == 'X' ? 10 : s[i] == 'L' ? 50 : 0;
        if (!a)
            return 0;
        /* read from the right: a smaller numeral before a larger subtracts */
        v += a < prev ? -a : a;
        prev = a > prev ? a : prev;
    }
    return v > 0 ? v : 0;
}

/* Set *errmsg to a formatted, malloc'd message. */
__attribute__((format(printf, 2, 3))) static void lexicon_error(char **errmsg, const char *fmt, ...)
{
    if (!errmsg)
        return;
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    *errmsg = strdup(buf);
}

/* End of the word starting at w[i]: letters and digits, plus '.' joining two
 * letters ("TP.HCM", "T.Ư", "GS.TS") and '\'' inside foreign names. */
static inline size_t lexicon_word_end_in(const char *w, size_t len, size_t i)
{
    const unsigned char *p = (const unsigned char *)w;
    size_t start = i;
    bool prev_digit = false;
    while (i < len) {
        /* ASCII letters after a letter (or at the start), most of a word:
         * what the general path below does for each, without its tests */
        if (!prev_digit) {
            while (i < len && (unsigned)((p[i] | 32) - 'a') < 26u)
                i++;
            if (i == len)
                break;
        }
        size_t j = i;
        uint32_t cp = p[j] < 0x80 ? p[j++] : norm_decode(p, len, &j);
        bool digit = cp >= '0' && cp <= '9';
        if (digit || norm_is_letter(cp)) {
            /* "1Trưởng" (a caption number run into a title) is two words */
            if (i > start && digit != prev_digit)
                break;
            prev_digit = digit;
            i = j;
            continue;
        }
        /* '-' in a capitalised transcription ("Cam-pu-chia"), as the
         * extractor's tokenizer joins it */
        if (cp == '-' && i > start && !prev_digit && j < len) {
            size_t q0 = start, k = j;
            uint32_t c0 = p[q0] < 0x80 ? p[q0++] : norm_decode(p, len, &q0);
            uint32_t nx = p[k] < 0x80 ? p[k++] : norm_decode(p, len, &k);
            if (norm_is_upper(c0) && norm_is_letter(nx) && !norm_is_upper(nx)) {
                i = j;
                continue;
            }
        }
        if ((cp == '.' || cp == '\'') && j < len) {
            size_t k = j;
            uint32_t nx = p[k] < 0x80 ? p[k++] : norm_decode(p, len, &k);
            /* (as the tokenizer: "K'ho", "R'Lấp" after a capitalised
             * prefix of one or two letters) */
            bool cap = start < len && p[start] >= 'A' && p[start] <= 'Z';
            if (i > start && norm_is_letter(nx) &&
                (norm_is_upper(nx) == (cp == '.') ||
                 (cp == '\'' && cap && i - start <= 2 && !prev_digit))) {
                i = j;
                continue;
            }
        }
        break;
    }
    return i;
}

/* (the extractor's entry; this file's scans have it inline: a call a word
 * cost a fifth of it) */
size_t lexicon_word_end(const char *w, size_t len, size_t i)
{
    return lexicon_word_end_in(w, len, i);
}

/* Hash of a phrase (its words, ignoring punctuation); *nsyl gets the count. */
uint64_t lexicon_phrase_hash(const char *s, size_t len, int *nsyl)
{
    uint64_t h = 0;
    int n = 0;
    size_t i = 0;
    while (i < len) {
        size_t e = lexicon_word_end_in(s, len, i);
        if (e == i) {
            i++;
            continue;
        }
        h = norm_hash_combine(h, norm_hash_syllable(s + i, e - i));
        n++;
        i = e;
    }
    *nsyl = n;
    return h;
}

/* Find or add the slot of a phrase, growing the table at quarter load: most
 * lookups miss (a word that starts no phrase), and a miss in a sparse
 * linear-probing table ends at the first empty slot. */
static lx_entry *lexicon_slot(tx_lexicon *lx, uint64_t hash, int nsyl)
{
    if ((lx->count + 1) * 4 > lx->cap) {
        size_t nc = lx->cap ? lx->cap * 2 : 1024;
        lx_entry *nt = calloc(nc, sizeof *nt);
        if (!nt)
            return NULL;
        for (size_t k = 0; k < lx->cap; k++) {
            if (!lx->tab[k].hash)
                continue;
            size_t j = (size_t)lx->tab[k].hash & (nc - 1);
            while (nt[j].hash)
                j = (j + 1) & (nc - 1);
            nt[j] = lx->tab[k];
        }
        free(lx->tab);
        lx->tab = nt;
        lx->cap = nc;
    }
    size_t m = lx->cap - 1;
    for (size_t k = (size_t)hash & m;; k = (k + 1) & m) {
        lx_entry *e = &lx->tab[k];
        if (!e->hash) {
            e->hash = hash;
            e->nsyl = (uint8_t)nsyl;
            lx->count++;
            size_t b = lexicon_filter_bit(hash);
            lx->filter[b / 64] |= 1ULL << (b % 64);
            return e;
        }
        if (e->hash == hash && e->nsyl == nsyl)
            return e;
    }
}

/* Parse a status name; -1 when unknown. */
static int lexicon_status(const char *s)
{
    static const char *const names[] = {"current", "former", "appointed", "ended", "acting"};
    for (int k = 0; k < 5; k++)
        if (strcmp(s, names[k]) == 0)
            return k;
    return -1;
}

/* Append a pair to a growable pair array. */
static int lexicon_push_pair(lx_pair **arr, size_t *n, const char *from, const char *to)
{
    lx_pair *na = realloc(*arr, (*n + 1) * sizeof **arr);
    if (!na)
        return -1;
    *arr = na;
    na[*n].from = strdup(from);
    na[*n].to = strdup(to);
    na[*n].flen = strlen(from);
    na[*n].joint = strpbrk(from, "&-,") != NULL;
    if (!na[*n].from || !na[*n].to) {
        free(na[*n].from);
        free(na[*n].to);
        return -1;
    }
    (*n)++;
    return 0;
}

/* Group pairs by the first byte of their from, file order kept inside a
 * group (a counting sort), so that a word is compared only with those that
 * can match it: every scan below wants the first match in file order.
 * *order is malloc'd (NULL when there are none); -1 when memory runs out. */
static int lexicon_index_pairs(const lx_pair *p, size_t n, uint32_t **order, uint32_t start[257])
{
    memset(start, 0, 257 * sizeof *start);
    *order = NULL;
    if (n == 0)
        return 0;
    *order = malloc(n * sizeof **order);
    if (!*order)
        return -1;
    for (size_t k = 0; k < n; k++)
        start[(unsigned char)p[k].from[0] + 1]++;
    for (size_t b = 0; b < 256; b++)
        start[b + 1] += start[b];
    uint32_t next[256];
    memcpy(next, start, sizeof next);
    for (size_t k = 0; k < n; k++)
        (*order)[next[(unsigned char)p[k].from[0]]++] = (uint32_t)k;
    return 0;
}

/* The indexes a canonical key's scans use, built once at load: the
 * abbreviations, the bodies' other names and the short bodies by first
 * byte, the longest full name of a short body. */
static int lexicon_index_abbr(tx_lexicon *lx)
{
    lx->shortbody_longest = 0;
    for (size_t a = 0; a < lx->nshortbody; a++)
        if (strlen(lx->shortbody[a].to) > lx->shortbody_longest)
            lx->shortbody_longest = strlen(lx->shortbody[a].to);
    return lexicon_index_pairs(lx->abbr, lx->nabbr, &lx->abbr_order, lx->abbr_start) ||
                   lexicon_index_pairs(lx->bodyalias, lx->nbodyalias, &lx->bodyalias_order,
                                       lx->bodyalias_start) ||
                   lexicon_index_pairs(lx->shortbody, lx->nshortbody, &lx->shortbody_order,
                                       lx->shortbody_start)
               ? -1
               : 0;
}

static char *lexicon_expand(const tx_lexicon *lx, const char *s, bool *changed);

static void lexicon_words_of(const char *w, size_t len, size_t *n, size_t *s, size_t *e,
                             uint64_t *h, size_t max);

/* A label as the words of its canonical key (tx_key, marks and "và"
 * left out, one space between words), malloc'd; NULL on bad input. */
static char *lexicon_plain_key(const tx_lexicon *lx, const char *label)
{
    char *k = tx_key(label);
    if (!k)
        return NULL;
    size_t len = strlen(k), n = 0, s[48], e[48];
    uint64_t h[48];
    lexicon_words_of(k, len, &n, s, e, h, 48);
    char *out = malloc(len + 1);
    size_t o = 0;
    for (size_t i = 0; out && i < n; i++) {
        if (h[i] == lx->h_va)
            continue;
        if (o)
            out[o++] = ' ';
        memcpy(out + o, k + s[i], e[i] - s[i]);
        o += e[i] - s[i];
    }
    if (out)
        out[o] = '\0';
    free(k);
    return out;
}

/* Keep phrase (a lexicon column) by its fold when it has marks to put
 * back (tx_restore_marks); 0, or -1 when memory runs out or the phrase is
 * not valid UTF-8. */
static int lexicon_mark_add(tx_lexicon *lx, const char *phrase)
{
    const unsigned char *p = (const unsigned char *)phrase;
    while (*p && *p < 0x80)
        p++;
    if (!*p)
        return 0; /* nothing a fold takes away */
    if (lx->nmarks == lx->marks_cap) {
        size_t cap = lx->marks_cap ? 2 * lx->marks_cap : 512;
        lx_mark *nm = realloc(lx->marks, cap * sizeof *nm);
        if (!nm)
            return -1;
        lx->marks = nm;
        lx->marks_cap = cap;
    }
    char *fold = tx_fold(phrase), *text = strdup(phrase);
    if (!fold || !text || !fold[0]) {
        bool empty = fold && text;
        free(fold);
        free(text);
        return empty ? 0 : -1;
    }
    size_t words = 1;
    for (const char *c = fold; *c; c++)
        words += *c == ' ';
    if (words > lx->marks_words)
        lx->marks_words = words;
    lx->marks[lx->nmarks].fold = fold;
    lx->marks[lx->nmarks].text = text;
    lx->nmarks++;
    return 0;
}

static int lexicon_mark_cmp(const void *a, const void *b)
{
    return strcmp(((const lx_mark *)a)->fold, ((const lx_mark *)b)->fold);
}

/* Sort the phrases by fold, one per fold: phrases of one key are one (the
 * first kept), phrases of different keys ("bộ", "bổ") leave their fold
 * without a text; 0 or -1. */
static int lexicon_index_marks(tx_lexicon *lx)
{
    if (lx->nmarks == 0)
        return 0;
    qsort(lx->marks, lx->nmarks, sizeof *lx->marks, lexicon_mark_cmp);
    size_t o = 0;
    for (size_t i = 0; i < lx->nmarks;) {
        size_t j = i + 1;
        bool other = false;
        char *k = NULL; /* the first's key, only when a text differs */
        for (; j < lx->nmarks && !strcmp(lx->marks[j].fold, lx->marks[i].fold); j++) {
            if (!other && strcmp(lx->marks[j].text, lx->marks[i].text) != 0) {
                char *kj = tx_key(lx->marks[j].text);
                if (!k)
                    k = tx_key(lx->marks[i].text);
                if (!k || !kj) {
                    free(k);
                    free(kj);
                    /* keep every entry not yet freed once (lexicon_free) */
                    for (size_t r = i; r < lx->nmarks; r++)
                        lx->marks[o++] = lx->marks[r];
                    lx->nmarks = o;
                    return -1;
                }
                other = strcmp(k, kj) != 0;
                free(kj);
            }
            free(lx->marks[j].fold);
            free(lx->marks[j].text);
            lx->marks[j].fold = lx->marks[j].text = NULL;
        }
        free(k);
        lx->marks[o] = lx->marks[i];
        if (other) {
            free(lx->marks[o].text);
            lx->marks[o].text = NULL;
        }
        o++;
        i = j;
    }
    lx->nmarks = o;
    return 0;
}

/* The entry of marks (n, sorted by fold) whose fold is the len bytes at f,
 * or NULL. */
static const lx_mark *lexicon_fold_find(const lx_mark *marks, size_t n, const char *f, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *m = marks[mid].fold;
        int c = strncmp(m, f, len);
        if (c == 0 && m[len] != '\0')
            c = 1;
        if (c == 0)
            return &marks[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* The phrase whose fold is the len bytes at f, or NULL. */
static const lx_mark *lexicon_mark_of(const tx_lexicon *lx, const char *f, size_t len)
{
    return lexicon_fold_find(lx->marks, lx->nmarks, f, len);
}

int tx_restore_marks(const tx_lexicon *lx, const char *fold, char **out)
{
    *out = NULL;
    if (!lx || !fold || lx->nmarks == 0)
        return 0;
    size_t len = strlen(fold), cap = 4 * len + 1, o = 0;
    int changed = 0;
    char *r = malloc(cap);
    if (!r)
        return -1;
    for (size_t i = 0; i < len;) {
        if (fold[i] == ' ') {
            i++;
            continue;
        }
        /* the longest phrase starting at word i: ends at word ends, up to
         * marks_words words */
        const lx_mark *best = NULL;
        size_t best_end = 0, e = i, words = 0;
        while (e < len && words < lx->marks_words) {
            while (e < len && fold[e] != ' ')
                e++;
            words++;
            const lx_mark *mk = lexicon_mark_of(lx, fold + i, e - i);
            if (mk && mk->text) {
                best = mk;
                best_end = e;
            }
            if (e < len)
                e++;
        }
        const char *piece = fold + i;
        size_t pl;
        if (best) {
            piece = best->text;
            pl = strlen(piece);
            i = best_end;
            changed = 1;
        } else {
            size_t we = i;
            while (we < len && fold[we] != ' ')
                we++;
            pl = we - i;
            i = we;
        }
        if (o + pl + 2 > cap) {
            cap = 2 * (o + pl + 2);
            char *nr = realloc(r, cap);
            if (!nr) {
                free(r);
                return -1;
            }
            r = nr;
        }
        if (o)
            r[o++] = ' ';
        memcpy(r + o, piece, pl);
        o += pl;
    }
    r[o] = '\0';
    if (!changed) {
        free(r);
        return 0;
    }
    *out = r;
    return 1;
}

/* Keep a role's spelling by its fold (roles.tsv: "Bí thư", "Phó Thủ
 * tướng"), or a body's head as written (org_heads.tsv, firm_heads.tsv:
 * "Ban", "Hội đồng") for tx_case_disagreements; 0 or -1. */
static int lexicon_case_add(tx_lexicon *lx, const char *text, bool head)
{
    if (head) {
        char **nh = realloc(lx->case_heads, (lx->ncase_heads + 1) * sizeof *nh);
        if (!nh)
            return -1;
        lx->case_heads = nh;
        if (!(nh[lx->ncase_heads] = strdup(text)))
            return -1;
        lx->ncase_heads++;
        return 0;
    }
    lx_mark *nr = realloc(lx->case_roles, (lx->ncase_roles + 1) * sizeof *nr);
    if (!nr)
        return -1;
    lx->case_roles = nr;
    char *fold = tx_fold(text), *t = strdup(text);
    if (!fold || !t) {
        free(fold);
        free(t);
        return -1;
    }
    size_t words = 1;
    for (const char *c = fold; *c; c++)
        words += *c == ' ';
    if (words > lx->case_role_words)
        lx->case_role_words = words;
    nr[lx->ncase_roles].fold = fold;
    nr[lx->ncase_roles].text = t;
    lx->ncase_roles++;
    return 0;
}

/* Sort the roles' spellings by fold; 0. */
static int lexicon_index_cases(tx_lexicon *lx)
{
    if (lx->ncase_roles)
        qsort(lx->case_roles, lx->ncase_roles, sizeof *lx->case_roles, lexicon_mark_cmp);
    return 0;
}

/* A role's spelling whose fold is the len bytes at f, or NULL. */
static const lx_mark *lexicon_case_role(const tx_lexicon *lx, const char *f, size_t len)
{
    return lexicon_fold_find(lx->case_roles, lx->ncase_roles, f, len);
}

/* Whether the label's text from w (rest bytes) opens with a body's head as
 * the lexicon writes it, whole words ("Ban Tổ chức": "Ban"; "Thư Trung
 * ương" is not "Thư viện"). */
static bool lexicon_case_head(const tx_lexicon *lx, const char *w, size_t rest)
{
    for (size_t i = 0; i < lx->ncase_heads; i++) {
        const char *h = lx->case_heads[i];
        size_t hl = strlen(h);
        if (hl <= rest && memcmp(h, w, hl) == 0 && (hl == rest || w[hl] == ' '))
            return true;
    }
    return false;
}

/* The words of the role that opens a label (the longest of roles.tsv, by
 * fold; after "Phó" too) written otherwise than roles.tsv writes them, the
 * first word aside (a label shows it capitalized): "Bí Thư Trung ương" 1,
 * "Phó Chủ Tịch" 1, "Phó thủ tướng" 1.  A word that opens a body's head
 * as the lexicon writes it is the body's, not the role's: "Trưởng Ban Tổ
 * chức Trung ương" 0 although the role is "Trưởng ban". */
int tx_case_disagreements(const tx_lexicon *lx, const char *label, size_t len)
{
    enum { MAXW = 8 };
    if (!lx || lx->ncase_roles == 0 || !label)
        return 0;
    size_t ws[MAXW], we[MAXW], nw = 0;
    for (size_t i = 0; i < len && nw < MAXW && nw <= lx->case_role_words;) {
        while (i < len && label[i] == ' ')
            i++;
        size_t j = i;
        while (j < len && label[j] != ' ')
            j++;
        if (j > i) {
            ws[nw] = i;
            we[nw++] = j;
        }
        i = j;
    }
    if (nw == 0)
        return 0;
    /* the words a role can span, folded (a fold keeps the label's words) */
    char *head = strndup(label, we[nw - 1]), *f = head ? tx_fold(head) : NULL;
    free(head);
    if (!f)
        return -1;
    size_t fe[MAXW], nf = 0; /* where each word of the fold ends */
    for (size_t i = 0; f[i] && nf < nw; i++)
        if (f[i + 1] == ' ' || f[i + 1] == '\0')
            fe[nf++] = i + 1;
    int ret = 0;
    size_t from = nf > 1 && fe[0] == 3 && !strncmp(f, "pho", 3) ? 2 : 1;
    for (size_t start = 0; start < from && !ret; start++) {
        size_t f0 = start ? fe[start - 1] + 1 : 0;
        const lx_mark *best = NULL;
        size_t last = 0;
        for (size_t j = start; j < nf; j++) {
            const lx_mark *mk = lexicon_case_role(lx, f + f0, fe[j] - f0);
            if (mk) {
                best = mk;
                last = j;
            }
        }
        if (!best)
            continue;
        const char *t = best->text;
        for (size_t k = start; k <= last; k++) {
            while (*t == ' ')
                t++;
            size_t tl = strcspn(t, " "), ll = we[k] - ws[k];
            if (k > 0 && !(tl == ll && memcmp(t, label + ws[k], ll) == 0) &&
                !lexicon_case_head(lx, label + ws[k], len - ws[k]))
                ret++;
            t += tl;
        }
        break;
    }
    free(f);
    return ret;
}

/* Add one data line of file f; returns NULL or a reason. */
static const char *lexicon_add_line(tx_lexicon *lx, const lexicon_file *f, char **cols, int ncol)
{
    int want = 1;
    for (const char *h = f->header; *h; h++)
        want += *h == '\t';
    if (ncol != want)
        return ncol < want ? "too few columns" : "too many columns";
    for (int c = 0; c < ncol; c++)
        if (!cols[c][0])
            return "empty column";
    if (tx_utf8_invalid_offset(cols[0], strlen(cols[0])) >= 0)
        return "invalid UTF-8";
    /* the phrases a label is made of, by fold */
    for (int c = 0; c < f->label_cols && c < ncol; c++)
        if (lexicon_mark_add(lx, cols[c]))
            return "out of memory or invalid UTF-8";
    if ((f->kind & (LX_ROLE | LX_ORG)) && lexicon_case_add(lx, cols[0], (f->kind & LX_ORG) != 0))
        return "out of memory";
    if (!strcmp(f->name, "abbreviations.tsv")) {
        return lexicon_push_pair(&lx->abbr, &lx->nabbr, cols[0], cols[1]) ? "out of memory" : NULL;
    }
    if (!strcmp(f->name, "levels.tsv")) {
        if (strcmp(cols[1], "commune") && strcmp(cols[1], "district") &&
            strcmp(cols[1], "province") && strcmp(cols[1], "national") && strcmp(cols[1], "none"))
            return "level must be commune, district, province, national or none";
        char *k = tx_key(cols[0]);
        if (!k)
            return "invalid UTF-8";
        int r = lexicon_push_pair(&lx->level, &lx->nlevel, k, cols[1]);
        free(k);
        return r ? "out of memory" : NULL;
    }
    if (!strcmp(f->name, "own_state.tsv") || !strcmp(f->name, "parents.tsv")) {
        /* keyed as the label it ends is: abbreviations expanded first
         * (abbreviations.tsv loads before it) */
        tx_text t;
        if (norm_text(cols[0], strlen(cols[0]), &t))
            return "out of memory";
        char *x = lexicon_expand(lx, t.w, NULL);
        norm_text_free(&t);
        char *k = x ? tx_key(x) : NULL;
        free(x);
        if (!k)
            return "invalid UTF-8";
        int own = !strcmp(f->name, "own_state.tsv");
        int r = !*k   ? 0
                : own ? lexicon_push_pair(&lx->ownstate, &lx->nownstate, k, "")
                      : lexicon_push_pair(&lx->parent, &lx->nparent, k, cols[1]);
        free(k);
        return r ? "out of memory" : NULL;
    }
    if (!strcmp(f->name, "central_cities.tsv")) {
        char *k = tx_key(cols[0]);
        if (!k)
            return "invalid UTF-8";
        int r = *k ? lexicon_push_pair(&lx->city, &lx->ncity, k, "") : 0;
        free(k);
        return r ? "out of memory" : NULL;
    }
    if (!strcmp(f->name, "body_aliases.tsv")) {
        /* both sides keyed as a label is: abbreviations expanded first */
        char *k[2] = {NULL, NULL};
        for (int c = 0; c < 2; c++) {
            tx_text t;
            if (norm_text(cols[c], strlen(cols[c]), &t))
                break;
            char *x = lexicon_expand(lx, t.w, NULL);
            norm_text_free(&t);
            k[c] = x ? tx_key(x) : NULL;
            free(x);
        }
        int r =
            !k[0] || !k[1] ? -1 : lexicon_push_pair(&lx->bodyalias, &lx->nbodyalias, k[0], k[1]);
        free(k[0]);
        free(k[1]);
        return r ? "invalid UTF-8 or out of memory" : NULL;
    }
    if (!strcmp(f->name, "implied_seats.tsv")) {
        /* keyed by lexicon_key_implied once every file is loaded */
        return lexicon_push_pair(&lx->implied, &lx->nimplied, cols[0], cols[1]) ? "out of memory"
                                                                                : NULL;
    }
    if (!strcmp(f->name, "terms.tsv")) {
        /* the renewals: full dates, ascending, one space apart; the seat
         * keyed by lexicon_key_implied once every file is loaded */
        int32_t prev = INT32_MIN;
        size_t n = 0;
        for (const char *d = cols[1]; *d; n++) {
            char day[16];
            size_t len = strcspn(d, " ");
            pdate pd;
            if (len == 0 || len >= sizeof day)
                return "renewals must be YYYY-MM-DD days, one space apart";
            memcpy(day, d, len);
            day[len] = '\0';
            if (pdate_parse(day, &pd) < 0 || pd.prec != PDATE_DAY)
                return "renewals must be YYYY-MM-DD days, one space apart";
            if (pdate_first_day(&pd) <= prev)
                return "renewals must be in ascending order";
            prev = pdate_first_day(&pd);
            d += len + (d[len] == ' ');
        }
        if (n == 0)
            return "a seat needs one renewal at least";
        return lexicon_push_pair(&lx->terms, &lx->nterms, cols[0], cols[1]) ? "out of memory"
                                                                            : NULL;
    }
    if (!strcmp(f->name, "role_terms.tsv")) {
        /* a role head and its holder's usual term in whole years (1-9) */
        const char *y = cols[1];
        if (y[0] < '1' || y[0] > '9' || y[1])
            return "years must be one digit, 1-9";
        tx_text t;
        if (norm_text(cols[0], strlen(cols[0]), &t))
            return "invalid UTF-8 or out of memory";
        int nsyl;
        uint64_t h = lexicon_phrase_hash(t.w, t.len, &nsyl);
        norm_text_free(&t);
        struct lx_role_term *g =
            realloc(lx->roleterms, (lx->nroleterms + 1) * sizeof *lx->roleterms);
        if (!g)
            return "out of memory";
        lx->roleterms = g;
        g[lx->nroleterms++] = (struct lx_role_term){h, nsyl, (int32_t)(y[0] - '0') * 365};
        return NULL;
    }
    if (!strcmp(f->name, "term_numbers.tsv")) {
        /* kept apart from the phrase table: read only at a post written
         * with its term ("đại biểu Quốc hội khóa XIII") */
        lx_termcal c = {.nsyl = 0};
        size_t words = 0;
        tx_text t;
        if (norm_text(cols[0], strlen(cols[0]), &t))
            return "out of memory";
        for (size_t i = 0; i < t.len;) {
            size_t e = lexicon_word_end(t.w, t.len, i);
            if (e == i) {
                i++;
                continue;
            }
            if (words++ < 8)
                c.syl[c.nsyl++] = norm_hash_syllable(t.w + i, e - i);
            i = e;
        }
        norm_text_free(&t);
        if (words == 0 || words > 8)
            return words ? "body longer than 8 words" : "no word in body";
        c.first = lexicon_term_number(cols[1], strlen(cols[1]));
        if (c.first <= 0)
            return "first must be a term's number (Roman or Arabic)";
        int32_t prev = INT32_MIN;
        for (const char *d = cols[2]; *d;) {
            char day[16];
            size_t len = strcspn(d, " ");
            pdate pd;
            if (len == 0 || len >= sizeof day || c.nopen == 16)
                return "opened must be up to 16 YYYY-MM-DD days, one space apart";
            memcpy(day, d, len);
            day[len] = '\0';
            if (pdate_parse(day, &pd) < 0 || pd.prec != PDATE_DAY)
                return "opened must be YYYY-MM-DD days, one space apart";
            if (pdate_first_day(&pd) <= prev)
                return "opened must be in ascending order";
            prev = c.opened[c.nopen++] = pdate_first_day(&pd);
            d += len + (d[len] == ' ');
        }
        if (c.nopen == 0)
            return "a body needs one opening day at least";
        lx_termcal *n = realloc(lx->termcal, (lx->ntermcal + 1) * sizeof *n);
        if (!n)
            return "out of memory";
        lx->termcal = n;
        lx->termcal[lx->ntermcal++] = c;
        return NULL;
    }
    if (!strcmp(f->name, "short_bodies.tsv")) {
        /* both sides as canonical keys: words only, "và" left out */
        char *k[2] = {NULL, NULL};
        for (int c = 0; c < 2; c++)
            k[c] = lexicon_plain_key(lx, cols[c]);
        size_t l0 = k[0] ? strlen(k[0]) : 0;
        const char *why = NULL;
        if (!k[0] || !k[1] || !*k[0])
            why = "invalid UTF-8 or out of memory";
        else if (strncmp(k[1], k[0], l0) != 0 || k[1][l0] != ' ')
            why = "the full name must start with the short one";
        else if (lexicon_push_pair(&lx->shortbody, &lx->nshortbody, k[0], k[1]))
            why = "out of memory";
        free(k[0]);
        free(k[1]);
        return why;
    }
    if (!strcmp(f->name, "relations.tsv") || !strcmp(f->name, "dependents.tsv") ||
        !strcmp(f->name, "cue_words.tsv")) {
        /* kept apart from the phrase table (its kinds are all taken), read
         * only where a name stands before a link, or "của" before a post
         * (dependents.tsv: "người phát ngôn", "trợ lý" — kinship words count
         * there too), or where a status cue stands before a post
         * (cue_words.tsv) */
        bool dep = f->name[0] == 'd', cw = f->name[0] == 'c';
        uint64_t **arr = cw ? &lx->cueword : dep ? &lx->dep : &lx->rel;
        uint8_t **syl = cw ? &lx->cuewordsyl : dep ? &lx->depsyl : &lx->relsyl;
        size_t *cnt = cw ? &lx->ncueword : dep ? &lx->ndep : &lx->nrel;
        tx_text t;
        if (norm_text(cols[0], strlen(cols[0]), &t))
            return "out of memory";
        int nsyl;
        uint64_t h = lexicon_phrase_hash(t.w, t.len, &nsyl);
        norm_text_free(&t);
        if (nsyl == 0 || nsyl > 8)
            return nsyl ? "entry longer than 8 words" : "no word in entry";
        uint64_t *nr = realloc(*arr, (*cnt + 1) * sizeof *nr);
        if (!nr)
            return "out of memory";
        *arr = nr;
        uint8_t *ns = realloc(*syl, *cnt + 1);
        if (!ns)
            return "out of memory";
        *syl = ns;
        (*arr)[*cnt] = h;
        (*syl)[(*cnt)++] = (uint8_t)nsyl;
        return NULL;
    }
    if (!strcmp(f->name, "aliases.tsv")) {
        char *k = tx_key(cols[0]);
        if (!k)
            return "invalid UTF-8";
        int r = lexicon_push_pair(&lx->alias, &lx->nalias, k, cols[1]);
        free(k);
        /* the canonical form is an alias of itself: tx_post_specific then
         * recognizes both by one comparison */
        char *ck = r ? NULL : tx_key(cols[1]);
        if (!r && ck) {
            int known = 0;
            for (size_t a = 0; a < lx->nalias && !known; a++)
                known = !strcmp(lx->alias[a].from, ck);
            if (!known)
                r = lexicon_push_pair(&lx->alias, &lx->nalias, ck, cols[1]);
        }
        free(ck);
        return r ? "out of memory" : NULL;
    }
    tx_text t;
    if (norm_text(cols[0], strlen(cols[0]), &t))
        return "out of memory";
    int nsyl;
    uint64_t h = lexicon_phrase_hash(t.w, t.len, &nsyl);
    if (nsyl > 8) {
        norm_text_free(&t);
        return "entry longer than 8 words";
    }
    /* mark every proper prefix, so that a lookup stops at the first
     * syllable sequence no phrase starts with */
    uint64_t ph = 0;
    int pn = 0;
    for (size_t i = 0; i < t.len && pn + 1 < nsyl;) {
        size_t e2 = lexicon_word_end_in(t.w, t.len, i);
        if (e2 == i) {
            i++;
            continue;
        }
        ph = norm_hash_combine(ph, norm_hash_syllable(t.w + i, e2 - i));
        pn++;
        lx_entry *pe = lexicon_slot(lx, ph, pn);
        if (!pe) {
            norm_text_free(&t);
            return "out of memory";
        }
        pe->kinds |= LX_PREFIX;
        i = e2;
    }
    norm_text_free(&t);
    if (nsyl == 0)
        return "no word in entry";
    lx_entry *e = lexicon_slot(lx, h, nsyl);
    if (!e)
        return "out of memory";
    lx->entries++;
    e->kinds |= f->kind;
    /* a place prefix listed only capitalised ("Trường", "Công ty TNHH")
     * names an institution and does not match "môi trường" */
    if (f->kind == LX_PLACE) {
        size_t q = 0;
        uint32_t first = norm_decode((const unsigned char *)cols[0], strlen(cols[0]), &q);
        if (!norm_is_upper(first))
            e->kinds |= LX_LOWER;
    }
    if (nsyl > lx->maxsyl)
        lx->maxsyl = nsyl;
    if (f->kind == LX_ROLE) {
        /* "one+body": a head that is a post only with its unit after it */
        char holders[16];
        size_t hl = strlen(cols[1]);
        if (hl > 5 && hl < sizeof holders && !strcmp(cols[1] + hl - 5, "+body")) {
            memcpy(holders, cols[1], hl - 5);
            holders[hl - 5] = '\0';
            e->kinds |= LX_ROLE_BODY;
        } else if (hl > 5 && hl < sizeof holders && !strcmp(cols[1] + hl - 5, "+aide")) {
            /* "many+aide": an aide, who serves the head written after it */
            memcpy(holders, cols[1], hl - 5);
            holders[hl - 5] = '\0';
            e->kinds |= LX_ROLE_AIDE;
        } else if (hl < sizeof holders) {
            memcpy(holders, cols[1], hl + 1);
        } else {
            holders[0] = '\0';
        }
        if (!strcmp(holders, "one"))
            e->kinds |= LX_ROLE_ONE;
        else if (!strcmp(holders, "member"))
            e->kinds |= LX_ROLE_MEMBER;
        else if (!strcmp(holders, "deputy"))
            e->kinds |= LX_ROLE_DEPUTY;
        else if (strcmp(holders, "many"))
            return "holders must be 'one', 'many', 'member' or 'deputy' (with '+body', '+aide' or "
                   "not)";
    }
    if (!strcmp(f->name, "bodies.tsv")) {
        if (!strcmp(cols[1], "local"))
            e->kinds |= LX_BODY_LOCAL;
        else if (!strcmp(cols[1], "national"))
            e->kinds |= LX_BODY_NATIONAL;
        else if (!strcmp(cols[1], "ministerial"))
            e->kinds |= LX_MINISTERIAL;
        else
            return "level must be local, national or ministerial";
    }
    if (!strcmp(f->name, "firm_heads.tsv"))
        e->firm = 1;
    if (!strcmp(f->name, "named_heads.tsv"))
        e->named = 1;
    if (!strcmp(f->name, "intl_bodies.tsv"))
        e->intl = 1;
    if (!strcmp(f->name, "place_kinds.tsv"))
        e->place_kind = 1;
    if (!strcmp(f->name, "body_kinds.tsv")) {
        if (!strcmp(cols[1], "executive"))
            e->kinds |= LX_BODY_EXECUTIVE;
        else if (!strcmp(cols[1], "assembly"))
            e->kinds |= LX_BODY_ASSEMBLY;
        else
            return "kind must be executive or assembly";
    }
    if (f->kind == LX_STATUS) {
        int st = lexicon_status(cols[1]);
        if (st <= 0)
            return "status must be former, appointed, ended or acting";
        e->status = (uint8_t)st;
        /* the cue's place, by its index here (extract.c reads cue_pos) */
        static const char *const where[] = {
            "before", "clause",    "link", "after", "frame",    "background", "prior",
            "when",   "successor", "move", "era",   "transfer", "object",     "predecessor"};
        size_t w = 0;
        while (w < sizeof where / sizeof where[0] && strcmp(cols[2], where[w]) != 0)
            w++;
        if (w == sizeof where / sizeof where[0])
            return "where must be 'before', 'clause', 'link', 'after', 'frame', "
                   "'background', 'prior', 'when', 'successor', 'move', 'era', 'transfer', "
                   "'object' or 'predecessor'";
        /* a transfer cue is a clause cue that also moves its subject */
        e->transfer = w == 11;
        e->object = w == 12; /* a clause cue with its object named */
        /* a predecessor cue is an `after` cue that also names the one who
         * holds the post now ("người tiền nhiệm của ông B ở cương vị …") */
        e->predecessor = w == 13;
        e->cue_pos = (uint8_t)(w == 13 ? 3 : w >= 11 ? 1 : w);
    }
    return NULL;
}

/* Load one file of the directory; 0 or -1 with *errmsg set. */
static int lexicon_load_file(tx_lexicon *lx, const char *dir, const lexicon_file *f, char **errmsg)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, f->name);
    FILE *fp = fopen(path, "r");
    if (!fp) {
        if (!f->required && errno == ENOENT)
            return 0;
        lexicon_error(errmsg, "%s:0: %s", path, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    bool header = false;
    int rc = 0;
    while ((n = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0 || line[0] == '#')
            continue;
        if (!header) {
            if (strcmp(line, f->header)) {
                lexicon_error(errmsg, "%s:%ld: header must be \"%s\"", path, lineno, f->header);
                rc = -1;
                break;
            }
            header = true;
            continue;
        }
        char *cols[8];
        int ncol = 0;
        char *s = line;
        for (;;) {
            if (ncol == 8)
                break;
            cols[ncol++] = s;
            char *tab = strchr(s, '\t');
            if (!tab)
                break;
            *tab = '\0';
            s = tab + 1;
        }
        if (ncol == 8 && strchr(s, '\t')) {
            lexicon_error(errmsg, "%s:%ld: too many columns", path, lineno);
            rc = -1;
            break;
        }
        const char *why = lexicon_add_line(lx, f, cols, ncol);
        if (why) {
            lexicon_error(errmsg, "%s:%ld: %s", path, lineno, why);
            rc = -1;
            break;
        }
    }
    if (rc == 0 && !header) {
        lexicon_error(errmsg, "%s:%ld: missing header \"%s\"", path, lineno, f->header);
        rc = -1;
    }
    free(line);
    fclose(fp);
    return rc;
}

/* Free a lexicon's memory (refcount already zero). */
static void lexicon_free(tx_lexicon *lx)
{
    for (size_t k = 0; k < lx->nabbr; k++) {
        free(lx->abbr[k].from);
        free(lx->abbr[k].to);
    }
    for (size_t k = 0; k < lx->nalias; k++) {
        free(lx->alias[k].from);
        free(lx->alias[k].to);
    }
    for (size_t k = 0; k < lx->nlevel; k++) {
        free(lx->level[k].from);
        free(lx->level[k].to);
    }
    for (size_t k = 0; k < lx->nparent; k++) {
        free(lx->parent[k].from);
        free(lx->parent[k].to);
    }
    free(lx->parent);
    for (size_t k = 0; k < lx->nbodyalias; k++) {
        free(lx->bodyalias[k].from);
        free(lx->bodyalias[k].to);
    }
    free(lx->bodyalias);
    free(lx->bodyalias_order);
    free(lx->shortbody_order);
    for (size_t k = 0; k < lx->nimplied; k++) {
        free(lx->implied[k].from);
        free(lx->implied[k].to);
    }
    free(lx->implied);
    for (size_t k = 0; k < lx->nterms; k++) {
        free(lx->terms[k].from);
        free(lx->terms[k].to);
    }
    free(lx->terms);
    free(lx->roleterms);
    free(lx->termcal);
    for (size_t k = 0; k < lx->nshortbody; k++) {
        free(lx->shortbody[k].from);
        free(lx->shortbody[k].to);
    }
    free(lx->shortbody);
    for (size_t k = 0; k < lx->nownstate; k++) {
        free(lx->ownstate[k].from);
        free(lx->ownstate[k].to);
    }
    free(lx->ownstate);
    for (size_t k = 0; k < lx->ncity; k++) {
        free(lx->city[k].from);
        free(lx->city[k].to);
    }
    free(lx->city);
    for (size_t k = 0; k < lx->nmarks; k++) {
        free(lx->marks[k].fold);
        free(lx->marks[k].text);
    }
    free(lx->marks);
    for (size_t k = 0; k < lx->ncase_roles; k++) {
        free(lx->case_roles[k].fold);
        free(lx->case_roles[k].text);
    }
    free(lx->case_roles);
    for (size_t k = 0; k < lx->ncase_heads; k++)
        free(lx->case_heads[k]);
    free(lx->case_heads);
    free(lx->rel);
    free(lx->relsyl);
    free(lx->dep);
    free(lx->depsyl);
    free(lx->cueword);
    free(lx->cuewordsyl);
    free(lx->abbr);
    free(lx->abbr_order);
    free(lx->alias);
    free(lx->level);
    free(lx->tab);
    free(lx);
}

/* The implied seats' both sides and the term seats as canonical keys,
 * computed once the whole lexicon is loaded (the keys use every other file); 0 or -1. */
static int lexicon_key_implied(tx_lexicon *lx)
{
    for (size_t k = 0; k < lx->nimplied; k++) {
        char *a = tx_canonical_key(lx, lx->implied[k].from);
        char *b = tx_canonical_key(lx, lx->implied[k].to);
        if (!a || !b) {
            free(a);
            free(b);
            return -1;
        }
        free(lx->implied[k].from);
        free(lx->implied[k].to);
        lx->implied[k].from = a;
        lx->implied[k].to = b;
        lx->implied[k].flen = strlen(a);
    }
    for (size_t k = 0; k < lx->nterms; k++) {
        char *a = tx_canonical_key(lx, lx->terms[k].from);
        if (!a)
            return -1;
        free(lx->terms[k].from);
        lx->terms[k].from = a;
        lx->terms[k].flen = strlen(a);
    }
    return 0;
}

/* The i-th seat a post implies (implied_seats.tsv), as canonical keys;
 * 0 past the last. */
int tx_implied_seat(const tx_lexicon *lx, size_t i, const char **post_key, const char **seat_key)
{
    if (!lx || i >= lx->nimplied)
        return 0;
    *post_key = lx->implied[i].from;
    *seat_key = lx->implied[i].to;
    return 1;
}

/* The i-th seat of a body elected for a term (terms.tsv): its canonical
 * key and the days its terms were renewed ("YYYY-MM-DD ...", ascending);
 * 0 past the last. */
int tx_term_seat(const tx_lexicon *lx, size_t i, const char **seat_key, const char **renewals)
{
    if (!lx || i >= lx->nterms)
        return 0;
    *seat_key = lx->terms[i].from;
    *renewals = lx->terms[i].to;
    return 1;
}

/* The days a holder of role's usual term lasts (role_terms.tsv: an
 * ambassador's three years), 0 when the lexicon says nothing of it. */
int tx_role_term_days(const tx_lexicon *lx, const char *role, size_t len)
{
    if (!lx || !lx->nroleterms || !role || !len || tx_utf8_invalid_offset(role, len) >= 0)
        return 0;
    tx_text t;
    if (norm_text(role, len, &t))
        return 0;
    int nsyl;
    uint64_t h = lexicon_phrase_hash(t.w, t.len, &nsyl);
    norm_text_free(&t);
    for (size_t k = 0; k < lx->nroleterms; k++)
        if (lx->roleterms[k].hash == h && lx->roleterms[k].nsyl == nsyl)
            return lx->roleterms[k].days;
    return 0;
}

/* Loads so far in the process: each lexicon's serial. */
static atomic_uint_least64_t lexicon_serials;

/* Load every lexicon file of dir. */
tx_lexicon *tx_lexicon_load(const char *dir, char **errmsg)
{
    if (errmsg)
        *errmsg = NULL;
    tx_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) {
        lexicon_error(errmsg, "%s:0: out of memory", dir);
        return NULL;
    }
    atomic_init(&lx->refs, 1);
    lx->serial = atomic_fetch_add(&lexicon_serials, 1) + 1;
    lx->h_cac = norm_hash_syllable("các", strlen("các"));
    lx->h_nhung = norm_hash_syllable("những", strlen("những"));
    lx->h_va = norm_hash_syllable("và", strlen("và"));
    lx->h_kiem = norm_hash_syllable("kiêm", strlen("kiêm"));
    lx->h_cua = norm_hash_syllable("của", strlen("của"));
    lx->h_viet = norm_hash_syllable("việt", strlen("việt"));
    lx->h_pho = norm_hash_syllable("phó", strlen("phó"));
    lx->h_quyen = norm_hash_syllable("quyền", strlen("quyền"));
    lx->h_nguyen = norm_hash_syllable("nguyên", strlen("nguyên"));
    lx->h_duong = norm_hash_syllable("đường", strlen("đường"));
    lx->h_phos = norm_hash_syllable("phố", strlen("phố"));
    lx->h_lo = norm_hash_syllable("lộ", strlen("lộ"));
    lx->h_nut = norm_hash_syllable("nút", strlen("nút"));
    lx->h_nga = norm_hash_syllable("ngã", strlen("ngã"));
    lx->h_vong = norm_hash_syllable("vòng", strlen("vòng"));
    lx->h_nhu = norm_hash_syllable("như", strlen("như"));
    lx->h_ba = norm_hash_syllable("bà", strlen("bà"));
    lx->h_ong = norm_hash_syllable("ông", strlen("ông"));
    lx->h_thi = norm_hash_syllable("thị", strlen("thị"));
    lx->h_van = norm_hash_syllable("văn", strlen("văn"));
    lx->h_bo = norm_hash_syllable("bộ", strlen("bộ"));
    lx->h_tinh = norm_hash_syllable("tỉnh", strlen("tỉnh"));
    lx->h_thanh = norm_hash_syllable("thành", strlen("thành"));
    for (size_t k = 0; k < sizeof lexicon_files / sizeof lexicon_files[0]; k++) {
        if (lexicon_load_file(lx, dir, &lexicon_files[k], errmsg)) {
            lexicon_free(lx);
            return NULL;
        }
    }
    if (lexicon_index_abbr(lx) || lexicon_key_implied(lx) || lexicon_index_marks(lx) ||
        lexicon_index_cases(lx)) {
        lexicon_free(lx);
        lexicon_error(errmsg, "%s:0: out of memory or invalid UTF-8", dir);
        return NULL;
    }
    return lx;
}

/* Take a reference. */
tx_lexicon *tx_lexicon_ref(tx_lexicon *lx)
{
    if (lx)
        atomic_fetch_add(&lx->refs, 1);
    return lx;
}

/* Drop a reference; the last one frees. */
void tx_lexicon_unref(tx_lexicon *lx)
{
    if (lx && atomic_fetch_sub(&lx->refs, 1) == 1)
        lexicon_free(lx);
}

/* Number of phrases, abbreviations and aliases loaded. */
size_t tx_lexicon_size(const tx_lexicon *lx)
{
    return lx ? lx->entries + lx->nabbr + lx->nalias : 0;
}

uint64_t tx_lexicon_serial(const tx_lexicon *lx)
{
    return lx ? lx->serial : 0;
}

/* Whether a role phrase has one holder at a time. */
int tx_role_single_holder(const tx_lexicon *lx, const char *role)
{
    return (tx_role_kind(lx, role) & TX_ROLE_ONE) != 0;
}

/* What kind of seat a role is (see extract.h). */
int tx_role_kind(const tx_lexicon *lx, const char *role)
{
    if (!lx || !role || tx_utf8_invalid_offset(role, strlen(role)) >= 0)
        return 0;
    tx_text t;
    if (norm_text(role, strlen(role), &t))
        return 0;
    int nsyl;
    uint64_t h = lexicon_phrase_hash(t.w, t.len, &nsyl);
    size_t e1 = lexicon_word_end_in(t.w, t.len, 0);
    int pho = e1 > 0 && norm_hash_syllable(t.w, e1) == lx->h_pho;
    norm_text_free(&t);
    const lx_entry *e = lexicon_find(lx, h, nsyl);
    uint32_t k = e ? e->kinds : 0;
    return ((k & LX_ROLE_ONE) ? TX_ROLE_ONE : 0) | ((k & LX_ROLE_MEMBER) ? TX_ROLE_MEMBER : 0) |
           ((k & LX_ROLE_DEPUTY) || pho ? TX_ROLE_DEPUTY : 0);
}

/* Expand abbreviations (whole words, case-sensitive, as in the file) in a
 * label; malloc'd. */
/* Bytes of s from i that abbreviation ab (with '&', '-' or ',' in it:
 * ab->joint; 0 for any other) spans, or 0: its letters as written; at each '&' / '-' / ',' of
 * it the text may have '&', '-', an en dash or "và", with spaces around,
 * one space alone, or a ',' between two letters ("VH,TT"); the match must
 * end a word. */
static size_t lexicon_abbr_joined(const char *s, size_t len, size_t i, const lx_pair *ab)
{
    if (!ab->joint)
        return 0;
    const char *a = ab->from;
    size_t alen = ab->flen;
    size_t p = i, q = 0;
    while (q < alen) {
        if (a[q] != '&' && a[q] != '-' && a[q] != ',') {
            if (p >= len || s[p] != a[q])
                return 0;
            p++, q++;
            continue;
        }
        size_t r = p, sp = 0;
        while (r < len && s[r] == ' ')
            r++, sp++;
        if (r < len && (s[r] == '&' || s[r] == '-'))
            r++;
        else if (sp == 0 && r + 1 < len && s[r] == ',' && s[r + 1] != ' ')
            r++;
        else if (r + 3 <= len && !memcmp(s + r, "\xe2\x80\x93", 3))
            r += 3;
        else if (sp == 1 && r + 4 < len && !memcmp(s + r, "v\xc3\xa0 ", 4))
            r += 3; /* "và" (its space is read below) */
        else if (sp != 1)
            return 0;
        while (r < len && s[r] == ' ')
            r++;
        if (r == p)
            return 0;
        p = r, q++;
    }
    return lexicon_word_end_in(s, len, p) == p ? p - i : 0;
}

/* Where an abbreviation's expansion rep starts with the words written
 * just before it, the output (o bytes of out, ending with the spaces
 * before the abbreviation) drops those words: "Tập đoàn VNPT" is "Tập
 * đoàn Bưu chính Viễn thông Việt Nam", not "Tập đoàn Tập đoàn …", and
 * "Ngân hàng TMCP Vietcombank" one bank.  Words compare by their keys
 * (case and spelling of diacritics aside).  Returns the new length. */
static size_t lexicon_expand_overlap(const char *out, size_t o, const char *rep)
{
    size_t sp = o;
    while (sp > 0 && out[sp - 1] == ' ')
        sp--;
    if (sp == o || sp == 0)
        return o; /* not a space before the abbreviation, or nothing */
    size_t rw = 1;
    for (const char *r = rep; *r; r++)
        rw += *r == ' ';
    /* keys that start with letters of other bases differ: most words
     * before an abbreviation are ruled out without their keys */
    size_t rl = strlen(rep), r0 = 0;
    char rb = rl ? norm_base(norm_decode((const unsigned char *)rep, rl, &r0)) : 0;
    size_t best = o, start = sp, k = 0;
    while (k < rw && start > 0) {
        /* the k+1-th word before the abbreviation: out[w..start) */
        size_t w = start;
        while (w > 0 && out[w - 1] != ' ')
            w--;
        k++;
        size_t w0 = w;
        char wb = rb ? norm_base(norm_decode((const unsigned char *)out, sp, &w0)) : 0;
        if (rb && wb && rb != wb) {
            while (w > 0 && out[w - 1] == ' ')
                w--;
            start = w;
            continue;
        }
        /* rep's first k words */
        size_t hl = 0, seen = 0;
        while (rep[hl] && !(rep[hl] == ' ' && ++seen == k))
            hl++;
        char *a = malloc(sp - w + 1), *b = malloc(hl + 1);
        if (!a || !b) {
            free(a);
            free(b);
            return best;
        }
        memcpy(a, out + w, sp - w);
        a[sp - w] = '\0';
        memcpy(b, rep, hl);
        b[hl] = '\0';
        char *ka = tx_key(a), *kb = tx_key(b);
        if (ka && kb && *ka && !strcmp(ka, kb))
            best = w;
        free(a), free(b), free(ka), free(kb);
        while (w > 0 && out[w - 1] == ' ')
            w--;
        start = w;
    }
    return best;
}

static char *lexicon_expand(const tx_lexicon *lx, const char *s, bool *changed)
{
    size_t len = strlen(s), cap = len * 4 + 64, o = 0;
    if (changed)
        *changed = false;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    size_t i = 0;
    while (i < len) {
        size_t e = lexicon_word_end_in(s, len, i);
        if (e == i) {
            out[o++] = s[i++];
        } else {
            const char *rep = NULL;
            size_t used = e - i;
            /* only the abbreviations starting with this word's byte (most
             * words start with a byte none starts with) */
            size_t g0 = lx ? lx->abbr_start[(unsigned char)s[i]] : 0;
            size_t g1 = lx ? lx->abbr_start[(unsigned char)s[i] + 1] : 0;
            /* "GD&ĐT", "LĐ-TB&XH": an abbreviation with '&' or '-' in it
             * spans several words, also written with spaces or "và" at
             * its joints ("GD & ĐT", "NN - PTNT", "TN và MT", "GD ĐT");
             * the longest wins ("VH-TT&DL" over "VH-TT") and before a
             * one-word abbreviation its first part is ("QH-KT": not "QH") */
            for (size_t g = g0; g < g1; g++) {
                const lx_pair *a = &lx->abbr[lx->abbr_order[g]];
                size_t m = lexicon_abbr_joined(s, len, i, a);
                if (m > (rep ? used : e - i)) {
                    rep = a->to;
                    used = m;
                }
            }
            for (size_t g = g0; !rep && g < g1; g++) {
                const lx_pair *a = &lx->abbr[lx->abbr_order[g]];
                size_t al = a->flen;
                /* an entry may end with '.', eaten when the text has it */
                if (al == e - i + 1 && a->from[al - 1] == '.' && e < len && s[e] == '.' &&
                    !strncmp(s + i, a->from, al)) {
                    rep = a->to, used = al;
                    break;
                }
                if (al == e - i && !strncmp(s + i, a->from, al)) {
                    rep = a->to;
                    break;
                }
            }
            /* "TP.Hà Nội": an abbreviation ending with '.' run into the
             * next word */
            int joined = 0;
            /* (such an entry's '.' is inside the word: none without one) */
            size_t g3 = memchr(s + i, '.', e - i) ? g1 : g0;
            for (size_t g = g0; !rep && g < g3; g++) {
                const lx_pair *a = &lx->abbr[lx->abbr_order[g]];
                size_t al = a->flen;
                if (al > 1 && al < e - i && a->from[al - 1] == '.' &&
                    !strncmp(s + i, a->from, al)) {
                    rep = a->to, used = al;
                    joined = 1;
                }
            }
            const char *src = rep ? rep : s + i;
            size_t sl = rep ? strlen(rep) : e - i;
            if (rep && changed)
                *changed = true;
            if (rep)
                o = lexicon_expand_overlap(out, o, rep);
            if (o + sl + 2 >= cap) {
                cap = (o + sl) * 2 + 64;
                char *no = realloc(out, cap);
                if (!no) {
                    free(out);
                    return NULL;
                }
                out = no;
            }
            memcpy(out + o, src, sl);
            o += sl;
            if (joined)
                out[o++] = ' ';
            /* "TP.HCM" → "thành phố Hồ Chí Minh": keep a space after it */
            i += used;
        }
        if (o + 8 >= cap) {
            cap = cap * 2;
            char *no = realloc(out, cap);
            if (!no) {
                free(out);
                return NULL;
            }
            out = no;
        }
    }
    out[o] = '\0';
    return out;
}

static void lexicon_own_state(const tx_lexicon *lx, char *x, char *k);

/* A body of a national organ written without it (parents.tsv: "Chủ
 * nhiệm Ủy ban Kinh tế" is "Chủ nhiệm Ủy ban Kinh tế Quốc hội"): when the
 * label ends with the body after some other word, the parent is appended
 * to the label *x and its key *k (both reallocated; left as they are when
 * memory runs out). */
static void lexicon_parent(const tx_lexicon *lx, char **x, char **k)
{
    size_t kl = strlen(*k);
    for (size_t q = 0; q < lx->nparent; q++) {
        const char *bk = lx->parent[q].from;
        size_t bl = lx->parent[q].flen;
        if (kl <= bl + 1 || (*k)[kl - bl - 1] != ' ' || strcmp(*k + kl - bl, bk) != 0)
            continue;
        size_t xl = strlen(*x), pl = strlen(lx->parent[q].to);
        char *nx = malloc(xl + pl + 2);
        if (!nx)
            return;
        memcpy(nx, *x, xl);
        nx[xl] = ' ';
        memcpy(nx + xl + 1, lx->parent[q].to, pl + 1);
        char *nk = tx_key(nx);
        if (!nk) {
            free(nx);
            return;
        }
        free(*x);
        free(*k);
        *x = nx;
        *k = nk;
        return;
    }
}

/* Whether key k is the from key of an alias (aliases.tsv); its index, or
 * -1.  The first byte is compared before the string (aliases start with a
 * few letters; most keys with none of theirs). */
static ptrdiff_t lexicon_alias_of(const tx_lexicon *lx, const char *k)
{
    for (size_t a = 0; a < lx->nalias; a++)
        if (lx->alias[a].from[0] == k[0] && !strcmp(lx->alias[a].from, k))
            return (ptrdiff_t)a;
    return -1;
}

/* The canonical label (see tx_canonical_label); when key is not NULL, also
 * *key: the canonical label's tx_key when this computed it on the way (the
 * label not cut or replaced after), else NULL (the caller computes it);
 * when text_key is not NULL, *text_key: tx_key(label), from the same
 * normalization (NULL when the label is refused). */
static char *lexicon_canonical(const tx_lexicon *lx, const char *label, char **key, char **text_key)
{
    if (key)
        *key = NULL;
    if (text_key)
        *text_key = NULL;
    if (!label || tx_utf8_invalid_offset(label, strlen(label)) >= 0)
        return NULL;
    tx_text t;
    if (norm_text(label, strlen(label), &t))
        return NULL;
    bool expanded;
    char *x = lexicon_expand(lx, t.w, &expanded);
    /* the text's own key: asked for, and when no abbreviation was
     * expanded also the label's (below) */
    char *tk = x && (text_key || !expanded) ? norm_key_of(&t) : NULL;
    norm_text_free(&t);
    if (!x) {
        free(tk);
        return NULL;
    }
    /* collapse white space for display */
    size_t o = 0;
    int sp = 1;
    for (size_t i = 0; x[i]; i++) {
        char c = x[i] == '\n' ? ' ' : x[i];
        if (c == ' ') {
            if (!sp)
                x[o++] = ' ';
            sp = 1;
        } else {
            x[o++] = c;
            sp = 0;
        }
    }
    while (o > 0 && (x[o - 1] == ' ' || x[o - 1] == ',' || x[o - 1] == ';'))
        o--;
    x[o] = '\0';
    /* tx_key(x): when nothing was expanded, x is the normalized text with
     * its white space collapsed and a trailing ' ', ',' or ';' cut, and
     * its key is the text's key cut the same way (norm_text gives what it
     * is given once normalized; the key collapses white space itself):
     * the second normalization of the label is spared */
    char *k;
    if (!expanded && tk) {
        size_t kl = strlen(tk);
        while (kl > 0 && (tk[kl - 1] == ' ' || tk[kl - 1] == ',' || tk[kl - 1] == ';'))
            kl--;
        k = malloc(kl + 1);
        if (k) {
            memcpy(k, tk, kl);
            k[kl] = '\0';
        }
    } else {
        k = tx_key(x);
    }
    if (text_key)
        *text_key = tk;
    else
        free(tk);
    int same = 1; /* k is tx_key(x) */
    if (k && lx) {
        size_t xl = strlen(x), kl = strlen(k);
        lexicon_own_state(lx, x, k);
        same = strlen(x) == xl && strlen(k) == kl; /* not cut */
    }
    if (k && lx) {
        char *k0 = k;
        lexicon_parent(lx, &x, &k);
        if (k != k0)
            same = 1; /* the parent's label and its tx_key */
    }
    if (k && lx) {
        ptrdiff_t a = lexicon_alias_of(lx, k);
        if (a >= 0) {
            free(x);
            free(k);
            return lexicon_expand(lx, lx->alias[a].to, NULL);
        }
    }
    if (key && k && same)
        *key = k;
    else
        free(k);
    return x;
}

/* Label with abbreviations expanded and aliases applied, as displayed. */
char *tx_canonical_label(const tx_lexicon *lx, const char *label)
{
    return lexicon_canonical(lx, label, NULL, NULL);
}

/* The words of a normalized label: byte ranges and syllable hashes. */
#define LX_LABEL_WORDS 48
typedef struct lx_words {
    size_t n;
    size_t s[LX_LABEL_WORDS], e[LX_LABEL_WORDS];
    uint64_t h[LX_LABEL_WORDS];
} lx_words;

/* Split a normalized label into words (punctuation skipped). */
static void lexicon_words(const char *w, size_t len, lx_words *out)
{
    lexicon_words_of(w, len, &out->n, out->s, out->e, out->h, LX_LABEL_WORDS);
}

static void lexicon_words_of(const char *w, size_t len, size_t *n, size_t *s, size_t *e,
                             uint64_t *h, size_t max)
{
    size_t i = 0;
    *n = 0;
    while (i < len && *n < max) {
        size_t we = lexicon_word_end_in(w, len, i);
        if (we == i) {
            i++;
            continue;
        }
        s[*n] = i;
        e[*n] = we;
        h[*n] = norm_hash_syllable(w + i, we - i);
        (*n)++;
        i = we;
    }
}

/* Longest lexicon phrase starting at word k with any of the kinds; its
 * length in words (0: none) and its entry's kinds in *kinds. */
static size_t lexicon_match(const tx_lexicon *lx, const lx_words *w, size_t k, uint32_t want,
                            uint32_t *kinds)
{
    uint64_t h = 0;
    size_t best = 0;
    *kinds = 0;
    for (size_t n = 1; k + n <= w->n && (int)n <= lx->maxsyl; n++) {
        h = norm_hash_combine(h, w->h[k + n - 1]);
        const lx_entry *e = lexicon_find(lx, h, (int)n);
        if (!e)
            break;
        if (e->kinds & want) {
            best = n;
            *kinds = e->kinds;
        }
        if (!(e->kinds & LX_PREFIX) && !(e->kinds & want))
            break;
    }
    return best;
}

/* Whether the tx_key of a label is an alias (aliases.tsv) or the canonical
 * form of one. */
static int lexicon_aliased(const tx_lexicon *lx, const char *key)
{
    return lexicon_alias_of(lx, key) >= 0;
}

/* Whether the words w end with a ministry: the body head "Bộ" alone
 * (org_heads.tsv, longest match: not "Bộ Tư lệnh", "Bộ Chỉ huy", "Bộ
 * đội", whose longer heads are listed) or a minister's role without its
 * Bộ (bodies.tsv `ministerial`: "Bộ trưởng Công Thương"), then a name in
 * which no country stands and no other head but at the name's start ("Bộ
 * Công an"): "... Bộ Ngoại giao", "Cục trưởng Cục Lãnh sự Bộ Ngoại giao".
 * A body of another head ("Hội Nhà báo Việt Nam", "Ngân hàng Phát triển
 * Việt Nam", "Bộ Tư lệnh Cảnh sát biển Việt Nam") may hold the country's
 * name; a ministry's never does. */
static bool lexicon_ends_ministry(const tx_lexicon *lx, const lx_words *w)
{
    size_t bo = (size_t)-1;
    for (size_t i = 0; i < w->n;) {
        uint32_t kinds;
        size_t n = lexicon_match(lx, w, i, LX_ORG | LX_COUNTRY | LX_MINISTERIAL, &kinds);
        if (n == 0) {
            i++;
            continue;
        }
        if (kinds & LX_MINISTERIAL) {
            /* a minister's role written without its Bộ ("Bộ trưởng Công
             * Thương Việt Nam", "Thứ trưởng Ngoại giao VN"): the key
             * writes it "Bộ trưởng Bộ Công Thương"; with it, the Bộ is
             * the next head */
            if (i + n < w->n && w->h[i + n] != lx->h_bo)
                bo = i + n - 1;
        } else if (kinds & LX_COUNTRY) {
            if (bo != (size_t)-1)
                return false; /* "Bộ Ngoại giao Lào": another state's */
        } else if (n == 1 && w->h[i] == lx->h_bo) {
            bo = i;
        } else if (bo != (size_t)-1 && i != bo + 1) {
            return false; /* another body after the ministry's name */
        }
        i += n;
    }
    return bo != (size_t)-1 && bo + 1 < w->n;
}

/* Whether key k (kl bytes before any cut) ends with a qualifier of
 * own_state.tsv longer than ql bytes, after a space. */
static bool lexicon_own_state_longer(const tx_lexicon *lx, const char *k, size_t kl, size_t ql)
{
    for (size_t q = 0; q < lx->nownstate; q++) {
        size_t l = lx->ownstate[q].flen;
        if (l > ql && kl > l + 1 && k[kl - l - 1] == ' ' &&
            !memcmp(k + kl - l, lx->ownstate[q].from, l))
            return true;
    }
    return false;
}

/* A trailing name of Viet Nam's own state or party (own_state.tsv: "Việt
 * Nam", "nước CHXHCN Việt Nam", "Ban Chấp hành Trung ương Đảng Cộng sản
 * Việt Nam") adds nothing to a national post: "Thủ tướng Chính phủ nước
 * CHXHCN Việt Nam" is "Thủ tướng Chính phủ", "Tổng Bí thư Ban Chấp hành
 * Trung ương" is "Tổng Bí thư", "Bộ trưởng Bộ Quốc phòng Việt Nam" is
 * "Bộ trưởng Bộ Quốc phòng".  Only when what is left is such a post (an
 * alias, or a ministerial role and its Bộ): "Tập đoàn Dầu khí Việt Nam"
 * keeps its name.  x (the label) and k (its key) are cut in place. */
static void lexicon_own_state(const tx_lexicon *lx, char *x, char *k)
{
    size_t kl = strlen(k);
    const uint64_t h_bo = norm_hash_syllable("bộ", strlen("bộ"));
    /* the words of k cut before a qualifier: both passes and both rules
     * read the same words for the same cut, split once (w_cut: its length) */
    lx_words w;
    size_t w_cut = (size_t)-1;
    /* first pass: what is left is a national post; second pass: it ends
     * with a national body (the longest qualifier a first-pass rule takes
     * wins over a shorter one the second would) */
    for (int pass = 0; pass < 2; pass++)
        for (size_t q = 0; q < lx->nownstate; q++) {
            const char *qk = lx->ownstate[q].from;
            size_t ql = lx->ownstate[q].flen;
            if (kl <= ql + 1 || k[kl - ql - 1] != ' ' || strcmp(k + kl - ql, qk) != 0)
                continue;
            k[kl - ql - 1] = '\0';
            int national = lexicon_aliased(lx, k);
            if (!national && w_cut != kl - ql - 1) {
                lexicon_words(k, kl - ql - 1, &w);
                w_cut = kl - ql - 1;
            }
            if (!national) {
                /* "Bộ trưởng Bộ X", "Thứ trưởng Bộ X" (after "Phó"/"Quyền") */
                uint32_t kinds;
                size_t at = w.n > 0 && (w.h[0] == lx->h_pho || w.h[0] == lx->h_quyen) ? 1 : 0;
                size_t n = lexicon_match(lx, &w, at, LX_MINISTERIAL, &kinds);
                national = n > 0 && at + n < w.n && w.h[at + n] == h_bo && at + n + 1 < w.n;
            }
            if (!national && pass == 1) {
                /* "... Quốc hội Việt Nam", "... Chính phủ nước CHXHCN Việt
                 * Nam": what is left ends with a national body of our own
                 * state other than the name of the country itself */
                uint32_t kinds;
                for (size_t i = 1; i < w.n && !national; i++) {
                    size_t n = lexicon_match(lx, &w, i, LX_BODY_NATIONAL, &kinds);
                    national = n > 0 && i + n == w.n && w.h[i] != lx->h_viet;
                }
                /* "Người phát ngôn Bộ Ngoại giao Việt Nam", "Cục trưởng
                 * Cục Lãnh sự Bộ Ngoại giao VN": a ministry's name never
                 * holds the country's (session 24); the longest qualifier
                 * the key ends with is cut ("... nước CHXHCN Việt Nam",
                 * not "Việt Nam" alone: the ministry's name would then
                 * run over "nước CHXHCN") */
                if (!national) {
                    k[kl - ql - 1] = ' '; /* the whole key, for the longer ones */
                    bool longer = lexicon_own_state_longer(lx, k, kl, ql);
                    k[kl - ql - 1] = '\0';
                    national = !longer && lexicon_ends_ministry(lx, &w);
                }
            }
            if (!national) {
                k[kl - ql - 1] = ' ';
                continue;
            }
            /* cut as many words off the label as the qualifier has */
            lx_words qw;
            lexicon_words(qk, ql, &qw);
            lexicon_words(x, strlen(x), &w);
            if (w.n > qw.n && w.n < LX_LABEL_WORDS)
                x[w.e[w.n - qw.n - 1]] = '\0';
            else
                k[kl - ql - 1] = ' '; /* the label's words do not line up: keep both */
            return;
        }
}

/* Whether a national body word stands anywhere in a label. */
static int lexicon_national_in(const tx_lexicon *lx, const char *label)
{
    tx_text t;
    if (norm_text(label, strlen(label), &t))
        return 0;
    lx_words w;
    lexicon_words(t.w, t.len, &w);
    int national = 0;
    for (size_t k = 0; k < w.n && !national; k++) {
        uint32_t kinds;
        national = lexicon_match(lx, &w, k, LX_BODY_NATIONAL, &kinds) > 0;
    }
    norm_text_free(&t);
    return national;
}

/* Whether a position names one office (see extract.h). */
int tx_post_specific(const tx_lexicon *lx, const char *position, const char *org)
{
    if (!lx || !position)
        return 1;
    const char *body = org && *org ? org : NULL;
    char *label = tx_canonical_label(lx, position);
    char *key = label ? tx_key(label) : NULL;
    int aliased = key && lexicon_aliased(lx, key);
    free(key);
    if (aliased) {
        free(label);
        return 1;
    }
    /* a body written without its national organ ("Chủ tịch Hội đồng Dân
     * tộc", organization "Hội đồng Dân tộc") is one office once the
     * position's canonical label names the organ (parents.tsv appends it) */
    int organ = body && label && lexicon_national_in(lx, label);
    char *x = body ? tx_canonical_label(lx, body) : label;
    if (body)
        free(label);
    if (!x)
        return 1;
    if (organ) {
        free(x);
        return 1;
    }
    tx_text t;
    if (norm_text(x, strlen(x), &t)) {
        free(x);
        return 1;
    }
    free(x);
    lx_words w;
    lexicon_words(t.w, t.len, &w);
    const uint32_t cover =
        LX_ORG | LX_ORGWORD | LX_PLACE | LX_BODY_LOCAL | LX_BODY_NATIONAL | LX_ROLE | LX_STOP;
    size_t content = 0, k = 0, first_len = 0;
    int national = 0, local_head = 0, head = 0, inner = 0;
    /* without an organization the position is a role ("Bộ trưởng", "Bí
     * thư Tỉnh ủy"): one office only when a national word is in it ("Phó
     * Chủ tịch Quốc hội", "Bí thư Trung ương Đảng") */
    while (k < w.n) {
        uint32_t kinds;
        size_t n = lexicon_match(lx, &w, k, cover, &kinds);
        if (n == 0) {
            if (w.h[k] != lx->h_va)
                content++;
            n = 1;
        } else if (kinds & LX_BODY_NATIONAL) {
            national = 1;
        }
        if (k == 0 && body) {
            first_len = n;
            head = (kinds & (LX_ORG | LX_BODY_LOCAL | LX_BODY_NATIONAL)) != 0;
            local_head = (kinds & LX_BODY_LOCAL) != 0;
        } else if (k > 0 && (kinds & LX_ORG) && !(kinds & LX_BODY_LOCAL) && k + n < w.n) {
            /* a unit of a body found once by its head and name ("Văn
             * phòng Bộ Nội vụ", "Thanh tra Bộ Xây dựng"): one office, as
             * the body is, though its words are all title words */
            inner = 1;
        }
        k += n;
    }
    if (!body) {
        /* a national word anywhere, even inside a role phrase ("Bí thư
         * Trung ương Đảng" is listed whole in roles.tsv) */
        for (k = 0; k < w.n && !national; k++) {
            uint32_t kinds;
            national = lexicon_match(lx, &w, k, LX_BODY_NATIONAL, &kinds) > 0;
        }
        norm_text_free(&t);
        return national;
    }
    norm_text_free(&t);
    if (national || !head)
        return 1;
    if (local_head)
        return content > 0 || inner;
    /* a body found everywhere only by its head word ("Bộ", "Tập đoàn"):
     * one office once something follows the head ("Bộ Y tế") */
    return w.n > first_len;
}

/* The kind of local body a label names (see extract.h). */
int tx_body_kind(const tx_lexicon *lx, const char *label)
{
    char *x = lx && label ? tx_canonical_label(lx, label) : NULL;
    if (!x)
        return 0;
    tx_text t;
    int kind = 0;
    if (norm_text(x, strlen(x), &t) == 0) {
        lx_words w;
        lexicon_words(t.w, t.len, &w);
        for (size_t i = 0; i < w.n && !kind; i++) {
            uint32_t kinds;
            if (lexicon_match(lx, &w, i, LX_BODY_EXECUTIVE | LX_BODY_ASSEMBLY, &kinds))
                kind = (kinds & LX_BODY_EXECUTIVE) ? TX_BODY_EXECUTIVE : TX_BODY_ASSEMBLY;
        }
        norm_text_free(&t);
    }
    free(x);
    return kind;
}

/* Canonical key of a post or organization label: the canonical label's
 * tx_key, with the spelling variants of one office made equal: words
 * only, punctuation and "và" dropped ("Thông tin & Truyền thông" =
 * "Thông tin và Truyền thông"); "tỉnh"/"thành phố" right after a local
 * body dropped ("Tỉnh ủy tỉnh Quảng Ninh" = "Tỉnh ủy Quảng Ninh"); a
 * ministerial role not followed by "Bộ" gets it ("Bộ trưởng Công an" =
 * "Bộ trưởng Bộ Công an"). */
/* A phrase of the key rules and its length in bytes. */
typedef struct lx_lit {
    const char *s;
    size_t n;
} lx_lit;
#define LX_LIT(s)                                                                                  \
    {                                                                                              \
        s, sizeof s - 1                                                                            \
    }

/* Whether key k (len bytes) has the word or phrase p (n bytes) at byte i,
 * ending a word. */
static bool lexicon_key_at(const char *k, size_t len, size_t i, const char *p, size_t n)
{
    return i <= len && n <= len - i && !memcmp(k + i, p, n) &&
           (k[i + n] == ' ' || k[i + n] == '\0');
}

/* A post key with its head's body written out and its bodies' other names
 * replaced (malloc'd; k is freed):
 * - "chủ tịch tỉnh X" is the chair of the province's people's committee,
 *   "chủ tịch ủy ban nhân dân tỉnh X" (also of a city, district or
 *   commune; deputies and the standing deputy alike);
 * - "bí thư tỉnh X" the secretary of its party committee, "bí thư tỉnh ủy
 *   X" ("thành phố" → "thành ủy", "huyện" → "huyện ủy", "quận" → "quận
 *   ủy", "thị xã" → "thị ủy"; "xã", "phường", "thị trấn" → "đảng ủy xã" …);
 * - a body's other name (body_aliases.tsv) is its canonical one, wherever
 *   in the label it stands at word boundaries ("ban chấp hành trung ương
 *   đoàn" → "trung ương đoàn"). */
static char *lexicon_key_bodies(const tx_lexicon *lx, char *k)
{
    static const lx_lit chairs[] = {LX_LIT("phó chủ tịch thường trực"), LX_LIT("phó chủ tịch"),
                                    LX_LIT("chủ tịch")};
    static const lx_lit secretaries[] = {LX_LIT("phó bí thư thường trực"), LX_LIT("phó bí thư"),
                                         LX_LIT("bí thư")};
    static const lx_lit places[][2] = {{LX_LIT("thành phố"), LX_LIT("thành ủy")},
                                       {LX_LIT("tỉnh"), LX_LIT("tỉnh ủy")},
                                       {LX_LIT("huyện"), LX_LIT("huyện ủy")},
                                       {LX_LIT("quận"), LX_LIT("quận ủy")},
                                       {LX_LIT("thị xã"), LX_LIT("thị ủy")},
                                       {LX_LIT("thị trấn"), LX_LIT("đảng ủy thị trấn")},
                                       {LX_LIT("phường"), LX_LIT("đảng ủy phường")},
                                       {LX_LIT("xã"), LX_LIT("đảng ủy xã")}};
    static const lx_lit councils[] = {LX_LIT("hội đồng thành viên"), LX_LIT("hội đồng quản trị")};
    static const lx_lit after[] = {LX_LIT("ủy"), LX_LIT("đoàn"), LX_LIT("đội"), LX_LIT("hội")};
    static const lx_lit ubnd = LX_LIT("ủy ban nhân dân");
    /* only a word opening with a role's or an alias's first byte is
     * looked at (most words open with none: a key costs one pass); the
     * aliases compared are those opening with its byte, in file order */
    const uint32_t *bstart = lx->bodyalias_start;
    size_t len = strlen(k), cap = len * 4 + 256, o = 0;
    char *out = malloc(cap);
    if (!out)
        return k;
    for (size_t i = 0; i <= len;) {
        unsigned char b = i < len ? (unsigned char)k[i] : 0;
        if (i < len && (b == 'c' || b == 'p' || b == 'b' || bstart[b] < bstart[b + 1]) &&
            (i == 0 || k[i - 1] == ' ')) {
            const char *to = NULL;
            size_t used = 0;
            for (size_t g = bstart[b]; g < bstart[b + 1] && !to; g++) {
                const lx_pair *ba = &lx->bodyalias[lx->bodyalias_order[g]];
                if (lexicon_key_at(k, len, i, ba->from, ba->flen))
                    to = ba->to, used = ba->flen;
            }
            size_t tl = to ? strlen(to) : 0;
            if (to && o + tl + 1 < cap) {
                memcpy(out + o, to, tl);
                o += tl;
                i += used;
                continue;
            }
            /* the roles below open with 'p' (phó), 'c' (chủ) or 'b' (bí) */
            bool role = k[i] == 'p' || k[i] == 'c' || k[i] == 'b';
            /* a company's chair is its council's: "chủ tịch hội đồng
             * thành viên tập đoàn X" = "chủ tịch tập đoàn X" (the members'
             * or the directors' council: only firms have one, so the body
             * after it is a firm however it is named, "Chủ tịch HĐQT
             * Sacombank" = "Chủ tịch Sacombank") */
            for (size_t r = 0; role && r < 3 && !used; r++) {
                size_t rl = chairs[r].n;
                if (!lexicon_key_at(k, len, i, chairs[r].s, rl) || k[i + rl] != ' ')
                    continue;
                for (size_t c = 0; c < 2 && !used; c++) {
                    size_t cl = councils[c].n;
                    if (!lexicon_key_at(k, len, i + rl + 1, councils[c].s, cl) ||
                        k[i + rl + 1 + cl] != ' ')
                        continue;
                    if (i + rl + 1 + cl + 1 < len && o + rl + 1 < cap) {
                        memcpy(out + o, k + i, rl + 1); /* the role and its space */
                        o += rl + 1;
                        used = rl + 1 + cl + 1;
                    }
                }
            }
            for (int sec = 0; role && sec < 2 && !used; sec++) {
                const lx_lit *roles = sec ? secretaries : chairs;
                for (size_t r = 0; r < 3 && !used; r++) {
                    size_t rl = roles[r].n;
                    if (!lexicon_key_at(k, len, i, roles[r].s, rl) || k[i + rl] != ' ')
                        continue;
                    for (size_t q = 0; q < sizeof places / sizeof places[0]; q++) {
                        size_t pl = places[q][0].n;
                        size_t nx = i + rl + 1 + pl + 1; /* the word after the place word */
                        if (!lexicon_key_at(k, len, i + rl + 1, places[q][0].s, pl) ||
                            k[nx - 1] != ' ' ||
                            lexicon_key_at(k, len, nx, after[0].s, after[0].n) ||
                            lexicon_key_at(k, len, nx, after[1].s, after[1].n) ||
                            lexicon_key_at(k, len, nx, after[2].s, after[2].n) ||
                            lexicon_key_at(k, len, nx, after[3].s, after[3].n))
                            continue; /* "bí thư tỉnh ủy", "bí thư tỉnh đoàn" */
                        /* role, its body, then (a chair) the place word */
                        const lx_lit *body = sec ? &places[q][1] : &ubnd;
                        if (o + rl + body->n + pl + 4 >= cap)
                            break;
                        memcpy(out + o, k + i, rl);
                        o += rl;
                        out[o++] = ' ';
                        memcpy(out + o, body->s, body->n);
                        o += body->n;
                        if (!sec) {
                            out[o++] = ' ';
                            memcpy(out + o, places[q][0].s, pl);
                            o += pl;
                        }
                        used = rl + 1 + pl;
                        break;
                    }
                }
            }
            if (used) {
                i += used;
                continue;
            }
        }
        if (o + 1 >= cap)
            break;
        out[o++] = k[i++];
    }
    out[cap - 1] = '\0';
    free(k);
    return out;
}

/* Whether "thành phố" at word i of key k names a province-level body:
 * the city after it is governed by the centre (central_cities.tsv), or
 * the words before it are the city's "thành ủy"; without the file, every
 * city is (the rule before it). */
static bool lexicon_key_central_city(const tx_lexicon *lx, const char *k, const lx_words *w,
                                     size_t i)
{
    const uint64_t h_uy = norm_hash_syllable("ủy", strlen("ủy"));
    if (lx->ncity == 0 || (i >= 2 && w->h[i - 2] == w->h[i] && w->h[i - 1] == h_uy))
        return true;
    size_t len = strlen(k);
    for (size_t c = 0; c < lx->ncity; c++)
        if (lexicon_key_at(k, len, w->s[i + 2], lx->city[c].from, strlen(lx->city[c].from)))
            return true;
    return false;
}

/* A ministry or department written by the first words of its name
 * (short_bodies.tsv: "Bộ trưởng Giáo dục", "Giám đốc Sở Nông nghiệp tỉnh
 * Bình Định") is the full one: in key k (words, one space between them,
 * "bộ" already added after a ministerial head) the short name, not
 * followed by the first word of the rest of its full name, becomes the
 * full name (malloc'd; k is freed). */
static char *lexicon_key_short_bodies(const tx_lexicon *lx, char *k)
{
    if (!k || lx->nshortbody == 0)
        return k;
    size_t len = strlen(k), extra = lx->shortbody_longest;
    char *out = NULL;
    size_t o = 0, from = 0; /* k[from..] not copied yet */
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && k[i - 1] != ' ')
            continue;
        unsigned char b = (unsigned char)k[i];
        for (size_t g = lx->shortbody_start[b]; g < lx->shortbody_start[b + 1]; g++) {
            const lx_pair *sb = &lx->shortbody[lx->shortbody_order[g]];
            if (!lexicon_key_at(k, len, i, sb->from, sb->flen))
                continue;
            size_t after = i + sb->flen;
            const char *rest = sb->to + sb->flen + 1; /* the full name's other words */
            size_t rl = strcspn(rest, " ");
            if (k[after] == ' ' && after + 1 + rl <= len && !memcmp(k + after + 1, rest, rl) &&
                (k[after + 1 + rl] == ' ' || k[after + 1 + rl] == '\0'))
                break; /* written in full already */
            if (!out && !(out = malloc(len + extra * (len / 2 + 1) + 1)))
                return k;
            memcpy(out + o, k + from, i - from);
            o += i - from;
            size_t tl = strlen(sb->to);
            memcpy(out + o, sb->to, tl);
            o += tl;
            from = after;
            i = after - 1;
            break;
        }
    }
    if (!out)
        return k;
    memcpy(out + o, k + from, len - from);
    out[o + len - from] = '\0';
    free(k);
    return out;
}

/* A firm's generic head before its name adds nothing (in place, key k:
 * words, one space between them):
 * - a head right before another ("ngân hàng" before "Vietcombank" written
 *   out, "Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"; "Tập đoàn
 *   Tập đoàn Dầu khí Việt Nam") is dropped: one head is the firm's;
 * - a head before a brand that ends the label, one word written without
 *   Vietnamese letters ("Ngân hàng Sacombank", "Tổng công ty Vinaconex",
 *   "Tập đoàn FPT"), is dropped: the brand alone names the firm, and the
 *   news writes it both ways ("Chủ tịch Sacombank").  A Vietnamese name
 *   after the head ("Tập đoàn Hòa Phát", "Công ty Thanh Bình") keeps it:
 *   such a name alone is as often a place or a person. */
static void lexicon_key_firms(char *k)
{
    static const lx_lit heads[] = {LX_LIT("công ty cổ phần"), LX_LIT("tổng công ty"),
                                   LX_LIT("tập đoàn"), LX_LIT("ngân hàng"), LX_LIT("công ty")};
    size_t len = strlen(k), o = 0;
    for (size_t i = 0; i <= len;) {
        if (i < len && (i == 0 || k[i - 1] == ' ') && (k[i] == 'c' || k[i] == 't' || k[i] == 'n')) {
            size_t hn = 0;
            for (size_t h = 0; h < sizeof heads / sizeof heads[0] && !hn; h++)
                if (lexicon_key_at(k, len, i, heads[h].s, heads[h].n) && k[i + heads[h].n] == ' ')
                    hn = heads[h].n;
            if (hn) {
                size_t nx = i + hn + 1; /* the next word */
                int drop = 0;
                for (size_t h = 0; h < sizeof heads / sizeof heads[0] && !drop; h++)
                    drop = lexicon_key_at(k, len, nx, heads[h].s, heads[h].n);
                if (!drop) {
                    size_t e = nx;
                    while (e < len && k[e] != ' ' && (unsigned char)k[e] < 0x80)
                        e++;
                    drop = e == len && e > nx && k[nx] >= 'a' && k[nx] <= 'z';
                }
                if (drop) {
                    i = nx;
                    continue;
                }
            }
        }
        k[o++] = k[i++];
    }
}

/* A group's or a corporation's kind right after the post's role adds
 * nothing (session 24; in place, key k: words, one space between them):
 * "Chủ tịch HĐQT Tập đoàn X" and "Chủ tịch HĐQT X" (the council already
 * dropped) are one post, "chủ tịch X", as are "Tổng giám đốc Tổng công ty
 * X" and "Tổng giám đốc X" — the news names a group or a state
 * corporation by its name alone, and one that was renamed from the one
 * kind to the other ("Tổng công ty X" → "Tập đoàn X") is one body.  Only
 * the SAME name after the kind joins: "Tập đoàn Điện lực Việt Nam" and
 * "Tổng công ty Điện lực miền Bắc" stay two.  A company keeps its "công
 * ty" (session 23: "Tổng công ty X" and "Công ty X" may be a corporation
 * and its company), a bank its "ngân hàng" ("Thống đốc Ngân hàng Nhà
 * nước"), and a kind further in ("Giám đốc Chi nhánh Tổng công ty X", a
 * unit of the firm) stays.  The role is the one the key opens with
 * (roles.tsv, after "phó" or "quyền"), or two joined by "kiêm"; a role
 * that names its body ("Bí thư Đảng ủy", "Chủ tịch Công đoàn") is the
 * group's committee or union either way. */
static void lexicon_key_firm_kind(const tx_lexicon *lx, char *k)
{
    static const lx_lit kinds_[] = {LX_LIT("tập đoàn"), LX_LIT("tổng công ty")};
    /* most keys name no group: one search before the words are split */
    if (!strstr(k, "tổng công ty ") && !strstr(k, "tập đoàn "))
        return;
    size_t len = strlen(k);
    lx_words w;
    lexicon_words(k, len, &w);
    if (w.n < 3 || w.n == LX_LABEL_WORDS)
        return;
    size_t i = 0;
    for (int chain = 0; chain < 2; chain++) {
        if (i < w.n && (w.h[i] == lx->h_pho || w.h[i] == lx->h_quyen))
            i++;
        uint32_t kinds;
        size_t n = lexicon_match(lx, &w, i, LX_ROLE, &kinds);
        if (n == 0)
            return;
        i += n;
        if (i + 1 < w.n && w.h[i] == lx->h_kiem)
            i++; /* "Chủ tịch kiêm Tổng giám đốc Tập đoàn X" */
        else
            break;
    }
    if (i >= w.n)
        return;
    size_t at = w.s[i];
    for (size_t f = 0; f < sizeof kinds_ / sizeof kinds_[0]; f++) {
        size_t fl = kinds_[f].n;
        if (!lexicon_key_at(k, len, at, kinds_[f].s, fl) || k[at + fl] != ' ')
            continue;
        /* the kind and its space go when a proper name follows: a word
         * that is no body's or title's word (org_heads.tsv, orgwords.tsv,
         * roles.tsv, stopwords.tsv) — a name, a place, the country's
         * name: "Hòa Phát", "Đường sắt Việt Nam"; "Giám đốc Tổng công ty
         * Đầu tư", a name cut short to its trade, is not "Giám đốc đầu
         * tư" */
        const uint32_t cover = LX_ORG | LX_ORGWORD | LX_ROLE | LX_STOP;
        const uint32_t proper = LX_BODY_NATIONAL | LX_COUNTRY | LX_LOOKALIKE;
        size_t j = i;
        while (j < w.n && w.s[j] < at + fl + 1)
            j++;
        bool name = false;
        for (size_t m; j < w.n && !name; j += m) {
            uint32_t kinds;
            m = lexicon_match(lx, &w, j, cover | proper, &kinds);
            /* "việt nam" is an orgword too; a number is no name ("Tổng
             * công ty 36" is not "36") */
            name = (m == 0 && !isdigit((unsigned char)k[w.s[j]])) || (kinds & proper);
            if (m == 0)
                m = 1;
        }
        if (!name)
            return;
        memmove(k + at, k + at + fl + 1, len - at - fl);
        return;
    }
}

/* An ambassador's concurrent accreditation adds no post (session 24; in
 * place, key k): "Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và Bhutan"
 * is "Đại sứ Việt Nam tại Ấn Độ" — "tại" and a country, then "kiêm" (or
 * "kiêm nhiệm") and nothing but countries (countries.tsv; "và" already
 * out of the key) to the end.  "kiêm" and a post after it ("... kiêm Đại
 * diện thường trực ...") stays. */
static void lexicon_key_accredited(const tx_lexicon *lx, char *k)
{
    char *kiem = strstr(k, " kiêm ");
    if (!kiem || !strstr(k, " tại "))
        return;
    size_t len = strlen(k);
    lx_words w;
    lexicon_words(k, len, &w);
    if (w.n == LX_LABEL_WORDS)
        return;
    const uint64_t h_tai = norm_hash_syllable("tại", strlen("tại"));
    const uint64_t h_nhiem = norm_hash_syllable("nhiệm", strlen("nhiệm"));
    for (size_t i = 0; i + 2 < w.n; i++) {
        if (w.h[i] != h_tai)
            continue;
        uint32_t kinds;
        size_t n = lexicon_match(lx, &w, i + 1, LX_COUNTRY, &kinds);
        size_t j = i + 1 + n; /* after the country */
        if (n == 0 || j + 1 >= w.n || w.h[j] != lx->h_kiem)
            continue;
        size_t c = j + 1;
        if (w.h[c] == h_nhiem)
            c++;
        if (c >= w.n)
            return;
        for (size_t m; c < w.n; c += m)
            if ((m = lexicon_match(lx, &w, c, LX_COUNTRY, &kinds)) == 0)
                return; /* not a country: another post */
        k[w.e[j - 1]] = '\0';
        return;
    }
}

/* A bare role, then "kiêm" and a post with its body, is that post
 * (session 25; in place, key k): "Phó Chủ tịch kiêm Tổng Thư ký Ủy ban
 * Trung ương MTTQ Việt Nam" is "Tổng Thư ký Ủy ban Trung ương MTTQ Việt
 * Nam".  The extractor reads the same words in a text so: the role
 * without a body ("Phó Chủ tịch") is no post, the one named with its body
 * is ("Tổng thư ký …"), so the office written with both is found where
 * its holders' reports are.  Only a role alone before "kiêm" (after
 * "phó" or "quyền"): "Bí thư Tỉnh ủy X kiêm Chủ tịch HĐND tỉnh X" names
 * two bodies and stays; nor a role alone after it ("Chủ tịch kiêm Giám
 * đốc"). */
static void lexicon_key_concurrent(const tx_lexicon *lx, char *k)
{
    if (!strstr(k, " kiêm "))
        return;
    size_t len = strlen(k);
    lx_words w;
    lexicon_words(k, len, &w);
    if (w.n < 4 || w.n == LX_LABEL_WORDS)
        return;
    size_t i = 0;
    if (w.h[i] == lx->h_pho || w.h[i] == lx->h_quyen)
        i++;
    uint32_t kinds;
    size_t n = lexicon_match(lx, &w, i, LX_ROLE, &kinds);
    if (n == 0 || i + n >= w.n || w.h[i + n] != lx->h_kiem)
        return;
    size_t j = i + n + 1, r = j; /* the post after "kiêm" */
    if (r < w.n && (w.h[r] == lx->h_pho || w.h[r] == lx->h_quyen))
        r++;
    size_t m = r < w.n ? lexicon_match(lx, &w, r, LX_ROLE, &kinds) : 0;
    if (m == 0 || r + m >= w.n)
        return; /* no role, or a role alone: nothing names the body */
    memmove(k, k + w.s[j], len - w.s[j] + 1);
}

char *tx_canonical_key_label(const tx_lexicon *lx, const char *label, char **canonical,
                             char **text_key)
{
    if (canonical)
        *canonical = NULL;
    char *k;
    char *c = lexicon_canonical(lx, label, &k, text_key);
    if (!c)
        return NULL;
    if (!k)
        k = tx_key(c);
    if (canonical)
        *canonical = c;
    else
        free(c);
    if (!k || !lx)
        return k;
    k = lexicon_key_bodies(lx, k);
    lx_words w;
    size_t len = strlen(k);
    lexicon_words(k, len, &w);
    if (w.n == 0 || w.n == LX_LABEL_WORDS)
        return k;
    /* the words are disjoint pieces of k, joined by one space each (a
     * word boundary need not be a byte of k: glued syllables), plus one
     * " bộ" (5 bytes) and the NUL */
    char *out = malloc(len + w.n + 8);
    if (!out)
        return k;
    size_t o = 0;
    const uint64_t h_bo = lx->h_bo, h_tinh = lx->h_tinh, h_thanh = lx->h_thanh, h_pho = lx->h_phos;
    /* plural markers inside a body's name: "Liên hiệp các Hội Khoa học và
     * Kỹ thuật" is "Liên hiệp Hội Khoa học và Kỹ thuật" */
    const uint64_t h_cac = lx->h_cac, h_nhung = lx->h_nhung;
    for (size_t i = 0; i < w.n;) {
        uint32_t kinds;
        size_t n = lexicon_match(lx, &w, i, LX_BODY_LOCAL | LX_MINISTERIAL, &kinds);
        size_t end = i + (n ? n : 1);
        for (; i < end; i++) {
            if (w.h[i] == lx->h_va || w.h[i] == lx->h_cua || w.h[i] == h_cac || w.h[i] == h_nhung)
                continue;
            if (o)
                out[o++] = ' ';
            memcpy(out + o, k + w.s[i], w.e[i] - w.s[i]);
            o += w.e[i] - w.s[i];
        }
        if (n && (kinds & LX_MINISTERIAL) && end == n && i < w.n && w.h[i] != h_bo) {
            memcpy(out + o, " bộ", strlen(" bộ"));
            o += strlen(" bộ");
        }
        /* "tỉnh X", "thành phố X" inside a body's name: X — "thành phố"
         * only before a city governed by the centre (or after "thành ủy",
         * a city's own body): "Chủ tịch UBND thành phố Nam Định" chairs
         * the provincial city, not the province "tỉnh Nam Định" */
        if (i + 1 < w.n && w.h[i] == h_tinh && (n == 0 || !(kinds & LX_MINISTERIAL)))
            i++;
        else if (i + 2 < w.n && w.h[i] == h_thanh && w.h[i + 1] == h_pho &&
                 lexicon_key_central_city(lx, k, &w, i))
            i += 2;
    }
    out[o] = '\0';
    free(k);
    out = lexicon_key_short_bodies(lx, out);
    if (out) {
        lexicon_key_firms(out);
        lexicon_key_concurrent(lx, out);
        lexicon_key_firm_kind(lx, out);
        lexicon_key_accredited(lx, out);
    }
    return out;
}

char *tx_canonical_key(const tx_lexicon *lx, const char *label)
{
    return tx_canonical_key_label(lx, label, NULL, NULL);
}

/* Words of a key: runs of bytes other than ASCII space and punctuation. */
static size_t lexicon_key_words(char *k, char **w, size_t max)
{
    size_t n = 0;
    char *p = k;
    while (*p && n < max) {
        while (*p && (unsigned char)*p < 0x80 && !isalnum((unsigned char)*p))
            p++;
        if (!*p)
            break;
        w[n++] = p;
        while (*p && ((unsigned char)*p >= 0x80 || isalnum((unsigned char)*p)))
            p++;
        if (*p)
            *p++ = '\0';
    }
    return n;
}

/* Administrative level of a label (levels.tsv); see extract.h. */
int tx_admin_level(const tx_lexicon *lx, const char *label, char **place)
{
    static const char *const names[] = {"", "commune", "district", "province", "national"};
    char *key = label && lx && lx->nlevel ? tx_key(label) : NULL, *w[64];
    int best = 0;
    size_t best_end = 0, best_at = 0;
    if (place)
        *place = NULL;
    if (!key)
        return 0;
    size_t n = lexicon_key_words(key, w, 64);
    /* the words of each level entry, split the same way */
    size_t *at = calloc(n + 1, sizeof *at); /* end of a level phrase at word i, or 0 */
    int *lv = calloc(n + 1, sizeof *lv);
    char *masked = calloc(n + 1, 1); /* inside a "none" phrase ("xã hội") */
    for (size_t e = 0; at && lv && masked && e < lx->nlevel; e++) {
        char buf[128], *pw[8];
        snprintf(buf, sizeof buf, "%s", lx->level[e].from);
        size_t m = lexicon_key_words(buf, pw, 8);
        int level = 0;
        for (int k = 1; k < 5; k++)
            if (!strcmp(lx->level[e].to, names[k]))
                level = k;
        for (size_t i = 0; m && i + m <= n; i++) {
            size_t j = 0;
            while (j < m && !strcmp(w[i + j], pw[j]))
                j++;
            if (j == m && level == 0)
                memset(masked + i, 1, m);
            else if (j == m && i + m > at[i]) {
                at[i] = i + m;
                lv[i] = level;
            }
        }
    }
    for (size_t i = 0; at && lv && masked && i < n; i++)
        if (masked[i])
            at[i] = 0;
    for (size_t i = 0; at && lv && i < n; i++)
        if (at[i] && (!best || lv[i] <= best)) /* the last of a level: "Sở Y tế tỉnh X" */ {
            best = lv[i];
            best_at = i;
            best_end = at[i];
        }
    if (place && best && best < 4) {
        /* the place: the words after the level word, up to the next one */
        size_t e = best_end;
        while (e < n && !at[e])
            e++;
        size_t len = 0;
        for (size_t i = best_end; i < e; i++)
            len += strlen(w[i]) + 1;
        if (len && (*place = malloc(len)) != NULL) {
            (*place)[0] = '\0';
            for (size_t i = best_end; i < e; i++) {
                if (i > best_end)
                    strcat(*place, " ");
                strcat(*place, w[i]);
            }
            char *f = tx_fold(*place);
            free(*place);
            *place = f;
        }
    }
    (void)best_at;
    free(at);
    free(lv);
    free(masked);
    free(key);
    return best;
}
