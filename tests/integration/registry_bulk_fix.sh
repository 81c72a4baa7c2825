#!/usr/bin/env bash
# registry_bulk_fix.sh — merge and split that move 10,000 evidence records
# against a running daemon (issue 11: the daemon died under ASan on any
# correction moving more than 16 records; the suite never moved that many).
# 10,000 one-line articles of one Prime Minister, one of another person;
# merge the first into the second, split the post back out, check the
# counts after each step and that the daemon still answers.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon

N=10000
mkdir "$T/in"
python3 - "$T/in" "$N" <<'PY'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    with open(os.path.join(d, "a%05d.txt" % i), "w") as f:
        f.write("Thủ tướng Phạm Minh Chính chủ trì phiên họp số %d của Chính phủ.\n" % i)
with open(os.path.join(d, "b.txt"), "w") as f:
    f.write("Tổng Bí thư Tô Lâm phát biểu tại hội nghị.\n")
PY
"$TENURE" ingest --date 2024-05-01 "$T/in" >"$T/ingest.out" 2>&1 || fail "ingest: $(tail -3 "$T/ingest.out")"
"$TENURE" --json person "Phạm Minh Chính" >"$T/r"
check "10,000 pieces of evidence of one person" \
    "sum(p['evidence'] for p in r['positions']) == $N" <"$T/r"

"$TENURE" --json merge person "Phạm Minh Chính" "Tô Lâm" >"$T/r" || fail "merge person"
INTO=$(jget 'd["into"]' <"$T/r")
"$TENURE" ping >/dev/null || fail "daemon alive after the merge"
"$TENURE" --json person "Tô Lâm" >"$T/r"
check "merge moved all 10,000 records" \
    "sum(p['evidence'] for p in r['positions']) == $N + 1 and len(r['positions']) == 2" <"$T/r"
POST=$(jget '[p["position"] for p in d["positions"] if p["evidence"] > 1][0]' <"$T/r")

"$TENURE" --json split "Tô Lâm" --position "$POST" >"$T/r" || fail "split"
check "split moved them back out" "r['moved'] == $N" <"$T/r"
"$TENURE" ping >/dev/null || fail "daemon alive after the split"
"$TENURE" --json person "#$INTO" >"$T/r"
check "the merged-into person keeps only its own post" \
    "[p['evidence'] for p in r['positions']] == [1]" <"$T/r"
"$TENURE" --json stats >"$T/r"
check "stats: nothing lost" "r['evidence'] == $N + 1" <"$T/r"
