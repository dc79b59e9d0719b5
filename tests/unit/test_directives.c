/*
 * test_directives.c — gw_directives and gw_outline (contract §4, §2): each
 * marker style, each negative, each nesting rule, headings and bodies, the
 * contract's examples, positions on every fixture page, and bad input.
 */
#include "check.h"
#include "directives.h"

#include <stdlib.h>
#include <string.h>

static gw_rows rows;
static const char *text;

/* Parses s into the static rows; returns how many. */
static size_t parse(const char *s) {
    gw_rows_free(&rows);
    gw_rows_init(&rows, sizeof(gw_directive));
    text = s;
    gw_arg a = {1, s, strlen(s), 0};
    gw_args in = {&a, 1, NULL, NULL};
    gw_error err = {0, 0, {0}};
    CHECK_INT(gw_parse_directives(&in, &rows, &err), GW_OK);
    return rows.n;
}

static const gw_directive *row(size_t i) {
    static gw_directive none;
    return i < rows.n ? gw_rows_at(&rows, i) : &none;
}

/* One row's marker, style, depth and path, checked at once. */
#define CHECK_ROW(i, mk, st, dp, pa)                                                               \
    do {                                                                                           \
        const gw_directive *d_ = row(i);                                                           \
        CHECK_STR(d_->marker.p, d_->marker.n, mk);                                                 \
        CHECK_STR(d_->style.p, d_->style.n, st);                                                   \
        CHECK_INT(d_->depth, dp);                                                                  \
        CHECK_STR(d_->path.p, d_->path.n, pa);                                                     \
    } while (0)

#define CHECK_HEADING(i, h) CHECK_STR(row(i)->heading.p, row(i)->heading.n, h)
#define CHECK_BODY(i, b)    CHECK_STR(row(i)->body.p, row(i)->body.n, b)

/* The characters pos … pos+len of the text, as a C string in buf. */
static const char *span_of(size_t i, char *buf, size_t cap) {
    const gw_directive *d = row(i);
    size_t b = 0, c = 1;
    while (text[b] && c < (size_t)d->pos) {
        b++;
        if (((unsigned char)text[b] & 0xC0) != 0x80) c++;
    }
    size_t e = b, k = 0;
    while (text[e] && k < (size_t)d->len) {
        e++;
        if (((unsigned char)text[e] & 0xC0) != 0x80) k++;
    }
    size_t n = e - b < cap - 1 ? e - b : cap - 1;
    memcpy(buf, text + b, n);
    buf[n] = 0;
    return buf;
}

static void test_styles(void) {
    CHECK_INT(parse("一、总体要求\n二、主要任务"), 2);
    CHECK_ROW(0, "一、", "dun", 1, "1");
    CHECK_ROW(1, "二、", "dun", 1, "2");

    CHECK_INT(parse("（一）甲\n(二)乙"), 2);
    CHECK_ROW(0, "（一）", "paren", 1, "1");
    CHECK_ROW(1, "(二)", "paren", 1, "2");

    CHECK_INT(parse("1.甲\n2．乙\n3、丙"), 3);
    CHECK_ROW(0, "1.", "arabic", 1, "1");
    CHECK_ROW(1, "2．", "arabic", 1, "2");
    CHECK_ROW(2, "3、", "arabic", 1, "3");

    CHECK_INT(parse("（1）甲\n(2)乙"), 2);
    CHECK_ROW(0, "（1）", "arabic_paren", 1, "1");
    CHECK_ROW(1, "(2)", "arabic_paren", 1, "2");

    CHECK_INT(parse("①甲。②乙。"), 2);
    CHECK_ROW(0, "①", "circled", 1, "1");
    CHECK_ROW(1, "②", "circled", 1, "2");
    CHECK_INT(parse("⑳甲"), 0); /* an inline 20 with nothing to continue */
    CHECK_INT(parse("①甲\n⑳乙"), 2);
    CHECK_INT(row(1)->ordinal, 20);

    CHECK_INT(parse("一是加强领导。二是夯实责任。"), 2);
    CHECK_ROW(0, "一是", "shi", 1, "1");
    CHECK_ROW(1, "二是", "shi", 1, "2");

    CHECK_INT(parse("一要抓好检测。二要抓好流调。"), 2);
    CHECK_ROW(0, "一要", "yao", 1, "1");
    CHECK_ROW(1, "二要", "yao", 1, "2");

    CHECK_INT(parse("第一，甲。第二、乙。第三：丙。第四,丁。"), 4);
    CHECK_ROW(0, "第一，", "di", 1, "1");
    CHECK_ROW(1, "第二、", "di", 1, "2");
    CHECK_ROW(2, "第三：", "di", 1, "3");
    CHECK_ROW(3, "第四,", "di", 1, "4");

    CHECK_INT(parse("首先，甲。其次，乙。再次，丙。最后，丁。"), 4);
    CHECK_ROW(0, "首先，", "seq", 1, "1");
    CHECK_ROW(1, "其次，", "seq", 1, "2");
    CHECK_ROW(2, "再次，", "seq", 1, "3");
    CHECK_ROW(3, "最后，", "seq", 1, "4");
    CHECK_INT(parse("首先，甲。最后，乙。"), 2); /* 最后 = previous + 1 */
    CHECK_INT(row(1)->ordinal, 2);

    CHECK_INT(parse("一方面，甲。另一方面，乙。"), 2);
    CHECK_ROW(0, "一方面，", "fangmian", 1, "1");
    CHECK_ROW(1, "另一方面，", "fangmian", 1, "2");

    CHECK_INT(parse("——面对疫情，甲。\n——面对困难，乙。\n——面对挑战，丙。"), 3);
    CHECK_ROW(0, "——", "dash", 1, "1");
    CHECK_ROW(2, "——", "dash", 1, "3");
    CHECK_INT(row(2)->ordinal, 3);
}

static void test_numerals(void) {
    CHECK_INT(parse("九十九、甲"), 1);
    CHECK_INT(row(0)->ordinal, 99);
    CHECK_INT(parse("十一、甲"), 1);
    CHECK_INT(row(0)->ordinal, 11);
    CHECK_INT(parse("十一、甲\n第十二，乙"), 2);
    CHECK_INT(row(1)->ordinal, 12);
    CHECK_INT(parse("第十二，甲"), 0); /* an inline 12 with nothing to continue */
    CHECK_INT(parse("（十）甲"), 1);
    CHECK_INT(row(0)->ordinal, 10);
    CHECK_INT(parse("12.甲"), 1);
    CHECK_INT(row(0)->ordinal, 12);
    /* full-width digits, as scraped pages write them */
    CHECK_INT(parse("１．甲\n（１）乙\n２．丙"), 3);
    CHECK_ROW(0, "１．", "arabic", 1, "1");
    CHECK_ROW(1, "（１）", "arabic_paren", 2, "1.1");
    CHECK_ROW(2, "２．", "arabic", 1, "2");
    /* a number too large to be an outline's is none */
    CHECK_INT(parse("2023.甲"), 0);
    CHECK_INT(parse("第一千，甲"), 0);
    CHECK_INT(parse("〇、甲"), 0);
}

static void test_clause_starts(void) {
    /* after indentation, incl. U+3000 and NBSP */
    CHECK_INT(parse("\xE3\x80\x80\xE3\x80\x80一、甲"), 1);
    CHECK_INT(parse("  \xC2\xA0一、甲"), 1);
    /* after 。！？；： and their ASCII forms, a closing quote between */
    CHECK_INT(parse("好。一是甲！二是乙？三是丙；四是丁：五是戊"), 5);
    CHECK_INT(parse("好!一是甲?二是乙;三是丙:四是丁"), 4);
    CHECK_INT(parse("他说“要抓好。”一是甲。"), 1);
    CHECK_INT(parse("（见附件。）一是甲。"), 1);
    /* after ， only shi yao di seq fangmian */
    CHECK_INT(parse("下一步，一要甲。"), 1);
    CHECK_INT(parse("下一步,第一,甲。"), 1);
    CHECK_INT(parse("下一步，一方面甲。"), 1);
    CHECK_INT(parse("下一步，首先要甲。"), 1);
    CHECK_INT(parse("下一步，一、甲。"), 0);
    CHECK_INT(parse("下一步，（一）甲。"), 0);
    CHECK_INT(parse("下一步，1.甲。"), 0);
    /* dash only at a line start */
    CHECK_INT(parse("甲。——乙。"), 0);
    /* not inside a clause */
    CHECK_INT(parse("讲话一、要高度警惕"), 0);
    CHECK_INT(parse("坚持“一、二、三”"), 0);
    /* `.` is never a sentence end */
    CHECK_INT(parse("增长2.3%.一是甲"), 0);
}

static void test_negatives(void) {
    CHECK_INT(parse("第一时间成立了领导小组。第一道防线。第三方检测机构。第九版防控方案。"
                    "第一责任人。一手抓疫情防控。统一是关键。实现1.3亿个。"),
              0);
    CHECK_INT(parse("1.3亿人次"), 0);
    CHECK_INT(parse("【篇1】疫情防控工作部署会领导讲话"), 0);
    CHECK_INT(parse("其次，从防控的复杂性来看。"), 0);   /* no 首先 before it */
    CHECK_INT(parse("另一方面，要全力提高。"), 0);       /* no 一方面 before it */
    CHECK_INT(parse("一、甲\n（一）乙。其次，丙。"), 2); /* 首先 is not open here */
    CHECK_INT(parse("最后一公里。"), 0);
}

static void test_nesting(void) {
    /* 1. an open style is the next sibling; deeper levels close */
    CHECK_INT(parse("一、甲\n（一）乙\n1.丙\n（二）丁\n二、戊"), 5);
    CHECK_ROW(2, "1.", "arabic", 3, "1.1.1");
    CHECK_ROW(3, "（二）", "paren", 2, "1.2");
    CHECK_ROW(4, "二、", "dun", 1, "2");
    CHECK_INT(row(4)->parent, GW_NULL_INT);
    CHECK_INT(row(3)->parent, 1);
    /* … and an ordinal 1 there restarts the count */
    CHECK_INT(parse("一、甲\n一是乙。二是丙。\n一是丁。"), 4);
    CHECK_ROW(3, "一是", "shi", 2, "1.1");
    /* 2. n > 1 continues the deepest open level whose last ordinal is n − 1 */
    CHECK_INT(parse("一、甲\n一是乙。二是丙。三是丁。\n二、戊\n一是己。\n第三，庚"), 7);
    CHECK_ROW(6, "第三，", "di", 1, "3");
    CHECK_INT(parse("一、甲\n（一）乙\n（二）丙\n三、丁"), 4);
    CHECK_ROW(3, "三、", "dun", 1, "3"); /* the next sibling: rule 1 before rule 2 */
    CHECK_INT(row(3)->ordinal, 3);
    /* 3. else a new level: ordinal 1 always … */
    CHECK_INT(parse("一、甲\n一要乙。"), 2);
    CHECK_ROW(1, "一要", "yao", 2, "1.1");
    /* … n > 1 only for a numbered heading at a line start */
    CHECK_INT(parse("二、甲\n（五）乙"), 2);
    CHECK_ROW(0, "二、", "dun", 1, "2");
    CHECK_ROW(1, "（五）", "paren", 2, "2.5");
    CHECK_INT(parse("二、甲\n（三）乙"), 2); /* rule 2 first: 三 follows 二 */
    CHECK_ROW(1, "（三）", "paren", 1, "3");
    CHECK_INT(parse("甲。二是乙。"), 0);
    CHECK_INT(parse("二是乙。"), 0);
    CHECK_INT(parse("甲。（二）乙。"), 0);
}

/* The contract's own examples (§4). */
static void test_contract_examples(void) {
    /* 004 【篇5】 */
    CHECK_INT(parse("二、守住“线”\n第一，公众意识要再提高。一要大力开展宣传。二要大力开展培训。\n"
                    "第二，排查管控要再加强。"),
              5);
    CHECK_ROW(0, "二、", "dun", 1, "2");
    CHECK_HEADING(0, "守住“线”");
    CHECK_ROW(1, "第一，", "di", 2, "2.1");
    CHECK_HEADING(1, "公众意识要再提高");
    CHECK_ROW(2, "一要", "yao", 3, "2.1.1");
    CHECK_HEADING(2, "大力开展宣传");
    CHECK_ROW(3, "二要", "yao", 3, "2.1.2");
    CHECK_ROW(4, "第二，", "di", 2, "2.2");
    CHECK_HEADING(4, "排查管控要再加强");
    /* 002: 第三 continues 一、 二、 */
    CHECK_INT(
        parse("一、甲\n一要乙。二要丙。\n二、丁\n一是戊。二是己。三是庚。\n第三，要辛\n一要壬。"),
        9);
    CHECK_ROW(7, "第三，", "di", 1, "3");
    CHECK_ROW(8, "一要", "yao", 2, "3.1");
    CHECK_HEADING(7, "要辛");
    /* 004 【篇1】: 首先 其次 第三 */
    CHECK_INT(parse("一、科学研判形势\n首先，从上级的重视性来看。其次，从防控的复杂性来看。"
                    "第三，从形势的严峻性来看。\n二、强化工作举措"),
              5);
    CHECK_ROW(1, "首先，", "seq", 2, "1.1");
    CHECK_ROW(2, "其次，", "seq", 2, "1.2");
    CHECK_ROW(3, "第三，", "di", 2, "1.3");
    CHECK_ROW(4, "二、", "dun", 1, "2");
    CHECK_HEADING(3, "从形势的严峻性来看");
    /* 001: dash paragraphs, each with its own 一是 run */
    CHECK_INT(parse("一、回顾\n——面对疫情，县委果断决策。一是加强领导。二是夯实责任。\n"
                    "——面对疫情，人民万众一心。一是积极作为。"),
              6);
    CHECK_ROW(1, "——", "dash", 2, "1.1");
    CHECK_ROW(2, "一是", "shi", 3, "1.1.1");
    CHECK_ROW(3, "二是", "shi", 3, "1.1.2");
    CHECK_ROW(4, "——", "dash", 2, "1.2");
    CHECK_ROW(5, "一是", "shi", 3, "1.2.1");
    CHECK_HEADING(1, "面对疫情，县委果断决策");
    /* 000: a one-sentence line keeps its words, without the 。 */
    CHECK_INT(parse("三、鞏固拓展抗疫大戰大考勝利成果\n當前，全省上下正認真學習。\n"
                    "一要堅定自覺做到“兩個維護”。\n二要慎終如始抓好疫情防控。"),
              3);
    CHECK_ROW(1, "一要", "yao", 2, "3.1");
    CHECK_HEADING(1, "堅定自覺做到“兩個維護”");
    CHECK_BODY(1, "");
}

static void test_heading_body(void) {
    char buf[512];
    /* a heading line; the body is the lines below, children included */
    CHECK_INT(parse("一、总体要求\n  坚持稳中求进。\n（一）强化领导。要加强。\n二、任务\n"), 3);
    CHECK_HEADING(0, "总体要求");
    CHECK_BODY(0, "坚持稳中求进。\n（一）强化领导。要加强。");
    CHECK_HEADING(1, "强化领导");
    CHECK_BODY(1, "要加强。");
    CHECK_STR(span_of(0, buf, sizeof buf), strlen(span_of(0, buf, sizeof buf)),
              "一、总体要求\n  坚持稳中求进。\n（一）强化领导。要加强。");
    CHECK_INT(row(0)->pos, 1);
    CHECK_INT(row(1)->pos, 18);
    CHECK_HEADING(2, "任务");
    CHECK_BODY(2, "");
    CHECK_STR(span_of(2, buf, sizeof buf), strlen(span_of(2, buf, sizeof buf)), "二、任务");
    /* inline markers in one long paragraph (page 003) */
    CHECK_INT(parse("前言。一、要坚持人民至上，打赢攻坚战。甲乙。二、要急群众之所急。丙丁"), 2);
    CHECK_HEADING(0, "要坚持人民至上，打赢攻坚战");
    CHECK_BODY(0, "甲乙。");
    CHECK_INT(row(0)->pos, 4);
    CHECK_INT(row(0)->len, 19);
    CHECK_BODY(1, "丙丁");
    /* a heading ends at ；too, and at a child marker on its line */
    CHECK_INT(parse("一是风险；二是事故。"), 2);
    CHECK_HEADING(0, "风险");
    CHECK_BODY(0, "");
    CHECK_STR(span_of(0, buf, sizeof buf), strlen(span_of(0, buf, sizeof buf)), "一是风险；");
    CHECK_INT(parse("一、主要任务：一是甲。二是乙。"), 3);
    CHECK_HEADING(0, "主要任务");
    CHECK_BODY(0, "一是甲。二是乙。");
    /* a heading line's closing punctuation is not heading */
    CHECK_INT(parse("一、总体要求：\n甲。"), 1);
    CHECK_HEADING(0, "总体要求");
    /* the closing 同志们 paragraph closes every open directive … */
    CHECK_INT(parse("同志们：\n一、甲\n乙。\n（一）丙\n丁。\n同志们，让我们奋斗！\n"), 2);
    CHECK_BODY(0, "乙。\n（一）丙\n丁。");
    CHECK_BODY(1, "丁。");
    /* … but one before a later directive does not */
    CHECK_INT(parse("一、甲\n同志们，乙。\n二、丙\n丁。"), 2);
    CHECK_BODY(0, "同志们，乙。");
    /* CR LF line ends */
    CHECK_INT(parse("一、甲\r\n乙。\r\n二、丙\r\n"), 2);
    CHECK_HEADING(0, "甲");
    CHECK_BODY(0, "乙。");
    CHECK_HEADING(1, "丙");
}

static void test_boundaries(void) {
    CHECK_INT(
        parse("【篇1】讲话\n一、甲\n二、乙\n同志们，好。\n【篇2】讲话\n二、丙\n第2篇\n三是丁。"),
        3);
    CHECK_ROW(2, "二、", "dun", 1, "2"); /* a new outline: not 二、's sibling */
    CHECK_INT(row(2)->parent, GW_NULL_INT);
    CHECK_BODY(1, "");
    CHECK_BODY(2, "");
}

static void test_outline(void) {
    gw_error err = {0, 0, {0}};
    size_t n = 0;
    const char *s = "二、守住“线”\n第一，公众意识要再提高。一要大力开展宣传。";
    char *o = gw_outline(s, strlen(s), &n, &err);
    CHECK_STR(o, n, "2  守住“线”\n  2.1  公众意识要再提高\n    2.1.1  大力开展宣传");
    free(o);
    o = gw_outline("没有编号。", strlen("没有编号。"), &n, &err);
    CHECK_STR(o, n, "");
    free(o);
}

/* Byte offset of 1-based character position c. */
static size_t byte_of(const char *s, int64_t c) {
    size_t b = 0;
    for (int64_t k = 1; s[b] && k < c; k++) {
        b++;
        while (((unsigned char)s[b] & 0xC0) == 0x80)
            b++;
    }
    return b;
}

static void test_fixture_positions(void) {
    size_t npages;
    const char *const *pages = check_pages(&npages);
    static const size_t want[] = {16, 18, 24, 5, 83}; /* the first five pages */
    CHECK(npages >= 5);
    for (size_t p = 0; p < 5 && p < npages; p++) {
        char *s = check_read(pages[p], NULL);
        CHECK(s != NULL);
        if (!s) continue;
        CHECK_INT(parse(s), want[p]);
        int bad = 0;
        for (size_t i = 0; i < rows.n; i++) {
            const gw_directive *d = row(i);
            size_t b = byte_of(s, d->pos), e = byte_of(s, d->pos + d->len);
            if (d->marker.p != s + b) bad++;
            if (d->body.n && d->body.p + d->body.n != s + e) bad++;
            if (d->heading.p < d->marker.p + d->marker.n || d->heading.p + d->heading.n > s + e)
                bad++;
            if (d->id != (int64_t)i + 1) bad++;
        }
        CHECK_INT(bad, 0);
        gw_rows_free(&rows);
        free(s);
    }
}

/* Bad input never crashes, hangs or reads out of bounds. */
static void test_bad_input(void) {
    CHECK_INT(parse(""), 0);
    CHECK_INT(parse("\n\n\r\n"), 0);
    CHECK_INT(parse("（一"), 0);
    CHECK_INT(parse("（"), 0);
    CHECK_INT(parse("第"), 0);
    CHECK_INT(parse("一"), 0);
    CHECK_INT(parse("——"), 1);
    CHECK_INT(parse("1."), 1);
    CHECK_INT(parse("首先"), 1);
    CHECK_INT(parse("第九九九九九九九九九九九九九九九九九九九九九九九九九九九九，甲"), 0);
    CHECK_INT(parse("99999999999999999999999999999.甲"), 0);
    /* every style nested once each: the stack is bounded by the styles */
    CHECK_INT(
        parse("一、a\n（一）b\n1.c\n（1）d\n①e\n——f。一是g。一要h。第一，i。首先，j。一方面，k。"),
        11);
    CHECK_INT(row(10)->depth, 11);
    /* a long run of markers */
    size_t n = 200000;
    char *big = malloc(n * 9 + 1);
    if (!big) return;
    for (size_t i = 0; i < n; i++)
        memcpy(big + i * 9, "一是。", 9);
    big[n * 9] = 0;
    CHECK(parse(big) > 0);
    CHECK_INT(row(rows.n - 1)->depth, 1);
    free(big);
}

/* Random texts made of marker pieces, punctuation and line breaks: every row
 * keeps the invariants, whatever the mix. A fixed seed keeps it repeatable. */
static void test_random_texts(void) {
    static const char *const pieces[] = {
        "一",     "二",       "三",     "十",      "九十九", "第",
        "、",     "是",       "要",     "（",      "）",     "(",
        ")",      "1",        "2",      "１",      ".",      "．",
        "①",      "②",        "——",     "首先",    "其次",   "最后",
        "一方面", "另一方面", "，",     ",",       "。",     "！",
        "；",     "：",       "”",      "\n",      "\r\n",   "\xE3\x80\x80",
        " ",      "甲",       "同志们", "【篇1】", "第2篇",  "。\n同志们，",
        "x",
    };
    const size_t np = sizeof pieces / sizeof pieces[0];
    unsigned long seed = 12345;
    char buf[4096];
    int bad = 0;
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        int count = (int)(seed % 200);
        for (int i = 0; i < count; i++) {
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            const char *p = pieces[(seed >> 33) % np];
            size_t l = strlen(p);
            if (len + l >= sizeof buf) break;
            memcpy(buf + len, p, l);
            len += l;
        }
        buf[len] = 0;
        seed = seed * 6364136223846793005UL + 1442695040888963407UL;
        parse(buf);
        int64_t chars = 0;
        for (size_t b = 0; b < len; b++)
            chars += ((unsigned char)buf[b] & 0xC0) != 0x80;
        for (size_t i = 0; i < rows.n; i++) {
            const gw_directive *d = row(i);
            size_t b = byte_of(buf, d->pos);
            if (d->pos < 1 || d->len < 1 || d->pos + d->len - 1 > chars) bad++;
            if (d->marker.p != buf + b) bad++;
            if (d->depth < 1 || d->depth > 11) bad++;
            if (d->parent != GW_NULL_INT && (d->parent < 1 || d->parent >= d->id)) bad++;
            if (d->body.n && d->body.p + d->body.n != buf + byte_of(buf, d->pos + d->len)) bad++;
            if (d->heading.p + d->heading.n > buf + len || d->body.p + d->body.n > buf + len) bad++;
        }
    }
    CHECK_INT(bad, 0);
}

int main(void) {
    test_styles();
    test_numerals();
    test_clause_starts();
    test_negatives();
    test_nesting();
    test_contract_examples();
    test_heading_body();
    test_boundaries();
    test_outline();
    test_fixture_positions();
    test_bad_input();
    test_random_texts();
    gw_rows_free(&rows);
    return check_done("directives");
}
