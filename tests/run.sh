#!/usr/bin/env bash
# The whole suite: C unit tests of the parsers, SQL tests through the sqlite3
# shell, the README's examples, then the same again under AddressSanitizer +
# UndefinedBehaviorSanitizer. Closes with one line: "N passed, N failed".
# BLESS=1 (make test BLESS=1) rewrites each tests/sql/*.expected that differs
# with what the plain build printed, and shows the diff.
#
# Run from the repository root by `make test`, which builds the extension
# (plain, ASan, TSan), the parsers as libraries (build/libgwcore.a,
# build/asan/libgwcore.a), build/static_test and the thread test first, and
# passes CFLAGS_ALL, ASAN_FLAGS and LIBS_PKG in the environment.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
out=build/test
mkdir -p "$out"

ok() { passed=$((passed + 1)); [ -n "${VERBOSE:-}" ] && echo "ok   $1"; return 0; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && sed 's/^/     /' "$2" | head -60; return 0; }

ASAN_RT="$(${CC:-cc} -print-file-name=libasan.so)"
UBSAN_RT="$(${CC:-cc} -print-file-name=libubsan.so)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=86:detect_odr_violation=0"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# unit VARIANT: compiles every tests/unit/test_*.c against the variant's
# parser library, and runs it.
unit() {
    local variant=$1 flags="" lib=build/libgwcore.a t name bin log
    if [ "$variant" = asan ]; then flags=$ASAN_FLAGS; lib=build/asan/libgwcore.a; fi
    mkdir -p "$out/$variant"
    for t in tests/unit/test_*.c; do
        name=$(basename "$t" .c)
        bin="$out/$variant/$name"
        log="$out/$variant/$name.log"
        # shellcheck disable=SC2086
        if ! ${CC:-cc} $CFLAGS_ALL $flags -Itests/unit -o "$bin" "$t" $lib $LIBS_PKG >"$log" 2>&1; then
            bad "$variant unit $name (does not compile)" "$log"
            continue
        fi
        "$bin" >"$log" 2>&1
        local rc=$? line np nf
        line=$(grep -E '^[a-z_0-9]+: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
        np=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
        nf=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
        if [ -z "$line" ] || [ "$rc" -ne 0 ] || [ "${np:-0}" -eq 0 ]; then
            passed=$((passed + ${np:-0}))
            failed=$((failed + ${nf:-0}))
            bad "$variant unit $name (exit $rc, ${np:-0} passed, ${nf:-?} failed)" "$log"
        else
            passed=$((passed + np))
            [ -n "${VERBOSE:-}" ] && echo "ok   $variant unit $name ($np checks)"
        fi
    done
}

# shell VARIANT SO: runs the sqlite3 shell with the extension loaded.
shell_with() {
    local variant=$1 so=$2
    if [ "$variant" = asan ]; then
        LD_PRELOAD="$ASAN_RT $UBSAN_RT" sqlite3 -batch -cmd ".load $so" :memory:
    else
        sqlite3 -batch -cmd ".load $so" :memory:
    fi
}

# sql VARIANT SO: every tests/sql/*.sql against its .expected, whole output diffed.
sql() {
    local variant=$1 so=$2 f name got
    for f in tests/sql/*.sql; do
        name=$(basename "$f" .sql)
        got="$out/$variant/sql-$name.out"
        shell_with "$variant" "$so" <"$f" >"$got" 2>&1
        if diff -u "tests/sql/$name.expected" "$got" >"$got.diff" 2>&1; then
            ok "$variant sql $name"
        elif [ -n "${BLESS:-}" ] && [ "$variant" = plain ]; then
            # make test BLESS=1: the output becomes the expected one; the diff
            # is shown for the author to read line by line before committing
            cat "$got.diff"
            cp "$got" "tests/sql/$name.expected"
            ok "$variant sql $name (blessed)"
        else
            bad "$variant sql $name" "$got.diff"
        fi
    done
}

# Python and shell examples load the extension by name, as after `make
# install`: from this install, staged under build/test/stage.
stage_lib=$PWD/$out/stage/usr/local/lib
make -s install DESTDIR="$PWD/$out/stage" >"$out/stage.log" 2>&1 || bad "make install DESTDIR=…" "$out/stage.log"

# readme VARIANT SO: each ```sql block of README.md followed by a ```text block
# is run and compared with it; so is each ```python and ```sh block followed
# by a ```text block (plain build only). Blocks without output are not run.
readme() {
    local variant=$1 so=$2 f n lang got
    local dir="$out/$variant/readme"
    rm -rf "$dir"
    mkdir -p "$dir"
    awk -v dir="$dir" '
        BEGIN { n = 0; prev = 0; file = "/dev/null" }
        /^```/ {
            if (inblock) { inblock = 0; close(file); file = "/dev/null"; next }
            inblock = 1; lang = substr($0, 4)
            if (lang == "sql" || lang == "python" || lang == "sh") {
                n++; file = sprintf("%s/%03d.%s", dir, n, lang); printf "" > file; prev = n
            } else if (lang == "text" && prev) {
                file = sprintf("%s/%03d.expected", dir, prev); printf "" > file; prev = 0
            } else { file = "/dev/null"; prev = 0 }
            next
        }
        inblock { print > file; next }
        NF { prev = 0 }
    ' README.md
    for f in "$dir"/*.expected; do
        [ -e "$f" ] || continue
        n=${f%.expected}
        if [ -e "$n.sql" ]; then lang=sql; elif [ -e "$n.python" ]; then lang=python; else lang=sh; fi
        [ "$lang" != sql ] && [ "$variant" = asan ] && continue
        got="$n.out"
        if [ "$lang" = sql ]; then
            shell_with "$variant" "$so" <"$n.sql" >"$got" 2>&1
        elif [ "$lang" = python ]; then
            LD_LIBRARY_PATH="$stage_lib" /usr/bin/python3 "$n.python" >"$got" 2>&1
        else
            LD_LIBRARY_PATH="$stage_lib" bash "$n.sh" >"$got" 2>&1
        fi
        if diff -u "$f" "$got" >"$got.diff" 2>&1; then
            ok "$variant readme example $(basename "$n") ($lang)"
        else
            bad "$variant readme example $(basename "$n") ($lang): $(head -1 "$n.$lang")" "$got.diff"
        fi
    done
}

# threads VARIANT: many connections in many threads; tsan also reports races.
threads() {
    local variant=$1 log="$out/threads-$1.log" bin=build/threads so=build/gongwen line
    if [ "$variant" = tsan ]; then bin=build/tsan/threads; so=build/tsan/gongwen; fi
    TSAN_OPTIONS="halt_on_error=1:exitcode=66:report_signal_unsafe=0" \
        "$bin" "$so" fixtures/pages/*.txt fixtures/html/gov_portal.html fixtures/html/fanwen_site.html \
        fixtures/html/news_page.html fixtures/html/broken_markup.html >"$log" 2>&1
    local rc=$?
    line=$(grep -E '^threads: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
    if [ "$rc" -eq 0 ] && [ -n "$line" ]; then
        ok "$variant threads ($line)"
    else
        bad "$variant threads (exit $rc)" "$log"
    fi
}

# fuzz: the fuzz target replayed over the fixtures, their mutations and
# pathological inputs, under ASan + UBSan.
fuzz() {
    local bin="$out/asan/replay" log="$out/asan/replay.log" line
    mkdir -p "$out/asan"
    # shellcheck disable=SC2086
    if ! ${CC:-cc} $CFLAGS_ALL $ASAN_FLAGS -o "$bin" tests/fuzz/replay.c tests/fuzz/fuzz_parsers.c \
        build/asan/libgwcore.a $LIBS_PKG >"$log" 2>&1; then
        bad "asan fuzz replay (does not compile)" "$log"
        return
    fi
    "$bin" fixtures/pages/*.txt fixtures/html/*.html $(ls tests/fuzz/regress/* 2>/dev/null) >"$log" 2>&1
    local rc=$?
    line=$(grep -E '^fuzz: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
    if [ "$rc" -eq 0 ] && [ -n "$line" ]; then ok "asan fuzz replay ($line)"; else bad "asan fuzz replay (exit $rc)" "$log"; fi
}

# shards: sql/shards.py on a local Dask cluster of two workers over four
# shards of the fixtures, against the single-database run (exit 77: skipped).
shards() {
    local log="$out/shards.log" rc
    /usr/bin/python3 tests/shards_test.py >"$log" 2>&1
    rc=$?
    if [ "$rc" -eq 0 ]; then
        ok "shards ($(tail -1 "$log"))"
    elif [ "$rc" -eq 77 ]; then
        echo "skip shards: $(tail -1 "$log")"
    else
        bad "shards (exit $rc)" "$log"
    fi
}

# clients: the install, and the same query from every client, with and
# without the extension (tests/clients/run.sh); a client that is not
# installed is skipped, and said so.
clients() {
    local line
    while IFS= read -r line; do
        case $line in
        "ok   "*) ok "${line#ok   }" ;;
        "FAIL "*) failed=$((failed + 1)); echo "$line" ;;
        *) echo "$line" ;;
        esac
    done < <(sh tests/clients/run.sh)
}

# report: the summary, CSV files and page of the fixtures (tests/report/run.sh;
# the page rendered in headless Chromium, skipped when it cannot run).
report() {
    local log="$out/report.log" line
    sh tests/report/run.sh >"$log" 2>&1
    while IFS= read -r line; do
        case $line in
            "ok   "*) ok "${line#ok   }" ;;
            "FAIL "*) bad "${line#FAIL }" ;;
            skip*) echo "$line" ;;
        esac
    done <"$log"
    grep -q '^FAIL' "$log" && sed 's/^/     /' "$log" | head -60
    return 0
}

# interrupt: sqlite3_interrupt stops every function inside one call on a
# 64 MiB page (plain build: the sanitizers' own cost is not the extension's).
interrupt() {
    local log="$out/interrupt.log" line
    build/interrupt build/gongwen fixtures/pages/*.txt >"$log" 2>&1
    local rc=$?
    line=$(grep -E '^interrupt: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
    if [ "$rc" -eq 0 ] && [ -n "$line" ]; then ok "interrupt ($line)"; else bad "interrupt (exit $rc)" "$log"; fi
}

# oom: the allocation-failure harness (tests/oom.c, ASan) on a sample of the
# fault points of every function over one page, one GB18030 page and at
# load; `make oom` tries them all.
oom() {
    local log="$out/oom.log" line
    build/oom -sample 97 fixtures/pages/001_cb69c79a23f59179.txt \
        fixtures/encodings/001_gb18030.txt >"$log" 2>&1
    local rc=$?
    line=$(grep -E '^oom: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
    if [ "$rc" -eq 0 ] && [ -n "$line" ]; then ok "oom sample ($line)"; else bad "oom sample (exit $rc)" "$log"; fi
}

# scaling: every function's time grows with its input, not faster, on
# pathological inputs of 256 KiB and 1 MiB (plain build).
scaling() {
    local log="$out/scaling.log" line
    build/scaling build/gongwen >"$log" 2>&1
    local rc=$?
    line=$(grep -E '^scaling: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
    if [ "$rc" -eq 0 ] && [ -n "$line" ]; then ok "scaling ($line)"; else bad "scaling (exit $rc)" "$log"; fi
}

# toc: the README's contents list every section and lead to real headings.
toc() {
    local log="$out/toc.log"
    if /usr/bin/python3 tests/readme_toc.py README.md >"$log" 2>&1; then
        ok "README contents ($(tail -1 "$log"))"
    else
        bad "README contents" "$log"
    fi
}

# jieba: gw_words and gw_keywords against jieba itself on every fixture.
jieba_peer() {
    local log="$out/jieba.log"
    if /usr/bin/python3 tests/words_jieba.py build/gongwen >"$log" 2>&1; then
        ok "jieba ($(tail -1 "$log"))"
    else
        bad "jieba" "$log"
    fi
}

# step NAME COMMAND…: says which part runs, runs it; TIMING=1 prints how
# long it took.
step() {
    local t0=$SECONDS what
    case $1 in
    unit) what="C unit tests" ;;
    sql) what="SQL tests" ;;
    readme) what="README examples" ;;
    toc) what="README contents" ;;
    fuzz) what="fuzz target replayed" ;;
    shards) what="shards on Dask" ;;
    clients) what="install, and the clients" ;;
    report) what="the report: summary, CSV files, page in Chromium" ;;
    threads) what="threads" ;;
    jieba_peer) what="gw_words and gw_keywords against jieba" ;;
    *) what=$1 ;;
    esac
    echo "-- $what${2:+ ($2)}"
    "$@"
    [ -n "${TIMING:-}" ] && echo "time $*: $((SECONDS - t0))s"
    return 0
}

step unit plain
step sql plain build/gongwen
step readme plain build/gongwen
step toc
step report
step jieba_peer
echo "-- static build"
if ./build/static_test >"$out/static.log" 2>&1; then ok "static build"; else bad "static build" "$out/static.log"; fi
step unit asan
step sql asan build/asan/gongwen
step readme asan build/asan/gongwen
step fuzz
step shards
step clients
step threads plain
step interrupt
step scaling
step oom
step threads tsan

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
