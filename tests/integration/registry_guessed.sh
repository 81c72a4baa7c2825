#!/usr/bin/env bash
# registry_guessed.sh — a year guessed after (or before) the feed's period is
# read as no date, whatever order the feed came in (docs/REGISTRY.md, "Dates"): a
# 2017 crawl's page dated "12/6" whose latest year written is 2019 makes
# nobody certain in June 2019; the same page fed before the crawl's dated
# pages ends the same; when the feed's period grows to reach 2019 the page
# is dated again, and forget takes it out of the feed's list.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon

HG="Chủ tịch UBND tỉnh Hậu Giang"
page() { # FILE NAME: a year-less event whose year is guessed from "trong năm 2019"
    printf 'Sáng 12/6, %s %s dự lễ tổng kết. Tỉnh tổ chức nhiều lễ hội trong năm 2019.\n' "$HG" "$2" >"$1"
}
dated() { # FEED N YEAR: N pages of FEED dated from their text in YEAR, no posts
    local i
    mkdir -p "$T/$1"
    for i in $(seq 1 "$2"); do
        printf 'Sáng %d/3/%d, hội nghị tổng kết của %s được tổ chức tại hội trường số %d.\n' \
            "$((1 + i % 28))" "$3" "$1" "$i" >"$T/$1/p$3-$i.txt"
        "$TENURE" ingest --source "$1/p$3-$i.txt" "$T/$1/p$3-$i.txt" >/dev/null
    done
}

# first order: the guessed page before the feed has a period
page "$T/g1.txt" "Nguyễn Văn Đoán"
"$TENURE" ingest --source "first/g1.txt" "$T/g1.txt" >/dev/null
"$TENURE" --json articles --limit 5 >"$T/r"
check "the page's year is guessed" \
    "[(a['date'], a['date_source']) for a in r['articles']] == [('2019-06-12', 'text')]" <"$T/r"
"$TENURE" --json who "$HG" --at 2019-06-12 >"$T/r"
check "no period known yet: the guessed day stands" \
    "[(h['person'], h['certainty']) for h in r['holders']] == [('Nguyễn Văn Đoán', 'certain')]" <"$T/r"
dated first 32 2017
"$TENURE" --json stats >"$T/r"
check "the feed's period is 2017" "r['feeds']['first']['to'] == 2017" <"$T/r"
"$TENURE" --json who "$HG" --at 2019-06-12 >"$T/r" || true
check "once the period is known, a guessed 2019 is no date: nobody certain in 2019" \
    "all(h['certainty'] != 'certain' for h in r['holders'])" <"$T/r"
"$TENURE" --json who "$HG" --at 2017-06-01 >"$T/r"
check "... the page is undated, the answer there is within the feed's years" \
    "[(h['person'], h['certainty']) for h in r['holders']] == [('Nguyễn Văn Đoán', 'possible')]" <"$T/r"
"$TENURE" --json who "$HG" --at 2017-06-01 --why >"$T/r"
check "--why: the shelved item is undated and shows its guess" \
    "[(e['date'], e.get('guessed')) for e in r['holders'][0]['why']['evidence']] == [(None, '2019-06-12')]" <"$T/r"
"$TENURE" who "$HG" --at 2017-06-01 --why >"$T/r"
grep -q "undated .*(guessed 2019-06-12: outside its feed's period)" "$T/r" ||
    fail "--why text: the guess beside the undated item"
pass "--why text: the guess beside the undated item"

# second order: the dated pages first, then the guessed page — same answers
dated second 32 2017
HG2="Chủ tịch UBND tỉnh Sóc Trăng"
printf 'Sáng 12/6, %s %s dự lễ tổng kết. Tỉnh tổ chức nhiều lễ hội trong năm 2019.\n' "$HG2" "Trần Văn Hai" >"$T/g2.txt"
"$TENURE" ingest --source "second/g2.txt" "$T/g2.txt" >/dev/null
"$TENURE" --json who "$HG2" --at 2019-06-12 >"$T/r" || true
check "fed after its feed's dated pages: nobody certain in 2019 either" \
    "all(h['certainty'] != 'certain' for h in r['holders'])" <"$T/r"
"$TENURE" --json who "$HG2" --at 2017-06-01 >"$T/r"
check "... and the same answer in the feed's years" \
    "[(h['person'], h['certainty']) for h in r['holders']] == [('Trần Văn Hai', 'possible')]" <"$T/r"

# a year guessed before the feed's period is no date either (session 13): a
# 2017 crawl's page whose latest year written is 2013 is of the crawl's
# years, not of 2013
HG3="Chủ tịch UBND tỉnh Bạc Liêu"
printf 'Sáng 12/6, %s %s dự lễ khởi công. Tỉnh khởi công cây cầu đầu tiên trong năm 2013.\n' "$HG3" "Lê Văn Cũ" >"$T/g3.txt"
"$TENURE" ingest --source "second/g3.txt" "$T/g3.txt" >/dev/null
"$TENURE" --json who "$HG3" --at 2013-06-12 >"$T/r" || true
check "a guessed 2013 before the feed's period: nobody certain in 2013" \
    "all(h['certainty'] != 'certain' for h in r['holders'])" <"$T/r"
"$TENURE" --json who "$HG3" --at 2017-06-01 >"$T/r"
check "... the page is undated: the answer there is within the feed's years" \
    "[(h['person'], h['certainty']) for h in r['holders']] == [('Lê Văn Cũ', 'possible')]" <"$T/r"
"$TENURE" who "$HG3" --at 2017-06-01 --why >"$T/r"
grep -q "undated .*(guessed 2013-06-12: outside its feed's period)" "$T/r" ||
    fail "--why text: a guess before the period beside the undated item"
pass "--why text: a guess before the period beside the undated item"

# the feed's period grows to 2019: the page's guessed day is believed again
dated first 40 2019
"$TENURE" --json stats >"$T/r"
check "the feed's period reaches 2019" "r['feeds']['first']['to'] == 2019" <"$T/r"
"$TENURE" --json who "$HG" --at 2019-06-12 >"$T/r"
check "a period that reaches the guessed year gives the day back" \
    "[(h['person'], h['certainty']) for h in r['holders']] == [('Nguyễn Văn Đoán', 'certain')]" <"$T/r"

# forget: the page leaves the feed's list of guessed pages and its evidence goes
ID=$("$TENURE" --json articles --limit 500 |
    python3 -c 'import json,sys; r=json.load(sys.stdin); print([a["article"] for a in r["articles"] if a.get("source")=="first/g1.txt"][0])')
"$TENURE" forget "$ID" >/dev/null || fail "forget $ID"
if "$TENURE" who "$HG" --at 2019-06-12 >/dev/null 2>&1; then
    fail "forget: the guessed page's holder is gone"
fi
pass "forget: the guessed page's holder is gone"
# ... and the feed moving again touches nothing that is gone
dated first 60 2021
"$TENURE" --json stats >"$T/r"
check "forget: the feed's period moves on with the page gone" \
    "r['feeds']['first']['to'] == 2021 and r['evidence'] == 2" <"$T/r"

# guesses do not make the period (session 25): a feed's period is the years
# its pages STATE.  A crawl of 2017 whose year-less pages write years of
# their history ("… trong năm 2015") has its guesses spread over those
# years; counted, a quarter of guesses of 2015 would pull the period back to
# 2015 and its pages guessed 2015 would be believed.
dated third 32 2017
for i in $(seq 1 11); do
    printf 'Sáng %d/6, hội thảo số %d về phát triển du lịch. Năm 2015, tỉnh đón nhiều khách.\n' \
        "$((1 + i))" "$i" >"$T/third-f$i.txt"
    "$TENURE" ingest --source "third/f$i.txt" "$T/third-f$i.txt" >/dev/null
done
HG4="Chủ tịch UBND tỉnh Cà Mau"
printf 'Sáng 12/6, %s %s dự lễ khởi công. Năm 2015, tỉnh khởi công cây cầu đầu tiên.\n' "$HG4" "Phạm Văn Mười" >"$T/g4.txt"
"$TENURE" ingest --source "third/g4.txt" "$T/g4.txt" >/dev/null
"$TENURE" --json stats >"$T/r"
check "twelve pages guessed 2015 beside 32 dated 2017: the period stays 2017" \
    "(r['feeds']['third']['from'], r['feeds']['third']['to']) == (2017, 2017)" <"$T/r"
"$TENURE" --json who "$HG4" --at 2015-06-12 >"$T/r" || true
check "... so a page guessed 2015 is no date: nobody certain in 2015" \
    "all(h['certainty'] != 'certain' for h in r['holders'])" <"$T/r"
"$TENURE" --json who "$HG4" --at 2017-06-01 >"$T/r"
check "... the page is undated: the answer there is within the feed's years" \
    "[(h['person'], h['certainty']) for h in r['holders']] == [('Phạm Văn Mười', 'possible')]" <"$T/r"
