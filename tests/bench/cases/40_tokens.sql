-- name: gw_tokens (document mode)
SELECT count(*) FROM corpus, gw_tokens(page);
