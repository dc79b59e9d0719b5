-- gw_minhash_bands (contract §8) on page 004: 【篇1】 and 【篇8】 are the same
-- speech, 【篇4】 is another.
CREATE TEMP TABLE sig AS
SELECT idx, gw_minhash(body) AS h
FROM gw_speeches(CAST(readfile('fixtures/pages/004_0971c2d1573ab3b5.txt') AS TEXT));
-- 32 bands by default, numbered from 1, each an INTEGER bucket
SELECT count(*), min(band), max(band), sum(typeof(bucket) = 'integer') FROM sig, gw_minhash_bands(sig.h) WHERE idx = 1;
SELECT count(*) FROM sig, gw_minhash_bands(sig.h, 8) WHERE idx = 1;
SELECT count(*) FROM sig, gw_minhash_bands(sig.h, 128) WHERE idx = 1;
SELECT count(*) FROM sig, gw_minhash_bands(sig.h, NULL) WHERE idx = 1;
-- the same speech shares every bucket; another shares few
SELECT count(*) FROM sig a, gw_minhash_bands(a.h) x, sig b, gw_minhash_bands(b.h) y
WHERE a.idx = 1 AND b.idx = 8 AND x.band = y.band AND x.bucket = y.bucket;
SELECT count(*) <= 2 FROM sig a, gw_minhash_bands(a.h) x, sig b, gw_minhash_bands(b.h) y
WHERE a.idx = 1 AND b.idx = 4 AND x.band = y.band AND x.bucket = y.bucket;
-- a bucket depends on the band's minimums only: one band of 128 is equal for equal signatures
SELECT count(DISTINCT y.bucket) FROM sig, gw_minhash_bands(sig.h, 1) y WHERE idx IN (1, 8);
-- the candidate pairs of the page by an equi-join on (band, bucket)
SELECT DISTINCT a.idx, b.idx
FROM sig a, gw_minhash_bands(a.h) x, sig b, gw_minhash_bands(b.h) y
WHERE a.idx < b.idx AND x.band = y.band AND x.bucket = y.bucket;
-- the hidden arguments
SELECT sig = gw_minhash('疫情防控'), bands FROM gw_minhash_bands(gw_minhash('疫情防控'), 64) LIMIT 1;
-- NULL gives no rows
SELECT count(*) FROM gw_minhash_bands(NULL);
SELECT count(*) FROM gw_minhash_bands(gw_minhash('。，！'));
-- errors
SELECT * FROM gw_minhash_bands(gw_minhash('疫情防控'), 3);
SELECT * FROM gw_minhash_bands(gw_minhash('疫情防控'), 0);
SELECT * FROM gw_minhash_bands(gw_minhash('疫情防控'), 256);
SELECT * FROM gw_minhash_bands(gw_minhash('疫情防控'), '32');
SELECT * FROM gw_minhash_bands(x'00112233');
SELECT * FROM gw_minhash_bands(substr(gw_minhash('疫情防控'), 1, 519));
SELECT * FROM gw_minhash_bands('疫情防控');
SELECT * FROM gw_minhash_bands(42);
SELECT * FROM gw_minhash_bands();
