/*
 * tokens.h — text → search tokens with their original offsets: exactly what
 * the FTS5 tokenizer `gongwen` emits, and what gw_tokens(text [, mode]) shows
 * (contract §7).
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

#endif
