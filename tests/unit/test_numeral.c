/*
 * test_numeral.c — the numeral grammar: every example of contract §2 and §5,
 * a table of cases read one by one, the longest-prefix rule, and absurd input.
 */
#include "check.h"
#include "numeral.h"

#include <stdlib.h>

/* gw_number(text): 'i' an INTEGER, 'r' a REAL, 'n' NULL. */
typedef struct vcase {
    const char *text;
    char type;
    long long i;
    double d;
} vcase;

static const vcase values[] = {
    /* contract §2 */
    {"一千二百三十四", 'i', 1234, 0},
    {"两万", 'i', 20000, 0},
    {"4298.8亿", 'i', 429880000000LL, 0},
    {"二〇二〇", 'i', 2020, 0},
    {"十九", 'i', 19, 0},
    {"百分之十五", 'i', 15, 0},
    {"1,291", 'i', 1291, 0},
    {"１２", 'i', 12, 0},
    {"壹万贰仟", 'i', 12000, 0},
    {"十万零一", 'i', 100001, 0},
    {"零点五", 'r', 0, 0.5},
    {"一七二零点一", 'r', 0, 1720.1},
    {"3萬3,883", 'i', 33883, 0},
    {"零点点", 'n', 0, 0},
    {"一手抓", 'n', 0, 0},
    /* contract §5 values */
    {"4298.8億", 'i', 429880000000LL, 0},
    {"2.86万", 'i', 28600, 0},
    {"60萬", 'i', 600000, 0},
    {"2.3%", 'r', 0, 2.3},
    {"96%", 'i', 96, 0},
    {"十一", 'i', 11, 0},
    {"四", 'i', 4, 0},
    {"两", 'i', 2, 0},
    {"兩", 'i', 2, 0},
    /* Arabic */
    {"0", 'i', 0, 0},
    {"7", 'i', 7, 0},
    {"1291", 'i', 1291, 0},
    {"12,345,678", 'i', 12345678, 0},
    {"1,000.5", 'r', 0, 1000.5},
    {"1.0", 'i', 1, 0},
    {"6.0", 'i', 6, 0},
    {"0.5", 'r', 0, 0.5},
    {"14.57", 'r', 0, 14.57},
    {"１２．５", 'r', 0, 12.5},
    {"２０２０", 'i', 2020, 0},
    {"1,2345", 'n', 0, 0},
    {"12,34", 'n', 0, 0},
    {"1234,567", 'n', 0, 0},
    {"1.", 'n', 0, 0},
    {".5", 'n', 0, 0},
    {"1.2.3", 'n', 0, 0},
    {"9223372036854775807", 'i', 9223372036854775807LL, 0},
    {"9223372036854775808", 'r', 0, 9223372036854775808.0},
    {"  42  ", 'i', 42, 0},
    {"", 'n', 0, 0},
    {"   ", 'n', 0, 0},
    {"abc", 'n', 0, 0},
    {"12abc", 'n', 0, 0},
    /* Arabic with multipliers */
    {"1.3亿", 'i', 130000000, 0},
    {"5.6万", 'i', 56000, 0},
    {"15.5萬", 'i', 155000, 0},
    {"1000萬", 'i', 10000000, 0},
    {"32億", 'i', 3200000000LL, 0},
    {"14.57億", 'i', 1457000000, 0},
    {"6.37亿", 'i', 637000000, 0},
    {"7.9万", 'i', 79000, 0},
    {"870万", 'i', 8700000, 0},
    {"1.5千", 'i', 1500, 0},
    {"3千", 'i', 3000, 0},
    {"1亿2000万", 'i', 120000000, 0},
    {"2兆", 'i', 2000000000000LL, 0},
    {"1.23456789万", 'r', 0, 12345.6789},
    {"3.5万亿", 'i', 3500000000000LL, 0},
    /* Chinese, 小写 */
    {"一", 'i', 1, 0},
    {"十", 'i', 10, 0},
    {"十一", 'i', 11, 0},
    {"二十", 'i', 20, 0},
    {"二十七", 'i', 27, 0},
    {"九十九", 'i', 99, 0},
    {"一百", 'i', 100, 0},
    {"一百零五", 'i', 105, 0},
    {"一百一十", 'i', 110, 0},
    {"三百六十五", 'i', 365, 0},
    {"一千零一", 'i', 1001, 0},
    {"一千零一十", 'i', 1010, 0},
    {"两千", 'i', 2000, 0},
    {"两千零二十", 'i', 2020, 0},
    {"一万", 'i', 10000, 0},
    {"十万", 'i', 100000, 0},
    {"一百万", 'i', 1000000, 0},
    {"一千万", 'i', 10000000, 0},
    {"一千二百三十四万五千", 'i', 12345000, 0},
    {"一千二百三十四万五千六百七十八", 'i', 12345678, 0},
    {"一亿", 'i', 100000000, 0},
    {"三亿五千万", 'i', 350000000, 0},
    {"三亿零五万", 'i', 300050000, 0},
    {"一亿零一", 'i', 100000001, 0},
    {"一万二千万", 'i', 120000000, 0},
    {"一万亿", 'i', 1000000000000LL, 0},
    {"五千万亿", 'i', 5000000000000000LL, 0},
    {"一兆", 'i', 1000000000000LL, 0},
    {"万亿", 'i', 1000000000000LL, 0},
    {"一万五", 'i', 15000, 0},
    {"一百五", 'i', 150, 0},
    {"三千五", 'i', 3500, 0},
    {"两万五", 'i', 25000, 0},
    {"一亿五", 'i', 150000000, 0},
    {"十万零一", 'i', 100001, 0},
    {"一十", 'i', 10, 0},
    {"零", 'i', 0, 0},
    {"〇", 'i', 0, 0},
    /* traditional and 大写 */
    {"萬", 'i', 10000, 0},
    {"兩萬", 'i', 20000, 0},
    {"一億", 'i', 100000000, 0},
    {"壹佰", 'i', 100, 0},
    {"叁拾", 'i', 30, 0},
    {"參拾陸", 'i', 36, 0},
    {"贰佰伍拾", 'i', 250, 0},
    {"貳仟零壹", 'i', 2001, 0},
    {"肆萬柒仟捌佰玖拾", 'i', 47890, 0},
    {"陆", 'i', 6, 0},
    {"陸億", 'i', 600000000, 0},
    /* digit by digit */
    {"二〇二一", 'i', 2021, 0},
    {"一九四九", 'i', 1949, 0},
    {"二零二零", 'i', 2020, 0},
    {"三五", 'i', 35, 0},
    {"一二三四五", 'i', 12345, 0},
    {"两三", 'n', 0, 0},
    {"三两", 'n', 0, 0},
    /* 点 decimals */
    {"零点五", 'r', 0, 0.5},
    {"三点五", 'r', 0, 3.5},
    {"十二点五", 'r', 0, 12.5},
    {"十二点五亿", 'i', 1250000000, 0},
    {"三点一四一五九", 'r', 0, 3.14159},
    {"一点五万亿", 'i', 1500000000000LL, 0},
    {"点五", 'n', 0, 0},
    {"五点", 'n', 0, 0},
    {"五点两", 'n', 0, 0},
    /* percentages */
    {"百分之十五", 'i', 15, 0},
    {"百分之百", 'i', 100, 0},
    {"百分之零点五", 'r', 0, 0.5},
    {"百分之九十五点五", 'r', 0, 95.5},
    {"15%", 'i', 15, 0},
    {"15％", 'i', 15, 0},
    {"八十％", 'i', 80, 0},
    {"百分之", 'n', 0, 0},
    /* not one numeral */
    {"千千万万", 'n', 0, 0},
    {"万众一心", 'n', 0, 0},
    {"十四五", 'n', 0, 0},
    {"一百零", 'n', 0, 0},
    {"十十", 'n', 0, 0},
    {"一十百", 'n', 0, 0},
    {"百十", 'n', 0, 0},
    {"三5", 'n', 0, 0},
    {"5三", 'n', 0, 0},
    {"25+1", 'n', 0, 0},
    {"一图一码", 'n', 0, 0},
    {"二〇二〇年", 'n', 0, 0},
    {"1291例", 'n', 0, 0},
    /* overflow */
    {"亿亿亿", 'r', 0, 1e24},
    {"一万万万万", 'i', 10000000000000000LL, 0},
};

static void test_values(void) {
    for (size_t k = 0; k < sizeof values / sizeof values[0]; k++) {
        const vcase *c = &values[k];
        gw_num v = gw_number_value(c->text, strlen(c->text));
        int want = c->type == 'i' ? GW_NUM_INT : c->type == 'r' ? GW_NUM_REAL : GW_NUM_NULL;
        int ok = v.type == want && (want != GW_NUM_INT || v.i == c->i) &&
                 (want != GW_NUM_REAL || (v.d - c->d < 1e-9 * (c->d > 1 ? c->d : 1) &&
                                          c->d - v.d < 1e-9 * (c->d > 1 ? c->d : 1)));
        CHECK(ok);
        if (!ok)
            printf("     %s: got type %d i %lld d %g, want %c %lld %g\n", c->text, v.type,
                   (long long)v.i, v.d, c->type, c->i, c->d);
    }
}

/* The longest well-formed numeral at the start of a text. */
typedef struct pcase {
    const char *text;
    const char *numeral; /* what is read */
    long long value;
} pcase;

static const pcase prefixes[] = {
    {"十四五规划", "十四", 14},
    {"六稳", "六", 6},
    {"两个维护", "两", 2},
    {"25+1", "25", 25},
    {"一图一码一指数", "一", 1},
    {"1291例", "1291", 1291},
    {"4298.8億元", "4298.8億", 429880000000LL},
    {"60餘萬名", "60", 60},
    {"96%以上", "96%", 96},
    {"1.8个百分点", "1.8", 0},
    {"1.", "1", 1},
    {"1. 加强领导", "1", 1},
    {"2020-09-08", "2020", 2020},
    {"10:30", "10", 10},
    {"十一个工作组", "十一", 11},
    {"一百零人", "一百", 100},
    {"三五百块", "三五", 35},
    {"二〇二〇年", "二〇二〇", 2020},
    {"1,2345", "1", 1},
    {"12,345,6", "12,345", 12345},
    {"千千万万", "千", 1000},
    {"两手硬", "两", 2},
    {"1.3亿个", "1.3亿", 130000000},
    {"3萬3,883美元", "3萬3,883", 33883},
    {"十九届五中全会", "十九", 19},
    {"5-7天", "5", 5},
};

static void test_prefixes(void) {
    for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
        const pcase *c = &prefixes[k];
        gw_numeral r = gw_numeral_scan(c->text, strlen(c->text));
        CHECK_STR(c->text, r.len, c->numeral);
        if (c->value) CHECK_INT(r.value.i, c->value);
    }
}

static void test_flags(void) {
    gw_numeral r = gw_numeral_scan("百分之十五", strlen("百分之十五"));
    CHECK(r.percent && r.chinese && !r.pct_sign);
    r = gw_numeral_scan("2.3%", 4);
    CHECK(r.percent && r.pct_sign && r.arabic && r.decimal);
    r = gw_numeral_scan("二〇二〇", strlen("二〇二〇"));
    CHECK(r.sequence && r.chinese && !r.multiplier);
    r = gw_numeral_scan("1.3亿", strlen("1.3亿"));
    CHECK(r.multiplier && r.arabic && r.big_at == 3);
    r = gw_numeral_scan("十九", strlen("十九"));
    CHECK(r.lead_unit && !r.multiplier);
    r = gw_numeral_scan("一百", strlen("一百"));
    CHECK(!r.lead_unit && r.multiplier && r.big_at == r.len);
    CHECK_INT(gw_zh_digit(0x5169), 2);
    CHECK_INT(gw_zh_unit(0x5146), 12);
    CHECK_INT(gw_zh_digit('a'), -1);
    CHECK(gw_numeral_start(0xFF11));
    CHECK(!gw_numeral_start(0x70B9));
}

/* Absurd input: never a crash, NULL rather than a wrong value. */
static void test_absurd(void) {
    size_t n = 10000;
    char *s = malloc(n * 3 + 1);
    if (!s) return;
    memset(s, '9', n);
    gw_num v = gw_number_value(s, n); /* a 10,000-digit number */
    CHECK_INT(v.type, GW_NUM_NULL);
    gw_numeral r = gw_numeral_scan(s, n);
    CHECK_INT(r.len, n);
    memset(s, '1', 300);
    CHECK_INT(gw_number_value(s, 300).type, GW_NUM_REAL); /* 1e299: a double */
    s[0] = '0';
    s[1] = '.';
    memset(s + 2, '3', n - 2); /* 0.333… with 9,998 decimals */
    v = gw_number_value(s, n);
    CHECK(v.type == GW_NUM_REAL && v.d > 0.3333 && v.d < 0.3334);
    for (size_t k = 0; k < n; k++)
        memcpy(s + 3 * k, "亿", 3); /* 亿亿亿… */
    v = gw_number_value(s, 3 * n);
    CHECK_INT(v.type, GW_NUM_NULL);
    memcpy(s, "一", 3);
    for (size_t k = 1; k < n; k++)
        memcpy(s + 3 * k, "万", 3); /* 一万万万… */
    v = gw_number_value(s, 3 * n);
    CHECK_INT(v.type, GW_NUM_NULL);
    for (size_t k = 0; k < n; k++)
        memcpy(s + 3 * k, k % 2 ? "零" : "十", 3);
    r = gw_numeral_scan(s, 3 * n);
    CHECK_INT(r.len, 3); /* 十 then 零十: not well formed */
    for (size_t k = 0; k < n; k++)
        memcpy(s + 3 * k, "二", 3); /* 二二二… digit by digit, overflows */
    v = gw_number_value(s, 3 * n);
    CHECK_INT(v.type, GW_NUM_NULL);
    CHECK_INT(gw_numeral_scan("\xE4\xB8", 2).len, 0); /* truncated UTF-8 */
    CHECK_INT(gw_numeral_scan("", 0).len, 0);
    free(s);
}

int main(void) {
    test_values();
    test_prefixes();
    test_flags();
    test_absurd();
    return check_done("numeral");
}
