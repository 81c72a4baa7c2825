/*
 * test_ext_s27.c — the extraction faults of session 27 (ext helper), each
 * on made-up sentences of the corpus's shape beside ones of the same shape
 * the rule must leave alone.  docs/EXTRACTION.md ("Bodies, lists and
 * cues of session 27") describes each rule with the same sentences.
 */
#include "tx_check.h"

#include <string.h>

/* Extract from a sentence of an article dated DATE (YYYY-MM-DD). */
static json_t *tx_check_run_at(const char *text, const char *date)
{
    tx_error err;
    json_t *r = tx_extract(tx_check_lexicon(), text, strlen(text), date, &err);
    if (!r) {
        fprintf(stderr, "tx_extract failed: %s\n", err.message);
        exit(1);
    }
    return r;
}

/* "Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội": the role head
 * "Chủ nhiệm Ủy ban" ended at "Ủy ban" and the stop word "về" ended the
 * body; the committee's name (org_heads.tsv) now goes on past the head. */
static void test_social_committee(void)
{
    json_t *r = tx_check_run("Bà Trần Thị Hoa, Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc "
                             "hội, cho biết dự luật sẽ được trình tại kỳ họp tới.");
    HAS_ROLE(r, "Trần Thị Hoa", "Chủ nhiệm Ủy ban về các vấn đề xã hội");
    NO_ROLE(r, "Trần Thị Hoa", "Chủ nhiệm Ủy ban");
    json_decref(r);
    r = tx_check_run("Phó Chủ nhiệm Ủy ban Về các vấn đề xã hội Đặng Văn Lâm phát biểu tại "
                     "phiên thảo luận.");
    HAS_ROLE(r, "Đặng Văn Lâm", "Phó Chủ nhiệm Ủy ban Về các vấn đề xã hội");
    json_decref(r);
    r = tx_check_run("Ông Lưu Văn Nam, Ủy viên Thường trực Ủy ban về các vấn đề xã hội, cho rằng "
                     "việc khởi tố là bình thường.");
    HAS_ROLE(r, "Lưu Văn Nam", "Ủy viên Thường trực Ủy ban về các vấn đề xã hội");
    json_decref(r);
    /* left alone: "về" after another committee's complete name is the
     * subject of the sentence's verb, not the body's */
    r = tx_check_run("Chủ nhiệm Ủy ban Kinh tế Vũ Văn Thanh báo cáo về dự án luật.");
    HAS_ROLE(r, "Vũ Văn Thanh", "Chủ nhiệm Ủy ban Kinh tế");
    json_decref(r);
    r = tx_check_run("Ông Vũ Văn Thanh, Chủ nhiệm Ủy ban Kinh tế, về dự họp.");
    HAS_ROLE(r, "Vũ Văn Thanh", "Chủ nhiệm Ủy ban Kinh tế");
    json_decref(r);
}

/* "Thủ tướng A, Chủ tịch Hội đồng X, Phó Thủ tướng B" (commas only): the
 * council went to B as the head of B's prefix chain; a bare post right
 * before B after a single holder's post of a named body closes A's list
 * item, as "và" there does. */
static void test_comma_list_item(void)
{
    json_t *r = tx_check_run("Dự lễ có Thủ tướng Nguyễn Văn An, Chủ tịch Hội đồng Thi đua - Khen "
                             "thưởng Trung ương, Phó Thủ tướng Trần Văn Bình, Bộ trưởng Bộ Nội vụ "
                             "Lê Văn Cường.");
    HAS_ROLE(r, "Nguyễn Văn An", "Thủ tướng");
    HAS_ROLE(r, "Nguyễn Văn An", "Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương");
    HAS_ROLE(r, "Trần Văn Bình", "Phó Thủ tướng");
    HAS_ROLE(r, "Lê Văn Cường", "Bộ trưởng Bộ Nội vụ");
    json_decref(r);
    /* left alone: a seat opens B's chain; a chain that names its body last;
     * the name's own apposition after "ông A," */
    r = tx_check_run("Thủ tướng Nguyễn Văn An, Ủy viên Bộ Chính trị, Phó Thủ tướng Trần Văn Bình "
                     "dự hội nghị.");
    HAS_ROLE(r, "Trần Văn Bình", "Ủy viên Bộ Chính trị");
    NO_ROLE(r, "Nguyễn Văn An", "Ủy viên Bộ Chính trị");
    json_decref(r);
    r = tx_check_run("Bộ trưởng Ngoại giao Lào Somsak Phomvihane, Phó Thủ tướng, Bộ trưởng Ngoại "
                     "giao Trần Văn Bình hội đàm.");
    HAS_ROLE(r, "Trần Văn Bình", "Phó Thủ tướng");
    HAS_ROLE(r, "Trần Văn Bình", "Bộ trưởng Ngoại giao");
    json_decref(r);
    r = tx_check_run(
        "Phó Thủ tướng Nguyễn Văn An, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Trần "
        "Văn Bình dự.");
    HAS_ROLE(r, "Trần Văn Bình", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Trần Văn Bình", "Bí thư Thành ủy Hà Nội");
    json_decref(r);
}

/* "Trưởng Đơn vị Mắt": "Đơn vị" opens a body (org_heads.tsv), and a body
 * word of two syllables in lower case right after a capitalised head is
 * whole ("Trưởng đơn vị …" was "Trưởng đơn"). */
static void test_unit_body(void)
{
    json_t *r = tx_check_run("Bác sĩ Trần Văn Thái, Trưởng Đơn vị Mắt, Bệnh viện Nhi đồng 2 cho "
                             "biết bệnh nhân đã được xuất viện.");
    HAS_ROLE(r, "Trần Văn Thái", "Trưởng Đơn vị Mắt");
    json_decref(r);
    r = tx_check_run("Tiến sĩ Lê Văn Hùng, Trưởng Đơn vị Phẫu thuật tim mạch Bệnh viện Bạch Mai "
                     "cho biết ca mổ kéo dài 6 giờ.");
    HAS_ROLE(r, "Lê Văn Hùng", "Trưởng Đơn vị Phẫu thuật tim mạch Bệnh viện Bạch Mai");
    json_decref(r);
    r = tx_check_run("BS Ngô Văn Tuấn, Trưởng đơn vị can thiệp mạch máu não cho biết bệnh nhân đã "
                     "tỉnh.");
    HAS_ROLE(r, "Ngô Văn Tuấn", "Trưởng đơn vị");
    NO_ROLE(r, "Ngô Văn Tuấn", "Trưởng đơn");
    json_decref(r);
    r = tx_check_run("Luật sư Bùi Văn Ứng, Trưởng văn phòng Luật sư Hòa Bình cho biết.");
    NO_ROLE(r, "Bùi Văn Ứng", "Trưởng văn");
    json_decref(r);
    /* left alone: a generic unit head with no name names nobody */
    r = tx_check_run("Thủ trưởng đơn vị phải chịu trách nhiệm trước pháp luật.");
    CHECK(tx_check_nroles(r) == 0);
    json_decref(r);
}

/* "nhận nhiệm vụ mới là POST" gave no post; "đảm nhiệm chức vụ POST kể từ
 * ngày D" read held — both are the news of a post taken (appointed, as
 * "được bổ nhiệm … kể từ ngày D"); an old start is background, held. */
static void test_taking_cues(void)
{
    json_t *r =
        tx_check_run("Ông Lê Văn Trung thôi giữ chức Bí thư Quận ủy và nhận nhiệm vụ mới là "
                     "Hiệu trưởng Trường Chính trị tỉnh Quảng Nam.");
    STATUS(r, "Lê Văn Trung", "Bí thư Quận ủy", "ended");
    STATUS(r, "Lê Văn Trung", "Hiệu trưởng Trường Chính trị tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run_at("Theo quyết định của Bộ trưởng, bà Phan Thị Hoa sẽ đảm nhiệm chức vụ Vụ "
                        "trưởng Vụ Tài chính các ngân hàng kể từ ngày 3/2/2017.",
                        "2017-02-05");
    STATUS(r, "Phan Thị Hoa", "Vụ trưởng Vụ Tài chính các ngân hàng", "appointed");
    json_decref(r);
    /* left alone: an old start is background (held), as "được bổ nhiệm …
     * từ năm 2012" is; a held post with no start; "nhận nhiệm vụ mới" with
     * no post after it */
    r = tx_check_run_at("Ông Nguyễn Văn An đảm nhiệm chức vụ Giám đốc Sở Y tế kể từ ngày 1/6/2014.",
                        "2017-06-05");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run_at("Ông Nguyễn Văn An đảm nhiệm chức vụ Giám đốc Sở Y tế.", "2017-06-05");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Thứ trưởng Đỗ Văn Duy nhận nhiệm vụ mới tại tỉnh Yên Bái.");
    STATUS(r, "Đỗ Văn Duy", "Thứ trưởng", "current");
    json_decref(r);
}

int main(void)
{
    test_social_committee();
    test_comma_list_item();
    test_unit_body();
    test_taking_cues();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
