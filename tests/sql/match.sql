-- gw_match(text, terms): leftmost-longest occurrences of a user's lexicon,
-- through gw_fold, the automaton built once per terms value.
.mode list
.headers on
-- traditional text found by simplified terms; positions on the text as written
SELECT * FROM gw_match('習近平總書記強調，要堅持疫情防控', '总书记' || char(10) || '疫情防控');
-- overlapping terms: the leftmost wins; a term that is a prefix of another loses where both start
SELECT id, term, pos, len FROM gw_match('中华人民共和国中国共产党', '华人' || char(10) || '中华' || char(10) || '中国' || char(10) || '中国共产党');
-- blank lines and spaces around terms are ignored; CRLF lines
SELECT term, pos FROM gw_match('两个维护和四个意识', char(10) || '  两个维护 ' || char(13) || char(10) || char(10) || '四个意识' || char(10));
-- nothing to find: no terms, empty text, NULL
SELECT count(*) FROM gw_match('两个维护', char(10) || ' ' || char(10));
SELECT count(*) FROM gw_match('', '两个维护');
SELECT count(*) FROM gw_match(NULL, '两个维护');
SELECT count(*) FROM gw_match('两个维护', NULL);
-- one automaton for a whole statement: a lexicon table over several texts
CREATE TABLE lexicon(term TEXT);
INSERT INTO lexicon VALUES ('疫情防控'), ('复工复产'), ('总书记'), ('两个维护');
CREATE TABLE docs(id INTEGER, body TEXT);
INSERT INTO docs VALUES (1, '统筹推进疫情防控和复工复产'), (2, '總書記強調，疫情防控不能鬆懈'), (3, '坚决做到两个维护');
SELECT d.id, m.term, count(*) AS n
FROM docs d, gw_match(d.body, (SELECT group_concat(term, char(10)) FROM lexicon)) m
GROUP BY 1, 2 ORDER BY 1, 2;
-- positions: substr(text, pos, len) is the occurrence as written
SELECT count(*) AS bad FROM docs d, gw_match(d.body, (SELECT group_concat(term, char(10)) FROM lexicon)) m
WHERE substr(d.body, m.pos, m.len) <> m.text;
-- errors
SELECT * FROM gw_match('两个维护');
SELECT * FROM gw_match(x'ff', '两个维护');
SELECT * FROM gw_match('两个维护', x'ff');
