/*
 * test_status_s26.c — the status rules of session 26 (issue 9), each on
 * made-up sentences of the shapes the held-out misses name (appointment
 * and leaving verbs before a post), beside ones of the same shape that
 * must be left alone.  docs/EXTRACTION.md ("Status rules of session 26") describes each
 * rule with the same sentences.
 */
#include "tx_check.h"

#include <string.h>

/* "giữ chức Vụ trưởng Vụ Kế hoạch": the longest cue "giữ chức vụ" took the
 * post's first word and the post was lost; the shorter cue under it ends
 * where the post starts.  Its status is the longer cue's ("đang giữ chức
 * vụ" is held, as "đang giữ chức" is). */
static void test_cue_under_post(void)
{
    json_t *r = tx_check_run("Ông Trần Văn Bình giữ chức Vụ trưởng Vụ Kế hoạch.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch", "appointed");
    json_decref(r);
    r = tx_check_run("Bộ trưởng Nguyễn Văn An trao quyết định bổ nhiệm ông Trần Văn Bình giữ chức "
                     "Vụ trưởng Vụ Kế hoạch - Tài chính.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch - Tài chính", "appointed");
    STATUS(r, "Nguyễn Văn An", "Bộ trưởng", "current");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Bình, người đang giữ chức Vụ trưởng Vụ Kế hoạch, cho biết.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch", "current");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Bình thôi giữ chức Vụ trưởng Vụ Kế hoạch.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch", "ended");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Bình từng giữ chức Vụ trưởng Vụ Kế hoạch.");
    STATUS(r, "Trần Văn Bình", "Vụ trưởng Vụ Kế hoạch", "former");
    json_decref(r);
    /* left alone: "chức vụ" before another post is the whole cue */
    r = tx_check_run("Ông Trần Văn Bình giữ chức vụ Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Bình thôi giữ chức vụ Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "ended");
    json_decref(r);
}

/* The act's time after a post in a parenthesis, as without one: "(thời
 * điểm ký quyết định)", "(tại thời điểm xảy ra vụ việc)", "(thời điểm
 * năm 2012)" date the post by the story's act or a past year: former. */
static void test_act_time_parenthesis(void)
{
    static const char *const past[] = {
        "Hà Nội, 12/03/2017 15:23\nÔng Nguyễn Văn An, Phó Chủ tịch UBND tỉnh (thời điểm ký "
        "quyết định), bị kỷ luật.",
        "Hà Nội, 12/03/2017 15:23\nÔng Nguyễn Văn An, Phó Chủ tịch UBND tỉnh (tại thời điểm "
        "xảy ra vụ việc), bị kỷ luật.",
        "Hà Nội, 12/03/2017 15:23\nÔng Nguyễn Văn An, Phó Chủ tịch UBND tỉnh (thời điểm năm "
        "2012), bị kỷ luật.",
        "Hà Nội, 12/03/2017 15:23\nÔng Nguyễn Văn An, Phó Chủ tịch UBND tỉnh (vào thời điểm "
        "tháng 5/2015), bị kỷ luật."};
    for (size_t k = 0; k < sizeof past / sizeof past[0]; k++) {
        json_t *r = tx_check_run(past[k]);
        STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "former");
        json_decref(r);
    }
    /* left alone: the article's own month, a photo note, the present */
    static const char *const held[] = {
        "Hà Nội, 12/03/2017 15:23\nÔng Nguyễn Văn An, Phó Chủ tịch UBND tỉnh (thời điểm tháng "
        "3/2017), phát biểu.",
        "Hà Nội, 12/03/2017 15:23\nÔng Nguyễn Văn An, Phó Chủ tịch UBND tỉnh (ảnh), phát biểu.",
        "Hà Nội, 12/03/2017 15:23\nÔng Nguyễn Văn An, Phó Chủ tịch UBND tỉnh (thời điểm hiện "
        "tại), phát biểu."};
    for (size_t k = 0; k < sizeof held / sizeof held[0]; k++) {
        json_t *r = tx_check_run(held[k]);
        STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "current");
        json_decref(r);
    }
}

/* A past post before a run of bare names that ends the clause is each
 * name's: a post of one holder has had many ("nguyên Tổng Bí thư A, B;
 * …").  A name with a post of its own after it ends no clause. */
static void test_former_name_run(void)
{
    json_t *r = tx_check_run("Tới dự có Tổng Bí thư Nguyễn Phú Trọng, nguyên Tổng Bí thư Lê Khả "
                             "Phiêu, Nông Đức Mạnh; Chủ tịch nước Trần Đại Quang; nguyên Chủ tịch "
                             "Quốc hội Nguyễn Văn An, Nguyễn Sinh Hùng.");
    STATUS(r, "Nguyễn Phú Trọng", "Tổng Bí thư", "current");
    STATUS(r, "Lê Khả Phiêu", "Tổng Bí thư", "former");
    STATUS(r, "Nông Đức Mạnh", "Tổng Bí thư", "former");
    STATUS(r, "Trần Đại Quang", "Chủ tịch nước", "current");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch Quốc hội", "former");
    STATUS(r, "Nguyễn Sinh Hùng", "Chủ tịch Quốc hội", "former");
    json_decref(r);
    r = tx_check_run("Tới dự có nguyên Chủ tịch nước Trần Đức Lương và Nguyễn Minh Triết.");
    STATUS(r, "Trần Đức Lương", "Chủ tịch nước", "former");
    STATUS(r, "Nguyễn Minh Triết", "Chủ tịch nước", "former");
    json_decref(r);
    /* the clause's verb after the run; the chain's past posts */
    r = tx_check_run("Nguyên Chủ tịch Quốc hội Nguyễn Văn An và Nguyễn Sinh Hùng cùng dự buổi "
                     "lễ.");
    STATUS(r, "Nguyễn Sinh Hùng", "Chủ tịch Quốc hội", "former");
    json_decref(r);
    r = tx_check_run("Dự có nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước Nguyễn Minh Triết, "
                     "Trương Tấn Sang.");
    STATUS(r, "Nguyễn Minh Triết", "Ủy viên Bộ Chính trị", "former");
    STATUS(r, "Nguyễn Minh Triết", "Chủ tịch nước", "former");
    STATUS(r, "Trương Tấn Sang", "Ủy viên Bộ Chính trị", "former");
    STATUS(r, "Trương Tấn Sang", "Chủ tịch nước", "former");
    json_decref(r);
    /* left alone: the second name's own post after it, a held post, a run
     * that goes on into another post, a name with an honorific, a held
     * post of the chain */
    r = tx_check_run("Nguyên Giám đốc Sở Y tế Nguyễn Văn An, ông Trần Văn Bình cho biết sẽ dự.");
    NO_ROLE(r, "Trần Văn Bình", "Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run("Dự có Ủy viên Bộ Chính trị, nguyên Chủ tịch nước Nguyễn Minh Triết, Trương "
                     "Tấn Sang.");
    STATUS(r, "Trương Tấn Sang", "Chủ tịch nước", "former");
    NO_ROLE(r, "Trương Tấn Sang", "Ủy viên Bộ Chính trị");
    json_decref(r);
    r = tx_check_run("Tới dự có nguyên Giám đốc Sở Y tế Nguyễn Văn An, Trần Văn Bình, Phó Giám "
                     "đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế", "current");
    NO_ROLE(r, "Trần Văn Bình", "Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run("Tới dự có Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến, Nguyễn Văn Bình.");
    NO_ROLE(r, "Nguyễn Văn Bình", "Bộ trưởng Bộ Y tế");
    json_decref(r);
    r = tx_check_run("Tới dự có nguyên Tổng Bí thư Lê Khả Phiêu, Nông Đức Mạnh, Chủ tịch nước "
                     "Trần Đại Quang.");
    NO_ROLE(r, "Nông Đức Mạnh", "Tổng Bí thư");
    json_decref(r);
}

/* A post an apposition says is held now ("nay là", "hiện là", "hiện đang
 * là") stays current in a sentence set years before the article. */
static void test_now_apposition(void)
{
    static const char *const now[] = {
        "Hà Nội, 12/03/2017 15:23\nNăm 2010, ông Nguyễn Văn An, nay là Bộ trưởng Bộ Y tế, ký "
        "quyết định.",
        "Hà Nội, 12/03/2017 15:23\nNăm 2010, ông Nguyễn Văn An, hiện đang là Bộ trưởng Bộ Y tế, "
        "ký quyết định.",
        "Hà Nội, 12/03/2017 15:23\nNăm 2010, ông Nguyễn Văn An (nay là Bộ trưởng Bộ Y tế) ký "
        "quyết định."};
    for (size_t k = 0; k < sizeof now / sizeof now[0]; k++) {
        json_t *r = tx_check_run(now[k]);
        STATUS(r, "Nguyễn Văn An", "Bộ trưởng Bộ Y tế", "current");
        json_decref(r);
    }
    /* the post then stays former beside it; a plain link or apposition of
     * the dated sentence is the post then */
    json_t *r = tx_check_run("Hà Nội, 12/03/2017 15:23\nNăm 2010, ông Nguyễn Văn An, Giám đốc Sở "
                             "Y tế (nay là Bộ trưởng Bộ Y tế), ký quyết định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    STATUS(r, "Nguyễn Văn An", "Bộ trưởng Bộ Y tế", "current");
    json_decref(r);
    r = tx_check_run("Hà Nội, 12/03/2017 15:23\nNăm 2010, ông Nguyễn Văn An là Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    r = tx_check_run("Hà Nội, 12/03/2017 15:23\nNăm 2010, ông Nguyễn Văn An, Giám đốc Sở Y tế, ký "
                     "quyết định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    json_decref(r);
}

int main(void)
{
    test_cue_under_post();
    test_act_time_parenthesis();
    test_former_name_run();
    test_now_apposition();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
