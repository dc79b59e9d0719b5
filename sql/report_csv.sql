-- report_csv.sql — the detail behind the summary (sql/report.sql), one CSV
-- file per analysis in build/csv/ (relative to the folder the shell runs in):
-- UTF-8 with a byte-order mark (so that a spreadsheet reads the Chinese
-- right), a header line, CRLF line ends, every text quoted. Prints the files
-- it wrote. Every row names its speech by id (speeches.csv has the pages,
-- titles and the group of copies each speech belongs to).
--
--   speeches.csv      every speech: page, title, speaker, date, level, length, copies
--   pages.csv         every file loaded: its length, speeches, why it was not decodable
--   outlines.csv      every numbered directive of every speech (gw_directives)
--   figures.csv       every figure of every speech, with its clause (gw_numbers)
--   quotes.csv        every quotation and cited title of every speech (gw_quotes)
--   keywords.csv      the 20 keywords of every speech (gw_keywords)
--   places.csv        every place every speech names (gw_places)
--   formulations.csv  the formulations across the corpus (the view formulations_folded)
--   documents.csv     the cited documents across the corpus (the view cited_documents_folded)
--   copies.csv        the groups of speeches that are copies of one another
--   kwic.csv          every hit of the keyword :q in its context (sql/kwic_hits.sql)
--
-- Run it after sql/report.sql, in the same connection: it writes the tables
-- that the summary made (sql/report_setup.sql: temp.copy_of, temp.kwic).
DROP TABLE IF EXISTS temp.mkdir;
CREATE TEMP TABLE mkdir AS SELECT writefile('build', NULL, 16877), writefile('build/csv', NULL, 16877);
DROP TABLE temp.mkdir;

-- Each table is made first, then written (.output), then counted.
DROP TABLE IF EXISTS temp.csv_outlines;
CREATE TEMP TABLE csv_outlines AS
SELECT s.id AS speech, d.id, d.parent, d.depth, d.path, d.marker, d.style, d.ordinal, d.heading,
       d.pos, d.len
FROM speeches s, gw_directives(s.body) d ORDER BY s.id, d.id;

DROP TABLE IF EXISTS temp.csv_figures;
CREATE TEMP TABLE csv_figures AS
SELECT speech, id, text, value, low, high, unit, kind, approx, redacted, date, in_quote, clause,
       pos, len
FROM figures ORDER BY speech, id;

DROP TABLE IF EXISTS temp.csv_quotes;
CREATE TEMP TABLE csv_quotes AS
SELECT s.id AS speech, q.id, q.kind, q.text, q.numeral, q.pos, q.len
FROM speeches s, gw_quotes(s.body) q ORDER BY s.id, q.id;

DROP TABLE IF EXISTS temp.csv_keywords;
CREATE TEMP TABLE csv_keywords AS
SELECT s.id AS speech, k.id AS rank, k.word, k.weight, k.count
FROM speeches s, gw_keywords(s.body) k ORDER BY s.id, k.id;

DROP TABLE IF EXISTS temp.csv_places;
CREATE TEMP TABLE csv_places AS
SELECT s.id AS speech, p.id, p.name, p.code, p.level, p.canonical, p.province, p.candidates,
       p.pos, p.len
FROM speeches s, gw_places(s.body) p ORDER BY s.id, p.id;

DROP TABLE IF EXISTS temp.csv_formulations;
CREATE TEMP TABLE csv_formulations AS
SELECT formulation, numeral, uses, speeches FROM formulations_folded
ORDER BY speeches DESC, uses DESC, formulation;

DROP TABLE IF EXISTS temp.csv_documents;
CREATE TEMP TABLE csv_documents AS
SELECT document, citations, speeches FROM cited_documents_folded
ORDER BY speeches DESC, citations DESC, document;

DROP TABLE IF EXISTS temp.csv_speeches;
CREATE TEMP TABLE csv_speeches AS
SELECT s.id AS speech, s.page, s.idx, s.title, s.speaker, s.occasion, s.published, s.level,
       s.script, length(s.body) AS chars, s.truncated,
       coalesce(o.n, 0) AS directives, coalesce(f.n, 0) AS figures,
       c.first AS copy_of, c.size AS copies
FROM speeches s JOIN copy_of c ON c.speech = s.id
LEFT JOIN (SELECT speech, count(*) AS n FROM csv_outlines GROUP BY speech) o ON o.speech = s.id
LEFT JOIN (SELECT speech, count(*) AS n FROM csv_figures GROUP BY speech) f ON f.speech = s.id
ORDER BY s.id;

.mode list
.separator "" ""
.headers off
.output build/csv/speeches.csv
SELECT char(65279);
.mode csv
.headers on
SELECT * FROM csv_speeches;

.mode list
.separator "" ""
.headers off
.output build/csv/pages.csv
SELECT char(65279);
.mode csv
.headers on
SELECT p.name AS page, length(p.page) AS chars, coalesce(s.n, 0) AS speeches, p.error
FROM pages p LEFT JOIN (SELECT page, count(*) AS n FROM speeches GROUP BY page) s ON s.page = p.name
ORDER BY p.name;

.mode list
.separator "" ""
.headers off
.output build/csv/outlines.csv
SELECT char(65279);
.mode csv
.headers on
SELECT * FROM csv_outlines;

.mode list
.separator "" ""
.headers off
.output build/csv/figures.csv
SELECT char(65279);
.mode csv
.headers on
SELECT * FROM csv_figures;

.mode list
.separator "" ""
.headers off
.output build/csv/quotes.csv
SELECT char(65279);
.mode csv
.headers on
SELECT * FROM csv_quotes;

.mode list
.separator "" ""
.headers off
.output build/csv/keywords.csv
SELECT char(65279);
.mode csv
.headers on
SELECT * FROM csv_keywords;

.mode list
.separator "" ""
.headers off
.output build/csv/places.csv
SELECT char(65279);
.mode csv
.headers on
SELECT * FROM csv_places;

.mode list
.separator "" ""
.headers off
.output build/csv/formulations.csv
SELECT char(65279);
.mode csv
.headers on
SELECT * FROM csv_formulations;

.mode list
.separator "" ""
.headers off
.output build/csv/documents.csv
SELECT char(65279);
.mode csv
.headers on
SELECT * FROM csv_documents;

.mode list
.separator "" ""
.headers off
.output build/csv/copies.csv
SELECT char(65279);
.mode csv
.headers on
SELECT c.first AS copy_of, c.speech, s.page, s.idx, s.title, length(s.body) AS chars
FROM copy_of c JOIN speeches s ON s.id = c.speech
WHERE c.size > 1 ORDER BY c.size DESC, c.first, c.speech;

.mode list
.separator "" ""
.headers off
.output build/csv/kwic.csv
SELECT char(65279);
.mode csv
.headers on
SELECT :q AS query, speech, page, idx, pos, left, hit, right FROM kwic ORDER BY rowid;
.output stdout

.mode list
.separator "  "
.headers off
.print
.print Detail, one CSV file per analysis
SELECT printf('  %-27s %,9d rows  %s', file, n, what) FROM (
    SELECT 1 AS o, 'build/csv/speeches.csv' AS file, count(*) AS n, 'every speech' AS what FROM csv_speeches
    UNION ALL SELECT 2, 'build/csv/pages.csv', count(*), 'every file loaded' FROM pages
    UNION ALL SELECT 3, 'build/csv/outlines.csv', count(*), 'every directive' FROM csv_outlines
    UNION ALL SELECT 4, 'build/csv/figures.csv', count(*), 'every figure' FROM csv_figures
    UNION ALL SELECT 5, 'build/csv/quotes.csv', count(*), 'every quotation and title' FROM csv_quotes
    UNION ALL SELECT 5.2, 'build/csv/keywords.csv', count(*), 'keywords of every speech' FROM csv_keywords
    UNION ALL SELECT 5.5, 'build/csv/places.csv', count(*), 'every place named' FROM csv_places
    UNION ALL SELECT 6, 'build/csv/formulations.csv', count(*), 'formulations' FROM csv_formulations
    UNION ALL SELECT 7, 'build/csv/documents.csv', count(*), 'cited documents' FROM csv_documents
    UNION ALL SELECT 8, 'build/csv/copies.csv', count(*), 'speeches with copies' FROM copy_of WHERE size > 1
    UNION ALL SELECT 9, 'build/csv/kwic.csv', count(*), 'hits of ' || :q FROM kwic
) ORDER BY o;
.separator "|"
