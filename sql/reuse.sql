-- reuse.sql — which speeches copy which, across the whole corpus, without
-- comparing every pair. Needs sql/schema.sql (the speeches table) and the
-- extension loaded. Safe to run again: it recomputes everything.
--
-- 1. signatures: gw_minhash of every speech, cut into bands by gw_minhash_bands;
-- 2. candidates: the pairs of speeches that share a bucket in some band (an
--    equi-join on (band, bucket): a pair of similarity s becomes a candidate
--    with probability 1 - (1 - s^r)^b for b bands of r = 128 / b hashes);
-- 3. verify: each candidate pair's gw_similarity, kept at :min_similarity or
--    more, with the characters its shared passages cover (gw_overlap), in
--    reuse(a, b, similarity, shared_chars), a < b speech ids;
-- 4. reuse_passages: the passages each kept pair shares (a view).
--
-- Settings, with the sqlite3 shell's .parameter set (NULL: the default):
--   :bands            32 (default), or another divisor of 128: 16 finds fewer
--                     pairs of low similarity and costs less, 64 finds more
--   :min_similarity   0.5 (default): pairs of a lower estimated similarity are
--                     dropped after the band join
--
-- The "-- step:" lines cut the recipe where sql/shards.py runs it in parts:
-- signatures and bands on every shard, candidates where the bands are
-- gathered, verify where the speeches of each candidate pair live.

-- step: signatures
CREATE TABLE IF NOT EXISTS reuse_signatures (
    speech INTEGER PRIMARY KEY, -- speeches.id
    sig    BLOB NOT NULL        -- gw_minhash(body)
);
DELETE FROM reuse_signatures;
-- a speech with nothing to shingle has no signature and takes part in no pair
INSERT INTO reuse_signatures (speech, sig)
SELECT id, sig FROM (SELECT id, gw_minhash(body) AS sig FROM speeches) WHERE sig IS NOT NULL;

-- step: bands
DROP INDEX IF EXISTS reuse_bands_bucket; -- made again below, at once: faster than kept up row by row
CREATE TABLE IF NOT EXISTS reuse_bands (
    speech INTEGER NOT NULL,    -- speeches.id
    band   INTEGER NOT NULL,    -- 1-based
    bucket INTEGER NOT NULL     -- the band's hash
);
DELETE FROM reuse_bands;
INSERT INTO reuse_bands (speech, band, bucket)
SELECT s.speech, b.band, b.bucket FROM reuse_signatures s, gw_minhash_bands(s.sig, :bands) b;

-- step: candidates
CREATE INDEX IF NOT EXISTS reuse_bands_bucket ON reuse_bands (band, bucket, speech);
DROP TABLE IF EXISTS reuse_candidates;
-- the buckets that more than one speech falls in, then their pairs
CREATE TABLE reuse_candidates AS
SELECT DISTINCT x.speech AS a, y.speech AS b
FROM (SELECT band, bucket FROM reuse_bands GROUP BY band, bucket HAVING count(*) > 1) g
JOIN reuse_bands x ON x.band = g.band AND x.bucket = g.bucket
JOIN reuse_bands y ON y.band = g.band AND y.bucket = g.bucket AND y.speech > x.speech;

-- step: verify
CREATE TABLE IF NOT EXISTS reuse (
    a            INTEGER NOT NULL, -- speeches.id, the smaller
    b            INTEGER NOT NULL, -- speeches.id, the larger
    similarity   REAL NOT NULL,    -- gw_similarity of their signatures
    shared_chars INTEGER NOT NULL, -- characters of a in passages a and b share (gw_overlap)
    PRIMARY KEY (a, b)
);
DELETE FROM reuse;
INSERT INTO reuse (a, b, similarity, shared_chars)
SELECT c.a, c.b, gw_similarity(x.sig, y.sig),
       (SELECT coalesce(sum(o.a_len), 0)
        FROM speeches p, speeches q, gw_overlap(p.body, q.body) o
        WHERE p.id = c.a AND q.id = c.b)
FROM reuse_candidates c
JOIN reuse_signatures x ON x.speech = c.a
JOIN reuse_signatures y ON y.speech = c.b
WHERE gw_similarity(x.sig, y.sig) >= coalesce(:min_similarity, 0.5)
ORDER BY c.a, c.b;

-- step: passages
-- One row per passage that the speeches of a kept pair share, where it
-- stands in each (characters, 1-based) and as written in a.
CREATE VIEW IF NOT EXISTS reuse_passages AS
SELECT r.a, r.b, o.a_pos, o.a_len, o.b_pos, o.b_len, o.text
FROM reuse r
JOIN speeches x ON x.id = r.a
JOIN speeches y ON y.id = r.b,
     gw_overlap(x.body, y.body) o;
