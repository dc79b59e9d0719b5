/*
 * test_match.c — gw_match: simplified terms in traditional text, overlapping
 * terms, a term that is a prefix of another, blank lines and empty input,
 * terms that fold alike, and 100,000 terms against a plain leftmost-longest
 * search written here in the slowest obvious way.
 */
#include "check.h"
#include "fold.h"
#include "match.h"

#include <stdio.h>
#include <stdlib.h>

/* Rows rendered as "term>text@pos+len" joined by " ". */
static char *run(const char *text, const char *terms, void *compiled) {
    gw_arg a[2] = {{1, text, strlen(text), 0}, {1, terms, strlen(terms), 0}};
    gw_args in = {a, 2, NULL, compiled};
    gw_error err = {0, 0, {0}};
    gw_rows r;
    gw_rows_init(&r, sizeof(gw_match_row));
    int rc = gw_parse_match(&in, &r, &err);
    CHECK_INT(rc, GW_OK);
    gw_buf b;
    gw_buf_init(&b);
    for (size_t i = 0; i < r.n; i++) {
        const gw_match_row *m = gw_rows_at(&r, i);
        char num[48];
        if (i) gw_buf_add(&b, " ", 1);
        gw_buf_add(&b, m->term.p, m->term.n);
        gw_buf_add(&b, ">", 1);
        gw_buf_add(&b, m->text.p, m->text.n);
        snprintf(num, sizeof num, "@%lld+%lld", (long long)m->pos, (long long)m->len);
        gw_buf_add(&b, num, strlen(num));
        CHECK_INT(m->id, (long long)i + 1);
    }
    gw_buf_add(&b, "", 0);
    gw_rows_free(&r);
    size_t n;
    char *s = gw_buf_take(&b, &n);
    return s ? s : calloc(1, 1);
}

#define EXPECT(text, terms, want)                                                                  \
    do {                                                                                           \
        char *got_ = run(text, terms, NULL);                                                       \
        CHECK_STR(got_, strlen(got_), want);                                                       \
        free(got_);                                                                                \
    } while (0)

static void test_cases(void) {
    /* the header's example: a simplified term finds traditional text */
    EXPECT("總書記強調，总书记指出", "总书记\n指出",
           "总书记>總書記@1+3 总书记>总书记@7+3 指出>指出@10+2");
    /* overlapping terms: the leftmost wins, the overlapped one is not reported */
    EXPECT("中华人民共和国", "华人\n中华\n人民共和国", "中华>中华@1+2 人民共和国>人民共和国@3+5");
    /* a term that is a prefix of another: the longest wins where both start */
    EXPECT("中国共产党和中国人民", "中国\n中国共产党", "中国共产党>中国共产党@1+5 中国>中国@7+2");
    /* a longer term starting earlier beats a shorter one found first */
    EXPECT("abcd", "bc\nabcd", "abcd>abcd@1+4");
    EXPECT("abce", "bc\nabcd", "bc>bc@2+2");
    /* after a match the search goes on right after it, not from where the
     * automaton had read to */
    EXPECT("abcdx", "ab\ncd\nabcdz", "ab>ab@1+2 cd>cd@3+2");
    /* blank lines, spaces around terms, CRLF */
    EXPECT("两个维护，四个意识", "\n\n  两个维护  \r\n\r\n四个意识\r\n",
           "两个维护>两个维护@1+4 四个意识>四个意识@6+4");
    /* nothing to find: blank terms, empty text */
    EXPECT("两个维护", "\n \n\t\n", "");
    EXPECT("", "两个维护", "");
    /* terms that fold alike report the first as given */
    EXPECT("总书记", "總書記\n总书记", "總書記>总书记@1+3");
    /* full-width letters and case */
    EXPECT("ＧＤＰ增长，gdp下降", "GDP", "GDP>ＧＤＰ@1+3 GDP>gdp@7+3");
    /* repeated characters */
    EXPECT("aaaaa", "aa\naaa", "aaa>aaa@1+3 aa>aa@4+2");
    /* positions count characters of the text as written */
    EXPECT("  我们\n要坚持两个维护", "两个维护", "两个维护>两个维护@9+4");
}

/* ------------------------------------------------------------ 100,000 terms */

static uint32_t rng = 12345;
static uint32_t next_rand(void) {
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

/* One of 40 simplified characters that fold to themselves, so that terms
 * share prefixes and overlap in the text. */
static size_t put_han(char *o) {
    static const char han[] =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动";
    memcpy(o, han + 3 * (next_rand() % 40), 3);
    return 3;
}

typedef struct ref_term {
    const char *s;
    size_t n;
} ref_term;

static int cmp_ref(const void *x, const void *y) {
    const ref_term *a = x, *b = y;
    size_t n = a->n < b->n ? a->n : b->n;
    int c = memcmp(a->s, b->s, n);
    return c ? c : (a->n > b->n) - (a->n < b->n);
}

static void test_many(void) {
    enum { NTERMS = 100000, TEXT_CHARS = 200000 };
    char *terms = malloc((size_t)NTERMS * 8 * 3 + NTERMS);
    ref_term *ref = malloc(NTERMS * sizeof *ref);
    size_t tn = 0, maxlen = 0;
    for (int i = 0; i < NTERMS; i++) {
        size_t len = 2 + next_rand() % 5, start = tn;
        for (size_t k = 0; k < len; k++)
            tn += put_han(terms + tn);
        ref[i] = (ref_term){terms + start, tn - start};
        if (tn - start > maxlen) maxlen = tn - start;
        terms[tn++] = '\n';
    }
    terms[tn] = 0;
    char *text = malloc((size_t)TEXT_CHARS * 3 + 1);
    size_t xn = 0;
    for (int i = 0; i < TEXT_CHARS; i++)
        xn += put_han(text + xn);
    text[xn] = 0;

    gw_error err = {0, 0, {0}};
    void *ac = gw_match_compile(terms, tn, &err);
    CHECK(ac != NULL);
    if (!ac) goto out;
    /* the reference: at each character the longest term starting there */
    qsort(ref, NTERMS, sizeof *ref, cmp_ref);
    size_t expected = 0;
    for (size_t i = 0; i < xn;) {
        size_t best = 0;
        for (size_t l = 3; l <= maxlen && i + l <= xn; l += 3) {
            ref_term key = {text + i, l};
            if (bsearch(&key, ref, NTERMS, sizeof *ref, cmp_ref)) best = l;
        }
        if (best) {
            expected++;
            i += best;
        } else {
            i += 3;
        }
    }
    gw_arg a[2] = {{1, text, xn, 0}, {1, terms, tn, 0}};
    gw_args in = {a, 2, NULL, ac};
    gw_rows r;
    gw_rows_init(&r, sizeof(gw_match_row));
    CHECK_INT(gw_parse_match(&in, &r, &err), GW_OK);
    CHECK(expected > 1000);
    CHECK_INT(r.n, expected);
    /* every row's text is one of the terms, rows in order, none overlapping */
    size_t bad = 0, last_end = 0;
    for (size_t i = 0; i < r.n; i++) {
        const gw_match_row *m = gw_rows_at(&r, i);
        size_t at = (size_t)(m->text.p - text);
        ref_term key = {m->text.p, m->text.n};
        if (at < last_end || !bsearch(&key, ref, NTERMS, sizeof *ref, cmp_ref) ||
            m->term.n != m->text.n || memcmp(m->term.p, m->text.p, m->text.n) != 0 ||
            (size_t)m->pos != at / 3 + 1 || (size_t)m->len * 3 != m->text.n)
            bad++;
        last_end = at + m->text.n;
    }
    CHECK_INT(bad, 0);
    gw_rows_free(&r);
    gw_match_release(ac);
out:
    free(text);
    free(terms);
    free(ref);
}

/* The automaton is read only: the same one serves calls one after another. */
static void test_reuse(void) {
    const char *terms = "疫情防控\n复工复产";
    gw_error err = {0, 0, {0}};
    void *ac = gw_match_compile(terms, strlen(terms), &err);
    CHECK(ac != NULL);
    if (!ac) return;
    CHECK_INT(gw_match_terms(ac), 2);
    for (int k = 0; k < 3; k++) {
        char *got = run("统筹疫情防控和复工复產", terms, ac);
        CHECK_STR(got, strlen(got), "疫情防控>疫情防控@3+4 复工复产>复工复產@8+4");
        free(got);
    }
    gw_match_release(ac);
}

int main(void) {
    test_cases();
    test_reuse();
    test_many();
    return check_done("test_match");
}
