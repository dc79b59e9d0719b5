-- report_search.sql — what make demo prints about search: every hit of 核酸
-- in its context (sql/search.sql's first query).
.print
.print Keyword in context: 核酸
.mode box
WITH RECURSIVE hits(speech, rank, at, left, hit, right, rest) AS (
    SELECT rowid, rank, 0, '', NULL, NULL, highlight(speeches_fts, 1, char(1), char(2))
    FROM speeches_fts WHERE speeches_fts MATCH '核酸'
    UNION ALL
    SELECT speech, rank,
           at + instr(rest, char(1)) - 1 + instr(rest, char(2)) - instr(rest, char(1)) - 1,
           substr(coalesce(left, '') || coalesce(hit, '') || substr(rest, 1, instr(rest, char(1)) - 1), -20),
           substr(rest, instr(rest, char(1)) + 1, instr(rest, char(2)) - instr(rest, char(1)) - 1),
           substr(replace(replace(substr(rest, instr(rest, char(2)) + 1, 60), char(1), ''), char(2), ''), 1, 20),
           substr(rest, instr(rest, char(2)) + 1)
    FROM hits WHERE instr(rest, char(1)) > 0
)
SELECT s.page, s.idx, h.at - length(h.hit) + 1 AS pos,
       replace(h.left, char(10), ' ') AS "left", h.hit, replace(h.right, char(10), ' ') AS "right"
FROM hits h JOIN speeches s ON s.id = h.speech
WHERE h.hit IS NOT NULL
ORDER BY h.rank, s.page, s.idx, pos;
.mode list
