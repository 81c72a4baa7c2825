#!/usr/bin/env bash
# registry_feeds.sh — undated reports are placed in their feed's period
# (docs/REGISTRY.md, rule 10): a crawl of 2017 whose undated articles name
# a provincial chair answers for 2017 to 2019, not for 2020 or 2021; a lone
# undated article is the answer there is, unless an established undated
# holder stands beside it; `stats` shows each feed's dated articles and
# years, and `forget` takes an article's year out again.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon

# 32 dated articles of one feed ("crawl-N": the feed is "crawl"), no posts
mkdir -p "$T/dated"
for i in $(seq 1 32); do
    printf 'Bản tin số %d: thời tiết hôm nay nắng đẹp, nhiệt độ %d độ.\n' "$i" "$((20 + i))" \
        >"$T/dated/d$i.txt"
    "$TENURE" ingest --source "crawl-$i" --date "2017-0$((1 + i % 6))-1$((i % 9))" \
        "$T/dated/d$i.txt" >/dev/null
done
"$TENURE" --json stats >"$T/r"
check "stats: the feed's dated articles and years" \
    "r['feeds']['crawl'] == {'dated_articles': 32, 'from': 2017, 'to': 2017}" <"$T/r"

# undated reports of the same feed: two of one chair, one of another
# holder beside him, one alone in another province
printf 'Chủ tịch UBND tỉnh Kiên Giang Trần Văn Mẫu phát biểu tại hội nghị.\n' >"$T/u1.txt"
printf 'Chủ tịch UBND tỉnh Kiên Giang Trần Văn Mẫu kiểm tra công trình đê biển.\n' >"$T/u2.txt"
printf 'Chủ tịch UBND tỉnh Kiên Giang Phạm Văn Khác dự lễ khánh thành.\n' >"$T/u3.txt"
printf 'Chủ tịch UBND tỉnh Đắk Lắk Lê Văn Thử làm việc với doanh nghiệp.\n' >"$T/u4.txt"
for f in u1 u2 u3 u4; do
    "$TENURE" ingest --source "crawl-$f" "$T/$f.txt" >/dev/null
done

"$TENURE" --json who "Chủ tịch UBND tỉnh Kiên Giang" --at 2017-06-01 >"$T/r"
check "undated: the established holder within the feed's years, the lone one beside him left out" \
    "[(h['person'], h['certainty']) for h in r['holders']] == [('Trần Văn Mẫu', 'possible')]" <"$T/r"
"$TENURE" --json who "Chủ tịch UBND tỉnh Kiên Giang" --at 2018-03-01 >"$T/r"
check "undated: a year past the feed's years still answers" \
    "[h['person'] for h in r['holders']] == ['Trần Văn Mẫu']" <"$T/r"
"$TENURE" --json who "Chủ tịch UBND tỉnh Kiên Giang" --at 2019-06-01 >"$T/r"
check "undated: two years past the feed's years still answers (session 14)" \
    "[h['person'] for h in r['holders']] == ['Trần Văn Mẫu']" <"$T/r"
"$TENURE" --json who "Chủ tịch UBND tỉnh Kiên Giang" --at 2020-03-01 >"$T/r" || true
check "undated: no answer past two years after the feed's period" \
    "r['holders'] == [] and r['set_aside'] >= 1" <"$T/r"
"$TENURE" --json who "Chủ tịch UBND tỉnh Kiên Giang" --at 2021-04-20 >"$T/r" || true
check "undated: no answer years after the feed's period" \
    "r['holders'] == [] and r['set_aside'] >= 1" <"$T/r"
"$TENURE" --json who "Chủ tịch UBND tỉnh Đắk Lắk" --at 2017-05-25 >"$T/r"
check "undated: one article alone is the answer there is" \
    "[h['person'] for h in r['holders']] == ['Lê Văn Thử']" <"$T/r"
# undated reports that only say a holder left (an obituary's "nguyên Chủ
# tịch") are hearsay: no answer at a date, even as the only holder known
printf 'Nguyên Chủ tịch UBND tỉnh Long An Trương Văn Cũ từ trần.\n' >"$T/u5.txt"
printf 'Lễ tang nguyên Chủ tịch UBND tỉnh Long An Trương Văn Cũ được tổ chức.\n' >"$T/u6.txt"
for f in u5 u6; do
    "$TENURE" ingest --source "crawl-$f" "$T/$f.txt" >/dev/null
done
"$TENURE" --json who "Chủ tịch UBND tỉnh Long An" --at 2017-06-01 >"$T/r" || true
check "undated: a holder only said to have left is no answer at a date" \
    "r['holders'] == [] and r['set_aside'] >= 1" <"$T/r"
"$TENURE" --json who "Chủ tịch UBND tỉnh Long An" >"$T/r"
check "undated: ... but is listed without a date" \
    "[h['person'] for h in r['holders']] == ['Trương Văn Cũ']" <"$T/r"

# a feed whose 2021 pages carry a publication stamp and whose 2017 pages
# are dated by their text alone: its undated pages are like the latter
# (an undated page has no stamp), so they answer for 2017, not 2021
mkdir -p "$T/mixed"
for i in $(seq 1 32); do
    printf 'Bản tin số %d: thời tiết hôm nay nắng đẹp.\nCập nhật lúc 10:00, Thứ Hai, %02d/04/2021\n' \
        "$i" "$((1 + i % 28))" >"$T/mixed/s$i.txt"
    printf 'Sáng %d/3/2017, hội nghị tổng kết được tổ chức tại hội trường số %d.\n' \
        "$((1 + i % 28))" "$i" >"$T/mixed/p$i.txt"
    "$TENURE" ingest --source "mixed/s$i.txt" "$T/mixed/s$i.txt" >/dev/null
    "$TENURE" ingest --source "mixed/p$i.txt" "$T/mixed/p$i.txt" >/dev/null
done
"$TENURE" --json articles --limit 200 >"$T/r"
check "article: a page stamp's date says so" \
    "sorted({a['date_source'] for a in r['articles'] if a.get('source','').startswith('mixed/')}) == ['stamp', 'text']" <"$T/r"
printf 'Bí thư Tỉnh ủy Bạc Liêu Lê Văn Mẫu phát biểu tại hội nghị.\n' >"$T/m1.txt"
printf 'Bí thư Tỉnh ủy Bạc Liêu Lê Văn Mẫu thăm hỏi bà con.\n' >"$T/m2.txt"
for f in m1 m2; do
    "$TENURE" ingest --source "mixed/$f.txt" "$T/$f.txt" >/dev/null
done
"$TENURE" --json who "Bí thư Tỉnh ủy Bạc Liêu" --at 2017-06-01 >"$T/r"
check "undated: a mixed feed's undated pages answer in the years of its unstamped pages" \
    "[h['person'] for h in r['holders']] == ['Lê Văn Mẫu']" <"$T/r"
"$TENURE" --json who "Bí thư Tỉnh ủy Bạc Liêu" --at 2021-04-20 >"$T/r" || true
check "undated: ... not in the years of its stamped pages" \
    "r['holders'] == [] and r['set_aside'] >= 1" <"$T/r"

# forget takes a dated article's year out of its feed: 31 left; below 30
# the feed has no known period and the undated reports answer at any date
"$TENURE" --json articles --limit 100 >"$T/r"
IDS=$(python3 -c 'import json,sys; r=json.load(sys.stdin); print(" ".join(a["article"] for a in r["articles"] if a.get("source","").startswith("crawl-") and a.get("date")))' <"$T/r")
n=0
for id in $IDS; do
    [ "$n" -ge 3 ] && break
    "$TENURE" forget "$id" >/dev/null || fail "forget $id"
    n=$((n + 1))
done
"$TENURE" --json stats >"$T/r"
check "forget: the feed counts 29 dated articles, no period" \
    "r['feeds']['crawl'] == {'dated_articles': 29}" <"$T/r"
"$TENURE" --json who "Chủ tịch UBND tỉnh Kiên Giang" --at 2021-04-20 >"$T/r"
check "undated: without a known period they answer at any date" \
    "[h['person'] for h in r['holders']] == ['Trần Văn Mẫu']" <"$T/r"
