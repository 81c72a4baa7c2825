/*
 * synth.c — deterministic synthetic articles (see synth.h).
 *
 * Word lists are small on purpose: the point is realistic shape (title
 * chains before the name, the organization at the end of the post, Vietnamese
 * three- and four-syllable names, date stamps), not linguistic variety.
 */
#include "synth.h"

#include <stdio.h>
#include <string.h>

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static const char *const surnames[] = {"Nguyễn", "Trần", "Lê",    "Phạm", "Hoàng", "Huỳnh",
                                       "Phan",   "Vũ",   "Võ",    "Đặng", "Bùi",   "Đỗ",
                                       "Hồ",     "Ngô",  "Dương", "Lý",   "Trịnh", "Đinh"};
static const char *const middles[] = {"Văn",   "Minh", "Đức",  "Quốc",  "Thanh", "Hữu",  "Công",
                                      "Đình",  "Xuân", "Ngọc", "Quang", "Thế",   "Tiến", "Bá",
                                      "Trọng", "Hồng", "Anh",  "Khắc",  "Việt",  "Mạnh"};
static const char *const givens[] = {
    "Hùng",  "Dũng",  "Hải",    "Nam",   "Sơn",   "Tuấn", "Thắng", "Bình", "Long",  "Phúc",
    "Chính", "Hưng",  "Thưởng", "Huệ",   "Vượng", "Lan",  "Hà",    "Mai",  "Trí",   "Quang",
    "Toàn",  "Khánh", "Cường",  "Thành", "Lâm",   "Tâm",  "Nghĩa", "Hiếu", "Tùng",  "Kiên",
    "Đạt",   "Vinh",  "Lộc",    "Thịnh", "Thuận", "Hòa",  "Trung", "Hiển", "Tường", "Khoa"};
static const char *const provinces[] = {
    "An Giang",    "Hà Tây",      "Bắc Giang",  "Bắc Kạn",        "Bạc Liêu",   "Bắc Ninh",
    "Bến Tre",     "Bình Định",   "Bình Dương", "Bình Phước",     "Bình Thuận", "Cà Mau",
    "Cao Bằng",    "Đắk Lắk",     "Đắk Nông",   "Điện Biên",      "Đồng Nai",   "Đồng Tháp",
    "Gia Lai",     "Hà Giang",    "Hà Nam",     "Hà Tĩnh",        "Hải Dương",  "Hậu Giang",
    "Hòa Bình",    "Hưng Yên",    "Khánh Hòa",  "Kiên Giang",     "Kon Tum",    "Lai Châu",
    "Lâm Đồng",    "Lạng Sơn",    "Lào Cai",    "Long An",        "Nam Định",   "Nghệ An",
    "Ninh Bình",   "Ninh Thuận",  "Phú Thọ",    "Phú Yên",        "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi",  "Quảng Ninh",  "Quảng Trị",  "Sóc Trăng",      "Sơn La",     "Tây Ninh",
    "Thái Bình",   "Thái Nguyên", "Thanh Hóa",  "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long",   "Vĩnh Phúc",  "Yên Bái"};
/* (Hà Tây, merged into Hà Nội in 2008, stands in for Bà Rịa - Vũng Tàu: the
 * dash in that name reads as the "Name - titles" form to the extractor, and
 * the scale mix must measure answers, not NOT_FOUND replies.) */
/* Provincial posts: role, organization (the province follows), one holder. */
static const struct {
    const char *role;
    const char *org;
    int single;
} prov_posts[] = {{"Bí thư", "Tỉnh ủy", 1},        {"Phó Bí thư", "Tỉnh ủy", 0},
                  {"Chủ tịch", "UBND tỉnh", 1},    {"Phó Chủ tịch", "UBND tỉnh", 0},
                  {"Chủ tịch", "HĐND tỉnh", 1},    {"Giám đốc", "Sở Tài chính tỉnh", 1},
                  {"Giám đốc", "Công an tỉnh", 1}, {"Trưởng", "Ban Tuyên giáo Tỉnh ủy", 1}};
static const char *const ministries[] = {"Bộ Tài chính",
                                         "Bộ Công Thương",
                                         "Bộ Y tế",
                                         "Bộ Giáo dục và Đào tạo",
                                         "Bộ Xây dựng",
                                         "Bộ Nội vụ",
                                         "Bộ Tư pháp",
                                         "Bộ Giao thông vận tải",
                                         "Bộ Kế hoạch và Đầu tư",
                                         "Bộ Nông nghiệp và Phát triển nông thôn",
                                         "Bộ Tài nguyên và Môi trường",
                                         "Bộ Thông tin và Truyền thông"};
static const char *const companies[] = {
    "Tập đoàn Điện lực Việt Nam", "Tập đoàn Dầu khí Việt Nam", "Tổng công ty Đường sắt Việt Nam",
    "Tập đoàn Bưu chính Viễn thông Việt Nam", "Tổng công ty Hàng hải Việt Nam"};
static const char *const upper_titles[] = {"Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng",
                                           "Ủy viên dự khuyết Trung ương Đảng"};
static const char *const verbs[] = {"phát biểu tại hội nghị tổng kết công tác năm",
                                    "chủ trì buổi làm việc về phát triển kinh tế - xã hội",
                                    "kiểm tra tiến độ dự án đường cao tốc",
                                    "tiếp đoàn công tác của Ủy ban Kiểm tra Trung ương",
                                    "dự lễ khánh thành cầu mới",
                                    "cho biết sẽ đẩy mạnh cải cách hành chính"};
static const char *const weekdays[] = {"Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật",
                                       "Thứ Hai", "Thứ Ba",  "Thứ Tư"};

/* splitmix64 of a value: the only source of variety. */
static uint64_t mix64(uint64_t z)
{
    z += 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Days since 1970-01-01 -> civil date (Howard Hinnant's algorithm). */
static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static uint64_t probe_split;

/* Set the probe split (see synth.h). */
void synth_set_probe_split(uint64_t split)
{
    probe_split = split;
}

/* Number of distinct posts. */
static size_t post_count(void)
{
    return N_OF(prov_posts) * N_OF(provinces) + 2 * N_OF(ministries) + 2 * N_OF(companies);
}

/* Label and organization of post p; whether it has one holder at a time. */
static int post_describe(size_t p, char *label, size_t ll, char *org, size_t ol)
{
    size_t np = N_OF(prov_posts) * N_OF(provinces);
    if (p < np) {
        size_t k = p % N_OF(prov_posts), prov = p / N_OF(prov_posts);
        snprintf(org, ol, "%s %s", prov_posts[k].org, provinces[prov]);
        snprintf(label, ll, "%s %s", prov_posts[k].role, org);
        return prov_posts[k].single;
    }
    p -= np;
    if (p < 2 * N_OF(ministries)) {
        snprintf(org, ol, "%s", ministries[p / 2]);
        snprintf(label, ll, "%s %s", p % 2 ? "Thứ trưởng" : "Bộ trưởng", org);
        return p % 2 == 0;
    }
    p -= 2 * N_OF(ministries);
    snprintf(org, ol, "%s", companies[p / 2]);
    snprintf(label, ll, "%s %s", p % 2 ? "Tổng Giám đốc" : "Chủ tịch HĐQT", org);
    return 1;
}

/* The name of the holder of post p (slot s among concurrent holders) in term t. */
static void holder_name(uint64_t seed, size_t p, long term, unsigned slot, char *out, size_t ol)
{
    uint64_t h = mix64(seed ^ mix64((uint64_t)p * 1000003u + (uint64_t)term * 131u + slot));
    const char *sur = surnames[h % N_OF(surnames)];
    const char *mid = middles[(h >> 8) % N_OF(middles)];
    const char *giv = givens[(h >> 16) % N_OF(givens)];
    if ((h >> 32) % 3 == 0)
        snprintf(out, ol, "%s %s %s %s", sur, mid, middles[(h >> 40) % N_OF(middles)], giv);
    else
        snprintf(out, ol, "%s %s %s", sur, mid, giv);
}

/* Whether post p is a probe post (see synth.h). */
static int post_is_probe(size_t p)
{
    size_t np = N_OF(prov_posts) * N_OF(provinces);
    return p < np && (p / N_OF(prov_posts)) % 6 == 0;
}

/* A post drawn from r: any post without a split; with one, a probe post for
 * articles before the split and a non-probe post after it. */
static size_t pick_post(uint64_t r, uint64_t index)
{
    size_t np = post_count();
    if (!probe_split)
        return (size_t)(r % np);
    int want_probe = index < probe_split;
    size_t p = (size_t)(r % np);
    /* walk to the nearest post of the wanted kind (bounded: both kinds exist) */
    for (size_t k = 0; k < np && post_is_probe(p) != want_probe; k++)
        p = (p + 1) % np;
    return p;
}

/* Who holds post p on day `day` (days since 1970): terms of ~5 years with a
 * per-post phase; posts with many holders have three at a time. */
static void post_holder(uint64_t seed, size_t p, long day, int single, uint64_t pick, char *out,
                        size_t ol)
{
    long term_len = 1500 + (long)(mix64(seed + p) % 600);
    long phase = (long)(mix64(seed ^ (p << 1)) % (uint64_t)term_len);
    long term = (day + phase) / term_len;
    holder_name(seed, p, term, single ? 0 : (unsigned)(pick % 3), out, ol);
}

/* Make article index of seed (see synth.h). */
void synth_make(uint64_t seed, uint64_t index, synth_article *a)
{
    uint64_t h = mix64(seed * 0x100000001b3ull ^ index);
    uint64_t h2 = mix64(h);
    /* 2005-01-01 .. 2024-12-31 */
    long day0 = 12784, span = 7305;
    long day = day0 + (long)(h % (uint64_t)span);
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    snprintf(a->date, sizeof a->date, "%04d-%02d-%02d", y, m, d);

    size_t p1 = pick_post(h >> 20, index), p2 = pick_post(h2 >> 7, index);
    char label2[192], org2[160], person2[96];
    int single1 = post_describe(p1, a->position, sizeof a->position, a->org, sizeof a->org);
    int single2 = post_describe(p2, label2, sizeof label2, org2, sizeof org2);
    post_holder(seed, p1, day, single1, h2, a->person, sizeof a->person);
    post_holder(seed, p2, day, single2, h2 >> 13, person2, sizeof person2);

    const char *upper = (h2 >> 40) % 4 == 0 ? upper_titles[(h2 >> 44) % N_OF(upper_titles)] : NULL;
    const char *verb = verbs[(h >> 50) % N_OF(verbs)];
    const char *given = strrchr(a->person, ' ');
    given = given ? given + 1 : a->person;
    char chain[320];
    if (upper)
        snprintf(chain, sizeof chain, "%s, %s", upper, a->position);
    else
        snprintf(chain, sizeof chain, "%s", a->position);
    int n = snprintf(
        a->text, sizeof a->text,
        "%s %s %s\n"
        "Cập nhật lúc %02d:%02d, %s, %02d/%02d/%04d\n"
        "Sáng %d/%d, %s %s %s. Cùng dự có ông %s, %s. "
        "Phát biểu kết luận, ông %s đề nghị các cơ quan, đơn vị tập trung thực hiện tốt "
        "nhiệm vụ được giao. (Tin số %llu)",
        chain, a->person, verb, (int)(h2 % 24), (int)((h2 >> 5) % 60), weekdays[day % 7], d, m, y,
        d, m, chain, a->person, verb, person2, label2, given, (unsigned long long)index);
    a->len = n < 0 ? 0 : (size_t)n < sizeof a->text ? (size_t)n : sizeof a->text - 1;
}
