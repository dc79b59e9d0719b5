/*
 * cues.h — what several parsers recognise in running text, each written once:
 * where a clause starts, the directive markers of contract §4, the collection
 * headings of §3 and dates. gw_speeches, gw_directives and gw_numbers all read
 * them from here, so a page is cut, numbered and counted by the same rules.
 *
 *   clause start   a line start; after 。！？；：; weaker, after ，
 *   marker         一、 （一） 1. （1） ① 一是 一要 第一， 首先 一方面 ——
 *   heading        【篇2】title   [篇2]   【第2篇】   第2篇 / 篇2 alone on a line
 *   date           2020-12-28  2020/12/28  2020.12.28  2020年12月28日  二〇二〇年一月
 *
 * Numerals are read with the one grammar of numeral.c. Nothing here
 * allocates, and nothing includes sqlite3.h.
 */
#ifndef GW_CUES_H
#define GW_CUES_H

#include "text.h"

#include <stddef.h>
#include <stdint.h>

/* ---- clause starts ---- */

/* How strongly a position starts a clause. Ordered: "at least" is a comparison. */
enum { GW_AT_NONE, GW_AT_COMMA, GW_AT_STRONG, GW_AT_LINE };

/* How strongly the character after cp starts a clause, when the character
 * before cp stood at `at`: after 。！？；： strongly, after ， weakly; a
 * closing quote, bracket or space between keeps what stood before it. */
int gw_clause_after(uint32_t cp, int at);

/* The same read backwards: how strongly byte i of the line starting at lb
 * starts a clause. */
int gw_clause_at(const char *s, size_t lb, size_t i);

/* ---- directive markers (contract §4) ---- */

/* The styles of contract §4, in the order of its table. */
enum {
    GW_DUN,
    GW_PAREN,
    GW_ARABIC,
    GW_ARABIC_PAREN,
    GW_CIRCLED,
    GW_SHI,
    GW_YAO,
    GW_DI,
    GW_SEQ,
    GW_FANGMIAN,
    GW_DASH,
    GW_NSTYLES
};

/* The contract's name of each style: "dun", "paren" … "dash". */
extern const char *const gw_style_name[GW_NSTYLES];

/* Ordinals above this are not outline numbers (a year, a count). */
#define GW_MAX_ORDINAL 999

/* A marker found in the text, before the nesting rules place it. */
typedef struct gw_marker {
    size_t b, e; /* its bytes */
    int style;   /* GW_DUN … GW_DASH */
    int64_t ord; /* its ordinal; 0 for "previous + 1" (最后, dash) */
    int follows; /* 1 when it only continues a list already open (其次) */
} gw_marker;

/* Reads the marker at s[i..n) (n is the end of the line) when the character
 * there may start one where the scan stands (at, GW_AT_*): the dash only at a
 * line start, the numbered styles also after 。！？；：, shi, yao, di, seq and
 * fangmian also after ，. 1 and *m filled, or 0. */
int gw_marker_at(const char *s, size_t n, size_t i, int at, gw_marker *m);

/* 1 when cp is a Chinese numeral character an ordinal is written with: a
 * digit (〇零一…九 两 大写) or 十百千 (拾佰仟). */
int gw_is_ordinal_char(uint32_t cp);

/* ---- collection headings (contract §3) ---- */

/* A heading is a short line: at most this many characters. */
#define GW_HEADING_MAX 64

/* Whether the trimmed line s[b..e) is a collection heading: 【篇N】title,
 * [篇N]title, 【第N篇】title (spaces allowed inside the brackets), or 第N篇 /
 * 篇N alone (a colon may follow). N is read with numeral.c's grammar, 1 …
 * 99999, into *n; *rest is where the title after the heading starts (e when
 * none). 1 when it is one, else 0. */
int gw_collection_heading(const char *s, size_t b, size_t e, int *n, size_t *rest);

/* ---- dates ---- */

/* A date read from text: each part is its value, GW_DATE_ABSENT or
 * GW_DATE_REDACTED (20XX年). */
typedef struct gw_date {
    long y, m, d;
    int redacted; /* some part is placeholders */
    int chinese;  /* some part is a Chinese numeral */
} gw_date;
enum { GW_DATE_ABSENT = -2, GW_DATE_REDACTED = -1 };

/* A date at s[i..e): YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (also － ／), YYYY-MM,
 * or [Y年][M月[份]][D日|号|號] with Y of four digits (or placeholders, 20XX),
 * Chinese numerals allowed (二〇二〇年一月). Returns its end, or 0. */
size_t gw_date_at(const char *s, size_t i, size_t e, gw_date *d);

/* Reads 1..maxd ASCII or full-width digits at s[i..e) (no separators): the
 * value, or -1 when there are none or more; bytes in *len, digits in *nd. */
long gw_digits_at(const char *s, size_t i, size_t e, int maxd, size_t *len, int *nd);

/* 1 when cp is a redaction placeholder: X x * _ and their full-width forms. */
int gw_is_placeholder(uint32_t cp);

#endif
