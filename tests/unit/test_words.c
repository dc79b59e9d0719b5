/*
 * test_words.c — the closed word lists cannot miss a script: every list of
 * chrome_words.h and units.h is closed under simplified ⇄ traditional (each
 * entry's OpenCC s2t form and its gw_simplify form are entries too), and a
 * traditional page loses the chrome its simplified twin loses (the peer,
 * `opencc -c s2t.json`, makes the traditional twin).
 */
#include "check.h"
#include "chrome_words.h"
#include "fold.h"
#include "speeches.h"
#include "units.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Runs opencc with config on in_path into out_path; its output, malloc'd. */
static char *opencc(const char *config, const char *text, size_t n, size_t *out_n) {
    FILE *f = fopen("build/test/words_in.txt", "wb");
    if (!f) return NULL;
    fwrite(text, 1, n, f);
    fclose(f);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "opencc -c %s -i build/test/words_in.txt -o build/test/words_out.txt",
             config);
    if (system(cmd) != 0) return NULL;
    return check_read("build/test/words_out.txt", out_n);
}

/* A list: its words, one per line, in a buffer; and a look-up. */
typedef struct list {
    const char *name;
    gw_words w;
} list;

static int has(const list *l, const char *s, size_t n) {
    return gw_words_index(&l->w, s, n) >= 0;
}

/* Each entry's s2t form (OpenCC) and t2s form (gw_simplify) are entries. */
static void check_closed(const list *l) {
    gw_buf all;
    gw_buf_init(&all);
    for (size_t k = 0; k < l->w.n; k++) {
        const char *w = gw_words_word(&l->w, k);
        gw_buf_add(&all, w, strlen(w));
        gw_buf_add(&all, "\n", 1);
    }
    size_t tn = 0;
    char *trad = opencc("s2t.json", all.p, all.n, &tn);
    CHECK(trad != NULL);
    int missing = 0;
    for (size_t k = 0, i = 0; trad && k < l->w.n && i < tn; k++) {
        const char *w = gw_words_word(&l->w, k);
        const char *nl = memchr(trad + i, '\n', tn - i);
        size_t e = nl ? (size_t)(nl - trad) : tn;
        if (!has(l, trad + i, e - i)) {
            printf("     %s: %s has no traditional twin %.*s\n", l->name, w, (int)(e - i),
                   trad + i);
            missing++;
        }
        gw_error err = {0, 0, {0}};
        size_t sn;
        char *simp = gw_simplify(w, strlen(w), &sn, &err);
        if (simp && !has(l, simp, sn)) {
            printf("     %s: %s has no simplified twin %.*s\n", l->name, w, (int)sn, simp);
            missing++;
        }
        free(simp);
        i = e + 1;
    }
    CHECK_INT(missing, 0);
    free(trad);
    gw_buf_free(&all);
}

/* Lists of code points: each one's s2t and t2s forms are in the list too. */
static void check_closed_cps(const char *name, const uint32_t *t, size_t n) {
    char text[4 * 64 + 64];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 8 < sizeof text; i++) {
        k += gw_utf8_put(t[i], text + k);
        text[k++] = '\n';
    }
    size_t tn;
    char *trad = opencc("s2t.json", text, k, &tn);
    CHECK(trad != NULL);
    int missing = 0;
    for (size_t i = 0; trad && i < tn;) {
        uint32_t cp;
        size_t l = gw_utf8_next(trad + i, tn - i, &cp);
        if (cp != '\n' && !gw_cpset_has(t, n, cp)) missing++;
        if (cp != '\n' && !gw_cpset_has(t, n, gw_fold_char(cp))) missing++;
        i += l;
    }
    CHECK_INT(missing, 0);
    if (missing) printf("     %s is not closed\n", name);
    free(trad);
}

/* The bodies gw_speeches finds on page[0..n), joined by "\n@@\n". */
static char *bodies(const char *page, size_t n, size_t *out_n, size_t *count) {
    gw_rows rows;
    gw_rows_init(&rows, sizeof(gw_speech));
    gw_arg a = {1, page, n, 0};
    gw_args in = {&a, 1, NULL, NULL};
    gw_error err = {0, 0, {0}};
    CHECK_INT(gw_parse_speeches(&in, &rows, &err), GW_OK);
    gw_buf b;
    gw_buf_init(&b);
    for (size_t i = 0; i < rows.n; i++) {
        const gw_speech *r = gw_rows_at(&rows, i);
        if (i) gw_buf_add(&b, "\n@@\n", 4);
        gw_buf_add(&b, r->body.p, r->body.n);
    }
    *count = rows.n;
    gw_rows_free(&rows);
    return gw_buf_take(&b, out_n);
}

/* The traditional twin of a simplified page gives the twins of its bodies. */
static void check_page(const char *name, const char *page, size_t n) {
    size_t tn, bn, tbn, sbn, nb, tnb;
    char *trad = opencc("s2t.json", page, n, &tn);
    CHECK(trad != NULL);
    if (!trad) return;
    char *b = bodies(page, n, &bn, &nb);
    char *tb = bodies(trad, tn, &tbn, &tnb);
    char *want = b ? opencc("s2t.json", b, bn, &sbn) : NULL;
    CHECK_INT(tnb, nb);
    int same = want && tb && sbn == tbn && memcmp(want, tb, tbn) == 0;
    CHECK(same);
    if (!same) printf("     %s: the traditional page keeps other text\n", name);
    free(trad);
    free(b);
    free(tb);
    free(want);
}

int main(void) {
    const list lists[] = {
        {"gw_stop_words", GW_WORDS(gw_stop_words)},
        {"gw_notice_words", GW_WORDS(gw_notice_words)},
        {"gw_chrome_words", GW_WORDS(gw_chrome_words)},
        {"gw_leadin_words", GW_WORDS(gw_leadin_words)},
        {"gw_inline_words", GW_WORDS(gw_inline_words)},
        {"gw_bracket_notice_words", GW_WORDS(gw_bracket_notice_words)},
        {"gw_trailing_notice_words", GW_WORDS(gw_trailing_notice_words)},
        {"gw_kind_words", GW_WORDS(gw_kind_words)},
        {"gw_role_words", GW_WORDS(gw_role_words)},
        {"gw_role_prefixes", GW_WORDS(gw_role_prefixes)},
        {"gw_title_decor", GW_WORDS(gw_title_decor)},
        {"gw_outline_words", GW_WORDS(gw_outline_words)},
        {"gw_units", GW_WORDS(gw_units)},
        {"gw_approx_before", GW_WORDS(gw_approx_before)},
        {"gw_approx_after", GW_WORDS(gw_approx_after)},
        {"gw_approx_inside", GW_WORDS(gw_approx_inside)},
        {"gw_unit_words", GW_WORDS(gw_unit_words)},
        {"gw_click_words", GW_WORDS(gw_click_words)},
        {"gw_omitted_lead", GW_WORDS(gw_omitted_lead)},
        {"gw_about_words", GW_WORDS(gw_about_words)},
    };
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
        check_closed(&lists[k]);
    check_closed_cps("gw_meeting_finals", GW_CPSET(gw_meeting_finals));
    check_closed_cps("gw_not_district_before", GW_CPSET(gw_not_district_before));
    check_closed_cps("gw_not_city_before", GW_CPSET(gw_not_city_before));
    check_closed_cps("gw_not_province_before", GW_CPSET(gw_not_province_before));
    check_closed_cps("gw_icp_chars", GW_CPSET(gw_icp_chars));

    /* a page of chrome: a speech, then one line for each word of the lists
     * that make a line chrome, end a speech or mark it truncated */
    gw_buf p;
    gw_buf_init(&p);
    static const char head[] = "在全县经济工作会议上的讲话\n同志们：\n",
                      para[] = "今年的经济工作，要抓好落实，确保发展质量和效益稳步提升。\n";
    gw_buf_add(&p, head, strlen(head));
    gw_buf_add(&p, para, strlen(para));
    const list *chrome[] = {&lists[2], &lists[1], &lists[0]};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < chrome[k]->w.n; i++) {
            const char *w = gw_words_word(&chrome[k]->w, i);
            gw_buf_add(&p, w, strlen(w));
            gw_buf_add(&p, strchr(w, ':') ? "张三\n" : "\n", strchr(w, ':') ? 7 : 1);
            gw_buf_add(&p, para, strlen(para)); /* a paragraph again */
        }
    /* inline chrome: an ICP number, a trailing notice, an omission */
    static const char *const inline_chrome[] = {
        "要抓好落实，确保发展质量和效益稳步提升，鲁ICP备2024069028号-1\n",
        "要抓好落实，确保发展质量和效益稳步提升（此处省略3000字）\n",
        "要抓好落实，确保发展质量和效益稳步提升……点击阅读全文>>\n",
    };
    gw_buf q;
    gw_buf_init(&q);
    gw_buf_add(&q, head, strlen(head));
    for (size_t k = 0; k < 3; k++) {
        gw_buf_add(&q, para, strlen(para));
        gw_buf_add(&q, inline_chrome[k], strlen(inline_chrome[k]));
    }
    check_page("the inline chrome page", q.p, q.n);
    gw_buf_free(&q);
    check_page("the chrome page", p.p, p.n);
    gw_buf_free(&p);

    size_t npages;
    const char *const *pages = check_pages(&npages);
    for (size_t k = 0; k < npages; k++) {
        size_t n;
        char *s = check_read(pages[k], &n);
        CHECK(s != NULL);
        if (s && gw_script(s, n) && strcmp(gw_script(s, n), "Hans") == 0)
            check_page(pages[k], s, n);
        free(s);
    }
    return check_done("words");
}
