#!/bin/sh
# demo.sh PAGES DB [Q] — loads a folder of scraped pages into DB, prints the
# summary, writes the detail to build/csv/ and the page build/report.html.
# Run by `make demo` (make demo PAGES=~/scraped DB=speeches.db Q=疫苗).
#   sql/load.sh                             the tables (sql/schema*.sql) and the pages
#                                           of the folder (sql/load.sql, in batches)
#   sql/reuse.sql                           which speeches copy which (distinct texts)
#   sql/report.sql                          the summary, on one screen
#   sql/report_csv.sql                      the detail: build/csv/*.csv
#   sql/report_html.py                      the page: build/report.html
# Q is the keyword shown in context (FTS5 syntax); by default the corpus's
# most frequent word.
set -e
pages=${1:-fixtures/pages}
db=${2:-build/demo.db}
q=${3:-}
[ -d "$pages" ] || { echo "gongwen: no folder $pages" >&2; exit 1; }
mkdir -p "$(dirname "$db")"
sh sql/load.sh "$pages" "$db"
{
    echo ".load build/gongwen"
    for f in sql/schema.sql sql/schema_*.sql; do
        [ -f "$f" ] && echo ".read $f"
    done
    # Reuse among distinct texts: copies of the same text are already grouped
    # (the view same_text), and verifying every pair of them costs the most.
    echo "CREATE TEMP VIEW speeches AS SELECT * FROM main.speeches"
    echo "  WHERE id IN (SELECT speech FROM same_text WHERE speech = first);"
    echo ".read sql/reuse.sql"
    echo "DROP VIEW temp.speeches;"
    [ -n "$q" ] && echo ".parameter set :q '$(printf %s "$q" | sed "s/'/''/g")'"
    echo ".read sql/report.sql"
    echo ".read sql/report_csv.sql"
} | sqlite3 -batch -bail "$db"
/usr/bin/python3 sql/report_html.py "$db" build/report.html
echo "  build/report.html           the page: speeches, outlines, reuse, charts"
