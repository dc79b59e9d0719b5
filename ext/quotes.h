/*
 * quotes.h — gw_quotes(text): quoted formulations and cited documents (contract §6).
 *
 * Example: 做好“六稳”“六保”工作，印发《关于……的紧急通知》
 *   → quote 六稳 6; quote 六保 6; title 关于……的紧急通知 NULL
 *
 * Marks pair within one line: “” ‘’ 「」 『』 and ASCII " ' (and full-width
 * ＂ ＇) are quotes, 《》 〈〉 titles. A closing mark closes the nearest open
 * mark of its pair, and any marks opened inside it that were never closed
 * give no row. An ASCII " or ' closes an open one, else opens one; a ' (or ’)
 * between two Latin letters is an apostrophe (don't), not a mark.
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

/* One pair of marks on a line, found by gw_quote_line. */
typedef struct gw_qpair {
    size_t open;   /* byte offset of the opening mark */
    size_t close;  /* byte offset of the closing mark; 0 when never closed */
    size_t ochar;  /* characters from the line's start to the opening mark */
    size_t cchar;  /* characters from the line's start to the closing mark */
    uint8_t olen;  /* bytes of the opening mark */
    uint8_t clen;  /* bytes of the closing mark */
    uint8_t title; /* 1 for 《》 〈〉 */
    uint8_t mark;  /* which pair (internal) */
} gw_qpair;

/* The pairs of one line, reused from line to line (no allocation once grown). */
typedef struct gw_qpairs {
    gw_qpair *v; /* one entry per opening mark, in text order */
    size_t n;    /* entries */
    size_t cap;  /* allocated */
    size_t *stk; /* indexes of the marks still open */
    size_t sn;   /* depth */
    size_t scap; /* allocated */
    int oom;     /* an allocation failed */
} gw_qpairs;

void gw_qpairs_init(gw_qpairs *q);
void gw_qpairs_free(gw_qpairs *q);
/* Pairs the marks of the line s[b..e) (no line break inside); replaces the
 * entries of q. Returns GW_OK or GW_ENOMEM. */
int gw_quote_line(gw_qpairs *q, const char *s, size_t b, size_t e);

#endif
