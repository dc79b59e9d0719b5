/*
 * speeches.h — gw_speeches(page): the speeches on a scraped web page (contract §3).
 *
 * One row per speech, in page order, with site chrome removed. Example, from
 * fixtures/pages/001_cb69c79a23f59179.txt:
 *
 *   idx 1, title 县长在全县疫情防控表彰大会上的讲话, speaker 县长,
 *   occasion 全县疫情防控表彰大会, published 2020-12-28, script Hans,
 *   truncated 1, body "同志们:\n今天,我们在这里……"
 */
#ifndef GW_SPEECHES_H
#define GW_SPEECHES_H

#include "rows.h"
#include "text.h"

typedef struct gw_speech {
    int64_t idx;       /* 1-based place on the page (N of 【篇N】) */
    gw_str title;      /* the speech's own title, without site decoration */
    gw_str speaker;    /* the speaker's role named by the title, or NULL */
    gw_str occasion;   /* the meeting named by the title, or NULL */
    gw_str published;  /* YYYY-MM-DD from the page's metadata lines, or NULL */
    gw_str level;      /* 省 市 县 区 州 旗, or NULL */
    gw_str script;     /* gw_script(body): Hans, Hant or NULL */
    int64_t truncated; /* 1 when the page says the text is cut off */
    gw_str body;       /* paragraphs joined by \n, trimmed, no empty lines */
    int64_t pos;       /* first character of the title line (1-based) */
    int64_t len;       /* characters up to the end of the last paragraph */
} gw_speech;

/* args: v[0] the page (TEXT). */
int gw_parse_speeches(const gw_args *in, gw_rows *out, gw_error *err);

/* What the markup of an HTML page says about it (html.c, contract §11). */
typedef struct gw_speech_hints {
    size_t title_b, title_e; /* the article's title, s[title_b, title_e); title_e == 0: none */
    size_t title_line;       /* bytes of the first line that are the page's <title> (0: none) */
    gw_str published;        /* YYYY-MM-DD from <meta>, or p == NULL */
} gw_speech_hints;

/* The speeches of the page text s[0..n) (valid UTF-8, outliving out), with
 * the hints of its markup (or NULL): a title that would come from the
 * <title> line is the hinted title, and the hinted date comes first. */
int gw_speeches_text(const char *s, size_t n, const gw_speech_hints *hints, gw_rows *out,
                     gw_error *err);

#endif
