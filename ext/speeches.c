/*
 * speeches.c — gw_speeches(page): the speeches on a scraped web page (contract §3).
 *
 * How it works, in three passes over the page's lines:
 *
 *  1. Every line is trimmed and described by its features: how many characters,
 *     whether it holds a sentence end (。！？), clause punctuation, Han characters,
 *     whether it opens with a directive marker (一、 （一） 1. 第一，), and — for
 *     short lines only — whether it holds a cue word of a closed list
 *     (chrome_words.h): list headings that end an article (推荐阅读), paywall
 *     notices (阅读全文), site furniture (当前位置, 浏览次数, ICP, 下载). Lines
 *     without any Han character, breadcrumbs (a > b > c), page counters and lines
 *     that open with a date are chrome whatever their words.
 *  2. The page is cut into speeches at collection headings (【篇N】, 第N篇, 篇N);
 *     in each, the body starts at the first paragraph that is not chrome, an
 *     editor's lead-in, a teaser or a site-made outline, and ends at the last
 *     paragraph before a list heading or a truncation notice. The title is the
 *     nearest title line above the body that names a speech (讲话, 发言 …).
 *  3. The body is copied line by line, dropping chrome lines and cutting chrome
 *     out of paragraph lines (URLs, page counters, GB/T 9704 page numbers
 *     "— 2 —", bracketed notices, footer sentences), then its level is counted.
 *
 * No allocation per character; the line table and the bodies are the only
 * allocations. Nothing here is shared between calls.
 *
 * Speed: lines are cut with memchr; a line's features are read in one pass
 * that stops once nothing is left to learn; cue words, inline chrome and the
 * level's words are looked for only at characters whose low 12 bits pass a
 * bit filter, read from the bytes without decoding; positions are counted
 * from the last one asked for (gw_pos).
 */
#include "speeches.h"

#include "chrome_words.h"
#include "cues.h"
#include "fold.h"
#include "numeral.h"

#include <stdlib.h>
#include <string.h>

#define SHORT_LINE 64  /* characters: what "a short line" means for chrome */
#define TITLE_MAX  64  /* characters: the longest title line */
#define LONG_PARA  20  /* characters: a line this long with clause punctuation is a paragraph */
#define LEADIN_MAX 400 /* characters: the longest line that can be an editor's lead-in */
#define MAX_INPUT  0x7FFFFFFFu

/* Line features. */
enum {
    F_BLANK = 1u << 0,    /* nothing but spaces */
    F_SENT = 1u << 1,     /* holds a sentence end 。！？!? */
    F_COLON = 1u << 2,    /* ends with a colon (同志们：) */
    F_CLAUSE = 1u << 3,   /* holds clause punctuation ，、；： */
    F_HAN = 1u << 4,      /* holds a Han character */
    F_MARKER = 1u << 5,   /* opens with a directive marker */
    F_CHROME = 1u << 6,   /* site chrome wherever it stands */
    F_EDGE = 1u << 7,     /* chrome outside a body (a cue word, but a sentence too) */
    F_STOP = 1u << 8,     /* a list heading: the speech ends before it */
    F_NOTICE = 1u << 9,   /* a truncation notice */
    F_TITLE = 1u << 10,   /* could be a title line */
    F_NAMES = 1u << 11,   /* ... that names a speech */
    F_OUTLINE = 1u << 12, /* 目录 / 提纲 */
    F_ELLIPS = 1u << 13,  /* ends with ... or … */
    F_HEAD = 1u << 14,    /* a collection heading 【篇N】 */
};

typedef struct line {
    uint32_t b, e; /* the trimmed line */
    uint32_t tb;   /* where its title text starts (after 【篇N】 and decoration) */
    uint32_t te;   /* where its title text ends */
    uint32_t nch;  /* characters in [b, e) */
    uint32_t f;    /* F_* */
    int32_t head;  /* N of a collection heading */
} line;

typedef struct page {
    const char *s;  /* the page */
    size_t n;       /* its length */
    line *l;        /* its lines */
    size_t nl;      /* how many */
    gw_rows *out;   /* where rows go */
    gw_str date;    /* the page's date, YYYY-MM-DD, or NULL */
    gw_pos pos;     /* byte offsets → character positions */
    gw_lines lines; /* line ends */
    /* Filters on the low 12 bits of a code point (a character passes when its
     * bit is set; what passes is then checked exactly): */
    uint64_t trig[64];                       /* characters that may start inline chrome */
    uint64_t second[64];                     /* second characters of the inline cue words */
    gw_wordset kind, notice, chrome, leadin; /* the word lists searched in every line */
    gw_wordset decor, bracket;               /* title decoration, bracketed notices */
    gw_buf scratch;                          /* a line copied to see what is left of it */
    const gw_speech_hints *hints;            /* what an HTML page's markup says, or NULL */
    size_t hint_line;                        /* the line holding the hinted title, or SIZE_MAX */
} page;

/* ---- small text helpers ------------------------------------------------ */

static int is_ascii_alnum(uint32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The length of the longest word of list w at s[i..e), or 0. */
static size_t word_len(gw_words w, const char *s, size_t i, size_t e) {
    size_t l = 0;
    return gw_words_at(&w, s, i, e, &l) >= 0 ? l : 0;
}

/* ASCII case-insensitive comparison of n bytes. */
static int strncasecmp_c(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y) return x - y;
    }
    return 0;
}

/* A whole date at s[i..e) in Arabic digits, its year 1900 … 2099
 * (2020-12-28, 2020年12月28日): its end, or 0. */
static size_t full_date_at(const char *s, size_t i, size_t e, gw_date *d) {
    size_t j = gw_date_at(s, i, e, d);
    if (!j || d->chinese || d->redacted || d->y < 1900 || d->y > 2099 || d->m < 1 || d->d < 1)
        return 0;
    return j;
}

/* ---- line features ------------------------------------------------------ */

/* Does s[b..e) open with a directive marker (cues.c): 一、 （一） 1. 第一， ① 一是 ——? */
static int starts_marker(const char *s, size_t b, size_t e) {
    gw_marker m;
    return gw_marker_at(s, e, b, GW_AT_LINE, &m);
}

/* Skips bullets and opening brackets that may stand before a list heading. */
static size_t skip_bullets(const char *s, size_t i, size_t e) {
    while (i < e) {
        size_t l;
        uint32_t c = gw_cp_at(s, i, e, &l);
        if (!(gw_is_space(c) || c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25A0 ||
              c == 0x25A1 || c == 0x25C6 || c == 0x2605 || c == 0x2606 || c == '>' || c == 0x3010 ||
              c == '[' || c == '*' || c == '-'))
            break;
        i += l;
    }
    return i;
}

/* Counter-only text: digits, spaces, / 第 页 共 頁 - — (a page counter "1 / 8"). */
static int counter_only(const char *s, size_t b, size_t e) {
    int digits = 0;
    for (size_t i = b; i < e;) {
        size_t l;
        uint32_t c = gw_cp_at(s, i, e, &l);
        if ((gw_ascii_digit(c) >= 0))
            digits = 1;
        else if (!(gw_is_space(c) || c == '/' || c == 0x7B2C || c == 0x9875 || c == 0x9801 ||
                   c == 0x5171 || c == '-' || c == 0x2014 || c == 0xFF0F || c == ',' ||
                   c == 0xFF0C))
            return 0;
        i += l;
    }
    return digits;
}

/* A file size 12KB, 1.2 MB, or a view count 2.63W / 3.5万 next to digits. */
static int has_size(const char *s, size_t b, size_t e) {
    for (size_t i = b; i < e; i++) {
        if (!(s[i] >= '0' && s[i] <= '9')) continue;
        size_t j = i;
        while (j < e && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.'))
            j++;
        size_t k = j;
        while (k < e && s[k] == ' ')
            k++;
        if (k + 1 < e && (s[k] == 'K' || s[k] == 'M' || s[k] == 'G' || s[k] == 'k') &&
            (s[k + 1] == 'B' || s[k + 1] == 'b') &&
            (k + 2 >= e || !is_ascii_alnum((unsigned char)s[k + 2])))
            return 1;
        if (k < e && (s[k] == 'W' || s[k] == 'w') && k > j - 1 && memchr(s + i, '.', j - i) &&
            (k + 1 >= e || !is_ascii_alnum((unsigned char)s[k + 1])))
            return 1;
        i = j;
    }
    return 0;
}

/* Does the line open with a date (after an optional bracket): 2020-12-28 18, （2023年5月4日）? */
static int date_led(const char *s, size_t b, size_t e) {
    size_t l;
    uint32_t c = gw_cp_at(s, b, e, &l);
    if (c == '(' || c == 0xFF08 || c == 0x3010 || c == '[') b += l;
    gw_date d;
    return full_date_at(s, b, e, &d) > 0;
}

/* Strips site decoration from the title text [*b, *e): 【篇N】 and short
 * bracketed labels before, 范文 (通用9篇) 【优秀范文】 集合3篇 after. */
static void strip_decoration(const gw_wordset *decor_set, const char *s, size_t *b, size_t *e) {
    size_t l;
    /* a leading short 【label】 */
    if (*b < *e && (gw_cp_at(s, *b, *e, &l) == 0x3010 || s[*b] == '[')) {
        size_t i = *b + l, nch = 0;
        while (i < *e && nch <= 8) {
            size_t l2;
            uint32_t c = gw_cp_at(s, i, *e, &l2);
            i += l2;
            nch++;
            if (c == 0x3011 || c == ']') {
                if (gw_skip_spaces(s, i, *e) < *e) *b = gw_skip_spaces(s, i, *e);
                break;
            }
        }
    }
    /* leading dashes of a subtitle: ——在…上的讲话 */
    while (*b < *e && gw_cp_at(s, *b, *e, &l) == 0x2014)
        *b += l;
    for (int round = 0; round < 6 && *b < *e; round++) {
        size_t e0 = *e;
        uint32_t c;
        size_t pl = gw_utf8_prev(s, *e, &c);
        if (c == 0x3011 || c == ']' || c == ')' || c == 0xFF09) {
            /* a bracket at the end: decoration when short and holding a decor word, 篇 or 全文 */
            size_t i = *e - pl, nch = 0;
            while (i > *b && nch < 14) {
                uint32_t o;
                size_t ol = gw_utf8_prev(s, i, &o);
                i -= ol;
                nch++;
                if (o == 0x3010 || o == '[' || o == '(' || o == 0xFF08) {
                    size_t cb = i + ol, ce = *e - pl;
                    size_t dl;
                    int decor = gw_wordset_find(decor_set, s, cb, ce, &dl) < ce;
                    for (size_t k = cb; !decor && k < ce; k++)
                        decor = k + 3 <= ce && memcmp(s + k, "\xE7\xAF\x87", 3) == 0; /* 篇 */
                    if (decor && i > *b) *e = gw_back_spaces(s, *b, i);
                    break;
                }
            }
        } else {
            /* N篇 at the end */
            if (*e - *b > 3 && memcmp(s + *e - 3, "\xE7\xAF\x87", 3) == 0) {
                size_t i = *e - 3, j = i;
                while (j > *b) {
                    uint32_t o;
                    size_t ol = gw_utf8_prev(s, j, &o);
                    if (!gw_is_ordinal_char(o) && gw_ascii_digit(o) < 0) break;
                    j -= ol;
                }
                if (j < i && j > *b) *e = gw_back_spaces(s, *b, j);
            }
            /* a decoration word at the end */
            for (size_t k = 0; k < sizeof(gw_title_decor) / sizeof(gw_title_decor[0]); k++) {
                size_t wl = strlen(gw_title_decor[k]);
                if (*e - *b > wl + 3 && memcmp(s + *e - wl, gw_title_decor[k], wl) == 0) {
                    *e = gw_back_spaces(s, *b, *e - wl);
                    break;
                }
            }
        }
        if (*e == e0) break;
    }
}

static int copy_line(page *p, const line *L, gw_buf *o, int *trunc);

/* A short line holding a notice word is a notice line unless the notice can
 * be cut out of it leaving speech text (……阅读全文>>, (未完…)); a line with a
 * sentence end and nothing to cut is speech (请大家认真阅读全文。). */
static int notice_line(page *p, const line *L, uint32_t f) {
    int cut = 0;
    p->scratch.n = 0;
    int left = copy_line(p, L, &p->scratch, &cut);
    if (cut) return !left;
    return !(f & F_SENT);
}

static void classify(page *p, line *L) {
    const char *s = p->s;
    size_t b = L->b, e = L->e;
    uint32_t f = 0, nch = 0;
    if (b == e) {
        L->f = F_BLANK;
        return;
    }
    for (size_t i = b; i < e;) {
        unsigned char c = (unsigned char)s[i];
        size_t next = i + 1;
        if ((c & 0xC0) != 0x80) nch++;
        if (c < 0x80) {
            if (c == '!' || c == '?')
                f |= F_SENT;
            else if (c == ',' || c == ';' || c == ':')
                f |= F_CLAUSE;
        } else if (c >= 0xE4 && c <= 0xE9) {
            f |= F_HAN;
        } else if (c == 0xE3 && i + 2 < e && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            if (d == 0x82)
                f |= F_SENT; /* 。 */
            else if (d == 0x81)
                f |= F_CLAUSE; /* 、 */
            else if (d == 0x87)
                f |= F_HAN; /* 〇 */
        } else if (c == 0xEF && i + 2 < e && (unsigned char)s[i + 1] == 0xBC) {
            unsigned char d = (unsigned char)s[i + 2];
            if (d == 0x81 || d == 0x9F)
                f |= F_SENT; /* ！ ？ */
            else if (d == 0x8C || d == 0x9B || d == 0x9A)
                f |= F_CLAUSE; /* ，；： */
        } else if (c == 0xF0) {
            f |= F_HAN; /* supplementary ideographs */
        }
        if (c >= 0xE0 && c < 0xF0 && e - next >= 2 && ((unsigned char)s[next] & 0xC0) == 0x80 &&
            ((unsigned char)s[next + 1] & 0xC0) == 0x80)
            next += 2;        /* the common case, a whole three-byte character */
        else if (c >= 0xC0) { /* step over the character's continuation bytes */
            for (size_t k = c < 0xE0   ? 1
                            : c < 0xF0 ? 2
                                       : 3;
                 k && next < e && ((unsigned char)s[next] & 0xC0) == 0x80; k--)
                next++;
        }
        i = next;
        if ((f & (F_HAN | F_SENT | F_CLAUSE)) == (F_HAN | F_SENT | F_CLAUSE)) {
            nch += (uint32_t)gw_char_count(s + i, e - i); /* nothing else to learn */
            break;
        }
    }
    uint32_t last;
    gw_utf8_prev(s, e, &last);
    if (gw_is_colon(last)) f |= F_COLON;
    if (last == 0x2026 || (e - b >= 3 && memcmp(s + e - 3, "...", 3) == 0)) f |= F_ELLIPS;
    L->nch = nch;
    if (starts_marker(s, b, e)) f |= F_MARKER;
    if (!(f & F_HAN)) {
        L->f = f | F_CHROME;
        return;
    }
    size_t rest;
    int n;
    if (gw_collection_heading(s, b, e, &n, &rest)) {
        L->head = n;
        f |= F_HEAD;
        if (rest < e) {
            size_t tb = rest, te = e;
            strip_decoration(&p->decor, s, &tb, &te);
            L->tb = (uint32_t)tb;
            L->te = (uint32_t)te;
            f |= F_TITLE;
            if (gw_wordset_find(&p->kind, s, tb, te, NULL) < te) f |= F_NAMES;
        }
        L->f = f;
        return;
    }
    /* a subtitle ——在…上的讲话 is a title, not a dash directive */
    int names = nch <= TITLE_MAX && gw_wordset_find(&p->kind, s, b, e, NULL) < e;
    if ((f & F_MARKER) && names && !(f & F_SENT) && last != 0xFF1A && s[b] != '(' &&
        (unsigned char)s[b] == 0xE2)
        f &= ~(uint32_t)F_MARKER;
    if (nch <= SHORT_LINE && !(f & F_MARKER)) {
        size_t i = skip_bullets(s, b, e);
        if (!(f & F_SENT) && i < e && word_len(GW_WORDS(gw_stop_words), s, i, e)) f |= F_STOP;
        if (gw_wordset_find(&p->notice, s, b, e, NULL) < e && notice_line(p, L, f)) f |= F_NOTICE;
        if (gw_wordset_find(&p->chrome, s, b, e, NULL) < e) f |= (f & F_SENT) ? F_EDGE : F_CHROME;
        if (!(f & F_SENT) && (date_led(s, b, e) || counter_only(s, b, e) || has_size(s, b, e)))
            f |= F_CHROME;
        size_t ob = b, oe = e;
        while (oe > ob) { /* 目录： */
            uint32_t c;
            size_t l = gw_utf8_prev(s, oe, &c);
            if (!gw_is_colon(c) && !gw_is_space(c)) break;
            oe -= l;
        }
        gw_words outline = GW_WORDS(gw_outline_words);
        if (gw_words_index(&outline, s + ob, oe - ob) >= 0) f |= F_OUTLINE;
    }
    /* breadcrumbs: two or more > » › → */
    if (!(f & F_SENT) && nch <= 4 * SHORT_LINE) {
        int arrows = 0, run = 0;
        for (size_t i = b; i < e; i++) {
            unsigned char c = (unsigned char)s[i];
            int arrow = 0;
            if (c == '>')
                arrow = 1;
            else if (c == 0xC2 && i + 1 < e && (unsigned char)s[i + 1] == 0xBB)
                arrow = 1; /* » */
            else if (c == 0xE2 && i + 2 < e &&
                     (((unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xBA) ||
                      ((unsigned char)s[i + 1] == 0x86 && (unsigned char)s[i + 2] == 0x92)))
                arrow = 1; /* › → */
            else if (c == 0xEF && i + 2 < e && (unsigned char)s[i + 1] == 0xBC &&
                     (unsigned char)s[i + 2] == 0x9E)
                arrow = 1; /* ＞ */
            if (arrow) {   /* >> is one arrow: a > b > c has two */
                arrows += !run;
                run = 1;
            } else if ((c & 0xC0) != 0x80 && c != ' ') {
                run = 0;
            }
        }
        if (arrows >= 2) f |= F_CHROME;
    }
    if (!(f & (F_SENT | F_CHROME | F_EDGE | F_STOP | F_NOTICE | F_MARKER | F_OUTLINE)) &&
        last != 0xFF1A && last != ':' && nch <= TITLE_MAX) {
        size_t tb = b, te = e;
        strip_decoration(&p->decor, s, &tb, &te);
        if (te > tb) {
            L->tb = (uint32_t)tb;
            L->te = (uint32_t)te;
            f |= F_TITLE;
            if (names) f |= F_NAMES;
        }
    }
    L->f = f;
}

static int is_para(const line *L) {
    uint32_t f = L->f;
    if (f & (F_BLANK | F_CHROME | F_EDGE | F_STOP | F_NOTICE | F_HEAD | F_OUTLINE)) return 0;
    if (!(f & F_HAN)) return 0;
    return (f & (F_SENT | F_COLON | F_MARKER)) || ((f & F_CLAUSE) && L->nch >= LONG_PARA) ||
           L->nch > TITLE_MAX;
}

/* ---- where a speech starts and ends ------------------------------------- */

/* The next line after i in [i+1, hi) that is not blank or chrome, or hi. */
static size_t next_content(const page *p, size_t i, size_t hi) {
    for (size_t j = i + 1; j < hi; j++)
        if (!(p->l[j].f & (F_BLANK | F_CHROME | F_EDGE | F_NOTICE))) return j;
    return hi;
}

static size_t next_para(const page *p, size_t i, size_t hi) {
    for (size_t j = i + 1; j < hi; j++) {
        if (p->l[j].f & F_STOP) return hi;
        if (is_para(&p->l[j])) return j;
    }
    return hi;
}

/* An editor's lead-in (下面是小编为大家整理的……供大家参考。) or a news line
 * announcing the text (现刊载全文如下：). When speech text follows it on the
 * same line, the line is moved to start there and 0 is returned. */
static int leadin(page *p, line *L) {
    const char *s = p->s;
    size_t wl, at = gw_wordset_find(&p->leadin, s, L->b, L->e, &wl);
    if (at >= L->e) return 0;
    size_t i = at + wl;
    while (i < L->e) {
        size_t l;
        uint32_t c = gw_cp_at(s, i, L->e, &l);
        i += l;
        if (gw_is_sentence_end(c) || gw_is_colon(c)) {
            while (i < L->e && gw_is_close_quote(gw_cp_at(s, i, L->e, &l)))
                i += l;
            break;
        }
    }
    i = gw_skip_spaces(s, i, L->e);
    for (size_t k = i; k < L->e; k++)
        if ((unsigned char)s[k] >= 0xE4 && (unsigned char)s[k] <= 0xE9) {
            /* speech text follows: keep it as this line */
            L->b = (uint32_t)i;
            return 0;
        }
    return 1;
}

/* A teaser: a paragraph before the title or the body that previews it — it
 * breaks off with ... / …, or a title line naming a speech follows it, or it
 * is the opening of the next paragraph. */
static int teaser(const page *p, size_t i, size_t hi) {
    const line *L = &p->l[i];
    size_t k = next_para(p, i, hi);
    if (k >= hi) return 0; /* nothing else to be the body */
    if (L->f & F_ELLIPS) return 1;
    size_t j = next_content(p, i, hi);
    if (j < k && (p->l[j].f & F_NAMES)) return 1;
    size_t a = L->e - L->b, c = p->l[k].e - p->l[k].b;
    if (j == k && a < c && memcmp(p->s + L->b, p->s + p->l[k].b, a) == 0) return 1;
    return 0;
}

static size_t body_start(page *p, size_t from, size_t hi) {
    int outline = 0;
    size_t first = 0;
    for (size_t i = from; i < hi; i++) {
        line *L = &p->l[i];
        uint32_t f = L->f;
        if (f & F_STOP) break; /* what follows a list heading is chrome */
        if (f & (F_BLANK | F_NOTICE | F_CHROME | F_EDGE | F_HEAD)) continue;
        if (f & F_OUTLINE) {
            outline = 1;
            first = SIZE_MAX;
            continue;
        }
        if (outline) {
            if (first == SIZE_MAX) {
                first = i;
                continue;
            }
            const line *F = &p->l[first];
            int same =
                L->e - L->b == F->e - F->b && memcmp(p->s + L->b, p->s + F->b, L->e - L->b) == 0;
            if (!same && !((f & F_SENT) && !(f & F_MARKER))) continue;
            outline = 0;
        }
        if (!is_para(L)) continue;
        if (!(f & F_MARKER) && (f & (F_SENT | F_COLON | F_CLAUSE)) && L->nch <= LEADIN_MAX &&
            leadin(p, L))
            continue;
        if (teaser(p, i, hi)) continue;
        return i;
    }
    return hi;
}

/* ---- the body: lines copied, chrome cut out ------------------------------ */

/* Characters that may start inline chrome, besides the first characters of
 * the inline cue words. */
static const uint32_t inline_triggers[] = {
    0x3002, 0xFF01, 0xFF1F,         /* 。！？ sentence ends */
    0x2014, 0x2013, 0x2500, 0xFF0D, /* — – ─ － page numbers */
    0x7B2C,                         /* 第 page counters */
    0xFF08, 0x3010,                 /* （ 【 bracketed notices */
    0x7701,                         /* 省 省略N字 */
};

static void words_bits(page *p, gw_words w) {
    for (size_t k = 0; k < w.n; k++) {
        const char *t = gw_words_word(&w, k);
        size_t l, n = strlen(t);
        gw_bits_add(p->trig, gw_cp_at(t, 0, n, &l));
        if (l < n) {
            size_t l2;
            gw_bits_add(p->second, gw_cp_at(t, l, n, &l2));
        }
    }
}

static void trig_init(page *p) {
    memset(p->trig, 0, sizeof p->trig);
    memset(p->second, 0, sizeof p->second);
    gw_wordset_init(&p->kind, GW_WORDS(gw_kind_words));
    gw_wordset_init(&p->notice, GW_WORDS(gw_notice_words));
    gw_wordset_init(&p->chrome, GW_WORDS(gw_chrome_words));
    gw_wordset_init(&p->leadin, GW_WORDS(gw_leadin_words));
    gw_wordset_init(&p->decor, GW_WORDS(gw_title_decor));
    gw_wordset_init(&p->bracket, GW_WORDS(gw_bracket_notice_words));
    for (size_t k = 0; k < sizeof inline_triggers / sizeof inline_triggers[0]; k++)
        gw_bits_add(p->trig, inline_triggers[k]);
    words_bits(p, GW_WORDS(gw_inline_words));
    words_bits(p, GW_WORDS(gw_trailing_notice_words));
}

static int url_char(unsigned char c) {
    return is_ascii_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == ':' ||
           c == '/' || c == '?' || c == '#' || c == '@' || c == '&' || c == '=' || c == '%' ||
           c == '+';
}

static const char *const tlds[] = {"biz",  "cc", "cn",  "com", "edu", "gov",
                                   "info", "io", "net", "org", "top", "xyz"};

/* A URL or a bare domain around s[i] ('h', 'w' or '.'): [*cs, *ce). */
static int url_at(const char *s, size_t b, size_t i, size_t e, size_t *cs, size_t *ce) {
    size_t start;
    unsigned char c = (unsigned char)s[i];
    if (c == 'h' || c == 'H') {
        if (!(gw_word_at(s, i, e, "http://") || gw_word_at(s, i, e, "https://") ||
              gw_word_at(s, i, e, "HTTP://") || gw_word_at(s, i, e, "HTTPS://")))
            return 0;
        start = i;
    } else if (c == 'w' || c == 'W') {
        if (!(gw_word_at(s, i, e, "www.") || gw_word_at(s, i, e, "WWW."))) return 0;
        if (i > b && is_ascii_alnum((unsigned char)s[i - 1])) return 0;
        start = i;
    } else { /* '.' then a top-level domain */
        if (i == b || !is_ascii_alnum((unsigned char)s[i - 1])) return 0;
        size_t k = i + 1;
        while (k < e && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
            k++;
        if (k < e && (s[k] >= '0' && s[k] <= '9')) return 0;
        int tld = 0;
        for (size_t t = 0; t < sizeof tlds / sizeof tlds[0]; t++)
            if (k - i - 1 == strlen(tlds[t]) && strncasecmp_c(s + i + 1, tlds[t], k - i - 1) == 0)
                tld = 1;
        if (!tld) return 0;
        start = i;
        while (start > b && (is_ascii_alnum((unsigned char)s[start - 1]) || s[start - 1] == '.' ||
                             s[start - 1] == '-'))
            start--;
        /* a domain needs a letter: 1.3亿 is not one */
        int letter = 0;
        for (size_t q = start; q < i; q++)
            letter |= (s[q] >= 'a' && s[q] <= 'z') || (s[q] >= 'A' && s[q] <= 'Z');
        if (!letter) return 0;
    }
    size_t end = i;
    while (end < e && url_char((unsigned char)s[end]))
        end++;
    while (end > i && (s[end - 1] == '.' || s[end - 1] == ':' || s[end - 1] == '?'))
        end--;
    *cs = start;
    *ce = end;
    return 1;
}

/* The dashes a printed page number stands between: - — – ─ －. */
static int is_page_dash(uint32_t c) {
    return c == '-' || c == 0x2014 || c == 0x2013 || c == 0x2500 || c == 0xFF0D;
}

/* A page number of a printed document: — 2 —, - 2 -, －2－ at s[i]. */
static int footer_at(const char *s, size_t b, size_t i, size_t e, size_t *ce) {
    if (i > b) {
        uint32_t o;
        gw_utf8_prev(s, i, &o);
        if (is_ascii_alnum(o) || is_page_dash(o)) return 0;
    }
    size_t j = i, l;
    while (j < e && is_page_dash(gw_cp_at(s, j, e, &l)))
        j += l;
    j = gw_skip_spaces(s, j, e);
    size_t d = j;
    while (j < e && j - d < 4 && s[j] >= '0' && s[j] <= '9')
        j++;
    if (j == d || (j < e && s[j] >= '0' && s[j] <= '9')) return 0;
    j = gw_skip_spaces(s, j, e);
    size_t k = j;
    while (j < e && is_page_dash(gw_cp_at(s, j, e, &l)))
        j += l;
    if (j == k) return 0;
    if (j < e && gw_ascii_digit(gw_cp_at(s, j, e, &l)) >= 0) return 0;
    *ce = j;
    return 1;
}

/* 第 N 页 共 M 页, 第N页/共M页 at s[i] (第). */
static int counter_at(const char *s, size_t i, size_t e, size_t *ce) {
    size_t l, j = i + 3;
    int part;
    for (part = 0; part < 2; part++) {
        if (part) {
            j = gw_skip_spaces(s, j, e);
            if (j < e) {
                uint32_t c = gw_cp_at(s, j, e, &l);
                if (c == '/' || c == 0xFF0F || c == ',' || c == 0xFF0C) j += l;
            }
            j = gw_skip_spaces(s, j, e);
            if (j >= e || gw_cp_at(s, j, e, &l) != 0x5171 /* 共 */) return 0;
            j += l;
        }
        j = gw_skip_spaces(s, j, e);
        size_t d = j;
        while (j < e && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j == d) return 0;
        j = gw_skip_spaces(s, j, e);
        if (j >= e) return 0;
        uint32_t c = gw_cp_at(s, j, e, &l);
        if (c != 0x9875 && c != 0x9801) return 0; /* 页 頁 */
        j += l;
    }
    *ce = j;
    return 1;
}

/* N / M with spaces around the slash, at s[i] ('/'). */
static int slash_counter_at(const char *s, size_t b, size_t i, size_t e, size_t *cs, size_t *ce) {
    if (i == b || i + 1 >= e || s[i - 1] != ' ' || s[i + 1] != ' ') return 0;
    size_t a = i - 1;
    while (a > b && s[a - 1] == ' ')
        a--;
    size_t d = a;
    while (d > b && s[d - 1] >= '0' && s[d - 1] <= '9')
        d--;
    if (d == a || (d > b && (is_ascii_alnum((unsigned char)s[d - 1]) || s[d - 1] == '.'))) return 0;
    size_t j = i + 1;
    while (j < e && s[j] == ' ')
        j++;
    size_t k = j;
    while (k < e && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k == j || (k < e && (is_ascii_alnum((unsigned char)s[k]) || s[k] == '.'))) return 0;
    *cs = d;
    *ce = k;
    return 1;
}

/* A bracket holding a truncation notice: (未完,全文共N字,当前显示M字). */
static int bracket_notice_at(const gw_wordset *notices, const char *s, size_t i, size_t e,
                             size_t *ce) {
    size_t l, j = i;
    gw_cp_at(s, j, e, &l);
    j += l;
    size_t cb = j;
    for (int nch = 0; j < e && nch < 48; nch++) {
        uint32_t c = gw_cp_at(s, j, e, &l);
        if (c == ')' || c == 0xFF09 || c == 0x3011 || c == ']') {
            if (gw_wordset_find(notices, s, cb, j, NULL) >= j) return 0;
            *ce = j + l;
            return 1;
        }
        if (c == '(' || c == 0xFF08 || c == 0x3010 || c == '[') return 0;
        j += l;
    }
    return 0;
}

/* 省略N字, 此处省略N字 at s[i] (省). */
static int omitted_at(const char *s, size_t b, size_t i, size_t e, size_t *cs, size_t *ce) {
    if (!gw_word_at(s, i, e, "省略")) return 0;
    size_t j = gw_skip_spaces(s, i + 6, e);
    size_t k = gw_numeral_scan(s + j, e - j).len;
    if (!k) return 0;
    j = gw_skip_spaces(s, j + k, e);
    if (!gw_word_at(s, j, e, "字")) return 0;
    *ce = j + 3;
    *cs = i;
    size_t wb;
    gw_words lead = GW_WORDS(gw_omitted_lead);
    if (gw_words_ending(&lead, s, b, *cs, 2, &wb) >= 0) *cs = wb;
    return 1;
}

/* Appends piece s[a..z) to the body (the caller trims the spaces at a cut). */
static void put(gw_buf *o, const char *s, size_t a, size_t z) {
    if (z > a) gw_buf_add(o, s + a, z - a);
}

/* Copies line L into o with inline chrome cut out; sets *trunc on a notice.
 * Returns 1 when something with a Han character was written. */
static int copy_line(page *p, const line *L, gw_buf *o, int *trunc) {
    const char *s = p->s;
    size_t b = L->b, e = L->e, start = o->n;
    size_t copied = b, sent = b, i = b;
    while (i < e) {
        unsigned char c = (unsigned char)s[i];
        size_t len = 1, cs = 0, ce = 0;
        int hit = 0;
        if (c < 0x80) {
            switch (c) {
            case 'h':
            case 'H':
            case 'w':
            case 'W':
            case '.':
                hit = url_at(s, b, i, e, &cs, &ce);
                break;
            case '-':
                hit = footer_at(s, b, i, e, &ce);
                cs = i;
                break;
            case '/':
                hit = slash_counter_at(s, b, i, e, &cs, &ce);
                break;
            case '(':
            case '[':
                hit = bracket_notice_at(&p->bracket, s, i, e, &ce);
                cs = i;
                if (hit) *trunc = 1;
                break;
            case 'I':
                if (gw_word_at(s, i, e, "ICP")) { /* 鲁ICP备2024069028号-1 */
                    cs = i;
                    if (i > b) {
                        uint32_t o2;
                        size_t pl = gw_utf8_prev(s, i, &o2);
                        if (gw_is_han(o2)) cs = i - pl;
                    }
                    ce = i + 3;
                    while (ce < e) {
                        size_t l2;
                        uint32_t c2 = gw_cp_at(s, ce, e, &l2);
                        if (!((gw_ascii_digit(c2) >= 0) || c2 == '-' || c2 == ' ' ||
                              gw_cpset_has(GW_CPSET(gw_icp_chars), c2)))
                            break;
                        ce += l2;
                    }
                    hit = 1;
                }
                break;
            case '!':
            case '?':
                sent = i + 1;
                break;
            default:
                break;
            }
        } else {
            /* three-byte characters that trigger nothing (their low 12 bits
             * tell, without decoding them) are passed over in one run */
            size_t j = i;
            while (e - j >= 3 && (unsigned char)s[j] >= 0xE0 && (unsigned char)s[j] < 0xF0 &&
                   !gw_bits_has(p->trig, ((uint32_t)((unsigned char)s[j + 1] & 63) << 6) |
                                             ((unsigned char)s[j + 2] & 63)))
                j += 3;
            if (j > i) {
                i = j;
                continue;
            }
            uint32_t cp = gw_cp_at(s, i, e, &len);
            if (gw_bits_has(p->trig, cp)) {
                if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F) {
                    sent = i + len;
                } else if (is_page_dash(cp)) {
                    hit = footer_at(s, b, i, e, &ce);
                    cs = i;
                } else if (cp == 0x7B2C) {
                    hit = counter_at(s, i, e, &ce);
                    cs = i;
                } else if (cp == 0xFF08 || cp == 0x3010) {
                    hit = bracket_notice_at(&p->bracket, s, i, e, &ce);
                    cs = i;
                    if (hit) *trunc = 1;
                } else if (cp == 0x7701 && omitted_at(s, b, i, e, &cs, &ce)) {
                    hit = 1;
                    *trunc = 1;
                }
                size_t wl = 0, l2;
                int word =
                    !hit && i + len < e && gw_bits_has(p->second, gw_cp_at(s, i + len, e, &l2));
                if (word && (wl = word_len(GW_WORDS(gw_trailing_notice_words), s, i, e))) {
                    /* ……阅读全文>> with no Han character after it */
                    size_t k = i + wl;
                    int han = 0;
                    for (; k < e && !han; k++)
                        han = ((unsigned char)s[k] >= 0xE4 && (unsigned char)s[k] <= 0xE9) ||
                              s[k] == '!' || s[k] == '?' ||
                              ((unsigned char)s[k] == 0xE3 && k + 2 < e &&
                               (unsigned char)s[k + 1] == 0x80 && (unsigned char)s[k + 2] == 0x82);
                    if (!han) {
                        cs = i;
                        while (cs > b) {
                            uint32_t o2;
                            size_t pl = gw_utf8_prev(s, cs, &o2);
                            if (!(o2 == '.' || o2 == 0x2026 || gw_is_space(o2) || o2 == '>' ||
                                  o2 == 0x3002))
                                break;
                            cs -= pl;
                        }
                        size_t wb;
                        gw_words click = GW_WORDS(gw_click_words);
                        if (gw_words_ending(&click, s, b, cs, 2, &wb) >= 0) cs = wb;
                        if (cs < sent) cs = sent > copied ? sent : copied;
                        ce = e;
                        hit = 1;
                        *trunc = 1;
                    }
                }
                if (word && !hit && word_len(GW_WORDS(gw_inline_words), s, i, e)) {
                    /* a footer sentence: from the sentence start to its end */
                    cs = sent;
                    ce = i;
                    while (ce < e) {
                        size_t l2;
                        uint32_t c2 = gw_cp_at(s, ce, e, &l2);
                        ce += l2;
                        if (gw_is_sentence_end(c2)) break;
                    }
                    hit = 1;
                }
            }
        }
        if (hit && ce > i) {
            if (cs < copied) cs = copied;
            /* a cut wrapped in brackets takes them along: （www.x.com） */
            if (cs > b && ce < e) {
                uint32_t o1, o2;
                size_t l1 = gw_utf8_prev(s, cs, &o1), l2;
                o2 = gw_cp_at(s, ce, e, &l2);
                if ((o1 == '(' || o1 == 0xFF08 || o1 == 0x3010 || o1 == '[') &&
                    (o2 == ')' || o2 == 0xFF09 || o2 == 0x3011 || o2 == ']') && cs - l1 >= copied) {
                    cs -= l1;
                    ce += l2;
                }
            }
            put(o, s, copied, gw_back_spaces(s, copied, cs));
            copied = gw_skip_spaces(s, ce, e);
            if (sent < ce) sent = copied;
            i = copied;
            continue;
        }
        i += len;
    }
    put(o, s, copied, e);
    for (size_t k = start; k < o->n; k++)
        if ((unsigned char)o->p[k] >= 0xE4 && (unsigned char)o->p[k] <= 0xE9) return 1;
    o->n = start; /* nothing of the speech was left */
    if (o->p) o->p[start] = 0;
    return 0;
}

/* ---- level ---------------------------------------------------------------- */

/* 省 市 县 区 州 旗 as indexes; 自治区 counts as 省. Simplified and traditional. */
static int level_of(uint32_t c) {
    switch (c) {
    case 0x7701:
        return 0; /* 省 */
    case 0x5E02:
        return 1; /* 市 */
    case 0x5DDE:
        return 2; /* 州 */
    case 0x53BF:
    case 0x7E23:
        return 3; /* 县 縣 */
    case 0x533A:
    case 0x5340:
        return 4; /* 区 區 */
    case 0x65D7:
        return 5; /* 旗 */
    default:
        return -1;
    }
}

static const char *const level_names[] = {"省", "市", "州", "县", "区", "旗"};
static const int level_rank[] = {0, 1, 1, 2, 2, 2}; /* larger is more local */

/* Words that follow 委 / 政府 forms: X委, X政府, X人民政府. */
static size_t gov_after(const char *s, size_t j, size_t e) {
    size_t l;
    if (j >= e) return 0;
    uint32_t c = gw_cp_at(s, j, e, &l);
    if (c == 0x59D4) return 1; /* 委 */
    if (gw_word_at(s, j, e, "政府")) return 1;
    if (gw_word_at(s, j, e, "人民政府")) return 1;
    return 0;
}

/* Characters before 区/市/省 that make them another word: 社区委员会, 城市政府, 节省. */
static int not_level(int lv, uint32_t before) {
    if (lv == 4) return gw_cpset_has(GW_CPSET(gw_not_district_before), before);
    if (lv == 1) return gw_cpset_has(GW_CPSET(gw_not_city_before), before);
    if (lv == 0) return gw_cpset_has(GW_CPSET(gw_not_province_before), before);
    return 0;
}

static int zizhiqu_at(const char *s, size_t j, size_t e) {
    return gw_word_at(s, j, e, "自治区") ? 9 : gw_word_at(s, j, e, "自治區") ? 9 : 0;
}

/* A filter on the low 6 bits of 全 我 自 省 市 州 县 縣 区 區 旗. */
#define LB(c) ((uint64_t)1 << ((c)&63))
#define LEVEL_MASK                                                                                 \
    (LB(0x5168) | LB(0x6211) | LB(0x81EA) | LB(0x7701) | LB(0x5E02) | LB(0x5DDE) | LB(0x53BF) |    \
     LB(0x7E23) | LB(0x533A) | LB(0x5340) | LB(0x65D7))

/* The same filter on the next 6 bits (cp >> 6): a three-byte character
 * outside both is none of them, seen without decoding it. */
#define LB6(c) ((uint64_t)1 << (((c) >> 6) & 63))
#define LEVEL_MASK6                                                                                \
    (LB6(0x5168) | LB6(0x6211) | LB6(0x81EA) | LB6(0x7701) | LB6(0x5E02) | LB6(0x5DDE) |           \
     LB6(0x53BF) | LB6(0x7E23) | LB6(0x533A) | LB6(0x5340) | LB6(0x65D7))

static gw_str level(const char *s, size_t n) {
    int count[6] = {0, 0, 0, 0, 0, 0}, first[6] = {0, 0, 0, 0, 0, 0}, seen = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c0 = (unsigned char)s[i];
        if (c0 < 0x80) {
            i++;
            continue;
        }
        size_t j = i;
        while (n - j >= 3 && (unsigned char)s[j] >= 0xE0 && (unsigned char)s[j] < 0xF0 &&
               !((LEVEL_MASK >> ((unsigned char)s[j + 2] & 63)) &
                 (LEVEL_MASK6 >> ((unsigned char)s[j + 1] & 63)) & 1)) /* one branch */
            j += 3;
        if (j > i) {
            i = j;
            continue;
        }
        size_t l;
        uint32_t c = gw_cp_at(s, i, n, &l);
        int lv = -1;
        size_t adv = l;
        if (!((LEVEL_MASK >> (c & 63)) & 1)) {
            i += l;
            continue;
        }
        if (c == 0x5168 || c == 0x6211) { /* 全X 我X */
            size_t j = i + l, l2;
            if (zizhiqu_at(s, j, n)) {
                lv = 0;
                adv = l + 9;
            } else if (j < n) {
                int x = level_of(gw_cp_at(s, j, n, &l2));
                if (x >= 0) {
                    size_t l3;
                    uint32_t after = j + l2 < n ? gw_cp_at(s, j + l2, n, &l3) : 0;
                    /* 全区域 全市场 全区间: not a level */
                    if (after != 0x57DF && after != 0x573A && after != 0x5834 && after != 0x95F4 &&
                        after != 0x9593)
                        lv = x;
                    adv = j + l2 - i;
                }
            }
        } else if (c == 0x81EA && zizhiqu_at(s, i, n)) { /* 自治区委 自治区政府 */
            if (gov_after(s, i + 9, n)) lv = 0;
            adv = 9;
        } else {
            int x = level_of(c);
            /* the character before (none of the lists of not_level holds a
             * character a step above can have skipped: 全 我 自 or a level) */
            uint32_t prev = 0;
            if (x >= 0 && i > 0) gw_utf8_prev(s, i, &prev);
            if (x >= 0 && gov_after(s, i + l, n) && !not_level(x, prev)) lv = x;
        }
        if (lv >= 0) {
            if (!count[lv]) first[lv] = ++seen;
            count[lv]++;
        }
        i += adv;
    }
    int best = -1;
    for (int k = 0; k < 6; k++) {
        if (!count[k]) continue;
        if (best < 0 || count[k] > count[best] ||
            (count[k] == count[best] &&
             (level_rank[k] > level_rank[best] ||
              (level_rank[k] == level_rank[best] && first[k] < first[best]))))
            best = k;
    }
    gw_str r = {NULL, 0};
    if (best >= 0) {
        r.p = level_names[best];
        r.n = strlen(level_names[best]);
    }
    return r;
}

/* ---- title: speaker and occasion --------------------------------------- */

/* Strips a suffix word from [b, *e) when present; returns 1 when it did. */
static int strip_suffix(const char *s, size_t b, size_t *e, const char *w) {
    size_t wl = strlen(w);
    if (*e - b > wl && memcmp(s + *e - wl, w, wl) == 0) {
        *e -= wl;
        return 1;
    }
    return 0;
}

/* 县长在全县疫情防控表彰大会上的讲话 → speaker 县长, occasion 全县疫情防控表彰大会;
 * 疫情防控工作部署会领导讲话 → 领导, 疫情防控工作部署会. */
static void speaker_occasion(const gw_wordset *kinds, const char *s, size_t b, size_t e,
                             gw_str *speaker, gw_str *occ) {
    speaker->p = occ->p = NULL;
    speaker->n = occ->n = 0;
    size_t k = gw_wordset_find(kinds, s, b, e, NULL);
    if (k >= e || k == b) return;
    size_t al;
    gw_words about = GW_WORDS(gw_about_words);
    if (gw_words_at(&about, s, b, k, &al) >= 0) b += al;
    size_t pe = k;
    int at = 0; /* 在 */
    size_t w = b;
    for (; w < pe; w += 1) {
        if (((unsigned char)s[w] & 0xC0) == 0x80) continue;
        if (gw_word_at(s, w, pe, "在")) {
            at = 1;
            break;
        }
    }
    strip_suffix(s, b, &pe, "的");
    if (!strip_suffix(s, b, &pe, "上") && at)
        if (!strip_suffix(s, b, &pe, "中") && !strip_suffix(s, b, &pe, "时"))
            strip_suffix(s, b, &pe, "時");
    if (at) {
        size_t ob = w + 3;
        size_t sb = b, se = gw_back_spaces(s, b, w);
        if (se > sb && gw_char_count(s + sb, se - sb) <= 16) {
            speaker->p = s + sb;
            speaker->n = se - sb;
        }
        if (pe > ob) {
            occ->p = s + ob;
            occ->n = pe - ob;
        }
        return;
    }
    /* a role at the end: …会领导 */
    size_t best = 0;
    for (size_t r = 0; r < sizeof gw_role_words / sizeof gw_role_words[0]; r++) {
        size_t wl = strlen(gw_role_words[r]);
        if (pe - b >= wl && wl > best && memcmp(s + pe - wl, gw_role_words[r], wl) == 0) best = wl;
    }
    size_t oe = pe;
    if (best) {
        size_t rb = pe - best;
        for (int more = 1; more;) { /* 县委 + 书记, 副 + 县长 */
            more = 0;
            for (size_t r = 0; r < sizeof gw_role_prefixes / sizeof gw_role_prefixes[0]; r++) {
                size_t wl = strlen(gw_role_prefixes[r]);
                if (rb - b >= wl && memcmp(s + rb - wl, gw_role_prefixes[r], wl) == 0) {
                    rb -= wl;
                    more = 1;
                    break;
                }
            }
        }
        speaker->p = s + rb;
        speaker->n = pe - rb;
        oe = rb;
        strip_suffix(s, b, &oe, "的");
        strip_suffix(s, b, &oe, "上");
    }
    if (oe > b) {
        uint32_t c;
        gw_utf8_prev(s, oe, &c);
        if (gw_cpset_has(GW_CPSET(gw_meeting_finals), c) && gw_char_count(s + b, oe - b) >= 2) {
            occ->p = s + b;
            occ->n = oe - b;
        }
    }
}

/* ---- the page ------------------------------------------------------------ */

/* The page's date from its metadata lines: the first short line without a
 * sentence end that opens with a date or holds a date after a cue word. */
static int page_date(page *p, gw_str *r) {
    r->p = NULL;
    r->n = 0;
    for (size_t i = 0; i < p->nl; i++) {
        const line *L = &p->l[i];
        if ((L->f & (F_BLANK | F_SENT)) || L->nch > SHORT_LINE) continue;
        if (!(L->f & (F_CHROME | F_EDGE))) continue;
        for (size_t j = L->b; j < L->e; j++) {
            gw_date dt;
            if (p->s[j] >= '0' && p->s[j] <= '9' &&
                (j == L->b || !(p->s[j - 1] >= '0' && p->s[j - 1] <= '9')) &&
                full_date_at(p->s, j, L->e, &dt)) {
                int y = (int)dt.y, m = (int)dt.m, d = (int)dt.d;
                char *buf = gw_rows_alloc(p->out, 11);
                if (!buf) return GW_ENOMEM;
                buf[0] = (char)('0' + y / 1000);
                buf[1] = (char)('0' + y / 100 % 10);
                buf[2] = (char)('0' + y / 10 % 10);
                buf[3] = (char)('0' + y % 10);
                buf[4] = '-';
                buf[5] = (char)('0' + m / 10);
                buf[6] = (char)('0' + m % 10);
                buf[7] = '-';
                buf[8] = (char)('0' + d / 10);
                buf[9] = (char)('0' + d % 10);
                buf[10] = 0;
                r->p = buf;
                r->n = 10;
                return GW_OK;
            }
        }
    }
    return GW_OK;
}

/* One speech over lines [lo, hi); from is where its own text may start. */
static int speech(page *p, size_t lo, size_t hi, size_t from, int64_t idx, size_t title0,
                  int header_trunc) {
    size_t st = body_start(p, from, hi);
    if (st >= hi) return GW_OK;
    /* the end: the last paragraph before a list heading or a notice */
    size_t limit = hi;
    for (size_t j = st + 1; j < hi; j++)
        if (p->l[j].f & (F_STOP | F_NOTICE)) {
            limit = j;
            break;
        }
    size_t last = st;
    for (size_t j = limit; j-- > st + 1;)
        if (is_para(&p->l[j]) || ((p->l[j].f & F_MARKER) && !(p->l[j].f & F_CHROME))) {
            last = j;
            break;
        }
    int trunc = header_trunc;
    for (size_t j = lo; j < hi; j++)
        if (p->l[j].f & F_NOTICE) trunc = 1;
    /* the title: the nearest title line above the body that names a speech */
    size_t t = SIZE_MAX;
    for (size_t j = st; j-- > lo;)
        if ((p->l[j].f & (F_TITLE | F_NAMES)) == (F_TITLE | F_NAMES)) {
            t = j;
            break;
        }
    if (t == SIZE_MAX)
        for (size_t j = lo; j < st; j++)
            if (p->l[j].f & F_TITLE) {
                t = j;
                break;
            }
    size_t span_line = t;
    if (t == SIZE_MAX && title0 != SIZE_MAX) t = title0; /* the page's first title line */
    /* an HTML page: the article's title rather than its <title> line */
    const gw_speech_hints *hn = p->hints;
    int hinted = hn && hn->title_e > hn->title_b && (t == SIZE_MAX || p->l[t].b < hn->title_line);
    if (hinted && (span_line == SIZE_MAX || p->l[span_line].b < hn->title_line))
        span_line = p->hint_line >= lo && p->hint_line < st ? p->hint_line : SIZE_MAX;
    if (span_line == SIZE_MAX) span_line = (from > lo) ? lo : st;
    /* the body */
    gw_buf o;
    gw_buf_init(&o);
    for (size_t j = st; j <= last; j++) {
        const line *L = &p->l[j];
        if (gw_cancelled(L->b)) {
            gw_buf_free(&o);
            return GW_EINTR;
        }
        if (L->f & (F_BLANK | F_CHROME | F_NOTICE | F_STOP | F_HEAD)) continue;
        size_t before = o.n;
        if (o.n) gw_buf_add(&o, "\n", 1);
        if (!copy_line(p, L, &o, &trunc)) {
            o.n = before;
            if (o.p) o.p[before] = 0;
        }
    }
    if (o.oom) {
        gw_buf_free(&o);
        return GW_ENOMEM;
    }
    if (!o.n) {
        gw_buf_free(&o);
        return GW_OK;
    }
    gw_speech *r = gw_rows_push(p->out);
    char *body = r ? gw_rows_alloc(p->out, o.n) : NULL;
    if (!body) {
        gw_buf_free(&o);
        return GW_ENOMEM;
    }
    r = gw_rows_at(p->out, p->out->n - 1);
    memcpy(body, o.p, o.n);
    r->idx = idx;
    r->body.p = body;
    r->body.n = o.n;
    gw_buf_free(&o);
    if (hinted) {
        size_t tb = hn->title_b, te = hn->title_e;
        strip_decoration(&p->decor, p->s, &tb, &te);
        r->title.p = p->s + tb;
        r->title.n = te - tb;
        speaker_occasion(&p->kind, p->s, tb, te, &r->speaker, &r->occasion);
    } else if (t != SIZE_MAX) {
        const line *T = &p->l[t];
        r->title.p = p->s + T->tb;
        r->title.n = T->te - T->tb;
        speaker_occasion(&p->kind, p->s, T->tb, T->te, &r->speaker, &r->occasion);
    }
    r->published = p->date;
    r->level = level(r->body.p, r->body.n);
    const char *sc = gw_script(r->body.p, r->body.n);
    r->script.p = sc;
    r->script.n = sc ? strlen(sc) : 0;
    r->truncated = trunc;
    if (gw_cancelled(p->l[last].e)) return GW_EINTR; /* gw_script may have stopped */
    size_t from_b = p->l[span_line].b;
    size_t to_b = p->l[last].e;
    r->pos = (int64_t)gw_pos_char(&p->pos, from_b);
    r->len = (int64_t)gw_pos_char(&p->pos, to_b) - r->pos;
    return GW_OK;
}

int gw_parse_speeches(const gw_args *in, gw_rows *out, gw_error *err) {
    if (in->n < 1 || !in->v[0].present || !in->v[0].s) return GW_OK;
    return gw_speeches_text(in->v[0].s, in->v[0].n, NULL, out, err);
}

int gw_speeches_text(const char *s, size_t n, const gw_speech_hints *hints, gw_rows *out,
                     gw_error *err) {
    page p;
    memset(&p, 0, sizeof p);
    p.s = s;
    p.n = n;
    p.hints = hints;
    p.hint_line = SIZE_MAX;
    gw_pos_init(&p.pos, p.s);
    p.out = out;
    if (p.n > MAX_INPUT) {
        err->code = GW_EBIG;
        return GW_EBIG;
    }
    size_t cap = 0;
    gw_lines_init(&p.lines, p.s, p.n);
    for (size_t i = 0; i < p.n;) {
        if (gw_cancelled(i)) {
            free(p.l);
            err->code = GW_EINTR;
            return GW_EINTR;
        }
        size_t e = gw_lines_end(&p.lines, i);
        size_t b = i, te = e;
        gw_trim(p.s, &b, &te);
        if (p.nl == cap) {
            size_t nc = cap ? cap * 2 : 256;
            line *nl = realloc(p.l, nc * sizeof *nl);
            if (!nl) {
                free(p.l);
                err->code = GW_ENOMEM;
                return GW_ENOMEM;
            }
            p.l = nl;
            cap = nc;
        }
        line *L = &p.l[p.nl++];
        memset(L, 0, sizeof *L);
        L->b = (uint32_t)b;
        L->e = (uint32_t)te;
        i = gw_line_next(p.s, p.n, e);
        if (i == e) break;
    }
    trig_init(&p);
    gw_buf_init(&p.scratch);
    int stopped = 0;
    for (size_t i = 0; i < p.nl && !stopped; i++) {
        classify(&p, &p.l[i]);
        stopped = gw_cancelled(p.l[i].e);
    }
    gw_buf_free(&p.scratch);
    if (stopped) {
        free(p.l);
        err->code = GW_EINTR;
        return err->code;
    }
    if (hints && hints->published.p) {
        p.date = hints->published;
    } else if (page_date(&p, &p.date) != GW_OK) {
        free(p.l);
        err->code = GW_ENOMEM;
        return err->code;
    }
    for (size_t i = 0; hints && hints->title_e && i < p.nl && p.hint_line == SIZE_MAX; i++)
        if (p.l[i].b <= hints->title_b && hints->title_b <= p.l[i].e &&
            p.l[i].b >= hints->title_line)
            p.hint_line = i;
    /* the page's first title line */
    size_t title0 = SIZE_MAX;
    for (size_t i = 0; i < p.nl && title0 == SIZE_MAX; i++)
        if ((p.l[i].f & F_TITLE) && !(p.l[i].f & F_HEAD)) title0 = i;
    int rc = GW_OK;
    size_t h = 0;
    while (h < p.nl && !(p.l[h].f & F_HEAD))
        h++;
    if (h == p.nl) {
        rc = speech(&p, 0, p.nl, 0, 1, title0, 0);
    } else {
        int header_trunc = 0;
        for (size_t j = 0; j < h; j++)
            if (p.l[j].f & F_NOTICE) header_trunc = 1;
        if (title0 != SIZE_MAX && title0 > h) title0 = SIZE_MAX;
        while (h < p.nl && rc == GW_OK) {
            if (gw_cancelled(p.l[h].b)) {
                rc = GW_EINTR;
                break;
            }
            size_t nx = h + 1;
            while (nx < p.nl && !(p.l[nx].f & F_HEAD))
                nx++;
            rc = speech(&p, h, nx, h + 1, p.l[h].head, title0, header_trunc);
            header_trunc = 0;
            h = nx;
        }
    }
    free(p.l);
    if (rc != GW_OK) err->code = rc;
    return rc;
}
