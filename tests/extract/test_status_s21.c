/*
 * test_status_s21.c — the status and attribution rules of session 21
 * (issue 9): shapes of Vietnamese news that no rule read before.  Made-up
 * sentences of the corpus's shape (docs/EXTRACTION.md, "Status rules of
 * session 21"), each beside a sentence of the same shape the rule must
 * leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* A body's initials in parentheses after a post of the lexicon that ends
 * in the body ("Chủ tịch Ủy ban nhân dân (UBND) tỉnh …"), the initials
 * written without tones ("UBND" for "Ủy ban nhân dân"). */
static void test_paren_initials(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch Ủy ban nhân dân (UBND) tỉnh "
                             "Quảng Nam Trần Văn Bình phát biểu.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Chủ tịch Ủy ban nhân dân "
                     "(UBND) huyện Điện Bàn, cho biết dự án chậm.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch Ủy ban nhân dân huyện Điện Bàn", "current");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch Ủy ban nhân dân");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Phó Chủ tịch Ủy ban nhân dân (UBND) TP Hà Nội "
                     "Trần Văn Bình cho biết.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch Ủy ban nhân dân TP Hà Nội", "current");
    json_decref(r);
    /* left alone: a body and its initials with no post; letters that are
     * no initials */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tập đoàn Dầu khí Việt Nam (PVN) Trần Văn Bình "
                     "cho biết.");
    CHECK(json_array_size(json_object_get(r, "roles")) == 0);
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ủy ban nhân dân (UBND) tỉnh Quảng Nam Trần Văn "
                     "Bình cho biết.");
    CHECK(json_array_size(json_object_get(r, "roles")) == 0);
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch Ủy ban nhân dân (ABC) tỉnh Quảng Nam "
                     "Trần Văn Bình cho biết.");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam");
    json_decref(r);
}

int main(void)
{
    test_paren_initials();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
