#!/usr/bin/env bash
# t_http_fuzz.sh — black-box fuzzing of the HTTP listener (tests/fuzz/http_fuzz.py),
# bounded (20 s) and deterministic (fixed seed) like fuzz.wire for the socket.
# HTTP_FUZZ_SECONDS and HTTP_FUZZ_SEED lengthen or vary a developer's run.
set -euo pipefail
TENURED=${1:?usage: $0 TENURED TENURE}
HERE=$(cd "$(dirname "$0")" && pwd)
HTTP_FUZZ_SEED=${HTTP_FUZZ_SEED:-4242} HTTP_FUZZ_SECONDS=${HTTP_FUZZ_SECONDS:-20} \
    exec python3 "$HERE/../fuzz/http_fuzz.py" "$TENURED"
