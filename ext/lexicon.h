/*
 * lexicon.h — jieba's lexicon, compiled in: 349,046 Chinese words with their
 * frequencies and parts of speech (dict.txt), the inverse document
 * frequencies of analyse/idf.txt, and the hidden Markov model of finalseg
 * (lexicon_tables.h), all generated at build time from Debian's
 * python3-jieba by ext/gen_lexicon.py. Const data, shared by every
 * connection and thread; nothing here allocates.
 *
 * The lexicon is a trie over code points. A node stands for one string: a
 * word, or a prefix of words, or both. Walk it one character at a time:
 *
 *     uint32_t node = GW_LEX_ROOT;
 *     for (each character cp of the text from position k) {
 *         node = gw_lex_next(node, cp);
 *         if (!node) break;                         // no word goes on this way
 *         if (gw_lex_freq(node)) ... a word of the lexicon ends here ...
 *     }
 *
 * or ask for whole strings (gw_lex_find) or for every word starting at a
 * byte offset (gw_lex_words_at):
 *
 *     gw_lex_find("总书记", 9)         → a node: gw_lex_freq 1104, gw_lex_tag "n"
 *     gw_lex_find("总书", 6)           → a node: gw_lex_freq 0 (a prefix only)
 *     gw_lex_words_at("总书记强调", …) → 总 (1 character, "b"), 总书记 (3, "n")
 *
 * Traditional text: the lexicon holds simplified words; look up the gw_fold
 * key of a string (words.c cuts traditional text that way).
 */
#ifndef GW_LEXICON_H
#define GW_LEXICON_H

#include "lexicon_tables.h"

#include <stddef.h>
#include <stdint.h>

#define GW_LEX_ROOT 0u

static inline uint32_t gw_lex_u32(const unsigned char *p, size_t i) {
    p += 4 * i;
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint32_t gw_lex_u16(const unsigned char *p, size_t i) {
    p += 2 * i;
    return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

/* The node of the string of `node` followed by cp (from GW_LEX_ROOT: of cp
 * alone), or 0 when the lexicon holds no word starting with that string. */
static inline uint32_t gw_lex_next(uint32_t node, uint32_t cp) {
    if (cp > 0xFFFF) return 0; /* every character of the lexicon is in the BMP */
    if (node == GW_LEX_ROOT) return gw_lex_u32(gw_lexd_root, cp);
    uint32_t lo = gw_lex_u32(gw_lexd_base, node), hi = gw_lex_u32(gw_lexd_base, node + 1);
    if (hi - lo <= GW_LEXD_FANOUT) { /* a few children, sorted by code point */
        for (uint32_t c = lo; c < hi; c++) {
            uint32_t l = gw_lex_u16(gw_lexd_label, c);
            if (l >= cp) return l == cp ? c : 0;
        }
        return 0;
    }
    const uint32_t mask = (1u << GW_LEXD_HASH_BITS) - 1;
    for (uint32_t i = gw_lexd_edge_slot(node, cp);; i = (i + 1) & mask) {
        uint32_t c = gw_lex_u32(gw_lexd_edges, i);
        if (!c) return 0;
        if (c >= lo && c < hi && gw_lex_u16(gw_lexd_label, c) == cp) return c;
    }
}

static inline uint32_t gw_lex_info_(uint32_t node) {
    return gw_lex_u32(gw_lexd_info, node);
}

/* The word's frequency in dict.txt; 0 when the node is only a prefix (or
 * a word of idf.txt that dict.txt lacks). */
static inline uint32_t gw_lex_freq(uint32_t node) {
    return gw_lexd_freq[GW_LEXD_FREQ(gw_lex_info_(node))];
}
/* log(frequency) as jieba computes it (log(1) = 0 for a node that is not a word). */
static inline double gw_lex_logfreq(uint32_t node) {
    return gw_lexd_logfreq[GW_LEXD_FREQ(gw_lex_info_(node))];
}
/* The word's part of speech ("n", "v", "nr", "ns", "nt", "m", "q" …), or NULL. */
static inline const char *gw_lex_tag(uint32_t node) {
    return gw_lexd_tags[GW_LEXD_TAG(gw_lex_info_(node))];
}
/* 1 when the string is a key of jieba's prefix dictionary: a word of
 * dict.txt or the start of one. */
static inline int gw_lex_prefix(uint32_t node) {
    return node != GW_LEX_ROOT && GW_LEXD_IN_FREQ(gw_lex_info_(node));
}
/* The word's inverse document frequency in idf.txt, or `otherwise`. */
static inline double gw_lex_idf(uint32_t node, double otherwise) {
    uint32_t i = GW_LEXD_IDF(gw_lex_info_(node));
    return i ? gw_lexd_idf[i] : otherwise;
}

/* The sum of the frequencies of dict.txt (jieba's `total`), and the median
 * IDF (what jieba gives a word idf.txt lacks). */
static inline uint64_t gw_lex_total(void) {
    return gw_lexd_total;
}
static inline double gw_lex_median_idf(void) {
    return gw_lexd_median_idf;
}

/* The node of the whole UTF-8 string s[0..n) (valid UTF-8), or 0. */
uint32_t gw_lex_find(const char *s, size_t n);

/* One word of the lexicon starting where gw_lex_words_at looked. */
typedef struct gw_lex_hit {
    size_t bytes;  /* its length in bytes */
    size_t chars;  /* its length in characters */
    uint32_t node; /* its node: gw_lex_freq, gw_lex_tag … */
} gw_lex_hit;

/* The words of dict.txt (frequency > 0) that start at s[0] and end within
 * s[0..n) (valid UTF-8), shortest first: at most max of them are stored in
 * hits; returns how many there are. */
size_t gw_lex_words_at(const char *s, size_t n, gw_lex_hit *hits, size_t max);

#endif
