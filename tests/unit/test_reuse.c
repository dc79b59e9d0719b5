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

/* The rows of gw_minhash_bands(sig, bands) (bands 0: not given); the result in *rc. */
static gw_rows bands_of(const unsigned char *sig, size_t n, int64_t bands, int *rc) {
    gw_arg v[2] = {{1, (const char *)sig, n, 0}, {bands != 0, NULL, 0, bands}};
    gw_args in = {v, 2, NULL, NULL};
    gw_rows rows;
    gw_error err = {0, 0, {0}};
    gw_rows_init(&rows, sizeof(gw_band));
    *rc = gw_parse_minhash_bands(&in, &rows, &err);
    return rows;
}

/* How many bands of a and b fall in the same bucket; -1 on an error. */
static int shared_buckets(const char *a, const char *b, int64_t bands) {
    unsigned char sa[GW_MINHASH_BYTES], sb[GW_MINHASH_BYTES];
    gw_error err = {0, 0, {0}};
    if (gw_minhash(a, strlen(a), sa, &err) != GW_OK) return -1;
    if (gw_minhash(b, strlen(b), sb, &err) != GW_OK) return -1;
    int rc1, rc2, same = 0;
    gw_rows ra = bands_of(sa, sizeof sa, bands, &rc1), rb = bands_of(sb, sizeof sb, bands, &rc2);
    if (rc1 != GW_OK || rc2 != GW_OK || ra.n != rb.n) same = -1;
    for (size_t i = 0; same >= 0 && i < ra.n; i++) {
        const gw_band *x = gw_rows_at(&ra, i), *y = gw_rows_at(&rb, i);
        if (x->band != (int64_t)i + 1 || y->band != (int64_t)i + 1) same = -1;
        if (same >= 0) same += x->bucket == y->bucket;
    }
    gw_rows_free(&ra);
    gw_rows_free(&rb);
    return same;
}

static void test_bands(void) {
    const char *s = "今天我们在这里隆重召开全县疫情防控表彰大会，总结工作，表彰先进，"
                    "部署下一阶段疫情防控工作。刚才，县委副书记宣读了表彰决定，"
                    "受表彰的先进集体和先进个人代表作了发言，讲得都很好。";
    /* one character changed near the end: most shingles stay */
    const char *near = "今天我们在这里隆重召开全县疫情防控表彰大会，总结工作，表彰先进，"
                       "部署下一阶段疫情防控工作。刚才，县委副书记宣读了表彰决定，"
                       "受表彰的先进集体和先进个人代表作了发言，讲得都很对。";
    const char *other = "坚持人民至上、生命至上，全力以赴做好新冠肺炎疫情防控工作，"
                        "加快推进经济社会秩序全面恢复，确保完成全年目标任务。";
    /* identical texts share every bucket, also written in traditional characters */
    CHECK_INT(shared_buckets(s, s, 0), 32);
    CHECK_INT(shared_buckets("總書記親自指揮親自部署", "总书记亲自指挥亲自部署", 0), 32);
    /* a different text shares few */
    int few = shared_buckets(s, other, 0);
    CHECK(few >= 0 && few <= 2);
    /* a near copy shares many but not all */
    int many = shared_buckets(s, near, 0);
    CHECK(many > 8 && many < 32);
    /* 128 bands of one minimum: equal buckets are exactly the equal minimums */
    unsigned char sa[GW_MINHASH_BYTES], sb[GW_MINHASH_BYTES];
    gw_error err = {0, 0, {0}};
    CHECK_INT(gw_minhash(s, strlen(s), sa, &err), GW_OK);
    CHECK_INT(gw_minhash(near, strlen(near), sb, &err), GW_OK);
    double sim = gw_similarity(sa, sizeof sa, sb, sizeof sb);
    CHECK_INT(shared_buckets(s, near, 128), (int)(sim * 128 + 0.5));
    /* one band: the whole signature */
    CHECK_INT(shared_buckets(s, near, 1), 0);
    CHECK_INT(shared_buckets(s, s, 1), 1);
    /* every divisor of 128 is a band count; anything else is an error */
    int rc;
    for (int64_t b = 1; b <= 128; b++) {
        gw_rows r = bands_of(sa, sizeof sa, b, &rc);
        if (128 % b == 0) {
            CHECK_INT(rc, GW_OK);
            CHECK_INT(r.n, b);
        } else {
            CHECK_INT(rc, GW_EARG);
        }
        gw_rows_free(&r);
    }
    gw_rows r = bands_of(sa, sizeof sa, 256, &rc);
    CHECK_INT(rc, GW_EARG);
    gw_rows_free(&r);
    r = bands_of(sa, sizeof sa, -4, &rc);
    CHECK_INT(rc, GW_EARG);
    gw_rows_free(&r);
    r = bands_of(sa, sizeof sa, 0, &rc);
    CHECK_INT(rc, GW_OK); /* not given: the default */
    CHECK_INT(r.n, 32);
    gw_rows_free(&r);
    /* a BLOB that is not a signature */
    r = bands_of(sa, sizeof sa - 1, 0, &rc);
    CHECK_INT(rc, GW_EARG);
    gw_rows_free(&r);
    sa[0] = 'X';
    r = bands_of(sa, sizeof sa, 0, &rc);
    CHECK_INT(rc, GW_EARG);
    CHECK_INT(r.n, 0);
    gw_rows_free(&r);
}

int main(void) {
    test_similarity();
    test_overlap();
    test_bands();
    return check_done("reuse");
}
