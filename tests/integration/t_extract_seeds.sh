#!/usr/bin/env bash
# t_extract_seeds.sh — the extraction contract through the real path:
# `tenure extract --json` against a running daemon on the five seed
# articles, scored by the project's copy of the shared scorer, must stay at
# the floors (roles F1 >= 0.95, people F1 >= 0.95, every date right).  The
# same articles ingested then answer the seed questions of the registry.
source "$(dirname "$0")/lib.sh" "$@"
FIX=$ROOT/tests/fixtures
start_daemon

mkdir -p "$T/out"
for f in "$FIX"/0*.txt; do
    "$TENURE" extract --json "$f" >"$T/out/$(basename "$f").json" ||
        fail "tenure extract --json $f"
done
python3 "$FIX/score_extraction.py" "$FIX/seeds.json" "$T/out" >"$T/score.txt"
last=$(tail -1 "$T/score.txt")
echo "seeds via daemon: $last"
python3 - "$last" <<'PY' || fail "below the floors: $last"
import re, sys
m = re.search(r"roles F1=([0-9.]+) people F1=([0-9.]+) dates=(\d+)/(\d+)", sys.argv[1])
ok = m and float(m[1]) >= 0.95 and float(m[2]) >= 0.95 and m[3] == m[4]
sys.exit(0 if ok else 1)
PY
pass "seed extraction at the floors through the daemon"

# The contract keys every scorer relies on, on one article.
"$TENURE" extract --json "$FIX/004_a73016d134b8d473.txt" | python3 -c '
import json, sys
o = json.load(sys.stdin)
# the event is dated by the page stamp ("Thứ Sáu, Tháng Bảy 19, 2024")
assert o["date"] == "2024-07-04" and o["date_source"] == "stamp", (o["date"], o["date_source"])
assert all(k in o for k in ("people", "organizations", "roles"))
raw = open(sys.argv[1], "rb").read()
for r in o["roles"]:
    assert all(k in r for k in ("person", "position", "role", "organization", "status", "span"))
    s, e = r["span"]
    assert 0 <= s < e <= len(raw), r
    raw[s:e].decode("utf-8")  # spans fall on character boundaries
' "$FIX/004_a73016d134b8d473.txt" || fail "contract keys"
# A given date wins over the text's.
d=$("$TENURE" extract --json --date 2020-01 "$FIX/004_a73016d134b8d473.txt" |
    python3 -c 'import json,sys; o=json.load(sys.stdin); print(o["date"], o["date_source"])')
[ "$d" = "2020-01 given" ] || fail "given date: $d"
pass "contract keys, spans inside the text, given date wins"
