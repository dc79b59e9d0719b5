-- name: gw_words, one row per paragraph
-- bytes: SELECT sum(length(CAST(body AS BLOB))) FROM paragraphs
SELECT count(*) FROM paragraphs, gw_words(body);
