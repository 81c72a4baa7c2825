/*
 * cmd_export.c — `tenure export --format popolo|ftm|quickstatements|csv
 * [--limit N [--after CURSOR]] [--as-of DATE]`: the registry on stdout,
 * fetched page by page so that neither side holds it in memory.  Without
 * --limit, the whole registry; with it, one page of N keys after CURSOR,
 * and the next cursor on stderr ("next: CURSOR").
 *
 * popolo           one JSON document {"persons":[…],"organizations":[…],
 *                  "posts":[…],"memberships":[…]}, written as pages arrive
 * ftm              FollowTheMoney entities, one JSON object per line
 * quickstatements  Wikidata QuickStatements V1 lines (tab-separated), P39
 *                  for linked posts only; the rest counted on stderr
 * csv              one row per tenure (RFC 4180, header first)
 */
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "registry_fmt.h"
#include "xmalloc.h"

extern const struct cmd_entry cmd_export_entry;

static const char *const export_sections[] = {"persons", "organizations", "posts", "memberships"};

/* Index of a Popolo section name. */
static int cmd_export_section(const char *name)
{
    for (int i = 0; i < 4; i++)
        if (name && strcmp(name, export_sections[i]) == 0)
            return i;
    return -1;
}

/* Open Popolo sections up to and including `to`, closing the current one. */
static void cmd_export_popolo_open(int *current, int to, int *first)
{
    while (*current < to) {
        if (*current >= 0)
            fputs("]", stdout);
        (*current)++;
        printf("%s\"%s\":[", *current ? "," : "{", export_sections[*current]);
        *first = 1;
    }
}

/* One CSV field (RFC 4180); null is empty. */
static void cmd_export_csv_field(json_t *v)
{
    char *s = json_is_null(v) || !v ? xstrdup("") : output_text(v);
    if (strpbrk(s, ",\"\r\n")) {
        putchar('"');
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                putchar('"');
            putchar(*p);
        }
        putchar('"');
    } else
        fputs(s, stdout);
    free(s);
}

/* One CSV line of an array. */
static void cmd_export_csv_row(json_t *row)
{
    json_t *v;
    size_t i;
    json_array_foreach(row, i, v)
    {
        if (i)
            putchar(',');
        cmd_export_csv_field(v);
    }
    fputs("\r\n", stdout);
}

/* Posts left out of QuickStatements, counted once each (ids are dense). */
struct cmd_export_seen {
    unsigned char *bits;
    size_t nbits, distinct;
    long long tenures;
};

static void cmd_export_seen_add(struct cmd_export_seen *s, json_int_t id)
{
    if (id < 0 || id > 0xffffffffLL)
        return;
    if ((size_t)id >= s->nbits) {
        size_t n = s->nbits ? s->nbits : 4096;
        while (n <= (size_t)id)
            n *= 2;
        s->bits = xrealloc(s->bits, n / 8);
        memset(s->bits + s->nbits / 8, 0, (n - s->nbits) / 8);
        s->nbits = n;
    }
    if (!(s->bits[id / 8] & (1u << (id % 8)))) {
        s->bits[id / 8] |= (unsigned char)(1u << (id % 8));
        s->distinct++;
    }
}

/* Page through "export" and write each page out. */
static int cmd_export_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    const char *format = NULL, *v, *as_of = NULL;
    char *after = NULL;
    long limit = 0;
    int rc;
    for (int i = 1; i < argc; i++) {
        if ((v = registry_fmt_option(argc, argv, &i, "--format")))
            format = v;
        else if ((v = registry_fmt_option(argc, argv, &i, "--limit"))) {
            if ((limit = registry_fmt_limit("export", v)) < 0)
                return CLIENT_EXIT_USAGE;
        } else if ((v = registry_fmt_option(argc, argv, &i, "--after"))) {
            free(after);
            after = xstrdup(v);
        } else if ((v = registry_fmt_option(argc, argv, &i, "--as-of"))) {
            if (!registry_fmt_date_ok(v)) {
                output_error("--as-of: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"%s\"", v);
                free(after);
                return CLIENT_EXIT_USAGE;
            }
            as_of = v;
        } else if (strcmp(argv[i], "--page") == 0 || strncmp(argv[i], "--page=", 7) == 0) {
            output_error("export: --page is gone (it was a page size): use --limit N for one page "
                         "of N items and --after CURSOR for the next");
            free(after);
            return CLIENT_EXIT_USAGE;
        } else {
            free(after);
            return tenure_usage(&cmd_export_entry);
        }
    }
    if (!format || (strcmp(format, "popolo") && strcmp(format, "quickstatements") &&
                    strcmp(format, "ftm") && strcmp(format, "csv"))) {
        output_error("export: --format popolo, ftm, quickstatements or csv is needed%s%s%s",
                     format ? " (not \"" : "", format ? format : "", format ? "\")" : "");
        free(after);
        return CLIENT_EXIT_USAGE;
    }
    int popolo = strcmp(format, "popolo") == 0, csv = strcmp(format, "csv") == 0;
    int qs = strcmp(format, "quickstatements") == 0, section = -1, first = 1, one_page = limit > 0;
    int resumed = after != NULL;
    struct cmd_export_seen unlinked = {0};
    for (;;) {
        json_t *params =
            json_pack("{s:s,s:I}", "format", format, "limit", (json_int_t)(limit ? limit : 500));
        if (after)
            json_object_set_new(params, "after", json_string(after));
        if (as_of)
            json_object_set_new(params, "as_of", json_string(as_of));
        json_t *page = tenure_call(ctx, "export", params, &rc);
        if (!page) {
            free(after);
            free(unlinked.bits);
            return rc;
        }
        json_t *items = json_object_get(page, csv ? "rows" : qs ? "lines" : "items");
        json_t *it;
        size_t i;
        if (csv && first && !resumed) { /* a page after a cursor continues a file */
            cmd_export_csv_row(json_object_get(page, "columns"));
            first = 0;
        }
        json_array_foreach(items, i, it)
        {
            if (csv) {
                cmd_export_csv_row(it);
            } else if (json_is_string(it)) {
                puts(json_string_value(it));
            } else if (popolo) {
                int s = cmd_export_section(json_string_value(json_object_get(it, "section")));
                if (s < 0)
                    continue;
                cmd_export_popolo_open(&section, s, &first);
                char *text = json_dumps(json_object_get(it, "value"), JSON_COMPACT);
                printf("%s\n%s", first ? "" : ",", text ? text : "null");
                free(text);
                first = 0;
            } else {
                output_json(it);
            }
        }
        json_t *ul = json_object_get(page, "unlinked");
        unlinked.tenures += json_integer_value(json_object_get(ul, "tenures"));
        json_array_foreach(json_object_get(ul, "posts"), i, it)
            cmd_export_seen_add(&unlinked, json_integer_value(it));
        free(after);
        after = NULL;
        const char *next = json_string_value(json_object_get(page, "next"));
        if (next)
            after = xstrdup(next);
        json_decref(page);
        if (!after || one_page)
            break;
    }
    if (popolo) {
        cmd_export_popolo_open(&section, 3, &first);
        puts("]}");
    }
    if (fflush(stdout) != 0) {
        output_error("writing the export failed");
        free(after);
        free(unlinked.bits);
        return CLIENT_EXIT_ERROR;
    }
    if (unlinked.tenures)
        output_error("left out %lld tenure(s) of %zu post(s) without a Wikidata item: link them "
                     "with tenure link post ID Q… or conf/lexicon/wikidata_posts.tsv",
                     unlinked.tenures, unlinked.distinct);
    if (one_page)
        fprintf(stderr, after ? "next: %s\n" : "next: none (this was the last page)\n", after);
    free(after);
    free(unlinked.bits);
    return CLIENT_EXIT_OK;
}

const struct cmd_entry cmd_export_entry = {
    "export", "--format popolo|ftm|quickstatements|csv [--limit N [--after CURSOR]] [--as-of DATE]",
    "the registry as Popolo JSON, FollowTheMoney entities, Wikidata QuickStatements or CSV",
    cmd_export_exec};
