/*
 * cues.c — clause starts, directive markers, collection headings and dates,
 * each written once (see cues.h for the contract of each function).
 */
#include "cues.h"

#include "numeral.h"

#include <string.h>

/* ---- clause starts ---- */

int gw_clause_after(uint32_t cp, int at) {
    if (cp >= 0x3400 && cp < 0xF900) return GW_AT_NONE; /* Han and other letters: the common case */
    uint32_t c = gw_punct_canon(cp);
    if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF1A)
        return GW_AT_STRONG; /* 。！？；： */
    if (c == 0xFF0C) return GW_AT_COMMA;
    /* a closing quote or bracket, or a space, may stand between */
    if (gw_is_close_quote(cp) || gw_is_space(cp)) return at == GW_AT_LINE ? GW_AT_STRONG : at;
    return GW_AT_NONE;
}

int gw_clause_at(const char *s, size_t lb, size_t i) {
    /* back over what may stand between (closing quotes, spaces) to the
     * character that decides, then forwards again through gw_clause_after */
    size_t j = i;
    int quote = 0;
    while (j > lb) {
        uint32_t cp;
        size_t l = gw_utf8_prev(s, j, &cp);
        if (!(gw_is_close_quote(cp) || gw_is_space(cp))) break;
        quote |= !gw_is_space(cp);
        j -= l;
    }
    if (j == lb) return quote ? GW_AT_STRONG : GW_AT_LINE;
    uint32_t cp;
    gw_utf8_prev(s, j, &cp);
    return gw_clause_after(cp, GW_AT_NONE);
}

/* ---- directive markers ---- */

const char *const gw_style_name[GW_NSTYLES] = {
    "dun", "paren", "arabic", "arabic_paren", "circled", "shi",
    "yao", "di",    "seq",    "fangmian",     "dash",
};

/* Where each style may stand (contract §4). */
static const unsigned char style_at[GW_NSTYLES] = {
    [GW_DUN] = GW_AT_STRONG,          [GW_PAREN] = GW_AT_STRONG,   [GW_ARABIC] = GW_AT_STRONG,
    [GW_ARABIC_PAREN] = GW_AT_STRONG, [GW_CIRCLED] = GW_AT_STRONG, [GW_SHI] = GW_AT_COMMA,
    [GW_YAO] = GW_AT_COMMA,           [GW_DI] = GW_AT_COMMA,       [GW_SEQ] = GW_AT_COMMA,
    [GW_FANGMIAN] = GW_AT_COMMA,      [GW_DASH] = GW_AT_LINE,
};

/* The list words of styles seq and fangmian, sorted by their UTF-8 bytes
 * (no word is a prefix of another). ordinal 0 is "previous + 1"; follows
 * marks the words that only continue a list already open at their level
 * (其次 with no 首先 before it is no marker). */
typedef struct list_word {
    const char *word; /* UTF-8 */
    int style;        /* GW_SEQ or GW_FANGMIAN */
    int ordinal;      /* 1, 2, 3, or 0 for previous + 1 */
    int follows;      /* 1 when it needs its list open */
} list_word;

static const list_word list_words[] = {
    {"一方面", GW_FANGMIAN, 1, 0},   {"其次", GW_SEQ, 2, 1}, {"再次", GW_SEQ, 3, 1},
    {"另一方面", GW_FANGMIAN, 2, 1}, {"最后", GW_SEQ, 0, 1}, {"最後", GW_SEQ, 0, 1},
    {"首先", GW_SEQ, 1, 0},
};

int gw_is_ordinal_char(uint32_t cp) {
    int u;
    return gw_zh_digit(cp) >= 0 || ((u = gw_zh_unit(cp)) >= 1 && u <= 3);
}

/* — ― ─ : a run of two or more opens a dash paragraph. */
static int is_dash_mark(uint32_t cp) {
    return cp == 0x2014 || cp == 0x2015 || cp == 0x2500;
}

static int is_open_paren(uint32_t cp) {
    return cp == '(' || cp == 0xFF08;
}

static int is_close_paren(uint32_t cp) {
    return cp == ')' || cp == 0xFF09;
}

/* A numbered character: its style and value, or 0. ① ⑳ ㉑ ㊿ ❶ ➀ ➊ are
 * circled; ⑴ is arabic_paren and ⒈ arabic, as their shapes say. */
static int64_t enclosed_number(uint32_t cp, int *style) {
    static const struct {
        uint32_t first, last;
        int64_t base;
        int style;
    } ranges[] = {
        {0x2460, 0x2473, 1, GW_CIRCLED},  {0x2474, 0x2487, 1, GW_ARABIC_PAREN},
        {0x2488, 0x249B, 1, GW_ARABIC},   {0x2776, 0x277F, 1, GW_CIRCLED},
        {0x2780, 0x2789, 1, GW_CIRCLED},  {0x278A, 0x2793, 1, GW_CIRCLED},
        {0x3251, 0x325F, 21, GW_CIRCLED}, {0x32B1, 0x32BF, 36, GW_CIRCLED},
    };
    for (size_t k = 0; k < sizeof ranges / sizeof ranges[0]; k++)
        if (cp >= ranges[k].first && cp <= ranges[k].last) {
            *style = ranges[k].style;
            return ranges[k].base + (int64_t)(cp - ranges[k].first);
        }
    return 0;
}

/* The end of the run of digits (digits = 1) or Chinese ordinal characters
 * (digits = 0) starting at i. */
static size_t numeral_run(const char *s, size_t n, size_t i, int digits) {
    while (i < n) {
        size_t l;
        uint32_t cp = gw_cp_at(s, i, n, &l);
        if (digits ? gw_ascii_digit(cp) < 0 : !gw_is_ordinal_char(cp)) break;
        i += l;
    }
    return i;
}

/* The ordinal written s[b..e): the whole run must be one numeral of
 * numeral.c's grammar, 1 … GW_MAX_ORDINAL; else 0. */
static int64_t ordinal_of(const char *s, size_t b, size_t e) {
    if (e <= b) return 0;
    gw_numeral r = gw_numeral_scan(s + b, e - b);
    if (r.len != e - b || r.value.type != GW_NUM_INT) return 0;
    if (r.value.i < 1 || r.value.i > GW_MAX_ORDINAL) return 0;
    return r.value.i;
}

/* The list word at s[i..n), or NULL. */
static const list_word *list_word_at(const char *s, size_t n, size_t i) {
    gw_words w = GW_WORDS(list_words);
    size_t len;
    long k = gw_words_at(&w, s, i, n, &len);
    return k >= 0 ? &list_words[k] : NULL;
}

/* Each style's reader: the marker at s[i] (character cp, length l), or 0. */

/* dash: a paragraph opening with —— */
static int dash_at(const char *s, size_t n, size_t q, int at, gw_marker *m) {
    size_t l2, k = q;
    if (at < GW_AT_LINE) return 0;
    while (k < n && is_dash_mark(gw_cp_at(s, k, n, &l2)))
        k += l2;
    if (k == q) return 0;
    m->e = k;
    m->style = GW_DASH;
    return 1;
}

/* paren （一） (一), arabic_paren （1） (1) */
static int paren_at(const char *s, size_t n, size_t q, int at, gw_marker *m) {
    size_t l2;
    if (at < GW_AT_STRONG) return 0;
    int digits = gw_ascii_digit(gw_cp_at(s, q, n, &l2)) >= 0;
    size_t e = numeral_run(s, n, q, digits);
    if (e == q || !is_close_paren(gw_cp_at(s, e, n, &l2))) return 0;
    m->ord = ordinal_of(s, q, e);
    if (!m->ord) return 0;
    m->e = e + l2;
    m->style = digits ? GW_ARABIC_PAREN : GW_PAREN;
    return 1;
}

/* arabic 1. 1． 1、 — but never a decimal (1.3亿) */
static int arabic_at(const char *s, size_t n, size_t i, int at, gw_marker *m) {
    size_t l2, l3;
    if (at < GW_AT_STRONG) return 0;
    size_t e = numeral_run(s, n, i, 1);
    uint32_t p = gw_cp_at(s, e, n, &l2);
    if (p != '.' && p != 0xFF0E && p != 0x3001) return 0;
    if (gw_ascii_digit(gw_cp_at(s, e + l2, n, &l3)) >= 0) return 0;
    m->ord = ordinal_of(s, i, e);
    if (!m->ord) return 0;
    m->e = e + l2;
    m->style = GW_ARABIC;
    return 1;
}

/* di 第一， 第一、 第一： — not 第一时间, 第三方, 第九版 (no punctuation) */
static int di_at(const char *s, size_t n, size_t q, gw_marker *m) {
    size_t l2;
    size_t e = numeral_run(s, n, q, gw_ascii_digit(gw_cp_at(s, q, n, &l2)) >= 0);
    uint32_t p = gw_punct_canon(gw_cp_at(s, e, n, &l2));
    if (e == q || (p != 0xFF0C && p != 0x3001 && p != 0xFF1A)) return 0;
    m->ord = ordinal_of(s, q, e);
    if (!m->ord) return 0;
    m->e = e + l2;
    m->style = GW_DI;
    return 1;
}

/* dun 一、, shi 一是, yao 一要 */
static int han_at(const char *s, size_t n, size_t i, int at, gw_marker *m) {
    size_t l2;
    size_t e = numeral_run(s, n, i, 0);
    uint32_t p = gw_cp_at(s, e, n, &l2);
    if (p == 0x3001 /* 、 */)
        m->style = GW_DUN;
    else if (p == 0x662F /* 是 */)
        m->style = GW_SHI;
    else if (p == 0x8981 /* 要 */)
        m->style = GW_YAO;
    else
        return 0;
    if (at < style_at[m->style]) return 0;
    m->ord = ordinal_of(s, i, e);
    if (!m->ord) return 0;
    m->e = e + l2;
    return 1;
}

int gw_marker_at(const char *s, size_t n, size_t i, int at, gw_marker *m) {
    size_t l, l2;
    uint32_t cp = gw_cp_at(s, i, n, &l);
    size_t q = i + l;
    memset(m, 0, sizeof *m);
    m->b = i;
    if (!l) return 0;
    if (is_dash_mark(cp)) return dash_at(s, n, q, at, m);
    if (is_open_paren(cp)) return paren_at(s, n, q, at, m);
    /* circled ① (and ⑴ ⒈), one character; a 、 after it belongs to it */
    int style;
    int64_t v = enclosed_number(cp, &style);
    if (v) {
        if (at < GW_AT_STRONG) return 0;
        m->ord = v;
        m->style = style;
        m->e = q;
        if (gw_cp_at(s, q, n, &l2) == 0x3001) m->e += l2;
        return 1;
    }
    if (gw_ascii_digit(cp) >= 0) return arabic_at(s, n, i, at, m);
    if (cp == 0x7B2C /* 第 */) return di_at(s, n, q, m);
    /* seq 首先 其次 再次 最后, fangmian 一方面 另一方面; a ， or ： after
     * the word belongs to the marker */
    const list_word *w = list_word_at(s, n, i);
    if (w) {
        m->e = i + strlen(w->word);
        uint32_t p = gw_punct_canon(gw_cp_at(s, m->e, n, &l2));
        if (p == 0xFF0C || p == 0xFF1A || p == 0x3001) m->e += l2;
        m->style = w->style;
        m->ord = w->ordinal;
        m->follows = w->follows;
        return 1;
    }
    if (gw_is_ordinal_char(cp)) return han_at(s, n, i, at, m);
    return 0;
}

/* ---- collection headings ---- */

int gw_collection_heading(const char *s, size_t b, size_t e, int *n, size_t *rest) {
    size_t l, i = b;
    if (b >= e || gw_char_count(s + b, e - b) > GW_HEADING_MAX) return 0;
    uint32_t c = gw_cp_at(s, i, e, &l);
    int bracket = c == 0x3010 || c == '[';
    if (bracket) i = gw_skip_spaces(s, i + l, e);
    c = gw_cp_at(s, i, e, &l);
    int di = c == 0x7B2C; /* 第N篇, else 篇N */
    if (!di && c != 0x7BC7) return 0;
    i += l;
    gw_numeral r = gw_numeral_scan(s + i, e - i);
    if (!r.len || r.value.type != GW_NUM_INT || r.value.i < 1 || r.value.i > 99999 || r.percent ||
        r.decimal)
        return 0;
    i += r.len;
    if (di) {
        if (gw_cp_at(s, i, e, &l) != 0x7BC7) return 0;
        i += l;
    }
    i = gw_skip_spaces(s, i, e);
    if (bracket) {
        c = gw_cp_at(s, i, e, &l);
        if (c != 0x3011 && c != ']') return 0;
        i += l;
    } else if (i < e) {
        if (!gw_is_colon(gw_cp_at(s, i, e, &l))) return 0; /* 第N篇 alone (a colon may follow) */
        i += l;
        if (gw_skip_spaces(s, i, e) < e) return 0;
    }
    *n = (int)r.value.i;
    *rest = gw_skip_spaces(s, i, e);
    return 1;
}

/* ---- dates ---- */

int gw_is_placeholder(uint32_t cp) {
    return cp == 'X' || cp == 'x' || cp == '*' || cp == '_' || cp == 0xFF0A || cp == 0xFF38 ||
           cp == 0xFF58 || cp == 0xFF3F;
}

/* Reads 1..maxd ASCII/full-width digits at i (no separators): the value, or
 * -1; bytes in *len, digits in *nd. */
long gw_digits_at(const char *s, size_t i, size_t e, int maxd, size_t *len, int *nd) {
    long v = 0;
    size_t j = i;
    *nd = 0;
    for (;;) {
        size_t l;
        int d = gw_ascii_digit(gw_cp_at(s, j, e, &l));
        if (d < 0) break;
        if (++*nd > maxd) return -1;
        v = v * 10 + d;
        j += l;
    }
    *len = j - i;
    return *nd ? v : -1;
}

/* A date part: a number, or a run of placeholders. */
typedef struct part {
    size_t e;   /* end byte */
    long v;     /* value, or -1 when redacted */
    int digits; /* Arabic or Chinese digits read (years need 4) */
    int zh;     /* Chinese */
} part;

/* Reads a date part at i: Arabic digits, Chinese numerals, or placeholders
 * (digits then placeholders, as in 20XX, 20_). 0 when none. */
static int read_part(const char *s, size_t i, size_t e, part *p) {
    size_t l;
    uint32_t cp = gw_cp_at(s, i, e, &l);
    memset(p, 0, sizeof *p);
    if (gw_ascii_digit(cp) >= 0 || gw_is_placeholder(cp)) {
        size_t j = i;
        int nd = 0, np = 0;
        long v = 0;
        for (;;) {
            cp = gw_cp_at(s, j, e, &l);
            int d = gw_ascii_digit(cp);
            if (d >= 0 && !np && nd < 6) {
                v = v * 10 + d;
                nd++;
            } else if (gw_is_placeholder(cp) && np < 6) {
                np++;
            } else {
                break;
            }
            j += l;
        }
        p->e = j;
        p->v = np ? -1 : v;
        p->digits = nd + np;
        return 1;
    }
    if (gw_zh_digit(cp) >= 0 || gw_zh_unit(cp) == 1) {
        gw_numeral r = gw_numeral_scan(s + i, e - i);
        if (!r.len || r.decimal || r.value.type != GW_NUM_INT || r.big_at < r.len) return 0;
        p->e = i + r.len;
        p->v = (long)r.value.i;
        p->digits = r.sequence ? (int)gw_char_count(s + i, r.len) : 0;
        p->zh = 1;
        return 1;
    }
    return 0;
}

static int is_char(const char *s, size_t i, size_t e, uint32_t a, uint32_t b, size_t *l) {
    uint32_t cp = gw_cp_at(s, i, e, l);
    return *l && (cp == a || cp == b);
}

/* YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY-MM: its end, or 0. */
static size_t iso_date_at(const char *s, size_t i, size_t e, gw_date *dt) {
    size_t l, l1, l2;
    int nd;
    long y = gw_digits_at(s, i, e, 4, &l1, &nd);
    if (y < 1000 || nd != 4) return 0;
    uint32_t sep = gw_cp_at(s, i + l1, e, &l);
    if (sep != '-' && sep != '/' && sep != '.' && sep != 0xFF0D && sep != 0xFF0F) return 0;
    size_t j = i + l1 + l;
    long mo = gw_digits_at(s, j, e, 2, &l2, &nd);
    if (mo < 1 || mo > 12) return 0;
    j += l2;
    long d = -1;
    size_t ls;
    if (gw_cp_at(s, j, e, &ls) == sep) {
        size_t ld;
        d = gw_digits_at(s, j + ls, e, 2, &ld, &nd);
        if (d >= 1 && d <= 31)
            j += ls + ld;
        else
            d = -1;
    }
    if (!((d > 0 || sep != '.') && gw_ascii_digit(gw_cp_at(s, j, e, &l)) < 0)) return 0;
    dt->y = y;
    dt->m = mo;
    dt->d = d > 0 ? d : GW_DATE_ABSENT;
    return j;
}

size_t gw_date_at(const char *s, size_t i, size_t e, gw_date *dt) {
    size_t l;
    memset(dt, 0, sizeof *dt);
    dt->y = dt->m = dt->d = GW_DATE_ABSENT;
    size_t iso = iso_date_at(s, i, e, dt);
    if (iso) return iso;
    /* [Y年][M月][D日] */
    part p;
    size_t j = i;
    if (!read_part(s, j, e, &p)) return 0;
    /* converters print spaces between the parts (2021 年 3 月 5 日): they
     * belong to the date, as written */
    p.e = gw_skip_spaces(s, p.e, e);
    if (is_char(s, p.e, e, 0x5E74, 0x5E74, &l) && p.digits >= 2 &&
        (p.digits == 4 || (p.v < 0 && p.digits >= 2 && !p.zh)) &&
        !(p.v >= 0 && !p.zh && p.v < 1000)) { /* 年 */
        size_t l3;
        uint32_t nx = gw_cp_at(s, p.e + l, e, &l3);
        if (nx != 0x4EE3) { /* not 年代 */
            dt->y = p.v;
            dt->chinese |= p.zh;
            j = p.e + l;
            if (!read_part(s, gw_skip_spaces(s, j, e), e, &p)) p.e = 0;
            if (p.e) p.e = gw_skip_spaces(s, p.e, e);
        }
    }
    if (p.e && is_char(s, p.e, e, 0x6708, 0x6708, &l) &&
        (p.v < 0 ? !p.zh : p.v >= 1 && p.v <= 12) &&
        (dt->y != GW_DATE_ABSENT || !p.zh || p.v >= 2)) { /* 月 */
        dt->m = p.v;
        dt->chinese |= p.zh;
        j = p.e + l;
        if (is_char(s, j, e, 0x4EFD, 0x4EFD, &l)) j += l; /* 份 */
        if (!read_part(s, gw_skip_spaces(s, j, e), e, &p)) p.e = 0;
        if (p.e) p.e = gw_skip_spaces(s, p.e, e);
    }
    if (p.e && (dt->y == GW_DATE_ABSENT || dt->m != GW_DATE_ABSENT) &&
        (dt->m != GW_DATE_ABSENT || !p.zh) &&
        (is_char(s, p.e, e, 0x65E5, 0x53F7, &l) || is_char(s, p.e, e, 0x865F, 0x865F, &l)) &&
        (p.v < 0 ? !p.zh : p.v >= 1 && p.v <= 31)) { /* 日 号 號 */
        size_t l3;
        uint32_t nx = gw_cp_at(s, p.e + l, e, &l3);
        if (!(dt->m == GW_DATE_ABSENT && (nx == 0x5E38 || nx == 0x5B50))) { /* not 日常 日子 */
            dt->d = p.v;
            dt->chinese |= p.zh;
            j = p.e + l;
        }
    }
    if (j == i) return 0;
    dt->redacted =
        dt->y == GW_DATE_REDACTED || dt->m == GW_DATE_REDACTED || dt->d == GW_DATE_REDACTED;
    return j;
}
