#!/usr/bin/env python3
"""rpc.py — raw JSON-RPC lines to tenured, for the integration tests.

  rpc.py SOCK [--expect N] [--timeout S]   send stdin's lines, print N reply lines
  rpc.py SOCK --cases FILE                 run a protocol case file (see protocol.cases)

Lines may hold \\xNN escapes (to send bytes that are not UTF-8) when they
start with "b:".  "{{N*TEXT}}" in a sent line stands for TEXT repeated N
times (long lines without long case files).
"""
import re
import socket
import sys
import time


def connect(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    return s


def expand(line):
    return re.sub(r"\{\{(\d+)\*(.*?)\}\}", lambda m: m.group(2) * int(m.group(1)), line)


def encode(line):
    line = expand(line)
    if line.startswith("b:"):
        return line[2:].encode("latin-1").decode("unicode_escape").encode("latin-1")
    return line.encode("utf-8")


class Reader:
    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def line(self, timeout):
        """One reply line, or None on timeout, or b'' at EOF."""
        deadline = time.time() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.time()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return None
            except ConnectionResetError:
                return b""
            if not chunk:
                return b""
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line


def run_cases(path, cases_file):
    """Case file: '# name' starts a case; '> line' is sent; '< regex' must
    match the next reply line; '= silent' checks nothing more arrives;
    '= closed' checks the daemon closed the connection."""
    cases, cur = [], None
    for raw in open(cases_file, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if raw.startswith("# "):
            cur = {"name": raw[2:], "steps": []}
            cases.append(cur)
        elif raw[:2] in ("> ", "< ", "= "):
            cur["steps"].append((raw[0], raw[2:]))
    failed = 0
    for case in cases:
        sock = connect(path)
        rd = Reader(sock)
        ok, why = True, ""
        for kind, arg in case["steps"]:
            if kind == ">":
                sock.sendall(encode(arg) + b"\n")
            elif kind == "<":
                got = rd.line(10)
                if got is None or got == b"":
                    ok, why = False, "no reply (expected /%s/)" % arg
                    break
                if not re.search(arg, got.decode("utf-8", "replace")):
                    ok, why = False, "reply %r does not match /%s/" % (got[:300], arg)
                    break
            elif arg == "silent":
                got = rd.line(0.3)
                if got:
                    ok, why = False, "unexpected reply %r" % got[:300]
                    break
            elif arg == "closed":
                got = rd.line(5)
                if got != b"":
                    ok, why = False, "connection not closed (got %r)" % (got[:100] if got else got)
                    break
        sock.close()
        print("%s: %s%s" % ("ok" if ok else "FAIL", case["name"], "" if ok else " — " + why))
        failed += not ok
    print("%d case(s), %d failed" % (len(cases), failed))
    return 1 if failed else 0


def main():
    path = sys.argv[1]
    args = sys.argv[2:]
    if args[:1] == ["--cases"]:
        sys.exit(run_cases(path, args[1]))
    expect, timeout = None, 10.0
    while args:
        if args[0] == "--expect":
            expect = int(args[1])
            args = args[2:]
        elif args[0] == "--timeout":
            timeout = float(args[1])
            args = args[2:]
        else:
            sys.exit("unknown argument " + args[0])
    sock = connect(path)
    lines = [l.rstrip("\n") for l in sys.stdin if l.strip()]
    for l in lines:
        sock.sendall(encode(l) + b"\n")
    rd = Reader(sock)
    n = expect if expect is not None else len(lines)
    for _ in range(n):
        got = rd.line(timeout)
        if not got:
            break
        print(got.decode("utf-8", "replace"))
    sock.close()


if __name__ == "__main__":
    main()
