/*
 * output.c — how `tenure` prints: raw JSON, aligned tables, one-line errors.
 *
 * Owns display widths (UTF-8 aware through utf8proc, so Vietnamese names
 * line up), cutting long cells, and the error line format.  Does not decide
 * what a command shows.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

#include "client.h"
#include "xmalloc.h"

struct output_table {
    size_t ncols;
    size_t nrows; /* including the header */
    size_t cap;
    char **cells; /* nrows * ncols, malloc'd copies */
};

static enum output_format output_fmt = OUTPUT_TABLE;

void output_set_format(enum output_format f)
{
    output_fmt = f;
}

enum output_format output_get_format(void)
{
    return output_fmt;
}

/* Parse a --format value of a query command; -1 when unknown. */
int output_parse_format(const char *s, enum output_format *f)
{
    static const char *const names[] = {"table", "tsv", "csv"};
    for (int i = 0; i < 3; i++)
        if (strcmp(s, names[i]) == 0) {
            *f = (enum output_format)i;
            return 0;
        }
    return -1;
}

/* Escape codes only on a terminal, and never when NO_COLOR is set and not
 * empty (https://no-color.org). */
int output_color(void)
{
    const char *nc = getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(nc && *nc);
}

/* A remark around the answer: on stdout with tables, on stderr when stdout
 * carries TSV or CSV, so those stay one table a program can read. */
void output_note(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(output_fmt == OUTPUT_TABLE ? stdout : stderr, fmt, ap);
    va_end(ap);
}

/* One CSV field, quoted when it must be (RFC 4180). */
static void output_csv_field(const char *s, FILE *out)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

/* The rows as TSV or CSV: whole cells, no padding. */
static void output_table_print_sv(struct output_table *t, FILE *out)
{
    for (size_t r = 0; r < t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            const char *s = t->cells[r * t->ncols + c];
            if (c)
                fputc(output_fmt == OUTPUT_CSV ? ',' : '\t', out);
            if (output_fmt == OUTPUT_CSV)
                output_csv_field(s, out);
            else
                fputs(s, out);
        }
        fputc('\n', out);
    }
}

/* One compact JSON line. */
void output_json(json_t *v)
{
    char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    if (s) {
        puts(s);
        free(s);
    }
}

/* "tenure: ..." on stderr. */
void output_error(const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    fprintf(stderr, "tenure: %s\n", buf);
}

/* Display text of a JSON value. */
char *output_text(json_t *v)
{
    if (!v || json_is_null(v))
        return xstrdup("-");
    if (json_is_string(v))
        return xstrdup(json_string_value(v));
    char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    return s ? s : xstrdup("?");
}

/* New table with a header row. */
struct output_table *output_table_new(size_t ncols, const char *const *headers)
{
    struct output_table *t = xcalloc(1, sizeof *t);
    t->ncols = ncols;
    output_table_add(t, headers);
    return t;
}

/* Append a row (cells copied; NULL shows as "-"). */
void output_table_add(struct output_table *t, const char *const *cells)
{
    if (t->nrows == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 16;
        t->cells = xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
    }
    for (size_t i = 0; i < t->ncols; i++) {
        char *s = xstrdup(cells[i] ? cells[i] : "-");
        /* Tabs and newlines would break the columns. */
        for (char *p = s; *p; p++)
            if (*p == '\n' || *p == '\t' || *p == '\r')
                *p = ' ';
        t->cells[t->nrows * t->ncols + i] = s;
    }
    t->nrows++;
}

/* Display columns of a UTF-8 string, and the byte length that fits in max
 * columns (max 0 = all). */
static size_t output_width(const char *s, size_t max, size_t *fit_bytes)
{
    size_t w = 0, i = 0, n = strlen(s);
    *fit_bytes = n;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            k = 1;
            cp = '?';
        }
        int cw = utf8proc_charwidth(cp);
        if (cw < 0)
            cw = 0;
        if (max && w + (size_t)cw > max) {
            *fit_bytes = i;
            return w;
        }
        w += (size_t)cw;
        i += (size_t)k;
    }
    return w;
}

/* Print with every column as wide as its widest cell. */
void output_table_print(struct output_table *t, FILE *out, size_t max_width)
{
    if (output_fmt != OUTPUT_TABLE) {
        output_table_print_sv(t, out);
        return;
    }
    if (!isatty(fileno(out)))
        max_width = 0; /* a program or a file gets whole cells */
    size_t *widths = xcalloc(t->ncols, sizeof *widths);
    size_t fit;
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < t->ncols; c++) {
            size_t w = output_width(t->cells[r * t->ncols + c], max_width, &fit);
            if (w > widths[c])
                widths[c] = w;
        }
    for (size_t r = 0; r < t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            const char *s = t->cells[r * t->ncols + c];
            size_t w = output_width(s, max_width, &fit);
            int cut = fit < strlen(s);
            if (cut && fit > 0) { /* room for the ellipsis */
                output_width(s, max_width - 1, &fit);
                w = output_width(s, max_width - 1, &fit);
            }
            fwrite(s, 1, fit, out);
            if (cut) {
                fputs("…", out);
                w++;
            }
            if (c + 1 < t->ncols)
                for (size_t k = w; k < widths[c] + 2; k++)
                    fputc(' ', out);
        }
        fputc('\n', out);
    }
    free(widths);
}

/* Free a table. */
void output_table_free(struct output_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    free(t);
}
