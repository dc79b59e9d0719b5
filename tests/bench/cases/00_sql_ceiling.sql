-- name: SQL itself: sum(length(page))
SELECT sum(length(page)) FROM corpus;
