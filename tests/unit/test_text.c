/*
 * test_text.c — UTF-8 validation, iteration, positions and character classes.
 */
#include "check.h"
#include "text.h"

#include <string.h>

static void test_utf8_check(void) {
    size_t at = 99;
    CHECK_INT(gw_utf8_check("abc", 3, &at), GW_OK);
    CHECK_INT(gw_utf8_check("中文", 6, &at), GW_OK);
    CHECK_INT(gw_utf8_check("\xE4\xB8\xAD\xFF", 4, &at), GW_EUTF8);
    CHECK_INT(at, 3);
    CHECK_INT(gw_utf8_check("ab\0c", 4, &at), GW_ENUL);
    CHECK_INT(at, 2);
    CHECK_INT(gw_utf8_check("\xC0\x80", 2, &at), GW_EUTF8);         /* overlong NUL */
    CHECK_INT(gw_utf8_check("\xED\xA0\x80", 3, &at), GW_EUTF8);     /* surrogate */
    CHECK_INT(gw_utf8_check("\xF4\x90\x80\x80", 4, &at), GW_EUTF8); /* above U+10FFFF */
    CHECK_INT(gw_utf8_check("\xE4\xB8", 2, &at), GW_EUTF8);         /* truncated */
    CHECK_INT(at, 0);
    CHECK_INT(gw_utf8_check("\xF0\xA0\x80\x80", 4, &at), GW_OK); /* 𠀀 */
}

static void test_iteration(void) {
    uint32_t cp;
    CHECK_INT(gw_utf8_next("中", 3, &cp), 3);
    CHECK_INT(cp, 0x4E2D);
    CHECK_INT(gw_utf8_next("\xE4\xB8", 2, &cp), 1); /* never reads past the end */
    CHECK_INT(gw_utf8_prev("a中", 4, &cp), 3);
    CHECK_INT(cp, 0x4E2D);
    char buf[4];
    CHECK_INT(gw_utf8_put(0x20000, buf), 4);
    CHECK_INT(gw_char_count("a中b", 5), 3);
}

static void test_positions(void) {
    const char *s = "一、甲乙\n二、丙";
    gw_pos p;
    gw_pos_init(&p, s);
    CHECK_INT(gw_pos_char(&p, 0), 1);
    CHECK_INT(gw_pos_char(&p, 6), 3);
    CHECK_INT(gw_pos_char(&p, 13), 6);
    CHECK_INT(gw_pos_char(&p, 3), 2); /* backwards still right */
}

static void test_classes(void) {
    CHECK(gw_is_space(0x3000));
    CHECK(gw_is_space(0xA0));
    CHECK(!gw_is_space(0x4E00));
    CHECK(gw_is_han(0x4E2D));
    CHECK(gw_is_han(0x3007));
    CHECK(!gw_is_han('a'));
    CHECK(gw_is_sentence_end(0x3002));
    CHECK(gw_is_sentence_end('!'));
    CHECK(!gw_is_sentence_end('.'));
    CHECK(gw_is_clause_end(','));
    CHECK(gw_is_clause_end(0xFF1B));
    CHECK_INT(gw_punct_canon('('), 0xFF08);
    CHECK_INT(gw_halfwidth(0xFF21), 'A');
}

static void test_lines(void) {
    const char *s = "ab\r\ncd\nef";
    size_t e = gw_line_end(s, 9, 0);
    CHECK_INT(e, 2);
    CHECK_INT(gw_line_next(s, 9, e), 4);
    CHECK_INT(gw_line_end(s, 9, 4), 6);
    CHECK_INT(gw_line_end(s, 9, 7), 9);
    size_t b = 0, t = 9;
    const char *sp = "\xE3\x80\x80 x \xC2\xA0";
    t = 8;
    gw_trim(sp, &b, &t);
    CHECK_INT(b, 4);
    CHECK_INT(t, 5);
}

/* The fast paths (eight bytes at a time) at every alignment: a character
 * straddling an 8-byte block, a bad byte right after an ASCII run, a NUL in
 * the middle of a block. */
static void test_utf8_blocks(void) {
    size_t at = 99;
    CHECK_INT(gw_utf8_check("abcdefg\xE4\xB8\xAD", 10, &at), GW_OK); /* 中 over bytes 7..9 */
    CHECK_INT(gw_utf8_check("abcdefgh\xFFz", 10, &at), GW_EUTF8);    /* after a full block */
    CHECK_INT(at, 8);
    CHECK_INT(gw_utf8_check("abcdefghijk\x80", 12, &at), GW_EUTF8); /* stray continuation */
    CHECK_INT(at, 11);
    CHECK_INT(gw_utf8_check("abcdefghijklm\0op", 16, &at), GW_ENUL);
    CHECK_INT(at, 13);
    CHECK_INT(gw_utf8_check("abcdefg\xE4\xB8", 9, &at), GW_EUTF8); /* truncated at the end */
    CHECK_INT(at, 7);
    CHECK_INT(gw_utf8_check("abcdefg\xE4\xB8z", 10, &at), GW_EUTF8); /* bad third byte */
    CHECK_INT(at, 7);
    CHECK_INT(gw_utf8_check("\xE4\xB8\xAD\xE6\x96\x87\xEF\xBC\x8C\xED\x9F\xBF", 12, &at), GW_OK);
    CHECK_INT(gw_utf8_check("\xE4\xB8\xAD\xE6\x96\x87\xE0\x9F\xBF", 9, &at),
              GW_EUTF8); /* overlong */
    CHECK_INT(at, 6);
    CHECK_INT(gw_utf8_check("\xE4\xB8\xAD\xF0\x8F\xBF\xBF", 7, &at), GW_EUTF8); /* overlong */
    CHECK_INT(at, 3);
    CHECK_INT(gw_utf8_check("\xE4\xB8\xAD\xF4\x8F\xBF\xBF", 7, &at), GW_OK); /* U+10FFFF */
    CHECK_INT(gw_utf8_check("\xE4\xB8\xAD\xF5\x80\x80\x80", 7, &at), GW_EUTF8);
    CHECK_INT(at, 3);
    CHECK_INT(gw_utf8_check("\xE4\xB8\xAD\xC1\xBF", 5, &at), GW_EUTF8); /* overlong 2-byte */
    CHECK_INT(at, 3);
    CHECK_INT(gw_utf8_check("\xE4\xB8\xAD\xC2\x80", 5, &at), GW_OK);
    CHECK_INT(gw_utf8_check("", 0, &at), GW_OK);

    /* every split of a mixed text: prefixes, and the same text at offsets 0..7 */
    const char *mix = "ab中c\xF0\xA0\x80\x80"
                      "defgh文,\xC2\xA0xyz\xEF\xBC\x8C!";
    size_t mn = strlen(mix);
    char buf[64];
    for (size_t off = 0; off < 8; off++) {
        memset(buf, 'q', sizeof buf);
        memcpy(buf + off, mix, mn);
        CHECK_INT(gw_utf8_check(buf + off, mn, &at), GW_OK);
        CHECK_INT(gw_utf8_check(buf, off + mn, &at), GW_OK);
        CHECK_INT(gw_char_count(buf + off, mn), 18);
        CHECK_INT(gw_char_count(buf, off + mn), off + 18);
        buf[off + mn] = '\xFF';
        CHECK_INT(gw_utf8_check(buf, off + mn + 1, &at), GW_EUTF8);
        CHECK_INT(at, off + mn);
    }
    for (size_t k = 0; k <= mn; k++) { /* a prefix fails exactly when it cuts a character */
        int cut = k < mn && ((unsigned char)mix[k] & 0xC0) == 0x80;
        size_t first = 0;
        for (size_t j = 0; j < k; j++)
            if (((unsigned char)mix[j] & 0xC0) != 0x80) first = j;
        CHECK_INT(gw_utf8_check(mix, k, &at), cut ? GW_EUTF8 : GW_OK);
        if (cut) CHECK_INT(at, first);
    }
}

/* Runs of three-byte characters (checked two at a time): a damaged byte
 * anywhere in a run is found at the start of its character. */
static void test_utf8_cjk_runs(void) {
    const char *run = "中文字体测试中文字体中文"; /* 12 characters, 36 bytes */
    char buf[40];
    size_t at = 99;
    CHECK_INT(gw_utf8_check(run, 36, &at), GW_OK);
    for (size_t k = 0; k < 36; k++) {
        memcpy(buf, run, 36);
        buf[k] = 'A'; /* a lead gone leaves stray continuation bytes */
        CHECK_INT(gw_utf8_check(buf, 36, &at), GW_EUTF8);
        CHECK_INT(at, k % 3 == 0 ? k + 1 : k - k % 3);
        if (k % 3) continue;
        memcpy(buf, run, 36);
        buf[k] = '\xE0'; /* E0 96 xx: overlong; E0 B8 xx: U+0E38 */
        int low = (unsigned char)run[k + 1] < 0xA0;
        CHECK_INT(gw_utf8_check(buf, 36, &at), low ? GW_EUTF8 : GW_OK);
        if (low) CHECK_INT(at, k);
        memcpy(buf, run, 36);
        buf[k] = '\xED'; /* ED B8 xx: a surrogate; ED 96 xx: U+D5xx */
        int sur = !low;
        CHECK_INT(gw_utf8_check(buf, 36, &at), sur ? GW_EUTF8 : GW_OK);
        if (sur) CHECK_INT(at, k);
        memcpy(buf, run, 36);
        buf[k] = '\xEF'; /* EF: full-width forms and the like, well formed */
        CHECK_INT(gw_utf8_check(buf, 36, &at), GW_OK);
    }
    /* E0 and ED where they are well formed, inside a run */
    CHECK_INT(gw_utf8_check("中文\xE0\xA0\x80字体\xED\x9F\xBF测试中文", 30, &at), GW_OK);
}

static void test_count_blocks(void) {
    /* 17 characters, 45 bytes: runs of three-byte characters over block edges */
    const char *s = "一二三四五六七八九十a\xC2\xA9\xF0\xA0\x80\x80"
                    "bc甲乙";
    CHECK_INT(gw_char_count(s, strlen(s)), 17);
    gw_pos p;
    gw_pos_init(&p, s);
    CHECK_INT(gw_pos_char(&p, 30), 11); /* a */
    CHECK_INT(gw_pos_char(&p, 31), 12); /* © */
    CHECK_INT(gw_pos_char(&p, 33), 13); /* 𠀀 */
    CHECK_INT(gw_pos_char(&p, 37), 14); /* b */
    CHECK_INT(gw_pos_char(&p, 42), 17); /* 乙 */
}

static void test_line_blocks(void) {
    /* the rare breaks, before and after 8-byte blocks, and lookalikes */
    const char *a = "一二三四五六\xE2\x80\xA8x"; /* U+2028 at byte 18 */
    CHECK_INT(gw_line_end(a, strlen(a), 0), 18);
    CHECK_INT(gw_line_next(a, strlen(a), 18), 21);
    const char *b = "abcdefghij\xC2\x85z\n"; /* U+0085 at byte 10 */
    CHECK_INT(gw_line_end(b, strlen(b), 0), 10);
    CHECK_INT(gw_line_end(b, strlen(b), 12), 13);
    const char *c = "“引号”©abcdefgh\rx\n"; /* E2 80 9C / C2 A9 are not breaks */
    CHECK_INT(gw_line_end(c, strlen(c), 0), 22);
    const char *d = "abcdefghijklmnop\xE2\x80\xA9"; /* U+2029 as the last character */
    CHECK_INT(gw_line_end(d, strlen(d), 0), 16);
    CHECK_INT(gw_line_end(d, 18, 0), 18); /* cut short: not a break */
    const char *e = "abcdefghijklmnopqrstuvwxyz";
    CHECK_INT(gw_line_end(e, 26, 3), 26);
    CHECK_INT(gw_line_end(e, 26, 26), 26);
}

/* The line cursor agrees with the one-line finder at every offset, forwards
 * over every kind of line break, and again after a step backwards. */
static void test_line_cursor(void) {
    const char *s = "a\r\nbb\rc\xE2\x80\xA8"
                    "d\xC2\x85\xE2\x80\x9C\xE2\x80\x9D\n\n\ree\xE2\x80\xA9";
    size_t n = strlen(s);
    gw_lines L;
    gw_lines_init(&L, s, n);
    int ok = 1;
    for (size_t b = 0; b <= n; b++)
        ok &= gw_lines_end(&L, b) == gw_line_end(s, n, b);
    CHECK(ok);
    CHECK_INT(gw_lines_end(&L, 0), 1);   /* backwards: found again */
    CHECK_INT(gw_lines_end(&L, 4), 5);   /* bb ends at \r */
    CHECK_INT(gw_lines_end(&L, 7), 7);   /* U+2028 itself */
    CHECK_INT(gw_lines_end(&L, 10), 11); /* d ends at U+0085 */
    CHECK_INT(gw_lines_end(&L, 13), 19); /* “” are no line break */
    CHECK_INT(gw_lines_end(&L, 20), 20); /* an empty line */
    CHECK_INT(gw_lines_end(&L, 22), 24); /* ee ends at U+2029 */
}

/* The sorted tables of the ground: words (longest match, colon rule, exact,
 * ending at), word sets searched through text, code-point sets. */
static void test_tables(void) {
    static const char *const w[] = {"上一", "上一页", "作者:", "推荐"};
    static const struct {
        const char *word;
        int v;
    } kv[] = {{"万", 4}, {"亿", 8}};
    static const uint32_t cps[] = {0x3002, 0x4E00, 0xFF01};
    gw_words words = GW_WORDS(w), pairs = GW_WORDS(kv);
    size_t len = 0, b = 0;
    const char *s = "点上一页作者：张三推荐";
    CHECK_INT(gw_words_at(&words, s, 3, strlen(s), &len), 1); /* the longest: 上一页 */
    CHECK_INT(len, 9);
    CHECK_INT(gw_words_at(&words, s, 12, strlen(s), &len), 2); /* 作者 wants its colon */
    CHECK_INT(len, 9);
    CHECK_INT(gw_words_at(&words, "作者张三", 0, 12, &len), -1);
    CHECK_INT(gw_words_at(&words, s, 0, strlen(s), &len), -1);
    CHECK_INT(gw_words_index(&words, "上一", 6), 0);
    CHECK_INT(gw_words_index(&words, "上", 3), -1);
    CHECK_INT(gw_words_index(&pairs, "亿", 3), 1);
    CHECK_INT(gw_words_ending(&words, s, 0, 12, 3, &b), 1);
    CHECK_INT(b, 3);
    CHECK_INT(gw_words_ending(&words, s, 6, 12, 3, &b), -1); /* not before lo */
    gw_wordset ws;
    gw_wordset_init(&ws, words);
    CHECK_INT(gw_wordset_find(&ws, s, 0, strlen(s), &len), 3);
    CHECK_INT(len, 9);
    CHECK_INT(gw_wordset_find(&ws, s, 4, strlen(s), &len), 12);
    CHECK_INT(gw_wordset_find(&ws, s, 13, strlen(s), &len), 27);
    CHECK_INT(gw_wordset_find(&ws, s, 28, strlen(s), NULL), strlen(s));
    CHECK(gw_cpset_has(GW_CPSET(cps), 0x4E00) && !gw_cpset_has(GW_CPSET(cps), 0x4E01));
    CHECK_INT(gw_skip_spaces("  \xE3\x80\x80"
                             "a",
                             0, 6),
              5);
    CHECK_INT(gw_back_spaces("a \xE3\x80\x80", 0, 5), 1);
}

int main(void) {
    test_line_cursor();
    test_tables();
    test_utf8_check();
    test_iteration();
    test_positions();
    test_classes();
    test_lines();
    test_utf8_blocks();
    test_utf8_cjk_runs();
    test_count_blocks();
    test_line_blocks();
    return check_done("text");
}
