# gongwen — a SQLite extension for Chinese official speeches and documents.
#
#   make          build build/gongwen.so
#   make demo     install missing Debian packages, build, load fixtures/pages/, print the summary,
#                 write build/csv/*.csv and build/report.html
#                 (make demo PAGES=~/scraped DB=speeches.db Q=疫苗 for your own pages and keyword)
#   make report   build/report.html from a loaded database (make report DB=speeches.db)
#   make test     install missing Debian packages, build, run the whole suite (sanitizers included;
#                 make test BLESS=1 rewrites the SQL tests' .expected files and shows the diff)
#   make bench    speed of every function, side by side with its peers
#   make static   a -DSQLITE_CORE build linked into a test program
#   make coverage branch coverage of every parser (gcov, lcov)
#   make oom      every allocation made to fail in turn, over the fixtures and at load
#   make fuzz     libFuzzer over every parser (FUZZ_SECONDS=60)
#   make format   clang-format every C file;  make lint   cppcheck
#   make install  the extension where the dynamic loader finds it by name (.load gongwen),
#                 the SQL files, gongwen-load and gongwen-share (PREFIX=/usr/local, DESTDIR);
#                 make uninstall

CC      ?= cc
PKGS    := sqlite3 icu-uc icu-i18n libutf8proc libxml-2.0
WARN    := -std=c11 -Wall -Wextra -Werror
OPT     ?= -O2 -g
CFLAGS_PKG = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# -z nodelete: once loaded, the extension (and ICU with it) stays loaded, so
# closing the last connection does not unload ICU and strand the caches of
# gw_decode's converters and charset detector (LeakSanitizer reports them).
LIBS_PKG   = $(shell pkg-config --libs icu-uc icu-i18n libutf8proc libxml-2.0 2>/dev/null) -lm -lpthread -Wl,-z,nodelete
CFLAGS_ALL = $(WARN) $(OPT) -fPIC -D_POSIX_C_SOURCE=200809L -Iext -Ibuild/gen $(CFLAGS_PKG)

# The shared library exports sqlite3_gongwen_init only (ext/gongwen.c marks
# it visible); its soname gongwen.so is what `.load gongwen` asks the dynamic
# loader for, so ldconfig lists the installed libgongwen.so.0 under that name.
SO_FLAGS   = -fvisibility=hidden -Wl,-soname,gongwen.so

PAGES   ?= fixtures/pages
DB      ?= build/demo.db

# Parsers and the text ground: plain C, no sqlite3.h.
CORE_SRC := $(filter-out ext/gongwen.c ext/tvf.c ext/fts_tokenizer.c ext/sql_%.c,$(wildcard ext/*.c))
# The SQL glue.
GLUE_SRC := ext/gongwen.c ext/tvf.c ext/fts_tokenizer.c $(wildcard ext/sql_*.c)
# Tables generated at build time (build/gen/*.c), listed by the rules that make them.
GEN_SRC  :=

include ext/generated.mk

SRC      := $(CORE_SRC) $(GLUE_SRC) $(GEN_SRC)
HDR      := $(wildcard ext/*.h) $(GEN_HDR)

DEBIAN_BUILD := gcc libc6-dev make pkg-config libsqlite3-dev libutf8proc-dev libicu-dev sqlite3 opencc libopencc-data python3 python3-jieba libxml2-dev
DEBIAN_TEST  := python3 sqlite-utils python3-distributed python3-jieba
# The clients tests/clients/run.sh tries (a client that cannot be installed is
# skipped, and said so; Node.js's sqlite3 comes from npm, into build/npm).
DEBIAN_CLIENTS := python3-apsw tcl libsqlite3-tcl
DEBIAN_BENCH := python3 python3-jieba opencc icu-devtools w3m lynx html2text python3-distributed
# The report page, rendered by make test in headless Chromium with a Chinese font.
DEBIAN_TEST  += chromium fonts-noto-cjk

.PHONY: coverage oom fuzz all deps deps-test deps-bench demo test bench static format lint report clean install uninstall

all: build/gongwen.so

build/gongwen.so: $(SRC) $(HDR) Makefile
	@mkdir -p build
	$(CC) $(CFLAGS_ALL) $(SO_FLAGS) -shared -o $@ $(SRC) $(LIBS_PKG)

# The same, with AddressSanitizer and UndefinedBehaviorSanitizer.
build/asan/gongwen.so: $(SRC) $(HDR) Makefile
	@mkdir -p build/asan
	$(CC) $(CFLAGS_ALL) $(SO_FLAGS) $(ASAN_FLAGS) -shared -o $@ $(SRC) $(LIBS_PKG)

# The parsers and the text ground as static libraries, plain and sanitized:
# the unit tests and the fuzz replay link them instead of compiling every
# source again for each test.
ASAN_FLAGS := -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
CORE_ALL   = $(CORE_SRC) $(GEN_SRC)
CORE_OBJ   = $(patsubst %.c,build/obj/%.o,$(notdir $(CORE_ALL)))
ASAN_OBJ   = $(patsubst %.c,build/asan/obj/%.o,$(notdir $(CORE_ALL)))
vpath %.c ext build/gen
build/obj/%.o: %.c $(HDR) Makefile
	@mkdir -p build/obj
	$(CC) $(CFLAGS_ALL) -c -o $@ $<
build/asan/obj/%.o: %.c $(HDR) Makefile
	@mkdir -p build/asan/obj
	$(CC) $(CFLAGS_ALL) $(ASAN_FLAGS) -c -o $@ $<
build/libgwcore.a: $(CORE_OBJ)
	rm -f $@ && ar rcs $@ $^
build/asan/libgwcore.a: $(ASAN_OBJ)
	rm -f $@ && ar rcs $@ $^

# A -DSQLITE_CORE build: the extension compiled into a program that links SQLite.
static: build/static_test
build/static_test: $(SRC) $(HDR) tests/static_main.c Makefile
	@mkdir -p build
	$(CC) $(CFLAGS_ALL) -DSQLITE_CORE -o $@ tests/static_main.c $(SRC) \
	  $(shell pkg-config --libs sqlite3) $(LIBS_PKG)

# The thread test: many connections in many threads at once; and the same
# built with ThreadSanitizer against a ThreadSanitizer build of the extension.
build/threads: tests/threads.c
	@mkdir -p build
	$(CC) $(WARN) $(OPT) -D_POSIX_C_SOURCE=200809L -o $@ $< $(shell pkg-config --libs sqlite3) -lpthread
# The interrupt test: sqlite3_interrupt stops a call inside it, on a 64 MiB page.
build/interrupt: tests/interrupt.c tests/cpu_watch.c tests/cpu_watch.h
	@mkdir -p build
	$(CC) $(WARN) $(OPT) -D_POSIX_C_SOURCE=200809L -o $@ tests/interrupt.c tests/cpu_watch.c \
	  $(shell pkg-config --libs sqlite3) -lpthread
# The allocation-failure harness: the extension compiled into tests/oom.c
# under ASan, every allocation counted (SQLite's, ICU's, libc's, utf8proc's)
# and each one made to fail in turn. make oom tries every fault point; make
# test a sample.
ICU_MAJOR = $(firstword $(subst ., ,$(shell pkg-config --modversion icu-uc 2>/dev/null)))
OOM_WRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=utf8proc_map \
	-Wl,--wrap=ucsdet_open_$(ICU_MAJOR)
build/oom: tests/oom.c $(SRC) $(HDR) Makefile
	@mkdir -p build
	$(CC) $(CFLAGS_ALL) $(ASAN_FLAGS) -DSQLITE_CORE -o $@ tests/oom.c $(SRC) $(OOM_WRAP) \
	  $(shell pkg-config --libs sqlite3) $(LIBS_PKG)
OOM_PAGES ?= fixtures/pages/001_cb69c79a23f59179.txt fixtures/pages/003_7fc5e4630ff442c7.txt \
	fixtures/encodings/001_gb18030.txt
oom: deps-test
	@$(MAKE) --no-print-directory build/oom
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	  VERBOSE=1 build/oom $(OOM_PAGES)

# The scaling test: time in proportion to the input on pathological inputs.
build/scaling: tests/scaling.c tests/cpu_watch.c tests/cpu_watch.h
	@mkdir -p build
	$(CC) $(WARN) $(OPT) -D_POSIX_C_SOURCE=200809L -o $@ tests/scaling.c tests/cpu_watch.c \
	  $(shell pkg-config --libs sqlite3) -lpthread
build/tsan/gongwen.so: $(SRC) $(HDR) Makefile
	@mkdir -p build/tsan
	$(CC) $(CFLAGS_ALL) $(SO_FLAGS) -O1 -fsanitize=thread -shared -o $@ $(SRC) $(LIBS_PKG)
build/tsan/threads: tests/threads.c
	@mkdir -p build/tsan
	$(CC) $(WARN) -O1 -g -fsanitize=thread -D_POSIX_C_SOURCE=200809L -o $@ $< \
	  $(shell pkg-config --libs sqlite3) -lpthread

deps:
	@sh tests/deps.sh $(DEBIAN_BUILD)

deps-test: deps
	@sh tests/deps.sh $(DEBIAN_TEST)
	@sh tests/deps.sh $(DEBIAN_CLIENTS) || echo "gongwen: the tests of clients that are not installed are skipped"

deps-bench: deps
	@sh tests/deps.sh $(DEBIAN_BENCH)

demo: deps
	@$(MAKE) --no-print-directory all
	@sh sql/demo.sh "$(PAGES)" "$(DB)" "$(Q)"

# The report page of a database loaded by make demo (or by hand).
report: deps
	@$(MAKE) --no-print-directory all
	@/usr/bin/python3 sql/report_html.py "$(DB)" build/report.html
	@echo "build/report.html"

test: deps-test
	@$(MAKE) --no-print-directory all build/asan/gongwen.so static build/threads build/tsan/gongwen.so \
	  build/tsan/threads build/libgwcore.a build/asan/libgwcore.a build/interrupt build/scaling build/oom
	@CFLAGS_ALL="$(CFLAGS_ALL)" ASAN_FLAGS="$(ASAN_FLAGS)" LIBS_PKG="$(LIBS_PKG)" bash tests/run.sh

bench: deps-bench
	@$(MAKE) --no-print-directory all
	@bash tests/bench/run.sh

# libFuzzer: one target per parser (tests/fuzz/fuzz_one.c built once per
# name below, in the order of its switch), FUZZ_SECONDS each, inputs of at
# most FUZZ_LEN bytes, the dictionary of markers, units and chrome words,
# seeded with the fixtures and the regression inputs. Each prints its
# executions; what one finds is saved as build/fuzz/NAME-crash-…, to be added
# to tests/fuzz/regress/ (make test replays that folder).
FUZZ_SECONDS ?= 60
FUZZ_LEN     ?= 2048
FUZZ_TARGETS := speeches directives numbers quotes numeral tokens decode fold overlap html words \
	places match
fuzz: $(patsubst %,build/fuzz/fuzz_%,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/corpus_$$t && cp fixtures/pages/*.txt fixtures/html/*.html \
	    tests/fuzz/regress/* build/fuzz/corpus_$$t/ 2>/dev/null; \
	  build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_LEN) \
	    -dict=tests/fuzz/gongwen.dict -artifact_prefix=build/fuzz/$$t- build/fuzz/corpus_$$t \
	    >build/fuzz/$$t.log 2>&1; \
	  echo "fuzz $$t: exit $$? $$(grep -o 'Done [0-9]* runs in [0-9]* second(s)' build/fuzz/$$t.log)"; \
	done
FUZZ_FLAGS = $(filter-out -Werror,$(CFLAGS_ALL)) -O1 -g -fsanitize=address,undefined
FUZZ_OBJ   = $(patsubst %.c,build/fuzz/obj/%.o,$(notdir $(CORE_ALL)))
build/fuzz/obj/%.o: %.c $(HDR) Makefile
	@mkdir -p build/fuzz/obj
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
build/fuzz/libgwfuzz.a: $(FUZZ_OBJ)
	rm -f $@ && ar rcs $@ $^
build/fuzz/fuzz_%: tests/fuzz/fuzz_one.c build/fuzz/libgwfuzz.a
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer \
	  -DGW_TARGET=$$(( $$(echo $(FUZZ_TARGETS) | tr ' ' '\n' | grep -n -x '$*' | cut -d: -f1) - 1 )) \
	  -o $@ tests/fuzz/fuzz_one.c build/fuzz/libgwfuzz.a $(LIBS_PKG)
build/fuzz/fuzz_parsers: tests/fuzz/fuzz_parsers.c $(CORE_SRC) $(GEN_SRC) $(HDR)
	@mkdir -p build/fuzz
	clang $(filter-out -Werror,$(CFLAGS_ALL)) -O1 -g -fsanitize=fuzzer,address,undefined \
	  -o $@ tests/fuzz/fuzz_parsers.c $(CORE_SRC) $(GEN_SRC) $(LIBS_PKG)

# Branch coverage of the parsers (gcov/lcov) under the unit tests and the
# fuzz replay: one line per file of ext/, then the total.
coverage: deps-test
	@sh tests/deps.sh lcov
	@rm -rf build/cov && mkdir -p build/cov
	@for f in $(CORE_ALL); do \
	  $(CC) $(CFLAGS_ALL) -O0 --coverage -c -o build/cov/$$(basename $$f .c).o $$f || exit 1; done
	@ar rcs build/cov/libgwcov.a build/cov/*.o
	@for t in tests/unit/test_*.c; do n=build/cov/$$(basename $$t .c); \
	  $(CC) $(CFLAGS_ALL) -O0 --coverage -Itests/unit -o $$n $$t build/cov/libgwcov.a $(LIBS_PKG) \
	  && $$n >/dev/null || echo "coverage: $$t failed"; done
	@$(CC) $(CFLAGS_ALL) -O0 --coverage -o build/cov/replay tests/fuzz/replay.c \
	  tests/fuzz/fuzz_parsers.c build/cov/libgwcov.a $(LIBS_PKG) && build/cov/replay \
	  fixtures/pages/*.txt fixtures/html/*.html tests/fuzz/regress/* >/dev/null
	@lcov --quiet --rc lcov_branch_coverage=1 --capture --directory build/cov \
	  --output-file build/cov/all.info 2>/dev/null
	@lcov --quiet --rc lcov_branch_coverage=1 --extract build/cov/all.info '*/ext/*' \
	  --output-file build/cov/ext.info
	@lcov --rc lcov_branch_coverage=1 --list build/cov/ext.info

# make install [PREFIX=/usr/local] [DESTDIR=…]: the library as
# $(LIBDIR)/libgongwen.so.0 with the link gongwen.so, found by name through
# ldconfig's cache ($(PREFIX)/lib is on Debian's loader path for /usr/local and
# /usr); the SQL files in $(DATADIR), their .read lines pointing there, so they
# work from any folder; gongwen-load (sql/load.sh) and gongwen-share
# (sql/share.sh) in $(BINDIR).
PREFIX  ?= /usr/local
LIBDIR  ?= $(PREFIX)/lib
DATADIR ?= $(PREFIX)/share/gongwen
BINDIR  ?= $(PREFIX)/bin
install: all
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(BINDIR)
	install -m 644 build/gongwen.so $(DESTDIR)$(LIBDIR)/libgongwen.so.0
	ln -sf libgongwen.so.0 $(DESTDIR)$(LIBDIR)/gongwen.so
	for f in sql/*.sql; do \
	  sed 's|^\.read sql/|.read $(DATADIR)/|' $$f > $(DESTDIR)$(DATADIR)/$${f#sql/} || exit 1; done
	for c in load share; do \
	  install -m 644 sql/$$c.sh $(DESTDIR)$(DATADIR)/$$c.sh && \
	  printf '#!/bin/sh\nexec sh %s/%s.sh "$$@"\n' '$(DATADIR)' $$c > $(DESTDIR)$(BINDIR)/gongwen-$$c && \
	  chmod 755 $(DESTDIR)$(BINDIR)/gongwen-$$c || exit 1; done
	@if [ -z "$(DESTDIR)" ]; then \
	  ldconfig || echo "gongwen: run ldconfig as root, so that the loader finds gongwen by name"; \
	  ldconfig -p | grep -q ' => $(LIBDIR)/gongwen.so$$' || \
	    echo "gongwen: $(LIBDIR) is not on the dynamic loader's path: add it to /etc/ld.so.conf.d/ and run ldconfig, or load $(LIBDIR)/gongwen by path"; \
	fi
uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/libgongwen.so.0 $(DESTDIR)$(LIBDIR)/gongwen.so
	rm -f $(DESTDIR)$(BINDIR)/gongwen-load $(DESTDIR)$(BINDIR)/gongwen-share
	rm -rf $(DESTDIR)$(DATADIR)
	@[ -n "$(DESTDIR)" ] || ldconfig || true

format:
	clang-format -i ext/*.c ext/*.h tests/*.c tests/*.h tests/unit/*.c tests/unit/*.h tests/fuzz/*.c

lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --std=c11 --inline-suppr -Iext -Ibuild/gen $(SRC)

clean:
	rm -rf build
