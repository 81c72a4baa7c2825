/*
 * test_status_s23.c — the status and attribution rules of session 23
 * (issue 9): shapes of Vietnamese news that no rule read before.  Made-up
 * sentences of the corpus's shape (docs/EXTRACTION.md, "Status rules of
 * session 23"), each beside a sentence of the same shape the rule must
 * leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* An active appointing cue in a dated sentence: "Năm 2017, Bộ Y tế bổ
 * nhiệm ông A làm …" — the post after the cue's object and its link is
 * the object's, and a change when the year is the article's own. */
static void test_active_dated_change(void)
{
    /* a body appoints: the news in the article's year */
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, Bộ Y tế bổ nhiệm ông Trần Văn "
                             "Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tháng 3/2017, UBND tỉnh Quảng Nam bổ nhiệm ông "
                     "Trần Văn Bình làm Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, HĐND tỉnh bầu bà Nguyễn Thị Hoa làm "
                     "Phó Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Nguyễn Thị Hoa", "Phó Chủ tịch UBND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    /* a named person appoints: the post is the object's, not the
     * sentence's first name's */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, Bộ trưởng Bộ Y tế Nguyễn Văn An bổ "
                     "nhiệm ông Trần Văn Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Nguyễn Văn An", "Bộ trưởng Bộ Y tế", "current");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Bệnh viện Bạch Mai");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Nguyễn Văn An bổ nhiệm ông Trần "
                     "Văn Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Bệnh viện Bạch Mai");
    json_decref(r);
    /* an old year: both history (former), the post still the object's */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, Bộ trưởng Bộ Y tế Nguyễn Văn An bổ "
                     "nhiệm ông Trần Văn Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "former");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Bệnh viện Bạch Mai");
    json_decref(r);
    /* left alone: the previous year (background, still held); the passive
     * voice (session 22); the cue in another sense, no post after a link;
     * the undated sentence */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2016, Bộ Y tế bổ nhiệm ông Trần Văn Bình "
                     "làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Trần Văn Bình được bổ nhiệm làm "
                     "Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Trần Văn Bình là Giám đốc Bệnh "
                     "viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Bộ trưởng Bộ Y tế Nguyễn Văn An bổ nhiệm ông "
                     "Trần Văn Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    STATUS(r, "Nguyễn Văn An", "Bộ trưởng Bộ Y tế", "current");
    json_decref(r);
}

int main(void)
{
    test_active_dated_change();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
