/*
 * tokens.h — text → search tokens with their original offsets: exactly what
 * the FTS5 tokenizer `gongwen` emits, and what gw_tokens(text [, mode]) shows
 * (contract §7).
 *
 * The text is folded first (gw_fold: gw_normalize, each character on its own
 * to simplified, lower-case), then cut into runs:
 *
 *   - a Han run (an unbroken sequence of Han characters) gives, in document
 *     mode, one unigram per character — the primary token, whose offsets are
 *     exactly that character in the original text — and after each character
 *     but the last, the bigram of it and the next character as a colocated
 *     token (same position). In query mode it gives the n−1 bigrams, then the
 *     last character's unigram (a 1-character run: the unigram alone), one
 *     position each. A query of n Han characters is thus a phrase of n tokens
 *     that occurs in a document exactly where the folded document contains the
 *     folded query.
 *   - a word run (letters, digits and marks of any other script, after NFKC
 *     and lower-casing) is one token: `GDP` → `gdp`, `２０２０` → `2020`.
 *   - anything else (spaces, punctuation, symbols, invalid bytes, NUL)
 *     separates runs and gives no token; no gram ever crosses it.
 *
 * The contract's example, document mode, `抓好核酸检测`:
 *   抓 好 核 酸 检 测 as primary tokens (pos 1..6, len 1), with 抓好 好核 核酸
 *   酸检 检测 colocated after 抓 好 核 酸 检 (len 2).
 * Query mode, `核酸检测`: 核酸 酸检 检测 测.
 */
#ifndef GW_TOKENS_H
#define GW_TOKENS_H

#include "rows.h"
#include "text.h"

typedef struct gw_token {
    int64_t id;        /* 1-based */
    gw_str token;      /* the folded token */
    int64_t pos;       /* 1-based character position in the original text */
    int64_t len;       /* characters of the original text it stands for */
    int64_t colocated; /* 1 when it shares the previous token's position */
} gw_token;

/* args: v[0] the text (TEXT), v[1] the mode 'document' (default) or 'query'. */
int gw_parse_tokens(const gw_args *in, gw_rows *out, gw_error *err);

/* Flags of gw_tokenize. */
enum {
    GW_TOK_QUERY = 1,  /* query mode (else document mode) */
    GW_TOK_UNIGRAM = 2 /* unigrams only, with a gap token "|" wherever a separator falls
                          between two tokens (document mode): the smaller index */
};

/* Receives one token: the folded bytes tok[0..n), the byte span [start, end)
 * of the original text it stands for, and whether it is colocated with the
 * previous token. Returns 0 to go on, anything else to stop. */
typedef int (*gw_token_fn)(void *ctx, const char *tok, size_t n, size_t start, size_t end,
                           int colocated);

/* Tokenizes s[0..n), which may hold any bytes: invalid UTF-8 and NUL act as
 * separators. Returns 0 when done, the callback's value when it stopped, or
 * -1 with err filled (out of memory). Thread-safe; allocates per call, not
 * per token. */
int gw_tokenize(const char *s, size_t n, int flags, gw_token_fn fn, void *ctx, gw_error *err);

#endif
