#!/usr/bin/env bash
# t_install.sh BUILD_DIR — install the build into a temporary DESTDIR and
# check what an operator gets (issue 12, "install like a Debian daemon"):
#   1. every file in its GNUInstallDirs place, the lexicon identical to
#      conf/lexicon, the paths compiled in and written into the unit and
#      tenured.conf those of the configured prefix;
#   2. the man pages render without a groff warning and list every client
#      command and every daemon directive;
#   3. every program the unit runs but tenured is Essential in Debian;
#      the unit passes `systemd-analyze verify` (when systemd is installed;
#      CI has no systemd as PID 1, so the unit is not started) and its
#      sysusers.d entry creates the user (systemd-sysusers --root);
#   4. the unit's ExecStart line, run by hand from the DESTDIR with a private
#      socket and data directory, serves; the installed daemon on the
#      installed lexicon answers the README's `who` exactly as the README;
#   5. bash completion completes commands, options and option values.
set -euo pipefail
B=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
T=$(mktemp -d /tmp/tenure-install.XXXXXX)
D=$T/root
DAEMON_PID=
cleanup() {
    local rc=$?
    if [ -n "$DAEMON_PID" ] && kill -0 "$DAEMON_PID" 2>/dev/null; then
        kill -9 "$DAEMON_PID" 2>/dev/null || true
        wait "$DAEMON_PID" 2>/dev/null || true
    fi
    if [ $rc -ne 0 ] && [ -f "$T/daemon.log" ]; then
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
pass() { echo "ok: $*"; }

cache() { sed -n "s/^$1:[A-Z]*=//p" "$B/CMakeCache.txt"; }
PREFIX=$(cache CMAKE_INSTALL_PREFIX)
[ -n "$PREFIX" ] || fail "no CMAKE_INSTALL_PREFIX in $B/CMakeCache.txt"
# GNUInstallDirs: the configuration goes to /etc for the /usr prefix.
case $PREFIX in
    /usr) ETC=/etc ;;
    *) ETC=$PREFIX/etc ;;
esac

DESTDIR=$D cmake --install "$B" >"$T/install.log" || fail "cmake --install: $(tail -5 "$T/install.log")"

# 1. The layout.
TENURED=$D$PREFIX/sbin/tenured
TENURE=$D$PREFIX/bin/tenure
LEX=$PREFIX/share/tenure/lexicon
UNIT=$D$PREFIX/lib/systemd/system/tenured.service
CONF=$D$ETC/tenure/tenured.conf
for f in "$TENURED" "$TENURE"; do
    [ -x "$f" ] || fail "not installed: $f"
done
for f in "$CONF" "$UNIT" "$D$PREFIX/lib/sysusers.d/tenured.conf" \
    "$D$PREFIX/share/man/man1/tenure.1" "$D$PREFIX/share/man/man5/tenured.conf.5" \
    "$D$PREFIX/share/man/man8/tenured.8" "$D$PREFIX/share/bash-completion/completions/tenure"; do
    [ -f "$f" ] || fail "not installed: $f"
done
diff -r "$ROOT/conf/lexicon" "$D$LEX" >/dev/null || fail "installed lexicon differs from conf/lexicon"
"$TENURED" --help | grep -A1 "^  lexicon_dir " | grep -cF "\"$LEX\"" >/dev/null ||
    fail "the daemon's default lexicon_dir is not $LEX"
grep -qx "ExecStart=$PREFIX/sbin/tenured -f -c $ETC/tenure/tenured.conf" "$UNIT" ||
    fail "unexpected ExecStart: $(grep ^ExecStart= "$UNIT")"
grep -qx "socket /run/tenured/tenured.sock" "$CONF" || fail "installed tenured.conf: socket"
grep -qx "RuntimeDirectory=tenured" "$UNIT" || fail "unit: RuntimeDirectory"
# Every other program the unit runs must be on the most minimal Debian:
# a file of an Essential package (/bin/kill is procps's, absent from a
# minbase root, where `systemctl reload tenured` failed with 203/EXEC;
# t_systemd_boot.sh boots one).
if command -v dpkg-query >/dev/null; then
    sed -n 's/^Exec[A-Za-z]*=[-@:+!]*\([^ ]*\).*/\1/p' "$UNIT" | grep -vx "$PREFIX/sbin/tenured" |
        while read -r prog; do
            real=$(readlink -f "$prog" 2>/dev/null || echo "$prog")
            pkg=$( (dpkg -S "$prog" || dpkg -S "$real") 2>/dev/null | grep -v '^diversion by' |
                head -1 || true)
            pkg=${pkg%%:*}
            [ -n "$pkg" ] || fail "unit runs $prog, which no package holds"
            [ "$(dpkg-query -W -f='${Essential}' "$pkg")" = yes ] ||
                fail "unit runs $prog of $pkg, which a minimal Debian lacks (not Essential)"
        done
fi
pass "installed layout under $PREFIX (lexicon, unit, sysusers, man pages, completion)"

# 2. Man pages: no groff warning, every command and directive documented.
if command -v groff >/dev/null; then
    for m in "$D$PREFIX"/share/man/man*/*; do
        w=$(groff -ww -man -z -Tutf8 -k "$m" 2>&1) || fail "groff failed on $m"
        [ -z "$w" ] || fail "groff warns on $(basename "$m"): $w"
    done
fi
for c in $("$TENURE" --commands | cut -f1 | sort -u); do
    grep -qE "^\.BR? $c( |$)" "$D$PREFIX/share/man/man1/tenure.1" ||
        fail "tenure(1) does not document the command \"$c\" (man/tenure.1.in)"
done
for d in $("$TENURED" --help | sed -n 's/^  \([a-z_]*\) *default ".*/\1/p'); do
    grep -qE "^\.BI $d " "$D$PREFIX/share/man/man5/tenured.conf.5" ||
        fail "tenured.conf(5) lacks the directive \"$d\": add it to conf/tenured.conf"
done
# every number a command takes has its bounds in NUMBERS (generated from
# methods.def: a --limit or --since without a declaration there fails here)
while IFS=$'\t' read -r c usage; do
    for o in limit since; do
        case " $usage " in *"--$o "*) ;; *) continue ;; esac
        grep -qF ".BR $c \" \\-\\-$o\"" "$D$PREFIX/share/man/man1/tenure.1" ||
            fail "tenure(1) NUMBERS lacks $c --$o: declare its bounds in include/tenure/methods.def"
    done
done < <("$TENURE" --commands)
grep -A1 -F '.BR who " \-\-limit"' "$D$PREFIX/share/man/man1/tenure.1" | grep -cx "1 to 1000, default 50" >/dev/null ||
    fail "tenure(1) NUMBERS: who --limit is not '1 to 1000, default 50'"
pass "man pages render cleanly and cover every command, directive and number"

# 3. The unit and the system user.
if command -v systemd-analyze >/dev/null; then
    # The ExecStart binary must exist: point it into the DESTDIR.
    sed "s|^ExecStart=$PREFIX/sbin/tenured|ExecStart=$TENURED|" "$UNIT" >"$T/tenured.service"
    out=$(MANPATH=$D$PREFIX/share/man systemd-analyze verify "$T/tenured.service" 2>&1) ||
        fail "systemd-analyze verify: $out"
    pass "systemd-analyze verify accepts the unit"
else
    echo "skip: systemd-analyze not installed"
fi
if command -v systemd-sysusers >/dev/null; then
    mkdir -p "$T/sysroot/etc"
    systemd-sysusers --root="$T/sysroot" "$D$PREFIX/lib/sysusers.d/tenured.conf" >/dev/null 2>&1 ||
        fail "systemd-sysusers rejects the sysusers.d entry"
    grep -q "^tenured:x:[0-9]*:[0-9]*:.*:/var/lib/tenure:" "$T/sysroot/etc/passwd" ||
        fail "sysusers.d entry did not create the user tenured"
    pass "sysusers.d creates the system user tenured"
fi

# 4. The unit's ExecStart, by hand from the DESTDIR: the installed
# configuration, with the socket and data directory made private (-s/-d
# override the file, as they would for a second daemon).
SOCK=$T/tenured.sock
export TENURE_SOCKET=$SOCK
exec_start=$(sed -n 's/^ExecStart=//p' "$UNIT")
read -r -a argv <<<"$exec_start"
argv[0]=$D${argv[0]}
for ((i = 1; i < ${#argv[@]}; i++)); do
    [ "${argv[i - 1]}" = -c ] && argv[i]=$D${argv[i]}
done
wait_ready() {
    local i
    for i in $(seq 1 200); do
        "$TENURE" ping >/dev/null 2>&1 && return 0
        kill -0 "$DAEMON_PID" 2>/dev/null || fail "daemon exited during start-up"
        sleep 0.05
    done
    fail "daemon did not answer ping within 10 s"
}
stop_daemon() {
    kill -TERM "$DAEMON_PID"
    local rc=0
    wait "$DAEMON_PID" || rc=$?
    DAEMON_PID=
    [ $rc = 0 ] || fail "daemon exited $rc on SIGTERM"
}
"${argv[@]}" -s "$SOCK" -d "$T/data1" >>"$T/daemon.log" 2>&1 &
DAEMON_PID=$!
wait_ready
# Without lexicon_dir the daemon reads the installed lexicon when present,
# else (this DESTDIR run: nothing under $LEX) the source tree's.
want=$LEX
[ -d "$LEX" ] || want=$ROOT/conf/lexicon
got=$("$TENURE" --json stats | python3 -c 'import json,sys; print(json.load(sys.stdin)["config"]["lexicon_dir"])')
[ "$got" = "$want" ] || fail "lexicon_dir in force is $got, expected $want"
stop_daemon
pass "the unit's ExecStart serves; default lexicon_dir resolves to $want"

# The installed lexicon: the installed configuration plus lexicon_dir (what
# the default is on a real install), then the README's session.
cp "$CONF" "$T/tenured.conf"
echo "lexicon_dir $D$LEX" >>"$T/tenured.conf"
"$TENURED" -f -c "$T/tenured.conf" -s "$SOCK" -d "$T/data2" >>"$T/daemon.log" 2>&1 &
DAEMON_PID=$!
wait_ready
"$TENURE" ingest "$ROOT"/examples/*.txt >"$T/ingest.out" || fail "ingest: $(cat "$T/ingest.out")"
grep -qx "5 new, 0 already stored, 0 failed" "$T/ingest.out" || fail "ingest said: $(cat "$T/ingest.out")"
# The README's answer: the lines after its `$ tenure who "truong ban to chuc
# tu" --at 2019-06-01` up to the blank line.
cmd='tenure who "truong ban to chuc tu" --at 2019-06-01'
awk -v c="\$ $cmd" '$0 == c { on = 1; next } on && $0 == "" { exit } on' "$ROOT/README.md" >"$T/want"
[ -s "$T/want" ] || fail "README.md has no \"\$ $cmd\" block"
"$TENURE" who "truong ban to chuc tu" --at 2019-06-01 >"$T/got" || fail "who failed"
diff -u "$T/want" "$T/got" || fail "the installed daemon's who differs from README.md"
stop_daemon
pass "installed tenured + lexicon + tenure answer the README's who exactly"

# 5. Completion, from the client's own command table.
if command -v bash >/dev/null; then
    comp=$(PATH=$D$PREFIX/bin:$PATH bash -c '
        source "$1"
        c() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _tenure; echo "${COMPREPLY[*]}"; }
        c tenure wh; c tenure export --format ""; c tenure who X --l; c tenure merge ""' _ \
        "$D$PREFIX/share/bash-completion/completions/tenure")
    [ "$comp" = "$(printf 'who\npopolo ftm quickstatements csv\n--limit\nperson post')" ] ||
        fail "completion gave: $comp"
    pass "bash completion: commands, options, option values"
fi
