/*
 * test_text.c — UTF-8 validation, iteration, positions and character classes.
 */
#include "check.h"
#include "text.h"

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

int main(void) {
    test_utf8_check();
    test_iteration();
    test_positions();
    test_classes();
    test_lines();
    return check_done("text");
}
