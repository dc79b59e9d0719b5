-- The text ground (contract §2): gw_version, gw_decode, gw_normalize,
-- gw_simplify, gw_fold, gw_script. Pages are read with the shell's readfile().
.mode list
CREATE TEMP TABLE pages AS
  SELECT name, CAST(readfile('fixtures/pages/' || name) AS TEXT) AS p FROM (
    SELECT '000_499d58337f0f9ea4.txt' AS name UNION ALL SELECT '001_cb69c79a23f59179.txt'
    UNION ALL SELECT '002_97d2d2bd06bfd8b1.txt' UNION ALL SELECT '003_7fc5e4630ff442c7.txt'
    UNION ALL SELECT '004_0971c2d1573ab3b5.txt');
-- every page was read
SELECT count(*), sum(length(p) > 1000) FROM pages;

-- The contract's examples.
SELECT gw_version();
SELECT gw_decode(X'D2DFC7E9B7C0BFD8'), gw_decode(X'C160AED1B04F', 'Big5');
SELECT gw_normalize('１２３ＡＢＣ');
SELECT gw_simplify('總書記'), gw_simplify('乾淨的乾隆年間'), gw_simplify('成效显著，开展巡察');
SELECT gw_fold('總書記ＡＢ'), gw_fold('乾隆'), gw_fold('显著');
SELECT gw_script('總書記'), gw_script('总书记'), quote(gw_script('abc 123'));

-- Simplify is phrase by phrase; fold is character by character.
SELECT gw_simplify('乾坤'), gw_fold('乾坤'), gw_simplify('著作'), gw_fold('著作');
-- The traditional page: its title and its first sentence.
SELECT gw_simplify(substr(p, 1, 13)), gw_fold(substr(p, 1, 13)) FROM pages WHERE name LIKE '000%';
SELECT gw_simplify(substr(p, instr(p, '總結回顧'), 22)) FROM pages WHERE name LIKE '000%';
-- Every page: its script; simplified pages come out of gw_simplify unchanged.
SELECT substr(name, 1, 3), gw_script(p), gw_simplify(p) = p FROM pages ORDER BY name;
-- A traditional query and a simplified one fold alike.
SELECT gw_fold('習近平總書記') = gw_fold('习近平总书记'), gw_fold('ＸＩ Jinping') = gw_fold('xi  jinping');
-- Fold and normalize are idempotent on every page; fold = normalize, then simplify per character.
SELECT sum(gw_fold(gw_fold(p)) = gw_fold(p)), sum(gw_normalize(gw_normalize(p)) = gw_normalize(p))
  FROM pages;
SELECT sum(length(gw_fold(p)) = length(gw_normalize(p))) FROM pages;

-- Normalize: spaces inside a line collapse, lines are trimmed, zero-width characters go.
SELECT '[' || gw_normalize('  （一）　　加强  领导' || char(10) || char(12288) || '二、' || char(160, 8203) || '落实  ') || ']';
SELECT gw_normalize('疫' || char(8203) || '情' || char(65279) || '防控'), gw_normalize('㍿');

-- Decode: the pages survive any charset they come in; a BLOB argument is decoded.
SELECT sum(gw_decode(CAST(p AS BLOB)) = p) FROM pages;
SELECT gw_decode(X'FFFE2D4EFD56'), gw_decode(X'EFBBBF4142'), gw_decode(X'2D4EFD560CFF3100');
SELECT gw_simplify(X'C160AED1B04FA662A5FEBFA4A46AB77CA457AABAADABAD6EC1BFB8DCA141');
SELECT gw_decode(X'D6D0B9FA', 'gbk'), gw_decode(X'D6D0B9FA', 'GB2312');
SELECT quote(gw_decode_error(X'D2DFC7E9B7C0BFD8')), gw_decode_error(X'D2DFC7E9FF80BFD8');
SELECT gw_decode(X'D2DFC7E9FF80BFD8');
SELECT gw_decode(X'C160AED1B0', 'Big5');
SELECT gw_decode(X'616263', 'latin1');
SELECT gw_decode(X'610062');
SELECT gw_fold(X'D2DFFF');
-- NULL gives NULL.
SELECT quote(gw_decode(NULL)), quote(gw_normalize(NULL)), quote(gw_script(NULL));
