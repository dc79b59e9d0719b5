"""page_check.py DB DOM PNG — the page Chromium rendered (its DOM, dumped)
against the database: a row per speech, a section per distinct speech with
its outline, both charts (the heat map with a cell per pair of speeches),
shared passages marked; nothing that reaches outside the page; and a
screenshot that is not blank."""
import html.parser
import sqlite3
import struct
import sys
import zlib

db, dom, png = sys.argv[1:4]
con = sqlite3.connect(db)
con.enable_load_extension(True)
con.load_extension("build/gongwen")
speeches = con.execute("SELECT count(*) FROM speeches").fetchone()[0]
distinct = con.execute("SELECT count(*) FROM copies WHERE speech = first").fetchone()[0]
outlined = con.execute("""SELECT count(*) FROM speeches s JOIN copies c ON c.speech = s.id AND c.first = s.id
                          WHERE EXISTS (SELECT 1 FROM gw_directives(s.body))""").fetchone()[0]
titles = [t for (t,) in con.execute("SELECT title FROM speeches WHERE title IS NOT NULL")]


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.outside, self.sections, self.text = {}, [], 0, []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        a = dict(attrs)
        if tag in ("script", "link", "img", "iframe", "object", "embed"):
            self.outside.append(f"<{tag}>")
        for k in ("src", "href", "xlink:href"):
            if k in a and not (a[k] or "").startswith("#"):
                self.outside.append(f'{k}="{a[k]}"')
        if "url(" in (a.get("style") or ""):
            self.outside.append("style url()")
        if tag == "section" and "speech" in (a.get("class") or ""):
            self.sections += 1

    def handle_data(self, data):
        self.text.append(data)


p = Page()
with open(dom, encoding="utf-8") as f:
    source = f.read()
p.feed(source)
text = "".join(p.text)
failed = []
if "url(" in source:
    failed.append("the CSS names a url()")
if p.outside:
    failed.append("references outside the page: " + ", ".join(p.outside[:5]))
if p.tags.get("tr", 0) < speeches + 1:
    failed.append(f"{p.tags.get('tr', 0)} table rows, fewer than the {speeches} speeches and a header")
if p.sections != distinct:
    failed.append(f"{p.sections} speech sections, expected {distinct} (distinct speeches)")
if p.tags.get("details", 0) < outlined:
    failed.append(f"{p.tags.get('details', 0)} <details>, fewer than the {outlined} outlines")
if p.tags.get("svg", 0) != 2:
    failed.append(f"{p.tags.get('svg', 0)} charts, expected 2")
cells = speeches * speeches if speeches <= 40 else 40 * 40
if p.tags.get("rect", 0) < cells:
    failed.append(f"{p.tags.get('rect', 0)} <rect>, fewer than the {cells} cells of the heat map")
if not p.tags.get("mark"):
    failed.append("no shared passage marked")
missing = [t for t in titles if t not in text]
if missing:
    failed.append(f"titles not on the page: {missing[:3]}")

# The screenshot: a PNG whose rows are not all alike (a blank page's are).
with open(png, "rb") as f:
    data = f.read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    failed.append("the screenshot is not a PNG")
else:
    width, height = struct.unpack(">II", data[16:24])
    chunks, at = [], 8
    while at < len(data):
        n, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            chunks.append(data[at + 8:at + 8 + n])
        at += 12 + n
    raw = zlib.decompress(b"".join(chunks))
    stride = len(raw) // height
    rows = {raw[i * stride:(i + 1) * stride] for i in range(height)}
    if len(rows) < 50:
        failed.append(f"the screenshot looks blank ({len(rows)} distinct rows of {height})")
for f in failed:
    print(f)
print(f"{speeches} speeches, {p.sections} sections, {p.tags.get('details', 0)} outlines, "
      f"{p.tags.get('mark', 0)} passages marked")
sys.exit(1 if failed else 0)
