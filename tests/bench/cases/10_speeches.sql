-- name: gw_speeches
SELECT count(*) FROM corpus, gw_speeches(page);
