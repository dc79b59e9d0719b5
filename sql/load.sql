-- load.sql — loads the pages of a folder and of its subfolders (*.txt, *.html,
-- *.htm, in any charset gw_decode reads) into the tables pages and speeches
-- of sql/schema.sql, and says what became of every file. In the sqlite3 shell,
-- with the extension and the schema loaded:
--
--   .parameter set :dir '/path/to/scraped'
--   .read sql/load.sql
--
-- A page is named by its path relative to the folder (sub/001.txt), so files
-- of the same name in different subfolders are different pages, and dir,
-- dir/ and ./dir are the same folder. Loading a folder again reads again only
-- the files whose bytes changed (SHA3-256 per page): their speeches are
-- replaced, the other pages are left as they are, nothing is duplicated. A
-- page whose file has left the folder is kept (the summary counts them).
--
-- Without :batch, the whole folder is loaded in one transaction. With
-- `.parameter set :batch 50`, each `.read` of this file loads the next 50
-- files in a transaction of their own (an interrupted load keeps the batches
-- it finished), and the summary comes with the last batch; sql/load.sh reads
-- it so, and with `.parameter set :progress 1` prints one line per batch
-- (pages done/total, MB, MB/s, ETA). Batches go on with the listing of the
-- folder made by the first of them, in this connection: `.parameter unset
-- :batch` (or a new connection) starts afresh.
--
-- Uses the sqlite3 shell's fsdir(), readfile() and sha3().
.mode list
.headers off
SAVEPOINT load;

-- Every file below the folder, in the order they are loaded (by name).
CREATE TEMP TABLE IF NOT EXISTS load_files (
    n        INTEGER PRIMARY KEY,
    name     TEXT,    -- the path relative to the folder
    path     TEXT,    -- the path to read
    ext      TEXT,    -- what follows the last '.' of the file name, lower-cased
    format   TEXT,    -- 'text' or 'html'; NULL: the file is ignored
    bytes    INTEGER, -- its size, once read
    change   TEXT,    -- 'new', 'changed', 'unchanged', once read
    state    TEXT,    -- NULL until done; 'read', 'empty', 'undecodable', 'unreadable', 'ignored'
    reason   TEXT,    -- why it was not read
    charset  TEXT,    -- what it was read in
    speeches INTEGER  -- how many speeches the page holds
);
CREATE TEMP TABLE IF NOT EXISTS load_run (started REAL, dir TEXT, reported INTEGER);
DELETE FROM load_files WHERE :batch IS NULL; -- without :batch, every run starts afresh
DELETE FROM load_run WHERE :batch IS NULL;
INSERT INTO load_run SELECT julianday('now'), :dir, 0 WHERE NOT EXISTS (SELECT 1 FROM load_run);

INSERT INTO load_files (name, path, ext, format, state, reason)
SELECT name, path, ext,
       CASE WHEN kind = 'file' AND ext = 'txt' THEN 'text'
            WHEN kind = 'file' AND ext IN ('html', 'htm') THEN 'html' END,
       CASE WHEN kind <> 'file' OR ext NOT IN ('txt', 'html', 'htm') THEN 'ignored' END,
       CASE kind WHEN 'link' THEN 'a symbolic link' WHEN 'other' THEN 'not a regular file' END
FROM (SELECT name, path, kind,
             CASE WHEN instr(base, '.') > 0
                  THEN lower(replace(base, rtrim(base, replace(base, '.', '')), '')) ELSE '' END AS ext
      FROM (SELECT name, path, kind, replace(name, rtrim(name, replace(name, '/', '')), '') AS base
            FROM (SELECT substr(name, length(:dir) + 2) AS name, name AS path,
                         CASE mode & 61440 WHEN 32768 THEN 'file' WHEN 40960 THEN 'link'
                                           ELSE 'other' END AS kind
                  FROM fsdir(:dir)
                  WHERE mode & 61440 <> 16384))) -- every entry but the folders
WHERE NOT EXISTS (SELECT 1 FROM load_files)
ORDER BY name;

-- The next batch: read (once: MATERIALIZED), hashed, and decoded when new or
-- changed.
CREATE TEMP TABLE load_step AS
WITH f AS MATERIALIZED (
    SELECT n, name, format, readfile(path) AS data FROM load_files
    WHERE state IS NULL ORDER BY n LIMIT coalesce(:batch, -1)
),
h AS MATERIALIZED (
    SELECT n, name, format, data, length(data) AS bytes,
           CASE WHEN data IS NOT NULL THEN lower(hex(sha3(data, 256))) END AS hash
    FROM f
),
c AS MATERIALIZED (
    SELECT h.*, CASE WHEN h.data IS NULL THEN NULL WHEN p.name IS NULL THEN 'new'
                     WHEN p.hash IS h.hash THEN 'unchanged' ELSE 'changed' END AS change
    FROM h LEFT JOIN pages p ON p.name = h.name
)
SELECT n, name, format, data, bytes, hash, change,
       CASE WHEN change = 'unchanged' OR data IS NULL THEN NULL
            WHEN bytes = 0 THEN 'empty file'
            ELSE replace(gw_decode_error(data), 'gw_decode: ', '') END AS error,
       CASE WHEN change <> 'unchanged' AND bytes > 0 THEN gw_charset(data) END AS charset
FROM c;

INSERT INTO pages (name, format, charset, bytes, hash, page, error, loaded)
SELECT name, format, charset, bytes, hash, CASE WHEN error IS NULL THEN gw_decode(data) END, error,
       datetime('now')
FROM load_step WHERE change IN ('new', 'changed')
ON CONFLICT (name) DO UPDATE SET
    format = excluded.format, charset = excluded.charset, bytes = excluded.bytes,
    hash = excluded.hash, page = excluded.page, error = excluded.error, loaded = excluded.loaded;

DELETE FROM speeches WHERE page IN (SELECT name FROM load_step WHERE change = 'changed');
-- *.html and *.htm are read as HTML; a *.txt file as gw_speeches finds it
-- (scrapers also save HTML as .txt).
INSERT INTO speeches (page, idx, title, speaker, occasion, published, level, script,
                      truncated, body, pos, len)
SELECT name, idx, title, speaker, occasion, published, level, script, truncated, body, pos, len
FROM (SELECT l.n, p.name, s.*
      FROM load_step l CROSS JOIN pages p ON p.name = l.name, gw_speeches(p.page, 'html') s
      WHERE l.change IN ('new', 'changed') AND p.format = 'html'
      UNION ALL
      SELECT l.n, p.name, s.*
      FROM load_step l CROSS JOIN pages p ON p.name = l.name, gw_speeches(p.page) s
      WHERE l.change IN ('new', 'changed') AND p.format = 'text')
ORDER BY n, idx;

UPDATE load_files SET
    bytes = l.bytes, change = l.change,
    state = CASE WHEN l.data IS NULL THEN 'unreadable' WHEN p.error = 'empty file' THEN 'empty'
                 WHEN p.error IS NOT NULL THEN 'undecodable' ELSE 'read' END,
    reason = CASE WHEN l.data IS NULL THEN 'cannot be read' ELSE p.error END,
    charset = p.charset,
    speeches = (SELECT count(*) FROM speeches s WHERE s.page = l.name)
FROM load_step l LEFT JOIN pages p ON p.name = l.name
WHERE load_files.n = l.n;
DROP TABLE load_step;

-- One line per batch, when :progress is set.
SELECT printf('progress %d/%d pages, %.1f MB, %.1f MB/s, ETA %s', done, total, mb,
              mb / max(seconds, 0.001),
              CASE WHEN done = total THEN 'done'
                   ELSE printf('%d:%02d', CAST(seconds * (total - done) / max(done, 1) AS INTEGER) / 60,
                               CAST(seconds * (total - done) / max(done, 1) AS INTEGER) % 60) END)
FROM (SELECT count(state) AS done, count(*) AS total, coalesce(sum(bytes), 0) / 1e6 AS mb,
             (julianday('now') - (SELECT started FROM load_run)) * 86400 AS seconds
      FROM load_files WHERE format IS NOT NULL)
WHERE :progress IS NOT NULL AND (SELECT reported FROM load_run) = 0;

-- When nothing is left to do: what became of every file.
CREATE TEMP VIEW IF NOT EXISTS load_summary AS
WITH f AS (SELECT * FROM load_files),
shown(what, n) AS (VALUES ('empty', 5), ('undecodable', 5), ('unreadable', 5)),
lines(k, line) AS (
    SELECT 0, printf('Loaded %s: %d files', (SELECT dir FROM load_run), count(*)) FROM f
    UNION ALL
    SELECT 1, printf('  %-12s %5d  %s', 'read', count(*),
                     coalesce((SELECT group_concat(x, ', ') FROM (
                         SELECT printf('%s %d (%s)', format, sum(n), group_concat(charset || ' ' || n, ', ')) AS x
                         FROM (SELECT format, charset, count(*) AS n FROM f WHERE state = 'read'
                               GROUP BY format, charset ORDER BY format DESC, n DESC, charset)
                         GROUP BY format ORDER BY format DESC)), ''))
    FROM f WHERE state = 'read'
    UNION ALL
    SELECT 2, printf('  %-12s %5s  new %d, changed %d, unchanged %d', '', '',
                     sum(change = 'new'), sum(change = 'changed'), sum(change = 'unchanged'))
    FROM f WHERE change IS NOT NULL
    UNION ALL
    SELECT 3, printf('  %-12s %5d  from the %d new and changed pages (%d in the database)', 'speeches',
                     coalesce(sum(speeches), 0), count(*), (SELECT count(*) FROM speeches))
    FROM f WHERE state = 'read' AND change <> 'unchanged'
    UNION ALL
    SELECT 4, printf('  %-12s %5d  pages read that hold no speech', 'no speech', count(*))
    FROM f WHERE state = 'read' AND speeches = 0 HAVING count(*) > 0
    UNION ALL
    SELECT 5 + (s.what = 'undecodable') + 2 * (s.what = 'unreadable'),
           printf('  %-12s %5d', s.what, (SELECT count(*) FROM f WHERE state = s.what))
    FROM shown s WHERE s.what <> 'unreadable' OR EXISTS (SELECT 1 FROM f WHERE state = 'unreadable')
    UNION ALL
    SELECT 5 + (state = 'undecodable') + 2 * (state = 'unreadable') + r / 1000.0,
           CASE WHEN r <= 5 THEN '      ' || name || CASE WHEN state = 'empty' THEN '' ELSE ': ' || reason END
                ELSE printf('      … and %d more: SELECT name, error FROM pages WHERE error IS NOT NULL', c - 5) END
    FROM (SELECT name, state, reason, row_number() OVER (PARTITION BY state ORDER BY n) AS r,
                 count(*) OVER (PARTITION BY state) AS c
          FROM f WHERE state IN ('empty', 'undecodable', 'unreadable'))
    WHERE r <= 6
    UNION ALL
    SELECT 8, printf('  %-12s %5d  %s', 'ignored', count(*),
                     coalesce((SELECT group_concat(x, ', ') FROM (
                         SELECT CASE WHEN ext = '' THEN '(no extension)' ELSE '.' || ext END || ' ' || count(*) AS x
                         FROM f WHERE state = 'ignored' AND reason IS NULL GROUP BY ext ORDER BY count(*) DESC, ext)), '') ||
                     coalesce((SELECT ', ' || group_concat(x, ', ') FROM (
                         SELECT reason || ' ' || count(*) AS x
                         FROM f WHERE state = 'ignored' AND reason IS NOT NULL GROUP BY reason)), ''))
    FROM f WHERE state = 'ignored'
    UNION ALL
    SELECT 9, printf('  %-12s %5d  pages of an earlier load whose file is not in the folder, kept', 'not found', count(*))
    FROM pages WHERE name NOT IN (SELECT name FROM f) HAVING count(*) > 0
)
SELECT rtrim(line) FROM lines ORDER BY k;

SELECT * FROM load_summary
WHERE NOT EXISTS (SELECT 1 FROM load_files WHERE state IS NULL)
  AND (SELECT reported FROM load_run) = 0;
UPDATE load_run SET reported = 1 WHERE NOT EXISTS (SELECT 1 FROM load_files WHERE state IS NULL);
DELETE FROM load_files WHERE :batch IS NULL;
DELETE FROM load_run WHERE :batch IS NULL;

RELEASE load;
