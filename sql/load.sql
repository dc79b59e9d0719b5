-- load.sql — loads every *.txt file of a folder (and its subfolders) into pages and speeches.
-- Set the folder first:   .parameter set :dir 'fixtures/pages'
-- Pages in GB18030, Big5 or UTF-16 are decoded; a page that cannot be decoded
-- is kept with its error (and reported) instead of stopping the load.
-- Loading the same folder again replaces its pages.

CREATE TEMP TABLE loading AS
SELECT substr(name, length(rtrim(:dir, '/')) + 2) AS name,
       gw_decode_error(data) AS error,
       data
FROM fsdir(:dir)
WHERE (mode & 61440) = 32768 -- regular files
  AND name LIKE '%.txt';         -- named *.txt

INSERT INTO pages (name, page, error)
SELECT name, CASE WHEN error IS NULL THEN gw_decode(data) END, error
FROM loading WHERE true
ON CONFLICT (name) DO UPDATE SET page = excluded.page, error = excluded.error;

DELETE FROM speeches WHERE page IN (SELECT name FROM loading);

INSERT INTO speeches (page, idx, title, speaker, occasion, published, level, script,
                      truncated, body, pos, len)
SELECT p.name, s.idx, s.title, s.speaker, s.occasion, s.published, s.level, s.script,
       s.truncated, s.body, s.pos, s.len
FROM pages p, gw_speeches(p.page) s
WHERE p.name IN (SELECT name FROM loading) AND p.page IS NOT NULL
ORDER BY p.name, s.idx;

SELECT 'skipped ' || name || ': ' || error FROM loading WHERE error IS NOT NULL;
DROP TABLE loading;
