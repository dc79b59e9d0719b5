-- gw_words and gw_sentences (contract §7): ICU's word and sentence breaks.
.print -- words: ICU's dictionary cuts, spaces and punctuation skipped; norm = gw_fold(word)
SELECT id, word, norm, pos, len FROM gw_words('總書記強調，GDP增长2.3% 。');
SELECT group_concat(word, '/') FROM gw_words('坚决落实党中央决策部署');
.print -- traditional and simplified text are cut alike (ICU reads the folded text)
SELECT (SELECT group_concat(norm, '/') FROM gw_words('堅決落實黨中央決策部署'))
     = (SELECT group_concat(norm, '/') FROM gw_words('坚决落实党中央决策部署'));
SELECT count(*) FROM gw_words('，。！？ 、……');
SELECT count(*) FROM gw_words(NULL);
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
SELECT count(*) > 500, sum(substr(p, s.pos, s.len) <> s.sentence), sum(trim(s.sentence) = '')
FROM (SELECT CAST(readfile(name) AS TEXT) AS p FROM fsdir('fixtures/pages') WHERE name GLOB '*.txt'),
     gw_sentences(p) s;
