# name: peer: Python regex, “” and 《》 without nesting
/usr/bin/python3 -c '
import re, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    n += len(re.findall(r"“[^”]*”|《[^》]*》", line))
print(n)' "$CORPUS"
