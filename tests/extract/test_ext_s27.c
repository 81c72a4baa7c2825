/*
 * test_ext_s27.c — the extraction faults of session 27 (ext helper), each
 * on made-up sentences of the corpus's shape beside ones of the same shape
 * the rule must leave alone.  docs/EXTRACTION.md ("Bodies, lists and
 * cues of session 27") describes each rule with the same sentences.
 */
#include "tx_check.h"

#include <string.h>

/* "Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội": the role head
 * "Chủ nhiệm Ủy ban" ended at "Ủy ban" and the stop word "về" ended the
 * body; the committee's name (org_heads.tsv) now goes on past the head. */
static void test_social_committee(void)
{
    json_t *r = tx_check_run("Bà Trần Thị Hoa, Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc "
                             "hội, cho biết dự luật sẽ được trình tại kỳ họp tới.");
    HAS_ROLE(r, "Trần Thị Hoa", "Chủ nhiệm Ủy ban về các vấn đề xã hội");
    NO_ROLE(r, "Trần Thị Hoa", "Chủ nhiệm Ủy ban");
    json_decref(r);
    r = tx_check_run("Phó Chủ nhiệm Ủy ban Về các vấn đề xã hội Đặng Văn Lâm phát biểu tại "
                     "phiên thảo luận.");
    HAS_ROLE(r, "Đặng Văn Lâm", "Phó Chủ nhiệm Ủy ban Về các vấn đề xã hội");
    json_decref(r);
    r = tx_check_run("Ông Lưu Văn Nam, Ủy viên Thường trực Ủy ban về các vấn đề xã hội, cho rằng "
                     "việc khởi tố là bình thường.");
    HAS_ROLE(r, "Lưu Văn Nam", "Ủy viên Thường trực Ủy ban về các vấn đề xã hội");
    json_decref(r);
    /* left alone: "về" after another committee's complete name is the
     * subject of the sentence's verb, not the body's */
    r = tx_check_run("Chủ nhiệm Ủy ban Kinh tế Vũ Văn Thanh báo cáo về dự án luật.");
    HAS_ROLE(r, "Vũ Văn Thanh", "Chủ nhiệm Ủy ban Kinh tế");
    json_decref(r);
    r = tx_check_run("Ông Vũ Văn Thanh, Chủ nhiệm Ủy ban Kinh tế, về dự họp.");
    HAS_ROLE(r, "Vũ Văn Thanh", "Chủ nhiệm Ủy ban Kinh tế");
    json_decref(r);
}

int main(void)
{
    test_social_committee();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
