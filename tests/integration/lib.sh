# lib.sh — shared by the integration tests (sourced, never run).
#
# Each test gets a private temp directory ($T) with its own socket and data
# directory, a daemon started in the foreground in the background (so the
# test can signal it), readiness by a bounded ping retry (never a bare
# sleep), and a trap that always kills the daemon and removes $T.
#
# Usage: source lib.sh "$@"   (arguments: path to tenured, path to tenure)

set -euo pipefail
TENURED=${1:?usage: $0 TENURED TENURE}
TENURE=${2:?usage: $0 TENURED TENURE}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
T=$(mktemp -d /tmp/tenure-test.XXXXXX)
SOCK=$T/tenured.sock
DATA=$T/data
DAEMON_PID=
export TENURE_SOCKET=$SOCK

cleanup() {
    local rc=$?
    if [ -n "$DAEMON_PID" ] && kill -0 "$DAEMON_PID" 2>/dev/null; then
        kill -9 "$DAEMON_PID" 2>/dev/null || true
        wait "$DAEMON_PID" 2>/dev/null || true
    fi
    if [ $rc -ne 0 ] && [ -f "$T/daemon.log" ]; then
        cp "$T/daemon.log" /tmp/last-daemon.log 2>/dev/null || true
        echo "--- daemon log (last 30 lines)"
        tail -30 "$T/daemon.log"
    fi
    rm -rf "$T"
    exit $rc
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# contains [GREP-OPTIONS] PATTERN: grep -q over the whole of stdin.  Never
# "CMD | grep -q": under pipefail grep -q exits at its first match and CMD,
# still writing, dies of SIGPIPE, so the check fails under load at random.
contains() {
    local input
    input=$(cat)
    grep -q "$@" <<<"$input"
}

pass() {
    echo "ok: $*"
}

# Wait until `tenure ping` answers (at most ~10 s).
wait_ready() {
    local i
    for i in $(seq 1 200); do
        if "$TENURE" -s "$SOCK" ping >/dev/null 2>&1; then
            return 0
        fi
        if [ -n "$DAEMON_PID" ] && ! kill -0 "$DAEMON_PID" 2>/dev/null; then
            fail "daemon exited during start-up"
        fi
        sleep 0.05
    done
    fail "daemon did not answer ping within 10 s"
}

# Start a private daemon; extra arguments go to tenured.
start_daemon() {
    "$TENURED" -f -s "$SOCK" -d "$DATA" "$@" >>"$T/daemon.log" 2>&1 &
    DAEMON_PID=$!
    wait_ready
}

# Stop it with SIGTERM and return its exit status.
stop_daemon() {
    local rc=0
    kill -TERM "$DAEMON_PID"
    wait "$DAEMON_PID" || rc=$?
    DAEMON_PID=
    return $rc
}

# Raw protocol: send stdin's lines, print reply lines (see rpc.py).
rpc() {
    python3 "$HERE/rpc.py" "$SOCK" "$@"
}

# A daemon configuration file with some directives changed.
write_conf() {
    local f=$T/tenured.conf
    : >"$f"
    while [ $# -gt 0 ]; do
        echo "$1 $2" >>"$f"
        shift 2
    done
    echo "$f"
}

# JSON field of the single JSON document on stdin (python expression on d;
# further arguments reach it as args).
jget() {
    python3 -c 'import json,sys; d=json.load(sys.stdin); args=sys.argv[2:]; print(eval(sys.argv[1]))' "$@"
}

# check DESCRIPTION EXPR: EXPR (python, over r = the JSON on stdin) holds;
# fail (and stop) with DESCRIPTION otherwise.
check() {
    python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if eval(sys.argv[1]) else 1)' "$2" ||
        fail "$1"
    pass "$1"
}
