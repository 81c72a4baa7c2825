/*
 * pdate.c — partial dates (see include/tenure/pdate.h).
 *
 * Owns parsing, formatting and day-number arithmetic of day/month/year
 * dates.  Does not know where dates come from (extract/dates.c finds them in
 * text) nor what they mean for tenures (daemon/registry).
 */
#include "tenure/pdate.h"

#include <stdio.h>
#include <string.h>

/* Gregorian leap-year rule. */
static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days in a month of a year. */
int pdate_month_days(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && is_leap(year))
        return 29;
    return days[month - 1];
}

/* Day number of a civil date; 1970-01-01 is 0 (Howard Hinnant's algorithm). */
int32_t pdate_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153u * (unsigned)(m + (m > 2 ? -3 : 9)) + 2u) / 5u + (unsigned)d - 1u;
    const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
    return (int32_t)(era * 146097 + (int)doe - 719468);
}

/* Civil date of a day number, with day precision. */
pdate pdate_from_days(int32_t z)
{
    z += 719468;
    const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460u + doe / 36524u - doe / 146096u) / 365u;
    const int y = (int)yoe + era * 400;
    const unsigned doy = doe - (365u * yoe + yoe / 4u - yoe / 100u);
    const unsigned mp = (5u * doy + 2u) / 153u;
    const unsigned d = doy - (153u * mp + 2u) / 5u + 1u;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    pdate out = {(int16_t)(y + (m <= 2)), (int8_t)m, (int8_t)d, PDATE_DAY};
    return out;
}

/* Validate parts and fill *out with the precision they imply. */
int pdate_make(int year, int month, int day, pdate *out)
{
    if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0)
        return -1;
    if (month == 0 && day != 0)
        return -1;
    if (day != 0 && day > pdate_month_days(year, month))
        return -1;
    out->year = (int16_t)year;
    out->month = (int8_t)month;
    out->day = (int8_t)day;
    out->prec = day ? PDATE_DAY : month ? PDATE_MONTH : PDATE_YEAR;
    return 0;
}

/* Read exactly n ASCII digits. */
static int read_digits(const char *s, int n, int *val)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *val = v;
    return 0;
}

/* Parse YYYY, YYYY-MM or YYYY-MM-DD. */
int pdate_parse(const char *s, pdate *out)
{
    int y = 0, m = 0, d = 0;
    size_t n = s ? strlen(s) : 0;
    if (n != 4 && n != 7 && n != 10)
        return -1;
    if (read_digits(s, 4, &y) < 0)
        return -1;
    if (n >= 7 && (s[4] != '-' || read_digits(s + 5, 2, &m) < 0 || m == 0))
        return -1;
    if (n == 10 && (s[7] != '-' || read_digits(s + 8, 2, &d) < 0 || d == 0))
        return -1;
    return pdate_make(y, m, d, out);
}

/* Format with the precision the date has. */
char *pdate_format(const pdate *d, char *buf)
{
    /* The modulo keeps the compiler's length analysis honest: valid dates
     * never reach it (year <= 9999, month <= 12, day <= 31). */
    unsigned y = (unsigned)d->year % 10000u, m = (unsigned)d->month % 100u;
    unsigned day = (unsigned)d->day % 100u;
    switch (d->prec) {
    case PDATE_YEAR:
        snprintf(buf, 11, "%04u", y);
        break;
    case PDATE_MONTH:
        snprintf(buf, 11, "%04u-%02u", y, m);
        break;
    case PDATE_DAY:
        snprintf(buf, 11, "%04u-%02u-%02u", y, m, day);
        break;
    default:
        buf[0] = '\0';
    }
    return buf;
}

/* First covered day. */
int32_t pdate_first_day(const pdate *d)
{
    return pdate_days_from_civil(d->year, d->month ? d->month : 1, d->day ? d->day : 1);
}

/* Last covered day. */
int32_t pdate_last_day(const pdate *d)
{
    int m = d->month ? d->month : 12;
    int day = d->day ? d->day : pdate_month_days(d->year, m);
    return pdate_days_from_civil(d->year, m, day);
}
