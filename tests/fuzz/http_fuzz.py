#!/usr/bin/env python3
"""http_fuzz.py — black-box fuzzing of tenured's HTTP listener.

wire_fuzz.py's counterpart for daemon/http*.c: a private daemon with
http_listen on a free loopback port and a few articles, then, for a bounded
time, mutated HTTP requests built from valid ones (the API, the pages,
/reconcile with batches, HEAD, OPTIONS, POST forms): byte flips, random
bytes, truncation, splices, repeated and huge headers, bad percent-escapes,
invalid UTF-8, lying Content-Length, chunked bodies, pipelined requests,
connections dropped mid-request.  It checks:
  - every answer starts with an HTTP/1.x status line and is never a 500
    (an internal error is a bug: bad input must be a 4xx);
  - after each burst a fresh connection's GET /api/ping answers 200 within
    5 s, and a JSON answer's body parses;
  - the daemon never dies and exits 0 on SIGTERM (in a sanitizer build: no
    leak, no memory error).
Deterministic from HTTP_FUZZ_SEED; runs HTTP_FUZZ_SECONDS (default 20).

  http_fuzz.py TENURED          exit 0 pass, 1 fail (the request is printed)
"""

import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

ARTICLES = [
    ("2016-01-10", "Chiều 10/1, Thủ tướng Nguyễn Tấn Dũng chủ trì phiên họp Chính phủ."),
    ("2016-05-12", "Sáng 12/5, Thủ tướng Nguyễn Xuân Phúc tiếp đoàn doanh nghiệp."),
    ("2017-03-03", "Ông Nguyễn Văn Hùng, Bí thư Tỉnh ủy Quảng Trị, dự hội nghị."),
]

q = urllib.parse.quote
BATCH = json.dumps({"q0": {"query": "Nguyễn Văn Hùng", "type": "Person", "limit": 3,
                           "properties": [{"pid": "post", "v": "Bí thư Tỉnh ủy"},
                                          {"pid": "date", "v": "2017"}]},
                    "q1": {"query": "PMC"}}, ensure_ascii=False)
SEEDS = [
    "GET /api/who?position=" + q("Thủ tướng") + "&at=2016&limit=3",
    "GET /api/person?name=" + q("Nguyễn Xuân Phúc"),
    "GET /api/search?text=nguyen&limit=5",
    "GET /api/evidence?person=%231&limit=2",
    "GET /api/export?format=ftm&limit=2",
    "GET /api/split?person=x&articles=a&articles=b",
    "GET /api/article.list?limit=2",
    "GET /api/reconcile?queries=" + q(BATCH),
    "GET /",
    "GET /search?q=" + q("Bí thư"),
    "GET /person/1",
    "GET /post/1?at=2016",
    "GET /org/1?at=2017",
    "GET /org?name=" + q("Tỉnh ủy Quảng Trị"),
    "GET /reconcile",
    "GET /reconcile?queries=" + q(BATCH),
    "GET /reconcile?query=" + q("Nguyen Van Hung"),
    "GET /reconcile/suggest/entity?prefix=nguy",
    "GET /reconcile/preview?id=person/2",
    "HEAD /api/ping",
    "OPTIONS /reconcile",
]


def request(line, body=None, extra=""):
    head = f"{line} HTTP/1.1\r\nHost: fuzz\r\n{extra}"
    if body is not None:
        b = body.encode()
        head += f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(b)}\r\n"
        return head.encode() + b"\r\n" + b
    return head.encode() + b"\r\n"


def pool():
    out = [request(s) for s in SEEDS]
    out.append(request("POST /reconcile", "queries=" + q(BATCH)))
    out.append(request("POST /reconcile", "query=" + q("Phạm Minh Chính")))
    out.append(request("POST /api/who", "position=x"))
    return out


def mutate(rng, reqs):
    s = bytearray(rng.choice(reqs))
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(12)
        if op == 0 and s:
            s[rng.randrange(len(s))] = rng.randrange(256)
        elif op == 1:
            at = rng.randint(0, len(s))
            s[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2 and s:
            del s[rng.randrange(len(s)):]
        elif op == 3:
            other = rng.choice(reqs)
            at = rng.randint(0, len(s))
            s = s[:at] + other[rng.randint(0, len(other)):]
        elif op == 4:  # a bad or truncated escape in the target
            at = s.find(b" /")
            if at > 0:
                s[at + 2:at + 2] = rng.choice([b"%", b"%G1", b"%FF%FE", b"%00", b"%C3("])
        elif op == 5:  # a repeated or huge header
            at = s.find(b"\r\n") + 2
            s[at:at] = b"X-F: " + b"y" * rng.choice([1, 100, 5000, 20000]) + b"\r\n"
        elif op == 6:  # a lying Content-Length
            at = s.find(b"\r\n") + 2
            s[at:at] = b"Content-Length: " + str(rng.choice([0, 5, 10 ** 7, -1])).encode() + b"\r\n"
        elif op == 7:  # chunked body
            at = s.find(b"\r\n") + 2
            s[at:at] = b"Transfer-Encoding: chunked\r\n"
            s += rng.choice([b"5\r\nhello\r\n0\r\n\r\n", b"zz\r\n", b"ffffffff\r\n"])
        elif op == 8:  # pipelined
            s += rng.choice(reqs)
        elif op == 9:  # a long query
            at = s.find(b" HTTP/1.1")
            if at > 0:
                s[at:at] = b"&a=" + b"b" * rng.choice([100, 5000, 9000])
        elif op == 10:  # another method or version
            sp = s.find(b" ")
            if sp > 0:
                s[:sp] = rng.choice([b"PUT", b"DELETE", b"PATCH", b"TRACE", b"CONNECT", b"G"])
        else:
            s = s.replace(b"HTTP/1.1", rng.choice([b"HTTP/1.0", b"HTTP/2.0", b"HTTP/9", b""]), 1)
    return bytes(s)


def read_all(sock, timeout):
    sock.settimeout(timeout)
    data = b""
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    except (socket.timeout, ConnectionResetError):
        pass
    return data


STATUSES = {}


def check_answers(data, sent):
    """Every status line in data is HTTP/1.x and not 500."""
    for part in data.split(b"HTTP/1.")[1:]:
        head = part[:16]
        if len(head) < 5 or not head[2:5].isdigit():
            continue  # "HTTP/1." inside a body
        STATUSES[head[2:5].decode()] = STATUSES.get(head[2:5].decode(), 0) + 1
        if head[2:5] == b"500":
            raise AssertionError(f"500 for {sent[:300]!r}: {part[:300]!r}")
    if data and not data.startswith(b"HTTP/1."):
        raise AssertionError(f"not an HTTP answer for {sent[:300]!r}: {data[:200]!r}")


def sentinel(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(b"GET /api/ping HTTP/1.1\r\nHost: s\r\nConnection: close\r\n\r\n")
    data = read_all(s, 5)
    s.close()
    head, _, body = data.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        raise AssertionError(f"sentinel ping failed: {data[:200]!r}")
    json.loads(body)


def main():
    tenured = sys.argv[1] if len(sys.argv) > 1 else os.environ["TENURED"]
    client = os.path.join(os.path.dirname(tenured), "tenure")
    seed = int(os.environ.get("HTTP_FUZZ_SEED", "4242"))
    seconds = float(os.environ.get("HTTP_FUZZ_SECONDS", "20"))
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="tenure-httpfuzz.")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    conf = os.path.join(tmp, "tenured.conf")
    with open(conf, "w") as f:
        f.write(f"http_listen 127.0.0.1:{port}\nidle_timeout 2\n")
    sock = os.path.join(tmp, "s.sock")
    log = open(os.path.join(tmp, "daemon.log"), "w")
    d = subprocess.Popen([tenured, "-f", "-s", sock, "-d", os.path.join(tmp, "d"), "-c", conf],
                         stdout=log, stderr=subprocess.STDOUT)
    failure = None
    n = 0
    try:
        for _ in range(200):
            if os.path.exists(sock) and subprocess.run([client, "-s", sock, "ping"],
                                                       capture_output=True).returncode == 0:
                break
            time.sleep(0.05)
        for date, text in ARTICLES:
            subprocess.run([client, "-s", sock, "ingest", "--date", date, "-"], input=text.encode(),
                           capture_output=True, check=True)
        reqs = pool()
        end = time.time() + seconds
        while time.time() < end:
            burst = mutate(rng, reqs)
            c = socket.create_connection(("127.0.0.1", port), timeout=5)
            try:
                if rng.random() < 0.1:  # dropped mid-request
                    c.sendall(burst[:rng.randint(0, len(burst))])
                    c.close()
                else:
                    try:
                        c.sendall(burst)
                        c.shutdown(socket.SHUT_WR)
                    except OSError:  # the daemon closed first: fine
                        pass
                    check_answers(read_all(c, 3), burst)
                    c.close()
            except AssertionError as e:
                failure = str(e)
                break
            n += 1
            if d.poll() is not None:
                failure = f"daemon died (rc {d.returncode}) after {burst[:300]!r}"
                break
            if n % 10 == 0:
                try:
                    sentinel(port)
                except Exception as e:  # noqa: BLE001
                    failure = f"{e} after {burst[:300]!r}"
                    break
        if not failure:
            sentinel(port)
    finally:
        if d.poll() is None:
            d.send_signal(signal.SIGTERM)
            try:
                rc = d.wait(30)
            except subprocess.TimeoutExpired:
                d.kill()
                rc = "hung"
            if not failure and rc != 0:
                failure = f"daemon exit status {rc} on SIGTERM"
        log.close()
        if failure:
            print("FAIL:", failure)
            print(open(os.path.join(tmp, "daemon.log"), errors="replace").read()[-3000:])
        shutil.rmtree(tmp, ignore_errors=True)
    if failure:
        return 1
    print(f"ok: {n} mutated HTTP requests (seed {seed}, {seconds:.0f} s), the daemon answered "
          "every one with a status line, never a 500, and exited 0; statuses:",
          " ".join(f"{k}×{v}" for k, v in sorted(STATUSES.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
