/*
 * fold.c — normalizing, simplifying and folding text (contract §2).
 *
 *   gw_normalize('１２３ＡＢＣ')          -- 123ABC
 *   gw_simplify('乾淨的乾隆年間')         -- 干净的乾隆年间
 *   gw_fold('總書記ＡＢ')                 -- 总书记ab
 *   gw_script('總書記')                   -- Hant
 *
 * The Hant → Hans data are OpenCC's t2s dictionaries, turned into C tables at
 * build time by ext/gen_t2s.sh (see fold_tables.h); nothing here calls OpenCC
 * or ICU. All tables are read-only: every function may run in many threads.
 */
#include "fold.h"
#include "fold_tables.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---------------------------------------------------------------- output */

/* gw_utf8_put, inlined for the hot loops. */
static inline size_t put_utf8(uint32_t cp, char *o) {
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A growing UTF-8 output, with an optional parallel map of source offsets. */
typedef struct gw_out {
    char *p;     /* bytes written */
    size_t n;    /* their count */
    size_t cap;  /* room in p (and map) */
    size_t *map; /* NULL, or for each byte of p the source offset it came from */
    int nomem;   /* an allocation failed */
    int stop;    /* the call was cancelled (gw_cancelled) */
} gw_out;

static int out_init(gw_out *o, size_t hint, int want_map) {
    o->n = 0;
    o->nomem = 0;
    o->stop = 0;
    o->cap = hint + 16;
    o->p = malloc(o->cap + 1);
    o->map = want_map ? malloc((o->cap + 1) * sizeof *o->map) : NULL;
    if (!o->p || (want_map && !o->map)) {
        free(o->p);
        free(o->map);
        o->p = NULL;
        o->map = NULL;
        o->nomem = 1;
        return 0;
    }
    return 1;
}

static int out_grow(gw_out *o, size_t k);

/* Makes room for k more bytes; 0 when out of memory. */
static inline int out_room(gw_out *o, size_t k) {
    return o->n + k <= o->cap ? 1 : out_grow(o, k);
}

static int out_grow(gw_out *o, size_t k) {
    if (o->nomem) return 0;
    size_t cap = o->cap * 2 + k;
    char *p = realloc(o->p, cap + 1);
    if (!p) {
        o->nomem = 1;
        return 0;
    }
    o->p = p;
    if (o->map) {
        size_t *m = realloc(o->map, (cap + 1) * sizeof *m);
        if (!m) {
            o->nomem = 1;
            return 0;
        }
        o->map = m;
    }
    o->cap = cap;
    return 1;
}

static inline void out_bytes(gw_out *o, const char *s, size_t k, size_t src) {
    if (!out_room(o, k)) return;
    memcpy(o->p + o->n, s, k);
    if (o->map)
        for (size_t i = 0; i < k; i++)
            o->map[o->n + i] = src;
    o->n += k;
}

static inline void out_cp(gw_out *o, uint32_t cp, size_t src) {
    if (!out_room(o, 4)) return;
    size_t k = put_utf8(cp, o->p + o->n);
    if (o->map)
        for (size_t i = 0; i < k; i++)
            o->map[o->n + i] = src;
    o->n += k;
}

/* Hands the output over: NUL-terminated, map[n] = src_n. NULL when out of memory. */
static char *out_done(gw_out *o, size_t src_n, size_t *out_n, size_t **map, gw_error *err) {
    if (o->nomem || o->stop) {
        free(o->p);
        free(o->map);
        err->code = o->stop ? GW_EINTR : GW_ENOMEM;
        return NULL;
    }
    o->p[o->n] = 0;
    *out_n = o->n;
    if (map) {
        o->map[o->n] = src_n;
        *map = o->map;
    }
    return o->p;
}

/* ---------------------------------------------------------------- simplify */

/* Eight bytes at u, in memory order, whatever the alignment. */
static inline uint64_t load8(const unsigned char *u) {
    uint64_t w;
    memcpy(&w, u, 8);
    return w;
}

/* The longest TSPhrases key that s[0..n) starts with, as OpenCC's
 * maximum-forward-matching segmentation finds it; NULL when none does. The
 * keys are sorted by their bytes, so those starting with s's first character
 * (first bytes, entry e) are one run, which the tables index. */
static const gw_t2s_phrase *phrase_longest(const char *s, size_t n, size_t first,
                                           const gw_cjk_entry *e) {
    const gw_t2s_phrase *best = NULL;
    for (size_t i = e->plo, end = (size_t)e->plo + e->pn; i < end; i++) {
        const gw_t2s_phrase *ph = &gw_t2s_phrases[i];
        if (ph->klen <= n && ph->klen >= first && (!best || ph->klen > best->klen) &&
            (ph->klen == first || (ph->key[first] == s[first] &&
                                   memcmp(ph->key + first, s + first, ph->klen - first) == 0)))
            best = ph;
    }
    return best;
}

/* The next change t2s makes at or after byte i: its offset (n when none),
 * with the phrase that changes (*ph) or the character's new form (*simp). A
 * phrase whose simplified form is itself (乾隆) changes nothing but is
 * skipped whole, as OpenCC does. */
static size_t next_change(const char *s, size_t n, size_t i, const gw_t2s_phrase **ph,
                          uint32_t *simp, size_t *len_out) {
    const unsigned char *u = (const unsigned char *)s;
    while (i < n) {
        /* the next character t2s may change or start a phrase at: its bit */
        uint32_t cp;
        size_t len;
        unsigned b = u[i];
        if ((b & 0xF0) == 0xE0 && n - i >= 3) { /* the bulk of CJK, decoded inline */
            cp = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(u[i + 1] & 0x3F) << 6) |
                 (u[i + 2] & 0x3F);
            if (!((gw_cjk_bits[GW_BIT_SIMP][cp >> 5] >> (cp & 31)) & 1)) {
                i += 3;
                continue;
            }
            len = 3;
        } else if (b < 0xC0) { /* ASCII (a continuation byte never starts a character) */
            if (n - i >= 8 && !(load8(u + i) & 0x8080808080808080ull))
                i += 8;
            else
                i++;
            continue;
        } else {
            len = gw_utf8_next(s + i, n - i, &cp);
            if (!gw_cjk_bit(GW_BIT_SIMP, cp)) {
                i += len;
                continue;
            }
        }
        if (!gw_cjk_bit(GW_BIT_T2S, cp)) { /* only a phrase may start here */
            uint32_t cp2;
            if (i + len >= n) break;
            gw_utf8_next(s + i + len, n - i - len, &cp2);
            if (!gw_cjk_bit(GW_BIT_PHRASE2, cp2)) {
                i += len;
                continue;
            }
        }
        const gw_cjk_entry *e = gw_cjk(cp);
        const gw_t2s_phrase *p = NULL;
        if (e->flags & GW_CJK_PHRASE) p = phrase_longest(s + i, n - i, len, e);
        if (p) {
            if (p->vlen == p->klen && memcmp(p->key, p->val, p->klen) == 0) {
                i += p->klen;
                continue;
            }
            *ph = p;
            *len_out = p->klen;
            return i;
        }
        if (e->simp) {
            *ph = NULL;
            *simp = e->simp;
            *len_out = len;
            return i;
        }
        i += len;
    }
    return n;
}

/* OpenCC's t2s: at each position the longest TSPhrases key (乾隆 stays 乾隆,
 * 乾淨 becomes 干净) gives its first candidate; elsewhere each character
 * becomes TSCharacters' first candidate or stays as it is. Nothing is
 * allocated until the first change: simplified text costs one scan. */
char *gw_simplify_changed(const char *s, size_t n, size_t *out_n, gw_error *err) {
    const gw_t2s_phrase *ph = NULL;
    uint32_t simp = 0;
    size_t len = 0;
    size_t i = next_change(s, n, 0, &ph, &simp, &len);
    if (i == n) return NULL;
    gw_out o;
    if (!out_init(&o, n + n / 8, 0)) {
        err->code = GW_ENOMEM;
        return NULL;
    }
    size_t kept = 0; /* s[kept..i) is copied as it is */
    while (i < n) {
        if (gw_cancelled(i)) {
            o.stop = 1;
            break;
        }
        out_bytes(&o, s + kept, i - kept, kept);
        if (ph)
            out_bytes(&o, ph->val, ph->vlen, i);
        else
            out_cp(&o, simp, i);
        kept = i + len;
        i = next_change(s, n, kept, &ph, &simp, &len);
    }
    out_bytes(&o, s + kept, n - kept, kept);
    return out_done(&o, n, out_n, NULL, err);
}

char *gw_simplify(const char *s, size_t n, size_t *out_n, gw_error *err) {
    err->code = GW_OK;
    char *out = gw_simplify_changed(s, n, out_n, err);
    if (out || err->code != GW_OK) return out;
    out = malloc(n + 1);
    if (!out) {
        err->code = GW_ENOMEM;
        return NULL;
    }
    memcpy(out, s, n);
    out[n] = 0;
    *out_n = n;
    return out;
}

/* ---------------------------------------------------------------- normalize */

/* Characters removed by gw_normalize: zero-width and invisible formatting
 * characters (sorted). */
static const uint32_t zero_width[] = {
    0x00AD,                         /* soft hyphen */
    0x180E,                         /* Mongolian vowel separator */
    0x200B,                         /* zero-width space */
    0x200C,                         /* zero-width non-joiner */
    0x200D,                         /* zero-width joiner */
    0x200E,                         /* left-to-right mark */
    0x200F,                         /* right-to-left mark */
    0x202A,                         /* left-to-right embedding … */
    0x202B, 0x202C, 0x202D, 0x202E, /* … right-to-left override */
    0x2060,                         /* word joiner */
    0x2061,                         /* invisible operators */
    0x2062, 0x2063, 0x2064, 0xFEFF, /* zero-width no-break space (BOM) */
};

static int is_zero_width(uint32_t cp) {
    return gw_cpset_has(GW_CPSET(zero_width), cp);
}

/* A space that gw_normalize collapses (after NFKC, which already turned
 * U+3000, NBSP and the other Unicode spaces into ' '). */
static int is_blank(uint32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\v' || cp == '\f' || (cp >= 0x80 && gw_is_space(cp));
}

static int is_break(uint32_t cp) {
    return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

/* The second stage of gw_normalize and gw_fold: receives the NFKC text one
 * code point at a time, drops zero-width characters, collapses spaces inside a
 * line, trims lines, and (for gw_fold) folds each character. */
typedef struct gw_emit {
    gw_out out;         /* the result */
    int fold;           /* apply gw_fold_char */
    int line_start;     /* nothing but spaces written since the last line break */
    int pending;        /* spaces seen since the last character */
    size_t pending_src; /* source offset of the first of them */
} gw_emit;

/* gw_fold_char, inlined. */
static inline uint32_t fold_cp(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (gw_cjk_bit(GW_BIT_FOLD, cp)) {
        const gw_cjk_entry *e = gw_cjk(cp);
        if (e->fold) return e->fold;
    }
    if (cp >= 0x2E80 && cp < 0xA000) return cp; /* CJK: no case */
    utf8proc_int32_t lc = utf8proc_tolower((utf8proc_int32_t)cp);
    return lc > 0 ? (uint32_t)lc : cp;
}

/* Writes a character that is neither a space, a line break nor zero-width. */
static inline void emit_char(gw_emit *e, uint32_t cp, size_t src) {
    gw_out *o = &e->out;
    if (!out_room(o, 5)) return;
    if (e->pending && !e->line_start) {
        o->p[o->n] = ' ';
        if (o->map) o->map[o->n] = e->pending_src;
        o->n++;
    }
    e->pending = 0;
    e->line_start = 0;
    if (e->fold) cp = fold_cp(cp);
    size_t k = put_utf8(cp, o->p + o->n);
    if (o->map)
        for (size_t i = 0; i < k; i++)
            o->map[o->n + i] = src;
    o->n += k;
}

static inline void emit(gw_emit *e, uint32_t cp, size_t src) {
    if ((cp > ' ' && cp < 0x80) || (cp >= 0x2E80 && cp < 0xFEFF && cp != 0x3000)) {
        emit_char(e, cp, src); /* the common case first: no space, no zero-width */
        return;
    }
    if (is_zero_width(cp)) return;
    if (is_break(cp)) {
        e->pending = 0;
        e->line_start = 1;
        out_cp(&e->out, cp, src);
        return;
    }
    if (is_blank(cp)) {
        if (!e->pending) e->pending_src = src;
        e->pending = 1;
        return;
    }
    emit_char(e, cp, src);
}

/* When cp's NFKC is one code point that starts a normalization segment and
 * does not combine with what precedes it (NFKC_QC = Yes, ccc = 0, or a
 * full-width / ideographic-space compatibility form of one): that code point.
 * Else SLOW: the character goes through utf8proc. A deliberately short list
 * covering what Chinese text is made of. */
#define SLOW 0xFFFFFFFFu
static uint32_t quick_nfkc(uint32_t cp) {
    if (cp < 0x80) return cp;
    if (cp >= 0x4E00 && cp <= 0x9FFF) return cp;
    if (cp >= 0x3400 && cp <= 0x4DBF) return cp;
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0; /* full-width ASCII */
    switch (cp) {
    case 0x00A0: /* NBSP */
    case 0x3000: /* ideographic space */
        return ' ';
    case 0x00B7: /* · */
    case 0x2014: /* — */
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x2022: /* • */
    case 0x3001: /* 、 */
    case 0x3002: /* 。 */
    case 0x3007: /* 〇 */
        return cp;
    default:
        return (cp >= 0x3008 && cp <= 0x3011) || (cp >= 0x3014 && cp <= 0x301B) ? cp : SLOW;
    }
}

/* NFKC of s[0..n) through utf8proc, fed to emit; every output character is
 * attributed to the source character it came from when the chunk's NFKC is
 * the concatenation of its characters' NFKC, else to base. */
static void emit_chunk(gw_emit *e, const char *s, size_t n, size_t base) {
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    utf8proc_uint8_t *whole = NULL;
    utf8proc_ssize_t wn =
        utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &whole, opt);
    if (wn < 0) {
        e->out.nomem = 1;
        return;
    }
    if (e->out.map) { /* try the exact attribution, character by character */
        size_t at = 0, i = 0;
        int same = 1;
        while (same && i < n) {
            uint32_t cp;
            size_t len = gw_utf8_next(s + i, n - i, &cp);
            utf8proc_uint8_t *one = NULL;
            utf8proc_ssize_t k =
                utf8proc_map((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)len, &one, opt);
            if (k < 0) {
                e->out.nomem = 1;
                free(whole);
                return;
            }
            same = at + (size_t)k <= (size_t)wn && memcmp(whole + at, one, (size_t)k) == 0;
            free(one);
            at += (size_t)k;
            i += len;
        }
        if (same && at == (size_t)wn) {
            for (i = 0; i < n;) {
                uint32_t cp;
                size_t len = gw_utf8_next(s + i, n - i, &cp);
                utf8proc_uint8_t *one = NULL;
                utf8proc_ssize_t k =
                    utf8proc_map((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)len, &one, opt);
                if (k < 0) {
                    e->out.nomem = 1;
                    break;
                }
                for (utf8proc_ssize_t j = 0; j < k;) {
                    uint32_t c;
                    j += (utf8proc_ssize_t)gw_utf8_next((const char *)one + j, (size_t)(k - j), &c);
                    emit(e, c, base + i);
                }
                free(one);
                i += len;
            }
            free(whole);
            return;
        }
    }
    for (utf8proc_ssize_t j = 0; j < wn;) {
        uint32_t c;
        j += (utf8proc_ssize_t)gw_utf8_next((const char *)whole + j, (size_t)(wn - j), &c);
        emit(e, c, base);
    }
    free(whole);
}

/* One step of normalize_into's general path at byte i: a character
 * quick_nfkc knows followed by another (or the end) is emitted directly;
 * else a chunk from i up to the next character quick_nfkc knows goes through
 * utf8proc. Normalization boundaries lie before each known character, so
 * the result is the NFKC of the whole text. Returns where the next step
 * starts. */
static size_t normalize_step(gw_emit *e, const char *s, size_t n, size_t i) {
    uint32_t cp, cp2 = 0, q2 = SLOW;
    size_t len = gw_utf8_next(s + i, n - i, &cp);
    uint32_t q = quick_nfkc(cp);
    size_t j = i + len, len2 = 0;
    if (j < n) {
        len2 = gw_utf8_next(s + j, n - j, &cp2);
        q2 = quick_nfkc(cp2);
    }
    if (q != SLOW && (j >= n || q2 != SLOW)) {
        emit(e, q, i);
        return j;
    }
    while (j < n && q2 == SLOW) {
        j += len2;
        if (j < n) {
            len2 = gw_utf8_next(s + j, n - j, &cp2);
            q2 = quick_nfkc(cp2);
        }
    }
    emit_chunk(e, s + i, j - i, i);
    return j;
}

/* The plain characters the fast path of normalize_into takes: ASCII
 * graphic characters, CJK ideographs, full-width ASCII and the common CJK
 * punctuation — those quick_nfkc maps to one code point that is neither a
 * space, a line break nor zero-width, whose lower case is themselves (but
 * for ASCII). Stores the length and the NFKC code point in *len and *q;
 * returns 0 for any other character. */
static inline int plain_at(const unsigned char *u, size_t n, size_t i, size_t *len, uint32_t *q) {
    unsigned b = u[i];
    if (b > 0x20 && b < 0x7F) {
        *len = 1;
        *q = b;
        return 1;
    }
    if (b < 0xE2 || b > 0xEF || n - i < 3) return 0;
    uint32_t cp =
        ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
    *len = 3;
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
        *q = cp;
        return 1;
    }
    if (cp == 0x3000) return 0; /* ideographic space */
    uint32_t k = quick_nfkc(cp);
    if (k == SLOW) return 0;
    *q = k;
    return 1;
}

/* Copies the kept bytes u[seg..r) to the output bytes that end at on, with
 * their map entries (the start of each byte's character). */
static inline void copy_kept(const unsigned char *u, size_t seg, size_t r, char *p, size_t *map,
                             size_t on) {
    size_t k = r - seg, o = on - k;
    if (!k) return;
    memcpy(p + o, u + seg, k);
    if (map)
        for (size_t m = 0, at = seg; m < k; m++) {
            if ((u[seg + m] & 0xC0) != 0x80) at = seg + m;
            map[o + m] = at;
        }
}

/* Writes the run from byte i of the characters the fast path knows, one
 * pass, to p[on..) (room for n - i bytes): ASCII graphic characters,
 * full-width ASCII, and the ideographs and common punctuation (— ‘ ’ “ ” •
 * 、 。 〇 and the CJK brackets) that quick_nfkc returns as they are — one
 * bit each in the generated tables (GW_BIT_KEEP_*) — each as NFKC and (when
 * fold) the fold make it. Stops before any other character
 * and returns where; *last and *last_on receive where the run's last
 * character starts, in the input and in the output. */
static inline size_t fast_run(const unsigned char *u, size_t n, size_t i, int fold, char *p,
                              size_t *map, size_t *on_io, size_t *last, size_t *last_on) {
    size_t r = i, on = *on_io, lr = *last, lo = *last_on;
    const uint32_t *keep = gw_cjk_bits[fold ? GW_BIT_KEEP_FOLD : GW_BIT_KEEP_NORM];
    size_t seg = r; /* u[seg..r) is kept as it is: copied at once, to p[on - (r - seg)..on) */
    while (r < n) {
        unsigned b = u[r];
        if (b < 0x80) {
            if (b <= 0x20 || b == 0x7F) break;
            lr = r;
            lo = on;
            if (fold && b >= 'A' && b <= 'Z') {
                copy_kept(u, seg, r, p, map, on);
                if (map) map[on] = r;
                p[on++] = (char)(b + 32);
                seg = ++r;
                continue;
            }
            r++;
            on++;
            continue;
        }
        if ((b & 0xF0) != 0xE0 || n - r < 3) break;
        uint32_t c =
            ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(u[r + 1] & 0x3F) << 6) | (u[r + 2] & 0x3F);
        if ((keep[c >> 5] >> (c & 31)) & 1) { /* the bulk: kept as it is */
            lr = r;
            lo = on;
            r += 3;
            on += 3;
            continue;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) { /* full-width ASCII */
            unsigned a = c - 0xFEE0;
            copy_kept(u, seg, r, p, map, on);
            lr = r;
            lo = on;
            if (map) map[on] = r;
            p[on++] = (char)(fold && a >= 'A' && a <= 'Z' ? a + 32 : a);
            seg = r += 3;
            continue;
        }
        /* a character gw_normalize keeps and gw_fold folds */
        if (!fold || !gw_cjk_bit(GW_BIT_KEEP_NORM, c)) break;
        copy_kept(u, seg, r, p, map, on);
        uint32_t f = gw_cjk(c)->fold;
        lr = r;
        lo = on;
        size_t k = put_utf8(f ? f : c, p + on);
        if (map)
            for (size_t m = 0; m < k; m++)
                map[on + m] = r;
        on += k;
        seg = r += 3;
    }
    copy_kept(u, seg, r, p, map, on);
    *on_io = on;
    *last = lr;
    *last_on = lo;
    return r;
}

/* The fast path: from byte i, the runs fast_run writes and the other plain
 * characters (plain_at), each followed by a character quick_nfkc knows,
 * written straight to the output. Returns where it stopped: the end, or a
 * character the general path must take. */
static size_t normalize_fast(gw_emit *e, const char *s, size_t n, size_t i) {
    const unsigned char *u = (const unsigned char *)s;
    gw_out *o = &e->out;
    const int fold = e->fold;
    int space = e->pending && !e->line_start; /* a space is due before the next character */
    int wrote = 0;
    size_t stop;
    for (;;) {
        if (gw_cancelled(i)) {
            o->stop = 1;
            return n;
        }
        /* room for the rest of the input, a space and one character */
        if (o->n + (n - i) + 8 > o->cap && !out_grow(o, (n - i) + 8)) return n;
        size_t on = o->n, before = on;
        if (space) { /* written ahead, taken back when nothing follows */
            o->p[on] = ' ';
            if (o->map) o->map[on] = e->pending_src;
            on++;
        }
        size_t last = i, last_on = on, start = on;
        size_t r = fast_run(u, n, i, fold, o->p, o->map, &on, &last, &last_on);
        if (r > i && r < n) {
            /* the run's last character stays out when what follows may
             * combine with it */
            size_t l2;
            uint32_t q2, cp2;
            if (!plain_at(u, n, r, &l2, &q2)) {
                gw_utf8_next(s + r, n - r, &cp2);
                if (quick_nfkc(cp2) == SLOW) {
                    r = last;
                    on = last_on;
                }
            }
        }
        if (on > start) {
            o->n = on;
            wrote = 1;
            space = 0;
            i = r;
        } else {
            o->n = before;
        }
        if (i >= n) {
            stop = n;
            break;
        }
        /* one other plain character */
        size_t len;
        uint32_t q;
        if (!plain_at(u, n, i, &len, &q)) {
            stop = i;
            break;
        }
        size_t j = i + len, len2;
        uint32_t q2;
        if (j < n && !plain_at(u, n, j, &len2, &q2)) {
            uint32_t cp2;
            gw_utf8_next(s + j, n - j, &cp2);
            if (quick_nfkc(cp2) == SLOW) { /* it may combine with this one */
                stop = i;
                break;
            }
        }
        on = o->n;
        if (space) {
            o->p[on] = ' ';
            if (o->map) o->map[on] = e->pending_src;
            on++;
            space = 0;
        }
        uint32_t f = q;
        if (fold) {
            if (q < 0x80)
                f = (q >= 'A' && q <= 'Z') ? q + 32 : q;
            else if (gw_cjk_bit(GW_BIT_FOLD, q) && gw_cjk(q)->fold)
                f = gw_cjk(q)->fold;
        }
        size_t k = put_utf8(f, o->p + on);
        if (o->map)
            for (size_t m = 0; m < k; m++)
                o->map[on + m] = i;
        o->n = on + k;
        wrote = 1;
        i = j;
        if (i >= n) {
            stop = n;
            break;
        }
    }
    if (wrote) {
        e->pending = 0;
        e->line_start = 0;
    }
    return stop;
}

/* NFKC, then emit: plain text on the fast path, the rest one step (a
 * character or a chunk) at a time. */
static void normalize_into(gw_emit *e, const char *s, size_t n) {
    size_t i = 0;
    while (i < n && !e->out.nomem) {
        if (gw_cancelled(i)) {
            e->out.stop = 1;
            break;
        }
        i = normalize_fast(e, s, n, i);
        if (i < n && !e->out.nomem) i = normalize_step(e, s, n, i);
    }
}

static char *normalize_fold(const char *s, size_t n, int fold, size_t *out_n, size_t **map,
                            gw_error *err) {
    gw_emit e;
    e.fold = fold;
    e.line_start = 1;
    e.pending = 0;
    e.pending_src = 0;
    if (!out_init(&e.out, n, map != NULL)) {
        err->code = GW_ENOMEM;
        return NULL;
    }
    normalize_into(&e, s, n);
    return out_done(&e.out, n, out_n, map, err);
}

char *gw_normalize(const char *s, size_t n, size_t *out_n, gw_error *err) {
    return normalize_fold(s, n, 0, out_n, NULL, err);
}

/* ---------------------------------------------------------------- fold */

/* 總 → 总, 乾 → 干 (whatever follows), 著 → 着, A → a. */
uint32_t gw_fold_char(uint32_t cp) {
    return fold_cp(cp);
}

char *gw_fold(const char *s, size_t n, size_t *out_n, size_t **map, gw_error *err) {
    return normalize_fold(s, n, 1, out_n, map, err);
}

/* ---------------------------------------------------------------- script */

/* Counts the characters only traditional text uses (TSCharacters keys that
 * t2s always changes: 總 書 記) against those only simplified text uses
 * (STCharacters keys that s2t always changes: 总 书 记); Hant wins only when
 * it has more. Text whose Han characters are common to both is Hans. */
const char *gw_script(const char *s, size_t n) {
    size_t trad = 0, simp = 0;
    int han = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (gw_cancelled(i)) return NULL; /* the glue reports the interrupt */
        if (u[i] < 0xE0) {                /* ASCII, Latin, Greek, Cyrillic…: no Han character */
            i++;
            continue;
        }
        uint32_t cp;
        i += gw_utf8_next(s + i, n - i, &cp);
        if (cp < 0x10000) {
            if (gw_cjk_bit(GW_BIT_T_ONLY, cp))
                trad++;
            else if (gw_cjk_bit(GW_BIT_S_ONLY, cp))
                simp++;
            else if (!han && gw_is_han(cp))
                han = 1;
            continue;
        }
        const gw_cjk_entry *e = gw_cjk(cp);
        if (e->flags & GW_CJK_T_ONLY)
            trad++;
        else if (e->flags & GW_CJK_S_ONLY)
            simp++;
        else if (!han && gw_is_han(cp))
            han = 1;
    }
    if (trad > simp) return "Hant";
    if (simp || han) return "Hans";
    return NULL;
}
