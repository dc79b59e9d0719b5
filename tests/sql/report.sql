-- The summary of make demo (sql/report.sql) over the fixtures: 13 speeches on
-- five pages, 【篇1】 and 【篇8】 of 004 the same text (12 distinct); 六稳 (in
-- 003 and 004) and 六穩 (in 000) one formulation of 3 speeches; 六保 5 uses in
-- 4 speeches once 【篇8】's two are left out as a copy; 4298.8億元 of 000 the
-- largest sum.
.parameter set :dir 'fixtures/pages'
.output /dev/null
.read sql/schema.sql
.read sql/schema_report.sql
.read sql/schema_figures.sql
.read sql/schema_search.sql
.read sql/load.sql
.output stdout
.parameter set :q '六稳'
.read sql/report.sql
