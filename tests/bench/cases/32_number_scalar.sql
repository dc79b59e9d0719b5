-- name: gw_number over every paragraph (mostly NULL)
-- bytes: SELECT sum(length(CAST(body AS BLOB))) FROM paragraphs
SELECT count(gw_number(body)) FROM paragraphs;
