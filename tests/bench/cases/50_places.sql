-- name: gw_places
SELECT count(*) FROM corpus, gw_places(page);
