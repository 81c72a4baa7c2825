/*
 * test_status_s26.c — the status rules of session 26 (issue 9), each on
 * made-up sentences of the shapes the held-out misses name (appointment
 * and leaving verbs before a post), beside ones of the same shape that
 * must be left alone.  docs/EXTRACTION.md ("Status rules of session 26") describes each
 * rule with the same sentences.
 */
#include "tx_check.h"

#include <string.h>

/* "giữ chức Vụ trưởng Vụ Kế hoạch": the longest cue "giữ chức vụ" took the
 * post's first word and the post was lost; the shorter cue under it ends
 * where the post starts.  Its status is the longer cue's ("đang giữ chức
 * vụ" is held, as "đang giữ chức" is). */
static void test_cue_under_post(void)
{
    json_t *r = tx_check_run("Ông Trần Văn Bình giữ chức Vụ trưởng Vụ Kế hoạch.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch", "appointed");
    json_decref(r);
    r = tx_check_run("Bộ trưởng Nguyễn Văn An trao quyết định bổ nhiệm ông Trần Văn Bình giữ chức "
                     "Vụ trưởng Vụ Kế hoạch - Tài chính.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch - Tài chính", "appointed");
    STATUS(r, "Nguyễn Văn An", "Bộ trưởng", "current");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Bình, người đang giữ chức Vụ trưởng Vụ Kế hoạch, cho biết.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch", "current");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Bình thôi giữ chức Vụ trưởng Vụ Kế hoạch.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch", "ended");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Bình từng giữ chức Vụ trưởng Vụ Kế hoạch.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch", "former");
    json_decref(r);
    /* left alone: "chức vụ" before another post is the whole cue */
    r = tx_check_run("Ông Trần Văn Bình giữ chức vụ Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Bình thôi giữ chức vụ Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "ended");
    json_decref(r);
}

int main(void)
{
    test_cue_under_post();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
