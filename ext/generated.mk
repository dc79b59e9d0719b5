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

# Not a table, but the build of the same functions: gw_decode opens ICU
# converters and its charset detector, whose shared caches live as long as ICU
# is loaded. Once loaded, the extension (and so ICU) stays loaded, so closing
# the last connection does not unload ICU and strand those caches.
LIBS_PKG += -Wl,-z,nodelete
