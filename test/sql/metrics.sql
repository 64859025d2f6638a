-- extract_metrics: one row per figure, each bullet of the semantics.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- Scale folded into the value; 余 is "over".
SELECT mention, value, unit, qualifier
FROM extract_metrics('新增就业4.5万人，完成投资1400亿元，实际利用外资16.7亿美元，节约资金5500余万元。');

-- Percent and percentage points never mix; multiples.
SELECT mention, value, unit, change
FROM extract_metrics('服务业占比73%，比重提高3.7个百分点，总量增长1.9倍，经济总量翻一番。');

-- Percentages written as fractions, as the older reports do: 百分之, 千分之.
SELECT mention, value, unit, qualifier, low, high
FROM extract_metrics('工业总产值增长百分之十二点五，入学率达到百分之百，文盲率降到千分之三，增长百分之五到百分之六，其中百分之九十五以上。百分比不是数字。');

-- Qualifiers, with the bound copied to low / high.
SELECT mention, value, qualifier, low, high
FROM extract_metrics('增长6%左右，约300人，大约20家，新增900万人以上，不低于5%，至少10所，失业率控制在4.5%以内，不超过3%，超30%，超过90%，10多万人，低于2%，不到100家，近50%，接近80%。');

-- Ranges: value NULL, low and high hold the ends.
SELECT mention, value, unit, qualifier, low, high
FROM extract_metrics('增长6%－6.5%，增长6-6.5%，提高6%至7%，招收两到三万人。');
-- Two neighbouring digits before a scale word are a rough range; without a
-- scale word (一二九运动, 三四月份) they are not.
SELECT mention, value, unit, qualifier, low, high
FROM extract_metrics('增加两三万元，新建三四十个站点，投资七八百亿元，一二九运动，三四月份。');

-- 分别 lists pair values with their indicators.
SELECT indicator, value, unit, change
FROM extract_metrics('地区生产总值、一般公共预算收入、社会消费品零售总额分别增长6.2%、6.9%、13.6%。');

-- From-to gives both figures; comparisons keep their baseline.
SELECT indicator, value, unit, change, baseline
FROM extract_metrics('国内生产总值从54万亿元增加到82.7万亿元。城镇化率比2017年高4.7个百分点，进出口同比增长8.5%，税收比上年下降2%。');

-- Period: 年均, 累计, 五年, 十四五.
SELECT mention, period
FROM extract_metrics('地区生产总值年均增长5.6%。五年累计引进项目123个。“十四五”期间新增就业10万人。');

-- Targets and outcomes: cue words and the part of the report.
SELECT mention, is_target
FROM extract_metrics(E'一、2021年工作回顾\n地区生产总值增长8.1%，新增就业1.2万人。\n二、2022年工作安排\n地区生产总值增长6%左右，力争新增就业1.5万人。\n今年主要预期目标是：居民消费价格涨幅3%左右；城镇新增就业1100万人以上。');

-- The year a figure refers to.
SELECT mention, year
FROM extract_metrics('2021年地区生产总值突破1400亿元。');

-- Not figures: years, dates, ordinals, names and slogans, section numbers, phones.
SELECT count(*) AS figures
FROM extract_metrics(E'2021年11月初，第十九届人民代表大会第一次会议召开。打好三大攻坚战，开好两会，关心一老一小，做好六稳六保，升级“1246”集团化办学，谋划十四五，开局“十四五”。\n(五)民生保障\n一、回顾\n热线电话12345，咨询0532-88888888。');

-- Offsets are characters: substr gives back the mention.
SELECT bool_and(substr(d, char_start + 1, char_end - char_start) = mention) AS offsets_ok, count(*)
FROM (SELECT E'各位代表：\n去年地区生产总值增长6.2%，城镇新增就业3.7万人，粮食产量1.5亿吨。' AS d) s,
     extract_metrics(d);

-- Empty and figure-free text give no rows; NULL gives NULL.
SELECT count(*) FROM extract_metrics('');
SELECT count(*) FROM extract_metrics('没有数字的文字。');
SELECT count(*) FROM extract_metrics(NULL);

-- Pathological input gives sensible results, not crashes.
SELECT count(*) FROM extract_metrics(repeat('9', 10000) || '万元');
SELECT count(*) FROM extract_metrics('亿亿亿亿亿亿亿亿元' || repeat('一亿', 50) || '元');
SELECT count(*) > 0 AS many FROM extract_metrics(repeat('增长5%，', 20000));

-- 去年 marks an outcome and is not part of the indicator.
SELECT indicator, mention, is_target
FROM extract_metrics('去年地区生产总值、一般公共预算收入分别增长6.2%、6.9%。');
