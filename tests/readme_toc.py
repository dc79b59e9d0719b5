#!/usr/bin/python3
"""The README's table of contents against its headings.

Every "## " heading, and every "### " heading of the reference ("## Functions"),
has a line in the contents whose link is that heading's anchor as GitHub makes
it (lower case; letters, digits, "_" and "-" kept, spaces become "-", the rest
dropped), and every link of the contents leads to a heading. Prints one line
per problem and exits 1 if there is one.
"""
import re
import sys
import unicodedata

def anchor(heading):
    out = []
    for ch in heading.strip().lower():
        cat = unicodedata.category(ch)
        if ch in "-_" or cat[0] in "LN" or cat == "Mn":
            out.append(ch)
        elif ch == " ":
            out.append("-")
    return "".join(out)

lines = open(sys.argv[1] if len(sys.argv) > 1 else "README.md", encoding="utf-8").read().split("\n")
fence = False
headings, wanted, section = [], [], None
for line in lines:
    if line.startswith("```"):
        fence = not fence
        continue
    if fence:
        continue
    m = re.match(r"^(##+) (.*)$", line)
    if not m:
        continue
    level, text = len(m.group(1)), m.group(2)
    headings.append(anchor(text))
    if level == 2:
        section = text
    if level == 2 or (level == 3 and section == "Functions"):
        wanted.append((text, anchor(text)))

try:
    start = lines.index("## Contents")
except ValueError:
    print("README.md has no \"## Contents\"")
    sys.exit(1)
toc = []
for line in lines[start + 1:]:
    if line.startswith("## "):
        break
    toc += re.findall(r"\]\(#([^)]*)\)", line)

problems = 0
for text, a in wanted:
    if text != "Contents" and a not in toc:
        print(f"not in the contents: {text} (#{a})")
        problems += 1
for a in toc:
    if a not in headings:
        print(f"the contents link to no heading: #{a}")
        problems += 1
print(f"{len(toc)} links, {len(wanted) - 1} headings, {problems} problems")
sys.exit(1 if problems else 0)
