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
