/*
 * title.c — what gw_speeches reads from a title and a body (contract §3):
 * the site decoration around a title, the speaker and the occasion it names,
 * and the level of government a body speaks for.
 */
#include "speech_page.h"

#include "chrome_words.h"
#include "cues.h"
#include "numeral.h"

/* Strips site decoration from the title text [*b, *e): 【篇N】 and short
 * bracketed labels before, 范文 (通用9篇) 【优秀范文】 集合3篇 after. */
void gw_speech_strip_decoration(const gw_wordset *decor_set, const char *s, size_t *b, size_t *e) {
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

gw_str gw_speech_level(const char *s, size_t n) {
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
void gw_speech_speaker_occasion(const gw_wordset *kinds, const char *s, size_t b, size_t e,
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
