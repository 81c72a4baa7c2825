/*
 * test_recall_s11.c — the recall and name rules of session 11 (issue 9),
 * each on a real sentence of the development split of the corpus (politics
 * files ending in 1 or 7, bulk lines whose index ends in 1 or 7), quoted as
 * the article writes it.  docs/EXTRACTION.md ("Recall rules of session 11")
 * describes each rule with the same sentence.
 */
#include "tx_check.h"

#include <string.h>

/* A place prefix's abbreviation run into the place's name ("TP.Hà Nội") is
 * two words: the place is whole and the holder's name after it a name
 * (dev 00081; the whole run was skipped as no name). */
static void test_place_dot(void)
{
    json_t *r = tx_check_run(
        "Nhiều người dân ở chung cư cũ đang băn khoăn, lo lắng về mức đền bù 1 đổi 1 Mới đây, Chủ "
        "tịch UBND TP.Hà Nội Nguyễn Đức Chung nêu quan điểm: Trên thế giới không có nước nào áp "
        "dụng cơ chế đền bù gia tăng diện tích.");
    CHECK(tx_check_person(r, "Nguyễn Đức Chung"));
    HAS_ROLE(r, "Nguyễn Đức Chung", "Chủ tịch UBND TP.Hà Nội");
    json_decref(r);
    /* "TX." too; "TP.HCM" stays one word, an initial ("T.Mây") no place */
    r = tx_check_run(
        "Ông Trần Kiên, Chủ tịch UBND TX.Sông Cầu, cho biết vào sáng 29.5, lãnh đạo Thị "
        "ủy Sông Cầu cùng UBND … Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân phát biểu. "
        "Thủ tướng Anh T.Mây cho rằng …");
    HAS_ROLE(r, "Trần Kiên", "Chủ tịch UBND TX.Sông Cầu");
    HAS_ROLE(r, "Nguyễn Thiện Nhân", "Bí thư Thành ủy TP.HCM");
    CHECK_INT((int)json_array_size(json_object_get(r, "people")), 2);
    json_decref(r);
}

/* A post naming its body by the place only ("Bí thư TP.HCM") is the short
 * form of the same head with the body word ("Bí thư Thành ủy TP.HCM", or
 * "Phó bí thư Thành ủy" with the place left out) the same person holds in
 * the article (dev 00321, batch 3 00731). */
static void test_place_short_form(void)
{
    json_t *r = tx_check_run(
        "Toàn cảnh trao quyết định cho tân Bí thư TP.HCM Nguyễn Thiện Nhân\nSáng ngày 10/5, TP.HCM "
        "đã đón tân Bí thư Thành ủy Nguyễn Thiện Nhân. Ngay sau đó, ông Phạm Minh Chính đã đọc "
        "quyết định phân công ông Nguyễn Thiện Nhân giữ chức Bí thư Thành ủy TP.HCM.");
    HAS_ROLE(r, "Nguyễn Thiện Nhân", "Bí thư Thành ủy TP.HCM");
    NO_ROLE(r, "Nguyễn Thiện Nhân", "Bí thư TP.HCM");
    json_decref(r);
    r = tx_check_run("Buồn vì bộ ngành đổ thừa trách nhiệm cho nông dân Phó bí thư Thành ủy, Chủ "
                     "tịch HĐND TP.HCM Nguyễn Thị Quyết Tâm vẫn đau đáu với những câu hỏi. Phó bí "
                     "thư TP.HCM Nguyễn Thị Quyết Tâm. Ảnh: Phạm Hải");
    HAS_ROLE(r, "Nguyễn Thị Quyết Tâm", "Phó bí thư Thành ủy TP.HCM"); /* completed */
    HAS_ROLE(r, "Nguyễn Thị Quyết Tâm", "Chủ tịch HĐND TP.HCM");
    NO_ROLE(r, "Nguyễn Thị Quyết Tâm", "Phó bí thư TP.HCM");
    json_decref(r);
    /* another body's post stays: "Chủ tịch TP" is not "Bí thư Thành ủy" */
    r = tx_check_run(
        "Bí thư Thành ủy Đà Nẵng Nguyễn Xuân Anh phát biểu. Chủ tịch Đà Nẵng Huỳnh Đức "
        "Thơ cho biết.");
    HAS_ROLE(r, "Huỳnh Đức Thơ", "Chủ tịch Đà Nẵng");
    json_decref(r);
}

/* A unit's number before a verb, or glued to its abbreviation, belongs to
 * the body (bulk lines of the split); a number before a word it counts
 * (counters.tsv) does not. */
static void test_unit_number(void)
{
    json_t *r =
        tx_check_run("Bác sĩ Nguyễn Thanh Hùng, Giám đốc bệnh viện Nhi Đồng 1 cho biết, Quy "
                     "trình “Báo động đỏ\" là giải pháp xử lý.");
    HAS_ROLE(r, "Nguyễn Thanh Hùng", "Giám đốc bệnh viện Nhi Đồng 1");
    json_decref(r);
    r = tx_check_run(
        "Trung tá Lê Trần Phương — Phó trung đoàn trưởng, Tham mưu trưởng Trung đoàn 64 "
        "cho biết: \"Ngay từ những ngày đầu năm, cùng với nhiệm vụ …");
    HAS_ROLE(r, "Lê Trần Phương", "Tham mưu trưởng Trung đoàn 64");
    json_decref(r);
    r = tx_check_run("Thượng tá Phạm Viết Tiến - Trưởng phòng PC45 cho biết, trước đó ngày 24/5, "
                     "CQĐT nhận được trình báo của bà …");
    HAS_ROLE(r, "Phạm Viết Tiến", "Trưởng phòng PC45");
    json_decref(r);
    /* counts: "2 nhiệm kỳ", "4 chức danh" */
    r = tx_check_run(
        "Ông Nguyễn Văn An, Bí thư Tỉnh ủy 2 nhiệm kỳ, cho biết. Thượng tướng Võ Trọng "
        "Việt, Chủ nhiệm Ủy ban Quốc phòng - An ninh 4 chức danh chủ chốt được kiểm "
        "nghiệm thức ăn.");
    HAS_ROLE(r, "Nguyễn Văn An", "Bí thư Tỉnh ủy");
    HAS_ROLE(r, "Võ Trọng Việt", "Chủ nhiệm Ủy ban Quốc phòng - An ninh");
    json_decref(r);
}

/* A bare head that, written out, opens a longer post of the same person
 * is its short form: "ĐB" ("đại biểu") of "ĐBQH" (batch 7 00661). */
static void test_abbreviated_short_form(void)
{
    json_t *r = tx_check_run(
        "ĐBQH Phạm Trọng Nhân (Bình Dương) dẫn ra hàng loạt ví dụ về thực phẩm bị làm giả. "
        "“Mỗi năm có khoảng 70.000 người chết vì ung thư?”, ĐB Phạm Trọng Nhân bức xúc.");
    HAS_ROLE(r, "Phạm Trọng Nhân", "ĐBQH");
    NO_ROLE(r, "Phạm Trọng Nhân", "ĐB");
    json_decref(r);
    /* … not of a post written twice ("đại biểu Quốc hội ĐBQH", dev 00411) */
    r = tx_check_run(
        "sẽ có nội dung cho ý kiến về việc cho thôi nhiệm vụ đại biểu Quốc hội ĐBQH đối "
        "với ông  Võ Kim Cự  - Chủ tịch Liên minh Hợp tác xã Việt Nam. UBTVQH cho thôi "
        "nhiệm vụ ĐBQH đối với ông Võ Kim Cự .");
    HAS_ROLE(r, "Võ Kim Cự", "ĐBQH");
    json_decref(r);
}

/* A head that ends in a place prefix names the place after it ("Trưởng
 * thôn", batch 6); "Phó phòng" is a head (batch 7). */
static void test_village_head(void)
{
    json_t *r =
        tx_check_run("Ảnh: NGUYÊN KHÔI Ông Đỗ Đình Đồng, Trưởng thôn Trung Thanh, xã Tam Thanh "
                     "cho biết: Sau khi Làng bích họa và Con đường nghệ thuật ra đời …");
    HAS_ROLE(r, "Đỗ Đình Đồng", "Trưởng thôn Trung Thanh");
    json_decref(r);
    r = tx_check_run(
        "Ngày 10/2, bà Mạc Thị Ngọc, Phó Phòng Giáo dục và Đào tạo thành phố Thanh Hóa "
        "(tỉnh Thanh Hóa) xác nhận thông tin trên địa bàn vừa xảy ra.");
    HAS_ROLE(r, "Mạc Thị Ngọc", "Phó Phòng Giáo dục và Đào tạo thành phố Thanh Hóa");
    json_decref(r);
}

/* "Lam" is a family name of names of three or four syllables
 * (rare_surnames.tsv; dev 00751, people_fresh2); "Sông Lam Nghệ An", a
 * club, stays no person. */
static void test_rare_surname_lam(void)
{
    json_t *r =
        tx_check_run("Thiếu tướng LAM QUANG ĐẠI, Chính ủy quân chủng Ph.ng không Không quân: Có "
                     "nhu cầu quốc phòng, sẽ thu hồi. Trong trận đấu, TP.HCM và Sông Lam Nghệ "
                     "An kết thúc trận đấu với tỉ số hòa.");
    CHECK(tx_check_person(r, "Lam Quang Đại"));
    CHECK_INT((int)json_array_size(json_object_get(r, "people")), 1);
    json_decref(r);
}

int main(void)
{
    test_place_dot();
    test_place_short_form();
    test_unit_number();
    test_abbreviated_short_form();
    test_village_head();
    test_rare_surname_lam();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
