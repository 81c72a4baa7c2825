#!/usr/bin/env bash
# registry_why.sh — `tenure who … --why` from the client against a running
# daemon: each holder carries the reason for its certainty, what bounds its
# start and end, and the evidence article by article (only the post asked
# about), in the JSON reply and in the text the client prints; and after
# `merge post` the merged-away label, accented or not, answers as the
# survivor (never a deleted post printed as "(null)").
source "$(dirname "$0")/lib.sh" "$@"
start_daemon

ingest() { printf '%s\n' "$1" | "$TENURE" ingest - >/dev/null || fail "ingest: $1"; }
ingest "Sáng 10/5/2023, Giám đốc Sở Y tế tỉnh Hà Giang Nguyễn Văn An kiểm tra bệnh viện."
ingest "Sáng 12/7/2023, Trưởng phòng Y tế huyện Vị Xuyên Lê Văn Bình và Giám đốc Sở Y tế tỉnh Hà Giang Nguyễn Văn An họp."
ingest "Sáng 13/9/2023, Trưởng phòng Y tế Vị Xuyên Lê Văn Bình kiểm tra trạm y tế."
ingest "Chiều 20/11/2023, Giám đốc Sở Y tế tỉnh Hà Giang Nguyễn Văn An phát biểu."

# the JSON reply: why = {certainty, start, end, evidence[], evidence_total}
"$TENURE" --json who "Giám đốc Sở Y tế tỉnh Hà Giang" --at 2023-08-01 --why >"$T/r" || fail "who --why"
python3 - "$T/r" <<'PY' || fail "who --why JSON: $(cat "$T/r")"
import json, sys
r = json.load(open(sys.argv[1]))
h = r["holders"][0]
assert h["person"] == "Nguyễn Văn An" and h["certainty"] == "certain", h
w = h["why"]
assert w["certainty"].startswith("certain: in office by 2023-05-10 and still on 2023-11-20"), w
assert "2023-05-10" in w["start"] and "2023-11-20" in w["end"], w
assert w["evidence_total"] == 3 and len(w["evidence"]) == 3, w
for e in w["evidence"]:
    assert len(e["article"]) == 32 and e["status"] == "current", e
    # every item is a claim of this post: its snippet names the Sở Y tế
    assert "Sở Y tế" in e["snippet"], e
# the items that set a bound first: the earliest and the latest sighting
bounds = {b for e in w["evidence"] for b in e.get("bounds", [])}
assert {"start.before", "end.after"} <= bounds, w
PY
pass "who --why: the reason, the bounds and the evidence of the post asked, in JSON"

# without --why there is no why object
"$TENURE" --json who "Giám đốc Sở Y tế tỉnh Hà Giang" --at 2023-08-01 >"$T/r" || fail "who"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert "why" not in r["holders"][0]' "$T/r" ||
    fail "why without --why"

# the text the client prints
out=$("$TENURE" who "Giám đốc Sở Y tế tỉnh Hà Giang" --at 2023-08-01 --why) || fail "who --why text"
grep -q "^  certain: in office by 2023-05-10 and still on 2023-11-20" <<<"$out" ||
    fail "no certainty line: $out"
grep -q "^  start: " <<<"$out" || fail "no start line: $out"
grep -q "^  end: " <<<"$out" || fail "no end line: $out"
grep -q "2023-07-12  current" <<<"$out" || fail "no evidence line: $out"
pass "who --why: the same in the client's text"

# merge post: the merged-away spelling answers as the survivor
n=$("$TENURE" --json search "truong phong y te" | python3 -c 'import json,sys; print(sum(1 for m in json.load(sys.stdin)["results"] if m["kind"] == "post"))') ||
    fail "search"
[ "$n" = 2 ] || fail "expected two spellings of the post before the merge, got $n"
"$TENURE" merge post "Trưởng phòng Y tế Vị Xuyên" "Trưởng phòng Y tế huyện Vị Xuyên" >/dev/null ||
    fail "merge post"
for q in "Trưởng phòng Y tế Vị Xuyên" "truong phong y te vi xuyen"; do
    out=$("$TENURE" who "$q") || fail "who $q after the merge"
    # here-strings, not pipes: under pipefail a reader that stops early
    # (head -1, grep -q) can fail the pipeline with the writer's SIGPIPE
    grep -q "(null)" <<<"$out" && fail "who $q printed (null): $out"
    [[ "${out%%$'\n'*}" == "Trưởng phòng Y tế huyện Vị Xuyên"* ]] || fail "who $q: $out"
    grep -q "Lê Văn Bình .* 2$" <<<"$out" || fail "who $q: both articles under the survivor: $out"
done
n=$("$TENURE" --json search "truong phong y te" | python3 -c 'import json,sys; print(sum(1 for m in json.load(sys.stdin)["results"] if m["kind"] == "post"))')
[ "$n" = 1 ] || fail "search still lists $n posts after the merge"
pass "merge post: the old spelling, accented or not, answers as the survivor"
stop_daemon || fail "exit status"
