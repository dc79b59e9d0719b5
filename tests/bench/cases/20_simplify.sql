-- name: gw_simplify (OpenCC t2s tables)
SELECT sum(length(CAST(gw_simplify(page) AS BLOB))) FROM corpus;
