/*
 * html_words.h — the closed lists gw_html_text reads markup with (contract
 * §11), kept as data. Each is sorted in byte order (tests/unit/test_html.c
 * checks it).
 */
#ifndef GW_HTML_WORDS_H
#define GW_HTML_WORDS_H

#include <stdint.h>

/* What each element is, by name (libxml2 hands names in lower case). */
enum {
    E_BLOCK = 1 << 0,   /* ends a line */
    E_DROP = 1 << 1,    /* dropped with all it holds */
    E_CHROME = 1 << 2,  /* navigation or page furniture: nav, aside, footer */
    E_HEADER = 1 << 3,  /* chrome outside an article */
    E_ARTICLE = 1 << 4, /* article, main */
    E_LINK = 1 << 5,    /* a (with href) */
    E_HEAD = 1 << 6,    /* head */
    E_TITLE = 1 << 7,   /* title */
    E_META = 1 << 8,    /* meta */
    E_PRE = 1 << 9,     /* keeps its whitespace */
    E_BR = 1 << 10,     /* a line break */
};

typedef struct element {
    const char *name;
    uint16_t flags;
    uint8_t heading; /* 1..6 for h1..h6 */
} element;

static const element elements[] = {
    {"a", E_LINK, 0},
    {"address", E_BLOCK, 0},
    {"applet", E_DROP, 0},
    {"article", E_BLOCK | E_ARTICLE, 0},
    {"aside", E_BLOCK | E_CHROME, 0},
    {"audio", E_DROP, 0},
    {"blockquote", E_BLOCK, 0},
    {"body", E_BLOCK, 0},
    {"br", E_BR, 0},
    {"button", E_DROP, 0},
    {"canvas", E_DROP, 0},
    {"caption", E_BLOCK, 0},
    {"center", E_BLOCK, 0},
    {"dd", E_BLOCK, 0},
    {"details", E_BLOCK, 0},
    {"dialog", E_BLOCK, 0},
    {"dir", E_BLOCK, 0},
    {"div", E_BLOCK, 0},
    {"dl", E_BLOCK, 0},
    {"dt", E_BLOCK, 0},
    {"embed", E_DROP, 0},
    {"fieldset", E_BLOCK, 0},
    {"figcaption", E_BLOCK, 0},
    {"figure", E_BLOCK, 0},
    {"footer", E_BLOCK | E_CHROME, 0},
    {"form", E_BLOCK, 0},
    {"frameset", E_DROP, 0},
    {"h1", E_BLOCK, 1},
    {"h2", E_BLOCK, 2},
    {"h3", E_BLOCK, 3},
    {"h4", E_BLOCK, 4},
    {"h5", E_BLOCK, 5},
    {"h6", E_BLOCK, 6},
    {"head", E_HEAD, 0},
    {"header", E_BLOCK | E_HEADER, 0},
    {"hgroup", E_BLOCK, 0},
    {"hr", E_BLOCK, 0},
    {"html", E_BLOCK, 0},
    {"iframe", E_DROP, 0},
    {"legend", E_BLOCK, 0},
    {"li", E_BLOCK, 0},
    {"main", E_BLOCK | E_ARTICLE, 0},
    {"menu", E_BLOCK | E_CHROME, 0},
    {"meta", E_META, 0},
    {"nav", E_BLOCK | E_CHROME, 0},
    {"noscript", E_DROP, 0},
    {"object", E_DROP, 0},
    {"ol", E_BLOCK, 0},
    {"option", E_DROP, 0},
    {"p", E_BLOCK, 0},
    {"pre", E_BLOCK | E_PRE, 0},
    {"script", E_DROP, 0},
    {"section", E_BLOCK, 0},
    {"select", E_DROP, 0},
    {"style", E_DROP, 0},
    {"summary", E_BLOCK, 0},
    {"svg", E_DROP, 0},
    {"table", E_BLOCK, 0},
    {"tbody", E_BLOCK, 0},
    {"td", E_BLOCK, 0},
    {"template", E_DROP, 0},
    {"textarea", E_DROP, 0},
    {"tfoot", E_BLOCK, 0},
    {"th", E_BLOCK, 0},
    {"thead", E_BLOCK, 0},
    {"title", E_TITLE, 0},
    {"tr", E_BLOCK, 0},
    {"ul", E_BLOCK, 0},
    {"video", E_DROP, 0},
};

/* Words of a class or id value: the value is cut into words at anything but
 * letters and digits and at a lower-to-upper case change (main-nav,
 * relatedNews, foot_link); a word matches an entry when it is the entry or,
 * for entries marked 1, starts with it (navbar, footer, comments, shareBox). */
typedef struct cword {
    const char *w;
    int prefix;
} cword;

/* Chrome: an element whose class or id holds one of these is page furniture
 * (navigation, breadcrumbs, footers, sharing, comments, related and
 * recommended lists, advertising, download and print buttons). */
static const cword chrome_class[] = {
    {"ad", 0},       {"ads", 0},        {"advert", 1},  {"banner", 1},     {"bdshare", 1},
    {"bottom", 1},   {"breadcrumb", 1}, {"comment", 1}, {"copyright", 1},  {"crumb", 1},
    {"download", 1}, {"fenxiang", 1},   {"foot", 1},    {"friendlink", 1}, {"guanggao", 1},
    {"hot", 0},      {"hotnews", 1},    {"links", 0},   {"location", 0},   {"login", 1},
    {"menu", 1},     {"nav", 1},        {"pager", 0},   {"pagination", 1}, {"paging", 0},
    {"position", 0}, {"print", 0},      {"qrcode", 1},  {"rank", 1},       {"recommend", 1},
    {"relate", 0},   {"related", 1},    {"reply", 1},   {"share", 1},      {"sidebar", 1},
    {"sitemap", 1},  {"sns", 0},        {"social", 1},  {"subnav", 1},     {"tags", 0},
    {"toolbar", 1},  {"topbar", 1},     {"topnav", 1},  {"wechat", 1},     {"weixin", 1},
};

/* Headings that are no <h1>–<h6>: a class or id holding one of these. */
static const cword title_class[] = {
    {"headline", 1},
    {"tit", 0},
    {"title", 1},
};

/* <meta name|property|itemprop=…> that give the page's date (compared
 * without case). */
static const char *const date_meta[] = {
    "article:published_time",
    "article_date_original",
    "datepublished",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "firstpublishedtime",
    "og:published_time",
    "og:release_date",
    "parsely-pub-date",
    "pubdate",
    "publication_date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubtime",
    "sailthru.date",
};

/* The endings of a site's name in a <title> (…网, …政府, …日报, …频道). */
static const char *const site_suffix[] = {
    "之家", "周刊", "在线", "官网", "平台", "报",   "政府", "文库", "新闻", "日报",
    "时报", "晚报", "站",   "网",   "论坛", "资讯", "门户", "频道", "首页",
};

#endif
