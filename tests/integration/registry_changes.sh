#!/usr/bin/env bash
# registry_changes.sh — the change feed: new, ended, re-bounded and removed
# tenures in commit order, one record per tenure per commit, a cursor that
# survives a restart, `tenure changes`, and /api/changes over HTTP.
source "$(dirname "$0")/lib.sh" "$@"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
CONF=$(write_conf http_listen "127.0.0.1:$PORT")
start_daemon -c "$CONF"

check() { # check DESCRIPTION EXPR (python over r = the JSON on stdin)
    python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if eval(sys.argv[1]) else 1)' "$2" ||
        fail "$1"
    pass "$1"
}
"$TENURE" --json changes >"$T/r"
check "an empty store has no changes" "r == {'changes': [], 'next': 0, 'latest': 0}" <"$T/r"

printf 'Thủ tướng Nguyễn Tấn Dũng chủ trì phiên họp Chính phủ.\n' >"$T/a1.txt"
printf 'Thủ tướng Nguyễn Tấn Dũng dự lễ khánh thành.\n' >"$T/a0.txt"
printf 'Thủ tướng Nguyễn Xuân Phúc tiếp đoàn doanh nghiệp.\n' >"$T/a2.txt"
printf 'Thủ tướng Nguyễn Xuân Phúc phát biểu tại hội nghị.\n' >"$T/a3.txt"
"$TENURE" ingest --date 2016-01-10 "$T/a1.txt" >/dev/null
"$TENURE" --json changes >"$T/r"
check "a first sighting is one 'new' change" \
    "[(c['kind'], c['person']) for c in r['changes']] == [('new', 'Nguyễn Tấn Dũng')] and r['next'] == 1" <"$T/r"
# a second article corroborates him (an established holder: a successor ends him)
"$TENURE" ingest --date 2016-03-02 "$T/a0.txt" >/dev/null
"$TENURE" --json changes --since 1 >"$T/r"
check "a later sighting moves his end bound: 'bounds'" \
    "[(c['kind'], c['end']['after']) for c in r['changes']] == [('bounds', '2016-03-02')] and r['next'] == 2" <"$T/r"
"$TENURE" ingest --date 2016-05-12 "$T/a2.txt" >/dev/null
"$TENURE" --json changes --since 2 >"$T/r"
check "a successor seen once: 'new' for him (bounded by his predecessor), nothing ends yet" \
    "[(c['kind'], c['person'], c['start']['after']) for c in r['changes']] == [('new', 'Nguyễn Xuân Phúc', '2016-03-03')] and r['next'] == 3" <"$T/r"
"$TENURE" ingest --date 2016-05-12 "$T/a2.txt" >/dev/null # already stored: nothing moves
"$TENURE" --json changes --since 3 >"$T/r"
check "a duplicate article changes nothing" "r['changes'] == [] and r['next'] == 3 and r['latest'] == 3" <"$T/r"
A3=$("$TENURE" --json ingest --date 2019-06-20 "$T/a3.txt" | jget 'd["result"]["article"]')
"$TENURE" --json changes --since 3 >"$T/r"
check "the successor corroborated: 'ended' for the predecessor, 'bounds' for him, one record each" \
    "sorted((c['kind'], c['person']) for c in r['changes']) == [('bounds', 'Nguyễn Xuân Phúc'), ('ended', 'Nguyễn Tấn Dũng')] and r['next'] == 5" <"$T/r"
check "the 'ended' record carries the end bounds" \
    "[c['end'] for c in r['changes'] if c['kind'] == 'ended'] == [{'after': '2016-03-02', 'before': '2016-05-12'}]" <"$T/r"

stop_daemon || fail "clean stop"
start_daemon -c "$CONF"
"$TENURE" --json changes --since 3 --limit 1 >"$T/r"
check "the cursor survives a restart (records and sequence kept)" \
    "len(r['changes']) == 1 and r['changes'][0]['seq'] == 4 and r['next'] == 4 and r['latest'] == 5" <"$T/r"
"$TENURE" forget "$A3" >/dev/null
"$TENURE" --json changes --since 5 >"$T/r"
check "forget is a change too, numbered after the restart" \
    "len(r['changes']) >= 1 and r['changes'][0]['seq'] == 6 and all(c['kind'] == 'bounds' for c in r['changes'])" <"$T/r"
N=$(jget 'd["next"]' <"$T/r")
"$TENURE" changes --since 5 >"$T/out" 2>"$T/err"
grep -q "bounds" "$T/out" && grep -q "^next: $N$" "$T/err" || fail "tenure changes prints a table and the next cursor"
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
