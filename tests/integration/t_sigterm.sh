#!/usr/bin/env bash
# t_sigterm.sh — SIGTERM in the middle of a stream of ingests: requests
# already taken finish and are acknowledged, later ones get SHUTTING_DOWN,
# the daemon exits 0 and removes its socket, and after a restart every
# acknowledged article is there.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon
python3 - "$SOCK" "$DAEMON_PID" >"$T/acked" <<'PY'
import json, os, signal, socket, sys
path, pid = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_UNIX); s.connect(path); f = s.makefile("rb")
N = 300
for i in range(N):
    text = "Bài %d: Bộ trưởng Bộ Ngoại giao tiếp Đại sứ tại Hà Nội." % i
    s.sendall((json.dumps({"jsonrpc": "2.0", "method": "ingest", "params": {"text": text}, "id": i}) + "\n").encode())
    if i == 150:
        os.kill(pid, signal.SIGTERM)
acked = refused = 0
for line in f:
    r = json.loads(line)
    if "result" in r:
        print(r["result"]["article"]); acked += 1
    else:
        assert r["error"]["code"] == -32006, r
        refused += 1
# Every request taken before the signal was answered; the connection then
# closed (EOF) with nothing half-answered.
assert acked + refused <= N and acked > 0, (acked, refused)
print("acked %d, refused %d" % (acked, refused), file=sys.stderr)
PY
rc=0; wait "$DAEMON_PID" || rc=$?
DAEMON_PID=
[ $rc = 0 ] || fail "exit status after SIGTERM: $rc"
[ ! -e "$SOCK" ] || fail "socket left after SIGTERM"
start_daemon
n=$(wc -l <"$T/acked")
[ "$("$TENURE" --json stats | jget 'd["articles"]')" -ge "$n" ] || fail "acknowledged articles missing"
while read -r id; do
    "$TENURE" --json article "$id" >/dev/null || fail "acknowledged article $id missing"
done <"$T/acked"
stop_daemon || fail "second SIGTERM"
pass "SIGTERM mid-stream: $n acknowledged, all kept, exit 0"
