#!/usr/bin/python3
"""shards.py — a ready-made analysis (a SQL file of sql/) over a corpus split
into SQLite shard files, on Dask's distributed scheduler.

    /usr/bin/python3 sql/shards.py split CORPUS.db SHARDS/ N
    /usr/bin/python3 sql/shards.py run ANALYSIS.sql SHARDS/ RESULT.db
                     [--scheduler tcp://HOST:8786 | --workers N]
                     [--param NAME=VALUE ...] [--extension PATH]

split: N shard files SHARDS/shard-000.db … holding the speeches table of
CORPUS.db cut by speech id (id modulo N) and the pages those speeches come
from. Speech ids are kept, so results name the same speeches as a run on
CORPUS.db.

run: one Dask task per shard opens the shard with the extension loaded and
runs the SQL file there (sqlite3 shell dot-commands: `.read` and
`.parameter set` are honoured, the others ignored; --param sets a parameter
as `.parameter set` does). The tables and views the analysis creates (CREATE
TABLE, CREATE VIEW, not TEMP) are its results: their rows are gathered from
every shard into RESULT.db, one table each. A view
that is one row per speech or per mention (figures) gathers exactly; a view
that counts across speeches (cited_documents) gives one row per shard, to be
summed in RESULT.db.

The reuse recipe (sql/reuse.sql, cut by its "-- step:" lines) runs in three
phases: "signatures" and "bands" on every shard (signatures and bands stay in
the shard, the bands are sent back); "candidates" here, on the bands of all shards
gathered into RESULT.db (the band join must see every speech); "verify" in
one task per pair of shards holding candidate pairs, which opens those two
shards and verifies the pairs whose speeches they hold. RESULT.db receives
reuse_bands, reuse_candidates and reuse.

Without --scheduler, a local cluster of --workers processes (default 2) on
the loopback interface runs the tasks. With --scheduler, the tasks go to that
cluster: every worker must read the shard files and the extension at the
paths given here (shared storage), and have Python's sqlite3 and Dask.
"""
import argparse
import os
import re
import sqlite3
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
EXTENSION = os.path.join(ROOT, "build", "gongwen")
CREATES = re.compile(r"^\s*CREATE\s+(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?[\"`\[]?(\w+)",
                     re.IGNORECASE | re.MULTILINE)


class Params(dict):
    """Named parameters: an unset one is NULL, as in the sqlite3 shell."""

    def __missing__(self, key):
        return None


def value(text):
    """A .parameter value as the shell reads it: a number, or a (quoted) text."""
    text = text.strip()
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].replace(text[0] * 2, text[0])
    return text


def connect(path, extension, readonly=False):
    uri = "file:" + path + ("?mode=ro" if readonly else "")
    con = sqlite3.connect(uri if path != ":memory:" else path, uri=path != ":memory:",
                          isolation_level=None, timeout=60)
    con.enable_load_extension(True)
    con.load_extension(extension)
    con.enable_load_extension(False)
    return con


def run_sql(con, text, params, base=None, made=None):
    """Runs the statements of text one by one, with params bound; honours the
    shell's .read and .parameter set, skips its other dot-commands. Returns
    the names of the tables and views it creates (not TEMP ones), in order."""
    base = base or os.getcwd()
    made = [] if made is None else made
    pending = ""
    for line in text.splitlines(keepends=True):
        if not pending.strip() and line.startswith("."):
            words = line.split(None, 3)
            if words[0] == ".read" and len(words) > 1:
                path = os.path.join(base, words[1].strip())
                with open(path, encoding="utf-8") as f:
                    run_sql(con, f.read(), params, base, made)
            elif words[0] == ".parameter" and len(words) == 4 and words[1] == "set":
                params[words[2].lstrip(":$@")] = value(words[3])
            pending = ""
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            execute(con, pending, params, made)
            pending = ""
    if pending.strip() and sqlite3.complete_statement(pending + ";"):
        execute(con, pending, params, made)
    return made


def execute(con, stmt, params, made):
    con.execute(stmt, params).fetchall()
    for name in CREATES.findall("\n".join(l for l in stmt.splitlines() if not l.lstrip().startswith("--"))):
        if name not in made:
            made.append(name)


def steps(text):
    """The "-- step: NAME" parts of a SQL file, in order, as {name: text}."""
    out, name = {}, None
    for line in text.splitlines(keepends=True):
        if line.startswith("-- step:"):
            name = line[len("-- step:"):].strip()
            out[name] = ""
        elif name:
            out[name] += line
    return out


def objects(con, schema="main"):
    """{name: (type, sql)} of the tables and views of a schema."""
    return {n: (t, s) for n, t, s in con.execute(
        f"SELECT name, type, sql FROM {schema}.sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%'")}


def results(con, names):
    """For each table or view of names: its CREATE TABLE statement (None for a
    view), its columns and its rows."""
    objs = objects(con)
    out = {}
    for name in names:
        if name not in objs:
            continue
        kind, sql = objs[name]
        cur = con.execute(f'SELECT * FROM "{name}"')
        out[name] = (sql if kind == "table" else None, [d[0] for d in cur.description], cur.fetchall())
    return out


# The tasks. Each runs in a worker process and opens its shards itself.

def task_analysis(shard, sql, params, extension, base):
    con = connect(shard, extension)
    con.execute("BEGIN")
    made = run_sql(con, sql, Params(params), base)
    con.execute("COMMIT")
    out = results(con, made)
    con.close()
    return out


def task_signatures(shard, sql, params, extension, base):
    con = connect(shard, extension)
    con.execute("BEGIN")
    run_sql(con, sql, Params(params), base)
    con.execute("COMMIT")
    bands = con.execute("SELECT speech, band, bucket FROM reuse_bands").fetchall()
    speeches = [r[0] for r in con.execute("SELECT id FROM speeches")]
    con.close()
    return speeches, bands


def task_verify(shards, pairs, sql, params, extension, base):
    """Verifies pairs (a, b) whose speeches live in shards (one or two files):
    the speeches and signatures they need are copied into a database in
    memory, where the verify step runs as it does on one database."""
    con = connect(":memory:", extension)
    for i, path in enumerate(shards):
        con.execute(f"ATTACH ? AS s{i}", ("file:" + path + "?mode=ro",))
    con.execute("CREATE TABLE reuse_candidates (a INTEGER, b INTEGER)")
    con.executemany("INSERT INTO reuse_candidates VALUES (?, ?)", pairs)
    con.execute("CREATE TEMP TABLE needed AS SELECT a AS id FROM reuse_candidates "
                "UNION SELECT b FROM reuse_candidates")
    for table in ("speeches", "reuse_signatures"):
        con.execute(objects(con, "s0")[table][1])
        key = "id" if table == "speeches" else "speech"
        for i in range(len(shards)):
            con.execute(f"INSERT INTO main.{table} SELECT * FROM s{i}.{table} "
                        f"WHERE {key} IN (SELECT id FROM needed)")
    con.execute("BEGIN")
    made = run_sql(con, sql, Params(params), base)
    con.execute("COMMIT")
    out = results(con, made)
    con.close()
    return out


def gather(out, got):
    """Appends the rows of a task's results to the result database, making
    each table on first use (as the shard made it, or one column per column
    of a view)."""
    for name, (sql, cols, rows) in got.items():
        if not out.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
            out.execute(sql or f'CREATE TABLE "{name}" (' + ", ".join(f'"{c}"' for c in cols) + ")")
        marks = ", ".join("?" * len(cols))
        out.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)


def split(corpus, folder, n):
    os.makedirs(folder, exist_ok=True)
    src = sqlite3.connect(corpus)
    ddl = {name: sql for name, sql in src.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('pages', 'speeches')")}
    src.close()
    paths = []
    for i in range(n):
        path = os.path.join(folder, f"shard-{i:03d}.db")
        if os.path.exists(path):
            os.remove(path)
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("ATTACH ? AS src", (corpus,))
        con.execute("BEGIN")
        con.execute(ddl["pages"])
        con.execute(ddl["speeches"])
        con.execute("INSERT INTO speeches SELECT * FROM src.speeches WHERE id % ? = ?", (n, i))
        con.execute("INSERT INTO pages SELECT * FROM src.pages WHERE name IN (SELECT page FROM speeches)")
        con.execute("COMMIT")
        con.execute("DETACH src")
        con.close()
        paths.append(path)
    return paths


def shard_files(folder):
    return sorted(os.path.join(folder, f) for f in os.listdir(folder)
                  if f.startswith("shard-") and f.endswith(".db"))


def run(client, sql_path, folder, result, params, extension):
    """Runs the analysis over every shard of folder; returns what it did."""
    with open(sql_path, encoding="utf-8") as f:
        text = f.read()
    shards = [os.path.abspath(p) for p in shard_files(folder)]
    base = os.getcwd()
    if os.path.exists(result):
        os.remove(result)
    out = connect(result, extension)
    out.execute("BEGIN")
    parts = steps(text)
    stats = {"shards": len(shards)}
    if not {"signatures", "bands", "candidates", "verify"} <= parts.keys():
        futures = [client.submit(task_analysis, s, text, params, extension, base, pure=False)
                   for s in shards]
        for got in client.gather(futures):
            gather(out, got)
        out.execute("COMMIT")
        out.close()
        return stats
    # the reuse recipe: signatures and bands on every shard ...
    futures = [client.submit(task_signatures, s, parts["signatures"] + parts["bands"], params, extension,
                             base, pure=False) for s in shards]
    home = {}
    t = time.perf_counter()
    out.execute("CREATE TABLE reuse_bands (speech INTEGER NOT NULL, band INTEGER NOT NULL, "
                "bucket INTEGER NOT NULL)")
    for i, (speeches, bands) in enumerate(client.gather(futures)):
        home.update((s, i) for s in speeches)
        out.executemany("INSERT INTO reuse_bands VALUES (?, ?, ?)", bands)
    stats["signatures_s"] = round(time.perf_counter() - t, 2)
    # ... the band join on all of them, here ...
    t = time.perf_counter()
    run_sql(out, parts["candidates"], Params(params), base)
    pairs = {}
    for a, b in out.execute("SELECT a, b FROM reuse_candidates"):
        pairs.setdefault(tuple(sorted((home[a], home[b]))), []).append((a, b))
    stats["candidates"] = sum(len(p) for p in pairs.values())
    stats["shard_pairs"] = len(pairs)
    stats["join_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    # ... and each candidate verified where its two speeches live (one task
    # on no pairs makes the empty table when there is no candidate)
    work = sorted(pairs.items()) or [((0, 0), [])]
    futures = [client.submit(task_verify, [shards[i] for i in sorted({i, j})], p,
                             parts["verify"], params, extension, base, pure=False)
               for (i, j), p in work]
    for got in client.gather(futures):
        gather(out, got)
    stats["verify_s"] = round(time.perf_counter() - t, 2)
    out.execute("COMMIT")
    out.close()
    return stats


def client_for(args):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        sys.exit(f"shards.py: Dask's distributed cannot be imported ({e}); "
                 "install it: apt-get install python3-distributed")
    if args.scheduler:
        return Client(args.scheduler), None
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    return Client(cluster), cluster


def main(argv):
    p = argparse.ArgumentParser(prog="shards.py", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("split", help="cut a corpus database into shard files")
    s.add_argument("corpus")
    s.add_argument("folder")
    s.add_argument("n", type=int)
    r = sub.add_parser("run", help="run a SQL file over every shard of a folder")
    r.add_argument("sql")
    r.add_argument("folder")
    r.add_argument("result")
    r.add_argument("--scheduler", help="address of a Dask scheduler, e.g. tcp://10.0.0.5:8786")
    r.add_argument("--workers", type=int, default=2, help="local worker processes (no --scheduler)")
    r.add_argument("--param", action="append", default=[], help="NAME=VALUE, as .parameter set")
    r.add_argument("--extension", default=EXTENSION, help="path of the gongwen extension")
    args = p.parse_args(argv)
    if args.command == "split":
        if args.n < 1:
            p.error("n must be at least 1")
        for path in split(args.corpus, args.folder, args.n):
            print(path)
        return 0
    params = {}
    for item in args.param:
        name, _, v = item.partition("=")
        params[name.lstrip(":$@")] = value(v)
    client, cluster = client_for(args)
    try:
        t = time.perf_counter()
        stats = run(client, args.sql, args.folder, args.result, params, os.path.abspath(args.extension))
        stats["seconds"] = round(time.perf_counter() - t, 2)
    finally:
        client.close()
        if cluster:
            cluster.close()
    print("shards.py: " + " ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
