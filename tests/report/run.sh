#!/bin/sh
# The report of the fixtures, end to end: `sql/demo.sh` loads fixtures/pages/
# (the summary must stay short, the CSV files must parse), then
# sql/report_html.py writes the page and headless Chromium renders it: the
# test fails on any console message (the page has no script, so any message
# is an error), on a reference outside the page, on a page without its
# speeches, charts and outlines, or on a blank screenshot.
# Prints "ok ..." or "FAIL ..." lines, "skip ..." when Chromium cannot run;
# exits 1 on a failure. Run from the repository root (tests/run.sh runs it).
out=build/test/report
rm -rf "$out"
mkdir -p "$out"
status=0
ok() { echo "ok   report $1"; }
bad() { echo "FAIL report $1"; [ -n "${2:-}" ] && sed 's/^/     /' "$2" | head -30; status=1; }

# The demo on the fixtures: the summary, the CSV files, the page.
if sh sql/demo.sh fixtures/pages "$out/demo.db" >"$out/demo.out" 2>&1; then ok "make demo"; else bad "make demo" "$out/demo.out"; fi
lines=$(wc -l <"$out/demo.out")
if [ "$lines" -lt 100 ] && grep -q '^Corpus' "$out/demo.out" && grep -q 'build/report.html' "$out/demo.out"; then
    ok "summary ($lines lines)"
else
    bad "summary: $lines lines, or no Corpus section or no build/report.html" "$out/demo.out"
fi
if /usr/bin/python3 tests/report/csv_check.py "$out/demo.db" build/csv >"$out/csv.log" 2>&1; then
    ok "csv files ($(tail -1 "$out/csv.log"))"
else
    bad "csv files" "$out/csv.log"
fi

# The page, rendered.
page="$out/report.html"
if ! /usr/bin/python3 sql/report_html.py "$out/demo.db" "$page" >"$out/html.log" 2>&1; then
    bad "report_html.py" "$out/html.log"
    exit 1
fi
if ! command -v chromium >/dev/null 2>&1; then
    echo "skip report page in Chromium: chromium is not installed (apt-get install chromium fonts-noto-cjk)"
    exit $status
fi
if [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then
    bad "page: no Chinese font, Chromium would draw boxes (apt-get install fonts-noto-cjk)"
    exit 1
fi
chrome() {
    timeout 60 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
        --enable-logging=stderr --v=0 --user-data-dir="$out/profile" "$@"
}
url="file://$PWD/$page"
chrome --window-size=1100,1000 --screenshot="$out/screenshot.png" "$url" >"$out/shot.log" 2>&1
rc=$?
if [ ! -s "$out/screenshot.png" ]; then
    if [ "$rc" -ne 0 ] && grep -qiE 'cannot open display|No usable sandbox|Failed to launch|error while loading shared' "$out/shot.log"; then
        echo "skip report page in Chromium: chromium cannot run here (see $out/shot.log)"
        exit $status
    fi
    bad "page: no screenshot (chromium exit $rc)" "$out/shot.log"
    exit 1
fi
chrome --dump-dom "$url" >"$out/dom.html" 2>"$out/dom.log"
if grep -h 'CONSOLE' "$out/shot.log" "$out/dom.log" >"$out/console.log"; then
    bad "page: console messages" "$out/console.log"
else
    ok "page: no console message"
fi
if /usr/bin/python3 tests/report/page_check.py "$out/demo.db" "$out/dom.html" "$out/screenshot.png" >"$out/page.log" 2>&1; then
    ok "page: $(tail -1 "$out/page.log")"
else
    bad "page" "$out/page.log"
fi
exit $status
