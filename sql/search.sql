-- search.sql — analyses over the search index and the words of the speeches
-- (sql/schema_search.sql). Set the query first, in FTS5 syntax:
--   .parameter set :q '核酸'        -- also '核酸 AND 检测', '"疫情防控" NOT 表彰', 'title:讲话'

.read sql/kwic.sql

-- The most frequent words of the corpus, and in how many speeches they occur.
.print
.print Most frequent words
SELECT word, sum(n) AS occurrences, count(*) AS speeches
FROM speech_words GROUP BY word ORDER BY occurrences DESC, word LIMIT 20;

-- The most frequent words of each speech.
.print
.print Each speech's most frequent words
SELECT s.page, s.idx, group_concat(w.word || ' ' || w.n, '  ') AS words
FROM (SELECT speech, word, n, row_number() OVER (PARTITION BY speech ORDER BY n DESC, word) AS r
      FROM speech_words) w
JOIN speeches s ON s.id = w.speech
WHERE w.r <= 8
GROUP BY s.id ORDER BY s.page, s.idx;

-- The pairs of speeches that share the most of their 20 most frequent words.
.print
.print Speeches sharing their most frequent words
WITH top AS (
    SELECT speech, word FROM (
        SELECT speech, word, row_number() OVER (PARTITION BY speech ORDER BY n DESC, word) AS r
        FROM speech_words)
    WHERE r <= 20
)
SELECT a.page || ' ' || a.idx AS speech, b.page || ' ' || b.idx AS other, count(*) AS shared,
       group_concat(x.word, ' ') AS words
FROM top x JOIN top y ON x.word = y.word AND x.speech < y.speech
JOIN speeches a ON a.id = x.speech JOIN speeches b ON b.id = y.speech
GROUP BY x.speech, y.speech ORDER BY shared DESC, speech, other LIMIT 10;
.mode list
