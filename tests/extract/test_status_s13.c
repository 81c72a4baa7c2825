/*
 * test_status_s13.c — the status rules of session 13 (issue 9), each on a
 * real sentence of the development split of the corpus (politics files
 * ending in 1 or 7, bulk lines whose index ends in 1 or 7: dev gold and the
 * status check sets), quoted as the article writes it, with a made-up
 * sentence only where a rule must also stay quiet.  docs/EXTRACTION.md
 * ("Rules of session 13") describes each rule with the same sentence.
 */
#include "tx_check.h"

#include <string.h>

/* A person of history or one the article tells is dead holds no post at
 * its date: every post it gives them is former (dev 01101, the hundredth
 * year of a birth; ex_rule_deceased).  The living keep theirs. */
static void test_deceased(void)
{
    json_t *r = tx_check_run(
        "Nhân dịp kỷ niệm 100 năm Ngày sinh đồng chí Phan Trọng Tuệ (7/7/1917 - 7/7/2017), đồng "
        "chí Hoàng Trung Hải, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội đã có bài viết với "
        "nhan đề: “Đồng chí Phan Trọng Tuệ, người con ưu tú của quê hương Hà Nội”.\n"
        "Đồng chí Phan Trọng Tuệ làm Bí thư Tỉnh ủy Sơn Tây khi đồng chí mới 23 tuổi.");
    STATUS(r, "Phan Trọng Tuệ", "Bí thư Tỉnh ủy Sơn Tây", "former");
    STATUS(r, "Hoàng Trung Hải", "Bí thư Thành ủy Hà Nội", "current");
    json_decref(r);
    /* a death after the name's chain reaches the person's other posts */
    r = tx_check_run("Đồng chí Nguyễn Văn An, nguyên Bí thư Tỉnh ủy Nghệ An, đã từ trần. Ông "
                     "Nguyễn Văn An là Ủy viên Trung ương Đảng.");
    STATUS(r, "Nguyễn Văn An", "Bí thư Tỉnh ủy Nghệ An", "former");
    STATUS(r, "Nguyễn Văn An", "Ủy viên Trung ương Đảng", "former");
    json_decref(r);
    /* a life span after the name; someone else's death is not the name's */
    r = tx_check_run("Ông Nguyễn Văn An (1920 - 1998) được bầu làm Bí thư Tỉnh ủy Nghệ An. Ông "
                     "Lê Văn Bình, Chủ tịch UBND tỉnh Nghệ An, cho biết mẹ ông đã qua đời năm "
                     "2016.");
    STATUS(r, "Nguyễn Văn An", "Bí thư Tỉnh ủy Nghệ An", "former");
    STATUS(r, "Lê Văn Bình", "Chủ tịch UBND tỉnh Nghệ An", "current");
    json_decref(r);
}

/* A post's term ("khóa 13", "khóa XII") belongs to the post: the name after
 * it holds it (status_fresh7, bulk part0 line 7167), the chain after it
 * goes on; not the deputies of an election (dev 00027). */
static void test_post_terms(void)
{
    json_t *r = tx_check_run("Trước đó, đại biểu Quốc hội khóa 13 – bà Bùi Thị An cũng từng đề "
                             "xuất đánh giá lại hiệu quả của loa phường.");
    HAS_ROLE(r, "Bùi Thị An", "đại biểu Quốc hội");
    json_decref(r);
    r = tx_check_run("Ông Nguyễn Văn Bình, Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, Bí "
                     "thư Tỉnh ủy Nghệ An, phát biểu.");
    HAS_ROLE(r, "Nguyễn Văn Bình", "Ủy viên Ban Chấp hành Trung ương Đảng");
    HAS_ROLE(r, "Nguyễn Văn Bình", "Bí thư Tỉnh ủy Nghệ An");
    json_decref(r);
    r = tx_check_run("Cụ thể, trong đợt bầu cử đại biểu Quốc hội khóa XV, Tổng Bí thư Nguyễn Phú "
                     "Trọng ứng cử ở Hà Nội; Chủ tịch Quốc hội Vương Đình Huệ ứng cử ở Hải Phòng.");
    HAS_ROLE(r, "Nguyễn Phú Trọng", "Tổng Bí thư");
    NO_ROLE(r, "Nguyễn Phú Trọng", "đại biểu Quốc hội");
    json_decref(r);
}

/* Role heads a past post was missed for (status_fresh8, status_fresh2;
 * roles.tsv, abbreviations.tsv, org_heads.tsv): a diplomat, a deputy head
 * of a hospital ward, the transport inspectorate's deputies, a judge of the
 * Supreme Court. */
static void test_heads(void)
{
    json_t *r = tx_check_run(
        "TS.BS Lê Minh Châu, nguyên Phó khoa Sản, Bệnh viện Phụ sản Trung ương (Hà Nội), cũng "
        "khuyến cáo nam giới phải làm việc quá căng thẳng.");
    STATUS(r, "Lê Minh Châu", "Phó khoa Sản", "former");
    json_decref(r);
    r = tx_check_run("Dưới đây là bài viết của nhóm nhà sáng chế gồm TS Nguyễn Đức Thanh, nguyên "
                     "Tham tán Thương mại Việt Nam tại CH Ba Lan; Th.S Bình Nguyễn, ĐH Tổng hợp "
                     "Suffolk Boston (Hoa Kỳ).");
    CHECK(tx_check_person(r, "Nguyễn Đức Thanh"));
    CHECK_INT((int)tx_check_nroles(r), 1);
    CHECK_STR(json_string_value(
                  json_object_get(json_array_get(json_object_get(r, "roles"), 0), "status")),
              "former");
    json_decref(r);
    r = tx_check_run(
        "Sau giờ nghị án, HĐXX đã tuyên phạt bị cáo Đoàn Vũ Duy (39 tuổi), nguyên Đội trưởng Đội "
        "TTGT Bình Thủy, tù chung thân; Dương Minh Tâm (37 tuổi), nguyên Phó chánh TTGT thuộc Sở "
        "GTVT TP Cần Thơ, 10 năm tù; Hồ Công Thiện (40 tuổi), nguyên Phó đội trưởng TTGT huyện "
        "Phong Điền; Lý Hoàng Minh (32 tuổi), nguyên Đội phó TTGT TP Cần Thơ, 9 năm tù.");
    STATUS(r, "Dương Minh Tâm", "Phó chánh TTGT thuộc Sở GTVT TP Cần Thơ", "former");
    STATUS(r, "Hồ Công Thiện", "Phó đội trưởng TTGT huyện Phong Điền", "former");
    STATUS(r, "Lý Hoàng Minh", "Đội phó TTGT TP Cần Thơ", "former");
    json_decref(r);
    r = tx_check_run(
        "Chủ tịch nước Trần Đại Quang đã trao Quyết định bổ nhiệm ông Lê Hồng Quang, Ủy viên Trung "
        "ương Đảng, Phó Bí thư Thường trực Tỉnh ủy Tiền Giang, vào chức danh Thẩm phán Tòa án nhân "
        "dân tối cao, giữ chức vụ Phó Chánh án Tòa án nhân dân tối cao.");
    STATUS(r, "Lê Hồng Quang", "Thẩm phán Tòa án nhân dân tối cao", "appointed");
    json_decref(r);
    /* a judge only with the court after the word: "cách chức thẩm phán"
     * of initials is nobody's post (a politics file of the corpus) */
    r = tx_check_run("Thứ trưởng Bộ Tư pháp Phan Chí Hiếu dẫn chứng vụ việc ông N.V.R ở Sóc "
                     "Trăng, bị Chủ tịch nước cách chức thẩm phán, 5 lần bị xử lý kỷ luật.");
    NO_ROLE(r, "Phan Chí Hiếu", "thẩm phán");
    json_decref(r);
}

/* "thôi" right before a post ends it (dev 00927); "nhận quyết định nghỉ
 * hưu" after the holder's chain ends the chain's post. */
static void test_end_cues(void)
{
    json_t *r = tx_check_run(
        "Cái lớn nhất mà các đồng chí, đồng bào quan tâm là đến ông Đinh La Thăng thôi Ủy viên Bộ "
        "Chính trị, lần đầu tiên đấy chứ và cảnh cáo, chuyển chỗ luôn.");
    STATUS(r, "Đinh La Thăng", "Ủy viên Bộ Chính trị", "ended");
    json_decref(r);
    r = tx_check_run("Ông Nguyễn Văn Bình, Trưởng Ban Tổ chức Tỉnh ủy, nhận quyết định nghỉ hưu.");
    STATUS(r, "Nguyễn Văn Bình", "Trưởng Ban Tổ chức Tỉnh ủy", "ended");
    json_decref(r);
}

/* A bare "giữ chức": after "hiện" it tells the holding (dev 00991),
 * "đến năm" closes the post's period; a bare "A giữ chức B" stays the news
 * of an appointment. */
static void test_holding(void)
{
    json_t *r = tx_check_run(
        "Bài viết phản ánh việc sự việc ông Nguyễn Văn Hưng (SN 1961) - hiện giữ chức vụ Phó chủ "
        "tịch UBND xã Chu Phan (huyện Mê Linh, TP Hà Nội) - không đi học đại học ngày nào.");
    STATUS(r, "Nguyễn Văn Hưng", "Phó chủ tịch UBND xã Chu Phan", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Ông Nguyễn Văn Bình giữ chức Chủ tịch UBND "
                     "huyện Nam Đàn đến năm 2015. Ông Lê Văn An giữ chức Chủ tịch UBND huyện Nam "
                     "Đàn.");
    STATUS(r, "Nguyễn Văn Bình", "Chủ tịch UBND huyện Nam Đàn", "former");
    STATUS(r, "Lê Văn An", "Chủ tịch UBND huyện Nam Đàn", "appointed");
    json_decref(r);
}

int main(void)
{
    test_deceased();
    test_post_terms();
    test_heads();
    test_end_cues();
    test_holding();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
