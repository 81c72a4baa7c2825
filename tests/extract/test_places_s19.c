/*
 * test_places_s19.c — a generic city post written with the abbreviation
 * "TP" (session 19, issue 10): "Chủ tịch UBND TP", "Phó Chủ tịch HĐND TP",
 * "Giám đốc CATP" are completed from the one city the article names, as
 * "Chủ tịch UBND thành phố" always was; "TP.HCM" as the place replaces the
 * post's own "TP"; one capitalised syllable after "TP." is the next
 * sentence, not a city.  Made-up sentences of the corpus's shape
 * (docs/EXTRACTION.md, "Generic city posts written TP"), each with one the
 * rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "UBND TP" / "HĐND TP" / "Công an TP" / "CATP" completed with the city
 * the article names after "TP" (or "CATP", "thành phố"). */
static void test_tp_completed(void)
{
    json_t *r =
        tx_check_run("Sáng 5/3, UBND TP Hải Phòng tổ chức lễ khởi công cầu mới. Phát biểu "
                     "tại buổi lễ, Chủ tịch UBND TP Trần Văn Bách cho biết cầu sẽ xong "
                     "trong năm nay. Ông Lê Văn Cường, Phó Chủ tịch HĐND TP, cho biết thêm.");
    HAS_ROLE(r, "Trần Văn Bách", "Chủ tịch UBND TP Hải Phòng");
    HAS_ROLE(r, "Lê Văn Cường", "Phó Chủ tịch HĐND TP Hải Phòng");
    NO_ROLE(r, "Trần Văn Bách", "Chủ tịch UBND TP");
    json_decref(r);
    /* the city police written as one word, the city named after it */
    r = tx_check_run("Bổ nhiệm 3 cán bộ thuộc CATP Cần Thơ. Ngày 14-6, Đại tá Trần Văn Bách- "
                     "Giám đốc CATP chủ trì lễ công bố quyết định.");
    HAS_ROLE(r, "Trần Văn Bách", "Giám đốc CATP Cần Thơ");
    json_decref(r);
    r = tx_check_run("Sáng 6/3, Công an thành phố Cần Thơ ra quân. Đại tá Nguyễn Văn Hải, Phó "
                     "Giám đốc Công an TP, cho biết lực lượng đã sẵn sàng.");
    HAS_ROLE(r, "Nguyễn Văn Hải", "Phó Giám đốc Công an TP Cần Thơ");
    json_decref(r);
}

/* "TP.HCM" carries its prefix: the post's "TP" goes. */
static void test_tp_glued(void)
{
    json_t *r = tx_check_run("Chiều 6/7, HĐND TP.HCM tiếp tục phiên chất vấn. Phó Chủ tịch UBND TP "
                             "Lê Văn Dũng cho biết thành phố sẽ công khai quy hoạch.");
    HAS_ROLE(r, "Lê Văn Dũng", "Phó Chủ tịch UBND TP.HCM");
    NO_ROLE(r, "Lê Văn Dũng", "Phó Chủ tịch UBND TP TP.HCM");
    json_decref(r);
}

/* One city however written (session 26): "TP.HCM", "TP HCM" and "thành phố
 * Hồ Chí Minh" in one article are one place, and "TP HCM" (the city's
 * abbreviation after the prefix) is a place at all; "Thành ủy TP.HCM" is
 * the glued city, not a place running into the name after it. */
static void test_tp_spellings(void)
{
    json_t *r = tx_check_run("Ngày 6/2/2017, Bí thư Thành ủy Trần Văn Bách và Chủ tịch UBND TP "
                             "Lê Văn Dũng dự lễ tại Sở Giao dịch Chứng khoán TP HCM.");
    HAS_ROLE(r, "Trần Văn Bách", "Bí thư Thành ủy TP HCM");
    HAS_ROLE(r, "Lê Văn Dũng", "Chủ tịch UBND TP HCM");
    NO_ROLE(r, "Lê Văn Dũng", "Chủ tịch UBND TP TP HCM");
    json_decref(r);
    r = tx_check_run("Chiều 6/7, Bí thư Thành ủy TP.HCM Trần Văn Bách làm việc với quận 2. Ông "
                     "Nguyễn Văn Hải, Phó Giám đốc Công an TP, cho biết tình hình TP HCM ổn "
                     "định. Thành phố Hồ Chí Minh có nhiều dự án.");
    HAS_ROLE(r, "Nguyễn Văn Hải", "Phó Giám đốc Công an TP.HCM");
    json_decref(r);
    /* two cities are still two */
    r = tx_check_run("Đoàn công tác của TP HCM làm việc tại TP Đà Nẵng. Chủ tịch UBND TP "
                     "Trần Văn Bách tiếp đoàn.");
    HAS_ROLE(r, "Trần Văn Bách", "Chủ tịch UBND TP");
    json_decref(r);
}

/* Left alone: "TP." ending a sentence before a capitalised word, two
 * cities, and no city at all. */
static void test_tp_left(void)
{
    json_t *r = tx_check_run("Chủ tịch UBND TP Trần Văn Bách giao nhiệm vụ cho các sở. Kết quả này "
                             "góp phần vào thành tích của TP. Cụ thể, doanh thu tăng 6%.");
    HAS_ROLE(r, "Trần Văn Bách", "Chủ tịch UBND TP");
    NO_ROLE(r, "Trần Văn Bách", "Chủ tịch UBND TP Cụ");
    json_decref(r);
    r = tx_check_run("Đoàn công tác của TP Hải Phòng làm việc tại TP Đà Nẵng. Chủ tịch UBND TP "
                     "Trần Văn Bách tiếp đoàn.");
    HAS_ROLE(r, "Trần Văn Bách", "Chủ tịch UBND TP");
    json_decref(r);
    r = tx_check_run("Chủ tịch UBND TP Trần Văn Bách tiếp đoàn công tác của Bộ Y tế.");
    HAS_ROLE(r, "Trần Văn Bách", "Chủ tịch UBND TP");
    json_decref(r);
}

int main(void)
{
    test_tp_completed();
    test_tp_glued();
    test_tp_spellings();
    test_tp_left();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
