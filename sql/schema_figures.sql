-- schema_figures.sql — ready-made analyses of the figures and formulations
-- of every speech (gw_numbers, gw_quotes). Views over the speeches table of
-- schema.sql; safe to run again.

-- Every figure of every speech, with the clause that holds it.
CREATE VIEW IF NOT EXISTS figures AS
SELECT s.id AS speech, s.page, s.idx, s.title,
       n.id, n.text, n.value, n.low, n.high, n.unit, n.kind, n.approx, n.redacted,
       n.date, n.in_quote, n.clause, n.pos, n.len
FROM speeches s, gw_numbers(s.body) n;

-- Totals by unit and kind, per speech: how many figures, how many redacted,
-- and the sum of the values that are known (ranges, dates and redacted
-- figures have none).
CREATE VIEW IF NOT EXISTS figure_totals AS
SELECT speech, page, idx, kind, unit,
       count(*) AS figures,
       sum(redacted) AS redacted,
       sum(value) AS total
FROM figures
GROUP BY speech, kind, unit;

-- Documents cited with 《》 across the corpus: how often, in how many speeches.
CREATE VIEW IF NOT EXISTS cited_documents AS
SELECT q.text AS document, count(*) AS citations, count(DISTINCT s.id) AS speeches
FROM speeches s, gw_quotes(s.body) q
WHERE q.kind = 'title'
GROUP BY q.text;

-- Formulations in quotation marks (at most 12 characters: slogans, not
-- quoted sentences) across the corpus, with the numeral they hold (六稳 6).
CREATE VIEW IF NOT EXISTS formulations AS
SELECT q.text AS formulation, q.numeral, count(*) AS uses, count(DISTINCT s.id) AS speeches
FROM speeches s, gw_quotes(s.body) q
WHERE q.kind = 'quote' AND length(q.text) BETWEEN 2 AND 12
GROUP BY q.text;
