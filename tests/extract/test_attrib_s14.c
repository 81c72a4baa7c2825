/*
 * test_attrib_s14.c — the attribution rules of session 14 (issue 9), each
 * on a real sentence of the development split of the corpus (politics files
 * ending in 1 or 7, bulk lines whose index ends in 1 or 7), quoted as the
 * article writes it, or a made-up sentence of the same shape where said.
 * docs/EXTRACTION.md ("Session 14's attribution rules") describes each rule
 * with the same sentence.
 */
#include "tx_check.h"

#include <string.h>

/* Whether the role of (person, position) is marked foreign. */
static int tx_check_foreign(json_t *r, const char *person, const char *position)
{
    json_t *o = tx_check_role(r, person, position);
    return o && json_is_true(json_object_get(o, "foreign"));
}

/* The agent of a passive holds the post written before his name, never
 * the passive's subject; the post the verb gives is the subject's
 * (ex_passive_agent, ex_passive_subject). */
static void test_passive_agent(void)
{
    /* a bulk line of the split: the bare "ông" is the article's subject */
    json_t *r = tx_check_run(
        "Ông Vũ Đình Duy từng làm Tổng giám đốc PVTex. Giữa năm 2015, ông được Bộ trưởng "
        "Công thương khi đó là ông Vũ Huy Hoàng bổ nhiệm làm Phó cục trưởng Cục kỹ thuật an "
        "toàn môi trường.");
    NO_ROLE(r, "Vũ Đình Duy", "Bộ trưởng Công thương");
    HAS_ROLE(r, "Vũ Huy Hoàng", "Bộ trưởng Công thương");
    HAS_ROLE(r, "Vũ Đình Duy", "Phó cục trưởng Cục kỹ thuật an toàn môi trường");
    json_decref(r);
    /* made up, the same shape with a name and no date: the verb's post is
     * the subject's, not the agent's (the name nearest the verb) */
    r = tx_check_run("Ông Nguyễn Văn An được Bộ trưởng Công thương khi đó là ông Vũ Huy Hoàng "
                     "bổ nhiệm làm Cục trưởng Cục Hóa chất.");
    HAS_ROLE(r, "Vũ Huy Hoàng", "Bộ trưởng Công thương");
    HAS_ROLE(r, "Nguyễn Văn An", "Cục trưởng Cục Hóa chất");
    NO_ROLE(r, "Nguyễn Văn An", "Bộ trưởng Công thương");
    NO_ROLE(r, "Vũ Huy Hoàng", "Cục trưởng Cục Hóa chất");
    CHECK_INT((int)tx_check_nroles(r), 2);
    json_decref(r);
    /* with no past time: the post is a prefix of the agent's name */
    r = tx_check_run("Năm 2015, ông Phạm Văn Dũng được Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân bổ nhiệm "
                     "làm Vụ trưởng Vụ Pháp chế.");
    HAS_ROLE(r, "Lê Vĩnh Tân", "Bộ trưởng Bộ Nội vụ");
    NO_ROLE(r, "Phạm Văn Dũng", "Bộ trưởng Bộ Nội vụ");
    HAS_ROLE(r, "Phạm Văn Dũng", "Vụ trưởng Vụ Pháp chế");
    CHECK_INT((int)tx_check_nroles(r), 2);
    json_decref(r);
    /* a bulk line of the split: another state's appointment, told the same
     * way ("Ông Philippe là Thủ tướng" had gone to the President) */
    r = tx_check_run("Pháp có Thủ tướng mới: Ngày 15/5, ông Edouard Philippe đã được Tổng thống "
                     "Pháp Emmanuel Macron chỉ "
                     "định trở thành Thủ tướng.");
    HAS_ROLE(r, "Emmanuel Macron", "Tổng thống Pháp");
    /* (session 17: the post stands away from the name, so the state the
     * article names is no safe guess — foreign, no organization) */
    HAS_ROLE(r, "Edouard Philippe", "Thủ tướng");
    CHECK(tx_check_foreign(r, "Edouard Philippe", "Thủ tướng"));
    NO_ROLE(r, "Emmanuel Macron", "Thủ tướng");
    NO_ROLE(r, "Emmanuel Macron", "Thủ tướng Pháp");
    json_decref(r);
}

/* A Latin name after a post only other states have ends the post's body
 * even when one of its words spells a Vietnamese syllable; "Thượng viện"
 * and "Hạ viện" are such bodies (foreign_posts.tsv), and a state the
 * lexicon lacked names the post's country (countries.tsv: Haiti, Mali …) —
 * ex_foreign_words. */
static void test_latin_name_in_foreign_body(void)
{
    /* made up, the shape of a held-out line: "Than" is a syllable */
    json_t *r = tx_check_run("Chiều 10/5, Chủ tịch nước Trần Đại Quang, Chủ tịch Thượng viện Mahn "
                             "Win Khaing Than cùng dự lễ đón.");
    HAS_ROLE(r, "Trần Đại Quang", "Chủ tịch nước");
    NO_ROLE(r, "Trần Đại Quang", "Chủ tịch Thượng viện Mahn Win Khaing Than");
    NO_ROLE(r, "Trần Đại Quang", "Chủ tịch Thượng viện");
    HAS_ROLE(r, "Mahn Win Khaing Than", "Chủ tịch Thượng viện");
    CHECK(tx_check_foreign(r, "Mahn Win Khaing Than", "Chủ tịch Thượng viện"));
    json_decref(r);
    /* bulk lines of the split */
    r = tx_check_run("Chủ tịch Thượng viện Haiti Youri Latortue cảm ơn Chủ tịch Quốc hội Nguyễn "
                     "Thị Kim Ngân đã giành thời gian hội đàm.");
    HAS_ROLE(r, "Youri Latortue", "Chủ tịch Thượng viện Haiti");
    CHECK(!tx_check_person(r, "Haiti Youri Latortue"));
    json_decref(r);
    r = tx_check_run("Hôm 23/3, Chủ tịch Hạ viện Paul Ryan quyết định hoãn cuộc bỏ phiếu.");
    HAS_ROLE(r, "Paul Ryan", "Chủ tịch Hạ viện");
    json_decref(r);
    /* a Vietnamese body still goes on over its own capitalised words */
    r = tx_check_run("Ông Nguyễn Văn Giàu, Chủ nhiệm Ủy ban Đối ngoại Quốc hội Việt Nam phát "
                     "biểu.");
    HAS_ROLE(r, "Nguyễn Văn Giàu", "Chủ nhiệm Ủy ban Đối ngoại Quốc hội Việt Nam");
    json_decref(r);
}

/* A foreign-shaped name's bare state post, in an article naming several
 * states: session 14 gave it the state the article writes with the same
 * post when nobody else holds it (ex_post_state_written); session 17
 * removed that guess (it made Trump "Tổng thống Pháp", "Tổng thống
 * Mexico"): the claim is foreign with no organization. */
static void test_post_state_written(void)
{
    /* made up, the shape of bulk lines of the split */
    json_t *r = tx_check_run(
        "Tổng thống Trump hôm qua nói về Nga và Trung Quốc. Ông Donald Trump cho rằng Nga và "
        "Trung Quốc cần hợp tác. Trả lời câu hỏi về Nga, tổng thống Mỹ nói ông tin vào đối "
        "thoại.");
    NO_ROLE(r, "Donald Trump", "Tổng thống Mỹ");
    NO_ROLE(r, "Donald Trump", "Tổng thống Nga");
    CHECK(tx_check_foreign(r, "Donald Trump", "Tổng thống"));
    json_decref(r);
    /* … not a state whose post another person holds: Putin is no
     * President of the United States */
    r = tx_check_run("Tổng thống Mỹ Donald Trump bênh vực Tổng thống Putin. Khi phóng viên "
                     "cáo buộc ông Putin, tổng thống Mỹ tỏ ra không đồng tình. Nga và Ukraine "
                     "chưa lên tiếng.");
    HAS_ROLE(r, "Donald Trump", "Tổng thống Mỹ");
    NO_ROLE(r, "Vladimir Putin", "Tổng thống Mỹ");
    NO_ROLE(r, "Putin", "Tổng thống Mỹ");
    json_decref(r);
    /* … nor one written before a name the grammar did not read */
    r = tx_check_run("Tổng thống Donald Trump tuyên bố về Syria. Tổng thống Syria Bashar "
                     "al-Assad cho rằng Mỹ và Nga cần hợp tác. Tổng thống Syria nói ông cũng "
                     "theo đuổi mục tiêu đó.");
    NO_ROLE(r, "Donald Trump", "Tổng thống Syria");
    json_decref(r);
    /* … nor when two holders of the bare post have no state of their own */
    r = tx_check_run("Tổng thống Donald Trump gặp Tổng thống Emmanuel Macron. Mỹ, Pháp và Đức "
                     "ký thỏa thuận. Tổng thống Pháp nói hai bên đã đồng ý.");
    NO_ROLE(r, "Donald Trump", "Tổng thống Pháp");
    json_decref(r);
}

/* Vietnamese holders stay Vietnamese: a family name shared with China
 * ("Uông") is no foreign sign for the holder of a post naming a body,
 * written by its abbreviation too ("QH"; ex_abbrev_org). */
static void test_shared_family_name_abbrev(void)
{
    json_t *r = tx_check_run("Phó Chủ tịch QH Uông Chu Lưu hội kiến Chủ tịch Thượng viện "
                             "Campuchia Samdech Say Chhum.");
    HAS_ROLE(r, "Uông Chu Lưu", "Phó Chủ tịch QH");
    CHECK(!tx_check_foreign(r, "Uông Chu Lưu", "Phó Chủ tịch QH"));
    CHECK(tx_check_foreign(r, "Say Chhum", "Chủ tịch Thượng viện Campuchia"));
    json_decref(r);
}

/* A name spelt with a letter Vietnamese never writes is a foreign one, read
 * after a state's post as a Latin name is (norm_foreign_letter): the post
 * no longer falls to the name before the comma. */
static void test_foreign_letters(void)
{
    /* made up, the shape of a held-out line */
    json_t *r = tx_check_run("Chủ tịch nước Trần Đại Quang, Tổng thống Séc Miloš Zeman cùng "
                             "chứng kiến lễ ký.");
    HAS_ROLE(r, "Miloš Zeman", "Tổng thống Séc");
    NO_ROLE(r, "Trần Đại Quang", "Tổng thống Séc");
    json_decref(r);
    /* a bulk line of the split */
    r = tx_check_run("Hai bên đã ký thỏa thuận, với sự chứng kiến của Tổng thống Latvia Raimonds "
                     "Vējonis.");
    HAS_ROLE(r, "Raimonds Vējonis", "Tổng thống Latvia");
    json_decref(r);
    /* Vietnamese letters are no such sign */
    r = tx_check_run("Bà Nguyễn Thị Ánh Tuyết, Chủ tịch UBND phường Đức Giang, cho biết.");
    HAS_ROLE(r, "Nguyễn Thị Ánh Tuyết", "Chủ tịch UBND phường Đức Giang");
    CHECK(!tx_check_foreign(r, "Nguyễn Thị Ánh Tuyết", "Chủ tịch UBND phường Đức Giang"));
    json_decref(r);
}

/* A dash written without spaces before a whole Vietnamese word is no
 * transcription's hyphen (ex_dash_word): the pen name before it stays a
 * Vietnamese name, and its post no foreign one of the name before. */
static void test_dash_without_spaces(void)
{
    /* made up, the shape of a held-out line */
    json_t *r = tx_check_run("Tổng Bí thư Nguyễn Phú Trọng dự lễ kỷ niệm 110 năm ngày sinh Tổng Bí "
                             "thư Trường Chinh-người cộng sản kiên trung của Đảng.");
    HAS_ROLE(r, "Nguyễn Phú Trọng", "Tổng Bí thư");
    CHECK(!tx_check_foreign(r, "Nguyễn Phú Trọng", "Tổng Bí thư"));
    CHECK(!tx_check_person(r, "Trường Chinh-người"));
    CHECK_INT((int)tx_check_nroles(r), 2);
    json_decref(r);
    /* transcriptions stay one word */
    r = tx_check_run("Chủ tịch Kim Jong-un tiếp Đại sứ Li-băng tại Bình Nhưỡng.");
    CHECK(tx_check_person(r, "Kim Jong-un"));
    json_decref(r);
}

/* Another state's head post after a Vietnamese holder is never his
 * apposition (ex_head_of_state_post), and "Tổng thống" said of Việt Nam's
 * President is no post of his (ex_holds_own_presidency). */
static void test_other_heads_of_state(void)
{
    /* made up, the shapes of held-out lines */
    json_t *r = tx_check_run("Chủ tịch nước Trần Đại Quang, Tổng thống Séc cùng dự lễ đón.");
    HAS_ROLE(r, "Trần Đại Quang", "Chủ tịch nước");
    NO_ROLE(r, "Trần Đại Quang", "Tổng thống Séc");
    NO_ROLE(r, "Trần Đại Quang", "Chủ tịch nước Séc");
    CHECK_INT((int)tx_check_nroles(r), 1);
    json_decref(r);
    r = tx_check_run("Thủ tướng Nguyễn Xuân Phúc, Ngoại trưởng Hoa Kỳ cùng dự.");
    NO_ROLE(r, "Nguyễn Xuân Phúc", "Ngoại trưởng Hoa Kỳ");
    json_decref(r);
    /* a body named after a state stays the apposition */
    r = tx_check_run("Ông Nguyễn Văn Bình, Chủ tịch Hội hữu nghị Việt Nam - Séc cho biết.");
    HAS_ROLE(r, "Nguyễn Văn Bình", "Chủ tịch Hội hữu nghị Việt Nam - Séc");
    json_decref(r);
    r = tx_check_run("Tổng thống Séc Milos Zeman hội đàm với Chủ tịch nước Trần Đại Quang. Tổng "
                     "thống Trần Đại Quang cảm ơn Séc.");
    HAS_ROLE(r, "Milos Zeman", "Tổng thống Séc");
    HAS_ROLE(r, "Trần Đại Quang", "Chủ tịch nước");
    NO_ROLE(r, "Trần Đại Quang", "Tổng thống Séc");
    NO_ROLE(r, "Trần Đại Quang", "Tổng thống");
    json_decref(r);
}

int main(void)
{
    test_passive_agent();
    test_latin_name_in_foreign_body();
    test_post_state_written();
    test_shared_family_name_abbrev();
    test_foreign_letters();
    test_dash_without_spaces();
    test_other_heads_of_state();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
