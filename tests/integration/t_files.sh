#!/usr/bin/env bash
# t_files.sh — the daemon's files cannot be turned against it: the pid file
# is never followed through a symlink, a failed second start leaves the
# running daemon's pid file and socket alone, the data directory must be
# the daemon's own and writable by nobody else, and the socket directory
# may not be world-writable without the sticky bit.
source "$(dirname "$0")/lib.sh"

# a symlinked pid file is refused, and its target untouched
mkdir -m 700 "$DATA"
echo "precious" >"$T/victim"
ln -s "$T/victim" "$DATA/tenured.pid"
rc=0
err=$("$TENURED" -f -s "$SOCK" -d "$DATA" 2>&1) || rc=$?
[ $rc = 1 ] || fail "started with a symlinked pid file (exit $rc)"
grep -q "symbolic link" <<<"$err" || fail "no reason given: $err"
[ "$(cat "$T/victim")" = precious ] || fail "the symlink's target was written"
rm "$DATA/tenured.pid"
pass "a symlinked pid file is refused, its target untouched"

# a second start (another socket, same pid file) leaves the first's files
start_daemon
pid_before=$(cat "$DATA/tenured.pid")
[ "$pid_before" = "$DAEMON_PID" ] || fail "pid file holds $pid_before, not $DAEMON_PID"
rc=0
err=$("$TENURED" -f -s "$T/other.sock" -d "$DATA" 2>&1) || rc=$?
[ $rc = 1 ] || fail "second daemon on the same data dir started"
[ "$(cat "$DATA/tenured.pid")" = "$pid_before" ] || fail "second start changed the pid file"
# the same pid file from another data directory: refused as held
mkdir -m 700 "$T/data2"
conf=$(write_conf pid_file "$DATA/tenured.pid")
rc=0
err=$("$TENURED" -f -s "$T/other.sock" -d "$T/data2" -c "$conf" 2>&1) || rc=$?
[ $rc = 1 ] && grep -q "held by a running tenured (pid $pid_before)" <<<"$err" ||
    fail "a second start took a held pid file: rc $rc: $err"
[ -e "$DATA/tenured.pid" ] && [ "$(cat "$DATA/tenured.pid")" = "$pid_before" ] ||
    fail "the failed start removed or changed the running daemon's pid file"
# the same socket from another data directory: refused, socket kept
rc=0
"$TENURED" -f -s "$SOCK" -d "$T/data2" >/dev/null 2>&1 || rc=$?
[ $rc = 1 ] || fail "a second daemon took a live socket"
"$TENURE" ping >/dev/null || fail "the first daemon lost its socket"
[ "$(cat "$DATA/tenured.pid")" = "$pid_before" ] || fail "pid file changed"
stop_daemon || fail "exit status"
[ ! -e "$DATA/tenured.pid" ] || fail "pid file left after a clean exit"
pass "a failed second start leaves the running daemon's pid file and socket intact"

# a data directory others can write, or owned by someone else, is refused
chmod 777 "$T/data2"
rc=0
err=$("$TENURED" -f -s "$T/other.sock" -d "$T/data2" 2>&1) || rc=$?
[ $rc = 1 ] && grep -q "writable by other users" <<<"$err" || fail "o+w data dir: $err"
chmod 700 "$T/data2"
if [ "$(id -u)" = 0 ]; then
    chown nobody "$T/data2"
    rc=0
    err=$("$TENURED" -f -s "$T/other.sock" -d "$T/data2" 2>&1) || rc=$?
    [ $rc = 1 ] && grep -q "belongs to uid" <<<"$err" || fail "foreign data dir: $err"
    chown root "$T/data2"
fi
pass "a data directory others can write (or another user's) is refused"

# a world-writable socket directory without the sticky bit is refused
mkdir -m 777 "$T/open"
chmod 777 "$T/open" # umask-proof
rc=0
err=$("$TENURED" -f -s "$T/open/s.sock" -d "$T/data2" 2>&1) || rc=$?
[ $rc = 1 ] && grep -q "world-writable without the sticky bit" <<<"$err" || fail "open dir: $err"
chmod 1777 "$T/open"
start_daemon_at() { "$TENURED" -f -s "$1" -d "$T/data2" >>"$T/daemon.log" 2>&1 & DAEMON_PID=$!; }
start_daemon_at "$T/open/s.sock"
for i in $(seq 1 100); do "$TENURE" -s "$T/open/s.sock" ping >/dev/null 2>&1 && break; sleep 0.05; done
"$TENURE" -s "$T/open/s.sock" ping >/dev/null || fail "sticky world-writable dir (like /tmp) refused"
stop_daemon || fail "exit status"
pass "a world-writable socket directory needs the sticky bit"

# the default socket: one rule for both programs (XDG_RUNTIME_DIR here)
mkdir -m 700 "$T/xdg"
if [ "$(id -u)" = 0 ]; then
    help=$("$TENURE" --help)
    grep -q "/run/tenured/tenured.sock" <<<"$help" || fail "root's default socket is not /run/tenured"
else
    help=$(XDG_RUNTIME_DIR=$T/xdg "$TENURE" --help)
    grep -q "$T/xdg/tenured.sock" <<<"$help" || fail "user default"
fi
pass "the default socket follows the shared rule"
