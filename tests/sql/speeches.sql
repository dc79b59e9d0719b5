-- gw_speeches (contract §3) on the five seed pages: every speech, its metadata,
-- the size and both ends of its body, chrome that must be gone and sentences
-- that must stay.
CREATE TEMP TABLE pages (k TEXT PRIMARY KEY, page TEXT);
INSERT INTO pages VALUES
  ('000', readfile('fixtures/pages/000_499d58337f0f9ea4.txt')),
  ('001', readfile('fixtures/pages/001_cb69c79a23f59179.txt')),
  ('002', readfile('fixtures/pages/002_97d2d2bd06bfd8b1.txt')),
  ('003', readfile('fixtures/pages/003_7fc5e4630ff442c7.txt')),
  ('004', readfile('fixtures/pages/004_0971c2d1573ab3b5.txt'));
CREATE TEMP TABLE s AS SELECT p.k, g.* FROM pages p, gw_speeches(p.page) g;

.print -- one row per speech, in page order
SELECT k, idx, title, speaker, occasion, published, level, script, truncated, length(body),
       replace(substr(body, 1, 20), char(10), '\n'), substr(body, -20)
FROM s ORDER BY k, idx;

.print -- the page's chrome is in no body: checks made, strings found
CREATE TEMP TABLE chrome (k TEXT, w TEXT);
INSERT INTO chrome VALUES
  ('000', '來源'), ('000', '巧巧簡歷站'), ('000', '2.63W'), ('000', '本站小編'), ('000', '提供參考'),
  ('000', '熱門標籤'), ('000', '疫情防控表彰會領導發言材料'),
  ('001', '2020-12-28'), ('001', '阅读全文'), ('001', '需要先登陆'), ('001', '分享'),
  ('001', '微信扫一扫'), ('001', '相关内容'), ('001', '热门推荐'), ('001', '本周热门'),
  ('001', '二维码'), ('001', '微信订阅号'), ('001', '联系客服'), ('001', '县长在全县疫情防控表彰大会上的讲话'),
  ('002', '当前位置'), ('002', '网站首页'), ('002', '>'), ('002', '浏览次数'), ('002', '2023-05-04'),
  ('002', '小编'), ('002', '供大家参考'), ('002', '【优秀范文】'), ('002', '推荐访问'), ('002', '猜你喜欢'),
  ('002', '疫情防控推进会上的讲话'),
  ('003', '整理文档很辛苦'), ('003', '免费阅读已结束'), ('003', '阅读已结束'), ('003', '资源描述'),
  ('003', '1 / 8'), ('003', '下载文档'), ('003', '777doc'), ('003', '三七文档'), ('003', 'ICP'),
  ('003', 'QQ'), ('003', '×'), ('003', '保存成功'),
  ('004', '会员上传'), ('004', '下载docx'), ('004', '更新时间'), ('004', '24小时内'), ('004', '四项防疫措施'),
  ('004', '欢迎品鉴'), ('004', '【篇'), ('004', '推荐阅读'), ('004', '七一讲话党课讲稿'),
  ('004', '标签'), ('004', '相关文章'), ('004', '猜你喜欢'), ('004', '大家正在看'), ('004', '换一换');
SELECT count(*), sum(instr(s.body, c.w) > 0) FROM s JOIN chrome c USING (k);

.print -- first and last sentences are kept: speech, sentence, found
CREATE TEMP TABLE kept (k TEXT, idx INTEGER, w TEXT);
INSERT INTO kept VALUES
  ('000', 1, '今天,我們隆重召開全省抗擊新冠肺炎疫情總結表彰大會'),
  ('000', 1, '踏平坎坷成大道,鬥罷艱險又出發。'),
  ('001', 1, '同志们:'),
  ('001', 1, '——面对突如其来的严重疫情,我们统筹兼顾、协调推进,经济发展稳定转好,生产生活秩序稳步恢复。'),
  ('002', 1, '一、要高度警惕、高度重视、高位推动,打好打赢疫情防控阻击战歼灭战'),
  ('002', 1, '以优异成绩迎接党的20D胜利召开。'),
  ('003', 1, '始终坚持人民至上生命至上坚决打赢疫情防控攻坚战6月22日'),
  ('003', 1, '在新征程上,我国一定能打赢疫情防控阻击战。'),
  ('004', 1, '今天在这里召开全县秋冬季疫情防控工作部署会议'),
  ('004', 2, '同志们,秋冬将至,“疫考”未结'),
  ('004', 3, '一、提升政治站位,高度重视基层基础工作'),
  ('004', 4, '今天我的演讲差不多就要结束了'),
  ('004', 5, '三、站好“岗”'),
  ('004', 6, '共产党员是先进模范的代表'),
  ('004', 7, '四、完善组织保障'),
  ('004', 8, '三、落实工作责任,不断织密疫情防控责任网'),
  ('004', 9, '殷忧启圣,多难兴邦。');
SELECT k.k, k.idx, k.w, instr(s.body, k.w) > 0 FROM kept k LEFT JOIN s USING (k, idx) ORDER BY k.k, k.idx;

.print -- paragraphs: trimmed, no empty line, one per line (speech, lines, empty, untrimmed)
WITH RECURSIVE lines(k, idx, line, rest) AS (
  SELECT k, idx, NULL, body || char(10) FROM s
  UNION ALL
  SELECT k, idx, substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
  FROM lines WHERE rest <> '')
SELECT k, idx, count(line), sum(line = ''),
       sum(line <> trim(line, ' ' || char(9) || char(12288) || char(160)))
FROM lines WHERE line IS NOT NULL GROUP BY k, idx ORDER BY k, idx;

.print -- NULL gives no rows; a page of chrome gives none
SELECT count(*) FROM gw_speeches(NULL);
SELECT count(*) FROM gw_speeches('当前位置：首页 > 讲话' || char(10) || '浏览次数：12' || char(10) || '推荐阅读');
