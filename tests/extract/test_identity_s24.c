/*
 * test_identity_s24.c — session 24's post identity (issue 10 item 1: one
 * office, one post): a ministry written with the country's name after it,
 * an ambassador's concurrent accreditation, a group's or a corporation's
 * kind after the post's role, a corporation by its kind's initials.  Every sentence and
 * name is made up; docs/REGISTRY.md ("Post identity", session 24) describes
 * each rule with the same examples.
 */
#include "tx_check.h"

#include <stdlib.h>
#include <string.h>

/* A ministry's name never holds the country's: "Việt Nam" (or "VN",
 * "nước CHXHCN Việt Nam") after it is the same ministry. */
static void test_ministry_country(void)
{
    static const char *const same[][2] = {
        {"Người phát ngôn Bộ Ngoại giao Việt Nam", "Người phát ngôn Bộ Ngoại giao"},
        {"Người phát ngôn Bộ Ngoại giao VN", "Người phát ngôn Bộ Ngoại giao"},
        {"Người phát ngôn Bộ Ngoại giao nước CHXHCN Việt Nam", "Người phát ngôn Bộ Ngoại giao"},
        {"Cục trưởng Cục Lãnh sự Bộ Ngoại giao Việt Nam", "Cục trưởng Cục Lãnh sự Bộ Ngoại giao"},
        {"Chánh Văn phòng Bộ Công an Việt Nam", "Chánh Văn phòng Bộ Công an"},
        {"Vụ trưởng Vụ Hợp tác quốc tế Bộ Y tế Việt Nam", "Vụ trưởng Vụ Hợp tác quốc tế Bộ Y tế"},
        /* a minister's role without its Bộ */
        {"Bộ trưởng Công Thương Việt Nam", "Bộ trưởng Bộ Công Thương"},
        {"Thứ trưởng Ngoại giao VN", "Thứ trưởng Bộ Ngoại giao"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        CHECK(tx_check_same_post(same[i][0], same[i][1], 1));
    /* bodies whose name holds the country's keep it */
    CHECK(!tx_check_same_post("Chủ tịch Hội Nhà báo Việt Nam", "Chủ tịch Hội Nhà báo", 0));
    CHECK(!tx_check_same_post("Tổng giám đốc Ngân hàng Phát triển Việt Nam",
                              "Tổng giám đốc Ngân hàng Phát triển", 0));
    CHECK(!tx_check_same_post("Tư lệnh Bộ Tư lệnh Cảnh sát biển Việt Nam", "Tư lệnh Cảnh sát biển",
                              0));
    CHECK(!tx_check_same_post("Chỉ huy trưởng Bộ Chỉ huy Quân sự Việt Nam",
                              "Chỉ huy trưởng Bộ Chỉ huy Quân sự", 0));
    CHECK(!tx_check_same_post("Giám đốc Học viện Ngoại giao Việt Nam",
                              "Giám đốc Học viện Ngoại giao", 0));
    /* a mission of our state keeps its country */
    CHECK(!tx_check_same_post("Đại sứ Việt Nam tại Lào", "Đại sứ tại Lào", 0));
    /* another state's ministry is not ours */
    CHECK(!tx_check_same_post("Người phát ngôn Bộ Ngoại giao Trung Quốc",
                              "Người phát ngôn Bộ Ngoại giao", 0));
}

/* An ambassador's concurrent accreditation adds no post. */
static void test_accredited(void)
{
    static const char *const same[][2] = {
        {"Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và Bhutan", "Đại sứ Việt Nam tại Ấn Độ"},
        {"Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal", "Đại sứ Việt Nam tại Ấn Độ"},
        {"Đại sứ đặc mệnh toàn quyền Việt Nam tại Ấn Độ kiêm Nepal, Bhutan",
         "Đại sứ Việt Nam tại Ấn Độ"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        CHECK(tx_check_same_post(same[i][0], same[i][1], 1));
    /* another post after "kiêm", or a country that is not one of the list */
    CHECK(!tx_check_same_post("Đại sứ Việt Nam tại Thụy Sĩ kiêm Đại diện thường trực",
                              "Đại sứ Việt Nam tại Thụy Sĩ", 0));
    CHECK(!tx_check_same_post("Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Trưởng đoàn",
                              "Đại sứ Việt Nam tại Ấn Độ", 0));
    CHECK(!tx_check_same_post("Đại sứ Việt Nam tại Nepal", "Đại sứ Việt Nam tại Ấn Độ", 0));
}

/* A group's or a corporation's kind right after the role: one post with
 * or without it. */
static void test_firm_kind(void)
{
    static const char *const same[][2] = {
        {"Chủ tịch HĐQT Phú Long Gia Lai", "Chủ tịch HĐQT Tập đoàn Phú Long Gia Lai"},
        {"Chủ tịch HĐQT Phú Long Gia Lai", "Chủ tịch Hội đồng Quản trị Phú Long Gia Lai"},
        {"Chủ tịch HĐQT Phú Long Gia Lai", "Chủ tịch Tập đoàn Phú Long Gia Lai"},
        {"Chủ tịch HĐQT Phú Long Gia Lai", "Chủ tịch HĐQT CTCP Tập đoàn Phú Long Gia Lai"},
        {"Tổng giám đốc Tổng công ty Đường sắt Bảo An", "Tổng giám đốc Đường sắt Bảo An"},
        {"Tổng giám đốc Tổng công ty Dệt may Bảo An", "Tổng giám đốc Tập đoàn Dệt may Bảo An"},
        {"Phó Tổng giám đốc Tập đoàn Bảo An", "Phó Tổng giám đốc Bảo An"},
        {"Chủ tịch HĐQT kiêm Tổng giám đốc Tập đoàn Bảo An", "Chủ tịch kiêm Tổng giám đốc Bảo An"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        CHECK(tx_check_same_post(same[i][0], same[i][1], 1));
    /* another name after the kind; a company, a bank, a unit of the
     * group; a kind with no name, or a name cut to its trade */
    CHECK(!tx_check_same_post("Chủ tịch Tập đoàn Điện lực Bảo An",
                              "Chủ tịch Tổng công ty Điện lực Bắc An", 0));
    CHECK(!tx_check_same_post("Tổng giám đốc Tổng công ty Bảo An", "Tổng giám đốc Công ty Bảo An",
                              0));
    CHECK(!tx_check_same_post("Chủ tịch HĐQT Công ty cổ phần Phú Long Gia Lai",
                              "Chủ tịch HĐQT Phú Long Gia Lai", 0));
    CHECK(!tx_check_same_post("Tổng giám đốc Ngân hàng Bảo An", "Tổng giám đốc Bảo An", 0));
    CHECK(!tx_check_same_post("Giám đốc Chi nhánh Tổng công ty Bảo An", "Giám đốc Chi nhánh Bảo An",
                              0));
    CHECK(!tx_check_same_post("Tổng giám đốc Tổng công ty", "Tổng giám đốc", 0));
    CHECK(!tx_check_same_post("Giám đốc Tổng công ty Đầu tư", "Giám đốc đầu tư", 0));
    CHECK(!tx_check_same_post("Thống đốc Ngân hàng Nhà nước", "Thống đốc Nhà nước", 0));
}

/* A corporation written by its kind's initials, and the state railway's
 * initials. */
static void test_corporation_initials(void)
{
    CHECK(tx_check_same_post("Tổng giám đốc TCT Đường sắt Bảo An",
                             "Tổng giám đốc Tổng công ty Đường sắt Bảo An", 1));
    CHECK(tx_check_same_post("Tổng giám đốc VNR", "Tổng Giám đốc Tổng công ty Đường sắt Việt Nam",
                             1));
    CHECK(tx_check_same_post("Chủ tịch HĐTV TCT Bảo An", "Chủ tịch Tổng công ty Bảo An", 1));
}

int main(void)
{
    test_ministry_country();
    test_accredited();
    test_firm_kind();
    test_corporation_initials();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
