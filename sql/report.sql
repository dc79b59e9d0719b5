-- report.sql — the summary of a loaded corpus, on one screen whatever its
-- size: what was loaded, the places most named, the formulations and
-- documents most cited, the
-- largest figures, the speeches that are copies of one another, and the
-- first hits of the keyword :q (the corpus's top keyword when unset).
-- Every count is over distinct speeches: a speech that several pages carry
-- (sql/schema_report.sql) counts once. The detail is in the CSV files that
-- sql/report_csv.sql writes.
--
-- Chinese text stands last on each line, or is padded to the width it takes
-- on a terminal, where a Chinese character is two columns wide: (bytes +
-- characters) / 2 counts that for text of ASCII and three-byte characters
-- (the sqlite3 shell's own .mode box counts characters, so its borders would
-- not line up).
.read sql/report_setup.sql
.mode list
.separator "  "
.headers off

.print
.print Corpus (copies of a speech counted once)
SELECT printf('  pages       %,d: %,d read, %,d empty, %,d undecodable', count(*), count(page),
              count(*) FILTER (WHERE error = 'empty file'),
              count(*) FILTER (WHERE page IS NULL AND error IS NOT 'empty file'))
FROM pages;
SELECT printf('  speeches    %,d: %,d distinct, %,d %s of another', count(*), sum(speech = first),
              sum(speech <> first), iif(sum(speech <> first) = 1, 'a copy', 'copies'))
FROM copy_of;
SELECT printf('  published   %s', coalesce(min(published) || ' to ' || max(published), 'no dates')) ||
       printf(' (%,d dated, %,d not)', count(published), count(*) - count(published))
FROM speeches s JOIN copy_of c ON c.speech = s.id AND c.first = s.id;
SELECT '  levels      ' || coalesce(group_concat(level || ' ' || n, ', '), 'none')
FROM (SELECT coalesce(s.level, 'none') AS level, count(*) AS n
      FROM speeches s JOIN copy_of c ON c.speech = s.id AND c.first = s.id
      GROUP BY s.level ORDER BY s.level IS NULL, n DESC, s.level);
SELECT '  scripts     ' || coalesce(group_concat(script || ' ' || n, ', '), 'none')
FROM (SELECT coalesce(s.script, 'none') AS script, count(*) AS n
      FROM speeches s JOIN copy_of c ON c.speech = s.id AND c.first = s.id
      GROUP BY s.script ORDER BY n DESC, s.script);
SELECT printf('  length      %,d characters, %,d a speech on average; %,d truncated', sum(length(body)),
              avg(length(body)), sum(truncated))
FROM speeches s JOIN copy_of c ON c.speech = s.id AND c.first = s.id;
SELECT printf('  directives  %,d, in %,d speeches', count(*), count(DISTINCT s.id))
FROM speeches s JOIN copy_of c ON c.speech = s.id AND c.first = s.id, gw_directives(s.body);
-- The corpus's keywords: the highest sums of gw_keywords weights (TF-IDF
-- against jieba's document frequencies) over the distinct speeches, of
-- words holding a Han character (XX, a redacted name, is no keyword).
SELECT '  keywords    ' || group_concat(word, ', ')
FROM (SELECT k.word
      FROM speeches s JOIN copy_of c ON c.speech = s.id AND c.first = s.id, gw_keywords(s.body) k
      WHERE gw_script(k.word) IS NOT NULL
      GROUP BY k.word ORDER BY sum(k.weight) DESC, k.word LIMIT 10);
-- The divisions named most (gw_places), by mentions; a name that could be
-- several divisions and that nothing in its speech decides is left out.
SELECT '  places      ' || coalesce(group_concat(canonical || ' ' || n, ', '), 'none')
FROM (SELECT p.canonical, count(*) AS n
      FROM speeches s JOIN copy_of c ON c.speech = s.id AND c.first = s.id, gw_places(s.body) p
      WHERE p.code IS NOT NULL
      GROUP BY p.code ORDER BY n DESC, p.code LIMIT 6);

.print
.print Top formulations (traditional and simplified as one)
SELECT printf('  %8s  %4s  %7s  %s', 'speeches', 'uses', 'numeral', 'formulation');
SELECT printf('  %8d  %4d  %7s  %s', speeches, uses, coalesce(numeral, ''), formulation)
FROM formulations_folded ORDER BY speeches DESC, uses DESC, formulation LIMIT 8;

.print
.print Top cited documents
SELECT printf('  %8s  %9s  %s', 'speeches', 'citations', 'document');
SELECT printf('  %8d  %9d  %s', speeches, citations, document)
FROM cited_documents_folded ORDER BY speeches DESC, citations DESC, document LIMIT 8;

-- The largest values of each kind; a value that several speeches give
-- (in the same unit) is one line, with the first speech that gives it.
.print
.print Largest figures (money, counts, percentages)
SELECT printf('  %-7s  %17s  %8s  %6s  %s', 'kind', 'value', 'speeches', 'speech', 'figure: clause');
WITH f AS MATERIALIZED (
    SELECT f.* FROM figures f JOIN copy_of c ON c.speech = f.speech AND c.first = f.speech
    WHERE f.kind IN ('money', 'count', 'percent') AND f.value IS NOT NULL
),
v AS (
    SELECT kind, value, unit, count(DISTINCT speech) AS speeches,
           row_number() OVER (PARTITION BY kind ORDER BY value DESC) AS r
    FROM f GROUP BY kind, value, unit
),
first AS (
    SELECT *, row_number() OVER (PARTITION BY kind, value, unit ORDER BY speech, id) AS r FROM f
)
SELECT printf('  %-7s  %17s  %8d  %6d  ', v.kind,
              iif(v.value = CAST(v.value AS INTEGER), printf('%,d', v.value), printf('%.15g', v.value)),
              v.speeches, f.speech) || f.text || ': ' || substr(f.clause, 1, 20) ||
       iif(length(f.clause) > 20, '…', '')
FROM v JOIN first f ON f.kind = v.kind AND f.value = v.value AND f.unit IS v.unit AND f.r = 1
WHERE v.r <= iif(v.kind = 'percent', 2, 4)
ORDER BY v.kind = 'percent', v.kind DESC, v.r;

.print
SELECT printf('Copies: %,d %s of speeches of the same or near-identical text (%,d speeches)', count(*),
              iif(count(*) = 1, 'group', 'groups'), coalesce(sum(size), 0))
FROM copy_of WHERE speech = first AND size > 1;
SELECT printf('  %8s  %6s  %6s  %s', 'speeches', 'chars', 'first', 'title')
WHERE EXISTS (SELECT 1 FROM copy_of WHERE size > 1);
SELECT printf('  %8d  %6d  %6d  %s', c.size, length(s.body), s.id, coalesce(s.title, ''))
FROM copy_of c JOIN speeches s ON s.id = c.speech
WHERE c.speech = c.first AND c.size > 1
ORDER BY c.size DESC, s.id LIMIT 8;
SELECT printf('  … and %,d more groups', count(*) - 8)
FROM copy_of WHERE speech = first AND size > 1 HAVING count(*) > 8;

.print
SELECT printf('Keyword in context: %s (%,d %s in %,d %s%s)', coalesce(nullif(:q, ''), 'none'), count(*), iif(count(*) = 1, 'hit', 'hits'),
              count(DISTINCT speech), iif(count(DISTINCT speech) = 1, 'speech', 'speeches'),
              iif(count(*) > 5, '; the first 5', ''))
FROM kwic;
SELECT printf('  %6s %6s  %s', 'speech', 'pos', 'context') WHERE EXISTS (SELECT 1 FROM kwic);
SELECT printf('  %6d %6d  ', speech, pos) ||
       substr(printf('%20s', ''), 1, 20 - (length(CAST(l AS BLOB)) + length(l)) / 2) || l ||
       ' [' || hit || '] ' || substr(right, 1, 10)
FROM (SELECT *, substr(left, -10) AS l FROM kwic ORDER BY rowid LIMIT 5);
.separator "|"
