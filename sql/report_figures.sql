-- report_figures.sql — what `make demo` prints of the figures and formulations.
.print
.print Figures: totals by kind per speech
.mode box
SELECT page, idx, kind, sum(figures) AS figures, sum(redacted) AS redacted
FROM figure_totals GROUP BY speech, kind ORDER BY page, idx, figures DESC, kind;
.print
.print The largest figures (money and counts)
SELECT page, idx, text, value, unit, kind, approx, substr(clause, 1, 24) AS clause
FROM figures WHERE kind IN ('money', 'count') AND value IS NOT NULL
ORDER BY value DESC LIMIT 10;
.print
.print The most cited documents
SELECT substr(document, 1, 40) AS document, citations, speeches
FROM cited_documents ORDER BY citations DESC, document LIMIT 10;
.print
.print The most used formulations
SELECT formulation, numeral, uses, speeches
FROM formulations ORDER BY uses DESC, speeches DESC, formulation LIMIT 15;
.mode list
