#!/usr/bin/env python3
"""crash.py — kill -9 the daemon under a stream of ingests; lose nothing.

Each round: (re)start tenured on the same data directory, verify everything
acknowledged so far, stream ingests from several pipelined clients (recording
every article id whose acknowledgement arrived), then SIGKILL the daemon at a
random moment.  After the last round the daemon is started once more, checked
in full, and stopped cleanly.

Checks, after every restart:
  - the store opens (the daemon answers ping within the timeout);
  - every acknowledged article is there (article.get), with its exact text
    when the daemon can return it, and with the same people as `extract`
    finds in that text when article.get reports people;
  - for the newest, every role of the stored extraction is a position of
    that person in the registry (`who` gives the canonical post, `person`
    must list it): its people, posts and tenures were written with it;
  - stats.articles equals the number of articles article.list pages through,
    and every listed article (acknowledged or not) reads back whole: nothing
    half-written is visible.
Prints `lost=L of N acknowledged` last; exits 1 on any loss or inconsistency.
Owns only this test; the protocol kit is tproto.py.
"""

import argparse
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tproto  # noqa: E402

PIPELINE_CHUNK = 200


class Streamer(threading.Thread):
    """One client streaming unique ingests, depth requests in flight."""

    def __init__(self, sock, tag, depth, stop, deadline):
        super().__init__(daemon=True)
        self.sock, self.tag, self.depth, self.stop, self.deadline = sock, tag, depth, stop, deadline
        self.acked = {}  # article id -> index
        self.errors = []

    def run(self):
        try:
            c = tproto.Conn(self.sock, timeout=5.0)
        except OSError:
            return
        inflight = {}
        i = 0
        try:
            while not self.stop.is_set() and time.monotonic() < self.deadline:
                while len(inflight) < self.depth:
                    text, _, _, _ = tproto.article(self.tag, i)
                    rid = c.send("ingest", {"text": text, "source": f"crash/{self.tag}/{i}"})
                    inflight[rid] = i
                    i += 1
                reply = c.recv(timeout=5.0)
                idx = inflight.pop(reply.get("id"), None)
                if idx is None:
                    self.errors.append(f"reply to an unknown id: {reply}")
                    return
                if "error" in reply:
                    self.errors.append(f"ingest {self.tag}/{idx}: {reply['error']}")
                    continue
                aid = (reply.get("result") or {}).get("article")
                if not isinstance(aid, str):
                    self.errors.append(f"ingest reply without an article id: {reply}")
                    return
                self.acked[aid] = idx
        except (OSError, ConnectionError, ValueError):
            pass  # the daemon was killed: whatever was not acknowledged may be lost
        finally:
            c.close()


def pipelined(sock, method, params_list, timeout=30.0):
    """Replies (parsed, in order) to many requests on one connection."""
    out = []
    c = tproto.Conn(sock, timeout)
    try:
        for k in range(0, len(params_list), PIPELINE_CHUNK):
            chunk = params_list[k:k + PIPELINE_CHUNK]
            for p in chunk:
                c.send(method, p)
            for _ in chunk:
                out.append(c.recv())
    finally:
        c.close()
    return out


def list_all(sock, limit_pages=100000):
    """Every article id article.list pages through (bounded)."""
    ids, after = [], None
    for _ in range(limit_pages):
        params = {"limit": 1000}
        if after:
            params["after"] = after
        res = tproto.call(sock, "article.list", params)
        items = res if isinstance(res, list) else next((v for v in res.values() if isinstance(v, list)), [])
        page = [it if isinstance(it, str) else it.get("article") for it in items]
        page = [p for p in page if isinstance(p, str)]
        if not page:
            break
        ids.extend(page)
        if len(page) < 1000:
            break
        after = page[-1]
    return ids


def people_of(result):
    """Names of people in an extraction-shaped result, or None."""
    for key in ("people", "persons"):
        v = result.get(key) if isinstance(result, dict) else None
        if isinstance(v, list):
            return sorted(p.get("name") if isinstance(p, dict) else p for p in v)
    ext = result.get("extraction") if isinstance(result, dict) else None
    return people_of(ext) if isinstance(ext, dict) else None


def verify(sock, acked, full, rng, caps, lost):
    """Check acknowledged articles and listing consistency; list of problems.

    Adds the ids of acknowledged articles found missing to the set lost."""
    problems = []
    ids = list(acked)
    if not full and len(ids) > 600:
        ids = ids[-400:] + rng.sample(ids[:-400], 200)
    replies = pipelined(sock, "article.get", [{"article": a, "text": True} for a in ids])
    for aid, rep in zip(ids, replies):
        tag, i = acked[aid]
        text, name, post, _ = tproto.article(tag, i)
        if "error" in rep:
            problems.append(f"acknowledged article {aid} ({tag}/{i}) lost: {rep['error']}")
            lost.add(aid)
            continue
        res = rep.get("result") or {}
        if res.get("article", aid) != aid:
            problems.append(f"article.get {aid} answered {res.get('article')}")
        if "text" in res and res["text"] != text:
            problems.append(f"article {aid} text differs from what was acknowledged")
        if caps["extract"]:
            stored = people_of(res)
            if stored is not None:
                want = people_of(tproto.call(sock, "extract", {"text": text}))
                if want is not None and stored != want:
                    problems.append(f"article {aid} people {stored} != extract {want}")
    if caps["person"]:
        # the registry side of the newest articles: every role the stored
        # extraction holds is a position of that person (its tenure exists)
        for aid, rep in list(zip(ids, replies))[-30:]:
            res = rep.get("result") or {}
            roles = (res.get("extraction") or {}).get("roles") or []
            for role in roles:
                try:
                    canon = tproto.call(sock, "who", {"position": role["position"], "limit": 1})["position"]
                    held = tproto.call(sock, "person", {"name": role["person"]})
                except tproto.RpcError as e:
                    problems.append(f"registry of acknowledged {aid}: {role['person']} / "
                                    f"{role['position']}: {e}")
                    continue
                caps["roles_checked"] = caps.get("roles_checked", 0) + 1
                # a post set aside beside its established holders is still held
                posts = held.get("positions", []) + held.get("set_aside_positions", [])
                if not any(p.get("position") == canon for p in posts):
                    problems.append(f"acknowledged {aid}: {role['person']} does not hold {canon}")
    if caps["list"]:
        listed = list_all(sock)
        stats = tproto.call(sock, "stats")
        n = stats.get("articles")
        if n != len(listed):
            problems.append(f"stats.articles={n} but article.list has {len(listed)}")
        missing = set(acked) - set(listed)
        lost.update(missing)
        if missing:
            problems.append(f"{len(missing)} acknowledged articles not listed, e.g. {sorted(missing)[:3]}")
        extra = [a for a in listed if a not in acked]
        # committed but not acknowledged (killed before the reply) is fine, but it must be whole
        for aid, rep in zip(extra, pipelined(sock, "article.get", [{"article": a} for a in extra])):
            if "error" in rep:
                problems.append(f"listed article {aid} cannot be read: {rep['error']}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rounds", nargs="?", type=int, default=int(os.environ.get("ROUNDS", "10")))
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--depth", type=int, default=8)
    ap.add_argument("--seed", type=int, default=int(os.environ.get("CRASH_SEED", str(int(time.time())))))
    ap.add_argument("--max-kill-ms", type=int, default=800)
    ap.add_argument("--keep", action="store_true", help="keep the temp directory")
    a = ap.parse_args()
    # a SIGTERM (ctest or crash.sh timing out) still runs the cleanup below
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if not 1 <= a.rounds <= 10000:
        ap.error("rounds must be 1..10000")
    rng = random.Random(a.seed)
    work = tempfile.mkdtemp(prefix="tenure-crash.")
    d = tproto.Daemon(work, "crash")
    acked = {}  # article id -> (tag, index)
    failures = []
    lost = set()
    caps_seen = None
    print(f"crash: seed={a.seed} rounds={a.rounds} dir={work}", flush=True)
    try:
        d.start()
        caps = {"extract": tproto.method_exists(d.sock, "extract", {"text": "x"}),
                "list": tproto.method_exists(d.sock, "article.list", {}),
                "person": tproto.method_exists(d.sock, "person", {"name": "x"}),
                "person_field": "name"}
        caps_seen = caps
        for r in range(a.rounds):
            if r > 0:
                d.start()
                probs = verify(d.sock, acked, False, rng, caps, lost)
                if probs:
                    failures += [f"round {r}: {p}" for p in probs]
                    verify(d.sock, acked, True, rng, caps, lost)  # count every loss
                    break
            stop = threading.Event()
            kill_at = rng.uniform(0.05, a.max_kill_ms / 1000.0)
            streams = [Streamer(d.sock, f"r{r}c{k}", a.depth, stop, time.monotonic() + kill_at + 10)
                       for k in range(a.clients)]
            for s in streams:
                s.start()
            time.sleep(kill_at)
            d.kill9()
            stop.set()
            for s in streams:
                s.join(timeout=15)
                if s.is_alive():
                    failures.append(f"round {r}: a client did not stop")
                for aid, idx in s.acked.items():
                    acked[aid] = (s.tag, idx)
                failures += [f"round {r}: {e}" for e in s.errors[:3]]
            got = sum(len(s.acked) for s in streams)
            print(f"crash: round {r}: killed after {kill_at * 1000:.0f} ms, {got} acknowledged", flush=True)
            if failures:
                break
        if not failures:
            d.start()
            failures += [f"final: {p}" for p in verify(d.sock, acked, True, rng, caps, lost)]
            rc = d.stop()
            if rc != 0:
                failures.append(f"final: daemon exited {rc} on SIGTERM")
    except RuntimeError as e:
        failures.append(str(e))
    finally:
        d.kill9()
        if not a.keep and not failures:
            shutil.rmtree(work, ignore_errors=True)
    for f in failures[:20]:
        print("crash: FAIL " + f, flush=True)
    if failures:
        print(f"crash: data kept in {work}; daemon log: {d.logpath}")
    if caps_seen:
        print(f"crash: {caps_seen.get('roles_checked', 0)} registry roles checked; "
              f"extract={caps_seen['extract']} person={caps_seen['person']} list={caps_seen['list']}")
    print(f"lost={len(lost)} of {len(acked)} acknowledged")
    return 1 if failures or not acked else 0


if __name__ == "__main__":
    sys.exit(main())
