/* test_framing.c — request line splitting with the hard cap: complete
 * lines, pieces arriving in parts, CRLF, lines exactly at and just over the
 * cap, and an unterminated line growing past it. */
#include <event2/buffer.h>
#include <stdlib.h>

#include "tenured.h"
#include "test.h"

int main(void)
{
    struct evbuffer *b = evbuffer_new();
    size_t scanned = 0, len;
    char *line;

    evbuffer_add(b, "{\"a\":1}\n{\"b\"", 12);
    CHECK_INT(server_frame_next(b, 100, &scanned, &line, &len), FRAME_LINE);
    CHECK_STR(line, "{\"a\":1}");
    CHECK_INT(len, 7);
    free(line);
    CHECK_INT(server_frame_next(b, 100, &scanned, &line, &len), FRAME_MORE);
    CHECK_INT(scanned, 4); /* the partial line is not scanned again */
    evbuffer_add(b, ":2}\r\n", 5);
    CHECK_INT(server_frame_next(b, 100, &scanned, &line, &len), FRAME_LINE);
    CHECK_STR(line, "{\"b\":2}\r"); /* '\r' is JSON white space */
    free(line);
    CHECK_INT(evbuffer_get_length(b), 0);

    /* empty line */
    evbuffer_add(b, "\n", 1);
    CHECK_INT(server_frame_next(b, 100, &scanned, &line, &len), FRAME_LINE);
    CHECK_INT(len, 0);
    free(line);

    /* exactly at the cap passes, one over fails, even when complete */
    char big[12];
    memset(big, 'x', 10);
    big[10] = '\n';
    evbuffer_add(b, big, 11);
    CHECK_INT(server_frame_next(b, 10, &scanned, &line, &len), FRAME_LINE);
    CHECK_INT(len, 10);
    free(line);
    memset(big, 'x', 11);
    big[11] = '\n';
    evbuffer_add(b, big, 12);
    CHECK_INT(server_frame_next(b, 10, &scanned, &line, &len), FRAME_TOO_LARGE);
    evbuffer_drain(b, evbuffer_get_length(b));
    scanned = 0;

    /* unterminated: fine up to the cap, refused past it (no newline yet) */
    evbuffer_add(b, big, 10);
    CHECK_INT(server_frame_next(b, 10, &scanned, &line, &len), FRAME_MORE);
    evbuffer_add(b, "x", 1);
    CHECK_INT(server_frame_next(b, 10, &scanned, &line, &len), FRAME_TOO_LARGE);
    evbuffer_drain(b, evbuffer_get_length(b));
    scanned = 0;

    /* many lines in one read come out one by one, in order */
    evbuffer_add(b, "1\n22\n333\n", 9);
    const char *want[] = {"1", "22", "333"};
    for (int i = 0; i < 3; i++) {
        CHECK_INT(server_frame_next(b, 100, &scanned, &line, &len), FRAME_LINE);
        CHECK_STR(line, want[i]);
        free(line);
    }
    CHECK_INT(server_frame_next(b, 100, &scanned, &line, &len), FRAME_MORE);

    /* a long line arriving byte by byte */
    for (int i = 0; i < 5000; i++) {
        evbuffer_add(b, "y", 1);
        CHECK_INT(server_frame_next(b, 1u << 20, &scanned, &line, &len), FRAME_MORE);
    }
    CHECK_INT(scanned, 5000);
    evbuffer_add(b, "\n", 1);
    CHECK_INT(server_frame_next(b, 1u << 20, &scanned, &line, &len), FRAME_LINE);
    CHECK_INT(len, 5000);
    CHECK_INT(scanned, 0);
    free(line);
    evbuffer_free(b);
    TEST_DONE();
}
