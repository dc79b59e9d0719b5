-- name: gw_numbers
SELECT count(*) FROM corpus, gw_numbers(page);
