/*
 * test_attrib_s17.c — the attribution and name rules of session 17 (issue
 * 9), each on a real sentence of the development split of the corpus
 * (politics files ending in 1 or 7, bulk lines whose index ends in 1 or 7),
 * quoted as the article writes it, or made up in the shape of a line outside
 * the split where said.  docs/EXTRACTION.md ("Session 17's attribution
 * rules") describes each rule with the same sentence.
 */
#include "tx_check.h"

#include <stdlib.h>
#include <string.h>

/* A typographic apostrophe (U+2019) inside a name is the ASCII
 * one, and an apostrophe before a capital after a one- or two-letter
 * prefix joins the word ("R'Lấp", "H'Leo"): the post had been cut at
 * "Đắk R". */
static void test_curly_apostrophe(void)
{
    /* politics/00587.txt */
    json_t *r = tx_check_run(
        "Ban Thường trực Tỉnh ủy vừa ra quyết định cách hết các chức vụ đối với ông Mai Xuân "
        "Sáng (57 tuổi, Ủy viên Ban chấp Đảng bộ huyện Đắk R\xE2\x80\x99lấp, Phó bí thư, Chủ "
        "tịch UBND xã Kiến Thành) vì có hành vi sử dụng bằng cấp 3 không hợp pháp.");
    HAS_ROLE(r, "Mai Xuân Sáng", "Ủy viên Ban chấp Đảng bộ huyện Đắk R'lấp");
    HAS_ROLE(r, "Mai Xuân Sáng", "Chủ tịch UBND xã Kiến Thành");
    NO_ROLE(r, "Mai Xuân Sáng", "Ủy viên Ban chấp Đảng bộ huyện Đắk R");
    json_decref(r);
    /* the apostrophe before a capital, written either way (made up, the
     * shape of bulk lines outside the split) */
    const char *forms[] = {"\xE2\x80\x99", "'"};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        char buf[256];
        snprintf(buf, sizeof buf,
                 "Ông Nguyễn Văn Trạng - Trưởng Công an xã Ea H%sLeo xác nhận sự việc.", forms[i]);
        r = tx_check_run(buf);
        HAS_ROLE(r, "Nguyễn Văn Trạng", "Trưởng Công an xã Ea H'Leo");
        json_decref(r);
    }
    /* a closing quote after a word stays a quote */
    r = tx_check_run("Ông Nguyễn Văn An nói: \xE2\x80\x98Tôi đi\xE2\x80\x99 rồi về.");
    CHECK(tx_check_person(r, "Nguyễn Văn An"));
    json_decref(r);
}

/* A place prefix's one letter before a dot and a space ("Q. Bình Thạnh",
 * "P. Hòa Thọ Đông") or a number ("Q.1") is the prefix, not a full stop:
 * the post had ended at "Q". */
static void test_letter_prefix_with_space(void)
{
    /* bulk lines of the split */
    json_t *r = tx_check_run(
        "Đến đường dây thuốc lắc bị đánh sập, đại tá Nguyễn Hoàng Thắng - Trưởng Công an Q. "
        "Bình Thạnh cho biết: Theo Ban giám đốc Công an TP.HCM, đây là đường dây lớn nhất.");
    HAS_ROLE(r, "Nguyễn Hoàng Thắng", "Trưởng Công an Q. Bình Thạnh");
    json_decref(r);
    r = tx_check_run("Ngoài ra, anh còn liên lạc với Chủ tịch UBND P. Hòa Thọ Đông Nguyễn Phước "
                     "Sơn báo cáo sự việc và được hỗ trợ thêm 500.000 đồng.");
    HAS_ROLE(r, "Nguyễn Phước Sơn", "Chủ tịch UBND P. Hòa Thọ Đông");
    json_decref(r);
    r = tx_check_run("Tại hội nghị diễn ra vào chiều 14.6, ông Trần Thế Thuận - chủ tịch UBND Q.1 "
                     "cho biết: lực lượng kiểm tra sẽ tiếp tục xuống đường.");
    HAS_ROLE(r, "Trần Thế Thuận", "chủ tịch UBND Q.1");
    json_decref(r);
    /* initials stay initials, a term's numeral before a period stays one
     * (made up) */
    r = tx_check_run("Ông Nguyễn Văn An là đại biểu Quốc hội khóa X. 12/1999-5/2001: Thành ủy "
                     "viên, Phó Chủ tịch UBND TP. Hồ Chí Minh.");
    HAS_ROLE(r, "Nguyễn Văn An", "Phó Chủ tịch UBND TP. Hồ Chí Minh");
    json_decref(r);
    r = tx_check_run("Công an đã đến nhà ông H. Trần Văn Bình, Chủ tịch UBND xã Tân Lập, cho "
                     "biết sự việc.");
    HAS_ROLE(r, "Trần Văn Bình", "Chủ tịch UBND xã Tân Lập");
    json_decref(r);
}

/* One post whether the place prefix is written out or by its initials
 * (abbreviations.tsv: "Q." quận, "P." phường, "H." huyện, "TX." thị xã):
 * the registry's key, and the article's own roles. */
static void test_letter_prefix_key(void)
{
    const char *same[][2] = {
        {"Chủ tịch UBND Q. Gò Vấp", "Chủ tịch UBND quận Gò Vấp"},
        {"Chủ tịch UBND Q.Tân Phú", "Chủ tịch Ủy ban nhân dân quận Tân Phú"},
        {"Trưởng Công an P.15", "Trưởng Công an phường 15"},
        {"Trưởng phòng GD-ĐT H. Trà Bồng", "Trưởng phòng GD-ĐT huyện Trà Bồng"},
        {"Chủ tịch UBND TX. Thuận An", "Chủ tịch UBND thị xã Thuận An"},
        {"Chủ tịch UBND TX Buôn Hồ", "Chủ tịch UBND thị xã Buôn Hồ"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        char *a = tx_canonical_key(tx_check_lexicon(), same[i][0]);
        char *b = tx_canonical_key(tx_check_lexicon(), same[i][1]);
        CHECK(a && b && !strcmp(a, b));
        if (!(a && b && !strcmp(a, b)))
            fprintf(stderr, "  keys differ: %s | %s\n", a ? a : "-", b ? b : "-");
        free(a);
        free(b);
    }
    /* politics/00520.txt writes both: one role */
    json_t *r = tx_check_run("Kỷ luật đối với ông Võ Công Hùng (Chủ tịch Hội nông dân TX Buôn Hồ) "
                             "vì liên quan đến việc nhận tiền. Trụ sở nơi ông Võ Công Hùng, Chủ "
                             "tịch Hội nông dân thị xã Buôn Hồ đang công tác.");
    CHECK(tx_check_nroles(r) == 1);
    json_decref(r);
}

int main(void)
{
    test_curly_apostrophe();
    test_letter_prefix_with_space();
    test_letter_prefix_key();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
