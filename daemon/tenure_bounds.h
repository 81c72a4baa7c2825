/*
 * tenure_bounds.h — tenure bounds inference: observations in, TAC-KBP style
 * time bounds out.
 *
 * A tenure is one person holding one post.  Each piece of evidence is an
 * observation dated by an interval of days (a partial date such as "2017"
 * covers every day of 2017) with a status, and, for career timelines, the
 * intervals of the start ("from") and end ("to") it states.  From them we
 * keep first/last sightings, a count and four bounds: the tenure started in
 * [s1, s2] and ended in [e1, e2]; any bound may be open.  Posts with one
 * holder at a time add succession constraints between holders.
 *
 * Pure: plain structs, no I/O, no LMDB (succession allocates scratch
 * space and falls back to the own bounds without it).  daemon/registry.c
 * stores the structs and decides which observations belong together.
 */
#ifndef TENURED_TENURE_BOUNDS_H
#define TENURED_TENURE_BOUNDS_H

#include <stddef.h>
#include <stdint.h>

#include "tenure/pdate.h"

/* Open bounds: "no earlier than the beginning of time" / "no later than the
 * end of time".  Day numbers are pdate day numbers (1970-01-01 is 0). */
#define TB_OPEN_LO INT32_MIN
#define TB_OPEN_HI INT32_MAX

/* One term of office (five years), the horizon of an open bound when
 * deciding whether a holder is possible at a date. */
#define TB_TERM_DAYS 1826

enum tb_status { TB_CURRENT = 0, TB_FORMER, TB_APPOINTED, TB_ENDED, TB_ACTING, TB_STATUS_COUNT };

/* Extreme sightings kept per tenure (see tb_tenure). */
#define TB_EXTREMES 4

/* A day interval with the precision it was stated with; lo > hi (or
 * prec == PDATE_NONE) means "not known". */
typedef struct tb_span {
    int32_t lo, hi;
    uint8_t prec;
    /* TB_SPAN_FIRM: the article's own date, given by the caller or read
     * from its publication stamp, never set aside as a misreading (rule
     * 1); TB_SPAN_GUESSED: a year-less event whose year was guessed from
     * the years the text writes (the true date is this one or years
     * later); TB_SPAN_SHELVED: such a guess after its feed's period, kept
     * as no date (prec PDATE_NONE) until the period reaches it
     * (registry_feeds.c); 0 a date read from the text's events, or the
     * claim's own time.  In the struct's padding: records written before
     * read 0. */
    uint8_t firm;
    /* Zero.  Every byte of a span, an observation and a tenure is a member,
     * so a record is compared (memcmp) and stored whole with no byte left
     * undefined by a compound literal or a returned struct. */
    uint8_t pad[2];
} tb_span;
#define TB_SPAN_FIRM 1
#define TB_SPAN_GUESSED 2
#define TB_SPAN_SHELVED 3

/* One observation of (person, post). */
typedef struct tb_obs {
    tb_span date;   /* the article's date */
    uint8_t status; /* enum tb_status */
    uint8_t pad[3]; /* zero (see tb_span) */
    tb_span from;   /* career timeline start, or prec NONE */
    tb_span to;     /* career timeline end, or prec NONE */
} tb_obs;
_Static_assert(sizeof(tb_span) == offsetof(tb_span, pad) + 2, "tb_span has no unnamed padding");
_Static_assert(offsetof(tb_obs, from) == offsetof(tb_obs, pad) + 3 &&
                   sizeof(tb_obs) == offsetof(tb_obs, to) + sizeof(tb_span),
               "tb_obs has no unnamed padding");

/* Aggregate of every observation of one (person, post), plus the bounds. */
typedef struct tb_tenure {
    uint32_t count;      /* observations */
    tb_span first_seen;  /* earliest observation date */
    tb_span last_seen;   /* latest observation date */
    uint8_t last_status; /* status of the latest observation */
    /* Undated observations in office and said to have left ("nguyên"),
     * saturating at 255 (records written before read 0). */
    uint8_t undated_held, undated_gone;
    uint8_t pad;
    /* Earliest and latest observations that show the person in the post
     * (current, acting, appointed, timeline intervals): succession orders
     * holders by them. */
    tb_span hold_first, hold_last;
    /* Bounds from this tenure's own evidence. */
    int32_t own_s1, own_s2, own_e1, own_e2;
    /* Bounds after succession with the other holders of the post. */
    int32_t s1, s2, e1, e2;
    /* The evidence behind the bounds (docs/REGISTRY.md, "Evidence weight"):
     * dated observations showing the person in office (held), out of it
     * (gone: former, ended) and explicit statements (appointment, end,
     * career line); the TB_EXTREMES earliest and latest held spans and
     * earliest gone dates, so that one or two misdated sightings among
     * many can be set aside; and the bounds the explicit statements give. */
    uint32_t held_n, gone_n, explicit_n;
    uint32_t flags; /* TB_F_* */
    tb_span early[TB_EXTREMES], late[TB_EXTREMES], gone[TB_EXTREMES];
    int32_t raw_s1, raw_s2, raw_e1, raw_e2;
} tb_tenure;

/* flags: set by tb_succession */
/* A one-holder post's far better attested holder was certainly in office
 * over all of this holder's sightings: a misread claim. */
#define TB_F_CONTRADICTED 1u
/* An appointment or an end stated in the news (not a career line), and
 * believed: set by tb_finish from the two below (records written before
 * them carry only this bit and keep it). */
#define TB_F_STATED 2u
/* An appointment stated; an end stated (tb_add). */
#define TB_F_APPOINTED 8u
#define TB_F_END_STATED 16u
/* An appointment stated in an article whose year was read, not guessed
 * (tb_add): it outweighs the sightings before it whose year was guessed
 * (tb_finish).  Records written before it lack the bit: nothing changes
 * for them until their next evidence. */
#define TB_F_APPOINT_READ 32u
/* Two or more appointment statements (tb_add). */
#define TB_F_APPOINT_TWICE 64u
/* Set by tb_finish: only ever said to have left the post ("nguyên …"),
 * never seen in it and no end stated: when in the past is unknown. */
#define TB_F_HEARSAY 4u

enum tb_certainty { TB_NO = 0, TB_POSSIBLE = 1, TB_CERTAIN = 2 };

/* A span from a partial date; prec NONE when the date is unknown. */
tb_span tb_span_from_pdate(const pdate *d);
/* Whether a span holds a known interval. */
int tb_span_known(const tb_span *s);
/* The partial date a span was stated as (precision kept). */
pdate tb_span_pdate(const tb_span *s);

/* Status name <-> enum ("current", "former", "appointed", "ended", "acting");
 * unknown names read as current. */
uint8_t tb_status_parse(const char *name);
const char *tb_status_name(uint8_t status);

/* An empty tenure: no observation, every bound open. */
void tb_init(tb_tenure *t);
/* Fold one observation into the tenure (own bounds; derived = own). */
void tb_add(tb_tenure *t, const tb_obs *o);
/* Recompute the own bounds from the tenure's aggregates (tb_add calls it). */
void tb_finish(tb_tenure *t);
/* Whether the tenure is established: seen in at least two articles, or
 * stated explicitly in the news (an appointment or an end; a career line
 * alone, often a biography attributed to the wrong person, is not).  Only established
 * holders bound other holders by succession. */
int tb_established(const tb_tenure *t);
/* Holders examined for several seats (the best attested). */
#define TB_OVERLAP_TOP 32
/* Whether the holders show a post with several seats (certainly in office
 * together, with comparable evidence; see tenure_bounds.c). */
int tb_overlapping(const tb_tenure *holders, size_t n);
/* Apply one-holder-at-a-time succession across the holders of one post:
 * resets every derived bound to the own bound, then narrows them (unless
 * the holders overlap: then the post is not one-holder after all). */
void tb_succession(tb_tenure *holders, size_t n, int single_holder);
/* Whether the holder held the post during [lo, hi] (a query date interval):
 * certain when the evidence encloses part of it, possible when the bounds
 * allow it (open bounds reach one term beyond the sightings). */
enum tb_certainty tb_certainty_at(const tb_tenure *t, int32_t lo, int32_t hi);
/* Days between [lo, hi] and the tenure's sightings (0 when they overlap);
 * used to rank possible holders, most likely first. */
int64_t tb_distance(const tb_tenure *t, int32_t lo, int32_t hi);

#endif
