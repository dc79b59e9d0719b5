-- The correctness harness of the gongwen tokenizer (contract §7): every
-- paragraph of every fixture page is a row; a fixed sample of Han queries
-- (1, 2, 3 and 4 characters drawn from the pages by a fixed hash, plus
-- traditional/simplified pairs) and Latin words and numbers. For each query,
-- MATCH must return exactly the rows whose gw_fold'ed text contains the
-- gw_fold'ed query (instr), and for Latin words and numbers the rows where
-- it stands as a whole word. trigram, side by side, misses every 1- and
-- 2-character query, and the rows written in the other script.

CREATE TABLE para(id INTEGER PRIMARY KEY, body TEXT, f TEXT);
WITH RECURSIVE lines(line, rest) AS (
    SELECT NULL, CAST(readfile(name) AS TEXT) || char(10)
    FROM fsdir('fixtures/pages') WHERE name GLOB '*.txt'
    UNION ALL
    SELECT substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
    FROM lines WHERE rest <> ''
)
INSERT INTO para(body) SELECT line FROM lines WHERE trim(line, ' ' || char(9, 13, 12288)) <> '';
UPDATE para SET f = gw_fold(body);

CREATE VIRTUAL TABLE g USING fts5(body, tokenize = 'gongwen');
CREATE VIRTUAL TABLE tri USING fts5(body, tokenize = 'trigram');
INSERT INTO g(rowid, body) SELECT id, body FROM para;
INSERT INTO tri(rowid, body) SELECT id, body FROM para;

-- Every Han substring of 1 to 4 characters, numbered, then 80 of each
-- length taken in the order of a fixed multiplicative hash.
CREATE TABLE cand AS
WITH RECURSIVE at(id, i) AS (
    SELECT id, 1 FROM para
    UNION ALL
    SELECT at.id, i + 1 FROM at JOIN para USING (id) WHERE i < length(para.body)
), sub AS (
    SELECT DISTINCT k.value AS k, substr(p.body, at.i, k.value) AS q
    FROM at JOIN para p USING (id), generate_series(1, 4) k
    WHERE at.i + k.value - 1 <= length(p.body)
)
SELECT k, q, row_number() OVER (PARTITION BY k ORDER BY q) AS n
FROM sub WHERE q NOT GLOB '*[^一-鿿]*';

CREATE TABLE queries(id INTEGER PRIMARY KEY, kind TEXT, q TEXT);
INSERT INTO queries(kind, q)
SELECT 'han' || k, q FROM (
    SELECT k, q, row_number() OVER (PARTITION BY k ORDER BY (n * 48271 + 11) % 2147483647) AS r
    FROM cand
) WHERE r <= 80;
-- Cross-script pairs: each written both ways.
INSERT INTO queries(kind, q) VALUES
    ('cross', '總書記'), ('cross', '总书记'), ('cross', '習近平'), ('cross', '习近平'),
    ('cross', '檢測'), ('cross', '检测'), ('cross', '核酸檢測'), ('cross', '核酸检测'),
    ('cross', '領導'), ('cross', '领导'), ('cross', '發言'), ('cross', '发言'),
    ('cross', '黨中央'), ('cross', '党中央'), ('cross', '鞏固'), ('cross', '巩固'),
    ('cross', '戰略'), ('cross', '战略'), ('cross', '人民群眾'), ('cross', '人民群众'),
    ('cross', '疫情防控'), ('cross', '防疫'), ('cross', '們'), ('cross', '们'),
    ('cross', '經濟'), ('cross', '经济'), ('cross', '衛生健康'), ('cross', '卫生健康'),
    ('cross', '應急'), ('cross', '应急'), ('cross', '國務院'), ('cross', '国务院');
-- Latin words and numbers of the pages, in either case.
INSERT INTO queries(kind, q) VALUES
    ('latin', 'GDP'), ('latin', 'gdp'), ('latin', 'ICP'), ('latin', 'qq'), ('latin', 'docx'),
    ('latin', 'XX'), ('latin', 'xxxx'), ('latin', 'com'), ('latin', '2023'), ('latin', '2020'),
    ('latin', '10'), ('latin', '14'), ('latin', '96'), ('latin', '63w');

-- Ground truth: instr on folded text (Han), whole words on folded text (Latin).
CREATE TABLE truth AS
SELECT q.id AS qid, p.id AS pid FROM queries q, para p
WHERE CASE WHEN q.kind = 'latin'
           THEN ' ' || p.f || ' ' GLOB '*[^a-z0-9]' || gw_fold(q.q) || '[^a-z0-9]*'
           ELSE instr(p.f, gw_fold(q.q)) > 0 END;
-- The same on the raw text: what trigram aims at.
CREATE TABLE raw AS
SELECT q.id AS qid, p.id AS pid FROM queries q, para p
WHERE q.kind <> 'latin' AND instr(p.body, q.q) > 0;
CREATE TABLE by_g AS SELECT q.id AS qid, g.rowid AS pid FROM queries q JOIN g ON g MATCH '"' || q.q || '"';
CREATE TABLE by_tri AS SELECT q.id AS qid, tri.rowid AS pid FROM queries q JOIN tri ON tri MATCH '"' || q.q || '"';

-- The queries each result gets wrong.
CREATE VIEW wrong AS
SELECT 'gongwen' AS t, qid FROM (SELECT * FROM truth EXCEPT SELECT * FROM by_g)
UNION SELECT 'gongwen', qid FROM (SELECT * FROM by_g EXCEPT SELECT * FROM truth)
UNION SELECT 'trigram', qid FROM (SELECT * FROM truth EXCEPT SELECT * FROM by_tri)
UNION SELECT 'trigram', qid FROM (SELECT * FROM by_tri EXCEPT SELECT * FROM truth)
UNION SELECT 'trigram raw', qid FROM (SELECT * FROM raw EXCEPT SELECT * FROM by_tri)
UNION SELECT 'trigram raw', qid FROM (SELECT * FROM by_tri EXCEPT SELECT * FROM raw
                                       WHERE qid NOT IN (SELECT id FROM queries WHERE kind = 'latin'));

.print paragraphs, every query has rows
SELECT count(*) > 200, (SELECT count(*) FROM queries) >= 300,
       (SELECT count(*) FROM queries WHERE id NOT IN (SELECT qid FROM truth)) FROM para;
.print kind|queries|gongwen wrong|trigram wrong|trigram wrong even on raw text
SELECT kind, count(*),
       sum(id IN (SELECT qid FROM wrong WHERE t = 'gongwen')),
       sum(id IN (SELECT qid FROM wrong WHERE t = 'trigram')),
       sum(id IN (SELECT qid FROM wrong WHERE t = 'trigram raw') AND kind <> 'latin')
FROM queries GROUP BY kind ORDER BY kind;
.print rows found: truth|gongwen|trigram
SELECT (SELECT count(*) FROM truth), (SELECT count(*) FROM by_g), (SELECT count(*) FROM by_tri);
