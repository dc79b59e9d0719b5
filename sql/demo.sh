#!/bin/sh
# demo.sh PAGES DB — loads a folder of scraped pages into DB and prints the
# report. Run by `make demo` (make demo PAGES=~/scraped DB=speeches.db).
set -e
pages=${1:-fixtures/pages}
db=${2:-build/demo.db}
[ -d "$pages" ] || { echo "gongwen: no folder $pages" >&2; exit 1; }
mkdir -p "$(dirname "$db")"
sqlite3 -batch -bail "$db" <<SQL
.load build/gongwen
.parameter set :dir '$(printf %s "$pages" | sed "s/'/''/g")'
.read sql/schema.sql
.read sql/load.sql
.read sql/report.sql
SQL
