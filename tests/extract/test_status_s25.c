/*
 * test_status_s25.c — the status rules of session 25 (issue 9): shapes of
 * Vietnamese news that were misread.  Made-up sentences of the corpus's
 * shape (docs/EXTRACTION.md, "Status rules of session 25"), each beside a
 * sentence of the same shape the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* A predecessor cue (status.tsv where=predecessor): "A, người tiền nhiệm
 * của ông B ở cương vị X" — A held X, B holds it. */
static void test_predecessor(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, người tiền nhiệm của "
                             "ông Trần Văn Bình ở cương vị Giám đốc Sở Y tế, cho biết dự án đã "
                             "được phê duyệt.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An - người tiền nhiệm của ông Trần "
                     "Văn Bình trên cương vị Chủ tịch UBND tỉnh - cho biết.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh", "former");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, người tiền nhiệm ông Trần Văn "
                     "Bình ở vị trí Giám đốc Sở Y tế, đã nghỉ hưu.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    /* left alone: the successor's apposition, a post of the subject's
     * own, the cue with no post after the name */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, người kế nhiệm ông Trần Văn "
                     "Bình ở cương vị Giám đốc Sở Y tế, cho biết.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "appointed");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "ended");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Giám đốc Sở Y tế, cho biết "
                     "người tiền nhiệm của ông là ông Trần Văn Bình.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    NO_ROLE(r, "Trần Văn Bình", "Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Giám đốc Sở Y tế, gửi lời cảm ơn "
        "tới người tiền nhiệm là ông Trần Văn Bình.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
}

/* A post held "(trong N năm) trước khi nghỉ hưu / về hưu" — held before
 * its holder retired: former, as "… cho đến khi nghỉ hưu" is. */
static void test_before_retiring(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An làm Giám đốc Sở Y tế "
                             "trong 10 năm trước khi nghỉ hưu.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An là Giám đốc Sở Y tế trước khi "
                     "về hưu.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Bà Nguyễn Thị Hoa giữ chức Phó Chủ tịch UBND tỉnh "
                     "trong 8 năm, trước khi nghỉ hưu.");
    STATUS(r, "Nguyễn Thị Hoa", "Phó Chủ tịch UBND tỉnh", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Giám đốc Sở Y tế trước khi "
                     "nghỉ hưu, cho biết.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    /* left alone: "trước khi" after the clause's verb (the act's time), a
     * span and no retiring, the appointment that follows */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Giám đốc Sở Y tế, phát biểu "
                     "trước khi bế mạc hội nghị.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Giám đốc Sở Y tế Nguyễn Văn An kiểm tra bệnh viện "
                     "trước khi nghỉ hưu.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An làm Giám đốc Sở Y tế trước khi "
                     "nghỉ hưu vào năm 2019.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An làm Giám đốc Sở Y tế trong 10 "
                     "năm qua.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An là Giám đốc Sở Y tế trước khi "
                     "được bổ nhiệm làm Phó Chủ tịch UBND tỉnh.");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "appointed");
    json_decref(r);
}

/* A dated sentence whose post is held by links alone to a later name: the
 * one handed the work, not the giver ("bàn giao … cho ông B làm X"). */
static void test_handover(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tháng 5/2017, ông Nguyễn Văn An bàn giao "
                             "công việc cho ông Trần Văn Bình làm Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Nguyễn Văn An bàn giao cho ông Trần "
                     "Văn Bình làm Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "former");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tháng 5/2017, ông Nguyễn Văn An đề nghị ông Trần "
                     "Văn Bình làm Giám đốc Sở Y tế.");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An bàn giao công việc cho ông Trần "
                     "Văn Bình làm Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Sở Y tế");
    json_decref(r);
    /* left alone: the subject's own post, a successor, names listed with
     * the subject, the agent of a passive */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tháng 5/2017, ông Nguyễn Văn An được bổ nhiệm làm "
                     "Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Nguyễn Văn An thay ông Trần Văn Bình "
                     "làm Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "appointed");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "ended");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Nguyễn Văn An và ông Trần Văn Bình "
                     "làm Phó Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Nguyễn Văn An được ông Trần Văn Bình "
                     "giới thiệu làm Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    json_decref(r);
}

/* A stage or a term opening a sentence, then a short name ("Giai đoạn
 * 2006-2011, ông An làm …"): a period like the full name's, former. */
static void test_period_short_name(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An bị kỷ luật. Giai đoạn "
                             "2006-2011, ông An làm Bí thư Ban cán sự đảng, Chủ tịch Hội đồng quản "
                             "trị Tổng công ty Sông Đà rồi Bí thư Đảng ủy, Chủ tịch Hội đồng thành "
                             "viên Tổng công ty Sông Đà.");
    STATUS(r, "Nguyễn Văn An", "Bí thư Ban cán sự đảng", "former");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch Hội đồng quản trị Tổng công ty Sông Đà", "former");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch Hội đồng thành viên Tổng công ty Sông Đà", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Bà Nguyễn Thị Hoa bị kỷ luật. Nhiệm kỳ 2010-2015, "
                     "bà Hoa là Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Thị Hoa", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    /* left alone: a term still served, a term and no holder */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Bà Nguyễn Thị Hoa phát biểu. Nhiệm kỳ 2016-2021, "
                     "bà Hoa là Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Thị Hoa", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Giai đoạn 2006-2011, Tỉnh ủy đã lãnh đạo tốt. Giám "
                     "đốc Sở Y tế Nguyễn Văn An cho biết.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
}

/* "Trong thời gian giữ cương vị X, Y, đồng chí A": every post the cue
 * lists is of that past time, with "đồng chí" as with "bà". */
static void test_during_list(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trong thời gian giữ cương vị Ủy viên Ban "
                             "Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Quảng Nam, đồng chí Nguyễn "
                             "Thị Hoa đã có các vi phạm.");
    STATUS(r, "Nguyễn Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy Quảng Nam", "former");
    STATUS(r, "Nguyễn Thị Hoa", "Phó Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trong thời gian giữ cương vị Ủy viên Ban "
                     "Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Quảng Nam, bà Nguyễn Thị Hoa đã "
                     "có các vi phạm.");
    STATUS(r, "Nguyễn Thị Hoa", "Phó Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    /* left alone: another person's post later in the sentence; a post the
     * holder's apposition gives before "trong thời gian giữ chức vụ này" */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trong thời gian giữ cương vị Ủy viên Ban "
                     "Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Quảng Nam, đồng chí Nguyễn "
                     "Thị Hoa đã gặp Chủ tịch UBND tỉnh Trần Văn Bình.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Giám đốc Sở Y tế, Phó Chủ tịch "
                     "UBND tỉnh, cho biết trong thời gian giữ chức vụ này ông đã làm nhiều việc.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh", "current");
    json_decref(r);
}

/* A background sentence with the copula the other way round, the post
 * first ("Trước đó, POST là ông A"): held then, former, as "Trước đó,
 * ông A là POST". */
static void test_background_post_first(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trước đó, Trưởng đoàn đại biểu Quốc hội "
                             "tỉnh Quảng Nam là ông Nguyễn Văn An.");
    STATUS(r, "Nguyễn Văn An", "Trưởng đoàn đại biểu Quốc hội tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trước đó, bà Nguyễn Thị Hoa là Chủ tịch UBND "
                     "tỉnh, còn Bí thư Tỉnh ủy là ông Nguyễn Văn An.");
    STATUS(r, "Nguyễn Thị Hoa", "Chủ tịch UBND tỉnh", "former");
    STATUS(r, "Nguyễn Văn An", "Bí thư Tỉnh ủy", "former");
    json_decref(r);
    /* left alone: no background, the present */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trưởng đoàn đại biểu Quốc hội tỉnh Quảng Nam là "
                     "ông Nguyễn Văn An.");
    STATUS(r, "Nguyễn Văn An", "Trưởng đoàn đại biểu Quốc hội tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Hiện nay, Giám đốc Sở Y tế là ông Nguyễn Văn An.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
}

/* A decision handed or received names a post taken: "trao quyết định cho
 * ông A (, POST,) làm X", "nhận quyết định làm X" (status.tsv:
 * "quyết định cho ông / bà / đồng chí" where=object, "nhận quyết định"
 * where=clause). */
static void test_decision(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. UBND tỉnh trao quyết định cho ông Nguyễn "
                             "Văn An làm Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Bà Nguyễn Thị Hoa trao quyết định cho ông Nguyễn "
                     "Văn An, Thành ủy viên, Chánh Văn phòng Thành ủy làm Bí thư Quận ủy Ba Đình.");
    STATUS(r, "Nguyễn Văn An", "Bí thư Quận ủy Ba Đình", "appointed");
    STATUS(r, "Nguyễn Văn An", "Chánh Văn phòng Thành ủy", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An nhận quyết định làm Giám đốc Sở "
                     "Y tế.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Phát biểu sau khi nhận quyết định làm Phó Trưởng Ban "
        "Tuyên giáo Trung ương, ông Nguyễn Văn An cho biết.");
    STATUS(r, "Nguyễn Văn An", "Phó Trưởng Ban Tuyên giáo Trung ương", "appointed");
    json_decref(r);
    /* left alone: an ending after the decision, the giver's own post, a
     * decision of another kind, a retirement */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Nếu Ủy ban Thường vụ Quốc hội quyết định cho ông "
                     "Nguyễn Văn An thôi làm đại biểu Quốc hội thì sẽ báo cáo.");
    STATUS(r, "Nguyễn Văn An", "đại biểu Quốc hội", "ended");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch UBND tỉnh Trần Văn Bình trao quyết định "
                     "cho ông Nguyễn Văn An.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Giám đốc Sở Y tế Nguyễn Văn An nhận quyết định "
                     "khen thưởng.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Giám đốc Sở Y tế, nhận quyết "
                     "định nghỉ hưu.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "ended");
    json_decref(r);
}

int main(void)
{
    test_predecessor();
    test_before_retiring();
    test_handover();
    test_period_short_name();
    test_during_list();
    test_background_post_first();
    test_decision();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
