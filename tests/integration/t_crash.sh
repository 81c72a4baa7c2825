#!/usr/bin/env bash
# t_crash.sh — kill -9 during a stream of ingests: every acknowledged
# article is present after the restart and the store opens cleanly.
# Rounds: $TENURE_CRASH_ROUNDS (default 3).
source "$(dirname "$0")/lib.sh" "$@"
ROUNDS=${TENURE_CRASH_ROUNDS:-3}
total_acked=0
for round in $(seq 1 "$ROUNDS"); do
    start_daemon
    # Three clients stream pipelined ingests and log each acknowledged id.
    for c in 1 2 3; do
        python3 - "$SOCK" "$round" "$c" >"$T/acked.$round.$c" 2>/dev/null <<'PY' &
import json, socket, sys
path, rnd, cl = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
s = socket.socket(socket.AF_UNIX); s.connect(path)
f = s.makefile("rb")
window, sent, got = 16, 0, 0
try:
    while got < 100000:
        while sent - got < window:
            text = "Vòng %d, khách %d, bài %d: Bộ trưởng Bộ Công an làm việc tại tỉnh Nghệ An." % (rnd, cl, sent)
            s.sendall((json.dumps({"jsonrpc": "2.0", "method": "ingest", "params": {"text": text}, "id": sent}) + "\n").encode())
            sent += 1
        line = f.readline()
        if not line:
            break
        r = json.loads(line)
        if "result" in r:
            print(r["result"]["article"], flush=True)
        got += 1
except OSError:
    pass
PY
    done
    # Let some acknowledgements through, then kill at an arbitrary point.
    for i in $(seq 1 200); do
        [ "$(cat "$T"/acked.$round.* 2>/dev/null | wc -l)" -ge $((20 * round)) ] && break
        sleep 0.02
    done
    sleep "0.$((RANDOM % 3))$((RANDOM % 10))"
    kill -9 "$DAEMON_PID"
    wait "$DAEMON_PID" 2>/dev/null || true
    DAEMON_PID=
    wait # the clients see EOF and exit
    acked=$(cat "$T"/acked.$round.* | sort -u | wc -l)
    [ "$acked" -gt 0 ] || fail "round $round: nothing was acknowledged"
    total_acked=$((total_acked + acked))
    # Restart on the same data directory: the store opens, all are there.
    start_daemon
    cat "$T"/acked.$round.* | sort -u | python3 -c '
import json, socket, sys
ids = [l.strip() for l in sys.stdin if l.strip()]
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); f = s.makefile("rb")
for i, a in enumerate(ids):
    s.sendall((json.dumps({"jsonrpc": "2.0", "method": "article.get", "params": {"article": a}, "id": i}) + "\n").encode())
missing = 0
for i, a in enumerate(ids):
    r = json.loads(f.readline())
    if "result" not in r or r["result"]["article"] != a or not r["result"]["bytes"]:
        missing += 1
        print("missing", a, r, file=sys.stderr)
sys.exit(1 if missing else 0)
' "$SOCK" || fail "round $round: acknowledged articles lost"
    stored=$("$TENURE" --json stats | jget 'd["articles"]')
    stop_daemon || fail "round $round: SIGTERM exit status"
    echo "round $round: $acked acknowledged, all present ($stored stored in total)"
done
pass "kill -9: lost=0 of $total_acked acknowledged over $ROUNDS round(s)"
