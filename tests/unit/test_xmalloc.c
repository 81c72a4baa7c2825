/* test_xmalloc.c — the one out-of-memory policy (common/xmalloc.h): a
 * failed allocation ends the program with SIGABRT after one line naming the
 * size (through the hook when one is set: the daemon's log), never a NULL
 * return; Jansson and the helpers allocate through it; the copies and
 * asprintf are exact; reallocarray refuses an overflowing size. */
#include <jansson.h>
#include <signal.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test.h"
#include "xmalloc.h"

/* Under ASan (TENURE_SANITIZE) a failed malloc must return NULL, as libc's
 * does, for xmalloc to see it; unused otherwise. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "allocator_may_return_null=1";
}

static int hook_fd = -1;

static void hook(const char *msg)
{
    if (write(hook_fd, msg, strlen(msg)) < 0)
        _exit(3);
}

/* Run what in a child with stderr (and the hook) into a pipe: the child's
 * wait status, its output in buf. */
static int in_child(void (*what)(void), int with_hook, char *buf, size_t cap)
{
    int fd[2];
    if (pipe(fd) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        dup2(fd[1], 2);
        hook_fd = fd[1];
        xmalloc_init("test", with_hook ? hook : NULL);
        what();
        _exit(0); /* not reached when the allocation fails */
    }
    close(fd[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < cap && (r = read(fd[0], buf + n, cap - 1 - n)) > 0)
        n += (size_t)r;
    buf[n] = '\0';
    close(fd[0]);
    int st = 0;
    waitpid(pid, &st, 0);
    return st;
}

static volatile void *sink;

static void huge_malloc(void)
{
    sink = xmalloc(SIZE_MAX / 2);
}

static void huge_calloc(void)
{
    sink = xcalloc(SIZE_MAX / 4, 2);
}

static void overflowing_array(void)
{
    sink = xreallocarray(NULL, SIZE_MAX / 2, 4);
}

int main(void)
{
    char out[512];
    int st = in_child(huge_malloc, 0, out, sizeof out);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT);
    CHECK(strstr(out, "test: out of memory: malloc of") != NULL);
    st = in_child(huge_calloc, 1, out, sizeof out);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT);
    CHECK(strstr(out, "out of memory: calloc of") != NULL);
    CHECK(strstr(out, "test:") == NULL); /* the hook wrote it, not stderr */
    st = in_child(overflowing_array, 0, out, sizeof out);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT);
    CHECK(strstr(out, "reallocarray (overflow)") != NULL);

    /* Jansson allocates through xmalloc once initialized */
    xmalloc_init("test", NULL);
    json_malloc_t m;
    json_free_t f;
    json_get_alloc_funcs(&m, &f);
    CHECK(m == xmalloc);
    CHECK(f == free);

    char *s = xstrdup("Thủ tướng");
    CHECK_STR(s, "Thủ tướng");
    free(s);
    s = xstrndup("abcdef", 3);
    CHECK_STR(s, "abc");
    free(s);
    s = xstrndup("ab", 10);
    CHECK_STR(s, "ab");
    free(s);
    char *p = xmalloc(0); /* never NULL */
    CHECK(p != NULL);
    p = xrealloc(p, 100);
    memset(p, 'x', 100);
    free(p);
    CHECK_INT(xasprintf(&s, "%s #%d", "post", 42), 8);
    CHECK_STR(s, "post #42");
    free(s);
    TEST_DONE();
}
