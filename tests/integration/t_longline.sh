#!/usr/bin/env bash
# t_longline.sh — a long request line is parsed on a worker, not on the
# event loop: while a 12 MB line (2 million \u escapes: a slow parse) is
# being parsed, a ping on another connection is answered; the long line
# still gets its own reply (-32602: ping takes no params) and its
# connection stays usable.  Then SIGTERM while a long ingest line is on a
# worker: the daemon answers it (durably stored) before it exits 0.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon
python3 - "$SOCK" <<'PY' || fail "a ping waited for a long line's parse"
import socket, sys, time
path = sys.argv[1]
def conn():
    s = socket.socket(socket.AF_UNIX); s.connect(path); s.settimeout(60); return s
def line(s, buf):
    while b"\n" not in buf[0]:
        chunk = s.recv(65536)
        if not chunk:
            raise SystemExit("connection closed")
        buf[0] += chunk
    l, buf[0] = buf[0].split(b"\n", 1)
    return l
a, b = conn(), conn()
abuf, bbuf = [b""], [b""]
big = b'{"jsonrpc":"2.0","method":"ping","params":{"x":"' + b"\\u1ea1" * 2000000 + b'"},"id":1}\n'
t0 = time.monotonic()
a.sendall(big)
time.sleep(0.02)
t1 = time.monotonic()
b.sendall(b'{"jsonrpc":"2.0","method":"ping","id":2}\n')
rb = line(b, bbuf)
t2 = time.monotonic()
ra = line(a, abuf)
t3 = time.monotonic()
print("ping answered in %.1f ms; the long line's reply %.1f ms after it was sent" %
      ((t2 - t1) * 1e3, (t3 - t0) * 1e3))
assert b'"pong":true' in rb and b'"id":2' in rb, rb
assert b'"code":-32602' in ra and b'"id":1' in ra, ra[:200]
if t2 >= t3:
    raise SystemExit("the ping was answered after the long line")
a.sendall(b'{"jsonrpc":"2.0","method":"ping","id":3}\n')
r = line(a, abuf)
assert b'"pong":true' in r and b'"id":3' in r, r
PY
python3 - "$SOCK" "$DAEMON_PID" <<'PY' || fail "a long line in flight at SIGTERM was not answered"
import os, signal, socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.settimeout(60)
s.sendall(b'{"jsonrpc":"2.0","method":"ingest","params":{"text":"' + b"\\u1ea1 " * 1500000 + b'"},"id":7}\n')
# SIGTERM once the line is in flight (taken, on a worker), not before
q = socket.socket(socket.AF_UNIX); q.connect(sys.argv[1]); q.settimeout(10)
for _ in range(5000):
    q.sendall(b'{"jsonrpc":"2.0","method":"stats","id":1}\n')
    r = b""
    while not r.endswith(b"\n"):
        r += q.recv(65536)
    if b'"in_flight":0' not in r:
        break
else:
    raise SystemExit("the long line never showed as in flight")
os.kill(int(sys.argv[2]), signal.SIGTERM)
buf = b""
while b"\n" not in buf:
    chunk = s.recv(65536)
    if not chunk:
        break
    buf += chunk
assert b'"new":true' in buf and b'"id":7' in buf, buf[:200]
PY
rc=0
wait "$DAEMON_PID" || rc=$?
DAEMON_PID=
[ "$rc" = 0 ] || fail "the daemon exited $rc after SIGTERM"
start_daemon
[ "$("$TENURE" --json stats | jget 'd["articles"]')" = 1 ] || fail "the article answered at SIGTERM was not stored"
pass "a ping is answered while a long line parses off the loop; SIGTERM answers a long line in flight"
