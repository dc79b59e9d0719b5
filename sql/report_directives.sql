-- report_directives.sql — the outline of every speech: its numbered
-- directives (gw_outline), and how the corpus numbers its points.
.print
.print Outlines
.mode list
SELECT '== ' || page || ' #' || idx || '  ' || coalesce(title, '') || char(10) ||
       CASE WHEN outline = '' THEN '   (no numbered directives)' ELSE outline END
FROM (SELECT page, idx, title, gw_outline(body) AS outline FROM speeches)
ORDER BY page, idx;
.print
.print Directive styles
.mode box
SELECT d.style, count(*) AS directives, count(DISTINCT s.id) AS speeches,
       min(d.depth) AS shallowest, max(d.depth) AS deepest
FROM speeches s, gw_directives(s.body) d
GROUP BY d.style ORDER BY directives DESC, d.style;
.mode list
