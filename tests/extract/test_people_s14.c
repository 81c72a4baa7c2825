/*
 * test_people_s14.c — the people helper's rules of session 14 (issue 9):
 * places, schools, firms, clans and things named like persons in ordinary
 * news are not persons, while the persons beside them stay.  The sentences
 * are written for the tests in the shapes the bulk 1/7 split shows;
 * docs/EXTRACTION.md ("People of session 14") describes each rule with the
 * same examples.
 */
#include "tx_check.h"

/* Fails when the text yields a person of that name. */
static void check_none(const char *text, const char *name)
{
    json_t *r = tx_check_run(text);
    if (tx_check_person(r, name)) {
        fprintf(stderr, "  \"%s\": person \"%s\"\n", text, name);
        CHECK(0);
    }
    json_decref(r);
}

/* Fails unless the text yields a person of that name. */
static void check_one(const char *text, const char *name)
{
    json_t *r = tx_check_run(text);
    if (!tx_check_person(r, name)) {
        fprintf(stderr, "  \"%s\": no person \"%s\"\n", text, name);
        CHECK(0);
    }
    json_decref(r);
}

/* A name the article writes after the kind of a place (place_kinds.tsv) is
 * that place where it stands bare; an honorific or a post keeps a person. */
static void test_place_named_elsewhere(void)
{
    check_none("Trường mầm non Kim Liên (phường Kim Liên) vừa khai giảng. Kim Liên là ngôi "
               "trường lâu đời của quận.",
               "Kim Liên");
    check_none("Công nhân ở huyện Châu Thành đã xuất viện. Châu Thành có ba khu công nghiệp.",
               "Châu Thành");
    check_none("Học sinh trường THPT Nguyễn Khuyến tổ chức lễ trưởng thành. Cổng Nguyễn Khuyến "
               "phủ đầy bột màu.",
               "Nguyễn Khuyến");
    check_none("Người dân tố Công ty TNHH Nguyễn Hưng xả thải. Nguyễn Hưng chưa trả lời.",
               "Nguyễn Hưng");
    /* the same name after a relation to a place ("mang tên") or with an
     * honorific stays a person */
    check_one("Hộ chiếu mang tên Đỗ Văn Bình được cấp năm 2016. Cơ quan công an đã bàn giao "
              "đối tượng Đỗ Văn Bình.",
              "Đỗ Văn Bình");
    check_one("Đoàn đến thăm phường Kim Liên. Bà Kim Liên, tổ trưởng tổ dân phố, cho biết.",
              "Kim Liên");
    /* a caption run into the text: an age after the name is a person's */
    check_one("Chị Thu đang được điều trị tại bệnh viện Lê Văn Hùng (27 tuổi, ngụ xã Lưu Kiếm) "
              "đã ra đầu thú. Lê Văn Hùng khai nhận.",
              "Lê Văn Hùng");
}

/* "ông xã", "bà xã" (husband, wife) are no commune. */
static void test_husband_wife(void)
{
    check_one("Khi cô bật khóc, ông xã Phan Văn Hiển đã lên sân khấu ôm vợ.", "Phan Văn Hiển");
    check_one("Cảm ơn bà xã Trần Thanh Hà đã nấu bữa tối.", "Trần Thanh Hà");
    check_none("Dự án nằm ở xã Cao Nhân, huyện Thủy Nguyên. Cao Nhân có nhiều vườn chuối.",
               "Cao Nhân");
}

/* A lower-case word run into a capital ("trườngTHPT", "ôngNguyễn") is two
 * words. */
static void test_glued_lower(void)
{
    json_t *r = tx_check_run(
        "Ông Nguyễn Xuân Thảo (Hiệu trưởng trườngTHPT Nguyễn Khuyến) xác nhận sự việc.");
    CHECK(tx_check_person(r, "Nguyễn Xuân Thảo"));
    CHECK(!tx_check_person(r, "Nguyễn Khuyến"));
    json_decref(r);
    check_one("Trao đổi với phóng viên, ôngNguyễn Xuân Hưng, Phó Tổng Giám đốc công ty, cho biết.",
              "Nguyễn Xuân Hưng");
}

/* A hamlet or a residential group by its number, a comma, then the street
 * or ward it lies in. */
static void test_numbered_group(void)
{
    check_none("Chủ xe có hộ khẩu thường trú tại tổ 40, Hoàng Văn Thụ (quận Hoàng Mai).",
               "Hoàng Văn Thụ");
    check_none("Gia đình sống ở xóm 3, Nguyễn Du, thị trấn Nghi Xuân.", "Nguyễn Du");
}

/* "tộc" (clan) is never part of a person's name; a clan is no person. */
static void test_clan(void)
{
    check_none("Hội đồng trị sự Nguyễn Phước Tộc đã họp mặt đầu xuân.", "Nguyễn Phước Tộc");
    check_none("Hội đồng trị sự Nguyễn Phước Tộc đã họp mặt đầu xuân.", "Nguyễn Phước");
    check_none("Con cháu gia tộc Trần Đình về dự lễ giỗ tổ.", "Trần Đình");
}

/* A martial art read in Sino-Vietnamese (lookalikes.tsv) is no person. */
static void test_martial_art(void)
{
    check_none("Võ sĩ MMA đánh gục cao thủ Thái Cực Quyền chỉ trong 10 giây.", "Thái Cực Quyền");
}

/* A family name that is also a common noun heads a place the article also
 * writes with the noun in lower case ("hồ Núi Cốc"); a foreign person's
 * name written so by a typo stays a person. */
static void test_common_twin(void)
{
    check_none("Tỉnh công bố khẩn cấp sự cố đập hồ Núi Cốc. Hồ Núi Cốc đang thấm nước.",
               "Hồ Núi Cốc");
    check_one("Người dân dạo quanh hồ Văn Xanh. Ông Hồ Văn Xanh cho biết hồ rất đẹp.",
              "Hồ Văn Xanh");
    check_one("Tổng thống Mỹ Donald Trump nói về Kim Jong-un. Nhà lãnh đạo kim Jong-un thị sát.",
              "Kim Jong-un");
}

int main(void)
{
    test_place_named_elsewhere();
    test_husband_wife();
    test_glued_lower();
    test_numbered_group();
    test_clan();
    test_martial_art();
    test_common_twin();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
