/* test_config.c — the directive table: defaults, values, bounds, files with
 * file:line errors, and that conf/tenured.conf states every default. */
#include <stdlib.h>
#include <unistd.h>

#include "config.h"
#include "tenure/protocol.h"
#include "test.h"

/* Write text to a fresh temp file; returns its path (static buffer). */
static const char *write_temp(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/test_config.XXXXXX");
    int fd = mkstemp(path);
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

int main(void)
{
    struct config c, d;
    char *cause = NULL;

    config_defaults(&c);
    CHECK_STR(c.socket, ""); /* the shared rule of tenure/sockpath.h */
    CHECK_INT(c.socket_mode, 0600);
    CHECK_INT(c.max_request_bytes, TENURE_DEFAULT_MAX_REQUEST);
    CHECK_INT(c.map_size, 256ull << 20);
    CHECK_INT(c.log_level, LOG_INFO);
    CHECK_STR(c.listen, "");
    CHECK_STR(c.pid_file, "tenured.pid");

    /* sizes with suffixes, modes in octal, levels by name */
    CHECK_INT(config_set(&c, "map_size", "1g", &cause), 0);
    CHECK_INT(c.map_size, 1ull << 30);
    CHECK_INT(config_set(&c, "max_request_bytes", "64k", &cause), 0);
    CHECK_INT(c.max_request_bytes, 65536);
    CHECK_INT(config_set(&c, "socket_mode", "0660", &cause), 0);
    CHECK_INT(c.socket_mode, 0660);
    CHECK_INT(config_set(&c, "log_level", "debug", &cause), 0);
    CHECK_INT(c.log_level, LOG_DEBUG);
    CHECK_INT(config_set(&c, "socket", "/run/t.sock", &cause), 0);
    CHECK_STR(c.socket, "/run/t.sock");
    /* booleans: yes/no and their usual spellings, nothing else */
    CHECK_INT(c.http_public, 0);
    CHECK_STR(c.http_listen, "");
    CHECK_INT(config_set(&c, "http_public", "yes", &cause), 0);
    CHECK_INT(c.http_public, 1);
    CHECK_INT(config_set(&c, "http_public", "off", &cause), 0);
    CHECK_INT(c.http_public, 0);
    CHECK_INT(config_set(&c, "http_public", "maybe", &cause), -1);
    CHECK(cause && strstr(cause, "http_public") && strstr(cause, "yes or no"));
    free(cause);
    cause = NULL;

    /* each bad value names the directive and leaves the field alone */
    CHECK_INT(config_set(&c, "max_clients", "0", &cause), -1);
    CHECK(cause && strstr(cause, "max_clients") && strstr(cause, "out of range"));
    free(cause);
    cause = NULL;
    CHECK_INT(c.max_clients, 1024);
    CHECK_INT(config_set(&c, "worker_threads", "two", &cause), -1);
    CHECK(cause && strstr(cause, "worker_threads"));
    free(cause);
    cause = NULL;
    CHECK_INT(config_set(&c, "map_size", "12q", &cause), -1);
    free(cause);
    cause = NULL;
    CHECK_INT(config_set(&c, "map_size", "99999999999999999999", &cause), -1);
    free(cause);
    cause = NULL;
    CHECK_INT(config_set(&c, "socket_mode", "0999", &cause), -1);
    free(cause);
    cause = NULL;
    CHECK_INT(config_set(&c, "log_level", "loud", &cause), -1);
    free(cause);
    cause = NULL;
    CHECK_INT(config_set(&c, "no_such", "1", &cause), -1);
    CHECK(cause && strstr(cause, "unknown directive"));
    free(cause);
    cause = NULL;
    config_free(&c);

    /* a file: comments, blank lines, quotes; errors carry file:line */
    config_defaults(&c);
    const char *p = write_temp("# comment\n\nidle_timeout 5\nsocket \"/tmp/x y.sock\"\n"
                               "   write_batch_max   32   \n");
    CHECK_INT(config_load_file(&c, p, &cause), 0);
    CHECK_INT(c.idle_timeout, 5);
    CHECK_STR(c.socket, "/tmp/x y.sock");
    CHECK_INT(c.write_batch_max, 32);
    unlink(p);
    p = write_temp("idle_timeout 5\nbogus 1\n");
    CHECK_INT(config_load_file(&c, p, &cause), -1);
    char want[96];
    snprintf(want, sizeof want, "%s:2: unknown directive", p);
    CHECK(cause && strncmp(cause, want, strlen(want)) == 0);
    free(cause);
    cause = NULL;
    unlink(p);
    CHECK_INT(config_load_file(&c, "/nonexistent/tenured.conf", &cause), -1);
    free(cause);
    cause = NULL;
    config_free(&c);

    /* the sample file sets every directive to its default (lexicon_dir
     * and the compiled-in paths excepted: they depend on the build) */
    config_defaults(&c);
    config_defaults(&d);
    CHECK_INT(config_load_file(&c, TENURE_SOURCE_DIR "/conf/tenured.conf", &cause), 0);
    if (cause)
        fprintf(stderr, "%s\n", cause);
    json_t *jc = config_to_json(&c), *jd = config_to_json(&d);
    json_object_del(jc, "lexicon_dir");
    json_object_del(jd, "lexicon_dir");
    CHECK(json_equal(jc, jd));
    CHECK_INT(json_object_size(jd), 21);
    json_decref(jc);
    json_decref(jd);
    config_free(&c);
    config_free(&d);
    TEST_DONE();
}
