#!/usr/bin/env bash
# registry_commands.sh — every registry command end to end on three short
# articles written for the test: who at dates, search, evidence with
# snippets, timeline, the three export formats streamed over many pages,
# forget + re-ingest, merge and split remembered for a later article, and
# the usage/not-found exit codes.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon

printf 'Hà Nội, ngày 10/01/2016\n\nChiều 10/1, Thủ tướng Nguyễn Tấn Dũng chủ trì phiên họp Chính phủ thường kỳ.\n' >"$T/a1.txt"
printf 'Hà Nội, ngày 12/05/2016\n\nSáng 12/5, Thủ tướng Nguyễn Xuân Phúc tiếp đoàn doanh nghiệp.\n' >"$T/a2.txt"
printf 'Hà Nội, ngày 20/06/2019\n\nThủ tướng Nguyễn Xuân Phúc phát biểu tại hội nghị.\n' >"$T/a3.txt"
"$TENURE" ingest --date 2016-01-10 "$T/a1.txt" >/dev/null
"$TENURE" ingest --date 2016-05-12 "$T/a2.txt" >/dev/null
"$TENURE" --json ingest --date 2019-06-20 "$T/a3.txt" >"$T/r"
A3=$(jget 'd["result"]["article"]' <"$T/r")

"$TENURE" --json search "nguyen xuan" >"$T/r"
check "search finds the person without diacritics" \
    "any(x['kind'] == 'person' and x['name'] == 'Nguyễn Xuân Phúc' for x in r['results'])" <"$T/r"
"$TENURE" --json who "thu tuong" --at 2018 >"$T/r"
check "who at a year: the one certain holder" \
    "[h['person'] for h in r['holders'] if h['certainty'] == 'certain'] == ['Nguyễn Xuân Phúc']" <"$T/r"
"$TENURE" --json who "Thủ tướng" --at 2016-03-01 >"$T/r"
check "succession: between the two sightings both are possible" \
    "sorted(h['certainty'] for h in r['holders']) == ['possible', 'possible']" <"$T/r"
"$TENURE" --json who "Thủ tướng" --at 2020-03-01 >"$T/r"
check "a year within the newest sighting: no beyond_evidence" "'beyond_evidence' not in r" <"$T/r"
"$TENURE" who "Thủ tướng" --at 2022-07 >"$T/r"
grep -q "^note: the newest article naming them is of 2019-06-20, more than a year before 2022-07" "$T/r" ||
    fail "who far past the evidence says so: $(cat "$T/r")"
"$TENURE" --json evidence "Nguyễn Xuân Phúc" >"$T/r"
check "evidence: articles, snippets and the claim inside them" \
    "r['total'] == 2 and all(len(e['article']) == 32 and 'Phúc' in e['snippet'].encode()[e['snippet_span'][0]:e['snippet_span'][1]].decode() for e in r['evidence'])" <"$T/r"
"$TENURE" --json timeline "Nguyễn Xuân Phúc" >"$T/r"
check "timeline: the evidence dates" "r['positions'][0]['dates'] == ['2016-05-12', '2019-06-20']" <"$T/r"
"$TENURE" timeline "Nguyễn Xuân Phúc" | contains 2019 || fail "timeline axis"

# exports, pages of one or two items so the cursor paging is exercised
# (t_exports.sh validates each format in depth)
"$TENURE" export --format popolo --limit 1 >"$T/popolo.json" 2>"$T/next" || fail "popolo first page"
grep -q "^next: p:" "$T/next" || fail "next cursor after one item: $(cat "$T/next")"
"$TENURE" export --format popolo >"$T/popolo.json"
check "popolo: persons, posts, memberships" \
    "len(r['persons']) == 2 and len(r['posts']) >= 1 and len(r['memberships']) == 2 and all(m['extra']['articles'] for m in r['memberships'])" <"$T/popolo.json"
"$TENURE" export --format quickstatements >"$T/qs.txt" 2>"$T/qs.err"
grep -q "P39" "$T/qs.txt" && fail "quickstatements P39 for a post without a Wikidata item"
grep -q "left out 2 tenure(s) of 1 post(s)" "$T/qs.err" || fail "quickstatements unlinked count: $(cat "$T/qs.err")"
pass "quickstatements"
"$TENURE" export --format ftm --as-of 2019-12-31 >"$T/ftm.jsonl"
python3 -c "
import json,sys
s=[json.loads(l)['schema'] for l in open(sys.argv[1])]
sys.exit(0 if s.count('Person') == 2 and s.count('Occupancy') == 2 and 'Position' in s else 1)" "$T/ftm.jsonl" ||
    fail "ftm entities: $(cat "$T/ftm.jsonl")"
pass "ftm"

# forget recomputes; re-ingest restores
"$TENURE" forget "$A3" >/dev/null
"$TENURE" --json person "Nguyễn Xuân Phúc" >"$T/r"
check "forget recomputes the tenure" "r['positions'][0]['last_seen'] == '2016-05-12'" <"$T/r"
"$TENURE" ingest --date 2019-06-20 "$T/a3.txt" >/dev/null
"$TENURE" --json person "Nguyễn Xuân Phúc" >"$T/r"
check "re-ingest restores it" \
    "r['positions'][0]['last_seen'] == '2019-06-20' and r['positions'][0]['evidence'] == 2" <"$T/r"

# split by article, remembered when the article comes back
"$TENURE" split "Nguyễn Xuân Phúc" --article "$A3" >/dev/null || fail "split"
"$TENURE" --json person "Nguyễn Xuân Phúc" >"$T/r"
check "split: two namesakes" "len(r.get('alternatives', [])) == 1" <"$T/r"
"$TENURE" forget "$A3" >/dev/null
"$TENURE" ingest --date 2019-06-20 "$T/a3.txt" >/dev/null
"$TENURE" --json who "Thủ tướng" >"$T/r"
check "the split article goes back to the new person" \
    "sorted(h['evidence'] for h in r['holders'] if h['person'] == 'Nguyễn Xuân Phúc') == [1, 1]" <"$T/r"

# merge them again: one person, and a later article joins
"$TENURE" --json person "Nguyễn Xuân Phúc" >"$T/r"
ONE=$(jget 'd["person_id"]' <"$T/r")
TWO=$(jget 'd["alternatives"][0]["id"]' <"$T/r")
"$TENURE" merge person "#$TWO" "#$ONE" >/dev/null || fail "merge"
printf 'Hà Nội, ngày 01/07/2020\n\nThủ tướng Nguyễn Xuân Phúc dự lễ khánh thành.\n' >"$T/a4.txt"
"$TENURE" ingest --date 2020-07-01 "$T/a4.txt" >/dev/null
"$TENURE" --json who "Thủ tướng" >"$T/r"
check "merged: one person with all the evidence, later articles included" \
    "[h['evidence'] for h in r['holders'] if h['person'] == 'Nguyễn Xuân Phúc'] == [3]" <"$T/r"

# exit codes: usage 2, not found 1
rc=0
"$TENURE" who >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "usage exit code ($rc)"
rc=0
"$TENURE" person "Không Có Ai" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "not-found exit code ($rc)"
pass "exit codes"

# hearsay of the past: one "nguyên Bộ trưởng" in 2020 says nothing of 2017,
# where a minister seen in office is listed; the all-time list keeps both
printf 'Sáng 1/3, Bộ trưởng Bộ Giáo dục và Đào tạo Phùng Xuân Nhạ dự lễ.\n' >"$T/g1.txt"
printf 'Sáng 1/9, Bộ trưởng Bộ Giáo dục và Đào tạo Phùng Xuân Nhạ dự lễ khai giảng.\n' >"$T/g2.txt"
printf 'Sáng 1/11, nguyên Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Minh Hiển dự hội thảo.\n' >"$T/g3.txt"
"$TENURE" ingest --date 2017-03-01 "$T/g1.txt" >/dev/null
"$TENURE" ingest --date 2017-09-01 "$T/g2.txt" >/dev/null
"$TENURE" ingest --date 2020-11-01 "$T/g3.txt" >/dev/null
"$TENURE" --json who "Bộ trưởng Bộ Giáo dục và Đào tạo" --at 2017-06-01 >"$T/r"
check "who at a date: a holder only said to have left is set aside" \
    "[h['person'] for h in r['holders']] == ['Phùng Xuân Nhạ'] and r['set_aside'] >= 1" <"$T/r"
"$TENURE" --json who "Bộ trưởng Bộ Giáo dục và Đào tạo" >"$T/r"
check "who without a date: the former holder is listed" \
    "sorted(h['person'] for h in r['holders']) == ['Nguyễn Minh Hiển', 'Phùng Xuân Nhạ']" <"$T/r"
"$TENURE" --json org "Bộ Giáo dục và Đào tạo" --at 2019-06 >"$T/r"
check "org at a date past the evidence: beyond_evidence" "r['beyond_evidence'] == '2017-09-01'" <"$T/r"
"$TENURE" --json org "Bộ Giáo dục và Đào tạo" --at 2018-06 >"$T/r"
check "org within a year of the evidence: none" "'beyond_evidence' not in r" <"$T/r"
# ... and alone too: "cựu Chủ tịch" in 2017 says nothing of 2016, even when
# no holder seen in office is known then (an empty answer, one set aside)
printf 'Sáng 8/3, cựu Chủ tịch Tập đoàn Dầu khí Việt Nam Nguyễn Xuân Sơn bị khởi tố.\n' >"$T/g4.txt"
"$TENURE" ingest --date 2017-03-08 "$T/g4.txt" >/dev/null
"$TENURE" --json who "Chủ tịch Tập đoàn Dầu khí Việt Nam" --at 2016-09-01 >"$T/r" || true
check "who at a date: a former-only holder is set aside even alone" \
    "r['holders'] == [] and r['set_aside'] == 1" <"$T/r"
# ... and the text says so: an empty answer is not the corpus's silence
"$TENURE" who "Chủ tịch Tập đoàn Dầu khí Việt Nam" --at 2016-09-01 >"$T/o" 2>&1 || true
grep -q "nobody known to hold it then" "$T/o" && grep -q "1 holder(s) read and set aside" "$T/o" ||
    fail "who text: the holder set aside is told"
"$TENURE" who "Bộ trưởng Bộ Giáo dục và Đào tạo" --at 2017-06-01 >"$T/o" 2>&1
grep -q "Phùng Xuân Nhạ" "$T/o" && grep -q "holder(s) read and set aside" "$T/o" ||
    fail "who text: set aside beside the holders listed"
"$TENURE" --json who "Chủ tịch Tập đoàn Dầu khí Việt Nam" >"$T/r"
check "who without a date: the former-only holder is listed" \
    "[h['person'] for h in r['holders']] == ['Nguyễn Xuân Sơn']" <"$T/r"

# every post a person held, as `who` lists the posts' holders: a post read in
# one article beside the post's established holders is set apart (rule 6),
# and that follows the other holders' articles, not only the person's
printf 'Sáng 10/2, Bộ trưởng Bộ Xây dựng Trần Văn Bảo dự lễ.\n' >"$T/p1.txt"
printf 'Sáng 20/3, Bộ trưởng Bộ Xây dựng Trần Văn Bảo dự hội nghị.\n' >"$T/p2.txt"
printf 'Sáng 15/2, Bộ trưởng Bộ Y tế Trần Văn Bảo phát biểu.\n' >"$T/p3.txt"
"$TENURE" ingest --date 2017-02-10 "$T/p1.txt" >/dev/null
"$TENURE" ingest --date 2017-03-20 "$T/p2.txt" >/dev/null
"$TENURE" ingest --date 2017-02-15 "$T/p3.txt" >/dev/null
"$TENURE" --json person "Trần Văn Bảo" >"$T/r"
check "person: a post whose only holder is the person is listed" \
    "sorted(p['position'] for p in r['positions']) == ['Bộ trưởng Bộ Xây dựng', 'Bộ trưởng Bộ Y tế'] and r['set_aside'] == 0 and r['set_aside_positions'] == []" <"$T/r"
printf 'Sáng 1/3, Bộ trưởng Bộ Y tế Lê Thị Hoa dự lễ.\n' >"$T/p4.txt"
printf 'Sáng 1/4, Bộ trưởng Bộ Y tế Lê Thị Hoa dự hội nghị.\n' >"$T/p5.txt"
"$TENURE" ingest --date 2017-03-01 "$T/p4.txt" >/dev/null
"$TENURE" ingest --date 2017-04-01 "$T/p5.txt" >/dev/null
"$TENURE" --json person "Trần Văn Bảo" >"$T/r"
check "person: one article beside the post's established holder is set aside" \
    "[p['position'] for p in r['positions']] == ['Bộ trưởng Bộ Xây dựng'] and [p['position'] for p in r['set_aside_positions']] == ['Bộ trưởng Bộ Y tế'] and r['set_aside'] == 1" <"$T/r"
"$TENURE" --json who "Bộ trưởng Bộ Y tế" >"$T/r"
check "who agrees: the established holder only" "[h['person'] for h in r['holders']] == ['Lê Thị Hoa']" <"$T/r"
"$TENURE" --json org "Bộ Xây dựng" >"$T/r"
check "org: the holder's other posts leave out the set-aside one" \
    "[(h['person'], h['other_positions']) for p in r['posts'] for h in p['holders']] == [('Trần Văn Bảo', [])]" <"$T/r"
"$TENURE" person "Trần Văn Bảo" >"$T/out"
grep -q "Bộ trưởng Bộ Y tế" "$T/out" && fail "person table lists a set-aside post: $(cat "$T/out")"
grep -q "^1 more post(s) read and set aside" "$T/out" || fail "person table: no set-aside note: $(cat "$T/out")"
"$TENURE" person "Trần Văn Bảo" --all >"$T/out"
grep -q "Bộ trưởng Bộ Y tế .*set aside$" "$T/out" || fail "person --all: $(cat "$T/out")"
rc=0
"$TENURE" person "Trần Văn Bảo" --bogus >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "person with an unknown option: exit $rc"
# rule 15: the General Secretary sits in the Politburo by statute, named
# or not in that seat; the table says through which post
printf 'Ngày 3/3/2017, Tổng Bí thư Nguyễn Phú Trọng dự hội nghị. Ông Trần Quốc Vượng, Ủy viên Bộ Chính trị, phát biểu.\n' >"$T/s1.txt"
"$TENURE" ingest --date 2017-03-03 "$T/s1.txt" >/dev/null
"$TENURE" --json who "Ủy viên Bộ Chính trị" --at 2017-03-03 >"$T/r"
check "who: a seat given by statute lists its holders through their post" \
    "sorted((h['person'], h.get('through')) for h in r['holders']) == [('Nguyễn Phú Trọng', 'Tổng Bí thư'), ('Trần Quốc Vượng', None)]" <"$T/r"
"$TENURE" who "Ủy viên Bộ Chính trị" --at 2017-03-03 >"$T/out"
grep -q "^Nguyễn Phú Trọng (as Tổng Bí thư) " "$T/out" || fail "who table: no 'as' note: $(cat "$T/out")"
# "who sat in the Politburo?": the body's member seat answers
"$TENURE" --json who "Bộ Chính trị" --at 2017-03-03 >"$T/r"
check "who BODY: its member seat answers" \
    "r['position'] == 'Ủy viên Bộ Chính trị' and len(r['holders']) == 2" <"$T/r"
# rule 6 is for one-holder posts: in a seat many hold at once, one
# member's three reports say nothing against another's one
for d in 5 6 7; do
    printf 'Sáng %s/4, Bí thư Trung ương Đảng Lương Văn Cầu dự hội nghị.\n' "$d" >"$T/m$d.txt"
    "$TENURE" ingest --date "2017-04-0$d" "$T/m$d.txt" >/dev/null
done
printf 'Sáng 4/4, Bí thư Trung ương Đảng Hà Thị Lựu phát biểu.\n' >"$T/m8.txt"
"$TENURE" ingest --date 2017-04-04 "$T/m8.txt" >/dev/null
"$TENURE" --json who "Bí thư Trung ương Đảng" >"$T/r"
check "who without a date: a seat's member seen once is listed beside one seen thrice" \
    "{'Lương Văn Cầu', 'Hà Thị Lựu'} <= {h['person'] for h in r['holders']}" <"$T/r"
pass "person sets apart what who sets aside"
