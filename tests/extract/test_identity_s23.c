/*
 * test_identity_s23.c — session 23's post identity (issue 10 item 1: one
 * office, one post): a body's initials defined in the article.  Every sentence
 * is made up; docs/EXTRACTION.md ("Post identity of session 23") and
 * docs/REGISTRY.md ("Post identity") describe each rule with the same
 * examples.
 */
#include "tx_check.h"

#include <stdlib.h>
#include <string.h>

/* "FULL NAME (INITIALS)" defines the initials for the article: a post
 * written with them is the body's post written in full (`completed`). */
static void test_initials_defined(void)
{
    json_t *r =
        tx_check_run("Công ty cổ phần Lọc hóa dầu Quảng Lâm (QLR) vừa tổ chức đại hội cổ "
                     "đông. Ông Trần Văn Khải, Tổng giám đốc QLR, cho biết lợi nhuận tăng.");
    HAS_ROLE(r, "Trần Văn Khải", "Tổng giám đốc Công ty cổ phần Lọc hóa dầu Quảng Lâm");
    NO_ROLE(r, "Trần Văn Khải", "Tổng giám đốc QLR");
    json_decref(r);
    /* defined inside a post; a council before the initials stays */
    r = tx_check_run("Theo ông Trần Văn Khải, Tổng giám đốc Công ty cổ phần Lọc hóa dầu Quảng "
                     "Lâm (QLR), lợi nhuận tăng. Chủ tịch HĐQT QLR Lê Văn Tâm cho biết.");
    HAS_ROLE(r, "Trần Văn Khải", "Tổng giám đốc Công ty cổ phần Lọc hóa dầu Quảng Lâm");
    HAS_ROLE(r, "Lê Văn Tâm", "Chủ tịch HĐQT Công ty cổ phần Lọc hóa dầu Quảng Lâm");
    json_decref(r);
    /* a bank, the initials used before their definition (a headline) */
    r = tx_check_run("Tổng giám đốc PDA Trần Văn Khải từ nhiệm\n\nNgân hàng TMCP Phương Đông Á "
                     "(PDA) vừa công bố thông tin.");
    HAS_ROLE(r, "Trần Văn Khải", "Tổng giám đốc Ngân hàng TMCP Phương Đông Á");
    json_decref(r);
    /* the council before the firm is not the firm */
    r = tx_check_run("Chủ tịch HĐQT Công ty cổ phần Phú Long (PLG) Lê Văn Tâm cho biết. Giám đốc "
                     "PLG Trần Văn Khải nói thêm.");
    HAS_ROLE(r, "Trần Văn Khải", "Giám đốc Công ty cổ phần Phú Long");
    json_decref(r);
    /* a head written with a capital inside a longer head: the longer one */
    r = tx_check_run("Tổng Công ty Đường sắt Phương Nam (DSPN) cho biết. Tổng giám đốc DSPN Trần "
                     "Văn Khải nói.");
    HAS_ROLE(r, "Trần Văn Khải", "Tổng giám đốc Tổng Công ty Đường sắt Phương Nam");
    json_decref(r);
    /* the body's own first word written before its initials is not said
     * twice */
    r = tx_check_run("Cục Mỹ thuật sân khấu (MTSK) vừa tổ chức hội thảo. Cục trưởng Cục MTSK Trần "
                     "Văn Khải phát biểu.");
    HAS_ROLE(r, "Trần Văn Khải", "Cục trưởng Cục Mỹ thuật sân khấu");
    json_decref(r);
}

/* Initials that are no body's of the article, or that the lexicon knows,
 * leave the post as written. */
static void test_initials_not_defined(void)
{
    /* the lexicon's own abbreviation ("EVN", abbreviations.tsv): expanded
     * in the key, not in the text */
    json_t *r = tx_check_run("Tập đoàn Điện lực Việt Nam (EVN) cho biết. Tổng giám đốc EVN Trần "
                             "Văn Khải nói.");
    HAS_ROLE(r, "Trần Văn Khải", "Tổng giám đốc EVN");
    json_decref(r);
    /* a country in parentheses */
    r = tx_check_run("Công ty Quảng Lâm (VN) ký hợp đồng. Giám đốc VN Trần Văn Khải nói.");
    NO_ROLE(r, "Trần Văn Khải", "Giám đốc Công ty Quảng Lâm");
    json_decref(r);
    /* the same initials for two bodies: neither */
    r = tx_check_run("Công ty Quảng Lâm (QL) và Công ty Quảng Long (QL) ký kết. Giám đốc QL Trần "
                     "Văn Khải nói.");
    HAS_ROLE(r, "Trần Văn Khải", "Giám đốc QL");
    json_decref(r);
    /* initials defined for another body: this post's stays */
    r = tx_check_run("Công ty Quảng Lâm (QLM) và Công ty Phú Long (PLG) ký kết. Giám đốc PLG Trần "
                     "Văn Khải nói.");
    HAS_ROLE(r, "Trần Văn Khải", "Giám đốc Công ty Phú Long");
    NO_ROLE(r, "Trần Văn Khải", "Giám đốc Công ty Quảng Lâm");
    json_decref(r);
    /* no body right before the parenthesis: a person's, or words that are
     * no body's name */
    /* the body's own initials inside its name stay left out */
    r = tx_check_run("GS Nguyễn Văn Tám, Hiệu trưởng trường Đại học Sư phạm (ĐHSP) Hà Nội nói.");
    HAS_ROLE(r, "Nguyễn Văn Tám", "Hiệu trưởng trường Đại học Sư phạm Hà Nội");
    json_decref(r);
    r = tx_check_run("Bộ trưởng Bộ Y tế Trần Văn Khải (TVK) nói. Giám đốc TVK Lê Văn Tâm cho "
                     "biết.");
    HAS_ROLE(r, "Lê Văn Tâm", "Giám đốc TVK");
    json_decref(r);
    r = tx_check_run("Công ty Hòa Phong vừa ký hợp đồng với đối tác Quảng Lâm (QLR). Tổng giám đốc "
                     "QLR Trần Văn Khải nói.");
    HAS_ROLE(r, "Trần Văn Khải", "Tổng giám đốc QLR");
    json_decref(r);
}

/* A firm under its legal form or without it is one firm: one key. */
static void test_legal_form(void)
{
    static const char *const same[][2] = {
        {"Tổng giám đốc Công ty cổ phần Lọc hóa dầu Quảng Lâm",
         "Tổng giám đốc Công ty TNHH MTV Lọc hóa dầu Quảng Lâm"},
        {"Tổng giám đốc Công ty TNHH một thành viên Lọc hóa dầu Quảng Lâm",
         "Tổng giám đốc Công ty Lọc hóa dầu Quảng Lâm"},
        {"Giám đốc Công ty TNHH Phú Long An", "Giám đốc Công ty Phú Long An"},
        {"Giám đốc Cty TNHH Phú Long An", "Giám đốc Công ty Phú Long An"},
        {"Tổng giám đốc Tổng công ty cổ phần Bảo An", "Tổng giám đốc Tổng công ty Bảo An"},
        {"Chủ tịch HĐQT Công ty cổ phần Tập đoàn Phú Long", "Chủ tịch Tập đoàn Phú Long"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        CHECK(tx_check_same_post(same[i][0], same[i][1], 1));
    /* another firm, or a group and its company */
    CHECK(!tx_check_same_post("Giám đốc Công ty TNHH Phú Long An", "Giám đốc Công ty TNHH Phú Long",
                              0));
    CHECK(!tx_check_same_post("Tổng giám đốc Tổng công ty Bảo An", "Tổng giám đốc Công ty Bảo An",
                              0));
}

int main(void)
{
    test_initials_defined();
    test_initials_not_defined();
    test_legal_form();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
