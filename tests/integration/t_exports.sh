#!/usr/bin/env bash
# t_exports.sh — the four exports validate against their formats
# (export_check.py: Popolo JSON Schemas, FtM schema rules, QuickStatements
# Wikidata accepts, CSV columns), FtM statuses follow OpenSanctions' rules
# (a stale open tenure is unknown, not current), QuickStatements states P39
# only for linked posts and never CREATEs a linked person, cursor paging
# gives the same rows as one walk, and export/link mistakes get a clear
# message and the documented exit code.
source "$(dirname "$0")/lib.sh" "$@"
CHECK="python3 $HERE/export_check.py"
jget() { python3 -c 'import json,sys; d=json.load(sys.stdin); args=sys.argv[2:]; print(eval(sys.argv[1]))' "$@"; }
start_daemon

# Test data written here (no corpus text).  The item ids below are made up
# for the test (Q999999001…): never real Wikidata items.
cat >"$T/feed.jsonl" <<'EOF'
{"url": "https://example.vn/a1", "date": "2026-03-04", "text": "Trưởng ban Tổ chức Trung ương Lê Minh Hưng phát biểu tại hội nghị."}
{"url": "https://example.vn/a2", "date": "1968-05-01", "text": "Thủ tướng Phạm Văn Đồng tiếp đoàn khách quốc tế."}
{"url": "https://example.vn/a3", "date": "2026-02-01", "text": "Bí thư Tỉnh ủy Cà Mau Nguyễn Tiến Hải dự lễ khánh thành cầu."}
{"url": "https://example.vn/a4", "date": "2025-11-20", "text": "Nguyên Chủ tịch Ủy ban nhân dân tỉnh Phú Yên Phạm Đình Cự bị kỷ luật."}
{"text": "Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu Trần Văn Bê phát biểu khai mạc."}
EOF
"$TENURE" ingest --jsonl "$T/feed.jsonl" >/dev/null || fail "ingest the feed"
"$TENURE" ingest "$ROOT/examples" >/dev/null || fail "ingest examples"
AS_OF=2026-06-01

# --- FollowTheMoney
"$TENURE" export --format ftm --as-of $AS_OF >"$T/ftm.jsonl" || fail "ftm export"
$CHECK ftm "$T/ftm.jsonl" || fail "ftm does not validate"
status() { # person name -> statuses of their occupancies
    python3 - "$T/ftm.jsonl" "$1" <<'PY'
import json, sys
es = [json.loads(l) for l in open(sys.argv[1])]
ids = {e["id"] for e in es if e["schema"] == "Person" and sys.argv[2] in e["properties"]["name"]}
print(" ".join(sorted(e["properties"]["status"][0] for e in es
                      if e["schema"] == "Occupancy" and e["properties"]["holder"][0] in ids)))
PY
}
[ "$(status 'Phạm Văn Đồng')" = unknown ] || fail "stale open tenure: $(status 'Phạm Văn Đồng'), want unknown"
grep -Eqx "current( current)*" <<<"$(status 'Lê Minh Hưng')" || fail "fresh tenure: $(status 'Lê Minh Hưng'), want current"
[ "$(status 'Phạm Đình Cự')" = ended ] || fail "former holder: $(status 'Phạm Đình Cự'), want ended"
[ "$(status 'Trần Văn Bê')" = unknown ] || fail "undated evidence: $(status 'Trần Văn Bê'), want unknown"
python3 - "$T/ftm.jsonl" <<'PY' || fail "ftm country, topics, sourceUrl"
import json, sys
es = [json.loads(l) for l in open(sys.argv[1])]
pos = {e["properties"]["name"][0]: e["properties"] for e in es if e["schema"] == "Position"}
assert pos["Thủ tướng Chính phủ"].get("topics") == ["gov.head", "gov.national", "gov.executive"], pos["Thủ tướng Chính phủ"]
assert "pol.party" in pos["Bí thư Tỉnh ủy Cà Mau"]["topics"] and "gov.state" in pos["Bí thư Tỉnh ủy Cà Mau"]["topics"]
assert all(p.get("country") == ["vn"] for p in pos.values()), pos
hung = [e for e in es if e["schema"] == "Person" and e["properties"]["name"] == ["Lê Minh Hưng"]][0]
assert hung["properties"].get("country") == ["vn"] and hung["properties"].get("topics") == ["role.pep"], hung
urls = [u for e in es if e["schema"] == "Occupancy" for u in e["properties"].get("sourceUrl", [])]
assert urls and all(u.startswith("https://example.vn/") for u in urls), urls
PY
# ended long ago: dropped, as OpenSanctions does five years after the end
"$TENURE" export --format ftm --as-of 2031-12-31 >"$T/ftm2.jsonl"
[ "$(grep -c '"ended"' "$T/ftm2.jsonl" || true)" = 0 ] || fail "an occupancy ended > 5 years before is kept"
for f in "$T/ftm.jsonl" "$T/ftm2.jsonl"; do # a PEP list names a person through an occupancy
    python3 - "$f" <<'PY' || fail "ftm: a Person without an Occupancy in $f"
import json, sys
es = [json.loads(l) for l in open(sys.argv[1])]
persons = {e["id"] for e in es if e["schema"] == "Person"}
holders = {e["properties"]["holder"][0] for e in es if e["schema"] == "Occupancy"}
assert persons and persons <= holders, sorted(persons - holders)[:5]
PY
done
pass "ftm: validates; current, ended, unknown; country, topics, URLs"

# --- Popolo
"$TENURE" export --format popolo >"$T/popolo.json" || fail "popolo export"
$CHECK popolo "$T/popolo.json" || fail "popolo does not validate"
python3 - "$T/popolo.json" <<'PY' || fail "popolo: bare roles, implied bodies"
import json, sys
d = json.load(open(sys.argv[1]))
# (bare roles such as "Bộ trưởng" no longer become posts in the registry;
# an older store's are written as memberships without a post)
assert all("post_id" in m or "label" in m for m in d["memberships"])
tt = [p for p in d["posts"] if p["label"] == "Thủ tướng Chính phủ"][0]
org = [o for o in d["organizations"] if o["id"] == tt["organization_id"]][0]
assert org["name"] == "Chính phủ", org
assert all(s["url"].startswith("https://") for m in d["memberships"] for s in m.get("sources", []))
PY
pass "popolo: validates against the schemas; implied bodies"

# --- CSV
"$TENURE" export --format csv >"$T/t.csv" || fail "csv export"
$CHECK csv "$T/t.csv" || fail "csv does not validate"
rows=$(($(python3 -c 'import csv,sys; print(len(list(csv.reader(open(sys.argv[1])))))' "$T/t.csv") - 1))
[ "$rows" = "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["memberships"]))' "$T/popolo.json")" ] ||
    fail "csv rows ($rows) are not one per tenure"
grep -q '^[0-9]*,Lê Minh Hưng,[0-9]*,Trưởng [Bb]an Tổ chức Trung ương,.*,https://example.vn/a1' "$T/t.csv" ||
    fail "csv row of Lê Minh Hưng: $(grep 'Lê Minh Hưng' "$T/t.csv")"
pass "csv: one row per tenure with bounds, status, certainty, evidence, first URL"

# --- QuickStatements: nothing linked -> nothing stated, the count on stderr
"$TENURE" export --format quickstatements >"$T/qs.txt" 2>"$T/qs.err" || fail "qs export"
[ ! -s "$T/qs.txt" ] || fail "statements without any linked post: $(head -3 "$T/qs.txt")"
grep -q "left out [0-9]* tenure(s) of [0-9]* post(s) without a Wikidata item" "$T/qs.err" || fail "unlinked count: $(cat "$T/qs.err")"
post=$("$TENURE" --json search "Trưởng Ban Tổ chức Trung ương" | jget '[r["id"] for r in d["results"] if r["kind"] == "post"][0]')
person=$("$TENURE" --json search "Lê Minh Hưng" | jget '[r["id"] for r in d["results"] if r["kind"] == "person"][0]')
"$TENURE" link post "$post" Q999999001 | contains "Q999999001" || fail "link post"
"$TENURE" export --format quickstatements >"$T/qs.txt" 2>/dev/null
$CHECK qs "$T/qs.txt" || fail "qs does not validate"
grep -q "^CREATE$" "$T/qs.txt" || fail "an unlinked person gets CREATE"
grep -qP '^LAST\tP39\tQ999999001\tP580\t\+2024-07-04T00:00:00Z/11.*\tS854\t"https://example.vn/a1"\tS813\t\+[0-9-]{10}T00:00:00Z/11$|^LAST\tP39\tQ999999001.*\tS854\t"https://example.vn/a1"\tS813\t' "$T/qs.txt" ||
    fail "P39 with the item, references: $(cat "$T/qs.txt")"
"$TENURE" link person "$person" Q999999002 >/dev/null || fail "link person"
"$TENURE" export --format quickstatements >"$T/qs.txt" 2>/dev/null
$CHECK qs "$T/qs.txt" || fail "qs does not validate (linked person)"
grep -qP '^LAST\tLvi\t"Lê Minh Hưng"' "$T/qs.txt" && fail "a linked person was CREATEd: $(cat "$T/qs.txt")"
grep -qP '^Q999999002\tP39\tQ999999001\t' "$T/qs.txt" || fail "statement on the linked person: $(cat "$T/qs.txt")"
pass "quickstatements: items only, references, no CREATE for linked persons"

# --- paging: cursor pages give what one walk gives
"$TENURE" export --format ftm --as-of $AS_OF >"$T/ftm.jsonl"
"$TENURE" export --format ftm --as-of $AS_OF --limit 3 >"$T/page" 2>"$T/next" || fail "first page"
cat "$T/page" >"$T/paged.jsonl"
n=0
while cur=$(sed -n 's/^next: \(.:[0-9a-f]*\)$/\1/p' "$T/next") && [ -n "$cur" ]; do
    "$TENURE" export --format ftm --as-of $AS_OF --limit 3 --after "$cur" >"$T/page" 2>"$T/next" || fail "page after $cur"
    cat "$T/page" >>"$T/paged.jsonl"
    n=$((n + 1))
    [ $n -lt 200 ] || fail "paging does not end"
done
grep -q "^next: none" "$T/next" || fail "last page says so: $(cat "$T/next")"
cmp -s "$T/paged.jsonl" "$T/ftm.jsonl" || fail "paged export differs from the whole one"
"$TENURE" export --format csv --limit 2 >"$T/c1" 2>"$T/next"
cur=$(sed -n 's/^next: \(.:[0-9a-f]*\)$/\1/p' "$T/next")
"$TENURE" export --format csv --limit 1000 --after "$cur" >"$T/c2" 2>/dev/null
cat "$T/c1" "$T/c2" | cmp -s - "$T/t.csv" || fail "csv pages (header once) differ from the whole csv"
pass "cursor paging: $n pages, same entities; csv pages concatenate"

# --- merge carries a Wikidata item to the survivor, or says it dropped one
pid() { "$TENURE" --json search "$1" | jget '[r["id"] for r in d["results"] if r["kind"] == "person"][0]'; }
item_of() { # person id -> its items in the Popolo export, or none
    "$TENURE" export --format popolo | python3 -c '
import json, sys
for p in json.load(sys.stdin)["persons"]:
    if p["id"].endswith("/" + sys.argv[1]) or p["id"].endswith("-" + sys.argv[1]):
        print(" ".join(i["identifier"] for i in p.get("identifiers", [])) or "none")' "$1"
}
be=$(pid "Trần Văn Bê") cu=$(pid "Phạm Đình Cự")
"$TENURE" link person "$be" Q999999004 >/dev/null || fail "link Bê"
"$TENURE" --json merge person "#$be" "#$cu" >"$T/r" || fail "merge Bê into Cự"
[ "$(jget 'd.get("wikidata_dropped")' <"$T/r")" = None ] || fail "nothing dropped: $(cat "$T/r")"
[ "$(item_of "$cu")" = Q999999004 ] || fail "the merged person's item is not on the survivor: $(item_of "$cu")"
"$TENURE" merge person "#$cu" "#$person" >"$T/r" || fail "merge Cự into Hưng"
grep -q "dropped.*Q999999004" "$T/r" || fail "dropped item not reported: $(cat "$T/r")"
[ "$(item_of "$person")" = Q999999002 ] || fail "the survivor's own item changed: $(item_of "$person")"
pass "merge: the item moves to the survivor; a conflicting one is dropped and reported"

# --- mistakes
rc=0; "$TENURE" export --format popolo --page 2 >/dev/null 2>"$T/err" || rc=$?
[ $rc = 2 ] && grep -q -- "--page is gone" "$T/err" || fail "--page: exit $rc $(cat "$T/err")"
rc=0; "$TENURE" export --format xml >/dev/null 2>"$T/err" || rc=$?
[ $rc = 2 ] && grep -q "popolo, ftm, quickstatements or csv" "$T/err" || fail "--format xml: exit $rc"
rc=0; "$TENURE" export --format ftm --after bogus >/dev/null 2>"$T/err" || rc=$?
[ $rc = 1 ] && grep -q "not a cursor" "$T/err" || fail "--after bogus: exit $rc $(cat "$T/err")"
rc=0; "$TENURE" link post "$post" 12345 2>"$T/err" || rc=$?
[ $rc = 2 ] && grep -q "not a Wikidata item id" "$T/err" || fail "link bad item: exit $rc"
rc=0; "$TENURE" link post 987654 Q5 2>"$T/err" || rc=$?
[ $rc = 1 ] && grep -q "no post #987654" "$T/err" || fail "link unknown post: exit $rc $(cat "$T/err")"
rc=0; "$TENURE" link place 1 Q5 2>"$T/err" || rc=$?
[ $rc = 2 ] || fail "link place: exit $rc"
"$TENURE" link post "$post" --remove | contains "no item (was Q999999001)" || fail "link --remove"
pass "export and link mistakes: messages and exit codes"

# --- the operator's table (conf/lexicon/wikidata_posts.tsv) links by label
mkdir -p "$T/lex"
cp "$ROOT"/conf/lexicon/*.tsv "$T/lex/"
printf 'THỦ TƯỚNG CHÍNH PHỦ\tQ999999003\n' >>"$T/lex/wikidata_posts.tsv"
stop_daemon || fail "stop"
printf 'lexicon_dir %s\n' "$T/lex" >"$T/t.conf"
start_daemon -c "$T/t.conf"
"$TENURE" export --format quickstatements >"$T/qs.txt" 2>/dev/null
$CHECK qs "$T/qs.txt" || fail "qs does not validate (table)"
grep -qP '^LAST\tP39\tQ999999003\t.*S854\t"https://example.vn/a2"' "$T/qs.txt" || fail "table link: $(cat "$T/qs.txt")"
printf 'Thủ tướng\tQ12x\n' >>"$T/lex/wikidata_posts.tsv"
kill -HUP "$DAEMON_PID" # the table is read at each export; HUP drops cached answers
for i in $(seq 1 100); do
    rc=0; "$TENURE" export --format quickstatements >/dev/null 2>"$T/err" || rc=$?
    [ $rc = 0 ] || break
    sleep 0.05
done
[ $rc = 1 ] && grep -q "wikidata_posts.tsv:[0-9]*: expected a post label" "$T/err" || fail "bad table row: exit $rc $(cat "$T/err")"
pass "the operator's table of post items"
