/* test_pdate.c — partial dates: parsing, formatting, covered intervals. */
#include "tenure/pdate.h"
#include "test.h"

int main(void)
{
    pdate d;
    char buf[11];
    CHECK_INT(pdate_parse("2017", &d), 0);
    CHECK_INT(d.prec, PDATE_YEAR);
    CHECK_STR(pdate_format(&d, buf), "2017");
    CHECK_INT(pdate_last_day(&d) - pdate_first_day(&d), 364);
    CHECK_INT(pdate_parse("2024-02", &d), 0);
    CHECK_INT(pdate_last_day(&d) - pdate_first_day(&d), 28); /* leap February */
    CHECK_INT(pdate_parse("2024-07-04", &d), 0);
    CHECK_STR(pdate_format(&d, buf), "2024-07-04");
    CHECK_INT(pdate_first_day(&d), pdate_last_day(&d));
    pdate back = pdate_from_days(pdate_first_day(&d));
    CHECK_INT(back.year, 2024);
    CHECK_INT(back.month, 7);
    CHECK_INT(back.day, 4);
    CHECK_INT(pdate_days_from_civil(1970, 1, 1), 0);
    CHECK_INT(pdate_parse("2023-02-29", &d), -1);
    CHECK_INT(pdate_parse("2023-13", &d), -1);
    CHECK_INT(pdate_parse("2023-1", &d), -1);
    CHECK_INT(pdate_parse("20a3", &d), -1);
    CHECK_INT(pdate_parse("", &d), -1);
    CHECK_INT(pdate_parse("2023-00-10", &d), -1);
    TEST_DONE();
}
