/*
 * numeral.h — the one numeral grammar (contract §2 gw_number), used by
 * gw_number, gw_numbers, gw_quotes and gw_directives.
 *
 * Arabic digits (ASCII and full-width, thousands separators, decimals),
 * Chinese numerals (小写 and 大写, 〇/零, 两/兩, 十百千万萬亿億兆 at any nesting),
 * mixed forms (4298.8亿, 3萬3,883) and 百分之 forms.
 */
#ifndef GW_NUMERAL_H
#define GW_NUMERAL_H

#include "rows.h"
#include "text.h"

/* A numeral read from text. */
typedef struct gw_numeral {
    size_t len;     /* bytes consumed; 0 when there is no numeral at s */
    gw_num value;   /* its value (GW_NUM_NULL when it overflows) */
    int chinese;    /* 1 when it holds a Chinese numeral character */
    int percent;    /* 1 when it was written 百分之… */
    int multiplier; /* 1 when it holds 十/百/千/万/亿/兆 after digits */
} gw_numeral;

/* Reads the longest well-formed numeral at the start of s[0..n). */
gw_numeral gw_numeral_scan(const char *s, size_t n);

/* gw_number(t): the value when all of s[0..n) (spaces trimmed) is one
 * numeral, else GW_NUM_NULL. */
gw_num gw_number_value(const char *s, size_t n);

#endif
