#!/usr/bin/env bash
# t_feeds.sh — feeds as users have them and the mistakes they make:
# `ingest --jsonl` (plain and gzip, stdin and files; bad lines skipped with
# their line number, the rest stored, exit 1), metadata kept, the stored
# source a URL (key or "# url =" header) and never a client path unless
# --source-path, per-command --help (never a file name or an id), the exit
# codes of docs (no match 1, usage 2, a missing file does not stop the
# others), --format tsv|csv|json, whole cells when piped, NO_COLOR.
source "$(dirname "$0")/lib.sh" "$@"
jget() { python3 -c 'import json,sys; d=json.load(sys.stdin); args=sys.argv[2:]; print(eval(sys.argv[1]))' "$@"; }

# --help before anything reaches the daemon (no daemon is running yet)
for c in ping stats ingest extract articles article forget who person org search evidence timeline export merge split link changes; do
    out=$("$TENURE" "$c" --help) || fail "$c --help: exit $?"
    grep -q "^usage: tenure $c" <<<"$out" || fail "$c --help: no usage line"
    grep -q "Exit codes" <<<"$out" || fail "$c --help: no exit codes"
done
"$TENURE" ingest --help | contains -- "--jsonl" || fail "ingest --help lists --jsonl"
"$TENURE" forget -h | contains "^usage: tenure forget ID" || fail "forget -h"
rc=0; "$TENURE" who --limit 5000 x 2>"$T/err" || rc=$?
[ $rc = 2 ] && grep -q "expected a number from 1 to 1000" "$T/err" || fail "who --limit 5000: exit $rc"
rc=0; "$TENURE" search --limit 5000 x 2>"$T/err" || rc=$?
[ $rc = 2 ] && grep -q "expected a number from 1 to 1000" "$T/err" || fail "search --limit 5000: exit $rc"
rc=0; "$TENURE" who x --format xml 2>"$T/err" || rc=$?
[ $rc = 2 ] && grep -q "expected tsv, csv, json or table" "$T/err" || fail "--format xml: exit $rc"
rc=0; "$TENURE" ingest --bogus x 2>"$T/err" || rc=$?
[ $rc = 2 ] && grep -q "unknown option --bogus" "$T/err" || fail "ingest --bogus: exit $rc"
pass "per-command help and usage errors"

start_daemon
"$TENURE" ingest "$ROOT/examples" >/dev/null || fail "examples"

# a missing file among good ones: reported, the rest stored, exit 1
cp "$ROOT/tests/fixtures/000_b2a7dd64626958e0.txt" "$T/a.txt"
rc=0; out=$("$TENURE" ingest "$T/nope.txt" "$T/a.txt" 2>"$T/err") || rc=$?
[ $rc = 1 ] || fail "missing file: exit $rc, want 1"
grep -q "nope.txt: No such file or directory" "$T/err" || fail "missing file message: $(cat "$T/err")"
grep -Eq "^[01] new, [01] already stored, 1 failed$" <<<"$out" || fail "missing file summary: $out"
# a directory without *.txt says so
mkdir -p "$T/emptydir"
echo x >"$T/emptydir/notes.md"
rc=0; "$TENURE" ingest "$T/emptydir" >/dev/null 2>"$T/err" || rc=$?
[ $rc = 1 ] && grep -q "emptydir: no \*.txt file in this directory" "$T/err" || fail "empty dir: exit $rc $(cat "$T/err")"
pass "missing file and empty directory"

# JSON Lines: good lines, bad lines (line numbers), metadata, URL sources
cat >"$T/feed.jsonl" <<'EOF'
{"id": "f-1", "url": "https://example.vn/tin-1.htm", "date": "2024-07-04", "section": "thoi-su", "text": "Trưởng ban Tổ chức Trung ương Lê Minh Hưng phát biểu tại hội nghị."}
this is not json
{"title": "no text here"}

{"text": "Thủ tướng Phạm Minh Chính dự lễ.", "date": "hôm qua"}
{"id": "f-2", "source": "crawler/batch-7", "text": "# doc_id = x\n# url = https://dantri.com.vn/thoi-su/bai-20210427.htm\n# date = 20210427\nTiêu đề bài\nChủ tịch nước Nguyễn Xuân Phúc tiếp đoàn."}
{"id": "f-3", "source": "crawler/batch-8", "text": "Bộ trưởng Bộ Công an Tô Lâm làm việc."}
[1, 2]
EOF
rc=0; out=$("$TENURE" ingest --jsonl "$T/feed.jsonl" 2>"$T/err") || rc=$?
[ $rc = 1 ] || fail "jsonl with bad lines: exit $rc, want 1"
grep -q "^3 new, 0 already stored, 4 failed$" <<<"$out" || fail "jsonl summary: $out"
grep -q "feed.jsonl:2: not JSON" "$T/err" || fail "line 2 message: $(cat "$T/err")"
grep -q 'feed.jsonl:3: no "text" key' "$T/err" || fail "line 3 message"
grep -q 'feed.jsonl:5: "date" must be' "$T/err" || fail "line 5 message"
grep -q "feed.jsonl:8: not a JSON object" "$T/err" || fail "line 8 message"
"$TENURE" --json articles --limit 100 >"$T/list.json"
srcs=$(jget 'sorted(a["source"] or "-" for a in d["articles"])' <"$T/list.json")
grep -q "https://example.vn/tin-1.htm" <<<"$srcs" || fail "url key not the source: $srcs"
grep -q "https://dantri.com.vn/thoi-su/bai-20210427.htm" <<<"$srcs" || fail "# url header not the source: $srcs"
grep -q "crawler/batch-8" <<<"$srcs" || fail "given source without a URL: $srcs"
grep -q "$T" <<<"$srcs" && fail "a client path was stored as source: $srcs"
id=$(jget '[a["article"] for a in d["articles"] if a["source"] == "https://dantri.com.vn/thoi-su/bai-20210427.htm"][0]' <"$T/list.json")
"$TENURE" --json article "$id" >"$T/a.json"
[ "$(jget 'd["date"]' <"$T/a.json")" = 2021-04-27 ] || fail "# date header"
[ "$(jget 'd["title"]' <"$T/a.json")" = "Tiêu đề bài" ] || fail "title after headers"
[ "$(jget 'd["extraction"]["meta"]' <"$T/a.json")" = "{'id': 'f-2', 'source': 'crawler/batch-7'}" ] ||
    fail "meta keeps id and the replaced source: $(jget 'd["extraction"].get("meta")' <"$T/a.json")"
id=$(jget '[a["article"] for a in d["articles"] if a["source"] == "https://example.vn/tin-1.htm"][0]' <"$T/list.json")
[ "$("$TENURE" --json article "$id" | jget 'd["extraction"]["meta"]["section"]')" = thoi-su ] || fail "other keys kept"
pass "jsonl: bad lines by number, metadata, URL sources"

# gzip, stdin, and the same articles again are duplicates
gzip -c "$T/feed.jsonl" >"$T/feed.jsonl.gz"
rc=0; out=$("$TENURE" ingest --jsonl - <"$T/feed.jsonl.gz" 2>"$T/err") || rc=$?
grep -q "^0 new, 3 already stored, 4 failed$" <<<"$out" || fail "gzip stdin: $out"
grep -q "stdin:2: not JSON" "$T/err" || fail "stdin line label"
head -c 300 "$T/feed.jsonl.gz" >"$T/cut.jsonl.gz"
rc=0; "$TENURE" ingest --jsonl "$T/cut.jsonl.gz" >/dev/null 2>"$T/err" || rc=$?
[ $rc = 1 ] && grep -q "cut.jsonl.gz: line .*cut short" "$T/err" || fail "truncated gzip: exit $rc $(cat "$T/err")"
rc=0; "$TENURE" ingest --jsonl "$T/none.jsonl" "$T/feed.jsonl" >/dev/null 2>"$T/err" || rc=$?
[ $rc = 1 ] && grep -q "none.jsonl: No such file" "$T/err" || fail "missing jsonl file"
pass "jsonl: gzip, stdin, truncated, missing"

# plain file: --source-path asks for the path; without it no path is stored
printf 'Phó Chủ tịch UBND tỉnh Cà Mau Lê Văn Sử kiểm tra đê.\n' >"$T/p1.txt"
printf 'Phó Chủ tịch UBND tỉnh Bạc Liêu Lê Văn Hai kiểm tra đê.\n' >"$T/p2.txt"
"$TENURE" ingest "$T/p1.txt" >/dev/null
"$TENURE" ingest --source-path "$T/p2.txt" >/dev/null
"$TENURE" --json articles --limit 100 >"$T/list.json"
[ "$(jget 'sum(1 for a in d["articles"] if a["source"] == args[0])' "$T/p2.txt" <"$T/list.json")" = 1 ] ||
    fail "--source-path"
[ "$(jget 'sum(1 for a in d["articles"] if a["source"] == args[0])' "$T/p1.txt" <"$T/list.json")" = 0 ] ||
    fail "path stored without --source-path"
pass "plain files: --source-path"

# exits and formats of query commands
rc=0; "$TENURE" search "zzzz qqqq" >/dev/null || rc=$?
[ $rc = 1 ] || fail "search without a match: exit $rc, want 1"
"$TENURE" who "Trưởng Ban Tổ chức Trung ương" --format csv >"$T/who.csv" 2>"$T/who.err"
head -1 "$T/who.csv" | contains -x "PERSON,FIRST SEEN,LAST SEEN,STARTED,ENDED,EVIDENCE" || fail "csv header: $(head -1 "$T/who.csv")"
grep -q "Trưởng Ban Tổ chức Trung ương" "$T/who.err" || fail "heading on stderr under csv"
python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1]))); assert len(r) >= 3 and all(len(x) == 6 for x in r), r' "$T/who.csv" ||
    fail "csv rows"
"$TENURE" search "Chính" --format tsv | awk -F'\t' 'NF != 4 { exit 1 }' || fail "tsv rows"
"$TENURE" search "Chính" --format json | jget 'len(d["results"]) > 0' | contains -x True || fail "--format json"
"$TENURE" articles --limit 100 --format tsv | contains "Trưởng ban Tổ chức Trung ương Lê Minh Hưng phát biểu tại hội nghị." ||
    fail "tsv cells are whole"
# piped, a table has whole cells: the long title is not cut with …
"$TENURE" articles --limit 100 | contains "Trưởng ban Tổ chức Trung ương Lê Minh Hưng phát biểu tại hội nghị." ||
    fail "piped table cut a cell"
if command -v script >/dev/null; then
    NO_COLOR=1 script -qec "$TENURE evidence 'Lê Minh Hưng'" /dev/null | contains $'\033' && fail "NO_COLOR ignored"
    # script(1) can lose a fast child's output under load: three tries
    bold=0
    for try in 1 2 3; do
        script -qec "$TENURE evidence 'Lê Minh Hưng'" /dev/null | contains $'\033\\[1m' && { bold=1; break; }
    done
    [ $bold = 1 ] || fail "bold on a terminal"
fi
pass "exit codes, --format, whole cells, NO_COLOR"
