-- Loading a tree of pages (sql/load.sql): subfolders holding files of the
-- same name, a page in GB18030, an HTML page, an empty file, a binary file
-- named .txt, and files that are ignored (an image, a note, a file without
-- extension). The folder is given with a trailing slash, then without, then
-- as ./folder: one folder, loaded again unchanged, then with a page changed.
.mode list
.read sql/schema.sql
.read sql/schema_search.sql
-- The tree, written afresh by every run.
SELECT count(writefile('build/test/tree' || name, NULL, 16877)) -- 0755 folders
FROM (SELECT '' AS name UNION ALL SELECT '/a' UNION ALL SELECT '/b' UNION ALL SELECT '/b/c');
WITH f(name, data) AS (VALUES
    ('a/001.txt', readfile('fixtures/pages/001_cb69c79a23f59179.txt')),
    ('b/001.txt', readfile('fixtures/pages/002_97d2d2bd06bfd8b1.txt')),
    ('b/c/001.txt', readfile('fixtures/encodings/001_gb18030.txt')),
    ('b/c/page.htm', CAST('<html><head><title>通知</title></head><body><p>全县要抓好防汛工作。</p></body></html>' AS BLOB)),
    ('a/empty.txt', X''),
    ('b/photo.png.txt', readfile('fixtures/encodings/bad_binary.png.txt')),
    ('b/photo.png', readfile('fixtures/encodings/bad_binary.png.txt')),
    ('a/notes.md', CAST('notes' AS BLOB)),
    ('README', CAST('readme' AS BLOB)))
SELECT sum(writefile('build/test/tree/' || name, data)) FROM f;

.print == first load, trailing slash
.parameter set :dir 'build/test/tree/'
.read sql/load.sql
SELECT name, format, quote(charset), bytes, length(hash), quote(error),
       (SELECT count(*) FROM speeches s WHERE s.page = p.name)
FROM pages p ORDER BY name;
-- a/001.txt and b/c/001.txt are the same speech, in two charsets.
SELECT a.body = c.body FROM speeches a, speeches c
WHERE a.page = 'a/001.txt' AND c.page = 'b/c/001.txt';
CREATE TEMP TABLE before AS SELECT id, page, idx, title FROM speeches;

.print == again, without the slash: nothing changes
.parameter set :dir 'build/test/tree'
.read sql/load.sql
SELECT count(*), sum(id IN (SELECT id FROM before)) FROM speeches;

.print == b/001.txt changed: its speech replaced, the others kept
SELECT writefile('build/test/tree/b/001.txt', readfile('fixtures/pages/003_7fc5e4630ff442c7.txt'));
.parameter set :dir './build/test/tree'
.read sql/load.sql
SELECT page, idx, id IN (SELECT id FROM before), title = (SELECT title FROM before b WHERE b.page = s.page)
FROM speeches s ORDER BY page, idx;
SELECT name, bytes FROM pages WHERE name = 'b/001.txt';
-- The search index follows: the old speech's title is gone, the new one's is found.
SELECT count(*) FROM speeches_fts WHERE speeches_fts MATCH
    (SELECT '"' || title || '"' FROM before WHERE page = 'b/001.txt');
SELECT s.page FROM speeches_fts f JOIN speeches s ON s.id = f.rowid
WHERE speeches_fts MATCH (SELECT '"' || title || '"' FROM speeches WHERE page = 'b/001.txt');
INSERT INTO speeches_fts(speeches_fts) VALUES ('integrity-check');

.print == in batches of 2 files: the same pages
CREATE TEMP TABLE whole AS SELECT name, hash FROM pages;
DELETE FROM speeches;
DELETE FROM pages;
.parameter set :batch 2
.read sql/load.sql
.read sql/load.sql
.read sql/load.sql
.read sql/load.sql
.parameter set :batch -1
.read sql/load.sql
.read sql/load.sql
SELECT count(*), sum(hash = (SELECT hash FROM whole w WHERE w.name = p.name)) FROM pages p;
SELECT count(*) FROM speeches;
