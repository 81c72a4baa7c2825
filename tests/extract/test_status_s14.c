/*
 * test_status_s14.c — the status rules of session 14 (issue 9): a change
 * told by the verbs around a post, and a past told by the words around its
 * holder.  Made-up sentences of the shapes the corpus writes (the real one
 * of each rule is quoted in docs/EXTRACTION.md, "Status rules of session
 * 14"), each with a sentence the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* A post a passive clause cue and a link introduce, whose holder the name
 * after the clause is: "Sau khi được bầu làm POST, ông A …" — appointed;
 * not when the sentence is dated (background) or the cue is no passive
 * (the object of another verb). */
static void test_taken_before_holder(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh tổ chức kỳ họp. Sau khi được bầu làm Chủ tịch "
                             "UBND tỉnh Nam Định, ông Nguyễn Văn An phát biểu nhận nhiệm vụ.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Nam Định", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh tổ chức hội nghị. Ngay sau khi nhận quyết định của Bộ "
                     "Chính trị phân công làm Bí thư Tỉnh ủy Nam Định, ông Nguyễn Văn An đã có "
                     "những chia sẻ đầu tiên.");
    STATUS(r, "Nguyễn Văn An", "Bí thư Tỉnh ủy Nam Định", "appointed");
    json_decref(r);
    /* dated: a change long before the article */
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Từ năm 2010 đến nay, sau khi được bầu làm Chủ "
                     "tịch UBND xã Hải Anh, ông Nguyễn Văn An chưa từng vắng họp.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND xã Hải Anh", "current");
    json_decref(r);
    /* no passive: the post is talked about */
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Từng thiếu điều kiện để bổ nhiệm làm Giám đốc "
                     "Sở Y tế tỉnh Nam Định, ông Nguyễn Văn An vẫn được chọn.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "current");
    json_decref(r);
}

/* "trao quyết định bổ nhiệm POST cho NAME": the decision names the post,
 * then whom it is handed to — appointed for that name; the one handing it
 * over keeps his own post. */
static void test_decision_handed(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, ông Lê Văn Bình, Bộ trưởng Bộ Y tế đã trao quyết "
                             "định bổ nhiệm Thứ trưởng Bộ Y tế cho ông Nguyễn Văn An.");
    STATUS(r, "Nguyễn Văn An", "Thứ trưởng Bộ Y tế", "appointed");
    STATUS(r, "Lê Văn Bình", "Bộ trưởng Bộ Y tế", "current");
    json_decref(r);
    /* no decision: "bổ nhiệm" with no name after it gives nothing */
    r = tx_check_run("Ngày 12/5/2017, Bộ trưởng Bộ Y tế Lê Văn Bình đề nghị bổ nhiệm Thứ trưởng "
                     "Bộ Y tế trong tháng tới.");
    NO_ROLE(r, "Lê Văn Bình", "Thứ trưởng Bộ Y tế");
    STATUS(r, "Lê Văn Bình", "Bộ trưởng Bộ Y tế", "current");
    json_decref(r);
}

/* A retirement closing the holder's postfix chain ("ông A, POST trước khi
 * nghỉ hưu, cho biết"): the post held until then, former; not a retirement
 * still to come. */
static void test_until_retirement(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Nam Định "
                             "trước khi nghỉ hưu, cho biết dự án đã chậm.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Nam Định trước "
                     "khi nghỉ hưu vào năm 2019, sẽ bàn giao dự án.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "current");
    json_decref(r);
    /* the sentence-opening "Trước khi nghỉ hưu, …" stays the prior clause */
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Trước khi nghỉ hưu, ông Nguyễn Văn An là Giám "
                     "đốc Sở Y tế tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "former");
    json_decref(r);
}

/* A past frame after one preposition of time ("Vào thời điểm đó, …",
 * "Tại thời điểm đó, …"); "Trong khi đó, …" (meanwhile) is no frame. */
static void test_frame_preposition(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Vào thời điểm đó, ông Nguyễn Văn An là "
                             "Chủ tịch UBND xã Hải Anh.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND xã Hải Anh", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Trong khi đó, ông Nguyễn Văn An, Chủ tịch UBND "
                     "xã Hải Anh, cho biết dự án đã chậm.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND xã Hải Anh", "current");
    json_decref(r);
}

/* "từng được bầu / bổ nhiệm (giữ chức)": once appointed, former; "vừa được
 * bổ nhiệm giữ chức" stays the news. */
static void test_once_appointed(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Nguyễn Văn An từng được bầu làm Chủ "
                             "tịch UBND tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Nam Định", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Nguyễn Văn An từng được bổ nhiệm giữ chức "
                     "Giám đốc Sở Y tế tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Nguyễn Văn An vừa được bổ nhiệm giữ chức "
                     "Giám đốc Sở Y tế tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "appointed");
    json_decref(r);
}

/* "giữ chức danh" is "giữ chức" (the post was not read); "A trở thành
 * POST" a post taken, not of a pronoun in a career ("ông trở thành …");
 * "POST thời điểm năm 2012" held at that point, former. */
static void test_taken_and_point(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, HĐND tỉnh Nam Định đã bầu ông Nguyễn Văn An giữ chức "
                             "danh Chủ tịch UBND tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Nam Định", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Nguyễn Văn An trở thành Chủ tịch UBND tỉnh "
                     "Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Nam Định", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An là Bí thư Tỉnh ủy Nam Định. Tháng 9 năm "
                     "đó, ông trở thành Chủ tịch Hội Nông dân tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch Hội Nông dân tỉnh Nam Định", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Nam "
                     "Định thời điểm năm 2012, đã ký quyết định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Nam "
                     "Định thời điểm tháng 5/2017, đã ký quyết định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "current");
    json_decref(r);
}

/* A clause cue, a count, then a post a list shares: "bổ nhiệm 2 Phó Giám
 * đốc Sở Y tế gồm ông A và ông B" — appointed for each; "có 2 Phó Giám đốc
 * …" (no cue) stays held.  "từng trên cương vị / nắm giữ chức vụ": former. */
static void test_counted_and_once_held(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, UBND tỉnh Nam Định trao quyết định bổ nhiệm 2 Phó "
                             "Giám đốc Sở Y tế gồm ông Nguyễn Văn An và ông Lê Văn Bình.");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế", "appointed");
    STATUS(r, "Lê Văn Bình", "Phó Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Sở Y tế tỉnh Nam Định có 2 Phó Giám đốc Sở Y "
                     "tế là ông Nguyễn Văn An và ông Lê Văn Bình.");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Nguyễn Văn An từng trên cương vị Phó Chủ "
                     "tịch Thường trực UBND tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch Thường trực UBND tỉnh Nam Định", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Nguyễn Văn An từng nắm giữ chức vụ Giám "
                     "đốc Sở Y tế tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "former");
    json_decref(r);
}

int main(void)
{
    test_taken_before_holder();
    test_decision_handed();
    test_until_retirement();
    test_frame_preposition();
    test_once_appointed();
    test_taken_and_point();
    test_counted_and_once_held();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
