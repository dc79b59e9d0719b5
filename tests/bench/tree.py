"""tree.py DIR [PAGES] — writes a folder of scraped pages as a user's looks:
PAGES pages (2000) in 20 subfolders that use the same file names, made from
the fixture pages (each copy ends with a line of its own, so no two files are
the same bytes), one in 7 in GB18030, one in 6 as an HTML page; and in each
subfolder an empty file, a binary file named .txt and two images. Used to try
the loader on a corpus (see README, "Load your pages"); not committed.
"""
import os
import sys

root = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "..", "fixtures", "pages")
pages = [open(os.path.join(fixtures, f), encoding="utf-8").read()
         for f in sorted(os.listdir(fixtures)) if f.endswith(".txt")]
binary = open(os.path.join(fixtures, "..", "encodings", "bad_binary.png.txt"), "rb").read()
folders = 20
for d in range(folders):
    os.makedirs(os.path.join(root, "site%02d" % d), exist_ok=True)
for i in range(count):
    folder = os.path.join(root, "site%02d" % (i % folders))
    n = i // folders
    text = pages[i % len(pages)] + "\n第%d页\n" % i
    if i % 6 == 5:
        body = "".join("<p>%s</p>\n" % line for line in text.split("\n"))
        data = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n%s</body></html>\n"
                % body).encode("utf-8")
        name = "page%03d.html" % n
    elif i % 7 == 3:
        data = text.replace("\u00a0", " ").encode("gb18030")
        name = "page%03d.txt" % n
    else:
        data = text.encode("utf-8")
        name = "page%03d.txt" % n
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)
for d in range(folders):
    folder = os.path.join(root, "site%02d" % d)
    open(os.path.join(folder, "empty.txt"), "wb").close()
    for name in ("broken.txt", "logo.png", "photo.jpg"):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(binary)
