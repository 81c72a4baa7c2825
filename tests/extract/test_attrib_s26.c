/*
 * test_attrib_s26.c — the attribution rules of session 26 (issue 9, batch 16
 * helper): a post after "NAME," that refers back to another person is no
 * apposition of NAME.  Made-up sentences of the corpus's shape
 * (docs/EXTRACTION.md, "Attribution of session 26"), each beside a sentence
 * of the same shape the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "Phó Thủ tướng A liên lạc với Thứ trưởng B, Phó Thủ tướng cho biết …":
 * a bare post that repeats another person's post is his anaphor. */
static void test_anaphor_post(void)
{
    json_t *r = tx_check_run("Sáng 4/6, Phó Thủ tướng Lê Văn Hòa gọi điện cho Thứ trưởng Trần "
                             "Minh Khôi, Phó Thủ tướng cho biết ông không hài lòng.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Thủ tướng");
    HAS_ROLE(r, "Trần Minh Khôi", "Thứ trưởng");
    NO_ROLE(r, "Trần Minh Khôi", "Phó Thủ tướng");
    json_decref(r);
    r = tx_check_run("Bộ trưởng Bộ Nội vụ Lê Văn Hòa trả lời chất vấn. Theo ông Đỗ Minh "
                     "Phương, Bộ trưởng vẫn chủ yếu giải thích.");
    HAS_ROLE(r, "Lê Văn Hòa", "Bộ trưởng Bộ Nội vụ");
    NO_ROLE(r, "Đỗ Minh Phương", "Bộ trưởng");
    json_decref(r);
    /* left alone: the apposition names a body; no one else holds the bare
     * post; the name held that post before */
    r = tx_check_run("Phó Thủ tướng Lê Văn Hòa đến thăm. Ông Nguyễn Văn An, Giám đốc Sở Y tế "
                     "cho biết bệnh viện đã sẵn sàng.");
    HAS_ROLE(r, "Nguyễn Văn An", "Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run("Phó Thủ tướng Lê Văn Hòa đến thăm trường. Ông Nguyễn Văn An, Hiệu trưởng "
                     "cho biết trường đã sẵn sàng.");
    HAS_ROLE(r, "Nguyễn Văn An", "Hiệu trưởng");
    json_decref(r);
}

/* "Phó Thủ tướng A, Thứ trưởng Ái đã yêu cầu …": a one-word "body" after
 * "NAME, <head>" that is the given name of a person named before is that
 * person, not the post's body. */
static void test_known_given_name(void)
{
    json_t *r = tx_check_run("Thứ trưởng Trần Minh Khôi đến dự. Theo chỉ đạo của Phó Thủ tướng "
                             "Lê Văn Hòa, Thứ trưởng Khôi đã yêu cầu sửa văn bản.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Thủ tướng");
    NO_ROLE(r, "Lê Văn Hòa", "Thứ trưởng Khôi");
    CHECK(tx_check_nroles(r) == 2);
    json_decref(r);
    /* left alone: a one-word brand ("Vinacomin") is the post's body */
    r = tx_check_run("Ông Đặng Thanh Hải, Tổng giám đốc Vinacomin cho biết sản lượng tăng.");
    HAS_ROLE(r, "Đặng Thanh Hải", "Tổng giám đốc Vinacomin");
    json_decref(r);
}

/* "9 trường ĐH phối hợp bao gồm A, B, NAME … và Y khoa NAME": the items of
 * a list of bodies are bodies, a name in one is the body's name; so is a
 * name after a school's kind and its field outside a list. */
static void test_bodies_list(void)
{
    json_t *r = tx_check_run("Giảng viên đến từ 6 trường ĐH phối hợp bao gồm Đại học Sư phạm, "
                             "Sài Gòn, Nguyễn Hữu Cảnh, Hoa Sen, Quốc tế Hồng Bàng và Y khoa Lê "
                             "Văn Thịnh. Bộ trưởng Trần Minh Khôi đến dự.");
    CHECK(!tx_check_person(r, "Nguyễn Hữu Cảnh"));
    CHECK(!tx_check_person(r, "Lê Văn Thịnh"));
    HAS_ROLE(r, "Trần Minh Khôi", "Bộ trưởng");
    json_decref(r);
    r = tx_check_run("Có mặt tại các trường THPT: Chu Văn Bình, Nhân Chính, Kim Liên trong ngày "
                     "thi. Các bệnh viện như Bạch Mai, Phạm Hữu Chí đều quá tải.");
    CHECK(!tx_check_person(r, "Chu Văn Bình"));
    CHECK(!tx_check_person(r, "Phạm Hữu Chí"));
    json_decref(r);
    r = tx_check_run("Năm nay Trường ĐH Y khoa Phạm Văn Thịnh tuyển sinh cả nước.");
    CHECK(!tx_check_person(r, "Phạm Văn Thịnh"));
    json_decref(r);
    /* left alone: persons listed after "gồm các ông:", "gồm" a post, a
     * count of persons; a school's head before a name */
    r = tx_check_run("Đoàn công tác gồm các ông: Nguyễn Văn An, Trần Văn Bình và Lê Văn Cường.");
    CHECK(tx_check_person(r, "Nguyễn Văn An"));
    CHECK(tx_check_person(r, "Trần Văn Bình"));
    CHECK(tx_check_person(r, "Lê Văn Cường"));
    json_decref(r);
    r = tx_check_run("3 bị can gồm Nguyễn Văn An, Trần Văn Bình và Lê Văn Cường bị khởi tố.");
    CHECK(tx_check_person(r, "Trần Văn Bình"));
    CHECK(tx_check_person(r, "Lê Văn Cường"));
    json_decref(r);
    r = tx_check_run("Hiệu trưởng Trường ĐH Y khoa Phạm Văn Thịnh cho biết trường tuyển sinh.");
    CHECK(tx_check_person(r, "Phạm Văn Thịnh"));
    json_decref(r);
}

/* "Tổng thống Donald Trum ra cửa" where the article writes "Donald Trump":
 * a name one consonant short of another name of the article is that name. */
static void test_typo_fragment(void)
{
    json_t *r = tx_check_run("Thủ tướng Trần Văn Minh hội đàm với Tổng thống Robert Klamp. Tổng "
                             "thống Robert Klam ra cửa đón Thủ tướng. Ông Robert Klamp cho biết "
                             "hai nước sẽ hợp tác.");
    CHECK(tx_check_person(r, "Robert Klamp"));
    CHECK(!tx_check_person(r, "Robert Klam"));
    NO_ROLE(r, "Robert Klam", "Tổng thống");
    json_decref(r);
    /* left alone: a Vietnamese final the letter makes (two names) */
    r = tx_check_run("Ông Nguyễn Văn Quang phát biểu. Ông Nguyễn Văn Quan cho biết thêm. Ông "
                     "Nguyễn Văn Quang nói tiếp.");
    CHECK(tx_check_person(r, "Nguyễn Văn Quan"));
    CHECK(tx_check_person(r, "Nguyễn Văn Quang"));
    json_decref(r);
}

/* "Phó trưởng CAP Hòa Thọ Đông": a bare "Phó trưởng" opens a post as
 * "Trưởng" does; CAP, CAQ, CAH, CAX are the police of a ward, a district,
 * a commune; "biết" (know) ends a post. */
static void test_police_initials(void)
{
    json_t *r = tx_check_run("Đại úy Lê Văn Tâm - Phó trưởng CAP Hòa Xuân biết được hoàn cảnh "
                             "của người này.");
    HAS_ROLE(r, "Lê Văn Tâm", "Phó trưởng CAP Hòa Xuân");
    json_decref(r);
    r = tx_check_run("Trưởng CAQ Cẩm Lệ Nguyễn Văn An cho biết vụ việc đang được điều tra.");
    HAS_ROLE(r, "Nguyễn Văn An", "Trưởng CAQ Cẩm Lệ");
    json_decref(r);
    r = tx_check_run("Ông Lê Đình Bá, Phó trưởng thôn Hoành, xã Đồng Tâm cho biết như vậy.");
    HAS_ROLE(r, "Lê Đình Bá", "Phó trưởng thôn Hoành");
    json_decref(r);
    /* "Chi hội trưởng" heads an association's branch ("Chi hội") */
    r = tx_check_run("Bà Nguyễn Thị Lan, Chi hội trưởng Chi hội Nữ trí thức cơ quan Bộ Y tế cho "
                     "biết như vậy.");
    HAS_ROLE(r, "Nguyễn Thị Lan", "Chi hội trưởng Chi hội Nữ trí thức cơ quan Bộ Y tế");
    json_decref(r);
    /* left alone: "Xã hội Trưởng công an xã A" is no "Hội trưởng" */
    r = tx_check_run("Ảnh: Gia đình Xã hội Trưởng công an xã Gia Xuyên Tăng Văn Méc cho biết.");
    NO_ROLE(r, "Tăng Văn Méc", "hội Trưởng công an xã Gia Xuyên");
    json_decref(r);
}

/* "Đại biểu A (Quảng Ninh), Phó Chủ nhiệm Ủy ban …": a short capitalised
 * note closed before the comma stands between a name and its apposition;
 * a repeated bare post there is still another person's anaphor. */
static void test_place_note(void)
{
    json_t *r = tx_check_run("Đại biểu Lê Thị Hoa (Quảng Ninh), Phó Chủ nhiệm Ủy ban Văn hóa, Giáo "
                             "dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội nêu rõ.");
    HAS_ROLE(r, "Lê Thị Hoa",
             "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng");
    json_decref(r);
    r = tx_check_run("Bộ trưởng Bộ Y tế Trần Văn Minh trả lời. Theo đại biểu Lê Thị Hoa (Thanh "
                     "Hóa), Bộ trưởng đã thẳng thắn chỉ ra ba hạn chế.");
    NO_ROLE(r, "Lê Thị Hoa", "Bộ trưởng");
    json_decref(r);
}

int main(void)
{
    test_anaphor_post();
    test_known_given_name();
    test_bodies_list();
    test_typo_fragment();
    test_police_initials();
    test_place_note();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
