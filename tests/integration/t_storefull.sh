#!/usr/bin/env bash
# t_storefull.sh — a map that fills up: it grows and the ingest succeeds;
# with no room to grow (map_size_max reached) ingests fail with STORE_FULL,
# nothing partial is stored, reads keep working, and once room returns
# (a larger cap) the same ingest succeeds.
source "$(dirname "$0")/lib.sh" "$@"
big=$T/big.txt
python3 -c '
import sys
words = "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 6 năm 2024. ".split()
print(" ".join(words[i % len(words)] + str(i) for i in range(60000)))' >"$big"

# growth: 256 KiB map, 64 MiB cap: the article fits after doubling
start_daemon -c "$(write_conf map_size 256k map_size_max 64m)"
"$TENURE" ingest "$big" | contains -x "1 new, 0 already stored, 0 failed" || fail "ingest with growth"
grows=$("$TENURE" --json stats | jget 'd["store"]["grows"]')
[ "$grows" -ge 1 ] || fail "expected the map to grow, grows=$grows"
stop_daemon || fail "SIGTERM exit status"
rm -rf "$DATA"
pass "MDB_MAP_FULL grows the map and retries ($grows growth(s))"

# no room: the cap equals the initial map
start_daemon -c "$(write_conf map_size 256k map_size_max 256k)"
echo "Chủ tịch Quốc hội tiếp đoàn đại biểu." | "$TENURE" ingest - >/dev/null || fail "small ingest"
rc=0; out=$("$TENURE" ingest "$big" 2>&1) || rc=$?
[ $rc = 1 ] || fail "full store: exit $rc, want 1 ($out)"
grep -q "store full" <<<"$out" || fail "no STORE_FULL message: $out"
python3 "$HERE/rpc.py" "$SOCK" <<<'{"jsonrpc":"2.0","method":"ingest","params":{"text":"'"$(head -c 300000 "$big")"'"},"id":1}' |
    grep -q '"code":-32004' || fail "STORE_FULL code"
[ "$("$TENURE" --json stats | jget 'd["articles"]')" = 1 ] || fail "a failed ingest stored something"
# a big and a small write together: the small one still fits
python3 - "$SOCK" "$big" <<'PY' || fail "a small write beside a too-big one"
import json, socket, sys
big = open(sys.argv[2], encoding="utf-8").read()
batch = [{"jsonrpc": "2.0", "method": "ingest", "params": {"text": big}, "id": 1},
         {"jsonrpc": "2.0", "method": "ingest", "params": {"text": "Tin nhỏ: Chủ tịch xã tiếp dân."}, "id": 2}]
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); f = s.makefile("rb")
s.sendall((json.dumps(batch) + "\n").encode())
r = {x["id"]: x for x in json.loads(f.readline())}
assert r[1]["error"]["code"] == -32004, r[1]
assert r[2]["result"]["new"] is True, r[2]
PY
[ "$("$TENURE" --json stats | jget 'd["articles"]')" = 2 ] || fail "count after the mixed batch"
"$TENURE" articles >/dev/null || fail "reads must keep working when full"
"$TENURE" ping >/dev/null || fail "ping when full"
stop_daemon || fail "SIGTERM exit status"
# room returns: a larger cap, the same data directory
start_daemon -c "$(write_conf map_size 256k map_size_max 64m)"
"$TENURE" ingest "$big" | contains -x "1 new, 0 already stored, 0 failed" || fail "ingest once room returned"
[ "$("$TENURE" --json stats | jget 'd["articles"]')" = 3 ] || fail "article count after room returned"
stop_daemon || fail "SIGTERM exit status"
pass "STORE_FULL when the map cannot grow; reads work; ingests succeed once room returns"
