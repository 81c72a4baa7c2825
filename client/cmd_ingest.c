/*
 * cmd_ingest.c — `tenure ingest [--date D] [--source S] [--title T]
 * [--source-path] FILE|DIR|- ...` and `tenure ingest --jsonl FILE|- ...`:
 * store articles, any number per call, over one connection with a bounded
 * pipeline window.
 *
 * Owns what each article's request says: its metadata from the caller's
 * options, from "# url = / # date = / # title =" header lines at the top of
 * the text, and (JSON Lines) from the line's own keys; the stored source is
 * a URL whenever one is known, else what the caller gave, and a client-side
 * path only with --source-path.  Also owns the per-article outcome lines
 * (errors always, results with --json), the progress line on stderr (a
 * terminal: count, rate, ETA) and the closing summary "N new, M already
 * stored, K failed" with a note of new articles without a date or roles.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "client.h"
#include "tenure/utf8.h"
#include "xmalloc.h"

extern const struct cmd_entry cmd_ingest_entry;

/* Requests in flight at once: the daemon's default write_batch_max, so one
 * group commit (one fsync) can take a whole window (measured on the bulk
 * corpus: 7.8-12 s for 11,512 articles at 256 against 12.4-15.5 s at 64);
 * still a bound on memory on both sides. */
#define CMD_INGEST_WINDOW 256

/* Longest title taken from an article's first line, in bytes. */
#define CMD_INGEST_TITLE_MAX 300

/* Header lines looked at before the text proper. */
#define CMD_INGEST_HEADER_LINES 16

/* The JSON Lines keys with a meaning of their own; the rest is metadata. */
static const char *const cmd_ingest_keys[] = {"text", "url", "date", "title", "id", "source"};

struct cmd_ingest_state {
    struct cmd_ctx *ctx;
    const char *date, *source, *title;
    int source_path; /* --source-path: a file's path (or FILE:LINE) is its source */
    size_t total;    /* files given (0 for JSON Lines: unknown) */
    size_t done, fresh, dup, failed, undated, roleless;
    int progress;
    struct timespec t0, shown;
    /* JSON Lines */
    char **files;
    size_t nfiles, file; /* the file being read */
    struct input_lines *lines;
};

/* Seconds since t0. */
static double cmd_ingest_elapsed(const struct timespec *t0, const struct timespec *now)
{
    return (double)(now->tv_sec - t0->tv_sec) + (double)(now->tv_nsec - t0->tv_nsec) / 1e9;
}

/* "# key = value" header of the text: value of `key` (trimmed) into *v,
 * *vlen; 1 when found.  Headers are the lines starting with '#' before the
 * first other non-empty line. */
static int cmd_ingest_header(const char *text, size_t len, const char *key, const char **v,
                             size_t *vlen)
{
    size_t i = 0, klen = strlen(key);
    for (int n = 0; i < len && n < CMD_INGEST_HEADER_LINES; n++) {
        size_t end = i;
        while (end < len && text[end] != '\n')
            end++;
        size_t a = i, b = end;
        while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r'))
            a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r'))
            b--;
        if (b > a && text[a] != '#')
            return 0;
        if (b > a) {
            size_t p = a + 1;
            while (p < b && text[p] == ' ')
                p++;
            if (b - p > klen && memcmp(text + p, key, klen) == 0) {
                p += klen;
                while (p < b && text[p] == ' ')
                    p++;
                if (p < b && text[p] == '=') {
                    p++;
                    while (p < b && text[p] == ' ')
                        p++;
                    if (p < b) {
                        *v = text + p;
                        *vlen = b - p;
                        return 1;
                    }
                }
            }
        }
        i = end + 1;
    }
    return 0;
}

/* A date as feeds write it — YYYY, YYYY-MM, YYYY-MM-DD, YYYYMMDD, or an
 * ISO 8601 time (its date part) — as YYYY[-MM[-DD]] in out (11 bytes).
 * -1 when it is none of these. */
static int cmd_ingest_date(const char *s, size_t n, char out[11])
{
    size_t d = 0;
    while (d < n && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == 8 && (n == 8 || s[8] == 'T' || s[8] == ' ')) {
        snprintf(out, 11, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
        return 0;
    }
    if (d != 4)
        return -1;
    size_t k = 4;
    if (k < n && s[k] == '-') { /* -MM */
        if (k + 3 > n || s[k + 1] < '0' || s[k + 1] > '9' || s[k + 2] < '0' || s[k + 2] > '9')
            return -1;
        k += 3;
        if (k < n && s[k] == '-') { /* -DD */
            if (k + 3 > n || s[k + 1] < '0' || s[k + 1] > '9' || s[k + 2] < '0' || s[k + 2] > '9')
                return -1;
            k += 3;
        }
    }
    if (k < n && !(k == 10 && (s[k] == 'T' || s[k] == ' ')))
        return -1;
    memcpy(out, s, k);
    out[k] = '\0';
    return 0;
}

/* Whether s is an http(s) URL. */
static int cmd_ingest_is_url(const char *s, size_t n)
{
    return (n > 7 && memcmp(s, "http://", 7) == 0) || (n > 8 && memcmp(s, "https://", 8) == 0);
}

/* The article's first non-empty line that is not a "# key = value" header,
 * trimmed and cut at a character boundary: the title when none is given
 * (news files open with their headline).  NULL when there is none. */
static json_t *cmd_ingest_first_line(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t end = i;
        while (end < len && text[end] != '\n')
            end++;
        size_t a = i, b = end;
        while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r'))
            a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r'))
            b--;
        if (b > a && text[a] != '#') {
            if (b - a > CMD_INGEST_TITLE_MAX) {
                /* never split a UTF-8 sequence (text[a] begins one) */
                b = tx_utf8_back(text, a + CMD_INGEST_TITLE_MAX);
            }
            return json_stringn(text + a, b - a);
        }
        i = end + 1;
    }
    return NULL;
}

/* Fill what the text's header says and the caller did not: date, source
 * (a URL header only), title (else the first line).  p has "text". */
static void cmd_ingest_from_text(json_t *p, const char *text, size_t len)
{
    const char *v;
    size_t vl;
    char d[11];
    if (!json_object_get(p, "date") && cmd_ingest_header(text, len, "date", &v, &vl) &&
        cmd_ingest_date(v, vl, d) == 0)
        json_object_set_new(p, "date", json_string(d));
    if (!json_object_get(p, "url") && cmd_ingest_header(text, len, "url", &v, &vl) &&
        cmd_ingest_is_url(v, vl))
        json_object_set_new(p, "url", json_stringn(v, vl));
    if (!json_object_get(p, "title")) {
        json_t *t = cmd_ingest_header(text, len, "title", &v, &vl)
                        ? json_stringn(v, vl)
                        : cmd_ingest_first_line(text, len);
        if (t)
            json_object_set_new(p, "title", t);
    }
}

/* The stored source: the URL when known, else what the caller gave (the
 * line's "source", --source), else with --source-path the label.  "url"
 * is not a param of the method: it is consumed here. */
static void cmd_ingest_source(struct cmd_ingest_state *st, json_t *p, const char *label)
{
    json_t *url = json_incref(json_object_get(p, "url"));
    json_object_del(p, "url");
    if (url) {
        json_t *given = json_object_get(p, "source");
        if (given && !json_equal(given, url)) { /* keep what the feed said, as metadata */
            json_t *meta = json_object_get(p, "meta");
            if (!meta) {
                meta = json_object();
                json_object_set_new(p, "meta", meta);
            }
            json_object_set(meta, "source", given);
        }
        json_object_set_new(p, "source", url);
    } else if (!json_object_get(p, "source")) {
        if (st->source)
            json_object_set_new(p, "source", json_string(st->source));
        else if (st->source_path && strcmp(label, "-") != 0)
            json_object_set_new(p, "source", json_string(label));
    }
}

/* The caller's --date and --title, unless the article has its own. */
static void cmd_ingest_given(struct cmd_ingest_state *st, json_t *p)
{
    if (st->date && !json_object_get(p, "date"))
        json_object_set_new(p, "date", json_string(st->date));
    if (st->title && !json_object_get(p, "title"))
        json_object_set_new(p, "title", json_string(st->title));
}

/* Params of one file. */
static json_t *cmd_ingest_params(const char *path, const char *text, size_t len, void *arg)
{
    struct cmd_ingest_state *st = arg;
    json_t *p = json_object();
    json_object_set_new(p, "text", json_stringn(text, len));
    cmd_ingest_given(st, p);
    cmd_ingest_from_text(p, text, len);
    cmd_ingest_source(st, p, path);
    return p;
}

/* Params of one JSON line, or a local failure naming what is wrong. */
static void cmd_ingest_line(struct cmd_ingest_state *st, const char *line, size_t len,
                            struct input_item *it)
{
    json_error_t jerr;
    json_t *o = json_loadb(line, len, 0, &jerr);
    if (!o) {
        input_item_fail(it, "not JSON (column %d): %s", jerr.column, jerr.text);
        return;
    }
    if (!json_is_object(o)) {
        json_decref(o);
        input_item_fail(it, "not a JSON object");
        return;
    }
    json_t *text = json_object_get(o, "text");
    if (!json_is_string(text) || json_string_length(text) == 0) {
        json_decref(o);
        input_item_fail(it, "%s", text ? "\"text\" must be a non-empty string" : "no \"text\" key");
        return;
    }
    json_t *p = json_object(), *meta = json_object();
    json_object_set(p, "text", text);
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v)
    {
        size_t k = 0;
        while (k < sizeof cmd_ingest_keys / sizeof *cmd_ingest_keys &&
               strcmp(key, cmd_ingest_keys[k]) != 0)
            k++;
        if (k == sizeof cmd_ingest_keys / sizeof *cmd_ingest_keys) {
            json_object_set(meta, key, v); /* not ours: kept as it came */
            continue;
        }
        if (k == 0 || json_is_null(v))
            continue;
        if (!json_is_string(v)) {
            input_item_fail(it, "\"%s\" must be a string", key);
            goto bad;
        }
        if (strcmp(key, "date") == 0) {
            char d[11];
            if (cmd_ingest_date(json_string_value(v), json_string_length(v), d) != 0) {
                input_item_fail(it, "\"date\" must be YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD");
                goto bad;
            }
            json_object_set_new(p, "date", json_string(d));
        } else if (strcmp(key, "url") == 0) {
            if (!cmd_ingest_is_url(json_string_value(v), json_string_length(v))) {
                input_item_fail(it, "\"url\" must be an http(s) URL");
                goto bad;
            }
            json_object_set(p, "url", v);
        } else if (strcmp(key, "id") == 0) {
            json_object_set(meta, "id", v);
        } else {
            json_object_set(p, key, v);
        }
    }
    if (json_object_size(meta))
        json_object_set(p, "meta", meta);
    json_decref(meta);
    cmd_ingest_given(st, p);
    cmd_ingest_from_text(p, json_string_value(text), json_string_length(text));
    cmd_ingest_source(st, p, it->label);
    json_decref(o);
    it->params = p;
    return;
bad:
    json_decref(meta);
    json_decref(p);
    json_decref(o);
}

/* Producer over the JSON Lines files, in order; blank lines are skipped. */
static int cmd_ingest_next_line(struct input_item *it, void *arg)
{
    struct cmd_ingest_state *st = arg;
    for (;;) {
        if (!st->lines) {
            if (st->file == st->nfiles)
                return 0;
            st->lines = input_lines_open(st->files[st->file]);
            if (!st->lines) {
                output_error("%s: %s", st->files[st->file], strerror(errno));
                st->failed++;
                st->file++;
                continue;
            }
        }
        const char *line, *why = NULL;
        size_t len;
        int rc = input_lines_next(st->lines, &line, &len, &why);
        if (rc <= 0) {
            if (rc < 0) {
                output_error("%s: line %lld: %s; the rest of this file is not read",
                             st->files[st->file], input_lines_number(st->lines) + 1,
                             why ? why : "read error");
                st->failed++;
            }
            input_lines_close(st->lines);
            st->lines = NULL;
            st->file++;
            continue;
        }
        size_t a = 0;
        while (a < len && (line[a] == ' ' || line[a] == '\t' || line[a] == '\r'))
            a++;
        if (a == len)
            continue;
        const char *name = strcmp(st->files[st->file], "-") == 0 ? "stdin" : st->files[st->file];
        size_t n = strlen(name) + 24;
        it->label = xmalloc(n);
        snprintf(it->label, n, "%s:%lld", name, input_lines_number(st->lines));
        cmd_ingest_line(st, line, len, it);
        return 1;
    }
}

/* The progress line: count, rate, and an ETA when the end can be told. */
static void cmd_ingest_show_progress(struct cmd_ingest_state *st, int force)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (!force && cmd_ingest_elapsed(&st->shown, &now) < 0.2)
        return;
    st->shown = now;
    double t = cmd_ingest_elapsed(&st->t0, &now), rate = t > 0 ? (double)st->done / t : 0,
           frac = -1;
    if (st->total)
        frac = (double)st->done / (double)st->total;
    else if (st->nfiles && st->lines) {
        double f = input_lines_progress(st->lines);
        if (f >= 0)
            frac = ((double)st->file + f) / (double)st->nfiles;
    }
    fprintf(stderr, "\r\033[K%zu", st->done);
    if (st->total)
        fprintf(stderr, "/%zu", st->total);
    fprintf(stderr, " articles, %.0f/s", rate);
    if (frac > 0.001 && t > 0.5) {
        long eta = (long)(t * (1 - frac) / frac + 0.5);
        fprintf(stderr, ", ETA %ld:%02ld", eta / 60, eta % 60);
    }
    fprintf(stderr, " (%zu new, %zu already stored, %zu failed)", st->fresh, st->dup, st->failed);
}

/* One article's outcome. */
static void cmd_ingest_result(const char *label, json_t *res, const struct client_error *err,
                              void *arg)
{
    struct cmd_ingest_state *st = arg;
    st->done++;
    if (!res) {
        st->failed++;
        if (st->progress)
            fputs("\r\033[K", stderr);
        output_error("%s: %s", label, err->message);
    } else {
        if (json_is_true(json_object_get(res, "new"))) {
            st->fresh++;
            if (json_is_null(json_object_get(res, "date")))
                st->undated++;
            if (json_integer_value(json_object_get(res, "roles")) == 0)
                st->roleless++;
        } else
            st->dup++;
        if (st->ctx->json) {
            json_t *line = json_pack("{s:s, s:O}", "file", label, "result", res);
            output_json(line);
            json_decref(line);
        }
    }
    if (st->progress)
        cmd_ingest_show_progress(st, !res);
}

/* Parse options, collect files, feed them. */
static int cmd_ingest_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
    struct cmd_ingest_state st = {.ctx = ctx};
    int i = 1, jsonl = 0;
    for (; i < argc; i++) {
        const char **slot = NULL;
        if (strcmp(argv[i], "--date") == 0)
            slot = &st.date;
        else if (strcmp(argv[i], "--source") == 0)
            slot = &st.source;
        else if (strcmp(argv[i], "--title") == 0)
            slot = &st.title;
        else if (strcmp(argv[i], "--source-path") == 0) {
            st.source_path = 1;
            continue;
        } else if (strcmp(argv[i], "--jsonl") == 0) {
            jsonl = 1;
            continue;
        } else if (strcmp(argv[i], "--json") == 0) {
            ctx->json = 1;
            continue;
        } else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            output_error("ingest: unknown option %s (see tenure ingest --help)", argv[i]);
            return CLIENT_EXIT_USAGE;
        } else
            break;
        if (++i == argc) {
            output_error("ingest: %s needs a value", argv[i - 1]);
            return CLIENT_EXIT_USAGE;
        }
        *slot = argv[i];
    }
    if (i == argc) {
        output_error("ingest: no FILE, DIR or - given");
        return tenure_usage(&cmd_ingest_entry);
    }
    char d[11];
    if (st.date && cmd_ingest_date(st.date, strlen(st.date), d) != 0) {
        output_error("ingest: --date must be YYYY, YYYY-MM or YYYY-MM-DD");
        return CLIENT_EXIT_USAGE;
    }
    clock_gettime(CLOCK_MONOTONIC, &st.t0);
    st.progress = isatty(STDERR_FILENO);
    char **paths = NULL;
    size_t n = 0;
    int rc;
    if (jsonl) {
        st.files = argv + i;
        st.nfiles = (size_t)(argc - i);
        rc = input_feed(ctx, CMD_INGEST_WINDOW, "ingest", cmd_ingest_next_line, &st,
                        cmd_ingest_result, &st);
        input_lines_close(st.lines);
        if (st.failed && rc == CLIENT_EXIT_OK)
            rc = CLIENT_EXIT_ERROR; /* files that could not be opened */
    } else {
        int missing = input_collect(argc - i, argv + i, &paths, &n);
        st.failed = (size_t)missing;
        st.total = n;
        st.progress = st.progress && n > 1;
        rc = n ? input_pipeline(ctx, paths, n, CMD_INGEST_WINDOW, "ingest", cmd_ingest_params,
                                cmd_ingest_result, &st)
               : CLIENT_EXIT_OK;
        if (missing && rc == CLIENT_EXIT_OK)
            rc = CLIENT_EXIT_ERROR;
    }
    if (st.progress)
        fputs("\r\033[K", stderr);
    if (rc != CLIENT_EXIT_UNREACHABLE || st.done > 0) {
        FILE *out = ctx->json ? stderr : stdout;
        fprintf(out, "%zu new, %zu already stored, %zu failed", st.fresh, st.dup, st.failed);
        if (!jsonl && st.done < n)
            fprintf(out, ", %zu not sent", n - st.done);
        fputc('\n', out);
        if (st.undated || st.roleless)
            fprintf(out, "of the %zu new: %zu without a date, %zu with no roles found\n", st.fresh,
                    st.undated, st.roleless);
    }
    input_free(paths, n);
    return rc;
}

const struct cmd_entry cmd_ingest_entry = {
    "ingest",
    "[--date YYYY[-MM[-DD]]] [--source S] [--title T] [--source-path] FILE|DIR|- ...\n"
    "--jsonl [--date D] [--source S] FILE|- ...",
    "store articles (directories: every *.txt inside; --jsonl: one JSON object per line, gzip "
    "or plain); durable when acknowledged",
    cmd_ingest_exec};
