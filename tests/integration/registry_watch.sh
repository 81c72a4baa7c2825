#!/usr/bin/env bash
# registry_watch.sh — `tenure watch`: a connection that stays subscribed gets
# each tenure change as a "change" notification once it commits (filters by
# person and post), and a watcher that stops reading is dropped with a
# reason while ingest goes on undisturbed.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon

"$TENURE" watch >"$T/all.out" 2>"$T/all.err" &
W1=$!
W2=
trap 'rc=$?; kill $W1 $W2 2>/dev/null; (exit $rc); cleanup' EXIT
wait_for() { # wait_for FILE PATTERN: at most 10 s
    for _ in $(seq 1 200); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        sleep 0.05
    done
    fail "$1 never showed $2 (it has: $(head -c 300 "$1"))"
}
wait_for "$T/all.err" "watching changes after 0"
printf 'Thủ tướng Nguyễn Xuân Phúc tiếp đoàn doanh nghiệp.\n' >"$T/a1.txt"
printf 'Bộ trưởng Bộ Tài chính Đinh Tiến Dũng làm việc với đoàn công tác.\n' >"$T/a2.txt"
"$TENURE" ingest --date 2016-05-12 "$T/a1.txt" >/dev/null
wait_for "$T/all.out" "Nguyễn Xuân Phúc"
pass "watch prints an appointment once it commits"
# a filtered watcher from the start of the feed: the person must exist
"$TENURE" --json watch --since 0 --person "Nguyễn Xuân Phúc" >"$T/phuc.out" 2>"$T/phuc.err" &
W2=$!
wait_for "$T/phuc.err" "watching changes after 0"
wait_for "$T/phuc.out" "Nguyễn Xuân Phúc"
"$TENURE" ingest --date 2017-02-02 "$T/a2.txt" >/dev/null
wait_for "$T/all.out" "Đinh Tiến Dũng"
grep -q "^1	new	Nguyễn Xuân Phúc	Thủ tướng" "$T/all.out" || fail "the line: seq, kind, person, post"
python3 - "$T/phuc.out" <<'PY' || fail "--person: only that person's changes, as JSON"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert recs and all(r["person"] == "Nguyễn Xuân Phúc" for r in recs), recs
assert recs[0]["kind"] == "new" and recs[0]["position"].startswith("Thủ tướng"), recs
PY
pass "watch --person filters; --json prints the records"

# a watcher that never reads: dropped with a reason, ingest unaffected
python3 - "$SOCK" "$T" "$TENURE" <<'PY' || fail "slow watcher"
import json, os, socket, subprocess, sys, time
sock, T, tenure = sys.argv[1:4]
s = socket.socket(socket.AF_UNIX)
s.connect(sock)
s.sendall(b'{"jsonrpc":"2.0","id":1,"method":"watch"}\n')
time.sleep(0.3)
fam = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
mid = ["Văn", "Thị", "Minh", "Đức", "Quang", "Hữu", "Xuân", "Thanh", "Ngọc", "Công"]
giv = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hùng", "Khánh", "Long", "Mạnh",
       "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Việt", "Vinh"]
d = os.path.join(T, "many")
os.mkdir(d)
n = 0
for f in fam:
    for m in mid:
        for g in giv:
            n += 1
            with open(os.path.join(d, "%05d.txt" % n), "w") as out:
                out.write("Ông %s %s %s, Giám đốc Sở Tài chính tỉnh Cà Mau, phát biểu.\n" % (f, m, g))
t0 = time.time()
r = subprocess.run([tenure, "-s", sock, "ingest", "--date", "2020-01-01", d], capture_output=True)
assert r.returncode == 0, r.stderr
ping = subprocess.run([tenure, "-s", sock, "ping"], capture_output=True)
assert ping.returncode == 0
print("ok: %d articles ingested in %.1f s with a watcher that reads nothing" % (n, time.time() - t0))
s.settimeout(10)
data = b""
while True:
    chunk = s.recv(1 << 20)
    if not chunk:
        break
    data += chunk
lines = [json.loads(l) for l in data.split(b"\n") if l]
assert lines[0].get("id") == 1 and lines[0]["result"]["watching"], lines[0]
ends = [l for l in lines if l.get("method") == "watch.end"]
assert len(ends) == 1 and lines[-1] is ends[0] and "slow" in ends[0]["params"]["reason"], lines[-1]
changes = [l for l in lines if l.get("method") == "change"]
print("ok: dropped after %d notifications (%d bytes) with the reason, then closed" %
      (len(changes), len(data)))
PY
pass "a slow watcher is dropped with a reason; ingest goes on"
kill $W1 $W2 2>/dev/null || true
