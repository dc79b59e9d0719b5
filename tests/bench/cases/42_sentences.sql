-- name: gw_sentences (ICU)
SELECT count(*) FROM corpus, gw_sentences(page);
