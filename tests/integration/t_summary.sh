#!/usr/bin/env bash
# t_summary.sh — the per-entity records of daemon/registry_summary.c from
# the client's side, with the reply cache off so every answer is computed:
# a question asked again (served from the records) is byte for byte the
# first answer; after ingests that touch the same posts, persons and words,
# the answers changed, and a restarted daemon (no record kept) gives the
# same bytes as the one whose records were touched.
source "$(dirname "$0")/lib.sh" "$@"

ask_all() { # the replies to REQS, one a line, on one connection
    printf '%s\n' "${REQS[@]}" | rpc --expect "${#REQS[@]}"
}

printf 'Hà Nội, ngày 10/01/2016\n\nChiều 10/1, Thủ tướng Nguyễn Tấn Dũng chủ trì phiên họp Chính phủ thường kỳ. Bộ trưởng Bộ Công an Tô Lâm dự họp.\n' >"$T/a1.txt"
printf 'Hà Nội, ngày 12/05/2016\n\nSáng 12/5, Thủ tướng Nguyễn Xuân Phúc tiếp đoàn doanh nghiệp.\n' >"$T/a2.txt"
printf 'Hà Nội, ngày 20/06/2019\n\nThủ tướng Nguyễn Xuân Phúc phát biểu tại hội nghị. Bộ trưởng Bộ Công an Tô Lâm báo cáo.\n' >"$T/a3.txt"
printf 'Hà Nội, ngày 06/04/2021\n\nThủ tướng Phạm Minh Chính phát biểu tại phiên họp. Bộ trưởng Bộ Công an Tô Lâm dự.\n' >"$T/a4.txt"

REQS=(
    '{"jsonrpc":"2.0","method":"who","params":{"position":"Thủ tướng"},"id":1}'
    '{"jsonrpc":"2.0","method":"who","params":{"position":"thu tuong chinh phu"},"id":2}'
    '{"jsonrpc":"2.0","method":"who","params":{"position":"Thủ tướng","at":"2019"},"id":3}'
    '{"jsonrpc":"2.0","method":"person","params":{"name":"Nguyễn Xuân Phúc"},"id":4}'
    '{"jsonrpc":"2.0","method":"person","params":{"name":"To Lam"},"id":5}'
    '{"jsonrpc":"2.0","method":"org","params":{"name":"cong an"},"id":6}'
    '{"jsonrpc":"2.0","method":"org","params":{"name":"Bộ Công an"},"id":7}'
    '{"jsonrpc":"2.0","method":"search","params":{"text":"Nguyễn X"},"id":8}'
    '{"jsonrpc":"2.0","method":"search","params":{"text":"phuc"},"id":9}'
    '{"jsonrpc":"2.0","method":"who","params":{"position":"Thu tuong Chinh"},"id":10}'
    '{"jsonrpc":"2.0","method":"who","params":{"position":"bo truong bo cong"},"id":11}'
)

conf=$(write_conf reply_cache_bytes 0)
start_daemon -c "$conf"
"$TENURE" ingest --date 2016-01-10 "$T/a1.txt" >/dev/null
"$TENURE" ingest --date 2016-05-12 "$T/a2.txt" >/dev/null
ask_all >"$T/first"
ask_all >"$T/again"
grep -q '"holders":\[{' "$T/first" || fail "who answered no holder: $(head -c 300 "$T/first")"
[ "$(grep -c '"result"' "$T/first")" = "${#REQS[@]}" ] || fail "not all answered: $(cat "$T/first")"
cmp -s "$T/first" "$T/again" || fail "asked again, the answers differ: $(diff "$T/first" "$T/again")"
pass "a question asked again gives the same bytes"

"$TENURE" ingest --date 2019-06-20 "$T/a3.txt" >/dev/null
"$TENURE" ingest --date 2021-04-06 "$T/a4.txt" >/dev/null
ask_all >"$T/touched"
cmp -s "$T/first" "$T/touched" && fail "ingests touching the posts changed no answer"
grep -q 'Phạm Minh Chính' "$T/touched" || fail "the new holder is missing: $(head -c 400 "$T/touched")"
stop_daemon
start_daemon -c "$conf"
ask_all >"$T/fresh"
cmp -s "$T/touched" "$T/fresh" ||
    fail "records touched by ingests differ from a restart's: $(diff "$T/touched" "$T/fresh")"
pass "after ingests, the answers equal a restarted daemon's"
