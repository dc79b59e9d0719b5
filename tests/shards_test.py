#!/usr/bin/python3
"""sql/shards.py on a local Dask cluster (two worker processes, loopback only)
over four shards of the fixtures, against the same analyses run by the
sqlite3 shell on the whole database: the reuse recipe (with the defaults, and
with 128 bands so that pairs across shards are verified) and the figures
views. Exit 77 (skipped) when Dask's distributed cannot be imported.

Run by tests/run.sh from the repository root; the last line is a summary.
"""
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
EXT = os.path.join(ROOT, "build", "gongwen")

try:
    from dask.distributed import Client, LocalCluster
except ImportError as e:
    print(f"python3-distributed cannot be imported ({e}); install it (make deps-test)")
    sys.exit(77)

spec = importlib.util.spec_from_file_location("shards", os.path.join(ROOT, "sql", "shards.py"))
shards = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shards)

failed = 0
passed = 0


def check(cond, what):
    global failed, passed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)


def shell(db, *commands):
    """The sqlite3 shell with the extension loaded, as a user runs it."""
    args = ["sqlite3", "-batch", "-bail", "-cmd", ".load " + EXT, db] + list(commands)
    subprocess.run(args, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def rows(db, sql):
    con = sqlite3.connect(db)
    got = con.execute(sql).fetchall()
    con.close()
    return got


def main():
    tmp = tempfile.mkdtemp(prefix="gw-shards-")
    corpus = os.path.join(tmp, "corpus.db")
    shell(corpus, ".parameter set :dir fixtures/pages", ".read sql/schema.sql", ".read sql/load.sql")
    n_speeches = rows(corpus, "SELECT count(*) FROM speeches")[0][0]
    paths = shards.split(corpus, os.path.join(tmp, "shards"), 4)
    check(len(paths) == 4, "four shard files")
    parts = [rows(p, "SELECT count(*) FROM speeches")[0][0] for p in paths]
    check(sum(parts) == n_speeches and min(parts) > 0, f"every speech in one shard: {parts}")

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    client = Client(cluster)
    try:
        check(len(client.scheduler_info()["workers"]) == 2, "two workers")
        cases = [("defaults", {}), ("128 bands", {"bands": 128, "min_similarity": 0.02})]
        for label, params in cases:
            single = os.path.join(tmp, f"single-{len(params)}.db")
            subprocess.run(["cp", corpus, single], check=True)
            shell(single, *[f".parameter set :{k} {v}" for k, v in params.items()], ".read sql/reuse.sql")
            want = rows(single, "SELECT a, b, similarity, shared_chars FROM reuse ORDER BY a, b")
            result = os.path.join(tmp, f"reuse-{len(params)}.db")
            stats = shards.run(client, os.path.join(ROOT, "sql", "reuse.sql"), os.path.join(tmp, "shards"),
                               result, params, EXT)
            got = rows(result, "SELECT a, b, similarity, shared_chars FROM reuse ORDER BY a, b")
            check(len(want) > 0, f"reuse {label}: the single run finds pairs")
            check(got == want, f"reuse {label}: sharded {got} != single {want}")
            cands = rows(single, "SELECT a, b FROM reuse_candidates ORDER BY a, b")
            check(rows(result, "SELECT a, b FROM reuse_candidates ORDER BY a, b") == cands,
                  f"reuse {label}: the same candidates")
            if params:
                check(stats["shard_pairs"] > 1, f"reuse {label}: pairs verified across shards {stats}")
                check(len(want) >= 6, f"reuse {label}: partial reuse found ({len(want)} pairs)")
        # a ready-made analysis of views: row-wise views gather exactly, counts add up
        single = os.path.join(tmp, "single-figures.db")
        subprocess.run(["cp", corpus, single], check=True)
        shell(single, ".read sql/schema_figures.sql")
        result = os.path.join(tmp, "figures.db")
        shards.run(client, os.path.join(ROOT, "sql", "schema_figures.sql"), os.path.join(tmp, "shards"),
                   result, {}, EXT)
        con = sqlite3.connect(single)
        con.enable_load_extension(True)
        con.load_extension(EXT)
        for view, order in (("figures", "speech, id"), ("figure_totals", "speech, kind, unit")):
            want = con.execute(f"SELECT * FROM {view} ORDER BY {order}").fetchall()
            got = rows(result, f"SELECT * FROM {view} ORDER BY {order}")
            check(len(want) > 0 and got == want, f"{view}: {len(got)} rows sharded, {len(want)} single")
        want = con.execute("SELECT document, citations, speeches FROM cited_documents ORDER BY 1").fetchall()
        got = rows(result, "SELECT document, sum(citations), sum(speeches) FROM cited_documents "
                   "GROUP BY document ORDER BY 1")
        check(len(want) > 0 and got == want, "cited_documents summed over shards")
        con.close()
    finally:
        client.close()
        cluster.close()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"shards: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
