/*
 * page.c — gw_speeches(page [, format]): text pages go to the speech parser
 * as they are; HTML pages through gw_html_text first (contract §11).
 */
#include "page.h"

#include "html.h"
#include "speeches.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int gw_parse_page_speeches(const gw_args *in, gw_rows *out, gw_error *err) {
    if (in->n < 1 || !in->v[0].present || !in->v[0].s) return GW_OK;
    const char *s = in->v[0].s;
    size_t n = in->v[0].n;
    int html;
    if (in->n > 1 && in->v[1].present) {
        const char *f = in->v[1].s;
        if (strcmp(f, "html") == 0) {
            html = 1;
        } else if (strcmp(f, "text") == 0) {
            html = 0;
        } else {
            err->code = GW_EARG;
            snprintf(err->msg, sizeof err->msg, "unknown format '%.40s'; use 'html' or 'text'", f);
            return GW_EARG;
        }
    } else {
        html = gw_html_detect(s, n);
    }
    if (!html) return gw_speeches_text(s, n, NULL, out, err);
    gw_html h;
    int rc = gw_html_text(s, n, &h, err);
    if (rc != GW_OK) return rc;
    gw_str date = {NULL, 0};
    if (h.published[0]) date = gw_rows_strdup(out, h.published, strlen(h.published));
    gw_speech_hints hints = {h.title_b, h.title_e, h.title_line, date};
    rc = h.published[0] && !date.p ? GW_ENOMEM : gw_speeches_text(h.text, h.n, &hints, out, err);
    /* the rows point into the text: what they point at moves to their arena,
     * so the text (as long as the page) is not kept */
    for (size_t i = 0; rc == GW_OK && i < out->n; i++) {
        gw_speech *r = gw_rows_at(out, i);
        gw_str *slices[] = {&r->title, &r->speaker, &r->occasion};
        for (size_t k = 0; k < sizeof slices / sizeof slices[0]; k++) {
            gw_str *v = slices[k];
            if (!v->p || v->p < h.text || v->p >= h.text + h.n) continue;
            *v = gw_rows_strdup(out, v->p, v->n);
            if (!v->p) rc = GW_ENOMEM;
        }
    }
    free(h.text);
    if (rc != GW_OK) err->code = rc;
    return rc;
}
