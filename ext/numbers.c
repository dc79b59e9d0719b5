/*
 * numbers.c — gw_numbers(text): the figures a text claims (contract §5).
 *
 *   累计报告确诊病例1291例      → 1291例     1291  count    例
 *   全省60餘萬名醫務工作者      → 60餘萬名   600000 count  名   approx 余
 *   佔總數的96%以上             → 96%以上    96    percent  %    approx 以上
 *   5-7天内可完成               → 5-7天      low 5, high 7   duration
 *   下派**个驻村工作队263名     → **个 (redacted), 263名
 *   1月21日紧急召开             → 1月21日    date --01-21
 *
 * How it works: one pass over each line. A mention can start only at an
 * Arabic digit, a Chinese numeral character or a redaction placeholder
 * (X x * ＊ _); everything else is skipped after one table look-up. At such a
 * character the text is read, in order, as
 *
 *   [qualifier | 第] ( date | clock time | numeral [range] ) [余/多] [万/亿]
 *   [余/多] [unit] [qualifier]
 *
 * with the numeral grammar of numeral.c and the sorted word lists of units.h.
 * A numeral that is not a mention (一手抓, a directive marker 1.) is skipped
 * whole, so no character is read twice. Clause starts are tracked on the way;
 * quotation marks are paired (quotes.c) only on lines that hold a mention.
 */
#include "numbers.h"

#include "cues.h"
#include "fold.h"
#include "lexicon.h"

#include "numeral.h"
#include "quotes.h"
#include "units.h"

#include <stdio.h>
#include <string.h>

/* ---- small readers over s[i..e) ---- */

/* A Latin letter, ASCII or full-width (Ｈ１Ｎ１ is a code as H1N1 is). */
static int is_latin_any_width(uint32_t cp) {
    cp = gw_halfwidth(cp);
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* The ends of the clause column of contract §5: ，。；！？： and their ASCII
 * forms — not 、 (gw_is_clause_end's list), which only parts a list. */
static int is_clause_end_no_dun(uint32_t cp) {
    switch (cp) {
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case 0xFF0C:
    case 0x3002:
    case 0xFF1B:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF1A:
        return 1;
    default:
        return 0;
    }
}

/* Bytes of the first k characters at s[i..e), or 0 when there are fewer. */
static size_t chars_len(const char *s, size_t i, size_t e, int k) {
    size_t j = i;
    while (k-- > 0) {
        size_t l;
        gw_cp_at(s, j, e, &l);
        if (!l) return 0;
        j += l;
    }
    return j - i;
}

/* The word lists of units.h. */
#define UNITS       GW_WORDS(gw_units)
#define UNIT_WORDS  GW_WORDS(gw_unit_words)
#define APPROX_IN   GW_WORDS(gw_approx_inside)
#define APPROX_PRE  GW_WORDS(gw_approx_before)
#define APPROX_POST GW_WORDS(gw_approx_after)

/* The longest entry of list w at s[i..e): its index or -1, bytes in *len. */
static long longest(gw_words w, const char *s, size_t i, size_t e, size_t *len) {
    return gw_words_at(&w, s, i, e, len);
}

/* The entry of list w that is exactly s[0..n), or -1. */
static long exact(gw_words w, const char *s, size_t n) {
    return gw_words_index(&w, s, n);
}

/* A qualifier before a number ending exactly at i (not before lo): its
 * index, its start in *b. */
static long qualifier_before(const char *s, size_t lo, size_t i, size_t *b) {
    gw_words w = APPROX_PRE;
    return gw_words_ending(&w, s, lo, i, 3, b);
}

/* The unit or measure word at i: its table entry, or NULL; bytes in *len. A
 * word that merely starts with a unit character (人员) is no unit. */
static const gw_unit *unit_at(const char *s, size_t i, size_t e, size_t *len) {
    long x = longest(UNITS, s, i, e, len);
    if (x < 0) return NULL;
    size_t two = chars_len(s, i, e, 2);
    if (two > *len && exact(UNIT_WORDS, s + i, two) >= 0) return NULL;
    return &gw_units[x];
}

/* 人民 after a numeral with 万/亿 is its people (14亿人民): the unit 人. */
static const gw_unit *people_at(const char *s, size_t i, size_t e, int big, size_t *len) {
    if (!big || e - i < 6 || memcmp(s + i, "人民", 6)) return NULL;
    size_t n;
    long x = longest(UNITS, s, i, e, &n);
    if (x < 0 || n != 3) return NULL; /* 人民币 is money, read before */
    *len = n;
    return &gw_units[x];
}

/* The kinds of contract §5, and their names (units.h names the kind of
 * each unit). */
enum { K_NONE, K_COUNT, K_PERCENT, K_MONEY, K_DATE, K_TIME, K_DURATION, K_ORDINAL, K_BARE, NKINDS };

static const char *const kind_name[NKINDS] = {
    NULL, "count", "percent", "money", "date", "time", "duration", "ordinal", "bare",
};

/* The kind named s (a unit's kind in units.h), or K_NONE. */
static int kind_named(const char *s) {
    for (int k = 1; k < NKINDS; k++)
        if (!strcmp(kind_name[k], s)) return k;
    return K_NONE;
}

/* A measure word of the lexicon (jieba's tag q: 千瓦时, 吨公里, 公顷) at i
 * after an Arabic number, when units.txt has none there: the longest such
 * word, its bytes in *len, or 0. Traditional text is looked up through its
 * fold. The closed list wins where both know a word: it knows the kind (元
 * is money, 天 a duration); a word of the lexicon is a count. */
static int lexicon_unit_at(const char *s, size_t i, size_t e, size_t *len) {
    uint32_t node = GW_LEX_ROOT;
    size_t j = i, l;
    *len = 0;
    for (int k = 0; k < 6; k++) {
        uint32_t cp = gw_cp_at(s, j, e, &l);
        if (!l || !gw_is_han(cp)) break;
        node = gw_lex_next(node, gw_fold_char(cp));
        if (!node) break;
        j += l;
        const char *t = gw_lex_freq(node) ? gw_lex_tag(node) : NULL;
        if (t && !strcmp(t, "q")) *len = j - i;
    }
    return *len > 0;
}

/* A space between the parts of one mention belongs to it, as PDF and Word
 * converters print them (52.3 亿元, 新建 18 个, 粮食 96.5 万吨): where spaces
 * (ASCII, U+3000, NBSP) at j are followed by a multiplier or a unit, their
 * end; else j. A line break still ends a mention. */
static size_t join_spaces(const char *s, size_t j, size_t e, int redacted, int arabic) {
    size_t sp = gw_skip_spaces(s, j, e), l, ul;
    if (sp == j || sp >= e) return j;
    uint32_t cp = gw_cp_at(s, sp, e, &l);
    if (gw_zh_unit(cp) >= (redacted ? 1 : 4) || unit_at(s, sp, e, &ul) ||
        (arabic && lexicon_unit_at(s, sp, e, &ul)))
        return sp;
    return j;
}

/* ---- gw_num helpers ---- */

static gw_num num_null(void) {
    gw_num n = {GW_NUM_NULL, 0, 0};
    return n;
}

static double num_d(gw_num v) {
    return v.type == GW_NUM_INT ? (double)v.i : v.d;
}

/* v·10^k (k >= 0), exact while it fits. */
static gw_num num_shift(gw_num v, int k) {
    if (v.type == GW_NUM_NULL) return v;
    while (k-- > 0) {
        if (v.type == GW_NUM_INT && v.i <= INT64_MAX / 10 && v.i >= INT64_MIN / 10) {
            v.i *= 10;
        } else {
            v.d = num_d(v) * 10;
            v.type = GW_NUM_REAL;
            if (v.d - v.d != 0) return num_null();
        }
    }
    /* a real that became whole, like 2.86·10⁴ */
    if (v.type == GW_NUM_REAL && v.d > -9e18 && v.d < 9e18) {
        double r = (double)(int64_t)(v.d + (v.d < 0 ? -0.5 : 0.5));
        if (r - v.d < 1e-6 && v.d - r < 1e-6 && (r > 1e6 || r - v.d == 0)) {
            v.type = GW_NUM_INT;
            v.i = (int64_t)r;
        }
    }
    return v;
}

/* ---- the scan ---- */

typedef struct scan {
    const char *s;  /* the text */
    size_t n;       /* its length */
    size_t lb, le;  /* the current line */
    size_t clause;  /* where the current clause starts */
    size_t cfrom;   /* the last clause end was looked for from here … */
    size_t cend;    /* … and found here (no clause end in between); 0: none yet */
    size_t last;    /* end of the previous mention on this line */
    gw_qpairs q;    /* quotation marks of the line */
    int q_ready;    /* q holds this line's pairs */
    size_t qk;      /* pairs opened before the last mention */
    size_t qend;    /* the furthest close among them */
    size_t cib;     /* a byte offset of the scan … */
    size_t ci;      /* … and the characters before it */
    gw_rows *out;   /* the rows */
    int64_t id;     /* rows so far */
    gw_lines lines; /* line ends */
} scan;

/* One mention being read. */
typedef struct mention {
    size_t b, e;        /* its bytes */
    gw_num value;       /* magnitude */
    gw_num low, high;   /* bounds */
    const char *unit;   /* unit shown, or NULL */
    int kind;           /* K_*; K_NONE while unknown */
    const char *approx; /* qualifier, or NULL */
    int redacted;       /* placeholders */
    char date[80];      /* ISO 8601, or "" */
    char unit_buf[32];  /* a unit of the lexicon, folded (unit points here) */
} mention;

/* An empty mention at b (without clearing all of the date buffer). */
static void mention_clear(mention *m, size_t b) {
    m->b = m->e = b;
    m->value = m->low = m->high = num_null();
    m->unit = m->approx = NULL;
    m->kind = K_NONE;
    m->redacted = 0;
    m->date[0] = 0;
}

static int is_char(const char *s, size_t i, size_t e, uint32_t a, uint32_t b, size_t *l) {
    uint32_t cp = gw_cp_at(s, i, e, l);
    return *l && (cp == a || cp == b);
}

/* A clock time at i: H:MM[:SS], H时[M分], H点[M分|半] (Arabic). End, or 0. */
static size_t time_at(const char *s, size_t i, size_t e) {
    size_t l, hl, ml;
    int nd;
    long h = gw_digits_at(s, i, e, 2, &hl, &nd);
    if (h < 0 || h > 24) return 0;
    size_t j = i + hl;
    uint32_t cp = gw_cp_at(s, j, e, &l);
    if (cp == ':' || cp == 0xFF1A) {
        long m = gw_digits_at(s, j + l, e, 2, &ml, &nd);
        if (m < 0 || nd != 2 || m > 59) return 0;
        j += l + ml;
        cp = gw_cp_at(s, j, e, &l);
        if (cp == ':' || cp == 0xFF1A) {
            long sec = gw_digits_at(s, j + l, e, 2, &ml, &nd);
            if (sec >= 0 && nd == 2 && sec <= 59) j += l + ml;
        }
        if (gw_ascii_digit(gw_cp_at(s, j, e, &l)) >= 0) return 0;
        return j;
    }
    if (cp == 0x65F6 || cp == 0x6642 || cp == 0x70B9 || cp == 0x9EDE) { /* 时 時 点 點 */
        size_t l2;
        uint32_t nx = gw_cp_at(s, j + l, e, &l2);
        if (nx == 0x95F4 || nx == 0x9593 || nx == 0x4EE3 || nx == 0x6BB5)
            return 0; /* 时间 时代 时段 */
        j += l;
        long m = gw_digits_at(s, j, e, 2, &ml, &nd);
        if (m >= 0 && m <= 59 && is_char(s, j + ml, e, 0x5206, 0x5206, &l2)) { /* 分 */
            size_t l3;
            uint32_t after = gw_cp_at(s, j + ml + l2, e, &l3);
            if (after != 0x949F && after != 0x9418) j += ml + l2; /* not 分钟 */
        } else if (is_char(s, j, e, 0x534A, 0x534A, &l2)) {       /* 半 */
            j += l2;
        }
        return j;
    }
    return 0;
}

/* A date at i (cues.c reads it), as the contract writes it: ISO 8601, with
 * --MM-DD, --MM and ---DD for the parts a text leaves out. Fills m; 0 when
 * none. */
static size_t date_at(const scan *c, size_t i, mention *m) {
    const char *s = c->s;
    size_t e = c->le, l;
    gw_date dt;
    size_t j = gw_date_at(s, i, e, &dt);
    if (!j) return 0;
    long yv = dt.y, mv = dt.m, dv = dt.d;
    m->kind = K_DATE;
    m->redacted = dt.redacted;
    if (yv >= 0 && mv >= 0 && dv >= 0)
        snprintf(m->date, sizeof m->date, "%04ld-%02ld-%02ld", yv, mv, dv);
    else if (yv >= 0 && mv >= 0)
        snprintf(m->date, sizeof m->date, "%04ld-%02ld", yv, mv);
    else if (yv >= 0)
        snprintf(m->date, sizeof m->date, "%04ld", yv);
    else if (mv >= 0 && dv >= 0)
        snprintf(m->date, sizeof m->date, "--%02ld-%02ld", mv, dv);
    else if (mv >= 0 && dv == GW_DATE_ABSENT)
        snprintf(m->date, sizeof m->date, "--%02ld", mv);
    else if (mv == GW_DATE_ABSENT && dv >= 0)
        snprintf(m->date, sizeof m->date, "---%02ld", dv);
    /* a clock time right after the date belongs to it: XX月XX日24时 */
    size_t t = gw_ascii_digit(gw_cp_at(s, j, e, &l)) >= 0 ? time_at(s, j, e) : 0;
    return t ? t : j;
}

/* A numeral or a run of placeholders at i. */
typedef struct core {
    size_t e;     /* end byte */
    gw_num v;     /* value (NULL when redacted) */
    int redacted; /* placeholders */
    int chinese;  /* a Chinese numeral */
    int percent;  /* 百分之 or % */
    int pct_sign; /* ends with % */
    int big;      /* holds 万/亿/兆 */
    int tail;     /* power of ten of the 万/亿 at its end (5-7万: 7万 → 4) */
    int lead;     /* starts with a bare 百/千/万/亿 */
    int one;      /* a Chinese numeral worth 1 */
} core;

static int read_core(const char *s, size_t i, size_t e, core *k) {
    size_t l;
    uint32_t cp = gw_cp_at(s, i, e, &l);
    memset(k, 0, sizeof *k);
    if (gw_is_placeholder(cp) || gw_ascii_digit(cp) >= 0) {
        /* digits then placeholders: 20XX, **, X */
        size_t j = i;
        int np = 0, digits = 0;
        while ((cp = gw_cp_at(s, j, e, &l)) != 0 && gw_ascii_digit(cp) >= 0 && !np) {
            digits++;
            j += l;
        }
        while ((cp = gw_cp_at(s, j, e, &l)) != 0 && gw_is_placeholder(cp)) {
            np++;
            j += l;
        }
        if (np) {
            uint32_t nx = gw_cp_at(s, j, e, &l);
            if (is_latin_any_width(nx) || gw_ascii_digit(nx) >= 0 || gw_zh_digit(nx) >= 0 ||
                (digits && np == 1 && cp == 'x'))
                return 0;
            k->e = j;
            k->v = num_null();
            k->redacted = 1;
            if (is_char(s, j, e, '%', 0xFF05, &l)) {
                k->e += l;
                k->percent = k->pct_sign = 1;
            }
            return 1;
        }
    }
    gw_numeral r = gw_numeral_scan(s + i, e - i);
    if (!r.len) return 0;
    k->e = i + r.len;
    k->v = r.value;
    k->chinese = r.chinese && !r.arabic;
    k->percent = r.percent;
    k->pct_sign = r.pct_sign;
    k->big = r.big_at < r.len;
    k->lead = r.lead_unit && cp != 0x5341 && cp != 0x62FE && !r.percent; /* 十 拾 may lead */
    k->one = k->chinese && r.value.type == GW_NUM_INT && r.value.i == 1;
    if (k->big) {
        /* the 万/亿/兆 run at the end, when nothing but units follows it */
        int t = 0;
        size_t j = i + r.big_at, end = i + r.len - (r.pct_sign ? 1 : 0);
        while (j < end) {
            int u = gw_zh_unit(gw_cp_at(s, j, end, &l));
            if (u < 4) {
                t = -1;
                break;
            }
            t += u;
            j += l;
        }
        k->tail = t > 0 ? t : 0;
    }
    return 1;
}

/* 1 when the Arabic numeral at s[i..e) is a directive marker (1. 1、 at a
 * clause start, or （1）), as gw_directives reads one (cues.c). */
static int is_marker(const scan *c, size_t i, size_t e) {
    const char *s = c->s;
    uint32_t pv;
    size_t b = i;
    if (i > c->lb && gw_punct_canon(gw_cp_before(s, c->lb, i)) == 0xFF08) /* （ */
        b -= gw_utf8_prev(s, i, &pv);
    gw_marker m;
    return gw_marker_at(s, c->le, b, gw_clause_at(s, c->lb, b), &m) && m.e >= e &&
           (m.style == GW_ARABIC || m.style == GW_ARABIC_PAREN);
}

/* A bare leading 百/千/万/亿 at i after a qualifier: 1 for one of the
 * qualifiers before a number (近千人, 超过万人), 2 for 破 (破千万), else 0. */
static int lead_qualified(const scan *c, size_t i) {
    size_t lo_b = c->last > c->lb ? c->last : c->lb, pb;
    long x = qualifier_before(c->s, lo_b, i, &pb);
    if (x >= 0) {
        uint32_t pp = gw_cp_before(c->s, lo_b, pb);
        return strcmp(gw_approx_before[x].simp, "近") || (pp != 0x9644 && pp != 0x6700);
    }
    return gw_cp_before(c->s, lo_b, i) == 0x7834 ? 2 : 0; /* 破 */
}

static int is_range_sep(uint32_t cp) {
    return cp == '-' || cp == 0xFF0D || cp == '~' || cp == 0xFF5E || cp == 0x2013 || cp == 0x2014 ||
           cp == 0x81F3 || cp == 0x5230; /* 至 到 */
}

/* A mention's stages share what has been read so far. */
typedef struct reading {
    scan *c;          /* the scan */
    const char *s;    /* the text */
    size_t i, e;      /* where the mention starts; the end of its line */
    size_t j;         /* how far it has been read */
    uint32_t cp;      /* its first character */
    core k;           /* its numeral */
    int range;        /* a range: lo and hi hold its bounds */
    gw_num lo, hi;    /* the bounds before the multiplier */
    int shift;        /* power of ten of 万/亿 (and 成) after the numeral */
    int big;          /* holds 万/亿/兆 */
    int lead_q;       /* a bare leading 百/千/万/亿 after a qualifier (lead_qualified) */
    const gw_unit *u; /* its unit, or NULL */
} reading;

/* Digits glued to Latin letters are codes (H1N1, 5G, COVID-19): the end of
 * the code at i, or 0 when there is none. */
static size_t code_at(const scan *c, size_t i, uint32_t cp, int arabic) {
    const char *s = c->s;
    uint32_t pv = gw_cp_before(s, c->lb, i), x;
    size_t l, j = i;
    if (!(arabic || gw_is_placeholder(cp)) ||
        !(is_latin_any_width(pv) ||
          (pv == '-' && is_latin_any_width(gw_cp_before(s, c->lb, i - 1)))))
        return 0;
    while ((x = gw_cp_at(s, j, c->le, &l)) != 0 &&
           (gw_ascii_digit(x) >= 0 || is_latin_any_width(x) || gw_is_placeholder(x) || x == '.'))
        j += l;
    return j > i ? j : i + 1;
}

/* A date or a clock time at i that is a mention: its end, or 0 (and m
 * cleared again). */
static size_t date_time_at(scan *c, size_t i, uint32_t cp, int arabic, mention *m) {
    size_t de = 0;
    if (arabic || gw_is_placeholder(cp) || gw_zh_digit(cp) >= 0 || gw_zh_unit(cp) == 1) {
        de = date_at(c, i, m);
        if (!de && arabic) {
            de = time_at(c->s, i, c->le);
            if (de) m->kind = K_TIME;
        }
    }
    if (!de) return 0;
    if (m->kind == K_DATE && !m->date[0] && !m->redacted) m->kind = K_NONE;
    if (m->kind != K_NONE) {
        m->e = de;
        return de;
    }
    mention_clear(m, i);
    return 0;
}

/* Ranges: 两三天, 三五百块 (adjacent Chinese digits), 十五六岁, 5-7天, 2至5人. */
static void read_range(reading *r) {
    const char *s = r->s;
    size_t i = r->i, e = r->e, l;
    core *k = &r->k, k2;
    r->lo = r->hi = k->v;
    int d1 = gw_zh_digit(r->cp);
    if (k->chinese && d1 >= 1) {
        size_t l1, l2, l3;
        gw_cp_at(s, i, e, &l1);
        int d2 = gw_zh_digit(gw_cp_at(s, i + l1, e, &l2));
        uint32_t third = gw_cp_at(s, i + l1 + l2, e, &l3);
        if (d2 > d1 && gw_zh_digit(third) < 0 && read_core(s, i + l1, e, &k2) &&
            k2.v.type == GW_NUM_INT && k2.v.i % d2 == 0) {
            int64_t f = k2.v.i / d2;
            int p = 0;
            while (f > 1 && f % 10 == 0) {
                f /= 10;
                p++;
            }
            if (f == 1) {
                r->range = 1;
                r->lo = num_shift((gw_num){GW_NUM_INT, d1, 0}, p);
                r->hi = k2.v;
                *k = k2;
                r->j = k2.e;
            }
        }
    }
    size_t j = r->j;
    if (k->chinese && !r->range && k->v.type == GW_NUM_INT && !k->big) {
        /* 十五六岁: the last digit, then the next one */
        uint32_t last;
        size_t ll = gw_utf8_prev(s, j, &last), l2;
        int dl = gw_zh_digit(last), dn = gw_zh_digit(gw_cp_at(s, j, e, &l));
        if (dl >= 1 && dn == dl + 1 && j - ll > i && gw_zh_digit(gw_cp_at(s, j + l, e, &l2)) < 0 &&
            gw_zh_unit(gw_cp_at(s, j + l, e, &l2)) == 0) {
            r->range = 1;
            r->hi = (gw_num){GW_NUM_INT, k->v.i + 1, 0};
            r->j = j + l;
            k->one = 0;
        }
    }
    if (!r->range && !k->redacted) {
        uint32_t sep = gw_cp_at(s, j, e, &l);
        size_t l2;
        uint32_t nx = gw_cp_at(s, j + l, e, &l2);
        if (is_range_sep(sep) && !(sep == 0x2014 && nx == 0x2014) &&
            (k->chinese ? gw_zh_digit(nx) >= 0 || gw_zh_unit(nx) == 1 : gw_ascii_digit(nx) >= 0) &&
            read_core(s, j + l, e, &k2) && !k2.redacted && k2.chinese == k->chinese) {
            gw_num a = k->v, b = k2.v;
            if (!k->big && k2.tail) a = num_shift(a, k2.tail);
            if (a.type != GW_NUM_NULL && b.type != GW_NUM_NULL && num_d(a) < num_d(b) &&
                !(k->pct_sign && !k2.pct_sign)) {
                r->range = 1;
                r->lo = a;
                r->hi = b;
                k->pct_sign = k2.pct_sign;
                k->percent |= k2.percent;
                k->big |= k2.big;
                k->one = 0;
                r->j = k2.e;
            }
        }
    }
}

/* 1200万千瓦, 120千瓦时: a unit that starts with the numeral's last
 * multiplier takes it (千瓦 is a unit, not 千 × 瓦). */
static void unit_takes_multiplier(reading *r) {
    core k2;
    uint32_t last;
    size_t ul;
    if (r->range || r->k.redacted || r->k.percent || r->j <= r->i) return;
    size_t ll = gw_utf8_prev(r->s, r->j, &last);
    const gw_unit *mu = gw_zh_unit(last) >= 3 ? unit_at(r->s, r->j - ll, r->e, &ul) : NULL;
    if (mu && ul > ll && r->j - ll > r->i && read_core(r->s, r->i, r->j - ll, &k2) &&
        k2.e == r->j - ll) {
        r->k = k2;
        r->j = k2.e;
    }
}

/* 余/多 and 万/亿 after the numeral: 60餘萬名, **多万元, XX万余人, 30多人. */
static void read_multiplier(reading *r, mention *m) {
    const char *s = r->s;
    size_t e = r->e, l, al;
    long ax;
    r->big = r->k.big;
    if (!r->k.percent) r->j = join_spaces(s, r->j, e, r->k.redacted, !r->k.chinese);
    for (int pass = 0; pass < 2; pass++) {
        if (!m->approx && (ax = longest(APPROX_IN, s, r->j, e, &al)) >= 0) {
            size_t ul;
            uint32_t nx = gw_cp_at(s, r->j + al, e, &l);
            if (gw_zh_unit(nx) >= 4 || (!pass && gw_zh_unit(nx) >= 1 && r->k.redacted) ||
                unit_at(s, r->j + al, e, &ul) ||
                (gw_approx_inside[ax].simp[0] != "多"[0] && is_clause_end_no_dun(nx))) {
                m->approx = gw_approx_inside[ax].simp;
                r->j += al;
            }
        }
        if (pass) break;
        int u;
        while ((u = gw_zh_unit(gw_cp_at(s, r->j, e, &l))) >= (r->k.redacted ? 1 : 4)) {
            size_t ul;
            const gw_unit *mu = unit_at(s, r->j, e, &ul);
            if (mu && ul > l) break; /* 万千瓦: 千瓦 is the unit */
            r->shift += u;
            r->big = 1;
            r->j += l;
        }
        if (r->shift && !r->k.percent) r->j = join_spaces(s, r->j, e, r->k.redacted, !r->k.chinese);
    }
}

/* The unit: %, a unit or measure word (个 多 月 holding its qualifier), or
 * the people of 14亿人民. */
static void read_unit(reading *r, mention *m) {
    const char *s = r->s;
    size_t e = r->e, ul, al;
    long ax;
    if (r->k.percent) {
        m->unit = "%";
        m->kind = K_PERCENT;
        return;
    }
    const gw_unit *u = unit_at(s, r->j, e, &ul);
    if (!u) u = people_at(s, r->j, e, r->big, &ul);
    r->u = u;
    if (!u && !r->k.chinese && lexicon_unit_at(s, r->j, e, &ul)) {
        size_t n = 0, l2;
        for (size_t x = r->j; x < r->j + ul && n + 4 < sizeof m->unit_buf; x += l2)
            n += gw_utf8_put(gw_fold_char(gw_cp_at(s, x, r->j + ul, &l2)), m->unit_buf + n);
        m->unit_buf[n] = 0;
        m->unit = m->unit_buf;
        m->kind = K_COUNT;
        r->j += ul;
        return;
    }
    if (!u) return;
    r->j += ul;
    m->unit = u->unit;
    m->kind = kind_named(u->kind);
    /* 个 多 月: the qualifier inside a compound unit */
    if (!strcmp(u->unit, "个") && !m->approx && (ax = longest(APPROX_IN, s, r->j, e, &al)) >= 0) {
        char both[32];
        memcpy(both, "个", 3);
        for (int kc = 3; kc >= 1; kc--) {
            size_t n2 = chars_len(s, r->j + al, e, kc);
            if (!n2 || n2 > sizeof both - 3) continue;
            memcpy(both + 3, s + r->j + al, n2);
            long x = exact(UNITS, both, 3 + n2);
            if (x >= 0) {
                m->unit = gw_units[x].unit;
                m->kind = kind_named(gw_units[x].kind);
                m->approx = gw_approx_inside[ax].simp;
                r->j += al + n2;
                break;
            }
        }
    }
    if (!strcmp(u->text, "成")) r->shift += 1; /* 八成 = 80 % */
}

/* What counts as a figure: where the scan goes on when the numeral read is
 * none (三五成群, 一手抓, a hidden name **人的), else 0. */
static size_t not_a_figure(const reading *r, const mention *m) {
    const core *k = &r->k;
    const gw_unit *u = r->u;
    size_t l;
    if (r->range && k->chinese && u && !strcmp(u->text, "成")) return r->j;
    /* 三点意见: the points of a speech; 下午三点, 十点。: a clock time */
    if (k->chinese && u && !strcmp(u->unit, "点")) {
        size_t pb, lo = r->c->last > r->c->lb ? r->c->last : r->c->lb;
        gw_words dp = GW_WORDS(gw_day_parts);
        if (gw_words_ending(&dp, r->s, lo, gw_back_spaces(r->s, lo, r->i), 2, &pb) >= 0 ||
            !gw_is_han(gw_cp_at(r->s, r->j, r->e, &l)))
            return r->j;
    }
    if (k->chinese && !(m->unit || r->big || k->percent)) return r->j;
    if (k->chinese && k->one && !r->range) return r->j;
    if (k->redacted && !(m->unit || r->big || k->percent)) return k->e;
    /* **人在, XX人的: a hidden name (the people of **), not a hidden count */
    if (k->redacted && gw_is_placeholder(r->cp) && !r->big && u && !strcmp(u->text, "人")) {
        uint32_t nx = gw_cp_at(r->s, r->j, r->e, &l);
        if (nx == 0x5728 || nx == 0x7684) return k->e; /* 在 的 */
    }
    return 0;
}

/* Qualifiers: after (96%以上, 90人左右, 两年多), or 第 / a qualifier before;
 * 1 when 第 makes the mention an ordinal. */
static int read_qualifiers(reading *r, mention *m) {
    const char *s = r->s;
    size_t i = r->i, al, pb;
    long ax;
    if (!m->approx && (ax = longest(APPROX_POST, s, r->j, r->e, &al)) >= 0) {
        const char *w = gw_approx_after[ax].simp;
        int loose = !strcmp(w, "多") || !strcmp(w, "余");
        size_t l2;
        uint32_t nx = gw_cp_at(s, r->j + al, r->e, &l2);
        int sum = w[0] == '+' && (gw_ascii_digit(nx) >= 0 || gw_zh_digit(nx) >= 0); /* 25+1 */
        if ((!loose || m->kind == K_DURATION) && !sum) {
            m->approx = w;
            r->j += al;
        }
    }
    size_t lo_b = r->c->last > r->c->lb ? r->c->last : r->c->lb;
    size_t ib = gw_back_spaces(s, lo_b, i); /* 第 3 页, 接近 600 万吨 */
    if (gw_cp_before(s, lo_b, ib) == 0x7B2C && (ib < i || gw_cp_before(s, lo_b, i) == 0x7B2C)) {
        m->b = ib - 3; /* 第 */
        return 1;
    }
    if (m->approx) return 0;
    long x = qualifier_before(s, lo_b, i, &pb);
    if (x < 0 && ib < i) x = qualifier_before(s, lo_b, ib, &pb);
    if (x >= 0) {
        const char *w = gw_approx_before[x].simp;
        uint32_t pp = gw_cp_before(s, lo_b, pb);
        int near = !strcmp(w, "近");
        if (!(near && (m->kind == K_DURATION || pp == 0x9644 || pp == 0x6700))) {
            /* (近14天, 近五年来: the past; 附近, 最近: not a qualifier) */
            m->approx = w;
            m->b = pb;
        }
    } else if (r->lead_q == 2) {
        m->approx = "破"; /* 破千万 */
        m->b = i - 3;
    }
    return 0;
}

/* Reads the mention starting with the character at i (cp), stage by stage.
 * Returns where the scan goes on: past the mention, or past the numeral that
 * is not one. */
static size_t read_mention(scan *c, size_t i, uint32_t cp, mention *m) {
    const char *s = c->s;
    size_t e = c->le, l, x;
    mention_clear(m, i);
    int arabic = gw_ascii_digit(cp) >= 0;
    if ((x = code_at(c, i, cp, arabic)) != 0) return x;

    /* the common case first: 一 that is an article or part of a word */
    if (!arabic && !gw_is_placeholder(cp)) {
        gw_numeral r = gw_numeral_scan(s + i, e - i);
        if (r.len && !r.percent && r.value.type == GW_NUM_INT && r.value.i == 1 &&
            gw_zh_digit(gw_cp_at(s, i + r.len, e, &l)) < 0)
            return i + r.len;
    }
    if ((x = date_time_at(c, i, cp, arabic, m)) != 0) return x;

    reading r;
    memset(&r, 0, sizeof r);
    r.c = c;
    r.s = s;
    r.i = i;
    r.e = e;
    r.cp = cp;
    if (!read_core(s, i, e, &r.k)) return i + (cp < 0x80 ? 1 : 3);
    r.j = r.k.e;
    if (arabic && !r.k.redacted && is_marker(c, i, r.j)) return r.j;
    if (arabic && is_latin_any_width(gw_cp_at(s, r.j, e, &l))) {
        while (is_latin_any_width(gw_cp_at(s, r.j, e, &l)))
            r.j += l;
        return r.j;
    }
    /* a bare leading 百/千/万/亿 is a figure only before a money unit (亿元以上)
     * or after a qualifier (近千人, 破千万); else it is a word (万众一心) */
    if (r.k.lead) {
        size_t ll;
        const gw_unit *lu = unit_at(s, r.j, e, &ll);
        if (!(lu && kind_named(lu->kind) == K_MONEY)) {
            r.lead_q = lead_qualified(c, i);
            if (!r.lead_q) return r.j;
        }
    }
    read_range(&r);
    unit_takes_multiplier(&r);
    read_multiplier(&r, m);
    read_unit(&r, m);
    if ((x = not_a_figure(&r, m)) != 0) return x;
    int ordinal = read_qualifiers(&r, m);

    m->e = r.j;
    m->redacted = r.k.redacted;
    if (!m->kind) m->kind = K_BARE;
    if (ordinal) m->kind = K_ORDINAL;
    if (!r.k.redacted) {
        if (r.range) {
            m->low = num_shift(r.lo, r.shift);
            m->high = num_shift(r.hi, r.shift);
        } else {
            m->value = m->low = m->high = num_shift(r.k.v, r.shift);
        }
    }
    return r.j;
}

static gw_str cstr(const char *p) {
    gw_str r = {p, p ? strlen(p) : 0};
    return r;
}

/* The clause around [b, e): between the nearest ，。；！？： or line ends, trimmed.
 * A , between digits (1,291) does not end a clause. */
static gw_str clause_of(scan *c, size_t b, size_t e) {
    const char *s = c->s;
    size_t cb = c->clause < b ? c->clause : b, ce = e, l;
    /* mentions come in text order: a clause end found for the previous one
     * still holds when no clause end lies between (keeps long lines linear) */
    if (c->cend && c->cfrom >= c->lb && c->cfrom <= e && e <= c->cend) ce = c->cend;
    c->cfrom = e;
    while (ce < c->le) {
        unsigned char u = (unsigned char)s[ce];
        if (u >= 0xE4 && u <= 0xE9 && c->le - ce >= 3) { /* a CJK ideograph */
            ce += 3;
            continue;
        }
        uint32_t cp = gw_cp_at(s, ce, c->le, &l);
        if (is_clause_end_no_dun(cp) &&
            !(cp == ',' && gw_ascii_digit(gw_cp_before(s, c->lb, ce)) >= 0 &&
              gw_ascii_digit(gw_cp_at(s, ce + 1, c->le, &l)) >= 0)) {
            break;
        }
        gw_cp_at(s, ce, c->le, &l);
        ce += l;
    }
    c->cend = ce;
    gw_trim(s, &cb, &ce);
    gw_str r = {s + cb, ce - cb};
    return r;
}

/* 1 when byte x of the line lies inside a pair of quotation marks. */
static int in_quote(scan *c, size_t x) {
    if (!c->q_ready) {
        if (gw_quote_line(&c->q, c->s, c->lb, c->le) != GW_OK) return -1;
        c->q_ready = 1;
        c->qk = 0;
        c->qend = 0;
    }
    while (c->qk < c->q.n && c->q.v[c->qk].open < x) {
        const gw_qpair *p = &c->q.v[c->qk++];
        if (p->clen && !p->title && p->close > c->qend) c->qend = p->close;
    }
    return x < c->qend;
}

static int emit(scan *c, const mention *m) {
    gw_number *row = gw_rows_push(c->out);
    if (!row) return GW_ENOMEM;
    row->id = ++c->id;
    row->text.p = c->s + m->b;
    row->text.n = m->e - m->b;
    row->value = m->value;
    row->low = m->low;
    row->high = m->high;
    row->unit =
        m->unit == m->unit_buf ? gw_rows_strdup(c->out, m->unit, strlen(m->unit)) : cstr(m->unit);
    if (m->unit && !row->unit.p) return GW_ENOMEM;
    row->kind = cstr(kind_name[m->kind]);
    row->approx = cstr(m->approx);
    row->redacted = m->redacted;
    if (m->date[0]) {
        row->date = gw_rows_strdup(c->out, m->date, strlen(m->date));
        if (!row->date.p) return GW_ENOMEM;
    }
    int q = in_quote(c, m->b);
    if (q < 0) return GW_ENOMEM;
    row->in_quote = q;
    row->clause = clause_of(c, m->b, m->e);
    row->pos =
        (int64_t)(1 + (m->b <= c->cib ? c->ci - gw_char_count(c->s + m->b, c->cib - m->b)
                                      : c->ci + gw_char_count(c->s + c->cib, m->b - c->cib)));
    row->len = (int64_t)gw_char_count(c->s + m->b, m->e - m->b);
    return GW_OK;
}

/* ASCII bytes the scan must look at: line breaks, clause ends, digits and
 * placeholders (1); the others are skipped (0). */
static const unsigned char ascii_class[128] = {
    ['\n'] = 1, ['\r'] = 1, [','] = 1, [';'] = 1, [':'] = 1, ['!'] = 1, ['?'] = 1,
    ['0'] = 1,  ['1'] = 1,  ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
    ['7'] = 1,  ['8'] = 1,  ['9'] = 1, ['X'] = 1, ['x'] = 1, ['*'] = 1, ['_'] = 1,
};

/* 1 when cp may start a mention. */
static int may_start(uint32_t cp) {
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || cp == 'X' || cp == 'x' || cp == '*' || cp == '_';
    return gw_numeral_start(cp) || gw_is_placeholder(cp);
}

int gw_parse_numbers(const gw_args *in, gw_rows *out, gw_error *err) {
    scan c;
    memset(&c, 0, sizeof c);
    c.s = in->v[0].s;
    c.n = in->v[0].n;
    c.out = out;
    gw_qpairs_init(&c.q);
    gw_lines_init(&c.lines, c.s, c.n);
    int rc = GW_OK;
    /* the line's end is looked for only when the line holds a candidate */
    c.le = 0;
    size_t ci = 0; /* characters before i, counted as gw_char_count counts them */
    for (size_t i = 0; i < c.n && rc == GW_OK;) {
        const unsigned char *b = (const unsigned char *)c.s + i;
        unsigned char u = b[0];
        uint32_t cp;
        size_t l;
        if (u >= 0xE4 && u <= 0xE9 && i + 2 < c.n && !(((b[1] ^ 0x80) | (b[2] ^ 0x80)) & 0xC0)) {
            /* the bulk of a Chinese text: a CJK ideograph that is no numeral
             * character is skipped after one look at the sieve */
            cp = ((uint32_t)(u & 0x0F) << 12) | ((uint32_t)(b[1] & 0x3F) << 6) | (b[2] & 0x3F);
            if (!gw_zh_maybe(cp)) {
                i += 3;
                ci++;
                continue;
            }
            l = 3;
        } else if (u < 0x80) {
            if (!ascii_class[u]) {
                i++;
                ci++;
                continue;
            }
            cp = u;
            l = 1;
        } else {
            l = gw_utf8_next(c.s + i, c.n - i, &cp);
        }
        if (u < 0x80 ? (u == '\n' || u == '\r') : (cp == 0x2028 || cp == 0x2029 || cp == 0x85)) {
            if (gw_cancelled(i)) {
                rc = GW_EINTR;
                break;
            }
            size_t nx = gw_line_next(c.s, c.n, i);
            ci += gw_char_count(c.s + i, nx - i);
            i = nx;
            c.lb = c.clause = c.last = i;
            c.cend = 0;
            c.le = 0;
            c.q_ready = 0;
            continue;
        }
        if (!may_start(cp)) {
            if (is_clause_end_no_dun(cp)) c.clause = i + l;
            ci += gw_char_count(c.s + i, l);
            i += l;
            continue;
        }
        if (gw_cancelled(i)) {
            rc = GW_EINTR;
            break;
        }
        if (!c.le) c.le = gw_lines_end(&c.lines, i);
        mention m;
        size_t next = read_mention(&c, i, cp, &m);
        if (m.e > m.b) {
            c.ci = ci;
            c.cib = i;
            rc = emit(&c, &m);
            c.last = m.e;
        }
        next = next > i ? next : i + l;
        ci += gw_char_count(c.s + i, next - i);
        i = next;
    }
    gw_qpairs_free(&c.q);
    if (rc != GW_OK) err->code = rc;
    return rc;
}
