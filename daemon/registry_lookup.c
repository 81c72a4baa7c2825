/*
 * registry_lookup.c — free text to registry ids: exact keys, diacritic-free
 * folds, then word matching with Vietnamese initialisms.
 *
 * Owns the ranking of candidates for who/person/org/evidence/merge/split.
 * Reads only the key, fold and word indexes (word entries carry their
 * names' folds) and the weights of the candidates they name, so the cost
 * does not grow with the store and no stored name is normalized again.  The
 * vocabulary of abbreviations stays in the lexicon (tx_canonical_key); the
 * only rule here is grammar: an all-lower-case token may stand for the
 * initials of consecutive words ("ubnd" = ủy ban nhân dân, "tu" = trung
 * ương), which is how Vietnamese forms administrative abbreviations.
 * The lexicon's reading of a question's text, which depends on the lexicon
 * alone, is kept per text for the lexicon's life (reg_canonical_key_label).
 */
#include "registry_int.h"

#include "hash.h"
#include "xmalloc.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Most candidates read from one token's list. */
#define REG_LOOKUP_SCAN 5000
/* Most tokens considered in one name or query. */
#define REG_LOOKUP_TOKENS 32

/* Number of duplicates under a 4-byte id key; 0 also when LMDB fails (a
 * ranking weight, never a decision). */
size_t reg_dup_count(MDB_txn *txn, MDB_dbi dbi, uint32_t id)
{
    MDB_cursor *cur;
    unsigned char k[4];
    size_t count = 0;
    reg_put_u32(k, id);
    MDB_val key = {4, k}, val;
    if (mdb_cursor_open(txn, dbi, &cur) != 0)
        return 0;
    if (mdb_cursor_get(cur, &key, &val, MDB_SET) == 0 && mdb_cursor_count(cur, &count) != 0)
        count = 0;
    mdb_cursor_close(cur);
    return (size_t)count;
}

/* The record database of a kind. */
static MDB_dbi reg_lookup_records(char kind)
{
    return kind == REG_KIND_PERSON ? reg_db.persons
           : kind == REG_KIND_ORG  ? reg_db.orgs
                                   : reg_db.posts;
}

/* Evidence weight of a candidate. */
static size_t reg_lookup_weight(MDB_txn *txn, char kind, uint32_t id)
{
    if (kind == REG_KIND_PERSON)
        return reg_dup_count(txn, reg_db.evidence_by_person, id);
    if (kind == REG_KIND_POST)
        return reg_dup_count(txn, reg_db.evidence_by_post, id);
    return reg_dup_count(txn, reg_db.post_by_org, id);
}

/* Evidence weights of the candidates through one cursor (as
 * reg_lookup_weight gives them, without a cursor opened per candidate). */
static void reg_lookup_weights(MDB_txn *txn, char kind, reg_match *m, size_t n)
{
    MDB_dbi dbi = kind == REG_KIND_PERSON ? reg_db.evidence_by_person
                  : kind == REG_KIND_POST ? reg_db.evidence_by_post
                                          : reg_db.post_by_org;
    MDB_cursor *cur;
    if (n < 2 || mdb_cursor_open(txn, dbi, &cur) != 0) {
        for (size_t i = 0; i < n; i++)
            m[i].weight = reg_lookup_weight(txn, kind, m[i].id);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char k[4];
        size_t count = 0;
        reg_put_u32(k, m[i].id);
        MDB_val key = {4, k}, val;
        if (mdb_cursor_get(cur, &key, &val, MDB_SET) == 0 && mdb_cursor_count(cur, &count) != 0)
            count = 0;
        m[i].weight = count;
    }
    mdb_cursor_close(cur);
}

/* Add a candidate unless present (then keep the better score). */
/* Append a candidate when there is room. */
static void reg_lookup_append(reg_match *m, size_t *n, size_t cap, uint32_t id, int score)
{
    if (*n < cap) {
        m[*n].id = id;
        m[*n].score = score;
        m[*n].weight = 0;
        (*n)++;
    }
}

static void reg_lookup_add(reg_match *m, size_t *n, size_t cap, uint32_t id, int score)
{
    for (size_t i = 0; i < *n; i++)
        if (m[i].id == id) {
            if (score > m[i].score)
                m[i].score = score;
            return;
        }
    reg_lookup_append(m, n, cap, id, score);
}

/* Every id under a key of a DUPSORT index, or the one id of a plain one
 * (the exact-key indexes of posts and organizations: one mdb_get, no
 * cursor opened and closed per question). */
static int reg_lookup_key(MDB_txn *txn, MDB_dbi dbi, const char *k, int score, reg_match *m,
                          size_t *n, size_t cap, tn_error *err)
{
    MDB_cursor *cur;
    MDB_val key = reg_key_val(k), val;
    if (key.mv_size == 0)
        return 0;
    unsigned int flags = 0;
    int rc = mdb_dbi_flags(txn, dbi, &flags);
    if (rc != 0)
        return reg_fail(err, "mdb_dbi_flags(lookup)", rc);
    if (!(flags & MDB_DUPSORT)) {
        rc = mdb_get(txn, dbi, &key, &val);
        if (rc == 0 && val.mv_size == 4)
            reg_lookup_add(m, n, cap, reg_get_u32(val.mv_data), score);
        if (rc != 0 && rc != MDB_NOTFOUND)
            return reg_fail(err, "mdb_get(lookup)", rc);
        return 0;
    }
    rc = mdb_cursor_open(txn, dbi, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(lookup)", rc);
    for (rc = mdb_cursor_get(cur, &key, &val, MDB_SET); rc == 0;
         rc = mdb_cursor_get(cur, &key, &val, MDB_NEXT_DUP))
        if (val.mv_size == 4)
            reg_lookup_add(m, n, cap, reg_get_u32(val.mv_data), score);
    mdb_cursor_close(cur);
    if (rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(lookup)", rc);
    return 0;
}

/* An ASCII letter or digit: what isalnum() is in the daemon's "C" locale
 * (folds are ASCII), without a call per byte. */
static inline int reg_alnum(unsigned char c)
{
    return (unsigned char)((c | 32) - 'a') < 26 || (unsigned char)(c - '0') < 10;
}

/* Words of a query or of a candidate's fold, pointing into it (not
 * NUL-terminated): tokenizing a candidate copies nothing. */
typedef struct reg_words {
    size_t n;
    const char *w[REG_LOOKUP_TOKENS];
    size_t len[REG_LOOKUP_TOKENS];
} reg_words;

/* The ASCII alphanumeric runs of s[0..len), at most REG_LOOKUP_TOKENS (the
 * words reg_tokenize gives of the same bytes). */
static void reg_words_of(const char *s, size_t len, reg_words *out)
{
    size_t i = 0;
    out->n = 0;
    while (i < len && out->n < REG_LOOKUP_TOKENS) {
        while (i < len && !reg_alnum((unsigned char)s[i]))
            i++;
        if (i == len)
            break;
        size_t b = i;
        while (i < len && reg_alnum((unsigned char)s[i]))
            i++;
        out->w[out->n] = s + b;
        out->len[out->n] = i - b;
        out->n++;
    }
}

/* Whether word i of a equals word j of b. */
static int reg_word_eq(const reg_words *a, size_t i, const reg_words *b, size_t j)
{
    return a->len[i] == b->len[j] && memcmp(a->w[i], b->w[j], a->len[i]) == 0;
}

/* Whether the fold word w (len bytes) is one of "cua", "va", "cac",
 * "nhung": words a post's key leaves out (tx_canonical_key). */
static bool reg_glue_word(const char *w, size_t len)
{
    switch (len) {
    case 2:
        return !memcmp(w, "va", 2);
    case 3:
        return !memcmp(w, "cua", 3) || !memcmp(w, "cac", 3);
    case 5:
        return !memcmp(w, "nhung", 5);
    default:
        return false;
    }
}

/* Memo of reg_seq_match: best[i][j] for query token i at label token j,
 * valid when stamp[i][j] is the current candidate's gen.  Without it a
 * label whose words are also each other's initials would make the search
 * exponential; the stamps spare clearing the table for each of the up to
 * REG_LOOKUP_SCAN candidates a query scores. */
typedef struct reg_seq_memo {
    unsigned gen;
    unsigned stamp[REG_LOOKUP_TOKENS + 1][REG_LOOKUP_TOKENS + 1];
    int best[REG_LOOKUP_TOKENS + 1][REG_LOOKUP_TOKENS + 1];
} reg_seq_memo;

/* Fewest unmatched label tokens after matching every query token in order
 * from the label's start; -1 when the query does not match.  A query token
 * matches a label token, or the initials of 2..6 consecutive label tokens. */
static int reg_seq_match(const reg_words *q, size_t i, const reg_words *l, size_t j,
                         reg_seq_memo *memo)
{
    if (i == q->n)
        return (int)(l->n - j);
    if (j == l->n)
        return -1;
    if (memo->stamp[i][j] == memo->gen)
        return memo->best[i][j];
    int best = -1;
    if (reg_word_eq(q, i, l, j))
        best = reg_seq_match(q, i + 1, l, j + 1, memo);
    size_t k = q->len[i];
    if (k >= 2 && k <= 6 && j + k <= l->n) {
        size_t t = 0;
        while (t < k && l->w[j + t][0] == q->w[i][t])
            t++;
        if (t == k) {
            int r = reg_seq_match(q, i + 1, l, j + k, memo);
            if (r >= 0 && (best < 0 || r < best))
                best = r;
        }
    }
    /* a label's "và" / "của" / "các" / "những" may be left out by the
     * query, as its key leaves them out ("uy ban quoc phong an ninh" is
     * "Ủy ban Quốc phòng và An ninh") */
    if (best < 0 && reg_glue_word(l->w[j], l->len[j]))
        best = reg_seq_match(q, i, l, j + 1, memo);
    memo->stamp[i][j] = memo->gen;
    memo->best[i][j] = best;
    return best;
}

/* Whether the NUL-free bytes w[0..wl) occur in the first len bytes of s. */
static int reg_has_bytes(const char *s, size_t len, const char *w, size_t wl)
{
    for (const char *p = s, *end = s + len; wl > 0 && (size_t)(end - p) >= wl; p++) {
        p = memchr(p, w[0], (size_t)(end - p) - wl + 1);
        if (!p)
            return 0;
        if (memcmp(p, w, wl) == 0)
            return 1;
    }
    return wl == 0;
}

/* Score of a name (its stored fold) against query tokens: posts and
 * organizations match in order from the start (initialisms allowed);
 * persons match when every query token is one of the name's words, in any
 * order. */
static int reg_token_score(char kind, const reg_words *q, const char *name_fold, size_t len,
                           reg_seq_memo *memo)
{
    size_t m = q->n;
    /* a post matches from its label's first word (the word itself or an
     * initialism starting with its letter): most candidates of the rarest
     * word fail on the first letter, before any tokenizing */
    if (kind == REG_KIND_POST && m > 0) {
        size_t s = 0;
        while (s < len && !reg_alnum((unsigned char)name_fold[s]))
            s++;
        if (s == len || name_fold[s] != q->w[0][0])
            return 0;
    }
    /* an organization matches from its first word or, without its head
     * word, from its second: either starts with the query's first letter */
    if (kind == REG_KIND_ORG && m > 0) {
        size_t s = 0;
        while (s < len && !reg_alnum((unsigned char)name_fold[s]))
            s++;
        if (s == len)
            return 0;
        if (name_fold[s] != q->w[0][0]) {
            while (s < len && reg_alnum((unsigned char)name_fold[s]))
                s++;
            while (s < len && !reg_alnum((unsigned char)name_fold[s]))
                s++;
            if (s == len || name_fold[s] != q->w[0][0])
                return 0;
        }
    }
    /* every query word is one of a person's words, so it is somewhere in
     * the fold's bytes */
    if (kind == REG_KIND_PERSON)
        for (size_t i = 0; i < m; i++)
            if (!reg_has_bytes(name_fold, len, q->w[i], q->len[i]))
                return 0;
    reg_words l;
    reg_words_of(name_fold, len, &l);
    size_t n = l.n;
    int score = 0;
    if (kind == REG_KIND_PERSON) {
        size_t hit = 0;
        for (size_t i = 0; i < m; i++)
            for (size_t j = 0; j < n; j++)
                if (reg_word_eq(q, i, &l, j)) {
                    hit++;
                    break;
                }
        if (hit == m)
            score = hit == n ? 85 : 60 + (int)(hit * 20 / (n ? n : 1));
    } else {
        memo->gen++; /* every cell unseen */
        int left = reg_seq_match(q, 0, &l, 0, memo);
        if (left == 0)
            score = 80;
        else if (left > 0)
            score = 60 - (left > 20 ? 20 : left);
        else if (kind == REG_KIND_ORG && n > 1) {
            /* an organization named without its generic head word
             * ("Tuyên giáo Tỉnh ủy" for "Ban Tuyên giáo Tỉnh ủy"); never
             * for posts, where the first word changes the post ("Phó") */
            left = reg_seq_match(q, 0, &l, 1, memo);
            if (left >= 0)
                score = 40 - (left > 20 ? 20 : left);
        }
    }
    return score;
}

/* reg_lookup_add for one word list's entries, which come sorted by kind
 * and id (the value's first five bytes, the id big-endian): an id already
 * among the candidates of this pass is the last one added, so it is the
 * only one to compare (the same candidates and scores as reg_lookup_add,
 * without its scan of up to cap candidates per entry).  m holds this
 * pass's candidates only (reg_lookup runs a pass when it found none). */
static void reg_lookup_add_sorted(reg_match *m, size_t *n, size_t cap, uint32_t id, int score)
{
    if (*n > 0 && m[*n - 1].id == id) {
        if (score > m[*n - 1].score)
            m[*n - 1].score = score;
        return;
    }
    reg_lookup_append(m, n, cap, id, score);
}

/* Keep a scored candidate (none for a score of 0): a pass that began with
 * no candidates (first == 0) reads them in id order, so only the last one
 * can be the same; a later pass merges into what is there. */
static void reg_lookup_take(reg_match *m, size_t *n, size_t cap, uint32_t id, int score,
                            size_t first)
{
    if (score > 0 && first == 0)
        reg_lookup_add_sorted(m, n, cap, id, score);
    else if (score > 0)
        reg_lookup_add(m, n, cap, id, score);
}

/* Whether a pass that began with no candidates can take nothing more from
 * the entry v of the asked kind on: the candidates are full, and v names
 * another id than the last one taken.  A list's entries of one kind come in
 * id order, so every later entry names another id too: none could be
 * appended (reg_lookup_append) or raise a kept score (reg_lookup_add_sorted
 * compares the last one only), and scoring them changes nothing. */
static int reg_lookup_full(const reg_match *m, size_t n, size_t cap, size_t first, const MDB_val *v)
{
    return first == 0 && n == cap && n > 0 && v->mv_size >= 5 &&
           reg_get_u32((const unsigned char *)v->mv_data + 1) != m[n - 1].id;
}

/* What a word list entry's word starts and first bytes (registry_summary.c)
 * must show for reg_token_score to give it a score: every query word's
 * first byte begins one of its words (a query word pairs with a word equal
 * to it, or is the initials of words from there); a query word of two or
 * more bytes is one of its words (its first two bytes begin one) or, of
 * two to six, the initials of as many (each of its bytes begins a word). */
typedef struct reg_need {
    uint64_t firsts;
    size_t n;
    uint64_t two[REG_LOOKUP_TOKENS];     /* 0 for a one-byte word */
    uint64_t letters[REG_LOOKUP_TOKENS]; /* 0 when it cannot be initials */
} reg_need;

static void reg_need_of(const reg_words *q, reg_need *nd)
{
    nd->firsts = 0;
    nd->n = q->n;
    for (size_t i = 0; i < q->n; i++) {
        const unsigned char *w = (const unsigned char *)q->w[i];
        size_t k = q->len[i];
        nd->firsts |= reg_first_bit(w[0]);
        nd->two[i] = k >= 2 ? reg_starts_bit(w[0], w[1]) : 0;
        nd->letters[i] = 0;
        for (size_t t = 0; k >= 2 && k <= 6 && t < k; t++)
            nd->letters[i] |= reg_first_bit(w[t]);
    }
}

/* Whether an entry with these word starts and first bytes may score. */
static int reg_need_met(const reg_need *nd, uint64_t starts, uint64_t firsts)
{
    if ((firsts & nd->firsts) != nd->firsts)
        return 0;
    for (size_t i = 0; i < nd->n; i++)
        if (nd->two[i] && !(starts & nd->two[i]) &&
            !(nd->letters[i] && (firsts & nd->letters[i]) == nd->letters[i]))
            return 0;
    return 1;
}

/* The memo of each thread's lookups: its stamps make clearing it needless,
 * so it is allocated once per thread instead of once per lookup (8.7 KB
 * zeroed each time). */
static _Thread_local reg_seq_memo reg_memo;

/* Candidates sharing the rarest known word of the query (already folded),
 * scored on the fold each word index value carries. */
/* Candidates of a near match: the entries under word rare (rare_count of
 * them), each scored against the query words qw (reg_lookup_tokens). */
static int reg_tokens_scan(MDB_txn *txn, MDB_cursor *cur, char kind, const char *rare,
                           size_t rare_count, const reg_words *qw, reg_match *m, size_t *n,
                           size_t cap, size_t first, reg_seq_memo *memo, tn_error *err)
{
    int rc;
    MDB_val key = reg_key_val(rare), val;
    size_t scanned = 0;
    /* values start with their kind, so one kind's entries are together:
     * when the whole list is within the scan's bound, go straight to this
     * kind's and stop after them (the same candidates, in the same order,
     * as reading every entry) */
    int jump = rare_count <= REG_LOOKUP_SCAN;
    if (jump) {
        val.mv_size = 1;
        val.mv_data = &kind;
    }
    /* the word's list kept in memory (registry_summary.c) when it has
     * one: the same entries in the same order, without a cursor step each */
    const reg_word_list *kept = NULL;
    int have = jump ? reg_summary_words(txn, key.mv_data, key.mv_size, rare_count, &kept, err) : 0;
    if (have < 0)
        return -1;
    if (have) {
        size_t cnt = reg_word_list_count(kept), i = 0;
        reg_need need;
        reg_need_of(qw, &need);
        /* where MDB_GET_BOTH_RANGE with the one byte kind lands: the
         * first value not below it (values in the index's memcmp order,
         * so by their first byte, the kind), found by halving */
        size_t hi = cnt;
        while (i < hi) {
            size_t mid = i + (hi - i) / 2;
            MDB_val e = reg_word_list_value(kept, mid);
            if (e.mv_size >= 1 && ((const unsigned char *)e.mv_data)[0] >= (unsigned char)kind)
                hi = mid;
            else
                i = mid + 1;
        }
        for (; i < cnt && scanned < REG_LOOKUP_SCAN; i++, scanned++) {
            MDB_val e = reg_word_list_value(kept, i);
            char vk;
            uint32_t id;
            const char *name_fold;
            size_t fl;
            if (e.mv_size < 1 || ((const char *)e.mv_data)[0] != kind)
                break;
            if (reg_lookup_full(m, *n, cap, first, &e))
                break;
            /* a query word it cannot pair: a score of 0, not read */
            if (!reg_need_met(&need, reg_word_list_starts(kept, i), reg_word_list_firsts(kept, i)))
                continue;
            if (e.mv_size < 5 || reg_word_fold(txn, &e, &vk, &id, &name_fold, &fl) != 0)
                continue;
            reg_lookup_take(m, n, cap, id, reg_token_score(kind, qw, name_fold, fl, memo), first);
        }
        reg_word_list_release(kept);
        return 0;
    }
    for (rc = mdb_cursor_get(cur, &key, &val, jump ? MDB_GET_BOTH_RANGE : MDB_SET);
         rc == 0 && scanned < REG_LOOKUP_SCAN;
         rc = mdb_cursor_get(cur, &key, &val, MDB_NEXT_DUP), scanned++) {
        char vk;
        uint32_t id;
        const char *name_fold;
        size_t fl;
        if (jump && (val.mv_size < 1 || ((const char *)val.mv_data)[0] != kind))
            break;
        if (((const char *)val.mv_data)[0] == kind && reg_lookup_full(m, *n, cap, first, &val))
            break;
        if (val.mv_size < 5 || ((const char *)val.mv_data)[0] != kind ||
            reg_word_fold(txn, &val, &vk, &id, &name_fold, &fl) != 0)
            continue;
        reg_lookup_take(m, n, cap, id, reg_token_score(kind, qw, name_fold, fl, memo), first);
    }
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(words)", rc);
        return -1;
    }
    return 0;
}

static int reg_lookup_tokens(MDB_txn *txn, char kind, const char *text_fold, reg_match *m,
                             size_t *n, size_t cap, tn_error *err)
{
    char *fold = xstrdup(text_fold), *q[REG_LOOKUP_TOKENS];
    MDB_cursor *cur = NULL;
    int ret = -1;
    size_t nq = reg_tokenize(fold, q, REG_LOOKUP_TOKENS);
    reg_seq_memo *memo = &reg_memo;
    /* a stamp wrapped round to 0 would pass for a cell of this candidate */
    if (memo->gen > UINT32_MAX - 2 * REG_LOOKUP_SCAN - 1) /* two passes */
        memset(memo, 0, sizeof *memo);
    size_t first = *n;
    reg_words qw;
    qw.n = nq;
    for (size_t i = 0; i < nq; i++) {
        qw.w[i] = q[i];
        qw.len[i] = strlen(q[i]);
    }
    int rc = mdb_cursor_open(txn, reg_db.tokens, &cur);
    if (rc != 0) {
        reg_fail(err, "mdb_cursor_open(words)", rc);
        goto free_fold;
    }
    /* the rarest token bounds the work: its list is the candidate set;
     * when none of it matches, the next rarest once: a word that is a
     * known token may also stand for a label's initials ("ubnd" is a word
     * of the posts written "UBND", and the initials of "Ủy ban nhân dân"
     * in the others) */
    const char *tried = NULL;
    for (int pass = 0; pass < 2; pass++) {
        const char *rare = NULL;
        size_t rare_count = 0;
        for (size_t i = 0; i < nq; i++) {
            if (q[i] == tried)
                continue;
            MDB_val key = reg_key_val(q[i]), val;
            size_t c = 0;
            rc = mdb_cursor_get(cur, &key, &val, MDB_SET);
            if (rc == MDB_NOTFOUND)
                continue;
            if (rc != 0 || (rc = mdb_cursor_count(cur, &c)) != 0) {
                reg_fail(err, "mdb_cursor_get(words)", rc);
                goto close_cursor;
            }
            if (!rare || c < rare_count) {
                rare = q[i];
                rare_count = c;
            }
        }
        if (!rare)
            break;
        if (reg_tokens_scan(txn, cur, kind, rare, rare_count, &qw, m, n, cap, first, memo, err) < 0)
            goto close_cursor;
        if (*n > first)
            break;
        tried = rare;
    }
    ret = 0;
close_cursor:
    mdb_cursor_close(cur);
free_fold:
    free(fold);
    return ret;
}

/* Best first: score, then evidence, then the oldest id. */
static int reg_match_cmp(const void *a, const void *b)
{
    const reg_match *x = a, *y = b;
    if (x->score != y->score)
        return y->score - x->score;
    if (x->weight != y->weight)
        return x->weight < y->weight ? 1 : -1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Resolve free text to ids of one kind, best first (weigh_one: read the
 * weight of a lone match too). */
/* fold (a tx_fold: lower-case ASCII words, one space apart) without the
 * words "cua", "va", "cac", "nhung" (malloc'd). */
static char *reg_fold_without_glue(const char *fold)
{
    size_t len = strlen(fold), o = 0;
    char *out = xmalloc(len + 1);
    for (size_t i = 0; i < len;) {
        size_t e = i;
        while (e < len && fold[e] != ' ')
            e++;
        if (e > i && !reg_glue_word(fold + i, e - i)) {
            if (o)
                out[o++] = ' ';
            memcpy(out + o, fold + i, e - i);
            o += e - i;
        }
        i = e < len ? e + 1 : e;
    }
    out[o] = '\0';
    return out;
}

/* Whether text has no byte outside ASCII: typed without diacritics. */
static bool reg_ascii(const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if (*p >= 0x80)
            return false;
    return true;
}

/* The lexicon's reading of a question's text (tx_canonical_key_label: its
 * canonical key, the label the lexicon spells and the text's own key)
 * depends on the text and the lexicon only, never on the store, and costs
 * about 18 k instructions, a third of a who or an org.  It is kept for the
 * texts asked last, under the lexicon's serial (a reloaded lexicon, even at
 * a freed one's address, has another): four ways to a set, the oldest
 * replaced.  The answers read the store as before. */
#define REG_MEMO_SETS 256
#define REG_MEMO_WAYS 4
#define REG_MEMO_TEXT_MAX 256
struct reg_memo_entry {
    uint64_t serial; /* tx_lexicon_serial: 0 never matches */
    uint64_t used;   /* the clock at the last use: the set's oldest goes */
    size_t text_len;
    char *block; /* text NUL canon NUL label NUL key NUL */
    size_t canon_off, label_off, key_off;
};
static struct reg_memo_entry reg_memo_tab[REG_MEMO_SETS][REG_MEMO_WAYS];
static uint64_t reg_memo_clock;
static pthread_mutex_t reg_memo_lock = PTHREAD_MUTEX_INITIALIZER;

static struct reg_memo_entry *reg_memo_set(const char *text, size_t len)
{
    uint64_t h = tn_hash_bytes(0x9e3779b97f4a7c15ull ^ len, text, len);
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return reg_memo_tab[h & (REG_MEMO_SETS - 1)];
}

/* tx_canonical_key_label(lx, text, label, key), answered from the memo when
 * it holds the text for this lexicon; the same three malloc'd strings (or
 * NULLs) either way. */
static char *reg_canonical_key_label(const tx_lexicon *lx, const char *text, char **label,
                                     char **key)
{
    size_t len = strlen(text);
    uint64_t serial = tx_lexicon_serial(lx);
    if (len > REG_MEMO_TEXT_MAX || serial == 0)
        return tx_canonical_key_label(lx, text, label, key);
    struct reg_memo_entry *set = reg_memo_set(text, len);
    char *canon = NULL, *l = NULL, *k = NULL;
    int hit = 0;
    pthread_mutex_lock(&reg_memo_lock);
    for (int w = 0; w < REG_MEMO_WAYS; w++) {
        struct reg_memo_entry *e = &set[w];
        if (e->block && e->serial == serial && e->text_len == len &&
            memcmp(e->block, text, len) == 0) {
            e->used = ++reg_memo_clock;
            canon = xstrdup(e->block + e->canon_off);
            l = xstrdup(e->block + e->label_off);
            k = xstrdup(e->block + e->key_off);
            hit = 1;
            break;
        }
    }
    pthread_mutex_unlock(&reg_memo_lock);
    if (hit) {
        *label = l;
        *key = k;
        return canon;
    }
    canon = tx_canonical_key_label(lx, text, label, key);
    if (!canon || !*label || !*key)
        return canon;
    size_t cl = strlen(canon), ll = strlen(*label), kl = strlen(*key);
    char *block = xmalloc(len + cl + ll + kl + 4);
    memcpy(block, text, len + 1);
    memcpy(block + len + 1, canon, cl + 1);
    memcpy(block + len + 1 + cl + 1, *label, ll + 1);
    memcpy(block + len + 1 + cl + 1 + ll + 1, *key, kl + 1);
    pthread_mutex_lock(&reg_memo_lock);
    struct reg_memo_entry *e = &set[0];
    for (int w = 1; w < REG_MEMO_WAYS && e->block; w++)
        if (!set[w].block || set[w].used < e->used)
            e = &set[w];
    free(e->block);
    e->block = block;
    e->serial = serial;
    e->used = ++reg_memo_clock;
    e->text_len = len;
    e->canon_off = len + 1;
    e->label_off = len + 1 + cl + 1;
    e->key_off = len + 1 + cl + 1 + ll + 1;
    pthread_mutex_unlock(&reg_memo_lock);
    return canon;
}

/* exact: stop before the near matches (a label with its marks put back
 * answers only when it names a post exactly) */
static int reg_lookup_in(MDB_txn *txn, const tx_lexicon *lx, char kind, const char *text,
                         reg_match *out, size_t max, int weigh_one, int exact, tn_error *err)
{
    size_t n = 0, cap = max > 64 ? max : 64;
    reg_match on_stack[64];
    reg_match *m = cap <= 64 ? on_stack : xcalloc(cap, sizeof *m);
    char *key = NULL, *canon = NULL, *label = NULL, *fold = NULL, *label_fold = NULL;
    int ret = -1;
    MDB_dbi by_key = kind == REG_KIND_PERSON ? reg_db.person_by_key
                     : kind == REG_KIND_ORG  ? reg_db.org_by_key
                                             : reg_db.post_by_key;
    MDB_dbi by_fold = kind == REG_KIND_PERSON ? reg_db.person_by_fold
                      : kind == REG_KIND_ORG  ? reg_db.org_by_fold
                                              : reg_db.post_by_fold;
    if (text[0] == '#' && text[1] >= '0' && text[1] <= '9') {
        char *end;
        unsigned long id = strtoul(text + 1, &end, 10);
        unsigned char ik[4];
        reg_put_u32(ik, (uint32_t)id);
        MDB_val rk = {4, ik}, rv;
        if (*end == '\0' && id <= UINT32_MAX &&
            mdb_get(txn, reg_lookup_records(kind), &rk, &rv) == 0)
            reg_lookup_add(m, &n, cap, (uint32_t)id, 100);
        else if (*end == '\0' && id <= UINT32_MAX && kind != REG_KIND_ORG) {
            /* an id a merge removed answers as the survivor (registry_review.c) */
            uint32_t into = reg_merged_into(txn, kind, (uint32_t)id);
            reg_put_u32(ik, into);
            if (into && mdb_get(txn, reg_lookup_records(kind), &rk, &rv) == 0)
                reg_lookup_add(m, &n, cap, into, 100);
        }
        goto ranked;
    }
    /* Normalize lazily: the exact keys first (one or two normalizations),
     * the folds and the lexicon's label only when no key matched. */
    if (kind != REG_KIND_PERSON && lx) {
        /* the canonical label and the text's own key too, kept for the
         * keys and folds below (one normalization of the text for all) */
        canon = reg_canonical_key_label(lx, text, &label, &key);
        if (canon && reg_lookup_key(txn, by_key, canon, 100, m, &n, cap, err) < 0)
            goto free_keys;
    }
    if (!key)
        key = tx_key(text);
    if (!key) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "name is not valid UTF-8");
        goto free_keys;
    }
    if ((!canon || strcmp(canon, key) != 0) &&
        reg_lookup_key(txn, by_key, key, 100, m, &n, cap, err) < 0)
        goto free_keys;
    if (n > 0)
        goto ranked;
    fold = tx_fold_key(key);
    if (!fold) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "name is not valid UTF-8");
        goto free_keys;
    }
    if (kind != REG_KIND_PERSON && lx) {
        label_fold = label ? tx_fold(label) : NULL;
        /* the lexicon changed nothing the fold keeps: the same key twice
         * would find (and scan for) the same candidates twice */
        if (label_fold && strcmp(label_fold, fold) == 0) {
            free(label_fold);
            label_fold = NULL;
        }
    }
    if (reg_lookup_key(txn, by_fold, fold, 90, m, &n, cap, err) < 0 ||
        (label_fold && reg_lookup_key(txn, by_fold, label_fold, 90, m, &n, cap, err) < 0))
        goto free_keys;
    /* a national body named without the country's name ("Chủ tịch Hội
     * Liên hiệp Phụ nữ", "Chủ tịch HĐTV Tập đoàn Điện lực") is Viet Nam's:
     * the canonical key and the fold with "việt nam" after them, matched
     * exactly, before any near match (which picks a province's body of
     * that name as readily); two reads, no second normalization */
    size_t fl = strlen(fold);
    static const char vn_key[] = " việt nam", vn_fold[] = " viet nam";
    if (n == 0 && kind != REG_KIND_PERSON && fl > 0 &&
        !(fl >= sizeof vn_fold - 1 && !strcmp(fold + fl - (sizeof vn_fold - 1), vn_fold))) {
        const char *base = canon ? canon : key;
        size_t bl = strlen(base);
        char *tail = xmalloc((bl > fl ? bl : fl) + sizeof vn_key);
        memcpy(tail, base, bl);
        memcpy(tail + bl, vn_key, sizeof vn_key);
        int r = reg_lookup_key(txn, by_key, tail, 100, m, &n, cap, err);
        if (r >= 0 && n == 0) {
            memcpy(tail, fold, fl);
            memcpy(tail + fl, vn_fold, sizeof vn_fold);
            r = reg_lookup_key(txn, by_fold, tail, 90, m, &n, cap, err);
        }
        free(tail);
        if (r < 0)
            goto free_keys;
    }
    /* typed without diacritics, a label the lexicon rewrites ("Quân chủng
     * Hải quân", "Hội đồng thành viên Tập đoàn …") has a key no fold of
     * the text reaches: the lexicon's phrases put back their marks
     * ("tu lenh quan chung hai quan" is "Tư lệnh Quân chủng Hải quân"),
     * and the label so spelled answers when it names a post exactly */
    if (n == 0 && !exact && kind != REG_KIND_PERSON && lx && reg_ascii(text)) {
        char *marked;
        int r = tx_restore_marks(lx, fold, &marked);
        if (r > 0) {
            r = reg_lookup_in(txn, lx, kind, marked, m, cap, 0, 1, err);
            free(marked);
            if (r < 0)
                goto free_keys;
            n = (size_t)r;
        } else if (r < 0) {
            tn_error_set(err, TENURE_E_INTERNAL_ERROR, "out of memory");
            goto free_keys;
        }
    }
    if (exact)
        goto ranked;
    /* near matches only when no spelling matched exactly: an exact answer
     * must cost the same however many similar names the store holds */
    if (n == 0 && reg_lookup_tokens(txn, kind, label_fold ? label_fold : fold, m, &n, cap, err) < 0)
        goto free_keys;
    if (n == 0 && label_fold && reg_lookup_tokens(txn, kind, fold, m, &n, cap, err) < 0)
        goto free_keys;
    /* the words a post's key leaves out ("của", "và", "các", "những":
     * tx_canonical_key) are not required of a query either; typed without
     * diacritics the lexicon cannot drop them ("chu nhiem uy ban kinh te
     * cua quoc hoi" is "Chủ nhiệm Ủy ban Kinh tế Quốc hội") */
    if (n == 0 && kind != REG_KIND_PERSON) {
        char *bare = reg_fold_without_glue(fold);
        int r = strcmp(bare, fold) != 0 ? reg_lookup_tokens(txn, kind, bare, m, &n, cap, err) : 0;
        free(bare);
        if (r < 0)
            goto free_keys;
    }
ranked:
    if (n > 1 || weigh_one)
        reg_lookup_weights(txn, kind, m, n);
    qsort(m, n, sizeof *m, reg_match_cmp);
    if (n > max)
        n = max;
    memcpy(out, m, n * sizeof *m);
    ret = (int)n;
free_keys:
    if (m != on_stack)
        free(m);
    free(key);
    free(canon);
    free(label);
    free(fold);
    free(label_fold);
    return ret;
}

int reg_lookup(MDB_txn *txn, const tx_lexicon *lx, char kind, const char *text, reg_match *out,
               size_t max, tn_error *err)
{
    return reg_lookup_in(txn, lx, kind, text, out, max, 1, 0, err);
}

int reg_lookup_ranked(MDB_txn *txn, const tx_lexicon *lx, char kind, const char *text,
                      reg_match *out, size_t max, tn_error *err)
{
    return reg_lookup_in(txn, lx, kind, text, out, max, 0, 0, err);
}
