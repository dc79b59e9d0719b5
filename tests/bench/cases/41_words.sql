-- name: gw_words
SELECT count(*) FROM corpus, gw_words(page);
