/*
 * test_segment.c — gw_sentences on ICU's sentence break iterator.
 */
#include "check.h"
#include "env.h"
#include "segment.h"

#include <stdlib.h>
#include <string.h>

static gw_env *env;

static size_t run(int (*parse)(const gw_args *, gw_rows *, gw_error *), const char *s,
                  gw_rows *rows, size_t row_size) {
    gw_arg a = {1, s, strlen(s), 0};
    gw_args in = {&a, 1, env, NULL};
    gw_error err = {0, 0, {0}};
    gw_rows_init(rows, row_size);
    CHECK_INT(parse(&in, rows, &err), GW_OK);
    return rows->n;
}

static void test_sentences(void) {
    gw_rows r;
    /* 。！？ and ASCII ! ? end a sentence, closing quotes stay with it; ；does not */
    const char *s =
        "抓好核酸检测。疫情防控要慎终如始!  “我们能胜利。”他说；好的\n\n1.加强组织领导。";
    CHECK_INT(run(gw_parse_sentences, s, &r, sizeof(gw_sentence)), 5);
    if (r.n == 5) {
        const gw_sentence *x = gw_rows_at(&r, 0);
        CHECK_STR(x->sentence.p, x->sentence.n, "抓好核酸检测。");
        CHECK_INT(x->pos, 1);
        CHECK_INT(x->len, 7);
        x = gw_rows_at(&r, 1);
        CHECK_STR(x->sentence.p, x->sentence.n, "疫情防控要慎终如始!");
        CHECK_INT(x->pos, 8);
        x = gw_rows_at(&r, 2);
        CHECK_STR(x->sentence.p, x->sentence.n, "“我们能胜利。”");
        CHECK_INT(x->pos, 20);
        x = gw_rows_at(&r, 3);
        CHECK_STR(x->sentence.p, x->sentence.n, "他说；好的");
        /* `1.` numbers the item: no sentence of its own */
        x = gw_rows_at(&r, 4);
        CHECK_STR(x->sentence.p, x->sentence.n, "1.加强组织领导。");
        CHECK_INT(x->id, 5);
    }
    gw_rows_free(&r);
    /* blank text: no sentence */
    CHECK_INT(run(gw_parse_sentences, " \n\u3000\n", &r, sizeof(gw_sentence)), 0);
    gw_rows_free(&r);
    CHECK_INT(run(gw_parse_sentences, "", &r, sizeof(gw_sentence)), 0);
    gw_rows_free(&r);
    /* an opening quote after ！ starts the next sentence */
    CHECK_INT(run(gw_parse_sentences, "大家说！“能！”", &r, sizeof(gw_sentence)), 2);
    if (r.n == 2) {
        const gw_sentence *x = gw_rows_at(&r, 1);
        CHECK_STR(x->sentence.p, x->sentence.n, "“能！”");
        CHECK_INT(x->pos, 5);
    }
    gw_rows_free(&r);
}

static void test_big(void) {
    /* a long text without any break opportunity: linear, no crash */
    size_t n = 3 * 100000;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i += 3)
        memcpy(s + i, "的", 3);
    s[n] = 0;
    gw_rows r;
    CHECK_INT(run(gw_parse_sentences, s, &r, sizeof(gw_sentence)), 1);
    gw_rows_free(&r);
    free(s);
}

int main(void) {
    env = gw_env_new();
    CHECK(env && env->sentence_break);
    test_sentences();
    test_big();
    gw_env_free(env);
    return check_done("test_segment");
}
