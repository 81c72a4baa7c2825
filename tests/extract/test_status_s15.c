/*
 * test_status_s15.c — the status rules of session 15 (issue 9): a past told
 * across a clause ("khi đó giữ chức", "khi còn POST") and the posts listed
 * after a link or a cue ("là A, B", "giữ chức A, B") in a past frame.  Each
 * rule on a real sentence of the development split (bulk lines ending in 1
 * or 7; quoted in docs/EXTRACTION.md, "Status rules of session 15"), with a
 * sentence of the same shape the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "NAME, khi đó giữ chức POST, …" / "… lúc đó đang làm POST": held then,
 * former; a bare "giữ chức" after a name stays appointed. */
static void test_then_holding(void)
{
    /* bulk baomoi-2017-part1 line 5481 */
    json_t *r =
        tx_check_run("Năm 2009, bà Hillary Clinton, khi đó giữ chức Ngoại trưởng Mỹ, yêu "
                     "cầu Ngoại trưởng Nga Sergei Lavrov ngừng bán các loại tên lửa MANPADS "
                     "cho Venezuela vì lo ngại về việc quản lý kho vũ khí của Nam Mỹ, theo "
                     "báo cáo từ Wikileaks.");
    STATUS(r, "Hillary Clinton", "Ngoại trưởng Mỹ", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, bà Nguyễn Thị Lan giữ chức Ngoại trưởng, thay ông Lê Văn "
                     "Bình.");
    STATUS(r, "Nguyễn Thị Lan", "Ngoại trưởng", "appointed");
    json_decref(r);
}

/* "NAME, khi còn POST, …" (no "là"): the post held then, former. */
static void test_while_still(void)
{
    /* bulk baomoi-2017-part3 line 1447 */
    json_t *r = tx_check_run("Được biết, ông Phạm Sỹ Quý được bà Phạm Thị Thanh Trà, khi còn Chủ "
                             "tịch UBND tỉnh Yên Bái, ký quyết định bổ nhiệm làm Giám đốc Sở Tài "
                             "nguyên và Môi trường vào ngày 9-9-2016.");
    STATUS(r, "Phạm Thị Thanh Trà", "Chủ tịch UBND tỉnh Yên Bái", "former");
    json_decref(r);
    /* "khi còn là" stays the longer cue */
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Khi còn là Bí thư Tỉnh ủy Yên Bái, ông Phạm "
                     "Duy Cường đã ký.");
    STATUS(r, "Phạm Duy Cường", "Bí thư Tỉnh ủy Yên Bái", "former");
    json_decref(r);
}

/* The posts listed after a link ("NAME là A, B, C") are the name's, each
 * as the first: in a time clause ("trong thời kỳ ông A là …") all former;
 * a post a name of its own or a link of its own takes ends the list. */
static void test_listed_after_link(void)
{
    /* bulk baomoi-2017-part1 line 407 */
    json_t *r = tx_check_run(
        "Ban Chấp hành Trung ương đã tiến hành xem xét thi hành kỷ luật đối với ông Đinh La "
        "Thăng - Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM do có khuyết điểm và vi phạm rất "
        "nghiêm trọng trong công tác lãnh đạo, quản lý và công tác cán bộ trong thời kỳ ông Thăng "
        "là Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn Dầu "
        "khí quốc gia Việt Nam.");
    STATUS(r, "Đinh La Thăng", "Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí quốc gia Việt Nam",
           "former");
    STATUS(r, "Đinh La Thăng", "Bí thư Thành ủy TPHCM", "current");
    json_decref(r);
    /* a link of its own: the second post is not the first name's */
    r = tx_check_run("Ngày 12/5/2017, Ban chỉ đạo do Phó Thủ tướng Vương Đình Huệ làm Trưởng "
                     "ban, Bộ trưởng Bộ Công Thương làm Phó Trưởng ban.");
    NO_ROLE(r, "Vương Đình Huệ", "Bộ trưởng Bộ Công Thương");
    json_decref(r);
    /* a name of its own */
    r = tx_check_run("Ngày 12/5/2017, báo đưa tin. Trước đó, ông Nguyễn Văn An là Giám đốc Sở Y "
                     "tế, Phó Chủ tịch UBND tỉnh Trần Văn Bình cũng có mặt.");
    NO_ROLE(r, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh", "current");
    json_decref(r);
}

/* A background sentence ("Trước đó, …") lists the posts held then after
 * "là" or a bare "giữ chức": every post of the list is former, not only the
 * first; the posts of an appointment stay appointed. */
static void test_background_list(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An được bổ nhiệm làm Chủ tịch UBND "
                             "tỉnh Nam Định. Trước đó, ông An giữ chức Giám đốc Sở Y tế, Phó Chủ "
                             "tịch UBND tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh Nam Định", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An được bổ nhiệm làm Chủ tịch UBND tỉnh Nam "
                     "Định. Trước đó, ông An là Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND "
                     "tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh Nam Định", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, ông Nguyễn Văn An được bổ nhiệm giữ chức Giám đốc Sở Y tế, "
                     "Bí thư Đảng ủy Sở Y tế tỉnh Nam Định.");
    STATUS(r, "Nguyễn Văn An", "Bí thư Đảng ủy Sở Y tế tỉnh Nam Định", "appointed");
    json_decref(r);
}

/* A post, "rồi" and the next move ("giữ chức A rồi trở thành B"): A was
 * left, former; not another subject's step nor a duty added. */
static void test_then_next(void)
{
    /* bulk baomoi-2017-part1 line 451 (status_fresh9) */
    json_t *r = tx_check_run(
        "Ông Nguyễn Thiện Nhân nói: “Hôm nay là một ngày rất đặc biệt với bản thân tôi vì được "
        "trở về TP.HCM lần thứ hai”. Ông Nhân cho biết lần đầu đến TP.HCM vào năm 1983, “với tư "
        "thế là đi xin việc làm” sau khi rời quân đội. Sau đó, ông giữ chức phó chủ tịch Thường "
        "trực UBND TP.HCM rồi trở thành bộ trưởng Bộ GD&ĐT năm 2006.");
    STATUS(r, "Nguyễn Thiện Nhân", "phó chủ tịch Thường trực UBND TP.HCM", "former");
    json_decref(r);
    r = tx_check_run("Ngày 5/6/2017, HĐND bầu ông Nguyễn Văn An làm Phó Chủ tịch UBND tỉnh Nam "
                     "Định rồi bầu ông Lê Văn Bình làm Chủ tịch UBND tỉnh.");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh Nam Định", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 5/6/2017, ông Nguyễn Văn An được bổ nhiệm làm Giám đốc Sở Y tế rồi được "
                     "giao làm Trưởng ban chỉ đạo.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
}

/* "nhưng" / "đồng thời" open another predicate: a clause cue that ended
 * the posts before them does not reach a post given after them. */
static void test_but_also(void)
{
    /* bulk baomoi-2017-part1 line 1487 (status_fresh10) */
    json_t *r =
        tx_check_run("“Việc cho thôi chức ủy viên Bô Chính trị, thôi chức Bí thư Thành ủy "
                     "TP.HCM đối với ông Đinh La Thăng nhưng lại cho giữ chức Phó trưởng "
                     "Ban Kinh tế TƯ thì có phù hợp hay không?”, cử tri Đinh Vũ Khuynh hỏi.");
    STATUS(r, "Đinh La Thăng", "Bí thư Thành ủy TP.HCM", "ended");
    STATUS(r, "Đinh La Thăng", "Phó trưởng Ban Kinh tế TƯ", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 5/6/2017, tỉnh cho thôi chức Giám đốc Sở Y tế đối với ông Nguyễn Văn "
                     "An, đồng thời giữ chức Phó Chủ tịch UBND tỉnh.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "ended");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "appointed");
    json_decref(r);
}

int main(void)
{
    test_then_holding();
    test_while_still();
    test_listed_after_link();
    test_background_list();
    test_then_next();
    test_but_also();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
