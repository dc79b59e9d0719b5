-- Bad input is an SQL error naming the function and the problem (contract §1).
SELECT count(*) FROM gw_directives(CAST(X'E4B8ADFF' AS TEXT));
SELECT count(*) FROM gw_speeches(CAST(X'410042' AS TEXT));
SELECT gw_fold(CAST(X'C0AF' AS TEXT));
SELECT gw_normalize(12);
SELECT count(*) FROM gw_numbers(3.5);
-- NULL gives NULL (scalars) or no rows (tables).
SELECT gw_fold(NULL) IS NULL, gw_simplify(NULL) IS NULL, gw_number(NULL) IS NULL;
SELECT count(*) FROM gw_quotes(NULL);
-- A missing argument names the function.
SELECT count(*) FROM gw_quotes;
-- An OR in the WHERE clause is planned branch by branch; the argument still
-- comes from the join.
CREATE TABLE sp(id, body);
INSERT INTO sp VALUES (1, '一、甲。二、乙。'), (2, '一是丙。');
SELECT s.id, d.marker FROM sp s, gw_directives(s.body) d
WHERE (s.id = 1 AND d.depth = 1) OR (s.id = 2 AND d.ordinal = 1);
-- gw_decode takes a blob or text, nothing else.
SELECT gw_decode(42);
SELECT gw_decode(1.5);
-- UTF-8 with one bad byte at the end is UTF-8 gone wrong, not another charset.
SELECT gw_decode(CAST('疫情防控工作总书记重要讲话精神' || CAST(X'FF' AS TEXT) AS BLOB));
SELECT count(*) FROM gw_speeches(CAST('疫情防控工作总书记重要讲话精神' || CAST(X'FF' AS TEXT) AS BLOB));
-- Each argument of a function of several is named, and so is the call.
SELECT * FROM gw_tokens('abc', 5);
SELECT * FROM gw_overlap(7, 'abc');
SELECT * FROM gw_overlap WHERE input_a = '甲乙丙';
SELECT * FROM gw_tokens WHERE mode = 'query';
-- input IS x is input = x.
SELECT count(*) FROM gw_numbers WHERE input IS '3人和5人';
-- The tokenizer refuses what every function refuses: invalid UTF-8, NUL.
CREATE VIRTUAL TABLE f USING fts5(body, tokenize='gongwen');
INSERT INTO f VALUES (CAST(X'E4B8ADFF' AS TEXT));
INSERT INTO f VALUES ('核酸' || char(0) || '检测');
INSERT INTO f VALUES ('核酸检测');
SELECT count(*) FROM f WHERE f MATCH '核酸';
