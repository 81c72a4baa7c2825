#!/usr/bin/env bash
# run-all.sh — the whole test suite, as the README's second quick-start
# command and .ci/run use it: install what is missing (as root, Debian),
# build with warnings as errors and run ctest, then the same in an
# AddressSanitizer + UndefinedBehaviorSanitizer build, and the fuzzers for a
# bounded time in a clang build.  Ends with the
# normal build's ctest summary line.  -j2: shared machines.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JOBS=${JOBS:-2}

PKGS="build-essential cmake pkg-config libevent-dev libjansson-dev liblmdb-dev libutf8proc-dev nettle-dev zlib1g-dev python3 socat clang"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    missing=
    for p in $PKGS; do
        dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        echo "installing:$missing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    fi
fi

cmake -S . -B build-asan -DTENURE_WERROR=ON -DTENURE_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$JOBS"
asan_rc=0
# A small quarantine: ASan keeps freed memory (256 MiB by default) out of
# reuse, which the memory-bound tests (tests/limits no_read) would measure
# instead of the daemon's own buffers.
(cd build-asan && ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=16 ctest -j"$JOBS" --output-on-failure) |
    tee build-asan/ctest.log || asan_rc=$?
asan_summary=$(grep -E "tests passed|tests failed" build-asan/ctest.log | tail -1 || true)

# libFuzzer harnesses (tests/fuzz), each for a bounded TENURE_FUZZ_SECONDS
# (60 s by default) in an instrumented clang build; skipped without clang.
fuzz_rc=0
fuzz_summary="skipped (no clang)"
if command -v clang >/dev/null; then
    CC=clang cmake -S . -B build-fuzz -DTENURE_WERROR=ON -DTENURE_FUZZ=ON \
        -DTENURE_FUZZ_SECONDS="${TENURE_FUZZ_SECONDS:-60}" >/dev/null
    cmake --build build-fuzz -j"$JOBS"
    (cd build-fuzz && ctest -j"$JOBS" -L fuzz --output-on-failure) | tee build-fuzz/ctest.log ||
        fuzz_rc=$?
    fuzz_summary=$(grep -E "tests passed|tests failed" build-fuzz/ctest.log | tail -1 || true)
fi

cmake -S . -B build -DTENURE_WERROR=ON >/dev/null
cmake --build build -j"$JOBS"
rc=0
(cd build && ctest -j"$JOBS" --output-on-failure) | tee build/ctest.log || rc=$?

echo "sanitizer build: ${asan_summary:-no summary}"
echo "fuzz build: ${fuzz_summary:-no summary}"
grep -E "tests passed|tests failed" build/ctest.log | tail -1
[ $rc = 0 ] && [ $asan_rc = 0 ] && [ $fuzz_rc = 0 ]
