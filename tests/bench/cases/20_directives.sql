-- name: gw_directives
SELECT count(*), sum(len) FROM corpus, gw_directives(page);
