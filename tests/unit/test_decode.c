/*
 * test_decode.c — gw_decode: BOMs, UTF-8, detection of GB18030 / Big5 /
 * UTF-16 without a BOM, forced charsets, strict errors with byte offsets.
 */
#include "check.h"
#include "decode.h"

#include <stdlib.h>
#include <string.h>

static char *dec(const char *p, size_t n, const char *cs, size_t *k, gw_error *err) {
    memset(err, 0, sizeof *err);
    return gw_decode(p, n, cs, k, err);
}

#define CHECK_DEC(bytes, cs, want)                                                                 \
    do {                                                                                           \
        size_t k_ = 0;                                                                             \
        gw_error e_;                                                                               \
        char *o_ = dec(bytes, sizeof(bytes) - 1, cs, &k_, &e_);                                    \
        CHECK_STR(o_, k_, want);                                                                   \
        if (!o_) printf("     error: %s\n", e_.msg);                                               \
        free(o_);                                                                                  \
    } while (0)

#define CHECK_ERR(bytes, cs, want)                                                                 \
    do {                                                                                           \
        size_t k_ = 0;                                                                             \
        gw_error e_;                                                                               \
        char *o_ = dec(bytes, sizeof(bytes) - 1, cs, &k_, &e_);                                    \
        CHECK(o_ == NULL);                                                                         \
        CHECK_INT(e_.code, GW_EARG);                                                               \
        CHECK_STR(e_.msg, strlen(e_.msg), want);                                                   \
        free(o_);                                                                                  \
    } while (0)

int main(void) {
    /* the contract's examples: 8 bytes of GB18030, detected; Big5 forced */
    CHECK_DEC("\xD2\xDF\xC7\xE9\xB7\xC0\xBF\xD8", NULL, "疫情防控");
    CHECK_DEC("\xC1\x60\xAE\xD1\xB0\x4F", "Big5", "總書記");
    CHECK_DEC("\xC1\x60\xAE\xD1\xB0\x4F", "big5", "總書記"); /* names are case-insensitive */
    /* UTF-8, with and without a BOM */
    CHECK_DEC("abc", NULL, "abc");
    CHECK_DEC("", NULL, "");
    CHECK_DEC("\xEF\xBB\xBF中国", NULL, "中国");
    CHECK_DEC("\xEF\xBB\xBF中国", "UTF-8", "中国");
    /* UTF-16 with a BOM, and without one */
    CHECK_DEC("\xFF\xFE\x2D\x4E\xFD\x56", NULL, "中国");
    CHECK_DEC("\xFE\xFF\x4E\x2D\x56\xFD", NULL, "中国");
    CHECK_DEC("\x2D\x4E\xFD\x56\x0C\xFF\x31\x00", NULL, "中国，1");
    CHECK_DEC("\x4E\x2D\x56\xFD\x00\x41", NULL, "中国A");
    CHECK_DEC("\x2D\x4E\xFD\x56", "UTF-16LE", "中国");
    /* GB18030's own BOM, and its four-byte forms (U+20000 𠀀) */
    CHECK_DEC("\x84\x31\x95\x33\xD6\xD0", NULL, "中");
    CHECK_DEC("\x95\x32\x82\x36", "GB18030", "𠀀");
    CHECK_DEC("\xD6\xD0\xB9\xFA", "GBK", "中国");
    CHECK_DEC("\xD6\xD0\xB9\xFA", "GB2312", "中国");
    /* strict: the first bad byte, by offset, naming the charset */
    CHECK_ERR("\xD2\xDF\xC7\xE9\xFF\x80\xBF\xD8", NULL, "not valid GB18030 at byte 4");
    CHECK_ERR("\xD2\xDF\xC7", "GB18030", "not valid GB18030 at byte 2"); /* truncated */
    CHECK_ERR("ab\xFF", "UTF-8", "not valid UTF-8 at byte 2");
    CHECK_ERR("\xC1\x60\xAE\xD1\xB0\x4F\xA1\x20", "Big5", "not valid Big5 at byte 6");
    CHECK_ERR("\x2D\x4E\x00\xDC", "UTF-16LE", "not valid UTF-16LE at byte 2"); /* lone surrogate */
    /* a NUL character is an error wherever it comes from */
    CHECK_ERR("a\0b", "UTF-8", "UTF-8 text contains a NUL character at byte 1");
    CHECK_ERR("\xD6\xD0\x00\xB9\xFA", "GB18030", "GB18030 text contains a NUL character at byte 2");
    CHECK_ERR("\x2D\x4E\x00\x00", "UTF-16LE", "UTF-16LE text contains a NUL character at byte 2");
    /* binary data is said to be binary, not a charset error: a NUL byte (unless
     * the bytes are UTF-16), or more than 1 in 20 bytes control bytes */
    CHECK_ERR("a\0b", NULL, "binary data, not text (a NUL byte at byte 1)");
    CHECK_ERR("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", NULL,
              "binary data, not text (a NUL byte at byte 8)");
    CHECK_ERR("\xD6\xD0\x01\x02\xB9\xFA\x03\x04", NULL,
              "binary data, not text (4 control bytes in the first 8)");
    /* a control byte now and then is text: 1 in 20 is still GB18030 */
    CHECK_DEC("\xD6\xD0\xB9\xFA\xD6\xD0\xB9\xFA\xD6\xD0\xB9\xFA\xD6\xD0\xB9\xFA"
              "\xD6\xD0\xB9\xFA\x07",
              NULL, "中国中国中国中国中国\a");
    /* tabs, line and page breaks and escape are not control bytes here */
    CHECK_DEC("\xD6\xD0\t\n\v\f\r\x1B\xB9\xFA", NULL, "中\t\n\v\f\r\x1B国");
    /* forced, the charset's own error */
    CHECK_ERR("\xD6\xD0\x01\x02\xB9\xFA\x03\x04\0", "GB18030",
              "GB18030 text contains a NUL character at byte 8");
    /* the charset read in */
    {
        const char *used = NULL;
        size_t k_ = 0;
        gw_error e_ = {0, 0, {0}};
        char *o_ = gw_decode_used("\xD6\xD0\xB9\xFA", 4, NULL, &k_, &used, &e_);
        CHECK_STR(used, strlen(used), "GB18030");
        free(o_);
        o_ = gw_decode_used("abc", 3, NULL, &k_, &used, &e_);
        CHECK_STR(used, strlen(used), "UTF-8");
        free(o_);
        o_ = gw_decode_used("\xFF\xFE\x2D\x4E", 4, NULL, &k_, &used, &e_);
        CHECK_STR(used, strlen(used), "UTF-16LE");
        free(o_);
        o_ = gw_decode_used("\xD6\xD0", 2, "gbk", &k_, &used, &e_);
        CHECK_STR(used, strlen(used), "GBK");
        free(o_);
    }
    /* an unknown charset lists the valid ones */
    CHECK_ERR("abc", "latin1",
              "unknown charset 'latin1'; use one of UTF-8, GB18030, GBK, GB2312, Big5, UTF-16, "
              "UTF-16LE, UTF-16BE");
    /* longer Big5 text is recognized without being named */
    /* 總書記在全縣大會上的重要講話，這是一個不容易的年份， */
    const char *big5 = "\xC1\x60\xAE\xD1\xB0\x4F\xA6\x62\xA5\xFE\xBF\xA4\xA4\x6A\xB7\x7C\xA4\x57"
                       "\xAA\xBA\xAD\xAB\xAD\x6E\xC1\xBF\xB8\xDC\xA1\x41\xB3\x6F\xAC\x4F\xA4\x40"
                       "\xAD\xD3\xA4\xA3\xAE\x65\xA9\xF6\xAA\xBA\xA6\x7E\xA5\xF7\xA1\x41";
    size_t k;
    gw_error e;
    char *o = dec(big5, strlen(big5), NULL, &k, &e);
    CHECK_STR(o, k, "總書記在全縣大會上的重要講話，這是一個不容易的年份，");
    free(o);
    return check_done("test_decode");
}
