/*
 * test_words_cut.c — gw_words, gw_keywords and gw_cut over the compiled lexicon
 * (expected cuts read from dict.txt: 总书记 1104 n, 强调 6318 v …, and
 * checked against jieba by tests/words_jieba.py).
 */
#include "check.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

/* The words of s as "a/b/c" (norm when norm is 1), with terms or NULL. */
static char *cut(const char *s, const void *terms, int norm) {
    static char all[4096];
    gw_arg a = {1, s, strlen(s), 0};
    gw_args in = {&a, 1, NULL, terms};
    gw_error err = {0, 0, {0}};
    gw_rows r;
    gw_rows_init(&r, sizeof(gw_word));
    all[0] = 0;
    CHECK_INT(gw_parse_words(&in, &r, &err), GW_OK);
    for (size_t i = 0; i < r.n; i++) {
        const gw_word *w = gw_rows_at(&r, i);
        gw_str x = norm ? w->norm : w->word;
        if (i) strncat(all, "/", sizeof all - strlen(all) - 1);
        if (x.n < sizeof all - strlen(all) - 1) strncat(all, x.p, x.n);
    }
    gw_rows_free(&r);
    return all;
}

#define CHECK_CUT(s, terms, want)                                                                  \
    do {                                                                                           \
        const char *got_ = cut(s, terms, 0);                                                       \
        CHECK_STR(got_, strlen(got_), want);                                                       \
    } while (0)

static void *compile(const char *s, gw_error *err) {
    memset(err, 0, sizeof *err);
    return gw_terms_compile(s, strlen(s), err);
}

static void test_cut(void) {
    /* lexicon words, the supplement's, the HMM's; punctuation skipped */
    CHECK_CUT("习近平总书记强调，做好疫情防控工作", NULL, "习近平/总书记/强调/做好/疫情防控/工作");
    CHECK_CUT("共情施策", NULL, "共情/施策");
    /* Latin and numbers whole */
    CHECK_CUT("GDP增长2.3%，COVID-19疫情", NULL, "GDP/增长/2.3%/COVID-19/疫情");
    CHECK_CUT("1.2.3版", NULL, "1.2/3/版");
    CHECK_CUT("C++和c#", NULL, "C++/和/c#");
    /* characters outside the blocks: letters and numbers alone, the rest skipped */
    CHECK_CUT("①号 ℃ 〇", NULL, "①/号/〇");
    CHECK_CUT("", NULL, "");
    CHECK_CUT("  ，。、", NULL, "");
    /* traditional text through its fold, words as written */
    CHECK_CUT("總書記強調", NULL, "總書記/強調");
    const char *n = cut("總書記強調", NULL, 1);
    CHECK_STR(n, strlen(n), "总书记/强调");
    /* in simplified text the fold's 著 → 着 does not apply */
    CHECK_CUT("效益显著增加", NULL, "效益/显著/增加");
}

static int count_words(void *ctx, const gw_cut_word *w) {
    size_t *k = ctx;
    (void)w;
    (*k)++;
    return GW_OK;
}

static int stop_at_two(void *ctx, const gw_cut_word *w) {
    size_t *k = ctx;
    (void)w;
    return ++*k == 2 ? GW_EARG : GW_OK;
}

static void test_gw_cut(void) {
    const char *s = "总书记强调GDP";
    size_t k = 0;
    CHECK_INT(gw_cut(s, strlen(s), NULL, count_words, &k), GW_OK);
    CHECK_INT(k, 3);
    /* emit's error stops the cut and comes back */
    k = 0;
    CHECK_INT(gw_cut(s, strlen(s), NULL, stop_at_two, &k), GW_EARG);
    CHECK_INT(k, 2);
}

static void test_terms(void) {
    gw_error err;
    void *t = compile("两个维护", &err);
    CHECK(t != NULL);
    CHECK_CUT("坚决做到两个维护", NULL, "坚决/做到/两个/维护");
    CHECK_CUT("坚决做到两个维护", t, "坚决/做到/两个维护");
    gw_terms_release(t);
    /* a frequency of 0 keeps a word of the lexicon from being one */
    t = compile("疫情防控 0\n\n  \r\n总书记 0 n", &err);
    CHECK(t != NULL);
    CHECK_CUT("疫情防控总书记", t, "疫情/防控/总/书记");
    gw_terms_release(t);
    /* errors name the line */
    CHECK(compile("两个维护\n六稳六保 1234567890123456", &err) == NULL);
    CHECK_INT(err.code, GW_EARG);
    CHECK(strstr(err.msg, "line 2") != NULL);
    char *big = malloc(3 * 300 + 1);
    for (int i = 0; i < 300; i++)
        memcpy(big + 3 * i, "字", 3);
    big[900] = 0;
    CHECK(compile(big, &err) == NULL);
    CHECK(strstr(err.msg, "256") != NULL);
    free(big);
    /* an empty list is no list */
    t = compile("", &err);
    CHECK(t != NULL);
    CHECK_CUT("两个维护", t, "两个/维护");
    gw_terms_release(t);
}

static void test_keywords(void) {
    const char *s = "疫情防控，疫情防控，核酸检测。我们要做好工作，2020年";
    gw_arg a[3] = {{1, s, strlen(s), 0}, {1, NULL, 0, 2}, {0, NULL, 0, 0}};
    gw_args in = {a, 3, NULL, NULL};
    gw_error err = {0, 0, {0}};
    gw_rows r;
    gw_rows_init(&r, sizeof(gw_keyword));
    CHECK_INT(gw_parse_keywords(&in, &r, &err), GW_OK);
    CHECK_INT(r.n, 2);
    if (r.n == 2) {
        const gw_keyword *k = gw_rows_at(&r, 0);
        CHECK_STR(k->word.p, k->word.n, "疫情防控");
        CHECK_INT(k->count, 2);
        /* 2 × the median IDF 11.9547675029 / 7 words (2020 counts, 要 and 年 do not) */
        CHECK(k->weight.type == GW_NUM_REAL && k->weight.d == 2 * (11.9547675029 / 7));
        k = gw_rows_at(&r, 1);
        CHECK_STR(k->word.p, k->word.n, "核酸检测");
    }
    gw_rows_free(&r);
    a[1].i = -3;
    gw_rows_init(&r, sizeof(gw_keyword));
    CHECK_INT(gw_parse_keywords(&in, &r, &err), GW_EARG);
    gw_rows_free(&r);
}

static void test_big(void) {
    /* a long run of one character, of unknown characters, of digits: linear, whole */
    size_t n = 3 * 200000;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i += 3)
        memcpy(s + i, i % 2 ? "偕" : "的", 3);
    s[n] = 0;
    size_t k = 0;
    CHECK_INT(gw_cut(s, n, NULL, count_words, &k), GW_OK);
    CHECK(k > 1000);
    memset(s, '7', n);
    k = 0;
    CHECK_INT(gw_cut(s, n, NULL, count_words, &k), GW_OK);
    CHECK_INT(k, 1);
    free(s);
}

static void test_fixtures(void) {
    /* every word is its characters, on every page */
    size_t npages;
    const char *const *pages = check_pages(&npages);
    for (size_t p = 0; p < npages; p++) {
        size_t n;
        char *s = check_read(pages[p], &n);
        CHECK(s != NULL);
        if (!s) continue;
        gw_arg a = {1, s, n, 0};
        gw_args in = {&a, 1, NULL, NULL};
        gw_error err = {0, 0, {0}};
        gw_rows r;
        gw_rows_init(&r, sizeof(gw_word));
        CHECK_INT(gw_parse_words(&in, &r, &err), GW_OK);
        size_t bad = 0, last = 0;
        for (size_t i = 0; i < r.n; i++) {
            const gw_word *w = gw_rows_at(&r, i);
            if (w->word.p < s || w->word.p + w->word.n > s + n) bad++;
            if (w->len < 1 || (size_t)w->pos <= last) bad++;
            last = (size_t)(w->pos + w->len - 1);
        }
        CHECK(r.n > 500);
        CHECK_INT(bad, 0);
        gw_rows_free(&r);
        free(s);
    }
}

int main(void) {
    test_cut();
    test_gw_cut();
    test_terms();
    test_keywords();
    test_big();
    test_fixtures();
    return check_done("test_words_cut");
}
