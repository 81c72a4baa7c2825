#!/usr/bin/env bash
# t_disconnect.sh — clients that vanish: half a request then a reset (no
# partial article), a whole ingest then an immediate close while it is in
# flight (the daemon completes and drops the reply safely), many of both
# at once; the daemon keeps serving and stores exactly the whole requests.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon
python3 - "$SOCK" <<'PY'
import socket, struct, sys
path = sys.argv[1]
def conn():
    s = socket.socket(socket.AF_UNIX); s.connect(path); return s
def reset(s):
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()
for i in range(40):
    # half a line, then gone
    s = conn()
    s.sendall(('{"jsonrpc":"2.0","method":"ingest","params":{"text":"Nửa bài báo số %d về Bộ Chính trị' % i).encode())
    reset(s)
    # a whole ingest, then gone before the reply (in flight on the workers)
    s = conn()
    s.sendall(('{"jsonrpc":"2.0","method":"ingest","params":{"text":"Bài báo trọn vẹn số %d: Chủ tịch UBND tỉnh phát biểu."},"id":1}\n' % i).encode())
    if i % 2:
        reset(s)
    else:
        s.close()
# and a pipeline cut in the middle of its third request
s = conn()
s.sendall(b'{"jsonrpc":"2.0","method":"ping","id":1}\n{"jsonrpc":"2.0","method":"extract","params":{"text":"abc"},"id":2}\n{"jsonrpc":"2.0","method":"ingest","params":{"text":"cut')
reset(s)
PY
# Everyone else is still served, and once the in-flight writes are done the
# store holds the 40 whole articles and none of the halves.
for i in $(seq 1 100); do
    n=$("$TENURE" --json stats | jget 'd["articles"]')
    [ "$n" = 40 ] && break
    sleep 0.05
done
[ "$n" = 40 ] || fail "expected 40 stored articles, found $n"
"$TENURE" --json articles --limit 100 | jget 'd["total"]' | contains -x 40 || fail "article.list total"
[ "$("$TENURE" --json stats | jget 'd["connections"]["current"]')" = 1 ] || fail "connections leaked"
[ "$("$TENURE" --json stats | jget 'd["in_flight"]')" = 0 ] || fail "jobs leaked"
stop_daemon || fail "SIGTERM exit status"
pass "vanishing clients: no partial article, no leak, others served"
