/*
 * pdate.h — partial dates: a date known to the day, the month or the year.
 *
 * Vietnamese news often fixes only part of a date ("tháng 5/2020", "năm
 * 2017").  A partial date is first-class: it stands for the interval of days
 * it covers, and every comparison works on that interval.  Days are counted
 * as a proleptic-Gregorian day number so that intervals compare with plain
 * integer arithmetic.  Pure functions, no allocation, thread-safe.
 */
#ifndef TENURE_PDATE_H
#define TENURE_PDATE_H

#include <stdbool.h>
#include <stdint.h>

enum pdate_precision { PDATE_NONE = 0, PDATE_YEAR, PDATE_MONTH, PDATE_DAY };

typedef struct pdate {
    int16_t year; /* 1..9999, 0 when precision is PDATE_NONE */
    int8_t month; /* 1..12, 0 when not known */
    int8_t day;   /* 1..31, 0 when not known */
    enum pdate_precision prec;
} pdate;

/* Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar date).
 * Returns 0 and fills *out, or -1 when the string is not one of those. */
int pdate_parse(const char *s, pdate *out);

/* Build from parts; month/day 0 mean unknown.  -1 when not a real date. */
int pdate_make(int year, int month, int day, pdate *out);

/* Format as "YYYY", "YYYY-MM" or "YYYY-MM-DD" into buf (>= 11 bytes).
 * Returns buf; an empty string for PDATE_NONE. */
char *pdate_format(const pdate *d, char *buf);

/* First and last day (day numbers) the partial date covers. */
int32_t pdate_first_day(const pdate *d);
int32_t pdate_last_day(const pdate *d);

/* Day number <-> calendar date (full precision). */
int32_t pdate_days_from_civil(int year, int month, int day);
pdate pdate_from_days(int32_t days);

/* Days in month (leap years respected). */
int pdate_month_days(int year, int month);

#endif
