/*
 * test_dates_s20.c — a claim's own day in the article's year (session 20,
 * issue 10): "Trước đó, ngày 14/1, Thủ tướng A ký …" in news of April is
 * January's claim, not April's.  Made-up sentences in the shape of the
 * corpus's 2021 pages (docs/EXTRACTION.md, "A claim's own day in the
 * article's year").
 */
#include "tx_check.h"

#include <stdlib.h>
#include <string.h>

/* The `when` of (person, post) in text extracted at date (NULL when none,
 * "missing" when the claim is absent). */
static const char *when_of(const char *text, const char *date, const char *person, const char *post,
                           char *buf, size_t cap)
{
    tx_error err;
    json_t *r = tx_extract(tx_check_lexicon(), text, strlen(text), date, &err);
    const char *out = "missing";
    json_t *o = r ? tx_check_role(r, person, post) : NULL;
    if (o) {
        const char *w = json_string_value(json_object_get(o, "when"));
        out = w ? (snprintf(buf, cap, "%s", w), buf) : NULL;
    }
    json_decref(r);
    return out;
}

static void test_past_day(void)
{
    char buf[32];
    /* "Trước đó, ngày D/M," opening the sentence: the act's day, of the
     * article's year, three months before the article */
    const char *text = "Ông Lê Văn Hải được bổ nhiệm làm Giám đốc Bệnh viện Đa khoa tỉnh. Trước "
                       "đó, ngày 14/1, Thủ tướng Chính phủ Trần Văn Minh ký quyết định phê "
                       "duyệt đề án.";
    CHECK_STR(when_of(text, "2021-04-22", "Trần Văn Minh", "Thủ tướng Chính phủ", buf, sizeof buf),
              "2021-01-14");
    /* "Ngày D/M," opening the sentence does the same */
    text = "Ngày 20/2, Chủ tịch UBND tỉnh Nam Định Nguyễn Văn Tâm ký quyết định thành lập ban "
           "chỉ đạo.";
    CHECK_STR(when_of(text, "2021-04-22", "Nguyễn Văn Tâm", "Chủ tịch UBND tỉnh Nam Định", buf,
                      sizeof buf),
              "2021-02-20");
    /* with its year too, when that is the article's */
    text = "Trước đó, ngày 14/1/2021, Thủ tướng Chính phủ Trần Văn Minh ký quyết định phê "
           "duyệt đề án.";
    CHECK_STR(when_of(text, "2021-04-22", "Trần Văn Minh", "Thủ tướng Chính phủ", buf, sizeof buf),
              "2021-01-14");
}

static void test_news_day(void)
{
    char buf[32];
    /* within a month of the article's day: the news it reports, dated by
     * the article */
    const char *text = "Ngày 20/4, Chủ tịch UBND tỉnh Nam Định Nguyễn Văn Tâm chủ trì hội nghị.";
    CHECK(when_of(text, "2021-04-22", "Nguyễn Văn Tâm", "Chủ tịch UBND tỉnh Nam Định", buf,
                  sizeof buf) == NULL);
    text = "Trước đó, ngày 14/4/2021, Thủ tướng Chính phủ Trần Văn Minh ký quyết định phê duyệt "
           "đề án.";
    CHECK(when_of(text, "2021-04-22", "Trần Văn Minh", "Thủ tướng Chính phủ", buf, sizeof buf) ==
          NULL);
    /* a day after the article's in its year may be last year's: nothing */
    text = "Trước đó, ngày 20/12, Thủ tướng Chính phủ Trần Văn Minh ký quyết định phê duyệt "
           "đề án.";
    CHECK(when_of(text, "2021-01-10", "Trần Văn Minh", "Thủ tướng Chính phủ", buf, sizeof buf) ==
          NULL);
    /* a day inside the sentence, not opening it: nothing */
    text = "Thủ tướng Chính phủ Trần Văn Minh ký quyết định ngày 14/1, phê duyệt đề án.";
    CHECK(when_of(text, "2021-04-22", "Trần Văn Minh", "Thủ tướng Chính phủ", buf, sizeof buf) ==
          NULL);
    /* an article known only by its year: no day to measure from */
    text = "Trước đó, ngày 14/1, Thủ tướng Chính phủ Trần Văn Minh ký quyết định phê duyệt đề "
           "án.";
    CHECK(when_of(text, "2021", "Trần Văn Minh", "Thủ tướng Chính phủ", buf, sizeof buf) == NULL);
}

int main(void)
{
    test_past_day();
    test_news_day();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
