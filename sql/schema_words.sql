-- schema_words.sql — the words and keywords of every speech (gw_words,
-- gw_keywords) as views over the speeches table of schema.sql; safe to run
-- again. The analyses that use them are in sql/words.sql.

-- Every word of every speech as jieba cuts it, with its folded form (the
-- key that counts traditional and simplified spellings as one) and the
-- lexicon's part of speech.
CREATE VIEW IF NOT EXISTS speech_word_rows AS
SELECT s.id AS speech, w.id, w.word, w.norm, w.tag, w.pos, w.len
FROM speeches s, gw_words(s.body) w;

-- The 20 keywords of every speech (TF-IDF against jieba's idf.txt), rank 1 first.
CREATE VIEW IF NOT EXISTS speech_keywords AS
SELECT s.id AS speech, k.id AS rank, k.word, k.weight, k.count
FROM speeches s, gw_keywords(s.body) k;
