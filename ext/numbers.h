/*
 * numbers.h — gw_numbers(text): numeric statistics (contract §5).
 *
 * Example: 累计报告确诊病例1291例 → text 1291例, value 1291, unit 例, kind count.
 */
#ifndef GW_NUMBERS_H
#define GW_NUMBERS_H

#include "rows.h"
#include "text.h"

typedef struct gw_number {
    int64_t id;       /* 1-based */
    gw_str text;      /* the mention as written, qualifiers included */
    gw_num value;     /* magnitude; NULL for ranges, dates, times, redacted */
    gw_num low;       /* lower bound (= value for a single number) */
    gw_num high;      /* upper bound (= value for a single number) */
    gw_str unit;      /* unit or measure word in simplified characters, or NULL */
    gw_str kind;      /* count percent money date time duration ordinal bare */
    gw_str approx;    /* the qualifier in simplified characters, or NULL */
    int64_t redacted; /* 1 when digits were replaced by placeholders */
    gw_str date;      /* ISO 8601 for dates, else NULL */
    int64_t in_quote; /* 1 inside quotation marks */
    gw_str clause;    /* the clause holding the mention */
    int64_t pos;      /* 1-based character position */
    int64_t len;      /* characters */
} gw_number;

/* args: v[0] the text (TEXT). */
int gw_parse_numbers(const gw_args *in, gw_rows *out, gw_error *err);

#endif
