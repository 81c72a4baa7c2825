/*
 * date.c — the article date: the day the article reports about.
 *
 * Vietnamese news dates an event with a time-of-day word before day/month
 * ("Chiều 4/7/2024", "Sáng 12.3", "chiều 5/5") or opens a sentence with
 * "Ngày 4-3"; pages carry a publication stamp ("Cập nhật lúc22:22, Thứ Bảy,
 * 04/03/2017", "12/03/2021 15:23", "(03/09/2020 07:55 AM)", "Thứ Sáu, Tháng
 * Bảy 19, 2024", a "# date = YYYYMMDD" header).  The first event date that
 * is not history wins (one with its own year more than a year before the
 * stamp or the latest year the text writes is history told in the article:
 * "Ngày 3/3/1959, khi lực lượng Công an vũ trang thành lập").  A year-less
 * event takes the stamp's year, else the year of the same day written in
 * full elsewhere, else the latest year the text writes as past or present —
 * not targets and plans ("đến năm 2025", "chỉ tiêu … năm 2030", "dự kiến"),
 * not biography years ("sinh năm", "ra quân năm 1983"), raised past a year
 * the text shows is over (its results told, "31/12/2016", a later month of
 * a cited document's date; not a month the sentence speaks of as to come)
 * or past a full date told as past weeks after the event's day ("Ngày 31/5
 * … sáng 8/10/2016, …"), or compared with ("so với năm 2016") or told as
 * over ("Năm 2016 vừa qua"), and to a
 * plan's or deadline's year when that is plainly the present; a career
 * step ("được bổ nhiệm … từ tháng 4-2016"), a law's or an election's year
 * ("Bộ luật Hình sự năm 1999", "bầu cử Mỹ năm 2016") and a decade ("những
 * năm 1970") are no present, an
 * anniversary's span ("kỷ niệm 100 năm … (1917-2017)") ends in it; a
 * year told only as gone by ("hồi cuối năm 2016") is a floor, not the
 * present, and a weekday beside the day ("thứ Năm (1/6)") must hold in the
 * year found or the next; with no usable year the date is null (or the bare
 * year when only history is dated) rather than a guess.  A date with its
 * own year counts as the event only when it opens a sentence ("Đến chiều
 * 23/1/2017" is background); a bare "Ngày D/M/YYYY" only on a stamped page
 * or as the dateline opening an unstamped one's first three lines, when no
 * later year is written.  Dates of documents and other events ("Chỉ thị
 * số 35 ngày 14/6/2024", "Hội nghị ngày 23/4/2020") carry no time-of-day cue
 * and are never taken.  Works on the normalized working text; one linear
 * pass (clause look-backs are bounded to 120 bytes, sentence ones to 240).
 */
#include "tx_internal.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef struct date_state {
    pdate stamp; /* publication stamp or header */
    bool have_stamp;
    int ev_d[8], ev_m[8], ev_y[8]; /* event dates in order (ev_y 0 when not written) */
    int ev_wd[8];                  /* … and the weekday named beside each (0 Monday), -1 none */
    bool ev_open[8];               /* … an unstamped "Ngày D/M/YYYY" opening the article */
    int nev;
    bool have_event;                  /* a year-less event was found: later ones are not needed */
    int fd_d[16], fd_m[16], fd_y[16]; /* full dates of the past or present, for a
                                       * year-less event on the same day */
    int nfd;
    int plan_min;                 /* the earliest year of a plan ("năm 2017 sẽ …"), 0 none */
    int result_floor;             /* a year whose results are told is over: at least this */
    int review_floor;             /* … or that is reviewed (early in the next year) */
    int deadline_min, deadline_m; /* the earliest deadline to the month ("chậm nhất
                                   * tháng 11-2017", "trước ngày 15-7-2017") */
    int wk_d, wk_m;               /* first weak event: "… ngày 19.6" mid-sentence, no year */
    bool have_weak;
    int years[201];               /* how often each year 1900..2100 is written "năm YYYY" */
    int past_latest;              /* the latest year told only as gone by ("hồi cuối năm
                                   * 2016"): the article is later */
    int full_years[201];          /* … and in a full date D/M/YYYY */
    int floor_year;               /* the article is at least this late ("31/12/2016" → 2017) */
    int since_m[16], since_y[16]; /* "từ tháng M/YYYY", documents' dates */
    int nsince;
    int anniversary;    /* the year of an anniversary the text celebrates ("kỷ niệm 60 năm …
                         * (14/6/1957 - 14/6/2017)") */
    short past_md[201]; /* the latest full date of each year told as past: month * 32 + day */
} date_state;

/* Whether c is an ASCII digit. */
static bool date_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* The bytes that can start a date the scan of date_find_text reads: a
 * digit, or the 'T' of "Tháng". */
static const bool date_starts[256] = {
    ['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true, ['5'] = true,
    ['6'] = true, ['7'] = true, ['8'] = true, ['9'] = true, ['T'] = true,
};

/* Whether the eight bytes at w may hold a byte of date_starts (a digit or
 * 'T'): exact for "none" (a word this says no to holds neither), so the
 * scan may skip it whole.  Digits: a byte 0x30..0x39 below 0x80 (the
 * bit-trick "hasbetween"); 'T': a zero byte of w ^ 0x54…54 ("haszero"). */
static inline bool date_word_starts(const char *w)
{
    uint64_t v;
    memcpy(&v, w, 8);
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const uint64_t low7 = v & (ones * 127);
    uint64_t digits =
        (ones * (127 + ('9' + 1)) - low7) & ~v & (low7 + ones * (127 - ('0' - 1))) & highs;
    uint64_t t = v ^ (ones * 'T');
    uint64_t tee = (t - ones) & ~t & highs;
    return (digits | tee) != 0;
}

#ifdef __SSE2__
/* The offset of the first byte of date_starts among the sixteen at w, or
 * 16 when there is none: byte compares with SSE2 (every x86-64). */
static inline size_t date_block_start(const char *w)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)w);
    /* '0'..'9' as signed bytes (the bytes from 0x80 are negative) */
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                  _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    unsigned m =
        (unsigned)_mm_movemask_epi8(_mm_or_si128(digit, _mm_cmpeq_epi8(v, _mm_set1_epi8('T'))));
    return m ? (size_t)__builtin_ctz(m) : 16;
}
#endif

/* Whether c may be part of a word (ASCII letter, digit or UTF-8 byte). */
static bool date_wordbyte(unsigned char c)
{
    return c >= 0x80 || date_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* Read a run of at most max digits at w[*i]; -1 when none or too long. */
static int date_number(const char *w, size_t len, size_t *i, int max, int *ndig)
{
    int v = 0, n = 0;
    while (*i < len && date_digit((unsigned char)w[*i])) {
        if (n < 9)
            v = v * 10 + (w[*i] - '0');
        (*i)++, n++;
    }
    *ndig = n;
    return (n && n <= max) ? v : -1;
}

/* Copy the lower-cased word ending before pos (skipping spaces and the
 * characters in skip) into buf; returns its start or (size_t)-1. */
static size_t date_prev_word(const char *w, size_t pos, const char *skip, char *buf, size_t cap)
{
    size_t e = pos;
    while (e > 0 && (w[e - 1] == ' ' || (skip && w[e - 1] && strchr(skip, w[e - 1]))))
        e--;
    size_t s = e;
    while (s > 0 && date_wordbyte((unsigned char)w[s - 1]) && !date_digit((unsigned char)w[s - 1]))
        s--;
    if (s == e || e - s >= cap / 2)
        return (size_t)-1;
    size_t o = 0, i = s;
    while (i < e) {
        uint32_t cp = norm_decode((const unsigned char *)w, e, &i);
        o += norm_encode(norm_lower(cp), buf + o);
    }
    buf[o] = '\0';
    return s;
}

/* Whether the cue word(s) k occur in w[s, e) at word boundaries. */
static bool date_has_cue(const char *w, size_t s, size_t e, const char *k)
{
    size_t kl = strlen(k);
    for (size_t i = s; i + kl <= e; i++) {
        const char *p = memchr(w + i, k[0], e - kl + 1 - i);
        if (!p)
            return false;
        i = (size_t)(p - w);
        if (!memcmp(w + i, k, kl) && (i == s || !date_wordbyte((unsigned char)w[i - 1])) &&
            (i + kl == e || !date_wordbyte((unsigned char)w[i + kl])))
            return true;
    }
    return false;
}

/* The pairs of bytes that open the words of a clause w[s, e), as a
 * 256-bit set: a cue (date_has_cue) is searched for only when its first
 * two bytes open a word there, so a list of cues costs about one pass
 * over the clause instead of one search each. */
typedef struct date_pairs {
    const char *w;
    size_t s, e;
    uint64_t set[4];
} date_pairs;

static unsigned date_pair(unsigned char a, unsigned char b)
{
    return (a * 33u + b) & 255u;
}

static void date_pairs_of(date_pairs *dp, const char *w, size_t s, size_t e)
{
    const unsigned char *p = (const unsigned char *)w;
    *dp = (date_pairs){w, s, e, {0, 0, 0, 0}};
    bool start = true;
    for (size_t i = s; i + 1 < e; i++) {
        if (start) {
            unsigned b = date_pair(p[i], p[i + 1]);
            dp->set[b >> 6] |= 1ULL << (b & 63);
        }
        start = !date_wordbyte(p[i]);
    }
}

/* Whether any of the n cues occurs in the clause at word boundaries. */
static bool date_pairs_any(const date_pairs *dp, const char *const *cues, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const unsigned char *c = (const unsigned char *)cues[k];
        if (c[0] && c[1]) {
            unsigned b = date_pair(c[0], c[1]);
            if (!((dp->set[b >> 6] >> (b & 63)) & 1))
                continue;
        }
        if (date_has_cue(dp->w, dp->s, dp->e, cues[k]))
            return true;
    }
    return false;
}

/* Whether any of the n cues occurs in w[s, e) at word boundaries: a short
 * list is searched for cue by cue. */
static bool date_any_cue(const char *w, size_t s, size_t e, const char *const *cues, size_t n)
{
    if (n <= 4) {
        for (size_t k = 0; k < n; k++)
            if (date_has_cue(w, s, e, cues[k]))
                return true;
        return false;
    }
    date_pairs dp;
    date_pairs_of(&dp, w, s, e);
    return date_pairs_any(&dp, cues, n);
}

#define DATE_NCUES(cues) (sizeof cues / sizeof cues[0])
#define DATE_ANY_CUE(w, s, e, cues) date_any_cue(w, s, e, cues, DATE_NCUES(cues))

/* A full date told as past this many days after the event's day in its
 * year puts the event in the next year (news reports within weeks). */
enum { DATE_GAP = 45 };

enum { DATE_PLAIN, DATE_PLAN, DATE_TARGET, DATE_BIO };

/* What kind of year the year or date at w[pos, end) is, from its clause
 * (back to the last , . ; : or line end):
 * - DATE_BIO, a biography or history year ("khi ông ra quân năm 1983",
 *   "sinh ngày 12/6/1953", "vào Đảng năm 1965", "kỷ niệm … năm");
 * - DATE_TARGET, a long-term target ("Mục tiêu đặt ra là chậm nhất đến năm
 *   2025", "đến tận năm 2025", "từ nay đến năm 2025", "chỉ tiêu … năm
 *   2025", "giai đoạn", "nhiệm kỳ", "tầm nhìn"): never the article's year;
 * - DATE_PLAN, a plan of this year or a later one ("nhiệm vụ năm 2017 sẽ
 *   …", "dự kiến cuối năm 2017", "năm 2025 phải đạt"): the article is
 *   written no later than that;
 * - DATE_PLAIN, a year of the past or the present.
 * Whole years only ("năm YYYY"): with month ("tháng M/YYYY") and full
 * dates only biography and target cues count (plan_cues false). */
static int date_context(const char *w, size_t len, size_t pos, size_t end, bool plan_cues)
{
    static const char *const bio[] = {
        "sinh năm",     "sinh ngày",   "Sinh năm",        "Sinh ngày",  "ra quân",   "nhập ngũ",
        "xuất ngũ",     "vào Đảng",    "kết nạp",         "cách mạng",  "thành lập", "tốt nghiệp",
        "hy sinh",      "từ trần",     "qua đời",         "ra đời",     "kỷ niệm",   "Kỷ niệm",
        "truyền thống", "khánh thành", "tiền khởi nghĩa", "kháng chiến"};
    static const char *const target[] = {
        "chậm nhất", "từ nay",   "Từ nay",     "đến tận",    "giai đoạn",  "Giai đoạn",
        "nhiệm kỳ",  "Nhiệm kỳ", "tầm nhìn",   "Tầm nhìn",   "mục tiêu",   "Mục tiêu",
        "chỉ tiêu",  "Chỉ tiêu", "định hướng", "Định hướng", "chiến lược", "lộ trình"};
    static const char *const plan[] = {
        "phải",     "sẽ",       "dự kiến",      "Dự kiến",      "kế hoạch", "Kế hoạch",  "phấn đấu",
        "Phấn đấu", "nhiệm vụ", "chương trình", "Chương trình", "dự toán",  "hoàn thành"};
    size_t s = pos;
    while (s > 0 && pos - s < 120 && w[s - 1] != '.' && w[s - 1] != ',' && w[s - 1] != ';' &&
           w[s - 1] != ':' && w[s - 1] != '\n' && w[s - 1] != '(')
        s--;
    date_pairs dp;
    date_pairs_of(&dp, w, s, pos);
    if (date_pairs_any(&dp, bio, DATE_NCUES(bio)))
        return DATE_BIO;
    if (date_pairs_any(&dp, target, DATE_NCUES(target)))
        return DATE_TARGET;
    if (!plan_cues)
        return DATE_PLAIN;
    if (date_pairs_any(&dp, plan, DATE_NCUES(plan)))
        return DATE_PLAN;
    /* what follows in the clause: "năm 2025 phải đạt", "năm 2017 sẽ" */
    size_t e = end;
    while (e < len && e - end < 40 && w[e] != '.' && w[e] != ',' && w[e] != ';' && w[e] != '\n')
        e++;
    static const char *const after[] = {"phải", "sẽ", "kế hoạch", "trở đi"};
    if (DATE_ANY_CUE(w, end, e, after))
        return DATE_PLAN;
    return DATE_PLAIN;
}

/* Whether a lower-case word names a time of day. */
static bool date_time_of_day(const char *k)
{
    static const char *const words[] = {"sáng", "chiều", "tối", "trưa", "đêm", "rạng sáng"};
    for (size_t n = 0; n < sizeof words / sizeof words[0]; n++)
        if (!strcmp(k, words[n]))
            return true;
    return false;
}

/* Whether a clock time "HH:MM" or "HHhMM" starts at w[i] (after spaces). */
static bool date_clock_at(const char *w, size_t len, size_t i)
{
    while (i < len && w[i] == ' ')
        i++;
    int nd;
    int h = date_number(w, len, &i, 2, &nd);
    if (h < 0 || h > 24 || i >= len || (w[i] != ':' && w[i] != 'h'))
        return false;
    i++;
    int m = date_number(w, len, &i, 2, &nd);
    return m >= 0 && m < 60 && nd == 2;
}

/* Whether the text before pos on the same line shows a stamp: a clock time,
 * "|" or nothing but spaces and '(' — or "Thứ …,", "lúc", "Cập nhật" close
 * before it (not "trước lúc đi xa vào buổi sáng ngày 2/9/1969", a story
 * told in the text). */
static bool date_stamp_before(const char *w, size_t pos)
{
    size_t s = pos;
    while (s > 0 && w[s - 1] != '\n' && pos - s < 80)
        s--;
    bool only_space = true;
    for (size_t k = s; k < pos; k++) {
        if (w[k] != ' ' && w[k] != '(')
            only_space = false;
        if (w[k] == '|' || (w[k] == ':' && k > s && date_digit((unsigned char)w[k - 1])))
            return true;
    }
    if (only_space)
        return true;
    /* "Thứ" only as a weekday ("Thứ Bảy", "Thứ 7"), not "Thứ trưởng" */
    const char *cues[] = {"Thứ Hai", "Thứ Ba",   "Thứ Tư",   "Thứ Năm",  "Thứ Sáu",   "Thứ Bảy",
                          "Thứ hai", "Thứ ba",   "Thứ tư",   "Thứ năm",  "Thứ sáu",   "Thứ bảy",
                          "Thứ 2",   "Thứ 3",    "Thứ 4",    "Thứ 5",    "Thứ 6",     "Thứ 7",
                          "lúc",     "Cập nhật", "cập nhật", "Chủ nhật", "Ngày đăng", "Đăng ngày"};
    for (size_t c = 0; c < sizeof cues / sizeof cues[0]; c++) {
        size_t cl = strlen(cues[c]);
        /* (a cue ends at most 24 bytes before pos: start there) */
        size_t k = pos >= s + cl + 24 ? pos - cl - 24 : s;
        for (; k + cl <= pos; k++)
            if (w[k] == cues[c][0] && !memcmp(w + k, cues[c], cl))
                return true;
    }
    return false;
}

/* The cue search of date_result / date_review. */
static bool date_result_cues(const char *w, size_t len, size_t pos, size_t end, bool review)
{
    static const char *const before[] = {"chỉ tính",   "Chỉ tính", "tính riêng",
                                         "Tính riêng", "tổng kết", "Tổng kết",
                                         "kết quả",    "Kết quả",  "quyết toán"};
    static const char *const reviews[] = {"tình hình", "Tình hình", "đánh giá",
                                          "Đánh giá",  "nhìn lại",  "Nhìn lại"};
    static const char *const after[] = {"đạt", "tăng", "giảm", "đã có"};
    size_t s = pos;
    while (s > 0 && pos - s < 60 && w[s - 1] != '.' && w[s - 1] != ',' && w[s - 1] != ';' &&
           w[s - 1] != ':' && w[s - 1] != '\n')
        s--;
    if (review) {
        if (DATE_ANY_CUE(w, s, pos, reviews))
            return true;
        return false;
    }
    if (pos - s > 40) {
        s = pos - 40;
        while (s < pos && w[s - 1] != ' ')
            s++; /* at a word start */
    }
    if (DATE_ANY_CUE(w, s, pos, before))
        return true;
    size_t e = end;
    while (e < len && e - end < 24 && w[e] != '.' && w[e] != ',' && w[e] != ';' && w[e] != '\n')
        e++;
    if (DATE_ANY_CUE(w, end, e, after))
        return true;
    return false;
}

/* Whether the clause of the year at w[pos, end) tells that year's results
 * (review false) or reviews it (review true).  Results:
 * "đạt", "tăng", "giảm", "đã có" after it, or "chỉ tính", "tính riêng",
 * "tổng kết", "kết quả", "quyết toán" before it. */
static bool date_result(const char *w, size_t len, size_t pos, size_t end)
{
    return date_result_cues(w, len, pos, end, false);
}

/* Whether the sentence before the year at w[pos] reviews it as a body's
 * yearly self-criticism ("thảo luận … về kết quả kiểm điểm sự lãnh đạo,
 * chỉ đạo của Bộ Chính trị, Ban Bí thư năm 2016"): held once the year is
 * over. */
static bool date_self_review(const char *w, size_t pos)
{
    size_t s = pos;
    while (s > 0 && pos - s < 160 && w[s - 1] != '.' && w[s - 1] != '!' && w[s - 1] != '?' &&
           w[s - 1] != ';' && w[s - 1] != '\n')
        s--;
    return date_has_cue(w, s, pos, "kiểm điểm") || date_has_cue(w, s, pos, "Kiểm điểm");
}

/* Whether the clause of the year reviews it ("tình hình kinh tế - xã hội
 * trong năm 2016", "đánh giá … năm 2016"): a review early in a year is of
 * the year before. */
static bool date_review(const char *w, size_t len, size_t pos, size_t end)
{
    return date_result_cues(w, len, pos, end, true);
}

/* Whether the date at w[pos] is told as past: a cited document's date
 * ("Nghị quyết 25/2016/QH14 ngày 9/11/2016", "Quyết định số 1694/QĐ-TTg,
 * ngày 22/9/2014": documents precede the article) or "Trước đó, …". */
static bool date_past(const char *w, size_t pos)
{
    static const char *const cues[] = {
        "Trước đó",  "trước đó", "số",       "Nghị quyết", "Quyết định", "Chỉ thị",   "Thông tư",
        "Nghị định", "Kết luận", "Công văn", "Quy định",   "Thông báo",  "Công điện", "Tờ trình"};
    size_t s = pos;
    while (s > 0 && pos - s < 120 && w[s - 1] != '.' && w[s - 1] != ';' && w[s - 1] != '\n')
        s--;
    if (DATE_ANY_CUE(w, s, pos, cues))
        return true;
    /* a document code: "25/2016/QH14", "07-NQ/TW" */
    for (size_t k = s + 1; k + 1 < pos; k++)
        if (w[k] == '/' && w[k + 1] >= 'A' && w[k + 1] <= 'Z')
            for (size_t q = k - 1; q >= s && k - q <= 4; q--) {
                if (date_digit((unsigned char)w[q]))
                    return true; /* not "Ảnh: Nhan Sáng/TTXVN" */
                if (q == 0)
                    break;
            }
    return false;
}

/* Whether the month at w[pos, end) is spoken of as ahead: a cue of the
 * future or of a deadline earlier in its clause ("dự kiến ngay trong
 * tháng 7/2017 sẽ", "tới tháng 12/2017") or "sẽ"/"để" after it before the
 * clause ends ("cuối tháng 7/2017, sẽ tiến hành", "vào tháng 9/2017 để
 * tạo điều kiện"). */
static bool date_ahead(const char *w, size_t len, size_t pos, size_t end)
{
    static const char *const back[] = {"sẽ",  "dự kiến", "dự định", "kế hoạch",  "tới",
                                       "đến", "trước",   "trong",   "chậm nhất", "hết"};
    size_t s = pos;
    while (s > 0 && pos - s < 80 && w[s - 1] != '.' && w[s - 1] != ';' && w[s - 1] != '\n' &&
           w[s - 1] != ',')
        s--;
    if (DATE_ANY_CUE(w, s, pos, back))
        return true;
    size_t e = end;
    while (e < len && e - end < 40 && w[e] != '.' && w[e] != ';' && w[e] != '\n')
        e++;
    return date_has_cue(w, end, e, "sẽ") || date_has_cue(w, end, e, "để");
}

static bool date_opens_sentence(const char *w, size_t pos);

/* Whether the full date at w[pos, end) is more likely a time to come than
 * one gone by: after "vào", "từ", "đến", "tới" (skipping "ngày", "hôm" and
 * a clock time: "vào 4h ngày 8/7/2017", "từ 1.6.2017") unless "đã" stands
 * before it in its sentence ("đã phóng 20 vệ tinh … vào ngày 22/6/2016");
 * "phải" after it in its clause ("30/6/2017 phải vận hành"); or "sẽ" in a
 * sentence it opens ("Ngày 12/6/2017 tại … sẽ diễn ra"). */
static bool date_full_ahead(const char *w, size_t len, size_t pos, size_t end)
{
    static const char *const before[] = {"từ", "tới"};
    /* the end of a range ("(8-11-1972 / 8-11-2017)", "18/7/1977- 18/7/2017",
     * "từ ngày 7/6 – 12/6/2017"): an anniversary or a period's end */
    size_t r = pos;
    while (r > 0 && w[r - 1] == ' ')
        r--;
    if (r > 0 && (w[r - 1] == '-' || w[r - 1] == '/'))
        return true;
    if (r >= 3 && (unsigned char)w[r - 3] == 0xE2 && (unsigned char)w[r - 2] == 0x80 &&
        ((unsigned char)w[r - 1] == 0x93 || (unsigned char)w[r - 1] == 0x94))
        return true;
    char prev[64];
    size_t p = pos, first = pos; /* first: where the date's own words begin */
    size_t ps = date_prev_word(w, p, ",", prev, sizeof prev);
    for (int hop = 0; hop < 4 && ps != (size_t)-1; hop++) {
        bool skip = !strcmp(prev, "ngày") || !strcmp(prev, "hôm") || !strcmp(prev, "giờ") ||
                    !strcmp(prev, "h") || date_time_of_day(prev);
        if (!skip)
            break;
        p = first = ps;
        while (p > 0 && (w[p - 1] == ' ' || date_digit((unsigned char)w[p - 1])))
            p--;
        ps = date_prev_word(w, p, ",", prev, sizeof prev);
    }
    size_t s = pos, se = end;
    while (s > 0 && pos - s < 240 && w[s - 1] != '.' && w[s - 1] != '!' && w[s - 1] != '?' &&
           w[s - 1] != ';' && w[s - 1] != '\n')
        s--;
    while (se < len && se - end < 240 && w[se] != '.' && w[se] != '!' && w[se] != '?' &&
           w[se] != ';' && w[se] != '\n')
        se++;
    if (ps != (size_t)-1 && !date_has_cue(w, s, pos, "đã") && !date_has_cue(w, end, se, "đã"))
        for (size_t k = 0; k < sizeof before / sizeof before[0]; k++)
            if (!strcmp(prev, before[k]))
                return true;
    size_t e = end;
    while (e < len && e - end < 40 && w[e] != '.' && w[e] != ',' && w[e] != ';' && w[e] != '\n')
        e++;
    if (date_has_cue(w, end, e, "phải"))
        return true;
    if (date_opens_sentence(w, first)) {
        e = end;
        while (e < len && e - end < 240 && w[e] != '.' && w[e] != '!' && w[e] != '?' &&
               w[e] != ';' && w[e] != '\n')
            e++;
        if (date_has_cue(w, end, e, "sẽ"))
            return true;
    }
    return false;
}

/* Whether the clause of the year at w[pos] ("năm" of "năm YYYY") tells it
 * as a time gone by, seen from a later present: "sau chuỗi trận thất vọng
 * hồi cuối năm 2016", "hồi đầu năm 2016", "Trước đó, tại hội nghị thượng
 * đỉnh NATO năm 2016" ("hồi năm 2016" is not counted at all, see
 * date_count_year).  Not "thu hồi đất năm 2017" (a verb of "hồi").  A
 * year told so is no evidence that it is the article's own. */
static bool date_told_past(const char *w, size_t pos)
{
    size_t s = pos;
    while (s > 0 && pos - s < 120 && w[s - 1] != '.' && w[s - 1] != ',' && w[s - 1] != ';' &&
           w[s - 1] != ':' && w[s - 1] != '\n' && w[s - 1] != '(')
        s--;
    if (date_has_cue(w, s, pos, "trước đó") || date_has_cue(w, s, pos, "Trước đó"))
        return true;
    /* "Trước đó, trong năm 2016, …": the clause right after it */
    if (s > 0 && w[s - 1] == ',') {
        size_t q = s - 1;
        while (q > 0 && w[q - 1] == ' ')
            q--;
        static const char tr[] = "Trước đó";
        size_t tl = sizeof tr - 1;
        if (q >= tl && !memcmp(w + q - tl, tr, tl) && date_opens_sentence(w, q - tl))
            return true;
    }
    char prev[64], pp[64];
    size_t ps = date_prev_word(w, pos, NULL, prev, sizeof prev);
    if (ps == (size_t)-1)
        return false;
    bool part = !strcmp(prev, "đầu") || !strcmp(prev, "cuối") || !strcmp(prev, "giữa");
    size_t q = part ? date_prev_word(w, ps, NULL, prev, sizeof prev) : ps;
    if (q == (size_t)-1)
        return false;
    if (strcmp(prev, "hồi"))
        return false;
    return date_prev_word(w, q, NULL, pp, sizeof pp) == (size_t)-1 ||
           (strcmp(pp, "thu") && strcmp(pp, "phục") && strcmp(pp, "phản"));
}

/* Whether the sentence of the year at w[pos, end) ("năm" of "năm YYYY")
 * tells a story of the past, seen from a later present:
 * - a frame of the past anywhere in it: "khi đó", "lúc đó", "lúc bấy giờ",
 *   "thời điểm đó", "năm ấy", "hồi đó", "thời đó", a story retold
 *   ("Theo lời kể, giữa năm 2016, các trinh sát phát hiện …");
 * - the year opening the sentence as its time, "Năm 2016, …" or "Giữa năm
 *   2016, …" (a report of the present names it as "năm nay" or writes no
 *   year; news writes the year of what happened before), unless the
 *   sentence plans ("Năm 2017, công ty đặt kế hoạch doanh thu …").
 * A year so told says the article is later, not that it is of that year. */
static bool date_narrative(const char *w, size_t len, size_t pos, size_t end)
{
    static const char *const frames[] = {
        "khi đó",       "Khi đó",       "khi ấy",       "Khi ấy",      "lúc đó",
        "Lúc đó",       "lúc ấy",       "Lúc ấy",       "lúc bấy giờ", "Lúc bấy giờ",
        "thời điểm đó", "Thời điểm đó", "thời điểm ấy", "năm ấy",      "năm đó",
        "hồi đó",       "Hồi đó",       "thời đó",      "Thời đó",     "lời kể"};
    static const char *const plans[] = {"kế hoạch", "mục tiêu", "dự kiến", "sẽ",
                                        "phấn đấu", "chỉ tiêu", "dự toán"};
    size_t s = pos, e = end;
    while (s > 0 && pos - s < 240 && w[s - 1] != '.' && w[s - 1] != '!' && w[s - 1] != '?' &&
           w[s - 1] != ';' && w[s - 1] != '\n')
        s--;
    /* (a '.' inside a word does not end it: "TP.HCM sẽ …") */
    while (e < len && e - end < 240 && w[e] != '!' && w[e] != '?' && w[e] != ';' && w[e] != '\n' &&
           !(w[e] == '.' && (e + 1 == len || w[e + 1] == ' ' || w[e + 1] == '\n')))
        e++;
    if (DATE_ANY_CUE(w, s, e, frames))
        return true;
    size_t o = s;
    while (o < pos && (w[o] == ' ' || w[o] == '"'))
        o++;
    bool opens = (o == pos && w[pos] == 'N') ||
                 (pos - o == strlen("Giữa ") && !memcmp(w + o, "Giữa ", strlen("Giữa ")));
    size_t c = end;
    while (c < len && w[c] == ' ')
        c++;
    if (!opens || c >= len || w[c] != ',')
        return false;
    if (DATE_ANY_CUE(w, s, e, plans))
        return false;
    return true;
}

/* Whether the sentence of the month at w[pos, end) speaks of it as still
 * to come: a cue of the future anywhere before it in its sentence ("đang
 * xây dựng kế hoạch mở triển lãm … vào tháng 5/2019", "chuyển lời mời …
 * sang tham dự Hội nghị cấp cao APEC 2017 tại Đà Nẵng vào tháng 11/2017"),
 * or, for a month opening its sentence, "sẽ" / "dự kiến" / "sắp" in the
 * clause it dates ("Đầu tháng 8-2017, hồ sơ mời thầu dự án … sẽ phát
 * hành").  Not a month told as past: "hồi tháng 11/2016", "từ tháng
 * 10/2016", "đã" after it in its clause ("tháng 12/2016, Nga đã thực hiện
 * …"). */
static bool date_future_sentence(const char *w, size_t len, size_t pos, size_t end)
{
    static const char *const cues[] = {"sẽ",      "Sẽ",       "dự kiến",  "Dự kiến",  "dự định",
                                       "Dự định", "kế hoạch", "Kế hoạch", "chuẩn bị", "lời mời",
                                       "hy vọng", "Hy vọng",  "sắp"};
    static const char *const verbs[] = {"sẽ", "dự kiến", "sắp"};
    char prev[64];
    size_t ps = date_prev_word(w, pos, NULL, prev, sizeof prev);
    if (ps != (size_t)-1 &&
        (!strcmp(prev, "đầu") || !strcmp(prev, "cuối") || !strcmp(prev, "giữa")))
        ps = date_prev_word(w, ps, NULL, prev, sizeof prev);
    if (ps != (size_t)-1 && (!strcmp(prev, "hồi") || !strcmp(prev, "từ")))
        return false;
    size_t c = end;
    while (c < len && c - end < 160 && w[c] != '.' && w[c] != '!' && w[c] != '?' && w[c] != ';' &&
           w[c] != '\n')
        c++;
    if (date_has_cue(w, end, c, "đã"))
        return false;
    size_t s = pos;
    bool comma = false;
    while (s > 0 && pos - s < 240 && w[s - 1] != '.' && w[s - 1] != '!' && w[s - 1] != '?' &&
           w[s - 1] != ';' && w[s - 1] != '\n') {
        comma |= w[s - 1] == ',';
        s--;
    }
    if (DATE_ANY_CUE(w, s, pos, cues))
        return true;
    size_t a = end;
    while (a < len && w[a] == ' ')
        a++;
    if (comma || a >= len || w[a] != ',')
        return false;
    if (DATE_ANY_CUE(w, a, c, verbs))
        return true;
    return false;
}

/* Whether the sentence of the year or month at w[pos, end) tells a step of
 * someone's career ("trở thành Bộ trưởng Bộ GD-ĐT tháng 7/2006", "Tháng
 * 8-2007, ông được bổ nhiệm phó thủ tướng", "Đại hội Đảng lần thứ XII đầu
 * năm 2016, ông Nguyễn Thiện Nhân tái đắc cử"): a biography of the person
 * the news is about, whose steps are all before the article by any amount
 * of time.  Looked for in the clause before the year and up to 200 bytes
 * after it in its sentence. */
static bool date_career(const char *w, size_t len, size_t pos, size_t end)
{
    static const char *const cues[] = {
        "bổ nhiệm",  "được bầu",  "đắc cử",    "tái cử",    "giữ chức", "trở thành",
        "đảm nhiệm", "phân công", "phê chuẩn", "điều động", "nghỉ hưu", "được cử",
        "trúng cử",  "ông làm",   "bà làm",    "ông giữ",   "bà giữ"};
    size_t s = pos;
    while (s > 0 && pos - s < 120 && w[s - 1] != '.' && w[s - 1] != ',' && w[s - 1] != ';' &&
           w[s - 1] != ':' && w[s - 1] != '\n')
        s--;
    /* a time opening its sentence ("Tháng 8-2007, ông …", "Đầu năm 2016,
     * …") dates the whole sentence; any other, its clause */
    size_t o = s;
    while (o < pos && w[o] == ' ')
        o++;
    bool opens = date_opens_sentence(w, o) && pos - o <= 24;
    /* a time closing its clause dates the next one: "Đại hội Đảng lần thứ
     * XII đầu năm 2016, ông … tái đắc cử" */
    size_t c = end;
    while (c < len && w[c] == ' ')
        c++;
    bool closes = c < len && w[c] == ',';
    size_t e = closes ? c + 1 : end;
    while (e < len && e - end < 200 && w[e] != '.' && w[e] != '!' && w[e] != '?' && w[e] != ';' &&
           w[e] != '\n' && (opens || w[e] != ','))
        e++;
    if (DATE_ANY_CUE(w, s, e, cues))
        return true;
    return false;
}

/* Whether the year of "năm YYYY" at w[pos] is part of a law's or a
 * treaty's name ("Bộ luật Hình sự năm 1999, sửa đổi bổ sung năm 2009",
 * "Luật Di trú và quốc tịch Mỹ năm 1965", "Hiến pháp năm 2013"): the year
 * the text was passed, before the article by any amount of time; or of an
 * election's ("can thiệp bầu cử Mỹ năm 2016", "chiến dịch tranh cử năm
 * 2016"), an event named by its year once it is history. */
static bool date_titled(const char *w, size_t pos)
{
    static const char *const cues[] = {"Luật",      "luật",     "Hiến pháp", "Công ước",
                                       "Hiệp định", "Hiệp ước", "sửa đổi",   "bầu cử",
                                       "tranh cử",  "Bầu cử",   "Tranh cử"};
    size_t s = pos;
    while (s > 0 && pos - s < 60 && w[s - 1] != '.' && w[s - 1] != ',' && w[s - 1] != ';' &&
           w[s - 1] != ':' && w[s - 1] != '\n' && w[s - 1] != '(')
        s--;
    if (DATE_ANY_CUE(w, s, pos, cues))
        return true;
    return false;
}

/* A month of a year the text writes, "tháng M/YYYY" or "tháng M năm YYYY"
 * at w[pos, end) (pos at "tháng"): a deadline's ("chậm nhất tháng
 * 11-2017") is this year or a later one; a career step's is gone by; any
 * other month the text speaks of as past or present ("từ tháng 10/2016",
 * "hồi tháng 12/2016", "vào tháng 9/2016 là minh chứng", "từ khoảng tháng
 * 10, tháng 11 năm 2016") is no later than the article, so an event in an
 * earlier month is in a later year. */
static void date_month_year(date_state *st, const char *w, size_t len, size_t pos, size_t end,
                            int m, int y)
{
    int kind = date_context(w, len, pos, end, false);
    if (kind == DATE_TARGET && (!st->deadline_min || y < st->deadline_min)) {
        st->deadline_min = y;
        st->deadline_m = m;
    }
    if (kind != DATE_PLAIN)
        return;
    /* "hồi tháng 1/2016": gone by, as "hồi cuối năm 2016" (date_told_past) */
    char hp[64];
    bool gone = date_prev_word(w, pos, NULL, hp, sizeof hp) != (size_t)-1 && !strcmp(hp, "hồi");
    if (gone || date_career(w, len, pos, end)) {
        if (y > st->past_latest)
            st->past_latest = y;
    } else {
        st->years[y - 1900]++;
    }
    if (st->nsince < 16 && !date_ahead(w, len, pos, end) &&
        !date_future_sentence(w, len, pos, end)) {
        st->since_m[st->nsince] = m;
        st->since_y[st->nsince++] = y;
    }
}

/* Whether the words at w[a] say the year before them is over: "vừa qua"
 * or "qua" ("Năm 2016 vừa qua, thị trường …", "trong năm 2016 qua"), not
 * "qua đời" ("… năm 2017 vừa qua đời": died). */
static bool date_year_over(const char *w, size_t len, size_t a)
{
    static const char vq[] = "vừa ", qua[] = "qua", doi[] = "đời";
    if (len - a >= sizeof vq - 1 && !memcmp(w + a, vq, sizeof vq - 1))
        a += sizeof vq - 1;
    if (len - a < sizeof qua - 1 || memcmp(w + a, qua, sizeof qua - 1))
        return false;
    a += sizeof qua - 1;
    if (a < len && date_wordbyte((unsigned char)w[a]))
        return false;
    while (a < len && w[a] == ' ')
        a++;
    return len - a < sizeof doi - 1 || memcmp(w + a, doi, sizeof doi - 1) != 0;
}

/* Count a year written "năm YYYY" at w[i] (a 4-digit number), unless it is
 * a target ("đến năm 2020", "vào năm 2025") or a range ("năm 2018-2019"). */
static void date_count_year(date_state *st, const char *w, size_t len, size_t i)
{
    if (i + 4 > len)
        return;
    for (int k = 0; k < 4; k++)
        if (!date_digit((unsigned char)w[i + k]))
            return;
    if (i + 4 < len && (date_wordbyte((unsigned char)w[i + 4]) ||
                        (w[i + 4] == '-' && i + 5 < len && date_digit((unsigned char)w[i + 5]))))
        return;
    int v = (w[i] - '0') * 1000 + (w[i + 1] - '0') * 100 + (w[i + 2] - '0') * 10 + (w[i + 3] - '0');
    if (v < 1900 || v > 2100)
        return;
    /* "15/5/ 2017": a full date with a stray space */
    if (i >= 3 && w[i - 1] == ' ' && w[i - 2] == '/' && date_digit((unsigned char)w[i - 3])) {
        st->full_years[v - 1900]++;
        return;
    }
    char prev[64], pp[64];
    size_t ps = date_prev_word(w, i, NULL, prev, sizeof prev);
    if (ps == (size_t)-1 || strcmp(prev, "năm"))
        return;
    /* "tháng 11 năm 2016": a month of that year, as "tháng 11/2016" */
    size_t q = ps;
    while (q > 0 && w[q - 1] == ' ')
        q--;
    size_t md = q;
    while (md > 0 && q - md < 2 && date_digit((unsigned char)w[md - 1]))
        md--;
    char th[64];
    if (md < q && (md == 0 || !date_wordbyte((unsigned char)w[md - 1]))) {
        int m = q - md == 2 ? (w[md] - '0') * 10 + (w[md + 1] - '0') : w[md] - '0';
        size_t ts = date_prev_word(w, md, NULL, th, sizeof th);
        if (m >= 1 && m <= 12 && ts != (size_t)-1 && !strcmp(th, "tháng")) {
            date_month_year(st, w, len, ts, i + 4, m, v);
            return;
        }
    }
    static const char *const targets[] = {"đến", "tới",  "vào", "khoảng", "trước", "sau",
                                          "từ",  "sinh", "hồi", "tận",    "phải",  "những"};
    size_t pps = date_prev_word(w, ps, NULL, pp, sizeof pp);
    if (pps != (size_t)-1)
        for (size_t k = 0; k < sizeof targets / sizeof targets[0]; k++)
            if (!strcmp(pp, targets[k]))
                return;
    /* "vào đầu năm 2019", "tới cuối năm 2018": a target too */
    char p3[64];
    if (pps != (size_t)-1 && (!strcmp(pp, "đầu") || !strcmp(pp, "cuối") || !strcmp(pp, "giữa")) &&
        date_prev_word(w, pps, NULL, p3, sizeof p3) != (size_t)-1 &&
        (!strcmp(p3, "vào") || !strcmp(p3, "tới")))
        return;
    /* "so với cùng kỳ năm 2016", "so với năm 2016": compared with that
     * year (or the same time of it), so the article is of a later one */
    char p3c[64];
    size_t p3s = pps != (size_t)-1 ? date_prev_word(w, pps, NULL, p3c, sizeof p3c) : (size_t)-1;
    if (p3s != (size_t)-1 && v + 1 > st->floor_year &&
        ((!strcmp(pp, "kỳ") && !strcmp(p3c, "cùng")) || (!strcmp(pp, "với") && !strcmp(p3c, "so"))))
        st->floor_year = v + 1;
    int kind = date_context(w, len, i, i + 4, true);
    /* a whole year (not "6 tháng đầu năm 2017") whose results are told ("Chỉ tính trong năm 2016 đã
     * có hơn 4.000 doanh nghiệp", "kim ngạch năm 2016 đạt gần 72 tỷ USD") is over: the article is
     * written later */
    bool part =
        pps != (size_t)-1 && (!strcmp(pp, "đầu") || !strcmp(pp, "cuối") || !strcmp(pp, "giữa") ||
                              !strcmp(pp, "tháng") || !strcmp(pp, "quý"));
    if (kind == DATE_PLAIN && !part && (date_result(w, len, i, i + 4) || date_self_review(w, ps)) &&
        v + 1 > st->result_floor)
        st->result_floor = v + 1;
    if (kind == DATE_PLAIN && !part && date_review(w, len, i, i + 4) && v + 1 > st->review_floor)
        st->review_floor = v + 1;
    /* "nhiệm vụ 6 tháng cuối năm 2017": the rest of this year */
    if (kind == DATE_PLAN && part)
        kind = DATE_PLAIN;
    if (kind == DATE_PLAN && (!st->plan_min || v < st->plan_min))
        st->plan_min = v;
    if (kind != DATE_PLAIN)
        return;
    /* a year told as gone by ("hồi cuối năm 2016", "Đầu năm 2016 đến nay")
     * is no present */
    size_t a = i + 4;
    while (a < len && w[a] == ' ')
        a++;
    bool to_now = (len - a >= strlen("đến nay") && !memcmp(w + a, "đến nay", strlen("đến nay"))) ||
                  (len - a >= strlen("tới nay") && !memcmp(w + a, "tới nay", strlen("tới nay")));
    /* "Năm 2016 vừa qua, …", "trong năm 2016 qua": the year is over, the
     * article is of a later one */
    bool over = date_year_over(w, len, a);
    if (over && v + 1 > st->floor_year)
        st->floor_year = v + 1;
    if (!to_now && !over && !date_told_past(w, ps) && !date_career(w, len, ps, i + 4) &&
        !date_titled(w, ps) && !date_narrative(w, len, ps, i + 4))
        st->years[v - 1900]++;
    else if (v > st->past_latest)
        st->past_latest = v;
    /* "cuối năm 2016", "hết năm 2016" told as past or present (not "6
     * tháng cuối năm 2017", the half-year ahead, nor "đến cuối năm"): the
     * year's end has come, so an event in an earlier month is in a later
     * year (as "từ tháng 12/2016" is) */
    char p4[64] = "";
    if (pps != (size_t)-1 && (!strcmp(pp, "cuối") || !strcmp(pp, "hết")) && st->nsince < 16 &&
        (date_prev_word(w, pps, NULL, p4, sizeof p4) == (size_t)-1 ||
         (strcmp(p4, "tháng") && strcmp(p4, "quý") && strcmp(p4, "đến") && strcmp(p4, "trước"))) &&
        !date_ahead(w, len, pps, i + 4)) {
        st->since_m[st->nsince] = 12;
        st->since_y[st->nsince++] = v;
    }
}

/* Month number of a Vietnamese month word after "Tháng" ("Bảy" → 7). */
static int date_month_word(const char *w, size_t len, size_t *i)
{
    static const char *const names[] = {"Mười Một", "Mười Hai", "Mười", "Một", "Hai", "Ba",
                                        "Tư",       "Năm",      "Sáu",  "Bảy", "Tám", "Chín"};
    static const int nums[] = {11, 12, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    for (size_t k = 0; k < sizeof nums / sizeof nums[0]; k++) {
        size_t nl = strlen(names[k]);
        if (*i + nl <= len && !memcmp(w + *i, names[k], nl) &&
            (*i + nl == len || !date_wordbyte((unsigned char)w[*i + nl]))) {
            *i += nl;
            return nums[k];
        }
    }
    return -1;
}

/* "Tháng Bảy 19, 2024" (the English order some sites print): at w[i] just
 * after "Tháng ".  Fills the stamp when it parses. */
static void date_english_order(date_state *st, const char *w, size_t len, size_t i)
{
    int m = date_month_word(w, len, &i);
    int nd;
    if (m < 0) {
        m = date_number(w, len, &i, 2, &nd);
        if (m < 1 || m > 12)
            return;
    }
    while (i < len && w[i] == ' ')
        i++;
    int d = date_number(w, len, &i, 2, &nd);
    if (d < 1 || i + 2 >= len || w[i] != ',')
        return;
    i++;
    while (i < len && w[i] == ' ')
        i++;
    int y = date_number(w, len, &i, 4, &nd);
    pdate p;
    if (nd == 4 && !st->have_stamp && pdate_make(y, m, d, &p) == 0) {
        st->stamp = p;
        st->have_stamp = true;
    }
}

/* Where the line of w[q] starts when a source's tag and a dash stand
 * between it and q ("(VnMedia) - ", "GD&TĐ - ", "ĐÀ NẴNG – ", "TTXVN - "):
 * up to 40 bytes of at most four words, with no mark that ends a clause
 * (',', ':', ';', '!', '?', ". "); else q. */
static size_t date_source_tag(const char *w, size_t q)
{
    size_t d = q;
    if (d >= 1 && w[d - 1] == '-')
        d -= 1;
    else if (d >= 3 && (unsigned char)w[d - 3] == 0xE2 && (unsigned char)w[d - 2] == 0x80 &&
             ((unsigned char)w[d - 1] == 0x93 || (unsigned char)w[d - 1] == 0x94))
        d -= 3;
    else
        return q;
    if (d == 0 || w[d - 1] != ' ')
        return q;
    size_t b = d - 1;
    int words = 0;
    while (b > 0 && w[b - 1] != '\n') {
        char c = w[b - 1];
        if (c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || (c == '.' && w[b] == ' ') ||
            d - b > 40)
            return q;
        words += c == ' ' && w[b] != ' ';
        b--;
    }
    return b < d - 1 && words < 4 ? b : q;
}

/* Whether the word at pos opens a sentence or a line (after a source's
 * tag: "(VnMedia) - Ngày 20/5/2017, …"). */
static bool date_opens_sentence(const char *w, size_t pos)
{
    size_t q = pos;
    while (q > 0 && (w[q - 1] == ' ' || w[q - 1] == '"' || w[q - 1] == '('))
        q--;
    q = date_source_tag(w, q);
    if (q == 0 || w[q - 1] == '\n' || w[q - 1] == '.' || w[q - 1] == '!' || w[q - 1] == '?')
        return true;
    /* "…" (U+2026) and closing quotes end sentences too */
    return q >= 3 && (unsigned char)w[q - 3] == 0xE2 && (unsigned char)w[q - 2] == 0x80 &&
           ((unsigned char)w[q - 1] == 0xA6 || (unsigned char)w[q - 1] == 0x9D);
}

/* Whether the word at pos opens one of the article's first three lines
 * (title, lead, body: "Ngày 12/3/2021, ông …" as the dateline of an
 * undated page), after spaces or quotes. */
static bool date_opens_article(const char *w, size_t pos)
{
    size_t q = pos;
    while (q > 0 && (w[q - 1] == ' ' || w[q - 1] == '"'))
        q--;
    q = date_source_tag(w, q);
    if (q > 0 && w[q - 1] != '\n')
        return false;
    int lines = 0;
    for (const char *nl = w; (nl = memchr(nl, '\n', (size_t)(w + q - nl))) != NULL; nl++)
        if (++lines > 2)
            return false;
    return true;
}

/* The weekday named right before a day/month at w[pos] ("thứ Hai (15/5)",
 * "Thứ 7, 6/5", "chủ nhật ngày 7/5"): 0 for Monday … 6 for Sunday, -1
 * none; *at is set to the start of "thứ" / "chủ". */
static int date_weekday_before(const char *w, size_t pos, size_t *at)
{
    char word[64], th[64];
    size_t e = pos;
    while (e > 0 && (w[e - 1] == ' ' || w[e - 1] == '(' || w[e - 1] == ','))
        e--;
    size_t ws = date_prev_word(w, e, NULL, word, sizeof word);
    if (ws != (size_t)-1 && !strcmp(word, "ngày")) {
        e = ws;
        while (e > 0 && (w[e - 1] == ' ' || w[e - 1] == ','))
            e--;
        ws = date_prev_word(w, e, NULL, word, sizeof word);
    }
    int wd = -1;
    if (ws == (size_t)-1 && e >= 2 && w[e - 1] >= '2' && w[e - 1] <= '7' && w[e - 2] == ' ') {
        wd = w[e - 1] - '2'; /* "Thứ 2" is Monday */
        ws = e - 1;
    } else if (ws != (size_t)-1) {
        static const char *const names[] = {"hai", "ba", "tư", "năm", "sáu", "bảy", "nhật"};
        for (int k = 0; k < 7; k++)
            if (!strcmp(word, names[k]))
                wd = k;
    }
    if (wd < 0)
        return -1;
    size_t ts = date_prev_word(w, ws, NULL, th, sizeof th);
    if (ts == (size_t)-1 || strcmp(th, wd == 6 ? "chủ" : "thứ"))
        return -1;
    *at = ts;
    return wd;
}

/* The weekday of a civil date, 0 for Monday (1970-01-01 was a Thursday). */
static int date_weekday(int y, int m, int d)
{
    int32_t z = pdate_days_from_civil(y, m, d);
    return (int)(((z % 7) + 7 + 3) % 7);
}

/* "kỷ niệm N năm" at w[pos, end) (N the number) with the span of the N
 * years later in its sentence ("kỷ niệm 60 năm Bác Hồ về thăm quê lần thứ
 * nhất (14/6/1957 - 14/6/2017)", "kỷ niệm 100 năm Cách mạng Tháng Mười Nga
 * (1917-2017)"): the anniversary is the span's end, the year the article
 * is written in whatever history it tells.  A single year there ("kỷ niệm
 * 45 năm thiết lập quan hệ ngoại giao … năm 2018") may be the founding or
 * the celebration, past or planned: not counted. */
static void date_anniversary(date_state *st, const char *w, size_t len, size_t pos, size_t end,
                             int n)
{
    char prev[64], pp[64];
    size_t ps = date_prev_word(w, pos, NULL, prev, sizeof prev);
    if (ps == (size_t)-1 || strcmp(prev, "niệm") ||
        date_prev_word(w, ps, NULL, pp, sizeof pp) == (size_t)-1 || strcmp(pp, "kỷ"))
        return;
    size_t k = end;
    while (k < len && w[k] == ' ')
        k++;
    if (len - k < 4 || memcmp(w + k, "năm", 4))
        return;
    int first = 0;
    size_t first_end = 0;
    for (k += 4; k + 4 <= len && k - end < 240 && w[k] != '.' && w[k] != ';' && w[k] != '\n'; k++) {
        if (!date_digit((unsigned char)w[k]) || date_digit((unsigned char)w[k - 1]))
            continue;
        int nd;
        size_t q = k;
        int y = date_number(w, len, &q, 4, &nd);
        if (nd != 4) {
            k = q - 1;
            continue;
        }
        if (!first) {
            first = y;
            first_end = q;
        } else {
            if (q - first_end <= 16 && y - first == n && y > st->anniversary && y <= 2100)
                st->anniversary = y;
            return;
        }
        k = q - 1;
    }
}

/* Look at a number starting at w[i]: a day/month date, a month/year, or
 * nothing; records stamps, events and month years.  Returns the next i. */
static size_t date_at(date_state *st, const char *w, size_t len, size_t i)
{
    size_t start = i;
    int nd1, nd2, nd3 = 0;
    int a = date_number(w, len, &i, 4, &nd1);
    if (a < 0 || i + 1 >= len)
        return i;
    char sep = w[i];
    if (sep == ' ' && nd1 <= 3 && a > 0)
        date_anniversary(st, w, len, start, i, a);
    if (sep != '/' && sep != '-' && sep != '.')
        return i;
    size_t j = i + 1;
    int b = date_number(w, len, &j, 4, &nd2);
    if (b < 0)
        return i;
    int y = 0;
    size_t k = j;
    if (k + 1 < len && w[k] == sep && date_digit((unsigned char)w[k + 1])) {
        k++;
        y = date_number(w, len, &k, 4, &nd3);
        if (nd3 != 4)
            return k;
        j = k;
    }
    if (j < len && (date_wordbyte((unsigned char)w[j]) ||
                    ((w[j] == '/' || w[j] == '.' || w[j] == '-') && j + 1 < len &&
                     date_digit((unsigned char)w[j + 1]))))
        return j;
    char prev[64];
    size_t ps = date_prev_word(w, start, NULL, prev, sizeof prev);
    /* month/year: "tháng 5/2020", "tháng 2-2017" (a year the text writes) */
    if (nd2 == 4 && sep != '.' && a >= 1 && a <= 12 && nd1 <= 2) {
        if (ps != (size_t)-1 && !strcmp(prev, "tháng") && b >= 1900 && b <= 2100)
            date_month_year(st, w, len, ps, j, a, b);
        return j;
    }
    if (nd1 > 2 || nd2 > 2 || a < 1 || a > 31 || b < 1 || b > 12)
        return j;
    if (y && (y < 1900 || y > 2100))
        return j;
    /* "Tính đến 31/12/2016": that year is over, the article is later */
    if (y && a == 31 && b == 12 && y + 1 > st->floor_year)
        st->floor_year = y + 1;
    /* a birth or founding date ("sinh ngày 12/6/1953") dates nothing; a
     * deadline ("trước ngày 15-7-2017", "chậm nhất ngày …") is this year or
     * a later one */
    if (y) {
        int kind = date_context(w, len, start, j, false);
        char pp[64];
        if (kind == DATE_PLAIN && ps != (size_t)-1 && !strcmp(prev, "ngày") &&
            date_prev_word(w, ps, NULL, pp, sizeof pp) != (size_t)-1 &&
            (!strcmp(pp, "trước") || !strcmp(pp, "hạn") || !strcmp(pp, "tận")))
            kind = DATE_TARGET;
        if (kind == DATE_TARGET && (!st->deadline_min || y < st->deadline_min)) {
            st->deadline_min = y;
            st->deadline_m = b;
        }
        if (kind != DATE_PLAIN)
            return j;
        st->full_years[y - 1900]++;
        /* a document's date or "Trước đó, ngày 9.9.2016": the article is
         * later, so an event in an earlier month is in a later year */
        if (!date_past(w, start) && !date_ahead(w, len, start, j) &&
            !date_future_sentence(w, len, start, j) && !date_full_ahead(w, len, start, j) &&
            b * 32 + a > st->past_md[y - 1900])
            st->past_md[y - 1900] = (short)(b * 32 + a);
        if (st->nsince < 16 && date_past(w, start)) {
            st->since_m[st->nsince] = b;
            st->since_y[st->nsince++] = y;
        }
        if (st->nfd < 16) {
            st->fd_d[st->nfd] = a, st->fd_m[st->nfd] = b;
            st->fd_y[st->nfd++] = y;
        }
    }
    /* a full date with a stamp look */
    if (y && !st->have_stamp && sep != '.' &&
        (date_stamp_before(w, start) || date_clock_at(w, len, j))) {
        pdate p;
        if (pdate_make(y, b, a, &p) == 0) {
            st->stamp = p;
            st->have_stamp = true;
        }
        return j;
    }
    if (st->have_event)
        return j;
    /* "Sáng nay, 27/6", "Chiều qua (23/5)", "hôm nay (5/6)": the cue may
     * stand before a comma or a parenthesis */
    if (ps == (size_t)-1 || (!date_time_of_day(prev) && strcmp(prev, "ngày") &&
                             strcmp(prev, "nay") && strcmp(prev, "hôm") && strcmp(prev, "qua"))) {
        char alt[64];
        size_t as = date_prev_word(w, start, ",(", alt, sizeof alt);
        if (as != (size_t)-1 && (!strcmp(alt, "nay") || !strcmp(alt, "qua"))) {
            ps = as;
            memcpy(prev, alt, sizeof prev);
        }
    }
    /* a weekday beside the day ("thứ Hai (15/5)") names the day of an
     * event as a time of day does, and fixes its year (date_find_text) */
    size_t wd_at = 0;
    int wd = date_weekday_before(w, start, &wd_at);
    if (ps == (size_t)-1 && wd < 0)
        return j;
    if (ps == (size_t)-1)
        prev[0] = '\0';
    bool event = date_time_of_day(prev) || wd >= 0, timed = event;
    size_t cue = wd >= 0 ? wd_at : ps;
    if (!event && (!strcmp(prev, "ngày") || !strcmp(prev, "nay") || !strcmp(prev, "hôm") ||
                   !strcmp(prev, "qua"))) {
        char pp[64];
        size_t pps = date_prev_word(w, ps, NULL, pp, sizeof pp);
        if (pps != (size_t)-1 && (date_time_of_day(pp) || !strcmp(pp, "hôm"))) {
            event = timed = true;
            cue = pps;
        }
        /* "Ngày 4-3, …" opening a sentence or a line */
        if (!event && w[ps] == 'N' && date_opens_sentence(w, ps))
            event = true;
        /* (not "Vào ngày D/M/YYYY, …": opening one of the first three
         * lines of the baomoi crawl it is of 2017 2 times in 6 — "Vào ngày
         * 2/6/1953, Nữ hoàng Elizabeth …", "Vào ngày 18/03/2018, tức là
         * khoảng một năm tới, …" — history or a plan, never the dateline;
         * a claim in its sentence still takes its day, ex_try_range) */
    }
    /* a date with its year is background ("Đến chiều 23/1/2017, …") unless
     * it opens the sentence; "Ngày 03/11/2016, …" only on a stamped page,
     * or as the dateline opening an unstamped one (a line of the first
     * three: "Ngày 12/3/2021, ông …"; mid-article it is mostly history) */
    bool open = false;
    if (event && y && !timed && !st->have_stamp)
        open = date_opens_article(w, ps);
    if (event && y && (!date_opens_sentence(w, cue) || (!timed && !st->have_stamp && !open)))
        event = false;
    if (!event && !y && !st->have_weak && !strcmp(prev, "ngày")) {
        static const char *const not_event[] = {"trước", "đến", "tới", "từ",   "sau",
                                                "hạn",   "số",  "hết", "cuối", "đầu"};
        char pp[64];
        size_t pps = date_prev_word(w, ps, NULL, pp, sizeof pp);
        bool ok = pps != (size_t)-1;
        for (size_t q = 0; ok && q < sizeof not_event / sizeof not_event[0]; q++)
            if (!strcmp(pp, not_event[q]))
                ok = false;
        if (ok) {
            st->have_weak = true;
            st->wk_d = a, st->wk_m = b;
        }
    }
    /* events in order; a year-less one ends the search (its year comes
     * from the text), one with a year may still turn out historical */
    if (event && st->nev < 8) {
        st->ev_wd[st->nev] = wd;
        st->ev_open[st->nev] = open;
        st->ev_d[st->nev] = a, st->ev_m[st->nev] = b, st->ev_y[st->nev++] = y;
        if (!y || st->nev == 8)
            st->have_event = true;
    }
    return j;
}

/* Whether d lies inside the days bound covers. */
static bool date_inside(const pdate *d, const pdate *bound)
{
    return pdate_first_day(d) >= pdate_first_day(bound) &&
           pdate_last_day(d) <= pdate_last_day(bound);
}

/* Find the article date in the working text; 0 with *out set, -1 none.
 * *stamped: the text carries a publication stamp or header, which dated
 * the result (its year, or the stamp itself); *guessed: a year-less event's
 * year was taken from the years the text writes (the article's true year
 * is that one or later). */
static int date_find_text(const tx_text *t, const pdate *bound, pdate *out, bool *stamped,
                          bool *guessed, int *latest_out);

/* The article date within a caller's partial date (NULL: none).  A date
 * known to the day wins as it is; a year or a month bounds the search: the
 * text's own dates outside it are not the article's (history, a misread
 * stamp), a year-less event takes the bound's year, and a result outside
 * it falls back to the bound itself ("2017" and "sáng 10/5" → 2017-05-10;
 * "2017" and only "ngày 10/5/2013" → 2017).  0 with *out set, -1 none. */
int date_find(const tx_text *t, const pdate *bound, pdate *out, bool *stamped, bool *guessed)
{
    return date_find_latest(t, bound, out, stamped, guessed, NULL);
}

/* date_find, and with no bound (NULL or PDATE_NONE) date_latest_year's
 * answer in *latest (may be NULL; -1 when not worked out): the one scan of
 * the text answers both. */
int date_find_latest(const tx_text *t, const pdate *bound, pdate *out, bool *stamped, bool *guessed,
                     int *latest)
{
    bool st = false, gu = false;
    if (latest)
        *latest = -1;
    if (stamped)
        *stamped = false;
    if (guessed)
        *guessed = false;
    if (bound && bound->prec == PDATE_DAY) {
        *out = *bound;
        return 0;
    }
    if (!bound || bound->prec == PDATE_NONE) {
        int r = date_find_text(t, NULL, out, &st, &gu, latest);
        if (stamped)
            *stamped = r == 0 && st;
        if (guessed)
            *guessed = r == 0 && gu;
        return r;
    }
    /* within a caller's year the year is the caller's, never guessed */
    if (date_find_text(t, bound, out, &st, &gu, NULL) != 0 || !date_inside(out, bound) ||
        out->prec <= bound->prec)
        *out = *bound;
    else if (stamped)
        *stamped = st;
    return 0;
}

/* The latest year the text writes as past or present (a full date, "tháng
 * M/YYYY" or "năm YYYY", or a year told as gone by; targets, plans and
 * biography years are not counted), 0 when none: the year a text with no
 * dated event still speaks from ("Năm 2003, ông A, Chủ tịch … Năm 2016,
 * dự án được duyệt" is written in 2016 or later).  A second scan of the
 * text: for the status rules of an undated article only. */
int date_latest_year(const tx_text *t)
{
    pdate out;
    bool st = false, gu = false;
    int latest = 0;
    (void)date_find_text(t, NULL, &out, &st, &gu, &latest);
    return latest;
}

static int date_find_text(const tx_text *t, const pdate *bound, pdate *out, bool *stamped,
                          bool *guessed, int *latest_out)
{
    *guessed = false;
    date_state st;
    memset(&st, 0, sizeof st);
    const char *w = t->w;
    size_t len = t->len;
    /* "# date = YYYYMMDD" header lines (dantri) */
    for (size_t i = 0; i < len && i < 2048;) {
        if (w[i] == '#' && len - i > 16 && !memcmp(w + i, "# date = ", 9)) {
            size_t k = i + 9;
            int nd, v = date_number(w, len, &k, 8, &nd);
            pdate p;
            if (nd == 8 && pdate_make(v / 10000, v / 100 % 100, v % 100, &p) == 0 &&
                (!bound || date_inside(&p, bound))) {
                st.stamp = p;
                st.have_stamp = true;
            }
        }
        const char *nl = memchr(w + i, '\n', len - i);
        if (!nl)
            break;
        i = (size_t)(nl - w) + 1;
    }
    for (size_t i = 0; i < len;) {
        /* only a digit or a 'T' can start what the loop looks at: sixteen
         * bytes at a time up to the first one (SSE2), eight while none of
         * them is one, then byte by byte */
#ifdef __SSE2__
        for (size_t b; i + 16 <= len; i += 16)
            if ((b = date_block_start(w + i)) < 16) {
                i += b;
                break;
            }
#endif
        while (i + 8 <= len && !date_word_starts(w + i))
            i += 8;
        while (i < len && !date_starts[(unsigned char)w[i]])
            i++;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)w[i];
        if (date_digit(c) && (i == 0 || !date_wordbyte((unsigned char)w[i - 1]))) {
            date_count_year(&st, w, len, i);
            size_t n = date_at(&st, w, len, i);
            i = n > i ? n : i + 1;
            continue;
        }
        /* (the 'h' first: most capital T's begin another word) */
        if (c == 'T' && i + 6 < len && w[i + 1] == 'h' && !memcmp(w + i, "Tháng ", 7) &&
            !st.have_stamp)
            date_english_order(&st, w, len, i + 7);
        i++;
    }
    /* the latest year the article writes as past or present (a full date,
     * "tháng M/YYYY" or "năm YYYY"; targets, plans and biography years are
     * not counted): news speaks of the past and the present, so that is its
     * current year ("14.6.1957 - 14.6.2017" → 2017) */
    int latest = 0;
    for (int k = 0; k <= 200; k++)
        if (st.full_years[k] || st.years[k])
            latest = 1900 + k;
    /* an anniversary celebrated is of the present too */
    if (st.anniversary > latest)
        latest = st.anniversary;
    if (latest_out)
        *latest_out = st.past_latest > latest ? st.past_latest : latest;
    /* a stamp the caller's date rules out is not this article's */
    if (bound && st.have_stamp && !date_inside(&st.stamp, bound))
        st.have_stamp = false;
    *stamped = st.have_stamp;
    /* within a caller's year the text's years say nothing of the present:
     * the bound's last year is the latest the article can speak of */
    if (bound)
        latest = pdate_from_days(pdate_last_day(bound)).year;
    /* the first event that is not historical: an event with its own year
     * more than a year before the stamp, or before the latest year the text
     * writes, is history told in the article ("Ngày 3/3/1959, khi lực lượng
     * Công an vũ trang thành lập" in a piece written in 2017) */
    int ev = -1;
    for (int k = 0; k < st.nev && ev < 0; k++) {
        int y = st.ev_y[k];
        if (y && st.have_stamp &&
            (y < st.stamp.year - 1 || (y == st.stamp.year - 1 && st.ev_m[k] < st.stamp.month)))
            continue;
        /* (a year told as gone by counts: the article is later still) */
        if (y && !st.have_stamp && (y < latest - 1 || y < st.past_latest - 1))
            continue;
        /* an unstamped opening "Ngày D/M/YYYY" is the dateline only when
         * the text writes no later year as past or present ("Ngày 1/9/2020,
         * Chủ tịch nước … đã ký" in a piece that writes 2021 is history) */
        if (st.ev_open[k] && (y < latest || y < st.past_latest))
            continue;
        /* an event with its own year outside the caller's date is history */
        if (y && bound) {
            pdate e;
            if (pdate_make(y, st.ev_m[k], st.ev_d[k], &e) != 0 || !date_inside(&e, bound))
                continue;
        }
        ev = k;
    }
    int ev_d = 0, ev_m = 0, ev_y = 0, ev_wd = -1;
    if (ev >= 0) {
        ev_d = st.ev_d[ev], ev_m = st.ev_m[ev], ev_y = st.ev_y[ev], ev_wd = st.ev_wd[ev];
    } else if (!st.have_stamp && st.have_weak) {
        ev_d = st.wk_d, ev_m = st.wk_m;
        ev = 0;
    }
    if (ev >= 0) {
        int y = ev_y;
        if (!y && st.have_stamp)
            y = st.stamp.year - (ev_m > st.stamp.month + 1 ? 1 : 0);
        /* a year-less event within a caller's year (or month) takes it */
        if (!y && bound)
            y = bound->year;
        /* the same day written with its year ("sáng 12/6" … "Ngày
         * 12-6-2017, Quốc hội họp phiên") */
        int same = 0;
        for (int k = 0; !y && k < st.nfd; k++)
            if (st.fd_d[k] == ev_d && st.fd_m[k] == ev_m && st.fd_y[k] > same &&
                st.fd_y[k] >= latest - 1)
                same = st.fd_y[k];
        if (!y)
            y = same;
        if (!y) {
            /* the year is guessed from the years the text writes: the
             * article may be of a later one (a biography's years, an old
             * plan), never of an earlier one */
            *guessed = true;
            y = latest;
            /* a year told only as gone by ("hồi cuối năm 2016") is before
             * the present: a base that only a month past it can raise */
            int gone = st.past_latest > y ? st.past_latest : 0;
            if (gone)
                y = gone;
            /* a plan is for this year or a later one: "Năm 2004, …" and
             * "nhiệm vụ năm 2017 của huyện" → 2017; the year after the
             * latest one only early in a year, when the last one is reviewed
             * and this one planned (later, plans are for the next year) */
            if (st.plan_min > y + 1 || (st.plan_min && !y) || (st.plan_min == y + 1 && ev_m <= 3))
                y = st.plan_min;
            /* a deadline to the month is near: this year, or the next
             * when the event comes before its month */
            if (st.deadline_min && (!y || st.deadline_min > y + 1 ||
                                    (st.deadline_min == y + 1 && ev_m <= st.deadline_m)))
                y = st.deadline_min;
            /* … but no earlier than what the text says is over: the end of
             * a year ("31/12/2016"), or a time since a later month of it
             * ("từ tháng 10/2016" before a June event) */
            int floor = st.floor_year;
            for (int k = 0; k < st.nsince; k++)
                if (st.since_m[k] > ev_m && st.since_y[k] + 1 > floor)
                    floor = st.since_y[k] + 1;
            for (int k = 0; k <= 200; k++)
                if (st.past_md[k] && 1900 + k + 1 > floor &&
                    pdate_days_from_civil(1900 + k, st.past_md[k] / 32, st.past_md[k] % 32) -
                            pdate_days_from_civil(1900 + k, ev_m, ev_d) >
                        DATE_GAP)
                    floor = 1900 + k + 1;
            /* a year whose results are told is over, unless the event
             * falls at its end, when such reviews are written */
            if (ev_m <= 10 && st.result_floor > floor)
                floor = st.result_floor;
            /* "tình hình … trong năm 2016" reviewed at a February event */
            if (ev_m <= 3 && st.review_floor > floor)
                floor = st.review_floor;
            if (y && floor > y && floor - y <= 1)
                y = floor;
            /* … else the present is not written: no guess */
            if (gone && y <= gone)
                y = 0;
            /* the weekday named beside the day ("thứ Hai (6/2)") holds in
             * one of the year found and the next, or in neither: then the
             * year is not known */
            if (y && ev_wd >= 0 && date_weekday(y, ev_m, ev_d) != ev_wd)
                y = date_weekday(y + 1, ev_m, ev_d) == ev_wd ? y + 1 : 0;
            /* … and after a year gone by, the weekday may name the next one
             * ("hôm thứ Năm (1/6). Năm 2016, Triều Tiên đã thử …" → 2017) */
            else if (!y && gone && ev_wd >= 0 && date_weekday(gone + 1, ev_m, ev_d) == ev_wd)
                y = gone + 1;
        }
        if (y && pdate_make(y, ev_m, ev_d, out) == 0)
            return 0;
        if (st.have_stamp) {
            *out = st.stamp;
            return 0;
        }
        return -1;
    }
    if (st.have_stamp) {
        *out = st.stamp;
        return 0;
    }
    /* only history dated: the text fixes the year it is written in, not
     * the day */
    /* (a year told as gone by is a floor: the article is of that year or
     * later, a guess) */
    bool floor_only = st.past_latest > latest;
    if (floor_only)
        latest = st.past_latest;
    /* (an opening dateline turned down dates nothing: "Ngày 6/2/2017, …"
     * beside a plan's "2018" is no sign the article is of 2018) */
    int h = 0;
    while (h < st.nev && st.ev_open[h])
        h++;
    if (h < st.nev && latest > st.ev_y[h] && pdate_make(latest, 0, 0, out) == 0) {
        *guessed = floor_only;
        return 0;
    }
    return -1;
}
