/*
 * quotes.c — not written yet: returns no rows.
 */
#include "quotes.h"

int gw_parse_quotes(const gw_args *in, gw_rows *out, gw_error *err) {
    (void)in;
    (void)out;
    (void)err;
    return GW_OK;
}
