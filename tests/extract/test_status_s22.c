/*
 * test_status_s22.c — the status and attribution rules of session 22
 * (issue 9): shapes of Vietnamese news that no rule read before.  Made-up
 * sentences of the corpus's shape (docs/EXTRACTION.md, "Status rules of
 * session 22"), each beside a sentence of the same shape the rule must
 * leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* A list "POST NAME, POST NAME, …": each post goes to the name right after
 * it, and a chain of posts joined by commas before a name is that name's
 * whole chain, even when a name a post introduced stands before it. */
static void test_prefixed_list(void)
{
    /* one post an item, abbreviated bodies, "và" before the last item */
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tỉnh họp. Dự hội nghị có Phó Thủ tướng Nguyễn Văn An, "
                     "Viện trưởng VKSND tối cao Trần Văn Bình, Chánh án TAND tối cao Lê "
                     "Văn Cường và Chủ tịch UBND TP Hà Nội Phạm Văn Dũng.");
    STATUS(r, "Nguyễn Văn An", "Phó Thủ tướng", "current");
    STATUS(r, "Trần Văn Bình", "Viện trưởng VKSND tối cao", "current");
    STATUS(r, "Lê Văn Cường", "Chánh án TAND tối cao", "current");
    STATUS(r, "Phạm Văn Dũng", "Chủ tịch UBND TP Hà Nội", "current");
    NO_ROLE(r, "Nguyễn Văn An", "Viện trưởng VKSND tối cao");
    NO_ROLE(r, "Trần Văn Bình", "Chánh án TAND tối cao");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Phó Chủ tịch HĐND tỉnh Quảng Nam Nguyễn Văn An, "
                     "Chủ tịch Ủy ban MTTQ tỉnh Trần Văn Bình, Ủy viên BCH Đảng bộ tỉnh Lê Văn "
                     "Cường cùng dự.");
    HAS_ROLE(r, "Nguyễn Văn An", "Phó Chủ tịch HĐND tỉnh Quảng Nam");
    CHECK(tx_check_role(r, "Trần Văn Bình", "Chủ tịch Ủy ban MTTQ tỉnh") ||
          tx_check_role(r, "Trần Văn Bình", "Chủ tịch Ủy ban MTTQ tỉnh Quảng Nam"));
    NO_ROLE(r, "Nguyễn Văn An", "Chủ tịch Ủy ban MTTQ tỉnh");
    NO_ROLE(r, "Nguyễn Văn An", "Chủ tịch Ủy ban MTTQ tỉnh Quảng Nam");
    NO_ROLE(r, "Trần Văn Bình", "Ủy viên BCH Đảng bộ tỉnh");
    json_decref(r);
    /* a chain of several posts before the next name is that name's */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Phó Thủ tướng Nguyễn Văn An, Ủy viên Bộ Chính "
                     "trị, Bí thư Thành ủy Hà Nội Trần Văn Bình cùng dự.");
    STATUS(r, "Nguyễn Văn An", "Phó Thủ tướng", "current");
    STATUS(r, "Trần Văn Bình", "Ủy viên Bộ Chính trị", "current");
    STATUS(r, "Trần Văn Bình", "Bí thư Thành ủy Hà Nội", "current");
    NO_ROLE(r, "Nguyễn Văn An", "Ủy viên Bộ Chính trị");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy Quảng "
                     "Nam Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn Bình và "
                     "Ủy viên Trung ương Đảng, Viện trưởng VKSND tối cao Lê Văn Cường cùng dự.");
    HAS_ROLE(r, "Nguyễn Văn An", "Ủy viên BCH Trung ương Đảng");
    HAS_ROLE(r, "Nguyễn Văn An", "Bí thư Tỉnh ủy Quảng Nam");
    HAS_ROLE(r, "Trần Văn Bình", "Phó Bí thư Tỉnh ủy Quảng Nam");
    HAS_ROLE(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam");
    HAS_ROLE(r, "Lê Văn Cường", "Ủy viên Trung ương Đảng");
    HAS_ROLE(r, "Lê Văn Cường", "Viện trưởng VKSND tối cao");
    NO_ROLE(r, "Nguyễn Văn An", "Phó Bí thư Tỉnh ủy Quảng Nam");
    json_decref(r);
    /* a foreign guest's name before a Vietnamese holder's chain */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Nhận lời mời của Bộ trưởng Ngoại giao Ấn Độ "
                     "Sushma Swaraj, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình An đã thăm "
                     "chính thức Ấn Độ.");
    HAS_ROLE(r, "Phạm Bình An", "Phó Thủ tướng");
    HAS_ROLE(r, "Phạm Bình An", "Bộ trưởng Ngoại giao");
    NO_ROLE(r, "Sushma Swaraj", "Phó Thủ tướng Ấn Độ");
    NO_ROLE(r, "Sushma Swaraj", "Phó Thủ tướng");
    json_decref(r);
    /* left alone: an apposition closed by a comma is the name's before
     * it; a name with no post before it keeps its apposition; "NAME, POST"
     * items */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Bí thư Tỉnh ủy Nguyễn Văn An, Chủ tịch HĐND "
                     "tỉnh, cho biết dự án chậm.");
    HAS_ROLE(r, "Nguyễn Văn An", "Bí thư Tỉnh ủy");
    HAS_ROLE(r, "Nguyễn Văn An", "Chủ tịch HĐND tỉnh");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch "
                     "UBND tỉnh Quảng Nam cùng dự.");
    HAS_ROLE(r, "Nguyễn Văn An", "Phó Bí thư Tỉnh ủy Quảng Nam");
    HAS_ROLE(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh Quảng Nam");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tham dự có ông Nguyễn Văn An, Phó Thủ tướng, ông "
                     "Trần Văn Bình, Viện trưởng VKSND tối cao.");
    HAS_ROLE(r, "Nguyễn Văn An", "Phó Thủ tướng");
    HAS_ROLE(r, "Trần Văn Bình", "Viện trưởng VKSND tối cao");
    NO_ROLE(r, "Nguyễn Văn An", "Viện trưởng VKSND tối cao");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Phó Thủ tướng Nguyễn Văn An, Thượng tướng Trần "
                     "Văn Bình, Thứ trưởng Bộ Quốc phòng cùng dự.");
    HAS_ROLE(r, "Nguyễn Văn An", "Phó Thủ tướng");
    HAS_ROLE(r, "Trần Văn Bình", "Thứ trưởng Bộ Quốc phòng");
    NO_ROLE(r, "Nguyễn Văn An", "Thứ trưởng Bộ Quốc phòng");
    json_decref(r);
    /* foreign spellings: each item its own */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Đại sứ Nhật Bản Umeda Kunio, Phó Thủ tướng Nguyễn "
                     "Văn An, Bộ trưởng Ngoại giao Nga Sergei Lavrov cùng dự.");
    HAS_ROLE(r, "Nguyễn Văn An", "Phó Thủ tướng");
    HAS_ROLE(r, "Sergei Lavrov", "Bộ trưởng Ngoại giao Nga");
    NO_ROLE(r, "Nguyễn Văn An", "Bộ trưởng Ngoại giao Nga");
    NO_ROLE(r, "Umeda Kunio", "Phó Thủ tướng");
    json_decref(r);
}

/* An era named by its holder ("dưới thời POST NAME"): the post is that
 * holder's, past or not by the sentence's own time; the holder is not the
 * sentence's subject, and a post after the cue with no name of its own is
 * nobody's. */
static void test_era_holder(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, dưới thời Chủ tịch UBND tỉnh Lê "
                             "Văn Cường, ông Trần Văn Bình được bổ nhiệm làm Giám đốc Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "former");
    STATUS(r, "Lê Văn Cường", "Chủ tịch UBND tỉnh", "former");
    NO_ROLE(r, "Lê Văn Cường", "Giám đốc Sở Y tế");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh");
    json_decref(r);
    /* not past by itself */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Dưới thời Chủ tịch UBND tỉnh Lê Văn Cường, nhiều "
                     "dự án được duyệt.");
    STATUS(r, "Lê Văn Cường", "Chủ tịch UBND tỉnh", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Dưới thời Chủ tịch UBND tỉnh Lê Văn Cường "
                     "(2005-2010), nhiều dự án được duyệt.");
    STATUS(r, "Lê Văn Cường", "Chủ tịch UBND tỉnh", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Dưới thời Chủ tịch UBND tỉnh Lê Văn Cường, ông "
                     "Trần Văn Bình được bổ nhiệm làm Giám đốc Sở Y tế.");
    STATUS(r, "Lê Văn Cường", "Chủ tịch UBND tỉnh", "current");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    /* a post after the cue with no holder named is nobody's */
    r = tx_check_run("Ngày 7/6/2017, Mỹ họp. Dưới thời cựu Tổng thống Bush, ông Christopher Wray "
                     "được biết đến với vai trò giám sát các cuộc điều tra.");
    NO_ROLE(r, "Christopher Wray", "Tổng thống");
    json_decref(r);
    /* left alone: "thời" in another sense, the subject's own post */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Giám đốc Sở Y tế, cho biết "
                     "thời gian tới sẽ kiểm tra.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch UBND tỉnh Lê Văn Cường cho biết dưới "
                     "thời kinh tế khó khăn, tỉnh vẫn tăng thu.");
    STATUS(r, "Lê Văn Cường", "Chủ tịch UBND tỉnh", "current");
    json_decref(r);
}

/* A change dated in the article's own year and told through a clause cue
 * and a link ("Năm 2017, ông A được bổ nhiệm làm …" in a 2017 article) is
 * news, as the same sentence undated is. */
static void test_own_year_change(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Trần Văn Bình được bổ nhiệm "
                             "làm Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tháng 3/2017, bà Nguyễn Thị Hoa được bầu làm Phó "
                     "Chủ tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Nguyễn Thị Hoa", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    /* left alone: an earlier year (background, held), a post held through
     * "là", an old year (former) */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2016, ông Trần Văn Bình được bổ nhiệm làm "
                     "Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2017, ông Trần Văn Bình là Giám đốc Sở Y tế "
                     "tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Trần Văn Bình được bổ nhiệm làm "
                     "Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
}

int main(void)
{
    test_prefixed_list();
    test_era_holder();
    test_own_year_change();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
