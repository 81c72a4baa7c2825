#!/usr/bin/env bash
# t_systemd_boot.sh BUILD_DIR — issue 12's last check, as an operator would
# do it: `cmake --install` into a fresh Debian 12 root, boot it with systemd
# as PID 1 (systemd-nspawn --boot), then `systemd-sysusers`,
# `systemctl enable --now tenured`, and the README's session through the
# service's socket, answered exactly as the README shows.
#
# Needs root, debootstrap and systemd-nspawn (Debian: debootstrap,
# systemd-container) and a Debian mirror; BUILD_DIR configured with
# -DCMAKE_INSTALL_PREFIX=/usr (tests/run-all.sh's normal build is).  It is
# slow (a debootstrap: minutes), so ctest runs it only with
# TENURE_SYSTEMD_BOOT=1; TENURE_BOOT_ROOT=DIR reuses (or keeps) the
# debootstrapped root.  Exit 77: skipped.
set -euo pipefail
B=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

skip() {
    echo "t_systemd_boot: skipped: $*"
    exit 77
}
[ "${TENURE_SYSTEMD_BOOT:-0}" = 1 ] || skip "set TENURE_SYSTEMD_BOOT=1 to boot a Debian 12 root"
[ "$(id -u)" = 0 ] || skip "needs root"
command -v systemd-nspawn >/dev/null || skip "no systemd-nspawn (apt install systemd-container)"
grep -q '^CMAKE_INSTALL_PREFIX:PATH=/usr$' "$B/CMakeCache.txt" ||
    skip "$B is not configured for the prefix /usr"

T=$(mktemp -d /tmp/tenure-boot.XXXXXX)
R=${TENURE_BOOT_ROOT:-$T/root}
MACHINE=tenure-boot-$$
NSPAWN_PID=
cleanup() {
    local rc=$?
    if [ -n "$NSPAWN_PID" ] && kill -0 "$NSPAWN_PID" 2>/dev/null; then
        kill -TERM "$NSPAWN_PID" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$NSPAWN_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$NSPAWN_PID" 2>/dev/null || true
        wait "$NSPAWN_PID" 2>/dev/null || true
    fi
    if [ $rc -ne 0 ] && [ -f "$T/boot.log" ]; then
        echo "--- boot log (last 40 lines)"
        tail -40 "$T/boot.log"
    fi
    rm -rf "$T"
    exit $rc
}
trap cleanup EXIT
fail() {
    echo "t_systemd_boot: FAIL: $*" >&2
    exit 1
}

# 1. A fresh Debian 12 with systemd and the runtime libraries only (no
#    compiler, no -dev package): what a package's Depends would pull in
#    (`ldd` of both programs, `dpkg -S`; docs/OPERATIONS.md lists them).
RUNTIME_PKGS=libevent-2.1-7,libevent-core-2.1-7,libevent-pthreads-2.1-7,libjansson4,liblmdb0,libnettle8,libutf8proc2
if [ ! -x "$R/lib/systemd/systemd" ]; then
    command -v debootstrap >/dev/null || skip "no debootstrap (apt install debootstrap)"
    mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null |
        head -1)
    debootstrap --variant=minbase \
        --include=systemd,systemd-sysv,dbus,$RUNTIME_PKGS \
        bookworm "$R" "${mirror:-http://deb.debian.org/debian}" >"$T/debootstrap.log" 2>&1 ||
        { tail -20 "$T/debootstrap.log"; skip "debootstrap failed (no mirror?)"; }
fi

# 2. The operator's install, into that root.
rm -rf "$R/usr/bin/tenure" "$R/usr/sbin/tenured" "$R/var/lib/tenure"
DESTDIR="$R" cmake --install "$B" >/dev/null
mkdir -p "$R/root/examples"
cp "$ROOT"/examples/*.txt "$R/root/examples/"
echo tenure-boot >"$R/etc/hostname"

# 3. Boot it: systemd is PID 1 in the container.
systemd-nspawn --quiet --register=no --keep-unit --boot --directory="$R" --machine="$MACHINE" \
    --console=read-only >"$T/boot.log" 2>&1 &
NSPAWN_PID=$!
init=
for _ in $(seq 300); do
    init=$(pgrep -P "$NSPAWN_PID" -x systemd || true)
    [ -n "$init" ] && break
    kill -0 "$NSPAWN_PID" 2>/dev/null || fail "systemd-nspawn exited"
    sleep 0.1
done
[ -n "$init" ] || fail "no systemd in the container"
inside() {
    nsenter --target "$init" --mount --uts --ipc --net --pid -- /usr/bin/env -i \
        PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}
state=
for _ in $(seq 600); do
    state=$(inside systemctl is-system-running 2>/dev/null || true)
    case $state in running | degraded) break ;; esac
    sleep 0.1
done
case $state in running | degraded) ;; *) fail "the container's systemd did not come up: $state" ;; esac

# 4. docs/OPERATIONS.md, "Installing, and running as a systemd service".
inside systemd-sysusers
inside getent passwd tenured >/dev/null || fail "systemd-sysusers made no user tenured"
inside systemctl daemon-reload
inside systemctl enable --now tenured || {
    inside journalctl -u tenured --no-pager | tail -20
    fail "systemctl enable --now tenured"
}
inside systemctl is-active --quiet tenured || {
    inside journalctl -u tenured --no-pager | tail -20
    fail "tenured is not active"
}
[ "$(inside stat -c %U /var/lib/tenure)" = tenured ] || fail "StateDirectory not owned by tenured"
[ -S "$R/run/tenured/tenured.sock" ] || [ "$(inside stat -c %F /run/tenured/tenured.sock)" = socket ] ||
    fail "no socket /run/tenured/tenured.sock"
main_pid=$(inside systemctl show -p MainPID --value tenured)
main_user=$(inside stat -c %U "/proc/$main_pid")
[ "$main_user" = tenured ] || fail "tenured (pid $main_pid) runs as '$main_user', not as tenured"

# 5. The README's session through the service (root's default socket is
#    the service's), compared with the README's own lines.
inside sh -c 'tenure ingest /root/examples/*.txt' >"$T/ingest.out" ||
    fail "ingest: $(cat "$T/ingest.out")"
grep -qx "5 new, 0 already stored, 0 failed" "$T/ingest.out" || fail "ingest said: $(cat "$T/ingest.out")"
cmd='tenure who "truong ban to chuc tu" --at 2019-06-01'
awk -v c="\$ $cmd" '$0 == c { on = 1; next } on && $0 == "" { exit } on' "$ROOT/README.md" >"$T/want"
[ -s "$T/want" ] || fail "README.md has no \"\$ $cmd\" block"
inside tenure who "truong ban to chuc tu" --at 2019-06-01 >"$T/got" || fail "who failed"
diff -u "$T/want" "$T/got" || fail "who through the service differs from README.md"
inside systemctl reload tenured || fail "systemctl reload"
inside tenure ping >/dev/null || fail "no answer after reload"
inside systemctl stop tenured || fail "systemctl stop"
inside systemctl is-active --quiet tenured && fail "still active after stop"
echo "ok: cmake --install into Debian 12, systemctl enable --now tenured, the README's who answered"
