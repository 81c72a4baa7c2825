/*
 * test_people_s13.c — the people helper's rules of session 13 (issue 9):
 * a family name that is also a body word ("Đoàn", a delegation) opens a
 * person's name by shape alone when three syllables stand alone (and after
 * a rank: the attribution helper's rule, checked here on the two-syllable
 * name only it finds), on real sentences of the development split (politics files
 * ending in 1 or 7, bulk lines whose index ends in 1 or 7).
 * docs/EXTRACTION.md ("People of session 13") describes each rule with the
 * same examples.
 */
#include "tx_check.h"

/* After a rank, "Đoàn" is a family name, as after an honorific: a name of
 * two syllables, which the shape of three does not cover ("Thạc sĩ Đoàn
 * Khang", "Thượng úy Đoàn Ngọc Dung" in the corpus); the sentence is made
 * in that shape. */
static void test_rank_before_body_word(void)
{
    json_t *r = tx_check_run("Phát biểu tại hội nghị, Đại tá Đoàn Hùng, Phó Giám đốc Công an "
                             "tỉnh, cho biết lực lượng đã sẵn sàng.");
    CHECK(tx_check_person(r, "Đoàn Hùng"));
    HAS_ROLE(r, "Đoàn Hùng", "Phó Giám đốc Công an tỉnh");
    json_decref(r);
    /* (batch 9, bulk baomoi-2017-part1 line 5731: three syllables) */
    r = tx_check_run(
        "Tới dự hội nghị có Đại tá Đoàn Ngọc Hùng, Phó Giám đốc CATP, Trưởng Ban Chỉ đạo "
        "Tổng điều tra kinh tế năm 2017 của Công an thành phố.");
    CHECK(tx_check_person(r, "Đoàn Ngọc Hùng"));
    json_decref(r);
}

/* Three syllables standing alone, the second and third no word of the
 * lexicon, are a name although "Đoàn" is also a delegation (batch 3,
 * politics 00887; bulk baomoi-2017-part0 line 3537). */
static void test_three_syllables(void)
{
    json_t *r = tx_check_run(
        "Thủ tướng trao Huy hiệu 50 năm, 45 năm và 30 năm tuổi Đảng cho các ông Trần Quốc "
        "Toản, Đoàn Mạnh Giao và Vũ Văn Ninh.");
    CHECK(tx_check_person(r, "Đoàn Mạnh Giao"));
    CHECK_INT((int)json_array_size(json_object_get(r, "people")), 3);
    json_decref(r);
    r = tx_check_run("Công ty cổ phần Econ Plus, do bị can Đoàn Hồng Ngọc, nguyên Tổng Giám "
                     "đốc, hưởng lợi 131 triệu đồng.");
    CHECK(tx_check_person(r, "Đoàn Hồng Ngọc"));
    json_decref(r);
}

/* … but a delegation named after its province, a body inside a longer
 * capitalised run, a name of the lexicon and words that are no Vietnamese
 * syllable stay no person. */
static void test_three_syllables_not_body(void)
{
    static const char *const none[] = {
        "Đại biểu Trần Văn Mão (Đoàn Nghệ An) lại có quan điểm khác.",
        "Giá vàng của Tập Đoàn Phú Quý giảm 100.000 đồng/lượng chiều nay.",
        "Đoàn Ban Tuyên giáo TW trao đổi công tác quản lý báo chí.",
        "Hai võ sư thuộc hệ phái Đoàn Long Karate đã hẹn nhau giao lưu võ thuật.",
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        json_t *r = tx_check_run(none[i]);
        json_t *people = json_object_get(r, "people");
        for (size_t j = 0; j < json_array_size(people); j++) {
            const char *n = json_string_value(json_object_get(json_array_get(people, j), "name"));
            if (n && !strncmp(n, "Đoàn", strlen("Đoàn"))) {
                fprintf(stderr, "  \"%s\": person \"%s\"\n", none[i], n);
                CHECK(0);
            }
        }
        json_decref(r);
    }
}

int main(void)
{
    test_rank_before_body_word();
    test_three_syllables();
    test_three_syllables_not_body();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
