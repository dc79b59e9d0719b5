-- gw_speeches positions (contract §1, §3) on every seed page: the span
-- substr(page, pos, len) opens with the speech's title line and holds every
-- paragraph of the body, the last one at its very end.
CREATE TEMP TABLE pages (k TEXT PRIMARY KEY, page TEXT);
INSERT INTO pages VALUES
  ('000', CAST(readfile('fixtures/pages/000_499d58337f0f9ea4.txt') AS TEXT)),
  ('001', CAST(readfile('fixtures/pages/001_cb69c79a23f59179.txt') AS TEXT)),
  ('002', CAST(readfile('fixtures/pages/002_97d2d2bd06bfd8b1.txt') AS TEXT)),
  ('003', CAST(readfile('fixtures/pages/003_7fc5e4630ff442c7.txt') AS TEXT)),
  ('004', CAST(readfile('fixtures/pages/004_0971c2d1573ab3b5.txt') AS TEXT));
CREATE TEMP TABLE s AS
SELECT p.k, g.idx, g.title, g.body, g.pos, g.len, substr(p.page, g.pos, g.len) AS span
FROM pages p, gw_speeches(p.page) g;
CREATE TEMP TABLE para AS
WITH RECURSIVE lines(k, idx, line, rest) AS (
  SELECT k, idx, NULL, body || char(10) FROM s
  UNION ALL
  SELECT k, idx, substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
  FROM lines WHERE rest <> '')
SELECT k, idx, line FROM lines WHERE line IS NOT NULL;

.print -- speeches per page
SELECT k, count(*) FROM s GROUP BY k ORDER BY k;
.print -- spans that do not open with the title line (after 【篇N】)
SELECT count(*) FROM s WHERE instr(span, title) NOT IN (1, 5);
.print -- paragraphs checked, and paragraphs missing from their span
SELECT count(*), sum(instr(s.span, para.line) = 0) FROM para JOIN s USING (k, idx);
.print -- spans that do not end with the body's last paragraph
SELECT count(*) FROM s
WHERE substr(span, -length((SELECT line FROM para WHERE para.k = s.k AND para.idx = s.idx
                            ORDER BY rowid DESC LIMIT 1))) <>
      (SELECT line FROM para WHERE para.k = s.k AND para.idx = s.idx ORDER BY rowid DESC LIMIT 1);
.print -- the contract's own check, on the first 4 characters (a salutation line is shorter than 8)
SELECT count(*) FROM s WHERE span NOT LIKE '%' || substr(body, 1, 4) || '%';
.print -- where the spans start and how long they are
SELECT k, idx, pos, len FROM s ORDER BY k, idx;
