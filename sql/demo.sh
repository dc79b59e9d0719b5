#!/bin/sh
# demo.sh PAGES DB — loads a folder of scraped pages into DB and prints the
# reports. Run by `make demo` (make demo PAGES=~/scraped DB=speeches.db).
#   sql/load.sh                             the tables (sql/schema*.sql) and the pages
#                                           of the folder (sql/load.sql, in batches)
#   sql/report.sql, then sql/report_*.sql   what is printed
set -e
pages=${1:-fixtures/pages}
db=${2:-build/demo.db}
[ -d "$pages" ] || { echo "gongwen: no folder $pages" >&2; exit 1; }
mkdir -p "$(dirname "$db")"
sh sql/load.sh "$pages" "$db"
{
    echo ".load build/gongwen"
    echo ".parameter set :dir '$(printf %s "$pages" | sed "s/'/''/g")'"
    for f in sql/schema.sql sql/schema_*.sql sql/report.sql sql/report_*.sql; do
        [ -f "$f" ] && echo ".read $f"
    done
} | sqlite3 -batch -bail "$db"
