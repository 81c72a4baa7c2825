#!/usr/bin/env python3
"""Checks the public-record sets that bench/truth asks (bench/data/: the
tuned set and every fresh set NAME/{questions,record}.tsv) before anyone
spends a whole-corpus run on them:

  - every line has the fields bench/truth reads (question: post, date;
    record: post, holder, start[, end]) and every date parses with
    bench/truth's own day_range (YYYY, YYYY-MM or YYYY-MM-DD);
  - a tenure does not end before it starts;
  - every question asks a post that its record lists, at a date that at
    least one listed holder covers (a question nobody held is a typo in
    the post or the date, not a question);
  - no post is asked twice at one date;
  - a fresh set asks no post of the tuned set (truth_questions.tsv), none
    of another fresh set and none of the held-out set: a fresh set measures
    rules on posts they were not tuned on (docs/REGISTRY.md, "Measuring
    truth").  Posts are compared as the registry identifies them, not as
    spelled: diacritic- and case-free, with the spellings the registry
    treats as one post made one ("Chủ tịch Ủy ban nhân dân tỉnh X" =
    "Chủ tịch UBND tỉnh X" = "Chủ tịch tỉnh X", "Bí thư Tỉnh ủy X" =
    "Bí thư tỉnh X", "Chủ tịch HĐTV/HĐQT X" = "Chủ tịch X"; see post_key).

Of the held-out set (bench/data/holdout/) only the post column of its
questions is read, and only a post that a fresh set also asks is ever
printed: its dates, its record and its other posts stay unseen.  Needs no
corpus.  Exit 0 when every set is consistent, 1 with one
line per problem otherwise.

  check_truth_sets.py ROOT [DATA] [--expect N]

ROOT is the source tree (bench/truth is loaded from it), DATA the data
directory (default ROOT/bench/data).  --expect N exits 0 only when exactly
N problems are found (the test of this checker runs it on
tests/benchdata/bad/, a tree with one problem of each kind).
"""
import importlib.machinery
import importlib.util
import os
import re
import sys


def load_truth(root):
    path = os.path.join(root, "bench", "truth")
    loader = importlib.machinery.SourceFileLoader("bench_truth", path)
    spec = importlib.util.spec_from_loader("bench_truth", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def post_key(truth, post):
    """The post as the registry identifies it, for the disjointness checks:
    bench/truth's fold (diacritic- and case-free), the long body names
    shortened as the lexicon abbreviates them, and the spellings that
    daemon/extract's canonical key merges ("Chủ tịch tỉnh X" = "Chủ tịch
    UBND tỉnh X", "Bí thư tỉnh X" = "Bí thư Tỉnh ủy X", a company's
    "Chủ tịch HĐTV/HĐQT X" = "Chủ tịch X") made one."""
    s = truth.fold(post).replace(".", " ")
    for long, short in (("uy ban nhan dan", "ubnd"), ("hoi dong nhan dan", "hdnd"),
                        ("hoi dong thanh vien", "hdtv"), ("hoi dong quan tri", "hdqt"),
                        ("thanh pho", "tp")):
        s = s.replace(long, short)
    s = s.replace("tp ho chi minh", "tp hcm")
    s = re.sub(r"\bchu tich ubnd (tinh|tp) ", r"chu tich \1 ", s)
    s = re.sub(r"\bbi thu (tinh|thanh) uy ", r"bi thu \1 ", s)
    s = re.sub(r"\bchu tich (hdtv|hdqt) ", "chu tich ", s)
    return " ".join(s.split())


def shared(truth, a, b):
    """Pairs (post of a, post of b) that are one post under post_key."""
    kb = {}
    for post in b:
        kb.setdefault(post_key(truth, post), post)
    return sorted((post, kb[post_key(truth, post)]) for post in a
                  if post_key(truth, post) in kb)


def check_set(truth, name, qpath, rpath, problems):
    """Checks one set; returns the posts it asks."""
    def bad(path, msg):
        problems.append("%s: %s" % (os.path.relpath(path), msg))

    tenures = {}
    for i, r in enumerate(truth.read_tsv(rpath), 1):
        if len(r) not in (3, 4) or not r[0].strip() or not r[1].strip():
            bad(rpath, "record line %d: want post, holder, start[, end]: %r" % (i, r))
            continue
        try:
            s = truth.day_range(r[2])
            e = truth.day_range(r[3], True) if len(r) == 4 and r[3] else 10**9
        except (ValueError, TypeError) as ex:
            bad(rpath, "record line %d (%s, %s): bad date: %s" % (i, r[0], r[1], ex))
            continue
        if e < s:
            bad(rpath, "record line %d (%s, %s): ends %s before it starts %s" %
                (i, r[0], r[1], r[3], r[2]))
        tenures.setdefault(r[0], []).append((r[1], s, e))
    asked = set()
    seen = set()
    for i, q in enumerate(truth.read_tsv(qpath), 1):
        if len(q) != 2 or not q[0].strip():
            bad(qpath, "question line %d: want post, date: %r" % (i, q))
            continue
        post, date = q
        if (post, date) in seen:
            bad(qpath, "question line %d: %s @ %s asked twice" % (i, post, date))
        seen.add((post, date))
        asked.add(post)
        try:
            lo, hi = truth.day_range(date), truth.day_range(date, True)
        except (ValueError, TypeError) as ex:
            bad(qpath, "question line %d (%s): bad date %r: %s" % (i, post, date, ex))
            continue
        if post not in tenures:
            bad(qpath, "question line %d: no record lists the post %r" % (i, post))
        elif not any(s <= hi and e >= lo for _, s, e in tenures[post]):
            bad(qpath, "question line %d: nobody in the record holds %r at %s" % (i, post, date))
    return asked


def main():
    args = sys.argv[1:]
    expect = None
    if "--expect" in args:
        i = args.index("--expect")
        try:
            expect = int(args[i + 1])
        except (IndexError, ValueError):
            print("check_truth_sets.py: --expect needs a number", file=sys.stderr)
            return 2
        del args[i:i + 2]
    if len(args) not in (1, 2):
        print("usage: check_truth_sets.py ROOT [DATA] [--expect N]", file=sys.stderr)
        return 2
    root = args[0]
    truth = load_truth(root)
    data = args[1] if len(args) == 2 else os.path.join(root, "bench", "data")
    problems = []
    tuned = check_set(truth, "tuned", os.path.join(data, "truth_questions.tsv"),
                      os.path.join(data, "public_record.tsv"), problems)
    fresh = {}
    for name in sorted(os.listdir(data)):
        d = os.path.join(data, name)
        if name == "holdout" or not os.path.isdir(d):
            continue
        q, r = os.path.join(d, "questions.tsv"), os.path.join(d, "record.tsv")
        if not (os.path.exists(q) and os.path.exists(r)):
            continue
        fresh[name] = check_set(truth, name, q, r, problems)
    names = sorted(fresh)
    held = set()
    hq = os.path.join(data, "holdout", "questions.tsv")
    if os.path.exists(hq):
        held = {q[0] for q in truth.read_tsv(hq) if q}
    for i, a in enumerate(names):
        for post, other in shared(truth, fresh[a], tuned):
            problems.append("%s/%s: asks %r, a post of the tuned set (%r)" %
                            (data, a, post, other))
        # of the held-out set only the fresh set's own spelling is printed
        for post, _ in shared(truth, fresh[a], held):
            problems.append("%s/%s: asks %r, a post of the held-out set" % (data, a, post))
        for b in names[i + 1:]:
            for post, other in shared(truth, fresh[a], fresh[b]):
                problems.append("%s/%s and %s both ask %r (%r)" % (data, a, b, post, other))
    for p in problems:
        print(p)
    print("truth sets: tuned + %d fresh (%s): %d problem(s)" %
          (len(names), ", ".join(names), len(problems)))
    if expect is not None:
        return 0 if len(problems) == expect else 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
