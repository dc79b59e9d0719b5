-- words.sql — word frequencies and keywords over the speeches
-- (sql/schema_words.sql): run it on a database made by make demo:
--   sqlite3 build/demo.db -cmd '.load build/gongwen' '.read sql/words.sql'
-- Words of one character and words without a Han character (numbers, Latin)
-- are left out of the frequencies; they are mostly particles (的 是 要).

.mode list
.separator '  '

-- The most frequent words of the corpus: occurrences, speeches, part of speech.
.print 'Most frequent words of the corpus (word, occurrences, speeches, tag)'
SELECT norm, count(*) AS n, count(DISTINCT speech) AS speeches, ifnull(max(tag), '-') AS tag
FROM speech_word_rows
WHERE len > 1 AND gw_script(norm) IS NOT NULL
GROUP BY norm ORDER BY n DESC, norm LIMIT 30;

-- The most frequent nouns (n, vn, nz …) and the places (ns) and
-- organisations (nt) of the corpus.
.print
.print 'Most frequent nouns, places and organisations'
SELECT tag, group_concat(norm || ' ' || n, '  ')
FROM (SELECT tag, norm, n, row_number() OVER (PARTITION BY tag ORDER BY n DESC, norm) AS r
      FROM (SELECT tag, norm, count(*) AS n FROM speech_word_rows
            WHERE len > 1 AND tag IN ('n', 'vn', 'nz', 'ns', 'nt') GROUP BY tag, norm))
WHERE r <= 10 GROUP BY tag ORDER BY tag;

-- Each speech's most frequent words.
.print
.print "Each speech's most frequent words"
SELECT s.page, s.idx, group_concat(w.norm || ' ' || w.n, '  ')
FROM (SELECT speech, norm, n, row_number() OVER (PARTITION BY speech ORDER BY n DESC, norm) AS r
      FROM (SELECT speech, norm, count(*) AS n FROM speech_word_rows
            WHERE len > 1 AND gw_script(norm) IS NOT NULL GROUP BY speech, norm)) w
JOIN speeches s ON s.id = w.speech
WHERE w.r <= 8
GROUP BY s.id ORDER BY s.page, s.idx;

-- Each speech's keywords: what it says more than a document usually does.
.print
.print "Each speech's keywords (TF-IDF)"
SELECT s.page, s.idx, group_concat(k.word, ' ')
FROM speech_keywords k JOIN speeches s ON s.id = k.speech
WHERE k.rank <= 10
GROUP BY s.id ORDER BY s.page, s.idx;
