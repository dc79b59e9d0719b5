/*
 * segment.c — not written yet: returns no rows.
 */
#include "segment.h"

int gw_parse_sentences(const gw_args *in, gw_rows *out, gw_error *err) {
    (void)in;
    (void)out;
    (void)err;
    return GW_OK;
}

int gw_parse_words(const gw_args *in, gw_rows *out, gw_error *err) {
    (void)in;
    (void)out;
    (void)err;
    return GW_OK;
}
