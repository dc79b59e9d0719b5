-- name: gw_keywords
SELECT count(*) FROM corpus, gw_keywords(page);
