/*
 * test_status_s20.c — the status rules of session 20 (issue 9): shapes of
 * Vietnamese news that no rule read before — a post dated "vào thời điểm
 * đó" after it, a post taken through a verb of moving into it ("về làm",
 * "lên làm", "sang làm").  Made-up sentences of the corpus's shape
 * (docs/EXTRACTION.md, "Status rules of session 20"), each beside a
 * sentence of the same shape the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "vào / tại thời điểm đó" after a holder's post is the time he held it
 * (former), as "thời điểm đó" is; after a verb it dates the act. */
static void test_at_that_time(void)
{
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Chủ tịch UBND huyện Điện "
                     "Bàn vào thời điểm đó, đã ký quyết định.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "former");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Chủ tịch UBND huyện Điện Bàn tại "
        "thời điểm đó đã ký quyết định.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Người ký là ông Trần Văn Bình, Chủ tịch UBND huyện "
                     "Điện Bàn vào thời điểm ấy.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch UBND huyện Điện Bàn vào thời điểm đó là "
                     "ông Trần Văn Bình.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "former");
    json_decref(r);
    /* left alone: the act's time after a verb, or after a bare name */
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Chủ tịch UBND huyện Điện Bàn cho "
        "biết vào thời điểm đó dự án chưa có vốn.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "current");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Chủ tịch UBND huyện Điện Bàn Trần Văn Bình vào thời "
        "điểm đó cho rằng dự án cần làm.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "current");
    json_decref(r);
}

int main(void)
{
    test_at_that_time();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
