/*
 * quotes.h — gw_quotes(text): quoted formulations and cited documents (contract §6).
 *
 * Example: 做好“六稳”“六保”工作，印发《关于……的紧急通知》
 *   → quote 六稳 6; quote 六保 6; title 关于……的紧急通知 NULL
 */
#ifndef GW_QUOTES_H
#define GW_QUOTES_H

#include "rows.h"
#include "text.h"

typedef struct gw_quote {
    int64_t id;     /* 1-based, in order of the opening mark */
    gw_str kind;    /* quote or title */
    gw_str text;    /* the words inside the marks */
    gw_num numeral; /* value of the first numeral of a short quote, or NULL */
    int64_t pos;    /* the opening mark's 1-based character position */
    int64_t len;    /* characters, marks included */
} gw_quote;

/* args: v[0] the text (TEXT). */
int gw_parse_quotes(const gw_args *in, gw_rows *out, gw_error *err);

#endif
