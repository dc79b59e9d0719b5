#!/usr/bin/python3
"""make bench: the speed of every function through SQL, side by side with peers.

Builds build/bench/corpus.db (table corpus(page TEXT): the fixture pages
repeated to at least 64 MiB; table paragraphs(body TEXT): the same text split
into paragraphs) and build/bench/corpus.txt (the same pages as one file).

Then times, 3 runs each, minimum and median:
  - cases/*.sql: one SQL statement each, run on corpus.db with the extension
    loaded. Header comments: "-- name: label" and optionally
    "-- bytes: SQL giving the input size" (default: the corpus size).
  - peers/*.sh: a shell command over $CORPUS (corpus.txt); "# name: label".
MB/s is input bytes (MiB) / seconds. The first case, sql-ceiling, is what
SQLite itself costs to read the corpus (its own walk over the same rows):
the "× walk" column gives every median as a fraction of that walk's median
in the same run, a ratio that holds on a shared, noisy machine.

Last, search_bench.py: FTS5 index build, size and query latency of the
gongwen tokenizer side by side with trigram (filter "search"); html_bench.py:
HTML pages through gw_html_text and gw_speeches next to w3m, lynx and
html2text, and peak memory on a 64 MiB page (filter "html"); reuse_bench.py:
the reuse recipe at 20,000 speeches, gw_overlap's growth, sql/shards.py on
local workers (filter "reuse"); words_bench.py: gw_words and gw_keywords next
to jieba (filter "words").
"""
import glob
import os
import sqlite3
import subprocess
import sys

from timing import best_median

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "build", "bench")
DB = os.path.join(OUT, "corpus.db")
TXT = os.path.join(OUT, "corpus.txt")
TARGET = int(os.environ.get("BENCH_MB", "64")) * 1024 * 1024
RUNS = 3


def build_corpus():
    os.makedirs(OUT, exist_ok=True)
    pages = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "fixtures/pages/*.txt")))]
    size = sum(len(p.encode()) for p in pages)
    reps = -(-TARGET // size)
    if os.path.exists(DB):
        con = sqlite3.connect(DB)
        have = con.execute("SELECT count(*) FROM corpus").fetchone()[0] if con.execute(
            "SELECT 1 FROM sqlite_master WHERE name='corpus'").fetchone() else 0
        con.close()
        if have == reps * len(pages) and os.path.exists(TXT):
            return
        os.remove(DB)
    con = sqlite3.connect(DB)
    con.execute("CREATE TABLE corpus(id INTEGER PRIMARY KEY, page TEXT)")
    con.execute("CREATE TABLE paragraphs(id INTEGER PRIMARY KEY, body TEXT)")
    with open(TXT, "w", encoding="utf-8") as f:
        for _ in range(reps):
            con.executemany("INSERT INTO corpus(page) VALUES (?)", [(p,) for p in pages])
            for p in pages:
                f.write(p + "\n")
                con.executemany("INSERT INTO paragraphs(body) VALUES (?)",
                                [(l.strip(),) for l in p.split("\n") if l.strip()])
    con.commit()
    con.close()


def header(path, key):
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        for lead in ("-- ", "# "):
            if line.startswith(lead + key + ":"):
                return line[len(lead + key) + 1:].strip()
    return None


def timed(fn):
    return best_median(fn, RUNS)


def main():
    build_corpus()
    con = sqlite3.connect(DB)
    con.enable_load_extension(True)
    con.load_extension(os.path.join(ROOT, "build", "gongwen"))
    corpus_bytes = con.execute("SELECT sum(length(CAST(page AS BLOB))) FROM corpus").fetchone()[0]
    mib = corpus_bytes / (1024 * 1024)
    only = sys.argv[1:]
    print(f"corpus: {mib:.1f} MiB ({con.execute('SELECT count(*) FROM corpus').fetchone()[0]} pages), "
          f"{RUNS} runs each, MB/s = MiB of input per second (min time / median time)")
    print(f"{'what':44} {'MB/s best':>10} {'MB/s median':>12} {'× walk':>7} {'result':>14}")
    rows = []
    walk = None  # the first case's median MB/s: SQLite's own walk over the same rows
    for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "cases", "*.sql"))):
        name = header(path, "name") or os.path.basename(path)
        if only and not any(o in os.path.basename(path) for o in only):
            continue
        sql = "\n".join(l for l in open(path, encoding="utf-8") if not l.startswith("--")).strip()
        bytes_sql = header(path, "bytes")
        size = con.execute(bytes_sql).fetchone()[0] if bytes_sql else corpus_bytes
        result = []
        best, med = timed(lambda: result.append(con.execute(sql).fetchall()))
        r = result[-1][0][0] if result[-1] and result[-1][0] else None
        rows.append((name, size / best / 2**20, size / med / 2**20, r))
        walk = walk or rows[-1][2]
        print(f"{name:44} {rows[-1][1]:10.1f} {rows[-1][2]:12.1f} {rows[-1][2] / walk:7.2f} {str(r):>14}",
              flush=True)
    for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "peers", "*.sh"))):
        name = header(path, "name") or os.path.basename(path)
        if only and not any(o in os.path.basename(path) for o in only):
            continue
        env = dict(os.environ, CORPUS=TXT, ROOT=ROOT)
        ok = []
        # output goes to a file, not /dev/null: some tools (grep) stop early when they see /dev/null
        sink = os.path.join(OUT, "peer.out")

        def run_peer():
            with open(sink, "wb") as f:
                ok.append(subprocess.run(["bash", path], env=env, stdout=f, stderr=subprocess.DEVNULL).returncode)

        best, med = timed(run_peer)
        size = os.path.getsize(TXT)
        status = "ok" if all(c == 0 for c in ok) else "FAILED"
        frac = f"{size / med / 2**20 / walk:7.2f}" if walk else f"{'':7}"
        print(f"{name:44} {size / best / 2**20:10.1f} {size / med / 2**20:12.1f} {frac} {status:>14}", flush=True)
    con.close()
    search(only)
    html(only)
    places(only)
    reuse(only)
    memory(only)
    words(only)


def search(only):
    """The search tokenizer side by side with trigram, and gw_words next to
    jieba: see search_bench.py. Runs unless a filter leaves out "search"."""
    if only and not any(o in "search" for o in only):
        return
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import search_bench
    search_bench.run(DB)


def html(only):
    """HTML pages next to w3m, lynx and html2text: see html_bench.py. Runs
    unless a filter leaves out "html"."""
    if only and not any(o in "html" for o in only):
        return
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import html_bench
    html_bench.run()


def places(only):
    """gw_match against an instr() join, and the automaton's build time: see
    places_bench.py. Runs unless a filter leaves out "places"."""
    if only and not any(o in "places" for o in only):
        return
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import places_bench
    places_bench.run(DB)


def reuse(only):
    """sql/reuse.sql on 20,000 generated speeches against all pairs, recall and
    precision, gw_overlap on 1 MiB texts, sql/shards.py on local workers: see
    reuse_bench.py. Runs unless a filter leaves out "reuse"."""
    if only and not any(o in "reuse" for o in only):
        return
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import reuse_bench
    reuse_bench.run()


def memory(only):
    """Peak RSS of every function on a 64 MiB page: see memory_bench.py. Runs
    unless a filter leaves out "memory" (RSS_MIB=16 for a quicker look)."""
    if only and not any(o in "memory" for o in only):
        return
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import memory_bench
    memory_bench.run()


def words(only):
    """gw_words and gw_keywords next to jieba: see words_bench.py. Runs
    unless a filter leaves out "words"."""
    if only and not any(o in "words" for o in only):
        return
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import words_bench
    words_bench.run()


if __name__ == "__main__":
    main()
