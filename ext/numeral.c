/*
 * numeral.c — a first cut of the numeral grammar: ASCII digits and Chinese
 * numerals 一 … 九十九 only.
 */
#include "numeral.h"

#include <string.h>

static int digit_of(uint32_t cp) {
    static const uint32_t zh[] = {0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                                  0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    for (int i = 0; i < 10; i++)
        if (zh[i] == cp) return i;
    if (cp == 0x4E24) return 2; /* 两 */
    return -1;
}

gw_numeral gw_numeral_scan(const char *s, size_t n) {
    gw_numeral r;
    memset(&r, 0, sizeof r);
    int64_t v = 0, tens = -1;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t l = gw_utf8_next(s + i, n - i, &cp);
        int d = digit_of(cp);
        if (cp == 0x5341) { /* 十 */
            tens = v ? v : 1;
            v = 0;
            r.chinese = 1;
        } else if (d >= 0) {
            if (v > 100000000000000LL) break;
            v = v * 10 + d;
            if (cp > 0x7F) r.chinese = 1;
        } else {
            break;
        }
        i += l;
    }
    if (!i) return r;
    r.len = i;
    r.value.type = GW_NUM_INT;
    r.value.i = tens >= 0 ? tens * 10 + v : v;
    return r;
}

gw_num gw_number_value(const char *s, size_t n) {
    size_t b = 0, e = n;
    gw_trim(s, &b, &e);
    gw_numeral r = gw_numeral_scan(s + b, e - b);
    gw_num none = {GW_NUM_NULL, 0, 0};
    if (!r.len || b + r.len != e) return none;
    return r.value;
}
