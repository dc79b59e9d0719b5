/*
 * directives.c — gw_directives(text): the numbered outline of a speech
 * (contract §4), and gw_outline(text), the same tree drawn as text (§2).
 *
 *   SELECT path, marker, heading FROM gw_directives('二、守住“线”
 *   第一，公众意识要再提高。一要大力开展宣传。');
 *   -- 2      二、    守住“线”
 *   -- 2.1    第一，  公众意识要再提高
 *   -- 2.1.1  一要    大力开展宣传
 *
 * How it works, in two passes over the text:
 *
 * 1. Markers. Each line is scanned once, byte by byte. A small state says
 *    whether the current character starts a clause (at a line start, after
 *    。！？；：, or after ，), and only there is a marker tried (match).
 *    A marker found is placed in the tree by the contract's three nesting
 *    rules over a stack of open levels (attach); one that the rules reject
 *    (a lone 其次, an inline 二是 with nothing to continue) is no marker.
 *    A speech boundary line (【篇N】) closes everything and empties the
 *    stack; so does, for the directives before it, a paragraph opening with
 *    同志们 after the last directive.
 * 2. Spans. Each directive's body ends where the next directive of the same
 *    or a smaller depth starts (a stack again), or where its segment closes;
 *    heading and body are then cut from the text between.
 *
 * Every string a row holds is a slice of the input except path, which lives
 * in the rows' arena. Nothing is allocated per character; the stack of open
 * levels is bounded by the number of styles, so nesting cannot run away.
 */
#include "directives.h"

#include "numeral.h"

#include <stdlib.h>
#include <string.h>

/* The styles of contract §4, in the order of its table. */
enum { DUN, PAREN, ARABIC, ARABIC_PAREN, CIRCLED, SHI, YAO, DI, SEQ, FANGMIAN, DASH, NSTYLES };

static const char *const style_name[NSTYLES] = {
    "dun", "paren", "arabic", "arabic_paren", "circled", "shi",
    "yao", "di",    "seq",    "fangmian",     "dash",
};

/* Where the scan stands: how strongly the current character starts a clause.
 * Ordered, so that "at least" is a comparison. */
enum { AT_NONE, AT_COMMA, AT_STRONG, AT_LINE };

/* Where each style may stand: dash only at a line start; the numbered styles
 * also right after 。！？；：; shi, yao, di, seq and fangmian also after ，. */
static const unsigned char style_at[NSTYLES] = {
    [DUN] = AT_STRONG,     [PAREN] = AT_STRONG,   [ARABIC] = AT_STRONG, [ARABIC_PAREN] = AT_STRONG,
    [CIRCLED] = AT_STRONG, [SHI] = AT_COMMA,      [YAO] = AT_COMMA,     [DI] = AT_COMMA,
    [SEQ] = AT_COMMA,      [FANGMIAN] = AT_COMMA, [DASH] = AT_LINE,
};

/* Ordinals above this are not outline numbers (a year, a count). */
#define MAX_ORDINAL 999
/* Each style is open on at most one level, so the stack never grows past
 * the number of styles. */
#define MAX_DEPTH NSTYLES
#define NONE      ((size_t)-1)

/* Characters a Chinese numeral is written with (小写, 大写, traditional),
 * sorted by code point. Their grammar is numeral.c's; this only finds where
 * a run of them ends. */
static const uint32_t han_numeral_chars[] = {
    0x3007, /* 〇 */ 0x4E00, /* 一 */ 0x4E03, /* 七 */ 0x4E09, /* 三 */ 0x4E24, /* 两 */
    0x4E5D, /* 九 */ 0x4E8C, /* 二 */ 0x4E94, /* 五 */ 0x4EDF, /* 仟 */ 0x4F0D, /* 伍 */
    0x4F70, /* 佰 */ 0x5169, /* 兩 */ 0x516B, /* 八 */ 0x516D, /* 六 */ 0x5341, /* 十 */
    0x5343, /* 千 */ 0x53C1, /* 叁 */ 0x53C3, /* 參 */ 0x56DB, /* 四 */ 0x58F9, /* 壹 */
    0x62FE, /* 拾 */ 0x634C, /* 捌 */ 0x67D2, /* 柒 */ 0x7396, /* 玖 */ 0x767E, /* 百 */
    0x8086, /* 肆 */ 0x8CB3, /* 貳 */ 0x8D30, /* 贰 */ 0x9646, /* 陆 */ 0x9678, /* 陸 */
    0x96F6,                                                                     /* 零 */
};

/* The list words of styles seq and fangmian, sorted by their UTF-8 bytes
 * (no word is a prefix of another). ordinal 0 is "previous + 1"; follows
 * marks the words that only continue a list already open at their level
 * (其次 with no 首先 before it is no marker). */
typedef struct cue_word {
    const char *word; /* UTF-8 */
    int style;        /* SEQ or FANGMIAN */
    int ordinal;      /* 1, 2, 3, or 0 for previous + 1 */
    int follows;      /* 1 when it needs its list open */
} cue_word;

static const cue_word cue_words[] = {
    {"一方面", FANGMIAN, 1, 0},   {"其次", SEQ, 2, 1}, {"再次", SEQ, 3, 1},
    {"另一方面", FANGMIAN, 2, 1}, {"最后", SEQ, 0, 1}, {"最後", SEQ, 0, 1},
    {"首先", SEQ, 1, 0},
};

/* A marker found in the text, before the nesting rules place it. */
typedef struct mark {
    size_t b, e; /* its bytes */
    int style;   /* one of the styles */
    int64_t ord; /* its ordinal; 0 for "previous + 1" (最后, dash) */
    int follows; /* 1 when it only continues an open list */
} mark;

/* One open level of the outline. */
typedef struct level {
    unsigned styles; /* the styles seen on it (a change of style inside one list adds one) */
    int64_t last;    /* its last ordinal */
    size_t row;      /* index of its last directive */
} level;

/* What pass 2 needs of each directive, beside its row. */
typedef struct span {
    size_t b;       /* first byte of the marker */
    size_t me;      /* first byte after the marker */
    size_t le;      /* the end of its line */
    size_t stop;    /* the first 。！？； after it on its line, or NONE */
    size_t seg;     /* the segment (part between boundary lines) it is in */
    size_t limit;   /* where its segment closes every directive */
    size_t end;     /* where its body ends (pass 2) */
    size_t tail;    /* where its span ends (pass 2) */
    int line_start; /* 1 when the marker starts its line */
    int early_end;  /* 1 when its line holds 。！？ before its last character */
} span;

typedef struct parser {
    const char *s;       /* the text */
    size_t n;            /* its length in bytes */
    gw_rows *out;        /* the rows */
    span *sp;            /* one per row */
    size_t cap;          /* spans allocated */
    level lv[MAX_DEPTH]; /* the open levels, top first */
    int depth;           /* how many are open */
    size_t seg;          /* the current segment */
    size_t seg_first;    /* index of its first directive */
    size_t closing;      /* a 同志们 paragraph after its last directive, or NONE */
    /* the line being scanned */
    size_t line_first; /* index of its first directive */
    size_t pend_first; /* index of the first directive still waiting for its stop */
    size_t line_dir;   /* index of the directive that starts it, or NONE */
    size_t first_end;  /* the end of its first 。！？ after that directive, or NONE */
    size_t ink;        /* the end of its last character that is not a space */
} parser;

/* ---- characters ---------------------------------------------------- */

static uint32_t cp_at(const char *s, size_t n, size_t i, size_t *len) {
    uint32_t cp = 0;
    *len = i < n ? gw_utf8_next(s + i, n - i, &cp) : 0;
    return i < n ? cp : 0;
}

static int is_han_numeral(uint32_t cp) {
    size_t lo = 0, hi = sizeof han_numeral_chars / sizeof han_numeral_chars[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (han_numeral_chars[mid] == cp) return 1;
        if (han_numeral_chars[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static int is_digit(uint32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* — ― ─ : a run of two or more opens a dash paragraph. */
static int is_dash(uint32_t cp) {
    return cp == 0x2014 || cp == 0x2015 || cp == 0x2500;
}

static int is_open_paren(uint32_t cp) {
    return cp == '(' || cp == 0xFF08;
}

static int is_close_paren(uint32_t cp) {
    return cp == ')' || cp == 0xFF09;
}

/* The space a line may start with, or a line break. */
static int is_blank(uint32_t cp) {
    return gw_is_space(cp) || gw_is_line_end(cp);
}

/* A numbered character: its style and value, or 0. ① ⑳ ㉑ ㊿ ❶ ➀ ➊ are
 * circled; ⑴ is arabic_paren and ⒈ arabic, as their shapes say. */
static int64_t enclosed_number(uint32_t cp, int *style) {
    static const struct {
        uint32_t first, last;
        int64_t base;
        int style;
    } ranges[] = {
        {0x2460, 0x2473, 1, CIRCLED},  {0x2474, 0x2487, 1, ARABIC_PAREN},
        {0x2488, 0x249B, 1, ARABIC},   {0x2776, 0x277F, 1, CIRCLED},
        {0x2780, 0x2789, 1, CIRCLED},  {0x278A, 0x2793, 1, CIRCLED},
        {0x3251, 0x325F, 21, CIRCLED}, {0x32B1, 0x32BF, 36, CIRCLED},
    };
    for (size_t k = 0; k < sizeof ranges / sizeof ranges[0]; k++)
        if (cp >= ranges[k].first && cp <= ranges[k].last) {
            *style = ranges[k].style;
            return ranges[k].base + (int64_t)(cp - ranges[k].first);
        }
    return 0;
}

/* The end of the run of digits (digits = 1) or Chinese numeral characters
 * (digits = 0) starting at i. */
static size_t numeral_run(const char *s, size_t n, size_t i, int digits) {
    while (i < n) {
        size_t l;
        uint32_t cp = cp_at(s, n, i, &l);
        if (digits ? !is_digit(cp) : !is_han_numeral(cp)) break;
        i += l;
    }
    return i;
}

/* The ordinal written s[b..e): the whole run must be one numeral of
 * numeral.c's grammar, 1 … MAX_ORDINAL; else 0. */
static int64_t ordinal_of(const char *s, size_t b, size_t e) {
    if (e <= b) return 0;
    gw_numeral r = gw_numeral_scan(s + b, e - b);
    if (r.len != e - b || r.value.type != GW_NUM_INT) return 0;
    if (r.value.i < 1 || r.value.i > MAX_ORDINAL) return 0;
    return r.value.i;
}

/* The list word at s[i..n), or NULL. */
static const cue_word *cue_at(const char *s, size_t n, size_t i) {
    size_t lo = 0, hi = sizeof cue_words / sizeof cue_words[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *w = cue_words[mid].word;
        size_t wl = strlen(w), m = n - i < wl ? n - i : wl;
        int c = memcmp(s + i, w, m);
        if (c == 0 && m == wl) return &cue_words[mid];
        if (c == 0) c = -1; /* the text ends inside the word: it sorts before */
        if (c > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* ---- 1. markers ---------------------------------------------------- */

/* Reads the marker at s[i..n) (n is the end of the line), if the character
 * there may start one where the scan stands (at). */
static int match(const char *s, size_t n, size_t i, int at, mark *m) {
    size_t l, l2;
    uint32_t cp = cp_at(s, n, i, &l);
    size_t q = i + l;
    memset(m, 0, sizeof *m);
    m->b = i;

    /* dash: a paragraph opening with —— (contract §4 `dash`) */
    if (is_dash(cp)) {
        if (at < AT_LINE) return 0;
        size_t k = q;
        while (k < n && is_dash(cp_at(s, n, k, &l2)))
            k += l2;
        if (k == q) return 0;
        m->e = k;
        m->style = DASH;
        return 1;
    }

    /* paren （一） (一), arabic_paren （1） (1) */
    if (is_open_paren(cp)) {
        if (at < AT_STRONG) return 0;
        uint32_t c1 = cp_at(s, n, q, &l2);
        int digits = is_digit(c1);
        size_t e = numeral_run(s, n, q, digits);
        if (e == q || !is_close_paren(cp_at(s, n, e, &l2))) return 0;
        m->ord = ordinal_of(s, q, e);
        if (!m->ord) return 0;
        m->e = e + l2;
        m->style = digits ? ARABIC_PAREN : PAREN;
        return 1;
    }

    /* circled ① (and ⑴ ⒈), one character; a 、 after it belongs to it */
    int style;
    int64_t v = enclosed_number(cp, &style);
    if (v) {
        if (at < AT_STRONG) return 0;
        m->ord = v;
        m->style = style;
        m->e = q;
        if (cp_at(s, n, q, &l2) == 0x3001) m->e += l2;
        return 1;
    }

    /* arabic 1. 1． 1、 — but never a decimal (1.3亿) */
    if (is_digit(cp)) {
        if (at < AT_STRONG) return 0;
        size_t e = numeral_run(s, n, i, 1);
        uint32_t p = cp_at(s, n, e, &l2);
        if (p != '.' && p != 0xFF0E && p != 0x3001) return 0;
        size_t l3;
        if (is_digit(cp_at(s, n, e + l2, &l3))) return 0;
        m->ord = ordinal_of(s, i, e);
        if (!m->ord) return 0;
        m->e = e + l2;
        m->style = ARABIC;
        return 1;
    }

    /* di 第一， 第一、 第一： — not 第一时间, 第三方, 第九版 (no punctuation) */
    if (cp == 0x7B2C /* 第 */) {
        uint32_t c1 = cp_at(s, n, q, &l2);
        size_t e = numeral_run(s, n, q, is_digit(c1));
        uint32_t p = gw_punct_canon(cp_at(s, n, e, &l2));
        if (e == q || (p != 0xFF0C && p != 0x3001 && p != 0xFF1A)) return 0;
        m->ord = ordinal_of(s, q, e);
        if (!m->ord) return 0;
        m->e = e + l2;
        m->style = DI;
        return 1;
    }

    /* seq 首先 其次 再次 最后, fangmian 一方面 另一方面; a ， or ： after
     * the word belongs to the marker */
    const cue_word *w = cue_at(s, n, i);
    if (w) {
        m->e = i + strlen(w->word);
        uint32_t p = gw_punct_canon(cp_at(s, n, m->e, &l2));
        if (p == 0xFF0C || p == 0xFF1A || p == 0x3001) m->e += l2;
        m->style = w->style;
        m->ord = w->ordinal;
        m->follows = w->follows;
        return 1;
    }

    /* dun 一、, shi 一是, yao 一要 */
    if (is_han_numeral(cp)) {
        size_t e = numeral_run(s, n, i, 0);
        uint32_t p = cp_at(s, n, e, &l2);
        if (p == 0x3001 /* 、 */)
            m->style = DUN;
        else if (p == 0x662F /* 是 */)
            m->style = SHI;
        else if (p == 0x8981 /* 要 */)
            m->style = YAO;
        else
            return 0;
        if (at < style_at[m->style]) return 0;
        m->ord = ordinal_of(s, i, e);
        if (!m->ord) return 0;
        m->e = e + l2;
        return 1;
    }
    return 0;
}

static int numbered(int style) {
    return style == DUN || style == PAREN || style == ARABIC || style == ARABIC_PAREN;
}

/* Places m in the tree by the nesting rules of contract §4 and adds its row;
 * 0 when the rules make it no marker, -1 when out of memory. */
static int attach(parser *P, const mark *m, int line_start) {
    unsigned bit = 1u << m->style;
    int L = -1;
    int64_t ord = m->ord;
    /* 1. a marker whose style is open is the next sibling on that level */
    for (int k = P->depth - 1; k >= 0 && L < 0; k--)
        if (P->lv[k].styles & bit) L = k;
    if (L >= 0) {
        if (!ord) ord = P->lv[L].last + 1;
    } else {
        if (m->follows) return 0; /* 其次 with no 首先 before it */
        if (!ord) ord = 1;        /* a dash run starts */
        /* 2. n > 1 continues the deepest open level whose last ordinal is n − 1 */
        for (int k = P->depth - 1; ord > 1 && k >= 0 && L < 0; k--)
            if (P->lv[k].last == ord - 1) L = k;
        /* 3. else a new level: for 1 always, for n > 1 only a numbered
         * heading at a line start (an excerpt may start at 二、) */
        if (L < 0) {
            if (ord > 1 && !(line_start && numbered(m->style))) return 0;
            if (P->depth >= MAX_DEPTH) return 0;
            L = P->depth;
            P->lv[L].styles = 0;
        }
    }

    gw_rows *out = P->out;
    size_t idx = out->n;
    if (idx == P->cap) {
        size_t cap = P->cap ? P->cap * 2 : 64;
        span *sp = realloc(P->sp, cap * sizeof *sp);
        if (!sp) return -1;
        P->sp = sp;
        P->cap = cap;
    }
    /* the path: the parent's, a dot, the ordinal */
    const gw_str *ppath = NULL;
    int64_t parent = GW_NULL_INT;
    if (L > 0) {
        const gw_directive *pd = gw_rows_at(out, P->lv[L - 1].row);
        ppath = &pd->path;
        parent = pd->id;
    }
    size_t plen = ppath ? ppath->n + 1 : 0;
    char *path = gw_rows_alloc(out, plen + 24);
    if (!path) return -1;
    if (ppath) {
        memcpy(path, ppath->p, ppath->n);
        path[ppath->n] = '.';
    }
    char num[24];
    size_t nl = 0;
    for (int64_t v = ord; v > 0 && nl < sizeof num; v /= 10)
        num[nl++] = (char)('0' + v % 10);
    for (size_t k = 0; k < nl; k++)
        path[plen + k] = num[nl - 1 - k];
    path[plen + nl] = 0;

    gw_directive *d = gw_rows_push(out);
    if (!d) return -1;
    d->id = (int64_t)idx + 1;
    d->parent = parent;
    d->depth = L + 1;
    d->path.p = path;
    d->path.n = plen + nl;
    d->marker.p = P->s + m->b;
    d->marker.n = m->e - m->b;
    d->style.p = style_name[m->style];
    d->style.n = strlen(style_name[m->style]);
    d->ordinal = ord;

    span *sp = &P->sp[idx];
    sp->b = m->b;
    sp->me = m->e;
    sp->seg = P->seg;
    sp->le = P->n;
    sp->stop = NONE;
    sp->limit = P->n;
    sp->end = P->n;
    sp->tail = P->n;
    sp->line_start = line_start;
    sp->early_end = 0;
    if (line_start) P->line_dir = idx;

    P->depth = L + 1; /* deeper levels close */
    P->lv[L].styles |= bit;
    P->lv[L].last = ord;
    P->lv[L].row = idx;
    P->closing = NONE;
    return 1;
}

/* How strongly the character after cp starts a clause (at: before cp). */
static int next_at(uint32_t cp, int at) {
    if (cp >= 0x3400 && cp < 0xF900) return AT_NONE; /* Han and other letters: the common case */
    uint32_t c = gw_punct_canon(cp);
    if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF1A) return AT_STRONG;
    if (c == 0xFF0C) return AT_COMMA;
    /* a closing quote or bracket, or a space, may stand between */
    if (gw_is_close_quote(cp) || gw_is_space(cp)) return at == AT_LINE ? AT_STRONG : at;
    return AT_NONE;
}

/* How strongly the character after marker m starts a clause. */
static int at_after(const char *s, const mark *m) {
    uint32_t cp;
    gw_utf8_prev(s, m->e, &cp);
    cp = gw_punct_canon(cp);
    return cp == 0xFF0C ? AT_COMMA : cp == 0xFF1A ? AT_STRONG : AT_NONE;
}

/* A speech boundary line (contract §3): 【篇N】…, or 第N篇 / 篇N alone. */
static int is_boundary(const char *s, size_t i, size_t le) {
    size_t l, b = i, e = le;
    gw_trim(s, &b, &e);
    uint32_t cp = cp_at(s, e, b, &l);
    size_t q = b + l;
    if (cp == 0x3010 /* 【 */) {
        if (cp_at(s, e, q, &l) != 0x7BC7 /* 篇 */) return 0;
        q += l;
        size_t r = numeral_run(s, e, q, is_digit(cp_at(s, e, q, &l)));
        return r > q && cp_at(s, e, r, &l) == 0x3011 /* 】 */;
    }
    if (cp == 0x7B2C /* 第 */) {
        size_t r = numeral_run(s, e, q, is_digit(cp_at(s, e, q, &l)));
        return r > q && cp_at(s, e, r, &l) == 0x7BC7 && r + l == e;
    }
    if (cp == 0x7BC7 /* 篇 */) {
        size_t r = numeral_run(s, e, q, is_digit(cp_at(s, e, q, &l)));
        return r > q && r == e;
    }
    return 0;
}

/* 同志们 / 同志們 opening a paragraph. */
static int is_address(const char *s, size_t i, size_t le) {
    static const char *const forms[] = {"同志们", "同志們"};
    for (size_t k = 0; k < 2; k++) {
        size_t fl = strlen(forms[k]);
        if (le - i >= fl && memcmp(s + i, forms[k], fl) == 0) return 1;
    }
    return 0;
}

/* Closes the segment ending at byte `end`: its directives end at the 同志们
 * paragraph after the last of them, else at `end`. */
static void close_segment(parser *P, size_t end) {
    size_t limit = P->closing != NONE ? P->closing : end;
    for (size_t k = P->seg_first; k < P->out->n; k++)
        P->sp[k].limit = limit;
    P->seg++;
    P->seg_first = P->out->n;
    P->depth = 0;
    P->closing = NONE;
}

/* The line scanned ends at byte le: its directives learn where, and whether
 * the directive starting it has a sentence end before the line's last
 * character (then its heading is its first sentence, not the whole line). */
static void end_line(parser *P, size_t le) {
    for (size_t k = P->line_first; k < P->out->n; k++)
        P->sp[k].le = le;
    if (P->line_dir != NONE)
        P->sp[P->line_dir].early_end = P->first_end != NONE && P->first_end < P->ink;
    P->line_first = P->pend_first = P->out->n;
    P->line_dir = P->first_end = NONE;
}

/* A line starts at *i: skips its indentation; a boundary line closes the
 * segment and is skipped whole; a 同志们 paragraph after the segment's last
 * directive closes it. Returns where the scan stands. */
static int start_line(parser *P, size_t *i) {
    const char *s = P->s;
    size_t j = *i, l;
    while (j < P->n && gw_is_space(cp_at(s, P->n, j, &l)))
        j += l;
    P->ink = j;
    /* only lines opening with 【 第 篇 同 can be either */
    const unsigned char *u = (const unsigned char *)s + j;
    if (P->n - j >= 3 && ((u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x90) ||
                          (u[0] == 0xE7 && u[1] == 0xAC && u[2] == 0xAC) ||
                          (u[0] == 0xE7 && u[1] == 0xAF && u[2] == 0x87) ||
                          (u[0] == 0xE5 && u[1] == 0x90 && u[2] == 0x8C))) {
        size_t le = gw_line_end(s, P->n, j);
        if (is_boundary(s, j, le)) {
            close_segment(P, *i);
            *i = le;
            return AT_NONE;
        }
        if (P->out->n > P->seg_first && P->closing == NONE && is_address(s, j, le)) P->closing = j;
    }
    *i = j;
    return AT_LINE;
}

/* Pass 1: one scan of the text, byte by byte, trying a marker only where a
 * clause starts. */
static int scan(parser *P) {
    const char *s = P->s;
    size_t n = P->n, i = 0;
    int at = start_line(P, &i);
    while (i < n) {
        const unsigned char c = (unsigned char)s[i];
        if (at != AT_NONE) {
            mark m;
            if (match(s, n, i, at, &m)) {
                int r = attach(P, &m, at == AT_LINE);
                if (r < 0) return -1;
                if (r > 0) {
                    i = P->ink = m.e;
                    at = at_after(s, &m);
                    continue;
                }
            }
        }
        /* U+4000 … U+D7FF (Han, mostly): no clause starts after them */
        if (c >= 0xE4 && c <= 0xED && n - i >= 3) {
            i += 3;
            P->ink = i;
            at = AT_NONE;
            continue;
        }
        uint32_t cp;
        size_t l = gw_utf8_next(s + i, n - i, &cp);
        if (gw_is_line_end(cp)) {
            end_line(P, i);
            i += l;
            at = start_line(P, &i);
            continue;
        }
        if (!gw_is_space(cp)) P->ink = i + l;
        int end = gw_is_sentence_end(cp);
        if (end && P->first_end == NONE && P->line_dir != NONE) P->first_end = i + l;
        if (end || gw_punct_canon(cp) == 0xFF1B /* ； */) {
            for (size_t k = P->pend_first; k < P->out->n; k++)
                P->sp[k].stop = i;
            P->pend_first = P->out->n;
        }
        at = next_at(cp, at);
        i += l;
    }
    end_line(P, n);
    return 0;
}

/* ---- 2. spans ------------------------------------------------------ */

/* Trims spaces and line breaks of s[*b..*e). */
static void trim_blank(const char *s, size_t *b, size_t *e) {
    uint32_t cp;
    while (*b < *e) {
        size_t l = gw_utf8_next(s + *b, *e - *b, &cp);
        if (!is_blank(cp)) break;
        *b += l;
    }
    while (*e > *b) {
        size_t l = gw_utf8_prev(s, *e, &cp);
        if (!is_blank(cp)) break;
        *e -= l;
    }
}

/* Body ends: the next directive of the same or a smaller depth in the same
 * segment, else the segment's close. */
static void ends(parser *P) {
    size_t open[MAX_DEPTH + 1] = {0};
    int top = 0;
    for (size_t k = 0; k <= P->out->n; k++) {
        const gw_directive *d = k < P->out->n ? gw_rows_at(P->out, k) : NULL;
        while (top > 0) {
            size_t j = open[top - 1];
            const gw_directive *o = gw_rows_at(P->out, j);
            int same = d && P->sp[j].seg == P->sp[k].seg;
            if (same && o->depth < d->depth) break;
            P->sp[j].end = same ? P->sp[k].b : P->sp[j].limit;
            if (P->sp[j].end > P->sp[j].limit) P->sp[j].end = P->sp[j].limit;
            top--;
        }
        if (d && top < MAX_DEPTH + 1) open[top++] = k;
    }
}

/* Cuts heading and body of directive k (contract §4): a marker starting a
 * line with no sentence end before its last character heads the rest of the
 * line; any other heads the words up to its first 。！？；. */
static void cut(parser *P, size_t k) {
    const char *s = P->s;
    span *sp = &P->sp[k];
    gw_directive *d = gw_rows_at(P->out, k);
    size_t next = k + 1 < P->out->n ? P->sp[k + 1].b : P->n;
    size_t he = sp->le, l;
    size_t body = he;
    uint32_t cp;
    if (!(sp->line_start && !sp->early_end) && sp->stop != NONE) {
        he = sp->stop;
        body = sp->stop + gw_utf8_next(s + sp->stop, P->n - sp->stop, &cp);
    }
    /* a child marker on the same line ends the heading */
    if (next < he) he = body = next;
    if (body > sp->end) body = sp->end;

    size_t hb = sp->me, te = he;
    trim_blank(s, &hb, &he);
    /* without its closing punctuation (a heading line's 。, a cut-off ：) */
    if (he > hb) {
        l = gw_utf8_prev(s, he, &cp);
        if (gw_is_clause_end(cp)) he -= l;
        trim_blank(s, &hb, &he);
    }
    d->heading.p = s + hb;
    d->heading.n = he - hb;

    size_t bb = body, be = sp->end;
    if (bb > be) bb = be;
    trim_blank(s, &bb, &be);
    d->body.p = s + bb;
    d->body.n = be - bb;

    if (be > bb) {
        sp->tail = be;
    } else { /* no body: the span ends with the heading and its punctuation */
        size_t tb = sp->me;
        te = body > te ? body : te;
        if (te > sp->end) te = sp->end;
        trim_blank(s, &tb, &te);
        sp->tail = te > sp->me ? te : sp->me;
    }
}

/* A span's end, for sorting. */
typedef struct tail_ref {
    size_t byte; /* where the span ends */
    size_t k;    /* whose */
} tail_ref;

static int by_byte(const void *a, const void *b) {
    size_t x = ((const tail_ref *)a)->byte, y = ((const tail_ref *)b)->byte;
    return x < y ? -1 : x > y;
}

/* pos and len in characters, by one walk over the text: the markers' starts
 * (already in order) merged with the spans' ends (sorted). -1 when out of
 * memory. */
static int positions(parser *P) {
    gw_rows *out = P->out;
    size_t n = out->n;
    if (!n) return 0;
    tail_ref *t = malloc(n * sizeof *t);
    if (!t) return -1;
    for (size_t k = 0; k < n; k++) {
        t[k].byte = P->sp[k].tail;
        t[k].k = k;
    }
    qsort(t, n, sizeof *t, by_byte);
    gw_pos pos;
    gw_pos_init(&pos, P->s);
    size_t km = 0, kt = 0;
    while (kt < n) {
        if (km < n && P->sp[km].b <= t[kt].byte) {
            gw_directive *d = gw_rows_at(out, km);
            d->pos = (int64_t)gw_pos_char(&pos, P->sp[km++].b);
        } else {
            /* a span ends after its own marker, so d->pos is known */
            gw_directive *d = gw_rows_at(out, t[kt].k);
            d->len = (int64_t)gw_pos_char(&pos, t[kt++].byte) - d->pos;
        }
    }
    free(t);
    return 0;
}

/* ---- the entry points ---------------------------------------------- */

static int parse(const char *s, size_t n, gw_rows *out, gw_error *err) {
    parser P;
    memset(&P, 0, sizeof P);
    P.s = s;
    P.n = n;
    P.out = out;
    P.closing = P.line_dir = P.first_end = NONE;
    int rc = scan(&P) < 0 ? GW_ENOMEM : GW_OK;
    if (rc == GW_OK) {
        close_segment(&P, n);
        ends(&P);
        for (size_t k = 0; k < out->n; k++)
            cut(&P, k);
        if (positions(&P) < 0) rc = GW_ENOMEM;
    }
    free(P.sp);
    if (rc != GW_OK) err->code = rc;
    return rc;
}

int gw_parse_directives(const gw_args *in, gw_rows *out, gw_error *err) {
    if (in->n < 1 || !in->v[0].present) return GW_OK;
    return parse(in->v[0].s, in->v[0].n, out, err);
}

char *gw_outline(const char *s, size_t n, size_t *out_n, gw_error *err) {
    gw_rows rows;
    gw_rows_init(&rows, sizeof(gw_directive));
    *out_n = 0;
    if (parse(s, n, &rows, err) != GW_OK) {
        gw_rows_free(&rows);
        return NULL;
    }
    gw_buf b;
    gw_buf_init(&b);
    static const char spaces[] = "                                ";
    for (size_t k = 0; k < rows.n; k++) {
        const gw_directive *d = gw_rows_at(&rows, k);
        if (k) gw_buf_add(&b, "\n", 1);
        gw_buf_add(&b, spaces, (size_t)(d->depth - 1) * 2);
        gw_buf_add(&b, d->path.p, d->path.n);
        gw_buf_add(&b, "  ", 2);
        gw_buf_add(&b, d->heading.p, d->heading.n);
    }
    gw_rows_free(&rows);
    char *r = gw_buf_take(&b, out_n);
    if (!r) err->code = GW_ENOMEM;
    return r;
}
