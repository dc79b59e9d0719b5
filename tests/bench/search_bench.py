#!/usr/bin/python3
"""The search part of make bench: the gongwen FTS5 tokenizer side by side with
trigram (and with its own unigram-only scheme, `bigrams 0`). (gw_words next
to jieba: words_bench.py.)

Run by bench.py after the cases (or alone: search_bench.py [MiB]). Reports:
  - index build MB/s and database size for each tokenizer, over the bench
    corpus's paragraphs (the fixtures repeated: a small vocabulary);
  - median query latency for 1-, 2-, 3- and 4-character queries, each
    query's row count checked against an instr() scan of the folded text,
    and the time of that scan;
  - index sizes on a "varied" corpus: the fixtures' sentences recombined in a
    random order, digits redrawn, and one Han character in 25 swapped for
    another of the corpus (new names, places and figures), as a real corpus's
    vocabulary keeps growing.
"""
import os
import random
import re
import sqlite3
import statistics
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "build", "bench")
LIB = os.path.join(ROOT, "build", "gongwen")
SCHEMES = [("gongwen", "gongwen"), ("gongwen bigrams 0", "gongwen bigrams 0"), ("trigram", "trigram")]
SEED = 20240607
PER_LEN = 8


def connect(path):
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.enable_load_extension(True)
    con.load_extension(LIB)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    return con


def build(path, tokenize, rows, nbytes):
    """Builds an FTS5 index over rows; returns (MB/s, bytes of the database, con)."""
    con = connect(path)
    con.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{tokenize}')")
    t = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", rows)
    con.execute("COMMIT")
    con.execute("INSERT INTO t(t) VALUES ('optimize')")
    secs = time.perf_counter() - t
    size = con.execute("PRAGMA page_count").fetchone()[0] * con.execute("PRAGMA page_size").fetchone()[0]
    return nbytes / secs / 2**20, size, con


def timed(con, sql, args, runs=3):
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = con.execute(sql, args).fetchone()[0]
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def pick_queries(con):
    """PER_LEN Han substrings of each length 1..4, drawn from the fixtures' text
    with a fixed seed: common and rare ones alike."""
    rnd = random.Random(SEED)
    text = "".join(r[0] for r in con.execute("SELECT body FROM src LIMIT 2000"))
    runs = [m.group(0) for m in re.finditer(r"[\u4e00-\u9fff]{4,}", text)]
    out = {}
    for k in range(1, 5):
        qs = set()
        while len(qs) < PER_LEN:
            r = rnd.choice(runs)
            i = rnd.randrange(0, len(r) - k + 1)
            qs.add(r[i:i + k])
        out[k] = sorted(qs)
    return out


def varied_rows(rows, nbytes_target):
    rnd = random.Random(SEED)
    text = "\n".join(r[1] for r in rows[:5000])
    sentences = [s for s in re.split(r"(?<=[。！？!?])", text) if s.strip()]
    hanchars = re.findall(r"[\u4e00-\u9fff]", text)
    out, size, i = [], 0, 0
    while size < nbytes_target:
        para = "".join(rnd.choice(sentences).strip() for _ in range(rnd.randint(1, 6)))
        para = re.sub(r"[0-9]", lambda m: str(rnd.randint(0, 9)), para)
        para = re.sub(r"[\u4e00-\u9fff]", lambda m: rnd.choice(hanchars) if rnd.random() < 0.04 else m.group(0), para)
        i += 1
        out.append((i, para))
        size += len(para.encode())
    return out, size


def run(corpus_db):
    os.makedirs(OUT, exist_ok=True)
    src = sqlite3.connect(corpus_db)
    rows = src.execute("SELECT id, body FROM paragraphs").fetchall()
    src.close()
    nbytes = sum(len(b.encode()) for _, b in rows)
    print(f"\nsearch: {len(rows)} paragraphs, {nbytes / 2**20:.1f} MiB "
          f"(the fixtures repeated: a small vocabulary)")
    print(f"{'tokenizer':22} {'build MB/s':>10} {'db MiB':>8}")
    cons, sizes = {}, {}
    for label, tok in SCHEMES:
        mbs, size, con = build(os.path.join(OUT, f"fts_{label.replace(' ', '_')}.db"), tok, rows, nbytes)
        cons[label], sizes[label] = con, size
        print(f"{label:22} {mbs:10.1f} {size / 2**20:8.1f}", flush=True)
    for label, _ in SCHEMES[:-1]:
        print(f"  {label} index / trigram index: {sizes[label] / sizes['trigram']:.2f}")

    # queries, with their row counts checked against an instr scan of the folded text
    g = cons["gongwen"]
    g.execute(f"ATTACH '{corpus_db}' AS c")
    g.execute("CREATE TEMP TABLE src AS SELECT id, body, gw_fold(body) AS f FROM c.paragraphs")
    queries = pick_queries(g)
    print(f"{'query length':12} {'gongwen ms':>11} {'bigrams 0 ms':>13} {'trigram ms':>11} "
          f"{'instr scan ms':>14} {'× instr':>8} {'rows ok':>8}  queries")
    bad = 0
    for k, qs in queries.items():
        tg, tu, tt, ts, ok = [], [], [], [], 0
        for q in qs:
            expr = f'"{q}"'
            d, n = timed(g, "SELECT count(*) FROM t WHERE t MATCH ?", (expr,))
            tg.append(d)
            d, nu = timed(cons["gongwen bigrams 0"], "SELECT count(*) FROM t WHERE t MATCH ?", (expr,))
            tu.append(d)
            d, _ = timed(cons["trigram"], "SELECT count(*) FROM t WHERE t MATCH ?", (expr,))
            tt.append(d)
            d, want = timed(g, "SELECT count(*) FROM src WHERE instr(f, gw_fold(?)) > 0", (q,), runs=1)
            ts.append(d)
            ok += n == want and nu == want
        bad += len(qs) - ok
        med = lambda xs: statistics.median(xs) * 1000
        print(f"{k:12} {med(tg):11.2f} {med(tu):13.2f} {med(tt):11.2f} {med(ts):14.1f} "
              f"{med(ts) / med(tg):8.0f} {ok:>4}/{len(qs):<3}  {' '.join(qs)}")
    print("  (trigram finds nothing for 1- and 2-character queries; its times there are for 0 rows)")
    for con in cons.values():
        con.close()

    # index sizes on a corpus whose vocabulary keeps growing
    vrows, vbytes = varied_rows(rows, min(nbytes, 16 * 2**20))
    print(f"varied corpus: {len(vrows)} paragraphs, {vbytes / 2**20:.1f} MiB "
          f"(sentences recombined, digits redrawn, 1 Han character in 25 swapped)")
    vs = {}
    for label, tok in SCHEMES:
        mbs, size, con = build(os.path.join(OUT, "fts_varied.db"), tok, vrows, vbytes)
        con.close()
        vs[label] = size
        print(f"{label:22} {mbs:10.1f} {size / 2**20:8.1f}")
    for label, _ in SCHEMES[:-1]:
        print(f"  {label} index / trigram index: {vs[label] / vs['trigram']:.2f}")
    os.remove(os.path.join(OUT, "fts_varied.db"))

    if bad:
        print(f"search: {bad} queries whose row count differs from the instr scan")
    return bad


if __name__ == "__main__":
    sys.exit(1 if run(os.path.join(OUT, "corpus.db")) else 0)
