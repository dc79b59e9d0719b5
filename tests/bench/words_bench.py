#!/usr/bin/python3
"""The words part of make bench: gw_words and gw_keywords next to jieba
(Debian's python3-jieba) on the same text, in one run.

Run by bench.py (or alone: words_bench.py [MiB], default 2). Reports MB/s
(MiB of input per second, best of 3) for:
  - gw_words on whole pages, and on one row per paragraph, through SQL,
    against jieba.cut over the same pages and the same paragraphs (the
    supplement of ext/lexicon_supplement.txt loaded into jieba, so that both
    do the same work; jieba's dictionary loaded before the clock starts);
  - gw_keywords on each page against jieba.analyse.extract_tags;
and the size of the compiled lexicon in build/gongwen.so.
"""
import glob
import logging
import os
import sqlite3
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LIB = os.path.join(ROOT, "build", "gongwen")
RUNS = 3


def best(fn):
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def lexicon_bytes():
    """The bytes of the lexicon's tables in the .so (nm -S)."""
    try:
        out = subprocess.run(["nm", "-S", "--defined-only", LIB + ".so"], capture_output=True,
                             text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    total = 0
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and (parts[3].startswith("gw_lexd_") or parts[3].startswith("gw_hmm_")):
            total += int(parts[1], 16)
    return total


def run(mib=2):
    pages = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "fixtures/pages/*.txt")))]
    sample = []
    size = 0
    while size < mib * 2**20:
        for p in pages:
            sample.append(p)
            size += len(p.encode())
    paras = [l.strip() for p in sample for l in p.split("\n") if l.strip()]
    pbytes = sum(len(p.encode()) for p in paras)
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(LIB)
    con.execute("CREATE TABLE pages(body TEXT)")
    con.execute("CREATE TABLE paras(body TEXT)")
    con.executemany("INSERT INTO pages VALUES (?)", [(p,) for p in sample])
    con.executemany("INSERT INTO paras VALUES (?)", [(p,) for p in paras])
    q = lambda sql: con.execute(sql).fetchone()[0]
    n_pages = q("SELECT count(*) FROM pages, gw_words(pages.body)")
    n_paras = q("SELECT count(*) FROM paras, gw_words(paras.body)")
    t_pages = best(lambda: q("SELECT count(*) FROM pages, gw_words(pages.body)"))
    t_paras = best(lambda: q("SELECT count(*) FROM paras, gw_words(paras.body)"))
    t_kw = best(lambda: q("SELECT count(*) FROM pages, gw_keywords(pages.body)"))
    lex = lexicon_bytes()
    print(f"words on {size / 2**20:.1f} MiB ({len(sample)} pages, {len(paras)} paragraphs), MB/s, best of {RUNS}:")
    if lex:
        print(f"  compiled lexicon: {lex / 2**20:.2f} MiB of build/gongwen.so "
              f"({os.path.getsize(LIB + '.so') / 2**20:.2f} MiB in all)")
    try:
        import jieba
        import jieba.analyse
    except ImportError:
        print(f"  gw_words pages {size / t_pages / 2**20:.1f}, paragraphs {pbytes / t_paras / 2**20:.1f}, "
              f"gw_keywords {size / t_kw / 2**20:.1f}; jieba unavailable (python3-jieba)")
        return 0
    jieba.setLogLevel(logging.ERROR)
    jieba.load_userdict(os.path.join(ROOT, "ext", "lexicon_supplement.txt"))
    jieba.initialize()
    j_pages = best(lambda: [sum(1 for _ in jieba.cut(p)) for p in sample])
    j_paras = best(lambda: [sum(1 for _ in jieba.cut(p)) for p in paras])
    j_kw = best(lambda: [jieba.analyse.extract_tags(p, 20) for p in sample])
    rows = [
        ("gw_words, whole pages", size / t_pages, size / j_pages, "jieba.cut", f"{n_pages} words"),
        ("gw_words, one row per paragraph", pbytes / t_paras, pbytes / j_paras, "jieba.cut", f"{n_paras} words"),
        ("gw_keywords, whole pages", size / t_kw, size / j_kw, "extract_tags", "top 20"),
    ]
    print(f"  {'what':34} {'gongwen':>9} {'jieba':>8} {'ratio':>7}")
    for name, ours, theirs, peer, note in rows:
        print(f"  {name:34} {ours / 2**20:9.1f} {theirs / 2**20:8.2f} {ours / theirs:6.0f}×  "
              f"(vs {peer}; {note})")
    return 0


if __name__ == "__main__":
    sys.exit(run(float(sys.argv[1]) if len(sys.argv) > 1 else 2))
