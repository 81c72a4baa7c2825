/*
 * test_attrib_s20.c — a post named as the one somebody stands in for or
 * acts by order of ("thay mặt cho Giám đốc …, Thượng tá A", "thừa lệnh Bộ
 * trưởng, Chánh Văn phòng A") is not that person's (docs/EXTRACTION.md,
 * "prefix chain"); "ủy quyền cho Phó Chủ tịch A" still names A's own post.
 * Made-up sentences.
 */
#include "tx_check.h"

static void test_stands_in_for(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Thay mặt cho Giám đốc Công an tỉnh "
                             "Bình Lệ, Thượng tá Lê Văn Mười trao thưởng cho ban chuyên án.");
    NO_ROLE(r, "Lê Văn Mười", "Giám đốc Công an tỉnh Bình Lệ");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Thừa lệnh Bộ trưởng Bộ Nội vụ, Chánh Văn phòng "
                     "Bộ Nội vụ Vũ Văn Bảy ký công văn.");
    NO_ROLE(r, "Vũ Văn Bảy", "Bộ trưởng Bộ Nội vụ");
    HAS_ROLE(r, "Vũ Văn Bảy", "Chánh Văn phòng Bộ Nội vụ");
    json_decref(r);
    /* left alone: the one authorised keeps the post written before his name,
     * and "thay mặt" before a body ("thay mặt lãnh đạo Tỉnh ủy") */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Chủ tịch UBND tỉnh ủy quyền cho Phó Chủ tịch "
                     "UBND tỉnh Bình Lệ Lò Văn Hai chủ trì cuộc họp.");
    HAS_ROLE(r, "Lò Văn Hai", "Phó Chủ tịch UBND tỉnh Bình Lệ");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Thay mặt lãnh đạo Tỉnh ủy, Phó Bí thư Tỉnh ủy "
                     "Bình Lệ Đỗ Văn Năm phát biểu.");
    HAS_ROLE(r, "Đỗ Văn Năm", "Phó Bí thư Tỉnh ủy Bình Lệ");
    json_decref(r);
}

int main(void)
{
    test_stands_in_for();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
