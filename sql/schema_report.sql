-- schema_copies.sql — which speeches are copies of one another, so that a
-- report counts each speech once however many pages carry it. Needs
-- sql/schema.sql first; safe to run again.
--
-- same_text(speech, first, size): speeches whose bodies are the same once
-- folded (gw_fold: a traditional copy of a simplified speech is a copy). Each
-- group is named by its first speech (the lowest id); a speech without
-- copies is a group of one.
--
-- copies(speech, first, size): the same groups, joined where the table reuse
-- (sql/reuse.sql) holds a pair of their speeches of similarity 0.8 or more
-- (near-identical: a paragraph dropped, a few words changed, chrome added);
-- groups linked through a chain of such pairs are one.
--
--   SELECT count(*) FROM copies WHERE speech = first;   -- distinct speeches
DROP VIEW IF EXISTS same_text;
CREATE VIEW same_text AS
SELECT id AS speech,
       min(id) OVER same AS first, -- the first speech of its group
       count(*) OVER same AS size  -- how many speeches the group holds
FROM speeches
WINDOW same AS (PARTITION BY gw_fold(body));

-- The table sql/reuse.sql fills, empty until it runs.
CREATE TABLE IF NOT EXISTS reuse (
    a            INTEGER NOT NULL, -- speeches.id, the smaller
    b            INTEGER NOT NULL, -- speeches.id, the larger
    similarity   REAL NOT NULL,    -- gw_similarity of their signatures
    shared_chars INTEGER NOT NULL, -- characters of a in passages a and b share (gw_overlap)
    PRIMARY KEY (a, b)
);

DROP VIEW IF EXISTS copies;
CREATE VIEW copies AS
WITH RECURSIVE
same AS MATERIALIZED (SELECT speech, first FROM same_text),
-- near-identical pairs, as links between groups of the same text
link(x, y) AS (
    SELECT sa.first, sb.first
    FROM reuse r JOIN same sa ON sa.speech = r.a JOIN same sb ON sb.speech = r.b
    WHERE r.similarity >= 0.8 AND sa.first <> sb.first
),
edge(x, y) AS (SELECT x, y FROM link UNION SELECT y, x FROM link),
-- every group reachable from a linked group
reach(start, node) AS (
    SELECT x, x FROM edge
    UNION
    SELECT reach.start, edge.y FROM reach JOIN edge ON edge.x = reach.node
),
joined(start, first) AS (SELECT start, min(node) FROM reach GROUP BY start)
SELECT s.speech,
       coalesce(j.first, s.first) AS first,               -- the first speech of its group
       count(*) OVER (PARTITION BY coalesce(j.first, s.first)) AS size -- speeches in the group
FROM same s LEFT JOIN joined j ON j.start = s.first;

-- The formulations and cited documents of the views formulations and
-- cited_documents (sql/schema_figures.sql: quotes of 2 to 12 characters,
-- titles in 《》), with traditional and simplified forms as one (gw_fold: 六稳
-- and 六穩), shown in the form used most, and counted over distinct speeches:
-- a speech that several pages carry counts once (uses and speeches).
DROP VIEW IF EXISTS formulations_folded;
CREATE VIEW formulations_folded AS
WITH q AS MATERIALIZED (
    SELECT gw_fold(q.text) AS key, q.text, q.numeral, s.id AS speech
    FROM speeches s JOIN copies c ON c.speech = s.id AND c.first = s.id, gw_quotes(s.body) q
    WHERE q.kind = 'quote' AND length(q.text) BETWEEN 2 AND 12
),
form AS (
    SELECT key, text, numeral, row_number() OVER (PARTITION BY key ORDER BY count(*) DESC, text) AS r
    FROM q GROUP BY key, text
)
SELECT form.text AS formulation, form.numeral, count(*) AS uses, count(DISTINCT q.speech) AS speeches
FROM q JOIN form ON form.key = q.key AND form.r = 1
GROUP BY q.key;

DROP VIEW IF EXISTS cited_documents_folded;
CREATE VIEW cited_documents_folded AS
WITH q AS MATERIALIZED (
    SELECT gw_fold(q.text) AS key, q.text, s.id AS speech
    FROM speeches s JOIN copies c ON c.speech = s.id AND c.first = s.id, gw_quotes(s.body) q
    WHERE q.kind = 'title'
),
form AS (
    SELECT key, text, row_number() OVER (PARTITION BY key ORDER BY count(*) DESC, text) AS r
    FROM q GROUP BY key, text
)
SELECT form.text AS document, count(*) AS citations, count(DISTINCT q.speech) AS speeches
FROM q JOIN form ON form.key = q.key AND form.r = 1
GROUP BY q.key;
