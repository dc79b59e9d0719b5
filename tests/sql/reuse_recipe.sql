-- sql/reuse.sql on page 004, a collection of nine speeches: 【篇1】 and 【篇8】
-- are the same speech; 【篇2】 and 【篇5】 each reuse passages of 【篇1】.
.read sql/schema.sql
INSERT INTO pages (name, page) VALUES ('004', CAST(readfile('fixtures/pages/004_0971c2d1573ab3b5.txt') AS TEXT));
INSERT INTO speeches (id, page, idx, title, body)
SELECT s.idx * 10, p.name, s.idx, s.title, s.body FROM pages p, gw_speeches(p.page) s;
-- the defaults: 32 bands, similarity 0.5 or more: the one copy, whole
.read sql/reuse.sql
SELECT * FROM reuse;
SELECT count(*) FROM reuse_signatures;
SELECT count(*), count(DISTINCT speech), min(band), max(band) FROM reuse_bands;
SELECT a, b, a_pos, a_len, b_pos, b_len, length(text) FROM reuse_passages;
-- every pair of the corpus that shares a bucket is a candidate, the copy among them
SELECT count(*) > 0, sum(a = 10 AND b = 80) FROM reuse_candidates;
-- one minimum per band, and pairs of 2% or more: partial reuse too, among 【篇1】 【篇2】 【篇5】 【篇8】
.parameter set :bands 128
.parameter set :min_similarity 0.02
.read sql/reuse.sql
SELECT a, b, similarity = 1, shared_chars > 0 FROM reuse;
-- the passages 【篇2】 takes from 【篇1】, as written in 【篇1】
SELECT text FROM reuse_passages WHERE a = 10 AND b = 20 ORDER BY a_pos;
-- the passages stand where they say, on every kept pair
SELECT count(*), sum(substr(x.body, p.a_pos, p.a_len) <> p.text), sum(p.b_len > 0)
FROM reuse_passages p JOIN speeches x ON x.id = p.a;
-- a band count that does not divide 128
.parameter set :bands 5
.read sql/reuse.sql
