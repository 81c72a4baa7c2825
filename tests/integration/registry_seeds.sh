#!/usr/bin/env bash
# registry_seeds.sh — issue 5's seed scenarios against a private daemon:
# ingest the five seed articles, then ask who held Trưởng Ban Tổ chức Trung
# ương at three dates, resolve the post from folded and abbreviated text,
# list Phạm Minh Chính's posts and the Politburo of 4 March 2017.  These
# depend on the extractor finding the seeds' roles.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon

# check DESCRIPTION EXPR: EXPR (python, over r = the JSON on stdin) holds.
check() {
    python3 -c 'import json,sys,os; r=json.load(sys.stdin); P=os.environ["P"]; sys.exit(0 if eval(sys.argv[1]) else 1)' "$2" ||
        fail "$1"
    pass "$1"
}
export P="Trưởng Ban Tổ chức Trung ương"

for f in "$ROOT"/examples/*.txt; do
    "$TENURE" ingest "$f" >/dev/null
done

"$TENURE" --json who "$P" --at 2019-06-01 >"$T/r"
check "2019-06-01: Phạm Minh Chính, certain" \
    "r['position'] == P and [(h['person'], h['certainty']) for h in r['holders']][0] == ('Phạm Minh Chính', 'certain')" <"$T/r"
"$TENURE" --json who "$P" --at 2024-07-04 >"$T/r"
check "2024-07-04: Lê Minh Hưng, certain" \
    "[(h['person'], h['certainty']) for h in r['holders']][0] == ('Lê Minh Hưng', 'certain')" <"$T/r"
"$TENURE" --json who "$P" --at 2022-06-01 >"$T/r"
check "2022-06-01: nobody certain, both possible" \
    "sorted((h['person'], h['certainty']) for h in r['holders']) == [('Lê Minh Hưng', 'possible'), ('Phạm Minh Chính', 'possible')]" <"$T/r"
"$TENURE" --json who "truong ban to chuc tu" >"$T/r"
check "'truong ban to chuc tu' is the same post" "r['position'] == P" <"$T/r"
"$TENURE" --json person "Pham Minh Chinh" >"$T/r"
check "Pham Minh Chinh: first seen 2017-03-04, last seen 2021-03-12" \
    "r['person'] == 'Phạm Minh Chính' and any(p['position'] == P and p['first_seen'] == '2017-03-04' and p['last_seen'] == '2021-03-12' for p in r['positions'])" <"$T/r"
"$TENURE" --json org "Bộ Chính trị" --at 2017-03-04 >"$T/r"
check "Bộ Chính trị at 2017-03-04: the five members, with their other posts" \
    "{'Đinh Thế Huynh', 'Trần Quốc Vượng', 'Võ Văn Thưởng', 'Đinh La Thăng', 'Phạm Minh Chính'} <= {h['person'] for p in r['posts'] for h in p['holders'] if h['certainty'] == 'certain'} and any(h['person'] == 'Phạm Minh Chính' and P in h['other_positions'] for p in r['posts'] for h in p['holders'])" <"$T/r"

# the readable forms
"$TENURE" who "$P" --at 2019-06-01 | contains "Phạm Minh Chính.*certain" || fail "who table"
"$TENURE" timeline "Phạm Minh Chính" | contains "●" || fail "timeline drawing"
pass "tables and timeline"
