/*
 * fold.h — normalizing, simplifying and folding text (contract §2):
 * gw_normalize, gw_simplify, gw_fold, gw_script.
 *
 * Each returns malloc'd UTF-8 (free() it) and its length, or NULL with
 * err->code = GW_ENOMEM. Inputs are valid UTF-8 (the glue checks).
 */
#ifndef GW_FOLD_H
#define GW_FOLD_H

#include "text.h"

#include <stddef.h>
#include <stdint.h>

/* NFKC, full-width ASCII to half-width, zero-width characters removed, runs
 * of spaces inside a line collapsed to one, lines trimmed. */
char *gw_normalize(const char *s, size_t n, size_t *out_n, gw_error *err);

/* Traditional to simplified phrase by phrase, like OpenCC's t2s;
 * simplified text comes out unchanged. */
char *gw_simplify(const char *s, size_t n, size_t *out_n, gw_error *err);

/* gw_simplify, except that when the text comes out unchanged it returns NULL
 * with err->code left GW_OK and makes no copy (the caller reuses s). */
char *gw_simplify_changed(const char *s, size_t n, size_t *out_n, gw_error *err);

/* The search key: gw_normalize, then each character on its own to its
 * simplified form, then lower-cased. When map is not NULL, *map receives a
 * malloc'd array of out_n + 1 byte offsets into s: for each output byte, the
 * start of the input character it came from (map[out_n] = n). */
char *gw_fold(const char *s, size_t n, size_t *out_n, size_t **map, gw_error *err);

/* One character's fold (simplified, lower-cased), without normalization. */
uint32_t gw_fold_char(uint32_t cp);

/* "Hans", "Hant", or NULL when s[0..n) has no Han character. */
const char *gw_script(const char *s, size_t n);

#endif
