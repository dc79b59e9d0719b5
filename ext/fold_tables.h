/*
 * fold_tables.h — the tables ext/gen_t2s.sh writes into build/gen/t2s_tables.c
 * from OpenCC's dictionaries at build time (fold.c reads them).
 */
#ifndef GW_FOLD_TABLES_H
#define GW_FOLD_TABLES_H

#include <stddef.h>
#include <stdint.h>

/* One phrase of TSPhrases: key and first candidate, UTF-8. */
typedef struct gw_t2s_phrase {
    const char *key; /* traditional phrase */
    const char *val; /* its simplified form (first candidate) */
    uint8_t klen;    /* bytes of key */
    uint8_t vlen;    /* bytes of val */
} gw_t2s_phrase;

/* What the tables know of one character. */
typedef struct gw_cjk_entry {
    uint32_t simp; /* t2s form (TSCharacters' first candidate), 0 when unchanged */
    uint32_t fold; /* per-character search key, 0 when unchanged */
    uint8_t flags; /* GW_CJK_* */
    uint16_t plo;  /* GW_CJK_PHRASE: the phrases it starts are */
    uint16_t pn;   /* gw_t2s_phrases[plo .. plo + pn) */
} gw_cjk_entry;

enum {
    GW_CJK_T_ONLY = 1, /* only traditional text uses it (t2s changes it, never keeps it) */
    GW_CJK_S_ONLY = 2, /* only simplified text uses it (s2t changes it, never keeps it) */
    GW_CJK_PHRASE = 4, /* first character of a TSPhrases key */
};

/* Code points below GW_CJK_PAGES * 256 have an entry index
 * gw_cjk_stage2[gw_cjk_stage1[cp >> 8] * 256 + (cp & 0xFF)] (0: no entry). */
#define GW_CJK_PAGES 1024

extern const gw_t2s_phrase gw_t2s_phrases[]; /* sorted by the bytes of key */
extern const size_t gw_t2s_nphrases;
extern const size_t gw_t2s_phrase_max; /* longest key, bytes */
extern const gw_cjk_entry gw_cjk_entries[];
extern const uint16_t gw_cjk_stage1[GW_CJK_PAGES];
extern const uint16_t gw_cjk_stage2[];

/* For each BMP character, one bit per question (GW_BIT_*): whether it has
 * anything to look up at all, so the common character costs one load. */
extern const uint32_t gw_cjk_bits[8][2048];
enum {
    GW_BIT_SIMP = 0,      /* t2s changes it, or it starts a phrase */
    GW_BIT_FOLD = 1,      /* gw_fold changes it */
    GW_BIT_T_ONLY = 2,    /* GW_CJK_T_ONLY */
    GW_BIT_S_ONLY = 3,    /* GW_CJK_S_ONLY */
    GW_BIT_KEEP_NORM = 4, /* gw_normalize's fast path keeps it as it is */
    GW_BIT_KEEP_FOLD = 5, /* and so does gw_fold's */
    GW_BIT_T2S = 6,       /* t2s changes it on its own (or it is a one-character phrase) */
    GW_BIT_PHRASE2 = 7,   /* the second character of a TSPhrases key */
};

static inline int gw_cjk_bit(int which, uint32_t cp) {
    return cp >= 0x10000 || (gw_cjk_bits[which][cp >> 5] >> (cp & 31)) & 1;
}

static inline const gw_cjk_entry *gw_cjk(uint32_t cp) {
    if (cp >= GW_CJK_PAGES * 256u) return &gw_cjk_entries[0];
    return &gw_cjk_entries[gw_cjk_stage2[(size_t)gw_cjk_stage1[cp >> 8] * 256 + (cp & 0xFF)]];
}

#endif
