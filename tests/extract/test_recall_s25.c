/*
 * test_recall_s25.c — the recall rules of session 25 (issue 9): shapes of
 * Vietnamese news the fresh batches 12 and 13 missed.  Made-up sentences
 * of the corpus's shape (docs/EXTRACTION.md, "Recall and precision of
 * session 25"), each beside a sentence of the same shape the rule must
 * leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* A body head that needs a name of its own (named_heads.tsv: "Trung tâm",
 * "Tập đoàn", "Thư viện") followed by lower-case words that run on: the
 * post is the role head alone, not the bare head as its body. */
static void test_named_head(void)
{
    json_t *r = tx_check_run("Trả lời báo chí, ông Nguyễn Văn An, Phó Giám đốc Trung tâm đăng "
                             "kiểm cho biết sẽ kiểm tra lại.");
    HAS_ROLE(r, "Nguyễn Văn An", "Phó Giám đốc");
    NO_ROLE(r, "Nguyễn Văn An", "Phó Giám đốc Trung tâm");
    json_decref(r);
    r = tx_check_run("Phóng viên đã liên hệ với ông Trần Văn Bình, Giám đốc Trung tâm đăng kiểm "
                     "và ông Lê Văn Cường, Phó Giám đốc Trung tâm đăng kiểm nhưng không được "
                     "trả lời.");
    HAS_ROLE(r, "Trần Văn Bình", "Giám đốc");
    HAS_ROLE(r, "Lê Văn Cường", "Phó Giám đốc");
    NO_ROLE(r, "Trần Văn Bình", "Giám đốc Trung tâm");
    json_decref(r);
    r = tx_check_run("Theo ông Phạm Văn Dũng, Phó Tổng Giám đốc Công ty phát điện 1, nhà máy "
                     "vẫn chạy.");
    HAS_ROLE(r, "Phạm Văn Dũng", "Phó Tổng Giám đốc");
    json_decref(r);
    /* left alone: the head with its capitalised name; the bare head
     * before a verb (the body the article named before); a body that is
     * complete by itself ("Tỉnh ủy") before a lower-case word */
    r = tx_check_run("Ông Nguyễn Văn An, Giám đốc Trung tâm Y tế huyện Duy Xuyên, cho biết "
                     "sẽ kiểm tra.");
    HAS_ROLE(r, "Nguyễn Văn An", "Giám đốc Trung tâm Y tế huyện Duy Xuyên");
    json_decref(r);
    r = tx_check_run("Ông Nguyễn Văn An, Giám đốc Trung tâm cho biết sẽ kiểm tra.");
    HAS_ROLE(r, "Nguyễn Văn An", "Giám đốc Trung tâm");
    json_decref(r);
    r = tx_check_run("Ông Nguyễn Văn An, Phó Bí thư Tỉnh ủy thăm hỏi bà con vùng lũ.");
    HAS_ROLE(r, "Nguyễn Văn An", "Phó Bí thư Tỉnh ủy");
    json_decref(r);
}

/* "HLV trưởng" is a role head (roles.tsv); a team by its age group, one
 * capital letter glued to a short number ("U20", "U23"), is the post's
 * body like an abbreviation and its number ("PC45"). */
static void test_coach(void)
{
    json_t *r = tx_check_run("Ngày 5/6, HLV trưởng Nguyễn Văn An đã khẳng định điều đó.");
    HAS_ROLE(r, "Nguyễn Văn An", "HLV trưởng");
    json_decref(r);
    r = tx_check_run("Ngày 5/6, HLV trưởng U20 Việt Nam Nguyễn Văn An đã khẳng định điều đó.");
    HAS_ROLE(r, "Nguyễn Văn An", "HLV trưởng U20 Việt Nam");
    json_decref(r);
    r = tx_check_run("Sau giải, HLV trưởng đội tuyển U20 Việt Nam - Nguyễn Văn An, đã khẳng "
                     "định đây là nòng cốt của đội.");
    HAS_ROLE(r, "Nguyễn Văn An", "HLV trưởng đội tuyển U20 Việt Nam");
    json_decref(r);
    r = tx_check_run("Ngày 5/6, HLV U23 Nguyễn Văn An đã khẳng định điều đó.");
    HAS_ROLE(r, "Nguyễn Văn An", "HLV U23");
    json_decref(r);
    /* left alone: a team's captain holds no post; a bare "HLV" stays */
    r = tx_check_run("Ngày 5/6, đội trưởng U23 Việt Nam Nguyễn Văn An đã khẳng định điều đó.");
    CHECK(tx_check_nroles(r) == 0);
    json_decref(r);
    r = tx_check_run("Ngày 5/6, HLV Nguyễn Văn An đã khẳng định điều đó.");
    HAS_ROLE(r, "Nguyễn Văn An", "HLV");
    json_decref(r);
}

/* An item of a list that ';' separates: the names before the item's post
 * all hold it ("B và C, Phó Giám đốc;"), as after a plural. */
static void test_semicolon_list(void)
{
    json_t *r = tx_check_run(
        "Ngày 31/5, cơ quan điều tra đã bắt tạm giam 4 lãnh đạo Công ty TNHH Hòa Bình, gồm: "
        "Phạm Văn An, Giám đốc; Lê Văn Bình và Vũ Đình Cường, Phó Giám đốc; Hoàng Thị Dung, Kế "
        "toán trưởng.");
    HAS_ROLE(r, "Phạm Văn An", "Giám đốc");
    HAS_ROLE(r, "Lê Văn Bình", "Phó Giám đốc");
    HAS_ROLE(r, "Vũ Đình Cường", "Phó Giám đốc");
    HAS_ROLE(r, "Hoàng Thị Dung", "Kế toán trưởng");
    json_decref(r);
    r = tx_check_run("Tham dự có: Lê Văn Bình và Vũ Đình Cường, Phó Giám đốc Sở Y tế; Hoàng Thị "
                     "Dung, Kế toán trưởng.");
    HAS_ROLE(r, "Lê Văn Bình", "Phó Giám đốc Sở Y tế");
    HAS_ROLE(r, "Vũ Đình Cường", "Phó Giám đốc Sở Y tế");
    json_decref(r);
    /* left alone: "A và B, POST" in running text (B's apposition), and
     * after ':' with no ';' closing the item */
    r = tx_check_run("Dự họp có ông Lê Văn Bình và ông Vũ Đình Cường, Phó Giám đốc Sở Y tế.");
    HAS_ROLE(r, "Vũ Đình Cường", "Phó Giám đốc Sở Y tế");
    NO_ROLE(r, "Lê Văn Bình", "Phó Giám đốc Sở Y tế");
    json_decref(r);
    r = tx_check_run("Đoàn gồm: Lê Văn Bình và Vũ Đình Cường, Phó Giám đốc Sở Y tế, cùng nhiều "
                     "cán bộ.");
    NO_ROLE(r, "Lê Văn Bình", "Phó Giám đốc Sở Y tế");
    json_decref(r);
}

/* "Khu Quản lý" opens a body's name (org_heads.tsv), as "Ban Quản lý"
 * does: its lower-case name and number go on the post. */
static void test_khu_quan_ly(void)
{
    json_t *r = tx_check_run("Ông Nguyễn Văn An, Giám đốc Khu Quản lý giao thông đô thị số 1 "
                             "cho biết, cầu vượt được thiết kế lại.");
    HAS_ROLE(r, "Nguyễn Văn An", "Giám đốc Khu Quản lý giao thông đô thị số 1");
    json_decref(r);
    /* left alone: a residential "khu" is no body */
    r = tx_check_run("Ông Nguyễn Văn An, Trưởng ban Ban Quản lý khu đô thị mới cho biết, cầu "
                     "vượt được thiết kế lại.");
    HAS_ROLE(r, "Nguyễn Văn An", "Trưởng ban Ban Quản lý khu đô thị mới");
    json_decref(r);
}

/* A bare "ông" / "bà" opening a relative clause of place ("nơi ông …")
 * is the article's subject, as one opening a clause is. */
static void test_where_pronoun(void)
{
    json_t *r = tx_check_run("Ông Nguyễn Văn An đã tiếp xúc cử tri TP Trà Vinh. Đây là nơi ông "
                             "đã ứng cử và trúng cử vào vị trí Đại biểu Quốc hội.");
    HAS_ROLE(r, "Nguyễn Văn An", "Đại biểu Quốc hội");
    json_decref(r);
    r = tx_check_run("Ông Nguyễn Văn An về thăm huyện Duy Xuyên, nơi ông từng giữ chức Bí thư "
                     "Huyện ủy.");
    HAS_ROLE(r, "Nguyễn Văn An", "Bí thư Huyện ủy");
    json_decref(r);
    /* left alone: another named person after "nơi ông" */
    r = tx_check_run("Ông Nguyễn Văn An về thăm huyện Duy Xuyên, nơi ông Trần Văn Bình làm Bí "
                     "thư Huyện ủy.");
    HAS_ROLE(r, "Trần Văn Bình", "Bí thư Huyện ủy");
    NO_ROLE(r, "Nguyễn Văn An", "Bí thư Huyện ủy");
    json_decref(r);
}

/* A foreign holder's post of a body of many states (intl_bodies.tsv) never
 * takes the state the article gives its holder. */
static void test_intl_body(void)
{
    json_t *r = tx_check_run("Bức thư gửi Tổng Thư ký Liên Hợp Quốc Antonio Guterres có đoạn "
                             "viết. Ngài Antonio Guterres (nguyên Thủ tướng Bồ Đào Nha) là Tổng "
                             "thư ký mới của LHQ.");
    HAS_ROLE(r, "Antonio Guterres", "Tổng Thư ký Liên Hợp Quốc");
    NO_ROLE(r, "Antonio Guterres", "Tổng Thư ký Liên Hợp Quốc Bồ Đào Nha");
    HAS_ROLE(r, "Antonio Guterres", "Thủ tướng Bồ Đào Nha");
    json_decref(r);
    /* left alone: a post of a state takes its holder's state */
    r = tx_check_run("Bộ trưởng Quốc phòng James Mattis đến Hà Nội. Ông James Mattis (Mỹ) "
                     "cho biết sẽ hợp tác.");
    NO_ROLE(r, "James Mattis", "Bộ trưởng Quốc phòng Liên Hợp Quốc");
    json_decref(r);
}

int main(void)
{
    test_named_head();
    test_coach();
    test_semicolon_list();
    test_khu_quan_ly();
    test_where_pronoun();
    test_intl_body();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
