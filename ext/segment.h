/*
 * segment.h — gw_sentences(text) (contract §7), on ICU's sentence break
 * iterator. Words are cut by words.h.
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

/* args: v[0] the text (TEXT). */
int gw_parse_sentences(const gw_args *in, gw_rows *out, gw_error *err);

#endif
