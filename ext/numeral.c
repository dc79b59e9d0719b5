/*
 * numeral.c — the one numeral grammar (contract §2 gw_number).
 *
 * A numeral is read token by token, left to right, keeping the longest prefix
 * that is well formed:
 *
 *   digit      〇零一二三四五六七八九两兩, 大写 壹贰叁肆伍陆柒捌玖 (and their
 *              traditional forms)
 *   arabic     ASCII or full-width digits, `,` thousands separators (groups of
 *              exactly three), a `.` or `．` decimal part
 *   small unit 十拾 百佰 千仟 (10, 100, 1000), in falling order inside a section
 *   big unit   万萬 亿億 兆 (10⁴, 10⁸, 10¹²); a big unit not smaller than the
 *              last one multiplies everything before it (一万二千万 = 1.2亿,
 *              万亿 = 10¹²), a smaller one adds its section (三亿五千万)
 *   点/點      a decimal point followed by Chinese digits (零点五, 十二点五亿)
 *
 * 零 between units is a placeholder (十万零一); a single digit right after a
 * unit is the next lower place (一万五 = 15000, 一百五 = 150); a run of digits
 * with no unit is read digit by digit (二〇二〇 = 2020, 一七二零点一); 两 is
 * never part of such a run. Arabic digits after a big unit continue the
 * numeral (3萬3,883 = 33883). 百分之 before and % ％ after mark a percentage.
 *
 * Values are kept exactly as m·10^e with a 64-bit m, and as a double beside it
 * for when m overflows; no allocation, one pass over the bytes.
 */
#include "numeral.h"

#include <string.h>

/* A decimal: m·10^e exactly while `exact`, and d, its value as a double. */
typedef struct dec {
    int64_t m; /* mantissa */
    int64_t e; /* exponent of ten */
    int exact; /* 0 once m overflowed: only d holds the value */
    double d;  /* the value */
} dec;

/* Chinese numeral characters, sorted by code point: digit value, or the power
 * of ten of a multiplier (unit > 0). */
typedef struct zh_char {
    uint32_t cp;  /* code point */
    int8_t digit; /* 0..9, or -1 for a multiplier */
    int8_t unit;  /* power of ten of a multiplier, else 0 */
} zh_char;

static const zh_char zh_chars[] = {
    {0x3007, 0, 0},   /* 〇 */
    {0x4E00, 1, 0},   /* 一 */
    {0x4E03, 7, 0},   /* 七 */
    {0x4E07, -1, 4},  /* 万 */
    {0x4E09, 3, 0},   /* 三 */
    {0x4E24, 2, 0},   /* 两 */
    {0x4E5D, 9, 0},   /* 九 */
    {0x4E8C, 2, 0},   /* 二 */
    {0x4E94, 5, 0},   /* 五 */
    {0x4EBF, -1, 8},  /* 亿 */
    {0x4EDF, -1, 3},  /* 仟 */
    {0x4F0D, 5, 0},   /* 伍 */
    {0x4F70, -1, 2},  /* 佰 */
    {0x5104, -1, 8},  /* 億 */
    {0x5146, -1, 12}, /* 兆 */
    {0x5169, 2, 0},   /* 兩 */
    {0x516B, 8, 0},   /* 八 */
    {0x516D, 6, 0},   /* 六 */
    {0x5341, -1, 1},  /* 十 */
    {0x5343, -1, 3},  /* 千 */
    {0x53C1, 3, 0},   /* 叁 */
    {0x53C3, 3, 0},   /* 參 */
    {0x56DB, 4, 0},   /* 四 */
    {0x58F9, 1, 0},   /* 壹 */
    {0x62FE, -1, 1},  /* 拾 */
    {0x634C, 8, 0},   /* 捌 */
    {0x67D2, 7, 0},   /* 柒 */
    {0x7396, 9, 0},   /* 玖 */
    {0x767E, -1, 2},  /* 百 */
    {0x8086, 4, 0},   /* 肆 */
    {0x842C, -1, 4},  /* 萬 */
    {0x8CB3, 2, 0},   /* 貳 */
    {0x8D30, 2, 0},   /* 贰 */
    {0x9646, 6, 0},   /* 陆 */
    {0x9678, 6, 0},   /* 陸 */
    {0x96F6, 0, 0},   /* 零 */
};

/* A first sieve before the binary search: bit (cp & 0xFFF) is set when some
 * numeral character has those low bits. Generated from zh_chars (the unit
 * test checks that every character of zh_chars passes it). */
const uint64_t gw_zh_sieve[64] = {
    0x0000000000000080ULL, 0x0000000000000000ULL, 0x0000000000000040ULL, 0x0000000000000000ULL,
    0x0000000000000010ULL, 0x00002A0000000040ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
    0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x4000000000000000ULL,
    0x0000000000000000ULL, 0x000000000000100AULL, 0x0000000000400000ULL, 0x000000000000000AULL,
    0x0000100000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
    0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
    0x0000000000000000ULL, 0x4100000000000040ULL, 0x0000000000000000ULL, 0x0040000008000000ULL,
    0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000040000ULL,
    0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0200000000000000ULL,
    0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
    0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
    0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
    0x0000000000000000ULL, 0x0000000000000000ULL, 0x0008000000000000ULL, 0x0000000000000000ULL,
    0x0001000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
    0x0000001000000289ULL, 0x0000000020000000ULL, 0x8000000000101000ULL, 0x0000000080000000ULL,
    0x0000000000002000ULL, 0x0001000000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL,
};

static const zh_char *zh_find(uint32_t cp) {
    if (!gw_zh_maybe(cp)) return NULL;
    long k = gw_cp_find(zh_chars, sizeof zh_chars / sizeof zh_chars[0], sizeof zh_chars[0], cp);
    return k >= 0 ? &zh_chars[k] : NULL;
}

int gw_zh_digit(uint32_t cp) {
    const zh_char *z = zh_find(cp);
    return z ? z->digit : -1;
}

int gw_zh_unit(uint32_t cp) {
    const zh_char *z = zh_find(cp);
    return z ? z->unit : 0;
}

int gw_numeral_start(uint32_t cp) {
    return gw_ascii_digit(cp) >= 0 || zh_find(cp) != NULL;
}

/* 10^k as a double (inf beyond the range of a double). */
static double p10(int64_t k) {
    double r = 1, b = k < 0 ? 0.1 : 10;
    int64_t a = k < 0 ? -k : k;
    if (a > 400) a = 400;
    while (a--)
        r *= b;
    return r;
}

static const int64_t pow10_i[19] = {1,
                                    10,
                                    100,
                                    1000,
                                    10000,
                                    100000,
                                    1000000,
                                    10000000,
                                    100000000,
                                    1000000000,
                                    10000000000,
                                    100000000000,
                                    1000000000000,
                                    10000000000000,
                                    100000000000000,
                                    1000000000000000,
                                    10000000000000000,
                                    100000000000000000,
                                    1000000000000000000};

static dec dec_int(int64_t v) {
    dec x = {v, 0, 1, (double)v};
    return x;
}

/* x·10^k */
static dec dec_shift(dec x, int64_t k) {
    x.e += k;
    x.d *= p10(k);
    return x;
}

/* m·10^k into *out, or 0 on overflow (k >= 0, m >= 0). */
static int mul_pow10(int64_t m, int64_t k, int64_t *out) {
    if (m == 0) {
        *out = 0;
        return 1;
    }
    if (k > 18 || m > INT64_MAX / pow10_i[k]) return 0;
    *out = m * pow10_i[k];
    return 1;
}

static dec dec_add(dec a, dec b) {
    dec r;
    r.d = a.d + b.d;
    r.exact = 0;
    r.m = 0;
    r.e = 0;
    if (a.exact && b.exact) {
        if (a.m == 0) return b.exact ? b : r;
        if (b.m == 0) return a;
        int64_t e = a.e < b.e ? a.e : b.e, ma, mb;
        if (mul_pow10(a.m, a.e - e, &ma) && mul_pow10(b.m, b.e - e, &mb) && ma <= INT64_MAX - mb) {
            r.m = ma + mb;
            r.e = e;
            r.exact = 1;
        }
    }
    return r;
}

/* Appends a digit: x·10 + d for an integer part, x + d·10^-k for a fraction. */
static void dec_digit(dec *x, int d, int frac) {
    if (frac) {
        x->d += d * p10(x->e - 1);
        if (x->exact) {
            if (x->m <= (INT64_MAX - d) / 10) {
                x->m = x->m * 10 + d;
                x->e -= 1;
            } else if (d) {
                x->exact = 0; /* further fraction digits cannot matter */
            }
        }
        return;
    }
    x->d = x->d * 10 + d;
    if (x->exact && x->m <= (INT64_MAX - d) / 10)
        x->m = x->m * 10 + d;
    else
        x->exact = 0;
}

static gw_num dec_value(dec x) {
    gw_num r = {GW_NUM_NULL, 0, 0};
    if (x.exact) {
        if (x.m == 0) {
            r.type = GW_NUM_INT;
            return r;
        }
        if (x.e >= 0) {
            int64_t v;
            if (mul_pow10(x.m, x.e, &v)) {
                r.type = GW_NUM_INT;
                r.i = v;
                return r;
            }
        } else if (x.e >= -18) {
            int64_t q = pow10_i[-x.e];
            if (x.m % q == 0) {
                r.type = GW_NUM_INT;
                r.i = x.m / q;
            } else {
                r.type = GW_NUM_REAL;
                r.d = (double)x.m / (double)q;
            }
            return r;
        }
    }
    if (x.d != x.d || x.d - x.d != 0) return r; /* NaN or infinite */
    r.type = GW_NUM_REAL;
    r.d = x.d;
    return r;
}

/* Reads Arabic digits at s[0..n) into *v; returns the bytes read (0: none).
 * `,` separates groups of exactly three digits; `.` or `．` before a digit
 * starts the decimal part. *decimal is set when there is one. */
static size_t read_arabic(const char *s, size_t n, dec *v, int *decimal) {
    size_t i = 0;
    int frac = 0, grp = 0, seps = 0, digits = 0;
    *v = dec_int(0);
    while (i < n) {
        uint32_t cp;
        size_t l = gw_utf8_next(s + i, n - i, &cp);
        int d = gw_ascii_digit(cp);
        if (d >= 0) {
            dec_digit(v, d, frac);
            grp++;
            digits++;
            i += l;
            continue;
        }
        if (cp == ',' && !frac && (seps ? grp == 3 : grp >= 1 && grp <= 3)) {
            /* exactly three digits, then no digit */
            size_t j = i + 1, k = 0;
            while (k < 4 && j < n) {
                uint32_t c2;
                size_t l2 = gw_utf8_next(s + j, n - j, &c2);
                if (gw_ascii_digit(c2) < 0) break;
                j += l2;
                k++;
            }
            if (k != 3) break;
            seps++;
            grp = 0;
            i += 1;
            continue;
        }
        if ((cp == '.' || cp == 0xFF0E) && !frac && (seps == 0 || grp == 3) && i + l < n) {
            uint32_t c2;
            gw_utf8_next(s + i + l, n - i - l, &c2);
            if (gw_ascii_digit(c2) < 0) break;
            frac = 1;
            *decimal = 1;
            i += l;
            continue;
        }
        break;
    }
    return digits ? i : 0;
}

enum { T_NONE, T_DIGIT, T_ZERO, T_SMALL, T_BIG, T_ARABIC, T_FRAC };

/* What one token does to the numeral read so far. */
enum {
    STEP_STOP,  /* the token cannot continue the numeral: the scan ends before it */
    STEP_SKIP,  /* read, but the prefix up to it is not well formed (a trailing 零) */
    STEP_COMMIT /* read, and the prefix up to it is a well-formed numeral */
};

/* The digit or Arabic number waiting for its unit. */
typedef struct pending {
    dec v;       /* its value */
    int have;    /* v holds something */
    int zero;    /* v is a 零 placeholder */
    int liang;   /* v is 两: never the start of a digit-by-digit run */
    int abbrev;  /* v is a single digit right after a unit: 一万五 */
    int unit_at; /* power of the unit just before it */
} pending;

/* What the numeral holds, as gw_numeral reports it. */
typedef struct seen {
    int chinese;    /* a Chinese numeral character */
    int multiplier; /* a unit after something */
    int arabic;     /* Arabic digits */
    int decimal;    /* a decimal part */
    int lead_unit;  /* a bare unit first */
    size_t big_at;  /* offset of the first big unit, (size_t)-1 when none */
} seen;

/* The state of the numeral read so far: its value in three parts, where
 * the grammar stands, and what it holds. */
typedef struct state {
    dec total;      /* completed sections, big units applied */
    dec section;    /* the current section (below the last big unit) */
    pending pend;   /* the digit or number not yet placed */
    int last_small; /* power of the last small unit in the section, 9 when none */
    int last_big;   /* lowest power of ten in total, 0 when none */
    int units;      /* a unit was read */
    int seq;        /* reading digit by digit */
    int prev;       /* the previous token T_* */
    int frac;       /* a 点 fraction was read: only a big unit may follow */
    seen seen;      /* what the numeral holds */
} state;

static void state_init(state *st) {
    memset(st, 0, sizeof *st);
    st->total = st->section = st->pend.v = dec_int(0);
    st->last_small = 9;
    st->seen.big_at = (size_t)-1;
}

/* The value of the numeral the state holds. */
static dec finish(const state *st) {
    dec cur = st->section;
    if (st->pend.have && !st->pend.zero) {
        dec p = st->pend.v;
        if (st->pend.abbrev && st->pend.unit_at > 1) p = dec_shift(p, st->pend.unit_at - 1);
        cur = dec_add(cur, p);
    }
    return dec_add(st->total, cur);
}

/* A Chinese digit d (cp is the character: 两 is told apart). */
static int step_digit(state *st, uint32_t cp, int d) {
    int liang = cp == 0x4E24 || cp == 0x5169;
    pending *p = &st->pend;
    if (st->frac) return STEP_STOP;
    if (st->seq) {
        if (liang) return STEP_STOP;
        dec_digit(&p->v, d, 0);
    } else if (p->have) {
        if (p->zero) {
            if (d == 0) return STEP_SKIP; /* 零零: still one placeholder */
            p->v = dec_int(d);
            p->zero = 0;
            p->abbrev = 0;
        } else if (!st->units && st->prev == T_DIGIT && !liang && !p->liang) {
            st->seq = 1;
            dec_digit(&p->v, d, 0);
        } else {
            return STEP_STOP;
        }
    } else if (d == 0 && st->units) {
        p->have = 1;
        p->zero = 1;
        p->v = dec_int(0);
        st->prev = T_ZERO;
        st->seen.chinese = 1;
        return STEP_SKIP; /* a trailing 零 is not well formed */
    } else {
        p->have = 1;
        p->v = dec_int(d);
        p->abbrev = st->prev == T_SMALL || st->prev == T_BIG;
    }
    p->liang = liang;
    st->prev = T_DIGIT;
    st->seen.chinese = 1;
    return STEP_COMMIT;
}

/* A small unit 10^k (十百千) at offset i. */
static int step_small(state *st, int k, size_t i) {
    dec coef;
    if (st->seq || st->frac || st->pend.zero) return STEP_STOP;
    if (st->last_small != 9 && k >= st->last_small) return STEP_STOP;
    if (st->pend.have) {
        coef = st->pend.v;
    } else if (i == 0) {
        coef = dec_int(1);
        st->seen.lead_unit = 1;
    } else {
        return STEP_STOP;
    }
    st->section = dec_add(st->section, dec_shift(coef, k));
    st->pend.have = 0;
    st->pend.abbrev = 0;
    st->pend.unit_at = k;
    st->last_small = k;
    st->units = 1;
    st->prev = T_SMALL;
    st->seen.chinese = 1;
    if (i) st->seen.multiplier = 1;
    return STEP_COMMIT;
}

/* A big unit 10^k (万亿兆) at offset i. */
static int step_big(state *st, int k, size_t i) {
    if (st->seq || st->pend.zero) return STEP_STOP;
    dec cur = st->section;
    int have_cur = st->last_small != 9 || st->frac;
    if (st->pend.have) {
        cur = dec_add(cur, st->pend.v);
        have_cur = 1;
    }
    if (!have_cur) {
        if (st->prev == T_BIG) {
            st->total = dec_shift(st->total, k);
            st->last_big += k;
        } else if (i == 0) {
            st->total = dec_shift(dec_int(1), k);
            st->last_big = k;
            st->seen.lead_unit = 1;
        } else {
            return STEP_STOP;
        }
    } else if (st->last_big == 0 || k >= st->last_big) {
        st->total = dec_shift(dec_add(st->total, cur), k);
        st->last_big = k;
    } else {
        st->total = dec_add(st->total, dec_shift(cur, k));
        st->last_big = k;
    }
    if (st->seen.big_at == (size_t)-1) st->seen.big_at = i;
    st->section = dec_int(0);
    st->pend.have = 0;
    st->pend.abbrev = 0;
    st->pend.unit_at = k;
    st->last_small = 9;
    st->units = 1;
    st->frac = 0;
    st->prev = T_BIG;
    st->seen.chinese = 1;
    if (i) st->seen.multiplier = 1;
    return STEP_COMMIT;
}

/* An Arabic number at s[i..n); *l becomes its length. */
static int step_arabic(state *st, const char *s, size_t n, size_t i, size_t *l) {
    if (st->pend.have || st->seq || st->frac || (i && st->prev != T_BIG)) return STEP_STOP;
    *l = read_arabic(s + i, n - i, &st->pend.v, &st->seen.decimal);
    st->pend.have = 1;
    st->pend.abbrev = 0;
    st->prev = T_ARABIC;
    st->seen.arabic = 1;
    return STEP_COMMIT;
}

/* 点 at s[i], l bytes long, and the Chinese digits after it; *l becomes
 * the length of both. */
static int step_point(state *st, const char *s, size_t n, size_t i, size_t *l) {
    if (!st->pend.have || st->pend.zero || st->prev != T_DIGIT || st->frac) return STEP_STOP;
    size_t j = i + *l;
    dec fr = dec_int(0);
    int nd = 0;
    while (j < n) {
        uint32_t c2;
        size_t l2 = gw_utf8_next(s + j, n - j, &c2);
        const zh_char *z2 = zh_find(c2);
        if (!z2 || z2->digit < 0 || c2 == 0x4E24 || c2 == 0x5169) break;
        dec_digit(&fr, z2->digit, 1);
        nd++;
        j += l2;
    }
    if (!nd) return STEP_STOP;
    st->section = dec_add(dec_add(st->section, st->pend.v), fr);
    st->pend.have = 0;
    st->pend.abbrev = 0;
    st->frac = 1;
    st->prev = T_FRAC;
    st->seen.decimal = 1;
    *l = j - i;
    return STEP_COMMIT;
}

/* The token cp at s[i], *l bytes long (updated when the token is longer
 * than one character), applied to the state. */
static int step(state *st, const char *s, size_t n, size_t i, uint32_t cp, size_t *l) {
    const zh_char *z = zh_find(cp);
    if (z && z->digit >= 0) return step_digit(st, cp, z->digit);
    if (z && z->unit > 0 && z->unit < 4) return step_small(st, z->unit, i);
    if (z && z->unit >= 4) return step_big(st, z->unit, i);
    if (gw_ascii_digit(cp) >= 0) return step_arabic(st, s, n, i, l);
    if (cp == 0x70B9 || cp == 0x9EDE) return step_point(st, s, n, i, l);
    return STEP_STOP;
}

/* The numeral at s[0..n) without the 百分之 prefix and % suffix: the tokens
 * of the grammar (digit, small unit, big unit, Arabic number, 点 fraction)
 * applied one by one, keeping the value of the longest well-formed prefix. */
static gw_numeral scan_core(const char *s, size_t n) {
    gw_numeral r;
    memset(&r, 0, sizeof r);
    state st;
    state_init(&st);
    dec best = st.total; /* the value of the longest well-formed prefix */
    seen best_seen = st.seen;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t l = gw_utf8_next(s + i, n - i, &cp);
        int how = step(&st, s, n, i, cp, &l);
        if (how == STEP_STOP) break;
        i += l;
        if (how == STEP_COMMIT) {
            r.len = i;
            r.sequence = st.seq;
            best = finish(&st);
            best_seen = st.seen;
        }
    }
    if (!r.len) return r;
    r.value = dec_value(best);
    r.chinese = best_seen.chinese;
    r.multiplier = best_seen.multiplier;
    r.arabic = best_seen.arabic;
    r.decimal = best_seen.decimal;
    r.lead_unit = best_seen.lead_unit;
    r.big_at = best_seen.big_at >= r.len ? r.len : best_seen.big_at;
    return r;
}

gw_numeral gw_numeral_scan(const char *s, size_t n) {
    static const char pct[] = "\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B"; /* 百分之 */
    gw_numeral r;
    if (n > 9 && memcmp(s, pct, 9) == 0) {
        r = scan_core(s + 9, n - 9);
        if (r.len) {
            r.len += 9;
            r.big_at += 9;
            r.percent = 1;
            r.chinese = 1;
            return r;
        }
    }
    r = scan_core(s, n);
    if (r.len && r.len < n) {
        uint32_t cp;
        size_t l = gw_utf8_next(s + r.len, n - r.len, &cp);
        if (cp == '%' || cp == 0xFF05) {
            r.len += l;
            r.percent = 1;
            r.pct_sign = 1;
        }
    }
    return r;
}

gw_num gw_number_value(const char *s, size_t n) {
    size_t b = 0, e = n;
    gw_trim(s, &b, &e);
    gw_num none = {GW_NUM_NULL, 0, 0};
    if (b >= e) return none;
    gw_numeral r = gw_numeral_scan(s + b, e - b);
    if (!r.len || b + r.len != e) return none;
    return r.value;
}
