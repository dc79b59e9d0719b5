-- gw_numbers: contract §5 examples with every column, then whole lists read
-- off the fixtures, then the position invariant over every fixture page.
.nullvalue NULL
.print == contract examples
SELECT text, value, low, high, unit, kind, approx, redacted, date, in_quote, clause, pos, len
FROM gw_numbers('累计报告确诊病例1291例');
SELECT text, value, typeof(value), unit, kind, approx FROM gw_numbers('累計完成減税降費4298.8億元');
SELECT text, value, unit, kind, approx FROM gw_numbers('全省60餘萬名醫務工作者');
SELECT text, value, unit, kind, approx FROM gw_numbers('佔總數的96%以上');
SELECT text, value, low, high, unit, kind FROM gw_numbers('5-7天内可完成');
SELECT text, value, low, high, unit, kind FROM gw_numbers('2至5人，两三天，三五百块，七八十人，十五六岁，5～7万元');
SELECT text, value, redacted, unit FROM gw_numbers('下派**个驻村工作队263名驻村干部');
SELECT text, kind, date FROM gw_numbers('1月21日紧急召开，2020年9月8日，2020-09-08，2020年12月，二〇二〇年，20XX年5月9日，XX月XX日，20_年');
SELECT text, value, unit, kind FROM gw_numbers('2.86万人，3萬3,883美元，百分之十五，2.3%，八成，1.8个百分点');
SELECT text, value, unit FROM gw_numbers('第一时间组建十一个工作组、四个专班');
SELECT count(*) FROM gw_numbers('坚持一手抓疫情防控、两手硬，下好一盘棋，万众一心，千千万万，一线，十指弹琴，八八战略，落实四方责任，三会一课');
SELECT text, value, in_quote FROM gw_numbers('做到“两个维护”');
SELECT text, kind, approx FROM gw_numbers('若近14天有出重庆市的，近五年来，近3万人，约5000人，超过32亿元，不少于***次');
SELECT text, kind, value FROM gw_numbers('当前已调整诊疗方案到第九版，党的十九届五中全会');
SELECT text, kind FROM gw_numbers('上午10:30召开，18时30分结束，8点半');
.print == directive markers, codes and line breaks
SELECT text FROM gw_numbers('1. 加强领导，投入3亿元。
2、落实责任。（3）压实5项任务；4.统筹推进');
SELECT count(*) FROM gw_numbers('H1N1、5G、COVID-19、2.63W');
SELECT text FROM gw_numbers('共计14
万人');
.print == 000 (traditional): every figure
SELECT id, text, value, low, high, unit, kind, approx, redacted, date, in_quote, pos, len
FROM gw_numbers(readfile('fixtures/pages/000_499d58337f0f9ea4.txt'));
SELECT clause FROM gw_numbers(readfile('fixtures/pages/000_499d58337f0f9ea4.txt')) WHERE id IN (11, 26, 58, 71);
.print == 001 (redacted): every figure
SELECT id, text, value, unit, kind, approx, redacted, date, in_quote, pos, len
FROM gw_numbers(readfile('fixtures/pages/001_cb69c79a23f59179.txt'));
.print == 004 【篇2】
SELECT n.text, n.value, n.low, n.high, n.unit, n.kind, n.approx, n.redacted, n.date, n.in_quote
FROM (SELECT CAST(readfile('fixtures/pages/004_0971c2d1573ab3b5.txt') AS TEXT) AS page) p,
     gw_numbers(substr(p.page, instr(p.page, '【篇2】') + 18,
                       instr(p.page, '【篇3】') - instr(p.page, '【篇2】') - 18)) n;
.print == 004 【篇5】
SELECT n.text, n.value, n.low, n.high, n.unit, n.kind, n.approx, n.redacted, n.date, n.in_quote
FROM (SELECT CAST(readfile('fixtures/pages/004_0971c2d1573ab3b5.txt') AS TEXT) AS page) p,
     gw_numbers(substr(p.page, instr(p.page, '【篇5】') + 18,
                       instr(p.page, '【篇6】') - instr(p.page, '【篇5】') - 18)) n;
.print == positions on every fixture page
-- the pages: every *.txt of the folder, found by listing it, so a page
-- added there is tested here too
WITH t AS (SELECT substr(name, 16) AS name, CAST(readfile(name) AS TEXT) AS page
           FROM fsdir('fixtures/pages') WHERE name GLOB '*.txt')
SELECT name, count(*) > 0, sum(substr(t.page, n.pos, n.len) <> n.text),
       sum(instr(n.clause, n.text) = 0), sum(n.len <> length(n.text))
FROM t, gw_numbers(t.page) n GROUP BY name ORDER BY name;
.print == NULL and errors
SELECT count(*) FROM gw_numbers(NULL);
SELECT count(*) FROM gw_numbers('');
SELECT count(*) FROM gw_numbers(CAST(X'E4B8ADFF' AS TEXT));
