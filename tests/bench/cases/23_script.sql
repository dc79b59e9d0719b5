-- name: gw_script
SELECT count(*) FROM corpus WHERE gw_script(page) = 'Hant';
