-- Text reuse on page 004, a collection of nine speeches (contract §8):
-- 【篇1】 and 【篇8】 are the same speech; 【篇2】 and 【篇5】 reuse passages of 【篇1】.
CREATE TEMP TABLE s AS
SELECT idx, body FROM gw_speeches(CAST(readfile('fixtures/pages/004_0971c2d1573ab3b5.txt') AS TEXT));
CREATE TEMP TABLE sig AS SELECT idx, gw_minhash(body) AS h FROM s;
SELECT length(h) FROM sig WHERE idx = 1;
-- the same speech, and two unrelated ones
SELECT gw_similarity(a.h, b.h) FROM sig a, sig b WHERE a.idx = 1 AND b.idx = 8;
SELECT gw_similarity(a.h, b.h) < 0.1 FROM sig a, sig b WHERE a.idx = 1 AND b.idx = 4;
-- 【篇1】 against 【篇8】: one passage, the whole body but its closing 。
SELECT o.a_pos, o.a_len, o.b_pos, o.b_len, length(a.body)
FROM s a, s b, gw_overlap(a.body, b.body) o WHERE a.idx = 1 AND b.idx = 8;
-- 【篇2】 against 【篇1】: the passages of 12 characters or more they share, in 【篇2】's order
SELECT o.text FROM s a, s b, gw_overlap(a.body, b.body) o WHERE a.idx = 2 AND b.idx = 1;
-- ... and where they stand in 【篇1】
SELECT substr(b.body, o.b_pos, o.b_len) FROM s a, s b, gw_overlap(a.body, b.body) o
WHERE a.idx = 2 AND b.idx = 1;
-- 【篇5】 reuses 【篇1】 too
SELECT count(*) > 0 FROM s a, s b, gw_overlap(a.body, b.body) o WHERE a.idx = 5 AND b.idx = 1;
-- positions, on every pair of speeches of the page
SELECT count(*) > 10, sum(substr(a.body, o.a_pos, o.a_len) <> o.text)
FROM s a, s b, gw_overlap(a.body, b.body) o WHERE a.idx <> b.idx;
-- arguments
SELECT count(*) FROM gw_overlap('甲乙丙丁戊己', '甲乙丙丁戊己', 0);
SELECT count(*) FROM gw_overlap('甲乙丙丁戊己', '甲乙丙丁戊己', 6);
SELECT count(*) FROM gw_overlap('甲乙丙丁戊己', NULL);
SELECT gw_minhash('。，！'), gw_minhash(NULL), gw_similarity(NULL, x'00');
SELECT gw_similarity(x'00', x'00');
