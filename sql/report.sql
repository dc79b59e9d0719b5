-- report.sql — the main report: one row per speech.
.print
.print Speeches
.mode box
SELECT page, idx, title, speaker, published, level, script,
       length(body) AS chars, truncated
FROM speeches ORDER BY page, idx;
.mode list
