#!/usr/bin/env python3
"""wire_fuzz.py — black-box fuzzing of a running tenured over its socket.

The libFuzzer harnesses cover the framing and the parameter checks in
process; this covers the whole daemon as a hostile peer sees it: the
envelope checks of the dispatcher, batches, notifications, handlers, the
worker pool and the writer, reply ordering, and connection teardown.  For a
bounded time it sends mutated request lines (from tests/fuzz/corpus_rpc/ and
corpus_wire/:
byte flips, random bytes, truncation, splices, deep nesting, huge numbers,
invalid UTF-8, lines cut in chunks, connections dropped mid-line) over
several connections, and checks:
  - after each burst a sentinel ping on the same connection is answered, and
    every reply line before it is one JSON object or array (with "jsonrpc");
  - a separate client's ping is answered within 2 s throughout;
  - the daemon never dies, and exits 0 on SIGTERM at the end (in a sanitizer
    build that is also "no leak and no memory error reported").
First it replays every burst in tests/fuzz/regress_wire/ (what it found
before, minimized), 20 times each.  Then it is deterministic from
WIRE_FUZZ_SEED and runs WIRE_FUZZ_SECONDS (default 20).
Exit 0 pass, 1 fail (the failing line is printed).
"""

import json
import os
import random
import select
import shutil
import signal
import socket
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "crash"))
import tproto  # noqa: E402

MAX_REQUEST = 4096  # small: over-long lines are cheap, and arrive in one read


def seeds():
    """Every line of the rpc seed corpus and of the wire fuzzer's own
    (corpus_wire/: auth, verify, batches of reads, \\u0000)."""
    out = []
    for corpus in ("corpus_rpc", "corpus_wire"):
        d = os.path.join(HERE, corpus)
        for name in sorted(os.listdir(d)):
            with open(os.path.join(d, name), "rb") as f:
                out += [ln for ln in f.read().split(b"\n") if ln]
    return out


def mutate(rng, pool):
    """One mutated request line (may hold '\\n' bytes: several lines)."""
    s = bytearray(rng.choice(pool))
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(10)
        if op == 0 and s:  # flip a byte
            s[rng.randrange(len(s))] = rng.randrange(256)
        elif op == 1:  # insert random bytes
            at = rng.randint(0, len(s))
            s[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2 and s:  # truncate
            del s[rng.randint(0, len(s) - 1):]
        elif op == 3:  # splice with another seed
            o = rng.choice(pool)
            s = s[:rng.randint(0, len(s))] + o[rng.randint(0, len(o)):]
        elif op == 4:  # deep nesting
            n = rng.choice([10, 100, 3000, 20000])
            s = b"[" * n + s + b"]" * n
        elif op == 5:  # huge or odd numbers
            s = s.replace(b'"id":1', b'"id":' + rng.choice([b"1e400", b"-0", b"99999999999999999999999",
                                                            b"1.0", b"[]", b"true"]), 1)
        elif op == 6:  # invalid UTF-8 inside a string
            at = s.find(b'"text":"')
            if at >= 0:
                at += 8
                s[at:at] = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x00"])
        elif op == 7:  # a batch of copies
            s = b"[" + b",".join([bytes(s)] * rng.randint(1, 50)) + b"]"
        elif op == 8:  # long line, maybe past the cap
            s = s + b" " * rng.choice([100, 1500, 2000, 3000, 3500, MAX_REQUEST + 10])
        else:  # drop the id: a notification
            s = s.replace(b'"id":1,', b"", 1)
        s = bytearray(s)
        if len(s) > MAX_REQUEST:  # keep it cheap: just past the cap, or just under
            del s[MAX_REQUEST + (10 if rng.random() < 0.3 else -100):]
    return bytes(s)


class Client:
    """One fuzzing connection."""

    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(10)
        self.sock.connect(path)
        self.buf = b""

    def close(self):
        self.sock.close()

    def send(self, data, timeout=20):
        """Send while reading replies into buf, so neither side waits for the
        other (the daemon stops reading from a client that does not read)."""
        deadline = time.monotonic() + timeout
        view = memoryview(data)
        while view:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("the daemon neither read nor wrote for 20 s")
            r, w, _ = select.select([self.sock], [self.sock], [], min(left, 1.0))
            if r:
                chunk = self.sock.recv(1 << 16)
                if not chunk:
                    raise OSError("closed by the daemon")
                self.buf += chunk
            if w:
                n = self.sock.send(view[:65536])
                view = view[n:]


def burst(c, rng, pool, sentinel):
    """Send a burst then a sentinel; check every reply.  Returns None, or
    'closed' when the daemon closed the connection (allowed after an
    over-long line), or raises AssertionError."""
    sent_long = False
    c.last = []
    for _ in range(rng.randint(1, 12)):
        line = mutate(rng, pool)
        c.last.append(line)
        sent_long |= len(line) > MAX_REQUEST
        data = line + b"\n"
        try:
            if len(data) < 4096 and rng.random() < 0.2:  # in pieces, as a slow network would
                while data:
                    k = rng.randint(1, 64)
                    c.send(data[:k])
                    data = data[k:]
            else:
                c.send(data)
        except OSError:
            if sent_long:
                return "closed"
            raise AssertionError("send failed after a line within the cap")
    try:
        c.send(json.dumps({"jsonrpc": "2.0", "id": sentinel, "method": "ping"}).encode() + b"\n")
    except OSError:
        if sent_long:
            return "closed"
        raise AssertionError("send failed after lines within the cap")
    deadline = time.monotonic() + 20
    while True:
        while b"\n" in c.buf:
            line, c.buf = c.buf.split(b"\n", 1)
            try:
                r = json.loads(line)
            except ValueError:
                raise AssertionError(f"a reply is not JSON: {line[:200]!r}")
            items = r if isinstance(r, list) else [r]
            if not items or not all(isinstance(x, dict) and x.get("jsonrpc") == "2.0" for x in items):
                raise AssertionError(f"a reply is not a JSON-RPC object or batch: {line[:200]!r}")
            if isinstance(r, dict) and r.get("id") == sentinel:
                if "result" not in r:
                    raise AssertionError(f"the sentinel ping failed: {line[:200]!r}")
                return None
        if time.monotonic() > deadline:
            raise AssertionError("no answer to the sentinel ping within 20 s")
        try:
            chunk = c.sock.recv(1 << 16)
        except socket.timeout:
            continue
        except OSError:
            chunk = b""
        if not chunk:
            if sent_long:
                return "closed"
            raise AssertionError("the daemon closed a connection that sent no over-long line")
        c.buf += chunk


def replay_regressions(d, tries=20):
    """Every burst in regress_wire/ (found by this fuzzer, minimized), each
    sent `tries` times on a fresh connection (the bugs were races; "{TRY}" in
    a burst becomes a per-try token): the
    sentinel after it must be answered, or the connection closed when the
    burst holds an over-long line.  Returns a failure message or None."""
    rdir = os.path.join(HERE, "regress_wire")
    if not os.path.isdir(rdir):
        return None
    for name in sorted(os.listdir(rdir)):
        with open(os.path.join(rdir, name), "rb") as f:
            data = f.read()
        long_line = any(len(ln) > MAX_REQUEST for ln in data.split(b"\n"))
        for t in range(tries):
            c = Client(d.sock)
            try:
                # {TRY} makes each try's writes new ones (a stored article is
                # not extracted or written again, which changes the timing)
                burst_data = data.replace(b"{TRY}", f"{os.getpid()}-{t}".encode())
                c.send(burst_data + b'{"jsonrpc":"2.0","id":"regress","method":"ping"}\n')
                deadline = time.monotonic() + 5
                while b'"id":"regress"' not in c.buf:
                    if time.monotonic() > deadline:
                        return f"regression {name} (try {t + 1}): no answer and no close within 5 s"
                    c.sock.settimeout(max(0.05, deadline - time.monotonic()))
                    try:
                        chunk = c.sock.recv(1 << 16)
                    except socket.timeout:
                        continue
                    if not chunk:
                        break
                    c.buf += chunk
            except OSError:
                pass
            finally:
                c.close()
            if b'"id":"regress"' not in c.buf and not long_line:
                return f"regression {name} (try {t + 1}): closed without an over-long line"
    return None


def main():
    seed = int(os.environ.get("WIRE_FUZZ_SEED", str(int(time.time()))))
    secs = float(os.environ.get("WIRE_FUZZ_SECONDS", "20"))
    rng = random.Random(seed)
    pool = seeds()
    work = tempfile.mkdtemp(prefix="tenure-wirefuzz.")
    conf = os.path.join(work, "tenured.conf")
    with open(conf, "w") as f:
        f.write(f"max_request_bytes {MAX_REQUEST}\n")
    d = tproto.Daemon(work, conf=conf)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    failure, bursts, closes = None, 0, 0
    print(f"wire_fuzz: seed={seed} seconds={secs:g}", flush=True)
    try:
        d.start()
        failure = replay_regressions(d)
        clients = [Client(d.sock) for _ in range(6)]
        end = time.monotonic() + secs
        last_probe = 0.0
        while failure is None and time.monotonic() < end:
            k = rng.randrange(len(clients))
            try:
                if rng.random() < 0.05:  # drop a connection mid-line
                    clients[k].send(mutate(rng, pool)[:rng.randint(1, 40)])
                    clients[k].close()
                    clients[k] = Client(d.sock)
                    continue
                if burst(clients[k], rng, pool, f"sentinel-{bursts}") == "closed":
                    closes += 1
                    clients[k].close()
                    clients[k] = Client(d.sock)
                bursts += 1
            except (AssertionError, OSError) as e:
                failure = f"burst {bursts}: {e}"
                with open(os.path.join(work, "failing_burst"), "wb") as f:
                    f.write(b"\n".join(getattr(clients[k], "last", [])) + b"\n")
                failure += f" (its lines: {os.path.join(work, 'failing_burst')})"
                break
            if not d.alive():
                failure = f"the daemon died (burst {bursts})"
                break
            if time.monotonic() - last_probe > 1:
                last_probe = time.monotonic()
                t0 = time.monotonic()
                try:
                    tproto.call(d.sock, "ping", timeout=2)
                except Exception as e:  # noqa: BLE001 - any failure is the finding
                    failure = f"a separate client's ping failed: {e}"
                    break
                if time.monotonic() - t0 > 2:
                    failure = "a separate client waited more than 2 s"
        for c in clients:
            c.close()
        rc = d.stop(timeout=20)
        if failure is None and rc != 0:
            failure = f"the daemon exited {rc} on SIGTERM (sanitizer report in its log?)"
    except RuntimeError as e:
        failure = str(e)
    finally:
        d.kill9()
    print(f"wire_fuzz: {bursts} bursts, {closes} connections closed after over-long lines")
    if failure:
        print(f"wire_fuzz: FAIL: {failure}\n--- daemon log (tail)\n{d.log_tail(30)}")
        print(f"wire_fuzz: replay with WIRE_FUZZ_SEED={seed}; data kept in {work}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print("wire_fuzz: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
