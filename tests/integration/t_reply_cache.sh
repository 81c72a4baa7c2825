#!/usr/bin/env bash
# t_reply_cache.sh — the reply cache of READ methods: a repeated query is a
# hit and byte for byte the reply computed afresh (a batch of one, which
# never uses the cache and answers who/person/org/search through the
# Jansson tree instead of json_writer.c's text, is the reference), for
# several methods and ids; an
# ingest that changes the answer retires it, one about something else keeps
# a person's answer (also pipelined on the same
# connection, and seen from another connection after the ack); a SIGHUP
# lexicon reload retires it; errors are not cached (but NOT_FOUND, until an
# ingest names it); with reply_cache_bytes
# 0 the daemon answers the same bytes and counts nothing.
source "$(dirname "$0")/lib.sh" "$@"

# ask LINE: the one reply line to request LINE on a fresh connection.
ask() {
    printf '%s\n' "$1" | rpc --expect 1
}
# cache_stat FIELD: stats.reply_cache.FIELD
cache_stat() {
    ask '{"jsonrpc":"2.0","method":"stats","id":0}' | jget 'd["result"]["reply_cache"][args[0]]' "$1"
}

printf 'Hà Nội, ngày 10/01/2016\n\nChiều 10/1, Thủ tướng Nguyễn Tấn Dũng chủ trì phiên họp Chính phủ thường kỳ.\n' >"$T/a1.txt"
printf 'Hà Nội, ngày 12/05/2016\n\nSáng 12/5, Thủ tướng Nguyễn Xuân Phúc tiếp đoàn doanh nghiệp.\n' >"$T/a2.txt"
printf 'Hà Nội, ngày 20/06/2019\n\nThủ tướng Nguyễn Xuân Phúc phát biểu tại hội nghị.\n' >"$T/a3.txt"
printf 'Hà Nội, ngày 06/04/2021\n\nThủ tướng Phạm Minh Chính phát biểu tại phiên họp.\n' >"$T/a4.txt"

conf=$(write_conf log_file cache.log)
start_daemon -c "$conf"
"$TENURE" ingest --date 2016-01-10 "$T/a1.txt" >/dev/null
AID=$("$TENURE" --json articles | jget 'd["articles"][0]["article"]')

# Requests (params in an unsorted order on purpose, ids of each kind).
REQS=(
    '{"jsonrpc":"2.0","method":"who","params":{"position":"Thủ tướng"},"id":1}'
    '{"id":"ä\"b","params":{"limit":5,"position":"thu tuong"},"method":"who","jsonrpc":"2.0"}'
    '{"jsonrpc":"2.0","method":"person","params":{"name":"Nguyễn Tấn Dũng"},"id":null}'
    '{"jsonrpc":"2.0","method":"search","params":{"text":"nguyen","limit":3},"id":-7}'
    '{"jsonrpc":"2.0","method":"evidence","params":{"person":"Nguyễn Tấn Dũng"},"id":4}'
    '{"jsonrpc":"2.0","method":"timeline","params":{"name":"Nguyễn Tấn Dũng"},"id":5}'
    '{"jsonrpc":"2.0","method":"export","params":{"format":"popolo"},"id":7}'
    '{"jsonrpc":"2.0","method":"article.list","id":8}'
    "{\"jsonrpc\":\"2.0\",\"method\":\"article.get\",\"params\":{\"article\":\"$AID\"},\"id\":9}"
    '{"jsonrpc":"2.0","method":"who","params":{"position":"thủ tướng","at":"2016-01","why":true},"id":11}'
    '{"jsonrpc":"2.0","method":"person","params":{"name":"#1"},"id":12}'
)

# byte_identical TAG: each request twice (miss, hit) equals its batch of one
# without the brackets; the replies are kept in $T/TAG.N.
byte_identical() {
    local i=0 r1 r2 b
    for req in "${REQS[@]}"; do
        r1=$(ask "$req")
        r2=$(ask "$req")
        b=$(ask "[$req]")
        [ "$r1" = "$r2" ] || fail "$1: repeated ${req:0:60} differs: $r1 / $r2"
        [ "[$r1]" = "$b" ] || fail "$1: ${req:0:60}: single $r1 != batch $b"
        case "$r1" in *'"result":'*) ;; *) fail "$1: not a result: $r1" ;; esac
        printf '%s\n' "$r1" >"$T/$1.$i"
        i=$((i + 1))
    done
}
byte_identical on
[ "$(cache_stat hits)" -ge "${#REQS[@]}" ] || fail "hits $(cache_stat hits)"
[ "$(cache_stat entries)" -ge 8 ] || fail "entries $(cache_stat entries)"
[ "$(cache_stat bytes)" -gt 0 ] || fail "bytes"
pass "repeated queries are hits, byte-identical to fresh replies"

# an error is not cached, but "no such name" of who/person/org/search
# (kept by what it read, like a result: the same bytes again)
hits=$(cache_stat hits)
for i in 1 2; do
    ask '{"jsonrpc":"2.0","method":"who","params":{"position":"Thủ tướng","at":"20x6"},"id":1}' |
        grep -q '"error"' || fail "a bad date is an error"
done
[ "$(cache_stat hits)" = "$hits" ] || fail "an error was served from the cache"
NF='{"jsonrpc":"2.0","method":"person","params":{"name":"Đặng Văn Khôi"},"id":1}'
ask "$NF" >"$T/nf1"
ask "$NF" >"$T/nf2"
grep -q '"code":-32003' "$T/nf1" || fail "unknown person is NOT_FOUND: $(cat "$T/nf1")"
cmp -s "$T/nf1" "$T/nf2" || fail "kept NOT_FOUND differs: $(cat "$T/nf2")"
[ "$(cache_stat hits)" = $((hits + 1)) ] || fail "NOT_FOUND was not kept"
pass "errors are not cached, but NOT_FOUND is"

WHO='{"jsonrpc":"2.0","method":"who","params":{"position":"Thủ tướng"},"id":1}'
holders() {
    jget '",".join(sorted(h["person"] for h in d["result"]["holders"]))'
}
stop_daemon || fail "exit status"

# cache off on the same store: the same bytes, nothing counted, and a
# write is seen at once
conf=$(write_conf reply_cache_bytes 0)
start_daemon -c "$conf"
byte_identical off
for i in $(seq 0 $((${#REQS[@]} - 1))); do
    cmp -s "$T/on.$i" "$T/off.$i" || fail "cache on/off differ: $(cat "$T/on.$i") / $(cat "$T/off.$i")"
done
[ "$(cache_stat hits)" = 0 ] && [ "$(cache_stat entries)" = 0 ] && [ "$(cache_stat misses)" = 0 ] ||
    fail "disabled cache counted"
ask '{"jsonrpc":"2.0","method":"stats","id":0}' | jget 'd["result"]["config"]["reply_cache_bytes"]' |
    grep -qx 0 || fail "stats config reply_cache_bytes"
[ "$(ask "$WHO" | holders)" = "Nguyễn Tấn Dũng" ] || fail "who before, cache off: $(ask "$WHO")"
"$TENURE" ingest --date 2016-05-12 "$T/a2.txt" >/dev/null
[ "$(ask "$WHO" | holders)" = "Nguyễn Tấn Dũng,Nguyễn Xuân Phúc" ] || fail "who with the cache off"
stop_daemon || fail "exit status"
pass "reply_cache_bytes 0: same replies, nothing cached"

conf=$(write_conf log_file cache.log)
start_daemon -c "$conf"
# an ingest that changes the answer retires it
[ "$(ask "$WHO" | holders)" = "Nguyễn Tấn Dũng,Nguyễn Xuân Phúc" ] || fail "who before: $(ask "$WHO")"
[ "$(ask "$WHO" | holders)" = "Nguyễn Tấn Dũng,Nguyễn Xuân Phúc" ] || fail "who before (hit)"
"$TENURE" ingest --date 2021-04-06 "$T/a4.txt" >/dev/null
[ "$(ask "$WHO" | holders)" = "Nguyễn Tấn Dũng,Nguyễn Xuân Phúc,Phạm Minh Chính" ] ||
    fail "who after an ingest is stale: $(ask "$WHO")"
pass "an ingest retires the cached answer"

# an ingest that changes nothing a who/person/org/search reply read keeps
# it (registry_deps.c): the next ask is a hit, byte for byte the same, and
# the same as a batch of one computed afresh
P='{"jsonrpc":"2.0","method":"person","params":{"name":"Nguyễn Tấn Dũng"},"id":1}'
ask "$P" >"$T/p1"
ask "$P" >/dev/null
hits=$(cache_stat hits)
retired=$(cache_stat retired)
printf 'Hà Nội, ngày 02/03/2017\n\nBộ trưởng Bộ Công an Tô Lâm làm việc với Công an tỉnh Cà Mau.\n' >"$T/a5.txt"
"$TENURE" ingest --date 2017-03-02 "$T/a5.txt" >/dev/null
ask "$P" >"$T/p2"
[ "$(cache_stat hits)" = $((hits + 1)) ] || fail "an unrelated ingest retired the person reply"
cmp -s "$T/p1" "$T/p2" || fail "kept reply differs: $(cat "$T/p2")"
[ "[$(cat "$T/p2")]" = "$(ask "[$P]")" ] || fail "kept reply is not today's: $(cat "$T/p2")"
[ "$(cache_stat retired)" = "$retired" ] || fail "retired counted without a change"
pass "an unrelated ingest keeps the cached answer"

# a kept NOT_FOUND goes when an ingest names the person
ask "$NF" >/dev/null
ask "$NF" | contains '"code":-32003' || fail "NOT_FOUND before"
printf 'Hà Nội, ngày 03/03/2017\n\nThứ trưởng Bộ Công an Đặng Văn Khôi dự hội nghị.\n' >"$T/a6.txt"
"$TENURE" ingest --date 2017-03-03 "$T/a6.txt" >/dev/null
ask "$NF" | contains '"result"' || fail "NOT_FOUND kept after the person came: $(ask "$NF")"
pass "an ingest naming it retires a kept NOT_FOUND"

# pipelined on one connection: the read after the write sees it
ask "$WHO" >/dev/null
ING=$(python3 -c 'import json,sys; print(json.dumps({"jsonrpc":"2.0","method":"ingest","id":2,
  "params":{"text":open(sys.argv[1]).read(),"date":"2019-06-20"}}))' "$T/a3.txt")
EV='{"jsonrpc":"2.0","method":"evidence","params":{"person":"Nguyễn Xuân Phúc"},"id":3}'
ask "$EV" | jget 'd["result"]["total"]' | contains -x 1 || fail "evidence before"
printf '%s\n%s\n' "$ING" "$EV" | rpc --expect 2 | tail -1 | jget 'd["result"]["total"]' |
    grep -qx 2 || fail "pipelined evidence after ingest is stale"
pass "a pipelined read after a write sees the write"

# merge (a write without an article) retires it too
ask '{"jsonrpc":"2.0","method":"person","params":{"name":"Nguyễn Tấn Dũng"},"id":1}' | contains result ||
    fail "person before merge"
"$TENURE" merge person "Nguyễn Tấn Dũng" "Nguyễn Xuân Phúc" >/dev/null || fail "merge"
ask '{"jsonrpc":"2.0","method":"person","params":{"name":"Nguyễn Tấn Dũng"},"id":1}' >"$T/r"
grep -q '"error"' "$T/r" || ! grep -q '"Nguyễn Tấn Dũng"' "$T/r" || fail "person after merge is stale: $(cat "$T/r")"
pass "a merge retires the cached answer"

# SIGHUP reloads the lexicon: the next query is a miss
ask "$WHO" >/dev/null
ask "$WHO" >/dev/null
misses=$(cache_stat misses)
kill -HUP "$DAEMON_PID"
for i in $(seq 1 100); do
    [ "$(grep -c "lexicon loaded" "$DATA/cache.log" 2>/dev/null)" -ge 3 ] && break
    sleep 0.05
done
[ "$(grep -c "lexicon loaded" "$DATA/cache.log")" -ge 3 ] || fail "no lexicon reload logged"
ask "$WHO" >/dev/null
[ "$(cache_stat misses)" = $((misses + 1)) ] || fail "query after a lexicon reload was a hit"
pass "a lexicon reload retires cached answers"
stop_daemon || fail "exit status"
