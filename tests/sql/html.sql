-- HTML pages (contract §11): gw_html_text, gw_speeches on HTML, gw_decode of
-- a page's bytes, on hand-made snippets, on the pages of fixtures/html/ and
-- on pathological input.
.print -- the <title> first; block elements and <br> end lines, inline ones do not
SELECT gw_html_text('<!DOCTYPE html><html><head><title>讲话_某某网</title><style>p{}</style></head><body><p>同志们：<br>今天<b>很</b>重<a href="#">要</a>。</p><div>一<div>二</div>三</div></body></html>');
.print -- entities decoded (NBSP shown as [NBSP])
SELECT replace(gw_html_text('<p>&ldquo;两个维护&rdquo;&nbsp;&#12288;&#x4e00;&amp;&lt;&gt;</p>'), char(160), '[NBSP]');
.print -- whitespace collapses; a line break between two Chinese characters is no space
SELECT gw_html_text('<p>今天，
我们开会。
Hello
world    again</p><pre>一  二
三</pre>');
.print -- dropped: script style noscript template iframe svg select button comments, hidden elements, the head
SELECT gw_html_text('<html><head><meta name="x" content="不显示"><link rel="a"></head><body><p>见<script>var a="不显示";</script><style>.a{}</style><noscript>不显示</noscript><template>不显示</template><iframe>不显示</iframe><svg><text>不显示</text><title>不显示</title></svg><select><option>不显示</option></select><button>不显示</button><!-- 不显示 --><span style="display: none">不显示</span><span hidden>不显示</span>到</p></body></html>');
.print -- markup chrome: nav, aside, footer, header outside the article, class/id words, link lists
SELECT gw_html_text('<html><body><header>网站名称</header><nav>导航</nav><div class="breadcrumb">当前位置</div><div id="topNav">栏目</div><ul><li><a href="/1">文章一</a></li><li><a href="/2">文章二</a></li></ul><article><header>文章的标题</header><p>正文第一段，很长很长的一段话。</p><div class="share-bar">分享到</div></article><aside>侧栏</aside><div class="footer">版权所有</div><footer>页脚</footer></body></html>');
.print -- ... unless it holds the main text
SELECT gw_html_text('<html><body><div class="main-nav-wrap"><p>正文是这一段，足够长的一段正文，写在一个名为导航的容器里。</p></div><div class="nav"><a href="/">首页</a></div></body></html>');
.print -- broken markup: unclosed <p>, stray </div>, <p> inside <font>
SELECT gw_html_text('<body><p>一<p>二</div></span><font color=red><p>三<b>四</b>五</font><p>六');

.print
.print -- titles without the site's name; the article's heading before the <title>; dates from <meta> and bylines
CREATE TEMP TABLE snippets (k TEXT, page TEXT);
INSERT INTO snippets VALUES
  ('gov', '<html><head><title>在全省工作会议上的讲话 - 山西省人民政府门户网站</title><meta name="PubDate" content="2021-03-02 09:30"></head><body><p>同志们：今天我们召开全省工作会议，主要任务是总结工作、部署任务。</p></body></html>'),
  ('sina', '<html><head><title>在全省工作会议上的讲话_新浪新闻</title></head><body><div>来源：新华社 2021年3月2日</div><p>同志们：今天我们召开全省工作会议，主要任务是总结工作、部署任务。</p></body></html>'),
  ('rmrb', '<html><head><title>在全省工作会议上的讲话|人民日报</title><meta name="publishdate" content="2022-06-23"></head><body><p>同志们：今天我们召开全省工作会议，主要任务是总结工作、部署任务。</p></body></html>'),
  ('people', '<html><head><title>坚持人民至上--文化--人民网</title><meta property="article:published_time" content="2022-06-23T05:39:00+08:00"></head><body><p>同志们：今天我们召开全省工作会议，主要任务是总结工作、部署任务。</p></body></html>'),
  ('heading', '<html><head><title>学习材料_某某网</title></head><body><h1>坚持人民至上 全力抓好疫情防控</h1><p>同志们：今天我们召开全县大会，主要任务是总结工作、部署任务。</p></body></html>'),
  ('h1', '<html><head><title>县长讲话稿范文_第一范文网</title></head><body><div class="logo"><h1><a href="/">第一范文网</a></h1></div><div class="content"><h1>县长在全县大会上的讲话</h1><div>发布时间：2023-05-04</div><p>同志们：今天我们召开全县大会，主要任务是总结工作、部署任务。</p></div></body></html>');
SELECT k, title, speaker, occasion, published, body FROM snippets, gw_speeches(page);

.print
.print -- format: detected, 'html' forced on a fragment, 'text' forced, anything else an error
SELECT count(*), min(title) FROM gw_speeches('<p>在全县大会上的讲话</p><p>同志们：今天我们召开全县大会，主要任务是总结工作、部署任务。</p>');
SELECT count(*), min(title) FROM gw_speeches('<p>在全县大会上的讲话</p><p>同志们：今天我们召开全县大会，主要任务是总结工作、部署任务。</p>', 'html');
SELECT count(*), min(title) FROM gw_speeches(' <!-- saved --> <html><p>在全县大会上的讲话</p><p>同志们：今天我们召开全县大会，主要任务是总结工作、部署任务。</p>', 'text');
SELECT count(*) FROM gw_speeches('<html>', 'xml');

.print
.print -- charsets: valid UTF-8 is UTF-8 whatever the meta says; else the meta's charset; BOMs win
SELECT gw_decode(CAST('<meta charset="big5">' AS BLOB) || X'C160AED1B04F'), gw_charset(CAST('<meta charset="big5">' AS BLOB) || X'C160AED1B04F');
SELECT gw_html_text(CAST(CAST('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>' AS BLOB) || X'C160AED1B04F' || CAST('</title></head></html>' AS BLOB) AS BLOB));
SELECT gw_charset(readfile('fixtures/html/declared_gb2312_utf8.html')), gw_charset(readfile('fixtures/html/gb18030_meta.html'));
SELECT gw_html_text(CAST(X'EFBBBF' || '<html><title>带BOM的页面</title></html>' AS BLOB)), gw_html_text(X'FFFE3C0070003E00004EE65B3C002F0070003E00');

.print
.print -- the fixture pages: their speeches
CREATE TEMP TABLE pages (k TEXT PRIMARY KEY, page BLOB, txt TEXT);
INSERT INTO pages VALUES
  ('gov_portal', readfile('fixtures/html/gov_portal.html'), 'fixtures/pages/001_cb69c79a23f59179.txt'),
  ('fanwen_site', readfile('fixtures/html/fanwen_site.html'), 'fixtures/pages/002_97d2d2bd06bfd8b1.txt'),
  ('news_page', readfile('fixtures/html/news_page.html'), 'fixtures/pages/003_7fc5e4630ff442c7.txt'),
  ('declared_gb2312_utf8', readfile('fixtures/html/declared_gb2312_utf8.html'), 'fixtures/pages/004_0971c2d1573ab3b5.txt'),
  ('gb18030_meta', readfile('fixtures/html/gb18030_meta.html'), 'fixtures/pages/000_499d58337f0f9ea4.txt'),
  ('broken_markup', readfile('fixtures/html/broken_markup.html'), 'fixtures/pages/001_cb69c79a23f59179.txt');
CREATE TEMP TABLE s AS
SELECT p.k, g.idx, g.title, g.speaker, g.occasion, g.published, g.truncated, g.body, g.pos, g.len,
       substr(gw_html_text(p.page), g.pos, g.len) AS span
FROM pages p, gw_speeches(p.page) g;
SELECT k, idx, title, speaker, occasion, published, truncated, length(body) FROM s ORDER BY rowid;
.print -- ... the same titles and bodies as the speeches of the page's text (title equal, body equal)
SELECT s.k, s.idx, s.title = t.title, s.body = t.body
FROM s JOIN pages p USING (k), gw_speeches(CAST(readfile(p.txt) AS TEXT)) t
WHERE t.idx = s.idx ORDER BY s.rowid;
.print -- ... and the first lines of their visible text
SELECT k, replace(substr(gw_html_text(page), 1, instr(gw_html_text(page), char(10)) - 1), char(160), ' ') FROM pages ORDER BY rowid;

.print
.print -- positions on gw_html_text(page): spans that do not open with the title line, paragraphs missing from their span, spans not ending with the last paragraph
CREATE TEMP TABLE para AS
WITH RECURSIVE lines(k, idx, line, rest) AS (
  SELECT k, idx, NULL, body || char(10) FROM s
  UNION ALL
  SELECT k, idx, substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
  FROM lines WHERE rest <> '')
SELECT k, idx, line FROM lines WHERE line IS NOT NULL;
SELECT count(*) FROM s WHERE instr(span, title) NOT IN (1, 5);
SELECT count(*), sum(instr(s.span, para.line) = 0) FROM para JOIN s USING (k, idx);
SELECT count(*) FROM s
WHERE substr(span, -length((SELECT line FROM para WHERE para.k = s.k AND para.idx = s.idx
                            ORDER BY rowid DESC LIMIT 1))) <>
      (SELECT line FROM para WHERE para.k = s.k AND para.idx = s.idx ORDER BY rowid DESC LIMIT 1);

.print
.print -- the chrome of each template, and whether it is left in the visible text
CREATE TEMP TABLE chrome (k TEXT, w TEXT);
INSERT INTO chrome VALUES
  ('gov_portal', '设为首页'), ('gov_portal', '政务服务'), ('gov_portal', '当前位置'), ('gov_portal', '政策文件'),
  ('gov_portal', '打印本页'), ('gov_portal', '主办单位'), ('gov_portal', 'ICP'), ('gov_portal', '发布时间'),
  ('fanwen_site', '注册'), ('fanwen_site', '网站首页'), ('fanwen_site', '下载Word文档'), ('fanwen_site', '开通VIP会员'),
  ('fanwen_site', '推荐访问'), ('fanwen_site', '猜你喜欢'), ('fanwen_site', '热门文章'), ('fanwen_site', '版权所有'),
  ('fanwen_site', '免费阅读已结束'),
  ('news_page', '人民网首页'), ('news_page', '国际'), ('news_page', '分享到'), ('news_page', '相关新闻'),
  ('news_page', '我要留言'), ('news_page', '山河无恙'), ('news_page', '热点推荐'), ('news_page', '版 权'),
  ('news_page', '责任编辑'),
  ('declared_gb2312_utf8', '发言稿'), ('declared_gb2312_utf8', '您的位置'), ('declared_gb2312_utf8', '推荐阅读'),
  ('declared_gb2312_utf8', '标签'), ('declared_gb2312_utf8', 'Copyright'), ('declared_gb2312_utf8', '下载docx'),
  ('gb18030_meta', '簡歷模板'), ('gb18030_meta', '熱門標籤'), ('gb18030_meta', '最新文章'), ('gb18030_meta', '版權所有'),
  ('broken_markup', '文秘写作'), ('broken_markup', '疫情防控工作表态发言'), ('broken_markup', 'Copyright'),
  ('broken_markup', '热门推荐');
SELECT k, w, instr(gw_html_text(page), w) > 0 FROM chrome JOIN pages USING (k) ORDER BY chrome.rowid;

.print
.print -- bad input: a result or an error naming the function
SELECT gw_html_text(readfile('fixtures/encodings/bad_binary.png.txt'));
SELECT quote(gw_html_text('<html><body>' || replace(hex(zeroblob(10000)), '00', '<div><span><a href="#"></a></span></div>') || '</body></html>'));
SELECT gw_html_text('<html><body>' || replace(hex(zeroblob(1000000)), '00', '<div>') || '最深处');
SELECT count(*) FROM gw_speeches('<html><body>' || replace(hex(zeroblob(1000000)), '00', '<div>') || '最深处');
SELECT gw_html_text('<html><body><p>前文</p><!-- 未闭合的注释 <p>后文</p>');
SELECT gw_html_text('<html><body><p>前文</p><script>var a = "<p>不是正文</p>";');
SELECT gw_html_text('<html><body><p>[&#x110000;][&#0;][&#xD800;][&#99999999999;][&bogus;][&#x;]</p>');
SELECT gw_html_text('<html><body><p ' || (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT group_concat('a' || i || '=1', ' ') FROM n) || '>正文</p>');
SELECT gw_html_text('<html><body><p ' || replace(hex(zeroblob(100000)), '00', ' a=1') || '>同名的属性</p>');
SELECT gw_html_text(42);
.print -- a 4 MiB page of 322638 paragraphs (make bench reads a 64 MiB one): its length, the characters and lines of its text
WITH pg AS MATERIALIZED (SELECT '<html><body>' || replace(hex(zeroblob(322638)), '00', '<p>正文</p>') p),
     tx AS MATERIALIZED (SELECT gw_html_text(p) t FROM pg)
SELECT length(CAST(p AS BLOB)), length(t), length(t) - length(replace(t, char(10), '')) FROM pg, tx;
