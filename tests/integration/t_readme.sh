#!/usr/bin/env bash
# t_readme.sh — the README's "A session" is the output of a real run:
# every "$ tenure ..." line of its text block is run against a private
# daemon fed the examples, and what it prints must be the lines shown
# under it (trailing spaces aside; "ingest examples/*.txt" feeds the five
# example articles).  A change that moves an answer of the quick start
# makes this fail until the README says what the program now says.
source "$(dirname "$0")/lib.sh" "$@"
start_daemon

python3 - "$ROOT/README.md" "$TENURE" "$ROOT" <<'PY'
import shlex, subprocess, sys
readme, tenure, root = sys.argv[1:4]
text = open(readme, encoding="utf-8").read()
start = text.index("## A session")
block = text[text.index("```text\n", start) + 8:]
block = block[:block.index("```")]
cmds, cur = [], None
for line in block.split("\n"):
    if line.startswith("$ "):
        cur = [line[2:], []]
        cmds.append(cur)
    elif cur is not None:
        cur[1].append(line)
if len(cmds) < 3:
    sys.exit("README: fewer than three commands in the session block")
bad = 0
for cmd, want in cmds:
    argv = shlex.split(cmd)
    if argv[0] != "tenure":
        sys.exit("README session: not a tenure command: " + cmd)
    if argv[1:3] == ["ingest", "examples/*.txt"]:
        import glob
        argv = argv[:2] + sorted(glob.glob(root + "/examples/*.txt"))
    out = subprocess.run([tenure] + argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    got = [l.rstrip() for l in out.stdout.rstrip("\n").split("\n")]
    while want and want[-1].strip() == "":
        want.pop()
    want = [l.rstrip() for l in want]
    if got != want:
        bad += 1
        print("README session differs for: $ " + cmd)
        print("--- README\n" + "\n".join(want) + "\n--- run\n" + "\n".join(got))
sys.exit(1 if bad else 0)
PY
pass "the README's session is what the program prints"
