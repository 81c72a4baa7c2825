/*
 * test_identity_s27.c — session 27's post identity: a state corporation
 * by its brand (abbreviations.tsv) and a ministry's department by its
 * first words (short_bodies.tsv).  The labels are made up in the news's
 * style; docs/REGISTRY.md ("Session 27: fresh27 classified") measures
 * each rule.
 */
#include "tx_check.h"

#include <stdlib.h>
#include <string.h>

static void test_brand_and_short_department(void)
{
    CHECK(tx_check_same_post("Chủ tịch HĐTV Vinalines",
                             "Chủ tịch HĐTV Tổng công ty Hàng hải Việt Nam", 1));
    CHECK(tx_check_same_post("Chủ tịch Hội đồng thành viên Vinalines",
                             "Chủ tịch Tổng công ty Hàng hải Việt Nam", 1));
    CHECK(tx_check_same_post("Tổng giám đốc Tổng công ty Vinalines",
                             "Tổng giám đốc Tổng công ty Hàng hải Việt Nam", 1));
    CHECK(tx_check_same_post("Cục trưởng Cục Di sản", "Cục trưởng Cục Di sản văn hóa", 1));
    CHECK(tx_check_same_post("Phó Cục trưởng Cục Di sản", "Phó Cục trưởng Cục Di sản văn hóa", 1));
    /* the maritime administration is another body; a deputy another post */
    CHECK(!tx_check_same_post("Cục trưởng Cục Hàng hải Việt Nam", "Chủ tịch HĐTV Vinalines", 0));
    CHECK(!tx_check_same_post("Phó Cục trưởng Cục Di sản", "Cục trưởng Cục Di sản văn hóa", 0));
}

/* The body a post belongs to, in parentheses between the post and its
 * holder's name, as a place there (docs/EXTRACTION.md, "place in
 * parentheses"): the post is the name's, the parenthesis stays out. */
static void test_parent_in_parens(void)
{
    json_t *r = tx_check_run("Liên quan đến phản ánh này, Cục trưởng Cục Quản lý dược (Bộ Y tế) "
                             "Trương Văn Bảy vừa làm việc với Sở Y tế Bạc Liêu.");
    HAS_ROLE(r, "Trương Văn Bảy", "Cục trưởng Cục Quản lý dược");
    CHECK(tx_check_nroles(r) == 1);
    json_decref(r);
    r = tx_check_run("Trưởng phòng Kế hoạch - Tài chính (Sở GD-ĐT Hà Nội) Lê Văn Tám cho biết "
                     "trường sẽ được cấp thêm kinh phí.");
    HAS_ROLE(r, "Lê Văn Tám", "Trưởng phòng Kế hoạch - Tài chính");
    json_decref(r);
    /* a place after the parenthesis is no holder */
    r = tx_check_run("Trưởng phòng giáo dục mầm non (Sở GD-ĐT) Hà Nội cho biết năm nay thiếu "
                     "giáo viên.");
    CHECK(tx_check_nroles(r) == 0);
    json_decref(r);
}

int main(void)
{
    test_brand_and_short_department();
    test_parent_in_parens();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
