-- report_figures.sql — what `make demo` prints of the figures and formulations.
-- Chinese text stands in the last column of each table, so the columns before
-- it line up whatever the terminal makes of Chinese widths.
.mode list
.separator "  "
.headers off
.print
.print Figures per speech, by kind (redacted in brackets)
SELECT printf('%-26s %4s %6s %6s %8s %5s %5s %9s %8s %5s', 'page', 'idx', 'count', 'money',
              'percent', 'date', 'time', 'duration', 'ordinal', 'bare');
SELECT printf('%-26s %4d %6s %6s %8s %5s %5s %9s %8s %5s', page, idx,
              printf('%d(%d)', sum(kind = 'count'), sum(redacted * (kind = 'count'))),
              printf('%d(%d)', sum(kind = 'money'), sum(redacted * (kind = 'money'))),
              printf('%d(%d)', sum(kind = 'percent'), sum(redacted * (kind = 'percent'))),
              sum(kind = 'date'), sum(kind = 'time'), sum(kind = 'duration'),
              sum(kind = 'ordinal'), sum(kind = 'bare'))
FROM figures GROUP BY speech ORDER BY page, idx;
.print
.print The largest figures (money and counts): value, page, speech, figure, clause
SELECT printf('%16s', value), page, printf('%3d', idx), text, clause
FROM figures WHERE kind IN ('money', 'count') AND value IS NOT NULL
ORDER BY value DESC LIMIT 10;
.print
.print The most cited documents: citations, speeches, document
SELECT printf('%3d', citations), printf('%3d', speeches), document
FROM cited_documents ORDER BY citations DESC, document LIMIT 10;
.print
.print The most used formulations: uses, speeches, numeral, formulation
SELECT printf('%3d', uses), printf('%3d', speeches), printf('%4s', coalesce(numeral, '')),
       formulation
FROM formulations ORDER BY uses DESC, speeches DESC, formulation LIMIT 15;
.separator "|"
