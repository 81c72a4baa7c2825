#!/usr/bin/env python3
"""Selection of development gold batch 16 (session 26, issue 9): prints ids,
(bulk file, index), pool and counts only, never a corpus text.

usage: gold_batch16_select.py REPO CORPUS > order.txt

Split: lines of CORPUS/bulk/*.jsonl.gz whose 0-based index ends in 1 or 7
(the politics files of the 1/7 split are all in earlier gold files).
Left out: every id, politics file and (bulk file, index) named in a JSON
file under REPO/tests/fixtures other than dev_gold_batch4.json and
dev_gold_batch16.json (this selection's output), or in
/work/shared/gold/seeds.json; for dev_gold_batch4.json (held out, never
opened) each candidate's id and bulk file name are tested with
`grep -c -F` only; any text equal (sha256 of the bytes, or of the NFC
text with whitespace runs collapsed) to a .txt of the fixtures or seeds
or a politics file; texts outside 600..15,000 UTF-8 bytes.

Titled name: a role head of conf/lexicon/roles.tsv (case-insensitive,
whole words, longest first) ending within 40 characters before a family
name of conf/lexicon/surnames.tsv followed by a capitalised word; the name
run is the capitalised words from the family name on, single-spaced, at
most 5.

Pools (each walked in sha256(id + "s26") order, hex ascending; the first
N lines of each are the batch):
- status (N = 5, or all there are): a strict status cue (STATUS_CUE: "nguyên"/"cựu" or
  "quyền" before a role word, "bổ nhiệm", "được bầu", "thôi giữ chức",
  "miễn nhiệm", "nghỉ hưu", "cách chức", "giao quyền") in a line with a
  titled name that is political: batch 15's dense test below, or a
  politics word (POLITICS_WORDS).
- political (N = 10 minus the status lines kept: 4 of the 9 are not
  all-foreign, so 6): no strict cue, at least three distinct titled names
  of >= 3 words, one with a state or Party body between its head and the
  name (batch 15's test), at most 6,000 bytes.
- ordinary (N = 10): at least one titled name, neither of the above and
  none of the politics words, at most 6,000 bytes.
The 6,000-byte cap keeps a full careful reading of the batch within one
session; no strict-cue line of the split is dense by batch 15's test.
A line is skipped (by reading, listed in the docs) when all its titled
names are foreign persons or places.
"""
import glob, gzip, hashlib, json, os, re, subprocess, sys, unicodedata

REPO, CORPUS = sys.argv[1], sys.argv[2]
FIX = os.path.join(REPO, "tests", "fixtures")
B4 = os.path.join(FIX, "dev_gold_batch4.json")
LO, HI, SHORT = 600, 15000, 6000

BODY = (r"Bộ|Tỉnh [uủ]y|Thành [uủ]y|Huyện [uủ]y|Quận [uủ]y|Đảng [uủ]y|UBND|[UỦ]y ban nhân dân|HĐND|"
        r"Hội đồng nhân dân|Quốc hội|Chính phủ|Trung ương|TƯ|TW|T\.Ư|Mặt trận|MTTQ|Công an|Quân đội|"
        r"Quân [uủ]y")
ROLE_WORD = r"(Bí thư|Chủ tịch|Phó|Bộ trưởng|Thứ trưởng|Giám đốc|Tổng|Trưởng|Thủ tướng|Chánh|Viện trưởng|[UỦ]y viên)"
STATUS_CUE = re.compile(rf"\b(nguyên|cựu) {ROLE_WORD}|\b(bổ nhiệm|được bầu|thôi giữ chức|miễn nhiệm|nghỉ hưu|"
                        rf"cách chức|giao quyền)\b|\b[Qq]uyền {ROLE_WORD}")
POLITICS_WORDS = re.compile(r"Bộ Chính trị|Ban Bí thư|Trung ương Đảng|Quốc hội|Tỉnh [uủ]y|Thành [uủ]y|"
                            r"Huyện [uủ]y|Quận [uủ]y|HĐND|Hội đồng nhân dân|Tổng Bí thư|Chủ tịch nước|"
                            r"Đại hội Đảng|ĐBQH|đại biểu")
CAP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
WORD = rf"[{CAP}][^\s,.;:()\"“”'!?]*"


def tsv(name):
    rows = []
    for l in open(os.path.join(REPO, "conf", "lexicon", name), encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        rows.append(l.rstrip("\n").split("\t")[0])
    return rows[1:]  # header


heads = sorted(set(tsv("roles.tsv")), key=len, reverse=True)
surn = sorted(set(tsv("surnames.tsv")), key=len, reverse=True)
HEAD = re.compile(r"(?<!\w)(" + "|".join(re.escape(h) for h in heads) + r")(?!\w)", re.I)
NAME = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in surn) + rf")(?: {WORD}){{1,4}}")


def titled(text):
    """[(name run, text between head and name)]"""
    out = []
    for m in HEAD.finditer(text):
        win = text[m.end():m.end() + 40 + 40]
        n = NAME.search(win)
        if n and n.start() <= 40:
            out.append((n.group(0), win[:n.start()]))
    return out


def key(t):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t)).strip()


def sums(t):
    return {hashlib.sha256(t.encode()).hexdigest(), hashlib.sha256(key(t).encode()).hexdigest()}


# exclusions from the fixtures (batch 4 not opened)
ids, pfiles, bulk_at = set(), set(), set()
for path in sorted(glob.glob(os.path.join(FIX, "**", "*.json"), recursive=True)) + ["/work/shared/gold/seeds.json"]:
    if os.path.abspath(path) == os.path.abspath(B4) or os.path.basename(path) == "dev_gold_batch16.json":
        continue  # batch 4 is never opened; batch 16 is this selection's own output
    s = open(path, encoding="utf-8").read()
    ids |= set(re.findall(r"baomoi-\d+|unc-news_[a-z]+_\d+", s))
    pfiles |= set(re.findall(r"\b\d{5}\.txt", s))
    bulk_at |= {(f + ".jsonl.gz", int(i)) for f, i in re.findall(r"bulk-([a-z0-9-]+?)-(\d+)\.txt", s)}
    bulk_at |= {(f, int(i)) for f, i in re.findall(r"bulk/([a-z0-9-]+\.jsonl\.gz)/(\d+)", s)}
    bulk_at |= {(f, int(i)) for f, i in
                re.findall(r'"file": "([a-z0-9-]+\.jsonl\.gz)",\s*"index": (\d+)', s)}
same = set()
for p in glob.glob(os.path.join(FIX, "*.txt")) + glob.glob("/work/shared/seeds/*.txt"):
    same |= sums(open(p, encoding="utf-8").read())
pol_sum = {}
for p in sorted(glob.glob(os.path.join(CORPUS, "politics", "*.txt"))):
    for h in sums(open(p, encoding="utf-8").read()):
        pol_sum[h] = os.path.basename(p)


def in_b4(*strings):
    if not os.path.exists(B4):
        return False
    return any(int(subprocess.run(["grep", "-c", "-F", s, B4], capture_output=True, text=True).stdout or 0)
               for s in strings)


cnt = dict(split=0, named=0, same=0, size=0, b4=0, none=0, status=0, political=0, pol_word=0, ordinary=0)
pools = {"status": [], "political": [], "ordinary": []}
for fpath in sorted(glob.glob(os.path.join(CORPUS, "bulk", "*.jsonl.gz"))):
    fname = os.path.basename(fpath)
    with gzip.open(fpath, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 10 not in (1, 7):
                continue
            cnt["split"] += 1
            o = json.loads(line)
            t = o["text"]
            if o["id"] in ids or (fname, i) in bulk_at:
                cnt["named"] += 1
                continue
            h = sums(t)
            pol = next((pol_sum[x] for x in h if x in pol_sum), None)
            if h & same or pol:
                cnt["same"] += 1
                continue
            n = len(t.encode())
            if n < LO or n > HI:
                cnt["size"] += 1
                continue
            stem = fname[:-len(".jsonl.gz")]
            if in_b4(o["id"], f"bulk-{stem}-{i}.txt"):
                cnt["b4"] += 1
                continue
            tm = titled(t)
            if not tm:
                cnt["none"] += 1
                continue
            runs = [(r, between) for r, between in tm if len(r.split()) >= 3]
            names = {r for r, _ in runs}
            names = {r for r in names if not any(r.endswith(" " + o2) for o2 in names)}
            bodied = any(re.search(rf"(?<!\w)({BODY})(?!\w)", b, re.I) for _, b in runs)
            rank = hashlib.sha256((o["id"] + "s26").encode()).hexdigest()
            row = (rank, o["id"], fname, i, n)
            dense = len(names) >= 3 and bodied
            cue = bool(STATUS_CUE.search(t))
            if (dense or POLITICS_WORDS.search(t)) and cue:
                cnt["status"] += 1
                pools["status"].append(row)
            elif dense:
                cnt["political"] += 1
                if n <= SHORT:
                    pools["political"].append(row)
            elif POLITICS_WORDS.search(t):
                cnt["pol_word"] += 1
            else:
                cnt["ordinary"] += 1
                if n <= SHORT:
                    pools["ordinary"].append(row)
print("# counts", json.dumps(cnt))
for p, rows in pools.items():
    for r in sorted(rows):
        print(p, *r, sep="\t")
