-- name: gw_decode (UTF-8 input)
SELECT sum(length(CAST(gw_decode(CAST(page AS BLOB)) AS BLOB))) FROM corpus;
