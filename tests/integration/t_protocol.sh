#!/usr/bin/env bash
# t_protocol.sh — every protocol case of protocol.cases against one private
# daemon: envelope errors, params naming the field, bad text with offsets,
# notifications, batches, pipelined order, duplicates, and the final count.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon
rpc --cases "$HERE/protocol.cases"
pass "protocol cases"
