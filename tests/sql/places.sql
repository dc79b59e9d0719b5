-- gw_places over every speech of the fixture pages: the divisions a reader
-- sees named, with their codes; then the positions, and gw_regions.
.mode list
CREATE TABLE s AS
SELECT substr(f.name, 16, 3) AS page, sp.idx, sp.body
FROM fsdir('fixtures/pages') f, gw_speeches(cast(f.data AS text)) sp
WHERE f.name LIKE '%.txt';
SELECT s.page, s.idx, p.name, p.code, p.canonical, p.level, p.province, p.candidates
FROM s, gw_places(s.body) p ORDER BY s.page, s.idx, p.id;
-- positions: substr(body, pos, len) is the name, ids run 1, 2, 3 …
SELECT count(*) AS rows, sum(substr(s.body, p.pos, p.len) <> p.name) AS bad_positions
FROM s, gw_places(s.body) p;
SELECT count(*) AS bad_ids FROM s, gw_places(s.body) p
WHERE p.id <> (SELECT count(*) FROM gw_places(s.body) q WHERE q.pos <= p.pos);
-- the contract's examples
SELECT name, code, candidates FROM gw_places('长春市朝阳区，北京市朝阳区，朝阳区');
SELECT name, code FROM gw_places('吉林省吉林市，吉林');
SELECT name, code FROM gw_places('湖州市德清、长兴、安吉');
SELECT count(*) FROM gw_places('坚持和平发展，全省上下，市政府和县委，长治久安');
SELECT name, code FROM gw_places('浙江省委、杭州市政府，新华社北京电');
SELECT name, code, canonical FROM gw_places('廣東省、内蒙古、新疆、广西');
-- gw_regions: the gazetteer
SELECT level, count(*) FROM gw_regions GROUP BY level ORDER BY 2;
SELECT * FROM gw_regions WHERE code IN ('110105', '220104', '330000', '710000', '810000', '820000', '622927');
SELECT count(*) FROM gw_regions WHERE name IN ('巢湖地区', '莱芜市');
-- errors and NULL
SELECT count(*) FROM gw_places(NULL);
SELECT * FROM gw_places();
SELECT * FROM gw_places(x'ff');
