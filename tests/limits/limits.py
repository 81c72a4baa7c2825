#!/usr/bin/env python3
"""limits.py — integration tests of tenured's connection and storage limits.

One test per invocation (`limits.py NAME`), each on its own private daemon
(temp socket, temp data dir, a configuration file setting only the
directive under test), always cleaned up.  Every wait is
bounded.  Exit 0 pass, 1 fail, 77 skip (e.g. tmpfs cannot be mounted here).

  max_clients   the connection past max_clients gets a polite BUSY error and
                is closed; the others keep being served; a slot frees up
  idle_timeout  a silent connection is closed after idle_timeout, an active
                one is not
  slowloris     one byte a second: others are served without delay and the
                daemon times the trickling client out
  no_read       a client that pipelines without ever reading its replies: the
                daemon stops reading from it (its RSS stays bounded) and keeps
                serving others
  many_conns    1,000 concurrent connections each get their answer
  disk_full     data dir on a tiny tmpfs: ingests fail with a clear error,
                queries keep working, ingests succeed once space returns
  map_full      the same with a small LMDB map that may not grow (map_size =
                map_size_max): STORE_FULL, queries work, nothing is lost, and
                once map_size_max is raised (restart) ingests succeed again
  batch_budget  a 2,000-member batch of article.list limit 10000 gets one
                clear TOO_LARGE error; 256 such members are answered within
                the batch output budget; RSS stays under the budget
  memory_lines  200 connections each sending an unfinished 15 MiB line: the
                daemon closes the largest with a reason, stays alive, under
                max_memory and answering ping; after they leave, malloc_trim
                gives the heap back (RSS measured before and after)
  memory_pipeline  one connection pipelines 20 ingests of 15.8 MB without
                reading: held back by the budget, every one is answered and
                the daemon's peak RSS stays under max_memory
  planted_socket  a socket another user planted in a shared directory: the
                client refuses to send a byte and says whose it is (root only)
Owns only these tests; the protocol kit is tests/crash/tproto.py.
"""

import os
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "crash"))
import tproto  # noqa: E402

SKIP = 77
E_BUSY, E_TIMEOUT, E_STORE_FULL, E_STORE_ERROR = -32007, -32008, -32004, -32005


class Skip(Exception):
    """The test cannot run here."""


class Fail(Exception):
    """The behaviour under test is wrong."""


def check(cond, msg):
    """Fail with msg unless cond."""
    if not cond:
        raise Fail(msg)


def make_conf(work, overrides):
    """A configuration file holding only the knobs under test ("name value"
    lines, the syntax of conf/tenured.conf); everything else keeps the
    daemon's compiled-in default."""
    path = os.path.join(work, "tenured.conf")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# written by tests/limits/limits.py\n")
        for name, value in overrides.items():
            f.write(f"{name} {value}\n")
    return path


def ping_latency(sock):
    """Seconds one ping takes on a fresh connection."""
    t0 = time.monotonic()
    tproto.call(sock, "ping", timeout=5.0)
    return time.monotonic() - t0


def closed_within(conn, seconds):
    """Wait until the daemon closes conn; returns (closed, lines received)."""
    lines = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            lines.append(conn.recv_line(timeout=max(0.05, deadline - time.monotonic())))
        except socket.timeout:
            break
        except (ConnectionError, OSError):
            return True, lines
    return False, lines


def error_code(line):
    """The error code of a reply line, or None."""
    try:
        import json
        return (json.loads(line).get("error") or {}).get("code")
    except ValueError:
        return None


def t_max_clients(work):
    """Past max_clients: BUSY, then closed; the others keep working."""
    d = tproto.Daemon(work, conf=make_conf(work, {"max_clients": 4})).start()
    try:
        held = [tproto.Conn(d.sock) for _ in range(4)]
        for c in held:
            c.call("ping")
        extra = tproto.Conn(d.sock)
        try:
            extra.send("ping")
        except OSError:
            pass  # closed before we could write: still must have said why
        closed, lines = closed_within(extra, 5)
        check(closed, "the connection past max_clients was not closed")
        check(any(error_code(ln) == E_BUSY for ln in lines),
              f"no BUSY ({E_BUSY}) error before the close; got {lines[:2]}")
        for c in held:
            c.call("ping")  # the admitted ones are still served
        held.pop().close()
        ok = False
        for _ in range(50):  # the freed slot is reusable (bounded retry)
            try:
                tproto.call(d.sock, "ping", timeout=2)
                ok = True
                break
            except (tproto.RpcError, OSError, ConnectionError, ValueError):
                time.sleep(0.05)
        check(ok, "a freed slot was not reusable")
        for c in held:
            c.close()
        extra.close()
    finally:
        d.stop()


def t_idle_timeout(work):
    """A silent connection closes after idle_timeout; an active one stays."""
    d = tproto.Daemon(work, conf=make_conf(work, {"idle_timeout": 1})).start()
    try:
        idle = tproto.Conn(d.sock)
        idle.call("ping")
        active = tproto.Conn(d.sock)
        t0 = time.monotonic()
        while time.monotonic() - t0 < 2.5:
            active.call("ping")
            time.sleep(0.2)
        closed, lines = closed_within(idle, 3)
        check(closed, "an idle connection was still open 5 s after a 1 s idle timeout")
        active.call("ping")  # still served: activity resets the timer
        for ln in lines:
            check(error_code(ln) in (None, E_TIMEOUT), f"unexpected line before the close: {ln!r}")
        idle.close()
        active.close()
    finally:
        d.stop()


def t_slowloris(work):
    """One byte a second: others are not stalled, the trickler is cut off."""
    d = tproto.Daemon(work, conf=make_conf(work, {"idle_timeout": 2})).start()
    try:
        slow = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        slow.connect(d.sock)
        payload = b'{"jsonrpc":"2.0","id":1,"method":"ping","params":{"pad":"' + b"x" * 64
        worst, closed_at = 0.0, None
        t0 = time.monotonic()
        for i in range(len(payload)):
            if time.monotonic() - t0 > 20:
                break
            try:
                slow.send(payload[i:i + 1])
            except OSError:
                closed_at = time.monotonic() - t0
                break
            worst = max(worst, ping_latency(d.sock))
            time.sleep(1.0)
            slow.setblocking(False)
            try:
                if slow.recv(4096) == b"":
                    closed_at = time.monotonic() - t0
                    break
            except BlockingIOError:
                pass
            except OSError:
                closed_at = time.monotonic() - t0
                break
            finally:
                slow.setblocking(True)
        slow.close()
        check(worst < 0.25, f"the daemon stalled others for {worst * 1000:.0f} ms")
        check(closed_at is not None,
              "a client trickling one byte a second was never timed out (20 s with a 2 s "
              "idle timeout): the timer must run from a line's first byte, not its last")
        print(f"slowloris: cut off after {closed_at:.1f} s; worst ping {worst * 1000:.1f} ms")
    finally:
        d.stop()


def t_no_read(work):
    """Pipelining without reading: bounded daemon memory, others served."""
    # In a sanitizer build ASan's quarantine keeps freed memory resident
    # (256 MiB by default), which would read as growth: turn it off.
    asan = os.environ.get("ASAN_OPTIONS", "")
    asan = (asan + ":" if asan else "") + "quarantine_size_mb=0:thread_local_quarantine_size_kb=0"
    d = tproto.Daemon(work, env={"ASAN_OPTIONS": asan}).start()
    try:
        base = tproto.rss_kib(d.pid)
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(d.sock)
        s.setblocking(False)
        req = b'{"jsonrpc":"2.0","id":1,"method":"stats"}\n' * 256
        sent, stuck_since = 0, None
        t0 = time.monotonic()
        worst = 0.0
        # push until the daemon stops reading for 1.5 s, at most 10 s / 512 MiB
        while time.monotonic() - t0 < 10 and sent < (512 << 20):
            try:
                sent += s.send(req)
                stuck_since = None
            except BlockingIOError:
                now = time.monotonic()
                stuck_since = stuck_since or now
                if now - stuck_since > 1.5:
                    break
                worst = max(worst, ping_latency(d.sock))
                time.sleep(0.05)
        grown = (tproto.rss_kib(d.pid) - base) / 1024
        worst = max(worst, ping_latency(d.sock))
        print(f"no_read: pushed {sent >> 10} KiB before the daemon stopped reading; "
              f"RSS grew {grown:.1f} MiB; worst ping {worst * 1000:.1f} ms")
        check(stuck_since is not None, f"the daemon kept reading {sent >> 20} MiB from a client "
              "that never reads its replies (no back-pressure)")
        check(grown < 64, f"daemon RSS grew {grown:.0f} MiB buffering replies nobody reads")
        # 1 s, not a latency target: CI and developers share two cores, and
        # what this checks is that others are served at all, not how fast.
        check(worst < 1.0, f"other clients waited {worst * 1000:.0f} ms")
        s.close()
        for _ in range(50):  # after the reader leaves, the daemon is fine
            if d.alive():
                break
        check(ping_latency(d.sock) < 1, "daemon slow after the non-reader left")
    finally:
        d.stop()


def t_many_conns(work, n=1000):
    """n concurrent connections, each answered."""
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < n + 200:
        raise Skip(f"fd hard limit {hard} < {n + 200}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, n + 200) if hard == resource.RLIM_INFINITY
                                                else min(hard, max(soft, n + 200)), hard))
    d = tproto.Daemon(work, conf=make_conf(work, {"max_clients": n + 24})).start()
    try:
        sel = selectors.DefaultSelector()
        conns = []
        for i in range(n):
            c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            c.connect(d.sock)
            conns.append(c)
        for i, c in enumerate(conns):
            c.sendall(b'{"jsonrpc":"2.0","id":%d,"method":"ping"}\n' % i)
            c.setblocking(False)
            sel.register(c, selectors.EVENT_READ, [i, b""])
        answered, deadline = 0, time.monotonic() + 30
        while answered < n and time.monotonic() < deadline:
            for key, _ in sel.select(timeout=1):
                data = key.fileobj.recv(4096)
                if not data:
                    raise Fail(f"connection {key.data[0]} closed by the daemon "
                               f"({answered} of {n} answered)")
                key.data[1] += data
                if b"\n" in key.data[1]:
                    check(error_code(key.data[1].split(b"\n")[0]) is None,
                          f"connection {key.data[0]}: {key.data[1][:200]!r}")
                    answered += 1
                    sel.unregister(key.fileobj)
        check(answered == n, f"only {answered} of {n} concurrent connections answered in 30 s")
        for c in conns:
            c.close()
        print(f"many_conns: {n} of {n} answered")
    finally:
        d.stop()


def t_disk_full(work):
    """A full disk: clear ingest errors, working queries, recovery."""
    if os.geteuid() != 0:
        raise Skip("mounting a tmpfs needs root")
    mnt = os.path.join(work, "small")
    os.makedirs(mnt)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt],
                      stderr=subprocess.DEVNULL).returncode != 0:
        raise Skip("cannot mount a tmpfs here")
    d = None
    try:
        d = tproto.Daemon(mnt, name="df")
        d.logpath = os.path.join(work, "df.log")
        d.start()
        c = tproto.Conn(d.sock, timeout=15)
        stored, failed = fill(c, "diskfull")
        first = stored[0] if stored else None
        check(failed.code == E_STORE_FULL,
              f"a full disk gave error {failed.code} {failed.message!r}, want STORE_FULL")
        print(f"disk_full: {len(stored)} stored, then {failed.code}: {failed.message}")
        check(d.alive(), "the daemon died when the disk filled")
        c.call("ping")
        c.call("stats")
        if first:
            c.call("article.get", {"article": first})
        # space returns
        check(subprocess.run(["mount", "-o", "remount,size=64m", mnt]).returncode == 0,
              "cannot grow the tmpfs")
        ok = None
        for _ in range(20):
            try:
                text, _, _, _ = tproto.article("diskfull-after", 0)
                ok = c.call("ingest", {"text": text})
                break
            except tproto.RpcError as e:
                ok = e
                time.sleep(0.1)
        check(isinstance(ok, dict) and ok.get("article"), f"ingest after space returned: {ok}")
        c.close()
    finally:
        if d:
            d.stop()
        subprocess.run(["umount", "-l", mnt], stderr=subprocess.DEVNULL)


def fill(c, tag, limit=5000):
    """Ingest ~1 KiB articles until one fails; (stored ids, the RpcError)."""
    stored = []
    for i in range(limit):
        text, _, _, _ = tproto.article(tag, i)
        text += " " + "Hội nghị đã thảo luận nhiều vấn đề quan trọng. " * 20
        try:
            stored.append(c.call("ingest", {"text": text})["article"])
        except tproto.RpcError as e:
            return stored, e
    raise Fail(f"{limit} ingests of ~1 KiB fit in a store that should be full")


def t_map_full(work):
    """A map that may not grow: STORE_FULL, queries work, recovery."""
    conf = make_conf(work, {"map_size": "1m", "map_size_max": "1m"})
    d = tproto.Daemon(work, conf=conf).start()
    try:
        c = tproto.Conn(d.sock, timeout=15)
        stored, err = fill(c, "mapfull")
        print(f"map_full: {len(stored)} stored, then {err.code}: {err.message}")
        check(err.code == E_STORE_FULL, f"a full map gave {err.code} {err.message!r}, want STORE_FULL")
        check(d.alive(), "the daemon died when the map filled")
        c.call("ping")
        check(c.call("stats").get("articles") == len(stored), "stats.articles counts a failed ingest")
        if stored:
            c.call("article.get", {"article": stored[0]})
        # Forgetting in a full store: LMDB is copy-on-write, so a delete needs
        # free pages itself.  Reported, not failed: the issue asks for
        # recovery once space returns, which is the operator's larger map.
        deleted = 0
        for aid in stored[:20]:
            try:
                c.call("article.delete", {"article": aid})
                deleted += 1
            except tproto.RpcError as e:
                print(f"map_full: WARN: article.delete #{deleted} in a full store: {e.code} {e.message}")
                break
        c.close()
        # space returns: the operator raises map_size_max and restarts
        check(d.stop() == 0, "the daemon did not exit cleanly with a full store")
        d.conf = make_conf(work, {"map_size": "1m", "map_size_max": "16m"})
        d.start()
        c = tproto.Conn(d.sock, timeout=15)
        check(c.call("stats").get("articles") == len(stored) - deleted,
              "articles lost or gained across the restart")
        text, _, _, _ = tproto.article("mapfull-after", 0)
        try:
            res = c.call("ingest", {"text": text})
        except tproto.RpcError as e:
            raise Fail(f"ingest after the map may grow again: {e.code} {e.message}")
        check(res.get("article"), f"ingest after space returned: {res}")
        c.close()
    finally:
        d.stop()


def vm_kib(pid, key):
    """A /proc/PID/status figure in KiB (VmRSS, VmHWM)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def no_quarantine():
    """ASAN_OPTIONS without the quarantine, which keeps freed memory resident."""
    asan = os.environ.get("ASAN_OPTIONS", "")
    return {"ASAN_OPTIONS": (asan + ":" if asan else "") +
            "quarantine_size_mb=0:thread_local_quarantine_size_kb=0"}


def t_batch_budget(work):
    """max_batch, and a batch's replies within the output budget."""
    import json
    d = tproto.Daemon(work, conf=make_conf(work, {"max_memory": "128m"}),
                      env=no_quarantine()).start()
    try:
        c = tproto.Conn(d.sock, timeout=60)
        for i in range(300):  # enough that each article.list reply is real
            text, _, _, _ = tproto.article("batch", i)
            c.send("ingest", {"text": text}, rid=i)
        for i in range(300):
            c.recv()
        base = tproto.rss_kib(d.pid)
        member = '{"jsonrpc":"2.0","method":"article.list","params":{"limit":10000},"id":%d}'
        line = ("[" + ",".join(member % i for i in range(2000)) + "]\n").encode()
        c.send_raw(line)
        r = json.loads(c.recv_line(timeout=30))
        check(r.get("error", {}).get("code") == -32001, f"2,000 members not refused: {str(r)[:200]}")
        check("max_batch is 256" in r["error"]["message"], f"unclear error: {r['error']}")
        # 256 members: each answered (reads on workers), within the budget
        line = ("[" + ",".join(member % i for i in range(256)) + "]\n").encode()
        t0 = time.monotonic()
        c.send_raw(line)
        worst = 0.0
        got = None
        while got is None:
            try:
                got = c.recv_line(timeout=0.05)
            except socket.timeout:
                worst = max(worst, ping_latency(d.sock))
        took = time.monotonic() - t0
        replies = json.loads(got)
        check(isinstance(replies, list) and len(replies) == 256, "256-member batch not answered")
        ok = sum(1 for x in replies if "result" in x)
        tl = sum(1 for x in replies if x.get("error", {}).get("code") == -32001)
        check(ok + tl == 256 and ok > 0, f"members: {ok} results, {tl} TOO_LARGE")
        size = len(got)
        check(size <= 16 << 20 + 4096, f"batch reply {size} bytes over the 16 MiB budget")
        grown = (tproto.rss_kib(d.pid) - base) / 1024
        peak = vm_kib(d.pid, "VmHWM") / 1024
        print(f"batch_budget: 256 members in {took:.2f} s, reply {size >> 10} KiB, {ok} results "
              f"and {tl} over budget; RSS grew {grown:.0f} MiB (peak {peak:.0f} MiB); worst "
              f"ping meanwhile {worst * 1000:.0f} ms")
        check(peak < 128 + 96, f"peak RSS {peak:.0f} MiB over max_memory 128 MiB + 96")
        check(d.alive(), "daemon died")
        tproto.call(d.sock, "ping")
    finally:
        d.stop()


def t_memory_lines(work):
    """200 unfinished 15 MiB lines: alive, under budget, ping answered."""
    budget = 128
    d = tproto.Daemon(work, conf=make_conf(work, {"max_memory": f"{budget}m"}),
                      env=no_quarantine()).start()
    conns = []
    try:
        base = vm_kib(d.pid, "VmRSS") / 1024
        for _ in range(200):
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.connect(d.sock)
            s.setblocking(False)
            conns.append([s, 0, False])
        head = b'{"jsonrpc":"2.0","method":"ingest","params":{"text":"'
        chunk = b"a" * (1 << 20)
        goal = 15 << 20
        t0 = last_ping = time.monotonic()
        worst = 0.0
        why = b""
        while time.monotonic() - t0 < 30:
            busy = False
            for cs in conns:
                s, sent, closed = cs
                if closed or sent >= goal:
                    continue
                busy = True
                try:
                    got = s.recv(4096)  # the daemon only writes to close us
                    why = why or got
                    cs[2] = True
                    continue
                except BlockingIOError:
                    pass
                except OSError:
                    cs[2] = True
                    continue
                try:
                    data = head if sent == 0 else chunk
                    cs[1] += s.send(data[: goal - sent])
                except BlockingIOError:
                    pass
                except OSError:
                    cs[2] = True
            if not busy:
                break
            # wait for the daemon to read (spinning would starve it of CPU)
            sel = selectors.DefaultSelector()
            for cs in conns:
                if not cs[2] and cs[1] < goal:
                    sel.register(cs[0], selectors.EVENT_WRITE | selectors.EVENT_READ)
            sel.select(0.1)
            sel.close()
            if time.monotonic() - last_ping > 2:
                worst = max(worst, ping_latency(d.sock))
                last_ping = time.monotonic()
        if os.environ.get("LIMITS_DEBUG"):
            print(sorted(c[1] >> 20 for c in conns if not c[2]), time.monotonic() - t0)
        check(d.alive(), "daemon died under 200 unfinished 15 MiB lines")
        lat = ping_latency(d.sock)
        st = tproto.call(d.sock, "stats")
        mem = st.get("memory", {})
        rss = vm_kib(d.pid, "VmRSS") / 1024
        peak = vm_kib(d.pid, "VmHWM") / 1024
        closed = sum(1 for c in conns if c[2])
        full = sum(1 for c in conns if not c[2] and c[1] >= goal)
        print(f"memory_lines: {closed} connections closed, {full} hold a full 15 MiB line; "
              f"budget in use {mem.get('used', 0) >> 20} MiB of {budget}; RSS {rss:.0f} MiB "
              f"(peak {peak:.0f}, base {base:.0f}); ping {lat * 1000:.0f} ms "
              f"(worst meanwhile {worst * 1000:.0f} ms)")
        check(mem.get("used", 1 << 62) <= budget << 20, f"over budget: {mem}")
        check(mem.get("closed", 0) > 0 and closed > 0, "nobody was closed for memory")
        # max_memory counts the bytes held; the heap and libevent's buffer
        # chains add about half again on top (measured: 126 MiB held, RSS 200)
        check(peak < budget * 7 / 4 + 32, f"peak RSS {peak:.0f} MiB for max_memory {budget}")
        check(b"memory budget" in why, f"closed without the reason: {why[:200]}")
        with open(d.logpath, "rb") as f:
            logged = f.read().count(b"exceeded; closing this connection")
        print(f"memory_lines: {logged} log lines for {mem.get('closed')} closes (rate-limited)")
        check(logged <= 10 * (1 + int(time.monotonic() - t0) // 10) + 10,
              f"{logged} log lines for {mem.get('closed')} closes: not rate-limited")
        for c in conns:
            c[0].close()
        conns = []
        time.sleep(3)  # the trim tick runs every second
        after = vm_kib(d.pid, "VmRSS") / 1024
        print(f"memory_lines: RSS {rss:.0f} MiB with the lines held, {after:.0f} MiB 3 s after "
              f"they left (base {base:.0f})")
        check(after < base + 32, f"RSS stayed at {after:.0f} MiB after the spike (base {base:.0f})")
        tproto.call(d.sock, "ping")
    finally:
        for c in conns:
            c[0].close()
        d.stop()


def t_memory_pipeline(work):
    """One connection pipelines 20 x 15.8 MB ingests without reading."""
    import json
    budget = 384  # the default
    d = tproto.Daemon(work, env=no_quarantine()).start()
    try:
        sentence = "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Cà Mau, phát biểu tại hội nghị. "
        text = sentence * (15_800_000 // len(sentence.encode()))
        line = (json.dumps({"jsonrpc": "2.0", "method": "ingest", "params": {"text": text},
                            "id": 1}, ensure_ascii=False) + "\n").encode()
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(d.sock)
        t0 = time.monotonic()
        done = threading.Event()

        def push():
            try:
                for _ in range(20):
                    s.sendall(line)
            except OSError:
                pass
            done.set()

        threading.Thread(target=push, daemon=True).start()
        peak_used = 0
        while not done.is_set() and time.monotonic() - t0 < 110:
            st = tproto.call(d.sock, "stats", timeout=30)
            peak_used = max(peak_used, st.get("memory", {}).get("used", 0))
            time.sleep(0.5)
        check(done.is_set(), "the 20 lines were not all taken within 110 s")
        s.settimeout(120)
        buf = b""
        while buf.count(b"\n") < 20:
            c = s.recv(1 << 16)
            if not c:
                break
            buf += c
        replies = [json.loads(x) for x in buf.split(b"\n") if x]
        took = time.monotonic() - t0
        peak = vm_kib(d.pid, "VmHWM") / 1024
        ok = sum(1 for r in replies if "result" in r)
        print(f"memory_pipeline: 20 x {len(line) / 1e6:.1f} MB in {took:.0f} s, {ok} answered "
              f"with a result; budget in use at most {peak_used >> 20} MiB of {budget}; "
              f"peak RSS {peak:.0f} MiB")
        check(len(replies) == 20 and ok == 20, f"{ok} of 20 ingests answered: {str(replies)[:300]}")
        check(peak < budget + 64, f"peak RSS {peak:.0f} MiB over max_memory {budget} + 64")
        s.close()
    finally:
        d.stop()


def t_planted_socket(work):
    """A socket another user planted: the client refuses and says so."""
    import pwd
    if os.geteuid() != 0:
        raise Skip("needs root to plant a socket as another user")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        raise Skip("no user nobody")
    tenure = os.path.join(os.path.dirname(tproto.tenured_path()), "tenure")
    shared = os.path.join(work, "shared")
    os.mkdir(shared)
    os.chmod(shared, 0o1777)  # like /tmp
    os.chmod(work, 0o755)
    path = os.path.join(shared, "tenured.sock")
    planter = subprocess.Popen(
        ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups",
         sys.executable, "-c",
         "import socket,sys,os\n"
         "s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); os.chmod(sys.argv[1], 0o777)\n"
         "s.listen(5); print('ready', flush=True)\n"
         "c,_=s.accept(); d=c.recv(65536); print('GOT', len(d), flush=True)\n", path],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        check(planter.stdout.readline().strip() == b"ready", "could not plant the socket")
        r = subprocess.run([tenure, "-s", path, "ping"], capture_output=True, timeout=10)
        err = r.stderr.decode()
        print(f"planted_socket: tenure exit {r.returncode}: {err.strip()}")
        check(r.returncode == 3, f"tenure talked to a planted socket (exit {r.returncode})")
        check(f"belongs to uid {nobody.pw_uid}" in err and "planted" in err,
              f"no clear reason: {err}")
        r = subprocess.run([tenure, "-s", path, "ingest", "-"], input=b"secret article text",
                           capture_output=True, timeout=10)
        check(r.returncode != 0, "ingest went to a planted socket")
    finally:
        planter.kill()
        out, _ = planter.communicate(timeout=5)
        check(b"GOT" not in out, f"the planted socket received bytes: {out}")


TESTS = {
    "max_clients": t_max_clients,
    "idle_timeout": t_idle_timeout,
    "slowloris": t_slowloris,
    "no_read": t_no_read,
    "many_conns": t_many_conns,
    "disk_full": t_disk_full,
    "map_full": t_map_full,
    "batch_budget": t_batch_budget,
    "memory_lines": t_memory_lines,
    "memory_pipeline": t_memory_pipeline,
    "planted_socket": t_planted_socket,
}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in TESTS:
        print("usage: limits.py " + "|".join(TESTS), file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    name = sys.argv[1]
    work = tempfile.mkdtemp(prefix=f"tenure-limits-{name}.")
    rc = 1
    try:
        TESTS[name](work)
        print(f"limits.{name}: ok")
        rc = 0
    except Skip as e:
        print(f"limits.{name}: skipped: {e}")
        rc = SKIP
    except (Fail, RuntimeError, tproto.RpcError, OSError, ConnectionError) as e:
        print(f"limits.{name}: FAIL: {e}")
        for log in sorted(os.listdir(work)):
            if log.endswith(".log"):
                print(f"--- {log} (tail)")
                with open(os.path.join(work, log), "rb") as f:
                    print(b"\n".join(f.read().splitlines()[-15:]).decode(errors="replace"))
    finally:
        subprocess.run(["umount", "-l", os.path.join(work, "small")], stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)
    return rc


if __name__ == "__main__":
    sys.exit(main())
