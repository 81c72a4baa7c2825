/*
 * test_status_s21.c — the status and attribution rules of session 21
 * (issue 9): shapes of Vietnamese news that no rule read before.  Made-up
 * sentences of the corpus's shape (docs/EXTRACTION.md, "Status rules of
 * session 21"), each beside a sentence of the same shape the rule must
 * leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* A body's initials in parentheses after a post of the lexicon that ends
 * in the body ("Chủ tịch Ủy ban nhân dân (UBND) tỉnh …"), the initials
 * written without tones ("UBND" for "Ủy ban nhân dân"). */
static void test_paren_initials(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch Ủy ban nhân dân (UBND) tỉnh "
                             "Quảng Nam Trần Văn Bình phát biểu.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Chủ tịch Ủy ban nhân dân "
                     "(UBND) huyện Điện Bàn, cho biết dự án chậm.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch Ủy ban nhân dân huyện Điện Bàn", "current");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch Ủy ban nhân dân");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Phó Chủ tịch Ủy ban nhân dân (UBND) TP Hà Nội "
                     "Trần Văn Bình cho biết.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch Ủy ban nhân dân TP Hà Nội", "current");
    json_decref(r);
    /* left alone: a body and its initials with no post; letters that are
     * no initials */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tập đoàn Dầu khí Việt Nam (PVN) Trần Văn Bình "
                     "cho biết.");
    CHECK(json_array_size(json_object_get(r, "roles")) == 0);
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ủy ban nhân dân (UBND) tỉnh Quảng Nam Trần Văn "
                     "Bình cho biết.");
    CHECK(json_array_size(json_object_get(r, "roles")) == 0);
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch Ủy ban nhân dân (ABC) tỉnh Quảng Nam "
                     "Trần Văn Bình cho biết.");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam");
    json_decref(r);
}

/* Posts paired with the names listed before one appointing cue: each name
 * its own post, in order; a post with no body borrows the last one's when
 * it is that post's deputy or head ("Chủ tịch và Phó Chủ tịch HĐND …"). */
static void test_respective_posts(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình và ông Nguyễn Văn An "
                             "được bầu làm Chủ tịch và Phó Chủ tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch HĐND tỉnh Quảng Nam", "appointed");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "appointed");
    NO_ROLE(r, "Nguyễn Văn An", "Chủ tịch");
    NO_ROLE(r, "Trần Văn Bình", "Phó Chủ tịch HĐND tỉnh Quảng Nam");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình và ông Nguyễn Văn An lần lượt "
                     "thôi giữ chức Chủ tịch và Phó Chủ tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch HĐND tỉnh Quảng Nam", "ended");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "ended");
    json_decref(r);
    /* three names, three posts; no body lent across unlike heads */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Các ông Trần Văn Bình, Nguyễn Văn An và Lê Văn "
                     "Cường lần lượt được bầu làm Bí thư, Phó Bí thư và Ủy viên Ban Thường vụ "
                     "Tỉnh ủy Quảng Nam.");
    STATUS(r, "Lê Văn Cường", "Ủy viên Ban Thường vụ Tỉnh ủy Quảng Nam", "appointed");
    STATUS(r, "Trần Văn Bình", "Bí thư", "appointed");
    STATUS(r, "Nguyễn Văn An", "Phó Bí thư", "appointed");
    NO_ROLE(r, "Trần Văn Bình", "Bí thư Ban Thường vụ Tỉnh ủy Quảng Nam");
    json_decref(r);
    /* dated long before the article: each his own, former */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Trần Văn Bình và ông Nguyễn Văn An "
                     "được bầu làm Chủ tịch và Phó Chủ tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch HĐND tỉnh Quảng Nam", "former");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "former");
    NO_ROLE(r, "Trần Văn Bình", "Phó Chủ tịch HĐND tỉnh Quảng Nam");
    json_decref(r);
    /* left alone: one post for both, one name for both posts, more names
     * than posts */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình và ông Nguyễn Văn An được bầu "
                     "làm Phó Chủ tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "appointed");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình được bầu làm Chủ tịch và Phó "
                     "Chủ tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, ông Nguyễn Văn An và ông Lê "
                     "Văn Cường được bầu làm Chủ tịch và Phó Chủ tịch HĐND tỉnh Quảng Nam.");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch HĐND tỉnh Quảng Nam");
    NO_ROLE(r, "Nguyễn Văn An", "Chủ tịch HĐND tỉnh Quảng Nam");
    json_decref(r);
}

/* Names listed after a sentence-opening year share the post the timeline
 * gave the first: "Năm 2010, ông A và ông B được bổ nhiệm …" (both, former
 * in a 2017 article). */
static void test_dated_shared(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Trần Văn Bình và ông "
                             "Nguyễn Văn An được bổ nhiệm làm Phó Giám đốc Sở Y tế tỉnh Quảng "
                             "Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, các ông Trần Văn Bình, Nguyễn Văn An "
                     "được bầu làm Phó Chủ tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Hôm qua, ông Trần Văn Bình và ông Nguyễn Văn An "
                     "được bổ nhiệm làm Phó Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    /* left alone: a post of one holder at a time */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Trần Văn Bình, ông Nguyễn Văn An "
                     "được bầu làm Chủ tịch UBND tỉnh Quảng Nam.");
    NO_ROLE(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Quảng Nam");
    json_decref(r);
}

/* A dated sentence's post goes to the name right before its appointing
 * cue when another name opens the sentence ("Năm 2010, ông A cho biết ông
 * B được bầu …"), not to the agent of a passive. */
static void test_dated_cued_name(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Trần Văn Bình cho biết ông "
                             "Nguyễn Văn An được bầu làm Phó Chủ tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "former");
    NO_ROLE(r, "Trần Văn Bình", "Phó Chủ tịch HĐND tỉnh Quảng Nam");
    json_decref(r);
    /* left alone: the agent of a passive, the subject alone */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2015, ông Trần Văn Bình được Bộ trưởng khi "
                     "đó là ông Nguyễn Văn An bổ nhiệm làm Phó Cục trưởng Cục Hóa chất.");
    NO_ROLE(r, "Nguyễn Văn An", "Phó Cục trưởng Cục Hóa chất");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Trần Văn Bình được bầu làm Phó Chủ "
                     "tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "former");
    json_decref(r);
}

/* Vocabulary: "lúc / hồi làm", "hồi là" (former, as "khi làm");
 * "ngồi ghế (nóng)", "đảm nhận / đảm nhiệm cương vị" (links, as "là"). */
static void test_cue_words(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, lúc làm Giám đốc Sở Y "
                             "tế tỉnh Quảng Nam, đã ký nhiều hợp đồng.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Hồi làm Giám đốc Sở Y tế tỉnh Quảng Nam, ông Trần "
                     "Văn Bình đã ký nhiều hợp đồng.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình ngồi ghế nóng Giám đốc Sở Y tế "
                     "tỉnh Quảng Nam từ năm 2015.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình đảm nhận cương vị Giám đốc Sở Y "
                     "tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
    /* left alone: no post after the words */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình lúc làm việc tại Sở Y tế tỉnh "
                     "Quảng Nam đã ký nhiều hợp đồng.");
    CHECK(json_array_size(json_object_get(r, "roles")) == 0);
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình ngồi ghế chủ tọa cuộc họp.");
    CHECK(json_array_size(json_object_get(r, "roles")) == 0);
    json_decref(r);
}

/* A post named before its holder through "vừa / mới (được) bổ nhiệm / bầu
 * là": appointed. */
static void test_just_appointed_is(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Giám đốc Sở Y tế tỉnh Quảng Nam vừa được "
                             "bổ nhiệm là ông Trần Văn Bình.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Phó Chủ tịch HĐND tỉnh Quảng Nam mới được bầu là "
                     "bà Nguyễn Thị Hoa.");
    STATUS(r, "Nguyễn Thị Hoa", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    /* left alone: no name right after "là", the post's own holder before */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Giám đốc Sở Y tế tỉnh Quảng Nam vừa được bổ nhiệm "
                     "là người trẻ nhất, ông Trần Văn Bình cho biết.");
    NO_ROLE(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Lê Văn Cường, Giám đốc Sở Y tế tỉnh Quảng Nam "
                     "vừa được bổ nhiệm, phát biểu.");
    STATUS(r, "Lê Văn Cường", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
}

int main(void)
{
    test_paren_initials();
    test_respective_posts();
    test_dated_shared();
    test_dated_cued_name();
    test_cue_words();
    test_just_appointed_is();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
