#!/usr/bin/env python3
"""Score the status check set of issue 9 (tests/fixtures/status_fresh.json).

usage: status_fresh.py CLI FIXTURES_DIR [SOURCE_DIR] [-v] [--set NAME] [--floor K]

NAME is the check set's file in FIXTURES_DIR without ".json": status_fresh
(default, session 6), status_fresh2 (session 7), status_fresh3 (session 8),
status_fresh4 (session 9), status_fresh5 (session 10), status_fresh6
(session 11), status_fresh7 (session 12), status_fresh8 (session 13), status_fresh9
(session 14), status_fresh10 (session 15), status_fresh11 (session 16) or
status_fresh12 (session 26),
each scored before any rule of its session.  A fact marked
"story_in_tuned" comes from a text whose story a tuned set holds in
another article; the non-current figure without them is printed too.  Reads the articles the set names from the corpus ($TENURE_CORPUS,
SOURCE_DIR/../shared/corpus or /work/shared/corpus; exits 77 when none is
found), runs tx_extract_cli on each whole article, matches each fact as
score_extraction.py does (same normalisation, the position or one of its
accepted labels) and prints

  fresh non-current status K/N (P %), current controls C/M, facts found F/T

K counts the non-current facts found with an allowed status over all of
them (a fact not found counts as wrong, as quality.py counts status).
-v lists the facts missed.  With --floor K it fails (exit 1) when fewer
than K non-current facts have an allowed status (a regression floor: the
figure of the last landed rules; ctest extract.status_fresh*).  The set holds ids and facts only, no text.
"""
import gzip, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from quality import corpus_dir  # noqa: E402  (one place finds the corpus)


def main():
    argv = sys.argv[1:]
    name = "status_fresh"
    if "--set" in argv:
        i = argv.index("--set")
        if i + 1 >= len(argv):
            print(__doc__)
            return 2
        name = argv[i + 1]
        del argv[i:i + 2]
    floor = None
    if "--floor" in argv:
        i = argv.index("--floor")
        if i + 1 >= len(argv):
            print(__doc__)
            return 2
        floor = int(argv[i + 1])
        del argv[i:i + 2]
    args = [a for a in argv if a != "-v"]
    verbose = "-v" in argv
    if len(args) < 2:
        print(__doc__)
        return 2
    cli, fixtures = args[0], args[1]
    corpus = corpus_dir(args[2] if len(args) > 2 else ".")
    if not corpus:
        print("corpus not found: status check set skipped")
        return 77
    sys.path.insert(0, fixtures)
    from score_extraction import norm
    facts = json.load(open(os.path.join(fixtures, name + ".json"), encoding="utf-8"))["facts"]
    texts, bulk = {}, {}
    for f in facts:
        src = f["source"]
        if src.startswith("bulk/"):
            _, fn, idx = src.split("/")
            bulk.setdefault(fn, set()).add(int(idx))
        else:
            texts[src] = open(os.path.join(corpus, src), encoding="utf-8").read()
    for fn, idxs in bulk.items():
        with gzip.open(os.path.join(corpus, "bulk", fn), "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i in idxs:
                    texts[f"bulk/{fn}/{i}"] = json.loads(line)["text"]
                if i >= max(idxs):
                    break
    with tempfile.TemporaryDirectory(prefix="tenure-status-") as tmp:
        paths = {}
        for k, t in texts.items():
            p = os.path.join(tmp, k.replace("/", "_") + ".txt")
            with open(p, "w", encoding="utf-8") as o:
                o.write(t)
            paths[k] = p
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        if subprocess.run([cli, "--out", out, *paths.values()]).returncode:
            print("tx_extract_cli failed")
            return 1
        res = {k: json.load(open(os.path.join(out, os.path.basename(p) + ".json"), encoding="utf-8"))
               for k, p in paths.items()}
    nc_ok = nc = cur_ok = cur = found = 0
    own_ok = own = 0  # non-current facts of texts whose story no tuned set holds
    for f in facts:
        want = f["status"]
        labels = {norm(f["position"])} | {norm(a) for a in f.get("accept", [])}
        got = None
        for r in res[f["source"]].get("roles", []):
            if r.get("person") and norm(r["person"]) == norm(f["person"]) and \
                    norm(r.get("position")) in labels:
                got = r.get("status") or "current"
                break
        ok = got in want
        if "current" in want:
            cur, cur_ok = cur + 1, cur_ok + ok
        else:
            nc, nc_ok = nc + 1, nc_ok + ok
            if not f.get("story_in_tuned"):
                own, own_ok = own + 1, own_ok + ok
        found += got is not None
        if verbose and not ok:
            print(f"miss {f['source']}#{f['sentence']} {f['person']} | {f['position']}: "
                  f"{got or 'not found'}, want {'/'.join(want)}")
    print(f"{name}: " if name != "status_fresh" else "", end="")
    print(f"fresh non-current status {nc_ok}/{nc} ({100 * nc_ok / nc:.0f} %), "
          f"current controls {cur_ok}/{cur}, facts found {found}/{len(facts)}")
    if own < nc:
        print(f"{name}: without the stories a tuned set holds: {own_ok}/{own}")
    if floor is not None and nc_ok < floor:
        print(f"{name}: below the floor ({nc_ok} < {floor} non-current statuses right)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
