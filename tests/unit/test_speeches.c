/*
 * test_speeches.c — gw_speeches (contract §3): each chrome rule on a small
 * page made up for it, titles, speakers, occasions, dates, levels,
 * collections, truncation, and pages that are empty, all chrome or hostile.
 */
#include "check.h"
#include "chrome_words.h"
#include "speeches.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gw_rows rows;

/* Parses page into the global rows; returns the number of speeches. */
static size_t parse(const char *page) {
    gw_rows_free(&rows);
    gw_rows_init(&rows, sizeof(gw_speech));
    gw_arg a = {1, page, strlen(page), 0};
    gw_args in = {&a, 1, NULL, NULL};
    gw_error err;
    memset(&err, 0, sizeof err);
    int rc = gw_parse_speeches(&in, &rows, &err);
    CHECK_INT(rc, GW_OK);
    return rows.n;
}

static const gw_speech *row(size_t i) {
    static const gw_speech none; /* a missing row reads as all NULL */
    return i < rows.n ? (const gw_speech *)gw_rows_at(&rows, i) : &none;
}

/* The byte offset of 1-based character position pos in s. */
static size_t byte_of(const char *s, int64_t pos) {
    size_t b = 0;
    for (int64_t c = 1; c < pos && s[b]; c++) {
        b++;
        while (((unsigned char)s[b] & 0xC0) == 0x80)
            b++;
    }
    return b;
}

/* substr(page, pos, len) starts with what and ends with the body's last paragraph. */
static int span_ok(const char *page, const gw_speech *r, const char *starts) {
    size_t b = byte_of(page, r->pos), e = byte_of(page, r->pos + r->len);
    if (strncmp(page + b, starts, strlen(starts)) != 0) return 0;
    const char *last = r->body.p, *nl;
    while ((nl = memchr(last, '\n', r->body.n - (size_t)(last - r->body.p))))
        last = nl + 1;
    size_t ln = r->body.n - (size_t)(last - r->body.p);
    return e - b >= ln && memcmp(page + e - ln, last, ln) == 0;
}

#define SORTED(t) sorted(t, sizeof(t) / sizeof((t)[0]), #t)
static void sorted(const char *const *t, size_t n, const char *name) {
    for (size_t i = 1; i < n; i++)
        if (strcmp(t[i - 1], t[i]) >= 0) {
            printf("FAIL %s not sorted at \"%s\"\n", name, t[i]);
            check_failed++;
            return;
        }
    check_passed++;
}

static void test_tables_sorted(void) {
    SORTED(gw_stop_words);
    SORTED(gw_notice_words);
    SORTED(gw_chrome_words);
    SORTED(gw_leadin_words);
    SORTED(gw_inline_words);
    SORTED(gw_bracket_notice_words);
    SORTED(gw_trailing_notice_words);
    SORTED(gw_kind_words);
    SORTED(gw_role_words);
    SORTED(gw_role_prefixes);
    SORTED(gw_title_decor);
    SORTED(gw_outline_words);
    for (size_t i = 1; i < sizeof gw_meeting_finals / sizeof gw_meeting_finals[0]; i++)
        CHECK(gw_meeting_finals[i - 1] < gw_meeting_finals[i]);
}

static void test_empty(void) {
    CHECK_INT(parse(""), 0);
    CHECK_INT(parse("\n\n  \n\xE3\x80\x80\n"), 0);
    gw_arg a = {0, NULL, 0, 0};
    gw_args in = {&a, 1, NULL, NULL};
    gw_error err;
    CHECK_INT(gw_parse_speeches(&in, &rows, &err), GW_OK);
}

/* A page without any chrome: the title, then the speech. */
static void test_clean_page(void) {
    const char *p = "在全市经济工作会议上的讲话\n\n同志们：\n\n今天我们召开全市经济工作会议。\n"
                    "\xE3\x80\x80\xE3\x80\x80我市经济稳中向好，全市上下要再接再厉。\xC2\xA0\n";
    CHECK_INT(parse(p), 1);
    const gw_speech *r = row(0);
    CHECK_INT(r->idx, 1);
    CHECK_STR(r->title.p, r->title.n, "在全市经济工作会议上的讲话");
    CHECK_STR(r->speaker.p, r->speaker.n, NULL);
    CHECK_STR(r->occasion.p, r->occasion.n, "全市经济工作会议");
    CHECK_STR(r->published.p, r->published.n, NULL);
    CHECK_STR(r->level.p, r->level.n, "市");
    CHECK_STR(r->script.p, r->script.n, "Hans");
    CHECK_INT(r->truncated, 0);
    CHECK_STR(r->body.p, r->body.n,
              "同志们：\n今天我们召开全市经济工作会议。\n我市经济稳中向好，全市上下要再接再厉。");
    CHECK_INT(r->pos, 1);
    CHECK(span_ok(p, r, "在全市经济工作会议上的讲话"));
    /* no title at all: the span starts at the body */
    CHECK_INT(parse("\n同志们：\n要抓好落实。\n"), 1);
    CHECK_STR(row(0)->title.p, row(0)->title.n, NULL);
    CHECK_INT(row(0)->pos, 2);
}

/* A page of nothing but chrome gives no speech. */
static void test_only_chrome(void) {
    const char *p = "当前位置：首页 > 公文范文 > 讲话稿\n"
                    "浏览次数：1234\n"
                    "分享到：\n"
                    "微信扫一扫\n"
                    "Copyright © 2023 example.com All Rights Reserved\n"
                    "京ICP备12345678号-1\n"
                    "推荐阅读\n"
                    "关于做好安全生产工作的讲话。\n";
    CHECK_INT(parse(p), 0);
}

/* Navigation, metadata, view counts, a date line, share buttons and a
 * "related" list around a speech; the date comes from the metadata. */
static void test_page_chrome(void) {
    const char *p = "网站首页 > 讲话稿 > 领导讲话\n"
                    "县长在全县春耕生产动员大会上的讲话\n"
                    "发布时间：2021-03-05 09:12 来源：本站 阅读：356\n"
                    "\n"
                    "同志们：\n"
                    "今天召开全县春耕生产动员大会，我县春耕工作全面展开。\n"
                    "一、统一思想\n"
                    "县委、县政府高度重视春耕生产。\n"
                    "分享到：微信 微博 QQ空间\n"
                    "扫码关注公众号\n"
                    "上一篇：在全县教育大会上的讲话\n"
                    "下一篇：在全县卫生大会上的讲话\n";
    CHECK_INT(parse(p), 1);
    const gw_speech *r = row(0);
    CHECK_STR(r->title.p, r->title.n, "县长在全县春耕生产动员大会上的讲话");
    CHECK_STR(r->speaker.p, r->speaker.n, "县长");
    CHECK_STR(r->occasion.p, r->occasion.n, "全县春耕生产动员大会");
    CHECK_STR(r->published.p, r->published.n, "2021-03-05");
    CHECK_STR(r->level.p, r->level.n, "县");
    CHECK_STR(r->body.p, r->body.n,
              "同志们：\n今天召开全县春耕生产动员大会，我县春耕工作全面展开。\n一、统一思想\n"
              "县委、县政府高度重视春耕生产。");
    CHECK(span_ok(p, r, "县长在全县春耕生产动员大会上的讲话"));
}

/* Chrome inside a paragraph line: a site's URL and a footer sentence between
 * two sentences, a page counter and a GB/T 9704 page number mid-sentence. */
static void test_inline_chrome(void) {
    const char *p = "在全区工作会议上的讲话\n"
                    "要加强组织领导。www.fanwen-example.com 要压实工作责任。\n"
                    "要强化督查问责。本文来源于范文网，如有侵权请联系删除。要严肃工作纪律。\n"
                    "要统筹发展和安全，第 2 页 共 5 页确保全区大局稳定。\n"
                    "要关心关爱干部，— 3 —激励担当作为（https://example.cn/a?id=1）。\n"
                    "各级各部门要抓好落实。\n"
                    "- 4 -\n"
                    "第 5 页 共 5 页\n";
    CHECK_INT(parse(p), 1);
    const gw_speech *r = row(0);
    CHECK_STR(r->body.p, r->body.n,
              "要加强组织领导。要压实工作责任。\n"
              "要强化督查问责。要严肃工作纪律。\n"
              "要统筹发展和安全，确保全区大局稳定。\n"
              "要关心关爱干部，激励担当作为。\n"
              "各级各部门要抓好落实。");
    CHECK_INT(r->truncated, 0);
    CHECK_STR(r->level.p, r->level.n, "区");
    /* not chrome: ranges, decimals, a dash, 第一 */
    CHECK_INT(parse("讲话\n5-7天内完成，增长1.3%，——一要抓好第一责任。\n"), 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "5-7天内完成，增长1.3%，——一要抓好第一责任。");
}

/* A teaser before the title that breaks off with ..., and document-site
 * furniture: uploads, sizes, counters, download notices, a copyright footer. */
static void test_teaser_and_document_site(void) {
    const char *p = "市长在全市安全生产会议上的讲话\n"
                    "同志们，今天我们召开全市安全生产会议，主要任务是...\n"
                    "会员上传 下载docx 35KB\n"
                    "市长在全市安全生产会议上的讲话\n"
                    "同志们，今天我们召开全市安全生产会议，主要任务是部署工作。\n"
                    "安全生产责任重于泰山。\n"
                    "1 / 8\n"
                    "下载后可任意编辑\n"
                    "©2015-2023 doc.example.com 某某文档网.\n";
    CHECK_INT(parse(p), 1);
    const gw_speech *r = row(0);
    CHECK_STR(r->body.p, r->body.n,
              "同志们，今天我们召开全市安全生产会议，主要任务是部署工作。\n安全生产责任重于泰山。");
    CHECK_STR(r->speaker.p, r->speaker.n, "市长");
    CHECK(span_ok(
        p, r,
        "市长在全市安全生产会议上的讲话\n同志们，今天我们召开全市安全生产会议，主要任务是部署"));
    /* a teaser that is the opening of the next paragraph */
    const char *q =
        "在全省工作会议上的发言\n今天召开全省工作会议\n今天召开全省工作会议，我讲三点。\n";
    CHECK_INT(parse(q), 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "今天召开全省工作会议，我讲三点。");
}

/* An editor's lead-in, and a news line announcing the text. */
static void test_leadins(void) {
    const char *p = "2023年开学典礼校长致辞【精选】\n"
                    "开学啦。下面是小编为大家整理的开学典礼校长致辞，供大家参考。\n"
                    "开学典礼校长致辞\n"
                    "亲爱的同学们：\n"
                    "欢迎你们来到学校！\n";
    CHECK_INT(parse(p), 1);
    const gw_speech *r = row(0);
    CHECK_STR(r->title.p, r->title.n, "开学典礼校长致辞");
    CHECK_STR(r->speaker.p, r->speaker.n, "校长");
    CHECK_STR(r->occasion.p, r->occasion.n, "开学典礼");
    CHECK_STR(r->body.p, r->body.n, "亲爱的同学们：\n欢迎你们来到学校！");
    CHECK_STR(r->level.p, r->level.n, NULL);
    const char *q = "在庆祝大会上的讲话（全文）\n"
                    "（2021年7月1日）\n"
                    "新华社北京7月1日电 庆祝大会今天上午隆重举行。现刊载全文如下：\n"
                    "同志们，朋友们：\n"
                    "今天，我们在这里隆重集会。\n";
    CHECK_INT(parse(q), 1);
    r = row(0);
    CHECK_STR(r->title.p, r->title.n, "在庆祝大会上的讲话");
    CHECK_STR(r->occasion.p, r->occasion.n, "庆祝大会");
    CHECK_STR(r->published.p, r->published.n, "2021-07-01");
    CHECK_STR(r->body.p, r->body.n, "同志们，朋友们：\n今天，我们在这里隆重集会。");
    /* speech text on the same line as the announcement is kept */
    CHECK_INT(parse("讲话\n以下是他的演辞内容：各位来宾，大家好！\n谢谢大家。\n"), 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "各位来宾，大家好！\n谢谢大家。");
}

/* A site-made outline before the speech. */
static void test_outline(void) {
    const char *p = "在全县项目建设推进会上的讲话\n"
                    "目录：\n"
                    "一、认清形势\n"
                    "二、压实责任\n"
                    "一、认清形势\n"
                    "当前项目建设任务繁重。\n"
                    "二、压实责任\n"
                    "各乡镇要落实主体责任。\n";
    CHECK_INT(parse(p), 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n,
              "一、认清形势\n当前项目建设任务繁重。\n二、压实责任\n各乡镇要落实主体责任。");
}

/* Truncation notices: a counter of words left out inside the paragraph, 省略N字,
 * a read-more line; and a page that ends without one. */
static void test_truncation(void) {
    const char *p = "在全市工作会议上的讲话\n"
                    "同志们：\n"
                    "今年以来我市经济运行平稳。下一步要……(未完,全文共3456字,当前显示1200字)\n";
    CHECK_INT(parse(p), 1);
    CHECK_INT(row(0)->truncated, 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "同志们：\n今年以来我市经济运行平稳。下一步要……");
    CHECK_INT(parse("讲话\n要抓好落实。此处省略1200字要严守纪律。\n"), 1);
    CHECK_INT(row(0)->truncated, 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "要抓好落实。要严守纪律。");
    CHECK_INT(parse("讲话\n要抓好落实，要严守纪律，要加强作风建设……阅读全文>>\n"), 1);
    CHECK_INT(row(0)->truncated, 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "要抓好落实，要严守纪律，要加强作风建设");
    CHECK_INT(parse("讲话\n要抓好落实。\n阅读全文\n（想阅读完全部内容，您需要先登录！）\n"), 1);
    CHECK_INT(row(0)->truncated, 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "要抓好落实。");
    /* a speech that says 阅读全文 in a sentence is not cut */
    CHECK_INT(parse("讲话\n请大家会后认真阅读全文。\n"), 1);
    CHECK_INT(row(0)->truncated, 0);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "请大家会后认真阅读全文。");
}

/* A collection split at 【篇N】 and 第N篇, with a lead-in and a related list. */
static void test_collection(void) {
    const char *p = "经济工作会议讲话范文(通用3篇)\n"
                    "以下是为大家整理的经济工作会议讲话3篇，欢迎品鉴！\n"
                    "【篇1】县委书记在全县经济工作会议上的讲话\n"
                    "同志们：\n"
                    "全县经济稳中有进。\n"
                    "【篇2】经济工作会议领导讲话\n"
                    "我省经济持续向好，全省上下要乘势而上。\n"
                    "（想阅读完全部内容，您需要先登录！）\n"
                    "第3篇\n"
                    "今年全旗经济增长6%。\n"
                    "推荐阅读：\n"
                    "在全市经济工作会议上的讲话（精选5篇）\n";
    CHECK_INT(parse(p), 3);
    const gw_speech *r = row(0);
    CHECK_INT(r->idx, 1);
    CHECK_STR(r->title.p, r->title.n, "县委书记在全县经济工作会议上的讲话");
    CHECK_STR(r->speaker.p, r->speaker.n, "县委书记");
    CHECK_STR(r->occasion.p, r->occasion.n, "全县经济工作会议");
    CHECK_STR(r->body.p, r->body.n, "同志们：\n全县经济稳中有进。");
    CHECK_INT(r->truncated, 0);
    CHECK(span_ok(p, r, "【篇1】县委书记"));
    r = row(1);
    CHECK_INT(r->idx, 2);
    CHECK_STR(r->title.p, r->title.n, "经济工作会议领导讲话");
    CHECK_STR(r->speaker.p, r->speaker.n, "领导");
    CHECK_STR(r->occasion.p, r->occasion.n, "经济工作会议");
    CHECK_STR(r->level.p, r->level.n, "省");
    CHECK_INT(r->truncated, 1);
    CHECK(span_ok(p, r, "【篇2】"));
    r = row(2);
    CHECK_INT(r->idx, 3);
    CHECK_STR(r->title.p, r->title.n, "经济工作会议讲话"); /* the page's own, without decoration */
    CHECK_STR(r->body.p, r->body.n, "今年全旗经济增长6%。");
    CHECK_STR(r->level.p, r->level.n, "旗");
    CHECK_INT(r->truncated, 0);
    CHECK(span_ok(p, r, "第3篇"));
    /* 篇N alone, with Chinese numerals */
    CHECK_INT(parse("篇一\n要抓好落实。\n篇二\n要严守纪律。\n"), 2);
    CHECK_INT(row(1)->idx, 2);
}

/* Titles: decoration, speakers, occasions, traditional characters. */
static void test_titles(void) {
    CHECK_INT(parse("2023年疫情防控推进会上讲话【优秀范文】\n要抓好落实。\n"), 1);
    CHECK_STR(row(0)->title.p, row(0)->title.n, "2023年疫情防控推进会上讲话");
    CHECK_INT(parse("疫情防控表彰會領導發言材料\n\n要抓好落實。\n"), 1);
    CHECK_STR(row(0)->speaker.p, row(0)->speaker.n, "領導");
    CHECK_STR(row(0)->occasion.p, row(0)->occasion.n, "疫情防控表彰會");
    CHECK_STR(row(0)->script.p, row(0)->script.n, "Hant");
    CHECK_INT(parse("关于在全省医养结合工作推进会上的讲话\n要抓好落实。\n"), 1);
    CHECK_STR(row(0)->speaker.p, row(0)->speaker.n, NULL);
    CHECK_STR(row(0)->occasion.p, row(0)->occasion.n, "全省医养结合工作推进会");
    /* the nearest title line above the body that names a speech wins */
    CHECK_INT(parse("坚持人民至上\n副市长在防汛工作会议上的讲话\n（此为标题）\n要抓好落实。\n"), 1);
    CHECK_STR(row(0)->title.p, row(0)->title.n, "副市长在防汛工作会议上的讲话");
    CHECK_STR(row(0)->speaker.p, row(0)->speaker.n, "副市长");
    /* a subtitle ——在…上的讲话 under a main title */
    CHECK_INT(parse("奋力谱写新篇章\n——在全市干部大会上的讲话\n张三\n同志们：\n要抓好落实。\n"), 1);
    CHECK_STR(row(0)->title.p, row(0)->title.n, "在全市干部大会上的讲话");
    CHECK_STR(row(0)->body.p, row(0)->body.n, "同志们：\n要抓好落实。");
    /* no title names a speech: the page's first title line */
    CHECK_INT(parse("坚持人民至上\n资源描述\n要抓好落实。\n"), 1);
    CHECK_STR(row(0)->title.p, row(0)->title.n, "坚持人民至上");
    CHECK_STR(row(0)->speaker.p, row(0)->speaker.n, NULL);
    CHECK_STR(row(0)->occasion.p, row(0)->occasion.n, NULL);
}

/* Level: counts of 全X 我X X委 X政府; ties to the more local; 自治区 is 省. */
static void test_level(void) {
    CHECK_INT(parse("讲话\n全省上下要支持全县工作。\n"), 1);
    CHECK_STR(row(0)->level.p, row(0)->level.n, "县");
    CHECK_INT(parse("讲话\n自治区党委、自治区政府高度重视，全自治区上下，全区各级要落实。\n"), 1);
    CHECK_STR(row(0)->level.p, row(0)->level.n, "省");
    CHECK_INT(parse("讲话\n社区委员会要配合，全市场监管要加强，我市要落实。\n"), 1);
    CHECK_STR(row(0)->level.p, row(0)->level.n, "市");
    CHECK_INT(parse("讲话\n各地要落实。\n"), 1);
    CHECK_STR(row(0)->level.p, row(0)->level.n, NULL);
    CHECK_INT(parse("讲话\n全縣上下，縣委、縣政府，全區。\n"), 1);
    CHECK_STR(row(0)->level.p, row(0)->level.n, "县");
}

/* Every line break reads alike: \n, \r\n, \r, U+2028, U+2029, U+0085, mixed. */
static void test_line_breaks(void) {
    static const char *const br[] = {"\n",           "\r\n",         "\r",
                                     "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\x85"};
    static const int br_chars[] = {1, 2, 1, 1, 1, 1};
    char page[256];
    for (size_t k = 0; k < sizeof br / sizeof br[0]; k++) {
        snprintf(page, sizeof page,
                 "县长在全县大会上的讲话%s同志们：%s今天我们开会。%s全县上下要抓好落实。%s", br[k],
                 br[k], br[k], br[k]);
        CHECK_INT(parse(page), 1);
        CHECK_STR(row(0)->title.p, row(0)->title.n, "县长在全县大会上的讲话");
        CHECK_STR(row(0)->body.p, row(0)->body.n, "同志们：\n今天我们开会。\n全县上下要抓好落实。");
        CHECK_STR(row(0)->level.p, row(0)->level.n, "县");
        CHECK_INT(row(0)->pos, 1);
        CHECK_INT(row(0)->len, 32 + 3 * br_chars[k]);
        CHECK(span_ok(page, row(0), "县长"));
    }
    /* a \r late on a page of \n, then U+2028 */
    const char *p = "讲话\n同志们：\n要抓好落实。\r\n要严守纪律。\n";
    CHECK_INT(parse(p), 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "同志们：\n要抓好落实。\n要严守纪律。");
    CHECK_INT(row(0)->pos, 1);
    CHECK_INT(row(0)->len, 22);
    p = "讲话\r\n同志们：\r\n要抓好落实。\xE2\x80\xA8要严守纪律。";
    CHECK_INT(parse(p), 1);
    CHECK_STR(row(0)->body.p, row(0)->body.n, "同志们：\n要抓好落实。\n要严守纪律。");
    CHECK_INT(row(0)->len, 23);
}

/* Hostile input: nothing crashes, hangs or reads out of bounds. */
static void test_hostile(void) {
    size_t n = 200000, cap = n * 12 + 1, k;
    char *big = malloc(cap);
    static const char head[] = "【篇1】\n", junk[] = "（【第—.-/ 省";
    for (k = 0; k + sizeof head < cap; k += sizeof head - 1)
        memcpy(big + k, head, sizeof head - 1);
    big[k] = 0;
    CHECK_INT(parse(big), 0);
    /* one huge line of brackets, dashes, dots and 第 */
    for (k = 0; k + sizeof junk < cap; k += sizeof junk - 1)
        memcpy(big + k, junk, sizeof junk - 1);
    big[k] = 0;
    parse(big);
    CHECK(1);
    /* a huge speech: one line repeated */
    static const char para[] = "要抓好落实。\n";
    memcpy(big, "讲话\n", 7);
    for (k = 7; k + sizeof para < cap; k += sizeof para - 1)
        memcpy(big + k, para, sizeof para - 1);
    big[k] = 0;
    CHECK_INT(parse(big), 1);
    free(big);
    CHECK_INT(parse("【篇99999999999999999999】讲话\n要抓好落实。\n"), 1);
    CHECK_INT(parse("第\n篇\n【\n（\n—\n-\n/\n。\n"), 0);
}

int main(void) {
    gw_rows_init(&rows, sizeof(gw_speech));
    test_tables_sorted();
    test_empty();
    test_clean_page();
    test_only_chrome();
    test_page_chrome();
    test_inline_chrome();
    test_teaser_and_document_site();
    test_leadins();
    test_outline();
    test_truncation();
    test_collection();
    test_titles();
    test_level();
    test_line_breaks();
    test_hostile();
    gw_rows_free(&rows);
    return check_done("speeches");
}
