/*
 * synth.h — deterministic synthetic Vietnamese political news articles.
 *
 * Article i of seed s is a pure function of (s, i): any range can be made in
 * any order, by any number of programs, and always comes out the same.  Each
 * post (a role in a province, a ministry or a state company) has a sequence
 * of holders over 2005–2024, so the stored registry grows like a real one:
 * more articles bring more evidence for the same tenures and, over time, the
 * successors.  Articles are short (~500 bytes: a title chain, a date stamp, a
 * lead with a second official) so a million of them can be fed in minutes.
 * Owns no I/O.
 */
#ifndef TENURE_SYNTH_H
#define TENURE_SYNTH_H

#include <stddef.h>
#include <stdint.h>

#define SYNTH_TEXT_MAX 2048

typedef struct synth_article {
    char text[SYNTH_TEXT_MAX];
    size_t len;
    char date[40];      /* YYYY-MM-DD of the article */
    char person[96];    /* the main official named */
    char position[192]; /* their post, as a label */
    char org[160];      /* the post's organization */
} synth_article;

/* Make article index of seed into *out. */
void synth_make(uint64_t seed, uint64_t index, synth_article *out);

/* Probe split for the scale test (0, the default: none).  With split S,
 * articles [0, S) name only the "probe" posts (every post of one province
 * in six) and articles from S on never do, so the answers about what the
 * first S articles mention are the same in a store of S or of 1M articles:
 * what grows is the store and its indexes, not the answers — exactly what
 * flat_ratio must isolate.  Call before any synth_make. */
void synth_set_probe_split(uint64_t split);

#endif
