/*
 * registry_query.c — the registry's answers: who held a post, a person's
 * posts, an organization's posts and holders, search and timelines.
 *
 * Every answer is read from precomputed tenures and indexes (tenures,
 * tenures_by_post, post_by_org, words): the work depends on the size of the
 * answer, never on the size of the store.  Owns the JSON shapes documented
 * in docs/PROTOCOL.md (Registry methods); does not write.
 */
#include "json_writer.h"
#include "registry_int.h"
#include "store.h"
#include "xmalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Alternatives offered beside the chosen match. */
#define REG_ALTERNATIVES 5
/* Most word-index entries a search reads: bounds its cost whatever the
 * store holds (candidates beyond it are not ranked). */
#define REG_SEARCH_SCAN 2000
/* Most tenures of a person rule 12 reads, and most holders it checks in
 * one answer: the work stays bounded whatever the store holds (a real
 * person holds a few dozen posts at most). */
#define REG_MOVED_SCAN 64
#define REG_MOVED_HOLDERS 16
/* A holder possible at a date but not seen within this many days of it,
 * while others are certain then, is set aside (rule 11). */
#define REG_SILENT_DAYS 365
/* Articles that make a holder well attested (presumption of continuity;
 * rule 13's bounds of the other post). */
#define REG_WELL_ATTESTED 5
/* rule 13: how near the date another post's sightings must lie */
#define REG_ELSEWHERE_DAYS 183
/* rule 14: how far before its one report a lone holder reaches, and how
 * near that report an appointment elsewhere makes it the post left */
#define REG_LONE_BACK_DAYS 365
#define REG_LONE_MOVE_DAYS 31
/* rule 18: how soon after the date a successor's first report, made on its
 * article's own date, names the holder of the date rather than a
 * predecessor silent for a year or more before it */
#define REG_NEAR_REPORT_DAYS 92
/* rule 21: a holder seen no nearer the date than this, beside an
 * established holder of the same one-holder post seen within a year of it
 * (REG_SILENT_DAYS), is set aside */
#define REG_FAR_DAYS (3 * REG_SILENT_DAYS)
/* Holders listed by default (who: "limit"). */
#define REG_HOLDERS_DEFAULT 50
/* Holders listed per post by default (org: "limit"); "total" counts all.
 * 30 holds a whole Politburo or Secretariat, the lists users ask for most. */
#define REG_ORG_HOLDERS_DEFAULT 30

/* One holder of a post being ranked. */
struct reg_holder {
    uint32_t person, post;
    tb_tenure t; /* the index summary: bounds, sightings as days, count */
    enum tb_certainty cert;
    int64_t dist;
    int weighed; /* certain by its bounds, possible beside a far stronger holder
                  * (1: of a one-holder post; 2: a single report); 3: only
                  * undated evidence, listed when nobody else is */
};

/* A query date: the interval of days a partial date covers. */
static int reg_parse_at(const char *at, int32_t *lo, int32_t *hi, tn_error *err)
{
    pdate d;
    if (!at) {
        *lo = TB_OPEN_LO;
        *hi = TB_OPEN_HI;
        return 0;
    }
    if (pdate_parse(at, &d) < 0) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "at: expected YYYY, YYYY-MM or YYYY-MM-DD");
        return -1;
    }
    *lo = pdate_first_day(&d);
    *hi = pdate_last_day(&d);
    return 0;
}

/* Most likely first: certain, nearest to the date, most evidence. */
static int reg_holder_cmp_at(const void *a, const void *b)
{
    const struct reg_holder *x = a, *y = b;
    if (x->cert != y->cert)
        return (int)y->cert - (int)x->cert;
    if (x->dist != y->dist)
        return x->dist < y->dist ? -1 : 1;
    if (x->t.count != y->t.count)
        return x->t.count < y->t.count ? 1 : -1;
    return x->person < y->person ? -1 : x->person > y->person;
}

/* Without a date: the most recently seen first. */
static int reg_holder_cmp_recent(const void *a, const void *b)
{
    const struct reg_holder *x = a, *y = b;
    if (x->t.last_seen.hi != y->t.last_seen.hi)
        return x->t.last_seen.hi < y->t.last_seen.hi ? 1 : -1;
    return x->person < y->person ? -1 : x->person > y->person;
}

/* A growable holder list. */
struct reg_holders {
    struct reg_holder *h;
    size_t n, cap;
    size_t aside; /* holders left out as too weakly attested */
};

/* Read the tenure of the holder an index value names and keep it when it
 * may have held the post in [lo, hi]. */
/* Whether undated evidence of (person, post) may stand at [lo, hi]: an
 * article with no date of its own is most likely of its feed's period (a
 * crawl's undated reports of 2017 are no answer for 2021).  1 when one of
 * its articles' feeds covers the date or has no known period (fewer than
 * REG_FEED_MIN dated articles), 0 when every feed known lies elsewhere, -1
 * on error.  Reads at most REG_UNDATED_READ articles (rule 10 runs for the
 * few holders of an empty answer only). */
#define REG_UNDATED_READ 16
/* ... reaching two years either side of the feed's years: a holder
 * reported undated in a 2017 crawl is still the likeliest answer in 2019,
 * when nobody else is known (the middle of a five-year term on average;
 * dated reports reach a term), not in 2020-2021 */
#define REG_UNDATED_REACH 730
static int reg_undated_in_period(MDB_txn *txn, uint32_t person, uint32_t post, int32_t lo,
                                 int32_t hi, tn_error *err)
{
    MDB_cursor *cur;
    MDB_val k, v;
    int in = 0, known = 0, n = 0;
    int rc = reg_pair_cursor(txn, person, post, &cur, &v, err);
    if (rc < 0)
        return -1;
    for (rc = rc ? 0 : MDB_NOTFOUND; rc == 0 && !in && n < REG_UNDATED_READ;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        const unsigned char *d = v.mv_data;
        if (v.mv_size < REG_EVIDX_LEN || reg_get_u32(d) != post)
            break;
        struct store_article a;
        int g = store_article_get(txn, d + 8, &a, err);
        if (g < 0) {
            mdb_cursor_close(cur);
            return -1;
        }
        if (g == 0)
            continue;
        n++;
        int y0, y1, w = reg_feed_years(txn, a.source, a.source_len, &y0, &y1, err);
        if (w < 0) {
            mdb_cursor_close(cur);
            return -1;
        }
        if (w == 0 || (hi >= pdate_days_from_civil(y0, 1, 1) - REG_UNDATED_REACH &&
                       lo <= pdate_days_from_civil(y1, 12, 31) + REG_UNDATED_REACH))
            in = 1;
        known += w;
    }
    if (cur)
        mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(evidence_by_person)", rc);
    return in || !known;
}

/* Entries of evidence_by_post read looking for a report near a date. */
#define REG_REPORTED_SCAN 256
/* Whether a holder certain at [lo, hi] was seen in the post within
 * REG_SILENT_DAYS of it (evidence_by_post is sorted by day): the news
 * reported the post then.  Holders certain only because they were seen
 * before and after a hole in the feeds (2017 and 2021) say nothing of who
 * else the news named in between.  Reads at most REG_REPORTED_SCAN index
 * entries.  1 yes, 0 no, -1 error. */
static int reg_post_reported(MDB_txn *txn, uint32_t post, int32_t lo, int32_t hi,
                             const struct reg_holders *l, tn_error *err)
{
    unsigned char pk[4], pv[26] = {0};
    reg_put_u32(pk, post);
    reg_put_day(pv, lo - REG_SILENT_DAYS);
    MDB_val k = {4, pk}, v = {26, pv};
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.evidence_by_post, &cur), yes = 0;
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(evidence_by_post)", rc);
    size_t read = 0;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH_RANGE);
         rc == 0 && !yes && read < REG_REPORTED_SCAN;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP), read++) {
        if (v.mv_size < 8 || reg_get_day(v.mv_data) > hi + REG_SILENT_DAYS)
            break;
        uint32_t person = reg_get_u32((const unsigned char *)v.mv_data + 4);
        for (size_t i = 0; i < l->n && !yes; i++)
            yes = l->h[i].cert == TB_CERTAIN && l->h[i].person == person;
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND && !yes && read < REG_REPORTED_SCAN)
        return reg_fail(err, "mdb_cursor_get(evidence_by_post)", rc);
    /* a window too crowded to read through was reported */
    return yes || read >= REG_REPORTED_SCAN;
}

static int reg_holder_take(MDB_txn *txn, uint32_t post, const MDB_val *v, int dated, int32_t lo,
                           int32_t hi, struct reg_holders *l, tn_error *err)
{
    if (v->mv_size != REG_TIDX_LEN)
        return 0;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        l->h = xreallocarray(l->h, cap, sizeof *l->h);
        l->cap = cap;
    }
    struct reg_holder *h = &l->h[l->n];
    reg_tenure_idx_decode(v->mv_data, &h->person, &h->t);
    h->post = post;
    h->weighed = 0;
    h->cert = dated ? tb_certainty_at(&h->t, lo, hi) : TB_CERTAIN;
    h->dist = dated ? tb_distance(&h->t, lo, hi) : 0;
    if (h->cert == TB_NO)
        return 0;
    /* A claim a far better attested holder contradicts is set aside
     * (docs/REGISTRY.md, "Evidence weight"). */
    if (h->t.flags & TB_F_CONTRADICTED) {
        l->aside++;
        return 0;
    }
    l->n++;
    return 0;
}

/* Whether holder a was silent for a year or more (REG_SILENT_DAYS) before
 * b's first sighting, that sighting made on its article's own date (a
 * stamp or the caller's date, never a guessed year): a's tenure reaches
 * past its last report only through its open end, b is reported in the
 * post since. */
static int reg_stale_before(const tb_tenure *a, const tb_tenure *b)
{
    return b->first_seen.firm == TB_SPAN_FIRM && a->e1 != TB_OPEN_LO &&
           tb_span_known(&b->first_seen) && (int64_t)b->first_seen.lo - a->e1 >= REG_SILENT_DAYS;
}

/* Rule 18: whether b, first reported REG_NEAR_REPORT_DAYS or less after
 * the date (its article's own date), is its holder rather than a, silent
 * for a year or more before that report: the news names a newcomer within
 * months of its arrival, and a predecessor unreported for a year or more
 * reaches the date only through its open end. */
static int reg_successor_near(const tb_tenure *a, const tb_tenure *b, int32_t hi)
{
    return reg_stale_before(a, b) && b->first_seen.lo > hi &&
           (int64_t)b->first_seen.lo - hi <= REG_NEAR_REPORT_DAYS;
}

/* One holder at a time: a holder not known in office at the date (its
 * latest kept sighting before it) who was first seen before an
 * established successor, itself first seen by the date and well attested
 * (five articles, a stated appointment, or a quarter of the other's
 * evidence), had been replaced by then: it is set aside.
 * Old-time mentions of a predecessor ("Thủ tướng Nguyễn Xuân Phúc ký …" in
 * an article after the change) overlap the successor's first sightings,
 * so succession alone cannot order them.
 * So is a predecessor silent for a year or more (REG_SILENT_DAYS) before a
 * successor's first sighting, when that sighting is on its article's own
 * date (a stamp, never a guessed year) and lies by the date asked: the
 * predecessor reaches the date only through its open end (one term from
 * its last report), the successor is reported in the post since, nearer
 * the date ("Phó Bí thư Thường trực Thành ủy TPHCM X" in October 2020,
 * the predecessor last reported in February 2017). */
static void reg_holders_replaced(struct reg_holders *l, int32_t lo, int32_t hi)
{
    for (size_t i = 0; i < l->n;) {
        const tb_tenure *a = &l->h[i].t;
        int replaced = 0;
        for (size_t j = 0; j < l->n && !replaced && l->h[i].cert != TB_CERTAIN; j++) {
            const tb_tenure *b = &l->h[j].t;
            int stale = reg_stale_before(a, b);
            replaced = j != i && (tb_established(b) || stale) && tb_span_known(&b->first_seen) &&
                       tb_span_known(&a->first_seen) && b->first_seen.lo <= hi &&
                       a->first_seen.lo < b->first_seen.lo && a->e1 < lo &&
                       (stale || b->count >= 5 || (b->flags & TB_F_STATED) ||
                        (uint64_t)b->count * 4 >= a->count);
        }
        if (replaced) {
            l->h[i] = l->h[--l->n];
            l->aside++;
        } else {
            i++;
        }
    }
}

/* Where day d lies in the silence between a predecessor's latest kept
 * sighting (last) and a successor's first (first), in thirds: 0 in the
 * first third (or before it), 1 in the middle, 2 in the last third (or
 * after it).  Nothing dates the change inside the silence, so every day of
 * it is taken as likely: in its first third the predecessor most likely
 * still held the post, in its last third the successor already did. */
static int reg_gap_part(int32_t last, int32_t first, int32_t d)
{
    if (last == TB_OPEN_LO || first == TB_OPEN_HI || first <= last)
        return 1;
    int64_t span = (int64_t)first - last, at = (int64_t)d - last;
    if (at * 3 < span)
        return 0;
    return at * 3 > span * 2 ? 2 : 1;
}

/* One holder at a time: a holder not known in office at the date, whose
 * latest kept sighting lies before it, when a well attested successor
 * (established, and five articles, a stated appointment or a quarter of
 * the predecessor's evidence) is first seen after the date and the date
 * lies in the last third of the silence between them, is set aside: the
 * successor most likely held the post by then (reg_gap_part).  A corpus
 * with a hole of years (2017 to 2020) otherwise answers every date in the
 * hole with the last holder seen before it.  In the first third the
 * successor is set aside instead (reg_holders_presumed), and in the
 * middle when the predecessor is far better attested. */
static void reg_holders_succeeded(struct reg_holders *l, int32_t lo, int32_t hi)
{
    for (size_t i = 0; i < l->n;) {
        const tb_tenure *a = &l->h[i].t;
        int succeeded = 0;
        for (size_t j = 0; j < l->n && !succeeded && l->h[i].cert != TB_CERTAIN && a->e1 < lo;
             j++) {
            const tb_tenure *b = &l->h[j].t;
            /* a successor seen once outweighs a predecessor as thin (two
             * pieces or fewer), or one silent a year or more before it
             * (session 25), when it is seen on its article's own date */
            int thin =
                (a->count <= 2 || reg_stale_before(a, b)) && b->first_seen.firm == TB_SPAN_FIRM;
            succeeded =
                j != i && l->h[j].cert != TB_CERTAIN && tb_span_known(&b->first_seen) &&
                tb_span_known(&a->first_seen) && b->first_seen.lo > hi &&
                a->first_seen.lo < b->first_seen.lo && reg_gap_part(a->e1, b->s2, lo) == 2 &&
                (((tb_established(b) || thin) && (b->count >= 5 || (b->flags & TB_F_STATED) ||
                                                  (uint64_t)b->count * 4 >= a->count)) ||
                 reg_successor_near(a, b, hi));
        }
        if (succeeded) {
            l->h[i] = l->h[--l->n];
            l->aside++;
        } else {
            i++;
        }
    }
}

/* Rule 21, the nearer of two: in a one-holder post, a holder only
 * possible whose every sighting lies more than three years from the date
 * (REG_FAR_DAYS) is set aside when an established holder (two articles or
 * a stated appointment or end) was seen in the post within a year of it
 * (REG_SILENT_DAYS).  Both reach the date only through open bounds when
 * neither is certain; one office has one holder, and the one the news
 * named near the date held it far more likely than one named years away:
 * a province's chair reported on one day of February 2017 beside his
 * successor reported in April 2021, asked in April 2017; or the successor
 * reported half a year after an October 2020 date beside a predecessor
 * last reported in July 2017. */
static void reg_holders_nearer(struct reg_holders *l)
{
    int near = 0;
    for (size_t j = 0; j < l->n && !near; j++)
        near = tb_established(&l->h[j].t) && l->h[j].dist <= REG_SILENT_DAYS;
    for (size_t i = 0; near && i < l->n;)
        if (l->h[i].cert != TB_CERTAIN && l->h[i].dist > REG_FAR_DAYS) {
            l->h[i] = l->h[--l->n];
            l->aside++;
        } else {
            i++;
        }
}

/* Rule 22, a short term: at a date, a holder only possible of a post whose
 * role serves a usual term shorter than the five years an open bound
 * reaches (role_terms.tsv: an ambassador's three), whose every sighting
 * lies farther from the date than that term, is set aside: an ambassador
 * last reported in June 2017 is no answer for December 2020. */
static void reg_holders_short_term(const tx_lexicon *lx, const reg_post *p, struct reg_holders *l)
{
    int far = 0;
    for (size_t i = 0; i < l->n && !far; i++)
        far = l->h[i].cert != TB_CERTAIN && l->h[i].dist > REG_SILENT_DAYS;
    int32_t term = far ? tx_role_term_days(lx, p->role, p->role_len) : 0;
    for (size_t i = 0; term > 0 && i < l->n;)
        if (l->h[i].cert != TB_CERTAIN && l->h[i].dist > term) {
            l->h[i] = l->h[--l->n];
            l->aside++;
        } else {
            i++;
        }
}

/* Context of a test on the holder's other tenures. */
struct reg_other {
    const struct reg_holder *h;
    const reg_post *p; /* the post asked (rules 12, 13) */
    int32_t lo, hi;
    int after; /* rule 13: the holder's sightings lie after the date */
};

/* Walk the holder's tenures of other posts (a range of the tenures
 * database, at most REG_MOVED_SCAN read) until test says yes: 1 yes, 0
 * no, -1 on error. */
static int reg_holder_other(MDB_txn *txn, struct reg_other *c,
                            int (*test)(MDB_txn *, struct reg_other *, uint32_t, const tb_tenure *),
                            tn_error *err)
{
    MDB_cursor *cur;
    unsigned char k0[8] = {0};
    reg_put_u32(k0, c->h->person);
    MDB_val k = {8, k0}, v;
    int rc = mdb_cursor_open(txn, reg_db.tenures, &cur), yes = 0;
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(tenures)", rc);
    size_t read = 0;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0 && !yes && read < REG_MOVED_SCAN;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT), read++) {
        if (k.mv_size != 8 || reg_get_u32(k.mv_data) != c->h->person)
            break;
        uint32_t post = reg_get_u32((const unsigned char *)k.mv_data + 4);
        tb_tenure u;
        if (post == c->h->post || v.mv_size != sizeof u)
            continue;
        memcpy(&u, v.mv_data, sizeof u);
        if ((u.flags & (TB_F_CONTRADICTED | TB_F_HEARSAY)) || !tb_span_known(&u.first_seen))
            continue;
        yes = test(txn, c, post, &u);
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND && !yes)
        return reg_fail(err, "mdb_cursor_get(tenures)", rc);
    return yes;
}

/* Whether the folded labels of two posts are one office spelled shorter
 * and longer: one is the other cut at a word's end ("cuc truong cuc khao"
 * of "cuc truong cuc khao thi va kiem dinh chat luong giao duc", a name
 * the extractor cut at a word it took for the sentence's).  Unknown
 * folds (a store written before folds were kept) are never one. */
static int reg_folds_cut(const char *a, size_t an, const char *b, size_t bn)
{
    if (an > bn) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    return an > 0 && memcmp(a, b, an) == 0 && (an == bn || b[an] == ' ');
}

/* Rule 12's test: an established one-holder post first seen after the
 * holder's last sighting, by the date, and not ended then — not the post
 * asked under a cut or fuller spelling (the same office). */
static int reg_moved_to(MDB_txn *txn, struct reg_other *c, uint32_t post, const tb_tenure *u)
{
    reg_post q;
    return tb_established(u) && u->first_seen.lo > c->h->t.last_seen.hi &&
           u->first_seen.lo <= c->hi && tb_certainty_at(u, c->lo, c->hi) != TB_NO &&
           reg_post_get(txn, post, &q, NULL) == 0 && q.single_holder &&
           !(c->p && reg_folds_cut(c->p->fold, c->p->fold_len, q.fold, q.fold_len));
}

/* Whether a holder only possible at [lo, hi] had moved on by then: the
 * same person was first seen in another one-holder post after its latest
 * sighting here, and by the date, with two articles or a stated
 * appointment ("Trưởng Ban Tổ chức Trung ương Phạm Minh Chính" last seen
 * in 2019, "Thủ tướng Phạm Minh Chính" from April 2021).  Posts held
 * together are reported together ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"),
 * so one first seen only after the other was left is a move.  Reads the
 * person's tenures (a range of the tenures database); 1 moved, 0 not,
 * -1 error. */
static int reg_holder_moved(MDB_txn *txn, const reg_post *p, const struct reg_holder *h, int32_t lo,
                            int32_t hi, tn_error *err)
{
    if (!tb_span_known(&h->t.last_seen) || h->t.last_seen.hi >= lo)
        return 0;
    struct reg_other c = {h, p, lo, hi, 0};
    return reg_holder_other(txn, &c, reg_moved_to, err);
}

/* Rule 14's test: an appointment stated to another post, its start within
 * a month of the lone report here. */
static int reg_appointed_near(MDB_txn *txn, struct reg_other *c, uint32_t post, const tb_tenure *u)
{
    (void)txn;
    (void)post;
    const tb_span *f = &c->h->t.first_seen;
    return (u->flags & TB_F_APPOINTED) && u->own_s2 != TB_OPEN_HI &&
           (int64_t)u->own_s2 >= (int64_t)f->lo - REG_LONE_MOVE_DAYS &&
           (int64_t)u->own_s2 <= (int64_t)f->hi + REG_LONE_MOVE_DAYS;
}

/* Whether a holder only possible at [lo, hi] rests on one report made more
 * than REG_LONE_BACK_DAYS after the date, with no appointment or end
 * stated: a newcomer is reported from its appointment on, so its first
 * report dates its arrival, give or take the months the news took to name
 * it — not a term before ("Chủ tịch HĐND tỉnh Kiên Giang Mai Văn Huỳnh",
 * one report of April 2021, elected in November 2020, was listed in 2017).
 * Not when its start is bounded (a predecessor's last sighting, by
 * succession): then the change lies somewhere in that window, every day of
 * it possible.  Nor when the person was appointed to another post within a month of that
 * report: then the report names the post being left ("ông X, Giám đốc Đại
 * học Quốc gia Hà Nội, được phê chuẩn làm Bộ trưởng"), which says nothing
 * of when it began (rule 14).  1 set aside, 0 kept, -1 on error. */
static int reg_holder_lone_early(MDB_txn *txn, const struct reg_holder *h, int32_t lo, int32_t hi,
                                 tn_error *err)
{
    const tb_tenure *t = &h->t;
    if (h->cert == TB_CERTAIN || h->weighed == 3 || tb_established(t) || t->s1 != TB_OPEN_LO ||
        !tb_span_known(&t->first_seen) || (int64_t)t->first_seen.lo - hi <= REG_LONE_BACK_DAYS)
        return 0;
    struct reg_other c = {h, NULL, lo, hi, 1};
    int moved = reg_holder_other(txn, &c, reg_appointed_near, err);
    return moved < 0 ? -1 : !moved;
}

/* Whether one person can hold posts p and q at once: not a deputy's seat
 * and the head's of one body ("Phó Chủ tịch UBND tỉnh X" is not yet
 * "Chủ tịch UBND tỉnh X": tested when deputy_first, the deputy's seat
 * seen before the head's, the usual way up), nor offices of two
 * administrative levels ("Thứ trưởng Bộ X" is not "Bí thư Tỉnh ủy Y"),
 * nor the heads of a people's committee and of a Party committee or
 * council ("Chủ tịch UBND tỉnh X" is not "Bí thư Tỉnh ủy X"), unless one
 * is a seat in a body kept beside an office ("Ủy viên Trung ương Đảng"). */
static int reg_posts_exclusive(const reg_post *p, const reg_post *q, int deputy_first)
{
    if (p->member || q->member)
        return 0;
    if (deputy_first && p->org && p->org == q->org && q->deputy && !p->deputy)
        return 1;
    /* the heads of a people's committee and of a Party committee or
     * council (body_kinds.tsv) */
    if (p->single_holder && q->single_holder && !p->deputy && !q->deputy && p->body && q->body &&
        p->body != q->body)
        return 1;
    return p->level && q->level && p->level != q->level;
}

/* Rule 13, no move down (session 22): a deputy's seat at a lower
 * administrative level than the post asked, seen after the holder's
 * sightings there, does not move the holder away from it: officials
 * move up or across, and a national commission's deputy head "seen" as a
 * province's vice-chair three months later is a namesake or a misread
 * caption more likely than a demotion.  Before the holder's sightings
 * (after = 1) it stays a sign: that is the usual way up. */
static int reg_moved_down(const reg_post *p, const reg_post *q, int after)
{
    return !after && q->deputy && p->level && q->level && q->level < p->level;
}

/* Rule 13's test: a post seen nearer the date than the holder's own
 * sightings, within REG_ELSEWHERE_DAYS of it, on their side, that one
 * cannot hold beside the post asked. */
static int reg_away_in(MDB_txn *txn, struct reg_other *c, uint32_t post, const tb_tenure *u)
{
    const tb_tenure *t = &c->h->t;
    int64_t du = tb_distance(u, c->lo, c->hi);
    /* a single report counts only on its publisher's own date (a stamp,
     * the caller's date): a misdated one must not move anyone away */
    if (du > REG_ELSEWHERE_DAYS || du >= c->h->dist ||
        (du > 0 && !tb_established(u) && u->first_seen.firm != TB_SPAN_FIRM))
        return 0;
    if (c->after ? u->first_seen.lo >= t->first_seen.lo : u->last_seen.hi <= t->last_seen.hi)
        return 0;
    /* a post first seen within a month after the holder's last sighting
     * here, with no appointment to it stated, is a namesake's more likely
     * than a move: a change that recent is reported as one ("Chủ tịch UBND
     * tỉnh Hà Giang Nguyễn Văn Sơn" on 6 February 2017, "Thứ trưởng Bộ
     * Công an Nguyễn Văn Sơn", another man, from 7 February) */
    if (!c->after && !(u->flags & TB_F_APPOINTED) && u->first_seen.lo > t->last_seen.hi &&
        (int64_t)u->first_seen.lo - t->last_seen.hi <= REG_LONE_MOVE_DAYS)
        return 0;
    /* an earlier post known to have ended before the date (a successor
     * appointed) had been left then: a province's chair until February
     * 2017 may chair its council from then on */
    if (c->after && u->e2 < c->lo)
        return 0;
    /* a post whose bounds rule out the date does not place a well attested
     * holder (five articles or more, as for the presumption of continuity)
     * there then: a minister seen in 31 articles to 2017 and elected a
     * city's Party secretary in April 2021 was still the minister in
     * October 2020 */
    if (t->count >= REG_WELL_ATTESTED && tb_certainty_at(u, c->lo, c->hi) == TB_NO)
        return 0;
    reg_post q;
    return reg_post_get(txn, post, &q, NULL) == 0 && reg_posts_exclusive(c->p, &q, c->after) &&
           !reg_moved_down(c->p, &q, c->after);
}

/* Rule 10's test (session 26): an established post of the organization
 * asked, certain at the date by its own dated sightings — not the post
 * asked under a cut or fuller spelling, nor a seat in a body. */
static int reg_busy_in(MDB_txn *txn, struct reg_other *c, uint32_t post, const tb_tenure *u)
{
    reg_post q;
    return tb_established(u) && tb_certainty_at(u, c->lo, c->hi) == TB_CERTAIN &&
           reg_post_get(txn, post, &q, NULL) == 0 && q.org == c->p->org && !q.member &&
           !reg_folds_cut(c->p->fold, c->p->fold_len, q.fold, q.fold_len);
}

/* Whether a lone undated report (one article, no appointment or end
 * stated) that rule 10 would offer at [lo, hi] names a person the dated
 * news places then in another office of the same organization (rule 10,
 * session 26): "ông A, Tổng giám đốc Tập đoàn X" in two dated reports
 * around the date, "Chủ tịch HĐQT Tập đoàn X A" once undated — the
 * undated line is of another time (a move inside the body) or the
 * other office misread, no answer for a date the person is known to
 * have spent elsewhere in the body.  Posts held together are reported
 * together, so a second office held at once would have dated reports
 * too.  1 yes, 0 no, -1 on error.  Reads at most REG_MOVED_SCAN
 * tenures. */
static int reg_holder_busy(MDB_txn *txn, const reg_post *p, const struct reg_holder *h, int32_t lo,
                           int32_t hi, tn_error *err)
{
    if (!p->org || p->member || tb_established(&h->t))
        return 0;
    struct reg_other c = {h, p, lo, hi, 0};
    return reg_holder_other(txn, &c, reg_busy_in, err);
}

/* Whether a holder only possible at [lo, hi], seen in the post only away
 * from it, was seen nearer to it in a post it cannot have held at the same
 * time, on the side of its own sightings (before a later holder's first
 * sighting, after an earlier one's last): it was elsewhere then (rule
 * 13).  1 yes, 0 no, -1 on error.  Reads at most REG_MOVED_SCAN tenures. */
static int reg_holder_elsewhere(MDB_txn *txn, const reg_post *p, const struct reg_holder *h,
                                int32_t lo, int32_t hi, tn_error *err)
{
    const tb_tenure *t = &h->t;
    int after = tb_span_known(&t->first_seen) && t->first_seen.lo > hi;
    int before = tb_span_known(&t->last_seen) && t->last_seen.hi < lo;
    if ((!after && !before) || (t->flags & TB_F_STATED))
        return 0;
    struct reg_other c = {h, p, lo, hi, after};
    return reg_holder_other(txn, &c, reg_away_in, err);
}

/* Set aside the holders only possible that rule 12 (moved on) or 13
 * (elsewhere then) says were not in the post at [lo, hi]; at most
 * REG_MOVED_HOLDERS of them are looked at.  0, or -1 on error. */
static int reg_holders_away(MDB_txn *txn, struct reg_holders *l, const reg_post *p, int32_t lo,
                            int32_t hi, int rule, tn_error *err)
{
    size_t looked = 0;
    for (size_t i = 0; i < l->n;) {
        int m = l->h[i].cert == TB_CERTAIN || looked++ >= REG_MOVED_HOLDERS ? 0
                : rule == 12 ? reg_holder_moved(txn, p, &l->h[i], lo, hi, err)
                             : reg_holder_elsewhere(txn, p, &l->h[i], lo, hi, err);
        if (m < 0)
            return -1;
        if (m) {
            l->h[i] = l->h[--l->n];
            l->aside++;
        } else {
            i++;
        }
    }
    return 0;
}

/* One holder at a time: a holder first seen after the date is possible
 * then only through its open start.  When an established holder first seen
 * before it was in office before the date and is not known to have left by
 * then, the change is placed at the newcomer's first sighting: a new
 * holder is reported from the appointment on, while the silence about a
 * holder in office proves nothing (presumption of continuity; the held and
 * gone votes of the predecessor's own bounds already end it when the news
 * says it left).  The newcomer is set aside at such a date when the date
 * lies in the first third of the silence between them (reg_gap_part) and
 * the predecessor has five articles or twice the newcomer's evidence; in
 * the middle third when it has both (offices change hands mostly at the
 * end of a term, and a newcomer is reported from then on: a mid-term
 * silence is no sign of a change); or when the newcomer is a single
 * report against a predecessor with five articles and four times its
 * evidence.  Between two holders as thinly attested both stay possible. */
static void reg_holders_presumed(struct reg_holders *l, int32_t lo, int32_t hi)
{
    for (size_t i = 0; i < l->n;) {
        const tb_tenure *b = &l->h[i].t;
        int before = 0;
        if (l->h[i].cert != TB_CERTAIN && tb_span_known(&b->first_seen) && b->first_seen.lo > hi &&
            b->s2 > hi)
            for (size_t j = 0; j < l->n && !before; j++) {
                const tb_tenure *a = &l->h[j].t;
                int part = reg_gap_part(a->e1, b->s2, hi);
                int twice = (uint64_t)b->count * 2 <= a->count;
                before = j != i && tb_established(a) && tb_span_known(&a->first_seen) &&
                         a->first_seen.lo < b->first_seen.lo && a->s2 <= hi && a->e2 >= lo &&
                         ((part == 0 && (a->count >= 5 || twice)) ||
                          (part == 1 && a->count >= 5 && twice) ||
                          (a->count >= 5 && !tb_established(b) &&
                           (uint64_t)b->count * 4 <= a->count && !reg_successor_near(a, b, hi)));
            }
        if (before) {
            l->h[i] = l->h[--l->n];
            l->aside++;
        } else {
            i++;
        }
    }
}

/* Rule 23, a lone report after the date (session 22): in a one-holder
 * post, a holder only possible, seen in a single report (no appointment
 * or end stated) first after the date, is set aside when an established
 * holder first seen before it was reported in the post within a year
 * before the date (REG_SILENT_DAYS) and is not known to have left by
 * then.  The presumption of continuity (reg_holders_presumed) with the
 * thinnest newcomer: one report does not place a change before the date
 * when the post's holder of months before is corroborated, whatever third
 * of their silence the date falls in ("Bí thư Tỉnh ủy X A", two reports
 * to June 2016, beside one report of B in May 2017, asked in April 2017).
 * A newcomer's stamped report after a predecessor silent for a year or
 * more (reg_successor_near) stays. */
static void reg_holders_lone_after(struct reg_holders *l, int32_t lo, int32_t hi)
{
    for (size_t i = 0; i < l->n;) {
        const tb_tenure *b = &l->h[i].t;
        int before = 0;
        if (l->h[i].cert != TB_CERTAIN && !tb_established(b) && tb_span_known(&b->first_seen) &&
            b->first_seen.lo > hi && b->s2 > hi)
            for (size_t j = 0; j < l->n && !before; j++) {
                const tb_tenure *a = &l->h[j].t;
                before = j != i && tb_established(a) && tb_span_known(&a->first_seen) &&
                         tb_span_known(&a->last_seen) && a->first_seen.lo < b->first_seen.lo &&
                         a->last_seen.hi < lo && (int64_t)lo - a->last_seen.hi <= REG_SILENT_DAYS &&
                         a->e2 >= lo && !reg_successor_near(a, b, hi);
            }
        if (before) {
            l->h[i] = l->h[--l->n];
            l->aside++;
        } else {
            i++;
        }
    }
}

/* One holder at a time: of two holders certain at the date, one seen in
 * at most a quarter of the other's articles (and with no explicit
 * statement) is only possible.  A single article never makes someone
 * certain against corroborated evidence. */
static void reg_holders_weigh(struct reg_holders *l)
{
    uint32_t best = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->h[i].cert == TB_CERTAIN && l->h[i].t.count > best)
            best = l->h[i].t.count;
    if (best < 3)
        return;
    for (size_t i = 0; i < l->n; i++)
        if (l->h[i].cert == TB_CERTAIN && !(l->h[i].t.flags & TB_F_STATED) &&
            (uint64_t)l->h[i].t.count * 4 <= best) {
            l->h[i].cert = TB_POSSIBLE;
            l->h[i].weighed = 1;
        }
}

/* Most holders compared name against name by reg_holders_misread. */
#define REG_MISREAD_MAX 128

/* Length of a syllable's initial consonant cluster (folded, ASCII). */
static size_t reg_initial_len(const char *s, size_t n)
{
    static const char *const multi[] = {"ngh", "ng", "nh", "ch", "tr", "th",
                                        "ph",  "kh", "gh", "gi", "qu"};
    for (size_t k = 0; k < sizeof multi / sizeof *multi; k++) {
        size_t ml = strlen(multi[k]);
        if (n > ml && memcmp(s, multi[k], ml) == 0)
            return ml;
    }
    return n > 1 && !strchr("aeiouy", s[0]) ? 1 : 0;
}

/* Whether two folded syllables are one misspelt as the other: one letter
 * added, cut or changed ("phuoc" / "phoc"), or an initial consonant that
 * the southern and northern accents confuse, with the same rhyme ("tri" /
 * "chi", "sa" / "xa", "dung" / "rung" / "giung", "lan" / "nan"). */
static int reg_syllable_misspelt(const char *a, size_t an, const char *b, size_t bn)
{
    if (an < 3 || bn < 3)
        return 0;
    size_t ia = reg_initial_len(a, an), ib = reg_initial_len(b, bn);
    if (an - ia == bn - ib && memcmp(a + ia, b + ib, an - ia) == 0) {
        static const char *const groups[] = {"|tr|ch|", "|s|x|", "|d|gi|r|", "|l|n|"};
        char x[8], y[8];
        if (ia == 0 || ib == 0 || ia > 4 || ib > 4)
            return 0;
        snprintf(x, sizeof x, "|%.*s|", (int)ia, a);
        snprintf(y, sizeof y, "|%.*s|", (int)ib, b);
        for (size_t g = 0; g < sizeof groups / sizeof *groups; g++)
            if (strstr(groups[g], x) && strstr(groups[g], y))
                return 1;
        return 0;
    }
    /* one edit: equal lengths differ in one byte; else one byte more */
    if (an == bn) {
        size_t d = 0;
        for (size_t i = 0; i < an; i++)
            d += a[i] != b[i];
        return d == 1;
    }
    if (an + 1 != bn && bn + 1 != an)
        return 0;
    const char *l = an > bn ? a : b, *sh = an > bn ? b : a;
    size_t sn = an > bn ? bn : an, i = 0;
    while (i < sn && l[i] == sh[i])
        i++;
    return memcmp(l + i + 1, sh + i, sn - i) == 0;
}

/* Whether two folded names have the same syllables but one, misspelt. */
static int reg_name_misspelt(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    int diff = 0;
    while (i < an && j < bn) {
        size_t ie = i, je = j;
        while (ie < an && a[ie] != ' ')
            ie++;
        while (je < bn && b[je] != ' ')
            je++;
        if (ie - i != je - j || memcmp(a + i, b + j, ie - i) != 0) {
            if (diff++ || !reg_syllable_misspelt(a + i, ie - i, b + j, je - j))
                return 0;
        }
        i = ie + (ie < an);
        j = je + (je < bn);
    }
    return diff == 1 && i >= an && j >= bn;
}

/* A holder whose name is another holder's with syllables added or cut (a
 * syllable prefix of the folded names: "Trương Hòa Bình Chất" beside
 * "Trương Hòa Bình", "Đinh La" beside "Đinh La Thăng") and who has at most
 * a quarter of its articles is the same person misread — a missing space
 * glued the next word on, a line break cut the name — and so is one whose
 * name is the other's with one syllable misspelt (reg_name_misspelt:
 * "Hồ Đức Phớc" beside "Hồ Đức Phước", "Nguyễn Trí Dũng" beside "Nguyễn
 * Chí Dũng"); it is set aside
 * (counted in aside).  Bounded: posts with more than REG_MISREAD_MAX
 * holders read are generic titles and are left as they are. */
static void reg_holders_misread(MDB_txn *txn, struct reg_holders *l)
{
    if (l->n < 2 || l->n > REG_MISREAD_MAX)
        return;
    /* only a holder with at most a quarter of the best one's articles can
     * be set aside: without one, no name is read */
    uint32_t best = 0;
    int weak = 0;
    for (size_t i = 0; i < l->n; i++)
        best = l->h[i].t.count > best ? l->h[i].t.count : best;
    for (size_t i = 0; i < l->n && !weak; i++)
        weak = (uint64_t)l->h[i].t.count * 4 <= best;
    if (!weak)
        return;
    const char *fold[REG_MISREAD_MAX];
    size_t flen[REG_MISREAD_MAX];
    for (size_t i = 0; i < l->n; i++) {
        const char *name;
        size_t nl;
        if (reg_name_fold(txn, REG_KIND_PERSON, l->h[i].person, &name, &nl, &fold[i], &flen[i]) !=
            0)
            flen[i] = 0;
    }
    for (size_t i = 0; i < l->n;) {
        int misread = 0;
        for (size_t j = 0; j < l->n && !misread && flen[i]; j++) {
            if (j == i || !flen[j] || (uint64_t)l->h[i].t.count * 4 > l->h[j].t.count)
                continue;
            size_t a = flen[i] < flen[j] ? flen[i] : flen[j];
            const char *longer = flen[i] < flen[j] ? fold[j] : fold[i];
            misread =
                (flen[i] != flen[j] && memcmp(fold[i], fold[j], a) == 0 && longer[a] == ' ') ||
                reg_name_misspelt(fold[i], flen[i], fold[j], flen[j]);
        }
        if (misread) {
            l->h[i] = l->h[--l->n];
            fold[i] = fold[l->n];
            flen[i] = flen[l->n];
            l->aside++;
        } else {
            i++;
        }
    }
}

/* Whether two folded names are one with another family name: three
 * syllables or more each, the first ones different, the rest the same
 * ("nguyen ta tung" / "vu ta tung"). */
static int reg_name_family_only(const char *a, size_t an, const char *b, size_t bn)
{
    const char *sa = memchr(a, ' ', an), *sb = memchr(b, ' ', bn);
    if (!sa || !sb)
        return 0;
    size_t ra = an - (size_t)(sa - a), rb = bn - (size_t)(sb - b);
    if (ra != rb || !memchr(sa + 1, ' ', ra - 1) || memcmp(sa, sb, ra) != 0)
        return 0;
    return sa - a != sb - b || memcmp(a, b, (size_t)(sa - a)) != 0;
}

/* Most established holders of a post a lone report is compared with. */
#define REG_FAMILY_MAX 32

/* Rule 8, another family name (session 24): a lone report — one article,
 * no appointment or end stated — whose name is an established holder's of
 * the same post (two articles or more, dated or not) with another family
 * name is that holder misread ("Tổng Giám đốc … Nguyễn Tá Tùng" once,
 * "… Vũ Tá Tùng" in three articles): it is set aside (counted in aside),
 * so a lone misread name does not outrank the holder's own reports.  In a
 * one-holder post, at a date only when nobody read is certain then (rule 9
 * sets a lone report aside beside one certain).  One walk of the post's
 * index (at most REG_MISREAD_MAX holders: more is a generic title), the
 * established holders' names read once, only when a lone report of three
 * syllables or more is among the holders.  0, or -1 on error. */
static int reg_holders_family(MDB_txn *txn, uint32_t post, int dated, struct reg_holders *l,
                              tn_error *err)
{
    const char *name, *fold[REG_FAMILY_MAX];
    size_t nl, flen[REG_FAMILY_MAX], n = 0;
    uint32_t who[REG_FAMILY_MAX];
    int lone = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (dated && l->h[i].cert == TB_CERTAIN)
            return 0; /* rule 9 weighs a lone report beside one certain */
        lone |= l->h[i].t.count == 1 && !(l->h[i].t.flags & TB_F_STATED);
    }
    if (!lone)
        return 0;
    MDB_cursor *cur;
    unsigned char pk[4];
    reg_put_u32(pk, post);
    MDB_val k = {4, pk}, v;
    int rc = mdb_cursor_open(txn, reg_db.tenures_by_post, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(tenures_by_post)", rc);
    size_t read = 0;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0 && read <= REG_MISREAD_MAX;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP), read++) {
        uint32_t person;
        tb_tenure t;
        if (v.mv_size != REG_TIDX_LEN || n == REG_FAMILY_MAX)
            continue;
        reg_tenure_idx_decode(v.mv_data, &person, &t);
        if (t.count >= 2 && !(t.flags & TB_F_CONTRADICTED))
            who[n++] = person;
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(tenures_by_post)", rc);
    if (read > REG_MISREAD_MAX || n == 0)
        return 0; /* a generic title, or nobody established: nothing to compare */
    int folded = 0;
    for (size_t i = 0; i < l->n;) {
        const char *f, *sp;
        size_t fl;
        int misread = 0;
        /* a lone report of three syllables or more */
        if (l->h[i].t.count == 1 && !(l->h[i].t.flags & TB_F_STATED) &&
            reg_name_fold(txn, REG_KIND_PERSON, l->h[i].person, &name, &nl, &f, &fl) == 0 &&
            (sp = memchr(f, ' ', fl)) != NULL && memchr(sp + 1, ' ', fl - (size_t)(sp - f) - 1)) {
            /* the established holders' names, read once */
            for (size_t j = 0; !folded && j < n; j++)
                if (reg_name_fold(txn, REG_KIND_PERSON, who[j], &name, &nl, &fold[j], &flen[j]) !=
                    0)
                    flen[j] = 0;
            folded = 1;
            for (size_t j = 0; j < n && !misread; j++)
                misread = who[j] != l->h[i].person && flen[j] &&
                          reg_name_family_only(f, fl, fold[j], flen[j]);
        }
        if (misread) {
            l->h[i] = l->h[--l->n];
            l->aside++;
        } else {
            i++;
        }
    }
    return 0;
}

/* Whether the holders read show a post with several seats. */
static int reg_holders_overlap(const struct reg_holders *l)
{
    tb_tenure *t = xmalloc((l->n ? l->n : 1) * sizeof *t);
    for (size_t i = 0; i < l->n; i++)
        t[i] = l->h[i].t;
    int r = tb_overlapping(t, l->n);
    free(t);
    return r;
}

/* The holders of one post at [lo, hi] (or all), ranked.  tenures_by_post
 * lists holders by first sighting, so the walk starts at the date and reads
 * at most REG_HOLDER_WINDOW holders first seen before it and as many after
 * (without a date: the most recently first seen).  Real posts have far fewer
 * holders, so they are read whole; a generic title with thousands of
 * holders costs the same as any other.  *out is malloc'd. */
static int reg_post_of_lexkey(MDB_txn *txn, const char *key, uint32_t *id, tn_error *err);

/* The days terms.tsv lists on which the post's holder is chosen anew (the
 * Assembly's sessions that hand the state's offices over, the Party's
 * congresses): 1 and *days ("YYYY[-MM[-DD]] …"), 0 when the post has no
 * such calendar, -1 on error. */
static int reg_post_renewals(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, const char **days,
                             tn_error *err)
{
    const char *sk, *d;
    for (size_t i = 0; tx_term_seat(lx, i, &sk, &d); i++) {
        uint32_t seat = 0;
        int r = reg_post_of_lexkey(txn, sk, &seat, err);
        if (r < 0)
            return -1;
        if (r != 0 && seat == post) {
            *days = d;
            return 1;
        }
    }
    return 0;
}

/* The next day of a renewal list, advancing *d: 1 and *at (its first
 * day), 0 at the list's end, -1 at a day that does not read. */
static int reg_renewal_next(const char **d, int32_t *at)
{
    if (!**d)
        return 0;
    char buf[16];
    size_t len = strcspn(*d, " ");
    pdate pd;
    if (len == 0 || len >= sizeof buf)
        return -1;
    memcpy(buf, *d, len);
    buf[len] = '\0';
    if (pdate_parse(buf, &pd) < 0)
        return -1;
    *at = pdate_first_day(&pd);
    *d += len + ((*d)[len] == ' ');
    return 1;
}

/* The first day after [lo, hi] on which the post's holder is chosen anew:
 * 1 and *day; 0 when the post has no such calendar, none lies after hi,
 * or one lies inside [lo, hi]; -1 on error. */
static int reg_renewal_after(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, int32_t lo,
                             int32_t hi, int32_t *day, tn_error *err)
{
    const char *d;
    int r = reg_post_renewals(txn, lx, post, &d, err);
    if (r <= 0)
        return r;
    int32_t at;
    while (reg_renewal_next(&d, &at) > 0) {
        if (at >= lo && at <= hi)
            return 0;
        if (at > hi) {
            *day = at;
            return 1;
        }
    }
    return 0;
}

/* Rule 19: in a one-holder post whose holder is chosen anew on known days
 * (terms.tsv), a holder only possible at [lo, hi] whose every sighting
 * lies after the next such day R — its start not bounded before R — is
 * set aside when an established holder seen there by the date is listed
 * beside it: a newcomer first reported after a handover most likely came
 * with it, and the holder of the term before is the answer until then
 * ("Bộ trưởng Bộ Quốc phòng B", two reports of April 2021, beside A, seen
 * in 2016-2017, asked in November 2020).  Gated on the list holding both
 * kinds, so most answers read no lexicon key.  0, or -1 on error. */
static int reg_holders_renewed(MDB_txn *txn, const tx_lexicon *lx, uint32_t post,
                               struct reg_holders *l, int32_t lo, int32_t hi, tn_error *err)
{
    int after = 0, before = 0;
    for (size_t i = 0; lx && i < l->n; i++) {
        const tb_tenure *t = &l->h[i].t;
        if (!tb_span_known(&t->first_seen))
            continue;
        if (t->first_seen.lo > hi)
            after |= l->h[i].cert != TB_CERTAIN && t->s2 > hi && t->count < REG_WELL_ATTESTED;
        else
            before |= tb_established(t);
    }
    if (!after || !before)
        return 0;
    int32_t renew = TB_OPEN_HI;
    int r = reg_renewal_after(txn, lx, post, lo, hi, &renew, err);
    if (r <= 0)
        return r;
    for (size_t i = 0; i < l->n;) {
        const tb_tenure *t = &l->h[i].t;
        if (l->h[i].cert != TB_CERTAIN && tb_span_known(&t->first_seen) &&
            t->first_seen.lo >= renew && t->s2 >= renew && t->count < REG_WELL_ATTESTED) {
            l->h[i] = l->h[--l->n];
            l->aside++;
        } else {
            i++;
        }
    }
    return 0;
}

static int reg_holders_walk(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, int dated,
                            int32_t lo, int32_t hi, struct reg_holder **out, size_t *count,
                            size_t *aside, tn_error *err)
{
    MDB_cursor *cur;
    struct reg_holders l = {NULL, 0, 0, 0}, kept = {NULL, 0, 0, 0};
    int far = 0;
    reg_post p;
    unsigned char pk[4], pv[REG_TIDX_LEN] = {0};
    reg_put_u32(pk, post);
    int r = reg_post_get(txn, post, &p, err);
    if (r < 0)
        return -1;
    int rc = mdb_cursor_open(txn, reg_db.tenures_by_post, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(tenures_by_post)", rc);
    MDB_val k = {4, pk}, v = {REG_TIDX_LEN, pv};
    int after_found = 0;
    if (dated && hi < TB_OPEN_HI) {
        /* holders first seen after the date, nearest first */
        reg_put_day(pv, hi + 1);
        rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH_RANGE);
        after_found = rc == 0;
        for (size_t i = 0; rc == 0 && i < REG_HOLDER_WINDOW; i++) {
            /* sorted by first sighting: past one term nobody is possible */
            if (reg_get_day(v.mv_data) > hi + TB_TERM_DAYS)
                break;
            if (reg_holder_take(txn, post, &v, dated, lo, hi, &l, err) < 0)
                goto close_cursor;
            rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP);
        }
        if (rc != 0 && rc != MDB_NOTFOUND) {
            reg_fail(err, "mdb_cursor_get(tenures_by_post)", rc);
            goto close_cursor;
        }
    }
    /* holders first seen up to the date (or the last ones), latest first */
    k.mv_size = 4;
    k.mv_data = pk;
    if (after_found) {
        v.mv_size = REG_TIDX_LEN;
        v.mv_data = pv;
        rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH_RANGE);
        if (rc == 0)
            rc = mdb_cursor_get(cur, &k, &v, MDB_PREV_DUP);
    } else {
        rc = mdb_cursor_get(cur, &k, &v, MDB_SET);
        if (rc == 0)
            rc = mdb_cursor_get(cur, &k, &v, MDB_LAST_DUP);
    }
    for (size_t i = 0; rc == 0 && i < REG_HOLDER_WINDOW; i++) {
        if (reg_holder_take(txn, post, &v, dated, lo, hi, &l, err) < 0)
            goto close_cursor;
        rc = mdb_cursor_get(cur, &k, &v, MDB_PREV_DUP);
    }
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(tenures_by_post)", rc);
        goto close_cursor;
    }
    /* At a date nobody is known to have held (every holder's evidence is
     * dated away from it, or not dated at all), the holders seen only in
     * undated articles are the answer there is: listed as possible, the
     * why saying so (rule 10) — the established ones, or, when none is, a
     * holder of one undated article (a lone report is still a report; a
     * second holder of one undated article beside an established one is
     * a history piece's or a misattribution's).  Only in the period of
     * their articles' feed (reg_undated_in_period). */
    /* ... and so are they beside holders only possible there through an
     * open start reaching back from sightings all more than a year later
     * (no start bounded): an undated report of the date's own feed period
     * is nearer the date than a holder first reported years after it
     * (Bạch Mai's director of 2017, named in undated pages of the 2017
     * crawl, beside his successor's three reports of April 2021).  The
     * far holders are set aside only when such an undated holder is
     * found — or, when no far holder is established either (each a lone
     * report, which rule 14 sets aside at such a date), a lone undated
     * report of the period: one report nearer the date against one far
     * from it (Cà Mau's Party secretary of 2017, named in one undated page
     * of the 2017 crawl, beside his successor's one report of April 2021:
     * the successor was set aside by rule 14 and nobody answered). */
    /* At a date, a holder only ever said to have left (rule 7, below)
     * says nothing of when it held the post: it is set aside before the
     * undated holders are looked for, so a lone "nguyên Đại sứ A" of May
     * 2017 does not hide the head named in five undated pages of the
     * same crawl from an April 2017 question. */
    /* a lone report of an established holder's name with another family
     * name is that holder misread (rule 8): set aside before the undated
     * holders are looked for */
    if (r == 0 && p.single_holder && reg_holders_family(txn, post, dated, &l, err) < 0)
        goto close_cursor;
    for (size_t i = 0; dated && i < l.n;) {
        if (l.h[i].t.flags & TB_F_HEARSAY) {
            l.h[i] = l.h[--l.n];
            l.aside++;
        } else {
            i++;
        }
    }
    far = dated && l.n > 0;
    for (size_t i = 0; far && i < l.n; i++) {
        const tb_tenure *t = &l.h[i].t;
        far = l.h[i].cert != TB_CERTAIN && t->s1 == TB_OPEN_LO && tb_span_known(&t->first_seen) &&
              (int64_t)t->first_seen.lo - hi > REG_LONE_BACK_DAYS;
    }
    kept = l;
    if (far) {
        l.h = NULL;
        l.n = l.cap = 0;
    }
    if (dated && l.n == 0) {
        k.mv_size = 4;
        k.mv_data = pk;
        rc = mdb_cursor_get(cur, &k, &v, MDB_SET);
        size_t est = 0;
        for (size_t i = 0; rc == 0 && i < REG_HOLDER_WINDOW; i++) {
            if (reg_holder_take(txn, post, &v, 0, lo, hi, &l, err) < 0)
                goto close_cursor;
            struct reg_holder *u = l.n ? &l.h[l.n - 1] : NULL;
            if (u && tb_span_known(&u->t.first_seen)) {
                l.n--;
            } else if (u && (u->t.flags & TB_F_HEARSAY)) {
                l.n--; /* only said to have left: rule 7 */
                l.aside++;
            } else if (u) {
                u->cert = TB_POSSIBLE;
                u->weighed = 3;
                est += tb_established(&u->t);
            }
            rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP);
        }
        if (rc != 0 && rc != MDB_NOTFOUND) {
            reg_fail(err, "mdb_cursor_get(tenures_by_post)", rc);
            goto close_cursor;
        }
        for (size_t i = 0; i < l.n;) {
            int in = reg_undated_in_period(txn, l.h[i].person, post, lo, hi, err);
            if (in < 0)
                goto close_cursor;
            if (!in) {
                est -= tb_established(&l.h[i].t);
                l.h[i] = l.h[--l.n];
                l.aside++;
            } else {
                i++;
            }
        }
        /* a lone undated report of a person the dated news places then
         * in another office of the body is no answer (reg_holder_busy) */
        for (size_t i = 0; r == 0 && i < l.n;) {
            int b = reg_holder_busy(txn, &p, &l.h[i], lo, hi, err);
            if (b < 0)
                goto close_cursor;
            if (b) {
                l.h[i] = l.h[--l.n];
                l.aside++;
            } else {
                i++;
            }
        }
        for (size_t i = 0; est > 0 && i < l.n;) {
            if (!tb_established(&l.h[i].t))
                l.h[i] = l.h[--l.n];
            else
                i++;
        }
        int far_est = 0;
        for (size_t i = 0; far && i < kept.n; i++)
            far_est |= tb_established(&kept.h[i].t);
        if (far && (l.n == 0 || (est == 0 && far_est))) {
            /* no established undated holder of the period, and an
             * established far one: the far holders are the answer there
             * is */
            free(l.h);
            l = kept;
        } else if (far) {
            l.aside += kept.n;
            free(kept.h);
        }
        far = 0;
    }
    mdb_cursor_close(cur);
    /* Without a date, when the post has established holders (two articles
     * or an explicit statement), a holder seen in one article only is set
     * aside: "held the post at some time" needs corroboration once the
     * post has any.  Not in a seat of a body (the Politburo's, the
     * Secretariat's: REG_POST_MEMBER), which many hold at once: one
     * member's three reports say nothing against another's one. */
    reg_post seat;
    int sr = dated ? 1 : reg_post_get(txn, post, &seat, err);
    if (sr < 0) {
        free(l.h);
        return -1;
    }
    if (!dated && !(sr == 0 && seat.member)) {
        int established = 0;
        int32_t latest = TB_OPEN_LO;
        for (size_t i = 0; i < l.n; i++)
            if (tb_established(&l.h[i].t)) {
                established = 1;
                if (l.h[i].t.last_seen.hi > latest)
                    latest = l.h[i].t.last_seen.hi;
            }
        /* ... unless seen after all of them: a new holder's first report */
        for (size_t i = 0; established && i < l.n;)
            if (!tb_established(&l.h[i].t) &&
                !(tb_span_known(&l.h[i].t.first_seen) && l.h[i].t.first_seen.lo > latest)) {
                l.h[i] = l.h[--l.n];
                l.aside++;
            } else {
                i++;
            }
    }
    /* (A holder only ever said to have left the post — "nguyên Bộ
     * trưởng X" in one article — was set aside at a date above, before
     * the undated holders were looked for: "cựu Chủ tịch PVN X" in March
     * 2017 is no answer for 2016, when another man chaired it; the
     * all-time list keeps it: docs/REGISTRY.md, rule 7.) */
    reg_holders_misread(txn, &l);
    /* At a date, once a holder is certain then, one only possible and seen
     * in a single article (no appointment or end stated) is set aside: the
     * bounds of one report reach years either side (a history piece's
     * "Phó Thủ tướng Phan Trọng Tuệ", a misattributed caption), and beside
     * a corroborated holder it is noise to check, not an answer (rule 9;
     * without a date, rule 6 does the same). */
    if (dated) {
        /* a single report is not certain beside holders certain then on
         * four or more articles, whatever the post's seats (rule 5 for
         * one report): a misattributed caption on the very day asked */
        uint32_t best = 0;
        for (size_t i = 0; i < l.n; i++)
            if (l.h[i].cert == TB_CERTAIN && l.h[i].t.count > best)
                best = l.h[i].t.count;
        for (size_t i = 0; best >= 4 && i < l.n; i++)
            if (l.h[i].cert == TB_CERTAIN && !tb_established(&l.h[i].t)) {
                l.h[i].cert = TB_POSSIBLE;
                l.h[i].weighed = 2;
            }
        int certain = 0;
        uint32_t weakest = UINT32_MAX;
        for (size_t i = 0; i < l.n; i++)
            if (l.h[i].cert == TB_CERTAIN) {
                certain = 1;
                weakest = l.h[i].t.count < weakest ? l.h[i].t.count : weakest;
            }
        /* ... and so is one only possible whose every sighting lies more
         * than a year from the date, when the news reported the post then
         * (a certain holder seen within a year of it) and said nothing of
         * this one (rule 11); or
         * one with at most a quarter of the articles of the least attested
         * holder certain then, and no stated appointment or end: a few
         * misattributed reports beside holders the news names all the
         * time ("Phó Thủ tướng Tô Lâm", two articles, beside five
         * deputies seen in fifty each) — but not one well attested (five
         * articles, REG_WELL_ATTESTED): a Politburo member named in five
         * reports from May is a member in April however often the
         * others are named (session 25) */
        int reported = certain ? reg_post_reported(txn, post, lo, hi, &l, err) : 0;
        if (reported < 0) {
            free(l.h);
            return -1;
        }
        for (size_t i = 0; certain && i < l.n;)
            if (l.h[i].cert != TB_CERTAIN &&
                (!tb_established(&l.h[i].t) || (reported && l.h[i].dist > REG_SILENT_DAYS) ||
                 (weakest >= 8 && !(l.h[i].t.flags & TB_F_STATED) &&
                  l.h[i].t.count < REG_WELL_ATTESTED && (uint64_t)l.h[i].t.count * 4 <= weakest))) {
                l.h[i] = l.h[--l.n];
                l.aside++;
            } else {
                i++;
            }
    }
    /* a lone report more than a year after the date does not reach back
     * to it (rule 14) */
    for (size_t i = 0; dated && i < l.n;) {
        int early = reg_holder_lone_early(txn, &l.h[i], lo, hi, err);
        if (early < 0) {
            free(l.h);
            return -1;
        }
        if (early) {
            l.h[i] = l.h[--l.n];
            l.aside++;
        } else {
            i++;
        }
    }
    /* one holder at a time: a holder certain through the whole period
     * leaves no room for anyone else in it */
    if (dated && r == 0 && p.single_holder && !reg_holders_overlap(&l)) {
        int sole = 0;
        /* a newcomer reported only after the next handover of the post
         * came with it (rule 19) */
        if (reg_holders_renewed(txn, lx, post, &l, lo, hi, err) < 0) {
            free(l.h);
            return -1;
        }
        reg_holders_weigh(&l);
        reg_holders_replaced(&l, lo, hi);
        reg_holders_presumed(&l, lo, hi);
        reg_holders_succeeded(&l, lo, hi);
        reg_holders_lone_after(&l, lo, hi);
        reg_holders_nearer(&l);
        for (size_t i = 0; i < l.n; i++)
            sole |= l.h[i].cert == TB_CERTAIN && l.h[i].t.s2 <= lo && l.h[i].t.e1 >= hi;
        for (size_t i = 0; sole && i < l.n;)
            if (l.h[i].cert != TB_CERTAIN)
                l.h[i] = l.h[--l.n];
            else
                i++;
        /* a holder only possible who had moved on to another one-holder
         * post by the date is set aside (rule 12) */
        if (!sole && reg_holders_away(txn, &l, &p, lo, hi, 12, err) < 0) {
            free(l.h);
            return -1;
        }
    }
    /* a post served for a short usual term (rule 22) */
    if (dated && r == 0)
        reg_holders_short_term(lx, &p, &l);
    /* a holder only possible who was seen holding, nearer the date, a
     * post it cannot have held beside this one is set aside (rule 13) */
    if (dated && r == 0 && reg_holders_away(txn, &l, &p, lo, hi, 13, err) < 0) {
        free(l.h);
        return -1;
    }
    if (l.n > 1)
        qsort(l.h, l.n, sizeof *l.h, dated ? reg_holder_cmp_at : reg_holder_cmp_recent);
    *out = l.h;
    *count = l.n;
    if (aside)
        *aside = l.aside;
    return 0;
close_cursor:
    mdb_cursor_close(cur);
    free(l.h);
    if (far)
        free(kept.h);
    return -1;
}

/* reg_summary_build of a post's holders without a date. */
static int reg_holders_build(MDB_txn *txn, uint32_t post, void **items, size_t *count,
                             size_t *extra, tn_error *err)
{
    struct reg_holder *h = NULL;
    int r = reg_holders_walk(txn, NULL, post, 0, TB_OPEN_LO, TB_OPEN_HI, &h, count, extra, err);
    *items = h;
    return r;
}

/* The holders of one post (reg_holders_walk); without a date, its result
 * is kept per post until the writer touches the post (registry_summary.c). */
static int reg_holders(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, int dated, int32_t lo,
                       int32_t hi, struct reg_holder **out, size_t *count, size_t *aside,
                       tn_error *err)
{
    if (dated)
        return reg_holders_walk(txn, lx, post, dated, lo, hi, out, count, aside, err);
    void *items;
    size_t x;
    if (reg_summary_read(txn, REG_SUM_HOLDERS, post, sizeof **out, reg_holders_build, &items, count,
                         &x, err) < 0)
        return -1;
    *out = items;
    if (aside)
        *aside = x;
    return 0;
}

/* The post a canonical key names: 1 and *id, 0 none, -1 on error. */
static int reg_post_of_key(MDB_txn *txn, const char *key, uint32_t *id, tn_error *err)
{
    MDB_val k = reg_key_val(key), v;
    if (k.mv_size == 0)
        return 0;
    int r = reg_get(txn, reg_db.post_by_key, &k, &v, "mdb_get(post_by_key)", err);
    if (r < 0)
        return -1;
    if (r != 0 || v.mv_size != 4)
        return 0;
    *id = reg_get_u32(v.mv_data);
    return 1;
}

/* The post a key of the lexicon names (implied_seats.tsv, terms.tsv): 1
 * and *id, 0 none, -1 on error.  The same few keys are asked by every `who`
 * and by `org` for each post, so the answer is kept for the snapshot
 * (registry_summary.c). */
static int reg_post_of_lexkey(MDB_txn *txn, const char *key, uint32_t *id, tn_error *err)
{
    int r = reg_summary_key_get(txn, key, id);
    if (r >= 0)
        return r;
    r = reg_post_of_key(txn, key, id, err);
    if (r >= 0)
        reg_summary_key_put(txn, key, r, r ? *id : 0);
    return r;
}

/* Whether post is a seat some post gives by statute (implied_seats.tsv):
 * 1 yes, 0 no, -1 on error. */
static int reg_seat_implied(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, tn_error *err)
{
    const char *pk, *sk;
    for (size_t i = 0; tx_implied_seat(lx, i, &pk, &sk); i++) {
        uint32_t seat = 0;
        int r = reg_post_of_lexkey(txn, sk, &seat, err);
        if (r != 0 && (r < 0 || seat == post))
            return r;
    }
    return 0;
}

/* The member seat of a body named by text ("Bộ Chính trị" -> "Ủy viên Bộ
 * Chính trị", the seat roles.tsv calls a member's), when the store has that
 * post: 1 and *id, 0 none, -1 on error. */
static int reg_member_seat(MDB_txn *txn, const tx_lexicon *lx, const char *body, uint32_t *id,
                           tn_error *err)
{
    size_t n = strlen(body) + sizeof "Ủy viên ";
    char *seat = xmalloc(n);
    snprintf(seat, n, "Ủy viên %s", body);
    char *key = tx_canonical_key(lx, seat);
    free(seat);
    if (!key)
        return 0;
    int r = reg_post_of_key(txn, key, id, err);
    free(key);
    return r;
}

/* Rule 16: a seat of a body elected for a term (terms.tsv: the Politburo's,
 * the Secretariat's, the Central Committee's, renewed by each Party
 * congress) is held term by term: a member of one term sits in the next
 * only if elected again.  At a date inside one term, when the articles show
 * that term's membership (a holder of the seat seen in it), a holder only
 * `possible` whose every sighting in the seat lies before the term began,
 * or after it ended, is set aside: its open bound crosses a renewal that
 * nothing says it survived.  A date spanning a renewal, or a term nobody
 * is seen in, keeps every holder.  Holders through another post (rule 15)
 * answer by their own post's rules.  0, or -1 on error. */
static int reg_holders_term(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, int32_t lo,
                            int32_t hi, struct reg_holder *h, size_t *n, size_t *aside,
                            tn_error *err)
{
    /* something to set aside beside something shown */
    size_t possible = 0;
    for (size_t j = 0; j < *n; j++)
        possible += h[j].cert != TB_CERTAIN;
    if (*n < 2 || possible == 0)
        return 0;
    /* a seat of a body's members only: a one-holder post's calendar is
     * rule 19's (reg_holders_renewed) */
    reg_post sp;
    int pr = reg_post_get(txn, post, &sp, err);
    if (pr < 0)
        return -1;
    if (pr != 0 || !sp.member)
        return 0;
    const char *days;
    int rr = reg_post_renewals(txn, lx, post, &days, err);
    if (rr <= 0)
        return rr;
    /* the term of [lo, hi]: from the last renewal by lo to the first after
     * hi, none between them */
    int32_t from = TB_OPEN_LO, to = TB_OPEN_HI, at;
    while ((rr = reg_renewal_next(&days, &at)) > 0) {
        if (at <= lo)
            from = at;
        else if (at <= hi)
            return 0; /* the date spans a renewal */
        else if (to == TB_OPEN_HI)
            to = at;
    }
    if (rr < 0)
        return 0;
    int shown = 0;
    for (size_t j = 0; j < *n && !shown; j++)
        shown = h[j].post == post && h[j].t.own_s2 < to && h[j].t.own_e1 >= from &&
                h[j].t.own_e1 != TB_OPEN_LO && h[j].t.own_s2 != TB_OPEN_HI;
    for (size_t j = 0; shown && j < *n;) {
        const tb_tenure *t = &h[j].t;
        if (h[j].post == post && h[j].cert != TB_CERTAIN &&
            ((t->own_e1 != TB_OPEN_LO && t->own_e1 < from) ||
             (t->own_s2 != TB_OPEN_HI && t->own_s2 >= to))) {
            memmove(&h[j], &h[j + 1], (*n - j - 1) * sizeof *h);
            (*n)--;
            (*aside)++;
        } else {
            j++;
        }
    }
    return 0;
}

/* Rule 15: the holders of the posts that give a seat by statute
 * (implied_seats.tsv) sit in it too, at the date or ever: "Tổng Bí thư
 * Nguyễn Phú Trọng" is a member of the Politburo, though the news seldom
 * writes that seat beside his title.  Each such holder is added once —
 * a person seen in the seat itself keeps that tenure — with its own
 * post's tenure and certainty (its answer by the rules of that post), so
 * `why` shows the articles that name it in that post.  1 when the post is
 * such a seat (its undated answer is then not kept: it depends on posts
 * that may not exist yet), 0 when not, -1 on error. */
static int reg_holders_implied(MDB_txn *txn, const tx_lexicon *lx, uint32_t post, int dated,
                               int32_t lo, int32_t hi, struct reg_holder **h, size_t *n,
                               tn_error *err)
{
    const char *pk, *sk;
    int seated = 0;
    for (size_t i = 0; tx_implied_seat(lx, i, &pk, &sk); i++) {
        uint32_t seat = 0, from = 0;
        int r = reg_post_of_lexkey(txn, sk, &seat, err);
        if (r < 0)
            return -1;
        if (r == 0 || seat != post)
            continue;
        seated = 1;
        r = reg_post_of_lexkey(txn, pk, &from, err);
        if (r < 0)
            return -1;
        if (r == 0 || from == post)
            continue;
        struct reg_holder *q = NULL;
        size_t qn = 0;
        if (reg_holders(txn, lx, from, dated, lo, hi, &q, &qn, NULL, err) < 0)
            return -1;
        struct reg_holder *nh = qn ? xreallocarray(*h, *n + qn, sizeof *nh) : *h;
        *h = nh;
        for (size_t j = 0; j < qn; j++) {
            int seen = 0;
            for (size_t k = 0; k < *n && !seen; k++)
                seen = nh[k].person == q[j].person;
            if (!seen)
                nh[(*n)++] = q[j];
        }
        free(q);
    }
    if (seated && *n > 1)
        qsort(*h, *n, sizeof **h, dated ? reg_holder_cmp_at : reg_holder_cmp_recent);
    return seated;
}

/* A bound day: "YYYY-MM-DD", or null when open (reg_day_json's text). */
static void reg_day_w(jw *w, int32_t day)
{
    if (day == TB_OPEN_LO || day == TB_OPEN_HI) {
        jw_null(w);
        return;
    }
    pdate d = pdate_from_days(day);
    jw_pdate(w, &d);
}

/* {"after": …, "before": …} (reg_bounds_json's text). */
static void reg_bounds_w(jw *w, int32_t after, int32_t before)
{
    jw_obj(w);
    jw_key(w, "after");
    reg_day_w(w, after);
    jw_key(w, "before");
    reg_day_w(w, before);
    jw_obj_end(w);
}

/* The common members of a tenure. */
static void reg_tenure_fields(jw *w, const tb_tenure *t)
{
    pdate d;
    jw_key(w, "first_seen");
    d = tb_span_pdate(&t->first_seen);
    jw_pdate(w, &d);
    jw_key(w, "last_seen");
    d = tb_span_pdate(&t->last_seen);
    jw_pdate(w, &d);
    jw_key(w, "start");
    reg_bounds_w(w, t->s1, t->s2);
    jw_key(w, "end");
    reg_bounds_w(w, t->e1, t->e2);
    jw_key(w, "status");
    jw_str(w, tb_status_name(t->last_status));
    jw_key(w, "evidence");
    jw_int(w, t->count);
}

/* A stored name (person, organization or post label) as a JSON string, or
 * null when the id is unknown.  Stored names are valid UTF-8 (reg_name_of
 * in registry.c: they come from checked JSON strings and normalized text). */
static void reg_name_w(jw *w, MDB_txn *txn, char kind, uint32_t id)
{
    const char *name, *fold;
    size_t nl, fl;
    if (reg_name_fold(txn, kind, id, &name, &nl, &fold, &fl) == 0)
        jw_strn(w, name, nl);
    else
        jw_null(w);
}

/* The head of a who, person or org answer: the entity's name and id
 * under their keys, then "at" (the date asked or null) when at_key. */
static void reg_head_w(jw *w, MDB_txn *txn, char kind, uint32_t id, const char *name_key,
                       const char *id_key, int at_key, const char *at)
{
    jw_keyn(w, name_key, strlen(name_key));
    reg_name_w(w, txn, kind, id);
    jw_keyn(w, id_key, strlen(id_key));
    jw_int(w, id);
    if (!at_key)
        return;
    jw_key(w, "at");
    if (at)
        jw_str(w, at);
    else
        jw_null(w);
}

/* One holder's members (the object is the caller's).  Without a date every
 * holder listed certainly held the post at some time, so the contract's
 * "certainty" is "certain". */
static void reg_holder_fields(jw *w, MDB_txn *txn, const struct reg_holder *h)
{
    jw_key(w, "person");
    reg_name_w(w, txn, REG_KIND_PERSON, h->person);
    jw_key(w, "person_id");
    jw_int(w, h->person);
    jw_key(w, "certainty");
    jw_str(w, h->cert == TB_CERTAIN ? "certain" : "possible");
    tb_tenure full;
    reg_tenure_fields(w, reg_tenure_get(txn, h->person, h->post, &full, NULL) == 0 ? &full : &h->t);
}

/* The newest sighting among holders h[0..n). */
static void reg_newest_seen(tb_span *newest, const struct reg_holder *h, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tb_span_known(&h[i].t.last_seen) &&
            (!tb_span_known(newest) || h[i].t.last_seen.hi > newest->hi))
            *newest = h[i].t.last_seen;
}

/* A dated answer (who, org) whose date begins more than a year after the
 * newest sighting of every holder it lists is made of open ends (nothing
 * read ends their tenure), not of articles of that time: it says so. */
static void reg_beyond_w(jw *w, int32_t lo, const tb_span *newest)
{
    if (!tb_span_known(newest) || lo <= newest->hi + 365)
        return;
    pdate d = tb_span_pdate(newest);
    jw_key(w, "beyond_evidence");
    jw_pdate(w, &d);
}

/* A Jansson value (stolen) written as one value: the rare, large parts
 * (--why) keep their tree. */
static void reg_tree_w(jw *w, json_t *v)
{
    char *s = v ? json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
    json_decref(v);
    if (!s) {
        w->oom = 1;
        return;
    }
    jw_raw(w, s, strlen(s));
    free(s);
}

/* The tree of a written answer (for callers that want one: batches, the
 * watch method, tests); NULL with err set when the text is unusable. */
static json_t *reg_tree_of(jw *w, tn_error *err)
{
    char *text;
    size_t len;
    json_error_t je;
    if (jw_finish(w, &text, &len) != 0) {
        tn_error_set(err, TENURE_E_INTERNAL_ERROR, "out of memory");
        return NULL;
    }
    json_t *r = json_loadb(text, len, 0, &je);
    free(text);
    if (!r)
        tn_error_set(err, TENURE_E_INTERNAL_ERROR, "answer is not JSON: %s", je.text);
    return r;
}

/* "alternatives": labels or names of the runner-up matches (when any). */
static void reg_alternatives(jw *w, MDB_txn *txn, char kind, const reg_match *m, int n)
{
    if (n <= 1)
        return;
    jw_key(w, "alternatives");
    jw_arr(w);
    for (int i = 1; i < n && i <= REG_ALTERNATIVES; i++) {
        const char *name, *fold;
        size_t nl, fl;
        if (reg_name_fold(txn, kind, m[i].id, &name, &nl, &fold, &fl) != 0)
            continue;
        jw_obj(w);
        jw_key(w, "name");
        jw_strn(w, name, nl);
        jw_key(w, "id");
        jw_int(w, m[i].id);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

/* Not found, naming what was asked. */
static json_t *reg_not_found(tn_error *err, const char *what, const char *text)
{
    tn_error_set(err, TENURE_E_NOT_FOUND, "no %s matches \"%.120s\"", what, text);
    return NULL;
}

/* Evidence items listed per holder by --why. */
#define REG_WHY_ITEMS 12
/* Bytes of a snippet's head in --why. */
#define REG_WHY_SNIPPET 160

/* A bound day as text for the reasons ("2017-03-04", or "open"). */
static void reg_why_day(char *buf, size_t n, int32_t day)
{
    if (day == TB_OPEN_LO || day == TB_OPEN_HI) {
        snprintf(buf, n, "open");
        return;
    }
    pdate d = pdate_from_days(day);
    snprintf(buf, n, "%04d-%02d-%02d", (d.year % 10000 + 10000) % 10000, d.month % 100,
             d.day % 100);
}

/* Which bounds one observation gives the tenure (its own bounds). */
static json_t *reg_why_marks(const tb_obs *o, const tb_tenure *t)
{
    json_t *m = json_array();
    int timeline = tb_span_known(&o->from) || tb_span_known(&o->to);
    int held = o->status == TB_CURRENT || o->status == TB_ACTING || o->status == TB_APPOINTED;
    const tb_span *d = &o->date;
    if ((tb_span_known(&o->from) && o->from.lo == t->s1) ||
        (!timeline && o->status == TB_APPOINTED && tb_span_known(d) && d->lo == t->s1))
        json_array_append_new(m, json_string("start.after"));
    if ((tb_span_known(&o->from) && o->from.hi == t->own_s2) ||
        (!timeline && tb_span_known(d) && d->hi == t->own_s2))
        json_array_append_new(m, json_string("start.before"));
    if ((tb_span_known(&o->to) && o->to.lo == t->own_e1) ||
        (!timeline && held && tb_span_known(d) && d->lo == t->own_e1) ||
        (timeline && !tb_span_known(&o->to) && held && tb_span_known(d) && d->lo == t->own_e1))
        json_array_append_new(m, json_string("end.after"));
    if ((tb_span_known(&o->to) && o->to.hi == t->e2) ||
        (!timeline && !held && tb_span_known(d) && d->hi == t->e2))
        json_array_append_new(m, json_string("end.before"));
    /* a sighting in office outside the window the bounds keep was set aside
     * (a misdated article, or one outweighed by end statements) */
    if (!timeline && held && tb_span_known(d) && tb_span_known(&t->hold_first) &&
        tb_span_known(&t->hold_last) && (d->hi < t->hold_first.lo || d->lo > t->hold_last.hi))
        json_array_append_new(m, json_string("set_aside"));
    return m;
}

/* One piece of evidence for --why. */
struct reg_why_item {
    unsigned char key[18];
    reg_ev ev;
    int marked;
    int32_t day;
};

/* Marked items first, then the most recent. */
static int reg_why_cmp(const void *a, const void *b)
{
    const struct reg_why_item *x = a, *y = b;
    if (x->marked != y->marked)
        return y->marked - x->marked;
    if (x->day != y->day)
        return x->day < y->day ? 1 : -1;
    return memcmp(x->key, y->key, 18);
}

/* The reason for a holder's certainty and its bounds, and the evidence
 * behind them, article by article: the items that set a bound first, then
 * the most recent, at most REG_WHY_ITEMS (with the total). */
static json_t *reg_why(MDB_txn *txn, const struct reg_holder *h, const tb_tenure *t, int dated,
                       const char *at)
{
    char r[512], a[24], b[24], c[24], d[24];
    json_t *o = json_object();
    reg_why_day(a, sizeof a, t->s2);
    reg_why_day(b, sizeof b, t->e1);
    if (!dated)
        snprintf(r, sizeof r, "held the post: seen in %u article(s), %s", t->count,
                 tb_established(t) ? "corroborated or stated explicitly"
                                   : "a single article, the only report of this post's holder");
    else if (h->cert == TB_CERTAIN)
        snprintf(r, sizeof r,
                 "certain: in office by %s and still on %s, which encloses %s (%u article(s): "
                 "%u in office, %u out of it, %u explicit)",
                 a, b, at, t->count, t->held_n, t->gone_n, t->explicit_n);
    else if (h->weighed == 3)
        snprintf(r, sizeof r,
                 "possible: seen in %u article(s), none of them dated, and nobody is known in "
                 "office on %s: the undated reports are the answer there is",
                 t->count, at);
    else if (h->weighed == 2)
        snprintf(r, sizeof r,
                 "possible: its evidence encloses %s, but it is a single report while other "
                 "holders are certain then on four or more articles each",
                 at);
    else if (h->weighed)
        snprintf(r, sizeof r,
                 "possible: its evidence encloses %s, but another holder of this one-holder post "
                 "is certain then with at least four times as many articles (%u here)",
                 at, t->count);
    else
        snprintf(r, sizeof r,
                 "possible: no evidence encloses %s (in office by %s, still on %s); its bounds "
                 "allow it, an open bound reaching one term (five years) beyond the sightings",
                 at, a, b);
    json_object_set_new(o, "certainty", json_string(r));
    reg_why_day(a, sizeof a, t->s1);
    reg_why_day(b, sizeof b, t->s2);
    reg_why_day(c, sizeof c, t->e1);
    reg_why_day(d, sizeof d, t->e2);
    snprintf(r, sizeof r, "started after %s (%s), by %s (its earliest kept sighting or statement)",
             a,
             t->s1 == TB_OPEN_LO  ? "nothing bounds it"
             : t->s1 == t->own_s1 ? "an appointment or career line"
                                  : "after the last sighting of a predecessor",
             b);
    json_object_set_new(o, "start", json_string(r));
    snprintf(r, sizeof r,
             "still in office on %s (its latest kept sighting or statement); ended by %s (%s)", c,
             d,
             t->e2 == TB_OPEN_HI  ? "nothing bounds it"
             : t->e2 == t->own_e2 ? "an end statement, a career line or a \"nguyên\""
                                  : "the first sighting of an established successor");
    json_object_set_new(o, "end", json_string(r));

    /* the evidence, read from this (person, post) slice only */
    struct reg_why_item *items = NULL;
    size_t n = 0, cap = 0;
    MDB_cursor *cur;
    unsigned char pk[4], pv[REG_EVIDX_LEN] = {0};
    reg_put_u32(pk, h->person);
    reg_put_u32(pv, h->post);
    MDB_val k = {4, pk}, v = {REG_EVIDX_LEN, pv};
    if (mdb_cursor_open(txn, reg_db.evidence_by_person, &cur) == 0) {
        int rc;
        for (rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH_RANGE); rc == 0 && n < 4096;
             rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
            const unsigned char *p = v.mv_data;
            if (reg_get_u32(p) != h->post)
                break;
            MDB_val ek = {18, (void *)(p + 8)}, ev;
            if (mdb_get(txn, reg_db.evidence, &ek, &ev) != 0 || ev.mv_size < sizeof(reg_ev))
                continue;
            if (n == cap) {
                cap = cap ? cap * 2 : 32;
                items = xreallocarray(items, cap, sizeof *items);
            }
            memcpy(items[n].key, p + 8, 18);
            memcpy(&items[n].ev, ev.mv_data, sizeof(reg_ev));
            json_t *m = reg_why_marks(&items[n].ev.obs, t);
            items[n].marked = json_array_size(m) > 0;
            json_decref(m);
            items[n].day =
                tb_span_known(&items[n].ev.obs.date) ? items[n].ev.obs.date.hi : TB_OPEN_LO;
            n++;
        }
        mdb_cursor_close(cur);
    }
    if (n > 1)
        qsort(items, n, sizeof *items, reg_why_cmp);
    json_t *list = json_array();
    for (size_t i = 0; i < n && i < REG_WHY_ITEMS; i++) {
        char hex[33];
        for (int j = 0; j < 16; j++)
            snprintf(hex + 2 * j, 3, "%02x", items[i].key[j]);
        json_t *e = json_object();
        json_object_set_new(e, "article", json_string(hex));
        json_object_set_new(e, "date", reg_span_json(&items[i].ev.obs.date));
        /* a guessed year outside its feed's period, read as no date
         * (docs/REGISTRY.md, "Dates"): the guess, so the analyst sees why */
        struct store_article art;
        tn_error aerr = {0}; /* an unreadable record shows no guess */
        if (items[i].ev.obs.date.firm == TB_SPAN_SHELVED &&
            store_article_get(txn, items[i].key, &art, &aerr) == 1 && art.date.prec != PDATE_NONE) {
            tb_span g = tb_span_from_pdate(&art.date);
            json_object_set_new(e, "guessed", reg_span_json(&g));
        }
        json_decref(aerr.data);
        json_object_set_new(e, "status", json_string(tb_status_name(items[i].ev.obs.status)));
        if (tb_span_known(&items[i].ev.obs.from))
            json_object_set_new(e, "from", reg_span_json(&items[i].ev.obs.from));
        if (tb_span_known(&items[i].ev.obs.to))
            json_object_set_new(e, "to", reg_span_json(&items[i].ev.obs.to));
        json_object_set_new(e, "bounds", reg_why_marks(&items[i].ev.obs, t));
        MDB_val ek = {18, items[i].key}, ev;
        json_t *snip = json_null();
        if (mdb_get(txn, reg_db.evidence, &ek, &ev) == 0 && ev.mv_size > sizeof(reg_ev)) {
            const char *sp = (const char *)ev.mv_data + sizeof(reg_ev);
            size_t sl = ev.mv_size - sizeof(reg_ev);
            if (sl > REG_WHY_SNIPPET) {
                sl = REG_WHY_SNIPPET;
                while (sl > 0 && ((unsigned char)sp[sl] & 0xC0) == 0x80)
                    sl--;
            }
            json_decref(snip);
            snip = json_stringn(sp, sl);
            if (!snip)
                snip = json_null();
        }
        json_object_set_new(e, "snippet", snip);
        json_array_append_new(list, e);
    }
    free(items);
    json_object_set_new(o, "evidence", list);
    json_object_set_new(o, "evidence_total", json_integer((json_int_t)n));
    return o;
}

/* who POSITION [--at DATE]: at most limit holders (0: the default),
 * "total" counting every holder found. */
json_t *registry_who(MDB_txn *txn, const tx_lexicon *lx, const char *position, const char *at,
                     int limit, tn_error *err)
{
    return registry_who_why(txn, lx, position, at, limit, 0, err);
}

/* who, with the reasons when asked. */
json_t *registry_who_why(MDB_txn *txn, const tx_lexicon *lx, const char *position, const char *at,
                         int limit, int why, tn_error *err)
{
    jw w;
    jw_init(&w);
    jw_obj(&w);
    if (registry_who_write(txn, lx, position, at, limit, why, &w, err) < 0) {
        jw_free(&w);
        return NULL;
    }
    jw_obj_end(&w);
    return reg_tree_of(&w, err);
}

/* who, written as JSON text: the members of the answer's object, which the
 * caller opens and closes (a handler may add its own after them). */
int registry_who_write(MDB_txn *txn, const tx_lexicon *lx, const char *position, const char *at,
                       int limit, int why, jw *w, tn_error *err)
{
    reg_match m[REG_ALTERNATIVES + 1];
    struct reg_holder *h = NULL;
    size_t n = 0;
    int32_t lo, hi;
    if (limit <= 0)
        limit = REG_HOLDERS_DEFAULT;
    if (reg_parse_at(at, &lo, &hi, err) < 0)
        return -1;
    int nm = reg_lookup_ranked(txn, lx, REG_KIND_POST, position, m, REG_ALTERNATIVES + 1, err);
    int org_named = 0;
    /* a chain of titles as the news writes it ("Bộ trưởng, Chủ nhiệm Ủy ban
     * Dân tộc"): no post is the whole chain, so its last title answers
     * (the answer's "position" says which post it is) */
    const char *last = position ? strrchr(position, ',') : NULL;
    if (nm == 0 && last) {
        while (*++last == ' ')
            ;
        if (*last)
            nm = reg_lookup_ranked(txn, lx, REG_KIND_POST, last, m, REG_ALTERNATIVES + 1, err);
    }
    if (nm < 0)
        return -1;
    if (nm == 0) {
        /* "who sat in the Bộ Chính trị?": a body, not a post — its member
         * seat answers when the store has one ("Ủy viên Bộ Chính trị", its
         * label in the answer's "position"); else `org` does, so say so */
        reg_match om;
        org_named = position && reg_lookup(txn, lx, REG_KIND_ORG, position, &om, 1, err) > 0;
        if (org_named) {
            int r = reg_member_seat(txn, lx, position, &m[0].id, err);
            if (r < 0)
                return -1;
            if (r > 0) {
                m[0].score = 100;
                m[0].weight = 0;
                nm = 1;
            }
        }
    }
    if (nm == 0) {
        if (position && org_named)
            tn_error_set(err, TENURE_E_NOT_FOUND,
                         "no post matches \"%.120s\"; an organization does: ask org \"%.120s\" "
                         "for its posts and their holders",
                         position, position);
        else
            reg_not_found(err, "post", position);
        return -1;
    }
    /* undated, the default limit, no reasons: the post's answer text when
     * kept (registry_summary.c); its only dependency is the post's holders
     * (a holder's name is written once; its tenure is the post's) */
    int keep = !at && !why && limit == REG_HOLDERS_DEFAULT && jw_fresh(w);
    /* ... not of a seat given by other posts (rule 15): its answer depends
     * on posts that may not exist yet */
    int seat = keep ? reg_seat_implied(txn, lx, m[0].id, err) : 0;
    if (seat < 0)
        return -1;
    keep = keep && !seat;
    if (keep && reg_summary_text_get(txn, REG_TEXT_WHO, m[0].id, w)) {
        reg_alternatives(w, txn, REG_KIND_POST, m, nm);
        return 0;
    }
    size_t mark = w->len;
    size_t aside = 0;
    if (reg_holders(txn, lx, m[0].id, at != NULL, lo, hi, &h, &n, &aside, err) < 0)
        return -1;
    if (at && reg_holders_term(txn, lx, m[0].id, lo, hi, h, &n, &aside, err) < 0) {
        free(h);
        return -1;
    }
    if (reg_holders_implied(txn, lx, m[0].id, at != NULL, lo, hi, &h, &n, err) < 0) {
        free(h);
        return -1;
    }
    reg_head_w(w, txn, REG_KIND_POST, m[0].id, "position", "post_id", 1, at);
    jw_key(w, "holders");
    jw_arr(w);
    for (size_t i = 0; i < n && i < (size_t)limit; i++) {
        jw_obj(w);
        reg_holder_fields(w, txn, &h[i]);
        if (h[i].post != m[0].id) {
            /* a seat held through another post (rule 15) */
            jw_key(w, "through");
            reg_name_w(w, txn, REG_KIND_POST, h[i].post);
            jw_key(w, "through_post_id");
            jw_int(w, h[i].post);
        }
        tb_tenure full;
        if (why && reg_tenure_get(txn, h[i].person, h[i].post, &full, NULL) == 0) {
            jw_key(w, "why");
            reg_tree_w(w, reg_why(txn, &h[i], &full, at != NULL, at));
        }
        jw_obj_end(w);
    }
    jw_arr_end(w);
    tb_span newest = {.prec = PDATE_NONE};
    reg_newest_seen(&newest, h, n < (size_t)limit ? n : (size_t)limit);
    if (at)
        reg_beyond_w(w, lo, &newest);
    free(h);
    jw_key(w, "total");
    jw_int(w, (long long)n);
    jw_key(w, "set_aside");
    jw_int(w, (long long)aside);
    if (keep && !w->oom) {
        reg_text_deps d = {0};
        reg_text_dep(&d, REG_SUM_HOLDERS, m[0].id);
        reg_summary_text_put(txn, REG_TEXT_WHO, m[0].id, w->buf + mark, w->len - mark, &d);
    }
    reg_alternatives(w, txn, REG_KIND_POST, m, nm);
    return 0;
}

/* A person's tenures, oldest first. */
struct reg_pos {
    uint32_t post;
    tb_tenure t;
};

/* Oldest first by first sighting (then by post id). */
static int reg_pos_cmp(const void *a, const void *b)
{
    const struct reg_pos *x = a, *y = b;
    int32_t fx = tb_span_known(&x->t.first_seen) ? x->t.first_seen.lo : TB_OPEN_HI;
    int32_t fy = tb_span_known(&y->t.first_seen) ? y->t.first_seen.lo : TB_OPEN_HI;
    if (fx != fy)
        return fx < fy ? -1 : 1;
    return x->post < y->post ? -1 : x->post > y->post;
}

/* Every tenure of a person (a range of the tenures database). */
static int reg_person_tenures_walk(MDB_txn *txn, uint32_t person, struct reg_pos **out,
                                   size_t *count, tn_error *err)
{
    MDB_cursor *cur;
    struct reg_pos *p = NULL;
    size_t n = 0, cap = 0;
    unsigned char k0[8] = {0};
    reg_put_u32(k0, person);
    MDB_val k = {8, k0}, v;
    int rc = mdb_cursor_open(txn, reg_db.tenures, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(tenures)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (k.mv_size != 8 || reg_get_u32(k.mv_data) != person)
            break;
        if (v.mv_size != sizeof(tb_tenure))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            p = xreallocarray(p, cap, sizeof *p);
        }
        p[n].post = reg_get_u32((const unsigned char *)k.mv_data + 4);
        memcpy(&p[n].t, v.mv_data, sizeof p[n].t);
        n++;
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND) {
        free(p);
        return reg_fail(err, "mdb_cursor_get(tenures)", rc);
    }
    if (n > 1)
        qsort(p, n, sizeof *p, reg_pos_cmp);
    *out = p;
    *count = n;
    return 0;
}

/* reg_summary_build of a person's tenures. */
static int reg_person_tenures_build(MDB_txn *txn, uint32_t person, void **items, size_t *count,
                                    size_t *extra, tn_error *err)
{
    struct reg_pos *p = NULL;
    *extra = 0;
    int r = reg_person_tenures_walk(txn, person, &p, count, err);
    *items = p;
    return r;
}

/* A person's tenures (reg_person_tenures_walk), kept per person until the
 * writer touches one of them (registry_summary.c). */
static int reg_person_tenures(MDB_txn *txn, uint32_t person, struct reg_pos **out, size_t *count,
                              tn_error *err)
{
    void *items;
    size_t x;
    if (reg_summary_read(txn, REG_SUM_TENURES, person, sizeof **out, reg_person_tenures_build,
                         &items, count, &x, err) < 0)
        return -1;
    *out = items;
    return 0;
}

/* One of a person's positions. */
static void reg_pos_w(jw *w, MDB_txn *txn, const struct reg_pos *p)
{
    reg_post post;
    int found = reg_post_get(txn, p->post, &post, NULL) == 0;
    jw_obj(w);
    jw_key(w, "position");
    if (found)
        jw_strn(w, post.label, post.label_len);
    else
        jw_null(w);
    jw_key(w, "post_id");
    jw_int(w, p->post);
    const char *name, *fold;
    size_t nl, fl;
    if (found && post.org &&
        reg_name_fold(txn, REG_KIND_ORG, post.org, &name, &nl, &fold, &fl) == 0) {
        jw_key(w, "organization");
        jw_strn(w, name, nl);
    }
    reg_tenure_fields(w, &p->t);
    jw_obj_end(w);
}

/* The all-time holders of posts (`who` without a date), read once per
 * post for one answer: whether a post lists a person (docs/REGISTRY.md,
 * rules 4, 6 and 8 set the rest aside). */
struct reg_listed {
    uint32_t post;
    int all; /* read to the end of the holder window: lists anyone */
    uint32_t *persons;
    size_t n;
};
struct reg_listed_memo {
    struct reg_listed *e;
    size_t n, cap;
};

static void reg_listed_memo_free(struct reg_listed_memo *m)
{
    for (size_t i = 0; i < m->n; i++)
        free(m->e[i].persons);
    free(m->e);
    m->e = NULL;
    m->n = m->cap = 0;
}

/* 1 when post's all-time holders list person, 0 when they set it aside,
 * -1 on error.  A post read to the end of the holder window may list the
 * person beyond it: listed. */
static int reg_listed_on_post(MDB_txn *txn, struct reg_listed_memo *m, uint32_t post,
                              uint32_t person, tn_error *err)
{
    struct reg_listed *e = NULL;
    for (size_t i = 0; i < m->n && !e; i++)
        if (m->e[i].post == post)
            e = &m->e[i];
    if (!e) {
        struct reg_holder *h = NULL;
        size_t n = 0, aside = 0;
        if (m->n == m->cap) {
            size_t cap = m->cap ? m->cap * 2 : 16;
            m->e = xreallocarray(m->e, cap, sizeof *m->e);
            m->cap = cap;
        }
        if (reg_holders(txn, NULL, post, 0, TB_OPEN_LO, TB_OPEN_HI, &h, &n, &aside, err) < 0)
            return -1;
        e = &m->e[m->n];
        e->post = post;
        e->all = n + aside >= REG_HOLDER_WINDOW;
        e->n = e->all ? 0 : n;
        e->persons = e->n ? xmalloc(e->n * sizeof *e->persons) : NULL;
        for (size_t i = 0; i < e->n; i++)
            e->persons[i] = h[i].person;
        free(h);
        m->n++;
    }
    for (size_t i = 0; !e->all && i < e->n; i++)
        if (e->persons[i] == person)
            return 1;
    return e->all;
}

/* The person a free-text name means, with alternatives; NULL when none. */
static int reg_person_pick(MDB_txn *txn, const char *name, reg_match *m, tn_error *err)
{
    int nm = reg_lookup_ranked(txn, NULL, REG_KIND_PERSON, name, m, REG_ALTERNATIVES + 1, err);
    if (nm == 0)
        reg_not_found(err, "person", name);
    return nm;
}

/* person NAME. */
json_t *registry_person(MDB_txn *txn, const char *name, tn_error *err)
{
    jw w;
    jw_init(&w);
    jw_obj(&w);
    if (registry_person_write(txn, name, &w, err) < 0) {
        jw_free(&w);
        return NULL;
    }
    jw_obj_end(&w);
    return reg_tree_of(&w, err);
}

/* person NAME, written as JSON text (the object's members). */
int registry_person_write(MDB_txn *txn, const char *name, jw *w, tn_error *err)
{
    reg_match m[REG_ALTERNATIVES + 1];
    struct reg_pos *p = NULL;
    size_t n = 0;
    int nm = reg_person_pick(txn, name, m, err);
    if (nm <= 0)
        return -1;
    /* the person's answer text when kept (registry_summary.c): it depends
     * on the person's tenures and on each post's record (the organization
     * a post first seen without one takes later) */
    int keep = jw_fresh(w);
    if (keep && reg_summary_text_get(txn, REG_TEXT_PERSON, m[0].id, w)) {
        reg_alternatives(w, txn, REG_KIND_PERSON, m, nm);
        return 0;
    }
    size_t mark = w->len;
    if (reg_person_tenures(txn, m[0].id, &p, &n, err) < 0)
        return -1;
    /* the posts whose all-time holders leave the person out are written
     * apart, as `who` sets them aside: "every post A held" must not list
     * the Prime Minister's office from one misread sentence */
    unsigned char *listed = n ? xmalloc(n) : NULL;
    size_t aside = 0;
    struct reg_listed_memo memo = {NULL, 0, 0};
    for (size_t i = 0; i < n; i++) {
        int r = reg_listed_on_post(txn, &memo, p[i].post, m[0].id, err);
        if (r < 0) {
            reg_listed_memo_free(&memo);
            free(listed);
            free(p);
            return -1;
        }
        listed[i] = (unsigned char)r;
        aside += !r;
    }
    reg_listed_memo_free(&memo);
    reg_head_w(w, txn, REG_KIND_PERSON, m[0].id, "person", "person_id", 0, NULL);
    reg_text_deps d = {0};
    reg_text_dep(&d, REG_SUM_TENURES, m[0].id);
    for (int part = 1; part >= 0; part--) {
        if (part)
            jw_key(w, "positions");
        else
            jw_key(w, "set_aside_positions");
        jw_arr(w);
        for (size_t i = 0; i < n; i++)
            if (listed[i] == part)
                reg_pos_w(w, txn, &p[i]);
        jw_arr_end(w);
    }
    jw_key(w, "set_aside");
    jw_int(w, (long long)aside);
    for (size_t i = 0; i < n; i++) {
        reg_text_dep(&d, REG_SUM_POST, p[i].post);
        reg_text_dep(&d, REG_SUM_HOLDERS, p[i].post);
    }
    free(listed);
    free(p);
    if (keep && !w->oom)
        reg_summary_text_put(txn, REG_TEXT_PERSON, m[0].id, w->buf + mark, w->len - mark, &d);
    else
        reg_text_deps_free(&d);
    reg_alternatives(w, txn, REG_KIND_PERSON, m, nm);
    return 0;
}

/* timeline NAME: the person's positions with the day of each evidence. */
json_t *registry_timeline(MDB_txn *txn, const char *name, tn_error *err)
{
    json_t *res = registry_person(txn, name, err), *pos;
    size_t i;
    if (!res)
        return NULL;
    json_array_foreach(json_object_get(res, "positions"), i, pos)
    {
        MDB_cursor *cur;
        unsigned char pk[4], pv[REG_EVIDX_LEN] = {0};
        reg_put_u32(pk, (uint32_t)json_integer_value(json_object_get(res, "person_id")));
        reg_put_u32(pv, (uint32_t)json_integer_value(json_object_get(pos, "post_id")));
        MDB_val k = {4, pk}, v = {REG_EVIDX_LEN, pv};
        json_t *dates = json_array();
        int rc = mdb_cursor_open(txn, reg_db.evidence_by_person, &cur);
        if (rc != 0) {
            json_decref(dates);
            json_decref(res);
            reg_fail(err, "mdb_cursor_open(evidence_by_person)", rc);
            return NULL;
        }
        for (rc = mdb_cursor_get(cur, &k, &v, MDB_GET_BOTH_RANGE);
             rc == 0 && json_array_size(dates) < 1000;
             rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
            const unsigned char *d = v.mv_data;
            if (memcmp(d, pv, 4) != 0)
                break;
            int32_t day = reg_get_day(d + 4);
            if (day != TB_OPEN_LO)
                json_array_append_new(dates, reg_day_json(day));
        }
        mdb_cursor_close(cur);
        if (rc != 0 && rc != MDB_NOTFOUND) {
            json_decref(dates);
            json_decref(res);
            reg_fail(err, "mdb_cursor_get(evidence_by_person)", rc);
            return NULL;
        }
        json_object_set_new(pos, "dates", dates);
    }
    return res;
}

/* Post labels already read for one answer: holders of one organization
 * share most of their other posts, so each label is looked up once (the
 * text stays in the read transaction's pages until it ends). */
#define REG_LABEL_CACHE 64
struct reg_label_cache {
    uint32_t id[REG_LABEL_CACHE];
    const char *label[REG_LABEL_CACHE]; /* NULL: empty slot */
    size_t len[REG_LABEL_CACHE];
};

/* Write the label of a post as a value through the cache; 0, or 1 (nothing
 * written) when the post is unknown. */
static int reg_label_cached(jw *w, MDB_txn *txn, struct reg_label_cache *c, uint32_t post)
{
    size_t i = (post * 2654435761u) % REG_LABEL_CACHE;
    reg_post p;
    for (size_t probe = 0; probe < REG_LABEL_CACHE; probe++, i = (i + 1) % REG_LABEL_CACHE) {
        if (c->label[i] && c->id[i] == post) {
            jw_strn(w, c->label[i], c->len[i]);
            return 0;
        }
        if (!c->label[i]) {
            if (reg_post_get(txn, post, &p, NULL) != 0)
                return 1;
            c->id[i] = post;
            c->label[i] = p.label;
            c->len[i] = p.label_len;
            jw_strn(w, p.label, p.label_len);
            return 0;
        }
    }
    if (reg_post_get(txn, post, &p, NULL) != 0) /* full: read it again */
        return 1;
    jw_strn(w, p.label, p.label_len);
    return 0;
}

/* org NAME [--at DATE]: every post of the organization with at most limit
 * holders each, and each holder's other posts (at the date when one is
 * given). */
json_t *registry_org(MDB_txn *txn, const tx_lexicon *lx, const char *name, const char *at,
                     int limit, tn_error *err)
{
    jw w;
    jw_init(&w);
    jw_obj(&w);
    if (registry_org_write(txn, lx, name, at, limit, &w, err) < 0) {
        jw_free(&w);
        return NULL;
    }
    jw_obj_end(&w);
    return reg_tree_of(&w, err);
}

/* org, written as JSON text (the object's members). */
int registry_org_write(MDB_txn *txn, const tx_lexicon *lx, const char *name, const char *at,
                       int limit, jw *w, tn_error *err)
{
    struct reg_label_cache *labels = xcalloc(1, sizeof *labels);
    reg_match m[REG_ALTERNATIVES + 1];
    MDB_cursor *cur;
    int32_t lo, hi;
    int ret = -1;
    if (limit <= 0)
        limit = REG_ORG_HOLDERS_DEFAULT;
    if (reg_parse_at(at, &lo, &hi, err) < 0)
        goto free_labels;
    int nm = reg_lookup_ranked(txn, lx, REG_KIND_ORG, name, m, REG_ALTERNATIVES + 1, err);
    if (nm < 0)
        goto free_labels;
    if (nm == 0) {
        reg_not_found(err, "organization", name);
        goto free_labels;
    }
    /* undated at the default limit: the organization's answer text when
     * kept (registry_summary.c); it depends on the organization's post
     * list, each post's holders and each holder's tenures (the other
     * positions; labels and names are written once) */
    int keep = !at && limit == REG_ORG_HOLDERS_DEFAULT && jw_fresh(w);
    if (keep && reg_summary_text_get(txn, REG_TEXT_ORG, m[0].id, w)) {
        reg_alternatives(w, txn, REG_KIND_ORG, m, nm);
        ret = 0;
        goto free_labels;
    }
    size_t mark = w->len;
    reg_text_deps d = {0};
    struct reg_listed_memo memo = {NULL, 0, 0};
    tb_span newest = {.prec = PDATE_NONE};
    reg_text_dep(&d, REG_SUM_ORG_POSTS, m[0].id);
    reg_head_w(w, txn, REG_KIND_ORG, m[0].id, "organization", "organization_id", 1, at);
    jw_key(w, "posts");
    jw_arr(w);
    unsigned char ok[4];
    reg_put_u32(ok, m[0].id);
    MDB_val k = {4, ok}, v;
    int rc = mdb_cursor_open(txn, reg_db.post_by_org, &cur);
    if (rc != 0) {
        reg_text_deps_free(&d);
        reg_fail(err, "mdb_cursor_open(post_by_org)", rc);
        goto free_labels;
    }
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        uint32_t post = reg_get_u32(v.mv_data);
        struct reg_holder *h = NULL;
        size_t n = 0;
        reg_text_dep(&d, REG_SUM_HOLDERS, post);
        size_t term_aside = 0;
        if (reg_holders(txn, lx, post, at != NULL, lo, hi, &h, &n, NULL, err) < 0)
            break;
        if (at && reg_holders_term(txn, lx, post, lo, hi, h, &n, &term_aside, err) < 0) {
            free(h);
            break;
        }
        if (n == 0) {
            /* the list may have room for holders read and left out */
            free(h);
            continue;
        }
        jw_obj(w);
        jw_key(w, "position");
        if (reg_label_cached(w, txn, labels, post) != 0)
            jw_null(w);
        jw_key(w, "post_id");
        jw_int(w, post);
        jw_key(w, "holders");
        jw_arr(w);
        for (size_t i = 0; i < n && i < (size_t)limit; i++) {
            struct reg_pos *p = NULL;
            size_t np = 0;
            jw_obj(w);
            reg_holder_fields(w, txn, &h[i]);
            reg_text_dep(&d, REG_SUM_TENURES, h[i].person);
            jw_key(w, "other_positions");
            jw_arr(w);
            if (reg_person_tenures(txn, h[i].person, &p, &np, err) == 0) {
                for (size_t j = 0; j < np; j++) {
                    if (p[j].post == post || (at && tb_certainty_at(&p[j].t, lo, hi) == TB_NO))
                        continue;
                    /* as `person` lists them: not a post whose holders
                     * set this one aside */
                    size_t read = memo.n;
                    int l = reg_listed_on_post(txn, &memo, p[j].post, h[i].person, err);
                    if (l < 0)
                        break;
                    if (memo.n > read) /* a post's holders read: a dependency */
                        reg_text_dep(&d, REG_SUM_HOLDERS, p[j].post);
                    if (l)
                        reg_label_cached(w, txn, labels, p[j].post);
                }
                free(p);
            }
            jw_arr_end(w);
            jw_obj_end(w);
        }
        jw_arr_end(w);
        jw_key(w, "total");
        jw_int(w, (long long)n);
        jw_obj_end(w);
        reg_newest_seen(&newest, h, n < (size_t)limit ? n : (size_t)limit);
        free(h);
        if (err->code)
            break;
    }
    mdb_cursor_close(cur);
    reg_listed_memo_free(&memo);
    if (err->code) {
        reg_text_deps_free(&d);
        goto free_labels;
    }
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_text_deps_free(&d);
        reg_fail(err, "mdb_cursor_get(post_by_org)", rc);
        goto free_labels;
    }
    jw_arr_end(w);
    if (at)
        reg_beyond_w(w, lo, &newest);
    if (keep && !w->oom)
        reg_summary_text_put(txn, REG_TEXT_ORG, m[0].id, w->buf + mark, w->len - mark, &d);
    else
        reg_text_deps_free(&d);
    reg_alternatives(w, txn, REG_KIND_ORG, m, nm);
    ret = 0;
free_labels:
    free(labels);
    return ret;
}

/* ---- search ------------------------------------------------------------- */

/* A search hit. */
struct reg_hit {
    char kind;
    uint32_t id;
    int score;
    size_t weight;
};

/* Ranked: score, then evidence, then kind and id. */
static int reg_hit_cmp(const void *a, const void *b)
{
    const struct reg_hit *x = a, *y = b;
    if (x->score != y->score)
        return y->score - x->score;
    if (x->weight != y->weight)
        return x->weight < y->weight ? 1 : -1;
    if (x->kind != y->kind)
        return x->kind - y->kind;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* By kind and id, to drop the duplicates a prefix walk finds. */
static int reg_hit_cmp_id(const void *a, const void *b)
{
    const struct reg_hit *x = a, *y = b;
    if (x->kind != y->kind)
        return x->kind - y->kind;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Score a name (its stored fold, not NUL-terminated) against query words
 * q (lengths ql): every query word must start a word of the name.  Reads
 * the fold in place: no copy, no allocation. */
static int reg_search_score(char **q, const size_t *ql, size_t nq, const char *f, size_t len)
{
    const char *w[32];
    size_t wl[32], nw = 0, whole = 0, hit = 0;
    for (size_t p = 0; p < len && nw < 32;) {
        while (p < len && !reg_word_byte((unsigned char)f[p]))
            p++;
        if (p == len)
            break;
        size_t s = p;
        while (p < len && reg_word_byte((unsigned char)f[p]))
            p++;
        w[nw] = f + s;
        wl[nw++] = p - s;
    }
    for (size_t i = 0; i < nq; i++) {
        int found = 0;
        for (size_t j = 0; j < nw && found < 2; j++) {
            if (wl[j] < ql[i] || memcmp(w[j], q[i], ql[i]) != 0)
                continue;
            found = wl[j] == ql[i] ? 2 : 1;
        }
        hit += found > 0;
        whole += found == 2;
    }
    /* whole words over prefixes, names the query covers more of, and
     * names that begin where the query begins */
    if (hit != nq || nq == 0)
        return 0;
    return 40 + (int)(whole * 40 / nq) + (int)(whole * 20 / (nw ? nw : 1)) +
           (nw && wl[0] == ql[0] && memcmp(w[0], q[0], ql[0]) == 0 ? 10 : 0);
}

/* Whether a word of a fold begins with w: a necessary condition for
 * reg_search_score, checked first because most entries of the driving
 * word's list lack some other query word. */
static int reg_has_word_prefix(const char *f, size_t len, const char *w, size_t wl)
{
    const char *end = f + len;
    for (const char *p = f; (size_t)(end - p) >= wl; p++) {
        p = memchr(p, w[0], (size_t)(end - p) - wl + 1);
        if (!p)
            return 0;
        if ((p == f || !reg_word_byte((unsigned char)p[-1])) && memcmp(p, w, wl) == 0)
            return 1;
    }
    return 0;
}

/* Word index entries under every word that begins with prefix, counted up
 * to a bound (past it the count only says "more"); -1 on error. */
static int reg_prefix_count(MDB_cursor *cur, const char *prefix, size_t pl, size_t bound,
                            size_t *count, tn_error *err)
{
    MDB_val k = reg_key_val(prefix), v;
    size_t sum = 0;
    int rc;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0 && sum <= bound;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_NODUP)) {
        size_t c = 0;
        if (k.mv_size < pl || memcmp(k.mv_data, prefix, pl) != 0)
            break;
        rc = mdb_cursor_count(cur, &c);
        if (rc != 0)
            return reg_fail(err, "mdb_cursor_count(words)", rc);
        sum += c;
    }
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(words)", rc);
    *count = sum;
    return 0;
}

/* The evidence weight of a hit, through cursors opened once per search; 0
 * also when LMDB fails (a ranking weight, never a decision: reg_dup_count). */
static size_t reg_hit_weight(MDB_cursor *const wc[3], const struct reg_hit *h)
{
    MDB_cursor *cur = h->kind == REG_KIND_PERSON ? wc[0] : h->kind == REG_KIND_POST ? wc[1] : wc[2];
    unsigned char k[4];
    size_t count = 0;
    reg_put_u32(k, h->id);
    MDB_val key = {4, k}, val;
    if (mdb_cursor_get(cur, &key, &val, MDB_SET) == 0 && mdb_cursor_count(cur, &count) != 0)
        count = 0;
    return count;
}

/* One word index entry of a search: scored and added to hits when every
 * query word begins a word of its name.  0 (a failed allocation aborts:
 * xmalloc). */
static int reg_search_take(MDB_txn *txn, const MDB_val *v, char **q, const size_t *ql, size_t nq,
                           size_t pick, struct reg_hit **hits, size_t *n, size_t *cap,
                           tn_error *err)
{
    char kind;
    uint32_t id;
    const char *name_fold;
    size_t fl;
    if (reg_word_fold(txn, v, &kind, &id, &name_fold, &fl) != 0)
        return 0;
    size_t qi = 0;
    while (qi < nq && (qi == pick || reg_has_word_prefix(name_fold, fl, q[qi], ql[qi])))
        qi++;
    if (qi < nq)
        return 0;
    int score = reg_search_score(q, ql, nq, name_fold, fl);
    if (score == 0)
        return 0;
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 32;
        *hits = xreallocarray(*hits, nc, sizeof **hits);
        *cap = nc;
    }
    (*hits)[*n].kind = kind;
    (*hits)[*n].id = id;
    (*hits)[*n].score = score;
    (*hits)[*n].weight = 0;
    (*n)++;
    return 0;
}

/* search TEXT: candidates from the word index under the query word with
 * the fewest entries, each scored on the fold its index value carries. */
/* search TEXT: people, posts and organizations matching it, ranked. */
json_t *registry_search(MDB_txn *txn, const char *text, int limit, tn_error *err)
{
    jw w;
    jw_init(&w);
    jw_obj(&w);
    if (registry_search_write(txn, text, limit, &w, err) < 0) {
        jw_free(&w);
        return NULL;
    }
    jw_obj_end(&w);
    return reg_tree_of(&w, err);
}

/* search, written as JSON text (the object's members). */
int registry_search_write(MDB_txn *txn, const char *text, int limit, jw *w, tn_error *err)
{
    char *fold = tx_fold(text), *q[16];
    size_t ql[16];
    struct reg_hit *hits = NULL;
    size_t n = 0, cap = 0, scanned = 0;
    MDB_cursor *cur = NULL, *wc[3] = {NULL, NULL, NULL};
    int ret = -1;
    if (!fold) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "text is not valid UTF-8");
        return -1;
    }
    if (limit <= 0)
        limit = 20;
    size_t nq = reg_tokenize(fold, q, 16);
    if (nq == 0) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "text: nothing to search for");
        goto free_fold;
    }
    for (size_t i = 0; i < nq; i++)
        ql[i] = strlen(q[i]);
    int rc = mdb_cursor_open(txn, reg_db.tokens, &cur);
    if (rc != 0) {
        reg_fail(err, "mdb_cursor_open(words)", rc);
        goto free_fold;
    }
    /* Every word but the last is complete: a known one offers its own list.
     * The last (the user may still be typing it) and unknown ones offer the
     * lists of every word they begin.  The shortest list drives the scan:
     * a full name is found through its rarest word, not its family name. */
    size_t pick = 0, best = SIZE_MAX;
    int exact = 0;
    for (size_t i = 0; i < nq && best > 0; i++) {
        MDB_val ek = reg_key_val(q[i]), ev;
        size_t c = 0;
        int ex = 0;
        if (i + 1 < nq) {
            rc = mdb_cursor_get(cur, &ek, &ev, MDB_SET);
            if (rc == 0 && (rc = mdb_cursor_count(cur, &c)) != 0) {
                reg_fail(err, "mdb_cursor_count(words)", rc);
                goto close_cursor;
            }
            if (rc != 0 && rc != MDB_NOTFOUND) {
                reg_fail(err, "mdb_cursor_get(words)", rc);
                goto close_cursor;
            }
            ex = rc == 0;
        }
        if (!ex && reg_prefix_count(cur, q[i], ql[i],
                                    best < REG_SEARCH_SCAN ? best : REG_SEARCH_SCAN, &c, err) < 0)
            goto close_cursor;
        if (c < best || (c == best && ex && !exact)) {
            pick = i;
            best = c;
            exact = ex;
        }
    }
    /* the word starts every entry needs: those of the other query words */
    uint64_t need = 0;
    for (size_t i = 0; i < nq; i++)
        if (i != pick && ql[i] >= 2)
            need |= reg_starts_bit((unsigned char)q[i][0], (unsigned char)q[i][1]);
    /* a query word no indexed word begins with: nothing can match */
    const char *pw = q[pick];
    size_t pl = ql[pick];
    MDB_val k = reg_key_val(pw), v;
    /* word by word (one word when exact), each word's entries in index
     * order: from its list kept in memory (registry_summary.c) when it has
     * one, else stepping the cursor — the same entries either way */
    rc = best == 0 ? MDB_NOTFOUND : mdb_cursor_get(cur, &k, &v, exact ? MDB_SET : MDB_SET_RANGE);
    while (rc == 0 && scanned < REG_SEARCH_SCAN) {
        if (k.mv_size < pl || memcmp(k.mv_data, pw, pl) != 0)
            break;
        size_t c = 0;
        const reg_word_list *kept = NULL;
        if ((rc = mdb_cursor_count(cur, &c)) != 0) {
            reg_fail(err, "mdb_cursor_count(words)", rc);
            goto close_cursor;
        }
        int have = reg_summary_words(txn, k.mv_data, k.mv_size, c, &kept, err);
        if (have < 0)
            goto close_cursor;
        if (have) {
            size_t cnt = reg_word_list_count(kept);
            for (size_t i = 0; i < cnt && scanned < REG_SEARCH_SCAN; i++, scanned++) {
                /* a query word (of two bytes or more) no word of the
                 * entry begins with: reg_search_take would not take it */
                if ((reg_word_list_starts(kept, i) & need) != need)
                    continue;
                MDB_val e = reg_word_list_value(kept, i);
                if (reg_search_take(txn, &e, q, ql, nq, pick, &hits, &n, &cap, err) < 0) {
                    reg_word_list_release(kept);
                    goto close_cursor;
                }
            }
            reg_word_list_release(kept);
        } else {
            for (; rc == 0 && scanned < REG_SEARCH_SCAN;
                 rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP), scanned++)
                if (reg_search_take(txn, &v, q, ql, nq, pick, &hits, &n, &cap, err) < 0)
                    goto close_cursor;
            if (rc != 0 && rc != MDB_NOTFOUND)
                break;
        }
        rc = exact ? MDB_NOTFOUND : mdb_cursor_get(cur, &k, &v, MDB_NEXT_NODUP);
    }
    if (rc != 0 && rc != MDB_NOTFOUND) {
        reg_fail(err, "mdb_cursor_get(words)", rc);
        goto close_cursor;
    }
    /* a name met under several words of the prefix counts once */
    if (!exact && n > 1) {
        size_t u = 0;
        qsort(hits, n, sizeof *hits, reg_hit_cmp_id);
        for (size_t i = 0; i < n; i++)
            if (u == 0 || reg_hit_cmp_id(&hits[u - 1], &hits[i]) != 0)
                hits[u++] = hits[i];
        n = u;
    }
    /* The evidence bonus adds at most 10: a hit scoring 10 below the
     * limit-th best cannot be shown, so its weight is never read. */
    if (n > (size_t)limit) {
        qsort(hits, n, sizeof *hits, reg_hit_cmp);
        int floor = hits[limit - 1].score - 10;
        while (n > (size_t)limit && hits[n - 1].score < floor)
            n--;
    }
    static const char *const weight_db[3] = {"evidence_by_person", "evidence_by_post",
                                             "post_by_org"};
    MDB_dbi wdbi[3] = {reg_db.evidence_by_person, reg_db.evidence_by_post, reg_db.post_by_org};
    for (size_t i = 0; i < n; i++) {
        /* each kind's cursor when a hit of that kind first needs it (most
         * answers name persons only: a cursor costs a malloc) */
        int wk = hits[i].kind == REG_KIND_PERSON ? 0 : hits[i].kind == REG_KIND_POST ? 1 : 2;
        if (!wc[wk] && (rc = mdb_cursor_open(txn, wdbi[wk], &wc[wk])) != 0) {
            char call[64];
            snprintf(call, sizeof call, "mdb_cursor_open(%s)", weight_db[wk]);
            reg_fail(err, call, rc);
            goto close_cursor;
        }
        hits[i].weight = reg_hit_weight(wc, &hits[i]);
        /* what the registry knows something about ranks above bare names */
        hits[i].score += hits[i].weight >= 5 ? 10 : hits[i].weight > 0 ? 5 : 0;
    }
    if (n > 1)
        qsort(hits, n, sizeof *hits, reg_hit_cmp);
    jw_key(w, "query");
    jw_str(w, text);
    jw_key(w, "results");
    jw_arr(w);
    for (size_t i = 0; i < n && (int)i < limit; i++) {
        const struct reg_hit *h = &hits[i];
        const char *kn = h->kind == REG_KIND_POST  ? "post"
                         : h->kind == REG_KIND_ORG ? "organization"
                                                   : "person";
        jw_obj(w);
        jw_key(w, "kind");
        jw_str(w, kn);
        jw_key(w, "name");
        reg_name_w(w, txn, h->kind, h->id);
        jw_key(w, "id");
        jw_int(w, h->id);
        jw_key(w, "score");
        jw_int(w, h->score);
        jw_key(w, "evidence");
        jw_int(w, (long long)h->weight);
        jw_obj_end(w);
    }
    jw_arr_end(w);
    ret = 0;
close_cursor:
    for (int i = 0; i < 3; i++)
        if (wc[i])
            mdb_cursor_close(wc[i]);
    mdb_cursor_close(cur);
free_fold:
    free(hits);
    free(fold);
    return ret;
}
