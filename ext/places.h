/*
 * places.h — gw_places(text): mentions of provinces, prefectures and
 * counties with their GB/T 2260 codes; gw_regions: the gazetteer itself
 * (contract §9).
 *
 *   gw_places('长春市朝阳区和北京市朝阳区')
 *     → 1 长春市 220100 prefecture;  2 朝阳区 220104 county (长春 before it);
 *       3 北京市 110000 province;    4 朝阳区 110105 county (北京 before it)
 *   gw_places('浙江湖州德清、长兴、安吉')  → 浙江 湖州 德清 长兴 安吉
 *   gw_places('坚持和平发展，全省上下')     → no row
 *
 * The rules, each in one function of places.c named after it:
 *   1. full names, simplified or traditional (each character through
 *      gw_fold_char; positions on the text as written);
 *   2. short names: of provinces and prefectures always; of counties when the
 *      name belongs to one division only and is no ordinary word, or when the
 *      text names the county's prefecture or province, or another county of
 *      its prefecture in the same sentence; 甘南州 / 积石山县 (a short name with
 *      a shortened suffix) are one mention;
 *   3. refused: names that split a word of the sentence (和县 in 市政府和县委,
 *      中江 in 其中江苏), short names that are ordinary words (和平, 东方),
 *      ethnic groups (东乡族), parts of lower places (长寿路街道, 黄石街, 中山社区,
 *      芒市镇), full names that are ordinary words (城区, 郊区, 矿区) unless a
 *      division of the prefecture named right before; a place inside an
 *      organisation's name still counts (浙江省委, 杭州市政府, 新华社北京);
 *   4. the longest name wins; a name a division shares with one inside it
 *      names the larger (吉林: the province; 喀什: the prefecture);
 *   5. a name several divisions share takes the one whose prefecture or
 *      province the text names nearest before it, else nearest after it;
 *      else code is NULL, with candidates and (when they share one) province.
 */
#ifndef GW_PLACES_H
#define GW_PLACES_H

#include "rows.h"
#include "text.h"

typedef struct gw_place {
    int64_t id;         /* 1-based, in text order */
    gw_str name;        /* the mention as written */
    gw_str code;        /* six digits, or NULL when several divisions remain */
    gw_str level;       /* province, prefecture, county; NULL when candidates differ */
    gw_str canonical;   /* full official name, simplified; NULL with code */
    gw_str province;    /* the province's code, when every candidate lies in one */
    int64_t candidates; /* how many divisions the mention could name */
    int64_t pos;        /* 1-based character position */
    int64_t len;        /* characters */
} gw_place;

/* args: v[0] the text. */
int gw_parse_places(const gw_args *in, gw_rows *out, gw_error *err);

typedef struct gw_region_row {
    gw_str code;     /* 330106 */
    gw_str name;     /* 西湖区 */
    gw_str short_;   /* 西湖, NULL when none */
    gw_str level;    /* province, prefecture, county */
    gw_str parent;   /* the division above, NULL for provinces */
    gw_str province; /* its province (itself for provinces) */
} gw_region_row;

/* gw_regions: no arguments; one row per division of the gazetteer. */
int gw_parse_regions(const gw_args *in, gw_rows *out, gw_error *err);

#endif
