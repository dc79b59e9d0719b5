# name: peer: opencc -c t2s.json (same corpus)
opencc -c t2s.json -i "$CORPUS" -o /dev/null
