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
    /* ("Kim Liên" itself is a look-alike since session 18: the corpus
     * writes it 19 times, never of a person) */
    check_one("Đoàn đến thăm phường Kim Giang. Bà Kim Giang, tổ trưởng tổ dân phố, cho biết.",
              "Kim Giang");
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

/* Lists of places: items counted in brackets after the kind of a place,
 * places after a plural place joined by "và", streets after "đường … như";
 * a year or a place in the bracket is no count. */
static void test_place_lists(void)
{
    const char *t = "Các trường có chỉ tiêu cao nhất là THPT Hùng Vương (1.125 học sinh), Mạc "
                    "Đĩnh Chi (1.020 em), Gia Định (1.000), Trần Phú và Tây Thạnh (900).";
    check_none(t, "Mạc Đĩnh Chi");
    check_none(t, "Trần Phú");
    check_one("Ông đến xã Tân Lập (năm 2015), Nguyễn Văn An tiếp đón đoàn.", "Nguyễn Văn An");
    check_one("Chủ tịch UBND xã Tân Lập (huyện Đan Phượng), Nguyễn Văn An cho biết.",
              "Nguyễn Văn An");
    check_none("Lễ hội diễn ra ở 2 xã Ngọc Sơn và Võ Liệt, huyện Thanh Chương.", "Võ Liệt");
    check_none("Giá đất tăng cùng với nhiều đường khác như Võ Văn Hát, Lê Văn Việt để đón dự án.",
               "Võ Văn Hát");
    check_none("Các tuyến đường ở quận 1 như Tôn Đức Thắng, Nguyễn Hữu Cảnh, Nguyễn Du kẹt cứng.",
               "Nguyễn Du");
    check_none("Em đạt giải, học sinh Trường Trung học phổ thông chuyên Lý Tự Trọng, Cần Thơ.",
               "Lý Tự Trọng");
    check_one("Chuyên gia Nguyễn Văn An cho biết giá sẽ giảm.", "Nguyễn Văn An");
}

/* A firm's name whose first word is no family name ends in what reads as
 * a two-syllable name; a head's full name after the firm stays a person. */
static void test_firm_name(void)
{
    check_none("Liên danh gồm Công ty TNHH Tân Hoàng Minh và Tổng công ty Licogi.", "Hoàng Minh");
    check_none("Tài xế lái xe thuê cho doanh nghiệp tư nhân Võ Minh ở huyện.", "Võ Minh");
    check_one("Giám đốc Công ty CP Sông Đà Nguyễn Văn Hùng cho biết.", "Nguyễn Văn Hùng");
}

/* English words of a league, a club or a school end no person's name: the
 * Latin run is the body's. */
static void test_english_body_words(void)
{
    check_none("Khi đối đầu Zidane, HLV ĐKVĐ Champions League sẽ gặp khó.", "Champions League");
    check_none("Anh có cơ hội giành danh hiệu Chiếc giày Vàng Premier League mùa thứ hai.",
               "Vàng Premier");
    check_none("Viện Phan Châu Trinh (Phan Chau Trinh Institute) vừa ra mắt.", "Phan Chau Trinh");
    check_one("Bài viết của Nguyễn Văn Hùng Email: hung@example.com", "Nguyễn Văn Hùng");
}

/* "xứ" names a land by its byname; a word of another language ends a
 * capitalised run before a Vietnamese name (not a house number's "Bis");
 * "Ưng" is a family name of three syllables or more. */
static void test_land_foreign_word_royal_name(void)
{
    check_none("Cầu thủ hồi phục nhanh trong các buổi tập ở xứ Kim Chi. Anh tập đủ giáo án.",
               "Kim Chi");
    check_one("Trận đấu giữa Flores và võ sư Karate Đoàn Bảo Châu kết thúc chóng vánh.",
              "Đoàn Bảo Châu");
    check_one("Chủ tài khoản Facebook Lê Kiều Nhi chia sẻ câu chuyện.", "Lê Kiều Nhi");
    check_none("Địa chỉ: 288 Bis Nguyễn Văn Cừ, An Hòa, Ninh Kiều, Cần Thơ.", "Nguyễn Văn Cừ");
    check_none("Hai võ sư thuộc hệ phái Đoàn Long Karate đã hẹn nhau giao lưu.",
               "Đoàn Long Karate");
    check_one("Đó là khoảnh khắc tự nhiên của bố con ca sĩ Ưng Hoàng Phúc.", "Ưng Hoàng Phúc");
}

/* "Từ", a family name and the word "from" opening sentences (notnames.tsv):
 * a name only after a rank or an honorific (session 26) */
static void test_tu_after_honorific(void)
{
    check_one("Hôm 11/5, Thiếu tướng Từ Hồng Sơn (Giám đốc Công an tỉnh Quảng Bình) thông tin "
              "trên báo.",
              "Từ Hồng Sơn");
    check_one("Bà Từ Thị Ba, Chủ tịch Hội Phụ nữ xã, phát biểu.", "Từ Thị Ba");
    check_none("Từ Hà Nội, đoàn công tác của Bộ Y tế đi Huế.", "Từ Hà Nội");
    check_none("Từ Đầu Năm Đến Nay, tỉnh đã cấp nhiều giấy phép.", "Từ Đầu Năm");
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
    test_place_lists();
    test_firm_name();
    test_english_body_words();
    test_land_foreign_word_royal_name();
    test_tu_after_honorific();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
