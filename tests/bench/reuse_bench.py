#!/usr/bin/python3
"""The reuse part of make bench: sql/reuse.sql at corpus scale, and
sql/shards.py on a local Dask cluster.

Run by bench.py after the cases (or alone: reuse_bench.py [speeches]).

The corpus (build/bench/reuse.db, made once and kept): REUSE_SPEECHES
(default 20,000) scraped pages, one speech each, loaded as sql/load.sql
loads pages (gw_speeches). They come in families:
  - an original is a new speech made of the fixtures' sentences, drawn at
    random into paragraphs, with one Han character in 25 swapped for
    another of the fixtures (names, places and figures change from speech to
    speech), under a title made from roles and meetings;
  - its copies (0 to 7 of them, each made from the original or from an
    earlier copy) have the mutations a copied speech has: paragraphs
    dropped, a few moved, new paragraphs added, words replaced by synonyms,
    numbers changed, the whole converted to traditional characters
    (OpenCC's `opencc -c s2t.json`, run once over all of them), and the page
    chrome of another site (breadcrumbs, view counters, share and
    "recommended" lines, ICP lines, chrome lines between paragraphs).
The truth is computed here, in the generator, as the exact Jaccard
similarity of the sets of 5-character shingles of the folded text (gw_fold
of the loaded body, letters and digits only: what gw_minhash shingles) of:
every pair inside a family, every pair the recipe proposes, and every pair
of the all-pairs run on the subset that scores 0.3 or more. Pairs across
families share only sentences drawn by chance; the all-pairs run on the
subset says how many of them reach 0.5.

Reported:
  - the time of each step of the recipe on all speeches, and of the same
    search (every pair of estimated similarity >= 0.5) by the all-pairs
    gw_similarity join on a random subset of REUSE_SUBSET speeches (default
    2,000), extrapolated to all speeches by the number of pairs;
  - recall and precision of the recipe at similarity >= 0.5 and >= 0.8, for
    16, 32 (the default) and 64 bands;
  - gw_overlap on pairs of texts of 256 KiB, 512 KiB and 1 MiB;
  - sql/shards.py: the reuse recipe and the figures views over 8 shards of
    the corpus, on one and on two local workers: pages per hour per worker.
"""
import math
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "build", "bench")
LIB = os.path.join(ROOT, "build", "gongwen")
SEED = 20240611
VERSION = 3  # of the generator: a corpus made by another version is made again
SHINGLE = 5

# Words of official speeches and the words a copier puts in their place.
SYNONYMS = sorted([
    ("进一步", "更进一步"), ("加强", "强化"), ("推进", "推动"), ("落实", "贯彻"), ("确保", "保证"),
    ("坚决", "坚定"), ("全面", "全方位"), ("切实", "扎实"), ("重要", "关键"), ("认真", "用心"),
    ("不断", "持续"), ("积极", "主动"), ("深入", "深度"), ("提高", "提升"), ("开展", "进行"),
    ("各级", "各地"), ("群众", "老百姓"), ("部署", "安排"), ("要求", "需要"), ("目前", "当前"),
    ("迅速", "快速"), ("严格", "从严"), ("同志们", "各位同志"), ("工作", "任务"), ("必须", "务必"),
    ("增强", "强化"), ("完善", "健全"), ("领导", "带领"), ("情况", "形势"), ("问题", "难题"),
    ("做好", "抓好"), ("发展", "进步"), ("全县", "全区"), ("全市", "全州"), ("措施", "举措"),
])
ROLES = ["县长", "县委书记", "市长", "市委书记", "区长", "副县长", "局长", "镇党委书记", "主任", "领导"]
PLACES = ["全县", "全市", "全区", "全镇", "全州", "全旗"]
MEETINGS = ["疫情防控工作会议", "疫情防控表彰大会", "疫情防控推进会", "安全生产工作会议", "经济工作会议",
            "乡村振兴工作会议", "党风廉政建设工作会议", "防汛抗旱工作会议", "民生实事推进会", "优化营商环境大会"]
SITES = ["公文范文网", "范文大全", "第一文库", "文秘帮", "讲话稿网", "三七文档", "办公资源网", "写作之家"]


def connect(path):
    con = sqlite3.connect(path, isolation_level=None)
    con.enable_load_extension(True)
    con.load_extension(LIB)
    con.execute("PRAGMA synchronous = OFF")
    return con


def fixture_text():
    """The sentences and Han characters of the fixtures' speeches, simplified."""
    con = connect(":memory:")
    bodies = []
    for name in sorted(os.listdir(os.path.join(ROOT, "fixtures", "pages"))):
        page = open(os.path.join(ROOT, "fixtures", "pages", name), encoding="utf-8").read()
        bodies += [r[0] for r in con.execute("SELECT gw_simplify(body) FROM gw_speeches(?)", (page,))]
    con.close()
    sentences = []
    for body in bodies:
        for line in body.split("\n"):
            for s in re.findall(r"[^。！？]+[。！？]?", line):
                if len(s) >= 8:
                    sentences.append(s)
    sentences = sorted(set(sentences))
    hans = sorted({c for s in sentences for c in s if "\u4e00" <= c <= "\u9fff"})
    return sentences, hans


def original(rng, sentences, hans):
    paragraphs = []
    for _ in range(rng.randint(12, 40)):
        p = "".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
        p = "".join(rng.choice(hans) if "\u4e00" <= c <= "\u9fff" and rng.random() < 0.04 else c for c in p)
        paragraphs.append(p)
    title = f"{rng.choice(ROLES)}在{rng.choice(PLACES)}{rng.choice(MEETINGS)}上的讲话"
    return title, paragraphs


def mutate(rng, paragraphs, sentences, hans):
    """A copy's paragraphs, and whether to convert it to traditional."""
    level = rng.random()  # how much the copier changed: 0 nothing .. 1 a lot
    ps = [p for p in paragraphs if rng.random() >= 0.35 * level] or paragraphs[:1]
    for _ in range(rng.randint(0, 3)):  # paragraphs moved
        if len(ps) > 2:
            ps.insert(rng.randrange(len(ps)), ps.pop(rng.randrange(len(ps))))
    for _ in range(int(len(ps) * 0.4 * level * rng.random())):  # new paragraphs
        ps.insert(rng.randrange(len(ps) + 1), original(rng, sentences, hans)[1][0])
    if rng.random() < 0.7:  # reworded with synonyms
        rate = 0.6 * level
        for old, new in SYNONYMS:
            ps = [re.sub(old, lambda m: new if rng.random() < rate else old, p) for p in ps]
    if rng.random() < 0.5:  # numbers changed
        ps = [re.sub(r"\d+", lambda m: str(rng.randint(1, 999)) if rng.random() < 0.5 else m.group(0), p)
              for p in ps]
    return ps, rng.random() < 0.2


def page(rng, title, paragraphs):
    """A scraped page: some site's chrome around the speech, and between its paragraphs."""
    site = rng.choice(SITES)
    date = f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lines = []
    if rng.random() < 0.7:
        lines.append(f"当前位置:网站首页 > 公文范文 > 讲话稿 > {title}")
    lines += [title, f"时间:{date} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00 浏览次数:{rng.randint(1, 9999)}", ""]
    for i, p in enumerate(paragraphs):
        lines.append(p)
        if rng.random() < 0.04:
            lines.append(rng.choice([f"{i // 5 + 1} / {len(paragraphs) // 5 + 1}", "下载文档,编辑使用",
                                     f"www.{rng.randint(100, 999)}doc.com", "分享到:微信 微博 QQ空间"]))
    if rng.random() < 0.7:
        lines += ["", "推荐阅读", f"{rng.choice(MEETINGS)}讲话稿范文", f"{rng.choice(ROLES)}讲话精选",
                  f"©2015-2023 {site} 备案号:京ICP备{rng.randint(10000000, 99999999)}号-1"]
    return "\n".join(lines) + "\n"


def to_traditional(texts):
    """OpenCC's s2t over many texts at once (one process)."""
    if not texts:
        return []
    mark = "\n@@@@GW@@@@\n"
    got = subprocess.run(["opencc", "-c", "s2t.json"], input=mark.join(texts), capture_output=True,
                         text=True, check=True).stdout
    out = got.split(mark)
    assert len(out) == len(texts), "opencc changed the separator"
    return out


def build(path, n):
    rng = random.Random(SEED)
    sentences, hans = fixture_text()
    pages = []  # (family, text)
    family = 0
    while len(pages) < n:
        title, ps = original(rng, sentences, hans)
        members = [ps]
        pages.append((family, page(rng, title, ps), False))
        for _ in range(min(rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 7]), n - len(pages))):
            cps, trad = mutate(rng, rng.choice(members), sentences, hans)
            members.append(cps)
            pages.append((family, page(rng, title if rng.random() < 0.5 else original(rng, sentences, hans)[0],
                                       cps), trad))
        family += 1
    pages = pages[:n]
    trad = [i for i, (_, _, t) in enumerate(pages) if t]
    for i, text in zip(trad, to_traditional([pages[i][1] for i in trad])):
        pages[i] = (pages[i][0], text, True)
    if os.path.exists(path):
        os.remove(path)
    con = connect(path)
    con.execute("PRAGMA synchronous = OFF")
    con.executescript(open(os.path.join(ROOT, "sql", "schema.sql"), encoding="utf-8").read())
    con.execute("BEGIN")
    con.execute("CREATE TABLE family (page TEXT PRIMARY KEY, family INTEGER NOT NULL)")
    con.executemany("INSERT INTO pages (name, page) VALUES (?, ?)",
                    [(f"{i:06d}.txt", t) for i, (_, t, _) in enumerate(pages)])
    con.executemany("INSERT INTO family VALUES (?, ?)", [(f"{i:06d}.txt", f) for i, (f, _, _) in enumerate(pages)])
    con.execute("""INSERT INTO speeches (page, idx, title, speaker, occasion, published, level, script,
                                         truncated, body, pos, len)
                   SELECT p.name, s.idx, s.title, s.speaker, s.occasion, s.published, s.level, s.script,
                          s.truncated, s.body, s.pos, s.len
                   FROM pages p, gw_speeches(p.page) s ORDER BY p.name, s.idx""")
    con.execute("CREATE TABLE meta (version INTEGER, n INTEGER)")
    con.execute("INSERT INTO meta VALUES (?, ?)", (VERSION, n))
    con.execute("COMMIT")
    con.close()


NOT_KEPT = re.compile(r"[\W_]+")  # what is not a letter or a digit


def shingles(folded):
    keep = NOT_KEPT.sub("", folded)
    if len(keep) < SHINGLE:
        return {keep} if keep else set()
    return {keep[i:i + SHINGLE] for i in range(len(keep) - SHINGLE + 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0


class Truth:
    """Exact Jaccard similarities of pairs of speeches, computed on demand."""

    def __init__(self, con):
        self.con = con
        self.cache = {}

    def sets(self, ids):
        need = [i for i in ids if i not in self.cache]
        for i in range(0, len(need), 500):
            chunk = need[i:i + 500]
            q = "SELECT id, gw_fold(body) FROM speeches WHERE id IN (%s)" % ",".join("?" * len(chunk))
            for sid, folded in self.con.execute(q, chunk):
                self.cache[sid] = shingles(folded)
        return [self.cache[i] for i in ids]

    def pairs(self, pairs):
        out = {}
        for a, b in pairs:
            if len(self.cache) > 4000:  # pairs come family by family: keep few sets
                self.cache.clear()
            sa, sb = self.sets([a, b])
            out[(a, b)] = jaccard(sa, sb)
        return out


# The pairs the recipe keeps, from its candidates and signatures, without gw_overlap.
KEPT = """SELECT c.a, c.b, gw_similarity(x.sig, y.sig) FROM reuse_candidates c
          JOIN reuse_signatures x ON x.speech = c.a JOIN reuse_signatures y ON y.speech = c.b
          WHERE gw_similarity(x.sig, y.sig) >= 0.5"""


def timed(con, sql, params=()):
    t = time.perf_counter()
    rows = con.execute(sql, params).fetchall()
    return time.perf_counter() - t, rows


def run_steps(con, bands, names):
    """Runs steps of sql/reuse.sql on con; their times."""
    sys.path.insert(0, os.path.join(ROOT, "sql"))
    import shards
    parts = shards.steps(open(os.path.join(ROOT, "sql", "reuse.sql"), encoding="utf-8").read())
    times = {}
    for name in names:
        t = time.perf_counter()
        con.execute("BEGIN")
        shards.run_sql(con, parts[name], shards.Params(bands=bands), ROOT)
        con.execute("COMMIT")
        times[name] = time.perf_counter() - t
    return times


def main_bench(n, subset):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "reuse.db")
    ok = False
    if os.path.exists(path):
        try:
            c = sqlite3.connect(path)
            ok = c.execute("SELECT version, n FROM meta").fetchone() == (VERSION, n)
            c.close()
        except sqlite3.Error:
            ok = False
    if not ok:
        t = time.perf_counter()
        build(path, n)
        print(f"reuse corpus: made in {time.perf_counter() - t:.1f} s")
    con = connect(path)
    speeches, pages_n, mib = con.execute(
        "SELECT count(*), count(DISTINCT page), sum(length(CAST(body AS BLOB))) / 1048576.0 FROM speeches").fetchone()
    families = con.execute("SELECT count(DISTINCT family) FROM family").fetchone()[0]
    trad = con.execute("SELECT count(*) FROM speeches WHERE script = 'Hant'").fetchone()[0]
    print(f"reuse corpus: {pages_n} pages, {speeches} speeches ({mib:.1f} MiB of text, {trad} in traditional "
          f"characters), {families} families (an original and its copies)")

    # the recipe, step by step, on every speech
    times = run_steps(con, 32, ("signatures", "bands", "candidates", "verify"))
    found = {(a, b): s for a, b, s in con.execute("SELECT a, b, similarity FROM reuse")}
    cands = con.execute("SELECT count(*) FROM reuse_candidates").fetchone()[0]
    t_sig, _ = timed(con, "SELECT count(gw_minhash(body)) FROM speeches")
    t_lsh, lsh_rows = timed(con, KEPT.replace("c.a, c.b, gw_similarity(x.sig, y.sig)", "count(*)"))
    # the search again, twice (the machine is shared: the best of three runs)
    search_lsh = times["bands"] + times["candidates"] + t_lsh
    for _ in range(2):
        again = run_steps(con, 32, ("bands", "candidates"))
        search_lsh = min(search_lsh, again["bands"] + again["candidates"] + timed(con, KEPT)[0])
    print(f"recipe on {speeches} speeches, 32 bands: signatures {times['signatures']:.1f} s "
          f"(gw_minhash {mib / t_sig:.1f} MiB/s), bands {times['bands']:.2f} s, band join {times['candidates']:.2f} s "
          f"({cands} candidate pairs), gw_similarity on the candidates {t_lsh:.2f} s ({lsh_rows[0][0]} pairs "
          f">= 0.5), verify with gw_similarity and gw_overlap {times['verify']:.1f} s ({len(found)} pairs kept)")

    # all pairs on a subset, and the recipe's search on the same subset
    rng = random.Random(SEED + 1)
    ids = sorted(rng.sample([r[0] for r in con.execute("SELECT speech FROM reuse_signatures")], subset))
    con.execute("DROP TABLE IF EXISTS temp.sub")
    con.execute("CREATE TEMP TABLE sub AS SELECT speech, sig FROM reuse_signatures WHERE 0")
    con.executemany("INSERT INTO sub SELECT speech, sig FROM reuse_signatures WHERE speech = ?", [(i,) for i in ids])
    t_all = math.inf
    for _ in range(3):
        t, all_rows = timed(con, """
            SELECT a.speech, b.speech, gw_similarity(a.sig, b.sig) FROM sub a JOIN sub b ON b.speech > a.speech
            WHERE gw_similarity(a.sig, b.sig) >= 0.3""")
        t_all = min(t_all, t)
    sub_pairs = subset * (subset - 1) / 2
    all_pairs = speeches * (speeches - 1) / 2
    t_all_n = t_all * all_pairs / sub_pairs
    t_sub_lsh, sub_lsh = timed(con, """
        WITH b AS (SELECT s.speech, x.band, x.bucket FROM sub s, gw_minhash_bands(s.sig) x)
        SELECT count(*) FROM (SELECT DISTINCT p.speech AS a, q.speech AS b FROM b p JOIN b q
                              ON q.band = p.band AND q.bucket = p.bucket AND q.speech > p.speech) c
        JOIN sub x ON x.speech = c.a JOIN sub y ON y.speech = c.b WHERE gw_similarity(x.sig, y.sig) >= 0.5""")
    sub_all_05 = sum(1 for r in all_rows if r[2] >= 0.5)
    print(f"all pairs on a subset of {subset}: {sub_pairs:.0f} gw_similarity calls in {t_all:.2f} s "
          f"({t_all / sub_pairs * 1e9:.0f} ns a pair); the recipe's search on the same subset {t_sub_lsh:.3f} s "
          f"({sub_lsh[0][0]} pairs >= 0.5, all pairs {sub_all_05}): {t_all / t_sub_lsh:.0f}x")
    print(f"at {speeches} speeches: all pairs {all_pairs:.3g} calls, extrapolated {t_all_n:.0f} s; the recipe's search "
          f"(bands, band join, gw_similarity on candidates; best of 3) {search_lsh:.2f} s: {t_all_n / search_lsh:.0f}x faster; "
          f"the whole recipe with signatures and gw_overlap {sum(times.values()):.1f} s")
    ratio = t_all_n / search_lsh
    print(f"  the ratio grows with the number of speeches (all pairs n^2, the recipe about n): 100x from about "
          f"{speeches * 100 / ratio:.0f} speeches at these speeds")

    # the truth
    truth = Truth(con)
    fam = {}
    for sid, f in con.execute("SELECT s.id, f.family FROM speeches s JOIN family f ON f.page = s.page"):
        fam.setdefault(f, []).append(sid)
    t = time.perf_counter()
    true = {}
    for members in fam.values():
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                true[(members[i], members[j])] = None
    true.update(truth.pairs(list(true)))
    cross_sub = [(a, b) for a, b, s in all_rows if (a, b) not in true]
    cross = truth.pairs(cross_sub)
    cross_05 = sum(1 for v in cross.values() if v >= 0.5)
    true.update(cross)
    print(f"truth: exact Jaccard of 5-gram shingle sets of gw_fold(body) for {len(true)} pairs "
          f"({time.perf_counter() - t:.1f} s); pairs across families scoring >= 0.3 on the subset's all pairs: "
          f"{len(cross_sub)}, of which {cross_05} truly >= 0.5")

    print(f"{'bands':>5} {'candidates':>10} {'s >=':>4} {'true pairs':>10} {'candidates':>10} "
          f"{'recall':>7} {'recall*':>7} {'precision':>9} {'prec. ±0.1':>10}")
    for bands in (32, 16, 64):
        if bands != 32:
            t = time.perf_counter()
            run_steps(con, bands, ("bands", "candidates"))
            found = {(a, b): s for a, b, s in con.execute(KEPT)}
            print(f"  ({bands} bands: bands, band join and gw_similarity {time.perf_counter() - t:.1f} s)")
        cand = {(a, b) for a, b in con.execute("SELECT a, b FROM reuse_candidates")}
        extra = [p for p in found if p not in true]
        true.update(truth.pairs(extra))
        for level in (0.5, 0.8):
            t_pairs = {p for p, j in true.items() if j >= level}
            got = {p for p, s in found.items() if s >= level}
            recall = len(t_pairs & set(found)) / len(t_pairs)
            strict = len(t_pairs & got) / len(t_pairs)
            precision = sum(1 for p in got if true[p] >= level) / max(1, len(got))
            loose = sum(1 for p in got if true[p] >= level - 0.1) / max(1, len(got))
            in_cand = len(t_pairs & cand) / len(t_pairs)
            print(f"{bands:5} {len(cand):10} {level:4} {len(t_pairs):10} {in_cand:10.4f} {recall:7.4f} "
                  f"{strict:7.4f} {precision:9.4f} {loose:10.4f}")
    print("  candidates: share of true pairs that the band join proposes; recall: share the recipe keeps "
          "(similarity >= 0.5); recall*: kept with estimated similarity >= s; precision: share of kept pairs "
          "of estimated similarity >= s that are truly >= s; ±0.1: truly >= s - 0.1")
    con.close()
    overlap()
    scale(path, pages_n)


def overlap():
    """gw_overlap on two texts of 256 KiB, 512 KiB and 1 MiB: a text of the
    fixtures' sentences and a copy with paragraphs dropped and moved."""
    rng = random.Random(SEED + 2)
    sentences, hans = fixture_text()
    con = connect(":memory:")
    print(f"{'gw_overlap':10} {'KiB':>6} {'passages':>9} {'best s':>8} {'median s':>9} {'s per MiB':>10}")
    for kib in (256, 512, 1024):
        ps = []
        while sum(len(p.encode()) for p in ps) < kib * 1024:
            ps += original(rng, sentences, hans)[1]
        a = "\n".join(ps)[: kib * 1024 // 3]
        # the copy: every fifth paragraph dropped, neighbours swapped, synonyms in every third
        ps = [p for i, p in enumerate(a.split("\n")) if i % 5 != 4]
        for i in range(0, len(ps) - 1, 7):
            ps[i], ps[i + 1] = ps[i + 1], ps[i]
        for i in range(0, len(ps), 3):
            for old, new in SYNONYMS:
                ps[i] = ps[i].replace(old, new)
        b = "\n".join(ps)
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            n = con.execute("SELECT count(*) FROM gw_overlap(?, ?)", (a, b)).fetchone()[0]
            runs.append(time.perf_counter() - t)
        runs.sort()
        mib = len(a.encode()) / 1048576
        print(f"{'':10} {len(a.encode()) // 1024:6} {n:9} {runs[0]:8.3f} {runs[1]:9.3f} {runs[0] / mib:10.3f}")
    con.close()


def scale(path, pages_n):
    """sql/shards.py over 8 shards of the corpus, on 1 and on 2 local workers."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        print(f"shards: skipped, python3-distributed cannot be imported ({e})")
        return
    sys.path.insert(0, os.path.join(ROOT, "sql"))
    import shards
    folder = os.path.join(OUT, "reuse-shards")
    shards.split(path, folder, 8)
    print(f"{'shards.py, 8 shards':24} {'workers':>7} {'seconds':>8} {'pages/hour/worker':>18}")
    for sql in ("reuse.sql", "schema_figures.sql"):
        for workers in (1, 2):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None)
            client = Client(cluster)
            t = time.perf_counter()
            stats = shards.run(client, os.path.join(ROOT, "sql", sql), folder, os.path.join(OUT, "reuse-result.db"),
                               {}, LIB)
            dt = time.perf_counter() - t
            client.close()
            cluster.close()
            phases = " ".join(f"{k}={v}" for k, v in stats.items() if k.endswith("_s"))
            print(f"{sql:24} {workers:7} {dt:8.1f} {pages_n / dt * 3600 / workers:18.0f}  {phases}")
    shutil.rmtree(folder, ignore_errors=True)


def run(n=None, subset=None):
    n = n or int(os.environ.get("REUSE_SPEECHES", "20000"))
    subset = subset or int(os.environ.get("REUSE_SUBSET", "2000"))
    main_bench(n, min(subset, n))


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else None)
