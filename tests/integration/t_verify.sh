#!/usr/bin/env bash
# t_verify.sh — integrity: `tenure verify` (like git fsck) reports a sound
# store as sound; after one byte of an article's text is changed inside
# data.mdb (LMDB has no page checksums), verify names that article and
# reading it answers CORRUPT instead of serving the changed text.  Records
# are checked, never trusted: export and the other reads keep working.
source "$(dirname "$0")/lib.sh"

start_daemon
for f in "$ROOT"/tests/fixtures/00*.txt; do "$TENURE" ingest "$f" >/dev/null; done
marker="Bài kiểm tra toàn vẹn zqxjkv: Thủ tướng Phạm Minh Chính chủ trì phiên họp."
id=$(python3 -c 'import json,sys; print(json.dumps({"jsonrpc":"2.0","method":"ingest","params":{"text":sys.argv[1]},"id":1}, ensure_ascii=False))' "$marker" |
    rpc | jget 'd["result"]["article"]')
out=$("$TENURE" verify) || fail "verify of a sound store: $out"
grep -q " 0 problem(s)" <<<"$out" || fail "verify output: $out"
stop_daemon || fail "exit status"
pass "a sound store verifies clean"

# flip one byte of the article's text in the data file (z -> y keeps UTF-8;
# snippets quoting it change too)
python3 - "$DATA/data.mdb" <<'PY' || fail "could not find the text in data.mdb"
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
# the article record and the evidence snippets quoting it
i = b.find(b"zqxjkv")
assert i >= 0
while i >= 0:
    b[i] = ord("y")
    i = b.find(b"zqxjkv", i + 1)
open(p, "r+b").write(b)
PY
start_daemon
rc=0
out=$("$TENURE" verify 2>&1) || rc=$?
[ $rc = 1 ] || fail "verify exit $rc on a corrupted store: $out"
grep -q "1 problem(s)" <<<"$out" || fail "verify count: $out"
grep -q "article $id: text does not hash to the article id" <<<"$out" || fail "verify: $out"
rc=0
out=$("$TENURE" article "$id" 2>&1) || rc=$?
[ $rc = 1 ] || fail "reading the corrupted article: exit $rc"
grep -q "article $id is corrupt" <<<"$out" || fail "no CORRUPT: $out"
echo '{"jsonrpc":"2.0","method":"article.get","params":{"article":"'"$id"'","text":true},"id":1}' |
    rpc | contains '"code":-32010' || fail "article.get did not answer CORRUPT (-32010)"
"$TENURE" export --format popolo >/dev/null || fail "export failed on a store with one bad article"
"$TENURE" ping >/dev/null || fail "daemon not serving"
pass "a flipped byte in an article is reported by verify and by the read (CORRUPT)"
