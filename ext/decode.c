/*
 * decode.c — a first cut: accepts UTF-8 only.
 */
#include "decode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *gw_decode(const void *p, size_t n, const char *charset, size_t *out_n, gw_error *err) {
    (void)charset;
    if (gw_utf8_check(p, n, &err->at) != GW_OK) {
        err->code = GW_EARG;
        snprintf(err->msg, sizeof err->msg, "input is not UTF-8 at byte %zu", err->at);
        return NULL;
    }
    char *out = malloc(n + 1);
    if (!out) {
        err->code = GW_ENOMEM;
        return NULL;
    }
    memcpy(out, p, n);
    out[n] = 0;
    *out_n = n;
    return out;
}
