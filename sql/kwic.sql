-- kwic.sql — keyword in context over the search index (sql/schema_search.sql).
-- Set the query first, in FTS5 syntax:   .parameter set :q '核酸'

-- Keyword in context: every hit with 20 characters on each side, where it
-- sits in the speech (pos, in characters), best-ranked speeches first
-- (temp.kwic, made by sql/kwic_hits.sql).
.read sql/kwic_hits.sql
.print
SELECT 'Keyword in context: ' || :q;
.mode list
.separator "  "
-- One line per hit, the hit in a column of its own: the left context is
-- padded on the left to the width it takes on a terminal (a Chinese character
-- is two columns: (bytes + characters) / 2), as a concordance prints it.
SELECT page, printf('%3d', idx), printf('%6d', pos),
       substr(printf('%40s', ''), 1, 40 - (length(CAST(left AS BLOB)) + length(left)) / 2) || left ||
       ' [' || hit || '] ' || right
FROM kwic ORDER BY rowid;
.separator "|"
