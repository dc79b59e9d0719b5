-- The directives and the money figures of one speech: what each client runs,
-- with the extension loaded by name, on a database made by gongwen-load.
SELECT what, a, b FROM (
    SELECT 1 AS k, d.id AS i, 'directive' AS what, d.path AS a, d.marker || d.heading AS b
    FROM speeches s, gw_directives(s.body) d
    WHERE s.page = '000_499d58337f0f9ea4.txt' AND d.depth = 1
    UNION ALL
    SELECT 2, n.id, 'figure', n.text, printf('%d', n.value)
    FROM speeches s, gw_numbers(s.body) n
    WHERE s.page = '000_499d58337f0f9ea4.txt' AND n.kind = 'money')
ORDER BY k, i;
