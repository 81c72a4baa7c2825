/*
 * rpc_client.c — the client's side of the wire (see client.h).
 *
 * Owns socket resolution (-s, $TENURE_SOCKET, the shared default rule of
 * tenure/sockpath.h), the connection (a Unix socket, checked to belong to
 * us, root or the owner of a private directory before a byte is sent; or
 * TCP for "tcp:HOST:PORT", authenticated with "auth"), request ids, line framing of replies, and
 * pipelining: requests are written while replies are read into a buffer whenever the socket is not
 * writable, so a deep pipeline can never deadlock against a daemon that stops reading until its
 * replies are taken. Does not print anything (output.c) nor know what a method means.
 */
#define _GNU_SOURCE 1 /* struct ucred, SO_PEERCRED */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "client.h"
#include "tenure/sockpath.h"
#include "xmalloc.h"

struct client {
    int fd;
    long long next_id; /* id of the next request sent */
    long long recv_id; /* id of the next reply expected */
    char *buf;         /* received bytes not yet framed */
    size_t len, cap;
    int eof;
    int tcp; /* connected over TCP: authenticate before anything else */
};

/* Set an error. */
static void client_fail(struct client_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void client_fail(struct client_error *err, int code, const char *fmt, ...)
{
    va_list ap;
    err->code = code;
    err->data = NULL;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

/* Release err->data. */
void client_error_clear(struct client_error *err)
{
    json_decref(err->data);
    err->data = NULL;
}

/* Exit code for an error. */
int client_exit_code(const struct client_error *err)
{
    return err->code == CLIENT_E_IO ? CLIENT_EXIT_UNREACHABLE : CLIENT_EXIT_ERROR;
}

/* Resolution order: flag, environment, default. */
const char *client_socket_path(const char *flag)
{
    static char def[4096];
    const char *env = getenv(TENURE_SOCKET_ENV);
    if (flag && *flag)
        return flag;
    if (env && *env)
        return env;
    if (tenure_default_socket(def, sizeof def) != 0)
        return "/run/tenured/tenured.sock"; /* cannot happen: the rule's paths are short */
    return def;
}

/* Whether a socket may be trusted with our requests, the way ssh-agent
 * clients check theirs: it (and the daemon behind it, SO_PEERCRED) belongs
 * to us or root, or to a user who owns the private directory it sits in
 * (the system daemon's /run/tenured).  A socket another user planted in a
 * shared directory such as /tmp fails.  0, or -1 with err. */
static int client_check_owner(const char *path, int fd, struct client_error *err)
{
    struct stat st, dst;
    char dir[4096];
    if (lstat(path, &st) != 0) {
        client_fail(err, CLIENT_E_IO, "cannot reach tenured at %s: %s", path, strerror(errno));
        return -1;
    }
    if (!S_ISSOCK(st.st_mode)) {
        client_fail(err, CLIENT_E_IO, "%s is not a socket; not sending anything to it", path);
        return -1;
    }
    uid_t me = geteuid(), owner = st.st_uid;
    struct ucred cred;
    socklen_t clen = sizeof cred;
    if (fd >= 0) {
        if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &clen) != 0) {
            client_fail(err, CLIENT_E_IO, "cannot check who serves %s: %s", path, strerror(errno));
            return -1;
        }
        if (cred.uid != owner && cred.uid != me && cred.uid != 0) {
            client_fail(err, CLIENT_E_IO,
                        "the daemon behind %s runs as uid %lu, not as you (uid %lu) or root; "
                        "refusing to send anything to it",
                        path, (unsigned long)cred.uid, (unsigned long)me);
            return -1;
        }
        owner = cred.uid == me || cred.uid == 0 ? owner : cred.uid;
    }
    if (owner == me || owner == 0)
        return 0;
    const char *slash = strrchr(path, '/');
    if (slash && slash != path)
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    else
        snprintf(dir, sizeof dir, "%s", slash ? "/" : ".");
    if (stat(dir, &dst) == 0 && dst.st_uid == owner && !(dst.st_mode & (S_IWGRP | S_IWOTH)))
        return 0;
    client_fail(err, CLIENT_E_IO,
                "socket %s belongs to uid %lu, not to you (uid %lu) or root, and sits in a "
                "directory others can write: it may be planted; refusing to send anything to it",
                path, (unsigned long)owner, (unsigned long)me);
    return -1;
}

/* Connect over TCP to "HOST:PORT" ("[v6]:PORT" too). */
static int client_connect_tcp(const char *spec, struct client_error *err)
{
    char host[256], port[32];
    const char *colon = strrchr(spec, ':');
    if (!colon || colon == spec || !colon[1] || (size_t)(colon - spec) >= sizeof host ||
        strlen(colon + 1) >= sizeof port) {
        client_fail(err, CLIENT_E_IO, "tcp address \"%s\" is not HOST:PORT", spec);
        return -1;
    }
    memcpy(host, spec, (size_t)(colon - spec));
    host[colon - spec] = '\0';
    snprintf(port, sizeof port, "%s", colon + 1);
    size_t hl = strlen(host);
    if (host[0] == '[' && hl > 2 && host[hl - 1] == ']') {
        memmove(host, host + 1, hl - 2);
        host[hl - 2] = '\0';
    }
    struct addrinfo hints = {0}, *ai, *p;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    int rc = getaddrinfo(host, port, &hints, &ai);
    if (rc != 0) {
        client_fail(err, CLIENT_E_IO, "cannot reach tenured at tcp:%s: %s", spec, gai_strerror(rc));
        return -1;
    }
    int fd = -1, saved = 0;
    for (p = ai; p && fd < 0; p = p->ai_next) {
        fd = socket(p->ai_family, p->ai_socktype | SOCK_CLOEXEC, p->ai_protocol);
        if (fd < 0) {
            saved = errno;
            continue;
        }
        if (connect(fd, p->ai_addr, p->ai_addrlen) != 0) {
            saved = errno;
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(ai);
    if (fd < 0)
        client_fail(err, CLIENT_E_IO, "cannot reach tenured at tcp:%s: %s", spec, strerror(saved));
    return fd;
}

/* Connect to the daemon's Unix socket, or TCP for "tcp:HOST:PORT". */
struct client *client_connect(const char *path, struct client_error *err)
{
    if (strncmp(path, "tcp:", 4) == 0) {
        int fd = client_connect_tcp(path + 4, err);
        if (fd < 0)
            return NULL;
        struct client *c = xcalloc(1, sizeof *c);
        c->fd = fd;
        c->next_id = 1;
        c->recv_id = 1;
        c->tcp = 1;
        return c;
    }
    struct sockaddr_un sun;
    if (strlen(path) >= sizeof sun.sun_path) {
        client_fail(err, CLIENT_E_IO, "socket path too long: %s", path);
        return NULL;
    }
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
    memcpy(sun.sun_path, path, strlen(path) + 1);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        client_fail(err, CLIENT_E_IO, "socket: %s", strerror(errno));
        return NULL;
    }
    /* Before connecting (a planted listener learns nothing, not even that
     * we came) and after (the socket may have been swapped in between). */
    if (client_check_owner(path, -1, err) != 0) {
        close(fd);
        return NULL;
    }
    if (connect(fd, (struct sockaddr *)&sun, sizeof sun) != 0) {
        client_fail(err, CLIENT_E_IO, "cannot reach tenured at %s: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    if (client_check_owner(path, fd, err) != 0) {
        close(fd);
        return NULL;
    }
    struct client *c = xcalloc(1, sizeof *c);
    c->fd = fd;
    c->next_id = 1;
    c->recv_id = 1;
    return c;
}

/* The token: $TENURE_AUTH, else the first line of file (when given).
 * malloc'd, NULL when there is none, or NULL with err when the file cannot
 * be read. */
static char *client_token(const char *file, struct client_error *err)
{
    const char *env = getenv(TENURE_AUTH_ENV);
    if (env && *env) {
        char *t = xstrdup(env);
        return t;
    }
    if (!file)
        return NULL;
    int fd = open(file, O_RDONLY | O_CLOEXEC);
    char buf[TENURE_AUTH_TOKEN_MAX + 2];
    ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof buf - 1);
    int saved = errno;
    if (fd >= 0)
        close(fd);
    if (n < 0) {
        client_fail(err, CLIENT_E_FILE, "auth file %s: %s", file, strerror(saved));
        return NULL;
    }
    while (n > 0 &&
           (buf[n - 1] == '\n' || buf[n - 1] == '\r' || buf[n - 1] == ' ' || buf[n - 1] == '\t'))
        n--;
    buf[n] = '\0';
    char *t = xstrdup(buf);
    return t;
}

/* Authenticate a TCP connection with "auth" before any other request. */
int client_auth(struct client *c, const char *file, struct client_error *err)
{
    err->code = 0;
    err->data = NULL;
    if (!c->tcp)
        return 0;
    char *token = client_token(file, err);
    if (!token) {
        if (err->code)
            return -1;
        return 0; /* no token: the daemon says what it needs */
    }
    json_t *res = client_call(c, "auth", json_pack("{s:s}", "token", token), err);
    free(token);
    if (!res)
        return -1;
    json_decref(res);
    return 0;
}

/* Close and free. */
void client_close(struct client *c)
{
    if (!c)
        return;
    close(c->fd);
    free(c->buf);
    free(c);
}

/* Requests awaiting replies. */
size_t client_pending(const struct client *c)
{
    return (size_t)(c->next_id - c->recv_id);
}

/* Read what the socket has into the buffer; -1 with err on error/EOF. */
static int client_fill(struct client *c, struct client_error *err)
{
    if (c->cap - c->len < 65536) {
        size_t ncap = c->cap ? c->cap * 2 : 131072;
        char *nb = xrealloc(c->buf, ncap);
        c->buf = nb;
        c->cap = ncap;
    }
    ssize_t n;
    do
        n = read(c->fd, c->buf + c->len, c->cap - c->len);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        client_fail(err, CLIENT_E_IO, "read from tenured: %s", strerror(errno));
        return -1;
    }
    if (n == 0) {
        c->eof = 1;
        client_fail(err, CLIENT_E_IO, "tenured closed the connection");
        return -1;
    }
    c->len += (size_t)n;
    return 0;
}

/* Write all of buf, reading replies meanwhile when the socket is full. */
static int client_write_all(struct client *c, const char *buf, size_t len, struct client_error *err)
{
    while (len > 0) {
        struct pollfd p = {c->fd, POLLOUT | POLLIN, 0};
        if (poll(&p, 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            client_fail(err, CLIENT_E_IO, "poll: %s", strerror(errno));
            return -1;
        }
        if ((p.revents & POLLIN) && !c->eof && client_fill(c, err) != 0 && !c->eof)
            return -1;
        if (p.revents & (POLLOUT | POLLERR | POLLHUP)) {
            ssize_t n = send(c->fd, buf, len, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    continue;
                client_fail(err, CLIENT_E_IO, "write to tenured: %s", strerror(errno));
                return -1;
            }
            buf += n;
            len -= (size_t)n;
        }
    }
    return 0;
}

/* Send one request. */
int client_send(struct client *c, const char *method, json_t *params, struct client_error *err)
{
    json_t *req = json_pack("{s:s, s:s, s:I}", "jsonrpc", "2.0", "method", method, "id",
                            (json_int_t)c->next_id);
    if (params)
        json_object_set_new(req, "params", params);
    char *s = json_dumps(req, JSON_COMPACT);
    json_decref(req);
    if (!s) {
        client_fail(err, CLIENT_E_IO, "cannot encode the request (invalid UTF-8 in a string?)");
        return -1;
    }
    size_t n = strlen(s);
    s[n] = '\n'; /* the NUL's byte becomes the frame's newline */
    int rc = client_write_all(c, s, n + 1, err);
    free(s);
    if (rc == 0)
        c->next_id++;
    return rc;
}

/* Next complete line from the buffer (malloc'd), reading as needed. */
static char *client_read_line(struct client *c, struct client_error *err)
{
    size_t scanned = 0;
    for (;;) {
        char *nl = c->len > scanned ? memchr(c->buf + scanned, '\n', c->len - scanned) : NULL;
        if (nl) {
            size_t n = (size_t)(nl - c->buf);
            char *line = xmalloc(n + 1);
            memcpy(line, c->buf, n);
            line[n] = '\0';
            memmove(c->buf, nl + 1, c->len - n - 1);
            c->len -= n + 1;
            return line;
        }
        scanned = c->len;
        if (c->eof) {
            client_fail(err, CLIENT_E_IO, "tenured closed the connection");
            return NULL;
        }
        if (client_fill(c, err) != 0)
            return NULL;
    }
}

/* The message of an error object. */
static const char *client_message(json_t *e)
{
    const char *m = json_string_value(json_object_get(e, "message"));
    return m ? m : "error";
}

/* Receive the next reply in order. */
json_t *client_recv(struct client *c, struct client_error *err)
{
    err->code = 0;
    err->data = NULL;
    if (client_pending(c) == 0) {
        client_fail(err, CLIENT_E_IO, "no request is waiting for a reply");
        return NULL;
    }
    char *line = client_read_line(c, err);
    if (!line)
        return NULL;
    json_error_t jerr;
    json_t *reply = json_loads(line, JSON_DECODE_ANY, &jerr);
    free(line);
    if (!json_is_object(reply)) {
        json_decref(reply);
        client_fail(err, CLIENT_E_IO, "malformed reply from tenured");
        return NULL;
    }
    json_t *id = json_object_get(reply, "id");
    json_t *e = json_object_get(reply, "error");
    if (json_is_null(id) && e) {
        /* An error outside any request (busy, timeout, too large): it ends
         * the connection, so every pending call fails with it. */
        client_fail(err, (int)json_integer_value(json_object_get(e, "code")), "%s",
                    client_message(e));
        json_decref(reply);
        return NULL;
    }
    if (!json_is_integer(id) || json_integer_value(id) != c->recv_id) {
        json_decref(reply);
        client_fail(err, CLIENT_E_IO, "reply out of order from tenured");
        return NULL;
    }
    c->recv_id++;
    if (e) {
        client_fail(err, (int)json_integer_value(json_object_get(e, "code")), "%s",
                    client_message(e));
        json_t *data = json_object_get(e, "data");
        err->data = data ? json_incref(data) : NULL;
        json_decref(reply);
        return NULL;
    }
    json_t *result = json_incref(json_object_get(reply, "result"));
    json_decref(reply);
    if (!result)
        client_fail(err, CLIENT_E_IO, "reply without result from tenured");
    return result;
}

/* One call, waiting for its reply. */
json_t *client_call(struct client *c, const char *method, json_t *params, struct client_error *err)
{
    if (client_send(c, method, params, err) != 0)
        return NULL;
    return client_recv(c, err);
}

/* The next message of any kind (a reply, counted as received, or a
 * notification), waiting at most timeout_ms (-1: forever).  NULL with
 * err->code 0 on timeout, or with err set. */
json_t *client_next_message(struct client *c, int timeout_ms, struct client_error *err)
{
    err->code = 0;
    err->data = NULL;
    if (!(c->len && memchr(c->buf, '\n', c->len)) && !c->eof) {
        struct pollfd p = {c->fd, POLLIN, 0};
        int n;
        do
            n = poll(&p, 1, timeout_ms);
        while (n < 0 && errno == EINTR);
        if (n < 0) {
            client_fail(err, CLIENT_E_IO, "poll: %s", strerror(errno));
            return NULL;
        }
        if (n == 0)
            return NULL;
    }
    char *line = client_read_line(c, err);
    if (!line)
        return NULL;
    json_t *msg = json_loads(line, 0, NULL);
    free(line);
    if (!json_is_object(msg)) {
        json_decref(msg);
        client_fail(err, CLIENT_E_IO, "malformed message from tenured");
        return NULL;
    }
    if (json_is_integer(json_object_get(msg, "id")))
        c->recv_id++;
    return msg;
}
