-- report_setup.sql — what the summary (sql/report.sql) and the detail files
-- (sql/report_csv.sql) share, in temp tables of this connection:
--   temp.copy_of   speech, first, size: the view copies (sql/schema_report.sql)
--                  once, so that every analysis counts a copied speech once
--   temp.kwic      every hit of the keyword :q (sql/kwic_hits.sql); when :q is
--                  not set, the keyword is the corpus's top keyword
.read sql/schema_report.sql
DROP TABLE IF EXISTS temp.copy_of;
CREATE TEMP TABLE copy_of AS SELECT speech, first, size FROM copies;
CREATE UNIQUE INDEX temp.copy_of_speech ON copy_of (speech);

-- The keyword when none is given: the corpus's top keyword, the word with
-- the highest sum of gw_keywords weights (TF-IDF) over the distinct
-- speeches, the first 500 of them (a word holding a Han character).
.parameter init
INSERT OR REPLACE INTO temp.sqlite_parameters (key, value)
SELECT ':q', (
    SELECT k.word
    FROM (SELECT s.body FROM speeches s JOIN copy_of c ON c.speech = s.id AND c.first = s.id
          ORDER BY s.id LIMIT 500) s, gw_keywords(s.body) k
    WHERE gw_script(k.word) IS NOT NULL
    GROUP BY k.word ORDER BY sum(k.weight) DESC, k.word LIMIT 1)
WHERE coalesce((SELECT value FROM temp.sqlite_parameters WHERE key = ':q'), '') = '';
.read sql/kwic_hits.sql
