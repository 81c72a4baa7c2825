#!/usr/bin/env bash
# run.sh — build the libFuzzer harnesses with clang and run each for a
# bounded time (TENURE_FUZZ_SECONDS, default 60): the stand-alone form of
# the fuzz step of tests/run-all.sh.
# Owns only its build directory (build-fuzz/, or $1).  Exits non-zero when a
# harness crashes; the crashing input is in build-fuzz/tests/fuzz/work_<name>/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build-fuzz}
SECONDS_EACH=${TENURE_FUZZ_SECONDS:-60}
command -v clang >/dev/null || { echo "run.sh: clang not installed: fuzzers skipped" >&2; exit 0; }
CC=clang cmake -S "$ROOT" -B "$BUILD" -DTENURE_FUZZ=ON -DTENURE_FUZZ_SECONDS="$SECONDS_EACH" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"${JOBS:-2}"
# the harnesses share the two cores with nothing else here: one at a time
(cd "$BUILD" && ctest -L fuzz --output-on-failure)
