/*
 * numeral.h — the one numeral grammar (contract §2 gw_number), used by
 * gw_number, gw_numbers, gw_quotes and gw_directives.
 *
 * Arabic digits (ASCII and full-width, thousands separators, decimals),
 * Chinese numerals (小写 and 大写, 〇/零, 两/兩, 十百千万萬亿億兆 at any nesting),
 * digit-by-digit numerals (二〇二〇 = 2020, 一七二零点一 = 1720.1), 点 decimals,
 * mixed forms (4298.8亿, 3萬3,883) and 百分之 forms, % and ％.
 *
 *   一千二百三十四 1234   两万 20000   4298.8亿 429880000000   二〇二〇 2020
 *   十九 19   百分之十五 15   1,291 1291   １２ 12   壹万贰仟 12000
 *   十万零一 100001   零点五 0.5   一七二零点一 1720.1   3萬3,883 33883
 *   零点点, 一手抓: not one numeral (gw_number gives NULL)
 *
 * Values are exact integers while they fit in 64 bits, doubles beyond; a
 * value that overflows a double (a 10,000-digit number, 亿亿亿…) is NULL.
 * The scanner is linear in the length of the numeral and never allocates.
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
    int percent;    /* 1 when it was written 百分之… or ends with % ％ */
    int multiplier; /* 1 when it holds 十/百/千/万/亿/兆 after digits */
    int arabic;     /* 1 when it holds Arabic digits */
    int sequence;   /* 1 when read digit by digit (二〇二〇) */
    int pct_sign;   /* 1 when it ends with % or ％ (counted in len) */
    int decimal;    /* 1 when it has a decimal part (1.3, 零点五) */
    int lead_unit;  /* 1 when it starts with a bare 十百千万亿 (十九, 百万) */
    size_t big_at;  /* byte offset of its first 万/亿/兆, or len when none */
} gw_numeral;

/* Reads the longest well-formed numeral at the start of s[0..n). */
gw_numeral gw_numeral_scan(const char *s, size_t n);

/* gw_number(t): the value when all of s[0..n) (spaces trimmed) is one
 * numeral, else GW_NUM_NULL. */
gw_num gw_number_value(const char *s, size_t n);

/* The value of a Chinese digit character (〇零一…九, 两兩, 壹贰…玖), else -1. */
int gw_zh_digit(uint32_t cp);

/* The power of ten of a Chinese multiplier (十拾 1, 百佰 2, 千仟 3, 万萬 4,
 * 亿億 8, 兆 12), else 0. */
int gw_zh_unit(uint32_t cp);

/* The value of an ASCII or full-width digit, else -1. */
static inline int gw_ascii_digit(uint32_t cp) {
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19) return (int)(cp - 0xFF10);
    return -1;
}

/* A sieve over the low 12 bits of the Chinese numeral characters (numeral.c). */
extern const uint64_t gw_zh_sieve[64];

/* 0 when cp is surely no Chinese numeral character; 1 when it may be one. */
static inline int gw_zh_maybe(uint32_t cp) {
    return cp >= 0x3007 && cp <= 0x96F6 && ((gw_zh_sieve[(cp & 0xFFF) >> 6] >> (cp & 63)) & 1);
}

/* 1 when cp can start a numeral (a digit, a Chinese digit or multiplier). */
int gw_numeral_start(uint32_t cp);

#endif
