#!/usr/bin/env bash
# t_auth.sh — authenticated TCP (redis's protected mode): TCP needs
# auth_token_file, a non-loopback listen needs listen_public, a TCP client
# must send "auth" with the token before anything else, and the client
# speaks TCP with -s tcp:HOST:PORT and $TENURE_AUTH or --auth-file.
source "$(dirname "$0")/lib.sh"

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port=$(free_port)
(umask 077 && echo "t-auth-token-0123456789abcdef0123" >"$T/token")

# listen without a token file: refused at start, with the reason on one line
rc=0
err=$("$TENURED" -f -s "$SOCK" -d "$DATA" -l "$port" 2>&1) || rc=$?
[ $rc = 1 ] || fail "listen without auth_token_file started (exit $rc)"
grep -q "needs auth_token_file" <<<"$err" || fail "no reason for the refusal: $err"
[ ! -e "$SOCK" ] || fail "a refused start left its socket"
pass "TCP without auth_token_file refuses to start"

# a non-loopback address without listen_public: refused, one line
conf=$(write_conf auth_token_file "$T/token")
rc=0
err=$("$TENURED" -f -s "$SOCK" -d "$DATA" -c "$conf" -l "0.0.0.0:$port" 2>&1) || rc=$?
[ $rc = 1 ] || fail "listen 0.0.0.0 without listen_public started (exit $rc)"
grep -q "listen 0.0.0.0:$port is not a loopback address: set \"listen_public yes\"" <<<"$err" ||
    fail "no one-line reason: $err"
pass "listen 0.0.0.0 without listen_public refuses to start"

# a token file others can read is refused
chmod 644 "$T/token"
rc=0
err=$("$TENURED" -f -s "$SOCK" -d "$DATA" -c "$conf" -l "$port" 2>&1) || rc=$?
[ $rc = 1 ] && grep -q "only its owner can read" <<<"$err" || fail "world-readable token accepted: $err"
chmod 600 "$T/token"
pass "a token file others can read is refused"

start_daemon -c "$conf" -l "$port"
# raw protocol: nothing but auth before auth; a wrong token fails
python3 - "$port" <<'PY' || fail "raw TCP authentication"
import json, socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
f = s.makefile("rb")
def call(obj):
    s.sendall(json.dumps(obj).encode() + b"\n")
    return json.loads(f.readline())
r = call({"jsonrpc": "2.0", "method": "article.list", "id": 1})
assert r["error"]["code"] == -32009 and "auth" in r["error"]["message"], r
r = call({"jsonrpc": "2.0", "method": "auth", "params": {"token": "wrong"}, "id": 2})
assert r["error"]["code"] == -32009, r
# a long line before auth is not even parsed
s.sendall(b'{"jsonrpc":"2.0","method":"ping","params":{"x":"' + b"a" * 10000 + b'"},"id":3}\n')
r = json.loads(f.readline())
assert r["error"]["code"] == -32009, r
r = call({"jsonrpc": "2.0", "method": "auth",
          "params": {"token": "t-auth-token-0123456789abcdef0123"}, "id": 4})
assert r["result"]["authenticated"] is True, r
r = call({"jsonrpc": "2.0", "method": "ping", "id": 5})
assert r["result"]["pong"] is True, r
PY
pass "TCP without the token is refused; with it, served"

# the client over TCP
rc=0
out=$(env -u TENURE_AUTH "$TENURE" -s "tcp:127.0.0.1:$port" ping 2>&1) || rc=$?
[ $rc = 1 ] && grep -q "authentication required" <<<"$out" || fail "client without token: rc $rc: $out"
TENURE_AUTH=wrong "$TENURE" -s "tcp:127.0.0.1:$port" ping >/dev/null 2>&1 && fail "wrong token accepted"
TENURE_AUTH=$(cat "$T/token") "$TENURE" -s "tcp:127.0.0.1:$port" ping | contains "pong\|protocol" ||
    fail "client with TENURE_AUTH"
env -u TENURE_AUTH "$TENURE" --auth-file "$T/token" -s "tcp:127.0.0.1:$port" stats >/dev/null ||
    fail "client with --auth-file"
# the Unix socket needs no token
"$TENURE" ping >/dev/null || fail "Unix socket asked for a token"
pass "tenure -s tcp:HOST:PORT with \$TENURE_AUTH or --auth-file"
stop_daemon || fail "exit status"

# listen_public yes lets a non-loopback address through
conf=$(write_conf auth_token_file "$T/token" listen_public yes)
start_daemon -c "$conf" -l "0.0.0.0:$port"
grep -q "listening on tcp 0.0.0.0:$port" "$T/daemon.log" || fail "listen_public did not listen"
stop_daemon || fail "exit status with listen_public"
pass "listen_public yes allows 0.0.0.0"
