#!/usr/bin/env bash
# registry_review.sh — the review workflow end to end against a daemon:
# a commune chairman and a minister of one name stay two persons; a tone-mark
# variant holding the same post joins; `duplicates` proposes the namesakes,
# `distinct` silences them; `merge` keeps the old #ID answering with a note
# and survives forget + re-ingest; `conflicts` shows two certain holders of
# one seat with their articles; `stats` counts conflicts; forget removes a
# person, post and organization no other evidence supports.  Each command's
# --json and table output.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon

feed() { # DATE TEXT -> article id
    printf '%s\n' "$2" >"$T/in.txt"
    "$TENURE" --json ingest --date "$1" "$T/in.txt" 2>/dev/null | jget 'd["result"]["article"]'
}

feed 2020-03-01 "Bộ trưởng Bộ Văn hóa Nguyễn Văn Hùng dự lễ khai mạc triển lãm." >/dev/null
C1=$(feed 2020-04-01 "Chủ tịch UBND xã Tân Phú Nguyễn Văn Hùng kiểm tra công trình đê.")
"$TENURE" --json person "Nguyễn Văn Hùng" >"$T/r"
check "namesakes: the commune chairman is not the minister" \
    "len(r.get('alternatives', [])) == 1 and len(r['positions']) == 1" <"$T/r"

feed 2018-05-01 "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân chủ trì phiên họp." >/dev/null
feed 2018-06-01 "Chủ tịch Quốc hội Nguyễn Thi Kim Ngân phát biểu bế mạc." >/dev/null
"$TENURE" --json person "Nguyễn Thi Kim Ngân" >"$T/r"
check "variant: one tone mark apart, same post, one person" \
    "r['person'] == 'Nguyễn Thị Kim Ngân' and r['positions'][0]['evidence'] == 2" <"$T/r"

"$TENURE" --json duplicates >"$T/r"
check "duplicates proposes the namesakes" \
    "any(p['a']['name'] == p['b']['name'] == 'Nguyễn Văn Hùng' and p['name_similarity'] == 'same' for p in r['pairs'])" <"$T/r"
A=$(jget '[p for p in d["pairs"] if p["a"]["name"] == "Nguyễn Văn Hùng"][0]["a"]["id"]' <"$T/r")
B=$(jget '[p for p in d["pairs"] if p["a"]["name"] == "Nguyễn Văn Hùng"][0]["b"]["id"]' <"$T/r")
"$TENURE" duplicates | contains "Nguyễn Văn Hùng (#$A" || fail "duplicates table"
pass "duplicates table"

"$TENURE" distinct "#$A" "#$B" | contains "not the same person" || fail "distinct"
"$TENURE" --json duplicates >"$T/r"
check "distinct: the pair is no longer proposed" \
    "not any({p['a']['id'], p['b']['id']} == {$A, $B} for p in r['pairs'])" <"$T/r"
rc=0
"$TENURE" distinct "#$A" "#$A" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || [ "$rc" -eq 1 ] || fail "distinct of one person refused ($rc)"
pass "distinct of one person is refused"

# the operator merges them after all: the old id answers, the merge sticks
"$TENURE" merge person "#$B" "#$A" >/dev/null || fail "merge"
"$TENURE" --json person "#$B" >"$T/r"
check "a merged id answers as the survivor with a note" \
    "r['person_id'] == $A and r['merged_from'] == $B and 'merged into' in r['note']" <"$T/r"
"$TENURE" person "#$B" | contains "note: #$B was merged into #$A" || fail "note in the table"
pass "note in the table"
"$TENURE" forget "$C1" >/dev/null
C1=$(feed 2020-04-01 "Chủ tịch UBND xã Tân Phú Nguyễn Văn Hùng kiểm tra công trình đê.")
"$TENURE" --json person "Nguyễn Văn Hùng" >"$T/r"
check "the merge survives forget + re-ingest" \
    "r['person_id'] == $A and len(r['positions']) == 2 and 'alternatives' not in r" <"$T/r"

# conflicts: two certain holders of one seat in 2017
feed 2016-01-10 "Bí thư Tỉnh ủy Cà Mau Lê Văn An chủ trì hội nghị." >/dev/null
feed 2018-01-10 "Bí thư Tỉnh ủy Cà Mau Lê Văn An tiếp đoàn công tác." >/dev/null
feed 2017-02-01 "Bí thư Tỉnh ủy Cà Mau Trần Văn Bình phát biểu." >/dev/null
feed 2017-11-01 "Bí thư Tỉnh ủy Cà Mau Trần Văn Bình thăm hỏi." >/dev/null
"$TENURE" --json conflicts --post "Bí thư Tỉnh ủy Cà Mau" >"$T/r"
check "conflicts: two certain holders, with their articles" \
    "any(c['type'] == 'two_holders' and len(c['holders']) == 2 and all(len(h['evidence'][0]['article']) == 32 for h in c['holders']) for c in r['conflicts'])" <"$T/r"
"$TENURE" conflicts --post "Bí thư Tỉnh ủy Cà Mau" | contains "two_holders" || fail "conflicts table"
pass "conflicts table"
"$TENURE" --json stats >"$T/r"
check "stats counts the conflicts" "r['conflicts'] >= 1" <"$T/r"
"$TENURE" stats | contains "^conflicts " || fail "stats line"
pass "stats line"

# forget removes what only that article supported
"$TENURE" --json stats >"$T/before"
L=$(feed 2022-01-01 "Giám đốc Công ty Thủy sản Hạ Long Đoàn Thị Lan ký hợp đồng.")
"$TENURE" forget "$L" >/dev/null
"$TENURE" --json stats >"$T/after"
python3 - "$T/before" "$T/after" <<'PY' || fail "forget leaves entities behind"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
sys.exit(0 if all(a[k] == b[k] for k in ("persons", "posts", "organizations")) else 1)
PY
pass "forget removes the person, post and organization it introduced"
rc=0
"$TENURE" person "Đoàn Thị Lan" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "forgotten person still answers ($rc)"
pass "the forgotten person is not found"
