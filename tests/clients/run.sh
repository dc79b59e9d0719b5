#!/bin/sh
# tests/clients/run.sh — the same query (query.sql) from every client a user
# may have, each compared with expected.txt: the sqlite3 shell, Python's
# sqlite3 (Debian's /usr/bin/python3), apsw, sqlite-utils, Tcl and Node.js
# (npm sqlite3 built against the system SQLite, installed under build/npm).
# Each loads the extension by name from a staged `make install`, in a folder
# that is not the checkout, on a database made by the staged gongwen-load.
# Prints one line per client: "ok   client NAME", "FAIL client NAME" (with
# the difference) or "skip client NAME: why" when the client is not there.
# Run from the repository root by tests/run.sh.
root=$PWD
out=$root/build/test/clients
stage=$out/stage
rm -rf "$out"
mkdir -p "$out/elsewhere"
if ! make -s install DESTDIR="$stage" >"$out/install.log" 2>&1; then
    echo "FAIL client setup: make install DESTDIR=… failed"; sed 's/^/     /' "$out/install.log"; exit 0
fi
lib=$stage/usr/local/lib
share=$stage/usr/local/share/gongwen
# The library exports its entry point only, and asks the loader for gongwen.so.
exported=$(nm -D --defined-only "$lib/libgongwen.so.0" | awk '{print $3}' | tr '\n' ' ')
if [ "$exported" = "sqlite3_gongwen_init " ]; then
    echo "ok   install exports sqlite3_gongwen_init only"
else
    echo "FAIL install exports: $exported"
fi
if readelf -d "$lib/libgongwen.so.0" | grep -q 'Library soname: \[gongwen\.so\]' &&
    [ "$(readlink "$lib/gongwen.so")" = libgongwen.so.0 ]; then
    echo "ok   install soname gongwen.so"
else
    echo "FAIL install soname or link gongwen.so"
fi
export LD_LIBRARY_PATH="$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
db=$out/speeches.db
if ! sh "$share/load.sh" "$root/fixtures/pages" "$db" >"$out/load.log" 2>&1; then
    echo "FAIL client setup: load.sh failed"; sed 's/^/     /' "$out/load.log"; exit 0
fi
# the query without its comment lines (sqlite-utils and Tcl take a leading
# "--" for an option)
query=$out/query.sql
sed '/^--/d' "$root/tests/clients/query.sql" >"$query"
expected=$root/tests/clients/expected.txt
cd "$out/elsewhere" || exit 0

# check NAME COMMAND…: runs the client, compares its output with expected.txt.
check() {
    name=$1
    shift
    "$@" >"$out/$name.out" 2>&1
    if diff -u "$expected" "$out/$name.out" >"$out/$name.diff" 2>&1; then
        echo "ok   client $name"
    else
        echo "FAIL client $name"
        sed 's/^/     /' "$out/$name.diff" | head -30
    fi
}

check sqlite3 sqlite3 -batch "$db" ".load gongwen" ".read $query"

# A client without the extension (tests/clients/without.expected): reads and
# exports every table, cannot compute a view or change speeches (and is told
# to load gongwen); the copy gongwen-share writes needs nothing.
without() {
    echo "== tables"
    sqlite3 -batch "$db" "SELECT count(*) FROM pages; SELECT count(*) FROM speeches;"
    echo "== export"
    sqlite3 -batch -csv "$db" "SELECT page, idx, title FROM speeches WHERE page LIKE '001%';"
    sqlite3 -batch "$db" .dump | grep -c '^INSERT INTO speeches '
    echo "== a view"
    sqlite3 -batch "$db" "SELECT count(*) FROM figures;"
    echo "== a change"
    sqlite3 -batch "$db" "DELETE FROM speeches;"
    sqlite3 -batch "$db" "UPDATE speeches SET title = 'x';"
    sqlite3 -batch "$db" "SELECT count(*), count(DISTINCT title) FROM speeches;"
    echo "== the shared copy"
    sh "$share/share.sh" "$db" "$out/shared.db"
    sqlite3 -batch "$out/shared.db" "SELECT text, value FROM figures
        WHERE page = '000_499d58337f0f9ea4.txt' AND kind = 'money' ORDER BY id;
        DELETE FROM speeches; SELECT count(*) FROM speeches;"
}
expected_without=$root/tests/clients/without.expected
without >"$out/without.out" 2>&1
if diff -u "$expected_without" "$out/without.out" >"$out/without.diff" 2>&1; then
    echo "ok   client without the extension"
else
    echo "FAIL client without the extension"
    sed 's/^/     /' "$out/without.diff" | head -30
fi

py=/usr/bin/python3
check python3 $py -c '
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.enable_load_extension(True)
con.load_extension("gongwen")
for row in con.execute(open(sys.argv[2], encoding="utf-8").read()):
    print("|".join(map(str, row)))' "$db" "$query"

if $py -c 'import apsw' 2>/dev/null; then
    check apsw $py -c '
import apsw, sys
con = apsw.Connection(sys.argv[1])
con.enableloadextension(True)
con.loadextension("gongwen")
for row in con.cursor().execute(open(sys.argv[2], encoding="utf-8").read()):
    print("|".join(map(str, row)))' "$db" "$query"
else
    echo "skip client apsw: python3-apsw is not installed"
fi

if command -v sqlite-utils >/dev/null 2>&1; then
    check sqlite-utils sh -c 'sqlite-utils query "$1" "$(cat "$2")" --load-extension gongwen --tsv --no-headers |
        tr "\t" "|" | tr -d "\r"' sh "$db" "$query"
else
    echo "skip client sqlite-utils: sqlite-utils is not installed"
fi

if command -v tclsh >/dev/null 2>&1 && echo 'package require sqlite3' | tclsh >/dev/null 2>&1; then
    check tcl tclsh /dev/stdin "$db" "$query" <<'TCL'
package require sqlite3
sqlite3 db [lindex $argv 0]
db enable_load_extension 1
db eval {SELECT load_extension('gongwen')}
set f [open [lindex $argv 1]]
fconfigure $f -encoding utf-8
set q [read $f]
close $f
fconfigure stdout -encoding utf-8
db eval $q row {
    set cols {}
    foreach c $row(*) { lappend cols $row($c) }
    puts [join $cols |]
}
TCL
else
    echo "skip client tcl: tclsh or libsqlite3-tcl is not installed"
fi

# Node.js: npm's sqlite3, built from source against the system SQLite, kept
# in build/npm (and npm's cache there) so that the next run installs nothing.
npmdir=$root/build/npm
node_ok() {
    node -e 'require(process.argv[1])' "$npmdir/node_modules/sqlite3" 2>/dev/null &&
        ldd "$npmdir"/node_modules/sqlite3/build/Release/node_sqlite3.node 2>/dev/null |
        grep -q 'libsqlite3\.so'
}
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "skip client node: node and npm are not installed"
else
    if ! node_ok; then
        mkdir -p "$npmdir"
        (cd "$npmdir" && npm_config_build_from_source=true npm_config_sqlite=/usr \
            npm install --no-save --no-audit --no-fund --cache "$npmdir/cache" sqlite3@6) \
            >"$out/npm.log" 2>&1
    fi
    if node_ok; then
        check node node -e '
const sqlite3 = require(process.argv[1]);
const fs = require("fs");
const db = new sqlite3.Database(process.argv[2]);
db.loadExtension("gongwen", (err) => {
    if (err) throw err;
    db.all(fs.readFileSync(process.argv[3], "utf8"), (err, rows) => {
        if (err) throw err;
        for (const row of rows) console.log(Object.values(row).join("|"));
    });
});' "$npmdir/node_modules/sqlite3" "$db" "$query"
    else
        echo "skip client node: npm sqlite3 could not be built against the system SQLite (build/test/clients/npm.log)"
    fi
fi
