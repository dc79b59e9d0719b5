/*
 * reuse.h — text reuse (contract §8): which speeches copy each other.
 *
 *   gw_minhash(t)                 a signature of the folded text's character
 *                                 5-gram shingles (punctuation and spaces removed)
 *   gw_similarity(sig_a, sig_b)   the estimated Jaccard similarity, 0 to 1
 *   gw_overlap(a, b [, min_chars]) one row per maximal passage a and b share
 *   gw_minhash_bands(sig [, bands]) one row per band of a signature, for
 *                                 candidate pairs by an equi-join (LSH)
 *
 * In fixtures/pages/004_0971c2d1573ab3b5.txt, 【篇1】 and 【篇8】 are the same
 * speech (similarity near 1), and 【篇2】 and 【篇5】 each reuse passages of 【篇1】.
 */
#ifndef GW_REUSE_H
#define GW_REUSE_H

#include "rows.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

/* Number of minimum hashes in a signature. */
#define GW_MINHASH_K 128
/* Bytes of a signature: "GWMH", a version byte, three reserved, then K
 * little-endian 32-bit minimums. */
#define GW_MINHASH_BYTES (8 + 4 * GW_MINHASH_K)

/* Writes the signature of s[0..n) into sig (GW_MINHASH_BYTES). Returns GW_OK,
 * GW_ENOMEM, or GW_EARG when the text has no letter, digit or Han character
 * to shingle (the glue returns NULL then). */
int gw_minhash(const char *s, size_t n, unsigned char *sig, gw_error *err);

/* The share of equal minimums of two signatures, 0 to 1; -1 when either is
 * not a signature (wrong size or header). */
double gw_similarity(const unsigned char *a, size_t an, const unsigned char *b, size_t bn);

typedef struct gw_passage {
    int64_t a_pos; /* 1-based character position of the passage in a */
    int64_t a_len; /* its length in characters of a */
    int64_t b_pos; /* where the same passage stands in b */
    int64_t b_len; /* its length in characters of b */
    gw_str text;   /* the passage as written in a */
} gw_passage;

/* args: v[0] a (TEXT), v[1] b (TEXT), v[2] min_chars (INTEGER, default 12). */
int gw_parse_overlap(const gw_args *in, gw_rows *out, gw_error *err);

/* The number of minimum hashes of a signature, or -1 when sig is not one. */
int gw_minhash_count(const unsigned char *sig, size_t n);

/* Locality-sensitive hashing: a signature of K minimums cut into `bands`
 * bands of r = K / bands minimums each. Two texts share a band's bucket when
 * all r minimums of that band are equal, which happens with probability s^r
 * for texts of Jaccard similarity s; they share at least one bucket of the
 * b bands with probability 1 - (1 - s^r)^b. */
#define GW_BANDS_DEFAULT 32

typedef struct gw_band {
    int64_t band;   /* 1-based */
    int64_t bucket; /* a 64-bit hash of the band's r minimums (and nothing else) */
} gw_band;

/* args: v[0] sig (BLOB bytes), v[1] bands (INTEGER, default 32; a divisor of
 * the signature's hash count). */
int gw_parse_minhash_bands(const gw_args *in, gw_rows *out, gw_error *err);

#endif
