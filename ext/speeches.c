/*
 * speeches.c — not written yet: returns no rows.
 */
#include "speeches.h"

int gw_parse_speeches(const gw_args *in, gw_rows *out, gw_error *err) {
    (void)in;
    (void)out;
    (void)err;
    return GW_OK;
}
