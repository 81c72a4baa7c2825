#!/usr/bin/env bash
# check-layers.sh — the include layering of the tree, checked in CI
# (tests/run-all.sh) and by ctest (layers.check, and layers.selftest which
# breaks a rule in a copy and expects a failure).
#
# Every #include "..." is followed transitively through the tree's own
# headers (same directory, then daemon/, include/, common/), so a file that
# reaches rpc.h through tenured.h counts as including rpc.h.  RULES says
# which headers a layer must never reach; every rule is a hard failure, with
# no list of exceptions (issue 12's five-file circle is gone).  The layers,
# top down: server.c (bytes, connections) and http.c; pipeline.c
# (per-connection order, job state: pipeline.h); rpc.c (envelope, dispatch:
# tenured.h, rpc.h), which never reaches the pipeline or the threads; the
# handlers m_*.c (never the pipeline; m_stats reads the writer's counters);
# the registry; the store, the worker pool and the writer (jobs only as a
# link and callbacks: workers.h, writer.h); error.h, log, config and the
# pure parts.  A file below the handlers never reaches a header above them.
#
# Usage: tests/check-layers.sh [-q] [ROOT]   exit 0 clean, 1 a rule broken
set -euo pipefail
QUIET=
if [ "${1:-}" = -q ]; then
    QUIET=-q
    shift
fi
ROOT=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$ROOT"

# Headers above the handlers: the dispatcher's and the listeners'.
ABOVE="daemon/rpc.h daemon/tenured.h daemon/http.h daemon/pipeline.h"
REGISTRY="daemon/registry.h daemon/registry_int.h"
JOBS="daemon/workers.h daemon/writer.h"

# layer (file glob, relative to the root) | headers it must never reach
# ("daemon/*" = any header of daemon/ itself, not of daemon/extract/).
RULES=(
    "include/tenure/*|daemon/* daemon/extract/* client/* common/*"
    "common/*|daemon/* daemon/extract/* client/*"
    "daemon/extract/*|daemon/* client/* common/*"
    "client/*|daemon/* daemon/extract/*"
    "daemon/log.*|$ABOVE daemon/store.h $REGISTRY $JOBS"
    "daemon/config.*|$ABOVE daemon/store.h $REGISTRY $JOBS"
    "daemon/tenure_bounds.*|$ABOVE daemon/store.h $REGISTRY $JOBS"
    "daemon/reply_cache.*|$ABOVE daemon/store.h $REGISTRY $JOBS"
    "daemon/error.*|$ABOVE daemon/store.h $REGISTRY $JOBS"
    "daemon/store.*|$ABOVE $REGISTRY $JOBS"
    "daemon/registry*|$ABOVE $JOBS"
    "daemon/workers.*|$ABOVE daemon/store.h $REGISTRY daemon/writer.h"
    "daemon/writer.*|$ABOVE $REGISTRY daemon/workers.h"
    "daemon/server.*|daemon/store.h $REGISTRY"
    "daemon/rpc.*|daemon/pipeline.h daemon/http.h $JOBS"
    "daemon/m_*|daemon/pipeline.h daemon/http.h daemon/workers.h"
)

# The header a quoted include names, from the including file's directory.
resolve() {
    local dir=$1 name=$2 c
    for c in "$dir/$name" "daemon/$name" "include/$name" "common/$name"; do
        if [ -f "$c" ]; then
            echo "$c"
            return
        fi
    done
}

# The tree headers each file includes directly: DIRECT[file]="h1 h2 ...".
declare -A DIRECT
direct() {
    local f=$1 inc h list=""
    while read -r inc; do
        h=$(resolve "$(dirname "$f")" "$inc")
        [ -n "$h" ] && list+="$h "
    done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f")
    DIRECT[$f]=$list
}

# Every tree header a file reaches, into REACHED (space-separated).
reach() {
    local todo="${DIRECT[$1]}" h
    declare -A got=()
    while [ -n "${todo// /}" ]; do
        h=${todo%% *}
        todo=${todo#* }
        [ -n "$h" ] && [ -z "${got[$h]+x}" ] || continue
        got[$h]=1
        [ -n "${DIRECT[$h]+x}" ] || direct "$h"
        todo+=" ${DIRECT[$h]}"
    done
    REACHED="${!got[*]}"
}

# Whether path p matches the header pattern pat ("daemon/*" stops at /).
matches() {
    local p=$1 pat=$2
    # shellcheck disable=SC2053
    [[ $p == $pat ]] && [[ ${p#"${pat%\*}"} != */* ]]
}

fail=0
for rule in "${RULES[@]}"; do
    glob=${rule%%|*}
    forbidden=${rule#*|}
    any=0
    for file in $glob; do
        [ -f "$file" ] || continue
        any=1
        case $file in *.c | *.h | *.def) ;; *) continue ;; esac
        [ -n "${DIRECT[$file]+x}" ] || direct "$file"
        reach "$file"
        for h in $REACHED; do
            for pat in $forbidden; do
                matches "$h" "$pat" || continue
                [ "$h" = "$file" ] && continue
                echo "LAYER: $file reaches $h (forbidden for $glob)"
                fail=1
            done
        done
    done
    [ $any = 1 ] || echo "note: no file matches \"$glob\" (moved? update RULES in tests/check-layers.sh)"
done

if [ $fail = 0 ] && [ "$QUIET" != -q ]; then
    echo "layers: ${#RULES[@]} rules hold"
fi
exit $fail
