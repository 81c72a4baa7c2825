/*
 * test_attrib_s26.c — the attribution rules of session 26 (issue 9, batch 16
 * helper): a post after "NAME," that refers back to another person is no
 * apposition of NAME.  Made-up sentences of the corpus's shape
 * (docs/EXTRACTION.md, "Attribution of session 26"), each beside a sentence
 * of the same shape the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "Phó Thủ tướng A liên lạc với Thứ trưởng B, Phó Thủ tướng cho biết …":
 * a bare post that repeats another person's post is his anaphor. */
static void test_anaphor_post(void)
{
    json_t *r = tx_check_run("Sáng 4/6, Phó Thủ tướng Lê Văn Hòa gọi điện cho Thứ trưởng Trần "
                             "Minh Khôi, Phó Thủ tướng cho biết ông không hài lòng.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Thủ tướng");
    HAS_ROLE(r, "Trần Minh Khôi", "Thứ trưởng");
    NO_ROLE(r, "Trần Minh Khôi", "Phó Thủ tướng");
    json_decref(r);
    r = tx_check_run("Bộ trưởng Bộ Nội vụ Lê Văn Hòa trả lời chất vấn. Theo ông Đỗ Minh "
                     "Phương, Bộ trưởng vẫn chủ yếu giải thích.");
    HAS_ROLE(r, "Lê Văn Hòa", "Bộ trưởng Bộ Nội vụ");
    NO_ROLE(r, "Đỗ Minh Phương", "Bộ trưởng");
    json_decref(r);
    /* left alone: the apposition names a body; no one else holds the bare
     * post; the name held that post before */
    r = tx_check_run("Phó Thủ tướng Lê Văn Hòa đến thăm. Ông Nguyễn Văn An, Giám đốc Sở Y tế "
                     "cho biết bệnh viện đã sẵn sàng.");
    HAS_ROLE(r, "Nguyễn Văn An", "Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run("Phó Thủ tướng Lê Văn Hòa đến thăm trường. Ông Nguyễn Văn An, Hiệu trưởng "
                     "cho biết trường đã sẵn sàng.");
    HAS_ROLE(r, "Nguyễn Văn An", "Hiệu trưởng");
    json_decref(r);
}

/* "Phó Thủ tướng A, Thứ trưởng Ái đã yêu cầu …": a one-word "body" after
 * "NAME, <head>" that is the given name of a person named before is that
 * person, not the post's body. */
static void test_known_given_name(void)
{
    json_t *r = tx_check_run("Thứ trưởng Trần Minh Khôi đến dự. Theo chỉ đạo của Phó Thủ tướng "
                             "Lê Văn Hòa, Thứ trưởng Khôi đã yêu cầu sửa văn bản.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Thủ tướng");
    NO_ROLE(r, "Lê Văn Hòa", "Thứ trưởng Khôi");
    CHECK(tx_check_nroles(r) == 2);
    json_decref(r);
    /* left alone: a one-word brand ("Vinacomin") is the post's body */
    r = tx_check_run("Ông Đặng Thanh Hải, Tổng giám đốc Vinacomin cho biết sản lượng tăng.");
    HAS_ROLE(r, "Đặng Thanh Hải", "Tổng giám đốc Vinacomin");
    json_decref(r);
}

int main(void)
{
    test_anaphor_post();
    test_known_given_name();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
