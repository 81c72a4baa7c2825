/*
 * test_status_s19.c — the status rules of session 19 (issue 9): an
 * undated article still speaks from the latest year it writes as past or
 * present, so that a post held in a sentence dated years before that is a
 * former one ("Năm 2003, Chủ tịch UBND tỉnh A ký …  Năm 2016, dự án được
 * duyệt.").  Made-up sentences of the corpus's shape (docs/EXTRACTION.md,
 * "Status rules of session 19"), each with a sentence of the same shape
 * the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* No article date: the latest year the text writes (not a target, a plan
 * or a birth year) is the reference of the dated rules. */
static void test_undated_reference(void)
{
    json_t *r = tx_check_run("Công an tỉnh họp báo. Năm 2003, Chủ tịch UBND tỉnh Quảng Nam Nguyễn "
                             "Văn Nên ký quyết định giao đất. Năm 2016, dự án được duyệt lại.");
    STATUS(r, "Nguyễn Văn Nên", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Vụ án được đưa ra xét xử. Năm 1999, tòa xét xử vụ án Trần Văn Đàm (giám đốc "
                     "Công ty Tân Trường) và 73 bị cáo. Năm 2012, gia đình có đơn gửi tòa.");
    STATUS(r, "Trần Văn Đàm", "giám đốc Công ty Tân Trường", "former");
    json_decref(r);
    r = tx_check_run(
        "Trao đổi với báo chí. Theo cáo trạng, tháng 4/2003, ông Nguyễn Văn Nên ký lệnh "
        "bắt ông Bùi Mạnh Lân, Chủ tịch Hội đồng quản trị Công ty Hưng Thịnh. Năm "
        "2016, vụ án được điều tra lại.");
    STATUS(r, "Bùi Mạnh Lân", "Chủ tịch Hội đồng quản trị Công ty Hưng Thịnh", "former");
    json_decref(r);
    /* left alone: the only year written is the sentence's own, a year
     * close to the latest, and a later year that is a target */
    r = tx_check_run("Công an tỉnh họp báo. Năm 2010, Chủ tịch UBND tỉnh Quảng Nam Nguyễn Văn Nên "
                     "ký quyết định giao đất.");
    STATUS(r, "Nguyễn Văn Nên", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Công an tỉnh họp báo. Năm 2015, Chủ tịch UBND tỉnh Quảng Nam Nguyễn Văn Nên "
                     "ký quyết định giao đất. Năm 2016, dự án được duyệt lại.");
    STATUS(r, "Nguyễn Văn Nên", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Công an tỉnh họp báo. Năm 2014, Chủ tịch UBND tỉnh Quảng Nam Nguyễn Văn Nên "
                     "ký quyết định giao đất, mục tiêu đến năm 2020 hoàn thành dự án.");
    STATUS(r, "Nguyễn Văn Nên", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Công an tỉnh họp báo. Chủ tịch UBND tỉnh Quảng Nam Nguyễn Văn Nên sinh năm "
                     "1960. Năm 2016, dự án được duyệt lại.");
    STATUS(r, "Nguyễn Văn Nên", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
}

int main(void)
{
    test_undated_reference();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
