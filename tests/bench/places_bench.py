#!/usr/bin/python3
"""make bench (filter "places"): gw_match with 10,000 terms over the corpus
against the same count done with instr() in a join, and the time to build
the automaton of 100,000 terms.

The terms are two to four characters cut from the fixture pages at spread
offsets (so many occur), distinct. gw_match counts the occurrences of any of
them in one pass per page; the instr() join asks every page for every term,
so it runs on a slice of the corpus and both speeds are given in MB/s of that
slice. The build time is that of gw_match over an empty text: the terms
compiled, nothing matched.
"""
import os
import random
import sqlite3

from timing import best_median

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def terms(con, n):
    """n distinct terms cut from the corpus's first pages."""
    got, seen = [], set()
    pages = [r[0] for r in con.execute("SELECT page FROM corpus LIMIT 5")]
    k = 0
    while len(got) < n:
        p = pages[k % len(pages)]
        at = (k * 7919) % max(1, len(p) - 5)
        t = p[at:at + 2 + k % 3]
        if t.strip() == t and t and all("\u4e00" <= c <= "\u9fff" for c in t) and t not in seen:
            seen.add(t)
            got.append(t)
        k += 1
        if k > n * 200:
            break
    return got


def run(db):
    con = sqlite3.connect(db)
    con.enable_load_extension(True)
    con.load_extension(os.path.join(ROOT, "build", "gongwen"))
    t10k = terms(con, 10000)
    con.execute("DROP TABLE IF EXISTS bench_terms")
    con.execute("CREATE TEMP TABLE bench_terms(term TEXT)")
    con.executemany("INSERT INTO bench_terms VALUES (?)", [(t,) for t in t10k])
    joined = "\n".join(t10k)
    print()
    print(f"gw_match: {len(t10k)} terms")
    total = con.execute("SELECT sum(length(CAST(page AS BLOB))) FROM corpus").fetchone()[0]
    res = []
    b, m = best_median(lambda: res.append(con.execute(
        "SELECT count(*) FROM corpus, gw_match(page, ?1)", (joined,)).fetchone()[0]))
    print(f"  gw_match over the corpus      {total / b / 2**20:8.1f} MB/s best {total / m / 2**20:8.1f} median"
          f"   {res[-1]} occurrences")
    # the same slice for both sides of the comparison
    slice_sql = "SELECT page FROM corpus LIMIT 10"
    size = con.execute(f"SELECT sum(length(CAST(page AS BLOB))) FROM ({slice_sql})").fetchone()[0]
    r1, r2 = [], []
    b1, m1 = best_median(lambda: r1.append(con.execute(
        f"SELECT count(DISTINCT c.rowid || ':' || m.term) FROM ({slice_sql}) c, gw_match(c.page, ?1) m",
        (joined,)).fetchone()[0]))
    b2, m2 = best_median(lambda: r2.append(con.execute(
        f"SELECT count(*) FROM ({slice_sql}) c, bench_terms t WHERE instr(c.page, t.term) > 0"
    ).fetchone()[0]), runs=1)
    print(f"  on {size / 2**20:.2f} MiB: gw_match {size / m1 / 2**20:8.1f} MB/s, instr() join "
          f"{size / m2 / 2**20:8.3f} MB/s: {m2 / m1:6.0f}x faster"
          f"   (page-term pairs found: {r1[-1]} by gw_match, {r2[-1]} by instr)")
    # the automaton of 100,000 terms: two to six characters drawn from the
    # corpus's own, a different list each run (the adapter keeps the last one)
    chars = sorted({c for t in t10k for c in t})
    rnd = random.Random(2260)
    big = set()
    while len(big) < 100000:
        big.add("".join(rnd.choice(chars) for _ in range(rnd.randint(2, 6))))
    t100k = "\n".join(sorted(big))
    run_no = [0]

    def build():
        run_no[0] += 1
        con.execute("SELECT count(*) FROM gw_match('', ?1)", (t100k + f"\nrun{run_no[0]}",)).fetchone()

    b, m = best_median(build)
    print(f"  automaton of {len(big)} terms built in {b * 1000:.0f} ms best, {m * 1000:.0f} ms median")
    con.close()
