/*
 * test_status_s17.c — the status rules of session 17 (issue 9): a post's
 * own time written with "hồi" ("… làm Giám đốc Sở … hồi năm 2016", "ông
 * A, Chủ tịch UBND tỉnh hồi năm 2010, …") or "đầu / cuối / giữa năm", and a
 * "trước khi" clause inside a sentence, after its subject ("Ông A …,
 * trước khi được bổ nhiệm giữ chức B là C": C is what A was before),
 * past-time vocabulary ("thời điểm là", "khi giữ cương vị", "giai đoạn
 * trước") and a name that a post opens followed by "(nay là …)".
 * Real sentences of the development split where it has them (quoted in
 * docs/EXTRACTION.md, "Status rules of session 17"), made-up sentences of
 * the corpus's shape where it has none, and a sentence of the same shape
 * each rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "hồi năm YYYY" right after a post: a change so dated is background (an
 * appointment of an earlier year still held: current), a post held then is
 * former; the article's own year changes nothing. */
static void test_post_time_hoi(void)
{
    /* politics/00957 (Bộ Nội vụ's press briefing of 27 June 2017) */
    json_t *r = tx_check_run(
        "Ngày 27/6/2017, Bộ Nội vụ họp báo. Tại buổi họp báo thường kỳ chiều 27-6 của Bộ Nội "
        "vụ, báo chí đề cập tới việc Yên Bái bổ nhiệm ông Phạm Sỹ Quý, em trai Bí thư tỉnh Yên "
        "Bái Phạm Thị Thanh Trà làm Giám đốc Sở Tài nguyên và Môi trường tỉnh này hồi năm 2016.");
    STATUS(r, "Phạm Sỹ Quý", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái", "current");
    json_decref(r);
    /* the same dated in the article's year: news */
    r = tx_check_run("Ngày 27/6/2017, Bộ Nội vụ họp báo. Tỉnh Yên Bái bổ nhiệm ông Phạm Sỹ Quý "
                     "làm Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái hồi tháng 3/2017.");
    STATUS(r, "Phạm Sỹ Quý", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái", "appointed");
    json_decref(r);
    /* a post held at that time (made-up, the corpus's shape) */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng "
                     "Nam hồi năm 2010, đã ký quyết định giao đất.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng "
                     "Nam hồi đầu năm 2017, đã ký quyết định giao đất.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    /* a time after the holder's chain and its comma is the act's, not the post's */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng "
                     "Nam, hồi năm 2010 đã ký quyết định giao đất.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    /* "cuối năm": an appointment at the end of an earlier year, still held */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Phạm Văn Quý được bổ nhiệm làm Giám đốc "
                     "Sở Tài nguyên và Môi trường tỉnh Yên Bái cuối năm 2015.");
    STATUS(r, "Phạm Văn Quý", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái", "current");
    json_decref(r);
}

/* "trước khi" after its subject: the copula after the clause's post (or
 * after the clause's closing comma) gives what the subject was before,
 * former; the clause's own post keeps its change. */
static void test_prior_after_subject(void)
{
    /* made-up sentences of the shape of appointment news' profiles */
    json_t *r = tx_check_run(
        "Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình sinh năm 1970, quê Quảng Nam, trước "
        "khi được bổ nhiệm giữ chức Giám đốc Sở Y tế là Phó Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "appointed");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình, trước khi được bổ nhiệm làm "
                     "Giám đốc Sở Y tế, là Phó Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    /* opening the sentence, with no comma after the clause */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Trước khi được bổ nhiệm làm Giám đốc Sở Y tế "
                     "ông Trần Văn Bình là Phó Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    /* bulk baomoi-2017-part1 line 451: a headline glued to the next sentence
     * ("… trước khi rời TP.HCM  Cũng trong sáng 10-5, …") opens no past */
    r = tx_check_run(
        "Ngày 10/5/2017, tin từ TP.HCM. Những chia sẻ của ông Đinh La Thăng trước khi rời TP.HCM  "
        "Cũng trong sáng 10-5, Bộ Chính trị đã quyết định phân công ông Đinh La Thăng thôi giữ "
        "chức bí thư Thành ủy TP.HCM (nhiệm kỳ 2015-2020), về làm phó Ban Kinh tế Trung ương.");
    STATUS(r, "Đinh La Thăng", "phó Ban Kinh tế Trung ương", "appointed");
    json_decref(r);
    /* the clause after the main one tells a later change: nothing past */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Lê Văn Cường làm Giám đốc Sở Y tế tỉnh "
                     "Quảng Nam nhiều năm, trước khi ông Trần Văn Bình được bổ nhiệm làm Giám "
                     "đốc Sở Tài chính.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Tài chính", "appointed");
    json_decref(r);
}

/* Past-time vocabulary of status.tsv: "thời điểm là" (not "thời điểm
 * này là", the present), "khi giữ cương vị", "khi còn giữ chức", and
 * "giai đoạn / thời kỳ trước" after a post as "nhiệm kỳ trước" is. */
static void test_past_vocabulary(void)
{
    /* bulk baomoi-2017-part1 line 107 */
    json_t *r = tx_check_run(
        "Ngày 12/5/2017, tin từ Mỹ. Năm 2016, ông Comey là người chỉ đạo vụ điều tra nhằm làm "
        "sáng tỏ những cáo buộc cho rằng bà Hillary Clinton sử dụng máy chủ email cá nhân để "
        "trao đổi thư từ công việc khi giữ cương vị Ngoại trưởng Mỹ trong nhiệm kỳ thứ nhất "
        "của Tổng thống Barack Obama.");
    STATUS(r, "Hillary Clinton", "Ngoại trưởng Mỹ", "former");
    json_decref(r);
    /* made-up, the corpus's shapes */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình (thời điểm là Giám đốc Sở Y "
                     "tế tỉnh Quảng Nam) đã ký. Ông Lê Văn Cường, khi còn giữ chức Giám đốc Sở "
                     "Tài chính tỉnh Quảng Nam, đã ký. Ông Nguyễn Văn An (Chủ tịch UBND tỉnh "
                     "Quảng Nam giai đoạn trước) cũng ký.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    STATUS(r, "Lê Văn Cường", "Giám đốc Sở Tài chính tỉnh Quảng Nam", "former");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    /* dantri-unc-2021 line 1627: "ở thời điểm này là" is now */
    r = tx_check_run("Ngày 30/4/2021, tin thể thao. Đó sẽ là màn đấu trí của hai HLV hàng đầu Hàn "
                     "Quốc ở thời điểm này là HLV Park Hang Seo và Shin Tae Yong.");
    STATUS(r, "Park Hang Seo", "HLV", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Quảng "
                     "Nam, cho biết giai đoạn trước đây rất khó.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
}

/* A name that a post opens, then "(nay là …)": the post before the name
 * is former, the one after current ("(hiện là …)", "(đồng thời là …)"
 * keep both held). */
static void test_prefix_now(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin từ TP.HCM. Phó Thủ tướng Nguyễn Thiện Nhân (nay "
                             "là Bí thư Thành ủy TP.HCM) đã ký quyết định.");
    STATUS(r, "Nguyễn Thiện Nhân", "Phó Thủ tướng", "former");
    STATUS(r, "Nguyễn Thiện Nhân", "Bí thư Thành ủy TP.HCM", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Giám đốc Sở Y tế Trần Văn Bình, nay là Phó "
                     "Chủ tịch UBND tỉnh Quảng Nam, đã ký quyết định.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "former");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Giám đốc Sở Y tế Trần Văn Bình (đồng thời là "
                     "Phó Bí thư Đảng ủy khối) đã ký quyết định.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    json_decref(r);
}

int main(void)
{
    test_post_time_hoi();
    test_prior_after_subject();
    test_past_vocabulary();
    test_prefix_now();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
