/*
 * chrome.c — gw_speeches' inline chrome (contract §3): what is cut out of a
 * body line — URLs and bare domains, GB/T 9704 page numbers "— 2 —", page
 * counters (第1页/共3页, 1 / 8), bracketed truncation notices, 省略N字, ICP
 * numbers, trailing notices (……阅读全文>>) and footer sentences.
 *
 * A line is scanned once; only characters whose low 12 bits pass the page's
 * trigger filter (the triggers below and the cue words' first characters)
 * are looked at, read from the bytes without decoding.
 */
#include "speech_page.h"

#include "chrome_words.h"
#include "numeral.h"

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

void gw_speech_chrome_init(page *p) {
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
 * Returns 1 when something with a Han character was written. One loop, on
 * purpose: the byte fast path over characters that trigger nothing and the
 * dispatch to each detector share one position, so no character is decoded
 * twice (the detectors themselves are the small functions above). */
int gw_speech_copy_line(page *p, const line *L, gw_buf *o, int *trunc) {
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
