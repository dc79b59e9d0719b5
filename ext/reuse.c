/*
 * reuse.c — text reuse (contract §8): MinHash signatures of character
 * 5-gram shingles, their similarity, and the passages two texts share.
 *
 * Both work on the same key: the text folded as gw_fold() folds it (so
 * traditional and simplified copies match), with punctuation, spaces and
 * line breaks removed. Every kept character remembers where it stood in the
 * original text, so passages are reported on the original.
 */
#include "reuse.h"

#include "fold.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHINGLE        5
#define MAX_INPUT      ((size_t)256 << 20) /* 256 MiB */
#define MAX_CANDIDATES 256                 /* places in b tried for one k-gram of a */

/* The folded characters that count, with their places in the original. */
typedef struct keys {
    uint32_t *cp;   /* folded code points */
    uint32_t *byte; /* byte offset of the original character (texts are < 4 GiB) */
    uint32_t *chr;  /* its 0-based character index in the original */
    size_t n;       /* how many */
} keys;

static void keys_free(keys *k) {
    free(k->cp);
    free(k->byte);
    free(k->chr);
    memset(k, 0, sizeof *k);
}

static int counts(uint32_t cp) {
    return cp > 0x20 && !gw_is_space(cp) && !gw_is_punct(cp) && !gw_is_line_end(cp);
}

static int keys_make(const char *s, size_t n, keys *k, gw_error *err) {
    memset(k, 0, sizeof *k);
    if (n > MAX_INPUT) {
        err->code = GW_EBIG;
        strcpy(err->msg, "texts longer than 256 MiB are not compared");
        return GW_EBIG;
    }
    size_t fn = 0, *map = NULL;
    char *f = gw_fold(s, n, &fn, &map, err);
    if (!f) return err->code ? err->code : GW_ENOMEM;
    size_t cap = gw_char_count(f, fn) + 1;
    k->cp = malloc(cap * sizeof *k->cp);
    k->byte = malloc(cap * sizeof *k->byte);
    k->chr = malloc(cap * sizeof *k->chr);
    if (!k->cp || !k->byte || !k->chr) {
        free(f);
        free(map);
        keys_free(k);
        err->code = GW_ENOMEM;
        return GW_ENOMEM;
    }
    gw_pos pos;
    gw_pos_init(&pos, s);
    for (size_t i = 0; i < fn;) {
        if (gw_cancelled(i)) {
            free(f);
            free(map);
            keys_free(k);
            err->code = GW_EINTR;
            return GW_EINTR;
        }
        uint32_t cp;
        size_t l = gw_utf8_next(f + i, fn - i, &cp);
        if (counts(cp)) {
            size_t ob = map[i];
            k->cp[k->n] = cp;
            k->byte[k->n] = (uint32_t)ob;
            k->chr[k->n] = (uint32_t)(gw_pos_char(&pos, ob) - 1);
            k->n++;
        }
        i += l;
    }
    free(f);
    free(map);
    return GW_OK;
}

/* A 64-bit mix (the finalizer of splitmix64). */
static uint64_t mix64(uint64_t x) {
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return x;
}

static void put32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int gw_minhash(const char *s, size_t n, unsigned char *sig, gw_error *err) {
    keys k;
    int rc = keys_make(s, n, &k, err);
    if (rc != GW_OK) return rc;
    if (k.n == 0) {
        keys_free(&k);
        err->code = GW_EARG;
        strcpy(err->msg, "nothing to shingle");
        return GW_EARG;
    }
    /* K hash functions h_m(x) = ((a_m * x + b_m) mod 2^64) >> 32 over a
     * 32-bit hash x of each shingle (multiply-add-shift, a_m odd 64-bit): one
     * multiply each instead of a whole mix */
    uint64_t a[GW_MINHASH_K], b[GW_MINHASH_K];
    uint32_t mins[GW_MINHASH_K];
    for (int m = 0; m < GW_MINHASH_K; m++) {
        a[m] = mix64(0x632BE59BD9B4E019ULL + (uint64_t)m) | 1;
        b[m] = mix64(0x9E3779B97F4A7C15ULL * (uint64_t)(m + 1));
        mins[m] = UINT32_MAX;
    }
    /* a text shorter than one shingle is one shingle of what it has */
    size_t width = k.n < SHINGLE ? k.n : SHINGLE;
    for (size_t i = 0; i + width <= k.n; i++) {
        if (gw_cancelled(i * 4)) {
            keys_free(&k);
            err->code = GW_EINTR;
            return GW_EINTR;
        }
        uint64_t h = 0x9E3779B97F4A7C15ULL;
        for (size_t j = 0; j < width; j++)
            h = mix64(h ^ k.cp[i + j]);
        uint64_t x = (uint32_t)(h >> 32);
        for (int m = 0; m < GW_MINHASH_K; m++) {
            uint32_t v = (uint32_t)((a[m] * x + b[m]) >> 32);
            mins[m] = v < mins[m] ? v : mins[m];
        }
    }
    keys_free(&k);
    memcpy(sig, "GWMH\x02\0\0\0", 8);
    for (int m = 0; m < GW_MINHASH_K; m++)
        put32(sig + 8 + 4 * m, mins[m]);
    return GW_OK;
}

int gw_minhash_count(const unsigned char *sig, size_t n) {
    if (n != GW_MINHASH_BYTES || memcmp(sig, "GWMH\x02", 5) != 0) return -1;
    return GW_MINHASH_K;
}

double gw_similarity(const unsigned char *a, size_t an, const unsigned char *b, size_t bn) {
    if (gw_minhash_count(a, an) < 0 || gw_minhash_count(b, bn) < 0) return -1;
    int same = 0;
    for (int m = 0; m < GW_MINHASH_K; m++)
        same += get32(a + 8 + 4 * m) == get32(b + 8 + 4 * m);
    return (double)same / GW_MINHASH_K;
}

int gw_parse_minhash_bands(const gw_args *in, gw_rows *out, gw_error *err) {
    const unsigned char *sig = (const unsigned char *)in->v[0].s;
    int k = gw_minhash_count(sig, in->v[0].n);
    if (k < 0) {
        err->code = GW_EARG;
        strcpy(err->msg, "argument is not a signature; make one with gw_minhash(text)");
        return GW_EARG;
    }
    int64_t bands = in->n > 1 && in->v[1].present ? in->v[1].i : GW_BANDS_DEFAULT;
    if (bands < 1 || bands > k || k % bands != 0) {
        /* the message lists the valid values: every divisor of k */
        err->code = GW_EARG;
        size_t used = (size_t)snprintf(err->msg, sizeof err->msg,
                                       "bands must divide the signature's %d hashes: ", k);
        for (int d = 1, first = 1; d <= k && used < sizeof err->msg; d++)
            if (k % d == 0) {
                used += (size_t)snprintf(err->msg + used, sizeof err->msg - used, "%s%d",
                                         first    ? ""
                                         : d == k ? " or "
                                                  : ", ",
                                         d);
                first = 0;
            }
        return GW_EARG;
    }
    int r = k / (int)bands;
    for (int64_t b = 0; b < bands; b++) {
        uint64_t h = 0x2545F4914F6CDD1DULL ^ (uint64_t)r;
        for (int m = 0; m < r; m++)
            h = mix64(h ^ get32(sig + 8 + 4 * (b * r + m)));
        gw_band *row = gw_rows_push(out);
        if (!row) {
            err->code = GW_ENOMEM;
            return GW_ENOMEM;
        }
        row->band = b + 1;
        row->bucket = (int64_t)h;
    }
    return GW_OK;
}

/* Polynomial hash of cp[i..i+k). */
static uint64_t gram_hash(const uint32_t *cp, size_t i, size_t k) {
    uint64_t h = 0;
    for (size_t j = 0; j < k; j++)
        h = h * 0x100000001B3ULL + cp[i + j] + 1;
    return h;
}

int gw_parse_overlap(const gw_args *in, gw_rows *out, gw_error *err) {
    const gw_arg *a = &in->v[0], *b = &in->v[1];
    int64_t min_chars = in->n > 2 && in->v[2].present ? in->v[2].i : 12;
    if (min_chars < 1) {
        err->code = GW_EARG;
        strcpy(err->msg, "min_chars must be at least 1");
        return GW_EARG;
    }
    keys ka, kb;
    int rc = keys_make(a->s, a->n, &ka, err);
    if (rc != GW_OK) return rc;
    rc = keys_make(b->s, b->n, &kb, err);
    if (rc != GW_OK) {
        keys_free(&ka);
        return rc;
    }
    size_t k = (size_t)min_chars;
    size_t *head = NULL, *next = NULL;
    uint64_t *hb = NULL;
    size_t mask = 0;
    if (ka.n < k || kb.n < k) goto done;
    /* b's k-grams in a chained hash table: head[bucket] → last position + 1 */
    size_t grams = kb.n - k + 1, buckets = 16;
    while (buckets < grams * 2)
        buckets *= 2;
    mask = buckets - 1;
    head = calloc(buckets, sizeof *head);
    next = malloc(grams * sizeof *next);
    hb = malloc(grams * sizeof *hb);
    if (!head || !next || !hb) {
        rc = GW_ENOMEM;
        err->code = GW_ENOMEM;
        goto done;
    }
    uint64_t top = 1; /* weight of the first character, to roll the hash */
    for (size_t j = 1; j < k; j++)
        top *= 0x100000001B3ULL;
    uint64_t h = gram_hash(kb.cp, 0, k);
    for (size_t j = 0; j < grams; j++) {
        if (!(j & 4095) && gw_cancelled(j * 4)) {
            rc = err->code = GW_EINTR;
            goto done;
        }
        if (j) h = (h - (kb.cp[j - 1] + 1) * top) * 0x100000001B3ULL + kb.cp[j + k - 1] + 1;
        hb[j] = h;
    }
    for (size_t j = grams; j-- > 0;) { /* chains in ascending order: earliest place first */
        if (!(j & 4095) && gw_cancelled(j * 4)) {
            rc = err->code = GW_EINTR;
            goto done;
        }
        size_t at = (size_t)(mix64(hb[j]) & mask);
        next[j] = head[at];
        head[at] = j + 1;
    }
    /* a, left to right: the longest place in b for the k-gram at i */
    size_t i = 0;
    int fresh = 1;
    uint64_t ha = 0;
    while (i + k <= ka.n) {
        if (gw_cancelled(i * 4)) {
            rc = err->code = GW_EINTR;
            goto done;
        }
        if (fresh) ha = gram_hash(ka.cp, i, k);
        size_t best = 0, best_j = 0, tried = 0;
        for (size_t c = head[mix64(ha) & mask]; c && tried < MAX_CANDIDATES; c = next[c - 1]) {
            size_t j = c - 1;
            if (hb[j] != ha) continue;
            tried++;
            if (memcmp(ka.cp + i, kb.cp + j, k * sizeof *ka.cp) != 0) continue;
            size_t len = k;
            while (i + len < ka.n && j + len < kb.n && ka.cp[i + len] == kb.cp[j + len])
                len++;
            if (len > best || (len == best && j < best_j)) {
                best = len;
                best_j = j;
            }
        }
        if (best >= k) {
            gw_passage *p = gw_rows_push(out);
            if (!p) {
                rc = GW_ENOMEM;
                err->code = GW_ENOMEM;
                goto done;
            }
            size_t last = i + best - 1, blast = best_j + best - 1;
            uint32_t cp;
            size_t end =
                ka.byte[last] + gw_utf8_next(a->s + ka.byte[last], a->n - ka.byte[last], &cp);
            p->a_pos = (int64_t)ka.chr[i] + 1;
            p->a_len = (int64_t)ka.chr[last] + 1 - ka.chr[i];
            p->b_pos = (int64_t)kb.chr[best_j] + 1;
            p->b_len = (int64_t)kb.chr[blast] + 1 - kb.chr[best_j];
            p->text.p = a->s + ka.byte[i];
            p->text.n = end - ka.byte[i];
            i += best;
            fresh = 1;
        } else {
            if (i + k < ka.n)
                ha = (ha - (ka.cp[i] + 1) * top) * 0x100000001B3ULL + ka.cp[i + k] + 1;
            i++;
            fresh = 0;
        }
    }
done:
    free(head);
    free(next);
    free(hb);
    keys_free(&ka);
    keys_free(&kb);
    return rc;
}
