/*
 * test_reuse.c — MinHash signatures, similarity and shared passages (contract §8).
 */
#include "check.h"
#include "reuse.h"

#include <stdlib.h>

static double sim(const char *a, const char *b) {
    unsigned char sa[GW_MINHASH_BYTES], sb[GW_MINHASH_BYTES];
    gw_error err = {0, 0, {0}};
    if (gw_minhash(a, strlen(a), sa, &err) != GW_OK) return -2;
    if (gw_minhash(b, strlen(b), sb, &err) != GW_OK) return -2;
    return gw_similarity(sa, sizeof sa, sb, sizeof sb);
}

static void test_similarity(void) {
    const char *s = "今天我们在这里隆重召开全县疫情防控表彰大会，总结工作，表彰先进。";
    CHECK(sim(s, s) == 1.0);
    /* punctuation and spaces do not count */
    CHECK(sim(s, "今天 我们在这里隆重召开全县疫情防控表彰大会总结工作表彰先进") == 1.0);
    /* traditional and simplified copies are the same text once folded */
    CHECK(sim("總書記親自指揮親自部署", "总书记亲自指挥亲自部署") == 1.0);
    CHECK(sim(s, "坚持人民至上生命至上全力以赴做好新冠肺炎疫情防控工作") < 0.2);
    double half = sim("甲乙丙丁戊己庚辛壬癸子丑寅卯辰", "甲乙丙丁戊己庚辛壬癸天地玄黄宇");
    CHECK(half > 0.1 && half < 0.7);
    /* nothing to shingle */
    unsigned char sig[GW_MINHASH_BYTES];
    gw_error err = {0, 0, {0}};
    CHECK_INT(gw_minhash("。，  ！", 11, sig, &err), GW_EARG);
    /* a short text is one shingle */
    CHECK(sim("疫情", "疫情") == 1.0);
    /* not signatures */
    CHECK(gw_similarity((const unsigned char *)"abc", 3, sig, sizeof sig) < 0);
}

static gw_rows overlap(const char *a, const char *b, int64_t min_chars) {
    gw_arg v[3] = {{1, a, strlen(a), 0}, {1, b, strlen(b), 0}, {min_chars > 0, NULL, 0, min_chars}};
    gw_args in = {v, 3, NULL, NULL};
    gw_rows rows;
    gw_error err = {0, 0, {0}};
    gw_rows_init(&rows, sizeof(gw_passage));
    CHECK_INT(gw_parse_overlap(&in, &rows, &err), GW_OK);
    return rows;
}

static void test_overlap(void) {
    gw_rows r = overlap("前言。今天我们在这里召开全县疫情防控会议，很重要",
                        "他说：今天，我们在这里召开全县疫情防控会议！", 8);
    CHECK_INT(r.n, 1);
    gw_passage *p = gw_rows_at(&r, 0);
    CHECK_INT(p->a_pos, 4);
    CHECK_INT(p->a_len, 17);
    CHECK_INT(p->b_pos, 4);
    CHECK_INT(p->b_len, 18); /* the comma in b is inside the passage */
    CHECK_STR(p->text.p, p->text.n, "今天我们在这里召开全县疫情防控会议");
    gw_rows_free(&r);

    /* two passages, in the order of a; shorter shared runs are not passages */
    r = overlap("一要抓好核酸检测工作。二要抓好流调溯源。三要抓好隔离管控工作。",
                "三要抓好隔离管控工作，另外一要抓好核酸检测工作。", 10);
    CHECK_INT(r.n, 2);
    if (r.n < 2) return;
    p = gw_rows_at(&r, 0);
    CHECK_STR(p->text.p, p->text.n, "一要抓好核酸检测工作");
    CHECK_INT(p->b_pos, 14);
    p = gw_rows_at(&r, 1);
    CHECK_STR(p->text.p, p->text.n, "三要抓好隔离管控工作");
    CHECK_INT(p->a_pos, 21);
    CHECK_INT(p->b_pos, 1);
    gw_rows_free(&r);

    /* the default is 12 folded characters */
    r = overlap("甲乙丙丁戊己庚辛壬癸子", "甲乙丙丁戊己庚辛壬癸子", 0);
    CHECK_INT(r.n, 0);
    gw_rows_free(&r);
    r = overlap("甲乙丙丁戊己庚辛壬癸子丑", "x甲乙丙丁戊己庚辛壬癸子丑", 0);
    CHECK_INT(r.n, 1);
    gw_rows_free(&r);

    /* traditional against simplified, reported as written in a */
    r = overlap("總書記親自指揮、親自部署", "总书记亲自指挥亲自部署", 6);
    CHECK_INT(r.n, 1);
    p = r.n ? gw_rows_at(&r, 0) : NULL;
    CHECK_STR(p ? p->text.p : NULL, p ? p->text.n : 0, "總書記親自指揮、親自部署");
    gw_rows_free(&r);

    /* a repetitive text stays bounded: one passage */
    char *rep = malloc(3 * 20000 + 1);
    for (int i = 0; i < 20000; i++)
        memcpy(rep + 3 * i, "啊", 3);
    rep[60000] = 0;
    r = overlap(rep, rep, 12);
    CHECK_INT(r.n, 1);
    gw_rows_free(&r);
    free(rep);
}

int main(void) {
    test_similarity();
    test_overlap();
    return check_done("reuse");
}
