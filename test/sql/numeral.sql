-- zh_number: one number as written, every form the reports use.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

SELECT t, zh_number(t) FROM (VALUES
  ('5,000'), ('4.5'), ('1,234,567.89'), ('０.５'), ('１２３'), ('0.05'),
  ('一千二百三十四'), ('两百'), ('一千零五'), ('〇'), ('零'), ('十'), ('十五'),
  ('廿一'), ('壹贰叁'), ('壹佰贰拾叁'), ('一万五'), ('三千五'),
  ('4.5万'), ('5万4千6百'), ('1400亿'), ('16.7亿'), ('一万亿'), ('三万五千亿'),
  ('1.2千万'), ('三点五'), ('十四點一'), ('一百点五万'), ('负5'), ('负三点五'), ('-12.5'),
  ('二〇二四'), ('一九五四'), (' 42 ')
) AS v(t);

-- Forms of issue 10: 零 before 点, 零 before 十, fractions (20 places),
-- Arabic below a unit, traditional 兩 and 負, leading 千, 万万 = 亿, and
-- approximate forms (多 / 余 / 几 give the stated base value).
SELECT t, zh_number(t) FROM (VALUES
  ('零点五'), ('四百点五'), ('五分之一'), ('三分之一'), ('一千分之一'), ('五分之二'),
  ('一百零一万零三千零十二'), ('3万4000'), ('一千零十'), ('兩千四百五'), ('千三'),
  ('壹千兩百三十四萬'), ('負三十二'), ('10万万'), ('四万万'),
  ('一千多万'), ('二十几万'), ('500余万'), ('5500余万'), ('300多')
) AS v(t);

-- Not one number: NULL.
SELECT t, zh_number(t) IS NULL AS is_null FROM (VALUES
  (''), ('abc'), ('万'), ('千'), ('十四五'), ('3千米'), ('5%'), ('3万40000'), ('百分之五'),
  ('三大攻坚战'), ('一老一小'), ('5,00'), ('1.2.3'), ('负'), ('亿亿亿亿')
) AS v(t);

-- Big but in range; out of range is a clear error, never an overflow.
SELECT zh_number('一亿亿亿亿');
SELECT zh_number(repeat('9', 100)) = ('1e100'::numeric - 1) AS hundred_nines;
SELECT zh_number(repeat('9', 10000));
SELECT zh_number('一亿亿亿亿亿');
SELECT zh_number(NULL) IS NULL AS strict_null;

-- The scale words after 多 belong to the last section when a greater unit
-- stands before (五亿二千多万 is 5亿 and 2千多万, not 5亿2千 ten thousand
-- times).
SELECT t, zh_number(t) FROM (VALUES
  ('五亿二千多万'), ('3亿2千多万'), ('1亿零5百余万'), ('二十多万'), ('两千多亿')
) AS v(t);

-- 几 and a smaller place after a place (一百几十, 一千几百) stand for an
-- unknown digit: the stated base value, and a scale after them multiplies it
-- (一百几十亿 is 100亿, not 一百 times 几十亿).
SELECT t, zh_number(t) FROM (VALUES
  ('一百几十'), ('一百几十亿'), ('一千几百万'), ('一万几千'), ('十几万'), ('三十几')
) AS v(t);

-- A count in Chinese numerals with decimals is a figure, a mean count
-- (round 21, written for this test in the form of the 1960 report).
SELECT mention, value, unit
FROM extract_metrics('平均每个公社有农业中学一点二所、学生约一百二十人。');

-- 翻了一番 doubles like 翻一番; 一亩半 is one and a half like 一头半, 一年半
-- is no figure (round 21, written for this test in the form of the 1986
-- and 1988 reports).
SELECT mention, value, unit, qualifier
FROM extract_metrics('进出口贸易总额比“五五”时期翻了一番。我国人均只有一亩半耕地。用一年半时间完成。');
