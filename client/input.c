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
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "client.h"
#include "tenure/extract.h"

struct input_vec {
    char **v;
    size_t n, cap;
};

/* Append a copy of s. */
static void input_push(struct input_vec *vec, const char *s)
{
    if (vec->n == vec->cap) {
        vec->cap = vec->cap ? vec->cap * 2 : 64;
        vec->v = realloc(vec->v, vec->cap * sizeof *vec->v);
        if (!vec->v)
            abort();
    }
    vec->v[vec->n] = strdup(s);
    if (!vec->v[vec->n])
        abort();
    vec->n++;
}

/* qsort comparator of strings. */
static int input_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Recurse into a directory for *.txt files. */
static int input_walk(const char *dir, struct input_vec *out)
{
    DIR *d = opendir(dir);
    if (!d) {
        output_error("%s: %s", dir, strerror(errno));
        return -1;
    }
    struct input_vec names = {0};
    struct dirent *de;
    while ((de = readdir(d)))
        if (de->d_name[0] != '.')
            input_push(&names, de->d_name);
    closedir(d);
    if (names.n)
        qsort(names.v, names.n, sizeof *names.v, input_cmp);
    int rc = 0;
    for (size_t i = 0; i < names.n && rc == 0; i++) {
        size_t len = strlen(dir) + strlen(names.v[i]) + 2;
        char *path = malloc(len);
        if (!path)
            abort();
        size_t dl = strlen(dir);
        /* "examples/" + name, not "examples//name" */
        snprintf(path, len, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names.v[i]);
        struct stat st;
        if (stat(path, &st) != 0) {
            output_error("%s: %s", path, strerror(errno));
            rc = -1;
        } else if (S_ISDIR(st.st_mode)) {
            rc = input_walk(path, out);
        } else {
            size_t nl = strlen(names.v[i]);
            if (S_ISREG(st.st_mode) && nl > 4 && strcmp(names.v[i] + nl - 4, ".txt") == 0)
                input_push(out, path);
        }
        free(path);
    }
    input_free(names.v, names.n);
    return rc;
}

/* Expand the arguments. */
int input_collect(int argc, char **argv, char ***paths, size_t *n)
{
    struct input_vec out = {0};
    for (int i = 0; i < argc; i++) {
        struct stat st;
        if (strcmp(argv[i], "-") == 0) {
            input_push(&out, "-");
        } else if (stat(argv[i], &st) != 0) {
            output_error("%s: %s", argv[i], strerror(errno));
            input_free(out.v, out.n);
            return -1;
        } else if (S_ISDIR(st.st_mode)) {
            if (input_walk(argv[i], &out) != 0) {
                input_free(out.v, out.n);
                return -1;
            }
        } else {
            input_push(&out, argv[i]);
        }
    }
    *paths = out.v;
    *n = out.n;
    return 0;
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
    char *b = malloc(cap);
    if (!b)
        abort();
    for (;;) {
        if (cap - n < 65536) {
            cap *= 2;
            b = realloc(b, cap);
            if (!b)
                abort();
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

/* Feed every file through one connection with a bounded window. */
int input_pipeline(struct cmd_ctx *ctx, char **paths, size_t n, size_t window, const char *method,
                   input_params_fn params, input_result_fn result, void *arg)
{
    struct client *c = tenure_connection(ctx);
    if (!c)
        return CLIENT_EXIT_UNREACHABLE;
    size_t *inflight = malloc((n ? n : 1) * sizeof *inflight); /* file index per request */
    if (!inflight)
        abort();
    size_t sent = 0, head = 0, tail = 0;
    int rc = CLIENT_EXIT_OK;
    struct client_error err;

    while (sent < n || head < tail) {
        /* Fill the window; local failures are reported in order only when
         * nothing earlier is still in flight, to keep file order. */
        while (sent < n && client_pending(c) < window) {
            char *text;
            size_t len;
            if (input_read(paths[sent], &text, &len) != 0) {
                if (head < tail)
                    break;
                err.code = CLIENT_E_FILE;
                err.data = NULL;
                snprintf(err.message, sizeof err.message, "%s", strerror(errno));
                result(paths[sent], NULL, &err, arg);
                rc = CLIENT_EXIT_ERROR;
                sent++;
                continue;
            }
            long bad = tx_utf8_invalid_offset(text, len);
            if (bad >= 0) {
                free(text);
                if (head < tail)
                    break;
                err.code = CLIENT_E_FILE;
                err.data = NULL;
                snprintf(err.message, sizeof err.message,
                         "invalid article text: invalid UTF-8 at byte offset %ld; not sent", bad);
                result(paths[sent], NULL, &err, arg);
                rc = CLIENT_EXIT_ERROR;
                sent++;
                continue;
            }
            json_t *p = params(paths[sent], text, len, arg);
            free(text);
            if (client_send(c, method, p, &err) != 0) {
                result(paths[sent], NULL, &err, arg);
                rc = CLIENT_EXIT_UNREACHABLE;
                goto done;
            }
            inflight[tail++] = sent++;
        }
        if (head == tail)
            continue;
        json_t *res = client_recv(c, &err);
        result(paths[inflight[head++]], res, res ? NULL : &err, arg);
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
    free(inflight);
    return rc;
}
