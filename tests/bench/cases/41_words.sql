-- name: gw_words (ICU dictionary)
SELECT count(*) FROM corpus, gw_words(page);
