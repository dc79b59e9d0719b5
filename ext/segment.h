/*
 * segment.h — gw_sentences(text) and gw_words(text) (contract §7), on ICU's
 * break iterators (the word iterator uses ICU's Chinese dictionary).
 */
#ifndef GW_SEGMENT_H
#define GW_SEGMENT_H

#include "rows.h"
#include "text.h"

typedef struct gw_sentence {
    int64_t id;      /* 1-based */
    gw_str sentence; /* the sentence as written */
    int64_t pos;     /* 1-based character position */
    int64_t len;     /* characters */
} gw_sentence;

typedef struct gw_word {
    int64_t id;  /* 1-based */
    gw_str word; /* the word as written */
    gw_str norm; /* gw_fold(word) */
    int64_t pos; /* 1-based character position */
    int64_t len; /* characters */
} gw_word;

/* args: v[0] the text (TEXT). */
int gw_parse_sentences(const gw_args *in, gw_rows *out, gw_error *err);
int gw_parse_words(const gw_args *in, gw_rows *out, gw_error *err);

#endif
