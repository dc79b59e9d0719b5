-- report.sql — the main report: one row per speech of every page loaded.
.print
.print Speeches
.mode box
SELECT page, idx, title, speaker, occasion, published, level, script,
       length(body) AS chars, truncated
FROM speeches ORDER BY page, idx;
.mode list
