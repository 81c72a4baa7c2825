/*
 * test_bodies_s20.c — session 20's rules for where a body's name ends
 * inside a post (issue 9, "titles cut at … words inside a body's name").
 * Every sentence is made up; docs/EXTRACTION.md ("Session 20's body
 * names") describes each rule with the same example.
 */
#include "tx_check.h"

#include <stdlib.h>
#include <string.h>

/* A body phrase (orgwords.tsv) written with every syllable capitalised is
 * one piece although its second syllable is a family name: "Sư Phạm" is
 * pedagogy, not "Sư" and a person "Phạm Hà Nội". */
static void test_compound_with_surname(void)
{
    json_t *r = tx_check_run("Theo GS Nguyễn Văn Tám - Hiệu trưởng trường Đại học Sư Phạm Hà "
                             "Nội, trường sẽ mở thêm ngành mới.");
    HAS_ROLE(r, "Nguyễn Văn Tám", "Hiệu trưởng trường Đại học Sư Phạm Hà Nội");
    CHECK(!tx_check_person(r, "Phạm Hà Nội"));
    NO_ROLE(r, "Phạm Hà Nội", "Hiệu trưởng trường Đại học Sư");
    json_decref(r);
    r = tx_check_run("Hiệu trưởng trường Cao đẳng Sư Phạm Trung ương Trần Văn Lộc phát biểu.");
    HAS_ROLE(r, "Trần Văn Lộc", "Hiệu trưởng trường Cao đẳng Sư Phạm Trung ương");
    CHECK(!tx_check_person(r, "Phạm Trung"));
    json_decref(r);
    /* a real person named "Phạm …" after the body stays the holder */
    r = tx_check_run("Hiệu trưởng Trường Đại học Sư Phạm Hà Nội Phạm Văn Hà nói.");
    HAS_ROLE(r, "Phạm Văn Hà", "Hiệu trưởng Trường Đại học Sư Phạm Hà Nội");
    json_decref(r);
    r = tx_check_run("Hiệu trưởng trường ĐH Sư phạm Phạm Văn Hà cho biết trường sẽ mở.");
    HAS_ROLE(r, "Phạm Văn Hà", "Hiệu trưởng trường ĐH Sư phạm");
    json_decref(r);
}

/* An abbreviated prefix that stands for an institution ("ĐH" for "Đại
 * học", abbreviations.tsv; the prefix listed capitalised only) goes on in
 * lower case as the full form does; "TP" ("thành phố") is a place. */
static void test_abbreviated_institution(void)
{
    json_t *r = tx_check_run("Theo GS Nguyễn Văn Tám - Hiệu trưởng trường ĐH Sư phạm Hà Nội, "
                             "trường sẽ mở thêm ngành mới.");
    HAS_ROLE(r, "Nguyễn Văn Tám", "Hiệu trưởng trường ĐH Sư phạm Hà Nội");
    NO_ROLE(r, "Nguyễn Văn Tám", "Hiệu trưởng trường ĐH Sư");
    json_decref(r);
    r = tx_check_run("Ông Phạm Văn Hà, Hiệu trưởng trường ĐH Sư phạm kỹ thuật TP.HCM cho biết.");
    HAS_ROLE(r, "Phạm Văn Hà", "Hiệu trưởng trường ĐH Sư phạm kỹ thuật TP.HCM");
    json_decref(r);
    /* a place after "TP" is complete: the next words are no body's */
    r = tx_check_run("Giám đốc Sở Y tế TP Hà Nội Phạm Văn Hà nói rằng bệnh viện quá tải.");
    HAS_ROLE(r, "Phạm Văn Hà", "Giám đốc Sở Y tế TP Hà Nội");
    json_decref(r);
    r = tx_check_run("Giám đốc ĐH Quốc gia Hà Nội Phạm Văn Hà phát biểu tại lễ khai giảng.");
    HAS_ROLE(r, "Phạm Văn Hà", "Giám đốc ĐH Quốc gia Hà Nội");
    json_decref(r);
}

/* A body's own abbreviation in parentheses inside its name does not end
 * the post, and is left out of its text. */
static void test_paren_abbreviation(void)
{
    json_t *r =
        tx_check_run("GS Nguyễn Văn Tám, Hiệu trưởng trường Đại học Sư phạm (ĐHSP) Hà Nội nói.");
    HAS_ROLE(r, "Nguyễn Văn Tám", "Hiệu trưởng trường Đại học Sư phạm Hà Nội");
    json_decref(r);
    r = tx_check_run("Ông Trần Văn Lộc, Giám đốc Sở Tài nguyên và Môi trường (TN&MT) tỉnh Hà "
                     "Nam cho biết.");
    HAS_ROLE(r, "Trần Văn Lộc", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Hà Nam");
    json_decref(r);
    r = tx_check_run("Phó Tổng giám đốc Bảo hiểm xã hội (BHXH) Việt Nam Phạm Văn Hà cho biết.");
    HAS_ROLE(r, "Phạm Văn Hà", "Phó Tổng giám đốc Bảo hiểm xã hội Việt Nam");
    json_decref(r);
    /* letters that are no initials of the body's words, or no place after
     * the parenthesis: the post ends there as before */
    r = tx_check_run("Ông Phạm Văn Hà, Giám đốc Sở Tài chính (ABC) Hà Nội cho biết.");
    HAS_ROLE(r, "Phạm Văn Hà", "Giám đốc Sở Tài chính");
    json_decref(r);
    r = tx_check_run("Ông Phạm Văn Hà, Giám đốc Sở Y tế (SYT) cho biết.");
    HAS_ROLE(r, "Phạm Văn Hà", "Giám đốc Sở Y tế");
    json_decref(r);
}

int main(void)
{
    test_compound_with_surname();
    test_abbreviated_institution();
    test_paren_abbreviation();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
