/*
 * test_status_s20.c — the status rules of session 20 (issue 9): shapes of
 * Vietnamese news that no rule read before — a post dated "vào thời điểm
 * đó" after it, a post taken through a verb of moving into it ("về làm",
 * "lên làm", "sang làm").  Made-up sentences of the corpus's shape
 * (docs/EXTRACTION.md, "Status rules of session 20"), each beside a
 * sentence of the same shape the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* "vào / tại thời điểm đó" after a holder's post is the time he held it
 * (former), as "thời điểm đó" is; after a verb it dates the act. */
static void test_at_that_time(void)
{
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Chủ tịch UBND huyện Điện "
                     "Bàn vào thời điểm đó, đã ký quyết định.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "former");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Chủ tịch UBND huyện Điện Bàn tại "
        "thời điểm đó đã ký quyết định.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Người ký là ông Trần Văn Bình, Chủ tịch UBND huyện "
                     "Điện Bàn vào thời điểm ấy.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch UBND huyện Điện Bàn vào thời điểm đó là "
                     "ông Trần Văn Bình.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "former");
    json_decref(r);
    /* left alone: the act's time after a verb, or after a bare name */
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Chủ tịch UBND huyện Điện Bàn cho "
        "biết vào thời điểm đó dự án chưa có vốn.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "current");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Chủ tịch UBND huyện Điện Bàn Trần Văn Bình vào thời "
        "điểm đó cho rằng dự án cần làm.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "current");
    json_decref(r);
}

/* A post taken through a verb of moving into it ("về làm", "lên làm",
 * "sang làm"): the subject's, appointed; after "khi" background (held,
 * or former when the subject is named after "khi"); a name far before the
 * verb ("HLV A cho biết hoàng tử B lên làm …", B read as no name) gets no
 * post. */
static void test_move_into(void)
{
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình về làm Phó Chủ tịch UBND tỉnh "
                     "Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Phó Giám đốc Sở Y tế, được điều "
                     "sang làm Giám đốc Sở Tài chính tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế", "current");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Tài chính tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình được điều động về làm Bí thư Huyện "
        "ủy Điện Bàn.");
    STATUS(r, "Trần Văn Bình", "Bí thư Huyện ủy Điện Bàn", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Bộ Chính trị phân công ông Trần Văn Bình thôi giữ "
                     "chức Bí thư Tỉnh ủy Quảng Nam (nhiệm kỳ 2015-2020), về làm Phó Ban Kinh tế "
                     "Trung ương.");
    STATUS(r, "Trần Văn Bình", "Bí thư Tỉnh ủy Quảng Nam", "ended");
    STATUS(r, "Trần Văn Bình", "Phó Ban Kinh tế Trung ương", "appointed");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Phó Giám đốc Sở Y tế, vừa lên làm "
        "Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    /* background: after "khi" */
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Kể từ khi lên làm Chủ tịch UBND tỉnh Quảng Nam, ông "
        "Trần Văn Bình đã ký nhiều quyết định.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tòa xử. Cụ thể, khi ông Trần Văn Bình về làm Phó Tổng giám "
                     "đốc Tập đoàn Dầu khí từ tháng 11/2010, ông đã ký nhiều hợp đồng.");
    STATUS(r, "Trần Văn Bình", "Phó Tổng giám đốc Tập đoàn Dầu khí", "former");
    json_decref(r);
    /* left alone: no post */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. HLV Nguyễn Văn An cho biết hoàng tử Ismail lên làm "
                     "chủ tịch Liên đoàn bóng đá Malaysia.");
    NO_ROLE(r, "Nguyễn Văn An", "chủ tịch Liên đoàn bóng đá Malaysia");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình trở về làm việc tại Sở Y tế tỉnh "
                     "Quảng Nam.");
    NO_ROLE(r, "Trần Văn Bình", "Sở Y tế tỉnh Quảng Nam");
    json_decref(r);
}

/* Names listed before one appointing cue share the post: "A và B được bổ
 * nhiệm làm …", "Các ông A, B và C được bầu làm …", "bổ nhiệm ông A, ông B
 * giữ chức …"; a list of commas only must open its clause ("Theo ông A,
 * ông B được bổ nhiệm …" is B's), posts paired with the names and a post
 * of one holder are not shared. */
static void test_shared_appointment(void)
{
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình và ông Nguyễn Văn An được bổ "
                     "nhiệm làm Phó Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Các ông Trần Văn Bình, Nguyễn Văn An và Lê Văn Cường "
        "được bổ nhiệm làm Phó Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    STATUS(r, "Lê Văn Cường", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. UBND tỉnh bổ nhiệm ông Trần Văn Bình, ông Nguyễn Văn "
        "An giữ chức Phó Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Các ông Trần Văn Bình, Nguyễn Văn An được bầu làm Phó "
        "Chủ tịch HĐND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch HĐND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    /* left alone */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Theo ông Trần Văn Bình, ông Nguyễn Văn An được bổ "
                     "nhiệm làm Phó Giám đốc Sở Y tế.");
    NO_ROLE(r, "Trần Văn Bình", "Phó Giám đốc Sở Y tế");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, ông Nguyễn Văn An được bầu làm Chủ "
        "tịch UBND tỉnh Quảng Nam.");
    NO_ROLE(r, "Trần Văn Bình", "Chủ tịch UBND tỉnh Quảng Nam");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình, Giám đốc Sở Y tế và ông Nguyễn Văn "
        "An được bầu làm Phó Chủ tịch HĐND tỉnh Quảng Nam.");
    NO_ROLE(r, "Trần Văn Bình", "Phó Chủ tịch HĐND tỉnh Quảng Nam");
    json_decref(r);
}

/* "(còn) đương chức" ties a holder to a post as "là" does: held, and
 * former in a time clause ("khi ông A còn đương chức …"). */
static void test_in_office(void)
{
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tỉnh họp. Khi ông Trần Văn Bình còn đương chức Giám đốc "
                     "Sở Y tế, nhiều sai phạm xảy ra.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Nhiều sai phạm xảy ra lúc ông Trần Văn Bình đương "
                     "chức Giám đốc Sở Y tế tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế tỉnh Quảng Nam", "former");
    json_decref(r);
    /* left alone: held now */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình hiện vẫn còn đương chức Giám đốc "
                     "Sở Y tế.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Nhiều cán bộ đương chức bị kỷ luật, trong đó có Giám "
        "đốc Sở Y tế Trần Văn Bình.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "current");
    json_decref(r);
}

/* A term between a post and its holder's name: "Chủ tịch UBND huyện A
 * nhiệm kỳ 2010-2015 Trần Văn Bình" — the name's post, former when the
 * term closed before the article; a running term held. */
static void test_term_before_name(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch UBND huyện Điện Bàn nhiệm kỳ "
                             "2010-2015 Trần Văn Bình bị kỷ luật.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Chủ tịch UBND huyện Điện Bàn nhiệm kỳ 2016 - 2021 "
                     "Trần Văn Bình phát biểu.");
    STATUS(r, "Trần Văn Bình", "Chủ tịch UBND huyện Điện Bàn", "current");
    json_decref(r);
}

/* "chuyển từ X sang làm Y", "từ X lên làm Y": X is the post left (ended
 * beside the appointment, former in an old story); "nhận thư từ Thủ tướng
 * A rồi về làm việc" names no move. */
static void test_move_from(void)
{
    json_t *r =
        tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình chuyển từ Giám đốc Sở Y tế "
                     "sang làm Phó Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "ended");
    STATUS(r, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình được điều chuyển từ vị trí Giám "
                     "đốc Sở Y tế sang làm Giám đốc Sở Tài chính tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "ended");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Tài chính tỉnh Quảng Nam", "appointed");
    json_decref(r);
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Trần Văn Bình chuyển từ Giám đốc Sở Y "
        "tế sang làm Phó Chủ tịch UBND tỉnh Quảng Nam.");
    STATUS(r, "Trần Văn Bình", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    /* left alone */
    r = tx_check_run(
        "Ngày 12/5/2017, tỉnh họp. Ông Trần Văn Bình nhận thư từ Thủ tướng Nguyễn Xuân "
        "Phúc rồi về làm việc.");
    STATUS(r, "Nguyễn Xuân Phúc", "Thủ tướng", "current");
    NO_ROLE(r, "Trần Văn Bình", "Thủ tướng");
    json_decref(r);
}

int main(void)
{
    test_at_that_time();
    test_move_into();
    test_move_from();
    test_shared_appointment();
    test_in_office();
    test_term_before_name();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
