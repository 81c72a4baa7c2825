#!/usr/bin/env python3
"""Quality gate for the extractor: run tx_extract_cli over a gold set's
articles into a temporary directory, score with the project's copy of the
scorer (tests/fixtures/score_extraction.py) and fail below the floors.

usage: quality.py seeds   CLI FIXTURES_DIR
       quality.py dev     CLI FIXTURES_DIR SOURCE_DIR [--no-heldout]
       quality.py check   FIXTURES_DIR SOURCE_DIR
       quality.py classes CLI FIXTURES_DIR SOURCE_DIR GOLD_NAME
classes: the status classes of one gold file of FIXTURES_DIR (GOLD_NAME
       without ".json", e.g. dev_gold_batch4 or dev_gold): for every
       non-current gold fact (former, ended, appointed, acting), the gold
       status against what the extractor gave the fact matched as the
       scorer matches it ("ok", "got current", "got appointed" …, "role
       missed" when no system fact matches), counted over the whole file.
       Prints the file's totals line and the counts only, never an
       article, so it may be run on the held-out batch 4 (issue 9).
check: no extractor, no score: parses every gold file dev reads,
       checks each article's shape (file, date, people, roles with
       person and position, status in the known set) and that every bulk
       article's line holds the id the gold gives; prints one line per
       file with its article count (batch 4's count only), "check ok" at
       the end, or the first fault.  For a new batch before its first
       score (issue 9: it is scored once, untouched, by the lead).
seeds: the five seed articles in FIXTURES_DIR, floors roles F1 >= 0.95,
       people F1 >= 0.95, every date right.
dev:   the development gold read from the corpus at $TENURE_CORPUS,
       SOURCE_DIR/../shared/corpus or /work/shared/corpus; exits 77 (ctest
       SKIP) when none exists.  Two gold files:
       - tests/fixtures/dev_gold.json: 88 politics files;
       - tests/fixtures/dev_gold_batch3.json: politics files and bulk
         articles.  A bulk article has "bulk": {"file", "index", "id"}: line
         INDEX (0-based) of corpus/bulk/FILE; its text is written to a
         temporary directory under the gold's file name before extraction.
       - tests/fixtures/people_fresh.json, people_fresh2.json and
         people_fresh3.json (when present): fresh sets annotated for people
         only (issue 9, sessions 7, 8 and 14); their lines print people
         figures only (their roles are not annotated).
       - tests/fixtures/dev_gold_batch5.json (when present): a fresh
         development batch of session 9 (10 politics files, 20 bulk
         articles of ordinary news), scored untouched once, then tuned on
         like batch3 (same shape, same floors).
       - tests/fixtures/dev_gold_batch6.json (when present): the fresh
         development batch of session 10 (9 politics files, 21 bulk
         articles), scored untouched once, then tuned on like batch5.
       - tests/fixtures/dev_gold_batch7.json (when present): the fresh
         development batch of session 11 (10 politics files, 20 bulk
         articles of ordinary news); its lines are printed like batch6's,
         with no floor yet (it is scored untouched first, then tuned on).
       - tests/fixtures/dev_gold_batch8.json (when present): the fresh
         development batch of session 12 (3 politics files, the last of
         the 1/7 split, and 22 bulk articles); printed like batch7's, with
         no floor (scored untouched once, then open to tuning).
       - tests/fixtures/dev_gold_batch9.json (when present): the fresh
         development batch of session 13 (15 bulk articles only: the
         politics files of the 1/7 split are used up); printed like
         batch8's, with no floor (scored untouched once, then open to
         tuning).
       - tests/fixtures/dev_gold_batch10.json (when present): the fresh
         development batch of session 22 (20 bulk articles: 10 lines with
         a status cue and 10 without, "pool": "cue" / "rest"); printed
         like batch9's, with its two pools, and no floor (to be scored
         untouched once by the lead, then open to tuning).
       - tests/fixtures/dev_gold_batch11.json (when present): the fresh
         development batch of session 23 (15 bulk articles chosen for a
         strict status cue near a titled name, "pool": "strict"); printed
         like batch10's, with no floor, plus a "batch11-status" line: for
         each of its non-current gold facts, the gold status against what
         the extractor gave (as `classes` counts them).  To be scored
         untouched once by the lead, then open to tuning.
       - tests/fixtures/dev_gold_batch12.json (when present): the fresh
         development batch of session 24 (18 bulk articles, the last
         unannotated texts of the 1/7 split with a loose status cue near a
         role head, "pool": "loose"); printed like batch11's, with no
         floor, plus its "batch12-status" line.  To be scored untouched
         once by the lead, then open to tuning.
       - tests/fixtures/dev_gold_batch13.json (when present): the fresh
         development batch of session 24's gold2 helper (14 bulk articles
         with a status cue and a Vietnamese name in its clause, wider cue
         words than batch12's, "pool": "wide"); printed like batch12's,
         with no floor, plus its "batch13-status" line.  To be scored
         untouched once by the lead, then open to tuning.
       - tests/fixtures/dev_gold_batch14.json (when present): the fresh
         development batch of session 25 (20 bulk articles of ordinary
         news: the first lines with a titled Vietnamese person in a fixed
         hash order, "pool": "ordinary"); printed like batch13's, with no
         floor, plus its "batch14-status" line.  To be scored untouched
         once by the lead, then open to tuning.
       - tests/fixtures/dev_gold_batch15.json (when present): the fresh
        development batch of session 25's gold2 helper (16 bulk articles
        dense with titled Vietnamese persons, mostly political news: three
        distinct titled names, one with a state or Party body, in a fixed
        hash order, "pool": "political"); printed like batch13's, with no
        floor, plus its "batch15-status" line.  To be scored untouched
        once by the lead, then open to tuning.
       - tests/fixtures/dev_gold_batch16.json (when present): the fresh
         development batch of session 26 (20 bulk articles: 6 "political"
         dense with titled officials, 4 "status" political lines with a
         strict status cue, 10 "ordinary" news outside politics, in a
         fixed hash order); printed like batch15's, with no floor, plus
         its "batch16-status" line.  To be scored untouched once by the
         lead, then open to tuning.
      - tests/fixtures/dev_gold_batch4.json (when present): a fresh batch
         kept untouched for the held-out estimate: only its aggregate
         lines are printed, never the scorer's per-article report.
         With --no-heldout (anywhere after "dev") the batch is neither
         read, extracted nor printed: no "batch4…" line at all, every
         other line as without the flag.
       Prints one line per set (the old set, batch3, its politics and bulk
       halves, each of its delivered parts, batch5, batch6, batch7, batch8, batch9, batch10, batch11, batch12, batch13,
       batch14 and their halves or pools, the status classes of batch11,
       batch12, batch13 and batch14, batch4,
       its halves and its parts, all combined):
         dev roles P=… R=… F1=… people P=… R=… F1=… dates=N/M status=K/L
       where status counts the gold's non-current facts (former, ended,
       appointed, acting) found with the right status, over ALL such facts
       of the gold (not only the matched ones).  Fails below the
       regression floors (roles F1 >= 0.70, people F1 >= 0.90) of the old
       set and of batch3.
"""
import gzip, json, os, re, subprocess, sys, tempfile

FLOORS = {"seeds": (0.95, 0.95), "dev": (0.70, 0.90), "batch3": (0.70, 0.90), "batch5": (0.70, 0.90),
          "batch6": (0.70, 0.90)}
NONCURRENT = {"former", "ended", "appointed", "acting"}


def corpus_dir(source):
    for d in (os.environ.get("TENURE_CORPUS"),
              os.path.join(source, "..", "shared", "corpus"), "/work/shared/corpus"):
        if d and os.path.isdir(os.path.join(d, "politics")):
            return d
    return None


def bulk_texts(corpus, articles, outdir):
    """Write the text of each bulk article of the gold to outdir/<file>."""
    want = {}
    for a in articles:
        b = a.get("bulk")
        if b:
            want.setdefault(b["file"], {})[b["index"]] = a
    for fname, by_index in want.items():
        last = max(by_index)
        with gzip.open(os.path.join(corpus, "bulk", fname), "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i in by_index:
                    a = by_index[i]
                    obj = json.loads(line)
                    if obj.get("id") != a["bulk"]["id"]:
                        raise SystemExit(f"{a['file']}: line {i} of {fname} is {obj.get('id')}, "
                                         f"gold says {a['bulk']['id']}")
                    with open(os.path.join(outdir, a["file"]), "w", encoding="utf-8") as o:
                        o.write(obj["text"])
                if i >= last:
                    break
        missing = [a["file"] for i, a in by_index.items() if not os.path.exists(os.path.join(outdir, a["file"]))]
        if missing:
            raise SystemExit(f"{fname}: lines not found for {missing}")


def score(fixtures, gold_obj, outdir, tmp, name, verbose):
    """Score one gold object; returns the figures as a dict and prints the
    scorer's report when verbose."""
    path = os.path.join(tmp, f"gold-{name}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold_obj, f, ensure_ascii=False)
    # the scorer pairs system facts from a set: a fixed hash seed makes the
    # status count repeatable from run to run
    env = dict(os.environ, PYTHONHASHSEED="0")
    s = subprocess.run([sys.executable, os.path.join(fixtures, "score_extraction.py"), path,
                        outdir, "--verbose"], capture_output=True, text=True, env=env)
    if verbose:
        print(s.stdout)
    m = re.search(r"TOTAL roles P=([0-9.]+) R=([0-9.]+) .*people P=([0-9.]+) R=([0-9.]+)", s.stdout)
    n = re.search(r"roles F1=([0-9.]+) people F1=([0-9.]+) dates=(\d+)/(\d+) status=(\d+)/(\d+)",
                  s.stdout)
    if not m or not n:
        # the per-article report only for the sets that may show it
        print(s.stdout if verbose else "(report withheld)", s.stderr)
        raise SystemExit(f"{name}: no score line from the scorer")
    total_nc = sum(1 for a in gold_obj["articles"] for r in a["roles"]
                   if r.get("status", "current") in NONCURRENT)
    return {"rp": float(m[1]), "rr": float(m[2]), "rf": float(n[1]),
            "pp": float(m[3]), "pr": float(m[4]), "pf": float(n[2]),
            "dok": int(n[3]), "dn": int(n[4]), "sok": int(n[5]), "sn": total_nc}


def line(name, r):
    pct = f" ({100.0 * r['sok'] / r['sn']:.0f} %)" if r["sn"] else ""
    return (f"{name} roles P={r['rp']:.3f} R={r['rr']:.3f} F1={r['rf']:.3f} "
            f"people P={r['pp']:.3f} R={r['pr']:.3f} F1={r['pf']:.3f} "
            f"dates={r['dok']}/{r['dn']} status={r['sok']}/{r['sn']}{pct}")


def seeds(cli, fixtures):
    gold = json.load(open(os.path.join(fixtures, "seeds.json"), encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="tenure-quality-") as tmp:
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        paths = [os.path.join(fixtures, a["file"]) for a in gold["articles"]]
        if subprocess.run([cli, "--out", out, *paths]).returncode:
            print("tx_extract_cli failed")
            return 1
        r = score(fixtures, gold, out, tmp, "seeds", True)
    print(line("seeds", r))
    fr, fp = FLOORS["seeds"]
    if r["rf"] < fr or r["pf"] < fp or r["dok"] < r["dn"]:
        print(f"seeds: below the floors (roles >= {fr}, people >= {fp}, all dates)")
        return 1
    return 0


def dev(cli, fixtures, source, heldout=True):
    corpus = corpus_dir(source)
    if not corpus:
        print("corpus not found: dev quality test skipped")
        return 77
    old = json.load(open(os.path.join(fixtures, "dev_gold.json"), encoding="utf-8"))
    b3 = json.load(open(os.path.join(fixtures, "dev_gold_batch3.json"), encoding="utf-8"))
    b5_path = os.path.join(fixtures, "dev_gold_batch5.json")
    b5 = json.load(open(b5_path, encoding="utf-8")) if os.path.exists(b5_path) else {"articles": []}
    b6_path = os.path.join(fixtures, "dev_gold_batch6.json")
    b6 = json.load(open(b6_path, encoding="utf-8")) if os.path.exists(b6_path) else {"articles": []}
    b7_path = os.path.join(fixtures, "dev_gold_batch7.json")
    b7 = json.load(open(b7_path, encoding="utf-8")) if os.path.exists(b7_path) else {"articles": []}
    b8_path = os.path.join(fixtures, "dev_gold_batch8.json")
    b8 = json.load(open(b8_path, encoding="utf-8")) if os.path.exists(b8_path) else {"articles": []}
    b9_path = os.path.join(fixtures, "dev_gold_batch9.json")
    b9 = json.load(open(b9_path, encoding="utf-8")) if os.path.exists(b9_path) else {"articles": []}
    b10_path = os.path.join(fixtures, "dev_gold_batch10.json")
    b10 = json.load(open(b10_path, encoding="utf-8")) if os.path.exists(b10_path) else {"articles": []}
    b11_path = os.path.join(fixtures, "dev_gold_batch11.json")
    b11 = json.load(open(b11_path, encoding="utf-8")) if os.path.exists(b11_path) else {"articles": []}
    b12_path = os.path.join(fixtures, "dev_gold_batch12.json")
    b12 = json.load(open(b12_path, encoding="utf-8")) if os.path.exists(b12_path) else {"articles": []}
    b13_path = os.path.join(fixtures, "dev_gold_batch13.json")
    b13 = json.load(open(b13_path, encoding="utf-8")) if os.path.exists(b13_path) else {"articles": []}
    b14_path = os.path.join(fixtures, "dev_gold_batch14.json")
    b14 = json.load(open(b14_path, encoding="utf-8")) if os.path.exists(b14_path) else {"articles": []}
    b15_path = os.path.join(fixtures, "dev_gold_batch15.json")
    b15 = json.load(open(b15_path, encoding="utf-8")) if os.path.exists(b15_path) else {"articles": []}
    b16_path = os.path.join(fixtures, "dev_gold_batch16.json")
    b16 = json.load(open(b16_path, encoding="utf-8")) if os.path.exists(b16_path) else {"articles": []}
    b4_path = os.path.join(fixtures, "dev_gold_batch4.json")
    b4 = json.load(open(b4_path, encoding="utf-8")) if heldout and os.path.exists(b4_path) else {"articles": []}
    # people-only fresh sets (issue 9): (line name, gold object)
    pfs = []
    for pname, pfile in (("people-fresh", "people_fresh.json"), ("people-fresh2", "people_fresh2.json"),
                         ("people-fresh3", "people_fresh3.json")):
        pf_path = os.path.join(fixtures, pfile)
        if os.path.exists(pf_path):
            pfs.append((pname, json.load(open(pf_path, encoding="utf-8"))))
    pf_articles = [a for _, g in pfs for a in g["articles"]]
    with tempfile.TemporaryDirectory(prefix="tenure-quality-") as tmp:
        texts, out = os.path.join(tmp, "texts"), os.path.join(tmp, "out")
        os.mkdir(texts)
        os.mkdir(out)
        bulk_texts(corpus, b3["articles"] + b5["articles"] + b6["articles"] + b7["articles"] + b8["articles"]
                   + b9["articles"] + b10["articles"] + b11["articles"] + b12["articles"] + b13["articles"]
                   + b14["articles"] + b15["articles"] + b16["articles"] + b4["articles"] + pf_articles, texts)
        paths = []
        for a in (old["articles"] + b3["articles"] + b5["articles"] + b6["articles"] + b7["articles"]
                  + b8["articles"] + b9["articles"] + b10["articles"] + b11["articles"] + b12["articles"]
                  + b13["articles"] + b14["articles"] + b15["articles"] + b16["articles"] + b4["articles"]
                  + pf_articles):
            if a.get("bulk"):
                paths.append(os.path.join(texts, a["file"]))
            else:
                paths.append(os.path.join(corpus, "politics", a["file"]))
        if subprocess.run([cli, "--out", out, *paths]).returncode:
            print("tx_extract_cli failed")
            return 1
        pol = [a for a in b3["articles"] if not a.get("bulk")]
        blk = [a for a in b3["articles"] if a.get("bulk")]
        sets = [("dev", old, True), ("batch3", b3, True),
                ("batch3-politics", {"articles": pol}, False),
                ("batch3-bulk", {"articles": blk}, False)]
        # each delivery of batch 3 was scored untouched before it landed
        for part in sorted({a["part"] for a in b3["articles"] if "part" in a}):
            sets.append((f"batch3-part{part}",
                         {"articles": [a for a in b3["articles"] if a.get("part") == part]}, False))
        if b5["articles"]:  # a development batch: its report may be shown
            sets += [("batch5", b5, True),
                     ("batch5-politics", {"articles": [a for a in b5["articles"] if not a.get("bulk")]}, False),
                     ("batch5-bulk", {"articles": [a for a in b5["articles"] if a.get("bulk")]}, False)]
        if b6["articles"]:  # a development batch too: its report may be shown
            sets += [("batch6", b6, True),
                     ("batch6-politics", {"articles": [a for a in b6["articles"] if not a.get("bulk")]}, False),
                     ("batch6-bulk", {"articles": [a for a in b6["articles"] if a.get("bulk")]}, False)]
        if b7["articles"]:  # the fresh batch of session 11: no floor until its first score is known
            sets += [("batch7", b7, True),
                     ("batch7-politics", {"articles": [a for a in b7["articles"] if not a.get("bulk")]}, False),
                     ("batch7-bulk", {"articles": [a for a in b7["articles"] if a.get("bulk")]}, False)]
        if b8["articles"]:  # the fresh batch of session 12: no floor until its first score is known
            sets += [("batch8", b8, True),
                     ("batch8-politics", {"articles": [a for a in b8["articles"] if not a.get("bulk")]}, False),
                     ("batch8-bulk", {"articles": [a for a in b8["articles"] if a.get("bulk")]}, False)]
        if b9["articles"]:  # the fresh batch of session 13 (bulk only): no floor until its first score is known
            sets += [("batch9", b9, True)]
        if b10["articles"]:  # the fresh batch of session 22 (bulk only): no floor until its first score is known
            sets += [("batch10", b10, True),
                     ("batch10-cue", {"articles": [a for a in b10["articles"] if a.get("pool") == "cue"]}, False),
                     ("batch10-rest", {"articles": [a for a in b10["articles"] if a.get("pool") == "rest"]}, False)]
        if b11["articles"]:  # the fresh batch of session 23 (status cues): no floor until its first score is known
            sets += [("batch11", b11, True)]
        if b12["articles"]:  # the fresh batch of session 24 (loose status cues): no floor until its first score is known
            sets += [("batch12", b12, True)]
        if b13["articles"]:  # the gold2 helper's fresh batch of session 24 (wider cues): no floor until first scored
            sets += [("batch13", b13, True)]
        if b14["articles"]:  # the fresh batch of session 25 (ordinary news): no floor until first scored
            sets += [("batch14", b14, True)]
        if b15["articles"]:  # the gold2 helper's fresh batch of session 25 (titled persons): no floor until first scored
            sets += [("batch15", b15, True)]
        if b16["articles"]:  # the fresh batch of session 26 (political, status, ordinary): no floor until first scored
            sets += [("batch16", b16, True)]
        if b4["articles"]:  # aggregate lines only: nobody tunes on it
            sets += [("batch4", b4, False),
                     ("batch4-politics", {"articles": [a for a in b4["articles"] if not a.get("bulk")]}, False),
                     ("batch4-bulk", {"articles": [a for a in b4["articles"] if a.get("bulk")]}, False)]
            for part in sorted({a["part"] for a in b4["articles"] if "part" in a}):
                sets.append((f"batch4-part{part}",
                             {"articles": [a for a in b4["articles"] if a.get("part") == part]}, False))
        sets.append(("combined", {"articles": old["articles"] + b3["articles"]}, False))
        for pname, pf in pfs:  # people only: their roles are not annotated
            sets.append((pname, pf, False))
        res = {name: score(fixtures, g, out, tmp, name, verbose) for name, g, verbose in sets}
        # status classes of the status batches: (line name, Counter)
        st_cls = []
        for sname, sg in (("batch11-status", b11), ("batch12-status", b12), ("batch13-status", b13),
                           ("batch14-status", b14)):
            if sg["articles"]:
                sys.path.insert(0, fixtures)
                from score_extraction import norm
                st_cls.append((sname, status_classes(sg, out, norm)))
        if b15["articles"]:
            sys.path.insert(0, fixtures)
            from score_extraction import norm
            st_cls.append(("batch15-status", status_classes(b15, out, norm)))
        if b16["articles"]:
            sys.path.insert(0, fixtures)
            from score_extraction import norm
            st_cls.append(("batch16-status", status_classes(b16, out, norm)))
    bad = False
    for name, g, _ in sets:
        if g.get("people_only"):
            r = res[name]
            print(f"{name} people P={r['pp']:.3f} R={r['pr']:.3f} F1={r['pf']:.3f} (people only)")
        else:
            print(line(name, res[name]))
    for sname, cls in st_cls:
        print(sname + " " + (", ".join(f"{want} -> {got}: {n}" for (want, got), n
                                       in sorted(cls.items(), key=lambda kv: (-kv[1], kv[0])))
                             or "no non-current gold fact"))
    for name in ("dev", "batch3", "batch5", "batch6"):
        if name not in res:
            continue
        fr, fp = FLOORS[name]
        if res[name]["rf"] < fr or res[name]["pf"] < fp:
            print(f"{name}: below the floors (roles >= {fr}, people >= {fp})")
            bad = True
    return 1 if bad else 0


def status_classes(gold, outdir, norm):
    """Counter of (gold status, outcome) over the non-current facts of a
    gold object, each matched to the system's facts as score_extraction.py
    matches them (one system fact per gold fact, in gold order)."""
    import collections
    cls = collections.Counter()
    for art in gold["articles"]:
        try:
            out = json.load(open(os.path.join(outdir, art["file"] + ".json"), encoding="utf-8"))
        except (OSError, ValueError):
            out = {"roles": []}
        status_of = {}
        for r in out.get("roles", []):
            if r.get("person") and r.get("position"):
                status_of.setdefault((norm(r["person"]), norm(r["position"])), r.get("status") or "current")
        matched = set()
        for g in art["roles"]:
            person = norm(g["person"])
            labels = {norm(g["position"])} | {norm(a) for a in g.get("accept", [])}
            hit = next((k for k in sorted(status_of) if k[0] == person and k[1] in labels
                        and k not in matched), None)
            if hit:
                matched.add(hit)
            want = g.get("status", "current")
            if want not in NONCURRENT:
                continue
            if not hit:
                cls[(want, "role missed")] += 1
            elif status_of[hit] == want or {status_of[hit], want} <= {"appointed", "elected"}:
                cls[(want, "ok")] += 1
            else:
                cls[(want, "got " + status_of[hit])] += 1
    return cls


def classes(cli, fixtures, source, name):
    corpus = corpus_dir(source)
    if not corpus:
        print("corpus not found: status classes skipped")
        return 77
    sys.path.insert(0, fixtures)
    from score_extraction import norm
    gold = json.load(open(os.path.join(fixtures, name + ".json"), encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="tenure-classes-") as tmp:
        texts, out = os.path.join(tmp, "texts"), os.path.join(tmp, "out")
        os.mkdir(texts)
        os.mkdir(out)
        bulk_texts(corpus, gold["articles"], texts)
        paths = [os.path.join(texts, a["file"]) if a.get("bulk") else os.path.join(corpus, "politics", a["file"])
                 for a in gold["articles"]]
        if subprocess.run([cli, "--out", out, *paths]).returncode:
            print("tx_extract_cli failed")
            return 1
        r = score(fixtures, gold, out, tmp, name, False)
        cls = status_classes(gold, out, norm)
    print(line(name, r))
    for (want, got), n in sorted(cls.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {want} -> {got}: {n}")
    return 0


GOLD_FILES = ["dev_gold.json", "dev_gold_batch3.json"] + [f"dev_gold_batch{n}.json" for n in range(5, 17)] \
    + ["dev_gold_batch4.json", "people_fresh.json", "people_fresh2.json", "people_fresh3.json"]
STATUSES = {"current", "former", "ended", "appointed", "acting"}


def check(fixtures, source):
    """Parse and shape-check every gold file dev reads, without the
    extractor or the scorer; batch 4 shows its count only."""
    corpus = corpus_dir(source)
    if not corpus:
        print("corpus not found: check skipped")
        return 77
    with tempfile.TemporaryDirectory(prefix="tenure-check-") as tmp:
        for name in GOLD_FILES:
            path = os.path.join(fixtures, name)
            if not os.path.exists(path):
                continue
            held = name == "dev_gold_batch4.json"
            try:
                gold = json.load(open(path, encoding="utf-8"))
                arts = gold["articles"]
                for a in arts:
                    for key, kind in (("file", str), ("people", list)):
                        if not isinstance(a.get(key), kind):
                            raise ValueError(f"an article without {key}")
                    if not gold.get("people_only"):
                        if "date" not in a or not isinstance(a.get("roles"), list):
                            raise ValueError("an article without date or roles")
                        for r in a["roles"] + a.get("roles_optional", []):
                            if not r.get("person") or not r.get("position") \
                                    or r.get("status", "current") not in STATUSES:
                                raise ValueError("a role without person/position or with an unknown status")
                    if not a.get("bulk") and not os.path.exists(os.path.join(corpus, "politics", a["file"])):
                        raise ValueError("a politics file missing from the corpus")
                if len({a["file"] for a in arts}) != len(arts):
                    raise ValueError("a file named twice")
                bulk_texts(corpus, arts, tmp)  # raises on an id that is not on its line
            except (ValueError, KeyError, TypeError, SystemExit) as e:
                print(f"{name}: " + ("fault (held out: not shown)" if held else str(e)))
                return 1
            print(f"{name}: {len(arts)} articles" + (" (held out)" if held else ""))
    print("check ok")
    return 0


def main():
    heldout = "--no-heldout" not in sys.argv[2:]
    sys.argv[2:] = [a for a in sys.argv[2:] if a != "--no-heldout"]
    if len(sys.argv) >= 6 and sys.argv[1] == "classes":
        return classes(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    if len(sys.argv) >= 3 and sys.argv[1] == "check":
        return check(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else ".")
    if len(sys.argv) < 4 or sys.argv[1] not in ("seeds", "dev"):
        print(__doc__)
        return 2
    mode, cli, fixtures = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "seeds":
        return seeds(cli, fixtures)
    return dev(cli, fixtures, sys.argv[4] if len(sys.argv) > 4 else ".", heldout)


if __name__ == "__main__":
    sys.exit(main())
