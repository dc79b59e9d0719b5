/*
 * test_places.c — gw_places, rule by rule with the contract's examples
 * (§9), gw_regions' table, and positions on every fixture page.
 */
#include "check.h"
#include "places.h"
#include "regions.h"

#include <stdio.h>
#include <stdlib.h>

static int parse(const char *s, gw_rows *r) {
    gw_arg a = {1, s, strlen(s), 0};
    gw_args in = {&a, 1, NULL, NULL};
    gw_error err = {0, 0, {0}};
    gw_rows_init(r, sizeof(gw_place));
    return gw_parse_places(&in, r, &err);
}

static void add_str(gw_buf *b, gw_str s) {
    if (s.p)
        gw_buf_add(b, s.p, s.n);
    else
        gw_buf_add(b, "NULL", 4);
}

/* Rows rendered as "name:code:candidates@pos+len", joined by " "; with
 * full, also "/canonical/level/province". */
static char *render(const char *s, int full) {
    gw_rows r;
    CHECK_INT(parse(s, &r), GW_OK);
    gw_buf b;
    gw_buf_init(&b);
    for (size_t i = 0; i < r.n; i++) {
        const gw_place *p = gw_rows_at(&r, i);
        char num[64];
        if (i) gw_buf_add(&b, " ", 1);
        add_str(&b, p->name);
        gw_buf_add(&b, ":", 1);
        add_str(&b, p->code);
        snprintf(num, sizeof num, ":%lld@%lld+%lld", (long long)p->candidates, (long long)p->pos,
                 (long long)p->len);
        gw_buf_add(&b, num, strlen(num));
        if (full) {
            gw_buf_add(&b, "/", 1);
            add_str(&b, p->canonical);
            gw_buf_add(&b, "/", 1);
            add_str(&b, p->level);
            gw_buf_add(&b, "/", 1);
            add_str(&b, p->province);
        }
        CHECK_INT(p->id, (long long)i + 1);
    }
    gw_buf_add(&b, "", 0);
    gw_rows_free(&r);
    size_t n;
    char *out = gw_buf_take(&b, &n);
    return out ? out : calloc(1, 1);
}

#define EXPECT_AS(full, text, want)                                                                \
    do {                                                                                           \
        char *got_ = render(text, full);                                                           \
        CHECK_STR(got_, strlen(got_), want);                                                       \
        free(got_);                                                                                \
    } while (0)
#define EXPECT(text, want)      EXPECT_AS(0, text, want)
#define EXPECT_FULL(text, want) EXPECT_AS(1, text, want)

/* Rule 1: full names, simplified or traditional; municipalities are
 * provinces; Hong Kong, Macao and Taiwan at province level. */
static void test_full_names(void) {
    EXPECT_FULL("浙江省", "浙江省:330000:1@1+3/浙江省/province/330000");
    EXPECT_FULL("内蒙古自治区", "内蒙古自治区:150000:1@1+6/内蒙古自治区/province/150000");
    EXPECT_FULL("杭州市", "杭州市:330100:1@1+3/杭州市/prefecture/330000");
    EXPECT("延边朝鲜族自治州", "延边朝鲜族自治州:222400:1@1+8");
    EXPECT("大兴安岭地区", "大兴安岭地区:232700:1@1+6");
    EXPECT("长兴县", "长兴县:330522:1@1+3");
    EXPECT("满洲里市", "满洲里市:150781:1@1+4");
    EXPECT("鄂温克族自治旗", "鄂温克族自治旗:150724:1@1+7");
    EXPECT_FULL("北京市", "北京市:110000:1@1+3/北京市/province/110000");
    EXPECT("香港特别行政区、澳门、台湾",
           "香港特别行政区:810000:1@1+7 澳门:820000:1@9+2 台湾:710000:1@12+2");
    /* traditional text: positions and names as written */
    EXPECT_FULL("廣東省深圳市", "廣東省:440000:1@1+3/广东省/province/440000 "
                                "深圳市:440300:1@4+3/深圳市/prefecture/440000");
    EXPECT_FULL("杭州市西湖區", "杭州市:330100:1@1+3/杭州市/prefecture/330000 "
                                "西湖區:330106:2@4+3/西湖区/county/330000");
    /* a character whose fold differs: 乾 (folds to 干) */
    EXPECT("乾安縣", "乾安縣:220723:1@1+3");
}

/* Rule 2: short names; ethnic qualifiers of autonomous regions; a short name
 * with a shortened suffix is one mention. */
static void test_short_names(void) {
    EXPECT_FULL("内蒙古、新疆、广西、宁夏、西藏",
                "内蒙古:150000:1@1+3/内蒙古自治区/province/150000 "
                "新疆:650000:1@5+2/新疆维吾尔自治区/province/650000 "
                "广西:450000:1@8+2/广西壮族自治区/province/450000 "
                "宁夏:640000:1@11+2/宁夏回族自治区/province/640000 "
                "西藏:540000:1@14+2/西藏自治区/province/540000");
    EXPECT("延边", "延边:222400:1@1+2");
    EXPECT("甘南州、临夏州、积石山县",
           "甘南州:623000:1@1+3 临夏州:622900:1@5+3 积石山县:622927:1@9+4");
    /* counties: unique and no ordinary word */
    EXPECT("瑞丽、蕲春", "瑞丽:533102:1@1+2 蕲春:421126:1@4+2");
    /* a list of counties of one prefecture: 德清、长兴、安吉 */
    EXPECT("德清、长兴、安吉", "德清:330521:1@1+2 长兴:330522:1@4+2 安吉:330523:1@7+2");
    /* shared county names decided by another county of the same prefecture
     * in the sentence (台江: 福州 and 黔东南; 鼓楼: four cities) */
    EXPECT("鼓楼、台江、仓山", "鼓楼:350102:4@1+2 台江:350103:2@4+2 仓山:350104:1@7+2");
    /* a shared county name with nothing to decide gives no row */
    EXPECT("鼓楼", "");
    /* … and with its prefecture named */
    EXPECT("南京的鼓楼", "南京:320100:1@1+2 鼓楼:320106:4@4+2");
}

/* Rule 3: what is not a mention. */
static void test_refused(void) {
    /* names that split a word */
    EXPECT("市政府和县委", "");
    EXPECT("长治久安", "");
    EXPECT("定海神针", "");
    EXPECT("重大理论", "");
    EXPECT("其中江苏", "江苏:320000:1@3+2");
    /* ordinary words, person names, ethnic groups */
    EXPECT("坚持和平发展", "");
    EXPECT("东方风来满眼春", "");
    EXPECT("高举红旗", "");
    EXPECT("解放思想", "");
    EXPECT("中山装", "");
    EXPECT("东乡族", "");
    /* parts of lower places */
    EXPECT("长寿路街道", "");
    EXPECT("黄石街", "");
    EXPECT("中山社区", "");
    EXPECT("芒市镇", "");
    EXPECT("合作镇", "");
    /* …but not when a place name follows */
    EXPECT("南京镇江", "南京:320100:1@1+2 镇江:321100:1@3+2");
    EXPECT("浙江乡村振兴", "浙江:330000:1@1+2");
    /* full names that are ordinary words */
    EXPECT("城区和郊区", "");
    EXPECT("阳泉市城区", "阳泉市:140300:1@1+3 城区:140302:3@4+2");
    /* deictic forms */
    EXPECT("全省上下、我市、本县、该区、省委", "");
    EXPECT("全州上下", "");
    /* redacted */
    EXPECT("XX市、××县", "");
    /* a place inside an organisation's name still names the place */
    EXPECT("浙江省委", "浙江省:330000:1@1+3");
    EXPECT("杭州市政府", "杭州市:330100:1@1+3");
    EXPECT("新华社北京", "北京:110000:1@4+2");
    EXPECT("北京大学", "北京:110000:1@1+2");
    /* a demonym and a place's word name the place; a road does not */
    EXPECT("境外浙江人", "浙江:330000:1@3+2");
    EXPECT("青海湖", "青海:630000:1@1+2");
    EXPECT("南京路", "");
    /* a function word and a suffix: only right after a division above */
    EXPECT("县委政法委和县卫生健康委", "");
    EXPECT("安徽和县", "安徽:340000:1@1+2 和县:340523:1@3+2");
}

/* Rule 4: the longest name wins; a name shared with a division inside names
 * the larger. */
static void test_longest(void) {
    EXPECT_FULL("吉林省", "吉林省:220000:1@1+3/吉林省/province/220000");
    EXPECT_FULL("吉林市", "吉林市:220200:1@1+3/吉林市/prefecture/220000");
    EXPECT_FULL("吉林", "吉林:220000:1@1+2/吉林省/province/220000");
    EXPECT("长春市朝阳区", "长春市:220100:1@1+3 朝阳区:220104:2@4+3");
    EXPECT("喀什", "喀什:653100:1@1+2");
    EXPECT("乌鲁木齐", "乌鲁木齐:650100:1@1+4");
    /* 朝阳: 朝阳市 (Liaoning), and 朝阳区 (Beijing, Changchun) by a short name
     * they share, which needs its prefecture or province named (rule 2) */
    EXPECT_FULL("朝阳", "朝阳:211300:3@1+2/朝阳市/prefecture/210000");
    EXPECT("北京朝阳", "北京:110000:1@1+2 朝阳:110105:3@3+2");
    EXPECT("西安", "西安:610100:3@1+2");
    EXPECT("辽源的西安", "辽源:220400:1@1+2 西安:220403:3@4+2");
}

/* Rule 5: shared names take the parent named nearest before, else after. */
static void test_shared(void) {
    EXPECT_FULL("朝阳区", "朝阳区:NULL:2@1+3/NULL/county/NULL");
    EXPECT("北京市朝阳区", "北京市:110000:1@1+3 朝阳区:110105:2@4+3");
    EXPECT("朝阳区。长春", "朝阳区:220104:2@1+3 长春:220100:1@5+2");
    EXPECT("长春和北京，朝阳区", "长春:220100:1@1+2 北京:110000:1@4+2 朝阳区:110105:2@7+3");
    EXPECT("长春市朝阳区和北京市朝阳区", "长春市:220100:1@1+3 朝阳区:220104:2@4+3 "
                                         "北京市:110000:1@8+3 朝阳区:110105:2@11+3");
    /* candidates in several provinces: code and province NULL */
    EXPECT_FULL("鼓楼区", "鼓楼区:NULL:4@1+3/NULL/county/NULL");
    /* every candidate in one province: province filled, code NULL */
    EXPECT_FULL("桥西区", "桥西区:NULL:2@1+3/NULL/county/130000");
    EXPECT("河北省石家庄市桥西区", "河北省:130000:1@1+3 石家庄市:130100:1@4+4 桥西区:130104:2@8+3");
    /* a province's name shared with divisions elsewhere names the province */
    EXPECT_FULL("海南", "海南:460000:3@1+2/海南省/province/460000");
    EXPECT("青海海南州", "青海:630000:1@1+2 海南州:632500:1@3+3");
}

/* gw_regions: the gazetteer's rows. */
static void test_regions(void) {
    gw_args in = {NULL, 0, NULL, NULL};
    gw_error err = {0, 0, {0}};
    gw_rows r;
    gw_rows_init(&r, sizeof(gw_region_row));
    CHECK_INT(gw_parse_regions(&in, &r, &err), GW_OK);
    CHECK_INT(r.n, gw_nregions);
    int levels[4] = {0}, found = 0;
    for (size_t i = 0; i < r.n; i++) {
        const gw_region_row *x = gw_rows_at(&r, i);
        levels[gw_regions[i].level]++;
        if (x->code.n == 6 && !memcmp(x->code.p, "220104", 6)) {
            found = 1;
            CHECK_STR(x->name.p, x->name.n, "朝阳区");
            CHECK_STR(x->short_.p, x->short_.n, "朝阳");
            CHECK_STR(x->level.p, x->level.n, "county");
            CHECK_STR(x->parent.p, x->parent.n, "220100");
            CHECK_STR(x->province.p, x->province.n, "220000");
        }
        /* no division that no longer exists */
        CHECK(!(x->name.n == 9 && !memcmp(x->name.p, "莱芜市", 9)));
    }
    CHECK(found);
    CHECK_INT(levels[GW_PROVINCE], 34);
    CHECK(levels[GW_PREFECTURE] > 300);
    CHECK(levels[GW_COUNTY] > 2800);
    gw_rows_free(&r);
    /* the keys are sorted and every name of every division has one */
    for (size_t i = 1; i < gw_nregion_keys; i++)
        CHECK(strcmp(gw_region_keys[i - 1].key, gw_region_keys[i].key) < 0);
}

/* substr(text, pos, len) is the name on every row of every fixture. */
static void test_positions(void) {
    size_t npages;
    const char *const *pages = check_pages(&npages);
    size_t rows = 0;
    for (size_t k = 0; k < npages; k++) {
        size_t n;
        char *s = check_read(pages[k], &n);
        CHECK(s != NULL);
        if (!s) continue;
        gw_rows r;
        CHECK_INT(parse(s, &r), GW_OK);
        for (size_t i = 0; i < r.n; i++) {
            const gw_place *p = gw_rows_at(&r, i);
            /* the byte offset of character pos */
            size_t b = 0, c = 1;
            while (c < (size_t)p->pos && b < n) {
                uint32_t cp;
                b += gw_utf8_next(s + b, n - b, &cp);
                c++;
            }
            size_t e = b;
            for (int64_t j = 0; j < p->len && e < n; j++) {
                uint32_t cp;
                e += gw_utf8_next(s + e, n - e, &cp);
            }
            CHECK(e - b == p->name.n && memcmp(s + b, p->name.p, p->name.n) == 0);
            rows++;
        }
        gw_rows_free(&r);
        free(s);
    }
    CHECK(rows > 50);
}

int main(void) {
    test_full_names();
    test_short_names();
    test_refused();
    test_longest();
    test_shared();
    test_regions();
    test_positions();
    return check_done("test_places");
}
