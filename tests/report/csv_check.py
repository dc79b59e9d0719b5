"""csv_check.py DB DIR — the CSV files of sql/report_csv.sql against the
database they come from: each starts with a byte-order mark, parses as CSV
with its header, and holds one row per thing it lists (every speech, every
directive, every figure, every quotation, every hit of the keyword)."""
import csv
import os
import sqlite3
import sys

db, folder = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
con.enable_load_extension(True)
con.load_extension("build/gongwen")

# file: (its first columns, the query counting the rows it must hold)
expected = {
    "speeches.csv": (["speech", "page", "idx", "title"], "SELECT count(*) FROM speeches"),
    "pages.csv": (["page", "chars", "speeches", "error"], "SELECT count(*) FROM pages"),
    "outlines.csv": (["speech", "id", "parent", "depth", "path"],
                     "SELECT count(*) FROM speeches s, gw_directives(s.body)"),
    "figures.csv": (["speech", "id", "text", "value"], "SELECT count(*) FROM speeches s, gw_numbers(s.body)"),
    "quotes.csv": (["speech", "id", "kind", "text"], "SELECT count(*) FROM speeches s, gw_quotes(s.body)"),
    "keywords.csv": (["speech", "rank", "word", "weight", "count"],
                     "SELECT count(*) FROM speeches s, gw_keywords(s.body)"),
    "places.csv": (["speech", "id", "name", "code", "level", "canonical"],
                   "SELECT count(*) FROM speeches s, gw_places(s.body)"),
    "formulations.csv": (["formulation", "numeral", "uses", "speeches"], "SELECT count(*) FROM formulations_folded"),
    "documents.csv": (["document", "citations", "speeches"], "SELECT count(*) FROM cited_documents_folded"),
    "copies.csv": (["copy_of", "speech", "page"], "SELECT count(*) FROM copies WHERE size > 1"),
    "kwic.csv": (["query", "speech", "page", "idx", "pos", "left", "hit", "right"], None),
}
failed = 0
total = 0
for name, (columns, query) in expected.items():
    path = os.path.join(folder, name)
    with open(path, "rb") as f:
        raw = f.read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        print(f"{name}: no byte-order mark")
        failed += 1
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0][: len(columns)] != columns:
        print(f"{name}: header {rows[0]}, expected it to start {columns}")
        failed += 1
    want = con.execute(query).fetchone()[0] if query else None
    if want is not None and len(rows) - 1 != want:
        print(f"{name}: {len(rows) - 1} rows, expected {want}")
        failed += 1
    total += len(rows) - 1

# The text survives: the title of each speech as in the database.
with open(os.path.join(folder, "speeches.csv"), encoding="utf-8-sig", newline="") as f:
    titles = {int(r["speech"]): r["title"] for r in csv.DictReader(f)}
for sid, title in con.execute("SELECT id, coalesce(title, '') FROM speeches"):
    if titles.get(sid) != title:
        print(f"speeches.csv: speech {sid} has title {titles.get(sid)!r}, expected {title!r}")
        failed += 1
# Every hit of kwic.csv is the keyword as the speech has it at pos.
with open(os.path.join(folder, "kwic.csv"), encoding="utf-8-sig", newline="") as f:
    hits = list(csv.DictReader(f))
for h in hits:
    at = con.execute("SELECT substr(body, ?, ?) FROM speeches WHERE id = ?",
                     (int(h["pos"]), len(h["hit"]), int(h["speech"]))).fetchone()[0]
    if at != h["hit"]:
        print(f"kwic.csv: speech {h['speech']} has {at!r} at {h['pos']}, not {h['hit']!r}")
        failed += 1
if not hits:
    print("kwic.csv: no hit of the keyword")
    failed += 1
print(f"{len(expected)} files, {total} rows")
sys.exit(1 if failed else 0)
