#!/usr/bin/env bash
# t_client.sh — the tenure client: commands, tables and --json, ingest of
# files, directories and stdin over one connection, duplicates, a file that
# is not UTF-8, extract --json, paging, forget, and the exit codes
# (0 ok, 1 daemon error, 2 usage, 3 unreachable).
source "$(dirname "$0")/lib.sh" "$@"

rc=0; "$TENURE" -s "$T/nobody.sock" ping 2>"$T/err" || rc=$?
[ $rc = 3 ] || fail "unreachable daemon: exit $rc, want 3"
grep -q "cannot reach tenured at $T/nobody.sock" "$T/err" || fail "unreachable message"
rc=0; TENURE_SOCKET=$T/env.sock "$TENURE" ping 2>"$T/err" || rc=$?
grep -q "$T/env.sock" "$T/err" || fail "\$TENURE_SOCKET not used"
rc=0; "$TENURE" no-such-command 2>/dev/null || rc=$?
[ $rc = 2 ] || fail "unknown command: exit $rc, want 2"
rc=0; "$TENURE" ingest 2>/dev/null || rc=$?
[ $rc = 2 ] || fail "ingest without files: exit $rc, want 2"
help=$("$TENURE" --help) # not piped: grep -q would end it with SIGPIPE (pipefail)
grep -q "3 cannot reach the daemon" <<<"$help" || fail "--help lists exit codes"
grep -q "TENURE_SOCKET" <<<"$help" || fail "--help gives the socket order"
pass "usage and unreachable exit codes"

start_daemon
"$TENURE" ping | contains "^pong: tenured" || fail "ping"
mkdir -p "$T/in/sub"
cp "$ROOT"/examples/*.txt "$T/in/"
mv "$T/in/004_"*.txt "$T/in/sub/"
echo "not an article" >"$T/in/notes.md"
out=$("$TENURE" ingest "$T/in")
[ "$out" = "5 new, 0 already stored, 0 failed" ] || fail "ingest dir: $out"
out=$("$TENURE" ingest "$T/in" "$ROOT/examples/000_b2a7dd64626958e0.txt")
[ "$out" = "0 new, 6 already stored, 0 failed" ] || fail "re-ingest: $out"
printf 'Ph\xf3 Th\xe1\xbb\xa7 t\xc6\xb0\xe1\xbb\x9bng\n' >"$T/bad.txt"
: >"$T/empty.txt"
rc=0; out=$("$TENURE" ingest "$T/bad.txt" "$T/empty.txt" 2>"$T/err") || rc=$?
[ $rc = 1 ] || fail "bad files: exit $rc, want 1"
[ "$out" = "0 new, 0 already stored, 2 failed" ] || fail "bad files summary: $out"
grep -q "bad.txt: invalid article text: invalid UTF-8 at byte offset 2" "$T/err" || fail "offset: $(cat "$T/err")"
grep -q "empty.txt: invalid article text: empty text at byte offset 0" "$T/err" || fail "empty: $(cat "$T/err")"
echo "Phó Chủ tịch UBND tỉnh Cà Mau kiểm tra." | "$TENURE" ingest --date 2024-05 --source stdin --title "Tin ngắn" - |
    grep -qx "1 new, 0 already stored, 0 failed" || fail "ingest from stdin"
rc=0; echo x | "$TENURE" ingest --date 2024-13 - >/dev/null 2>&1 || rc=$?
[ $rc = 1 ] || fail "bad date: exit $rc, want 1"
pass "ingest: files, directories, stdin, duplicates, bad text"

# tables and --json
"$TENURE" articles | sed -n 1p | contains "^ID .*DATE .*BYTES .*SOURCE .*TITLE" || fail "articles table header"
[ "$("$TENURE" --json articles | jget 'd["total"]')" = 6 ] || fail "articles total"
first=$("$TENURE" --json articles --limit 2 | jget 'd["next"]')
[ "$("$TENURE" --json articles --after "$first" --limit 100 | jget 'len(d["articles"])')" = 4 ] ||
    fail "paging with --after"
id=$("$TENURE" --json articles | jget '[a["article"] for a in d["articles"] if a["source"] == "stdin"][0]')
"$TENURE" article "$id" | contains "^title  *Tin ngắn" || fail "article view"
# the 12-digit prefix a why lists, and an odd-length one, name the article too
"$TENURE" article "$(printf %.12s "$id")" | contains "^title  *Tin ngắn" || fail "article by prefix"
"$TENURE" --json article "$(printf %.9s "$id")" | jget 'd["article"]' | contains -x "$id" ||
    fail "article by odd prefix"
"$TENURE" article "$(printf %.5s "$id")" >/dev/null 2>&1 && fail "a 5-digit prefix was accepted"
"$TENURE" --json article "$id" --text | jget '"Cà Mau" in d["text"]' | contains -x True || fail "article --text"
[ "$("$TENURE" --json article "$id" | jget 'd["date"] + " " + d["date_source"]')" = "2024-05 given" ] ||
    fail "given date stored"
"$TENURE" stats | contains "^articles  *6$" || fail "stats table"
# with --source-path and without --title: the file's path and its first line (headers skipped)
printf '# date = 20240501\n\n  Tin ngắn về Cà Mau  \nPhó Chủ tịch UBND tỉnh Cà Mau Lê Văn Sử kiểm tra.\n' >"$T/tin.txt"
"$TENURE" ingest --source-path "$T/tin.txt" >/dev/null || fail "ingest tin.txt"
[ "$("$TENURE" --json articles | jget '[a["title"] for a in d["articles"] if a["source"] == args[0]][0]' "$T/tin.txt")" = "Tin ngắn về Cà Mau" ] ||
    fail "default source and title"
tid=$("$TENURE" --json articles | jget '[a["article"] for a in d["articles"] if a["source"] == args[0]][0]' "$T/tin.txt")
"$TENURE" forget "$tid" >/dev/null || fail "forget tin.txt"

# extract --json: one object per article per line, the daemon's own object
"$TENURE" extract --json "$ROOT"/examples/*.txt >"$T/ex.jsonl"
[ "$(wc -l <"$T/ex.jsonl")" = 5 ] || fail "extract --json line count"
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    assert set(d) >= {"date", "date_source", "people", "organizations", "roles"}, d.keys()
' "$T/ex.jsonl" || fail "extract --json objects"
"$TENURE" extract - <<<"Thủ tướng Phạm Minh Chính phát biểu." | contains "^date:" || fail "extract summary"
[ "$("$TENURE" --json stats | jget 'd["articles"]')" = 6 ] || fail "extract stored something"

# forget, then forgetting again is a daemon error (exit 1)
"$TENURE" forget "$id" | contains -x "forgot $id" || fail "forget"
rc=0; "$TENURE" forget "$id" 2>"$T/err" || rc=$?
[ $rc = 1 ] || fail "forget twice: exit $rc, want 1"
grep -q "no article $id" "$T/err" || fail "forget twice message"
rc=0; "$TENURE" article nothex 2>/dev/null || rc=$?
[ $rc = 1 ] || fail "malformed id: exit $rc, want 1"
stop_daemon || fail "SIGTERM exit status"
pass "client commands and exit codes"
