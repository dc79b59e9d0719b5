-- schema_search.sql — full-text search over the speeches with the gongwen
-- tokenizer, kept in sync with the speeches table by triggers; and the words
-- of each speech (gw_words). Needs sql/schema.sql first. Safe to run again.
--
--   SELECT s.title, highlight(speeches_fts, 1, '[', ']')
--   FROM speeches_fts JOIN speeches s ON s.id = speeches_fts.rowid
--   WHERE speeches_fts MATCH '核酸检测' ORDER BY rank;

-- External content: the text lives once, in speeches; the index holds tokens.
CREATE VIRTUAL TABLE IF NOT EXISTS speeches_fts USING fts5(
    title, body,
    content = 'speeches', content_rowid = 'id',
    tokenize = 'gongwen'
);

CREATE TRIGGER IF NOT EXISTS speeches_fts_insert AFTER INSERT ON speeches BEGIN
    INSERT INTO speeches_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS speeches_fts_delete AFTER DELETE ON speeches BEGIN
    INSERT INTO speeches_fts(speeches_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS speeches_fts_update AFTER UPDATE OF title, body ON speeches BEGIN
    INSERT INTO speeches_fts(speeches_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO speeches_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- A client without the extension cannot tokenize: a change to speeches
-- that would reach the index stops, before anything else runs, on
--   no such function: gw_load_gongwen_first
-- (load the extension and do it again) instead of "no such tokenizer:
-- gongwen". Reading every table, and changing other columns, need nothing.
CREATE TRIGGER IF NOT EXISTS speeches_need_gongwen_insert BEFORE INSERT ON speeches BEGIN
    SELECT gw_load_gongwen_first();
END;
CREATE TRIGGER IF NOT EXISTS speeches_need_gongwen_delete BEFORE DELETE ON speeches BEGIN
    SELECT gw_load_gongwen_first();
END;
CREATE TRIGGER IF NOT EXISTS speeches_need_gongwen_update BEFORE UPDATE OF title, body ON speeches BEGIN
    SELECT gw_load_gongwen_first();
END;

-- Speeches loaded before this file ran are indexed once.
INSERT INTO speeches_fts(speeches_fts)
SELECT 'rebuild' WHERE (SELECT count(*) FROM speeches) <> (SELECT count(*) FROM speeches_fts_docsize);

-- How often each word occurs in each speech: jieba's words (gw_words), folded
-- (traditional and simplified count as one), words of two or more characters
-- holding a Han character (single characters are mostly particles: 的 是 要).
CREATE VIEW IF NOT EXISTS speech_words AS
SELECT s.id AS speech, w.norm AS word, count(*) AS n
FROM speeches s, gw_words(s.body) w
WHERE length(w.norm) > 1 AND gw_script(w.norm) IS NOT NULL
GROUP BY s.id, w.norm;
