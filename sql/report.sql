-- report.sql — the main report: one row per speech of every page loaded.
--
-- Columns are padded to the width they take on a terminal, where a Chinese
-- character is two columns wide: (bytes + characters) / 2 counts that for
-- text of ASCII and three-byte characters (the sqlite3 shell's own .mode box
-- counts characters, so its borders would not line up).
.print
.print Speeches
.mode list
.separator "  "
.headers off
WITH r AS (
    SELECT page, idx, coalesce(title, '') AS title, coalesce(speaker, '') AS speaker,
           coalesce(occasion, '') AS occasion, coalesce(published, '') AS published,
           coalesce(level, '') AS level, coalesce(script, '') AS script,
           length(body) AS chars, truncated
    FROM speeches
    UNION ALL
    SELECT '', NULL, 'title', 'speaker', 'occasion', 'published', 'level', 'script', NULL, NULL
),
w AS (
    SELECT *, (length(CAST(title AS BLOB)) + length(title)) / 2 AS tw,
           (length(CAST(speaker AS BLOB)) + length(speaker)) / 2 AS sw,
           (length(CAST(occasion AS BLOB)) + length(occasion)) / 2 AS ow,
           (length(CAST(level AS BLOB)) + length(level)) / 2 AS lw,
           (length(CAST(page AS BLOB)) + length(page)) / 2 AS pw
    FROM r
),
pad(sp) AS (SELECT printf('%200s', ''))
SELECT CASE WHEN idx IS NULL THEN 'page' || substr(sp, 1, max(pw) OVER () - 4)
            ELSE page || substr(sp, 1, max(pw) OVER () - pw) END,
       printf('%3s', coalesce(idx, 'idx')),
       title || substr(sp, 1, max(tw) OVER () - tw),
       speaker || substr(sp, 1, max(sw) OVER () - sw),
       occasion || substr(sp, 1, max(ow) OVER () - ow),
       printf('%-10s', published),
       level || substr(sp, 1, max(lw) OVER () - lw),
       printf('%-6s', script),
       printf('%6s', coalesce(chars, 'chars')),
       coalesce(truncated, 'truncated')
FROM w, pad
ORDER BY idx IS NOT NULL, page, idx;
.separator "|"
