/*
 * test_quotes.c — gw_quotes: the contract's example, the numeral rule,
 * nesting, unclosed marks, ASCII marks, absurd input, and positions on every
 * fixture page.
 */
#include "check.h"
#include "quotes.h"

#include <stdio.h>
#include <stdlib.h>

static int parse(const char *s, size_t n, gw_rows *rows) {
    gw_arg a = {1, s, n, 0};
    gw_args in = {&a, 1, NULL, NULL};
    gw_error err = {0, 0, {0}};
    gw_rows_init(rows, sizeof(gw_quote));
    return gw_parse_quotes(&in, rows, &err);
}

static const gw_quote *row(const gw_rows *r, size_t i) {
    return i < r->n ? gw_rows_at(r, i) : NULL;
}

static void test_contract(void) {
    const char *s = "做好“六稳”“六保”工作，印发《关于进一步加强近期疫情防控工作的紧急通知》";
    gw_rows r;
    CHECK_INT(parse(s, strlen(s), &r), GW_OK);
    CHECK_INT(r.n, 3);
    if (r.n == 3) {
        CHECK_STR(row(&r, 0)->kind.p, row(&r, 0)->kind.n, "quote");
        CHECK_STR(row(&r, 0)->text.p, row(&r, 0)->text.n, "六稳");
        CHECK_INT(row(&r, 0)->numeral.i, 6);
        CHECK_INT(row(&r, 0)->pos, 3);
        CHECK_INT(row(&r, 0)->len, 4);
        CHECK_STR(row(&r, 1)->text.p, row(&r, 1)->text.n, "六保");
        CHECK_STR(row(&r, 2)->kind.p, row(&r, 2)->kind.n, "title");
        CHECK_STR(row(&r, 2)->text.p, row(&r, 2)->text.n,
                  "关于进一步加强近期疫情防控工作的紧急通知");
        CHECK_INT(row(&r, 2)->numeral.type, GW_NUM_NULL);
    }
    gw_rows_free(&r);
}

static void test_numerals(void) {
    static const struct {
        const char *q;
        long long v; /* -1: NULL */
    } cs[] = {{"“六稳”", 6},
              {"“两个维护”", 2},
              {"“25+1”", 25},
              {"“一图一码一指数”", 1},
              {"“十四五”", 14},
              {"“四个意识”", 4},
              {"“硬核隔离”", -1},
              {"“1.3亿”", 130000000},
              {"《十四五规划》", -1},
              {"“一二三四五六七八九十一二”", 123456789},
              {"“一二三四五六七八九十一二三”", -1}};
    for (size_t k = 0; k < sizeof cs / sizeof cs[0]; k++) {
        gw_rows r;
        parse(cs[k].q, strlen(cs[k].q), &r);
        CHECK_INT(r.n, 1);
        if (r.n == 1) {
            if (cs[k].v < 0)
                CHECK_INT(row(&r, 0)->numeral.type, GW_NUM_NULL);
            else
                CHECK(row(&r, 0)->numeral.type == GW_NUM_INT && row(&r, 0)->numeral.i == cs[k].v);
        }
        gw_rows_free(&r);
    }
}

static void test_pairs(void) {
    gw_rows r;
    const char *s = "“坚持‘两个毫不动摇’”、“未完\n下行”、don't、\"a 'b' c\"、《a“b》";
    parse(s, strlen(s), &r);
    /* 坚持‘…’, 两个毫不动摇, a 'b' c, b, a“b (the “ inside 《》 never closes) */
    CHECK_INT(r.n, 5);
    if (r.n == 5) {
        CHECK_STR(row(&r, 0)->text.p, row(&r, 0)->text.n, "坚持‘两个毫不动摇’");
        CHECK_STR(row(&r, 1)->text.p, row(&r, 1)->text.n, "两个毫不动摇");
        CHECK_STR(row(&r, 2)->text.p, row(&r, 2)->text.n, "a 'b' c");
        CHECK_STR(row(&r, 3)->text.p, row(&r, 3)->text.n, "b");
        CHECK_STR(row(&r, 4)->text.p, row(&r, 4)->text.n, "a“b");
        CHECK_INT(row(&r, 1)->pos, 4);
        CHECK_INT(row(&r, 0)->id, 1);
        CHECK_INT(row(&r, 4)->id, 5);
    }
    gw_rows_free(&r);
}

/* Deep nesting and floods of unmatched marks: linear, no crash. */
static void test_absurd(void) {
    size_t n = 200000;
    char *s = malloc(n * 6 + 1);
    if (!s) return;
    for (size_t k = 0; k < n; k++)
        memcpy(s + 3 * k, "“", 3);
    for (size_t k = 0; k < n; k++)
        memcpy(s + 3 * n + 3 * k, "”", 3);
    gw_rows r;
    CHECK_INT(parse(s, 6 * n, &r), GW_OK);
    CHECK_INT(r.n, n);
    gw_rows_free(&r);
    for (size_t k = 0; k < 2 * n; k++)
        memcpy(s + 3 * k, k % 2 ? "《" : "」", 3);
    CHECK_INT(parse(s, 6 * n, &r), GW_OK);
    CHECK_INT(r.n, 0);
    gw_rows_free(&r);
    free(s);
}

static void test_fixtures(void) {
    size_t npages;
    const char *const *pages = check_pages(&npages);
    for (size_t k = 0; k < npages; k++) {
        size_t n;
        char *s = check_read(pages[k], &n);
        CHECK(s != NULL);
        if (!s) continue;
        gw_rows r;
        CHECK_INT(parse(s, n, &r), GW_OK);
        CHECK(r.n > 0);
        int bad = 0;
        for (size_t i = 0; i < r.n; i++) {
            const gw_quote *q = row(&r, i);
            size_t open = gw_char_count(s, (size_t)(q->text.p - s)); /* chars before the text */
            if (open != (size_t)q->pos || gw_char_count(q->text.p, q->text.n) + 2 != (size_t)q->len)
                bad++;
        }
        CHECK_INT(bad, 0);
        gw_rows_free(&r);
        free(s);
    }
}

int main(void) {
    test_contract();
    test_numerals();
    test_pairs();
    test_absurd();
    test_fixtures();
    return check_done("quotes");
}
