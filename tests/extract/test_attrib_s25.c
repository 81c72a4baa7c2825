/*
 * test_attrib_s25.c — the attribution rules of session 25 (issue 9 item 1,
 * guest helper): a Vietnamese host does not collect the posts of the guest
 * he meets.  Made-up sentences of the corpus's shape (docs/EXTRACTION.md,
 * "Attribution of session 25"), each beside a sentence of the same shape
 * the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "tiếp ông X, POST, POST' A verb": the guest's name is no name the
 * extractor knows (an initial, "Jr"); his apposition is his, not the
 * host's. */
static void test_guest_apposition(void)
{
    json_t *r =
        tx_check_run("Bày tỏ vui mừng tiếp ông John K. Barrow Jr, Phó Chủ tịch Sàn giao "
                     "dịch ABC, Thủ tướng Trần Văn Minh cho biết Việt Nam coi trọng hợp tác.");
    HAS_ROLE(r, "Trần Văn Minh", "Thủ tướng");
    NO_ROLE(r, "Trần Văn Minh", "Phó Chủ tịch Sàn giao dịch ABC");
    json_decref(r);
    r = tx_check_run("Tiếp bà Mary T. Lowe, Giám đốc Quỹ Phát triển XYZ, Phó Thủ tướng Lê Văn "
                     "Hòa đề nghị Quỹ tiếp tục hỗ trợ.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Thủ tướng");
    NO_ROLE(r, "Lê Văn Hòa", "Giám đốc Quỹ Phát triển XYZ");
    json_decref(r);
    /* left alone: no meeting verb — "Ông X, POST, …" opens the sentence;
     * the normal chain; the met official's own chain */
    r = tx_check_run("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Hải phát biểu.");
    HAS_ROLE(r, "Hoàng Văn Hải", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Hoàng Văn Hải", "Bí thư Thành ủy Hà Nội");
    json_decref(r);
    r = tx_check_run("Đoàn đã gặp Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Hải tại "
                     "trụ sở.");
    HAS_ROLE(r, "Hoàng Văn Hải", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Hoàng Văn Hải", "Bí thư Thành ủy Hà Nội");
    json_decref(r);
}

/* "* Tại cuộc gặp POST, POST' A verb": a bullet opening the line is the
 * clause's start; a state in the press's Vietnamese spelling
 * ("Mi-an-ma") is a state. */
static void test_bullet_and_spelling(void)
{
    json_t *r = tx_check_run("* Tại cuộc gặp Cố vấn Nhà nước Mi-an-ma Xan Xu Ki, Chủ tịch nước "
                             "Trần Văn Quang đề nghị hai bên tăng cường hợp tác.");
    HAS_ROLE(r, "Trần Văn Quang", "Chủ tịch nước");
    CHECK(tx_check_role(r, "Trần Văn Quang", "Cố vấn Nhà nước Mi-an-ma Xan Xu Ki") == NULL);
    CHECK(tx_check_role(r, "Trần Văn Quang", "Cố vấn Nhà nước Mi-an-ma") == NULL);
    json_decref(r);
    r = tx_check_run("- Tại cuộc tiếp Chủ tịch Tập đoàn Delta Holdings, Thủ tướng Trần Văn Minh "
                     "đánh giá cao hợp tác.");
    HAS_ROLE(r, "Trần Văn Minh", "Thủ tướng");
    NO_ROLE(r, "Trần Văn Minh", "Chủ tịch Tập đoàn Delta Holdings");
    json_decref(r);
    /* left alone: a bullet before the host's own chain */
    r = tx_check_run("* Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Hải phát biểu.");
    HAS_ROLE(r, "Hoàng Văn Hải", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Hoàng Văn Hải", "Bí thư Thành ủy Hà Nội");
    json_decref(r);
}

/* "Tại cuộc tiếp POST of a state, POST', POST'' A (và ngài B) verb": the
 * guest's first post names its state after its body and cut the chain
 * before the meeting test saw its start; "và ngài B" after the host is a
 * second subject, not a preposition continuing the object. */
static void test_guest_chain_after_state(void)
{
    json_t *r = tx_check_run("Tại cuộc tiếp Tổng thư ký Đảng Dân chủ Tự do Nhật Bản, Chủ tịch Liên "
                             "minh Nghị sĩ hữu nghị Nhật – Việt, Chủ tịch nước Trần Văn Quang và "
                             "ngài Ta-ka-ha-si Ken vui mừng gặp lại.");
    HAS_ROLE(r, "Trần Văn Quang", "Chủ tịch nước");
    NO_ROLE(r, "Trần Văn Quang", "Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật - Việt");
    json_decref(r);
    r = tx_check_run("Tại cuộc tiếp Tổng thư ký Đảng Dân chủ Tự do Nhật Bản, Chủ tịch Liên minh "
                     "Nghị sĩ hữu nghị Nhật – Việt, Chủ tịch nước Trần Văn Quang đánh giá cao.");
    HAS_ROLE(r, "Trần Văn Quang", "Chủ tịch nước");
    NO_ROLE(r, "Trần Văn Quang", "Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật - Việt");
    json_decref(r);
    /* left alone: the met official's chain ends the sentence's object
     * (a preposition after his name) */
    r = tx_check_run("Tại cuộc gặp Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Hải về "
                     "hợp tác, đoàn bày tỏ vui mừng.");
    HAS_ROLE(r, "Hoàng Văn Hải", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Hoàng Văn Hải", "Bí thư Thành ủy Hà Nội");
    json_decref(r);
}

/* "Báo cáo Thủ tướng A, POST ở STATE, B, cho biết": "ở" before a state
 * after a Vietnamese body is "tại" (a mission abroad), so the post's comma
 * closes the apposition of B, not A's postfix. */
static void test_o_as_tai(void)
{
    json_t *r = tx_check_run("Báo cáo Thủ tướng Trần Văn Minh, Phó Chủ tịch Hội người Việt Nam ở "
                             "Nhật Bản, Nguyễn Minh Tâm, cho biết cộng đồng phát triển.");
    HAS_ROLE(r, "Trần Văn Minh", "Thủ tướng");
    HAS_ROLE(r, "Nguyễn Minh Tâm", "Phó Chủ tịch Hội người Việt Nam ở Nhật Bản");
    NO_ROLE(r, "Trần Văn Minh", "Phó Chủ tịch Hội người Việt Nam");
    json_decref(r);
    /* left alone: "tại" as before */
    r = tx_check_run("Báo cáo Thủ tướng Trần Văn Minh, Phó Chủ tịch Hội người Việt Nam tại "
                     "Nhật Bản, Nguyễn Minh Tâm, cho biết cộng đồng phát triển.");
    HAS_ROLE(r, "Nguyễn Minh Tâm", "Phó Chủ tịch Hội người Việt Nam tại Nhật Bản");
    json_decref(r);
}

int main(void)
{
    test_guest_apposition();
    test_bullet_and_spelling();
    test_guest_chain_after_state();
    test_o_as_tai();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
