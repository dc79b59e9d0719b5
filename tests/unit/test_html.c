/*
 * test_html.c — gw_html_text (contract §11): the text layout of each kind of
 * element, dropped elements, markup chrome, the title and date hints, HTML
 * detection, <meta charset>, gw_decode of a page's bytes, and the fixture
 * pages of fixtures/html/ against the speeches of their text.
 */
#include "check.h"
#include "decode.h"
#include "html.h"
#include "html_words.h"
#include "page.h"
#include "speeches.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gw_html h;

/* The visible text of page (also left in h); "" on error. */
static const char *text(const char *page) {
    free(h.text);
    gw_error err;
    memset(&err, 0, sizeof err);
    int rc = gw_html_text(page, strlen(page), &h, &err);
    CHECK_INT(rc, GW_OK);
    return h.text ? h.text : "";
}

#define TITLE_IS(want) CHECK_STR(h.title_e ? h.text + h.title_b : NULL, h.title_e - h.title_b, want)

static void layout(void) {
    CHECK_STR(text("<p>一</p><p>二<br>三</p><div>四<span>五</span><a href=x>六</a></div>"),
              strlen(h.text), "一\n二\n三\n四五六");
    /* no empty lines, no spaces at line ends */
    CHECK_STR(text("<div> <p> 一 </p>\n\n<p></p><br><br><p>二 </p> </div>"), strlen(h.text),
              "一\n二");
    /* a line break between Chinese characters is no space; between words it is */
    CHECK_STR(text("<p>今天，\n我们\nmeet\nhere</p>"), strlen(h.text), "今天，我们 meet here");
    CHECK_STR(text("<pre>a  b\nc</pre>"), strlen(h.text), "a  b\nc");
    CHECK_STR(text("<p>&ldquo;&#x4e00;&#19968;&rdquo;&amp;&#12288;</p>"), strlen(h.text),
              "“一一”&\xE3\x80\x80");
    CHECK_STR(text("<td>甲</td><td>乙</td>"), strlen(h.text), "甲\n乙");
    CHECK_STR(text(""), h.n, "");
}

static void dropped(void) {
    CHECK_STR(text("<html><head><title>题</title><meta name=a content=b><style>x</style></head>"
                   "<body>甲<script>乙</script><noscript>乙</noscript><iframe>乙</iframe>"
                   "<svg><title>乙</title></svg><select><option>乙</select><button>乙</button>"
                   "<template>乙</template><!--乙--><div style=\"DISPLAY: none;\">乙</div>"
                   "<p hidden>乙</p>丙</body></html>"),
              strlen(h.text), "题\n甲丙");
    CHECK_INT(h.title_line, 3);
    CHECK_STR(
        text("<p>甲<span style='color: red; display: none !important'>乙</span>"
             "<span style='background: url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"
             "CAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==); "
             "visibility:hidden'>乙</span><span style='display:inline'>丙</span></p>"),
        strlen(h.text), "甲丙");
}

static void chrome(void) {
    /* nav, footer, aside, header outside the article, class words, link lists */
    CHECK_STR(text("<header>站</header><nav>导航</nav><article><header>标题</header>"
                   "<p>正文，一段话。</p><aside>侧栏</aside></article>"
                   "<div class='site-footer'>页脚</div><div id='relatedNews'>相关</div>"
                   "<ul><li><a href=1>链接一</a></li><li><a href=2>链接二</a></li></ul>"
                   "<footer>底</footer>"),
              strlen(h.text), "标题\n正文，一段话。");
    /* words match whole (tokens) or as prefixes only where the list says so */
    CHECK_STR(text("<div class='address'>地址</div><div class='topic'>话题</div>"
                   "<div class='navbar'>导航</div><div class='ad'>广告</div>"),
              strlen(h.text), "地址\n话题");
    /* chrome that holds the main text stays */
    CHECK_STR(text("<div class='nav-wrap'><p>正文很长，正文很长，正文很长。</p></div>"
                   "<div class='nav'><a href=1>首页</a></div>"),
              strlen(h.text), "正文很长，正文很长，正文很长。");
    /* chrome inside the main text goes */
    CHECK_STR(text("<div><p>正文很长，正文很长，正文很长。</p><div class='share'>分享</div>"
                   "<p>下一段。</p></div>"),
              strlen(h.text), "正文很长，正文很长，正文很长。\n下一段。");
}

static void titles(void) {
    text("<title>在全省会议上的讲话 - 山西省人民政府门户网站</title><p>同志们：今天开会。</p>");
    TITLE_IS("在全省会议上的讲话");
    text("<title>在全省会议上的讲话_新浪新闻</title><p>同志们：今天开会。</p>");
    TITLE_IS("在全省会议上的讲话");
    text("<title>人民日报|在全省会议上的讲话</title><p>同志们：今天开会。</p>");
    TITLE_IS("在全省会议上的讲话");
    text("<title>坚持人民至上--文化--人民网</title><p>同志们：今天开会。</p>");
    TITLE_IS("坚持人民至上");
    text("<title>2023-05-04 会议纪要</title><p>同志们：今天开会。</p>");
    TITLE_IS("2023-05-04 会议纪要");
    /* the heading above the main text, before the <title>; one the <title> repeats first */
    text("<title>讲话_某网</title><div class=logo><h1><a href=/>某网</a></h1></div>"
         "<h2>副标题</h2><h1>坚持人民至上</h1><p>同志们：今天开会，今天开会。</p>");
    TITLE_IS("坚持人民至上");
    text("<title>坚持人民至上_某网</title><h1>某网</h1><div class=title>坚持人民至上</div>"
         "<p>同志们：今天开会，今天开会。</p>");
    TITLE_IS("坚持人民至上");
    /* a <header> outside any <article> that holds the <h1> is the article's */
    CHECK_STR(text("<html><head><title>某网</title></head><body>"
                   "<header class=top><h1>坚持人民至上</h1><nav>导航</nav></header>"
                   "<div><p>同志们：今天开会，今天开会。</p></div>"),
              strlen(h.text), "某网\n坚持人民至上\n同志们：今天开会，今天开会。");
    TITLE_IS("坚持人民至上");
    CHECK_STR(text("<header><h1><a href=/>某网</a></h1><p>网站简介</p></header>"
                   "<div><p>同志们：今天开会，今天开会。</p></div>"),
              strlen(h.text), "同志们：今天开会，今天开会。");
    text("<p>同志们：今天开会，今天开会。</p>");
    CHECK_INT(h.title_e, 0);
    CHECK_INT(h.title_line, 0);
}

static void dates(void) {
    text("<head><meta name=\"PubDate\" content=\"2023-05-04 17:30\"></head>");
    CHECK_STR(h.published, strlen(h.published), "2023-05-04");
    text("<meta property='article:published_time' content='2021-03-02T08:00:00+08:00'>");
    CHECK_STR(h.published, strlen(h.published), "2021-03-02");
    text("<meta name=publishdate content=2022/6/23>");
    CHECK_STR(h.published, strlen(h.published), "2022-06-23");
    text("<meta name=firstpublishedtime content=20200105>");
    CHECK_STR(h.published, strlen(h.published), "2020-01-05");
    text("<meta name=PubDate content=2023-13-04><meta name=keywords content=2023-05-04>");
    CHECK_STR(h.published, strlen(h.published), "");
}

static void detect(void) {
    CHECK(gw_html_detect("<!DOCTYPE html><p>", 18));
    CHECK(gw_html_detect("\xEF\xBB\xBF  <!-- saved -->\n<HTML lang=zh>", 33));
    CHECK(gw_html_detect("<?xml version=\"1.0\"?><html>", 27));
    CHECK(gw_html_detect("<head>", 6));
    CHECK(gw_html_detect("<body>", 6));
    CHECK(!gw_html_detect("<p>正文</p>", 13));
    CHECK(!gw_html_detect("<htmlx>", 7));
    CHECK(!gw_html_detect("讲话 <html>", 13));
    CHECK(!gw_html_detect("<!-- unclosed <html>", 20));
    char name[40];
    const char *m1 =
        "<html><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">";
    CHECK(gw_html_meta_charset(m1, strlen(m1), name, sizeof name));
    CHECK_STR(name, strlen(name), "GB2312");
    const char *m2 = "<META CHARSET = 'big5' >";
    CHECK(gw_html_meta_charset(m2, strlen(m2), name, sizeof name));
    CHECK_STR(name, strlen(name), "big5");
    CHECK(!gw_html_meta_charset("<p>charset=gbk</p>", 18, name, sizeof name));
}

/* gw_decode: valid UTF-8 is UTF-8 whatever the meta says; else the meta's charset */
static void decode(void) {
    gw_error err;
    memset(&err, 0, sizeof err);
    size_t n;
    const char *p = "<meta charset=\"big5\">\xC1\x60\xAE\xD1\xB0\x4F";
    char *out = gw_decode(p, strlen(p), NULL, &n, &err);
    CHECK_STR(out, n, "<meta charset=\"big5\">總書記");
    free(out);
    const char *u = "<meta charset=\"gb2312\">总书记";
    out = gw_decode(u, strlen(u), NULL, &n, &err);
    CHECK_STR(out, n, u);
    free(out);
    /* a wrong meta: the bytes are not valid in it, detection decides */
    const char *w = "<meta charset=\"big5\">\xD2\xDF\xC7\xE9\xB7\xC0\xBF\xD8\xB9\xA4\xD7\xF7";
    out = gw_decode(w, strlen(w), NULL, &n, &err);
    CHECK(out != NULL);
    free(out);
}

/* Bad input: a result or an error, never a crash; memory checked by the sanitizers. */
static void hostile(void) {
    size_t n = 200000;
    char *p = malloc(n * 5 + 32);
    strcpy(p, "<body>");
    for (size_t i = 0; i < n; i++)
        memcpy(p + 6 + i * 5, "<div>", 5);
    strcpy(p + 6 + n * 5, "底");
    CHECK_STR(text(p), strlen(h.text), "底");
    /* 10^5 attributes: refused with a message */
    size_t k = strlen("<p ");
    memcpy(p, "<p ", k);
    for (size_t i = 0; i < 100000; i++) {
        memcpy(p + k, " a=1", 4);
        k += 4;
    }
    strcpy(p + k, ">x");
    gw_error err;
    memset(&err, 0, sizeof err);
    free(h.text);
    CHECK_INT(gw_html_text(p, strlen(p), &h, &err), GW_EARG);
    CHECK(strstr(err.msg, "attributes") != NULL);
    h.text = NULL;
    free(p);
    CHECK_STR(text("<p>前<!-- 未闭合"), strlen(h.text), "前");
    CHECK_STR(text("<p>前<script>后"), strlen(h.text), "前");
    CHECK_STR(text("<p>[&#x110000;][&#0;][&#xD800;]"), strlen(h.text), "[][][]");
    CHECK_STR(text("</div></p></body></html><html><p>一"), strlen(h.text), "一");
}

#define SORTED(t, field) sorted_##field(t, sizeof(t) / sizeof((t)[0]), #t)
static void sorted_name(const element *t, size_t n, const char *name) {
    for (size_t i = 1; i < n; i++)
        if (strcmp(t[i - 1].name, t[i].name) >= 0) {
            printf("FAIL %s not sorted at \"%s\"\n", name, t[i].name);
            check_failed++;
            return;
        }
    check_passed++;
}
static void sorted_w(const cword *t, size_t n, const char *name) {
    for (size_t i = 1; i < n; i++)
        if (strcmp(t[i - 1].w, t[i].w) >= 0) {
            printf("FAIL %s not sorted at \"%s\"\n", name, t[i].w);
            check_failed++;
            return;
        }
    check_passed++;
}
static void sorted_s(const char *const *t, size_t n, const char *name) {
    for (size_t i = 1; i < n; i++)
        if (strcmp(t[i - 1], t[i]) >= 0) {
            printf("FAIL %s not sorted at \"%s\"\n", name, t[i]);
            check_failed++;
            return;
        }
    check_passed++;
}

/* The fixture pages: the same speeches as their text, positions on the visible text. */
static void fixtures(void) {
    static const char *const pairs[][2] = {
        {"fixtures/html/gov_portal.html", "fixtures/pages/001_cb69c79a23f59179.txt"},
        {"fixtures/html/fanwen_site.html", "fixtures/pages/002_97d2d2bd06bfd8b1.txt"},
        {"fixtures/html/news_page.html", "fixtures/pages/003_7fc5e4630ff442c7.txt"},
        {"fixtures/html/declared_gb2312_utf8.html", "fixtures/pages/004_0971c2d1573ab3b5.txt"},
        {"fixtures/html/gb18030_meta.html", "fixtures/pages/000_499d58337f0f9ea4.txt"},
        {"fixtures/html/broken_markup.html", "fixtures/pages/001_cb69c79a23f59179.txt"},
    };
    static const size_t count[] = {1, 1, 1, 9, 1, 1};
    for (size_t f = 0; f < sizeof pairs / sizeof pairs[0]; f++) {
        size_t bn, tn, n;
        char *bytes = check_read(pairs[f][0], &bn), *txt = check_read(pairs[f][1], &tn);
        CHECK(bytes && txt);
        if (!bytes || !txt) continue;
        gw_error err;
        memset(&err, 0, sizeof err);
        char *page = gw_decode(bytes, bn, NULL, &n, &err);
        CHECK(page != NULL);
        gw_rows hr, tr;
        gw_rows_init(&hr, sizeof(gw_speech));
        gw_rows_init(&tr, sizeof(gw_speech));
        gw_arg ha[2] = {{1, page, n, 0}, {0, NULL, 0, 0}}, ta = {1, txt, tn, 0};
        gw_args hin = {ha, 2, NULL, NULL}, tin = {&ta, 1, NULL, NULL};
        CHECK_INT(gw_parse_page_speeches(&hin, &hr, &err), GW_OK);
        CHECK_INT(gw_parse_speeches(&tin, &tr, &err), GW_OK);
        CHECK_INT(hr.n, count[f]);
        CHECK_INT(tr.n, count[f]);
        free(h.text);
        CHECK_INT(gw_html_text(page, n, &h, &err), GW_OK);
        for (size_t i = 0; i < hr.n && i < tr.n; i++) {
            const gw_speech *a = gw_rows_at(&hr, i), *b = gw_rows_at(&tr, i);
            CHECK(a->title.n == b->title.n && memcmp(a->title.p, b->title.p, a->title.n) == 0);
            CHECK(a->body.n == b->body.n && memcmp(a->body.p, b->body.p, a->body.n) == 0);
            /* the span ends with the body's last paragraph, on the visible text */
            size_t pb = 0, pe;
            for (int64_t c = 1; c < a->pos + a->len && pb < h.n; c++) {
                pb++;
                while (pb < h.n && ((unsigned char)h.text[pb] & 0xC0) == 0x80)
                    pb++;
            }
            pe = pb;
            const char *last = a->body.p + a->body.n;
            while (last > a->body.p && last[-1] != '\n')
                last--;
            size_t ln = (size_t)(a->body.p + a->body.n - last);
            CHECK(pe >= ln && memcmp(h.text + pe - ln, last, ln) == 0);
        }
        gw_rows_free(&hr);
        gw_rows_free(&tr);
        free(page);
        free(bytes);
        free(txt);
    }
}

int main(void) {
    layout();
    dropped();
    chrome();
    titles();
    dates();
    detect();
    decode();
    hostile();
    fixtures();
    SORTED(elements, name);
    SORTED(chrome_class, w);
    SORTED(title_class, w);
    SORTED(date_meta, s);
    SORTED(site_suffix, s);
    free(h.text);
    return check_done("test_html");
}
