-- name: gw_outline
SELECT sum(length(gw_outline(page))) FROM corpus;
