/*
 * input.c — the files commands feed to the daemon, and the pipelined loop
 * that feeds them.
 *
 * Owns expanding FILE / DIR / "-" arguments (directories recurse over
 * *.txt in sorted order, so runs are reproducible), reading files, checking
 * them for UTF-8 locally (JSON cannot carry invalid bytes, so the offset is
 * reported here), and input_pipeline(): a bounded window of requests in
 * flight on ONE connection, outcomes reported in file order.  Used by
 * `ingest` and `extract`.  Does not decide what a result means.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "client.h"
#include "tenure/extract.h"
#include "xmalloc.h"

struct input_vec {
    char **v;
    size_t n, cap;
};

/* Append a copy of s. */
static void input_push(struct input_vec *vec, const char *s)
{
    if (vec->n == vec->cap) {
        vec->cap = vec->cap ? vec->cap * 2 : 64;
        vec->v = xrealloc(vec->v, vec->cap * sizeof *vec->v);
    }
    vec->v[vec->n] = xstrdup(s);
    vec->n++;
}

/* qsort comparator of strings. */
static int input_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Recurse into a directory for *.txt files; the number of entries that
 * could not be read (each reported) comes back. */
static int input_walk(const char *dir, struct input_vec *out)
{
    DIR *d = opendir(dir);
    if (!d) {
        output_error("%s: %s", dir, strerror(errno));
        return 1;
    }
    struct input_vec names = {0};
    struct dirent *de;
    errno = 0;
    while ((de = readdir(d)))
        if (de->d_name[0] != '.')
            input_push(&names, de->d_name);
    int failed = 0;
    if (errno != 0) {
        output_error("%s: %s", dir, strerror(errno));
        failed++;
    }
    closedir(d);
    if (names.n)
        qsort(names.v, names.n, sizeof *names.v, input_cmp);
    for (size_t i = 0; i < names.n; i++) {
        size_t len = strlen(dir) + strlen(names.v[i]) + 2;
        char *path = xmalloc(len);
        size_t dl = strlen(dir);
        /* "examples/" + name, not "examples//name" */
        snprintf(path, len, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names.v[i]);
        struct stat st;
        if (stat(path, &st) != 0) {
            output_error("%s: %s", path, strerror(errno));
            failed++;
        } else if (S_ISDIR(st.st_mode)) {
            failed += input_walk(path, out);
        } else {
            size_t nl = strlen(names.v[i]);
            if (S_ISREG(st.st_mode) && nl > 4 && strcmp(names.v[i] + nl - 4, ".txt") == 0)
                input_push(out, path);
        }
        free(path);
    }
    input_free(names.v, names.n);
    return failed;
}

/* Expand the arguments; what cannot be read is reported and counted, the
 * rest is kept. */
int input_collect(int argc, char **argv, char ***paths, size_t *n)
{
    struct input_vec out = {0};
    int failed = 0;
    for (int i = 0; i < argc; i++) {
        struct stat st;
        if (strcmp(argv[i], "-") == 0) {
            input_push(&out, "-");
        } else if (stat(argv[i], &st) != 0) {
            output_error("%s: %s", argv[i], strerror(errno));
            failed++;
        } else if (S_ISDIR(st.st_mode)) {
            size_t before = out.n;
            int f = input_walk(argv[i], &out);
            failed += f;
            if (out.n == before && f == 0) {
                output_error("%s: no *.txt file in this directory", argv[i]);
                failed++;
            }
        } else {
            input_push(&out, argv[i]);
        }
    }
    *paths = out.v;
    *n = out.n;
    return failed;
}

/* Free a path list. */
void input_free(char **paths, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}

/* Read a file or stdin whole. */
int input_read(const char *path, char **buf, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 65536, n = 0;
    char *b = xmalloc(cap);
    for (;;) {
        if (cap - n < 65536) {
            cap *= 2;
            b = xrealloc(b, cap);
        }
        size_t k = fread(b + n, 1, cap - n - 1, f);
        n += k;
        if (k == 0)
            break;
    }
    int bad = ferror(f);
    if (f != stdin)
        fclose(f);
    if (bad) {
        free(b);
        errno = EIO;
        return -1;
    }
    b[n] = '\0';
    *buf = b;
    *len = n;
    return 0;
}

/* Lines of a JSON Lines file, gzip-compressed or not. */
struct input_lines {
    gzFile gz;
    char *buf; /* bytes read, not yet returned */
    size_t len, off, cap;
    long long lineno;
    int eof;
    off_t size; /* of the file on disk (0: unknown, e.g. a pipe) */
};

/* Open a file ("-" = stdin); NULL with errno. */
struct input_lines *input_lines_open(const char *path)
{
    int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
        return NULL;
    }
    gzFile gz = gzdopen(fd, "rb");
    if (!gz) {
        close(fd);
        errno = ENOMEM;
        return NULL;
    }
    if (gzbuffer(gz, 1 << 17) != 0) {
        gzclose(gz);
        errno = ENOMEM;
        return NULL;
    }
    struct input_lines *l = xcalloc(1, sizeof *l);
    l->gz = gz;
    l->size = S_ISREG(st.st_mode) ? st.st_size : 0;
    return l;
}

/* Next line without its "\n" (valid until the next call); 1, 0 at the end,
 * -1 with *why on a read or decompression error. */
int input_lines_next(struct input_lines *l, const char **line, size_t *len, const char **why)
{
    for (;;) {
        char *nl = l->off < l->len ? memchr(l->buf + l->off, '\n', l->len - l->off) : NULL;
        if (nl || (l->eof && l->off < l->len)) {
            size_t end = nl ? (size_t)(nl - l->buf) : l->len;
            *line = l->buf + l->off;
            *len = end - l->off;
            l->off = nl ? end + 1 : end;
            l->lineno++;
            return 1;
        }
        if (l->eof)
            return 0;
        /* Keep the partial line, make room, read more. */
        if (l->off) {
            memmove(l->buf, l->buf + l->off, l->len - l->off);
            l->len -= l->off;
            l->off = 0;
        }
        if (l->cap - l->len < (1 << 17)) {
            l->cap = l->cap ? l->cap * 2 : (1 << 18);
            l->buf = xrealloc(l->buf, l->cap);
        }
        int n = gzread(l->gz, l->buf + l->len, (unsigned)(l->cap - l->len));
        if (n < 0) {
            int zerr;
            *why = gzerror(l->gz, &zerr);
            return -1;
        }
        if (n == 0) {
            int zerr;
            const char *m = gzerror(l->gz, &zerr);
            if (zerr != Z_OK && zerr != Z_BUF_ERROR) {
                *why = m;
                return -1;
            }
            if (zerr == Z_BUF_ERROR) {
                *why = "the compressed stream is cut short";
                return -1;
            }
            l->eof = 1;
        }
        l->len += (size_t)(n > 0 ? n : 0);
    }
}

/* Line number of the line last returned (1-based). */
long long input_lines_number(const struct input_lines *l)
{
    return l->lineno;
}

/* Share of the file read so far, 0..1, or -1 when unknown. */
double input_lines_progress(const struct input_lines *l)
{
    if (l->size <= 0)
        return -1;
    z_off_t at = gzoffset(l->gz);
    return at < 0 ? -1 : (double)at / (double)l->size;
}

void input_lines_close(struct input_lines *l)
{
    if (!l)
        return;
    gzclose(l->gz);
    free(l->buf);
    free(l);
}

/* One request (or local failure) in flight, in the order produced. */
struct input_slot {
    char *label;
    struct client_error *local; /* a failure found here, reported in turn */
};

/* Feed what next() produces through one connection with a bounded window. */
int input_feed(struct cmd_ctx *ctx, size_t window, const char *method, input_next_fn next,
               void *next_arg, input_result_fn result, void *arg)
{
    struct client *c = tenure_connection(ctx);
    if (!c)
        return CLIENT_EXIT_UNREACHABLE;
    if (window < 1)
        window = 1;
    struct input_slot *ring = xcalloc(window, sizeof *ring);
    size_t head = 0, count = 0;
    int rc = CLIENT_EXIT_OK, more = 1;
    struct client_error err;

    while (more || count > 0) {
        while (more && count < window) {
            struct input_item it = {0};
            int got = next(&it, next_arg);
            if (got <= 0) {
                more = 0;
                if (got < 0 && rc < CLIENT_EXIT_ERROR)
                    rc = CLIENT_EXIT_ERROR;
                break;
            }
            struct input_slot *s = &ring[(head + count) % window];
            s->label = it.label;
            s->local = NULL;
            if (!it.params) {
                s->local = xmalloc(sizeof *s->local);
                *s->local = it.err;
                count++;
                continue;
            }
            if (client_send(c, method, it.params, &err) != 0) {
                result(it.label, NULL, &err, arg);
                free(it.label);
                rc = CLIENT_EXIT_UNREACHABLE;
                goto done;
            }
            count++;
        }
        if (count == 0)
            break;
        struct input_slot *s = &ring[head];
        head = (head + 1) % window;
        count--;
        if (s->local) {
            result(s->label, NULL, s->local, arg);
            client_error_clear(s->local);
            free(s->local);
            free(s->label);
            if (rc < CLIENT_EXIT_ERROR)
                rc = CLIENT_EXIT_ERROR;
            continue;
        }
        json_t *res = client_recv(c, &err);
        result(s->label, res, res ? NULL : &err, arg);
        free(s->label);
        if (!res) {
            int code = client_exit_code(&err);
            int fatal = err.code == CLIENT_E_IO || err.code == TENURE_E_TOO_LARGE ||
                        err.code == TENURE_E_TIMEOUT || err.code == TENURE_E_BUSY ||
                        err.code == TENURE_E_SHUTTING_DOWN;
            client_error_clear(&err);
            if (code > rc)
                rc = code;
            if (fatal) {
                /* The connection is gone: the rest cannot be answered. */
                rc = code == CLIENT_EXIT_UNREACHABLE ? code : CLIENT_EXIT_ERROR;
                break;
            }
        }
        json_decref(res);
    }
done:
    for (; count > 0; count--, head = (head + 1) % window) {
        free(ring[head].label);
        if (ring[head].local)
            client_error_clear(ring[head].local);
        free(ring[head].local);
    }
    free(ring);
    return rc;
}

/* input_pipeline's producer: one file per item. */
struct input_files {
    char **paths;
    size_t n, next;
    input_params_fn params;
    void *arg;
};

/* Set a local failure. */
void input_item_fail(struct input_item *it, const char *fmt, ...)
{
    va_list ap;
    it->params = NULL;
    it->err.code = CLIENT_E_FILE;
    it->err.data = NULL;
    va_start(ap, fmt);
    vsnprintf(it->err.message, sizeof it->err.message, fmt, ap);
    va_end(ap);
}

static int input_files_next(struct input_item *it, void *arg)
{
    struct input_files *f = arg;
    if (f->next == f->n)
        return 0;
    const char *path = f->paths[f->next++];
    it->label = xstrdup(path);
    char *text;
    size_t len;
    if (input_read(path, &text, &len) != 0) {
        input_item_fail(it, "%s", strerror(errno));
        return 1;
    }
    long bad = tx_utf8_invalid_offset(text, len);
    if (bad >= 0) {
        free(text);
        input_item_fail(it, "invalid article text: invalid UTF-8 at byte offset %ld; not sent",
                        bad);
        return 1;
    }
    it->params = f->params(path, text, len, f->arg);
    free(text);
    return 1;
}

/* Feed every file through one connection with a bounded window. */
int input_pipeline(struct cmd_ctx *ctx, char **paths, size_t n, size_t window, const char *method,
                   input_params_fn params, input_result_fn result, void *arg)
{
    struct input_files f = {paths, n, 0, params, arg};
    return input_feed(ctx, window, method, input_files_next, &f, result, arg);
}
