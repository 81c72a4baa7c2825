/*
 * test_identity_s25.c — session 25's post identity (issue 10 item 1: one
 * office, one post): a bare role, "kiêm" and a post with its body is that
 * post; a body's name ends before a capitalised function word that opens
 * the next sentence.  Every sentence and name is made up; docs/REGISTRY.md ("Post
 * identity", session 25) describes each rule with the same examples.
 */
#include "tx_check.h"

#include <stdlib.h>
#include <string.h>

/* "Phó Chủ tịch kiêm Tổng Thư ký X": the role alone before "kiêm" names
 * no body; the post after it does, and the extractor reads the same words
 * in a text as that post (the bare role is no post). */
static void test_concurrent(void)
{
    static const char *const same[][2] = {
        {"Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam",
         "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
        {"Phó chủ tịch kiêm Tổng thư ký Hội Khoa học Bảo An", "Tổng thư ký Hội Khoa học Bảo An"},
        {"Chủ tịch kiêm Tổng giám đốc Tập đoàn Bảo An", "Tổng giám đốc Tập đoàn Bảo An"},
        {"Phó Bí thư kiêm Chủ tịch UBND xã Bảo An", "Chủ tịch Ủy ban nhân dân xã Bảo An"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        CHECK(tx_check_same_post(same[i][0], same[i][1], 1));
    /* the role before "kiêm" with a body of its own stays a post of both */
    CHECK(!tx_check_same_post("Bí thư Tỉnh ủy Quảng Nam kiêm Chủ tịch HĐND tỉnh Quảng Nam",
                              "Chủ tịch HĐND tỉnh Quảng Nam", 0));
    /* a role alone after "kiêm": nothing names the body */
    CHECK(!tx_check_same_post("Chủ tịch kiêm Giám đốc", "Giám đốc", 0));
    /* an ambassador's other post after "kiêm" (session 24) */
    CHECK(!tx_check_same_post("Đại sứ Việt Nam tại Thụy Sĩ kiêm Đại diện thường trực",
                              "Đại diện thường trực", 0));
    /* without "kiêm", the two roles are another title */
    CHECK(!tx_check_same_post("Phó Chủ tịch Hội Khoa học Bảo An", "Tổng thư ký Hội Khoa học Bảo An",
                              0));
}

/* A capitalised function word that both ends a post in lower case
 * (stopwords.tsv) and opens a sentence (notnames.tsv), a lower-case word
 * after it, opens the next sentence: an institution's or a place's name
 * does not go on over it (the corpus joins a paragraph to the next with
 * two spaces and no full stop). */
static void test_clause_opener(void)
{
    json_t *r = tx_check_run("Ngày 12/6/2017, kỳ thi kết thúc. GS Trần Văn Ba - Hiệu trưởng ĐH "
                             "Bách khoa Hà Nội  Qua các đợt kiểm tra thấy kỳ thi yên ả.");
    HAS_ROLE(r, "Trần Văn Ba", "Hiệu trưởng ĐH Bách khoa Hà Nội");
    CHECK(tx_check_nroles(r) == 1);
    json_decref(r);
    r = tx_check_run("Ngày 12/6/2017, kỳ thi kết thúc. Bà Lê Thị Tư, Phó hiệu trưởng Trường THPT "
                     "Phan Bội Châu Theo kế hoạch, trường sẽ họp.");
    HAS_ROLE(r, "Lê Thị Tư", "Phó hiệu trưởng Trường THPT Phan Bội Châu");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/6/2017, kỳ thi kết thúc. Ông Phạm Văn Năm, Giám đốc Bệnh viện Đa khoa "
        "Quảng Nam Trong các đợt kiểm tra đều đạt.");
    HAS_ROLE(r, "Phạm Văn Năm", "Giám đốc Bệnh viện Đa khoa Quảng Nam");
    json_decref(r);
    /* "qua" after a post ends it ("qua đời": the holder died) */
    r = tx_check_run("Ngày 24/5/2017, huyện họp. Ông Bùi Văn Bảy - Chủ tịch UBND huyện qua đời vào "
                     "sáng 24/5.");
    NO_ROLE(r, "Bùi Văn Bảy", "Chủ tịch UBND huyện qua");
    json_decref(r);
    /* left alone: a capitalised word of the name, a body phrase written
     * with a capital, a given name that is no function word */
    r = tx_check_run("Ngày 12/6/2017, tỉnh họp. Ông Đỗ Văn Sáu, Hiệu trưởng Trường THPT Chu Văn An "
                     "cho biết kỳ thi yên ả.");
    HAS_ROLE(r, "Đỗ Văn Sáu", "Hiệu trưởng Trường THPT Chu Văn An");
    json_decref(r);
    r = tx_check_run("Ngày 12/6/2017, tỉnh họp. Ông Phạm Văn Năm, Giám đốc Sở Thông tin và Truyền "
                     "thông Quảng Ninh cho biết.");
    HAS_ROLE(r, "Phạm Văn Năm", "Giám đốc Sở Thông tin và Truyền thông Quảng Ninh");
    json_decref(r);
}

/* A university or a college under its kind word or without it is one
 * school (body_aliases.tsv). */
static void test_school_kind(void)
{
    CHECK(tx_check_same_post("Hiệu trưởng Trường Đại học Bách khoa Bảo An",
                             "Hiệu trưởng Đại học Bách khoa Bảo An", 1));
    CHECK(tx_check_same_post("Hiệu trưởng Trường ĐH Bách khoa Bảo An",
                             "Hiệu trưởng ĐH Bách khoa Bảo An", 1));
    CHECK(tx_check_same_post("Hiệu trưởng Trường Cao đẳng Y tế Bảo An",
                             "Hiệu trưởng Cao đẳng Y tế Bảo An", 1));
    /* another school's kind stays */
    CHECK(!tx_check_same_post("Hiệu trưởng Trường THPT Bảo An", "Hiệu trưởng Bảo An", 0));
    CHECK(!tx_check_same_post("Hiệu trưởng Trường Đại học Bảo An",
                              "Hiệu trưởng Trường Cao đẳng Bảo An", 0));
}

int main(void)
{
    test_concurrent();
    test_clause_opener();
    test_school_kind();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
