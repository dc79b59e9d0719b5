/*
 * text.c — UTF-8 validation and iteration, character classes, positions.
 * See text.h for the contract of each function.
 */
#include "text.h"

#include <string.h>

/* Eight bytes at u, in memory order, whatever the alignment. */
static inline uint64_t load8(const unsigned char *u) {
    uint64_t w;
    memcpy(&w, u, 8);
    return w;
}

/* Eight bytes at u as a little-endian number (byte k in bits 8k..8k+7). */
static inline uint64_t load8_le(const unsigned char *u) {
    return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 | (uint64_t)u[3] << 24 |
           (uint64_t)u[4] << 32 | (uint64_t)u[5] << 40 | (uint64_t)u[6] << 48 |
           (uint64_t)u[7] << 56;
}

#define ONES  0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Non-zero when some byte of w is 0 (exact as a yes/no answer). */
static inline uint64_t has_zero(uint64_t w) {
    return (w - ONES) & ~w & HIGHS;
}

/* Whether the character at u[0..n) (lead byte u[0] >= 0x80) is well formed:
 * its length, or 0. Unicode's table of well-formed byte sequences: the second
 * byte's range depends on the lead (E0 and F0 exclude overlong forms, ED
 * surrogates, F4 code points above U+10FFFF). */
static inline size_t utf8_well_formed(const unsigned char *u, size_t n) {
    unsigned c = u[0];
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && n >= 3) /* CJK and full-width forms */
        return ((u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) ? 3 : 0;
    if (c >= 0xC2 && c <= 0xDF) return (n >= 2 && (u[1] & 0xC0) == 0x80) ? 2 : 0;
    unsigned lo = 0x80, hi = 0xBF;
    size_t len;
    if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (n < len || u[1] < lo || u[1] > hi) return 0;
    for (size_t k = 2; k < len; k++)
        if ((u[k] & 0xC0) != 0x80) return 0;
    return len;
}

int gw_utf8_check(const char *s, size_t n, size_t *at) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* ASCII eight bytes at a time: a block passes when no byte is 0 and
         * none has its high bit (w - 0x01… borrows only out of a 0 byte, and
         * leaves a high bit only where a byte was 0 or >= 0x80) */
        while (i + 8 <= n) {
            uint64_t w = load8(u + i);
            if (((w - ONES) | w) & HIGHS) break;
            i += 8;
        }
        if (i >= n) break;
        if (u[i] < 0x80) { /* a NUL, or ASCII just before a non-ASCII byte */
            if (u[i] == 0) {
                *at = i;
                return GW_ENUL;
            }
            i++;
            continue;
        }
        /* runs of three-byte characters (CJK) other than the E0 and ED
         * leads (bit 0 and bit 13 of 0x2001 by low nibble): two characters
         * per mask on eight bytes (lead, cont, cont, lead, cont, cont, and
         * the next lead, checked again), then one per mask on three */
        while (n - i >= 8) {
            uint64_t w = load8_le(u + i);
            if ((w & 0xC0F0C0C0F0C0C0F0ull) != 0x80E08080E08080E0ull ||
                ((0x2001u >> (u[i] & 15)) | (0x2001u >> (u[i + 3] & 15))) & 1)
                break;
            i += 6;
        }
        while (n - i >= 3) {
            uint32_t w = (uint32_t)u[i] | (uint32_t)u[i + 1] << 8 | (uint32_t)u[i + 2] << 16;
            if ((w & 0xC0C0F0u) != 0x8080E0u || u[i] == 0xE0 || u[i] == 0xED) break;
            i += 3;
        }
        if (i >= n || u[i] < 0x80) continue;
        do { /* a run of other multibyte characters */
            size_t len = utf8_well_formed(u + i, n - i);
            if (!len) {
                *at = i;
                return GW_EUTF8;
            }
            i += len;
        } while (i < n && u[i] >= 0x80);
    }
    return GW_OK;
}

int gw_utf8_check_stoppable(const char *s, size_t n, size_t *at) {
    const size_t chunk = (size_t)1 << 20;
    for (size_t i = 0; i < n;) {
        if (gw_cancelled(i)) return GW_EINTR;
        size_t e = n - i > chunk ? i + chunk : n;
        while (e < n && e > i && ((unsigned char)s[e] & 0xC0) == 0x80) /* end before a lead */
            e--;
        int rc = gw_utf8_check(s + i, e - i, at);
        if (rc != GW_OK) {
            *at += i;
            return rc;
        }
        i = e;
    }
    return GW_OK;
}

size_t gw_utf8_prev(const char *s, size_t i, uint32_t *cp) {
    size_t b = i;
    while (b > 0 && i - b < 4) {
        b--;
        if (((unsigned char)s[b] & 0xC0) != 0x80) break;
    }
    gw_utf8_next(s + b, i - b, cp);
    return i - b;
}

size_t gw_utf8_put(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t gw_char_count(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t c = 0, i = 0;
    /* eight bytes at a time: a continuation byte is 10xxxxxx, its high bit
     * set and the next one clear; the multiply adds up the eight flags */
    while (i + 8 <= n) {
        uint64_t w = load8(u + i);
        uint64_t cont = (w & ~(w << 1) & HIGHS) >> 7;
        c += 8 - (size_t)((cont * ONES) >> 56);
        i += 8;
    }
    for (; i < n; i++)
        c += (u[i] & 0xC0) != 0x80;
    return c;
}

void gw_pos_init(gw_pos *p, const char *s) {
    p->s = s;
    p->byte = 0;
    p->chr = 0;
}

size_t gw_pos_char(gw_pos *p, size_t b) {
    if (b < p->byte) /* backwards: count the bytes in between, not from the start */
        p->chr -= gw_char_count(p->s + b, p->byte - b);
    else
        p->chr += gw_char_count(p->s + p->byte, b - p->byte);
    p->byte = b;
    return p->chr + 1;
}

int gw_is_space(uint32_t cp) {
    switch (cp) {
    case ' ':
    case '\t':
    case '\v':
    case '\f':
    case 0x00A0: /* NBSP */
    case 0x1680:
    case 0x180E:
    case 0x200B: /* zero-width space */
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0x202F:
    case 0x205F:
    case 0x3000: /* ideographic space */
    case 0xFEFF: /* BOM / ZWNBSP */
        return 1;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

int gw_is_han(uint32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x20000 && cp <= 0x323AF) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

int gw_is_line_end(uint32_t cp) {
    return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
}

uint32_t gw_punct_canon(uint32_t cp) {
    switch (cp) {
    case ',':
        return 0xFF0C; /* ， */
    case ';':
        return 0xFF1B; /* ； */
    case ':':
        return 0xFF1A; /* ： */
    case '!':
        return 0xFF01; /* ！ */
    case '?':
        return 0xFF1F; /* ？ */
    case '(':
        return 0xFF08; /* （ */
    case ')':
        return 0xFF09; /* ） */
    default:
        return cp;
    }
}

uint32_t gw_halfwidth(uint32_t cp) {
    return (cp >= 0xFF01 && cp <= 0xFF5E) ? cp - 0xFEE0 : cp;
}

int gw_is_sentence_end(uint32_t cp) {
    cp = gw_punct_canon(cp);
    return cp == 0x3002 /* 。 */ || cp == 0xFF01 /* ！ */ || cp == 0xFF1F /* ？ */;
}

int gw_is_clause_end(uint32_t cp) {
    cp = gw_punct_canon(cp);
    return gw_is_sentence_end(cp) || cp == 0xFF0C /* ， */ || cp == 0xFF1B /* ； */ ||
           cp == 0xFF1A /* ： */ || cp == 0x3001 /* 、 */;
}

int gw_is_open_quote(uint32_t cp) {
    switch (cp) {
    case 0x201C: /* “ */
    case 0x2018: /* ‘ */
    case 0x300C: /* 「 */
    case 0x300E: /* 『 */
    case 0x300A: /* 《 */
    case 0x3008: /* 〈 */
    case 0xFF08: /* （ */
    case '(':
    case 0x3010: /* 【 */
    case '[':
        return 1;
    default:
        return 0;
    }
}

int gw_is_close_quote(uint32_t cp) {
    switch (cp) {
    case 0x201D: /* ” */
    case 0x2019: /* ’ */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
    case 0x300B: /* 》 */
    case 0x3009: /* 〉 */
    case 0xFF09: /* ） */
    case ')':
    case 0x3011: /* 】 */
    case ']':
    case '"':
    case '\'':
        return 1;
    default:
        return 0;
    }
}

int gw_is_punct(uint32_t cp) {
    if (cp < 0x80)
        return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
               (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E);
    return (cp >= 0x2010 && cp <= 0x2BFF) || /* general punctuation, arrows, symbols */
           (cp >= 0x3001 && cp <= 0x3006) || (cp >= 0x3008 && cp <= 0x301F) ||
           (cp >= 0xFE10 && cp <= 0xFE6F) || /* vertical and small forms */
           (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
           (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0x00B7 ||
           cp == 0x00A7 || cp == 0x00B0 || cp == 0x00D7 || cp == 0x00A9 || cp == 0x00AE;
}

void gw_trim(const char *s, size_t *b, size_t *e) {
    uint32_t cp;
    while (*b < *e) {
        size_t l = gw_utf8_next(s + *b, *e - *b, &cp);
        if (!gw_is_space(cp)) break;
        *b += l;
    }
    while (*e > *b) {
        size_t l = gw_utf8_prev(s, *e, &cp);
        if (!gw_is_space(cp)) break;
        *e -= l;
    }
}

/* Whether s[i] starts a line break other than '\n'; i < n. */
static inline int rare_break_at(const unsigned char *u, size_t n, size_t i) {
    /* U+2028 / U+2029 are E2 80 A8 / E2 80 A9; U+0085 is C2 85 */
    if (u[i] == '\r') return 1;
    if (u[i] == 0xE2)
        return i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9);
    if (u[i] == 0xC2) return i + 1 < n && u[i + 1] == 0x85;
    return 0;
}

/* The first line break other than \n in [i, e), or e. */
static size_t rare_find(const unsigned char *u, size_t n, size_t i, size_t e) {
    /* look only where a byte is \r, E2 or C2 (eight at a time) */
    while (i + 8 <= e) {
        uint64_t w = load8(u + i);
        if (has_zero(w ^ (0x0D * ONES)) | has_zero(w ^ (0xE2 * ONES)) |
            has_zero(w ^ (0xC2 * ONES))) {
            for (size_t k = i; k < i + 8; k++)
                if (rare_break_at(u, n, k)) return k;
        }
        i += 8;
    }
    for (; i < e; i++)
        if (rare_break_at(u, n, i)) return i;
    return e;
}

static void lines_from(gw_lines *L, size_t b) {
    const char *nl = b < L->n ? memchr(L->s + b, '\n', L->n - b) : NULL;
    L->at = L->done = b;
    L->lf = nl ? (size_t)(nl - L->s) : L->n;
    L->other = GW_LINES_UNSEEN;
}

void gw_lines_init(gw_lines *L, const char *s, size_t n) {
    L->s = s;
    L->n = n;
    lines_from(L, 0);
}

size_t gw_lines_end(gw_lines *L, size_t b) {
    size_t n = L->n;
    if (b >= n) return n;
    if (b < L->at) lines_from(L, b); /* backwards: start again */
    L->at = b;
    if (L->lf < b) {
        const char *nl = memchr(L->s + b, '\n', n - b);
        L->lf = nl ? (size_t)(nl - L->s) : n;
    }
    if (L->other != GW_LINES_UNSEEN && L->other < b) L->other = GW_LINES_UNSEEN;
    if (L->other == GW_LINES_UNSEEN) {
        /* the other breaks are looked for only before the next \n, and only
         * where no earlier call looked */
        if (L->done < b) L->done = b;
        if (L->done < L->lf) {
            size_t r = rare_find((const unsigned char *)L->s, n, L->done, L->lf);
            if (r < L->lf) L->other = r;
            L->done = r < L->lf ? r + 1 : L->lf;
        }
    }
    return L->other != GW_LINES_UNSEEN && L->other < L->lf ? L->other : L->lf;
}

size_t gw_line_end(const char *s, size_t n, size_t b) {
    gw_lines L = {s, n, 0, 0, 0, 0};
    lines_from(&L, b < n ? b : n);
    return gw_lines_end(&L, b);
}

size_t gw_line_next(const char *s, size_t n, size_t e) {
    if (e >= n) return n;
    unsigned char c = (unsigned char)s[e];
    if (c == '\r') return (e + 1 < n && s[e + 1] == '\n') ? e + 2 : e + 1;
    if (c == '\n') return e + 1;
    if (c == 0xC2) return e + 2;
    return e + 3;
}

size_t gw_skip_spaces(const char *s, size_t i, size_t e) {
    size_t l;
    while (i < e && gw_is_space(gw_cp_at(s, i, e, &l)))
        i += l;
    return i;
}

size_t gw_back_spaces(const char *s, size_t b, size_t i) {
    while (i > b) {
        uint32_t c;
        size_t l = gw_utf8_prev(s, i, &c);
        if (!gw_is_space(c)) break;
        i -= l;
    }
    return i;
}

/* ---- sorted tables ---- */

long gw_cp_find(const void *table, size_t n, size_t stride, uint32_t cp) {
    const char *t = table;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t k;
        memcpy(&k, t + mid * stride, sizeof k);
        if (k == cp) return (long)mid;
        if (k < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* Compares the first n bytes of word w with s[0..n) (the end of w sorts first). */
static int prefix_cmp(const char *w, const char *s, size_t n) {
    for (size_t k = 0; k < n; k++) {
        int a = (unsigned char)w[k], b = (unsigned char)s[k];
        if (a != b) return a - b;
    }
    return 0;
}

/* strcmp of word w with s[0..n) (s has no NUL). */
static int word_cmp(const char *w, const char *s, size_t n) {
    int c = prefix_cmp(w, s, n);
    return c ? c : (unsigned char)w[n];
}

long gw_words_index(const gw_words *w, const char *s, size_t n) {
    size_t lo = 0, hi = w->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = word_cmp(gw_words_word(w, mid), s, n);
        if (!c) return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

size_t gw_word_at(const char *s, size_t i, size_t e, const char *wd) {
    size_t wl = strlen(wd), l;
    int colon = wl > 1 && wd[wl - 1] == ':';
    if (colon) wl--;
    if (wl > e - i || memcmp(s + i, wd, wl) != 0) return 0;
    if (!colon) return wl;
    if (gw_is_colon(gw_cp_at(s, i + wl, e, &l))) return wl + l;
    return 0;
}

long gw_words_at(const gw_words *w, const char *s, size_t i, size_t e, size_t *len) {
    if (i >= e || !w->n) return -1;
    unsigned char c0 = (unsigned char)s[i];
    if (c0 < (unsigned char)gw_words_word(w, 0)[0] ||
        c0 > (unsigned char)gw_words_word(w, w->n - 1)[0])
        return -1;
    size_t cl = c0 < 0x80 ? 1 : c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4;
    if (cl > e - i) cl = e - i;
    size_t lo = 0, hi = w->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (prefix_cmp(gw_words_word(w, mid), s + i, cl) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    long best = -1;
    size_t bl = 0;
    for (size_t k = lo; k < w->n && prefix_cmp(gw_words_word(w, k), s + i, cl) == 0; k++) {
        size_t l = gw_word_at(s, i, e, gw_words_word(w, k));
        if (l > bl) {
            bl = l;
            best = (long)k;
        }
    }
    if (best >= 0) *len = bl;
    return best;
}

long gw_words_ending(const gw_words *w, const char *s, size_t lo, size_t i, int maxc, size_t *b) {
    for (int k = maxc; k >= 1; k--) {
        size_t j = i;
        int m;
        for (m = 0; m < k && j > lo; m++) {
            uint32_t cp;
            j -= gw_utf8_prev(s, j, &cp);
        }
        if (m < k) continue;
        long x = gw_words_index(w, s + j, i - j);
        if (x >= 0) {
            *b = j;
            return x;
        }
    }
    return -1;
}

void gw_wordset_init(gw_wordset *ws, gw_words w) {
    ws->w = w;
    memset(ws->first, 0, sizeof ws->first);
    for (size_t k = 0; k < w.n; k++) {
        const char *wd = gw_words_word(&w, k);
        size_t l;
        gw_bits_add(ws->first, gw_cp_at(wd, 0, strlen(wd), &l));
    }
}

size_t gw_wordset_find(const gw_wordset *ws, const char *s, size_t b, size_t e, size_t *len) {
    for (size_t i = b; i < e; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80) continue;
        if (c < 0x80) {
            if (!gw_bits_has(ws->first, c)) continue;
        } else if (c >= 0xE0 && c < 0xF0 && e - i >= 3) {
            uint32_t low = ((uint32_t)((unsigned char)s[i + 1] & 63) << 6) |
                           ((unsigned char)s[i + 2] & 63); /* the code point's low 12 bits */
            if (!gw_bits_has(ws->first, low)) {
                if (((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
                    ((unsigned char)s[i + 2] & 0xC0) == 0x80)
                    i += 2; /* a whole character: no word starts inside it */
                continue;
            }
        }
        size_t l;
        if (gw_words_at(&ws->w, s, i, e, &l) >= 0) {
            if (len) *len = l;
            return i;
        }
    }
    return e;
}

/* This thread's innermost cancellation check, or NULL. */
static _Thread_local gw_cancel *cancel_top;

void gw_cancel_push(gw_cancel *c, int (*fn)(void *ctx), void *ctx) {
    c->fn = fn;
    c->ctx = ctx;
    c->last = 0;
    c->moved = 0;
    c->stop = 0;
    c->outer = cancel_top;
    cancel_top = c;
}

int gw_cancel_pop(gw_cancel *c) {
    if (cancel_top == c) cancel_top = c->outer;
    return c->stop;
}

int gw_cancelled(size_t at) {
    gw_cancel *c = cancel_top;
    if (!c) return 0;
    if (c->stop) return 1;
    c->moved += at > c->last ? at - c->last : c->last - at;
    c->last = at;
    if (c->moved < GW_CANCEL_BYTES) return 0;
    c->moved = 0;
    if (c->fn && c->fn(c->ctx)) c->stop = 1;
    return c->stop;
}
