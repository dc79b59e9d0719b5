/*
 * decode.h — bytes of any charset a scraped page comes in, to UTF-8
 * (contract §2 gw_decode): a BOM wins; else UTF-8 when the bytes are valid
 * UTF-8; else the charset of an HTML page's <meta charset> when the bytes are
 * valid in it (contract §11); else ICU's charset detector among GB18030 (GBK, GB2312), Big5 and
 * UTF-16; `charset` forces one.
 */
#ifndef GW_DECODE_H
#define GW_DECODE_H

#include "text.h"

#include <stddef.h>

/* Returns malloc'd UTF-8 (free()) without NUL characters and its length, or
 * NULL with err set: GW_EARG with err->msg naming the charset tried and what
 * failed, or GW_ENOMEM. charset may be NULL (detect). */
char *gw_decode(const void *p, size_t n, const char *charset, size_t *out_n, gw_error *err);

/* The same; *used (when used is not NULL) is set to the name of the charset
 * the bytes are read in ("UTF-8", "GB18030", "Big5", "UTF-16LE" …, or the
 * name of the charset forced), even when they turn out not to be valid in it.
 * Bytes that are binary data, not text (a NUL byte, or a high share of
 * control bytes), are an error unless a charset is forced. */
char *gw_decode_used(const void *p, size_t n, const char *charset, size_t *out_n, const char **used,
                     gw_error *err);

#endif
