/*
 * test_attrib_s12.c — the name and attribution rules of session 12 (issue
 * 9), each on a real sentence of the development split of the corpus
 * (politics files ending in 1 or 7, bulk lines whose index ends in 1 or 7),
 * quoted as the article writes it.  docs/EXTRACTION.md ("Rules of session
 * 12") describes each rule with the same sentence.
 */
#include "tx_check.h"

#include <string.h>

static size_t npeople(json_t *r)
{
    return json_array_size(json_object_get(r, "people"));
}

/* Bridges, stations and stops are named after people: "cầu", "nhà ga",
 * "ga", "bến" are place prefixes (place_prefixes.tsv; bulk lines of the
 * split), "yêu cầu" stays a verb, "Toàn Cầu" a firm's word. */
static void test_bridges_and_stations(void)
{
    json_t *r = tx_check_run(
        "Một lúc sau, tất cả đều tụ tập về cầu Nguyễn Văn Cừ để bắt đầu cuộc đua tiếp theo. "
        "Bộ trưởng Trương Quang Nghĩa kiểm tra thực tế tại nhà ga La Khê của dự án tuyến "
        "đường sắt Cát Linh - Hà Đông. Hướng Xóm Củi từ Xóm Đình qua bến Nguyễn Duy ra khu "
        "vực kho gạo.");
    CHECK(!tx_check_person(r, "Nguyễn Văn Cừ"));
    CHECK(!tx_check_person(r, "La Khê"));
    CHECK(!tx_check_person(r, "Nguyễn Duy"));
    CHECK(tx_check_person(r, "Trương Quang Nghĩa"));
    CHECK_INT((int)npeople(r), 1);
    json_decref(r);
    r = tx_check_run("VKS yêu cầu Lưu Minh Nghĩa trình bày lại trước thời điểm anh này quyết "
                     "định. Chủ tịch Công ty CP đầu tư dầu khí Toàn Cầu Nguyễn Quốc Hiệp cho "
                     "biết.");
    CHECK(tx_check_person(r, "Lưu Minh Nghĩa"));
    HAS_ROLE(r, "Nguyễn Quốc Hiệp", "Chủ tịch Công ty CP đầu tư dầu khí Toàn Cầu");
    json_decref(r);
}

/* A firm named after its trade and a two-syllable name: the name is the
 * firm's (firm_heads.tsv, ex_trade_name; dev 00197, 01077 and bulk lines),
 * and its bare mentions too; a name right after the body word, or a full
 * name of three syllables, stays a person. */
static void test_trade_names(void)
{
    json_t *r = tx_check_run(
        "Trong khi đó, ông Trương Anh Tuấn, Tổng Giám đốc Công ty Địa ốc Hoàng Quân (đơn vị "
        "chuyên xây dựng nhà ở xã hội - NƠXH), cho rằng hiện nay quỹ đất đã hết.");
    HAS_ROLE(r, "Trương Anh Tuấn", "Tổng Giám đốc Công ty Địa ốc Hoàng Quân");
    CHECK(!tx_check_person(r, "Hoàng Quân"));
    json_decref(r);
    r = tx_check_run(
        "Các mẫu gồm 1 mẫu nước thải của Nhà máy chế biến thủy sản Nguyễn Hưng chưa qua xử "
        "lý. Sau sự cố ở lò thượng vỉa 8, phân xưởng đào lò 2, Cty than Dương Huy (TP. Cẩm "
        "Phả), thi thể công nhân được đưa lên. Kia Hà Đông là showroom thuộc CTCP Tập đoàn ô "
        "tô Hoàng Gia. Hoàng Gia cho biết sẽ mở rộng.");
    CHECK_INT((int)npeople(r), 0);
    json_decref(r);
    r = tx_check_run("Theo Chủ tịch Tập đoàn Trịnh Văn Quyết, việc này đã xong. Phó Giám đốc "
                     "công ty Phạm Văn Đức cho biết, việc ứng dụng công nghệ này đạt kết quả. "
                     "Bộ trưởng Bộ Công an Tô Lâm phát biểu.");
    HAS_ROLE(r, "Trịnh Văn Quyết", "Chủ tịch Tập đoàn");
    CHECK(tx_check_person(r, "Phạm Văn Đức"));
    HAS_ROLE(r, "Tô Lâm", "Bộ trưởng Bộ Công an");
    json_decref(r);
    /* a trade of five words, one of them a body word in lower case ("dịch
     * vụ" is no "Vụ"); a pumping station */
    r = tx_check_run("Hà Tĩnh Công ty Thương mại dịch vụ xây dựng Hoàng Yến - có 1 xe chạy tuyến "
                     "Nước Ngầm. Nước chảy từ xã Đại Hiệp đến trạm bơm Lạc Thành (xã Điện Hồng) "
                     "thì nhập vào sông.");
    CHECK_INT((int)npeople(r), 0);
    json_decref(r);
}

/* A clan is no person: "Nguyễn Phước tộc", "dòng tộc Nguyễn Phước" (bulk
 * lines of the split). */
static void test_clans(void)
{
    json_t *r = tx_check_run(
        "Ông Tôn Thất Vĩnh Bảo, Chủ tịch Hội đồng Trị sự Nguyễn Phước tộc chia sẻ với Báo "
        "NNVN. Con cháu Nguyễn Phúc tộc kiến nghị xây lại tại vị trí cũ. Ngày 9-7, Hội đồng "
        "trị sự dòng tộc Nguyễn Phước đã hoàn thành việc xếp gạch.");
    CHECK(tx_check_person(r, "Tôn Thất Vĩnh Bảo"));
    CHECK_INT((int)npeople(r), 1);
    json_decref(r);
}

/* A bare "đồng chí" opening a clause is the pronoun of the person the
 * article names so; a ';' list of posts after "là" is the subject's; the
 * state's name of 1945-1976 is one place (batch 7 01101, a centenary
 * article). */
static void test_comrade_pronoun(void)
{
    json_t *r = tx_check_run(
        "Đồng chí Phan Trọng Tuệ sinh ngày 7/7/ 1917 trong một gia đình yêu nước. Năm 1980, "
        "trong những ngày khó khăn nhất của cách mạng Campuchia đồng chí được cử làm Phó Tổng "
        "đoàn chuyên gia của Chính phủ Việt Nam giúp Campuchia về xây dựng kinh tế; Chủ tịch "
        "Hội hữu nghị Việt Nam - Campuchia.");
    HAS_ROLE(r, "Phan Trọng Tuệ", "Chủ tịch Hội hữu nghị Việt Nam - Campuchia");
    json_decref(r);
    r = tx_check_run(
        "Đồng chí Phan Trọng Tuệ sinh năm 1917. Từ năm 1961 - 1974, đồng chí Phan Trọng Tuệ là "
        "Ủy viên Ban chấp hành Trung ương Đảng Lao động Việt Nam khóa III, IV; Đại biểu Quốc "
        "hội từ khóa II đến khóa VI; Bộ trưởng Bộ Giao thông vận tải; Ủy viên Quân ủy Trung "
        "ương. Tháng 4/1973 đến năm 1976, đồng chí Phan Trọng Tuệ giữ chức vụ Phó Thủ tướng "
        "Chính phủ nước Việt Nam Dân chủ Cộng hòa.");
    HAS_ROLE(r, "Phan Trọng Tuệ", "Đại biểu Quốc hội");
    HAS_ROLE(r, "Phan Trọng Tuệ", "Bộ trưởng Bộ Giao thông vận tải");
    HAS_ROLE(r, "Phan Trọng Tuệ", "Ủy viên Quân ủy Trung ương");
    HAS_ROLE(r, "Phan Trọng Tuệ", "Phó Thủ tướng Chính phủ nước Việt Nam Dân chủ Cộng hòa");
    STATUS(r, "Phan Trọng Tuệ", "Bộ trưởng Bộ Giao thông vận tải", "former");
    json_decref(r);
    /* the pronoun: "Sau đó đồng chí … giữ chức …" (not "các đồng chí") */
    r = tx_check_run("Đồng chí Phan Trọng Tuệ sinh ngày 7/7/ 1917. Năm 1954, đồng chí cùng các "
                     "lực lượng vũ trang của ta tập kết ra miền Bắc. Sau đó đồng chí được phong "
                     "cấp Thiếu tướng, giữ chức Phó Tổng thanh tra Quân đội.");
    HAS_ROLE(r, "Phan Trọng Tuệ", "Phó Tổng thanh tra Quân đội");
    json_decref(r);
    r = tx_check_run("Ông Nguyễn Văn An phát biểu. Sau đó, các đồng chí được bổ nhiệm giữ chức "
                     "Phó Giám đốc Sở Y tế.");
    NO_ROLE(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế");
    json_decref(r);
    /* a post before a name after ';' is that name's */
    r = tx_check_run("Từ năm 2010 đến năm 2015, ông Nguyễn Văn An là Phó Chủ tịch UBND tỉnh; "
                     "Chủ tịch UBND tỉnh Trần Văn Bình dự.");
    NO_ROLE(r, "Nguyễn Văn An", "Chủ tịch UBND tỉnh");
    json_decref(r);
}

/* A post before a name and its place in parentheses, then more names
 * each with its place, is each name's (batch 8 00787; bulk lines of the
 * split). */
static void test_place_list(void)
{
    json_t *r = tx_check_run(
        "Đại biểu Nguyễn Ngọc Phương (Quảng Bình); Cao Thị Xuân (Thanh Hóa); Nguyễn Thị "
        "Phúc (Bình Thuận); Âu Thị Mai (Tuyên Quang);... chất vấn về nội dung: Giải pháp "
        "ngăn chặn hướng dẫn viên du lịch chui. Đây cũng là ý kiến của các đại biểu Triệu "
        "Tuấn Hải (Lạng Sơn), Nguyễn Thanh Phương (Cần Thơ), Hoàng Thị Hoa (Bắc Giang)...");
    HAS_ROLE(r, "Cao Thị Xuân", "Đại biểu");
    HAS_ROLE(r, "Âu Thị Mai", "Đại biểu");
    HAS_ROLE(r, "Hoàng Thị Hoa", "đại biểu");
    json_decref(r);
    /* a name with no place of its own ends the list */
    r = tx_check_run("Đại biểu Nguyễn Ngọc Phương (Quảng Bình), Bộ trưởng Nguyễn Văn Bình cho "
                     "biết.");
    NO_ROLE(r, "Nguyễn Văn Bình", "Đại biểu");
    json_decref(r);
}

/* A headline run into the text: "chất vấn Bộ trưởng A Chủ tịch Quốc hội
 * cho biết" — the national post before the verb is the next sentence's
 * subject; a fronted clause after a run-in headline ("… trách nhiệm Phát
 * biểu kết luận … đối với Bộ trưởng Bộ VHTT&DL, Chủ tịch QH B nêu rõ") has
 * its own object (batch 8 00787). */
static void test_run_in_headline(void)
{
    json_t *r = tx_check_run(
        "Từ 15.05'-17.00' ngày 16/3: Quốc hội tiến hành chất vấn Bộ trưởng Nguyễn Ngọc Thiện "
        "Chủ tịch Quốc hội cho biết đã có 54 đại biểu đăng ký chất vấn Bộ trưởng Nguyễn Ngọc "
        "Thiện. Bộ trưởng rất chủ động, nghiêm túc, trách nhiệm Phát biểu kết luận phiên chất "
        "vấn và trả lời chất vấn đối với Bộ trưởng Bộ VHTT&DL, Chủ tịch QH Nguyễn Thị Kim Ngân "
        "nêu rõ, đã có 32 ĐBQH đặt câu hỏi.");
    HAS_ROLE(r, "Nguyễn Ngọc Thiện", "Bộ trưởng");
    NO_ROLE(r, "Nguyễn Ngọc Thiện", "Chủ tịch Quốc hội");
    HAS_ROLE(r, "Nguyễn Thị Kim Ngân", "Chủ tịch QH");
    NO_ROLE(r, "Nguyễn Thị Kim Ngân", "Bộ trưởng Bộ VHTT&DL");
    json_decref(r);
}

/* A noun that opens the next sentence of run-together text ends the name
 * before it (notnames.tsv; bulk lines of the split). */
static void test_sentence_nouns(void)
{
    json_t *r = tx_check_run(
        "Cục trưởng Cục Trồng trọt, GS.TS Nguyễn Hồng Sơn Hàng loạt các DN ghi nhãn trên bao "
        "bì giống lúa. Đối tượng Nguyễn An Thạnh Khu vực này có lối đi bí mật.");
    CHECK(tx_check_person(r, "Nguyễn Hồng Sơn"));
    CHECK(!tx_check_person(r, "Nguyễn Hồng Sơn Hàng"));
    CHECK(tx_check_person(r, "Nguyễn An Thạnh"));
    json_decref(r);
    r = tx_check_run("Ảnh: H.Nguyễn Xây dựng quan hệ lao động hài hòa trong DN là mục tiêu.");
    CHECK_INT((int)npeople(r), 0);
    json_decref(r);
}

/* Two pen names of two syllables run together in a closing byline in
 * capitals are no name of four (batch 7 00661); a name of four in
 * capitals stays whole. */
static void test_caps_bylines(void)
{
    json_t *r = tx_check_run(
        "UBND các cấp đưa nhiệm vụ bảo đảm ATTP là chỉ tiêu phát triển kinh tế - xã hội hàng "
        "năm ở các cấp… LÂM NGUYÊN PHAN THẢO - BẢO VÂN");
    CHECK(!tx_check_person(r, "Lâm Nguyên Phan Thảo"));
    CHECK(tx_check_person(r, "Lâm Nguyên"));
    json_decref(r);
    r = tx_check_run("Chủ tịch Quốc hội NGUYỄN THỊ KIM NGÂN phát biểu bế mạc kỳ họp.");
    CHECK(tx_check_person(r, "Nguyễn Thị Kim Ngân"));
    json_decref(r);
}

/* A council's name that enumerates its tasks after a comma, then its
 * place, is one body (batch 7 00757). */
static void test_council_tasks(void)
{
    json_t *r = tx_check_run(
        "Trương Đình Đức, Trưởng ban Ban Bồi thường GPMB quận Đống Đa được phân công làm Phó "
        "Chủ tịch Hội đồng Bồi thường, hỗ trợ và tái định cư quận đống Đa, có nhiệm vụ thẩm "
        "định hồ sơ xét bồi thường.");
    HAS_ROLE(r, "Trương Đình Đức",
             "Phó Chủ tịch Hội đồng Bồi thường, hỗ trợ và tái định cư quận đống Đa");
    NO_ROLE(r, "Trương Đình Đức", "Phó Chủ tịch Hội đồng Bồi thường");
    json_decref(r);
    /* a chain of posts after the comma stays a chain */
    r = tx_check_run("Ông Nguyễn Văn An, Chủ tịch Hội Nông dân, bí thư chi bộ xã Tân An cho biết.");
    NO_ROLE(r, "Nguyễn Văn An", "Chủ tịch Hội Nông dân, bí thư chi bộ xã Tân An");
    json_decref(r);
}

int main(void)
{
    test_bridges_and_stations();
    test_trade_names();
    test_clans();
    test_comrade_pronoun();
    test_place_list();
    test_run_in_headline();
    test_sentence_nouns();
    test_caps_bylines();
    test_council_tasks();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
