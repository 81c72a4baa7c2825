/*
 * test_other_states_s17.c — the rules of session 17 for posts of other
 * states (issue 9, item 2 "Other states"), each on a real sentence of the
 * development split of the corpus (bulk lines whose index ends in 1 or 7),
 * quoted as the article writes it, or a made-up sentence of the corpus's
 * shape where said.  docs/EXTRACTION.md ("Session 17: posts of other
 * states") describes each rule with the same sentence.
 */
#include "tx_check.h"

#include <string.h>

/* A person's posts belong to one state: a post naming a state other than
 * the one written next to his name is another person's (ex_claim_elsewhere). */
static void test_one_state_per_person(void)
{
    /* baomoi-2017-part1:4877 */
    json_t *r = tx_check_run(
        "Ông Donald Trump cùng Ngoại trưởng Mỹ Rex Tillerson ngày 20.5 đã tham dự lễ ký hợp đồng. "
        "Phát biểu tại cuộc họp báo chung với ông Tillerson, Bộ trưởng Ngoại giao Ả Rập Saudi, "
        "Adel al-Jubeir nói rằng mối quan hệ giữa Riyadh và Washington sẽ giúp xóa “đầm lầy” "
        "trong khu vực.");
    HAS_ROLE(r, "Rex Tillerson", "Ngoại trưởng Mỹ");
    NO_ROLE(r, "Rex Tillerson", "Bộ trưởng Ngoại giao Ả Rập Saudi");
    json_decref(r);
    /* made-up, of the shape of baomoi-2017-part2:548 (a list of leaders,
     * not one chain) */
    r = tx_check_run(
        "Hội nghị có sự tham dự của Thủ tướng Lào Thoonglun Sisoulith, Phó Tổng thống "
        "Indonesia, Phó Thủ tướng Thái Lan, nguyên Thủ tướng Singapore Goh Chok Tong.");
    HAS_ROLE(r, "Goh Chok Tong", "Thủ tướng Singapore");
    NO_ROLE(r, "Goh Chok Tong", "Phó Thủ tướng Thái Lan");
    NO_ROLE(r, "Goh Chok Tong", "Phó Tổng thống Indonesia");
    NO_ROLE(r, "Thoonglun Sisoulith", "Phó Tổng thống Indonesia");
    json_decref(r);
}

/* A label never holds a person's name: the name is the post's holder, and
 * where the grammar did not read it as one the post goes to nobody
 * (ex_label_name). */
static void test_label_holds_no_name(void)
{
    /* baomoi-2017-part2:2621 */
    json_t *r = tx_check_run(
        "Tiếp đoàn có Phó Bí thư thường trực Tỉnh ủy, Chủ tịch Hội đồng Nhân dân tỉnh, ông Phạm "
        "Đức Vinh, Phó Bí thư Đảng ủy Việt Nam tại Liên bang Nga, Thống đốc tỉnh Ulyanovsk Sergei "
        "Morozov cùng lãnh đạo chủ chốt thành phố. Phát biểu tại buổi lễ, ông Morozov nhấn mạnh "
        "tình hữu nghị hai nước.");
    NO_ROLE(r, "Phạm Đức Vinh", "Thống đốc tỉnh Ulyanovsk Sergei Morozov");
    json_decref(r);
    /* baomoi-2017-part2:3931 (the full name earlier in the article) */
    r = tx_check_run(
        "Cựu giám đốc FBI James Comey đã điều trần trước Thượng viện. Ông nhắc đến các "
        "cuộc trao đổi giữa ông với Tổng thống Donald Trump. Cựu giám đốc FBI Comey và "
        "Tổng thống Mỹ Donald Trump.");
    NO_ROLE(r, "Donald Trump", "giám đốc FBI Comey Mỹ");
    NO_ROLE(r, "Donald Trump", "giám đốc FBI Comey");
    json_decref(r);
    /* baomoi-2017-part1:6731: an initial's surname, "Ông Tusk" later */
    r = tx_check_run(
        "Một số nguồn thạo tin của EU cho biết tại cuộc gặp với Chủ tịch Hội đồng châu "
        "Âu D.Tusk, Tổng thống Mỹ Donald Trump cũng đã bày tỏ quan ngại. Ông Tusk cho "
        "biết hai bên đã thảo luận về thương mại.");
    HAS_ROLE(r, "Donald Trump", "Tổng thống Mỹ");
    NO_ROLE(r, "Donald Trump", "Chủ tịch Hội đồng châu Âu D.Tusk Mỹ");
    NO_ROLE(r, "Donald Trump", "Chủ tịch Hội đồng châu Âu D.Tusk");
    json_decref(r);
    /* a league written with an initial is no name: "V.League" */
    r = tx_check_run(
        "Ông Nguyễn Minh Ngọc, Trưởng ban tổ chức V.League cho biết giải sẽ tạm dừng.");
    HAS_ROLE(r, "Nguyễn Minh Ngọc", "Trưởng ban tổ chức V.League");
    json_decref(r);
}

/* The state an article names is lent to a post that names none only when
 * it is the only foreign state the article names and the post stands
 * right before the name; otherwise the claim keeps no organization. */
static void test_article_state_is_a_guess(void)
{
    /* made-up, of the shape of a story naming several states: "Tổng
     * thống Mỹ" is written with no holder, the article names Mỹ most */
    json_t *r = tx_check_run(
        "Bên kia bờ Đại Tây Dương, bàn tay của Tổng thống Mỹ mới ngày nào trấn an Thủ tướng Anh "
        "nay lại ngỏ ý sẽ không sang Anh vào tháng 7/2017. Cuộc bầu cử Quốc hội Pháp đem lại chiến "
        "thắng áp đảo cho lực lượng mới của Tổng thống Emmanuel Macron. Mỹ vẫn là đồng minh lớn "
        "nhất.");
    NO_ROLE(r, "Emmanuel Macron", "Tổng thống Mỹ");
    HAS_ROLE(r, "Emmanuel Macron", "Tổng thống");
    json_decref(r);
    /* baomoi-2017-part1:6817: the only state named ("đô la Mỹ"), but the
     * post is no neighbour of the name */
    r = tx_check_run("ExxonMobil tài trợ 50.000 đô la Mỹ cho chương trình Nâng niu sự sống tại "
                     "Quảng Nam. Ông Greg Smith, Chủ tịch, Tổng Giám đốc Công ty TNHH Thăm dò và "
                     "khai thác Dầu khí ExxonMobil cho biết.");
    NO_ROLE(r, "Greg Smith", "Chủ tịch Mỹ");
    json_decref(r);
    /* the only foreign state named, the post right before the name */
    r = tx_check_run(
        "Thủ tướng Nguyễn Xuân Phúc thăm chính thức Singapore. Tại Singapore, Thủ tướng "
        "Lý Hiển Long chủ trì lễ đón.");
    HAS_ROLE(r, "Lý Hiển Long", "Thủ tướng Singapore");
    json_decref(r);
}

int main(void)
{
    test_one_state_per_person();
    test_label_holds_no_name();
    test_article_state_is_a_guess();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
