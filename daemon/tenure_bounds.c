/*
 * tenure_bounds.c — tenure bounds inference (see tenure_bounds.h).
 *
 * Owns the arithmetic of DESIGN.md §2: what one observation says about when
 * a tenure started and ended, and what one-holder-at-a-time succession adds.
 * Does not know where observations are stored (daemon/registry.c).
 */
#include "tenure_bounds.h"
#include "xmalloc.h"

#include <stdlib.h>
#include <string.h>

static const char *const tb_status_names[TB_STATUS_COUNT] = {"current", "former", "appointed",
                                                             "ended", "acting"};

/* Smaller of two day numbers. */
static int32_t tb_min(int32_t a, int32_t b)
{
    return a < b ? a : b;
}

/* Larger of two day numbers. */
static int32_t tb_max(int32_t a, int32_t b)
{
    return a > b ? a : b;
}

/* A span from a partial date; unknown dates give an empty span. */
tb_span tb_span_from_pdate(const pdate *d)
{
    tb_span s = {1, 0, PDATE_NONE, 0, {0, 0}};
    if (!d || d->prec == PDATE_NONE)
        return s;
    s.lo = pdate_first_day(d);
    s.hi = pdate_last_day(d);
    s.prec = (uint8_t)d->prec;
    return s;
}

/* Whether a span holds a known interval. */
int tb_span_known(const tb_span *s)
{
    return s->prec != PDATE_NONE && s->lo <= s->hi;
}

/* The partial date a span stands for, at the precision it was stated. */
pdate tb_span_pdate(const tb_span *s)
{
    pdate d = {0, 0, 0, PDATE_NONE};
    if (!tb_span_known(s))
        return d;
    d = pdate_from_days(s->lo);
    if (s->prec == PDATE_YEAR)
        d.month = 0;
    if (s->prec != PDATE_DAY)
        d.day = 0;
    d.prec = (enum pdate_precision)s->prec;
    return d;
}

/* Status enum from its wire name; unknown names read as current. */
uint8_t tb_status_parse(const char *name)
{
    for (uint8_t i = 0; name && i < TB_STATUS_COUNT; i++)
        if (strcmp(name, tb_status_names[i]) == 0)
            return i;
    return TB_CURRENT;
}

/* Wire name of a status. */
const char *tb_status_name(uint8_t status)
{
    return status < TB_STATUS_COUNT ? tb_status_names[status] : "current";
}

/* An empty tenure with open bounds. */
void tb_init(tb_tenure *t)
{
    memset(t, 0, sizeof *t);
    t->first_seen = (tb_span){1, 0, PDATE_NONE, 0, {0, 0}};
    t->last_seen = t->first_seen;
    t->hold_first = t->first_seen;
    t->hold_last = t->first_seen;
    t->own_s1 = t->s1 = t->raw_s1 = TB_OPEN_LO;
    t->own_s2 = t->s2 = t->raw_s2 = TB_OPEN_HI;
    t->own_e1 = t->e1 = t->raw_e1 = TB_OPEN_LO;
    t->own_e2 = t->e2 = t->raw_e2 = TB_OPEN_HI;
    for (int i = 0; i < TB_EXTREMES; i++)
        t->early[i] = t->late[i] = t->gone[i] = t->first_seen;
}

/* Rank of a span's dating among spans of one interval: the article's own
 * date (a stamp, the caller's) first, then a date read from the text, a
 * guessed year, a shelved guess.  Ties of interval are broken by it and
 * by precision so that which spans a tenure keeps, and so its bounds and
 * every rule reading `firm`, do not depend on the order articles arrive
 * in (docs/REGISTRY.md, "Feeding order"). */
static int tb_rank(const tb_span *s)
{
    return s->firm == TB_SPAN_FIRM ? 0 : s->firm == 0 ? 1 : s->firm;
}

/* Whether a comes before b among spans of one interval. */
static int tb_tie_first(const tb_span *a, const tb_span *b)
{
    return a->prec > b->prec || (a->prec == b->prec && tb_rank(a) < tb_rank(b));
}

/* Whether span a comes before span b (by start, then end, then dating). */
static int tb_before(const tb_span *a, const tb_span *b)
{
    return a->lo < b->lo ||
           (a->lo == b->lo && (a->hi < b->hi || (a->hi == b->hi && tb_tie_first(a, b))));
}

/* Whether span a comes after span b (by end, then start, then dating). */
static int tb_after(const tb_span *a, const tb_span *b)
{
    return a->hi > b->hi ||
           (a->hi == b->hi && (a->lo > b->lo || (a->lo == b->lo && tb_tie_first(a, b))));
}

/* Keep s among the TB_EXTREMES first of a list ordered by `first`; n is the
 * number of entries the list held before (at most TB_EXTREMES count). */
static void tb_keep(tb_span *list, uint32_t n, const tb_span *s,
                    int (*first)(const tb_span *, const tb_span *))
{
    size_t have = n < TB_EXTREMES ? n : TB_EXTREMES;
    size_t at = have < TB_EXTREMES ? have : TB_EXTREMES - 1;
    if (have == TB_EXTREMES && !first(s, &list[TB_EXTREMES - 1]))
        return;
    while (at > 0 && first(s, &list[at - 1])) {
        list[at] = list[at - 1];
        at--;
    }
    list[at] = *s;
}

/* Record a span showing the person in office. */
static void tb_hold(tb_tenure *t, const tb_span *s)
{
    if (!tb_span_known(s))
        return;
    tb_keep(t->early, t->held_n, s, tb_before);
    tb_keep(t->late, t->held_n, s, tb_after);
    t->held_n++;
}

/* Record a date by which the person had left the post ("nguyên …"). */
static void tb_gone(tb_tenure *t, const tb_span *s)
{
    if (!tb_span_known(s))
        return;
    tb_span end = {s->hi, s->hi, PDATE_DAY, s->firm, {0, 0}};
    tb_keep(t->gone, t->gone_n, &end, tb_before);
    t->gone_n++;
}

/* Keep contradicting evidence from producing an empty bound: a later
 * re-appointment or an extraction error must not make s1 > s2.  The side
 * that comes from seeing the person in the post wins (s2). */
static void tb_sane_start(int32_t *s1, int32_t *s2)
{
    if (*s1 > *s2)
        *s1 = *s2;
}

/* The end's counterpart of tb_sane_start: keep e1, move e2 up to it. */
static void tb_sane_end(int32_t *e1, int32_t *e2)
{
    if (*e1 > *e2)
        *e2 = *e1;
}

/* Extremes set aside as possible misreadings: none of one or a few, one of
 * five or more, two of twenty, three of 120 or more (misdated articles among hundreds
 * must not stretch a tenure by decades), and only when more than a year
 * lies between it and the next sighting: contiguous evidence is kept. */
#define TB_OUTLIER_DAYS 365
#define TB_END_GRACE_DAYS 31
#define TB_REAPPOINT_DAYS 7
static uint32_t tb_discard(uint32_t n)
{
    return n >= 120 ? 3 : n >= 20 ? 2 : n >= 5 ? 1 : 0;
}

/* Rule 2, the held side winning: the end statements it outvotes are the
 * ones kept sightings lie after (more than TB_END_GRACE_DAYS after), not
 * every one.  The earliest end statement kept (from gone[k] on) that no
 * kept sighting contradicts still bounds the end: a misdated "nguyên" line
 * of 2016 is outvoted by the 2017 sightings, but the "nguyên" lines after
 * them, consistent with every sighting, tell when the post was left (they
 * would bound it alone had the misdated one not come first).  TB_OPEN_HI
 * when the earliest end statements kept are all contradicted. */
static int32_t tb_end_uncontradicted(const tb_tenure *t, uint32_t k, uint32_t ng)
{
    if (!tb_span_known(&t->hold_last))
        return TB_OPEN_HI;
    for (uint32_t j = k; j < ng; j++)
        if ((int64_t)t->hold_last.lo <= (int64_t)t->gone[j].hi + TB_END_GRACE_DAYS)
            return t->gone[j].hi;
    return TB_OPEN_HI;
}

/* Rule 2, a tie: as many sightings after the "former" lines as there are
 * lines (no end stated: a stated dismissal stands against one later
 * report), and none kept before the earliest — the line ends a
 * tenure the news never showed, and the tenure it showed comes after it
 * (a "former" misread in a report of the holder at work, or a second
 * term): the held side wins.  A past tenure told in the present tense has
 * its own sightings before its end. */
static int tb_end_before_all(const tb_tenure *t, uint32_t after, int32_t e2)
{
    return after > 0 && after == t->gone_n && !(t->flags & TB_F_END_STATED) &&
           tb_span_known(&t->hold_first) &&
           (int64_t)t->hold_first.lo > (int64_t)e2 + TB_END_GRACE_DAYS;
}

/* Rule 24, an appointment reported late: a statement of appointment
 * ("tân Chủ tịch", "trở thành Chủ tịch") dated after a kept sighting of
 * the holder in office dates a report, not the appointment, which came
 * before that sighting.  News calls an appointment new for weeks after
 * it, so the start lies within a month (TB_LATE_REPORT_DAYS) before the
 * earlier of the two, not on the sighting's day (tb_sane_start would pin
 * it there, and the day before the predecessor would be the answer).
 * Not when the statements disagree among themselves (raw_s1 > raw_s2:
 * two appointment days, the earliest stated is the appointment's, rule 1).
 * s1 and s2 as tb_finish has them before tb_sane_start. */
#define TB_LATE_REPORT_DAYS 31
static void tb_late_report(const tb_tenure *t, int32_t *s1, int32_t s2)
{
    if (*s1 == TB_OPEN_LO || *s1 <= s2 || !(t->flags & TB_F_APPOINTED) || t->raw_s1 > t->raw_s2 ||
        !tb_span_known(&t->hold_first) || s2 != t->hold_first.hi || *s1 <= t->hold_first.hi)
        return;
    *s1 = (int32_t)((int64_t)tb_min(*s1, t->hold_first.lo) - TB_LATE_REPORT_DAYS);
}

/* Recompute the own bounds from the aggregates. */
void tb_finish(tb_tenure *t)
{
    uint32_t nh = t->held_n < TB_EXTREMES ? t->held_n : TB_EXTREMES;
    uint32_t ng = t->gone_n < TB_EXTREMES ? t->gone_n : TB_EXTREMES;
    tb_span none = {1, 0, PDATE_NONE, 0, {0, 0}};
    int32_t s1 = t->raw_s1, s2 = t->raw_s2, e1 = t->raw_e1, e2 = t->raw_e2;
    uint32_t late_kept = 0; /* late[0 .. late_kept) set aside as misdated */
    t->hold_first = t->hold_last = none;
    if (nh > 0) {
        /* set aside the k most extreme (k <= d) when a gap of more than
         * TB_OUTLIER_DAYS separates them from the rest: a misdated cluster
         * of a few articles too */
        uint32_t d = tb_discard(t->held_n), a = 0, b = 0;
        /* ... but never an article's own date (its publication stamp, the
         * caller's date): a real report after a hole in the feed, not a
         * misreading */
        int efirm = 0, lfirm = 0;
        for (uint32_t k = 1; k <= d && k < nh; k++) {
            efirm |= t->early[k - 1].firm == TB_SPAN_FIRM;
            lfirm |= t->late[k - 1].firm == TB_SPAN_FIRM;
            if (!efirm && t->early[k].lo - (int64_t)t->early[k - 1].hi > TB_OUTLIER_DAYS)
                a = k;
            if (!lfirm && t->late[k - 1].lo - (int64_t)t->late[k].hi > TB_OUTLIER_DAYS)
                b = k;
        }
        t->hold_first = t->early[a];
        t->hold_last = t->late[b];
        late_kept = b;
        /* an appointment or career line dated among the set-aside
         * sightings is set aside with them: its start bounds would
         * otherwise pin the start to the misdated day anyway */
        if (a > 0) {
            int32_t cut = t->early[a - 1].hi;
            if (s1 != TB_OPEN_LO && s1 <= cut)
                s1 = TB_OPEN_LO;
            if (s2 != TB_OPEN_HI && s2 <= cut)
                s2 = TB_OPEN_HI;
        }
        /* an appointment or career start after three kept sightings in
         * office (more than TB_REAPPOINT_DAYS before it) is a
         * re-appointment — a minister re-elected with the new assembly —
         * or a misread one: the sightings say when it began, not the
         * statement (it would otherwise pin the start to the earliest
         * sighting, as if the holder had started that day) */
        /* ... unless every sighting before a corroborated appointment
         * (its year read, or stated by two articles within half a year of
         * each other) had its year guessed: a re-appointment is a fact
         * about the past, and a guess cannot tell it (the true date is
         * the guess or years later).  Those sightings are the misreading
         * and are set aside with the outliers, however many, while the
         * earliest kept sightings reach past the appointment (so none
         * read before it is left unseen) and one at least is kept: three
         * June 2017 pages dated 2016 by a guessed year made the new HCMC
         * secretary, appointed on 10 May 2017 (two reports, and two more
         * telling it on 22 June), certain in January 2017.  The earliest
         * day stated is the appointment's then. */
        int guess_only = 0;
        if (s1 != TB_OPEN_LO) {
            int conflict =
                t->raw_s2 != TB_OPEN_HI && (int64_t)t->raw_s1 - t->raw_s2 > TB_OUTLIER_DAYS / 2;
            int32_t first = !conflict && t->raw_s2 < s1 ? t->raw_s2 : s1;
            uint32_t before = 0, guessed = 0, read = 0;
            for (uint32_t k = a; k < nh; k++) {
                before += (int64_t)t->early[k].hi + TB_REAPPOINT_DAYS < s1;
                if ((int64_t)t->early[k].hi + TB_REAPPOINT_DAYS < first) {
                    guessed += t->early[k].firm == TB_SPAN_GUESSED;
                    read += t->early[k].firm != TB_SPAN_GUESSED;
                }
            }
            int corroborated =
                (t->flags & TB_F_APPOINT_READ) || ((t->flags & TB_F_APPOINT_TWICE) && !conflict);
            if (corroborated && guessed > 0 && read == 0 && a + guessed < nh) {
                a += guessed;
                t->hold_first = t->early[a];
                guess_only = 1;
            } else if (before >= 3) {
                s1 = TB_OPEN_LO;
            }
        }
        /* a sighting or two whose year was guessed before an
         * appointment stated with a read year, or by two articles that
         * agree on its day, are the misreading, not the appointment: June
         * 2017 news dated June 2016 (a guessed year) beside two reports of
         * the election in February 2017 made the new chair certain in
         * January.  They are set aside with the outliers (one sighting at
         * least is kept); three or more make it a re-appointment (above)
         * when a sighting before it had its year read. */
        if (s1 != TB_OPEN_LO && !guess_only &&
            ((t->flags & TB_F_APPOINT_READ) ||
             ((t->flags & TB_F_APPOINT_TWICE) && t->raw_s1 <= t->raw_s2)))
            while (a + 1 < nh && t->early[a].firm == TB_SPAN_GUESSED &&
                   (int64_t)t->early[a].hi + TB_REAPPOINT_DAYS < s1)
                t->hold_first = t->early[++a];
        s2 = tb_min(s2, t->hold_first.hi);
        e1 = tb_max(e1, t->hold_last.lo);
    }
    uint32_t gone_kept = 0; /* gone[0 .. gone_kept) set aside as misdated */
    int32_t s2_held = s2;   /* the start's bound before the end statements' */
    if (ng > 0) {
        uint32_t d = tb_discard(t->gone_n), k = 0;
        int gfirm = 0;
        for (uint32_t j = 1; j <= d && j < ng; j++) {
            gfirm |= t->gone[j - 1].firm == TB_SPAN_FIRM;
            if (!gfirm && t->gone[j].lo - (int64_t)t->gone[j - 1].hi > TB_OUTLIER_DAYS)
                k = j;
        }
        /* an end statement set aside takes its end bound with it */
        if (k > 0 && e2 != TB_OPEN_HI && e2 <= t->gone[k - 1].hi)
            e2 = TB_OPEN_HI;
        gone_kept = k;
        e2 = tb_min(e2, t->gone[k].hi);
        /* gone by then, so started by then too */
        s2 = tb_min(s2, t->gone[k].hi);
    }
    if (e1 > e2) {
        /* Seen in office after being said to have left: the side with more
         * evidence wins.  The held side counts the latest sightings after
         * the end (three or more always win: a re-appointment, or one
         * misread "nguyên"), leaving out those already set aside as
         * misdated and those within TB_END_GRACE_DAYS of the end (the
         * news of a dismissal still names the title for days); the gone
         * side every dated end statement.  When every latest sighting
         * kept (the list full, the misdated ones set aside) lies after the
         * end, how many more do is unknown: the held side wins, as it does
         * with four (a Prime Minister seen in 590 articles to 2021 is not
         * gone in 2017 on three past-tense lines). */
        uint32_t after = 0;
        for (uint32_t i = late_kept; i < nh; i++)
            after += (int64_t)t->late[i].lo > (int64_t)e2 + TB_END_GRACE_DAYS;
        int all_after = nh == TB_EXTREMES && t->held_n > nh && after > 0 && after == nh - late_kept;
        if (after >= TB_EXTREMES || all_after || after > t->gone_n ||
            tb_end_before_all(t, after, e2)) {
            /* the end statements are set aside: the end is what explicit
             * ends and timelines say, or open (an exact end day only ever
             * comes from a dated statement) — except those no kept
             * sighting contradicts (tb_end_uncontradicted) */
            int32_t kept_end = tb_end_uncontradicted(t, gone_kept, ng);
            e2 = t->raw_e2 >= e1 ? t->raw_e2 : TB_OPEN_HI;
            e2 = tb_min(e2, kept_end);
            /* ... nor the start, which they bounded ("gone by then") */
            s2 = tb_min(s2_held, kept_end);
        } else {
            /* the sightings after the end are set aside (a past tenure
             * told in the present tense, a misdated article) */
            int32_t keep = t->raw_e1 <= e2 ? t->raw_e1 : TB_OPEN_LO;
            t->hold_last = none;
            /* the latest sighting kept before the end: among the latest
             * too, not only the earliest (a tenure seen in 95 articles to
             * a week before its end would otherwise end at its fourth
             * sighting) */
            for (uint32_t i = 0; i < nh; i++) {
                if (t->early[i].lo <= e2 && t->early[i].lo >= keep) {
                    keep = t->early[i].lo;
                    t->hold_last = t->early[i];
                }
                if (i >= late_kept && t->late[i].lo <= e2 && t->late[i].lo >= keep) {
                    keep = t->late[i].lo;
                    t->hold_last = t->late[i];
                }
            }
            if (!tb_span_known(&t->hold_last) && nh > 0 && t->early[0].lo <= e2)
                t->hold_last = t->early[0];
            e1 = keep;
            if (tb_span_known(&t->hold_first) && t->hold_first.lo > e2)
                t->hold_first = t->hold_last;
        }
    }
    /* Appointments stated more than half a year apart contradict each other
     * (a year guessed from a biography's years: "Ông Trần Thanh Mẫn là Chủ
     * tịch UBTƯ MTTQ" dated 2016 beside the same news dated 2017): the
     * statement is not believed, so it neither makes the holder certain
     * against far better attested ones nor establishes it alone (rule 5).
     * The bounds keep what the sightings say. */
    if (t->flags & (TB_F_APPOINTED | TB_F_END_STATED)) {
        int conflict = t->raw_s1 != TB_OPEN_LO && t->raw_s2 != TB_OPEN_HI &&
                       (int64_t)t->raw_s1 - t->raw_s2 > TB_OUTLIER_DAYS / 2;
        if ((t->flags & TB_F_END_STATED) || ((t->flags & TB_F_APPOINTED) && !conflict))
            t->flags |= TB_F_STATED;
        else
            t->flags &= ~TB_F_STATED;
    }
    /* only ever said to have left, dated or not: an undated obituary's
     * "khi là Chủ tịch UBND tỉnh" is no answer for any date either */
    if (t->held_n == 0 && t->undated_held == 0 && (t->gone_n > 0 || t->undated_gone > 0) &&
        !(t->flags & TB_F_STATED))
        t->flags |= TB_F_HEARSAY;
    else
        t->flags &= ~TB_F_HEARSAY;
    tb_late_report(t, &s1, s2);
    tb_sane_start(&s1, &s2);
    tb_sane_end(&e1, &e2);
    t->s1 = t->own_s1 = s1;
    t->s2 = t->own_s2 = s2;
    t->e1 = t->own_e1 = e1;
    t->e2 = t->own_e2 = e2;
}

/* Fold one observation into the tenure. */
void tb_add(tb_tenure *t, const tb_obs *o)
{
    const tb_span *d = &o->date;
    int timeline = tb_span_known(&o->from) || tb_span_known(&o->to);

    t->count++;
    if (tb_span_known(d)) {
        const tb_span *f = &t->first_seen, *l = &t->last_seen;
        if (!tb_span_known(f) || d->lo < f->lo ||
            (d->lo == f->lo && (d->prec > f->prec || (d->prec == f->prec && tb_before(d, f)))))
            t->first_seen = *d;
        int later = !tb_span_known(l) || d->hi > l->hi || (d->hi == l->hi && d->prec > l->prec);
        int same = !later && d->hi == l->hi && d->prec == l->prec;
        if (later || (same && o->status > t->last_status))
            /* same latest date: a fixed choice, whatever the order */
            t->last_status = o->status;
        if (later || (same && tb_after(d, l)))
            t->last_seen = *d;
    }
    if (timeline) {
        /* "8/2007-6/2010: Phó Thủ tướng": started in the from interval,
         * ended in the to interval, an explicit statement. */
        t->explicit_n++;
        if (tb_span_known(&o->from)) {
            t->raw_s1 = tb_max(t->raw_s1, o->from.lo);
            t->raw_s2 = tb_min(t->raw_s2, o->from.hi);
            tb_hold(t, &(tb_span){o->from.hi, o->from.hi, PDATE_DAY, 0, {0, 0}});
        }
        if (tb_span_known(&o->to)) {
            t->raw_e1 = tb_max(t->raw_e1, o->to.lo);
            t->raw_e2 = tb_min(t->raw_e2, o->to.hi);
            tb_hold(t, &(tb_span){o->to.lo, o->to.lo, PDATE_DAY, 0, {0, 0}});
            /* a closed period says the post was left by its end: it
             * votes as an end statement against later sightings (rule 2;
             * "Từ năm 1973 đến năm 1976, … Phó Thủ tướng" against one
             * history piece telling it in the present tense) */
            tb_gone(t, &o->to);
        } else if (tb_span_known(d) && (o->status == TB_CURRENT || o->status == TB_ACTING) &&
                   (!tb_span_known(&o->from) || (int64_t)d->lo - o->from.hi <= TB_TERM_DAYS)) {
            /* "2016 - nay:" runs to the article's date.  A line without an
             * end that began more than one term before the article is a
             * dated event ("Năm 2007, ông được bổ nhiệm …"), not a claim
             * that the post is still held: it gives the start only. */
            tb_hold(t, d);
        }
    } else if (!tb_span_known(d)) {
        if (o->status == TB_FORMER && t->undated_gone < UINT8_MAX)
            t->undated_gone++;
        else if (o->status != TB_FORMER && o->status != TB_ENDED && t->undated_held < UINT8_MAX)
            t->undated_held++;
    } else {
        switch (o->status) {
        case TB_CURRENT:
        case TB_ACTING:
            /* held at some day of [lo, hi]: started by hi, ended after lo */
            tb_hold(t, d);
            break;
        case TB_APPOINTED:
            t->explicit_n++;
            if (t->flags & TB_F_APPOINTED)
                t->flags |= TB_F_APPOINT_TWICE;
            t->flags |= TB_F_STATED | TB_F_APPOINTED;
            if (d->firm != TB_SPAN_GUESSED)
                t->flags |= TB_F_APPOINT_READ;
            t->raw_s1 = tb_max(t->raw_s1, d->lo);
            t->raw_s2 = tb_min(t->raw_s2, d->hi);
            tb_hold(t, d);
            break;
        case TB_ENDED:
            t->explicit_n++;
            t->flags |= TB_F_STATED | TB_F_END_STATED;
            t->raw_e1 = tb_max(t->raw_e1, d->lo);
            /* with a guessed year only "on or after" holds: the end may be
             * years later than the guess, so it bounds nothing from above
             * (a "thôi giữ chức" dated to a year the text names) */
            if (d->firm == TB_SPAN_GUESSED)
                break;
            tb_gone(t, d);
            t->raw_s2 = tb_min(t->raw_s2, d->hi);
            t->raw_e2 = tb_min(t->raw_e2, d->hi);
            break;
        case TB_FORMER:
            /* "nguyên Bộ trưởng": the tenure lies wholly before the date */
            tb_gone(t, d);
            break;
        default:
            break;
        }
    }
    tb_finish(t);
}

/* Seen in two articles or stated explicitly. */
int tb_established(const tb_tenure *t)
{
    return t->count >= 2 || (t->flags & TB_F_STATED);
}

/* The day of a holder's believed appointment (an established holder, not
 * contradicted, its start pinned to one day by the statement), or
 * TB_OPEN_LO. */
static int32_t tb_appointed_on(const tb_tenure *t)
{
    if ((t->flags & (TB_F_APPOINTED | TB_F_STATED)) != (TB_F_APPOINTED | TB_F_STATED) ||
        (t->flags & TB_F_CONTRADICTED) || t->own_s1 == TB_OPEN_LO || t->own_s1 != t->own_s2)
        return TB_OPEN_LO;
    return t->own_s1;
}

/* Whether a is a lone report between two of b's (session 25): a seen in
 * one article, nothing stated, on a day strictly inside the span b — an
 * established holder — was seen in office, seen before it and after it.
 * One office is not handed over and back within it: a misread or
 * misattributed claim, neither a second seat nor a successor ("Hiệu
 * trưởng ĐH X Nguyễn Văn B" once in May 2017, "Hiệu trưởng ĐH X Hoàng Văn
 * A" in June 2016 and June 2017). */
static int tb_lone_between(const tb_tenure *a, const tb_tenure *b)
{
    if (a->count != 1 || b->count < 2 ||
        (a->flags & (TB_F_STATED | TB_F_APPOINTED | TB_F_END_STATED)) ||
        !tb_span_known(&a->first_seen) || !tb_span_known(&a->last_seen) || b->own_s2 > b->own_e1)
        return 0;
    return b->own_s2 < a->first_seen.lo && a->last_seen.hi < b->own_e1;
}

/* Whether the holders show a post with several seats: holders certainly
 * in office on a common day, whatever the lexicon says ("Bí thư" heads one
 * committee, but "Bí thư Trung ương Đảng" is a seat of the Secretariat held
 * by several at once).  Misread claims make such overlaps too, so they
 * count only when strong enough: a pair counts when the weaker has at least
 * a quarter of the stronger's evidence, and the post is several-seat when
 * the holders in counting pairs carry at least a quarter of its evidence. */
int tb_overlapping(const tb_tenure *h, size_t n)
{
    /* Only the best-attested holders can carry a quarter of the evidence
     * with comparable partners; looking at them alone keeps this linear in
     * the number of holders. */
    size_t top[TB_OVERLAP_TOP], nt = 0;
    uint64_t total = 0, overlapping = 0;
    for (size_t i = 0; i < n; i++) {
        total += h[i].count;
        size_t at = nt < TB_OVERLAP_TOP ? nt++ : TB_OVERLAP_TOP;
        if (at == TB_OVERLAP_TOP) {
            if (h[i].count <= h[top[TB_OVERLAP_TOP - 1]].count)
                continue;
            at = TB_OVERLAP_TOP - 1;
        }
        while (at > 0 && h[top[at - 1]].count < h[i].count) {
            top[at] = top[at - 1];
            at--;
        }
        top[at] = i;
    }
    for (size_t x = 0; x < nt; x++) {
        const tb_tenure *a = &h[top[x]];
        int hit = 0;
        for (size_t y = 0; y < nt && !hit; y++) {
            const tb_tenure *b = &h[top[y]];
            if (x == y || a->own_s2 > a->own_e1 || b->own_s2 > b->own_e1)
                continue;
            uint32_t lo = a->count < b->count ? a->count : b->count;
            uint32_t hi = a->count < b->count ? b->count : a->count;
            /* a handover day is no overlap: the predecessor last seen on
             * the day its successor's appointment is stated */
            int handover = (a->own_s2 == b->own_e1 && tb_appointed_on(a) == a->own_s2) ||
                           (b->own_s2 == a->own_e1 && tb_appointed_on(b) == b->own_s2);
            hit = (uint64_t)lo * 4 >= hi && a->own_s2 <= b->own_e1 && b->own_s2 <= a->own_e1 &&
                  !handover && !tb_lone_between(a, b) && !tb_lone_between(b, a);
        }
        if (hit)
            overlapping += a->count;
    }
    return overlapping > 0 && overlapping * 4 >= total;
}

/* A (key, value) pair for the succession sweeps. */
struct tb_kv {
    int32_t key, val;
};

/* Ascending by key. */
static int tb_kv_cmp(const void *a, const void *b)
{
    const struct tb_kv *x = a, *y = b;
    return x->key < y->key ? -1 : x->key > y->key;
}

/* Number of pairs with key < k in a sorted array. */
static size_t tb_kv_below(const struct tb_kv *v, size_t n, int32_t k)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid].key < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Holders whose evidence may contradict others: the best attested. */
#define TB_RIVALS 8

/* Holder i among the best attested in top[0..nt) (most evidence first, at
 * most TB_RIVALS; on a tie the earlier stays ahead).  The new count. */
static size_t tb_rank_rival(const tb_tenure *h, size_t i, size_t top[TB_RIVALS], size_t nt)
{
    size_t at = nt < TB_RIVALS ? nt++ : TB_RIVALS;
    if (at == TB_RIVALS) {
        if (h[i].count <= h[top[TB_RIVALS - 1]].count)
            return nt;
        at = TB_RIVALS - 1;
    }
    while (at > 0 && h[top[at - 1]].count < h[i].count) {
        top[at] = top[at - 1];
        at--;
    }
    top[at] = i;
    return nt;
}

/* Mark the holders of a one-holder post that a far better attested holder
 * contradicts: every sighting of the weak holder lies where the strong one
 * was certainly in office (B.s2 <= A's first and A's last <= B.e1), the
 * strong one has at least four times the evidence (and three articles), and
 * the weak one has no explicit statement.  "Thủ tướng Nguyễn Xuân Phúc Tiến"
 * seen once in 2017 is a misread name, not a second Prime Minister. */
static void tb_contradictions(tb_tenure *h, size_t n)
{
    size_t top[TB_RIVALS], nt = 0;
    for (size_t i = 0; i < n; i++)
        if (tb_established(&h[i]) && h[i].own_s2 <= h[i].own_e1)
            nt = tb_rank_rival(h, i, top, nt);
    for (size_t i = 0; i < n; i++) {
        const tb_tenure *a = &h[i];
        /* any appointment or end stated, even one whose dates disagree,
         * is news of this holder, not a misread name */
        if ((a->flags & (TB_F_STATED | TB_F_APPOINTED | TB_F_END_STATED)) ||
            !tb_span_known(&a->hold_first) || !tb_span_known(&a->hold_last))
            continue;
        /* a single article is placed by its own date, not by the time of
         * a career line it tells (rule 3: one career line establishes
         * nothing; "Giữa năm 2015, ông được Bộ trưởng Công thương khi đó là
         * ông Vũ Huy Hoàng bổ nhiệm" in a 2016 article gave the appointee
         * the minister's post "from 2015") */
        int32_t first = a->hold_first.lo, last = a->hold_last.hi;
        if (a->count == 1 && tb_span_known(&a->first_seen) && tb_span_known(&a->last_seen)) {
            first = a->first_seen.lo;
            last = a->last_seen.hi;
        }
        for (size_t x = 0; x < nt; x++) {
            const tb_tenure *b = &h[top[x]];
            if (b == a)
                continue;
            /* a lone report between two of an established holder's */
            if (tb_lone_between(a, b)) {
                h[i].flags |= TB_F_CONTRADICTED;
                break;
            }
            if (b->count < 3 || (uint64_t)b->count < (uint64_t)a->count * 4)
                continue;
            if (b->own_s2 <= first && last <= b->own_e1) {
                h[i].flags |= TB_F_CONTRADICTED;
                break;
            }
        }
    }
}

/* Succession orders holders by days, so a predecessor last seen on the day
 * its successor's appointment is stated ("Chủ tịch Sacombank X" at the
 * shareholders' meeting that elected Y) is left with an open end.  The
 * appointment is the change: another holder last seen on that day, seen
 * there from before it (or that day only) and not itself appointed then,
 * ended by it.  Few holders are appointed: the loop is over them. */
static void tb_appointment_day(tb_tenure *h, size_t n)
{
    for (size_t j = 0; j < n; j++) {
        int32_t d = tb_appointed_on(&h[j]);
        if (d == TB_OPEN_LO)
            continue;
        for (size_t i = 0; i < n; i++) {
            if (i == j || !tb_span_known(&h[i].hold_last) || h[i].hold_last.hi != d ||
                h[i].hold_first.lo > d || tb_appointed_on(&h[i]) == d)
                continue;
            h[i].e2 = tb_min(h[i].e2, d);
        }
    }
}

/* Whether a holder is a corroborated successor (rule 20): established,
 * not contradicted, and seen in office in three articles or more on two
 * days or more (syndicated copies of one report share its day), or
 * appointed on a day the news states and the registry believes. */
static int tb_corroborated(const tb_tenure *b)
{
    if (!tb_established(b) || (b->flags & TB_F_CONTRADICTED) || !tb_span_known(&b->hold_first) ||
        !tb_span_known(&b->hold_last))
        return 0;
    return (b->held_n >= 3 && b->hold_last.lo > b->hold_first.hi) ||
           tb_appointed_on(b) != TB_OPEN_LO;
}

/* A predecessor's tail after a corroborated successor (rule 20): the news
 * names an outgoing holder for days after the change — a directive cited
 * later ("Căn cứ ý kiến chỉ đạo của Thủ tướng A"), an act told in passing
 * ("Trước đó, ngày 14/1, Thủ tướng A ký …") — in the present tense.  When a
 * corroborated holder B is first seen in office on t2, after A was seen
 * there, and B is reported after A's last sighting, A's sightings from t2
 * on (the day itself is the change's news) are its tail when they are fewer than B's and than
 * TB_EXTREMES (the latest spans kept tell them exactly), none of them an appointment or an end
 * stated: A's last sighting for succession is then its latest before t2, so B ends A by t2.  Each
 * holder's effective last span into last[], the day it ended by into by[] (TB_OPEN_HI when no tail
 * is cut). */
static void tb_handover_tails(const tb_tenure *h, size_t n, tb_span *last, int32_t *by)
{
    size_t top[TB_RIVALS], nt = 0;
    for (size_t i = 0; i < n; i++) {
        last[i] = h[i].hold_last;
        by[i] = TB_OPEN_HI;
        if (tb_corroborated(&h[i]))
            nt = tb_rank_rival(h, i, top, nt);
    }
    for (size_t i = 0; i < n && nt > 0; i++) {
        const tb_tenure *a = &h[i];
        if (!tb_span_known(&a->hold_first) || !tb_span_known(&a->hold_last))
            continue;
        uint32_t nh = a->held_n < TB_EXTREMES ? a->held_n : TB_EXTREMES;
        for (size_t x = 0; x < nt; x++) {
            const tb_tenure *b = &h[top[x]];
            int32_t t2 = b->hold_first.lo;
            if (b == a || a->hold_first.hi >= t2 || a->hold_last.lo <= t2 ||
                b->hold_last.hi <= a->hold_last.hi || a->raw_s1 >= t2 || a->raw_e1 >= t2)
                continue;
            uint32_t after = 0;
            tb_span keep = {1, 0, PDATE_NONE, 0, {0, 0}};
            for (uint32_t k = 0; k < nh; k++) {
                const tb_span *s = &a->late[k];
                if (s->hi > a->hold_last.hi) /* set aside as misdated */
                    continue;
                if (s->lo > t2)
                    after++;
                else if (!tb_span_known(&keep) || tb_after(s, &keep))
                    keep = *s;
            }
            if (after == 0 || after >= TB_EXTREMES || after >= b->held_n || !tb_span_known(&keep))
                continue;
            if (keep.hi < last[i].hi) {
                last[i] = keep;
                by[i] = tb_min(by[i], b->hold_first.hi);
            }
        }
    }
}

/* Reset derived bounds to own bounds, then narrow by succession: when A is
 * last seen holding at t1 and B first seen holding at t2 > t1, A ended in
 * (t1, t2] and B started in (t1, t2].  Every ordered pair is a valid
 * constraint under one holder at a time, so all pairs apply: B starts after
 * the latest t1 of the holders gone before it, A ends by the earliest t2 of
 * the holders coming after it.  Two sorted sweeps, O(n log n). */
void tb_succession(tb_tenure *h, size_t n, int single_holder)
{
    for (size_t i = 0; i < n; i++) {
        h[i].s1 = h[i].own_s1;
        h[i].s2 = h[i].own_s2;
        h[i].e1 = h[i].own_e1;
        h[i].e2 = h[i].own_e2;
        h[i].flags &= ~TB_F_CONTRADICTED;
    }
    if (!single_holder || n < 2 || tb_overlapping(h, n))
        return;
    tb_contradictions(h, n);
    struct tb_kv *last = xmalloc(n * sizeof *last), *first = xmalloc(n * sizeof *first);
    tb_span *tail = xmalloc(n * sizeof *tail);
    int32_t *by = xmalloc(n * sizeof *by);
    size_t nl = 0, nf = 0;
    /* rule 20: a predecessor's sightings after a corroborated successor's
     * first are its tail, not its tenure */
    tb_handover_tails(h, n, tail, by);
    for (size_t i = 0; i < n; i++) {
        if (tail[i].hi != h[i].hold_last.hi) {
            int32_t e1 = tail[i].lo;
            if (h[i].raw_e1 != TB_OPEN_LO && h[i].raw_e1 > e1 && h[i].raw_e1 <= h[i].e1)
                e1 = h[i].raw_e1;
            h[i].e1 = tb_min(h[i].e1, e1);
            h[i].e2 = tb_min(h[i].e2, by[i]);
        }
        /* one weak claim must not overrule strong ones: only established
         * holders bound the others */
        if (!tb_established(&h[i]) || (h[i].flags & TB_F_CONTRADICTED))
            continue;
        if (tb_span_known(&tail[i]))
            last[nl++] = (struct tb_kv){tail[i].hi, tail[i].lo};
        if (tb_span_known(&h[i].hold_first))
            first[nf++] = (struct tb_kv){h[i].hold_first.lo, h[i].hold_first.hi};
    }
    qsort(last, nl, sizeof *last, tb_kv_cmp);
    qsort(first, nf, sizeof *first, tb_kv_cmp);
    /* prefix max of t1 over holders by last sighting; suffix min of t2 */
    for (size_t i = 1; i < nl; i++)
        last[i].val = tb_max(last[i].val, last[i - 1].val);
    for (size_t i = nf; i-- > 1;)
        first[i - 1].val = tb_min(first[i - 1].val, first[i].val);
    for (size_t i = 0; i < n; i++) {
        if (tb_span_known(&h[i].hold_first)) {
            size_t k = tb_kv_below(last, nl, h[i].hold_first.lo);
            if (k > 0)
                h[i].s1 = tb_max(h[i].s1, last[k - 1].val + 1);
        }
        if (tb_span_known(&tail[i]) && tail[i].hi < INT32_MAX) {
            size_t k = tb_kv_below(first, nf, tail[i].hi + 1);
            if (k < nf)
                h[i].e2 = tb_min(h[i].e2, first[k].val);
        }
    }
    free(last);
    free(first);
    free(tail);
    free(by);
    tb_appointment_day(h, n);
    for (size_t i = 0; i < n; i++) {
        tb_sane_start(&h[i].s1, &h[i].s2);
        tb_sane_end(&h[i].e1, &h[i].e2);
    }
}

/* certain when the evidence encloses part of [lo, hi] (s2 <= d <= e1 for
 * some d in it), possible when only the outer bounds allow it. */
enum tb_certainty tb_certainty_at(const tb_tenure *t, int32_t lo, int32_t hi)
{
    if (t->s2 <= t->e1 && t->s2 <= hi && t->e1 >= lo)
        return TB_CERTAIN;
    /* An open bound is unknown, not infinite: without it everyone ever seen
     * in a post would be "possible" at every date.  Posts in Vietnam run in
     * five-year terms, so an open start is taken no earlier than one term
     * before the first sighting, an open end no later than one term after
     * the last. */
    int32_t s1 = t->s1, e2 = t->e2;
    /* evidence with no date at all says nothing about when */
    if (s1 == TB_OPEN_LO && e2 == TB_OPEN_HI && !tb_span_known(&t->first_seen))
        return TB_NO;
    if (s1 == TB_OPEN_LO && tb_span_known(&t->first_seen))
        s1 = t->first_seen.lo - TB_TERM_DAYS;
    if (e2 == TB_OPEN_HI && tb_span_known(&t->last_seen))
        e2 = t->last_seen.hi + TB_TERM_DAYS;
    if (s1 <= hi && e2 >= lo && s1 <= e2)
        return TB_POSSIBLE;
    return TB_NO;
}

/* Days from [lo, hi] to the sightings window; 0 when they overlap. */
int64_t tb_distance(const tb_tenure *t, int32_t lo, int32_t hi)
{
    if (!tb_span_known(&t->first_seen))
        return INT64_MAX / 2;
    /* the sightings in office kept, without the misdated extremes set
     * aside (a Finance Minister "seen" in 2022 in a 2017 article is not
     * near 2021); else every sighting */
    int held = tb_span_known(&t->hold_first) && tb_span_known(&t->hold_last);
    int32_t first = held ? t->hold_first.lo : t->first_seen.lo;
    int32_t last = held ? t->hold_last.hi : t->last_seen.hi;
    if (hi < first)
        return (int64_t)first - hi;
    if (lo > last)
        return (int64_t)lo - last;
    return 0;
}
