#!/usr/bin/env bash
# registry_changes.sh — the change feed: new, ended, re-bounded and removed
# tenures in commit order, one record per tenure per commit, a cursor that
# survives a restart, `tenure changes`, and /api/changes over HTTP.
source "$(dirname "$0")/lib.sh" "$@"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
CONF=$(write_conf http_listen "127.0.0.1:$PORT")
start_daemon -c "$CONF"

"$TENURE" --json changes >"$T/r"
check "an empty store has no changes" "r == {'changes': [], 'next': 0, 'latest': 0}" <"$T/r"

printf 'Thủ tướng Nguyễn Tấn Dũng chủ trì phiên họp Chính phủ.\n' >"$T/a1.txt"
# the successor's first article states the change ("Tân"): one article
# ends a corroborated predecessor only when explicit (docs/REGISTRY.md)
printf 'Tân Thủ tướng Nguyễn Xuân Phúc tiếp đoàn doanh nghiệp.\n' >"$T/a2.txt"
printf 'Thủ tướng Nguyễn Xuân Phúc phát biểu tại hội nghị.\n' >"$T/a3.txt"
"$TENURE" ingest --date 2016-01-10 "$T/a1.txt" >/dev/null
"$TENURE" --json changes >"$T/r"
check "a first sighting is one 'new' change" \
    "[(c['kind'], c['person']) for c in r['changes']] == [('new', 'Nguyễn Tấn Dũng')] and r['next'] == 1" <"$T/r"
"$TENURE" ingest --date 2016-05-12 "$T/a2.txt" >/dev/null
"$TENURE" --json changes --since 1 >"$T/r"
check "a successor: 'new' for him, 'ended' for his predecessor, one record each" \
    "sorted((c['kind'], c['person']) for c in r['changes']) == [('ended', 'Nguyễn Tấn Dũng'), ('new', 'Nguyễn Xuân Phúc')] and r['next'] == 3" <"$T/r"
check "the 'ended' record carries the end bounds" \
    "[c['end'] for c in r['changes'] if c['kind'] == 'ended'] == [{'after': '2016-01-10', 'before': '2016-05-12'}]" <"$T/r"
"$TENURE" ingest --date 2016-05-12 "$T/a2.txt" >/dev/null # already stored: nothing moves
"$TENURE" --json changes --since 3 >"$T/r"
check "a duplicate article changes nothing" "r['changes'] == [] and r['next'] == 3 and r['latest'] == 3" <"$T/r"
A3=$("$TENURE" --json ingest --date 2019-06-20 "$T/a3.txt" | jget 'd["result"]["article"]')
"$TENURE" --json changes --since 3 >"$T/r"
check "a later sighting moves the end bound: 'bounds'" \
    "[(c['kind'], c['end']['after']) for c in r['changes']] == [('bounds', '2019-06-20')]" <"$T/r"

stop_daemon || fail "clean stop"
start_daemon -c "$CONF"
"$TENURE" --json changes --since 2 --limit 1 >"$T/r"
check "the cursor survives a restart (records and sequence kept)" \
    "len(r['changes']) == 1 and r['changes'][0]['seq'] == 3 and r['next'] == 3 and r['latest'] == 4" <"$T/r"
"$TENURE" forget "$A3" >/dev/null
"$TENURE" --json changes --since 4 >"$T/r"
check "forget is a change too, numbered after the restart" \
    "[(c['seq'], c['kind'], c['end']['after']) for c in r['changes']] == [(5, 'bounds', '2016-05-12')]" <"$T/r"
"$TENURE" changes --since 4 >"$T/out" 2>"$T/err"
grep -q "bounds" "$T/out" && grep -q "^next: 5$" "$T/err" || fail "tenure changes prints a table and the next cursor"
pass "tenure changes: table on stdout, next cursor on stderr"

python3 - "$PORT" "$SOCK" <<'PY' || fail "/api/changes"
import json, socket, sys, urllib.request
port, sock = sys.argv[1], sys.argv[2]
got = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/changes?since=1&limit=2"))
s = socket.socket(socket.AF_UNIX); s.connect(sock)
s.sendall(b'{"jsonrpc":"2.0","id":1,"method":"changes","params":{"since":1,"limit":2}}\n')
buf = b""
while not buf.endswith(b"\n"):
    buf += s.recv(65536)
assert got == json.loads(buf)["result"] and len(got["changes"]) == 2, got
PY
pass "/api/changes answers what the socket answers"
