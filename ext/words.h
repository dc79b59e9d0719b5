/*
 * words.h — gw_words(text [, terms]) and gw_keywords(text [, k [, terms]])
 * (contract §7): Chinese text cut into words as jieba.cut cuts it, over
 * jieba's own lexicon and HMM compiled in (lexicon.h), and its TF-IDF
 * keywords as jieba.analyse.extract_tags ranks them.
 *
 *   SELECT word, tag FROM gw_words('做好疫情防控工作，习近平总书记强调');
 *   -- 做好|v  疫情防控|n  工作|vn  习近平|nr  总书记|n  强调|vd
 *   SELECT word FROM gw_words('學習貫徹黨的十九屆五中全會精神');   -- cut as its fold 学习贯彻党的…
 *   -- 學習  貫徹  黨  的  十九屆  五中全會  精神
 *   SELECT word FROM gw_words('坚决做到两个维护', '两个维护');
 *   -- 坚决  做到  两个维护
 *
 * The cut (jieba.cut with its HMM, exactly, over the text's key):
 *   - the key of a character is its gw_fold form character by character
 *     (traditional → simplified), full-width ASCII as ASCII, Latin case kept
 *     (the lexicon holds both C++ and c++); positions are on the text as
 *     written, one key character per character;
 *   - blocks: runs of U+4E00..U+9FD5, ASCII letters and digits and + # & . _ % -
 *     (jieba's re_han_default); any other character is a word on its own when
 *     it is a letter or a number (Unicode L*, N*), else skipped (spaces,
 *     punctuation, symbols);
 *   - in a block, the graph of every lexicon word starting at each character
 *     and the route of greatest sum of log(frequency / total) to the block's
 *     end, ties to the longer word; stretches of single characters the route
 *     leaves are handed whole to the HMM (Viterbi over B, E, M, S) when they
 *     are no lexicon word, and the Latin between them is cut as
 *     [A-Za-z0-9]+(\.[0-9]+)?%? — except that a piece with a letter followed
 *     by '-' and more letters or digits stays whole (COVID-19, Wi-Fi: jieba
 *     cuts COVID / - / 19);
 *   - tag: the lexicon's part of speech of the word (or the term's), NULL
 *     when it holds none.
 *
 * terms: one word a line, optionally followed by a space and a frequency and
 * a space and a tag (jieba's user dictionary format, `两个维护 100 n`),
 * added in order as jieba.add_word adds them (a word without a frequency
 * gets jieba's suggest_freq; a frequency of 0 keeps the word from being
 * one). Compiled once per distinct value (gw_terms_compile).
 *
 * Keywords: the words of the cut, less those of one character, numbers and
 * the stop words (jieba's list), counted by their key; weight = count ×
 * IDF / number of words counted, the IDF of analyse/idf.txt or its median;
 * the k greatest weights, ties in order of first appearance. `word` is the
 * word as first written.
 */
#ifndef GW_WORDS_H
#define GW_WORDS_H

#include "rows.h"
#include "text.h"

typedef struct gw_word {
    int64_t id;  /* 1-based */
    gw_str word; /* the word as written */
    gw_str norm; /* gw_fold(word) */
    gw_str tag;  /* the lexicon's part of speech, or NULL */
    int64_t pos; /* 1-based character position */
    int64_t len; /* characters */
} gw_word;

typedef struct gw_keyword {
    int64_t id;    /* 1-based rank */
    gw_str word;   /* the word as first written */
    gw_num weight; /* TF-IDF, REAL */
    int64_t count; /* occurrences */
} gw_keyword;

/* A compiled list of terms (one word a line, "word [freq] [tag]"), or NULL
 * with err set (GW_EARG: which line is wrong). */
typedef struct gw_terms gw_terms;
void *gw_terms_compile(const char *s, size_t n, gw_error *err);
void gw_terms_release(void *terms);

/* One word of the cut: bytes [b, e) of the text, characters [pos, pos + len)
 * (0-based), the lexicon's tag or NULL. */
typedef struct gw_cut_word {
    size_t b, e;
    size_t pos, len;
    const char *tag;
} gw_cut_word;

/* Cuts s[0..n) (valid UTF-8) with the lexicon and the terms (or NULL),
 * calling emit for every word in order; emit returns GW_OK to go on. Returns
 * GW_OK, GW_ENOMEM, or what emit returned. For other parsers that need to
 * know which words a Chinese reader sees in a text. */
int gw_cut(const char *s, size_t n, const gw_terms *terms,
           int (*emit)(void *ctx, const gw_cut_word *w), void *ctx);

/* args: v[0] the text, v[1] the terms (compiled in in->compiled). */
int gw_parse_words(const gw_args *in, gw_rows *out, gw_error *err);
/* args: v[0] the text, v[1] k (default 20; 0: every word), v[2] the terms. */
int gw_parse_keywords(const gw_args *in, gw_rows *out, gw_error *err);

#endif
