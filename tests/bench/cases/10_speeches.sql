-- name: gw_speeches
SELECT count(*), sum(length(body)) FROM corpus, gw_speeches(page);
