/*
 * test_lists_s26.c — the attribution and recall rules of session 26 (issue
 * 9, lists helper).  Made-up sentences of the corpus's shape
 * (docs/EXTRACTION.md, "Lists, bodies and durations of session 26"), each
 * beside a sentence of the same shape the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "POST A, POST', POST'' đều …", "POST A, POST' và POST''": a list of
 * officials of whom only the first is named — the later posts are the
 * unnamed others', not A's apposition. */
static void test_officials_list(void)
{
    json_t *r = tx_check_run("Phó Thủ tướng Trần Văn Minh, Viện trưởng VKSNDTC, Bộ trưởng Bộ "
                             "Công an đều nói rằng vụ án sẽ được xử lý nghiêm.");
    HAS_ROLE(r, "Trần Văn Minh", "Phó Thủ tướng");
    NO_ROLE(r, "Trần Văn Minh", "Viện trưởng VKSNDTC");
    NO_ROLE(r, "Trần Văn Minh", "Bộ trưởng Bộ Công an");
    CHECK(tx_check_nroles(r) == 1);
    json_decref(r);
    r = tx_check_run("Dự hội nghị có Phó Thủ tướng Lê Văn Hòa, Chánh án TANDTC và Bộ trưởng Bộ "
                     "Tư pháp.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Thủ tướng");
    NO_ROLE(r, "Lê Văn Hòa", "Chánh án TANDTC");
    NO_ROLE(r, "Lê Văn Hòa", "Bộ trưởng Bộ Tư pháp");
    json_decref(r);
    r = tx_check_run("Phó Thủ tướng Lê Văn Hòa, Chánh án TANDTC cùng Bộ trưởng Bộ Tư pháp đã "
                     "kiểm tra công tác thi hành án.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Thủ tướng");
    NO_ROLE(r, "Lê Văn Hòa", "Chánh án TANDTC");
    json_decref(r);
    r = tx_check_run("Phó Thủ tướng Lê Văn Hòa, Chánh án TANDTC đều nhất trí.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Thủ tướng");
    NO_ROLE(r, "Lê Văn Hòa", "Chánh án TANDTC");
    json_decref(r);
    /* left alone: titles before a name (the real chain); the postfix after
     * "ông A"; a titled name's own apposition; a rank before the name and
     * a named post after "và"; "cùng" and a plural */
    r = tx_check_run("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Hải phát biểu.");
    HAS_ROLE(r, "Hoàng Văn Hải", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Hoàng Văn Hải", "Bí thư Thành ủy Hà Nội");
    json_decref(r);
    r = tx_check_run("Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Nghệ An, cho biết sẽ kiểm tra.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh Nghệ An");
    json_decref(r);
    r = tx_check_run("Phó Thủ tướng Trần Văn Minh, Trưởng Ban Chỉ đạo phòng, chống tội phạm của "
                     "Chính phủ đề nghị Chánh án TANDTC, Viện trưởng VKSNDTC xem xét.");
    HAS_ROLE(r, "Trần Văn Minh", "Phó Thủ tướng");
    HAS_ROLE(r, "Trần Văn Minh", "Trưởng Ban Chỉ đạo phòng, chống tội phạm");
    NO_ROLE(r, "Trần Văn Minh", "Chánh án TANDTC");
    json_decref(r);
    r = tx_check_run("Đại tướng Ngô Văn Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng và Ủy "
                     "viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Hải đồng chủ trì.");
    HAS_ROLE(r, "Ngô Văn Lịch", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Ngô Văn Lịch", "Bộ trưởng Bộ Quốc phòng");
    HAS_ROLE(r, "Hoàng Văn Hải", "Bí thư Thành ủy Hà Nội");
    json_decref(r);
    r = tx_check_run("Phó Thủ tướng Vũ Văn Đam, Trưởng Ban Chỉ đạo cùng các thành viên đã kiểm "
                     "tra.");
    HAS_ROLE(r, "Vũ Văn Đam", "Trưởng Ban Chỉ đạo");
    json_decref(r);
}

/* A foreign party's name runs over its capitalised compounds: "Tự do"
 * (orgwords.tsv: "do" alone is a stop word), and "Anh" after a body is the
 * state when no capitalised word (a name) follows it. */
static void test_party_names(void)
{
    json_t *r =
        tx_check_run("Ông John Smith, Tổng thư ký Đảng Dân chủ Tự do Nhật Bản, cho biết hai "
                     "nước sẽ tăng cường hợp tác.");
    HAS_ROLE(r, "John Smith", "Tổng thư ký Đảng Dân chủ Tự do Nhật Bản");
    json_decref(r);
    r = tx_check_run("Tổng thư ký Đảng Tự do Hàn Quốc Kim Min-soo thăm Việt Nam.");
    HAS_ROLE(r, "Kim Min-soo", "Tổng thư ký Đảng Tự do Hàn Quốc");
    json_decref(r);
    r = tx_check_run("Ông John Smith, Chủ tịch Đảng Bảo thủ Anh, cho biết sẽ ứng cử.");
    HAS_ROLE(r, "John Smith", "Chủ tịch Đảng Bảo thủ Anh");
    json_decref(r);
    r = tx_check_run("Ông John Smith, Bộ trưởng Quốc phòng Anh cho biết sẽ ứng cử.");
    HAS_ROLE(r, "John Smith", "Bộ trưởng Quốc phòng Anh");
    json_decref(r);
    /* left alone: the parties already read; "Anh" before a name */
    r = tx_check_run("Ông John Smith, Phó Chủ tịch Đảng Dân chủ Xã hội Đức, cho biết.");
    HAS_ROLE(r, "John Smith", "Phó Chủ tịch Đảng Dân chủ Xã hội Đức");
    json_decref(r);
    r = tx_check_run("Chủ tịch Đảng Cộng hòa Mỹ John Smith phát biểu.");
    HAS_ROLE(r, "John Smith", "Chủ tịch Đảng Cộng hòa Mỹ");
    json_decref(r);
    r = tx_check_run("Thủ tướng Anh Theresa May cho biết.");
    HAS_ROLE(r, "Theresa May", "Thủ tướng Anh");
    json_decref(r);
}

/* A post ends before a duration: "suốt N năm", "trong N năm", "N năm
 * liền", "gần hai nhiệm kỳ". */
static void test_duration_ends_post(void)
{
    json_t *r = tx_check_run("Ông Trần Văn Minh, Chủ tịch Hội Nông dân tỉnh suốt 8 năm, cho biết.");
    HAS_ROLE(r, "Trần Văn Minh", "Chủ tịch Hội Nông dân tỉnh");
    NO_ROLE(r, "Trần Văn Minh", "Chủ tịch Hội Nông dân tỉnh suốt");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Minh là Chủ tịch UBND xã 3 năm liền.");
    HAS_ROLE(r, "Trần Văn Minh", "Chủ tịch UBND xã");
    NO_ROLE(r, "Trần Văn Minh", "Chủ tịch UBND xã 3");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Minh, Phó Giám đốc Trung tâm y tế trong 5 năm, cho biết.");
    HAS_ROLE(r, "Trần Văn Minh", "Phó Giám đốc Trung tâm y tế");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Minh, Bí thư Đảng ủy xã gần hai nhiệm kỳ, cho biết.");
    HAS_ROLE(r, "Trần Văn Minh", "Bí thư Đảng ủy xã");
    json_decref(r);
    /* left alone: a ward's number; a ward's number before a date */
    r = tx_check_run("Ông Trần Văn Minh, Chủ tịch UBND phường 3, cho biết.");
    HAS_ROLE(r, "Trần Văn Minh", "Chủ tịch UBND phường 3");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Minh, Chủ tịch UBND phường 3 năm 2017, cho biết.");
    HAS_ROLE(r, "Trần Văn Minh", "Chủ tịch UBND phường 3");
    json_decref(r);
}

/* "còn làm" / "còn là" after a name or its postfix chain: a post held
 * too (current); after "khi" / "thời" it is a former one; "không còn"
 * gives none. */
static void test_con_lam(void)
{
    json_t *r = tx_check_run("Ông Trần Văn Minh, Phó Chủ tịch UBND tỉnh Nghệ An, còn làm Giám đốc "
                             "Sở Tài chính.");
    HAS_ROLE(r, "Trần Văn Minh", "Phó Chủ tịch UBND tỉnh Nghệ An");
    HAS_ROLE(r, "Trần Văn Minh", "Giám đốc Sở Tài chính");
    STATUS(r, "Trần Văn Minh", "Giám đốc Sở Tài chính", "current");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Minh còn làm Giám đốc Sở Tài chính.");
    STATUS(r, "Trần Văn Minh", "Giám đốc Sở Tài chính", "current");
    json_decref(r);
    r = tx_check_run("Bà Lê Thị Hoa, Giám đốc Sở Y tế, còn là Chủ tịch Hội Điều dưỡng tỉnh.");
    STATUS(r, "Lê Thị Hoa", "Chủ tịch Hội Điều dưỡng tỉnh", "current");
    json_decref(r);
    r = tx_check_run("Khi còn làm Giám đốc Sở Tài chính, ông Trần Văn Minh đã ký nhiều quyết "
                     "định.");
    STATUS(r, "Trần Văn Minh", "Giám đốc Sở Tài chính", "former");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Minh, Phó Chủ tịch UBND tỉnh Nghệ An, khi còn làm Giám đốc Sở "
                     "Tài chính đã ký nhiều quyết định.");
    STATUS(r, "Trần Văn Minh", "Phó Chủ tịch UBND tỉnh Nghệ An", "current");
    STATUS(r, "Trần Văn Minh", "Giám đốc Sở Tài chính", "former");
    json_decref(r);
    r = tx_check_run("Trong thời ông Trần Văn Minh còn làm Cục trưởng Cục Nghệ thuật biểu diễn, "
                     "nhiều vụ việc xảy ra.");
    STATUS(r, "Trần Văn Minh", "Cục trưởng Cục Nghệ thuật biểu diễn", "former");
    json_decref(r);
    /* left alone: "không còn" (no longer) gives no current post */
    r = tx_check_run("Ông Trần Văn Minh không còn làm Giám đốc Sở Tài chính.");
    CHECK(tx_check_status(r, "Trần Văn Minh", "Giám đốc Sở Tài chính") == NULL ||
          strcmp(tx_check_status(r, "Trần Văn Minh", "Giám đốc Sở Tài chính"), "current") != 0);
    json_decref(r);
}

/* Lists of "POST NAME" items (lists2 helper): a "và" inside the run of
 * posts before the next name closes the previous item, so the posts
 * before it are the previous name's apposition; and a bare post right
 * before a person-like look-alike ("Chủ tịch Hồ Chí Minh", the man the
 * lexicon keeps from the people) is no one else's. */
static void test_list_items(void)
{
    json_t *r = tx_check_run("Thủ tướng Trần Văn Minh, Chủ tịch Hội đồng Thi đua - Khen thưởng "
                             "Trung ương và Phó Thủ tướng Lê Văn Hòa đã dự lễ.");
    HAS_ROLE(r, "Trần Văn Minh", "Thủ tướng");
    HAS_ROLE(r, "Trần Văn Minh", "Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Thủ tướng");
    NO_ROLE(r, "Lê Văn Hòa", "Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương");
    json_decref(r);
    r = tx_check_run("Bộ trưởng Trần Văn Minh, Ủy viên Bộ Chính trị và Bí thư Tỉnh ủy Lê Văn "
                     "Hòa dự họp.");
    HAS_ROLE(r, "Trần Văn Minh", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Lê Văn Hòa", "Bí thư Tỉnh ủy");
    NO_ROLE(r, "Lê Văn Hòa", "Ủy viên Bộ Chính trị");
    json_decref(r);
    r = tx_check_run("Tổng Bí thư Trường Chinh, Chủ tịch Hồ Chí Minh, Phó Thủ tướng Phạm Văn "
                     "Đồng đã đến thăm.");
    HAS_ROLE(r, "Trường Chinh", "Tổng Bí thư");
    NO_ROLE(r, "Trường Chinh", "Chủ tịch");
    HAS_ROLE(r, "Phạm Văn Đồng", "Phó Thủ tướng");
    json_decref(r);
    r = tx_check_run("Tổng Bí thư Trần Văn Minh, Chủ tịch Hồ Chí Minh và Thủ tướng Lê Văn Hòa "
                     "đến thăm.");
    NO_ROLE(r, "Trần Văn Minh", "Chủ tịch");
    HAS_ROLE(r, "Lê Văn Hòa", "Thủ tướng");
    json_decref(r);
    r = tx_check_run("Đồng chí Trần Văn Minh dâng hương tưởng niệm Chủ tịch Hồ Chí Minh. Sáng "
                     "nay, đồng chí đến thăm.");
    NO_ROLE(r, "Trần Văn Minh", "Chủ tịch");
    json_decref(r);
    /* left alone: the chain before a name, with or without a list item
     * before it (commas only); the postfix after "ông A"; a post whose
     * place is a look-alike of two syllables ("Bí thư Hà Nội") */
    r = tx_check_run("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Hải phát biểu.");
    HAS_ROLE(r, "Hoàng Văn Hải", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Hoàng Văn Hải", "Bí thư Thành ủy Hà Nội");
    json_decref(r);
    r = tx_check_run("Phó Thủ tướng Trần Văn Minh, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội "
                     "Hoàng Văn Hải phát biểu.");
    HAS_ROLE(r, "Trần Văn Minh", "Phó Thủ tướng");
    NO_ROLE(r, "Trần Văn Minh", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Hoàng Văn Hải", "Ủy viên Bộ Chính trị");
    HAS_ROLE(r, "Hoàng Văn Hải", "Bí thư Thành ủy Hà Nội");
    json_decref(r);
    r = tx_check_run("Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Nghệ An, cho biết sẽ kiểm tra.");
    HAS_ROLE(r, "Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh Nghệ An");
    json_decref(r);
    r = tx_check_run("Ông Lê Văn Hòa, Bí thư Hà Nội, cho biết sẽ kiểm tra.");
    HAS_ROLE(r, "Lê Văn Hòa", "Bí thư Hà Nội");
    json_decref(r);
    r = tx_check_run("Tổng Bí thư Trần Văn Minh, Chủ tịch nước Lê Văn Hòa, Thủ tướng Phạm Văn "
                     "Đồng dự lễ.");
    HAS_ROLE(r, "Trần Văn Minh", "Tổng Bí thư");
    HAS_ROLE(r, "Lê Văn Hòa", "Chủ tịch nước");
    NO_ROLE(r, "Trần Văn Minh", "Chủ tịch nước");
    HAS_ROLE(r, "Phạm Văn Đồng", "Thủ tướng");
    json_decref(r);
}

int main(void)
{
    test_officials_list();
    test_party_names();
    test_duration_ends_post();
    test_con_lam();
    test_list_items();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
