#!/usr/bin/python3
"""report_html.py DB [OUT] — writes the report of a loaded database as one
self-contained HTML page (default build/report.html): no network, no
script, opens from file://.

    /usr/bin/python3 sql/report_html.py build/demo.db build/report.html

The page holds: the corpus in figures; two charts in inline SVG (directives
and figures per speech, and a heat map of how similar the speeches are); the
speeches (title, speaker, date, level, length, copies); for each distinct
speech its outline as a collapsible tree, its largest figures, its keywords
and places (gw_keywords, gw_places, where the extension has them), its
formulations and cited documents;
and the pairs of speeches that share passages, side by side with the shared
passages marked.

Everything is read through SQL with the extension loaded (build/gongwen
next to this folder, else `gongwen` by name); the queries are below, one
per part. A speech that several pages carry (the view copies,
sql/schema_report.sql) is described once.
"""
import html
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DETAILED = 500  # distinct speeches described in full; the CSVs hold the rest
HEATMAP = 40  # speeches on the heat map
PAIRS = 12  # pairs of speeches shown side by side
CHART = 60  # speeches on the bar chart


def connect(path):
    """The database, read-only, with the extension loaded."""
    if not os.path.exists(path):
        sys.exit(f"report_html.py: no database {path}; load pages first (make demo)")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.enable_load_extension(True)
    built = os.path.join(HERE, "..", "build", "gongwen")
    try:
        con.load_extension(built)
    except sqlite3.OperationalError:
        con.load_extension("gongwen")
    con.enable_load_extension(False)
    return con


def has(con, kind, name):
    """Whether the database has a table (kind 'table') or the extension a
    table-valued function (kind 'module')."""
    if kind == "module":
        sql = "SELECT 1 FROM pragma_module_list WHERE name = ?"
    else:
        sql = "SELECT 1 FROM sqlite_schema WHERE type IN ('table', 'view') AND name = ?"
    return con.execute(sql, (name,)).fetchone() is not None


def e(x):
    """HTML-escaped text of any value; NULL is empty."""
    return "" if x is None else html.escape(str(x), quote=True)


def num(x):
    return "" if x is None else (f"{x:,}" if isinstance(x, int) else f"{x:,.15g}")


# ---------------------------------------------------------------- the data


def speeches(con):
    """Every speech, with the group of copies it belongs to."""
    # The copies view when the schema has it, else the same rule here.
    copies = "copies" if has(con, "table", "copies") else (
        "(SELECT id AS speech, min(id) OVER w AS first, count(*) OVER w AS size "
        "FROM speeches WINDOW w AS (PARTITION BY gw_fold(body)))")
    con.execute(f"CREATE TEMP TABLE copy_of AS SELECT speech, first, size FROM {copies}")
    cols = ("id page idx title speaker occasion published level script chars truncated "
            "first size").split()
    rows = con.execute("""
        SELECT s.id, s.page, s.idx, s.title, s.speaker, s.occasion, s.published, s.level,
               s.script, length(s.body), s.truncated, c.first, c.size
        FROM speeches s JOIN copy_of c ON c.speech = s.id ORDER BY s.id""")
    return [dict(zip(cols, r)) for r in rows]


def outline(con, sid):
    """The directives of one speech: (id, parent, path, marker, heading)."""
    return con.execute("""
        SELECT d.id, d.parent, d.path, d.marker, d.heading
        FROM speeches s, gw_directives(s.body) d WHERE s.id = ? ORDER BY d.id""", (sid,)).fetchall()


def figures(con, sid):
    """How many figures of each kind, and the five largest sums of money and counts."""
    kinds = con.execute("""
        SELECT n.kind, count(*) FROM speeches s, gw_numbers(s.body) n
        WHERE s.id = ? GROUP BY n.kind ORDER BY count(*) DESC, n.kind""", (sid,)).fetchall()
    top = con.execute("""
        SELECT n.kind, n.value, n.text, n.clause FROM speeches s, gw_numbers(s.body) n
        WHERE s.id = ? AND n.kind IN ('money', 'count') AND n.value IS NOT NULL
        ORDER BY n.value DESC, n.id LIMIT 5""", (sid,)).fetchall()
    return kinds, top


def quotes(con, sid):
    """The formulations (quotes of 2 to 12 characters) and cited titles of a
    speech, most used first, traditional and simplified as one."""
    rows = con.execute("""
        SELECT q.kind, min(q.text), count(*) FROM speeches s, gw_quotes(s.body) q
        WHERE s.id = ? AND (q.kind = 'title' OR length(q.text) BETWEEN 2 AND 12)
        GROUP BY q.kind, gw_fold(q.text) ORDER BY count(*) DESC, min(q.text)""", (sid,))
    found = {"quote": [], "title": []}
    for kind, text, n in rows:
        found[kind].append((text, n))
    return found["quote"], found["title"]


def keywords(con, sid):
    """The speech's keywords (gw_keywords), when the extension has them."""
    if not has(con, "module", "gw_keywords"):
        return []
    return con.execute("""
        SELECT k.word, k.weight FROM speeches s, gw_keywords(s.body, 10) k
        WHERE s.id = ? ORDER BY k.id""", (sid,)).fetchall()


def places(con, sid):
    """The places a speech names (gw_places), most named first, when the
    extension has them: (canonical name, level, code, mentions)."""
    if not has(con, "module", "gw_places"):
        return []
    return con.execute("""
        SELECT coalesce(p.canonical, p.name), p.level, p.code, count(*)
        FROM speeches s, gw_places(s.body) p WHERE s.id = ?
        GROUP BY coalesce(p.code, p.name) ORDER BY count(*) DESC, min(p.pos) LIMIT 12""", (sid,)).fetchall()


def counts(con, ids):
    """Directives and figures of each speech of ids: {id: (directives, figures)}."""
    out = {}
    for sid in ids:
        d, f = con.execute("""
            SELECT (SELECT count(*) FROM gw_directives(s.body)), (SELECT count(*) FROM gw_numbers(s.body))
            FROM speeches s WHERE s.id = ?""", (sid,)).fetchone()
        out[sid] = (d, f)
    return out


def similarities(con, ids):
    """gw_similarity of every pair of ids: {(a, b): similarity} with a < b."""
    con.execute("CREATE TEMP TABLE sig (id INTEGER PRIMARY KEY, sig BLOB)")
    con.executemany("INSERT INTO sig SELECT id, gw_minhash(body) FROM speeches WHERE id = ?",
                    [(i,) for i in ids])
    rows = con.execute("""
        SELECT x.id, y.id, gw_similarity(x.sig, y.sig) FROM sig x JOIN sig y ON x.id < y.id
        WHERE x.sig IS NOT NULL AND y.sig IS NOT NULL""")
    return {(a, b): s for a, b, s in rows}


def pairs(con, sims):
    """The pairs of speeches that share passages, most shared first: those of
    the table reuse (sql/reuse.sql: pairs of similarity 0.5 or more across
    the corpus), and those of the heat map that share less but still share
    passages. (a, b, similarity, shared characters)."""
    found = []
    if has(con, "table", "reuse"):
        found = con.execute("SELECT a, b, similarity, shared_chars FROM reuse").fetchall()
    known = {(a, b) for a, b, _, _ in found}
    for (a, b), s in sims.items():
        if s < 0.05 or (a, b) in known:
            continue
        shared = con.execute("""
            SELECT coalesce(sum(o.a_len), 0) FROM speeches x, speeches y, gw_overlap(x.body, y.body) o
            WHERE x.id = ? AND y.id = ?""", (a, b)).fetchone()[0]
        if shared:
            found.append((a, b, s, shared))
    return sorted(found, key=lambda p: (-p[3], p[0], p[1]))


def overlap(con, a, b):
    """The two bodies and their shared passages: (body_a, body_b, [(a_pos,
    a_len, b_pos, b_len)]), positions 1-based in characters."""
    body_a, body_b = (con.execute("SELECT body FROM speeches WHERE id = ?", (i,)).fetchone()[0]
                      for i in (a, b))
    rows = con.execute("SELECT a_pos, a_len, b_pos, b_len FROM gw_overlap(?, ?)", (body_a, body_b))
    return body_a, body_b, rows.fetchall()


# ---------------------------------------------------------------- the page

CSS = """
:root { --ink: #1d2330; --muted: #5d6675; --line: #d9dde4; --accent: #b3261e; --blue: #2f5d9b; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC",
       "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
       color: var(--ink); margin: 0 auto; max-width: 76rem; padding: 1.5rem; line-height: 1.5; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--ink); margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0; }
.muted, .meta { color: var(--muted); font-size: .9rem; }
.stats { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.stats div { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; }
.stats b { display: block; font-size: 1.3rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.charts figure { margin: 0; }
figcaption { font-weight: bold; margin-bottom: .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.speech { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.speech .cols { display: flex; flex-wrap: wrap; gap: 1.5rem; margin-top: .5rem; }
.speech .cols > div { flex: 1 1 14rem; }
.speech .cols > div.figures { flex: 2 1 26rem; }
.figures td:nth-child(2) { white-space: nowrap; }
.speech h4 { margin: .5rem 0 .2rem; font-size: .95rem; }
ul.tree { list-style: none; padding-left: 1.1rem; margin: .2rem 0; }
ul.tree li { margin: .1rem 0; }
.path { color: var(--blue); font-variant-numeric: tabular-nums; margin-right: .4rem; }
summary { cursor: pointer; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.pair pre { white-space: pre-wrap; font-family: inherit; max-height: 24rem; overflow: auto;
            border: 1px solid var(--line); padding: .5rem; margin: 0; font-size: .9rem; }
mark { background: #ffe08a; }
.tag { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem;
       margin: 0 .2rem .2rem 0; font-size: .85rem; }
"""


def tree(rows):
    """An outline as nested lists; a directive with children is a <details>."""
    kids = {}
    for r in rows:
        kids.setdefault(r[1], []).append(r)

    def items(parent):
        out = []
        for did, _, path, marker, heading in kids.get(parent, []):
            label = f'<span class="path">{e(path)}</span>{e(heading or marker)}'
            if did in kids:
                out.append(f"<li><details><summary>{label}</summary>"
                           f'<ul class="tree">{items(did)}</ul></details></li>')
            else:
                out.append(f"<li>{label}</li>")
        return "".join(out)

    return f'<ul class="tree">{items(None)}</ul>'


def short(text, n):
    text = text or ""
    return text if len(text) <= n else text[: n - 1] + "…"


def bars(rows, counted):
    """Directives and figures of each speech, as horizontal bars."""
    rows = rows[:CHART]
    top = max([max(counted[r["id"]]) for r in rows] + [1])
    label, width, h = 220, 240, 16
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label + width + 40}" '
           f'height="{len(rows) * 2 * h + 40}" role="img" aria-label="directives and figures per speech">']
    for i, r in enumerate(rows):
        y = 10 + i * 2 * h
        d, f = counted[r["id"]]
        out.append(f'<text x="0" y="{y + h}" font-size="12">#{r["id"]} {e(short(r["title"], 14))}</text>')
        for j, (n, colour, what) in enumerate(((d, "#2f5d9b", "directives"), (f, "#e08a1e", "figures"))):
            w = max(1, round(width * n / top)) if n else 0
            out.append(f'<rect x="{label}" y="{y + j * h / 2 + 3}" width="{w}" height="{h / 2 - 1}" '
                       f'fill="{colour}"><title>#{r["id"]}: {n} {what}</title></rect>'
                       f'<text x="{label + w + 4}" y="{y + j * h / 2 + h / 2 + 1}" font-size="9">{n}</text>')
    y = 20 + len(rows) * 2 * h
    out.append(f'<rect x="{label}" y="{y}" width="10" height="8" fill="#2f5d9b"/>'
               f'<text x="{label + 14}" y="{y + 8}" font-size="11">directives</text>'
               f'<rect x="{label + 90}" y="{y}" width="10" height="8" fill="#e08a1e"/>'
               f'<text x="{label + 104}" y="{y + 8}" font-size="11">figures</text></svg>')
    return "".join(out)


def heat(ids, sims):
    """The similarity of every pair of speeches, as a heat map."""
    n = len(ids)
    cell, margin = max(10, min(22, 400 // max(n, 1))), 40
    size = margin + n * cell + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size + 120}" height="{size}" role="img" '
           f'aria-label="similarity of the speeches">']
    for i, a in enumerate(ids):
        out.append(f'<text x="{margin - 4}" y="{margin + i * cell + cell - 3}" font-size="9" '
                   f'text-anchor="end">#{a}</text>'
                   f'<text x="{margin + i * cell + cell / 2}" y="{margin - 4}" font-size="9" '
                   f'text-anchor="middle">#{a}</text>')
        for j, b in enumerate(ids):
            s = 1.0 if a == b else sims.get((min(a, b), max(a, b)), 0.0)
            out.append(f'<rect x="{margin + j * cell}" y="{margin + i * cell}" width="{cell - 1}" '
                       f'height="{cell - 1}" fill="{shade(s)}"><title>#{a} · #{b}: {s:.2f}</title></rect>')
    for k in range(11):  # the legend: 0 at the bottom, 1 at the top
        out.append(f'<rect x="{size + 10}" y="{margin + (10 - k) * 10}" width="14" height="10" '
                   f'fill="{shade(k / 10)}"/>')
    out.append(f'<text x="{size + 28}" y="{margin + 9}" font-size="10">1.0</text>'
               f'<text x="{size + 28}" y="{margin + 109}" font-size="10">0.0</text></svg>')
    return "".join(out)


def shade(s):
    """White for 0, deep red for 1; the square root makes small overlaps visible."""
    t = max(0.0, min(1.0, s)) ** 0.5
    r, g, b = (round(255 + (c - 255) * t) for c in (179, 38, 30))
    return f"#{r:02x}{g:02x}{b:02x}"


def marked(text, spans):
    """text with the spans (1-based character position, length) in <mark>."""
    out, at = [], 0
    for pos, length in sorted(spans):
        start = max(pos - 1, at)
        if start >= pos - 1 + length:
            continue
        out.append(e(text[at:start]))
        out.append(f"<mark>{e(text[start:pos - 1 + length])}</mark>")
        at = pos - 1 + length
    out.append(e(text[at:]))
    return "".join(out)


def speech_block(con, r, copies):
    """One distinct speech: what it is, its outline, figures, keywords, quotes."""
    sid = r["id"]
    meta = " · ".join(e(x) for x in (r["speaker"], r["occasion"], r["published"], r["level"],
                                     r["script"], f'{r["chars"]:,} characters') if x)
    where = f'{e(r["page"])} #{r["idx"]}'
    if copies:
        where += " · also " + ", ".join(f'<a href="#s{c}">#{c}</a>' for c in copies)
    out = [f'<section class="speech" id="s{sid}"><h3>#{sid} {e(r["title"] or "(untitled)")}</h3>',
           f'<div class="meta">{meta}<br>{where}</div>']
    directives = outline(con, sid)
    if directives:
        out.append(f"<details><summary>Outline: {len(directives)} directives</summary>"
                   f"{tree(directives)}</details>")
    else:
        out.append('<div class="muted">No numbered directives.</div>')
    kinds, top = figures(con, sid)
    words = keywords(con, sid)
    forms, titles = quotes(con, sid)
    out.append('<div class="cols">')
    out.append('<div class="figures"><h4>Figures</h4>')
    out.append(" ".join(f'<span class="tag">{e(k)} {n}</span>' for k, n in kinds) or
               '<span class="muted">none</span>')
    if top:
        out.append("<table>" + "".join(
            f'<tr><td class="n">{num(v)}</td><td>{e(t)}</td><td class="muted">{e(short(c, 30))}</td></tr>'
            for _, v, t, c in top) + "</table>")
    out.append("</div>")
    if words:
        out.append("<div><h4>Keywords</h4>" + " ".join(
            f'<span class="tag" title="{w:.3f}">{e(k)}</span>' for k, w in words) + "</div>")
    named = places(con, sid)
    if named:
        out.append("<div><h4>Places</h4>" + " ".join(
            f'<span class="tag" title="{e(level)} {e(code)}">{e(name)}{f" ×{n}" if n > 1 else ""}</span>'
            for name, level, code, n in named) + "</div>")
    out.append("<div><h4>Formulations</h4>" + (" ".join(
        f'<span class="tag">“{e(t)}”{f" ×{n}" if n > 1 else ""}</span>' for t, n in forms[:15])
        or '<span class="muted">none</span>') + "</div>")
    out.append("<div><h4>Cited documents</h4>" + ("".join(
        f'<div>《{e(t)}》{f" ×{n}" if n > 1 else ""}</div>' for t, n in titles[:10])
        or '<span class="muted">none</span>') + "</div>")
    out.append("</div></section>")
    return "".join(out)


def page(con, db):
    rows = speeches(con)
    by_id = {r["id"]: r for r in rows}
    distinct = [r for r in rows if r["first"] == r["id"]]
    copies_of = {}
    for r in rows:
        if r["first"] != r["id"]:
            copies_of.setdefault(r["first"], []).append(r["id"])
    n_pages = con.execute("SELECT count(*) FROM pages").fetchone()[0]
    dates = [r["published"] for r in distinct if r["published"]]

    # The heat map: every speech of a small corpus, else distinct speeches.
    shown = rows if len(rows) <= HEATMAP else distinct[:HEATMAP]
    ids = [r["id"] for r in shown]
    sims = similarities(con, ids)
    counted = counts(con, [r["id"] for r in distinct[:CHART]])

    out = ['<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>gongwen report: {e(os.path.basename(db))}</title><style>{CSS}</style></head><body>",
           f'<h1>gongwen report</h1><div class="muted">{e(db)}</div>',
           '<div class="stats">',
           f"<div><b>{n_pages:,}</b>pages</div>",
           f"<div><b>{len(rows):,}</b>speeches</div>",
           f"<div><b>{len(distinct):,}</b>distinct</div>",
           f"<div><b>{(min(dates) + ' – ' + max(dates)) if dates else '—'}</b>published</div>",
           f'<div><b>{sum(r["chars"] for r in distinct):,}</b>characters</div>',
           "</div>"]

    out.append('<h2>Charts</h2><div class="charts">')
    out.append(f"<figure><figcaption>Directives and figures per speech</figcaption>{bars(distinct, counted)}"
               + (f'<div class="muted">The first {CHART} of {len(distinct):,}.</div>' if len(distinct) > CHART else "")
               + "</figure>")
    out.append(f"<figure><figcaption>Similarity of the speeches (gw_similarity)</figcaption>{heat(ids, sims)}"
               + (f'<div class="muted">The first {HEATMAP} distinct speeches.</div>' if len(rows) > HEATMAP else "")
               + "</figure></div>")

    out.append('<h2>Speeches</h2><table><tr><th class="n">#</th><th>title</th><th>speaker</th>'
               '<th>published</th><th>level</th><th class="n">characters</th><th>page</th><th>copy of</th></tr>')
    detailed = {r["id"] for r in distinct[:DETAILED]}
    for r in rows:
        link = f'<a href="#s{r["first"]}">#{r["first"]}</a>' if r["first"] != r["id"] else ""
        title = (f'<a href="#s{r["id"]}">{e(r["title"] or "(untitled)")}</a>'
                 if r["id"] in detailed else e(r["title"]))
        out.append(f'<tr><td class="n">{r["id"]}</td><td>{title}</td><td>{e(r["speaker"])}</td>'
                   f'<td>{e(r["published"])}</td><td>{e(r["level"])}</td><td class="n">{r["chars"]:,}</td>'
                   f'<td>{e(r["page"])} #{r["idx"]}</td><td>{link}</td></tr>')
    out.append("</table>")

    out.append("<h2>Each speech</h2>")
    if len(distinct) > DETAILED:
        out.append(f'<p class="muted">The first {DETAILED} of {len(distinct):,} distinct speeches; '
                   "build/csv/ holds every outline and figure.</p>")
    for r in distinct[:DETAILED]:
        out.append(speech_block(con, r, copies_of.get(r["id"], [])))

    out.append("<h2>Shared passages</h2>")
    same = [(r["first"], r["id"]) for r in rows if r["first"] != r["id"]]
    if same:
        out.append("<p>The same text: " + "; ".join(
            f'<a href="#s{a}">#{a}</a> and #{b} ({by_id[b]["chars"]:,} characters)' for a, b in same[:20])
            + (f" and {len(same) - 20:,} more" if len(same) > 20 else "") + ".</p>")
    shown_pairs = 0
    for a, b, s, shared in pairs(con, sims):
        if by_id[a]["first"] == by_id[b]["first"] or a != by_id[a]["first"] or b != by_id[b]["first"]:
            continue  # copies are listed above; a pair of copies once
        if shown_pairs == PAIRS:
            break
        shown_pairs += 1
        body_a, body_b, spans = overlap(con, a, b)
        out.append(f"<h3>#{a} and #{b}: similarity {s:.2f}, {shared:,} characters shared</h3>"
                   f'<div class="pair"><div><div class="meta">#{a} {e(by_id[a]["title"])}</div>'
                   f'<pre>{marked(body_a, [(p[0], p[1]) for p in spans])}</pre></div>'
                   f'<div><div class="meta">#{b} {e(by_id[b]["title"])}</div>'
                   f'<pre>{marked(body_b, [(p[2], p[3]) for p in spans])}</pre></div></div>')
    if not same and not shown_pairs:
        out.append('<p class="muted">No two speeches share a passage.</p>')
    out.append("</body></html>\n")
    return "\n".join(out)


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit("usage: report_html.py DB [OUT]   (OUT defaults to build/report.html)")
    db, target = argv[1], argv[2] if len(argv) == 3 else "build/report.html"
    con = connect(db)
    text = page(con, db)
    os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main(sys.argv)
