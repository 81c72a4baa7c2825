#!/usr/bin/env python3
"""bench/truth --classify without a corpus: which sets it reads (the tuned
set, every fresh set but the newest, which is blind until the next lands,
never the held-out set, then the date sets of date_sets.tsv) and how one
answer is classed.  test_classify.py ROOT"""
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

root = sys.argv[1]
loader = importlib.machinery.SourceFileLoader("bench_truth", os.path.join(root, "bench", "truth"))
spec = importlib.util.spec_from_loader("bench_truth", loader)
T = importlib.util.module_from_spec(spec)
loader.exec_module(T)
bad = []


def check(what, got, want):
    if got != want:
        bad.append("%s: got %r, want %r" % (what, got, want))


with tempfile.TemporaryDirectory() as d:
    for n in ("fresh3", "fresh10", "fresh9", "holdout", "notes"):
        os.makedirs(os.path.join(d, n))
        for f in ("questions.tsv", "record.tsv") if n != "notes" else ("README",):
            open(os.path.join(d, n, f), "w").close()
    with open(os.path.join(d, "date_sets.tsv"), "w") as f:
        f.write("# comment\nd1\t2017-01-20, 2018-06-01\n")
    # fresh10 is the newest (numbers, not letters, order them): blind
    check("open sets", [(n, r, ds) for n, r, ds in T.open_sets(d)],
          [("tuned", "tuned", None), ("fresh3", "fresh3", None), ("fresh9", "fresh9", None),
           ("d1", "tuned", ["2017-01-20", "2018-06-01"])])

# the real tree: the held-out set never, the newest fresh set never
names = [n for n, _, _ in T.open_sets(os.path.join(root, "bench", "data"))]
fresh = sorted(int(n[5:]) for n in os.listdir(os.path.join(root, "bench", "data"))
               if n.startswith("fresh") and n[5:].isdigit())
check("holdout left out", "holdout" in names, False)
if fresh:
    check("newest fresh set left out", "fresh%d" % fresh[-1] in names, False)

A, B, C = "a", "b", "c"
inpost = {A}.__contains__
known = {A, B}.__contains__
check("clean", T.classify_answer({A}, {A}, inpost, known), "ok")
check("extra", T.classify_answer({A}, {A, C}, inpost, known), "extra")
check("inpost", T.classify_answer({A}, set(), inpost, known), "inpost")
check("elsewhere+extra", T.classify_answer({B}, {A}, inpost, known), "elsewhere+extra")
check("silence", T.classify_answer({C}, set(), inpost, known), "silence")
check("several", T.classify_answer({A, B, C}, {A}, lambda h: False, known), "elsewhere+silence")
check("far holders",
      [q for q in T.questions_at_dates([["P", "2017"], ["Q", "2017"]],
                                       {"P": [(A, T.day_range("2016-01-01"), T.day_range("2017-02-01"))],
                                        "Q": [(B, T.day_range("2016-01-01"), 10**9)]},
                                       ["2017-01-20", "2017-06-01"])],
      [["Q", "2017-01-20"], ["P", "2017-06-01"], ["Q", "2017-06-01"]])
# --reach --holdout prints the summary line alone: asking for answers is refused
# (before any corpus or store is needed)
import subprocess
for extra in (["-v"], ["--set", "fresh6"], ["--reach-tsv", os.devnull]):
    p = subprocess.run([sys.executable, os.path.join(root, "bench", "truth"), "--reach", "--holdout",
                        "--corpus", os.devnull] + extra, capture_output=True, text=True)
    check("--reach --holdout %s" % extra[0], (p.returncode, "summary line only" in p.stderr), (2, True))
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
