#!/bin/sh
# load.sh PAGES DB — loads the pages of folder PAGES (and its subfolders) into
# the database DB: creates the tables if they are missing (schema.sql, then
# schema_*.sql, beside this file), then runs load.sql beside it in batches of
# $BATCH files (100), each batch a transaction of its own, so that an
# interrupted load keeps the batches it finished and loading again goes on
# where it stopped. Prints what became of every file; on a terminal, also a
# progress line while it loads. Works from any folder.
#
# The extension: $GONGWEN when set, else build/gongwen.so of the checkout this
# file belongs to, else the installed one (`gongwen`, found by name).
set -e
here=$(cd "$(dirname "$0")" && pwd)
pages=${1:?usage: load.sh PAGES DB}
db=${2:?usage: load.sh PAGES DB}
batch=${BATCH:-100}
[ -d "$pages" ] || { echo "gongwen: no folder $pages" >&2; exit 1; }
case $batch in '' | *[!0-9]* | 0) echo "gongwen: BATCH must be a number of files" >&2; exit 1 ;; esac
ext=${GONGWEN:-}
if [ -z "$ext" ]; then
    if [ -f "$here/../build/gongwen.so" ]; then ext=$here/../build/gongwen; else ext=gongwen; fi
fi
# A database of gongwen 0.1 has pages without format, charset, bytes, hash
# and loaded: they are added, and every page is read again (no hash matches).
if [ -s "$db" ] && [ "$(sqlite3 -batch "$db" "SELECT count(*) FROM pragma_table_info('pages')
        WHERE name = 'hash'; SELECT count(*) FROM pragma_table_info('pages')" | tr '\n' ' ')" = "0 3 " ]; then
    echo "gongwen: $db was made by gongwen 0.1: adding the columns of this version to its pages" >&2
    sqlite3 -batch -bail "$db" "BEGIN; ALTER TABLE pages ADD COLUMN format TEXT;
        ALTER TABLE pages ADD COLUMN charset TEXT; ALTER TABLE pages ADD COLUMN bytes INTEGER;
        ALTER TABLE pages ADD COLUMN hash TEXT; ALTER TABLE pages ADD COLUMN loaded TEXT; COMMIT;"
fi
quote() { printf "'%s'" "$(printf %s "$1" | sed "s/'/''/g")"; }
# At most one batch per file or link: more batches than needed cost nothing.
steps=$(( ($(find "$pages" ! -type d | wc -l) + batch - 1) / batch ))
progress=""
[ -t 1 ] && progress=1

{
    {
        echo ".load $(quote "$ext")"
        echo ".parameter set :dir \"$(quote "$pages")\""
        for f in "$here"/schema.sql "$here"/schema_*.sql; do
            [ -f "$f" ] && echo ".read $(quote "$f")"
        done
        echo ".parameter set :batch $batch"
        [ -n "$progress" ] && echo ".parameter set :progress 1"
        i=0
        while [ "$i" -lt "$steps" ]; do
            echo ".read $(quote "$here/load.sql")"
            i=$((i + 1))
        done
        echo ".parameter set :batch -1" # whatever is left (files added meanwhile)
        echo ".read $(quote "$here/load.sql")"
    } | sqlite3 -batch -bail "$db" 2>&1
    echo "gongwen-status $?"
} | {
    shown=""
    status=1
    while IFS= read -r line; do
        case $line in
        "gongwen-status "*) status=${line#gongwen-status } ;;
        "progress "*)
            [ -n "$progress" ] && printf '\r\033[K%s' "${line#progress }"
            shown=1
            ;;
        *)
            [ -n "$shown" ] && printf '\r\033[K'
            shown=""
            printf '%s\n' "$line"
            ;;
        esac
    done
    [ -n "$shown" ] && printf '\r\033[K'
    exit "$status"
}
