/*
 * test_attrib_s15.c — the attribution rules of session 15 (issue 9), each
 * on a real sentence of the development split of the corpus (politics files
 * ending in 1 or 7, bulk lines whose index ends in 1 or 7), quoted as the
 * article writes it, or a made-up sentence of the same shape where said
 * (the shape of a line outside the split that bench/attribution counted).
 * docs/EXTRACTION.md ("Session 15's attribution rules") describes each rule
 * with the same sentence.
 */
#include "tx_check.h"

#include <string.h>

/* Whether the role of (person, position) is marked foreign. */
static int tx_check_foreign(json_t *r, const char *person, const char *position)
{
    json_t *o = tx_check_role(r, person, position);
    return o && json_is_true(json_object_get(o, "foreign"));
}

/* The states a mission covers besides its host are hosts too
 * (ex_host_country): the ambassador stays Vietnamese. */
static void test_mission_covers_states(void)
{
    /* a bulk line of the split */
    json_t *r = tx_check_run(
        "Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và Bhutan Phạm Sanh Châu chia sẻ tuần qua "
        "là một tuần đầy thách thức đối với Đại sứ quán Việt Nam tại Ấn Độ.");
    HAS_ROLE(r, "Phạm Sanh Châu", "Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và Bhutan");
    CHECK(!tx_check_foreign(r, "Phạm Sanh Châu",
                            "Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và Bhutan"));
    json_decref(r);
    /* the mission's own state still counts: "Đại sứ Mỹ tại Việt Nam" */
    r = tx_check_run("Đại sứ Mỹ tại Việt Nam Ted Osius và Đại sứ Việt Nam tại Nhật Bản Nguyễn "
                     "Quốc Cường dự lễ.");
    CHECK(tx_check_foreign(r, "Ted Osius", "Đại sứ Mỹ tại Việt Nam"));
    CHECK(!tx_check_foreign(r, "Nguyễn Quốc Cường", "Đại sứ Việt Nam tại Nhật Bản"));
    json_decref(r);
}

/* A place prefix's abbreviation glued to the place ("TT.Minh Đức") makes
 * the country word that ends it a place's, as "thị trấn Minh Đức" does. */
static void test_glued_place_prefix(void)
{
    /* a bulk line of the split */
    json_t *r = tx_check_run("Xác nhận điều ông Đức nói, ông Bùi Ngọc Khang, Phó chủ tịch UBND "
                             "TT.Minh Đức, cho biết: “Chúng tôi không phải tham gia một việc "
                             "gì.”");
    HAS_ROLE(r, "Bùi Ngọc Khang", "Phó chủ tịch UBND TT.Minh Đức");
    CHECK(!tx_check_foreign(r, "Bùi Ngọc Khang", "Phó chủ tịch UBND TT.Minh Đức"));
    json_decref(r);
}

/* A capitalised "Thay mặt" after a caption's photo credit still opens the
 * sentence: the bare post after "Thay mặt NAME," is the subject's
 * (ex_fronted_object). */
static void test_on_behalf_after_credit(void)
{
    /* made up, the shape of a line outside the split */
    json_t *r = tx_check_run(
        "Ngày 7/7/2017, Thủ tướng Nguyễn Xuân Phúc gặp Tổng thống Indonesia Joko Widodo. Ảnh: "
        "VGP Thay mặt Chủ tịch nước Trần Đại Quang, Thủ tướng trân trọng mời Tổng thống "
        "Indonesia tham dự Hội nghị cấp cao APEC.");
    HAS_ROLE(r, "Trần Đại Quang", "Chủ tịch nước");
    NO_ROLE(r, "Trần Đại Quang", "Thủ tướng");
    json_decref(r);
}

/* Another state's head right after a Vietnamese name with no mark between
 * is a caption run into the text, no apposition. */
static void test_state_head_after_name_no_comma(void)
{
    /* made up, the shape of a line outside the split */
    json_t *r = tx_check_run(
        "Trưa 31/5/2017, Ngoại trưởng Hoa Kỳ Rex Tillerson chủ trì tiệc trưa làm việc với Thủ "
        "tướng Nguyễn Xuân Phúc Ngoại trưởng Hoa Kỳ bắt tay Phó Thủ tướng, Bộ trưởng Ngoại giao "
        "Phạm Bình Minh. Thủ tướng Chính phủ Nguyễn Xuân Phúc thăm Hoa Kỳ.");
    NO_ROLE(r, "Nguyễn Xuân Phúc", "Ngoại trưởng Hoa Kỳ");
    HAS_ROLE(r, "Nguyễn Xuân Phúc", "Thủ tướng Chính phủ");
    CHECK(!tx_check_foreign(r, "Nguyễn Xuân Phúc", "Thủ tướng Chính phủ"));
    HAS_ROLE(r, "Rex Tillerson", "Ngoại trưởng Hoa Kỳ");
    json_decref(r);
    /* a Vietnamese post so written stays the apposition */
    r = tx_check_run("Ông Nguyễn Văn An Chủ tịch UBND xã nói.");
    HAS_ROLE(r, "Nguyễn Văn An", "Chủ tịch UBND xã");
    json_decref(r);
}

/* A bare post only other states have never goes to a person of a
 * Vietnamese name who holds a Vietnamese post of a named body
 * (ex_holds_own_post). */
static void test_foreign_only_post_of_vietnamese_holder(void)
{
    /* made up, the shape of a line outside the split */
    json_t *r = tx_check_run(
        "Ngày 5/7/2017, Bộ trưởng Bộ Công thương Trần Tuấn Anh cho hay các nước đã thống nhất. "
        "Đầu năm 2017, sau khi Donald Trump nhậm chức tổng thống, Mỹ rút khỏi TPP, gây cú sốc "
        "lớn. Bộ trưởng Trần Tuấn Anh nói thêm.");
    HAS_ROLE(r, "Trần Tuấn Anh", "Bộ trưởng Bộ Công thương");
    NO_ROLE(r, "Trần Tuấn Anh", "tổng thống Mỹ");
    NO_ROLE(r, "Trần Tuấn Anh", "tổng thống");
    json_decref(r);
}

/* The host written between an international body's post and a Latin name
 * ("… Ngân hàng Thế giới tại Việt Nam Sebastian Eckardt"): the post is the
 * foreign holder's, no postfix of the name before it. */
static void test_host_before_latin_holder(void)
{
    /* made up, the shape of a line outside the split */
    json_t *r = tx_check_run(
        "Sáng 12/7/2017, Phó Thủ tướng Vương Đình Huệ, Bộ trưởng Tài chính Đinh Tiến Dũng, "
        "Quyền Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam Sebastian Eckardt đã bấm nút "
        "khai trương.");
    HAS_ROLE(r, "Đinh Tiến Dũng", "Bộ trưởng Tài chính");
    NO_ROLE(r, "Đinh Tiến Dũng", "Giám đốc Quốc gia Ngân hàng Thế giới");
    json_decref(r);
}

int main(void)
{
    test_mission_covers_states();
    test_glued_place_prefix();
    test_on_behalf_after_credit();
    test_state_head_after_name_no_comma();
    test_foreign_only_post_of_vietnamese_holder();
    test_host_before_latin_holder();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
