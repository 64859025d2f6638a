-- zh_units: the unit table, filled from the catalogue compiled into C.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- The table and the compiled catalogue agree row for row.
SELECT count(*) > 50 AS many_units,
       (SELECT count(*) FROM zh_units) = (SELECT count(*) FROM zh_unit_catalogue()) AS same_count,
       NOT EXISTS (SELECT * FROM zh_units EXCEPT SELECT * FROM zh_unit_catalogue()) AS same_rows
FROM zh_units;

-- Every category has exactly one base unit with factor 1 for itself,
-- except currencies, which are never converted into each other.
SELECT category, string_agg(DISTINCT base_unit, ',' ORDER BY base_unit) AS base_units
FROM zh_units GROUP BY category ORDER BY category;

-- 平方公里 and 平方米 compare; 亩 and 公顷 too.
SELECT u.unit, u.category, u.base_unit, u.factor
FROM zh_units u
WHERE u.unit IN ('平方米', '平方公里', '公顷', '亩', '公里', '吨', '%', '百分点', '个百分点', '倍', '人次', '元')
ORDER BY u.category, u.factor, u.unit;

SELECT 3 * (SELECT factor FROM zh_units WHERE unit = '平方公里')
     > 200 * (SELECT factor FROM zh_units WHERE unit = '公顷') AS three_km2_exceeds_200_ha;

-- Extracted figures carry the category and the value in base units.
SELECT mention, value, unit, category, base_unit, base_value
FROM extract_metrics('辖区面积30.01平方公里，绿地新植2000平方米，治理400公顷，铺设管网4.6公里。');

-- Transport turnover: 吨公里 and 人公里 are units of their own, not 吨 or 公里.
SELECT mention, value, unit, category
FROM extract_metrics('货物周转量2.5万亿吨公里，旅客周转量1.2万亿人公里，新增公路4000公里。');

-- Units of older reports and of other counts (round 9): 公尺 is the metre
-- (平方公尺 → 平方米 as base); rubles are their own currencies; 册 counts
-- books and 门 telephone lines, but not before 类, 诊 … (门类, 门诊).
SELECT mention, value, unit, base_unit, base_value
FROM extract_metrics('新建住宅500万平方公尺。出版图书30亿册。电话交换机容量达到800万门。借款2亿新卢布。开设3门诊室，覆盖5门类。');

-- 几 before a scale word, with no digit before it, stands for one of that
-- scale, over (几个 and 几十年 stay no figures).
SELECT mention, value, unit, qualifier
FROM extract_metrics('几千万人上阵。几十亿元投资。几百个县。几个方面。几十年来。');

-- A one-digit count that ends its clause after 有 is the point of the
-- sentence, so a figure (完工的有四个。); elsewhere it stays a phrase.
SELECT mention, value, unit
FROM extract_metrics('这些项目，今年可以完工的有四个。危害最大的病害有八种，其中两种已经消灭。我们有四个现代化。');

-- A written fraction (1／4, 3/5) is a share in percent, like 五分之一; not a
-- date, a code or an improper fraction.
SELECT mention, value, unit, qualifier
FROM extract_metrics('机构精简1／4，人员减少3/5。2024/1/4开会。编号12/345。比例为5/4。');

-- 公方 (the cubic metre of earthworks) and 千瓦小时 (round 11).
SELECT mention, value, unit, base_unit, base_value
FROM extract_metrics('完成土方１４亿多公方。发电量达到４４５５亿千瓦小时。');

-- Articles of a text are its name, no figure (20条措施, 十七条协议); 条 of
-- other things count (新建铁路3条).
SELECT mention, value, unit
FROM extract_metrics('落实了20条措施。根据十七条协议。新建铁路3条。开通航线12条。');

-- The market units of the 1950s (round 13): 担 is 100 斤, 尺 a third of a
-- metre, 匹 a bolt of cloth with no fixed size; 箱 counts; 尺寸 and 担任
-- are words, not units.
SELECT mention, value, unit, category, base_value, base_unit
FROM extract_metrics('棉花增加了约三百九十万担。呢绒将增加约六百六十万尺。棉布将增加约五百七十八万匹。调运药品３０００箱。三个担任组长的同志。');

-- 个 before 人民 counts (二万四千多个人民公社), where 个人 alone is the word
-- "individual"; a Chinese thousand right before a people or household noun
-- counts it (五千农户), but not a noun further on (两千多年来农民) (round 13).
SELECT mention, value, unit
FROM extract_metrics('现在已经合并改组成为二万四千多个人民公社。拥有五千农户。组织三千干部下乡。两千多年来农民种田。每个人的收入增加。');

-- 马力, the metric horsepower (round 16).
SELECT mention, value, unit, category, base_value, base_unit
FROM extract_metrics('内燃机2000万马力。');

-- The counted noun is the head, the last of the phrase: 贫困家庭学生 counts
-- pupils, 农村沼气用户 households (round 16).
SELECT mention, value, unit
FROM extract_metrics('为2400多万贫困家庭学生免费提供教科书。新增450万农村沼气用户。');

-- 个千分点: points of a rate per thousand, a tenth of a percentage point
-- (round 17).
SELECT mention, value, unit, base_value, base_unit
FROM extract_metrics('出生率下降５个千分点。');

-- Air-quality concentrations (round 21): 微克/立方米 is the base, 毫克/立方米
-- a thousand of them; the 2.5 of PM2.5 is a name, no figure.
SELECT mention, value, unit, category, base_value, base_unit
FROM extract_metrics('PM2.5平均浓度下降到32微克/立方米，细颗粒物浓度为30微克每立方米，一氧化碳浓度1.2毫克/立方米。');

-- A 、 between two characters joins the counted noun: 青、壮年 are people,
-- and name the figure (round 21, written for this test in the form of the
-- 1960 report).
SELECT mention, value, unit, indicator
FROM extract_metrics('到一九五九年已经有一亿一千多万青、壮年摆脱了文盲地位。');

-- Counts of modern reports (round 25, written for this test): trains (列;
-- not 列入), containers (标箱) and vaccine doses (剂次).
SELECT mention, value, unit, category
FROM extract_metrics('中欧班列全年开行超过4300列，集装箱吞吐量2872万标箱，疫苗累计接种超过30亿剂次，3项成果列入国家计划。');
