/*
 * test_places_s13.c — provinces named in two halves (session 13, issue 10's
 * "one office, one post"): "Bà Rịa - Vũng Tàu" and "Thừa Thiên - Huế" lost
 * their second half, or the holder, whatever the dash.  The sentences are
 * from the development split (bulk lines whose index ends in 1) or written
 * like them.  docs/EXTRACTION.md ("Provinces in two halves") describes the
 * rule with the same sentences.
 */
#include "tx_check.h"

#include <string.h>

/* A province in two halves goes on over its dash, any dash, with or
 * without spaces (bulk part0:581, part1:971, part3:1451). */
static void test_two_halves(void)
{
    json_t *r = tx_check_run("Sáng 5/6, ông Nguyễn Hồng Lĩnh, Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu, "
                             "cho biết tỉnh sẽ rà soát các dự án.");
    HAS_ROLE(r, "Nguyễn Hồng Lĩnh", "Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu");
    NO_ROLE(r, "Nguyễn Hồng Lĩnh", "Bí thư Tỉnh ủy Bà Rịa");
    json_decref(r);
    r = tx_check_run("Chủ tịch UBND tỉnh Thừa Thiên - Huế Nguyễn Văn Cao đã ký quyết định.");
    HAS_ROLE(r, "Nguyễn Văn Cao", "Chủ tịch UBND tỉnh Thừa Thiên - Huế");
    json_decref(r);
    r = tx_check_run("Theo ông Nguyễn Văn Hà, Chánh Thanh tra Sở VH-TT tỉnh Thừa Thiên - Huế, "
                     "đoàn kiểm tra đã lập biên bản.");
    HAS_ROLE(r, "Nguyễn Văn Hà", "Chánh Thanh tra Sở VH-TT tỉnh Thừa Thiên - Huế");
    json_decref(r);
    /* an en dash, the holder right after: he was lost with the half */
    r = tx_check_run("Bí thư Tỉnh ủy Bà Rịa – Vũng Tàu Nguyễn Hồng Lĩnh phát biểu tại hội nghị.");
    HAS_ROLE(r, "Nguyễn Hồng Lĩnh", "Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu");
    json_decref(r);
}

/* A place that opens like an honorific ("Bà Rịa": "bà" is "Mrs") is the
 * place, so the holder after it is found. */
static void test_place_like_honorific(void)
{
    json_t *r = tx_check_run("Bí thư Tỉnh ủy Bà Rịa Nguyễn Hồng Lĩnh phát biểu tại hội nghị.");
    HAS_ROLE(r, "Nguyễn Hồng Lĩnh", "Bí thư Tỉnh ủy Bà Rịa");
    json_decref(r);
    /* … and an honorific that opens a name still ends the post */
    r = tx_check_run("Trưởng phòng Giáo dục quận Hai Bà Trưng - Bà Trần Lưu Hoa cho biết.");
    HAS_ROLE(r, "Trần Lưu Hoa", "Trưởng phòng Giáo dục quận Hai Bà Trưng");
    json_decref(r);
}

/* What follows the dash that is no place's half ends the post: a byline's
 * capitals, the next sentence (politics 00401). */
static void test_dash_ends(void)
{
    json_t *r =
        tx_check_run("Trao đổi với phóng viên, ông Lê Văn Thành - Bí thư Thành ủy Hải Phòng "
                     "- Đây là nhiệm vụ trọng tâm của thành phố.");
    HAS_ROLE(r, "Lê Văn Thành", "Bí thư Thành ủy Hải Phòng");
    json_decref(r);
}

int main(void)
{
    test_two_halves();
    test_place_like_honorific();
    test_dash_ends();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
