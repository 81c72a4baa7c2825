#!/usr/bin/env python3
"""Quality gate for the extractor: run tx_extract_cli over a gold set's
articles into a temporary directory, score with the project's copy of the
scorer (tests/fixtures/score_extraction.py) and fail below the floors.

usage: quality.py seeds CLI FIXTURES_DIR
       quality.py dev   CLI FIXTURES_DIR SOURCE_DIR
seeds: the five seed articles in FIXTURES_DIR, floors roles F1 >= 0.95,
       people F1 >= 0.95, every date right.
dev:   the development split (tests/fixtures/dev_gold.json) read from the
       corpus at $TENURE_CORPUS, SOURCE_DIR/../shared/corpus or
       /work/shared/corpus; exits 77 (ctest SKIP) when none exists.  Prints
       "dev roles F1=… people F1=…" and fails below the regression floors.
"""
import json, os, re, subprocess, sys, tempfile

FLOORS = {"seeds": (0.95, 0.95), "dev": (0.70, 0.90)}


def corpus_dir(source):
    for d in (os.environ.get("TENURE_CORPUS"),
              os.path.join(source, "..", "shared", "corpus"), "/work/shared/corpus"):
        if d and os.path.isdir(os.path.join(d, "politics")):
            return os.path.join(d, "politics")
    return None


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    mode, cli, fixtures = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "seeds":
        gold = os.path.join(fixtures, "seeds.json")
        textdir = fixtures
    else:
        gold = os.path.join(fixtures, "dev_gold.json")
        textdir = corpus_dir(sys.argv[4] if len(sys.argv) > 4 else ".")
        if not textdir:
            print("corpus not found: dev quality test skipped")
            return 77
    files = [a["file"] for a in json.load(open(gold, encoding="utf-8"))["articles"]]
    with tempfile.TemporaryDirectory() as out:
        paths = [os.path.join(textdir, f) for f in files]
        r = subprocess.run([cli, "--out", out, *paths])
        if r.returncode:
            print(f"tx_extract_cli failed ({r.returncode})")
            return 1
        s = subprocess.run([sys.executable, os.path.join(fixtures, "score_extraction.py"), gold,
                            out, "--verbose"], capture_output=True, text=True)
    print(s.stdout)
    m = re.search(r"roles F1=([0-9.]+) people F1=([0-9.]+) dates=(\d+)/(\d+)", s.stdout)
    if not m:
        print("no score line from the scorer")
        return 1
    rf, pf, dok, dn = float(m[1]), float(m[2]), int(m[3]), int(m[4])
    print(f"{mode} roles F1={rf:.3f} people F1={pf:.3f} dates={dok}/{dn}")
    fr, fp = FLOORS[mode]
    bad = rf < fr or pf < fp or (mode == "seeds" and dok < dn)
    if bad:
        print(f"{mode}: below the floors (roles >= {fr}, people >= {fp}"
              + (", all dates" if mode == "seeds" else "") + ")")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
