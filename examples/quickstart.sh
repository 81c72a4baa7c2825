#!/bin/bash
# quickstart.sh — the README's first command: install what is missing (apt,
# as root), build, start tenured on its default store, feed the example
# articles and ask the registry who held a post.
#
# Safe to run again: it reuses a daemon that already answers, and feeding
# the same articles twice stores them once.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config libevent-dev libjansson-dev liblmdb-dev libutf8proc-dev nettle-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "quickstart: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >/dev/null

# tenured returns once it listens (it daemonizes after binding its socket),
# so the client can talk to it straight away.
if ! ./build/tenure ping >/dev/null 2>&1; then
    ./build/tenured
fi
./build/tenure ping

./build/tenure ingest examples/*.txt
echo
echo '$ tenure who "Trưởng Ban Tổ chức Trung ương" --at 2019-06-01'
./build/tenure who "Trưởng Ban Tổ chức Trung ương" --at 2019-06-01
echo
echo '$ tenure person "Pham Minh Chinh"'
./build/tenure person "Pham Minh Chinh"
