-- The views same_text and copies (sql/schema_report.sql): speeches 1, 2 and
-- 4 are one text (4 in traditional characters); 3 (a full stop more) and 5
-- are near-identical to 1 and to 3 by the table reuse (similarity 0.8 and
-- 0.93), so 1–5 are one group; the pair 6–7 is below 0.8 and stays apart;
-- 8 has no body.
.read sql/schema.sql
.read sql/schema_report.sql
INSERT INTO pages (name) VALUES ('p');
INSERT INTO speeches (id, page, idx, body) VALUES
    (1, 'p', 1, '要抓好核酸检测工作'), (2, 'p', 2, '要抓好核酸检测工作'), (3, 'p', 3, '要抓好核酸检测工作。'),
    (4, 'p', 4, '要抓好核酸檢測工作'), (5, 'p', 5, '一要抓好核酸检测工作'), (6, 'p', 6, '六稳'),
    (7, 'p', 7, '六保'), (8, 'p', 8, NULL);
SELECT * FROM same_text ORDER BY speech;
INSERT INTO reuse VALUES (1, 3, 0.8, 9), (3, 5, 0.93, 9), (6, 7, 0.79, 1);
SELECT '--';
SELECT * FROM copies ORDER BY speech;
