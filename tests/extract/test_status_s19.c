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

/* Two clauses after a comma, each name with its own cues before its post:
 * each name its own post, not the first post the second name's. */
static void test_own_clauses(void)
{
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Nguyễn Văn An được bổ nhiệm làm Giám "
                     "đốc Sở Y tế, ông Trần Văn Bình được bổ nhiệm làm Giám đốc Sở Tài "
                     "chính.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "appointed");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Tài chính", "appointed");
    NO_ROLE(r, "Trần Văn Bình", "Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Nguyễn Văn An được bầu làm Chủ tịch HĐND "
                     "tỉnh, ông Trần Văn Bình được bầu làm Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch HĐND tỉnh Quảng Nam", "appointed");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch HĐND tỉnh Quảng Nam");
    json_decref(r);
    /* left alone: "POST, ông B" with no cue of B's own is B's post */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Tại hội nghị, Chủ tịch UBND tỉnh Quảng Nam, ông "
                     "Trần Văn Bình phát biểu.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
}

/* The headline's appointment is the news of the post the body names in
 * full; an appointment told in the body as background is not carried. */
static void test_headline_appointment(void)
{
    json_t *r =
        tx_check_run("Bổ nhiệm ông Nguyễn Văn An làm Giám đốc Sở Y tế\nChiều 12/5/2017, ông "
                     "Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Quảng Nam đã nhận quyết định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("# doc_id = news_1\n# date = 20170512\nÔng Nguyễn Văn An được bổ nhiệm làm "
                     "Giám đốc Sở Y tế\nChiều 12/5/2017, ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh "
                     "Quảng Nam phát biểu nhận nhiệm vụ.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ông Nguyễn Văn An phát biểu tại hội nghị\nTrước đây, ông Nguyễn Văn An được "
                     "bổ nhiệm làm Giám đốc Sở Y tế. Chiều 12/5/2017, ông Nguyễn Văn An, Giám đốc "
                     "Sở Y tế tỉnh Quảng Nam phát biểu.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
}

/* Vocabulary (status.tsv): "trước là" before a post, "(lúc / khi) sinh
 * thời", "khi / lúc còn sống" opening a sentence of a deceased person's
 * time. */
static void test_past_words(void)
{
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Nguyễn Văn An, trước là Giám đốc Sở Y "
                     "tế tỉnh Quảng Nam, bị kỷ luật.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Lúc sinh thời, Thủ tướng Phạm Văn Đồng rất quan "
                     "tâm đến giáo dục.");
    STATUS(r, "Phạm Văn Đồng", "Thủ tướng", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Sinh thời, Thủ tướng Phạm Văn Đồng vẫn luôn căn "
                     "dặn cán bộ.");
    STATUS(r, "Phạm Văn Đồng", "Thủ tướng", "former");
    json_decref(r);
    /* left alone: a held post beside them */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Quảng "
                     "Nam, trước hết đề nghị các đơn vị rà soát.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
}

/* A post the holder moves from ("Từ X, ông A được bầu làm Y"): ended
 * beside the appointment, former beside a past one; "nhận thư từ Thủ
 * tướng A" (A takes no post after it) stays held. */
static void test_moved_from(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Từ Giám đốc Sở Y tế, ông Trần Văn Bình "
                             "được bầu làm Phó Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "ended");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Từ một Phó Giám đốc Sở Y tế, ông Nguyễn Văn An "
                     "được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Quảng Nam.");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế", "ended");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Từ vị trí Giám đốc Sở Y tế, ông Trần Văn Bình "
                     "được bầu làm Phó Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "ended");
    json_decref(r);
    /* left alone */
    r = tx_check_run(
        "Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình, Giám đốc Sở Y tế, nhận thư từ "
        "Thủ tướng Nguyễn Xuân Phúc.");
    STATUS(r, "Nguyễn Xuân Phúc", "Thủ tướng", "current");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    json_decref(r);
}

int main(void)
{
    test_undated_reference();
    test_own_clauses();
    test_headline_appointment();
    test_past_words();
    test_moved_from();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
