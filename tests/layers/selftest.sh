#!/usr/bin/env bash
# selftest.sh — check-layers.sh must fail when a rule is broken: copy the
# tree's daemon/, include/ and client/ sources into a temp dir, make the
# writer reach tenured.h (the old circle), the store rpc.h, the dispatcher
# or a handler the pipeline (pipeline.h),
# and expect exit 1 naming the file each time; the untouched copy passes.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d /tmp/tenure-layers.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
cp -r "$SRC/daemon" "$SRC/include" "$SRC/client" "$SRC/common" "$TMP/"
bash "$SRC/tests/check-layers.sh" -q "$TMP" || {
    echo "FAIL: the untouched copy breaks a rule"
    exit 1
}
break_one() {
    local file=$1 inc=$2 out rc=0
    cp "$SRC/$file" "$TMP/$file"
    sed -i "0,/^#include/s//#include \"$inc\"\n#include/" "$TMP/$file"
    out=$(bash "$SRC/tests/check-layers.sh" -q "$TMP") || rc=$?
    cp "$SRC/$file" "$TMP/$file"
    if [ $rc != 1 ] || ! grep -q "LAYER: $file reaches" <<<"$out"; then
        echo "FAIL: $file including $inc was not caught (rc $rc): $out"
        exit 1
    fi
    echo "ok: $file including $inc fails: ${out%%$'\n'*}"
}
break_one daemon/writer.c tenured.h
break_one daemon/store.c rpc.h
break_one daemon/workers.c writer.h
break_one daemon/rpc.c pipeline.h
break_one daemon/m_who.c pipeline.h
break_one daemon/writer.c pipeline.h
echo "layers.selftest: ok"
