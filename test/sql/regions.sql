-- zh_regions, zh_region_code, zh_region_candidates: GB/T 2260 codes.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- The table and the compiled catalogue agree row for row; 31 provinces of
-- the mainland plus Taiwan, Hong Kong and Macao are current.
SELECT (SELECT count(*) FROM zh_regions) = (SELECT count(*) FROM zh_region_catalogue()) AS same_count,
       NOT EXISTS (SELECT * FROM zh_regions EXCEPT SELECT * FROM zh_region_catalogue()) AS same_rows,
       (SELECT count(*) FROM zh_regions WHERE level = 'province' AND valid_to IS NULL) AS provinces;

-- Expected codes written from GB/T 2260, not from the function's output.
-- Every region the district corpus (../shared/corpus/district) names, as
-- it names them, and the 31 provinces by full and by short name.
CREATE TEMP TABLE want (name text, within text, code text);
INSERT INTO want VALUES
 ('市南区', NULL, '370202'), ('青岛市', NULL, '370200'), ('山东省', NULL, '370000'),
 ('青岛市市南区', NULL, '370202'), ('山东省青岛市市南区', NULL, '370202'),
 ('南岗区', NULL, '230103'), ('哈尔滨市南岗区', NULL, '230103'),
 ('黑龙江省哈尔滨市南岗区', NULL, '230103'), ('黑龙江省南岗区', NULL, '230103'),
 ('南岗', NULL, '230103'), ('哈尔滨', NULL, '230100'), ('哈尔滨市', NULL, '230100'),
 ('黑龙江省', NULL, '230000'), ('辽宁省', NULL, '210000'), ('沈阳市', NULL, '210100'),
 ('长春市', NULL, '220100'), ('深圳市', NULL, '440300'),
 ('陇南市', NULL, '621200'), ('陇南市宕昌县', NULL, '621223'), ('甘肃陇南宕昌县', NULL, '621223'),
 ('宕昌县', NULL, '621223'), ('定西市', NULL, '621100'), ('定西市安定区', NULL, '621102'),
 ('贵州安顺平坝区', NULL, '520403'), ('平坝区', NULL, '520403'),
 -- traditional characters, blanks
 ('哈爾濱市南崗區', NULL, '230103'), ('黑龍江省', NULL, '230000'), ('市南 区', NULL, '370202'),
 -- province-level cities are provinces; 昆山市 is a county-level city
 ('北京市', NULL, '110000'), ('重庆市', NULL, '500000'), ('昆山市', NULL, '320583'),
 ('北京市朝阳区', NULL, '110105'), ('朝阳区', '北京', '110105'),
 -- ambiguous names settled by within
 ('鼓楼区', '南京市', '320106'), ('鼓楼区', '福建省', '350102'), ('鼓楼区', '开封', '410204'),
 ('鼓楼区', '徐州市', '320302'), ('市中区', '济南市', '370103'), ('吉林', '吉林省', '220200'),
 -- a province's short name wins over other short names (天津市河北区, 吉林市)
 ('吉林', NULL, '220000'),
 -- a district merged away in 2012 still has its code
 ('四方区', NULL, '370205'),
 ('北京市', NULL, '110000'), ('天津市', NULL, '120000'), ('河北省', NULL, '130000'),
 ('山西省', NULL, '140000'), ('内蒙古自治区', NULL, '150000'), ('辽宁', NULL, '210000'),
 ('吉林省', NULL, '220000'), ('黑龙江', NULL, '230000'), ('上海市', NULL, '310000'),
 ('江苏省', NULL, '320000'), ('浙江省', NULL, '330000'), ('安徽省', NULL, '340000'),
 ('福建省', NULL, '350000'), ('江西省', NULL, '360000'), ('山东', NULL, '370000'),
 ('河南省', NULL, '410000'), ('湖北省', NULL, '420000'), ('湖南省', NULL, '430000'),
 ('广东省', NULL, '440000'), ('广西壮族自治区', NULL, '450000'), ('海南省', NULL, '460000'),
 ('重庆', NULL, '500000'), ('四川省', NULL, '510000'), ('贵州省', NULL, '520000'),
 ('云南省', NULL, '530000'), ('西藏自治区', NULL, '540000'), ('陕西省', NULL, '610000'),
 ('甘肃省', NULL, '620000'), ('青海省', NULL, '630000'), ('宁夏回族自治区', NULL, '640000'),
 ('新疆维吾尔自治区', NULL, '650000'),
 ('内蒙古', NULL, '150000'), ('广西', NULL, '450000'), ('西藏', NULL, '540000'),
 ('宁夏', NULL, '640000'), ('新疆', NULL, '650000'), ('河北', NULL, '130000'),
 ('广东', NULL, '440000'), ('四川', NULL, '510000'), ('上海', NULL, '310000');

SELECT count(*) AS names,
       count(*) FILTER (WHERE zh_region_code(name, within) IS NOT DISTINCT FROM code) AS resolved
FROM want;
-- none differs
SELECT name, within, code, zh_region_code(name, within) AS got
FROM want WHERE zh_region_code(name, within) IS DISTINCT FROM code;

-- Ambiguous without within: NULL; the candidates say why.
SELECT n, zh_region_code(n) AS code, (SELECT count(*) FROM zh_region_candidates(n)) AS candidates
FROM unnest(ARRAY['鼓楼区', '朝阳区', '市中区', '朝阳', '白云区']) n;
SELECT code, level, parent_code, full_name FROM zh_region_candidates('鼓楼区') ORDER BY code;
SELECT code, name, level, full_name FROM zh_region_candidates('吉林') ORDER BY code;

-- Not a region, a region outside within, NULL input.
SELECT zh_region_code('中山路区') IS NULL AS street, zh_region_code('南岗区', '山东省') IS NULL AS outside,
       zh_region_code(NULL) IS NULL AS null_name, zh_region_code('') IS NULL AS empty;

-- Historic codes carry their period.
SELECT code, name, valid_from, valid_to FROM zh_region_candidates('四方区');

-- report_info gives the code and the level in the code's words.
SELECT region, admin_level, region_code
FROM report_info(E'政府工作报告\n——2021年12月28日在南岗区第十七届人民代表大会第一次会议上\n各位代表：\n现在我代表南岗区人民政府向大会报告工作。');
-- 鼓楼区 alone is ambiguous; the report's own text names 福州.
SELECT region, admin_level, region_code
FROM report_info(E'政府工作报告\n——2023年1月5日在鼓楼区第十八届人民代表大会第二次会议上\n各位代表：\n现在我代表鼓楼区人民政府向大会报告工作。过去一年，在福州市委的坚强领导下。');
SELECT region, admin_level, region_code
FROM report_info(E'政府工作报告\n——2023年1月5日在鼓楼区第十八届人民代表大会第二次会议上\n各位代表：\n现在我代表鼓楼区人民政府向大会报告工作。');
