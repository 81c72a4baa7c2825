#!/usr/bin/env bash
# many_conns.sh — one limit of tenured under test; see limits.py for what it checks.
# Bounded in time; limits.py always stops its daemon and removes its files.
set -u
here=$(cd "$(dirname "$0")" && pwd)
# 1,000 sockets on each side plus the daemon's own: raise the soft fd limit
ulimit -n 4096 2>/dev/null || ulimit -n "$(ulimit -Hn)"
exec timeout --kill-after=10 120 python3 "$here/limits.py" many_conns
