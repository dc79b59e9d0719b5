/*
 * page.h — gw_speeches(page [, format]) on a page as a scraper saved it:
 * text, or HTML (contract §11).
 *
 *   SELECT title FROM gw_speeches(readfile('page.html'));          -- detected
 *   SELECT title FROM gw_speeches(readfile('page.htm'), 'html');   -- forced
 *
 * An HTML page (gw_html_detect, or format 'html') is read through
 * gw_html_text, and the rules of §3 run on its visible text, with the title
 * and date its markup gives (html.h); pos and len then refer to
 * gw_html_text(page). Format 'text' reads the page as text whatever it holds.
 */
#ifndef GW_PAGE_H
#define GW_PAGE_H

#include "rows.h"
#include "text.h"

/* args: v[0] the page (TEXT), v[1] the format ('html', 'text' or absent).
 * Rows are gw_speech (speeches.h). */
int gw_parse_page_speeches(const gw_args *in, gw_rows *out, gw_error *err);

#endif
