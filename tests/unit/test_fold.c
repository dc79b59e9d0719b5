/*
 * test_fold.c — gw_normalize, gw_simplify, gw_fold (and its offset map),
 * gw_fold_char, gw_script. gw_simplify is compared with OpenCC's own
 * `opencc -c t2s.json` on every fixture page and on a few hundred mixed
 * strings, run here at test time.
 */
#include "check.h"
#include "fold.h"
#include "fold_tables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Each of these returns a malloc'd NUL-terminated result (tests only). */
static char *simp(const char *s) {
    size_t n;
    gw_error err = {0, 0, {0}};
    return gw_simplify(s, strlen(s), &n, &err);
}
static char *norm(const char *s) {
    size_t n;
    gw_error err = {0, 0, {0}};
    return gw_normalize(s, strlen(s), &n, &err);
}
static char *fold(const char *s) {
    size_t n;
    gw_error err = {0, 0, {0}};
    return gw_fold(s, strlen(s), &n, NULL, &err);
}

#define CHECK_FN(fn, in, want)                                                                     \
    do {                                                                                           \
        char *got_ = fn(in);                                                                       \
        CHECK_STR(got_, got_ ? strlen(got_) : 0, want);                                            \
        free(got_);                                                                                \
    } while (0)

static void test_contract(void) {
    CHECK_FN(simp, "總書記", "总书记");
    CHECK_FN(simp, "乾淨的乾隆年間", "干净的乾隆年间");
    CHECK_FN(simp, "成效显著，开展巡察", "成效显著，开展巡察");
    CHECK_FN(fold, "總書記ＡＢ", "总书记ab");
    CHECK_FN(norm, "１２３ＡＢＣ", "123ABC");
    CHECK_STR(gw_script("總書記", 9), 4, "Hant");
    CHECK_STR(gw_script("总书记", 9), 4, "Hans");
    CHECK(gw_script("abc 123", 7) == NULL);
}

static void test_simplify(void) {
    CHECK_FN(simp, "", "");
    CHECK_FN(simp, "abc", "abc");
    CHECK_FN(simp, "乾坤", "乾坤");             /* a phrase that keeps 乾 */
    CHECK_FN(simp, "乾", "干");                 /* alone, the character's first candidate */
    CHECK_FN(simp, "顯著", "显著");             /* t2s keeps 著 */
    CHECK_FN(simp, "計畫與憑藉", "计划与凭借"); /* phrases */
    CHECK_FN(simp, "𩀨", "𫕚");                 /* supplementary planes */
    CHECK_FN(simp, "一目瞭然。瞭", "一目了然。瞭");
    /* a phrase key cut by the end of the text is not a phrase */
    CHECK_FN(simp, "一目瞭", "一目瞭");
    CHECK_FN(simp, "情", "情"); /* a phrase's first character, alone and at the end */
    CHECK_FN(simp, "一目", "一目");
}

/* gw_simplify_changed: no copy when nothing changes, else gw_simplify. */
static void test_simplify_changed(void) {
    static const char *same[] = {"",         "abc",    "成效显著，开展巡察", "乾坤",
                                 "乾隆年间", "一目瞭", "显著 ABC 𠀀"};
    for (size_t k = 0; k < sizeof same / sizeof same[0]; k++) {
        size_t n = 99;
        gw_error err = {0, 0, {0}};
        char *got = gw_simplify_changed(same[k], strlen(same[k]), &n, &err);
        CHECK(got == NULL);
        CHECK_INT(err.code, GW_OK);
        free(got);
    }
    /* a change at the very start, at the very end, after an unchanged phrase */
    static const char *in[] = {"總", "abc總", "乾隆總", "乾坤乾淨", "總x書", "𩀨a"};
    static const char *want[] = {"总", "abc总", "乾隆总", "乾坤干净", "总x书", "𫕚a"};
    for (size_t k = 0; k < sizeof in / sizeof in[0]; k++) {
        size_t n = 0;
        gw_error err = {0, 0, {0}};
        char *got = gw_simplify_changed(in[k], strlen(in[k]), &n, &err);
        CHECK(got != NULL);
        if (got) CHECK_STR(got, n, want[k]);
        free(got);
    }
}

static void test_normalize(void) {
    CHECK_FN(norm, "  甲　　乙 \t丙  ", "甲 乙 丙");
    CHECK_FN(norm, "甲\xC2\xA0\xC2\xA0乙", "甲 乙");    /* NBSP */
    CHECK_FN(norm, "一\n  二  \n\n三", "一\n二\n\n三"); /* lines trimmed, kept */
    CHECK_FN(norm, "一 \r\n 二", "一\r\n二");
    CHECK_FN(norm, "疫\xE2\x80\x8B情\xEF\xBB\xBF防\xE2\x80\x8D控", "疫情防控"); /* ZWSP, BOM, ZWJ */
    CHECK_FN(norm, "（一）ＡＢ，ｃ！", "(一)AB,c!");
    CHECK_FN(norm, "e\xCC\x81", "\xC3\xA9");         /* e + combining acute → é */
    CHECK_FN(norm, "Ａ\xCC\x81", "\xC3\x81");        /* full-width A + acute → Á */
    CHECK_FN(norm, "中ＡＥ\xCC\x81", "中A\xC3\x89"); /* … at the end of a run: É */
    CHECK_FN(fold, "中ＡＥ\xCC\x81", "中a\xC3\xA9");
    CHECK_FN(norm, "中ＡＢ\xCC\x81", "中AB\xCC\x81"); /* no B with acute */
    CHECK_FN(norm, "中ＡＢｃ文。“Ｚ”", "中ABc文。“Z”");
    CHECK_FN(fold, "總ＡＢｃ文。“Ｚ”ＸY", "总abc文。“z”xy");
    CHECK_FN(norm, "㍿", "株式会社");               /* compatibility */
    CHECK_FN(norm, "\xEF\xA4\x80", "\xE8\xB1\x88"); /* CJK compatibility ideograph U+F900 */
    CHECK_FN(norm, "……", "......");
    CHECK_FN(norm, "   ", "");
}

/* The fast path's table: gw_normalize keeps the ideographs and the common
 * punctuation as they are; gw_fold keeps those it does not fold. */
static void test_keep_bits(void) {
    int ok = 1;
    for (uint32_t cp = 0x3400; cp <= 0x9FFF; cp++) {
        int han = cp <= 0x4DBF || cp >= 0x4E00;
        ok = ok && gw_cjk_bit(GW_BIT_KEEP_NORM, cp) == han &&
             gw_cjk_bit(GW_BIT_KEEP_FOLD, cp) == (han && gw_fold_char(cp) == cp);
    }
    CHECK(ok);
    static const uint32_t kept[] = {0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x3001,
                                    0x3002, 0x3007, 0x3008, 0x3011, 0x3014, 0x301B};
    for (size_t k = 0; k < sizeof kept / sizeof kept[0]; k++) {
        CHECK(gw_cjk_bit(GW_BIT_KEEP_NORM, kept[k]));
        CHECK(gw_cjk_bit(GW_BIT_KEEP_FOLD, kept[k]));
    }
    /* spaces, marks NFKC changes, full-width forms: not kept */
    static const uint32_t other[] = {0x20,   0x2000, 0x2015, 0x2026, 0x3000, 0x3003,
                                     0x3012, 0x301C, 0xFF0C, 0xF900, 0xA000, 0x4DC0};
    for (size_t k = 0; k < sizeof other / sizeof other[0]; k++) {
        CHECK(!gw_cjk_bit(GW_BIT_KEEP_NORM, other[k]));
        CHECK(!gw_cjk_bit(GW_BIT_KEEP_FOLD, other[k]));
    }
}

/* The scan of gw_simplify looks a phrase up only where its first character
 * (GW_BIT_SIMP) is followed by a second character of some phrase
 * (GW_BIT_PHRASE2): every phrase must pass both tests. */
static void test_phrase_bits(void) {
    int ok = gw_t2s_nphrases > 0;
    for (size_t i = 0; i < gw_t2s_nphrases; i++) {
        const gw_t2s_phrase *ph = &gw_t2s_phrases[i];
        uint32_t c1, c2 = 0;
        size_t l1 = gw_utf8_next(ph->key, ph->klen, &c1);
        ok = ok && gw_cjk_bit(GW_BIT_SIMP, c1) && (gw_cjk(c1)->flags & GW_CJK_PHRASE);
        if (l1 < ph->klen) {
            gw_utf8_next(ph->key + l1, ph->klen - l1, &c2);
            ok = ok && gw_cjk_bit(GW_BIT_PHRASE2, c2);
        } else {
            ok = ok && gw_cjk_bit(GW_BIT_T2S, c1);
        }
    }
    CHECK(ok);
    CHECK(!gw_cjk_bit(GW_BIT_PHRASE2, 'a'));
    CHECK(gw_cjk_bit(GW_BIT_T2S, 0x7E3D));  /* 總 */
    CHECK(!gw_cjk_bit(GW_BIT_T2S, 0x603B)); /* 总 */
}

static void test_fold_chars(void) {
    CHECK_INT(gw_fold_char(0x4E7E), 0x5E72); /* 乾 → 干 */
    CHECK_INT(gw_fold_char(0x8457), 0x7740); /* 著 → 着 */
    CHECK_INT(gw_fold_char(0x7740), 0x7740);
    CHECK_INT(gw_fold_char(0x64E1), 0x62AC); /* 擡 → 抬 */
    CHECK_INT(gw_fold_char(0x62AC), 0x62AC);
    CHECK_INT(gw_fold_char(0x4E48), 0x4E48); /* 么 stays: a simplified character */
    CHECK_INT(gw_fold_char('Q'), 'q');
    CHECK_INT(gw_fold_char(0x0394), 0x03B4); /* Δ → δ */
    CHECK_FN(fold, "乾隆顯著", "干隆显着");  /* each character on its own */
    CHECK_FN(fold, "干隆显着", "干隆显着");
    CHECK_FN(fold, "  Ｘi  Jinping　", "xi jinping");
    /* fold(fold(c)) = fold(c) for every character */
    int bad = 0;
    for (uint32_t cp = 1; cp < 0x110000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        char in[5];
        size_t k = gw_utf8_put(cp, in), n1, n2;
        gw_error err = {0, 0, {0}};
        char *a = gw_fold(in, k, &n1, NULL, &err);
        char *b = a ? gw_fold(a, n1, &n2, NULL, &err) : NULL;
        if (!a || !b || n1 != n2 || memcmp(a, b, n1) != 0) {
            if (bad++ < 5) printf("not idempotent: U+%04X\n", (unsigned)cp);
        }
        free(a);
        free(b);
    }
    CHECK_INT(bad, 0);
}

static void test_fold_map(void) {
    const char *s = "總書記ＡＢ";
    size_t n, *map = NULL;
    gw_error err = {0, 0, {0}};
    char *f = gw_fold(s, strlen(s), &n, &map, &err);
    CHECK_STR(f, n, "总书记ab");
    if (f && map) {
        size_t want[] = {0, 0, 0, 3, 3, 3, 6, 6, 6, 9, 12, 15};
        for (size_t i = 0; i <= n && i < 12; i++)
            CHECK_INT(map[i], want[i]);
    }
    free(f);
    free(map);

    /* spaces collapse onto the first; trimmed spaces leave no trace */
    s = " 甲 \xE3\x80\x80乙";
    f = gw_fold(s, strlen(s), &n, &map, &err);
    CHECK_STR(f, n, "甲 乙");
    if (f && map) {
        CHECK_INT(map[0], 1);
        CHECK_INT(map[3], 4); /* the ' ' came from the first space */
        CHECK_INT(map[4], 8); /* 乙 */
        CHECK_INT(map[7], strlen(s));
    }
    free(f);
    free(map);

    /* a run of ideographs after a collapsed space, ended by a combining
     * mark (which keeps the run's last character off the fast path) */
    s = "\xE3\x80\x80 \t中文字 乾淨甲乙丙丁\xCC\x81x";
    f = gw_fold(s, strlen(s), &n, &map, &err);
    CHECK_STR(f, n, "中文字 干净甲乙丙丁\xCC\x81x");
    if (f && map) {
        size_t want[] = {5,  5,  5,  8,  8,  8,  11, 11, 11, 14, 15, 15, 15, 18, 18, 18,
                         21, 21, 21, 24, 24, 24, 27, 27, 27, 30, 30, 30, 33, 33, 35, 36};
        for (size_t i = 0; i <= n && i < sizeof want / sizeof want[0]; i++)
            CHECK_INT(map[i], want[i]);
        CHECK_INT(n + 1, sizeof want / sizeof want[0]);
    }
    free(f);
    free(map);
    CHECK_FN(norm, "中文字体测试\n 甲乙丙丁戊己庚辛 ", "中文字体测试\n甲乙丙丁戊己庚辛");

    /* kept runs broken by a letter to lower, a full-width letter, a folded
     * ideograph: each byte still points at its own character */
    s = "中Ab文Ｂ總x";
    f = gw_fold(s, strlen(s), &n, &map, &err);
    CHECK_STR(f, n, "中ab文b总x");
    if (f && map) {
        size_t want[] = {0, 0, 0, 3, 4, 5, 5, 5, 8, 11, 11, 11, 14, 15};
        for (size_t i = 0; i <= n && i < sizeof want / sizeof want[0]; i++)
            CHECK_INT(map[i], want[i]);
        CHECK_INT(n + 1, sizeof want / sizeof want[0]);
    }
    free(f);
    free(map);

    /* a compatibility character expands: every piece points at its source */
    s = "a㍿b";
    f = gw_fold(s, strlen(s), &n, &map, &err);
    CHECK_STR(f, n, "a株式会社b");
    if (f && map) {
        CHECK_INT(map[0], 0);
        CHECK_INT(map[1], 1);
        CHECK_INT(map[10], 1);
        CHECK_INT(map[13], 4);
    }
    free(f);
    free(map);

    /* combining marks: the composed character points at its base letter */
    s = "xe\xCC\x81y";
    f = gw_fold(s, strlen(s), &n, &map, &err);
    CHECK_STR(f, n, "x\xC3\xA9y");
    if (f && map) {
        CHECK_INT(map[1], 1);
        CHECK_INT(map[2], 1);
        CHECK_INT(map[3], 4);
    }
    free(f);
    free(map);
}

static void test_script(void) {
    CHECK_STR(gw_script("中国", 6), 4, "Hans"); /* common to both: Hans */
    CHECK_STR(gw_script("这是總書記", 15), 4, "Hant");
    CHECK_STR(gw_script("这是总書記", 15), 4, "Hans"); /* 2 : 2 — a tie is Hans */
    CHECK(gw_script("", 0) == NULL);
    CHECK(gw_script("ａｂｃ，。", 15) == NULL);
    CHECK_STR(gw_script("〇", 3), 4, "Hans");
}

/* Runs opencc on in_path into out_path; 0 when it ran. */
static int opencc(const char *in_path, const char *out_path) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "opencc -c t2s.json -i '%s' -o '%s'", in_path, out_path);
    return system(cmd);
}

static void test_pages(void) {
    size_t npages;
    const char *const *pages = check_pages(&npages);
    for (size_t p = 0; p < npages; p++) {
        size_t n, m, k;
        char *s = check_read(pages[p], &n);
        CHECK(s != NULL);
        if (!s) continue;
        CHECK_INT(opencc(pages[p], "build/test/fold_opencc.txt"), 0);
        char *want = check_read("build/test/fold_opencc.txt", &m);
        gw_error err = {0, 0, {0}};
        char *got = gw_simplify(s, n, &k, &err);
        CHECK(want && got && k == m && memcmp(want, got, m) == 0);
        free(want);
        free(got);

        /* fold and normalize are idempotent on whole pages */
        size_t *map = NULL, n2;
        char *f = gw_fold(s, n, &k, &map, &err);
        char *f2 = f ? gw_fold(f, k, &n2, NULL, &err) : NULL;
        CHECK(f && f2 && k == n2 && memcmp(f, f2, k) == 0);
        /* the map is non-decreasing and points at character starts */
        int ok = map != NULL;
        for (size_t i = 0; ok && i < k; i++)
            ok = map[i] < n && (i == 0 || map[i] >= map[i - 1]) &&
                 ((unsigned char)s[map[i]] & 0xC0) != 0x80;
        CHECK(ok && map[k] == n);
        /* each character out of an ideograph or an ASCII letter or digit
         * is that character's fold, and all its bytes point at it */
        for (size_t i = 0; ok && i < k;) {
            uint32_t out, src;
            size_t l = gw_utf8_next(f + i, k - i, &out);
            gw_utf8_next(s + map[i], n - map[i], &src);
            for (size_t j = 1; j < l; j++)
                ok = ok && map[i + j] == map[i];
            if (gw_is_han(src) || (src < 0x80 && src > ' ')) ok = ok && out == gw_fold_char(src);
            i += l;
        }
        CHECK(ok);
        free(f);
        free(f2);
        free(map);
        char *a = gw_normalize(s, n, &k, &err);
        char *b = a ? gw_normalize(a, k, &n2, &err) : NULL;
        CHECK(a && b && k == n2 && memcmp(a, b, k) == 0);
        free(a);
        free(b);
        free(s);
    }
}

/* A few hundred mixed lines: every TSPhrases key between neighbours that may
 * or may not extend it, and pseudo-random mixes of phrase characters,
 * traditional and simplified characters, ASCII and punctuation. */
static void test_mixed(void) {
    static const char *pool[] = {"乾", "淨", "隆", "著", "顯", "總", "書", "記", "瞭", "解",
                                 "計", "畫", "鍾", "於", "一", "目", "然", "，", "。", "a",
                                 " ",  "后", "後", "發", "髮", "干", "里", "裏", "面", "麵"};
    const size_t npool = sizeof pool / sizeof pool[0];
    FILE *f = fopen("build/test/fold_mixed.txt", "wb");
    CHECK(f != NULL);
    if (!f) return;
    unsigned long long x = 88172645463325252ull;
    size_t lines = 0;
    for (size_t i = 0; i < gw_t2s_nphrases; i++) {
        const gw_t2s_phrase *ph = &gw_t2s_phrases[i];
        fprintf(f, "%s|%.*s%s\n", pool[i % npool], (int)ph->klen, ph->key, pool[(i * 7) % npool]);
        lines++;
    }
    for (int i = 0; i < 300; i++) {
        int len = 1 + i % 17;
        for (int j = 0; j < len; j++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            fputs(pool[x % npool], f);
        }
        fputc('\n', f);
        lines++;
    }
    fclose(f);
    CHECK_INT(opencc("build/test/fold_mixed.txt", "build/test/fold_mixed_opencc.txt"), 0);
    size_t n, m;
    char *in = check_read("build/test/fold_mixed.txt", &n);
    char *want = check_read("build/test/fold_mixed_opencc.txt", &m);
    CHECK(in && want);
    if (!in || !want) {
        free(in);
        free(want);
        return;
    }
    size_t same = 0, a = 0, b = 0;
    while (a < n && b < m) {
        const char *ea = memchr(in + a, '\n', n - a), *eb = memchr(want + b, '\n', m - b);
        if (!ea || !eb) break;
        size_t la = (size_t)(ea - (in + a)), lb = (size_t)(eb - (want + b)), k;
        gw_error err = {0, 0, {0}};
        char *got = gw_simplify(in + a, la, &k, &err);
        if (got && k == lb && memcmp(got, want + b, lb) == 0)
            same++;
        else
            printf("differs from opencc: %.*s → %.*s, want %.*s\n", (int)la, in + a,
                   got ? (int)k : 0, got ? got : "", (int)lb, want + b);
        free(got);
        a += la + 1;
        b += lb + 1;
    }
    CHECK_INT(same, lines);
    free(in);
    free(want);
}

int main(void) {
    test_contract();
    test_simplify();
    test_simplify_changed();
    test_normalize();
    test_keep_bits();
    test_phrase_bits();
    test_fold_chars();
    test_fold_map();
    test_script();
    test_pages();
    test_mixed();
    return check_done("test_fold");
}
