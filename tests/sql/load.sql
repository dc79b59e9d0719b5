-- Loading a folder whose pages come in GB18030, Big5, UTF-16 (with and
-- without a byte-order mark) and one file that is no text at all: every page
-- decodes to the same text as its UTF-8 original, and the bad file is
-- reported by name and skipped without stopping the load.
.load build/gongwen
.parameter set :dir 'fixtures/encodings'
.read sql/schema.sql
.read sql/load.sql
SELECT name, page IS NOT NULL, error IS NOT NULL FROM pages ORDER BY name;
WITH o(n, original) AS (VALUES
    ('001_gb18030.txt', 'fixtures/pages/001_cb69c79a23f59179.txt'),
    ('002_utf16_bom.txt', 'fixtures/pages/002_97d2d2bd06bfd8b1.txt'),
    ('003_utf16le.txt', 'fixtures/pages/003_7fc5e4630ff442c7.txt'))
SELECT name, page = CAST(readfile(original) AS TEXT)
FROM pages JOIN o ON o.n = pages.name
ORDER BY name;
-- Big5 has no 衞 羣 裏 税 温 着 (see fixtures/encodings/README.md).
SELECT page = replace(replace(replace(replace(replace(replace(replace(
         CAST(readfile('fixtures/pages/000_499d58337f0f9ea4.txt') AS TEXT),
         '衞', '衛'), '羣', '群'), '裏', '裡'), '税', '稅'), '温', '溫'), '着', '著'), char(160), ' ')
FROM pages WHERE name = '000_big5.txt';
-- The speeches of the decoded pages: one per page.
SELECT page, count(*) FROM speeches GROUP BY page ORDER BY page;
-- Loading the same folder again reads nothing again: the pages are unchanged.
.read sql/load.sql
SELECT count(*) FROM pages;
SELECT count(*) FROM speeches;
