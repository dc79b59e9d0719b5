-- report_search.sql — what make demo prints about search: every hit of 核酸
-- in its context (sql/kwic.sql).
.parameter set :q '核酸'
.read sql/kwic.sql
