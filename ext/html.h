/*
 * html.h — the visible text of an HTML page as scrapers save it (contract §11).
 *
 *   <html><head><title>县长讲话_某某网</title></head><body>
 *   <div class="nav"><a href="/">首页</a> <a href="/a">政务</a></div>
 *   <h1>县长在全县大会上的讲话</h1><p>同志们：<br>今天……</p>
 *   <div class="footer">主办单位：某某县人民政府</div></body></html>
 *
 * gives the lines
 *
 *   县长讲话_某某网          (the <title>, always the first line)
 *   县长在全县大会上的讲话
 *   同志们：
 *   今天……
 *
 * and the hints the speech parser reads from markup: the article's title
 * (here the <h1>, a slice of the text) and the page's date from <meta>.
 *
 * The page is parsed by libxml2's error-tolerant HTML parser, through SAX
 * events, so nothing but the text and one small record per block element is
 * kept: memory is proportional to the page (libxml2's copy of the page, the
 * text, the records). The input must already be UTF-8 (gw_decode turns a
 * page's bytes into UTF-8 by the charset rules of §11).
 *
 * Nothing here includes sqlite3.h or libxml2's headers.
 */
#ifndef GW_HTML_H
#define GW_HTML_H

#include "text.h"

#include <stddef.h>

typedef struct gw_html {
    char *text;         /* the visible text, malloc'd (free()), NUL-terminated */
    size_t n;           /* its length in bytes */
    size_t title_b;     /* the article's title: text[title_b, title_e); title_e == 0: none */
    size_t title_e;     /*   (the chosen heading, else the <title> without site decoration) */
    size_t title_line;  /* bytes of the first line that are the page's <title>; 0: no <title> */
    char published[11]; /* YYYY-MM-DD from <meta> (PubDate, article:published_time …), or "" */
} gw_html;

/* The visible text of the UTF-8 page s[0..n) (valid UTF-8 without NUL).
 * Returns GW_OK and fills *out (free out->text), or an
 * error code with err set (GW_ENOMEM, GW_EBIG). */
int gw_html_text(const char *s, size_t n, gw_html *out, gw_error *err);

/* 1 when the bytes s[0..n) are an HTML page by the rule of §11: the first
 * markup after a BOM, whitespace, comments and an <?xml …?> declaration is
 * <!DOCTYPE html, <html, <head or <body (any case). Reads ASCII only, so it
 * works on bytes of any ASCII-compatible charset. */
int gw_html_detect(const char *s, size_t n);

/* The charset an HTML page declares in its first bytes — <meta charset=…> or
 * <meta http-equiv="Content-Type" content="…; charset=…"> — copied into
 * name (size bytes, NUL-terminated); 0 when it declares none. */
int gw_html_meta_charset(const char *s, size_t n, char *name, size_t size);

#endif
