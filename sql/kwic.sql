-- kwic.sql — keyword in context over the search index (sql/schema_search.sql).
-- Set the query first, in FTS5 syntax:   .parameter set :q '核酸'

-- Keyword in context: every hit with 20 characters on each side, where it
-- sits in the speech (pos, in characters), best-ranked speeches first. The
-- hits are the tokenizer's own (highlight() marks them on the original text),
-- so a simplified query shows its traditional hits as written.
.print
SELECT 'Keyword in context: ' || :q;
.mode list
.separator "  "
WITH RECURSIVE hits(speech, rank, at, left, hit, right, rest) AS (
    SELECT rowid, rank, 0, '', NULL, NULL, highlight(speeches_fts, 1, char(1), char(2))
    FROM speeches_fts WHERE speeches_fts MATCH :q
    UNION ALL
    SELECT speech, rank,
           at + instr(rest, char(1)) - 1 + instr(rest, char(2)) - instr(rest, char(1)) - 1,
           substr(coalesce(left, '') || coalesce(hit, '') || substr(rest, 1, instr(rest, char(1)) - 1), -20),
           substr(rest, instr(rest, char(1)) + 1, instr(rest, char(2)) - instr(rest, char(1)) - 1),
           substr(replace(replace(substr(rest, instr(rest, char(2)) + 1, 60), char(1), ''), char(2), ''), 1, 20),
           substr(rest, instr(rest, char(2)) + 1)
    FROM hits WHERE instr(rest, char(1)) > 0
),
-- One line per hit, the hit in a column of its own: the left context is
-- padded on the left to the width it takes on a terminal (a Chinese character
-- is two columns: (bytes + characters) / 2), as a concordance prints it.
k AS (
    SELECT s.page, s.idx, h.at - length(h.hit) + 1 AS pos, h.rank,
           replace(h.left, char(10), ' ') AS l, h.hit, replace(h.right, char(10), ' ') AS r
    FROM hits h JOIN speeches s ON s.id = h.speech
    WHERE h.hit IS NOT NULL
)
SELECT page, printf('%3d', idx), printf('%6d', pos),
       substr(printf('%40s', ''), 1, 40 - (length(CAST(l AS BLOB)) + length(l)) / 2) || l ||
       ' [' || hit || '] ' || r
FROM (SELECT * FROM k ORDER BY rank, page, idx, pos);
.separator "|"
