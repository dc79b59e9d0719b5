#!/bin/sh
# share.sh DB OUT — writes OUT, a copy of the gongwen database DB that any
# SQLite client reads without the extension: every table of DB with its rows,
# and every view as a table of what the view shows now (figures,
# formulations …). The search index and the triggers are left out (they need
# the extension's tokenizer), so nothing in OUT needs gongwen, and OUT can be
# changed freely. Works from any folder.
#
# The extension (the views compute with it): $GONGWEN when set, else
# build/gongwen.so of the checkout this file belongs to, else the installed
# one (`gongwen`, found by name).
set -e
here=$(cd "$(dirname "$0")" && pwd)
db=${1:?usage: share.sh DB OUT}
out=${2:?usage: share.sh DB OUT}
[ -f "$db" ] || { echo "gongwen: no database $db" >&2; exit 1; }
[ -e "$out" ] && { echo "gongwen: $out exists; remove it first" >&2; exit 1; }
ext=${GONGWEN:-}
if [ -z "$ext" ]; then
    if [ -f "$here/../build/gongwen.so" ]; then ext=$here/../build/gongwen; else ext=gongwen; fi
fi
quote() { printf "'%s'" "$(printf %s "$1" | sed "s/'/''/g")"; }

# What DB holds, as statements for OUT: the tables (but virtual tables and
# their shadow tables) created as in DB, their rows, their indexes, then each
# view as a table. Read from DB by a plain sqlite3: no extension needed.
{
    echo ".load $(quote "$ext")"
    echo "ATTACH $(quote "$db") AS src;"
    echo "BEGIN;"
    sqlite3 -batch "$db" "
WITH v AS (SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'),
t AS (SELECT name, type, sql, rowid AS r, tbl_name FROM sqlite_schema s
      WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'
        AND NOT EXISTS (SELECT 1 FROM v WHERE s.tbl_name = v.name
                        OR s.tbl_name LIKE replace(v.name, '_', '\_') || '\_%' ESCAPE '\')),
q AS (SELECT *, '\"' || replace(name, '\"', '\"\"') || '\"' AS id FROM t)
SELECT stmt FROM (
    SELECT 1 AS k, r, sql || ';' AS stmt FROM q WHERE type = 'table'
    UNION ALL
    SELECT 2, r, 'INSERT INTO main.' || id || ' SELECT * FROM src.' || id || ';' FROM q WHERE type = 'table'
    UNION ALL
    SELECT 3, r, sql || ';' FROM q WHERE type = 'index' AND sql IS NOT NULL
    UNION ALL
    SELECT 4, r, 'CREATE TABLE main.' || id || ' AS SELECT * FROM src.' || id || ';' FROM q WHERE type = 'view')
ORDER BY k, r;"
    echo "COMMIT;"
} | sqlite3 -batch -bail "$out" || { rm -f "$out"; exit 1; }
