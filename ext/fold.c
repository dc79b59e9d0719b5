/*
 * fold.c — a first cut: normalize and simplify copy, fold lower-cases ASCII.
 */
#include "fold.h"

#include <stdlib.h>
#include <string.h>

static char *copy(const char *s, size_t n, size_t *out_n, gw_error *err) {
    char *p = malloc(n + 1);
    if (!p) {
        err->code = GW_ENOMEM;
        return NULL;
    }
    memcpy(p, s, n);
    p[n] = 0;
    *out_n = n;
    return p;
}

char *gw_normalize(const char *s, size_t n, size_t *out_n, gw_error *err) {
    return copy(s, n, out_n, err);
}

char *gw_simplify(const char *s, size_t n, size_t *out_n, gw_error *err) {
    return copy(s, n, out_n, err);
}

uint32_t gw_fold_char(uint32_t cp) {
    return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
}

char *gw_fold(const char *s, size_t n, size_t *out_n, size_t **map, gw_error *err) {
    char *p = copy(s, n, out_n, err);
    if (!p) return NULL;
    for (size_t i = 0; i < n; i++)
        p[i] = (char)gw_fold_char((unsigned char)p[i]);
    if (map) {
        *map = malloc((n + 1) * sizeof **map);
        if (!*map) {
            free(p);
            err->code = GW_ENOMEM;
            return NULL;
        }
        for (size_t i = 0; i <= n; i++)
            (*map)[i] = i;
    }
    return p;
}

const char *gw_script(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += gw_utf8_next(s + i, n - i, &cp);
        if (gw_is_han(cp)) return "Hans";
    }
    return NULL;
}
