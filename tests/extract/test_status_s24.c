/*
 * test_status_s24.c — the status rules of session 24 (issue 9): shapes of
 * Vietnamese news that no rule read before.  Made-up sentences of the
 * corpus's shape (docs/EXTRACTION.md, "Status rules of session 24"), each
 * beside a sentence of the same shape the rule must leave alone.
 */
#include "tx_check.h"

#include <string.h>

/* A transfer cue (status.tsv where=transfer): "chuyển công tác" moves its
 * subject as "điều động" does — the post it gives is taken, the posts the
 * sentence gave the mover before it end. */
static void test_transfer(void)
{
    /* the apposition's post ends, the new one is taken */
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Giám đốc Sở Y tế, "
                             "chuyển công tác sang làm Phó Chủ tịch UBND tỉnh.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "ended");
    STATUS(r, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "appointed");
    json_decref(r);
    /* passive, "về làm": the new post was not read at all before */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An được chuyển công tác về làm "
                     "Phó Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Phó Giám đốc Sở Y tế, được "
                     "chuyển công tác về làm Giám đốc Bệnh viện tỉnh.");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế", "ended");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Bệnh viện tỉnh", "appointed");
    json_decref(r);
    /* active, the object's apposition */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. UBND tỉnh quyết định chuyển công tác ông Nguyễn "
                     "Văn An, Phó Giám đốc Sở Y tế, về làm Giám đốc Bệnh viện tỉnh.");
    STATUS(r, "Nguyễn Văn An", "Phó Giám đốc Sở Y tế", "ended");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Bệnh viện tỉnh", "appointed");
    json_decref(r);
    /* the old transfer cues read as before */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Giám đốc Sở Y tế, được điều "
                     "động làm Bí thư Huyện ủy Duy Xuyên.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "ended");
    STATUS(r, "Nguyễn Văn An", "Bí thư Huyện ủy Duy Xuyên", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh "
                     "ủy, được luân chuyển về làm Bí thư Huyện ủy Duy Xuyên.");
    STATUS(r, "Nguyễn Văn An", "Bí thư Huyện ủy Duy Xuyên", "appointed");
    STATUS(r, "Nguyễn Văn An", "Ủy viên Ban Thường vụ Tỉnh ủy", "current");
    json_decref(r);
    /* left alone: an older year is history; the retired-from-office
     * "đã chuyển công tác" (an after cue: former); the cue governing
     * nobody's post; another person's post after the cue */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Năm 2010, ông Nguyễn Văn An chuyển công tác về "
                     "làm Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Giám đốc Sở Y tế, đã chuyển "
                     "công tác.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "former");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ông Nguyễn Văn An, Giám đốc Sở Y tế, cho biết "
                     "nhiều cán bộ xin chuyển công tác vì áp lực.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Sau khi chuyển công tác, Giám đốc Sở Y tế Nguyễn "
                     "Văn An vẫn theo dõi dự án.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Giám đốc Sở Y tế Nguyễn Văn An cho biết ông Trần "
                     "Văn Bình chuyển công tác về làm Phó Giám đốc Bệnh viện tỉnh.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    STATUS(r, "Trần Văn Bình", "Phó Giám đốc Bệnh viện tỉnh", "appointed");
    NO_ROLE(r, "Nguyễn Văn An", "Phó Giám đốc Bệnh viện tỉnh");
    json_decref(r);
}

/* An object cue (status.tsv where=object): "giao ông A làm POST" assigns
 * the post as "phân công / cử / chỉ định ông A làm …" do; "giao" alone is
 * no cue. */
static void test_assign_object(void)
{
    json_t *r = tx_check_run("Ngày 12/5/2017, tỉnh họp. UBND tỉnh giao ông Nguyễn Văn An làm "
                             "Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Ban Thường vụ Tỉnh ủy giao đồng chí Nguyễn Văn "
                     "An làm Bí thư Đảng ủy Khối cơ quan tỉnh.");
    STATUS(r, "Nguyễn Văn An", "Bí thư Đảng ủy Khối cơ quan tỉnh", "appointed");
    json_decref(r);
    /* the object's apposition stays held; the honorific stays the name's
     * (a foreign name is read through it) */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. UBND tỉnh giao bà Nguyễn Thị Hoa, Phó Giám đốc "
                     "Sở Y tế, làm Giám đốc Sở Y tế.");
    STATUS(r, "Nguyễn Thị Hoa", "Phó Giám đốc Sở Y tế", "current");
    STATUS(r, "Nguyễn Thị Hoa", "Giám đốc Sở Y tế", "appointed");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Tập đoàn giao ông John Smith làm Giám đốc điều "
                     "hành Công ty ABC.");
    STATUS(r, "John Smith", "Giám đốc điều hành Công ty ABC", "appointed");
    json_decref(r);
    /* left alone: "giao" with no honorific after it (a courtesy call, a
     * task given to a post holder), a task and no post, a name ending in
     * "Giao" */
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Đoàn đại biểu đến chào xã giao Tổng Bí thư "
                     "Nguyễn Văn An.");
    STATUS(r, "Nguyễn Văn An", "Tổng Bí thư", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Bộ trưởng giao Thứ trưởng Bộ Y tế Nguyễn Văn An "
                     "tạm thời phụ trách điều hành Bệnh viện Bạch Mai.");
    STATUS(r, "Nguyễn Văn An", "Thứ trưởng Bộ Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. UBND tỉnh giao ông Nguyễn Văn An, Giám đốc Sở Y "
                     "tế, chủ trì cuộc họp.");
    STATUS(r, "Nguyễn Văn An", "Giám đốc Sở Y tế", "current");
    json_decref(r);
    r = tx_check_run("Ngày 12/5/2017, tỉnh họp. Giám đốc Sở Y tế Đoàn Mạnh Giao phát biểu.");
    STATUS(r, "Đoàn Mạnh Giao", "Giám đốc Sở Y tế", "current");
    json_decref(r);
}

int main(void)
{
    test_transfer();
    test_assign_object();
    tx_lexicon_unref(tx_check_lx);
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
