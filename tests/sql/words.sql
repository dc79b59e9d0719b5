-- gw_words and gw_keywords (contract §7): jieba's cut over its lexicon; gw_sentences: ICU's sentence breaks.
.print -- words: the lexicon's cuts and tags, spaces and punctuation skipped; norm = gw_fold(word)
SELECT id, word, norm, tag, pos, len FROM gw_words('總書記強調，GDP增长2.3% 。');
SELECT group_concat(word, '/') FROM gw_words('做好疫情防控工作，开展全员核酸检测，习近平总书记强调');
.print -- the HMM finds what the lexicon lacks (tag NULL)
SELECT group_concat(word || ':' || ifnull(tag, 'NULL'), '/') FROM gw_words('与同袍偕行，共情施策，摸排包保');
.print -- Latin words and numbers whole; full-width ones too, positions on the text as written
SELECT group_concat(word, '/') FROM gw_words('COVID-19疫情，Wi-Fi和5G网络，X-X人');
SELECT id, word, norm, pos, len FROM gw_words('２０２０年ＧＤＰ增长２．３％');
.print -- traditional and simplified text are cut alike (through the fold)
SELECT (SELECT group_concat(norm, '/') FROM gw_words('堅決落實黨中央決策部署'))
     = (SELECT group_concat(norm, '/') FROM gw_words('坚决落实党中央决策部署'));
SELECT count(*) FROM gw_words('，。！？ 、……');
SELECT count(*) FROM gw_words(NULL);
.print -- terms: one a line, optional frequency and tag; frequency 0 keeps a word from being one
SELECT group_concat(word, '/') FROM gw_words('坚决做到两个维护');
SELECT group_concat(word, '/') FROM gw_words('坚决做到两个维护', '两个维护');
SELECT group_concat(word || ':' || ifnull(tag, 'NULL'), '/') FROM gw_words('坚决做到两个维护', '六稳六保
两个维护 100 nz');
SELECT group_concat(word, '/') FROM gw_words('做好疫情防控工作', '疫情防控 0');
SELECT group_concat(word, '/') FROM gw_words('坚决做到兩個維護', '兩個維護');
SELECT count(*) FROM gw_words('坚决做到两个维护', char(10) || '  ' || char(10));
SELECT group_concat(word, '/') FROM gw_words('abc', '两个维护 12345678901234567');
.print -- one statement, many rows, one list of terms
SELECT group_concat(w.word, '/') FROM (SELECT '两个维护' AS t UNION ALL SELECT '做到两个维护') x,
       gw_words(x.t, '两个维护') w;
.print -- keywords: TF-IDF against idf.txt; single characters, numerals and stop words left out
SELECT id, word, round(weight, 6), count FROM gw_keywords('疫情防控，疫情防控，核酸检测。我们要做好工作', 3);
SELECT id, word, round(weight, 6), count FROM gw_keywords('疫情防控，疫情防控，核酸检测。我们要做好工作');
SELECT group_concat(word, ' ') FROM (SELECT word FROM gw_keywords('2020年GDP增长2.3%，十四五规划和两个维护', 0) ORDER BY word);
SELECT group_concat(word, ' ') FROM gw_keywords('The economy and the people', 0);
SELECT group_concat(word || ':' || count, ' ') FROM gw_keywords('坚决做到两个维护，两个维护', 5, '两个维护');
SELECT count(*) FROM gw_keywords('', 5);
SELECT count(*) FROM gw_keywords('疫情防控', NULL);
SELECT * FROM gw_keywords('疫情防控', -1);
SELECT * FROM gw_keywords('疫情防控', 'five');
.print -- sentences: 。！？ and ASCII ! ? end one, closing quotes stay with it; ；; do not
SELECT id, sentence, pos, len FROM gw_sentences('抓好核酸检测。疫情防控要慎终如始!  “我们能胜利。”他说；好的;
大家说！“能！”（一）提高认识。
1.加强组织领导。2. 落实责任
一、总体要求');
SELECT count(*) FROM gw_sentences(' ' || char(10) || '　' || char(10));
SELECT count(*) FROM gw_sentences(CAST(X'E4B8ADFF' AS TEXT));
.print -- every word and sentence of every fixture is exactly its characters
SELECT count(*) > 10000, sum(substr(p, w.pos, w.len) <> w.word), sum(gw_fold(w.word) <> w.norm)
FROM (SELECT CAST(readfile(name) AS TEXT) AS p FROM fsdir('fixtures/pages') WHERE name GLOB '*.txt'),
     gw_words(p) w;
.print -- the traditional page is cut as its fold is
SELECT count(*) > 2000, (SELECT group_concat(norm, '/') FROM gw_words(p))
                        = (SELECT group_concat(word, '/') FROM gw_words(gw_fold(p)))
FROM (SELECT CAST(readfile('fixtures/pages/000_499d58337f0f9ea4.txt') AS TEXT) AS p), gw_words(p);
SELECT count(*) > 500, sum(substr(p, s.pos, s.len) <> s.sentence), sum(trim(s.sentence) = '')
FROM (SELECT CAST(readfile(name) AS TEXT) AS p FROM fsdir('fixtures/pages') WHERE name GLOB '*.txt'),
     gw_sentences(p) s;
