-- name: gw_normalize
SELECT sum(length(CAST(gw_normalize(page) AS BLOB))) FROM corpus;
