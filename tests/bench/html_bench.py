#!/usr/bin/python3
"""make bench, HTML pages: gw_html_text and gw_speeches on HTML through SQL,
side by side in the same run with w3m -dump, lynx -dump and html2text on the
same pages, and the peak memory of gw_html_text on one 64 MiB page.

The corpus is the pages of fixtures/html/ in UTF-8 (the GB18030 one
converted, its <meta> saying so, so that the peers read it right), repeated
to at least BENCH_MB MiB: as rows of build/bench/html.db for SQL, and as one
file, build/bench/html_corpus.html, for the peers (one run of each over the
whole file; they lay out text as a terminal would, with no chrome removed).
The 64 MiB page is the same file read as one value.
"""
import glob
import os
import sqlite3
import subprocess

from timing import best_median

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "build", "bench")
DB = os.path.join(OUT, "html.db")
CORPUS = os.path.join(OUT, "html_corpus.html")
TARGET = int(os.environ.get("BENCH_MB", "64")) * 1024 * 1024
RUNS = 3

PEERS = [
    ("peer: w3m -dump", ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"]),
    ("peer: lynx -dump", ["lynx", "-dump", "-force_html", "-assume_charset=utf-8",
                          "-display_charset=utf-8", "-nolist"]),
    ("peer: html2text", ["html2text", "-utf8"]),
]


def pages():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures/html/*.html"))):
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030").replace("charset=gbk", "charset=utf-8")
        out.append(text.replace("charset=gb2312", "charset=utf-8"))
    return out


def build():
    os.makedirs(OUT, exist_ok=True)
    ps = pages()
    size = sum(len(p.encode()) for p in ps)
    reps = -(-TARGET // size)
    if os.path.exists(DB) and os.path.exists(CORPUS) and os.path.getsize(CORPUS) == reps * size:
        return
    if os.path.exists(DB):
        os.remove(DB)
    con = sqlite3.connect(DB)
    con.execute("CREATE TABLE html(id INTEGER PRIMARY KEY, page TEXT)")
    with open(CORPUS, "w", encoding="utf-8") as f:
        for _ in range(reps):
            con.executemany("INSERT INTO html(page) VALUES (?)", [(p,) for p in ps])
            f.write("".join(ps))
    con.commit()
    con.close()


def timed(fn):
    return best_median(fn, RUNS)


def peak_rss_kib(sql):
    """Peak resident memory of the sqlite3 shell running sql (GNU time)."""
    r = subprocess.run(["/usr/bin/time", "-f", "%M", "sqlite3", "-batch", "-cmd",
                        ".load " + os.path.join(ROOT, "build", "gongwen"), ":memory:", sql],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(r.stderr.strip().splitlines()[-1])


def run():
    build()
    con = sqlite3.connect(DB)
    con.enable_load_extension(True)
    con.load_extension(os.path.join(ROOT, "build", "gongwen"))
    size = con.execute("SELECT sum(length(CAST(page AS BLOB))) FROM html").fetchone()[0]
    n = con.execute("SELECT count(*) FROM html").fetchone()[0]
    print()
    print(f"HTML pages: {size / 2**20:.1f} MiB ({n} pages of fixtures/html/), {RUNS} runs each, "
          f"MB/s = MiB of HTML per second (min time / median time)")
    print(f"{'what':44} {'MB/s best':>10} {'MB/s median':>12} {'result':>14}")
    cases = [
        ("sql-ceiling: sum(length(page))", "SELECT sum(length(page)) FROM html"),
        ("gw_html_text(page)", "SELECT sum(length(gw_html_text(page))) FROM html"),
        ("gw_speeches(page) on HTML", "SELECT count(*), sum(length(body)) FROM html, gw_speeches(page)"),
    ]
    ours = {}
    for name, sql in cases:
        res = []
        best, med = timed(lambda: res.append(con.execute(sql).fetchone()))
        ours[name] = size / med / 2**20
        print(f"{name:44} {size / best / 2**20:10.1f} {size / med / 2**20:12.1f} {str(res[-1][0]):>14}",
              flush=True)
    con.close()
    fastest = 0
    fsize = os.path.getsize(CORPUS)
    for name, cmd in PEERS:
        codes = []

        def peer():
            with open(os.path.join(OUT, "peer.out"), "wb") as o:
                codes.append(subprocess.run(cmd + [CORPUS], stdout=o, stderr=subprocess.DEVNULL).returncode)

        best, med = timed(peer)
        fastest = max(fastest, fsize / med / 2**20)
        status = "ok" if all(c == 0 for c in codes) else "FAILED"
        print(f"{name:44} {fsize / best / 2**20:10.1f} {fsize / med / 2**20:12.1f} {status:>14}", flush=True)
    if fastest:
        for name in ("gw_html_text(page)", "gw_speeches(page) on HTML"):
            print(f"{name + ' / fastest peer':44} {ours[name] / fastest:10.1f}×")
    # peak memory on one 64 MiB page (the whole corpus file as one value)
    base = peak_rss_kib(f"SELECT length(readfile('{CORPUS}'))")
    page = fsize / 1024
    for name, sql in [("gw_html_text", f"SELECT length(gw_html_text(readfile('{CORPUS}')))"),
                      ("gw_speeches", f"SELECT count(*) FROM gw_speeches(readfile('{CORPUS}'))")]:
        rss = peak_rss_kib(sql)
        print(f"peak RSS, {name} on one {fsize / 2**20:.0f} MiB page: {rss / 1024:.0f} MiB = "
              f"{rss / page:.1f}× the page (the shell holding the page alone: {base / 1024:.0f} MiB)")


if __name__ == "__main__":
    run()
