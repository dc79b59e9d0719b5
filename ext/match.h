/*
 * match.h — gw_match(text, terms): every occurrence of a user's own lexicon
 * (contract §10).
 *
 *   gw_match('總書記強調，总书记指出', '总书记' || char(10) || '指出')
 *     → 1 总书记 總書記 1 3;  2 总书记 总书记 7 3;  3 指出 指出 10 2
 *
 * terms: one a line (\n or \r\n), each trimmed of surrounding spaces, blank
 * lines ignored. Text and terms are compared through gw_fold, so a simplified
 * term finds traditional text, full-width letters their ASCII form, any case
 * any case. Matches are leftmost-longest and do not overlap: at the leftmost
 * place where a term starts, the longest term starting there wins, and the
 * search goes on after it. Terms that fold to the same key report the first
 * of them as given. A term is found anywhere, also inside a longer word.
 *
 * The terms are compiled once (gw_match_compile) into an Aho–Corasick
 * automaton over the bytes of their folds; the adapter keeps it for as long
 * as the terms' text stays the same (tvf.h, gw_compiler), so a statement
 * over a corpus builds it once.
 */
#ifndef GW_MATCH_H
#define GW_MATCH_H

#include "rows.h"
#include "text.h"

typedef struct gw_match_row {
    int64_t id;  /* 1-based, in text order */
    gw_str term; /* the term as given */
    gw_str text; /* the occurrence as written */
    int64_t pos; /* 1-based character position */
    int64_t len; /* characters */
} gw_match_row;

/* The automaton of the terms s[0..n) (valid UTF-8), or NULL with err set
 * (GW_ENOMEM, or GW_EBIG past GW_MATCH_MAX_BYTES of folded terms). */
void *gw_match_compile(const char *s, size_t n, gw_error *err);
void gw_match_release(void *automaton);

/* Folded terms beyond which compiling is refused (states are 32-bit). */
#define GW_MATCH_MAX_BYTES ((size_t)1 << 30)

/* How many distinct terms an automaton holds. */
size_t gw_match_terms(const void *automaton);

/* args: v[0] the text, v[1] the terms (TEXT); in->compiled the automaton of
 * v[1] (when NULL, it is compiled for this call). */
int gw_parse_match(const gw_args *in, gw_rows *out, gw_error *err);

#endif
