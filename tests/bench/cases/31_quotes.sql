-- name: gw_quotes
SELECT count(*) FROM corpus, gw_quotes(page);
