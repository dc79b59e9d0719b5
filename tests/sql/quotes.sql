-- gw_quotes: contract §6 example, the numeral rule, nesting, unclosed and
-- ASCII marks, the quotes of page 000 read off the text, and positions.
.nullvalue NULL
.print == contract example
SELECT id, kind, text, numeral, pos, len
FROM gw_quotes('做好“六稳”“六保”工作，印发《关于进一步加强近期疫情防控工作的紧急通知》');
.print == numerals of short quotes
SELECT text, numeral FROM gw_quotes('“两个维护”“25+1”“一图一码一指数”“十四五”“四个意识”“硬核隔离+精密智控”“百分之百”“三五成群”“1.3亿”“零疑似、零确诊、零感染”“二〇二〇”“十四五规划和二〇三五年远景目标纲要”');
.print == nesting, unclosed marks, ASCII quotes and apostrophes
SELECT id, kind, text, pos, len FROM gw_quotes('学习《习近平谈治国理政》中“坚持‘两个毫不动摇’”的论述');
SELECT id, kind, text FROM gw_quotes('他说“还没说完
下一行”才结束，又说「好」');
SELECT id, kind, text FROM gw_quotes('He said "it''s fine" and ''ok'', don''t worry; 〈序言〉『全文』');
SELECT count(*) FROM gw_quotes('”反了“ 》也反了《');
.print == 000: every quote
SELECT id, kind, text, numeral, pos, len FROM gw_quotes(CAST(readfile('fixtures/pages/000_499d58337f0f9ea4.txt') AS TEXT));
.print == positions on every fixture page
WITH pages(name) AS (VALUES ('000_499d58337f0f9ea4.txt'), ('001_cb69c79a23f59179.txt'),
                            ('002_97d2d2bd06bfd8b1.txt'), ('003_7fc5e4630ff442c7.txt'),
                            ('004_0971c2d1573ab3b5.txt')),
     t AS (SELECT name, CAST(readfile('fixtures/pages/' || name) AS TEXT) AS page FROM pages)
SELECT name, count(*) > 0,
       sum(substr(t.page, q.pos + 1, q.len - 2) <> q.text),
       sum(substr(t.page, q.pos, q.len) NOT LIKE '%' || q.text || '%'),
       sum(q.len <> length(q.text) + 2)
FROM t, gw_quotes(t.page) q GROUP BY name ORDER BY name;
.print == NULL and errors
SELECT count(*) FROM gw_quotes(NULL);
SELECT count(*) FROM gw_quotes(CAST(X'E4B8ADFF' AS TEXT));
