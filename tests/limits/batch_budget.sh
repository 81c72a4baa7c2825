#!/usr/bin/env bash
# batch_budget.sh — one limit of tenured under test; see limits.py for what it checks.
# Bounded in time; limits.py always stops its daemon and removes its files.
set -u
here=$(cd "$(dirname "$0")" && pwd)
exec timeout --kill-after=10 120 python3 "$here/limits.py" batch_budget
