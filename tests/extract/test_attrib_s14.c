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
    HAS_ROLE(r, "Edouard Philippe", "Thủ tướng Pháp");
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

int main(void)
{
    test_passive_agent();
    test_latin_name_in_foreign_body();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
