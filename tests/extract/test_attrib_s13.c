/*
 * test_attrib_s13.c — the attribution rules of session 13 (issue 9), each
 * on a real sentence of the development split of the corpus (politics files
 * ending in 1 or 7, bulk lines whose index ends in 1 or 7), quoted as the
 * article writes it, or a made-up sentence of the same shape where said.
 * docs/EXTRACTION.md ("Session 13's attribution rules") describes each rule
 * with the same sentence.
 */
#include "tx_check.h"

#include <string.h>

/* The role of (person, position), its organization JSON null. */
static int no_org(json_t *r, const char *person, const char *position)
{
    json_t *o = tx_check_role(r, person, position);
    return o && json_is_null(json_object_get(o, "organization"));
}

/* A state's post before a foreign short name the article does not resolve
 * is that foreign holder's, never the postfix of the name before the comma
 * (bulk line of the split; ex_foreign_holder). */
static void test_foreign_short_holder(void)
{
    json_t *r = tx_check_run(
        "Các nghị sĩ Dân chủ cũng như không ít nghị sĩ Cộng hòa đồng loạt lên án gay gắt quyết "
        "định sa thải ông James Comey, đồng thời kêu gọi bổ nhiệm một công tố viên đặc biệt. "
        "Ngoài vụ ông Comey, Tổng thống Trump còn đối mặt cơn đau đầu khác đến ngay trong nội "
        "bộ Nhà Trắng.");
    CHECK(tx_check_person(r, "James Comey"));
    NO_ROLE(r, "James Comey", "Tổng thống");
    NO_ROLE(r, "James Comey", "Tổng thống Mỹ");
    json_decref(r);
    /* made up, the shape of a held-out line: after "NAME," a state's head
     * and a Latin word is no post's body ("Thủ tướng Abe") */
    r = tx_check_run("Sáng 5/6, Thủ tướng Nguyễn Xuân Phúc, Thủ tướng Abe cùng dự lễ ký kết.");
    HAS_ROLE(r, "Nguyễn Xuân Phúc", "Thủ tướng");
    NO_ROLE(r, "Nguyễn Xuân Phúc", "Thủ tướng Abe");
    CHECK_INT((int)tx_check_nroles(r), 1);
    json_decref(r);
    /* … nor after any head, when the article writes the word as a person's
     * ("Antonio Guterres", "ông Guterres"; ex_foreign_short) */
    r = tx_check_run("Thủ tướng Nguyễn Xuân Phúc, Tổng Thư ký Guterres cùng dự lễ. Ông "
                     "Guterres cảm ơn Việt Nam.");
    NO_ROLE(r, "Nguyễn Xuân Phúc", "Tổng Thư ký");
    NO_ROLE(r, "Nguyễn Xuân Phúc", "Tổng Thư ký Guterres");
    json_decref(r);
    /* a brand after "NAME," stays the post's body */
    r = tx_check_run("Ông Đặng Thanh Hải, Tổng giám đốc Vinacomin, cho biết sản lượng tăng.");
    HAS_ROLE(r, "Đặng Thanh Hải", "Tổng giám đốc Vinacomin");
    json_decref(r);
    /* a federal state is no holder: "thống đốc bang Iowa" */
    r = tx_check_run("Ông Terry Branstad đề cập trong một thông điệp video. Ông Branstad từng là "
                     "thống đốc bang Iowa và được Bắc Kinh xem là người bạn già.");
    HAS_ROLE(r, "Terry Branstad", "thống đốc bang");
    json_decref(r);
}

/* A foreign-shaped name with a bare state post takes the state the article
 * names only when it names no other (bulk line of the split: Putin was
 * "Tổng thống Mỹ"). */
static void test_bare_post_state(void)
{
    json_t *r = tx_check_run(
        "Tổng thống Donald Trump bị chỉ trích vì bênh vực Putin\nTổng thống Donald Trump đang "
        "bị các chính trị gia đảng Cộng hòa chỉ trích sau khi ông công khai bênh vực Tổng thống "
        "Putin.\nTổng thống Mỹ Donald Trump trong cuộc trả lời phỏng vấn với hãng tin Fox News "
        "Trong buổi trả lời phỏng vấn Fox News, Tổng thống Mỹ Donald Trump đã lên tiếng bênh vực "
        "ông Vladimir Putin khi người đồng nhiệm nước Nga bị một số báo Mỹ gọi là \"kẻ giết "
        "người\". Thượng nghị sĩ Mitch McConnel nói rằng ông Putin là \"một tên côn đồ\" và "
        "cho rằng \"Nga sáp nhập Crimea\".");
    HAS_ROLE(r, "Donald Trump", "Tổng thống Mỹ");
    NO_ROLE(r, "Vladimir Putin", "Tổng thống Mỹ");
    CHECK(no_org(r, "Vladimir Putin", "Tổng thống"));
    json_decref(r);
    /* one state named: it is the holder's ("Thủ tướng Abe" in a story of
     * Japan alone) */
    r = tx_check_run("Thủ tướng Nhật Bản Shinzo Abe phát biểu. Chính phủ Nhật Bản cho biết Thủ "
                     "tướng Abe sẽ thăm Hà Nội. Ông Shinzo Abe nhấn mạnh quan hệ với Nhật Bản.");
    HAS_ROLE(r, "Shinzo Abe", "Thủ tướng Nhật Bản");
    json_decref(r);
}

/* "Phái đoàn" opens a body's name (org_heads.tsv): "Phái đoàn Thường
 * trực Việt Nam tại Liên Hợp Quốc" is a body, not the post "Thường trực …"
 * of the name after the comma (bulk line of the split). */
static void test_mission_body(void)
{
    json_t *r = tx_check_run(
        "Tới thăm, nói chuyện với cán bộ, nhân viên Phái đoàn Thường trực Việt Nam tại Liên "
        "Hợp Quốc, Thủ tướng Nguyễn Xuân Phúc trân trọng chuyển lời hỏi thăm của lãnh đạo "
        "Đảng, Nhà nước đến cán bộ, nhân viên Phái đoàn.");
    HAS_ROLE(r, "Nguyễn Xuân Phúc", "Thủ tướng");
    CHECK_INT((int)tx_check_nroles(r), 1);
    json_decref(r);
}

/* A byline is the writer, never the article's subject that a bare "ông"
 * or a dated clause's post goes to (made up, the shape of a held-out line:
 * the byline "Bùi Hùng" was "Tổng thống Mỹ"; ex_main_person). */
static void test_byline_not_subject(void)
{
    json_t *r = tx_check_run("Tổng thống Trump hôm qua tuyên bố sẽ rút khỏi hiệp định. Năm 2016, "
                             "ông là Tổng thống Mỹ đắc cử. Bùi Hùng");
    NO_ROLE(r, "Bùi Hùng", "Tổng thống Mỹ");
    CHECK_INT((int)tx_check_nroles(r), 0);
    json_decref(r);
    r = tx_check_run("Bùi Hùng\nTổng thống Trump hôm qua tuyên bố sẽ rút khỏi hiệp định.\n");
    CHECK_INT((int)tx_check_nroles(r), 0);
    json_decref(r);
}

/* A name that a post already introduces takes no apposition after it when
 * another name closes the apposition: "POST, NAME," is that name's (made
 * up, the shape of a held-out line; ex_comma_prefix).  A lone apposition
 * stays the earlier name's. */
static void test_post_between_names(void)
{
    json_t *r = tx_check_run("Thủ tướng Nguyễn Xuân Phúc, Phó Chủ tịch Hội Nông dân Việt Nam, "
                             "Nguyễn Văn Bình, cho biết.");
    HAS_ROLE(r, "Nguyễn Xuân Phúc", "Thủ tướng");
    NO_ROLE(r, "Nguyễn Xuân Phúc", "Phó Chủ tịch Hội Nông dân Việt Nam");
    HAS_ROLE(r, "Nguyễn Văn Bình", "Phó Chủ tịch Hội Nông dân Việt Nam");
    json_decref(r);
    r = tx_check_run("Phó Thủ tướng Vương Đình Huệ, Trưởng Ban Chỉ đạo Tây Nam Bộ, đã phát biểu.");
    HAS_ROLE(r, "Vương Đình Huệ", "Trưởng Ban Chỉ đạo Tây Nam Bộ");
    json_decref(r);
}

/* Names whose family name is also a word: "Đoàn" after a rank as after
 * "ông" (bulk line of the split, batch 9), and an ethnic family name before
 * "Văn" / "Thị" after "ông" / "bà" (bulk lines of the split); an initial
 * stays no name ("anh Tăng Văn Đ."). */
static void test_family_names(void)
{
    json_t *r = tx_check_run("Tới dự hội nghị có Đại tá Đoàn Ngọc Hùng, Phó Giám đốc CATP, Trưởng "
                             "Ban Chỉ đạo Tổng điều tra kinh tế.");
    CHECK(tx_check_person(r, "Đoàn Ngọc Hùng"));
    HAS_ROLE(r, "Đoàn Ngọc Hùng", "Trưởng Ban Chỉ đạo Tổng điều tra kinh tế");
    json_decref(r);
    r = tx_check_run("Ủy ban nhận được nội dung tố cáo đối với ông Long Văn Sơn, Chủ tịch UBND "
                     "huyện Hữu Lũng bao che vi phạm. PV đã liên hệ với bà Mùa Thị Sinh, Phó "
                     "Chủ tịch UBND huyện Mường La (tỉnh Sơn La).");
    HAS_ROLE(r, "Long Văn Sơn", "Chủ tịch UBND huyện Hữu Lũng");
    HAS_ROLE(r, "Mùa Thị Sinh", "Phó Chủ tịch UBND huyện Mường La");
    json_decref(r);
    r = tx_check_run("Vào chiều 10/5, anh Tăng Văn Đ. xuống hố biogas của gia đình để sửa chữa.");
    CHECK(!tx_check_person(r, "Tăng Văn Đ"));
    json_decref(r);
}

int main(void)
{
    test_foreign_short_holder();
    test_bare_post_state();
    test_mission_body();
    test_byline_not_subject();
    test_post_between_names();
    test_family_names();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
