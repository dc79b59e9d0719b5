-- gw_directives on every speech of every fixture page (contract §4):
-- marker | style | depth | path | heading, in text order, read off the pages.
.mode list
CREATE TEMP TABLE pages AS
SELECT substr(name, 16, 3) AS page, CAST(readfile(name) AS TEXT) AS t
FROM fsdir('fixtures/pages') WHERE name GLOB '*.txt' ORDER BY name;
CREATE TEMP TABLE speeches AS
SELECT p.page, s.idx, s.body FROM pages p, gw_speeches(p.t) s;

-- Every speech, its directives (speeches without any show only their label).
SELECT '# ' || s.page || '/' || s.idx || ' ' || count(d.id)
FROM speeches s LEFT JOIN gw_directives(s.body) d GROUP BY s.page, s.idx ORDER BY s.page, s.idx;
SELECT s.page || '/' || s.idx, d.marker, d.style, d.depth, d.path, d.heading
FROM speeches s, gw_directives(s.body) d ORDER BY s.page, s.idx, d.id;

-- Positions: substr(text, pos, len) starts with the marker and ends with the
-- body, on every row of every page (read whole) and every speech.
SELECT 'rows', count(*) FROM pages p, gw_directives(p.t) d;
SELECT 'bad positions', count(*) FROM pages p, gw_directives(p.t) d
WHERE substr(p.t, d.pos, length(d.marker)) <> d.marker
   OR substr(p.t, d.pos + d.len - length(d.body), length(d.body)) <> d.body
   OR instr(substr(p.t, d.pos, d.len), d.heading) = 0;
SELECT 'bad positions', count(*) FROM speeches s, gw_directives(s.body) d
WHERE substr(s.body, d.pos, length(d.marker)) <> d.marker
   OR substr(s.body, d.pos + d.len - length(d.body), length(d.body)) <> d.body;

-- A page read whole gives what its speeches give (its chrome holds no
-- marker, and a 【篇N】 line closes every directive and starts afresh).
SELECT 'same as speeches', count(*) = (SELECT count(*) FROM speeches s, gw_directives(s.body))
FROM pages p, gw_directives(p.t) d;

-- parent, depth and path agree: a child's path is its parent's plus its ordinal.
WITH d AS (SELECT s.page, s.idx, d.* FROM speeches s, gw_directives(s.body) d)
SELECT 'bad tree', count(*) FROM d c LEFT JOIN d p
  ON p.page = c.page AND p.idx = c.idx AND p.id = c.parent
WHERE (c.parent IS NULL AND (c.depth <> 1 OR c.path <> CAST(c.ordinal AS TEXT)))
   OR (c.parent IS NOT NULL AND (p.id IS NULL OR c.depth <> p.depth + 1
                                 OR c.path <> p.path || '.' || c.ordinal));

-- Bodies run to the next directive of the same or a smaller depth, children
-- included; the closing 同志们 paragraph of 002 is in none of them.
WITH d AS MATERIALIZED (SELECT s.page, d.* FROM speeches s, gw_directives(s.body) d)
SELECT page, path, substr(body, 1, 12), substr(body, -12), instr(body, '同志们') FROM d
WHERE (page = '002' AND path IN ('3', '3.3.4')) OR (page = '003' AND path = '1');

-- gw_outline draws the same tree: two spaces per depth, path, two spaces, heading.
SELECT gw_outline(body) FROM speeches WHERE page = '003';
SELECT gw_outline('没有编号的讲话。') = '', gw_outline(NULL) IS NULL;
