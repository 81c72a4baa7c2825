/*
 * test_status_s23.c — the status and attribution rules of session 23
 * (issue 9): shapes of Vietnamese news that no rule read before.  Made-up
 * sentences of the corpus's shape (docs/EXTRACTION.md, "Status rules of
 * session 23"), each beside a sentence of the same shape the rule must
 * leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* An active appointing cue in a dated sentence: "Năm 2017, Bộ Y tế bổ
 * nhiệm ông A làm …" — the post after the cue's object and its link is
 * the object's, and a change when the year is the article's own. */
static void test_active_dated_change(void)
{
    /* a body appoints: the news in the article's year */
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, Bộ Y tế bổ nhiệm ông Trần Văn "
                             "Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tháng 3/2017, UBND tỉnh Quảng Nam bổ nhiệm ông "
                     "Trần Văn Bình làm Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, HĐND tỉnh bầu bà Nguyễn Thị Hoa làm "
                     "Phó Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Nguyễn Thị Hoa", "Phó Chủ tịch UBND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    /* a named person appoints: the post is the object's, not the
     * sentence's first name's */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, Bộ trưởng Bộ Y tế Nguyễn Văn An bổ "
                     "nhiệm ông Trần Văn Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Nguyễn Văn An", "Bộ trưởng Bộ Y tế", "current");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Bệnh viện Bạch Mai");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Nguyễn Văn An bổ nhiệm ông Trần "
                     "Văn Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Bệnh viện Bạch Mai");
    json_decref(r);
    /* an old year: both history (former), the post still the object's */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, Bộ trưởng Bộ Y tế Nguyễn Văn An bổ "
                     "nhiệm ông Trần Văn Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "former");
    NO_ROLE(r, "Nguyễn Văn An", "Giám đốc Bệnh viện Bạch Mai");
    json_decref(r);
    /* left alone: the previous year (background, still held); the passive
     * voice (session 22); the cue in another sense, no post after a link;
     * the undated sentence */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2016, Bộ Y tế bổ nhiệm ông Trần Văn Bình "
                     "làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Trần Văn Bình được bổ nhiệm làm "
                     "Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Trần Văn Bình là Giám đốc Bệnh "
                     "viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Bộ trưởng Bộ Y tế Nguyễn Văn An bổ nhiệm ông "
                     "Trần Văn Bình làm Giám đốc Bệnh viện Bạch Mai.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "appointed");
    STATUS(r, "Nguyễn Văn An", "Bộ trưởng Bộ Y tế", "current");
    json_decref(r);
}

/* A dated sentence's post that opens another name is that name's: "Năm
 * 2010, ông A gặp Bộ trưởng Bộ Y tế B và được bổ nhiệm …" gave A the
 * minister's post too. */
static void test_dated_post_opens_name(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, Bộ Y tế cử ông Trần Văn Bình "
                             "làm việc với Giám đốc Bệnh viện Bạch Mai Lê Văn Cường.");
    NO_ROLE(r, "Trần Văn Bình", "Giám đốc Bệnh viện Bạch Mai");
    HAS_ROLE(r, "Lê Văn Cường", "Giám đốc Bệnh viện Bạch Mai");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Trần Văn Bình gặp Bộ trưởng Bộ Y "
                     "tế Lê Văn Cường và được bổ nhiệm làm Giám đốc Sở Y tế.");
    NO_ROLE(r, "Trần Văn Bình", "Bộ trưởng Bộ Y tế");
    HAS_ROLE(r, "Lê Văn Cường", "Bộ trưởng Bộ Y tế");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Trần Văn Bình được bổ nhiệm làm "
                     "Giám đốc Sở Y tế, thay Giám đốc Sở Nội vụ Lê Văn Cường.");
    NO_ROLE(r, "Trần Văn Bình", "Giám đốc Sở Nội vụ");
    HAS_ROLE(r, "Lê Văn Cường", "Giám đốc Sở Nội vụ");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2009, bà Nguyễn Thị Hoa, khi đó giữ chức "
                     "Ngoại trưởng Mỹ, yêu cầu Ngoại trưởng Nga Sergei Lavrov dừng bán vũ khí.");
    NO_ROLE(r, "Nguyễn Thị Hoa", "Ngoại trưởng Nga");
    json_decref(r);
    /* left alone: the post of the sentence's own subject, opened by it;
     * a post given through a link before the next name */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, Giám đốc Sở Y tế Trần Văn Bình được "
                     "bổ nhiệm làm Phó Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "former");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Trần Văn Bình được bầu làm Chủ "
                     "tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "appointed");
    json_decref(r);
}

/* A sentence-opening "trước khi" clause with no comma before its main
 * clause: "Trước khi nghỉ hưu ông A là Giám đốc Sở Y tế" — the post he held
 * then (former), as with the comma. */
static void test_prior_no_comma(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trước khi nghỉ hưu ông Trần Văn Bình là "
                             "Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trước khi về hưu bà Nguyễn Thị Hoa là Phó Chủ "
                     "tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Nguyễn Thị Hoa", "Phó Chủ tịch UBND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trước khi được bổ nhiệm làm Giám đốc Sở Y tế "
                     "ông Trần Văn Bình là Phó Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    /* left alone: the comma (as before); no post after the copula; a post
     * of a name the clause does not end at; an act before the main clause */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trước khi nghỉ hưu, ông Trần Văn Bình là Giám "
                     "đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trước khi nghỉ hưu ông Trần Văn Bình là người "
                     "rất nghiêm khắc.");
    CHECK(json_array_size(json_object_get(r, "roles")) == 0);
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Trước khi bế mạc hội nghị Giám đốc Sở Y tế tỉnh "
                     "Quảng Nam Trần Văn Bình phát biểu.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
}

/* A name governed inside an apposition ("của", "dưới thời") is not the
 * subject of the predicate after it: "Ông A, cựu trợ lý Bộ trưởng Tư pháp
 * dưới thời Tổng thống B, sẽ làm Giám đốc FBI" — the post to come is A's
 * (appointed: the gold has no nominee status). */
static void test_apposition_head(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, cựu trợ lý Bộ trưởng "
                             "Tư pháp dưới thời Tổng thống George Bush, sẽ làm Giám đốc FBI.");
    STATUS(r, "Trần Văn Bình", "Giám đốc FBI", "appointed");
    NO_ROLE(r, "George Bush", "Giám đốc FBI");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, bạn của ông Lê Văn Cường, sẽ "
                     "làm Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    NO_ROLE(r, "Lê Văn Cường", "Giám đốc Sở Y tế tỉnh Quảng Nam");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, trợ lý của Bộ trưởng Lê Văn "
                     "Cường, được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    STATUS(r, "Lê Văn Cường", "Bộ trưởng", "current");
    NO_ROLE(r, "Lê Văn Cường", "Giám đốc Sở Y tế tỉnh Quảng Nam");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, con trai ông Lê Văn Cường, "
                     "được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    NO_ROLE(r, "Lê Văn Cường", "Giám đốc Sở Y tế tỉnh Quảng Nam");
    json_decref(r);
    /* left alone: the apposition written name last ("Vợ của ông A, bà B,
     * …": B's); a plain apposition with no governed name; "theo" */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Con trai của ông Lê Văn Cường, ông Trần Văn "
                     "Bình, được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    NO_ROLE(r, "Lê Văn Cường", "Giám đốc Sở Y tế tỉnh Quảng Nam");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Phó Giám đốc Sở Y tế, được "
                     "bổ nhiệm làm Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Theo ông Lê Văn Cường, ông Trần Văn Bình sẽ làm "
                     "Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    NO_ROLE(r, "Lê Văn Cường", "Giám đốc Sở Y tế tỉnh Quảng Nam");
    json_decref(r);
}

int main(void)
{
    test_active_dated_change();
    test_dated_post_opens_name();
    test_prior_no_comma();
    test_apposition_head();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
