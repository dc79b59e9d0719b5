-- report_setup.sql — what the summary (sql/report.sql) and the detail files
-- (sql/report_csv.sql) share, in temp tables of this connection:
--   temp.copy_of   speech, first, size: the view copies (sql/schema_report.sql)
--                  once, so that every analysis counts a copied speech once
--   temp.kwic      every hit of the keyword :q (sql/kwic_hits.sql); when :q is
--                  not set, the keyword is the corpus's most frequent word
.read sql/schema_report.sql
DROP TABLE IF EXISTS temp.copy_of;
CREATE TEMP TABLE copy_of AS SELECT speech, first, size FROM copies;
CREATE UNIQUE INDEX temp.copy_of_speech ON copy_of (speech);

-- The keyword when none is given: the word (two characters or more, holding
-- a Han character) used most in the distinct speeches, over the first 500.
.parameter init
INSERT OR REPLACE INTO temp.sqlite_parameters (key, value)
SELECT ':q', (
    SELECT w.norm
    FROM (SELECT s.body FROM speeches s JOIN copy_of c ON c.speech = s.id AND c.first = s.id
          ORDER BY s.id LIMIT 500) s, gw_words(s.body) w
    WHERE length(w.norm) > 1 AND gw_script(w.norm) IS NOT NULL
    GROUP BY w.norm ORDER BY count(*) DESC, w.norm LIMIT 1)
WHERE coalesce((SELECT value FROM temp.sqlite_parameters WHERE key = ':q'), '') = '';
.read sql/kwic_hits.sql
