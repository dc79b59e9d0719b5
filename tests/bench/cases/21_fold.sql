-- name: gw_fold
SELECT sum(length(CAST(gw_fold(page) AS BLOB))) FROM corpus;
