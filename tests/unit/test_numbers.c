/*
 * test_numbers.c — gw_numbers: the word lists are sorted, the contract's
 * examples, what does not count, absurd input, and the position invariant
 * on every fixture page.
 */
#include "check.h"
#include "numbers.h"
#include "units.h"

#include <stdio.h>
#include <stdlib.h>

static int parse(const char *s, gw_rows *rows) {
    gw_arg a = {1, s, strlen(s), 0};
    gw_args in = {&a, 1, NULL, NULL};
    gw_error err = {0, 0, {0}};
    gw_rows_init(rows, sizeof(gw_number));
    return gw_parse_numbers(&in, rows, &err);
}

static const gw_number *row(const gw_rows *r, size_t i) {
    return i < r->n ? gw_rows_at(r, i) : NULL;
}

static void test_tables_sorted(void) {
    for (size_t i = 1; i < sizeof gw_units / sizeof gw_units[0]; i++)
        CHECK(strcmp(gw_units[i - 1].text, gw_units[i].text) < 0);
    for (size_t i = 1; i < sizeof gw_approx_before / sizeof gw_approx_before[0]; i++)
        CHECK(strcmp(gw_approx_before[i - 1].text, gw_approx_before[i].text) < 0);
    for (size_t i = 1; i < sizeof gw_approx_after / sizeof gw_approx_after[0]; i++)
        CHECK(strcmp(gw_approx_after[i - 1].text, gw_approx_after[i].text) < 0);
    for (size_t i = 1; i < sizeof gw_approx_inside / sizeof gw_approx_inside[0]; i++)
        CHECK(strcmp(gw_approx_inside[i - 1].text, gw_approx_inside[i].text) < 0);
    for (size_t i = 1; i < sizeof gw_unit_words / sizeof gw_unit_words[0]; i++)
        CHECK(strcmp(gw_unit_words[i - 1], gw_unit_words[i]) < 0);
}

/* One mention: text, value (or -1 for NULL), unit, kind, approx, redacted, date. */
typedef struct ncase {
    const char *input;
    const char *text;
    long long value;
    const char *unit;
    const char *kind;
    const char *approx;
    int redacted;
    const char *date;
} ncase;

static const ncase cases[] = {
    {"累计报告确诊病例1291例", "1291例", 1291, "例", "count", NULL, 0, NULL},
    {"累計完成減税降費4298.8億元", "4298.8億元", 429880000000LL, "元", "money", NULL, 0, NULL},
    {"全省60餘萬名醫務工作者", "60餘萬名", 600000, "名", "count", "余", 0, NULL},
    {"佔總數的96%以上", "96%以上", 96, "%", "percent", "以上", 0, NULL},
    {"5-7天内可完成", "5-7天", -1, "天", "duration", NULL, 0, NULL},
    {"下派**个驻村工作队", "**个", -1, "个", "count", NULL, 1, NULL},
    {"1月21日紧急召开", "1月21日", -1, NULL, "date", NULL, 0, "--01-21"},
    {"组建十一个工作组", "十一个", 11, "个", "count", NULL, 0, NULL},
    {"做到“两个维护”", "两个", 2, "个", "count", NULL, 0, NULL},
    {"增加2.86万人", "2.86万人", 28600, "人", "count", NULL, 0, NULL},
    {"收入3萬3,883美元", "3萬3,883美元", 33883, "美元", "money", NULL, 0, NULL},
    {"达到百分之十五", "百分之十五", 15, "%", "percent", NULL, 0, NULL},
    {"有八成群众", "八成", 80, "%", "percent", NULL, 0, NULL},
    {"2020年9月8日", "2020年9月8日", -1, NULL, "date", NULL, 0, "2020-09-08"},
    {"2020年12月", "2020年12月", -1, NULL, "date", NULL, 0, "2020-12"},
    {"二〇二〇年", "二〇二〇年", -1, NULL, "date", NULL, 0, "2020"},
    {"20XX年5月9日", "20XX年5月9日", -1, NULL, "date", NULL, 1, "--05-09"},
    {"XXXX年", "XXXX年", -1, NULL, "date", NULL, 1, NULL},
    {"20_年", "20_年", -1, NULL, "date", NULL, 1, NULL},
    {"若近14天有", "14天", 14, "天", "duration", NULL, 0, NULL},
    {"近五年来", "五年", 5, "年", "duration", NULL, 0, NULL},
    {"近3万人", "近3万人", 30000, "人", "count", "近", 0, NULL},
    {"超过32亿元", "超过32亿元", 3200000000LL, "元", "money", "超过", 0, NULL},
    {"第九版", "第九版", 9, "版", "ordinal", NULL, 0, NULL},
    {"十九届五中全会", "十九届", 19, "届", "ordinal", NULL, 0, NULL},
    {"经过八个多月", "八个多月", 8, "个月", "duration", "多", 0, NULL},
    {"1.8个百分点", "1.8个百分点", -2, "百分点", "percent", NULL, 0, NULL},
    {"十点", NULL, 0, NULL, NULL, NULL, 0, NULL},
    {"上午10:30开会", "10:30", -1, NULL, "time", NULL, 0, NULL},
    {"三十万", "三十万", 300000, NULL, "bare", NULL, 0, NULL},
    {"年龄96岁", "96岁", 96, "岁", "duration", NULL, 0, NULL},
    {"90人左右", "90人左右", 90, "人", "count", "左右", 0, NULL},
    {"来X返X人员", NULL, 0, NULL, NULL, NULL, 0, NULL},
    {"不满14天", "不满14天", 14, "天", "duration", "不满", 0, NULL},
    {"50多家", "50多家", 50, "家", "count", "多", 0, NULL},
    {"两年多", "两年多", 2, "年", "duration", "多", 0, NULL},
    {"送到3人民医院", "3", 3, NULL, "bare", NULL, 0, NULL},
    {"3人们", "3", 3, NULL, "bare", NULL, 0, NULL},
    {"全国14亿人民", "14亿人", 1400000000LL, "人", "count", NULL, 0, NULL},
    {"全县33万人民群众", "33万人", 330000, "人", "count", NULL, 0, NULL},
    {"3人次", "3人次", 3, "人次", "count", NULL, 0, NULL},
    {"50元人民币", "50元", 50, "元", "money", NULL, 0, NULL},
    {"5人民币", "5人民币", 5, "人民币", "money", NULL, 0, NULL},
    {"境外第二波疫情", "第二波", 2, "波", "ordinal", NULL, 0, NULL},
    {"又一波，三波疫情", "三波", 3, "波", "count", NULL, 0, NULL},
    {"“一辦七組”", "七組", 7, "组", "count", NULL, 0, NULL},
    {"组建了三组专家", "三组", 3, "组", "count", NULL, 0, NULL},
    {"年交易額億元以上", "億元以上", 100000000, "元", "money", "以上", 0, NULL},
    {"人均万元", "万元", 10000, "元", "money", NULL, 0, NULL},
    {"日產能破千萬", "破千萬", 10000000, NULL, "bare", "破", 0, NULL},
    {"销量突破亿元", "突破亿元", 100000000, "元", "money", "突破", 0, NULL},
    {"近千人参加", "近千人", 1000, "人", "count", "近", 0, NULL},
    {"有**人在现场", NULL, 0, NULL, NULL, NULL, 0, NULL},
    {"有***人参加", "***人", -1, "人", "count", NULL, 1, NULL},
    {"截至XX月XX日24时", "XX月XX日24时", -1, NULL, "date", NULL, 1, NULL},
    {"响应等级下调为二级", "二级", 2, "级", "count", NULL, 0, NULL},
    /* as PDF and Word converters print figures: a space inside a mention */
    {"全年完成投资 52.3 亿元", "52.3 亿元", 5230000000LL, "元", "money", NULL, 0, NULL},
    {"新建 18 个", "18 个", 18, "个", "count", NULL, 0, NULL},
    {"粮食 96.5 万吨", "96.5 万吨", 965000, "吨", "count", NULL, 0, NULL},
    {"接近 600 万吨", "接近 600 万吨", 6000000, "吨", "count", "接近", 0, NULL},
    {"于2021 年3月5日", "2021 年3月5日", -1, NULL, "date", NULL, 0, "2021-03-05"},
    {"第 3 页", "第 3 页", 3, "页", "ordinal", NULL, 0, NULL},
    {"共 8\n页", "8", 8, NULL, "bare", NULL, 0, NULL},
    {"新建 18 人员", "18", 18, NULL, "bare", NULL, 0, NULL},
    /* units the closed list lacks, from the lexicon's measure words */
    {"发电120千瓦时", "120千瓦时", 120, "千瓦时", "count", NULL, 0, NULL},
    {"装机1200万千瓦", "1200万千瓦", 12000000, "千瓦", "count", NULL, 0, NULL},
    {"运量800吨公里", "800吨公里", 800, "吨公里", "count", NULL, 0, NULL},
    {"10标准箱", "10标准箱", 10, "标准箱", "count", NULL, 0, NULL},
    {"全文3000字", "3000字", 3000, "字", "count", NULL, 0, NULL},
    {"二两酒", "二两", 2, "两", "count", NULL, 0, NULL},
    {"5台套", "5台套", 5, "台套", "count", NULL, 0, NULL},
    {"3千公顷", "3千公顷", 3000, "公顷", "count", NULL, 0, NULL},
    /* 点: the points of a speech, not a decimal point or a clock time */
    {"我讲三点意见", "三点", 3, "点", "count", NULL, 0, NULL},
    {"提四点要求", "四点", 4, "点", "count", NULL, 0, NULL},
    {"谈兩點體會", "兩點", 2, "点", "count", NULL, 0, NULL},
    {"三点钟开会", NULL, 0, NULL, NULL, NULL, 0, NULL},
    {"下午三点开会", NULL, 0, NULL, NULL, NULL, 0, NULL},
    {"阅读999+", "999+", 999, NULL, "bare", "+", 0, NULL},
    {"文件25.8K", NULL, 0, NULL, NULL, NULL, 0, NULL},
    {"大小1.3MB", NULL, 0, NULL, NULL, NULL, 0, NULL},
};

static void test_cases(void) {
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const ncase *c = &cases[k];
        gw_rows r;
        CHECK_INT(parse(c->input, &r), GW_OK);
        const gw_number *x = row(&r, 0);
        if (!c->text) {
            CHECK_INT(r.n, 0);
            if (r.n) printf("     %s: unexpected %.*s\n", c->input, (int)x->text.n, x->text.p);
            gw_rows_free(&r);
            continue;
        }
        CHECK_INT(r.n, 1);
        if (!x) {
            printf("     %s: no row\n", c->input);
            gw_rows_free(&r);
            continue;
        }
        CHECK_STR(x->text.p, x->text.n, c->text);
        if (c->value == -1)
            CHECK_INT(x->value.type, GW_NUM_NULL);
        else if (c->value >= 0)
            CHECK(x->value.type == GW_NUM_INT && x->value.i == c->value);
        CHECK_STR(x->unit.p, x->unit.n, c->unit);
        CHECK_STR(x->kind.p, x->kind.n, c->kind);
        CHECK_STR(x->approx.p, x->approx.n, c->approx);
        CHECK_INT(x->redacted, c->redacted);
        CHECK_STR(x->date.p, x->date.n, c->date);
        gw_rows_free(&r);
    }
}

static void test_ranges(void) {
    static const struct {
        const char *input;
        long long low, high;
    } rs[] = {{"5-7天", 5, 7},
              {"2至5人", 2, 5},
              {"两三天", 2, 3},
              {"三五百块", 300, 500},
              {"七八十人", 70, 80},
              {"十五六岁", 15, 16},
              {"5～7万元", 50000, 70000},
              {"三至五天", 3, 5},
              {"一两天", 1, 2}};
    for (size_t k = 0; k < sizeof rs / sizeof rs[0]; k++) {
        gw_rows r;
        parse(rs[k].input, &r);
        const gw_number *x = row(&r, 0);
        CHECK(r.n == 1 && x->value.type == GW_NUM_NULL && x->low.i == rs[k].low &&
              x->high.i == rs[k].high);
        if (r.n == 1) CHECK_STR(x->text.p, x->text.n, rs[k].input);
        gw_rows_free(&r);
    }
}

/* What does not count. */
static void test_exclusions(void) {
    static const char *const none[] = {
        "一手抓",      "两手硬",        "一盘棋",       "万众一心",
        "千千万万",    "一线",          "十指弹琴",     "八八战略",
        "四方责任",    "三会一课",      "一个",         "第一时间",
        "第三方",      "一是",          "二、",         "第一，",
        "1. 加强领导", "（2）压实责任", "H1N1",         "5G网络",
        "COVID-19",    "三五成群",      "来X返X人员",   "十二分精神",
        "二十大",      "长三角",        "四包抓",       "送到XX人民医院",
        "**人们",      "XX人士",        "第三人民医院", "**人在重大灾难面前",
        "XX人的",      "小组",          "组织",         "组建",
        "省领导小组",  "三组织",        "两点一线",     "一波三折",
        "三波动",      "千家万户",      "千万不要",     "百姓",
        "百年大计",    "万人空巷",      "最近千人",     "不远万里",
        "感动万分",    "附近千米"};
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        gw_rows r;
        parse(none[k], &r);
        CHECK_INT(r.n, 0);
        if (r.n) printf("     %s counted\n", none[k]);
        gw_rows_free(&r);
    }
    gw_rows r;
    parse("12人\xE2\x80\xA8"
          "3人\r\n4人\xC2\x85"
          "5人",
          &r); /* U+2028, CRLF, U+0085 */
    CHECK_INT(r.n, 4);
    if (r.n == 4) CHECK_INT(row(&r, 3)->pos, 12);
    gw_rows_free(&r);
    parse("共计14\n万人", &r); /* never across a line break */
    CHECK_INT(r.n, 1);
    CHECK_STR(row(&r, 0)->text.p, row(&r, 0)->text.n, "14");
    gw_rows_free(&r);
}

static void test_columns(void) {
    gw_rows r;
    parse("今年，全县下派**个驻村工作队263名驻村干部；做到“两个维护”。", &r);
    CHECK_INT(r.n, 3);
    if (r.n == 3) {
        const gw_number *a = row(&r, 0), *b = row(&r, 1), *c = row(&r, 2);
        CHECK_INT(a->id, 1);
        CHECK_INT(a->pos, 8);
        CHECK_INT(a->len, 3);
        CHECK_STR(a->clause.p, a->clause.n, "全县下派**个驻村工作队263名驻村干部");
        CHECK_INT(b->pos, 16);
        CHECK_STR(c->clause.p, c->clause.n, "做到“两个维护”");
        CHECK_INT(c->in_quote, 1);
        CHECK_INT(b->in_quote, 0);
    }
    gw_rows_free(&r);
}

/* Absurd input: long numerals, many marks, no crash, linear time. */
/* Positions count characters as gw_char_count does, even on broken UTF-8
 * (a lead byte without its continuation bytes). */
static void test_broken_utf8_positions(void) {
    static const char *const pieces[] = {"3人",  "\xE4", "\xE4\xB8", "人", "\x80",
                                         "五个", "。",   "\xEF\xBC", "\n", "“",
                                         "”",    "12%",  "\xC2",     "年"};
    unsigned seed = 12345;
    for (int t = 0; t < 300; t++) {
        char buf[512];
        size_t n = 0;
        for (int k = 0; k < 40; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
            memcpy(buf + n, p, strlen(p));
            n += strlen(p);
        }
        buf[n] = 0;
        gw_rows r;
        CHECK_INT(parse(buf, &r), GW_OK);
        for (size_t k = 0; k < r.n; k++) {
            const gw_number *x = row(&r, k);
            size_t b = (size_t)(x->text.p - buf);
            CHECK_INT(x->pos, (int64_t)gw_char_count(buf, b) + 1);
            CHECK_INT(x->len, (int64_t)gw_char_count(x->text.p, x->text.n));
        }
        gw_rows_free(&r);
    }
}

static void test_absurd(void) {
    size_t n = 300000;
    char *s = malloc(n * 3 + 1);
    if (!s) return;
    for (size_t k = 0; k < n; k++)
        memcpy(s + 3 * k, k % 3 == 2 ? "个" : "亿", 3);
    s[3 * n] = 0;
    gw_rows r;
    CHECK_INT(parse(s, &r), GW_OK); /* 亿亿个 repeated: leading 亿 is no mention */
    gw_rows_free(&r);
    memset(s, '9', 3 * n);
    memcpy(s + 3 * n - 3, "元", 3);
    CHECK_INT(parse(s, &r), GW_OK);
    CHECK_INT(r.n, 1);
    if (r.n) CHECK_INT(row(&r, 0)->value.type, GW_NUM_NULL);
    gw_rows_free(&r);
    for (size_t k = 0; k < n; k++)
        memcpy(s + 3 * k, k % 2 ? "“" : "5", k % 2 ? 3 : 1), s[3 * k + 1] = 'X', s[3 * k + 2] = 'X';
    s[3 * n] = 0;
    CHECK_INT(parse(s, &r), GW_OK);
    gw_rows_free(&r);
    free(s);
}

/* substr(input, pos, len) = text on every row of every fixture page. */
static void test_fixtures(void) {
    size_t npages;
    const char *const *pages = check_pages(&npages);
    for (size_t k = 0; k < npages; k++) {
        size_t n;
        char *s = check_read(pages[k], &n);
        CHECK(s != NULL);
        if (!s) continue;
        gw_rows r;
        CHECK_INT(parse(s, &r), GW_OK);
        CHECK(r.n > 0);
        int bad = 0;
        for (size_t i = 0; i < r.n; i++) {
            const gw_number *x = row(&r, i);
            if (gw_char_count(s, (size_t)(x->text.p - s)) + 1 != (size_t)x->pos ||
                gw_char_count(x->text.p, x->text.n) != (size_t)x->len || x->id != (int64_t)i + 1)
                bad++;
        }
        CHECK_INT(bad, 0);
        gw_rows_free(&r);
        free(s);
    }
}

int main(void) {
    test_tables_sorted();
    test_cases();
    test_ranges();
    test_exclusions();
    test_columns();
    test_absurd();
    test_broken_utf8_positions();
    test_fixtures();
    return check_done("numbers");
}
