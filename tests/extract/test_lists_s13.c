/*
 * test_lists_s13.c — the lists helper's rules of session 13 (issues 9 and
 * 10): one ministry or department under all its spellings, each spelling as
 * the corpus writes it; a post "in charge of" a body and verbs inside a
 * body's name, on real sentences of the development split (politics files
 * ending in 1 or 7, bulk lines whose index ends in 1 or 7).  docs/EXTRACTION.md ("Posts and bodies
 * of session 13") describes each rule with the same examples.
 */
#include "tx_check.h"

#include <string.h>

/* A ministry written by the first words of its name, with "Bộ" or without,
 * and its abbreviation written with spaces or "và" at its joints, is one
 * post with the full name ("Bộ trưởng Giáo dục Phùng Xuân Nhạ", "Bộ trưởng
 * Bộ GD & ĐT", "Bộ trưởng Bộ NN - PTNT" were posts of their own). */
static void test_ministry_spellings(void)
{
    static const char *const same[][2] = {
        {"Bộ trưởng Giáo dục", "Bộ trưởng Bộ Giáo dục và Đào tạo"},
        {"Bộ trưởng Bộ Giáo dục", "Bộ trưởng Bộ GD-ĐT"},
        {"Bộ trưởng Bộ GD & ĐT", "Bộ trưởng Bộ Giáo dục và Đào tạo"},
        {"Thứ trưởng Bộ GD ĐT", "Thứ trưởng Bộ Giáo dục và Đào tạo"},
        {"Thứ trưởng Giáo dục", "Thứ trưởng Bộ GD&ĐT"},
        {"Bộ trưởng Nông nghiệp", "Bộ trưởng Bộ NN&PTNT"},
        {"Bộ trưởng Bộ NN - PTNT", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
        {"Bộ trưởng Bộ Nông nghiệp và PTNT", "Bộ trưởng Bộ NN&PTNT"},
        {"Bộ trưởng Bộ NN và PTNT", "Bộ trưởng Bộ NN&PTNT"},
        {"Bộ trưởng Lao động", "Bộ trưởng Bộ LĐ-TB&XH"},
        {"Bộ trưởng Văn hóa", "Bộ trưởng Bộ VH-TT&DL"},
        {"Bộ trưởng Giao thông", "Bộ trưởng Bộ GTVT"},
        {"Bộ trưởng Thông tin", "Bộ trưởng Bộ TT&TT"},
        {"Bộ trưởng Khoa học", "Bộ trưởng Bộ KH&CN"},
        {"Bộ trưởng Tài nguyên", "Bộ trưởng Bộ TN&MT"},
        {"Bộ trưởng Kế hoạch", "Bộ trưởng Bộ KH&ĐT"},
        {"Bộ trưởng Tài chính", "Bộ trưởng Bộ Tài chính"},
        /* a province's departments */
        {"Giám đốc Sở Nông nghiệp tỉnh Bình Định",
         "Giám đốc Sở Nông nghiệp và Phát triển nông thôn Bình Định"},
        {"Giám đốc Sở Nông nghiệp- PTNT Bắc Ninh", "Giám đốc Sở NN&PTNT tỉnh Bắc Ninh"},
        {"Giám đốc Sở Tài nguyên Yên Bái", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái"},
        {"Giám đốc Sở TN và MT tỉnh Yên Bái", "Giám đốc Sở TN&MT Yên Bái"},
        {"Giám đốc Sở TN & MT thành phố Đà Nẵng", "Giám đốc Sở Tài nguyên và Môi trường Đà Nẵng"},
        {"Giám đốc Sở TN - MT thành phố Hồ Chí Minh", "Giám đốc Sở Tài nguyên - Môi trường TP.HCM"},
        {"Phó Giám đốc Sở TT & TT", "Phó Giám đốc Sở Thông tin và Truyền thông"},
        {"Giám đốc Sở GD - ĐT Hà Nội", "Giám đốc Sở Giáo dục và Đào tạo Hà Nội"},
        /* "QH-KT" is the planning department, not "Quốc hội"; "HN" Hà Nội */
        {"Giám đốc Sở QH-KT TP Hà Nội", "Giám đốc Sở Quy hoạch - Kiến trúc Hà Nội"},
        {"Giám đốc Sở Quy hoạch Kiến trúc HN", "Giám đốc Sở Quy hoạch kiến trúc Hà Nội"},
        {"Giám đốc Sở VH&TT Hà Nội", "Giám đốc Sở Văn hóa và Thể thao Hà Nội"},
        {"Phó Giám đốc Sở VH-TT TP.HCM", "Phó Giám đốc Sở Văn hóa và Thể thao TP.HCM"},
        /* the longest abbreviation wins: "VH-TT&DL" is not "VH-TT" */
        {"Giám đốc Sở VH-TT&DL Lào Cai", "Giám đốc Sở Văn hóa - Thể thao và Du lịch Lào Cai"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        CHECK(tx_check_same_post(same[i][0], same[i][1], 1));
    /* … but a name that goes on otherwise is another body: the old
     * ministry of science, technology and environment, a city's culture
     * and sports department, the Lao ministry of education and sports, a
     * state's post */
    static const char *const differ[][2] = {
        {"Bộ trưởng Bộ Khoa học, Công nghệ và Môi trường", "Bộ trưởng Bộ Khoa học và Công nghệ"},
        {"Giám đốc Sở Văn hóa và Thể thao Hà Nội",
         "Giám đốc Sở Văn hóa, Thể thao và Du lịch Hà Nội"},
        {"Bộ trưởng Bộ Giáo dục và Thể thao Lào", "Bộ trưởng Bộ Giáo dục và Đào tạo"},
        {"Bộ trưởng Giáo dục Mỹ", "Bộ trưởng Bộ Giáo dục và Đào tạo"},
        {"Viện trưởng Viện Khoa học xã hội Việt Nam", "Viện trưởng Viện Khoa học và Công nghệ"},
        {"Giám đốc Sở Tài chính Hà Nội", "Giám đốc Sở Tài nguyên và Môi trường Hà Nội"},
    };
    for (size_t i = 0; i < sizeof differ / sizeof differ[0]; i++)
        CHECK(!tx_check_same_post(differ[i][0], differ[i][1], 0));
    /* the label a post is shown with stays as written (keys only) */
    char *l = tx_canonical_label(tx_check_lexicon(), "Bộ trưởng Giáo dục");
    CHECK_STR(l, "Bộ trưởng Giáo dục");
    free(l);
    l = tx_canonical_label(tx_check_lexicon(), "Bộ trưởng Bộ GD & ĐT");
    CHECK_STR(l, "Bộ trưởng Bộ Giáo dục và Đào tạo");
    free(l);
}

/* "phụ trách" (in charge of) between a head and a body: one post with that
 * body, "phụ trách" kept in the post, the body its organisation (batch 8
 * bulk part1:6537, dev batch 5 politics 01187, bulk part3:4491 and 7477 —
 * each had the bare head or nothing). */
static void test_in_charge_of(void)
{
    json_t *r = tx_check_run(
        "Đề nghị dừng hợp đồng đối với cơ sở y tế vi phạm Theo Phó Trưởng ban phụ trách Ban thực "
        "hiện chính sách BHYT - BHXH Việt Nam Lê Văn Phúc, tại nhiều bệnh viện đã có hiện tượng.");
    HAS_ROLE(r, "Lê Văn Phúc",
             "Phó Trưởng ban phụ trách Ban thực hiện chính sách BHYT - BHXH Việt Nam");
    json_t *ro = tx_check_role(r, "Lê Văn Phúc",
                               "Phó Trưởng ban phụ trách Ban thực hiện chính sách BHYT - BHXH Việt "
                               "Nam");
    CHECK_STR(json_string_value(json_object_get(ro, "role")), "Phó Trưởng ban");
    CHECK_STR(json_string_value(json_object_get(ro, "organization")),
              "Ban thực hiện chính sách BHYT - BHXH Việt Nam");
    json_decref(r);
    r = tx_check_run("Phát biểu khai mạc hội nghị, Thành viên phụ trách HĐTV, Tổng giám đốc PVN "
                     "Nguyễn Vũ Trường Sơn cho hay, trước những dự báo.");
    HAS_ROLE(r, "Nguyễn Vũ Trường Sơn", "Thành viên phụ trách HĐTV");
    HAS_ROLE(r, "Nguyễn Vũ Trường Sơn", "Tổng giám đốc PVN");
    json_decref(r);
    r = tx_check_run("Đoàn Thị Luyến (nguyên giám đốc phụ trách chi nhánh Charmvit), Tăng Hải Nam "
                     "(nguyên giám đốc phụ trách chi nhánh Lotte), Đinh Thị Hồng Vinh.");
    HAS_ROLE(r, "Tăng Hải Nam", "giám đốc phụ trách chi nhánh Lotte");
    STATUS(r, "Tăng Hải Nam", "giám đốc phụ trách chi nhánh Lotte", "former");
    json_decref(r);
    r = tx_check_run("Bà Nguyễn Thị Hoàng Lan - Phó Tổng giám đốc phụ trách HNX - khẳng định, các "
                     "công việc chuẩn bị.");
    HAS_ROLE(r, "Nguyễn Thị Hoàng Lan", "Phó Tổng giám đốc phụ trách HNX");
    json_decref(r);
    /* a field, not a body: the head stays bare */
    r = tx_check_run("Ông Trần Văn Cường, Giám đốc phụ trách Marketing của công ty, cho biết.");
    NO_ROLE(r, "Trần Văn Cường", "Giám đốc phụ trách Marketing");
    json_decref(r);
}

/* Verbs inside a body's name (orgwords.tsv): "Ban Thực hiện chính sách",
 * "Ban Tiếp công dân", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp". */
static void test_verbs_in_bodies(void)
{
    json_t *r = tx_check_run("Trước đó, trả lời phỏng vấn của Dân trí, Trưởng Ban Tiếp công dân "
                             "Trung ương Nguyễn Hồng Điệp khẳng định.");
    HAS_ROLE(r, "Nguyễn Hồng Điệp", "Trưởng Ban Tiếp công dân Trung ương");
    json_decref(r);
    r = tx_check_run("Chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp Nguyễn Hoàng Anh phát "
                     "biểu.");
    HAS_ROLE(r, "Nguyễn Hoàng Anh", "Chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp");
    json_decref(r);
}

/* A head made of a body word and "trưởng", a comma, then that body word:
 * the body after the comma is the head's own (batch 9 bulk part1:5731,
 * bulk part2:4471 of the split — each had the bare head). */
static void test_head_comma_body(void)
{
    json_t *r = tx_check_run(
        "Thượng tá Trần Quốc Tiến, Phó Cục trưởng, Cục H59, Tổng cục Hậu cần – Kỹ thuật (Bộ Công "
        "an), Ủy viên Ban Chỉ đạo.");
    HAS_ROLE(r, "Trần Quốc Tiến", "Phó Cục trưởng, Cục H59");
    json_t *ro = tx_check_role(r, "Trần Quốc Tiến", "Phó Cục trưởng, Cục H59");
    CHECK_STR(json_string_value(json_object_get(ro, "organization")), "Cục H59");
    json_decref(r);
    r = tx_check_run(
        "Ông Nguyễn Đình Thi, Vụ trưởng, Vụ Chính sách thuế (Bộ Tài chính) cho biết, Bộ "
        "Tài chính đang đề xuất.");
    HAS_ROLE(r, "Nguyễn Đình Thi", "Vụ trưởng, Vụ Chính sách thuế");
    json_decref(r);
    /* another body word after the comma is a second post */
    r = tx_check_run("Ông Nguyễn Đình Thi, Vụ trưởng, Cục trưởng Cục Thuế, cho biết.");
    NO_ROLE(r, "Nguyễn Đình Thi", "Vụ trưởng, Cục trưởng Cục Thuế");
    HAS_ROLE(r, "Nguyễn Đình Thi", "Cục trưởng Cục Thuế");
    json_decref(r);
}

/* A ministry's name enumerated with '&' for "và" (batch 9 bulk part2:827:
 * nothing had been found). */
static void test_enumeration_ampersand(void)
{
    json_t *r =
        tx_check_run("Là những vấn đề đại biểu Quốc hội chờ giải trình từ phía Bộ trưởng "
                     "Văn hóa, Thể thao & Du lịch Nguyễn Ngọc Thiện. Ngoài 4 Bộ trưởng trên.");
    HAS_ROLE(r, "Nguyễn Ngọc Thiện", "Bộ trưởng Văn hóa, Thể thao & Du lịch");
    json_decref(r);
    /* one post with the full name in the registry's key */
    CHECK(tx_check_same_post("Bộ trưởng Văn hóa, Thể thao & Du lịch", "Bộ trưởng Bộ VH-TT&DL", 1));
}

/* A party committee's secretary with no body, then a post of a body: the
 * secretary of that body's committee (dev 01127, politics 00877, 00011 of
 * the split; each had the bare "Bí thư Đảng ủy"). */
static void test_committee_of_next_body(void)
{
    json_t *r =
        tx_check_run("Về phía TTXVN, có ông Nguyễn Đức Lợi, Ủy viên Trung ương Đảng, Bí thư "
                     "Đảng ủy, Tổng Giám đốc TTXVN; Nguyễn Hoài Dương, Phó Tổng giám đốc.");
    HAS_ROLE(r, "Nguyễn Đức Lợi", "Bí thư Đảng ủy TTXVN");
    json_t *ro = tx_check_role(r, "Nguyễn Đức Lợi", "Bí thư Đảng ủy TTXVN");
    CHECK_STR(json_string_value(json_object_get(ro, "role")), "Bí thư Đảng ủy");
    CHECK_STR(json_string_value(json_object_get(ro, "organization")), "TTXVN");
    HAS_ROLE(r, "Nguyễn Đức Lợi", "Tổng Giám đốc TTXVN");
    json_decref(r);
    /* past a university's (a firm's) council */
    r = tx_check_run(
        "PGS.TS. Huỳnh Văn Chương, Bí thư Đảng ủy, Chủ tịch Hội đồng Đại học Huế khẳng "
        "định, Đại học Huế thời gian qua đã thực hiện nghiêm túc.");
    HAS_ROLE(r, "Huỳnh Văn Chương", "Bí thư Đảng ủy Đại học Huế");
    json_decref(r);
    /* two committees of two bodies stay two posts; a council alone lends
     * nothing */
    r = tx_check_run(
        "Nhiều sai phạm rất cụ thể như trong thời gian giữ các chức vụ Bí thư Đảng ủy, Giám đốc "
        "Công ty Bóng đèn Điện Quang, Bí thư Đảng ủy, Chủ tịch HĐQT, Tổng giám đốc Công ty cổ phần "
        "Bóng đèn Điện Quang (1/2004 - 5/2010), bà Hồ Thị Kim Thoa đã vi phạm trình tự.");
    HAS_ROLE(r, "Hồ Thị Kim Thoa", "Bí thư Đảng ủy Công ty Bóng đèn Điện Quang");
    HAS_ROLE(r, "Hồ Thị Kim Thoa", "Bí thư Đảng ủy");
    json_decref(r);
    /* a commune's people's committee is not the committee's body (a
     * made-up sentence of the corpus's shape) */
    r = tx_check_run("Ông Nguyễn Văn Bình, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Lập, cho biết.");
    NO_ROLE(r, "Nguyễn Văn Bình", "Bí thư Đảng ủy UBND xã Tân Lập");
    HAS_ROLE(r, "Nguyễn Văn Bình", "Bí thư Đảng ủy");
    json_decref(r);
}

int main(void)
{
    test_ministry_spellings();
    test_in_charge_of();
    test_verbs_in_bodies();
    test_head_comma_body();
    test_enumeration_ampersand();
    test_committee_of_next_body();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
