/*
 * chrome_words.h — the closed word lists of gw_speeches (contract §3), kept as data.
 *
 * Each list is written once, in simplified characters, in ext/chrome_words.txt
 * (what each list is for is said there). ext/gen_words.py completes it at
 * build time with its traditional twins from OpenCC's tables and sorts it in
 * byte order (build/gen/chrome_words_gen.h), so a traditional page loses the
 * chrome its simplified twin loses; tests/unit/test_words.c checks that every
 * list is closed under simplified ⇄ traditional. A word ending in ':' must be
 * followed by a colon (':' or '：') where it is found.
 */
#ifndef GW_CHROME_WORDS_H
#define GW_CHROME_WORDS_H

#include "chrome_words_gen.h"

#endif
