#!/bin/sh
# demo.sh PAGES DB — loads a folder of scraped pages into DB and prints the
# reports. Run by `make demo` (make demo PAGES=~/scraped DB=speeches.db).
#   sql/schema.sql, then sql/schema_*.sql   tables, views, search index
#   sql/load.sql                            the pages of the folder
#   sql/report.sql, then sql/report_*.sql   what is printed
set -e
pages=${1:-fixtures/pages}
db=${2:-build/demo.db}
[ -d "$pages" ] || { echo "gongwen: no folder $pages" >&2; exit 1; }
mkdir -p "$(dirname "$db")"
{
    echo ".load build/gongwen"
    echo ".parameter set :dir '$(printf %s "$pages" | sed "s/'/''/g")'"
    for f in sql/schema.sql sql/schema_*.sql sql/load.sql sql/report.sql sql/report_*.sql; do
        [ -f "$f" ] && echo ".read $f"
    done
} | sqlite3 -batch -bail "$db"
