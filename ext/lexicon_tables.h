/*
 * lexicon_tables.h — the tables ext/gen_lexicon.py writes into
 * build/gen/lexicon_tables.c from jieba's data files at build time
 * (lexicon.c reads them; everything else goes through lexicon.h).
 *
 * The trie: node 0 is the root; the children of node i are the nodes
 * base(i) .. base(i + 1) - 1, sorted by code point, where base(i) is the
 * i-th little-endian uint32 of gw_lexd_base. Node i's character is the i-th
 * little-endian uint16 of gw_lexd_label, its facts the i-th little-endian
 * uint32 of gw_lexd_info (GW_LEXD_* below). The node of a one-character
 * prefix c (c < 0x10000) is the c-th uint32 of gw_lexd_root (0: none).
 *
 * The children of a node with more than GW_LEXD_FANOUT of them are also in
 * the edge hash gw_lexd_edges (little-endian uint32 child indices, 0: empty
 * slot, 2^GW_LEXD_HASH_BITS slots, linear probing from gw_lexd_edge_slot):
 * a child c of node p with character cp is found by probing from
 * gw_lexd_edge_slot(p, cp) until a slot holds a child of p (base(p) ≤ c <
 * base(p + 1)) whose character is cp, or is empty.
 */
#ifndef GW_LEXICON_TABLES_H
#define GW_LEXICON_TABLES_H

#include <stddef.h>
#include <stdint.h>

/* A node's facts: bits 0..12 index gw_lexd_freq (0: not a word), bits 13..18
 * gw_lexd_tags, bits 19..30 gw_lexd_idf (0: not in idf.txt); bit 31 is set
 * when the node is a key of jieba's prefix dictionary (a word of dict.txt
 * or a prefix of one). */
#define GW_LEXD_FREQ(x)    ((x)&0x1FFFu)
#define GW_LEXD_TAG(x)     (((x) >> 13) & 0x3Fu)
#define GW_LEXD_IDF(x)     (((x) >> 19) & 0xFFFu)
#define GW_LEXD_IN_FREQ(x) ((x) >> 31)

#define GW_LEXD_FANOUT    8
#define GW_LEXD_HASH_BITS 19
static inline uint32_t gw_lexd_edge_slot(uint32_t parent, uint32_t cp) {
    return ((parent * 0x9E3779B1u) ^ (cp * 0x85EBCA77u)) >> (32 - GW_LEXD_HASH_BITS);
}

extern const uint32_t gw_lexd_nnodes;
extern const uint64_t gw_lexd_total;     /* the sum of every frequency of dict.txt */
extern const double gw_lexd_median_idf;  /* the median of idf.txt */
extern const uint32_t gw_lexd_freq[];    /* distinct frequencies, [0] = 0 */
extern const double gw_lexd_logfreq[];   /* their natural logarithms, [0] = 0 */
extern const double gw_lexd_idf[];       /* distinct IDF values, [0] = 0 */
extern const char *const gw_lexd_tags[]; /* distinct tags, [0] = NULL */
extern const unsigned char gw_lexd_label[];
extern const unsigned char gw_lexd_info[];
extern const unsigned char gw_lexd_base[];
extern const unsigned char gw_lexd_root[];
extern const unsigned char gw_lexd_edges[];

/* The HMM of word-internal positions, states B, E, M, S (log probabilities;
 * -3.14e100 where jieba's tables have none). The emissions of c (0x4E00 ≤ c ≤
 * 0x9FD5) are gw_hmm_emit[r], r the (c - 0x4E00)-th little-endian uint16 of
 * gw_hmm_emit_index (row 0: none). */
#define GW_HMM_LO 0x4E00
#define GW_HMM_HI 0x9FD5
extern const double gw_hmm_start[4];
extern const double gw_hmm_trans[4][4];
extern const unsigned char gw_hmm_emit_index[];
extern const double gw_hmm_emit[][4];

#endif
