-- The FTS5 tokenizer gongwen (contract §7): exact substring search on folded
-- text at every length, simplified ⇄ traditional, Latin words and numbers
-- whole and case-insensitive, FTS5 query syntax, highlight/snippet/bm25 on
-- the original text, strict options; gw_tokens shows what it emits.
CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'gongwen');
INSERT INTO t(rowid, title, body) VALUES
    (1, '習近平總書記重要講話', '習近平總書記親自指揮、親自部署'),
    (2, '核酸检测', '抓好核酸检测，做到应检尽检'),
    (3, '疫情防控', '疫情防控要慎终如始，防控不松懈'),
    (4, 'GDP', 'GDP增长2.3%，COVID-19疫情'),
    (5, '防疫', '防疫，控制');
.print -- simplified finds traditional, and the reverse; every length
SELECT group_concat(rowid) FROM t WHERE t MATCH '总书记';
SELECT group_concat(rowid) FROM t WHERE t MATCH '檢測';
SELECT group_concat(rowid) FROM t WHERE t MATCH '检';
SELECT group_concat(rowid) FROM t WHERE t MATCH '控';
SELECT group_concat(rowid) FROM t WHERE t MATCH '防疫';
SELECT group_concat(rowid) FROM t WHERE t MATCH '情防';
SELECT group_concat(rowid) FROM t WHERE t MATCH '疫情防控要慎终如始';
.print -- no match across punctuation: 防疫，控制 holds no 疫控 and no 防控
SELECT count(*) FROM t WHERE t MATCH '疫控';
SELECT group_concat(rowid) FROM t WHERE t MATCH '防控';
.print -- Latin words and numbers: whole tokens, any case; prefix with *
SELECT group_concat(rowid) FROM t WHERE t MATCH 'gdp';
SELECT group_concat(rowid) FROM t WHERE t MATCH 'Covid';
SELECT group_concat(rowid) FROM t WHERE t MATCH '19';
SELECT count(*) FROM t WHERE t MATCH 'gd';
SELECT group_concat(rowid) FROM t WHERE t MATCH 'gd*';
SELECT group_concat(rowid) FROM t WHERE t MATCH '核*';
.print -- query syntax
SELECT group_concat(rowid) FROM t WHERE t MATCH '核酸 AND 检测';
SELECT group_concat(rowid) FROM t WHERE t MATCH '核酸 OR 防疫';
SELECT group_concat(rowid) FROM t WHERE t MATCH '疫情 NOT 防控';
SELECT group_concat(rowid) FROM t WHERE t MATCH 'NEAR(疫情 慎终, 3)';
SELECT count(*) FROM t WHERE t MATCH 'NEAR(疫情 不松懈, 3)';
SELECT group_concat(rowid) FROM t WHERE t MATCH 'title:防控';
SELECT group_concat(rowid) FROM t WHERE t MATCH 'body:疫情';
.print -- highlight, snippet and bm25 on the original text
SELECT highlight(t, 1, '[', ']') FROM t WHERE t MATCH '防控';
SELECT highlight(t, 1, '[', ']') FROM t WHERE t MATCH '总书记 OR 指挥';
SELECT highlight(t, 1, '[', ']') FROM t WHERE t MATCH 'covid';
SELECT snippet(t, 1, '[', ']', '…', 4) FROM t WHERE t MATCH '慎终';
SELECT group_concat(rowid) FROM (SELECT rowid FROM t WHERE t MATCH '疫' ORDER BY bm25(t));
.print -- options: bigrams 0 (unigrams only) is exact too; anything else is an error
CREATE VIRTUAL TABLE u USING fts5(body, tokenize = 'gongwen bigrams 0');
INSERT INTO u(rowid, body) SELECT rowid, body FROM t;
SELECT group_concat(rowid) FROM u WHERE u MATCH '防控';
SELECT count(*) FROM u WHERE u MATCH '疫控';
SELECT group_concat(rowid) FROM u WHERE u MATCH '總書記親自';
CREATE VIRTUAL TABLE v USING fts5(body, tokenize = 'gongwen bigrams 1');
CREATE VIRTUAL TABLE w1 USING fts5(body, tokenize = 'gongwen bigram 1');
CREATE VIRTUAL TABLE w2 USING fts5(body, tokenize = 'gongwen bigrams');
CREATE VIRTUAL TABLE w3 USING fts5(body, tokenize = 'gongwen bigrams yes');
.print -- gw_tokens: what the tokenizer emits, positions on the original text
SELECT id, token, pos, len, colocated FROM gw_tokens('抓好核酸');
SELECT group_concat(token, ' ') FROM gw_tokens('總書記，ＧＤＰ 2.3%', 'query');
SELECT group_concat(token, ' ') FROM gw_tokens('總書記', 'document');
SELECT count(*) FROM gw_tokens(NULL);
SELECT count(*) FROM gw_tokens('，。！');
SELECT * FROM gw_tokens('核酸', 'Query');
SELECT * FROM gw_tokens('核酸', 1);
.print -- every token of every fixture is its original characters folded; query mode too
.print -- (read line by line, so substr() counts characters within a line, not a page;
.print -- the last row says the lines hold the pages' tokens, the same ones)
CREATE TEMP TABLE fixture_lines AS
WITH RECURSIVE pages(p) AS (
    SELECT CAST(readfile(name) AS TEXT) FROM fsdir('fixtures/pages') WHERE name GLOB '*.txt'),
  cut(line, rest) AS (
    SELECT NULL, p || char(10) FROM pages
    UNION ALL
    SELECT substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
    FROM cut WHERE rest <> '')
SELECT line FROM cut WHERE line IS NOT NULL;
SELECT count(*) > 20000, sum(gw_fold(substr(line, t.pos, t.len)) <> t.token), sum(t.len < 1)
FROM fixture_lines, gw_tokens(line) t;
SELECT count(*) > 20000, sum(gw_fold(substr(line, t.pos, t.len)) <> t.token)
FROM fixture_lines, gw_tokens(line, 'query') t;
SELECT (SELECT group_concat(token, ' ') FROM
          (SELECT t.token FROM fixture_lines, gw_tokens(line) t ORDER BY t.token)) =
       (SELECT group_concat(token, ' ') FROM
          (SELECT t.token
           FROM (SELECT CAST(readfile(name) AS TEXT) AS p FROM fsdir('fixtures/pages')
                 WHERE name GLOB '*.txt'), gw_tokens(p) t ORDER BY t.token));
