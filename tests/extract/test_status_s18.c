/*
 * test_status_s18.c — the status rules of session 18 (issue 9): a post
 * held in the past through "giữ chức / giữ cương vị" ("khi ông A giữ chức
 * …", "trong thời gian giữ cương vị …", "người đã giữ chức …"), "tiền
 * nhiệm" after a post, a closed term after a comma ("…, nhiệm kỳ
 * 2011-2016,") and the signer of a document dated long before ("do ông A,
 * Chủ tịch UBND tỉnh ký ngày 10/12/2012").  Made-up sentences of the
 * corpus's shape (docs/EXTRACTION.md, "Status rules of session 18"), each
 * with a sentence of the same shape the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "giữ chức" / "giữ cương vị" held in the past: a `when` cue before the
 * holder or before the cue, or "đã" right before it — former; "hiện giữ
 * chức" stays held, "được bổ nhiệm giữ chức" stays news. */
static void test_held_then(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Các sai phạm xảy ra khi ông Trần Văn "
                             "Bình giữ chức Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Trong thời gian ông Trần Văn Bình giữ cương vị "
                     "Chủ tịch UBND tỉnh Quảng Nam, nhiều dự án được duyệt.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    /* the cue heads a chain: every post of it */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Nguyễn Văn An trong thời gian giữ cương vị "
                     "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Khánh Hòa chịu trách nhiệm người đứng "
                     "đầu.");
    STATUS(r, "Nguyễn Văn An", "Phó Bí thư Tỉnh ủy Khánh Hòa", "former");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Khánh Hòa", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Nguyễn Văn Sơn, người đã giữ chức Bộ "
                     "trưởng Bộ Y tế trong 10 năm, vừa qua đời.");
    STATUS(r, "Nguyễn Văn Sơn", "Bộ trưởng Bộ Y tế", "former");
    json_decref(r);
    /* left alone: held now, and the news of an appointment */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Hiện ông Trần Văn Bình giữ cương vị Chủ tịch "
                     "UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình đã được bổ nhiệm giữ chức "
                     "Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Bình giữ chức Giám đốc Sở Y tế tỉnh Quảng Nam\nNgày 12/5/2017, "
                     "UBND tỉnh Quảng Nam công bố quyết định về công tác cán bộ.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
}

/* "tiền nhiệm" right after a post, before the name or in an apposition:
 * the predecessor — former, and out of the label. */
static void test_predecessor(void)
{
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tin từ Hà Nội. Bộ trưởng tiền nhiệm Nguyễn Văn Sơn đã "
                     "ký quyết định này.");
    STATUS(r, "Nguyễn Văn Sơn", "Bộ trưởng", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Lê Văn Hùng kế nhiệm Chủ tịch UBND tỉnh "
                     "Quảng Nam tiền nhiệm Trần Văn Bình.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam tiền nhiệm");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình, Chủ tịch UBND tỉnh Quảng Nam "
                     "tiền nhiệm, đã ký quyết định này.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ Hà Nội. Bộ trưởng Nguyễn Văn Sơn đã ký quyết định "
                     "này.");
    STATUS(r, "Nguyễn Văn Sơn", "Bộ trưởng", "current");
    json_decref(r);
}

/* A term after a comma ("…, nhiệm kỳ 2011-2016,", "khóa XVIII, nhiệm kỳ
 * 2010-2015"): closed before the article's year, former; the running
 * term changes nothing. */
static void test_term_after_comma(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình, Phó Chủ tịch UBND "
                             "tỉnh Quảng Nam, nhiệm kỳ 2011-2016, chịu trách nhiệm chính.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Kỷ luật ông Trần Văn Bình, Phó Bí thư Tỉnh ủy "
                     "Quảng Nam khóa XVIII, nhiệm kỳ 2010-2015.");
    STATUS(r, "Trần Văn Bình", "Phó Bí thư Tỉnh ủy Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy "
        "Quảng Nam khóa XVIII nhiệm kỳ 2010-2015 chịu trách nhiệm chính.");
    STATUS(r, "Trần Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Kỷ luật ông Trần Văn Bình, Phó Bí thư Tỉnh ủy "
                     "Quảng Nam khóa XIX, nhiệm kỳ 2015-2020.");
    STATUS(r, "Trần Văn Bình", "Phó Bí thư Tỉnh ủy Quảng Nam", "current");
    json_decref(r);
}

/* The signer of a document dated two years or more before the article:
 * "do … ký ngày <date>" or "… ngày <date> do … ký" — former; a recent
 * signing stays held. */
static void test_signed_before(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Quyết định giao đất do ông Trần Văn "
                             "Bình, Chủ tịch UBND tỉnh Quảng Nam ký ngày 10/12/2012.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Quyết định số 123/QĐ-UBND ngày 10/12/2012 do "
                     "Phó Chủ tịch UBND tỉnh Quảng Nam Trần Văn Bình ký đã giao đất cho công ty.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Quyết định này do Bộ trưởng Bộ Y tế Nguyễn Văn "
                     "Sơn ký vào năm 2015.");
    STATUS(r, "Nguyễn Văn Sơn", "Bộ trưởng Bộ Y tế", "former");
    json_decref(r);
    /* left alone: signed this year or last, and a document's number */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Công văn số 508 do Phó Chủ tịch UBND tỉnh "
                     "Quảng Nam Trần Văn Bình ký ngày 15/5/2016 nêu rõ yêu cầu.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Văn bản số 24/2010/NĐ-CP do ông Trần Văn Bình, "
                     "Giám đốc Sở Nội vụ tỉnh Quảng Nam ký hôm qua.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Nội vụ tỉnh Quảng Nam", "current");
    json_decref(r);
}

/* A post just taken, told after it: "…, Bí thư Tỉnh ủy Quảng Nam vừa được
 * bầu, phát biểu" — appointed; "nhận nhiệm vụ" before a post too; "từng 2
 * lần làm" before a post — former. */
static void test_taken_and_counted(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Tại hội nghị, ông Trần Văn Bình, Bí "
                             "thư Tỉnh ủy Quảng Nam vừa được bầu, phát biểu nhận nhiệm vụ.");
    STATUS(r, "Trần Văn Bình", "Bí thư Tỉnh ủy Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Tại hội nghị, ông Trần Văn Bình, Bí thư Tỉnh "
                     "ủy Quảng Nam mới nhậm chức, phát biểu.");
    STATUS(r, "Trần Văn Bình", "Bí thư Tỉnh ủy Quảng Nam", "appointed");
    json_decref(r);
    /* left alone: the post held by one who has just been given another */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Quảng "
                     "Nam vừa được bổ nhiệm làm Thứ trưởng Bộ Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    STATUS(r, "Trần Văn Bình", "Thứ trưởng Bộ Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình chính thức nhận nhiệm vụ Giám "
                     "đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Phát biểu nhận nhiệm vụ, Giám đốc Sở Y tế Trần "
                     "Văn Bình cảm ơn lãnh đạo tỉnh.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình từng 2 lần làm Chủ tịch UBND "
                     "tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình từng hai lần giữ chức Chủ "
                     "tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
}

/* Changes of the past: a post held "đến khi nghỉ hưu", an appointment of
 * a defendant (the indictment's story), a change told next in a dated
 * story ("Năm 1965, … Sau đó, đồng chí được bầu làm …") — former. */
static void test_past_changes(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình giữ chức Giám đốc Sở "
                             "Y tế tỉnh Quảng Nam đến khi nghỉ hưu.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Theo cáo trạng, bị cáo Trần Văn Bình được bổ "
                     "nhiệm làm Giám đốc Công ty Cao su Quảng Nam. Lợi dụng chức vụ, Bình đã chỉ "
                     "đạo cấp dưới lập hồ sơ khống.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Công ty Cao su Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tin từ tỉnh. Đồng chí Trần Văn Bình sinh năm 1940. Năm 1965, "
        "đồng chí tham gia cách mạng. Sau đó, đồng chí được bầu làm Chủ tịch UBND tỉnh "
        "Quảng Nam. Tiếp đó, đồng chí được bổ nhiệm làm Bộ trưởng Bộ Y tế.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    STATUS(r, "Trần Văn Bình", "Bộ trưởng Bộ Y tế", "former");
    json_decref(r);
    /* left alone: a story of this year, the post held after a sequel
     * opening, and an appointment of one who is no defendant */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ngày 10/5/2017, HĐND tỉnh họp bất thường. Sau "
                     "đó, ông Trần Văn Bình được bầu làm Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Năm 2010, ông Trần Văn Bình về công tác tại "
                     "tỉnh. Sau đó, ông là Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Theo quyết định, ông Trần Văn Bình được bổ "
                     "nhiệm làm Giám đốc Công ty Cao su Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Công ty Cao su Quảng Nam", "appointed");
    json_decref(r);
}

/* A post dated by an act of the story ("thời điểm ký quyết định"), a
 * period after the name a post opens, a time clause of a past event
 * before the holder ("Khi xảy ra vụ việc, ông A là …") — former; verbs of
 * promotion and taking office ("đề bạt", "thăng chức", "nhận chức",
 * "tiếp quản") — appointed. */
static void test_then_and_taken(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình – Chủ tịch UBND tỉnh "
                             "Quảng Nam thời điểm ký quyết định – đã bị kỷ luật.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Dưới sự lãnh đạo của Bí thư Tỉnh ủy Trần Văn "
                     "Bình giai đoạn 2010-2015, tỉnh phát triển mạnh.");
    STATUS(r, "Trần Văn Bình", "Bí thư Tỉnh ủy", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Khi xảy ra vụ việc, ông Trần Văn Bình là Chủ "
                     "tịch UBND xã Điện Hòa.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND xã Điện Hòa", "former");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tin từ tỉnh. Tại thời điểm xảy ra sai phạm, ông Trần Văn Bình "
        "giữ chức Chủ tịch UBND xã Điện Hòa.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND xã Điện Hòa", "former");
    json_decref(r);
    /* left alone: the speaker at a recent event, a running term after the
     * name, the time of a question */
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Khi xảy ra vụ cháy, ông Trần Văn Bình, Chủ tịch "
                     "UBND quận Hải Châu đã có mặt.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND quận Hải Châu", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Dưới sự lãnh đạo của Bí thư Tỉnh ủy Trần Văn "
                     "Bình nhiệm kỳ 2015-2020, tỉnh phát triển mạnh.");
    STATUS(r, "Trần Văn Bình", "Bí thư Tỉnh ủy", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình được đề bạt làm Phó Giám đốc "
                     "Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình được thăng chức Phó Giám đốc "
                     "Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình chính thức nhận chức Giám đốc "
                     "Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tin từ tỉnh. Ông Trần Văn Bình tiếp quản vị trí Giám đốc Sở "
                     "Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
}

int main(void)
{
    test_held_then();
    test_predecessor();
    test_term_after_comma();
    test_signed_before();
    test_taken_and_counted();
    test_past_changes();
    test_then_and_taken();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
