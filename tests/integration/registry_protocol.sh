#!/usr/bin/env bash
# registry_protocol.sh — the registry methods' protocol cases
# (registry.cases): parameter shapes, documented errors and result shapes.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon
rpc --cases "$HERE/registry.cases"
pass "registry protocol cases"
