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

/* A post after a dependent's word and "của" ("người phát ngôn của", "đặc
 * phái viên của", "con rể của" — dependents.tsv, relations.tsv) is the
 * employer's: the name after it does not hold it when another person of
 * the article holds the same post, or when "là" links the name
 * (ex_drop_dependent_posts). */
static void test_dependent_of_post(void)
{
    /* bulk lines of the split */
    json_t *r = tx_check_run(
        "Ngày 15-6, trang mạng Phil Star đưa tin người phát ngôn của Tổng thống Philippines "
        "Ernesto Abella thông báo Tổng thống Philippines Rodrigo Duterte đã quyết định rút khỏi "
        "các công việc công trong tuần này vì mệt mỏi.");
    NO_ROLE(r, "Ernesto Abella", "Tổng thống Philippines");
    HAS_ROLE(r, "Rodrigo Duterte", "Tổng thống Philippines");
    json_decref(r);
    r = tx_check_run("Cuối tuần này, đặc phái viên của Tổng thống Hàn Quốc Lee Hae-chan sẽ tới "
                     "Trung Quốc nhằm gửi thông điệp của Tổng thống. Ông Lee vừa được tân Tổng "
                     "thống Hàn Quốc Moon Jae-in bổ nhiệm ngày 15/5.");
    NO_ROLE(r, "Lee Hae-chan", "Tổng thống Hàn Quốc");
    HAS_ROLE(r, "Moon Jae-in", "Tổng thống Hàn Quốc");
    json_decref(r);
    /* "là" links the dependent to the name (made up, the shape of a bulk
     * line outside the split) */
    r = tx_check_run("Về phía Nga, phát ngôn viên của Tổng thống là ông Dmitry Peskov đã gọi "
                     "đó là tin đồn.");
    NO_ROLE(r, "Dmitry Peskov", "Tổng thống");
    json_decref(r);
    /* with no other holder the name holds the post (made up, the shape of
     * bulk lines outside the split) */
    r = tx_check_run("Tuy nhiên, ông Phạm Sỹ Quý là em trai của Bí thư Tỉnh ủy Yên Bái Phạm Thị "
                     "Thanh Trà.");
    HAS_ROLE(r, "Phạm Thị Thanh Trà", "Bí thư Tỉnh ủy Yên Bái");
    json_decref(r);
    /* "tuyên bố của" is a statement, no father's: the post stays */
    r = tx_check_run("Đây là tuyên bố của Ngoại trưởng Trung Quốc Vương Nghị. Ngoại trưởng Mỹ "
                     "Rex Tillerson đáp lại.");
    HAS_ROLE(r, "Vương Nghị", "Ngoại trưởng Trung Quốc");
    json_decref(r);
}

/* A day opening the sentence dates its claims ("when"), as a month or a
 * year did: "Ngày 1/9/2020, Chủ tịch nước … đã ký" in a 2021 article had
 * been dated with the article.  "Vào ngày" opens it too. */
static void test_claim_day(void)
{
    /* an open article outside the split (dantri, 2021) */
    const char *text = "Ngày 1/9/2020, Chủ tịch nước Nguyễn Phú Trọng đã ký Quyết định phong "
                       "tặng danh hiệu \"Anh hùng lực lượng vũ trang nhân dân\" cho lực lượng "
                       "công an chi viện chiến trường miền Nam.";
    tx_error err;
    json_t *r = tx_extract(tx_check_lexicon(), text, strlen(text), "2021-04-27", &err);
    CHECK(r != NULL);
    json_t *o = r ? tx_check_role(r, "Nguyễn Phú Trọng", "Chủ tịch nước") : NULL;
    CHECK(o != NULL);
    CHECK_STR(json_string_value(json_object_get(o, "when")), "2020-09-01");
    json_decref(r);
    /* (made up) "Vào ngày"; the article's own day dates nothing */
    text = "Vào ngày 15-3-2019, ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Nam Định, ký quyết "
           "định. Ngày 27/4/2021, ông Trần Văn Bình, Giám đốc Sở Tài chính, dự lễ.";
    r = tx_extract(tx_check_lexicon(), text, strlen(text), "2021-04-27", &err);
    CHECK(r != NULL);
    o = r ? tx_check_role(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định") : NULL;
    CHECK(o != NULL);
    CHECK_STR(json_string_value(json_object_get(o, "when")), "2019-03-15");
    o = r ? tx_check_role(r, "Trần Văn Bình", "Giám đốc Sở Tài chính") : NULL;
    CHECK(o != NULL && json_object_get(o, "when") == NULL);
    json_decref(r);
}

/* A source's tag and a dash before the lead's first words ("GD&TĐ - ",
 * "Online - ", "(VnMedia) - ") do not hide the dateline after them. */
static void test_dateline_after_source_tag(void)
{
    /* bulk lines of the split */
    json_t *r = tx_check_run(
        "Nhiều hoạt động ý nghĩa tại Hành trình 'Theo bước chân những người Anh hùng'\nOnline - "
        "Ngày 17-5, tại Hà Nội, nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ "
        "(27-7-1947/27-7-2017), Trung ương Hội Liên hiệp Thanh niên Việt Nam tổ chức buổi gặp "
        "gỡ báo chí.");
    CHECK_STR(json_string_value(json_object_get(r, "date")), "2017-05-17");
    json_decref(r);
    r = tx_check_run("Mít tinh hưởng ứng Tuần lễ biển và hải đảo Việt Nam năm 2017\nOnline - Ngày "
                     "8-6, tại Cà Mau, Bộ Tài nguyên và Môi trường phối hợp với tỉnh Cà Mau tổ "
                     "chức Lễ Mít tinh. Phó chủ tịch nước Đặng Thị Ngọc Thịnh dự và phát biểu.");
    CHECK_STR(json_string_value(json_object_get(r, "date")), "2017-06-08");
    json_decref(r);
    /* a full date after "(VnMedia) - " is the dateline (a bulk line outside
     * the split) */
    r = tx_check_run("Hardwell đến Việt Nam\n(VnMedia) - Ngày 20/5/2017, ngôi sao EDM đình đám "
                     "thế giới Hardwell sẽ biểu diễn trong một đêm duy nhất.");
    CHECK_STR(json_string_value(json_object_get(r, "date")), "2017-05-20");
    json_decref(r);
    /* a clause before the dash is no tag (made up) */
    r = tx_check_run(
        "Tin tức\nHà Nội, Đà Nẵng và Huế - Ngày 4/2/2017, ông Nguyễn Văn An làm việc.");
    CHECK(json_is_null(json_object_get(r, "date")));
    json_decref(r);
}

/* Names of firms, clubs and places that look like a person's, among the
 * 500 most frequent persons of the corpus (lookalikes.tsv): a taxi firm,
 * Hà Nội's old name, futsal clubs; a person whose given names are the
 * same words keeps them. */
static void test_lookalike_names(void)
{
    /* made up, the shape of bulk lines outside the split */
    json_t *r = tx_check_run("Hãng taxi Mai Linh cho biết, Tập đoàn Mai Linh sẽ tăng giá cước. "
                             "Cô gái gốc Hà Thành đã giành ngôi vô địch.");
    CHECK(!tx_check_person(r, "Mai Linh"));
    CHECK(!tx_check_person(r, "Hà Thành"));
    json_decref(r);
    r = tx_check_run("Chiều 24.5, Giải futsal cúp Thái Sơn Bắc 2017 diễn ra 2 trận. Thái Sơn Nam "
                     "thắng đậm.");
    CHECK(!tx_check_person(r, "Thái Sơn Bắc"));
    CHECK(!tx_check_person(r, "Thái Sơn Nam"));
    CHECK(!tx_check_person(r, "Thái Sơn"));
    json_decref(r);
    r = tx_check_run("Trao đổi với PV, Lê Thị Mai Linh, Giám đốc Sở Y tế, cho biết. Ông Nguyễn "
                     "Hà Thành, Phó Giám đốc Sở, nói thêm.");
    HAS_ROLE(r, "Lê Thị Mai Linh", "Giám đốc Sở Y tế");
    CHECK(tx_check_person(r, "Nguyễn Hà Thành"));
    json_decref(r);
}

int main(void)
{
    test_curly_apostrophe();
    test_letter_prefix_with_space();
    test_letter_prefix_key();
    test_dependent_of_post();
    test_claim_day();
    test_dateline_after_source_tag();
    test_lookalike_names();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
