/*
 * cmd_timeline.c — `tenure timeline NAME`: a person's posts drawn as a
 * terminal timeline, one bar per post over a year axis.
 *
 *   ━  certain: the evidence encloses these days (started before, ended after)
 *   ─  possible: inside the outer bounds only
 *   ●  a day with evidence
 *
 * The daemon sends the data (method "timeline"); the drawing is the
 * client's, sized to $COLUMNS (80 when unset).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "registry_fmt.h"
#include "tenure/pdate.h"
#include "tenure/utf8.h"
#include "xmalloc.h"

extern const struct cmd_entry cmd_timeline_entry;

#define TIMELINE_LABEL_MAX 34

enum timeline_cell { CELL_EMPTY, CELL_POSSIBLE, CELL_CERTAIN, CELL_DOT };

/* First (or last) day of a partial date string; fallback when absent. */
static int32_t timeline_day(json_t *v, int last, int32_t fallback)
{
    pdate d;
    const char *s = json_string_value(v);
    if (!s || pdate_parse(s, &d) < 0)
        return fallback;
    return last ? pdate_last_day(&d) : pdate_first_day(&d);
}

/* Code points in a UTF-8 string (one column each for NFC Vietnamese). */
static size_t timeline_width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += (size_t)tx_utf8_is_start((unsigned char)*s);
    return n;
}

/* Print a label cut or padded to w columns. */
static void timeline_label(const char *s, size_t w)
{
    size_t n = timeline_width(s), cols = 0;
    if (n <= w) {
        printf("%s%*s", s, (int)(w - n), "");
        return;
    }
    for (; *s && cols < w - 1; cols++) {
        putchar(*s++);
        while (*s && !tx_utf8_is_start((unsigned char)*s))
            putchar(*s++);
    }
    printf("…");
}

/* Column of a day on a bar of width w spanning [d0, d1]. */
static int timeline_col(int32_t day, int32_t d0, int32_t d1, int w)
{
    if (day <= d0)
        return 0;
    if (day >= d1)
        return w - 1;
    return (int)((int64_t)(day - d0) * (w - 1) / (d1 - d0));
}

/* Draw the timeline of one "timeline" result. */
static void timeline_draw(json_t *res)
{
    json_t *positions = json_object_get(res, "positions"), *p, *d;
    size_t i, j, label_w = 8;
    int32_t d0 = INT32_MAX, d1 = INT32_MIN;
    const char *cols_env = getenv("COLUMNS");
    int cols = cols_env ? atoi(cols_env) : 80;
    if (cols < 40)
        cols = 40;
    json_array_foreach(positions, i, p)
    {
        int32_t a = timeline_day(json_object_get(p, "first_seen"), 0, INT32_MAX);
        int32_t b = timeline_day(json_object_get(p, "last_seen"), 1, INT32_MIN);
        int32_t s = timeline_day(json_object_get(json_object_get(p, "start"), "after"), 0, a);
        int32_t e = timeline_day(json_object_get(json_object_get(p, "end"), "before"), 1, b);
        if (s < d0)
            d0 = s;
        if (e > d1)
            d1 = e;
        size_t w = timeline_width(json_string_value(json_object_get(p, "position")));
        if (w > label_w)
            label_w = w;
    }
    printf("%s\n", json_string_value(json_object_get(res, "person")));
    if (d0 > d1) {
        printf("no dated evidence\n");
        return;
    }
    if (label_w > TIMELINE_LABEL_MAX)
        label_w = TIMELINE_LABEL_MAX;
    /* whole years on the axis */
    pdate y0 = pdate_from_days(d0), y1 = pdate_from_days(d1);
    d0 = pdate_days_from_civil(y0.year, 1, 1);
    d1 = pdate_days_from_civil(y1.year, 12, 31);
    int w = cols - (int)label_w - 2;
    if (w < 20)
        w = 20;
    enum timeline_cell *row = xmalloc((size_t)w * sizeof *row);
    json_array_foreach(positions, i, p)
    {
        json_t *start = json_object_get(p, "start"), *end = json_object_get(p, "end");
        int32_t first = timeline_day(json_object_get(p, "first_seen"), 0, d0);
        int32_t last = timeline_day(json_object_get(p, "last_seen"), 1, d1);
        int32_t ps = timeline_day(json_object_get(start, "after"), 0, first);
        int32_t pe = timeline_day(json_object_get(end, "before"), 1, last);
        int32_t cs = timeline_day(json_object_get(start, "before"), 1, INT32_MAX);
        int32_t ce = timeline_day(json_object_get(end, "after"), 0, INT32_MIN);
        for (int c = 0; c < w; c++)
            row[c] = CELL_EMPTY;
        for (int c = timeline_col(ps, d0, d1, w); c <= timeline_col(pe, d0, d1, w); c++)
            row[c] = CELL_POSSIBLE;
        if (cs <= ce)
            for (int c = timeline_col(cs, d0, d1, w); c <= timeline_col(ce, d0, d1, w); c++)
                row[c] = CELL_CERTAIN;
        json_array_foreach(json_object_get(p, "dates"), j, d)
        {
            row[timeline_col(timeline_day(d, 0, d0), d0, d1, w)] = CELL_DOT;
        }
        timeline_label(json_string_value(json_object_get(p, "position")), label_w);
        printf("  ");
        for (int c = 0; c < w; c++)
            fputs(row[c] == CELL_DOT        ? "●"
                  : row[c] == CELL_CERTAIN  ? "━"
                  : row[c] == CELL_POSSIBLE ? "─"
                                            : " ",
                  stdout);
        putchar('\n');
    }
    /* the year axis: a tick at each 1 January, labels where they fit */
    char *axis = xmalloc((size_t)w + 1), *ticks = xmalloc((size_t)w + 1);
    memset(axis, ' ', (size_t)w);
    memset(ticks, ' ', (size_t)w);
    axis[w] = ticks[w] = '\0';
    int free_from = 0;
    for (int y = y0.year; y <= y1.year; y++) {
        int c = timeline_col(pdate_days_from_civil(y, 1, 1), d0, d1, w);
        ticks[c] = '|';
        if (c >= free_from && c + 4 <= w) {
            char year[8];
            snprintf(year, sizeof year, "%04d", y % 10000);
            memcpy(axis + c, year, 4);
            free_from = c + 5;
        }
    }
    printf("%*s  %s\n%*s  %s\n", (int)label_w, "", ticks, (int)label_w, "", axis);
    printf("%*s  ━ certain  ─ possible  ● evidence\n", (int)label_w, "");
    free(axis);
    free(ticks);
    free(row);
}

/* Call "timeline" and draw it. */
static int cmd_timeline_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    int rc;
    if (argc != 2 || argv[1][0] == '-')
        return tenure_usage(&cmd_timeline_entry);
    json_t *res = tenure_call(ctx, "timeline", json_pack("{s:s}", "name", argv[1]), &rc);
    if (!res)
        return rc;
    if (ctx->json)
        output_json(res);
    else if (output_get_format() != OUTPUT_TABLE) {
        /* the data behind the drawing: one row per post */
        static const char *const head[] = {"POSITION", "FIRST SEEN", "LAST SEEN",
                                           "STARTED",  "ENDED",      "EVIDENCE DATES"};
        struct output_table *t = output_table_new(6, head);
        json_t *p, *d;
        size_t i, j;
        json_array_foreach(json_object_get(res, "positions"), i, p)
        {
            char *cells[6];
            cells[0] = output_text(json_object_get(p, "position"));
            cells[1] = output_text(json_object_get(p, "first_seen"));
            cells[2] = output_text(json_object_get(p, "last_seen"));
            cells[3] = registry_fmt_bounds(json_object_get(p, "start"));
            cells[4] = registry_fmt_bounds(json_object_get(p, "end"));
            size_t n = 1;
            json_array_foreach(json_object_get(p, "dates"), j, d) n += json_string_length(d) + 1;
            cells[5] = xcalloc(1, n);
            json_array_foreach(json_object_get(p, "dates"), j, d)
            {
                if (j)
                    strcat(cells[5], " ");
                if (json_is_string(d))
                    strcat(cells[5], json_string_value(d));
            }
            output_table_add(t, (const char *const *)cells);
            for (int c = 0; c < 6; c++)
                free(cells[c]);
        }
        output_table_print(t, stdout, 0);
        output_table_free(t);
        registry_fmt_alternatives(res, "people");
    } else {
        timeline_draw(res);
        registry_fmt_alternatives(res, "people");
    }
    json_decref(res);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_timeline_entry = {
    "timeline", "NAME|#ID", "a person's posts drawn as a terminal timeline", cmd_timeline_exec};
