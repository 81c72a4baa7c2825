/*
 * test_attrib_s16.c — the attribution and person rules of session 16 (issue
 * 9), each on a real sentence of the development split of the corpus
 * (politics files ending in 1 or 7, bulk lines whose index ends in 1 or 7),
 * quoted as the article writes it, or a sentence of an open article outside
 * the split where said (a registry answer of fresh15 it cost).
 * docs/EXTRACTION.md ("Session 16's attribution rules") describes each rule
 * with the same sentence.
 */
#include "tx_check.h"

#include <string.h>

/* A chain of degrees joined by dots, in any case ("ThS.BS", "Ths.BS",
 * "PGS.TS.BS", "GS.TS.AHLĐ"), is a rank before the name (ex_dotted_rank):
 * it had been a capitalised word that swallowed the name after it. */
static void test_dotted_degrees(void)
{
    /* bulk lines of the split */
    json_t *r = tx_check_run("Qua đây, ThS.BS Cao Tấn Phước - Phó Giám đốc BV Trưng Vương cho "
                             "biết, bệnh nhân đã qua cơn nguy kịch.");
    CHECK(tx_check_person(r, "Cao Tấn Phước"));
    HAS_ROLE(r, "Cao Tấn Phước", "Phó Giám đốc BV Trưng Vương");
    json_decref(r);
    r = tx_check_run("Sau vài ngày, bệnh nhân đã không qua khỏi. Ths.BS Lê Quang Tường – Trưởng "
                     "khoa Khám bệnh, Viện Huyết học cho biết.");
    HAS_ROLE(r, "Lê Quang Tường", "Trưởng khoa Khám bệnh");
    json_decref(r);
    r = tx_check_run("Dưới đây là lời khuyên của ThS.Bs Lê Thanh Xuân, khoa Giải phẫu bệnh.");
    CHECK(tx_check_person(r, "Lê Thanh Xuân"));
    json_decref(r);
    /* every part must be a degree: "TP.HCM" stays a place, a foreign
     * name glued to "GS." no rank */
    r = tx_check_run("Chiều 5/6, Bí thư Thành ủy TP.HCM Đinh La Thăng có buổi làm việc.");
    HAS_ROLE(r, "Đinh La Thăng", "Bí thư Thành ủy TP.HCM");
    json_decref(r);
}

/* A degree written as an abbreviation after a place prefix opens a person,
 * not a street: "lên đường" (set off) is no "đường" (street) there. */
static void test_degree_after_place_prefix(void)
{
    /* an open article outside the split (dantri news_health_143; fresh15's
     * Chợ Rẫy answers) */
    json_t *r = tx_check_run(
        "Để ngăn chặn dịch, trước khi đội phản ứng nhanh lên đường TS.BS Nguyễn Tri Thức, Giám "
        "đốc Bệnh viện Chợ Rẫy đã tổ chức họp khẩn với các thành viên.");
    CHECK(tx_check_person(r, "Nguyễn Tri Thức"));
    HAS_ROLE(r, "Nguyễn Tri Thức", "Giám đốc Bệnh viện Chợ Rẫy");
    json_decref(r);
    /* a street stays a street */
    r = tx_check_run("Vụ cháy xảy ra tại số 5 đường Lê Duẩn, quận 1.");
    CHECK(!tx_check_person(r, "Lê Duẩn"));
    json_decref(r);
}

/* A genitive post before a ranked name that a post of its own follows is
 * the issuer's (ex_comma_prefix): the name opens the next clause. */
static void test_genitive_before_ranked_name(void)
{
    /* the same open article */
    json_t *r = tx_check_run(
        "Trước đó, ngày 18/4 thực hiện chỉ đạo của Thủ tướng Chính phủ, GS.TS Nguyễn Thanh Long, "
        "Bộ trưởng Bộ Y tế đã cùng đại diện Viện Pasteur đến làm việc tại tỉnh Kiên Giang.");
    HAS_ROLE(r, "Nguyễn Thanh Long", "Bộ trưởng Bộ Y tế");
    NO_ROLE(r, "Nguyễn Thanh Long", "Thủ tướng Chính phủ");
    json_decref(r);
    /* a ranked name with no post of its own keeps the post before it */
    r = tx_check_run("Đây là ý kiến của Bộ trưởng Bộ Y tế, GS.TS Nguyễn Thanh Long tại hội nghị.");
    HAS_ROLE(r, "Nguyễn Thanh Long", "Bộ trưởng Bộ Y tế");
    json_decref(r);
}

/* A dated clause whose subject is a state or a place gives its post to
 * nobody (ex_state_subject): it had gone to the article's subject. */
static void test_state_subject_of_dated_clause(void)
{
    /* made up, the shape of a line outside the split (bench/attribution's
     * last vn_holder_abroad claim that was wrong) */
    json_t *r = tx_check_run(
        "Thủ tướng Nguyễn Xuân Phúc cho biết Việt Nam sẵn sàng đóng góp. Năm 2010, Việt Nam đã "
        "hoàn thành tốt vai trò trên cương vị Chủ tịch ASEAN.");
    HAS_ROLE(r, "Nguyễn Xuân Phúc", "Thủ tướng");
    NO_ROLE(r, "Nguyễn Xuân Phúc", "Chủ tịch ASEAN");
    json_decref(r);
    /* a person's dated clause keeps its post */
    r = tx_check_run(
        "Thủ tướng Nguyễn Xuân Phúc cho biết Việt Nam sẵn sàng đóng góp. Năm 2010, ông "
        "Nguyễn Văn Hùng được bổ nhiệm làm Giám đốc Sở Y tế.");
    HAS_ROLE(r, "Nguyễn Văn Hùng", "Giám đốc Sở Y tế");
    json_decref(r);
}

/* The agent of a passive that names no one holds the post after "được"
 * (ex_passive_unnamed): a dated clause no longer gives it to its subject. */
static void test_unnamed_passive_agent(void)
{
    /* a politics file of the split */
    json_t *r = tx_check_run("Tháng 9/2015, chị Cao Thị Thu Hiền được Chủ tịch UBND huyện Minh Hóa "
                             "lúc bấy giờ kí hợp đồng lao động.");
    CHECK(tx_check_person(r, "Cao Thị Thu Hiền"));
    NO_ROLE(r, "Cao Thị Thu Hiền", "Chủ tịch UBND huyện Minh Hóa");
    json_decref(r);
    /* a named agent keeps his post, the appointee hers */
    r = tx_check_run(
        "Năm 2015, ông Phạm Văn Dũng được Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân bổ nhiệm làm "
        "Vụ trưởng Vụ Pháp chế.");
    HAS_ROLE(r, "Lê Vĩnh Tân", "Bộ trưởng Bộ Nội vụ");
    HAS_ROLE(r, "Phạm Văn Dũng", "Vụ trưởng Vụ Pháp chế");
    json_decref(r);
}

/* A one-letter place prefix run into the place with a dot ("Q.Tân Phú",
 * "H.Vân Đồn", "P.Minh Khai") is a place prefix and the place (ex_place_dot):
 * the post had ended at "Q" and the posts after it were lost. */
static void test_one_letter_place_prefix(void)
{
    /* a bulk line of the split */
    json_t *r = tx_check_run(
        "Bà Hứa Thị Hồng Đang, phó bí thư Quận ủy, Chủ tịch UBND Q.Tân Phú, nguyên trưởng ban "
        "Tổ chức Quận ủy; bà Lương Thị Phượng, phó chủ tịch UBND Q.Tân Phú; và ông Nguyễn Tiến "
        "Lực, Chánh thanh tra Q.Tân Phú, nguyên Trưởng phòng Tài chính - kế hoạch Q.Tân Phú cũng "
        "bị kỷ luật khiển trách.");
    HAS_ROLE(r, "Hứa Thị Hồng Đang", "Chủ tịch UBND Q.Tân Phú");
    HAS_ROLE(r, "Hứa Thị Hồng Đang", "trưởng ban Tổ chức Quận ủy");
    STATUS(r, "Hứa Thị Hồng Đang", "trưởng ban Tổ chức Quận ủy", "former");
    HAS_ROLE(r, "Nguyễn Tiến Lực", "Chánh thanh tra Q.Tân Phú");
    HAS_ROLE(r, "Nguyễn Tiến Lực", "Trưởng phòng Tài chính - kế hoạch Q.Tân Phú");
    json_decref(r);
    /* a ward is no person: "P.Khương Thượng" */
    r = tx_check_run("Công ty Việt Thái có trụ sở tại 270 Trường Chinh, P.Khương Thượng, Q.Đống "
                     "Đa, Hà Nội.");
    CHECK(!tx_check_person(r, "Khương Thượng"));
    json_decref(r);
    /* an initial that is no place prefix stays one: "T.Mây" */
    r = tx_check_run("Thủ tướng Anh T.Mây cho biết.");
    CHECK(!tx_check_person(r, "Mây"));
    json_decref(r);
}

int main(void)
{
    test_dotted_degrees();
    test_degree_after_place_prefix();
    test_genitive_before_ranked_name();
    test_state_subject_of_dated_clause();
    test_unnamed_passive_agent();
    test_one_letter_place_prefix();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
