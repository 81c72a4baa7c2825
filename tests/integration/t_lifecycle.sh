#!/usr/bin/env bash
# t_lifecycle.sh — start-up and exit: flags and config errors, one daemon
# per data directory and per socket, SIGTERM (exit 0, socket and pid file
# removed), kill -9 leaving a stale socket that the next start replaces,
# daemonized start, and SIGHUP (log reopened; a broken lexicon is refused
# and the old one kept).
source "$(dirname "$0")/lib.sh" "$@"

# flags
"$TENURED" --version | contains "^tenured [0-9]" || fail "--version"
dhelp=$("$TENURED" --help) # not piped: grep -q would end it with SIGPIPE (pipefail)
grep -q "max_request_bytes" <<<"$dhelp" || fail "--help lists the directives"
rc=0; "$TENURED" --no-such-flag 2>/dev/null || rc=$?
[ $rc = 2 ] || fail "unknown flag exit $rc, want 2"
conf=$(write_conf idle_timeout 5 bogus_directive 1)
rc=0; err=$("$TENURED" -f -c "$conf" -s "$SOCK" -d "$DATA" 2>&1) || rc=$?
[ $rc = 1 ] || fail "bad config exit $rc, want 1"
grep -q "tenured.conf:2: unknown directive \"bogus_directive\"" <<<"$err" || fail "config error: $err"
pass "flags and config errors"

# a second daemon on the same data directory refuses clearly
start_daemon
rc=0; err=$("$TENURED" -f -s "$T/other.sock" -d "$DATA" 2>&1) || rc=$?
[ $rc = 1 ] || fail "second daemon on the data dir exit $rc, want 1"
grep -q "already using data directory" <<<"$err" || fail "message: $err"
[ ! -e "$T/other.sock" ] || fail "refused daemon created its socket"
# ... and one on the same socket with another data directory too
rc=0; err=$("$TENURED" -f -s "$SOCK" -d "$T/data2" 2>&1) || rc=$?
[ $rc = 1 ] || fail "second daemon on the socket exit $rc, want 1"
grep -q "another daemon is listening" <<<"$err" || fail "message: $err"
"$TENURE" ping >/dev/null || fail "first daemon disturbed"
pass "one daemon per data directory and socket"

# SIGTERM: exit 0, socket and pid file gone, data kept
echo "Bí thư Thành ủy Hà Nội dự hội nghị." | "$TENURE" ingest - >/dev/null
[ -f "$DATA/tenured.pid" ] || fail "no pid file in the data dir"
[ "$(cat "$DATA/tenured.pid")" = "$DAEMON_PID" ] || fail "pid file content"
stop_daemon || fail "SIGTERM exit status $?"
[ ! -e "$SOCK" ] || fail "socket left after SIGTERM"
[ ! -e "$DATA/tenured.pid" ] || fail "pid file left after SIGTERM"
pass "SIGTERM exits 0 and cleans up"

# kill -9 leaves a stale socket; the next start replaces it and finds the data
start_daemon
kill -9 "$DAEMON_PID"; wait "$DAEMON_PID" 2>/dev/null || true; DAEMON_PID=
[ -S "$SOCK" ] || fail "expected a stale socket after kill -9"
start_daemon
[ "$("$TENURE" --json stats | jget 'd["articles"]')" = 1 ] || fail "article lost across restarts"
grep -q "removed stale socket" "$T/daemon.log" || fail "stale socket not reported"
pass "stale socket replaced, data kept"

# SIGHUP: the log is reopened (rotation); a broken lexicon keeps the old one
stop_daemon
cp -r "$ROOT/conf/lexicon" "$T/lexicon"
conf=$(write_conf log_file hup.log lexicon_dir "$T/lexicon")
start_daemon -c "$conf"
mv "$DATA/hup.log" "$DATA/hup.log.1"
printf 'wrong\theader\n' >"$T/lexicon/roles.tsv"
echo "idle_timeout 1" >>"$conf" # a live directive: applies after SIGHUP
kill -HUP "$DAEMON_PID"
for i in $(seq 1 100); do
    grep -q "lexicon not reloaded" "$DATA/hup.log" 2>/dev/null && break
    sleep 0.05
done
grep -q "roles.tsv:1:" "$DATA/hup.log" || fail "broken lexicon not reported as file:line"
"$TENURE" extract - <<<"Thủ tướng Phạm Minh Chính phát biểu." >/dev/null || fail "extract after a bad reload"
grep -q "SIGHUP: reloaded .*idle_timeout 1" "$DATA/hup.log" || fail "live directives not reloaded"
python3 - "$SOCK" <<'PY' || fail "idle_timeout from the reloaded file not applied"
import socket, sys, time
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.settimeout(5)
t0 = time.time(); got = s.recv(4096)
assert b'"code":-32008' in got and time.time() - t0 < 4, got
PY
stop_daemon || fail "exit status after SIGHUP"
pass "SIGHUP reopens the log, reloads live directives, keeps the old lexicon on error"

# SIGHUP with a good lexicon: a question's reading follows the new lexicon
# (registry_lookup.c keeps the readings of texts asked until a reload; with
# the reply cache off, only that memo could answer from the old lexicon)
cp -r "$ROOT/conf/lexicon" "$T/lexicon2"
conf=$(write_conf log_file hup2.log lexicon_dir "$T/lexicon2" reply_cache_bytes 0)
start_daemon -c "$conf"
printf 'Hà Nội, ngày 10/01/2016\n\nChiều 10/1, Thủ tướng Nguyễn Tấn Dũng chủ trì phiên họp Chính phủ thường kỳ.\n' >"$T/hup_a.txt"
"$TENURE" ingest --date 2016-01-10 "$T/hup_a.txt" >/dev/null
rc=0; "$TENURE" --json who "Thủ tướng Xứ Mộng" >"$T/hup_who1" 2>&1 || rc=$?
[ $rc != 0 ] || fail "an unknown post answered before the alias: $(cat "$T/hup_who1")"
printf 'Thủ tướng Xứ Mộng\tThủ tướng Chính phủ\n' >>"$T/lexicon2/body_aliases.tsv"
kill -HUP "$DAEMON_PID"
for i in $(seq 1 100); do
    [ "$(grep -c "lexicon loaded" "$DATA/hup2.log" 2>/dev/null)" -ge 2 ] && break
    sleep 0.05
done
[ "$(grep -c "lexicon loaded" "$DATA/hup2.log")" -ge 2 ] || fail "no lexicon reload logged"
"$TENURE" --json who "Thủ tướng Xứ Mộng" >"$T/hup_who2" 2>&1 || fail "the new alias not read after SIGHUP: $(cat "$T/hup_who2")"
grep -q "Nguyễn Tấn Dũng" "$T/hup_who2" || fail "the new alias not read after SIGHUP: $(cat "$T/hup_who2")"
stop_daemon || fail "exit status after the second SIGHUP"
pass "SIGHUP with a good lexicon: questions read with the new one"

# TCP on loopback when asked (-l PORT binds 127.0.0.1); it needs a token
# (t_auth.sh tests the refusals)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(umask 077 && echo "lifecycle-token-0123456789abcdef" >"$T/token")
start_daemon -l "$port" -c "$(write_conf auth_token_file "$T/token")"
python3 - "$port" <<'PY' || fail "TCP listener"
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(b'{"jsonrpc":"2.0","method":"auth","params":{"token":"lifecycle-token-0123456789abcdef"},"id":0}\n'
          b'{"jsonrpc":"2.0","method":"ping","id":1}\n')
got = b""
while got.count(b"\n") < 2:
    got += s.recv(4096)
assert b'"pong":true' in got, got
PY
grep -q "listening on tcp 127.0.0.1:$port" "$T/daemon.log" || fail "TCP not on loopback"
stop_daemon || fail "exit status with TCP"
pass "TCP listener on loopback"

# daemonized: returns once serving, writes the pid file, SIGTERM via it
rc=0; "$TENURED" -s "$SOCK" -d "$DATA" || rc=$?
[ $rc = 0 ] || fail "daemonized start exit $rc"
"$TENURE" ping >/dev/null || fail "daemonized daemon not serving on return"
pid=$(cat "$DATA/tenured.pid")
DAEMON_PID=$pid
kill -TERM "$pid"
for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
kill -0 "$pid" 2>/dev/null && fail "daemon did not exit on SIGTERM"
DAEMON_PID=
grep -q "exit 0" "$DATA/tenured.log" || fail "daemon log lacks the clean exit"
[ ! -e "$SOCK" ] || fail "socket left by the daemonized daemon"
pass "daemonized start and stop"
