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
#include "speech_page.h"

#include "chrome_words.h"
#include "cues.h"
#include "fold.h"
#include "numeral.h"

#include <stdlib.h>
#include <string.h>

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

/* A short line holding a notice word is a notice line unless the notice can
 * be cut out of it leaving speech text (……阅读全文>>, (未完…)); a line with a
 * sentence end and nothing to cut is speech (请大家认真阅读全文。). */
static int notice_line(page *p, const line *L, uint32_t f) {
    int cut = 0;
    p->scratch.n = 0;
    int left = gw_speech_copy_line(p, L, &p->scratch, &cut);
    if (cut) return !left;
    return !(f & F_SENT);
}

/* Describes line L by its features (F_*). Longer than most functions: the
 * first part is the one byte pass over the line that stops once nothing is
 * left to learn, and the rest are the short-line rules that read its result;
 * split, each part would need the pass's dozen flags handed to it. */
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
            gw_speech_strip_decoration(&p->decor, s, &tb, &te);
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
        gw_speech_strip_decoration(&p->decor, s, &tb, &te);
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
        if (!gw_speech_copy_line(p, L, &o, &trunc)) {
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
        gw_speech_strip_decoration(&p->decor, p->s, &tb, &te);
        r->title.p = p->s + tb;
        r->title.n = te - tb;
        gw_speech_speaker_occasion(&p->kind, p->s, tb, te, &r->speaker, &r->occasion);
    } else if (t != SIZE_MAX) {
        const line *T = &p->l[t];
        r->title.p = p->s + T->tb;
        r->title.n = T->te - T->tb;
        gw_speech_speaker_occasion(&p->kind, p->s, T->tb, T->te, &r->speaker, &r->occasion);
    }
    r->published = p->date;
    r->level = gw_speech_level(r->body.p, r->body.n);
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
    gw_speech_chrome_init(&p);
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
