/*
 * test_lists_s12.c — the list, object and body rules of session 12 (issue
 * 9, recall and precision on the fresh batch 8), each on a real sentence of
 * the development split of the corpus (politics files ending in 1 or 7,
 * bulk lines whose index ends in 1 or 7), quoted as the article writes it.
 * docs/EXTRACTION.md ("Lists, objects and bodies of session 12") describes
 * each rule with the same sentence.
 */
#include "tx_check.h"

#include <string.h>

/* A post before a list of names, each with its place in parentheses, is
 * every name's (dev 00787: only the first name had "Đại biểu"). */
static void test_place_list(void)
{
    json_t *r = tx_check_run(
        "Bộ trưởng bày tỏ, những sự việc xảy ra gần đây thực sự đáng tiếc. Đại biểu Nguyễn Ngọc "
        "Phương (Quảng Bình); Cao Thị Xuân (Thanh Hóa); Nguyễn Thị Phúc (Bình Thuận); Nguyễn Thị "
        "Kim Thúy (Đà Nẵng); Huỳnh Cao Nhất (Bình Định); Phạm Tất Thắng (Vĩnh Long); Âu Thị Mai "
        "(Tuyên Quang);... chất vấn về nội dung: Giải pháp ngăn chặn hướng dẫn viên du lịch chui.");
    HAS_ROLE(r, "Nguyễn Ngọc Phương", "Đại biểu");
    HAS_ROLE(r, "Cao Thị Xuân", "Đại biểu");
    HAS_ROLE(r, "Nguyễn Thị Kim Thúy", "Đại biểu");
    HAS_ROLE(r, "Âu Thị Mai", "Đại biểu");
    CHECK_INT((int)tx_check_nroles(r), 7);
    json_decref(r);
    /* a plural post too, and a name of the list without its place (a
     * monk's title, ranks.tsv, stands before it: politics 00690) */
    r = tx_check_run("Đây là những nội dung được các đại biểu Trần Thị Phương Hoa (Hà Nội), Thượng "
                     "tọa Thích Thanh Quyết, Tống Thanh Bình (Lai Châu), Nguyễn Thị Phúc (Hưng "
                     "Yến)... quan tâm.");
    HAS_ROLE(r, "Trần Thị Phương Hoa", "đại biểu");
    HAS_ROLE(r, "Thích Thanh Quyết", "đại biểu");
    HAS_ROLE(r, "Tống Thanh Bình", "đại biểu");
    HAS_ROLE(r, "Nguyễn Thị Phúc", "đại biểu");
    json_decref(r);
    /* a photo's positions are no places: the post stays the first name's */
    r = tx_check_run("Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ (giữa), Võ Công Trí (phải) dự lễ.");
    HAS_ROLE(r, "Huỳnh Đức Thơ", "Chủ tịch UBND TP Đà Nẵng");
    CHECK_INT((int)tx_check_nroles(r), 1);
    json_decref(r);
}

/* The object of a questioning ("chất vấn đối với") is not the speaker's
 * post; a capitalised word after a lower-case one opens a sentence run into
 * the one before (dev 00787, 00681; the attribution helper's rules of the
 * same session, ex_fronted_object and ex_rule_postfix). */
static void test_questioning_object(void)
{
    json_t *r = tx_check_run(
        "Bộ trưởng rất chủ động, nghiêm túc, trách nhiệm Phát biểu kết luận phiên chất vấn và trả "
        "lời chất vấn đối với Bộ trưởng Bộ VHTT&DL, Chủ tịch QH Nguyễn Thị Kim Ngân nêu rõ, đã có "
        "32 ĐBQH đặt câu hỏi, 11 ĐBQH tranh luận.");
    HAS_ROLE(r, "Nguyễn Thị Kim Ngân", "Chủ tịch QH");
    NO_ROLE(r, "Nguyễn Thị Kim Ngân", "Bộ trưởng Bộ VHTT&DL");
    json_decref(r);
    r = tx_check_run("Giải phóng mặt bằng - chỉ có thể lấy vốn ngân sách  Tiếp thu ý kiến của đại "
                     "biểu, Bộ trưởng Giao thông Vận tải Trương Quang Nghĩa cho biết sẽ báo cáo "
                     "Quốc hội về cơ chế đặc thù.");
    HAS_ROLE(r, "Trương Quang Nghĩa", "Bộ trưởng Giao thông Vận tải");
    NO_ROLE(r, "Trương Quang Nghĩa", "đại biểu");
    json_decref(r);
    /* the questioned minister's name, then the speaker's post with no
     * comma (a headline run into the text) */
    r = tx_check_run(
        "Từ 15.05'-17.00' ngày 16/3: Quốc hội tiến hành chất vấn Bộ trưởng Nguyễn Ngọc Thiện Chủ "
        "tịch Quốc hội cho biết đã có 54 đại biểu đăng ký chất vấn Bộ trưởng Nguyễn Ngọc Thiện.");
    HAS_ROLE(r, "Nguyễn Ngọc Thiện", "Bộ trưởng");
    NO_ROLE(r, "Nguyễn Ngọc Thiện", "Chủ tịch Quốc hội");
    json_decref(r);
}

/* A head ending in a body word, then a short number: a numbered unit
 * (bulk lines of the split); a number before a word it counts is not. */
static void test_numbered_unit(void)
{
    json_t *r = tx_check_run(
        "Tại buổi trao giải, Đại tá Phạm Minh Hòa, Trưởng phòng 3, Cục An ninh Tài chính - Tiền tệ "
        "- Đầu tư (A84, Bộ Công An) cho biết, đại diện Bộ Công An là thành viên trong Hội đồng "
        "giám sát xổ số.");
    HAS_ROLE(r, "Phạm Minh Hòa", "Trưởng phòng 3");
    json_decref(r);
    r = tx_check_run("Ngày 23/6, Thượng tá Bùi Đức Thiêm, Phó trưởng phòng 5 (Phòng Phòng ngừa, "
                     "đấu tranh chống tội phạm về ma túy trên tuyến đường biển, đường hàng không), "
                     "Cục Cảnh sát điều tra tội phạm về ma túy (Bộ Công an) cho biết.");
    HAS_ROLE(r, "Bùi Đức Thiêm", "Phó trưởng phòng 5");
    json_decref(r);
    /* the chain goes on after the unit's number */
    r = tx_check_run("Ban Thường vụ đã ra quyết định khiển trách đối với ông Huỳnh Thúc Viên, Bí "
                     "thư Chi bộ 4, Chi cục trưởng Chi cục bảo vệ môi trường; khai trừ Đảng đối "
                     "với ông Diệp Xuân Vinh.");
    HAS_ROLE(r, "Huỳnh Thúc Viên", "Bí thư Chi bộ 4");
    HAS_ROLE(r, "Huỳnh Thúc Viên", "Chi cục trưởng Chi cục bảo vệ môi trường");
    json_decref(r);
    r = tx_check_run("Ông Phạm Minh Hòa làm Trưởng phòng 3 năm.");
    HAS_ROLE(r, "Phạm Minh Hòa", "Trưởng phòng");
    json_decref(r);
}

/* Kinship between two names: the post linked after them is the first
 * name's (dev 01057, 00957); a two-word brand after "NAME," closed by a
 * comma is the post's body (dev 01057). */
static void test_relative(void)
{
    json_t *r = tx_check_run(
        "Sau thông báo của Ủy ban Kiểm tra Trung ương về các sai phạm của bà Phan Thị Mỹ Thanh, "
        "Phó Bí thư Tỉnh ủy Đồng Nai. Trước đó, ông Trúc gửi đơn tố cáo bà Thanh ép Donacoop ký "
        "hợp đồng với Công ty TNHH Cường Hưng (do ông Đỗ Tịnh, chồng bà Thanh, làm giám đốc kiêm "
        "chủ tịch HĐTV) từ hợp tác kinh doanh có lợi nhuận sang hợp đồng hỗ trợ vốn. Và chủ đầu "
        "tư dự án con đường chuyên dụng BOT này là HTX An Phát do ông Đỗ Tịnh - chồng bà Thanh "
        "làm giám đốc. Theo thông tin PV nắm được, ông Đỗ Tịnh, Giám đốc Cường Hưng, đã cho con "
        "gái sở hữu số cổ phần trị giá gần 25 tỉ đồng tại công ty.");
    HAS_ROLE(r, "Đỗ Tịnh", "Giám đốc Cường Hưng");
    HAS_ROLE(r, "Đỗ Tịnh", "chủ tịch HĐTV");
    NO_ROLE(r, "Phan Thị Mỹ Thanh", "giám đốc");
    NO_ROLE(r, "Phan Thị Mỹ Thanh", "chủ tịch HĐTV");
    json_decref(r);
    r = tx_check_run("Tại buổi họp báo thường kỳ chiều 27-6 của Bộ Nội vụ, báo chí đề cập tới việc "
                     "Yên Bái bổ nhiệm ông Phạm Sỹ Quý, em trai Bí thư tỉnh Yên Bái Phạm Thị Thanh "
                     "Trà làm Giám đốc Sở Tài nguyên và Môi trường tỉnh này hồi năm 2016.");
    HAS_ROLE(r, "Phạm Thị Thanh Trà", "Bí thư tỉnh Yên Bái");
    HAS_ROLE(r, "Phạm Sỹ Quý", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái");
    NO_ROLE(r, "Phạm Thị Thanh Trà", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái");
    json_decref(r);
}

/* A body written at length in lower case right before its holder's name
 * (bulk line of the split: the name had been lost with the post). */
static void test_long_lower_body(void)
{
    json_t *r = tx_check_run(
        "Tại Hội nghị cung cấp thông tin định kỳ về BHXH, BHYT tháng 5/2017 do BHXH Việt Nam tổ "
        "chức vừa qua, Giám đốc Trung tâm giám định và thanh toán đa tuyến phía Bắc Dương Tuấn "
        "Đức cho biết, BHXH đã phát hiện và từ chối trên 10% hồ sơ đề nghị thanh toán.");
    CHECK(tx_check_person(r, "Dương Tuấn Đức"));
    HAS_ROLE(r, "Dương Tuấn Đức", "Giám đốc Trung tâm giám định và thanh toán đa tuyến phía Bắc");
    json_decref(r);
}

/* "Chủ tịch tỉnh X" is the chair of the province's people's committee: the
 * same post as "Chủ tịch UBND tỉnh X", one role (dev 01057). */
static void test_committee_chair(void)
{
    json_t *r = tx_check_run(
        "Sau thông báo về các sai phạm của bà Phan Thị Mỹ Thanh, Phó Bí thư Tỉnh ủy Đồng Nai. Năm "
        "2011 bà Thanh giữ chức phó chủ tịch UBND tỉnh Đồng Nai, phụ trách lĩnh vực đầu tư xây "
        "dựng. Trước đó, ông Trúc gửi đơn tố cáo bà Thanh trong thời gian làm phó chủ tịch tỉnh "
        "Đồng Nai đã lợi dụng quyền lực.");
    HAS_ROLE(r, "Phan Thị Mỹ Thanh", "phó chủ tịch UBND tỉnh Đồng Nai");
    NO_ROLE(r, "Phan Thị Mỹ Thanh", "phó chủ tịch tỉnh Đồng Nai");
    json_decref(r);
    /* the council's chair stays another post */
    r = tx_check_run("Ông Nguyễn Văn Đọc, Chủ tịch HĐND tỉnh Bạc Liêu, và ông Nguyễn Văn Đọc, Chủ "
                     "tịch tỉnh Bạc Liêu, dự họp.");
    HAS_ROLE(r, "Nguyễn Văn Đọc", "Chủ tịch HĐND tỉnh Bạc Liêu");
    HAS_ROLE(r, "Nguyễn Văn Đọc", "Chủ tịch tỉnh Bạc Liêu");
    json_decref(r);
}

int main(void)
{
    test_place_list();
    test_questioning_object();
    test_numbered_unit();
    test_relative();
    test_long_lower_body();
    test_committee_chair();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
