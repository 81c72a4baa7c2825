#!/usr/bin/env bash
# t_limits.sh — the limits that protect everyone else: an over-long line
# (TOO_LARGE then close), the idle timeout, a half line that stalls, a line
# trickling in byte by byte, max_clients (one BUSY line then close), and
# back-pressure (a client that never reads cannot make the daemon buffer
# without bound).  Meanwhile other clients are served.
source "$(dirname "$0")/lib.sh" "$@"

# --- over-long lines: 1 KiB cap
start_daemon -c "$(write_conf max_request_bytes 1k idle_timeout 60)"
python3 - "$SOCK" <<'PY'
import socket, sys, json
path = sys.argv[1]
def conn():
    s = socket.socket(socket.AF_UNIX); s.connect(path); s.settimeout(10); return s
def lines(s):
    buf = b""
    while True:
        c = s.recv(65536)
        if not c:
            return [l for l in buf.split(b"\n") if l]
        buf += c
# unterminated, past the cap: error while reading, then close
s = conn(); s.sendall(b'{"jsonrpc":"2.0","method":"ping","id":1,"pad":"' + b"x" * 4000)
got = lines(s)
assert len(got) == 1, got
e = json.loads(got[0])["error"]
assert e["code"] == -32001 and "1024 bytes" in e["message"], e
# complete but too long; an earlier good request is still answered first
s = conn()
# (the earlier request runs on a worker: the close waits for its reply)
s.sendall(b'{"jsonrpc":"2.0","method":"extract","params":{"text":"B\xc3\xad th\xc6\xb0"},"id":1}\n' + b'{"jsonrpc":"2.0","method":"ping","id":2,"pad":"' + b"y" * 2000 + b'"}\n{"jsonrpc":"2.0","method":"ping","id":3}\n')
got = [json.loads(l) for l in lines(s)]
assert [g.get("id") for g in got] == [1, None], got
assert got[1]["error"]["code"] == -32001, got
# just under the cap is fine
s = conn()
req = b'{"jsonrpc":"2.0","method":"ping","id":4}'
s.sendall(req + b" " * (1024 - len(req)) + b"\n")
l = s.recv(65536)
assert b'"id":4' in l, l
print("ok: over-long lines refused, under the cap served")
PY
"$TENURE" ping >/dev/null || fail "daemon not serving after over-long lines"
stop_daemon || fail "SIGTERM exit status"

# --- idle timeout, half lines, slow senders: 1 s
start_daemon -c "$(write_conf idle_timeout 1)"
python3 - "$SOCK" <<'PY'
import socket, sys, json, time, subprocess
path = sys.argv[1]
def conn():
    s = socket.socket(socket.AF_UNIX); s.connect(path); s.settimeout(10); return s
def read_all(s):
    buf = b""
    while True:
        c = s.recv(65536)
        if not c:
            return buf
        buf += c
# a silent client is told and closed
t0 = time.time(); s = conn(); got = read_all(s)
assert b'"code":-32008' in got, got
assert time.time() - t0 < 5, "idle timeout took too long"
# a half line that stalls: others are served meanwhile, then it times out
stall = conn(); stall.sendall(b'{"jsonrpc":"2.0","method":"ingest","params":{"text":"half an art')
other = conn(); other.sendall(b'{"jsonrpc":"2.0","method":"ping","id":1}\n')
assert b'"id":1' in other.recv(65536)
got = read_all(stall)
assert b'"code":-32008' in got, got
# a line trickling in a byte at a time cannot hold a connection forever
s = conn(); t0 = time.time(); closed = False
msg = b'{"jsonrpc":"2.0","method":"ping","id":2}' * 100
for b in msg:
    try:
        s.send(bytes([b]))
    except OSError:
        closed = True; break
    time.sleep(0.25)
    if time.time() - t0 > 8:
        break
if not closed:
    s.settimeout(2)
    try:
        closed = b'"code":-32008' in read_all(s)
    except socket.timeout:
        closed = False
assert closed, "slow sender was never cut off"
# a client that never reads its replies is dropped once they sit unread
# for the idle timeout (it would otherwise hold its output buffer forever)
s = conn(); s.setblocking(False)
data = b'{"jsonrpc":"2.0","method":"ping","id":3}\n' * 200000
sent = 0
t0 = time.time()
while time.time() - t0 < 2:
    try:
        sent += s.send(data[sent:sent + 65536])
    except BlockingIOError:
        time.sleep(0.05)
    except OSError:
        break
def current():
    c = conn(); c.sendall(b'{"jsonrpc":"2.0","method":"stats","id":9}\n')
    r = json.loads(c.makefile("rb").readline())["result"]["connections"]["current"]
    c.close(); return r
for _ in range(100):
    if current() == 1:
        break
    time.sleep(0.1)
else:
    raise SystemExit("a client that never reads was never dropped")
print("ok: idle, stalled, trickling and never-reading clients timed out; others served")
PY
out=$("$TENURE" --json stats)
[ "$(echo "$out" | jget 'd["articles"]')" = 0 ] || fail "a half line stored something"
stop_daemon || fail "SIGTERM exit status"

# --- max_clients 3: the fourth is refused politely; a freed slot is reused
start_daemon -c "$(write_conf max_clients 3)"
python3 - "$SOCK" <<'PY'
import socket, sys, json
path = sys.argv[1]
def conn():
    s = socket.socket(socket.AF_UNIX); s.connect(path); s.settimeout(10); return s
held = [conn() for _ in range(3)]
for i, s in enumerate(held):  # make sure all three are accepted
    s.sendall(b'{"jsonrpc":"2.0","method":"ping","id":%d}\n' % i)
    assert b'"result"' in s.recv(4096)
extra = conn()
got = extra.recv(4096)
e = json.loads(got.split(b"\n")[0])["error"]
assert e["code"] == -32007, e
assert extra.recv(4096) == b"", "refused connection not closed"
held[0].close()
import time
for _ in range(100):  # the slot frees once the daemon sees the close
    s = conn()
    try:  # still full: the daemon may refuse and close before we write
        s.sendall(b'{"jsonrpc":"2.0","method":"ping","id":9}\n')
        r = s.recv(4096)
    except (BrokenPipeError, ConnectionResetError):
        r = b""
    s.close()
    if b'"id":9' in r:
        break
    time.sleep(0.05)
else:
    raise SystemExit("freed slot never reused")
print("ok: max_clients refusal and reuse")
PY
stop_daemon || fail "SIGTERM exit status"

# --- back-pressure: a client that never reads its replies
start_daemon
python3 - "$SOCK" "$DAEMON_PID" <<'PY'
import socket, sys, time, json
path, pid = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX); s.connect(path); s.setblocking(False)
data = b"".join(b'{"jsonrpc":"2.0","method":"ping","id":%d}\n' % i for i in range(1000000))
sent, stuck_since = 0, None
while sent < len(data):
    try:
        sent += s.send(data[sent:sent + 65536])
        stuck_since = None
    except BlockingIOError:
        if stuck_since is None:
            stuck_since = time.time()
        elif time.time() - stuck_since > 1.0:
            break
        time.sleep(0.01)
# Replies are twice the size of the requests: without back-pressure the
# daemon would have read all 45 MB and buffered ~90 MB of replies.
assert sent < 16 << 20, "daemon kept reading %d bytes from a client that never reads" % sent
other = socket.socket(socket.AF_UNIX); other.connect(path); other.settimeout(5)
other.sendall(b'{"jsonrpc":"2.0","method":"ping","id":-1}\n')
assert b'"id":-1' in other.recv(4096), "others not served during back-pressure"
rss = int([l for l in open("/proc/%s/status" % pid) if l.startswith("VmRSS")][0].split()[1])
print("ok: back-pressure after %.1f MiB sent; daemon RSS %d MiB" % (sent / 2**20, rss // 1024))
# then a half-close: every whole request sent is answered, in order
whole = data[:sent].count(b"\n")
s.setblocking(True); s.settimeout(20)
s.shutdown(socket.SHUT_WR)
buf = b""
while True:
    c = s.recv(1 << 20)
    if not c:
        break
    buf += c
ids = [json.loads(l)["id"] for l in buf.split(b"\n") if l]
assert ids == list(range(whole)), "%d replies for %d requests, or out of order" % (len(ids), whole)
print("ok: %d replies in order after the half-close" % len(ids))
PY
"$TENURE" ping >/dev/null || fail "daemon not serving after back-pressure"
stop_daemon || fail "SIGTERM exit status"
# --- out of file descriptors: accepts pause instead of spinning, then resume
TENURED_REAL=$TENURED
TENURED="$T/tenured-lowfd"
printf '#!/bin/sh\nulimit -n 48\nexec "%s" "$@"\n' "$TENURED_REAL" >"$TENURED"
chmod +x "$TENURED"
start_daemon
python3 - "$SOCK" "$DAEMON_PID" <<'PY'
import socket, sys, time
path, pid = sys.argv[1], sys.argv[2]
def ticks():
    f = open("/proc/%s/stat" % pid).read().rsplit(")", 1)[1].split()
    return int(f[11]) + int(f[12])
conns = []
for _ in range(80):  # more than the daemon's descriptors
    s = socket.socket(socket.AF_UNIX); s.connect(path); conns.append(s)
t0 = ticks(); time.sleep(1.0); spent = ticks() - t0
assert spent < 30, "daemon spun on accept: %d ticks in 1 s" % spent
for s in conns:
    s.close()
for _ in range(100):  # once descriptors are free, accepting resumes
    s = socket.socket(socket.AF_UNIX); s.connect(path); s.settimeout(1)
    s.sendall(b'{"jsonrpc":"2.0","method":"ping","id":1}\n')
    try:
        if b'"id":1' in s.recv(4096):
            break
    except (socket.timeout, ConnectionResetError):
        pass
    s.close(); time.sleep(0.1)
else:
    raise SystemExit("accepting never resumed")
print("ok: EMFILE pauses accepts (%d ticks in 1 s) and recovers" % spent)
PY
grep -q "accept failed: .*pausing accepts" "$T/daemon.log" || fail "EMFILE not logged"
stop_daemon || fail "SIGTERM exit status"
TENURED=$TENURED_REAL
pass "limits"
