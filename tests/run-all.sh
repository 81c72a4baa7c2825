#!/usr/bin/env bash
# run-all.sh — the whole test suite, as the README's second quick-start
# command and .ci/run use it: install what is missing (as root, Debian),
# check formatting (clang-format) and the include layering
# (tests/check-layers.sh), build with warnings as errors and run ctest, then
# the same in an AddressSanitizer + UndefinedBehaviorSanitizer build, a short
# ThreadSanitizer run of the concurrency tests, and the fuzzers for a
# bounded time in a clang build.  The normal build is configured for the
# Debian prefix /usr, and its ctest install.t_install installs it into a
# DESTDIR and runs the installed programs.  Ends with the normal build's
# ctest summary line.  -j2: shared machines; under 30 minutes on 2 cores.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JOBS=${JOBS:-2}

PKGS="build-essential cmake pkg-config libevent-dev libjansson-dev liblmdb-dev libutf8proc-dev nettle-dev zlib1g-dev python3 socat clang"
# CI checks (formatting); one addition per line keeps merges easy.
PKGS="$PKGS clang-format"
# integration.t_http_browser: the web pages in a real headless browser.
PKGS="$PKGS chromium"
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

# Formatting: every C file of the tree as .clang-format says (docs/STYLE.md).
format_rc=0
format_summary="skipped (no clang-format)"
if command -v clang-format >/dev/null; then
    fmt_log=$(mktemp)
    if find daemon client include tests bench -name '*.[ch]' -print0 |
        xargs -0 clang-format --dry-run -Werror 2>"$fmt_log"; then
        format_summary="clean"
    else
        format_rc=1
        format_summary="drift (clang-format -i the files below)"
        grep -E "^[^ ]+\.[ch]:[0-9]+" "$fmt_log" | cut -d: -f1 | sort -u
    fi
    rm -f "$fmt_log"
fi
echo "clang-format: $format_summary"

# Layering: which headers each layer may reach (issue 12's known circle is
# printed as exceptions).
layers_rc=0
tests/check-layers.sh || layers_rc=$?

cmake -S . -B build-asan -DTENURE_WERROR=ON -DTENURE_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$JOBS"
asan_rc=0
# A small quarantine: ASan keeps freed memory (256 MiB by default) out of
# reuse, which the memory-bound tests (tests/limits no_read) would measure
# instead of the daemon's own buffers.
(cd build-asan && ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=16 ctest -j"$JOBS" --output-on-failure) |
    tee build-asan/ctest.log || asan_rc=$?
asan_summary=$(grep -E "tests passed|tests failed" build-asan/ctest.log | tail -1 || true)

# ThreadSanitizer, briefly: the tests that drive the loop, the workers and
# the writer at once (pipelined requests, shutdown with work in flight,
# disconnects mid-request, the lexicon swapped on SIGHUP, the extractor
# shared by threads).  Every report is written under build-tsan/reports and
# fails the run, whether or not the process that raced exits non-zero.
tsan_rc=0
TSAN_TESTS='extract\.test_threads|integration\.t_(protocol|sigterm|disconnect|lifecycle)$'
cmake -S . -B build-tsan -DTENURE_WERROR=ON -DTENURE_TSAN=ON >/dev/null
cmake --build build-tsan -j"$JOBS" --target tenured tenure extract_test_threads
rm -rf build-tsan/reports && mkdir -p build-tsan/reports
(cd build-tsan &&
    TSAN_OPTIONS="log_path=$ROOT/build-tsan/reports/tsan second_deadlock_stack=1" \
        ctest -j"$JOBS" -R "$TSAN_TESTS" --output-on-failure) | tee build-tsan/ctest.log || tsan_rc=$?
if ls build-tsan/reports/tsan.* >/dev/null 2>&1; then
    head -60 build-tsan/reports/tsan.*
    tsan_rc=1
fi
tsan_summary=$(grep -E "tests passed|tests failed" build-tsan/ctest.log | tail -1 || true)
[ $tsan_rc = 0 ] || tsan_summary="${tsan_summary:-failed}; reports: $(ls build-tsan/reports | wc -l)"

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

cmake -S . -B build -DTENURE_WERROR=ON -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build build -j"$JOBS"
rc=0
(cd build && ctest -j"$JOBS" --output-on-failure) | tee build/ctest.log || rc=$?

echo "clang-format: $format_summary"
echo "layers: $([ $layers_rc = 0 ] && echo "hold" || echo "BROKEN (tests/check-layers.sh)")"
echo "sanitizer build: ${asan_summary:-no summary}"
echo "thread sanitizer: ${tsan_summary:-no summary}"
echo "fuzz build: ${fuzz_summary:-no summary}"
grep -E "tests passed|tests failed" build/ctest.log | tail -1
[ $rc = 0 ] && [ $asan_rc = 0 ] && [ $fuzz_rc = 0 ] && [ $tsan_rc = 0 ] && [ $format_rc = 0 ] &&
    [ $layers_rc = 0 ]
