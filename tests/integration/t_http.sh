#!/usr/bin/env bash
# t_http.sh — the read-only HTTP listener (daemon/http*.c): off by default,
# a non-loopback address refused without http_public, then the API, the
# pages and the OpenRefine reconciliation service against a daemon holding
# five short articles (http_check.py does the HTTP side).
source "$(dirname "$0")/lib.sh" "$@"
python3 -c 'import jsonschema' 2>/dev/null || { echo "SKIP: python3-jsonschema missing"; exit 77; }

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# refused: a public address without http_public (start-up fails, exit 1)
rc=0
"$TENURED" -f -s "$SOCK" -d "$DATA" -c "$(write_conf http_listen "0.0.0.0:$(free_port)")" \
    >"$T/refused.log" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "a public http_listen without http_public must not start (rc $rc)"
grep -q "not a loopback address" "$T/refused.log" || fail "the refusal names its reason"
pass "non-loopback http_listen refused without http_public"

# off by default
start_daemon
"$TENURE" --json stats | jget 'd["config"]["http_listen"] == ""' | contains True || fail "default"
stop_daemon || fail "clean stop"
pass "HTTP off by default"

PORT=$(free_port)
start_daemon -c "$(write_conf http_listen "127.0.0.1:$PORT")"

printf 'Hà Nội, ngày 10/01/2016\n\nChiều 10/1, Thủ tướng Nguyễn Tấn Dũng chủ trì phiên họp Chính phủ thường kỳ.\n' >"$T/a1.txt"
# a second article on Nguyễn Tấn Dũng: a holder seen once before a
# corroborated one is set aside from the all-time list (docs/REGISTRY.md)
printf 'Hà Nội, ngày 02/03/2016\n\nThủ tướng Nguyễn Tấn Dũng dự lễ khánh thành.\n' >"$T/a0.txt"
printf 'Hà Nội, ngày 12/05/2016\n\nSáng 12/5, Thủ tướng Nguyễn Xuân Phúc tiếp đoàn doanh nghiệp.\n' >"$T/a2.txt"
printf 'Hà Nội, ngày 20/06/2019\n\nThủ tướng Nguyễn Xuân Phúc phát biểu tại hội nghị.\n' >"$T/a3.txt"
printf 'Quảng Trị, ngày 03/03/2017\n\nÔng Nguyễn Văn Hùng, Bí thư Tỉnh ủy Quảng Trị, dự hội nghị.\n' >"$T/h1.txt"
printf 'Kon Tum, ngày 05/04/2018\n\nÔng Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Kon Tum, tiếp đoàn công tác.\n' >"$T/h2.txt"
printf 'Hà Nội, ngày 08/08/2022\n\nThủ tướng Phạm Minh Chính chủ trì hội nghị.\n' >"$T/c1.txt"
"$TENURE" ingest --source https://example.vn/a1 "$T/a1.txt" >/dev/null
"$TENURE" ingest --source https://example.vn/a0 "$T/a0.txt" >/dev/null
A2=$("$TENURE" --json ingest --source https://example.vn/a2 "$T/a2.txt" | jget 'd["result"]["article"]')
"$TENURE" ingest --source https://example.vn/a3 "$T/a3.txt" >/dev/null
"$TENURE" ingest --date 2017-03-03 --source https://example.vn/h1 --title '<b>Tin & "bài"</b>' "$T/h1.txt" >/dev/null
H2=$("$TENURE" --json ingest --date 2018-04-05 --source https://example.vn/h2 "$T/h2.txt" | jget 'd["result"]["article"]')
"$TENURE" ingest --date 2022-08-08 --source https://example.vn/c1 "$T/c1.txt" >/dev/null
# two namesakes: the Kon Tum evidence goes to a second Nguyễn Văn Hùng
"$TENURE" split "Nguyễn Văn Hùng" --article "$H2" >/dev/null || fail "split"
TENURE_BIN=$TENURE python3 - "$T" "$A2" <<'PY'
import json, subprocess, sys, os
T, a2 = sys.argv[1], sys.argv[2]
def j(*args):
    return json.loads(subprocess.check_output([os.environ["TENURE_BIN"], "--json", *args]))
people = [r["id"] for r in j("search", "Nguyễn Văn Hùng")["results"] if r["kind"] == "person"]
qt = kt = None
for p in people:
    pos = [x["position"] for x in j("person", "#%d" % p)["positions"]]
    if any("Quảng Trị" in x for x in pos): qt = p
    if any("Kon Tum" in x for x in pos): kt = p
assert qt and kt and qt != kt, people
ids = {"a2": a2, "hung_qt": qt, "hung_kt": kt,
       "phuc": j("person", "Nguyễn Xuân Phúc")["person_id"],
       "pm_post": j("who", "Thủ tướng")["post_id"]}
json.dump(ids, open(os.path.join(T, "ids.json"), "w"))
PY
[ -s "$T/ids.json" ] || fail "ids"

python3 "$HERE/http_check.py" "http://127.0.0.1:$PORT" "$SOCK" "$T" || fail "http_check.py"
stop_daemon || fail "clean stop with the HTTP listener on"
pass "SIGTERM with the HTTP listener: clean exit"
