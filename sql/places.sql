-- places.sql — speeches joined with the world: which provinces and
-- prefectures each speech names (gw_places), the speech's dominant province,
-- and the same joined with any table keyed by division code.
--
--   sqlite3 corpus.db -cmd '.load build/gongwen' < sql/places.sql
--
-- Needs the `speeches` table of sql/schema.sql (id, page, idx, body). Leaves
-- two tables for further joins:
--   speech_places(speech, id, name, code, level, province, pos) — one row per mention
--   speech_provinces(speech, province, mentions, share, dominant) — per speech and province
-- and, when the CSV exists, joins census2020 (fixtures/census2020.csv: code,
-- province, population) to give mentions per ten million inhabitants.
DROP TABLE IF EXISTS speech_places;
CREATE TABLE speech_places AS
SELECT s.id AS speech, p.id, p.name, p.code, p.level, p.province, p.pos
FROM speeches s, gw_places(s.body) p;

DROP TABLE IF EXISTS speech_provinces;
CREATE TABLE speech_provinces AS
WITH c AS (
    SELECT speech, province, count(*) AS mentions
    FROM speech_places WHERE province IS NOT NULL GROUP BY 1, 2
)
SELECT speech, province, mentions,
       round(1.0 * mentions / sum(mentions) OVER (PARTITION BY speech), 3) AS share,
       rank() OVER (PARTITION BY speech ORDER BY mentions DESC) = 1 AS dominant
FROM c;

.mode list
.headers on
.print
.print Each speech's dominant province (ties: each), its share of the speech's mentions
SELECT sp.speech, s.page, s.idx, r.name AS province, sp.mentions, sp.share,
       (SELECT count(*) FROM speech_provinces o WHERE o.speech = sp.speech) AS provinces
FROM speech_provinces sp JOIN speeches s ON s.id = sp.speech
JOIN gw_regions r ON r.code = sp.province
WHERE sp.dominant
ORDER BY s.page, s.idx, sp.province;

.print
.print Mentions per prefecture (a prefecture, or a county inside it)
SELECT pf.code, pf.name AS prefecture, count(*) AS mentions, count(DISTINCT m.speech) AS speeches
FROM speech_places m
JOIN gw_regions r ON r.code = m.code
JOIN gw_regions pf ON pf.code = CASE r.level WHEN 'prefecture' THEN r.code
                                               WHEN 'county' THEN r.parent END
WHERE pf.level = 'prefecture'
GROUP BY 1 ORDER BY 3 DESC, 1;

.print
.print Mentions per province over the whole corpus, against its 2020 census population
DROP TABLE IF EXISTS census2020;
.import --csv fixtures/census2020.csv census2020
SELECT r.name AS province, count(m.speech) AS mentions, c.population,
       round(count(m.speech) * 1e7 / c.population, 2) AS per_10m
FROM speech_places m JOIN gw_regions r ON r.code = m.province
JOIN census2020 c ON c.code = m.province
GROUP BY m.province ORDER BY per_10m DESC;
