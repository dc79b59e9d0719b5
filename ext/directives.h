/*
 * directives.h — gw_directives(text): numbered directives (contract §4), and
 * gw_outline(text), the same tree drawn as indented text (contract §2).
 *
 * Example (contract §4):
 *   二、守住“线”\n第一，公众意识要再提高。一要大力开展宣传。
 *   → 二、 dun 1 "2" 守住“线”;  第一， di 2 "2.1" 公众意识要再提高;
 *     一要 yao 3 "2.1.1" 大力开展宣传
 */
#ifndef GW_DIRECTIVES_H
#define GW_DIRECTIVES_H

#include "rows.h"
#include "text.h"

typedef struct gw_directive {
    int64_t id;      /* 1-based, in text order */
    int64_t parent;  /* id of the enclosing directive, GW_NULL_INT at the top */
    int64_t depth;   /* 1 at the top */
    gw_str path;     /* ordinals from the top down joined by '.', e.g. 2.1.3 */
    gw_str marker;   /* the marker exactly as written: 一、 （一） 一是 第一， … */
    gw_str style;    /* dun paren arabic arabic_paren circled shi yao di seq fangmian dash */
    int64_t ordinal; /* 1, 2, 3 … */
    gw_str heading;  /* the directive's own words */
    gw_str body;     /* the text after the heading, children included, trimmed */
    int64_t pos;     /* first character of the marker (1-based) */
    int64_t len;     /* characters up to the end of body */
} gw_directive;

/* args: v[0] the text (TEXT). */
int gw_parse_directives(const gw_args *in, gw_rows *out, gw_error *err);

/* The outline of s[0..n): one line per directive, two spaces of indent per
 * depth below 1, "path  heading". Returns malloc'd text (free()), or NULL
 * with err set. An empty outline is "". */
char *gw_outline(const char *s, size_t n, size_t *out_n, gw_error *err);

#endif
