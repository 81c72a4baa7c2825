/*
 * test_status_s16.c — the status rules of session 16 (issue 9): a post
 * written with a term of the National Assembly or the Party whose next
 * term has opened ("đại biểu Quốc hội khóa XIII" in 2021), an auxiliary
 * between a name and its link ("sẽ đảm nhận chức vụ", "cũng là"), and a
 * pronoun after a time that opens its clause with no comma ("Trước đó ông
 * là …", "Năm 2006 ông là …", "…, trước đó ông là …").  Real sentences of
 * the development split where it has them (quoted in docs/EXTRACTION.md,
 * "Status rules of session 16"), with a sentence of the same shape each
 * rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* A post written with its term: former once the body's next term opened
 * by the article's day (conf/lexicon/term_numbers.tsv); held before. */
static void test_post_term(void)
{
    /* politics/00027 (dantri, 27 April 2021) */
    json_t *r = tx_check_run(
        "# doc_id = news_society_022\n# date = 20210427\n"
        "3 trong 9 người tự ứng cử là đại biểu Quốc hội đương nhiệm\n"
        "Theo danh sách, trong số 9 người tự ứng cử lần này, có 2 doanh nhân là bà Khương Thị "
        "Mai, Giám đốc điều hành công ty TNHH nhôm Namsung Việt Nam, tự ứng cử tại Nam Định và "
        "ông Trần Khắc Tâm - Tổng Giám đốc Công ty TNHH Trần Liên Hưng, tự ứng cử tại Sóc Trăng. "
        "Ông Tâm là đại biểu Quốc hội khóa XIII.");
    STATUS(r, "Trần Khắc Tâm", "đại biểu Quốc hội", "former");
    json_decref(r);
    /* the same before the next term opened (20 July 2016): held */
    r = tx_check_run("Ngày 12/5/2016, ông Trần Khắc Tâm tự ứng cử tại Sóc Trăng. Ông Tâm là đại "
                     "biểu Quốc hội khóa XIII.");
    STATUS(r, "Trần Khắc Tâm", "đại biểu Quốc hội", "current");
    json_decref(r);
    /* the Party's terms; a list of terms is judged by its last */
    r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An, Ủy viên Ban Chấp hành Trung ương Đảng "
                     "khóa XI, đã phát biểu. Ông Trần Văn Bình, Ủy viên Trung ương Đảng khóa X, "
                     "XI, XII, cũng có mặt.");
    STATUS(r, "Nguyễn Văn An", "Ủy viên Ban Chấp hành Trung ương Đảng", "former");
    STATUS(r, "Trần Văn Bình", "Ủy viên Trung ương Đảng", "current");
    json_decref(r);
    /* a people's council's terms are numbered in each province: no calendar */
    r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An, Chủ tịch HĐND tỉnh Đồng Nai khóa VIII, "
                     "phát biểu.");
    STATUS(r, "Nguyễn Văn An", "Chủ tịch HĐND tỉnh Đồng Nai", "current");
    json_decref(r);
}

/* With no date, a later term the article names as sitting ends the
 * earlier one; a term named by an election is one ahead and does not. */
static void test_post_term_named(void)
{
    json_t *r = tx_check_run("Tại kỳ họp thứ 3, Quốc hội khóa XIV, đại biểu Quốc hội khóa XIII "
                             "Nguyễn Văn An cho rằng cần sửa luật.");
    STATUS(r, "Nguyễn Văn An", "đại biểu Quốc hội", "former");
    json_decref(r);
    r = tx_check_run("Ông Nguyễn Văn An, đại biểu Quốc hội khóa XIV, tự ứng cử đại biểu Quốc hội "
                     "khóa XV tại Hà Nội.");
    STATUS(r, "Nguyễn Văn An", "đại biểu Quốc hội", "current");
    json_decref(r);
}

/* An auxiliary between a name and its link: a post taken ahead
 * ("sẽ") or just now ("vừa") is appointed, one held ("cũng", "vẫn") is
 * current; a time clause's "còn là" stays former. */
static void test_link_auxiliary(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An sẽ đảm nhận chức vụ Giám đốc Sở Y "
                             "tế tỉnh Nam Định từ ngày 1/7.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Nam Định", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An cũng là Phó Bí thư Tỉnh ủy Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Phó Bí thư Tỉnh ủy Nam Định", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Khi ông Ngô Văn Giang còn là Chủ tịch UBND "
                     "tỉnh Yên Bái, dự án được phê duyệt.");
    STATUS(r, "Ngô Văn Giang", "Chủ tịch UBND tỉnh Yên Bái", "former");
    json_decref(r);
}

/* A pronoun right after a time that opens its clause with no comma is the
 * clause's subject: its posts are found, and a background "trước đó"
 * after a comma makes them former. */
static void test_time_then_pronoun(void)
{
    /* bulk baomoi-2017-part1 line 5707 (undated: the post is found) */
    json_t *r = tx_check_run(
        "Cơ quan công an còn đề nghị truy tố thêm nhiều bị can khác liên quan. Ông Phí Thái "
        "Bình (SN 1952, quê huyện Thạch Thất, Hà Nội). Năm 2006 ông là Thành ủy viên, Chủ tịch "
        "HĐQT Tổng công ty Xuất nhập khẩu xây dựng Việt Nam (Vinaconex).");
    HAS_ROLE(r, "Phí Thái Bình", "Chủ tịch HĐQT Tổng công ty Xuất nhập khẩu xây dựng Việt Nam");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, ông Mai Văn Quang hiện là Giám đốc Sở Tư pháp tỉnh Hòa "
                     "Bình, trước đó ông là Trưởng phòng Hành chính Sở Tư pháp.");
    STATUS(r, "Mai Văn Quang", "Giám đốc Sở Tư pháp tỉnh Hòa Bình", "current");
    STATUS(r, "Mai Văn Quang", "Trưởng phòng Hành chính Sở Tư pháp", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, ông Lê Văn An được bổ nhiệm làm Giám đốc Sở Tài chính. "
                     "Trước đó ông là Phó Giám đốc Sở Tài chính tỉnh Nam Định.");
    STATUS(r, "Lê Văn An", "Phó Giám đốc Sở Tài chính tỉnh Nam Định", "former");
    json_decref(r);
}

/* An end told of a bare name whose post a sentence before gave: the post
 * ends ("ông Minh bị cách chức"); a year before the article's makes it
 * former ("Đến năm 2011, ông Bình nghỉ hưu"). */
static void test_end_of_named_before(void)
{
    /* bulk baomoi-2017-part2 line 5061 (status_fresh8) */
    json_t *r = tx_check_run(
        "Ngày 13/6/2017, Sở Y tế Thanh Hóa cho biết Hội đồng kỷ luật của cơ quan này vừa họp và "
        "đưa ra hình thức kỷ luật đối với ông Trần Văn Minh, Phó giám đốc bệnh viện đa khoa "
        "huyện Thường Xuân. Theo đó, ông Minh bị cách chức với lý do vi phạm luật hôn nhân và "
        "gia đình.");
    STATUS(r, "Trần Văn Minh", "Phó giám đốc bệnh viện đa khoa huyện Thường Xuân", "ended");
    json_decref(r);
    r = tx_check_run("Ngày 13/6/2017, báo đưa tin. Ông Lê Văn Bình là Phó Chủ tịch Hội Nông dân "
                     "tỉnh Nam Định. Đến năm 2011, ông Bình nghỉ hưu theo chế độ.");
    STATUS(r, "Lê Văn Bình", "Phó Chủ tịch Hội Nông dân tỉnh Nam Định", "former");
    json_decref(r);
    /* another person's end leaves the name's post alone */
    r = tx_check_run("Ngày 13/6/2017, ông Trần Văn Minh, Phó giám đốc bệnh viện đa khoa huyện "
                     "Thường Xuân, cho biết. Ông Lê Văn Bình bị cách chức.");
    STATUS(r, "Trần Văn Minh", "Phó giám đốc bệnh viện đa khoa huyện Thường Xuân", "current");
    json_decref(r);
}

/* Found on status_fresh11 (scored 13/22 first): a time in office told
 * before the name ("trong thời kỳ làm POST ông A"), a deputy head
 * ("Vụ phó"), a link in parentheses ("ông A (đang làm POST)"), a month
 * written with a dot ("tháng 5.2015"), and a post held to now ("… và đương
 * chức đến nay"). */
static void test_fresh11_shapes(void)
{
    /* bulk baomoi-2017-part1 line 1491 */
    json_t *r = tx_check_run(
        "Ngày 12/5/2017, cử tri Trần Quang Vinh (Tây Hồ) cũng cho rằng, việc xử lý kỷ luật với "
        "ông Đinh La Thăng là chưa thỏa đáng. Bởi trong thời kỳ làm chủ tịch Tập đoàn Dầu khí "
        "ông Thăng đã làm thất thoát tài sản lớn của Nhà nước nhưng lại cho thôi chức.");
    STATUS(r, "Đinh La Thăng", "chủ tịch Tập đoàn Dầu khí", "former");
    json_decref(r);
    /* bulk baomoi-2017-part0 line 4467 */
    r = tx_check_run("Ngày 6/2/2017, báo đưa tin. Bà Phan Thị Thu Hiền từng có thời gian giữ "
                     "chức vụ Vụ phó Vụ Hợp tác quốc tế, Bộ Tài chính từ tháng 3/2008.");
    STATUS(r, "Phan Thị Thu Hiền", "Vụ phó Vụ Hợp tác quốc tế", "former");
    json_decref(r);
    /* bulk baomoi-2017-part1 line 717 (dated here: the page is not) */
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Tuy nhiên, vào tháng 5.2015, ông Đỗ Đình "
                     "Hùng (đang làm Phó chủ tịch UBND xã Quế Long) đã liên quan tới vụ nhận "
                     "nhầm 4 con nhím giống.");
    STATUS(r, "Đỗ Đình Hùng", "Phó chủ tịch UBND xã Quế Long", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Đỗ Đình Hùng (đang làm Phó chủ tịch UBND "
                     "xã Quế Long) cho biết.");
    STATUS(r, "Đỗ Đình Hùng", "Phó chủ tịch UBND xã Quế Long", "current");
    json_decref(r);
    /* bulk baomoi-2017-part1 line 717 */
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Năm 2008, bà Lê Thị Thanh Hoàng được bầu "
                     "giữ chức Chủ tịch MTTQ Việt Nam xã Quế Long và đương chức đến nay.");
    STATUS(r, "Lê Thị Thanh Hoàng", "Chủ tịch MTTQ Việt Nam xã Quế Long", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Năm 2008, bà Lê Thị Thanh Hoàng được bầu "
                     "giữ chức Chủ tịch MTTQ Việt Nam xã Quế Long.");
    STATUS(r, "Lê Thị Thanh Hoàng", "Chủ tịch MTTQ Việt Nam xã Quế Long", "former");
    json_decref(r);
}

int main(void)
{
    test_post_term();
    test_post_term_named();
    test_link_auxiliary();
    test_time_then_pronoun();
    test_end_of_named_before();
    test_fresh11_shapes();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
