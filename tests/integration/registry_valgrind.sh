#!/usr/bin/env bash
# registry_valgrind.sh — the daemon under valgrind's memcheck reads and
# writes no undefined byte while it ingests the seed articles and answers:
# a tenure record is compared whole (memcmp in reg_post_succession) and
# stored whole, so a span or an observation with an unnamed padding byte
# left undefined by a compound literal would make the comparison, and the
# bytes written to the store, depend on stack garbage.  Skips (77) without
# valgrind or on a sanitizer build (memcheck cannot run those).
source "$(dirname "$0")/lib.sh" "$@"
command -v valgrind >/dev/null 2>&1 || {
    echo "skip: no valgrind"
    exit 77
}
if grep -qa -e __asan_init -e __tsan_init -e __ubsan_handle "$TENURED"; then
    echo "skip: sanitizer build"
    exit 77
fi
valgrind -q --error-exitcode=9 --log-file="$T/vg.log" \
    "$TENURED" -f -s "$SOCK" -d "$DATA" >>"$T/daemon.log" 2>&1 &
DAEMON_PID=$!
for i in $(seq 1 300); do
    "$TENURE" ping >/dev/null 2>&1 && break
    kill -0 "$DAEMON_PID" 2>/dev/null || fail "daemon exited during start-up"
    sleep 0.1
done
"$TENURE" ping >/dev/null 2>&1 || fail "daemon under valgrind did not answer ping within 30 s"

for f in "$ROOT"/examples/*.txt; do
    "$TENURE" ingest "$f" >/dev/null
done
"$TENURE" who "Trưởng Ban Tổ chức Trung ương" --at 2019-06-01 --why | contains "Phạm Minh Chính" ||
    fail "who after the seeds"
"$TENURE" person "Phạm Minh Chính" >/dev/null
rc=0
stop_daemon || rc=$?
if [ "$rc" -ne 0 ] || [ -s "$T/vg.log" ]; then
    head -40 "$T/vg.log"
    fail "memcheck reported errors (daemon exit $rc)"
fi
pass "no undefined byte read or stored"
