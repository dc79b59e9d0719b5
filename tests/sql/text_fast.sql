-- The fast paths of the text functions: what they hand back must not change.
-- gw_simplify returns text it leaves unchanged as it is, from TEXT or a BLOB.
SELECT gw_simplify('成效显著'), typeof(gw_simplify('成效显著'));
SELECT gw_simplify(CAST('成效显著' AS BLOB)), typeof(gw_simplify(CAST('成效显著' AS BLOB)));
SELECT gw_simplify(CAST('總書記' AS BLOB)), gw_simplify(''), length(gw_simplify(''));
SELECT gw_simplify('一目了然，乾隆年间'), gw_simplify('情况'), gw_simplify('情');
-- Runs of ideographs, full-width forms and punctuation in gw_fold and gw_normalize.
SELECT gw_fold('中华人民共和国ＡＢＣ，“總書記”指出。');
SELECT gw_normalize('中华人民共和国ＡＢＣ，“總書記”指出。');
SELECT gw_fold('  第一　 ＡＢ  二 '), gw_normalize('  第一　 ＡＢ  二 ');
-- A bad byte right after a run of ASCII, and after a run of ideographs.
SELECT gw_fold(CAST(X'616263646566676869FF' AS TEXT));
SELECT gw_simplify(CAST(X'E4B8ADE69687E5AD97E4BD93E6B58BE8AF95E4B8ADE69687E5AD97E4BD93B8' AS TEXT));
SELECT gw_script(CAST(X'E4B8ADE69687E5AD97E4BD93E6B58BE8AF95E4B8ADE69687E5AD97E4BD9300' AS TEXT));
