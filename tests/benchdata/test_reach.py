#!/usr/bin/env python3
"""bench/truth --reach without the corpus: the fold, a post label's key
words, sentence splitting and matching, the one-pass scan and the corpus
reader, on made-up text in the corpus's style.  test_reach.py ROOT"""
import gzip
import importlib.machinery
import importlib.util
import json
import os
import sys
import tempfile
import unicodedata
import unittest

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
loader = importlib.machinery.SourceFileLoader("bench_truth", os.path.join(ROOT, "bench", "truth"))
spec = importlib.util.spec_from_loader("bench_truth", loader)
T = importlib.util.module_from_spec(spec)
loader.exec_module(T)
LEX = T.ReachLexicon(os.path.join(ROOT, "conf", "lexicon"))


def keys(label):
    title, groups = T.post_keys(label, LEX)
    return title, [sorted(" ".join(a) for a in g) for g in groups]


def has_post(sentence, label):
    return T.sentence_has_post(LEX.expand(T.fold_case(sentence)), T.post_keys(label, LEX))


class Fold(unittest.TestCase):
    def test_marks_case_and_d(self):
        self.assertEqual(T.reach_fold("Bí thư Tỉnh ủy Đắk Lắk"), "bi thu tinh uy dak lak")
        # decomposed marks (NFD input) and the old "Uỷ" fold the same
        self.assertEqual(T.reach_fold(unicodedata.normalize("NFD", "Uỷ ban Nhân dân")),
                         T.reach_fold("Ủy ban nhân dân"))
        self.assertEqual(T.fold_case("Ông Đặng  Văn\u00a0Hải"), "Ong Dang Van Hai")

    def test_ascii_only(self):
        s = T.fold_case("“Chủ tịch” – 主席 … ok")
        self.assertTrue(s.isascii())
        self.assertEqual(s, '"Chu tich" - ... ok')


class Keys(unittest.TestCase):
    def test_province(self):
        # "tỉnh" is generic, "Tỉnh ủy" and "Hà Tĩnh" are not
        self.assertEqual(keys("Chủ tịch UBND tỉnh Hà Tĩnh"),
                         ("chu tich", [["ubnd", "uy ban nhan dan"], ["ha"], ["tinh"]]))
        self.assertEqual(keys("Bí thư Tỉnh ủy Bến Tre"),
                         ("bi thu", [["tinh uy"], ["ben"], ["tre"]]))

    def test_generic_words(self):
        # "Bộ", "Tập đoàn", "Việt Nam", "Chính phủ", the board are dropped;
        # "Tài" is not "tại"
        self.assertEqual(keys("Bộ trưởng Bộ Tài chính"), ("bo truong", [["tai chinh"]]))
        self.assertEqual(keys("Tổng Giám đốc Tập đoàn Dệt may Việt Nam"),
                         ("tong giam doc", [["det may"]]))
        self.assertEqual(keys("Thủ tướng Chính phủ"), ("thu tuong", []))
        self.assertEqual(keys("Chủ tịch HĐQT Hòa Phát"), ("chu tich", [["hoa"], ["phat"]]))
        # "Quốc hội" alone is the body; beside a committee it is generic
        self.assertEqual(keys("Chủ tịch Quốc hội"), ("chu tich", [["quoc hoi"]]))
        self.assertEqual(keys("Chủ nhiệm Ủy ban Kinh tế của Quốc hội"),
                         ("chu nhiem", [["uy ban"], ["kinh te"]]))

    def test_phrases(self):
        # a capital opens a phrase, lower-case words carry it on; an
        # abbreviation's expansion is its phrases, all needed
        self.assertEqual(keys("Trưởng Ban Dân nguyện"), ("truong", [["ban"], ["dan nguyen"]]))
        self.assertEqual(keys("Giám đốc Sở TN&MT Hà Nội"),
                         ("giam doc", [["tai nguyen moi truong", "tn mt"], ["so"], ["ha"], ["noi"]]))

    def test_title(self):
        self.assertEqual(keys("Phó Chủ tịch Thường trực UBND TP.HCM")[0],
                         "pho chu tich thuong truc")
        self.assertEqual(keys("Chủ tịch nước"), ("chu tich nuoc", []))
        self.assertEqual(keys("Đại sứ Việt Nam tại Nhật Bản"), ("dai su", [["nhat"], ["ban"]]))


class Sentences(unittest.TestCase):
    def test_split(self):
        text = T.fold_case("Sáng 3/5, PGS.TS. Lê Văn Ba đến TP. Hồ Chí Minh. Ông Ba nói.\n"
                           "Dòng hai")
        spans = T.sentences_at(text, [text.index("Le Van Ba"), text.index("Ong Ba"),
                                      text.index("Dong")])
        got = [text[a:b].strip() for a, b in spans]
        self.assertEqual(got, ["Sang 3/5, PGS.TS. Le Van Ba den TP. Ho Chi Minh.", "Ong Ba noi.",
                               "Dong hai"])

    def test_post_in_sentence(self):
        label = "Chủ tịch UBND tỉnh Bến Tre"
        self.assertTrue(has_post("Ông Trần Văn Bảy, Chủ tịch UBND tỉnh Bến Tre, cho biết.", label))
        self.assertTrue(has_post("Chủ tịch Ủy ban nhân dân tỉnh Bến Tre Trần Văn Bảy", label))
        self.assertFalse(has_post("Phó Chủ tịch UBND tỉnh Bến Tre Trần Văn Bảy", label))
        self.assertFalse(has_post("Chủ tịch HĐND tỉnh Bến Tre Trần Văn Bảy", label))
        self.assertTrue(has_post("Thống đốc NHNN Lê Văn Tư phát biểu",
                                 "Thống đốc Ngân hàng Nhà nước Việt Nam"))
        self.assertFalse(has_post("Phó Thống đốc NHNN Lê Văn Tư phát biểu",
                                  "Thống đốc Ngân hàng Nhà nước Việt Nam"))
        self.assertTrue(has_post("Giám đốc Sở GD&ĐT Hà Nội Lê Văn Tư", "Giám đốc Sở GD&ĐT Hà Nội"))
        self.assertTrue(has_post("Giám đốc Sở Giáo dục và Đào tạo Hà Nội Lê Văn Tư",
                                 "Giám đốc Sở GD&ĐT Hà Nội"))
        # the words of a phrase together, in any order of phrases
        self.assertFalse(has_post("Trưởng ban Dân vận, nguyên Chủ tịch Lê Văn Tư",
                                  "Trưởng Ban Dân nguyện"))
        self.assertTrue(has_post("Giám đốc Sở Tài nguyên và Môi trường Hà Nội Lê Văn Tư",
                                 "Giám đốc Sở TN&MT Hà Nội"))
        # a list of officials: each item its own sentence
        text = T.fold_case("Dự có Chủ tịch nước Lê Văn Một; Bí thư Tỉnh ủy Bến Tre Lê Văn Hai.")
        (a, b), = T.sentences_at(text, [text.index("Le Van Mot")])
        self.assertEqual(text[a:b].strip(), "Du co Chu tich nuoc Le Van Mot;")
        self.assertFalse(T.sentence_has_post(LEX.expand(text[a:b]),
                                             T.post_keys("Bí thư Tỉnh ủy Bến Tre", LEX)))
        self.assertFalse(has_post("Phó Tổng giám đốc Tập đoàn Dệt may Việt Nam Lê Văn Tư",
                                  "Tổng Giám đốc Tập đoàn Dệt may Việt Nam"))


class Scan(unittest.TestCase):
    def test_corpus_and_scan(self):
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "politics"))
            os.makedirs(os.path.join(d, "bulk"))
            dantri = ("# doc_id = news_x_001\n# url = https://example/x\n# date = 20210427\n"
                      "Tiêu đề\nChủ tịch UBND tỉnh Bến Tre Trần Văn Bảy dự lễ.\n")
            baomoi = ("Tiêu đề\nSapo\nNăm 2012, ông Lê Văn Tư là Chủ tịch UBND tỉnh Bến Tre. "
                      "Ông Trần Văn Bảy đi họp.")
            with open(os.path.join(d, "politics", "00001.txt"), "w", encoding="utf-8") as f:
                f.write(dantri)
            with gzip.open(os.path.join(d, "bulk", "a.jsonl.gz"), "wt", encoding="utf-8") as f:
                for t in (baomoi, dantri):
                    f.write(json.dumps({"id": "x", "text": t}, ensure_ascii=False) + "\n")
            cache = os.path.join(d, "cache.pickle")
            arts = T.reach_corpus(d, cache)
            self.assertEqual(sorted(a[0][0] for a in arts), ["bulk/a.jsonl.gz:0", "politics/00001"])
            self.assertEqual(T.reach_corpus(d, cache), arts)       # read back from the cache
            dan = next(a for a in arts if a[1])
            self.assertEqual(dan[0], ["politics/00001", "bulk/a.jsonl.gz:1"])  # one article
            self.assertEqual(T.dev_id(dan[0]), "politics/00001")
            self.assertEqual(T.dev_id(["bulk/a.jsonl.gz:0"]), "")
            label = "Chủ tịch UBND tỉnh Bến Tre"
            holders = {"tran van bay": {label}, "le van tu": {label}, "ngo van nam": {label}}
            named, hits = T.reach_scan(arts, holders, LEX, {label: T.post_keys(label, LEX)})
            self.assertEqual(named, {"tran van bay", "le van tu"})
            self.assertEqual(len(hits[("tran van bay", label)]), 1)   # the dantri article only
            ai, years = hits[("le van tu", label)][0]
            self.assertEqual(years, [2012])
            q = T.day_range("2021-05-01")
            # the baomoi sentence is of the crawl (2017) or of 2012, the dantri one 2021-04-27
            self.assertEqual(T.reach_gap(arts[ai], years, q, q), q - T.day_range("2017-07-31"))
            self.assertEqual(T.reach_gap(arts[ai], years, T.day_range("2012-06-01"),
                                         T.day_range("2012-06-01")), 0)
            self.assertEqual(T.reach_gap(dan, [], q, q), 4)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=1)
