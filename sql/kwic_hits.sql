-- kwic_hits.sql — the table behind keyword in context (sql/kwic.sql): every
-- hit of the query :q in the search index (sql/schema_search.sql), kept in
-- temp.kwic. Set the query first, in FTS5 syntax:   .parameter set :q '核酸'
--
-- temp.kwic: speech, page, idx, pos (where the hit starts in the speech, in
-- characters), rank (bm25, best first), left and right (20 characters each
-- side, line breaks as spaces), hit (as written: a simplified query shows its
-- traditional hits as they stand). The hits are the tokenizer's own
-- (highlight() marks them on the original text).
DROP TABLE IF EXISTS temp.kwic;
CREATE TEMP TABLE kwic AS
WITH RECURSIVE hits(speech, rank, at, left, hit, right, rest) AS (
    SELECT rowid, rank, 0, '', NULL, NULL, highlight(speeches_fts, 1, char(1), char(2))
    FROM speeches_fts WHERE coalesce(:q, '') <> '' AND speeches_fts MATCH :q
    UNION ALL
    SELECT speech, rank,
           at + instr(rest, char(1)) - 1 + instr(rest, char(2)) - instr(rest, char(1)) - 1,
           substr(coalesce(left, '') || coalesce(hit, '') || substr(rest, 1, instr(rest, char(1)) - 1), -20),
           substr(rest, instr(rest, char(1)) + 1, instr(rest, char(2)) - instr(rest, char(1)) - 1),
           substr(replace(replace(substr(rest, instr(rest, char(2)) + 1, 60), char(1), ''), char(2), ''), 1, 20),
           substr(rest, instr(rest, char(2)) + 1)
    FROM hits WHERE instr(rest, char(1)) > 0
)
SELECT s.id AS speech, s.page, s.idx, h.at - length(h.hit) + 1 AS pos, h.rank,
       replace(h.left, char(10), ' ') AS left, h.hit, replace(h.right, char(10), ' ') AS right
FROM hits h JOIN speeches s ON s.id = h.speech
WHERE h.hit IS NOT NULL
ORDER BY h.rank, s.page, s.idx, pos;
