/*
 * test_cuewords_s19.c — a status cue inside a word of its own
 * (conf/lexicon/cue_words.tsv, docs/EXTRACTION.md "A cue inside a word"):
 * "chính quyền Tổng thống A" is president A's government, so A's post is
 * not acting; "Quyền Chủ tịch" alone still is.  Made-up sentences.
 */
#include "tx_check.h"

static void test_government_of(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin thế giới. Chính quyền Tổng thống Mỹ Donald "
                             "Trump tuyên bố áp thuế mới.");
    STATUS(r, "Donald Trump", "Tổng thống Mỹ", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Cuộc họp vượt thẩm quyền Giám đốc Sở Y tế "
                     "tỉnh Quảng Nam Trần Văn Bình.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
    /* left alone: "quyền" as a word of its own before the post, and after
     * another cue */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Quyền Chủ tịch UBND tỉnh Quảng Nam Nguyễn "
                     "Văn Hải đã ký quyết định.");
    STATUS(r, "Nguyễn Văn Hải", "Chủ tịch UBND tỉnh Quảng Nam", "acting");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Chính quyền tỉnh đã họp. Quyền Giám đốc Sở Y "
                     "tế tỉnh Quảng Nam Trần Văn Bình phát biểu.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "acting");
    json_decref(r);
}

int main(void)
{
    test_government_of();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
