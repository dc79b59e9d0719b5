#!/usr/bin/python3
"""gw_words and gw_keywords against jieba itself (Debian's python3-jieba),
on every paragraph and every speech of the fixtures.

    /usr/bin/python3 tests/words_jieba.py build/gongwen

- Words: for every non-blank line of every page, gw_words(line).word equals
  jieba.cut(line) less the pieces without a letter or a number (spaces,
  punctuation: gw_words skips them). A traditional line (gw_script 'Hant')
  is compared through its fold: gw_words(line).norm against
  jieba.cut(gw_fold(line)).
- Keywords: for every speech of every page (gw_speeches), gw_keywords(body)
  equals jieba.analyse.extract_tags(body, withWeight=True) less the numerals,
  first 20, words and weights.

jieba gets what the README lists as gongwen's differences, so that what is
compared is the algorithm: the supplement of ext/lexicon_supplement.txt
(loaded with jieba.load_userdict, as the generator adds it), the Latin
pieces joined across '-' (COVID-19), and numerals left out of the keywords
(numbers in digits and words the lexicon tags m).

Prints one line per difference and a summary; exits 1 when any differ.
"""
import logging
import re
import sqlite3
import sys
import unicodedata
from pathlib import Path

import jieba
import jieba.analyse

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENT = ROOT / "ext" / "lexicon_supplement.txt"
DICT = Path(jieba.__file__).parent / "dict.txt"

jieba.setLogLevel(logging.ERROR)
jieba.load_userdict(str(SUPPLEMENT))

TAGS = {}
for path in (DICT, SUPPLEMENT):
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        TAGS[parts[0]] = parts[2] if len(parts) > 2 else ""


def is_word(w):
    return any(unicodedata.category(c)[0] in "LN" for c in w)


LATIN = re.compile(r"[A-Za-z0-9]+(?:\.[0-9]+)?%?")


def join_hyphens(words):
    """gongwen's one change to jieba's Latin pieces: a piece of two or more
    characters holding a letter, then '-', then a piece, is one word."""
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        while (
            i + 2 < len(words)
            and words[i + 1] == "-"
            and re.fullmatch(r"[A-Za-z0-9.-]{2,}", w)
            and re.search("[A-Za-z]", w)
            and LATIN.fullmatch(words[i + 2])
        ):
            w = w + "-" + words[i + 2]
            i += 2
        out.append(w)
        i += 1
    return out


def jieba_words(text):
    return [w for w in join_hyphens(list(jieba.cut(text))) if is_word(w)]


def numeral(w):
    return re.fullmatch(r"[0-9.%]*[0-9][0-9.%]*", w) or TAGS.get(w) == "m"


def main():
    so = sys.argv[1] if len(sys.argv) > 1 else "build/gongwen"
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(so)
    one = lambda sql, *a: db.execute(sql, a).fetchone()[0]

    # the rule of join_hyphens itself, on jieba's own pieces
    assert jieba_words("COVID-19疫情和X-X人") == ["COVID-19", "疫情", "和", "X", "X", "人"]

    pages = sorted((ROOT / "fixtures" / "pages").glob("*.txt"))
    lines = diffs = speeches = kdiffs = words = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line.strip():
                continue
            lines += 1
            if one("SELECT gw_script(?)", line) == "Hant":
                want = jieba_words(one("SELECT gw_fold(?)", line))
                got = [r[0] for r in db.execute("SELECT norm FROM gw_words(?)", (line,))]
            else:
                want = jieba_words(line)
                got = [r[0] for r in db.execute("SELECT word FROM gw_words(?)", (line,))]
            words += len(got)
            if got != want:
                diffs += 1
                print("words differ in %s: %s" % (page.name, line[:40]))
                print("  jieba:  " + "/".join(want))
                print("  gw_words: " + "/".join(got))
        for (body,) in db.execute("SELECT body FROM gw_speeches(?)", (text,)):
            speeches += 1
            hant = one("SELECT gw_script(?)", body) == "Hant"
            q = one("SELECT gw_fold(?)", body) if hant else body
            want = [x for x in jieba.analyse.extract_tags(q, 0, withWeight=True) if not numeral(x[0])]
            want = [(w, round(x, 12)) for w, x in want[:20]]
            got = [
                (one("SELECT gw_fold(?)", w) if hant else w, round(x, 12))
                for w, x in db.execute("SELECT word, weight FROM gw_keywords(?, 20)", (body,))
            ]
            if got != want:
                kdiffs += 1
                print("keywords differ in %s, speech %d" % (page.name, speeches))
                print("  jieba:       " + " ".join("%s:%.6f" % x for x in want))
                print("  gw_keywords: " + " ".join("%s:%.6f" % x for x in got))
    if lines < 200 or speeches < 5 or words < 10000:
        print("too few lines (%d), speeches (%d) or words (%d) compared" % (lines, speeches, words))
        return 1
    print(
        "%d of %d lines (%d words) cut as jieba cuts them, %d of %d speeches' keywords as jieba's"
        % (lines - diffs, lines, words, speeches - kdiffs, speeches)
    )
    return 1 if diffs or kdiffs else 0


if __name__ == "__main__":
    sys.exit(main())
