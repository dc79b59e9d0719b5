# name: grep -E: only line-start 一、（一）1. headings (peer)
LC_ALL=C.UTF-8 grep -cE '^[[:space:]　]*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、][^0-9])' "$CORPUS"
