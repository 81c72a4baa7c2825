#!/usr/bin/env bash
# crash.sh — the kill -9 test: ROUNDS rounds (argument, then $ROUNDS, then 10).
#
# Streams ingests from several clients into a private tenured, SIGKILLs it at
# random moments, restarts it on the same data directory and checks that every
# acknowledged article is there, whole, and that nothing half-written shows.
# The work is in crash.py (tproto.py speaks the protocol); this wrapper bounds
# the run in time and always removes what it started.  Needs python3.
#   TENURED=path/to/tenured tests/crash/crash.sh [ROUNDS]
# Last line: lost=L of N acknowledged.   Exit 0 only when L is 0.
set -u
here=$(cd "$(dirname "$0")" && pwd)
rounds=${1:-${ROUNDS:-10}}
case $rounds in '' | *[!0-9]*) echo "usage: crash.sh [ROUNDS]" >&2; exit 2 ;; esac
# ~3 s a round at most, plus start-up and the final full check
limit=$((60 + rounds * 6))
pid=
cleanup() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; }
trap cleanup EXIT
trap 'exit 130' INT TERM
timeout --kill-after=10 "$limit" python3 "$here/crash.py" "$rounds" &
pid=$!
wait "$pid"
rc=$?
pid=
[ $rc = 124 ] && echo "crash.sh: timed out after ${limit}s" >&2
exit $rc
