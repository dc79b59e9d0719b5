/*
 * test_cues.c — the cues several parsers share (cues.c): clause starts,
 * markers, collection headings and dates; and the promise they keep between
 * gw_speeches and gw_directives: on every form of collection heading, a page
 * read whole gives the directives its speeches give one by one.
 */
#include "check.h"
#include "cues.h"
#include "directives.h"
#include "speeches.h"

#include <stdio.h>
#include <string.h>

static void test_clause(void) {
    const char *s = "甲。乙，丙” 丁";
    /* 甲 starts a line; after 。 strongly; after ， weakly; a closing quote
     * and a space keep what stood before them */
    CHECK_INT(gw_clause_at(s, 0, 0), GW_AT_LINE);
    CHECK_INT(gw_clause_at(s, 0, 3), GW_AT_NONE);
    CHECK_INT(gw_clause_at(s, 0, 6), GW_AT_STRONG);
    CHECK_INT(gw_clause_at(s, 0, 12), GW_AT_COMMA);
    CHECK_INT(gw_clause_at(s, 0, strlen(s) - 3), GW_AT_NONE);
    CHECK_INT(gw_clause_at("” 1.", 0, 4), GW_AT_STRONG);
    CHECK_INT(gw_clause_at("  1.", 0, 2), GW_AT_LINE);
    CHECK_INT(gw_clause_after(0xFF1B /* ； */, GW_AT_NONE), GW_AT_STRONG);
    CHECK_INT(gw_clause_after(',', GW_AT_NONE), GW_AT_COMMA);
    CHECK_INT(gw_clause_after(' ', GW_AT_LINE), GW_AT_STRONG);
}

/* The marker at the start of s read at `at`: its style name and ordinal. */
static void check_marker(const char *s, int at, const char *style, int64_t ord, const char *mk) {
    gw_marker m;
    int ok = gw_marker_at(s, strlen(s), 0, at, &m);
    if (!style) {
        CHECK(!ok);
        if (ok) printf("     unexpected marker in %s\n", s);
        return;
    }
    CHECK(ok);
    if (!ok) {
        printf("     no marker in %s\n", s);
        return;
    }
    CHECK_STR(gw_style_name[m.style], strlen(gw_style_name[m.style]), style);
    CHECK_INT(m.ord, ord);
    CHECK_STR(s + m.b, m.e - m.b, mk);
}

static void test_markers(void) {
    check_marker("一、甲", GW_AT_STRONG, "dun", 1, "一、");
    check_marker("十二、甲", GW_AT_STRONG, "dun", 12, "十二、");
    check_marker("（三）甲", GW_AT_STRONG, "paren", 3, "（三）");
    check_marker("(2)甲", GW_AT_STRONG, "arabic_paren", 2, "(2)");
    check_marker("3．甲", GW_AT_STRONG, "arabic", 3, "3．");
    check_marker("1.3亿", GW_AT_LINE, NULL, 0, NULL);
    check_marker("②甲", GW_AT_STRONG, "circled", 2, "②");
    check_marker("⑴甲", GW_AT_STRONG, "arabic_paren", 1, "⑴");
    check_marker("一是甲", GW_AT_COMMA, "shi", 1, "一是");
    check_marker("二要甲", GW_AT_COMMA, "yao", 2, "二要");
    check_marker("第三，甲", GW_AT_COMMA, "di", 3, "第三，");
    check_marker("第一时间", GW_AT_LINE, NULL, 0, NULL);
    check_marker("首先，甲", GW_AT_COMMA, "seq", 1, "首先，");
    check_marker("其次甲", GW_AT_COMMA, "seq", 2, "其次");
    check_marker("另一方面，甲", GW_AT_COMMA, "fangmian", 2, "另一方面，");
    check_marker("——甲", GW_AT_LINE, "dash", 0, "——");
    check_marker("——甲", GW_AT_STRONG, NULL, 0, NULL);
    check_marker("一、甲", GW_AT_COMMA, NULL, 0, NULL); /* dun not after ， */
    check_marker("1000.甲", GW_AT_LINE, NULL, 0, NULL); /* above GW_MAX_ORDINAL */
    CHECK(gw_is_ordinal_char(0x5341) && gw_is_ordinal_char(0x8D30) && !gw_is_ordinal_char(0x4E07));
}

static void check_heading(const char *line, int want, const char *rest) {
    int n = 0;
    size_t r = 0, len = strlen(line);
    int ok = gw_collection_heading(line, 0, len, &n, &r);
    if (!want) {
        CHECK(!ok);
        if (ok) printf("     unexpected heading: %s\n", line);
        return;
    }
    CHECK(ok);
    if (!ok) printf("     no heading: %s\n", line);
    CHECK_INT(n, want);
    CHECK_STR(line + r, len - r, rest);
}

static void test_headings(void) {
    check_heading("【篇2】在全市大会上的讲话", 2, "在全市大会上的讲话");
    check_heading("[篇3]讲话", 3, "讲话");
    check_heading("【第4篇】讲话", 4, "讲话");
    check_heading("【 篇5 】", 5, "");
    check_heading("【篇 5】", 0, NULL);
    check_heading("第6篇", 6, "");
    check_heading("第七篇：", 7, "");
    check_heading("篇八", 8, "");
    check_heading("第6篇讲话", 0, NULL); /* 第N篇 must stand alone */
    check_heading("篇章", 0, NULL);
    check_heading("【篇0】", 0, NULL);
    check_heading("【篇2", 0, NULL);
    check_heading("新篇章", 0, NULL);
}

static void check_date(const char *s, long y, long m, long d, size_t len) {
    gw_date dt;
    size_t e = gw_date_at(s, 0, strlen(s), &dt);
    CHECK_INT(e, len);
    if (!len) return;
    CHECK_INT(dt.y, y);
    CHECK_INT(dt.m, m);
    CHECK_INT(dt.d, d);
}

static void test_dates(void) {
    const long A = GW_DATE_ABSENT, R = GW_DATE_REDACTED;
    check_date("2020-12-28 18:00", 2020, 12, 28, 10);
    check_date("2020/1/2", 2020, 1, 2, 8);
    check_date("2020.12.28", 2020, 12, 28, 10);
    check_date("2020.12", 0, 0, 0, 0);
    check_date("2020-12", 2020, 12, A, 7);
    check_date("2020年12月28日", 2020, 12, 28, strlen("2020年12月28日"));
    check_date("二〇二〇年一月", 2020, 1, A, strlen("二〇二〇年一月"));
    check_date("1月21日", A, 1, 21, strlen("1月21日"));
    check_date("20XX年", R, A, A, strlen("20XX年"));
    check_date("80年代", 0, 0, 0, 0);
    check_date("日常", 0, 0, 0, 0);
}

/* ---- the promise between gw_speeches and gw_directives ---- */

/* The paths of gw_directives over s[0..n), joined by spaces, into out. */
static void paths(const char *s, size_t n, char *out, size_t cap) {
    gw_rows rows;
    gw_rows_init(&rows, sizeof(gw_directive));
    gw_arg a = {1, s, n, 0};
    gw_args in = {&a, 1, NULL, NULL};
    gw_error err = {0, 0, {0}};
    CHECK_INT(gw_parse_directives(&in, &rows, &err), GW_OK);
    size_t k = strlen(out);
    for (size_t i = 0; i < rows.n; i++) {
        const gw_directive *d = gw_rows_at(&rows, i);
        k += (size_t)snprintf(out + k, cap - k, "%s%.*s", k ? " " : "", (int)d->path.n, d->path.p);
    }
    gw_rows_free(&rows);
}

static void test_promise(void) {
    static const char *const second[] = {
        "【篇2】在全县经济工作会议上的讲话",
        "[篇2]在全县经济工作会议上的讲话",
        "【第2篇】在全县经济工作会议上的讲话",
        "【 篇2 】",
        "第2篇",
        "篇2",
        "第二篇：",
        "篇二",
    };
    for (size_t v = 0; v < sizeof second / sizeof second[0]; v++) {
        char page[1024];
        snprintf(page, sizeof page,
                 "【篇1】在全县教育大会上的讲话\n一、抓好教育。\n（一）抓好小学。\n"
                 "%s\n1.抓好经济。\n一、抓好工业。\n",
                 second[v]);
        gw_rows sp;
        gw_rows_init(&sp, sizeof(gw_speech));
        gw_arg a = {1, page, strlen(page), 0};
        gw_args in = {&a, 1, NULL, NULL};
        gw_error err = {0, 0, {0}};
        CHECK_INT(gw_parse_speeches(&in, &sp, &err), GW_OK);
        CHECK_INT(sp.n, 2);
        char whole[256] = "", each[256] = "";
        paths(page, strlen(page), whole, sizeof whole);
        for (size_t i = 0; i < sp.n; i++) {
            const gw_speech *r = gw_rows_at(&sp, i);
            paths(r->body.p, r->body.n, each, sizeof each);
        }
        CHECK_STR(whole, strlen(whole), "1 1.1 1 1.1");
        CHECK_STR(each, strlen(each), "1 1.1 1 1.1");
        if (sp.n != 2 || strcmp(whole, each)) printf("     heading form: %s\n", second[v]);
        gw_rows_free(&sp);
    }
}

int main(void) {
    test_clause();
    test_markers();
    test_headings();
    test_dates();
    test_promise();
    return check_done("cues");
}
