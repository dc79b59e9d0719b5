# name: peer: Python regex, Arabic numbers only
/usr/bin/python3 -c '
import re, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    n += len(re.findall(r"[0-9０-９]+(?:[.,][0-9]+)*[万亿萬億]?", line))
print(n)' "$CORPUS"
