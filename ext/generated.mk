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
# turned into the trie and HMM tables of lexicon.h by ext/gen_lexicon.py.
JIEBA_DATA ?= /usr/lib/python3/dist-packages/jieba
GEN_SRC += build/gen/lexicon_tables.c

build/gen/lexicon_tables.c: ext/gen_lexicon.py ext/generated.mk
	@mkdir -p build/gen
	/usr/bin/python3 ext/gen_lexicon.py $(JIEBA_DATA) build/gen
