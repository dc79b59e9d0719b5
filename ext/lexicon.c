/*
 * lexicon.c — the whole-string probes of lexicon.h over the generated trie
 * (the one-step walk is inline in the header).
 */
#include "lexicon.h"

#include "text.h"

uint32_t gw_lex_find(const char *s, size_t n) {
    uint32_t node = GW_LEX_ROOT;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += gw_utf8_next(s + i, n - i, &cp);
        node = gw_lex_next(node, cp);
        if (!node) return 0;
    }
    return node;
}

size_t gw_lex_words_at(const char *s, size_t n, gw_lex_hit *hits, size_t max) {
    uint32_t node = GW_LEX_ROOT;
    size_t found = 0, chars = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += gw_utf8_next(s + i, n - i, &cp);
        chars++;
        node = gw_lex_next(node, cp);
        if (!node) break;
        if (!gw_lex_freq(node)) continue;
        if (found < max) hits[found] = (gw_lex_hit){i, chars, node};
        found++;
    }
    return found;
}
