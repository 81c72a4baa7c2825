/*
 * tx_extract_cli.c — run the extraction library on files without the
 * daemon: prints the contract JSON of each file (one compact object per
 * line), or with --out DIR writes DIR/<file name>.json for the scorer
 * (tests/fixtures/score_extraction.py).  Owns nothing but argument parsing
 * and file reading.
 *
 * usage: tx_extract_cli [--lexicon DIR] [--date D] [--out DIR] [--pretty] FILE...
 *        tx_extract_cli [--lexicon DIR] --jsonl < LINES
 * --jsonl reads one JSON object a line from stdin ({"id": …, "text": …,
 * optional "date": …}) and prints {"id": …, "result": …} (or "error") a line:
 * the corpus check bench/attribution feeds the whole corpus through it.
 */
#include "tenure/extract.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TENURE_LEXICON_DIR_DEFAULT
#define TENURE_LEXICON_DIR_DEFAULT "conf/lexicon"
#endif

/* Read a whole file into a malloc'd buffer; NULL on error. */
static char *cli_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* --jsonl: one request a line on stdin, one answer a line on stdout. */
static int cli_jsonl(const tx_lexicon *lx)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        json_error_t jerr;
        json_t *req = json_loadb(line, (size_t)n, 0, &jerr);
        const char *text = req ? json_string_value(json_object_get(req, "text")) : NULL;
        if (!text) {
            fprintf(stderr, "tx_extract_cli: bad request line: %s\n",
                    req ? "no \"text\"" : jerr.text);
            json_decref(req);
            rc = 1;
            continue;
        }
        json_t *out = json_object();
        json_t *id = json_object_get(req, "id");
        json_object_set(out, "id", id ? id : json_null());
        tx_error err;
        json_t *res = tx_extract(lx, text, json_string_length(json_object_get(req, "text")),
                                 json_string_value(json_object_get(req, "date")), &err);
        if (res)
            json_object_set_new(out, "result", res);
        else
            json_object_set_new(out, "error", json_string(err.message));
        char *s = json_dumps(out, JSON_COMPACT);
        if (s)
            printf("%s\n", s);
        free(s);
        json_decref(out);
        json_decref(req);
    }
    free(line);
    return rc;
}

int main(int argc, char **argv)
{
    const char *lexdir = TENURE_LEXICON_DIR_DEFAULT, *date = NULL, *outdir = NULL;
    size_t flags = JSON_COMPACT;
    bool jsonl = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
        if (!strcmp(argv[i], "--lexicon") && i + 1 < argc)
            lexdir = argv[++i];
        else if (!strcmp(argv[i], "--date") && i + 1 < argc)
            date = argv[++i];
        else if (!strcmp(argv[i], "--out") && i + 1 < argc)
            outdir = argv[++i];
        else if (!strcmp(argv[i], "--jsonl"))
            jsonl = true;
        else if (!strcmp(argv[i], "--pretty"))
            flags = JSON_INDENT(1);
        else {
            fprintf(stderr, "usage: tx_extract_cli [--lexicon DIR] [--date D] [--out DIR] "
                            "[--pretty] FILE... | --jsonl < LINES\n");
            return 2;
        }
    }
    char *why = NULL;
    tx_lexicon *lx = tx_lexicon_load(lexdir, &why);
    if (!lx) {
        fprintf(stderr, "tx_extract_cli: %s\n", why ? why : "cannot load lexicon");
        free(why);
        return 1;
    }
    int rc = 0;
    if (jsonl) {
        rc = cli_jsonl(lx);
        tx_lexicon_unref(lx);
        return rc;
    }
    for (; i < argc; i++) {
        size_t len = 0;
        char *text = cli_read(argv[i], &len);
        if (!text) {
            fprintf(stderr, "tx_extract_cli: %s: cannot read\n", argv[i]);
            rc = 1;
            continue;
        }
        tx_error err;
        json_t *res = tx_extract(lx, text, len, date, &err);
        free(text);
        if (!res) {
            fprintf(stderr, "tx_extract_cli: %s: %s (offset %ld)\n", argv[i], err.message,
                    err.offset);
            rc = 1;
            continue;
        }
        if (outdir) {
            const char *base = strrchr(argv[i], '/');
            base = base ? base + 1 : argv[i];
            char path[4096];
            snprintf(path, sizeof path, "%s/%s.json", outdir, base);
            if (json_dump_file(res, path, flags)) {
                fprintf(stderr, "tx_extract_cli: %s: cannot write\n", path);
                rc = 1;
            }
        } else {
            char *s = json_dumps(res, flags);
            if (s)
                printf("%s\n", s);
            free(s);
        }
        json_decref(res);
    }
    tx_lexicon_unref(lx);
    return rc;
}
