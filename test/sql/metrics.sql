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

-- Issue 10.  Signs: 负 and a minus make the value negative (a level: no
-- change); 下降 keeps the value and says decrease.
SELECT indicator, mention, value, unit, change
FROM extract_metrics('全市经济增速为负3.9%，出口增长-2.5%，进口下降3.9%，增长6-6.5%。');

-- 负 ending a word (税负, 减负) is no sign: the value stays positive.
SELECT indicator, mention, value, unit
FROM extract_metrics('全年减轻企业税负1400多亿元，为农民减负300亿元，利润增速为负2%。');

-- Fractions and halves are shares in percent (三分之一 to 20 places of the
-- fraction); 翻一番 is 2 倍, 接近翻一番 nearly; 零点五 is 0.5.
SELECT indicator, mention, value, unit, qualifier, low
FROM extract_metrics('五分之二以上的村，三分之一的企业，一千分之一，一半以上的县，经济总量翻一番，居民收入接近翻一番，增加零点五个百分点。');

-- Ages, 万 before the counted noun (people), 超过万亿元, approximate forms
-- (the stated base value, qualifier over), numerals of every form (one
-- sentence each: the indicator of a figure with no words before it is the
-- previous one of its sentence).
SELECT indicator, mention, value, unit, qualifier
FROM extract_metrics('人均预期寿命达到78.2岁，6岁以下儿童。2000万城镇居民。800多万返乡农民工。社会融资超过万亿元。一千多万人。二十几万元。500余万元。3万4000元。一千零十人。兩千四百五十人。增长零点五个百分点。四百点五亿元。');

-- 成 and ‰ stay as written; base_unit and base_value give the percent.
SELECT mention, value, unit, base_unit, base_value
FROM extract_metrics('七成以上的群众，出生率为千分之十二，吸烟率下降两成。');

-- 分别 lists pair item by item, the last unit shared by the list.
SELECT indicator, mention, value, unit
FROM extract_metrics('耕地、林地、草地面积分别增加2.1万、1.5万、0.8万公顷。');

-- Indicators: the measured thing after the number when what precedes is a
-- place, a verb or a list of examples; modal words and verbs stripped.
SELECT indicator, mention
FROM extract_metrics('全省500个示范县全部达标，新设80个综合保税区，缴费比例从20%降至16%，香港中路等100条示范街，也要再减少贫困人口1000万人，1200个贫困村。');

-- Targets and years from the report's parts: the review gives outcomes of
-- its year, the targets part targets of the report year (also when the cue
-- 预期目标 is in the line before); budget plans are targets; 比2005年 is a
-- baseline, not the year; 五年来 looks back (outcome, no single year).
SELECT indicator, mention, is_target, year, baseline
FROM extract_metrics(E'各位代表：\n一、2016年工作回顾\n（一）加强宏观调控，稳定经济增长。国内生产总值增长6.7%，比2005年翻一番。\n二、2017年经济社会发展总体部署\n今年主要预期目标是：\n国内生产总值增长6.5%左右。城镇新增就业1100万人以上。赤字率拟按3%安排，拟安排中央预算内投资5076亿元，增加500亿元。五年来，城镇化率提高到57.4%。');

-- Traditional characters give the same figures as simplified ones, with
-- spans and offsets into the text as given.
SELECT t.indicator, t.mention, t.value = s.value AS same_value, t.unit = s.unit AS same_unit,
       t.is_target = s.is_target AS same_target, t.year = s.year AS same_year,
       t.char_start = s.char_start AS same_offset
FROM extract_metrics(E'一、2016年工作回顧\n國內生產總值增長6.7%。\n二、2017年工作總體部署\n今年主要預期目標是：國內生產總值增長6.5%左右，城鎮新增就業1100萬人以上，居民消費價格漲幅3%左右。') WITH ORDINALITY t
JOIN extract_metrics(E'一、2016年工作回顾\n国内生产总值增长6.7%。\n二、2017年工作总体部署\n今年主要预期目标是：国内生产总值增长6.5%左右，城镇新增就业1100万人以上，居民消费价格涨幅3%左右。') WITH ORDINALITY s
  ON t.ordinality = s.ordinality;

-- Indicators, round 3 (rules in doc/metrics.md): the noun after the number
-- when the words before end in a verb (发行), cut at its predicate (建立,
-- 都); over a 的 after a share; 在…的情况下 frames the figure; 年底 is
-- stripped; leading verbs leave a long name (建成).  地方企业亏损 keeps
-- 亏损: the tagger does not call it a plain verb (within 6 characters).
SELECT indicator, mention
FROM extract_metrics('今年拟发行1800亿元特别国债，同意地方发行3000亿元债券。40个城市建立或完善了救助制度。确保年底90%以上的儿童都能入学。在投资增长不到5%的情况下，产值增长7%。有近百分之二十独立核算的地方企业亏损。建成千吨级以上码头120个。');

-- A state stated as now (现已) is an outcome of the report year; 预计 is
-- an estimate (outcome) in a plan part; 1950年到2002年 is a span without
-- 从; a number right after 每 is a rate's denominator, not a figure.
SELECT indicator, mention, is_target, year
FROM extract_metrics(E'一、2008年工作回顾\n五年新增公路20万公里，是1950年到2002年的总和；新增铁路5000公里。同我国建交的国家现已达到170个。平均每36小时建成一座工厂。\n二、2009年工作安排\n今年的赤字预计达800亿元，拟安排国债900亿元。');

-- The spender before 用于 is no name; a clause open at a conjunction or
-- adverb (即使) names its object after the number.
SELECT indicator, mention
FROM extract_metrics('地方财政全年用于教育的资金达900亿元。各国即使削减了30%的排放，总量仍然很大。');

-- The people of the nation counted is a timeless fact: no year.
SELECT indicator, mention, is_target, year
FROM extract_metrics(E'一、2008年工作回顾\n全国13亿人民团结一心，粮食产量增长5%。');

-- Counts past a billion in Chinese numerals are figures too.
SELECT mention, value, unit
FROM extract_metrics('十三亿多人民，十二亿农民，一百二十亿元。');

-- Indicators, round 4 (rules in doc/metrics.md): a list without names takes
-- the names before it in order (also a 分别 list whose names stand in the
-- clause before); a budget's object is its name (安排, 拟安排, 再安排 with
-- the object after the number); a stating clause (国务院提出) is dropped;
-- words joined by 和 and a previous figure's noun name the previous figure.
SELECT indicator, mention
FROM extract_metrics('城镇居民人均可支配收入21810元，农村居民人均纯收入6977元，实际增长8.4%和10.9%。工业增加值和服务业增加值，分别增长9%和11%。中央财政安排专项资金80亿元。省财政拟安排贴息资金20亿元。中央财政今年再安排600亿元救灾资金。国务院提出今年城镇新增就业目标为1000万人。安排200亿元救灾款和300亿元重建资金。对600个重点县900万名学生免除学费。');

-- A verb said again names what the sentence named before (and a year named
-- after a period word ends the period); 年平均 before a noun is a measure;
-- 实际 and 累计完成 are no part of a name; 在…的基础上 frames the figure;
-- money followed by its fund is named by it; a span at a name's end goes.
SELECT indicator, mention, period, year
FROM extract_metrics(E'各位代表：\n二、2008年工作安排\n五年关停4000万千瓦小火电机组，今年要关停800万千瓦。职工年平均工资达到8000元。全社会固定资产投资累计完成5万亿元。城镇居民收入实际增长6%。粮食产量在上年增产的基础上，又增产100亿斤。中央财政新增50亿元专项补助资金，支出五年累计1.6万亿元。');

-- Years and targets, round 4: a review whose title runs into the report's
-- year reviews the year before; a plan stated in a review is a target; a
-- change between written years lends them to the changes after it; 与去年
-- 持平 compares (no year); 由今年预计的4%提高到5%: the first is the level
-- before the change; 年的 before a noun is the sentence's year; 从…开始 opens
-- a span; a span ends at a ；.
SELECT indicator, mention, is_target, year
FROM extract_metrics(E'各位代表：\n一、2008年工作回顾和2009年工作的总体要求\n国内生产总值增长9%。全年计划新建保障房100万套，实际建成120万套。公路由2003年的180万公里增加到2008年的370万公里，其中高速公路由3万公里增加到6万公里。\n二、2009年工作安排\n信贷规模与去年大体持平，物价涨幅控制在4%以内。2010年的计划，要求工业增加值的增长速度由今年预计的4%提高到5%。从2009年开始，在五年内，农民收入增长50%。石油产量保持近两年的水平；发电量增加300亿度。');

-- 百分之十五到二十 is a range; a middle dot between digits is a decimal
-- point; 万 before a people noun, or after 人数, counts people; 倍多 is over;
-- ○ is a zero (一九八○年).
SELECT mention, value, unit, low, high, qualifier
FROM extract_metrics('增长百分之十五到二十。全年增长19·5％。扫除300万青壮年文盲。参保人数增加1753万。储蓄增长1倍多。');
SELECT zh_number('一九八○'), zh_number('19·5');

-- A report with the front matter of today's national reports (written for
-- this test): the session (第十四届…第三次) gives the report year, 2025;
-- last year's outcomes and this year's targets and budget.
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——在第十四届全国人民代表大会第三次会议上\n\n各位代表：\n\n一、2024年工作回顾\n\n过去一年，国内生产总值增长5%。城镇调查失业率平均为5.1%。居民消费价格上涨0.2%。粮食产量首次超过1.4万亿斤。\n\n二、2025年经济社会发展总体要求和政策取向\n\n今年发展的主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右。\n\n赤字率拟按4%左右安排，赤字规模5.66万亿元，比上年增加1.6万亿元。拟安排地方政府专项债券4.4万亿元。');

-- A paragraph that opens with a span of years (过去五年，…) speaks of the
-- span in each of its sentences: no single year (written for this test).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——在第十四届全国人民代表大会第一次会议上\n\n各位代表：\n\n一、过去一年和五年工作回顾\n\n过去一年，国内生产总值增长3%。\n\n过去五年，国内生产总值增加到121万亿元，十年增加近70万亿元。9899万农村贫困人口全部脱贫。常住人口城镇化率从60.2%提高到65.2%。');

-- An attribute alone (规模, 总量, 增速) names what the sentence named before;
-- 全年 at a name's end goes.
SELECT indicator, mention
FROM extract_metrics('研发经费投入增长14.2%，规模达到2.79万亿元。中央对地方转移支付增加1.5万亿元、规模近9.8万亿元，增长18%。城镇调查失业率全年控制在5.5%以内。');

-- A part of years to come (“十四五”时期): its figures have no single year,
-- but a level to be reached is the plan's aim for its last year (written
-- for this test).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——在第十三届全国人民代表大会第四次会议上\n\n各位代表：\n\n一、2020年工作回顾\n\n过去一年，国内生产总值增长2.3%。\n\n二、“十四五”时期主要目标任务\n\n“十四五”时期，城镇调查失业率控制在5.5%以内。全社会研发经费投入年均增长7%以上。常住人口城镇化率提高到65%。单位国内生产总值能耗降低13.5%。\n\n三、2021年主要目标任务\n\n今年发展主要预期目标是：国内生产总值增长6%以上。');

-- Round 9 (doc/metrics.md): 为1997年的2.9倍 compares with 1997 (the figure
-- is of its own year); this year's budget quoted in a review with a word of
-- the future (今年…将达) is a target; in a plan part the level a change
-- starts from (由20元提高到40元) is last year's; money budgeted with no name
-- takes the one the next clause gives (…，增加对…的转移支付); a name over 12
-- characters keeps its head after 的; one word that names nothing (严守)
-- leaves the name to the noun after the number (written for this test).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'各位代表：\n一、过去五年工作回顾\n2002年企业实现利润2400亿元，为1998年的2.5倍。今年中央财政预算用于这项改革的资金将达300亿元。\n二、2003年工作安排\n今年补助标准由20元提高到40元。中央财政还将安排100亿元，增加对产粮大县的转移支付。九年义务教育、基本扫除青壮年文盲的人口地区覆盖率达到92%。严守18亿亩耕地红线。');

-- A name in quotes after the number is a noun (11处“智慧警务驿站”, 8家
-- “瞪羚”企业), with no predicate cut inside the quotes; a quote still open
-- after 20 characters is no name: the noun ends before it; 基本建成 after
-- the noun is its predicate.
SELECT mention, indicator
FROM extract_metrics('推动11处“智慧警务驿站”建设。新增8家“瞪羚”企业。新建12个项目基本建成。建成3处全国“示范型退役军人服务中心站点和驿站及其他各类场所”。');

-- Money budgeted with no name, followed by a short clause that opens with
-- a verb (直接补贴种粮农民), is named by it; 同期 and 则 open and end no
-- name, so 去年同期则完成24% takes the name before.
SELECT mention, indicator
FROM extract_metrics('中央财政安排100亿元，直接补贴种粮农民。基本建设投资完成年计划27%，去年同期则完成24%。');

-- 一年来 is the past year, no span (十一年来 is); in a review of one year
-- and five (过去一年和五年工作回顾) its year comes from the sentence before
-- (written for this test).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——在第十五届全国人民代表大会第一次会议上\n各位代表：\n一、过去一年和五年工作回顾\n2027年是重要一年。一年来，国内生产总值增长5.3%。十一年来，粮食产量增加20%。\n二、对今年政府工作的建议\n今年发展主要预期目标是：国内生产总值增长5%左右。');

-- A word of change of one character counts only right before the number
-- (比上年高4.7个百分点), not inside other words (高铁, 少数民族, 多种).
SELECT mention, indicator, change
FROM extract_metrics('其中高铁5.1万公里。少数民族干部14万人。多种经营收入50亿元。增长率比上年高4.7个百分点。粮食增产100亿斤。');

-- A part titled …的五年 reviews the five years before the report's; in it,
-- what was built over the span has no year even after a sentence that names
-- one (written for this test).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'各位代表：\n一、改革开放取得伟大成就的五年\n人民生活进一步提高。1992年同1987年相比，城镇居民人均收入增加910元，达到1826元。城镇新建居民住宅9.2亿平方米。\n二、1993年的任务\n国民生产总值增长6%。');

-- Timeless facts of the nation, also in a plan part: hundreds of millions
-- of a mass of people (动员三亿多农村劳动力), its 56个民族 (outcomes of no
-- year); the share of its people (我国人口80%以上在农村) is its state now
-- (the report's year), but not a share of something else (占全国人口65%
-- 的地区).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'各位代表：\n一、1980年工作回顾\n粮食增产。\n二、1981年的任务\n要动员三亿多农村劳动力，发展多种经营。我国人口80%以上在农村。中国56个民族团结奋斗。占全国人口65%的地区普及小学教育。粮食产量增长4%。');

-- A stop word of one content character inside a word ends no noun (45种
-- 主要产品: 要 of 主要); 以及 is a stop of its own.
SELECT mention, indicator
FROM extract_metrics('完成计划的有45种主要产品。192个重点国有企业以及地方企业改制。');

-- Two neighbouring digits before a unit are a rough range (七八个百分点 is
-- 7 to 8, not 78); before a digit, a month or years they are not.
SELECT mention, value, low, high, unit, qualifier
FROM extract_metrics('增加七八个百分点。增长三四倍。一二九运动。三四月份。五六年时间。七八十万吨。');

-- A review of last year and this year so far (2019年和今年以来工作回顾, the
-- form of a report given in May): its part is review, and 今年以来 gives the
-- report's year, no span (written for this test).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n各位代表：\n一、2019年和今年以来工作回顾\n过去一年，国内生产总值增长6.1%。\n今年以来，为市场主体减负超过2500亿元。\n二、今年发展主要目标和下一阶段工作总体部署\n城镇新增就业900万人以上。');

-- Brackets that do not pair inside a name (written for this test): a list
-- number opens it; a remark began before it (the name is what follows the
-- remark, else what stands before it); the figure stands inside a remark
-- (每人… leaves the name before it).
SELECT mention, indicator
FROM extract_metrics('全省基建（包括工业、交通各方面的基建）的投资共有50亿元。（一）农业支出为3亿元。钢材（不包括进口钢材，下同）增加了20万吨。农民的平均收入（每人90元）继续增加。');

-- A stating verb before a year is no part of the name, tagged a noun or
-- not (计划规定一九六零年…); 已经 before 有 leaves nothing of itself.
SELECT mention, indicator, year
FROM extract_metrics('计划规定一九六零年钢的产量增长百分之十。在去年，已经有三十个县达到了要求。');

-- Levels a plan required, alone or as a list of the same unit before
-- 的要求/的指标, are targets; reached in a year of the review, they are of no
-- year.  A sentence opening with 其中 speaks of the parts of the year the
-- sentence before named.  The noun after a count (县) is no part of the
-- next figure's name, and an adverb after it (分别) starts a predicate, not
-- a clause describing a noun after 的 (written for this test).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——1958年2月1日在第一届全国人民代表大会第五次会议上\n一、1957年的工作\n在一九五七年，全国已经有三十个县分别达到了纲要所提出的每亩生产小麦三百斤、四百斤的要求。\n二、第二个五年计划\n到一九六二年，钢产量将达到一千万吨。其中，合金钢将达到一百万吨。');

-- Clauses around a name (written for this test): an adverb and a verb
-- before 的 describe the name after it (国家已登记的商标 is no 国家); a
-- figure opening its clause before a modal (80%以上可以…) is named by the
-- clause before; 相当于…的2倍 names the base, not the figure; 要使 leaves
-- the name to the noun after the number.
SELECT mention, indicator
FROM extract_metrics('1980年国家已登记的商标500项。原定今年建成的工厂，80%以上可以按期投产。五年共引进外资100亿美元，相当于前十年总和的2倍。要使全国90%以上的乡镇通上电话。');

-- A span may start with a season (从一九五七年冬季开始 → no year); the clause
-- before names a figure when it ends in nouns after 的 joined by 和
-- (written for this test).
SELECT mention, indicator, year
FROM extract_metrics('从一九五七年冬季开始，全国增加灌溉面积五亿亩。同我国建立经济关系的国家和地区，已经有九十三个。');

-- 每年 before a figure of its clause: a yearly amount of the years to come,
-- of no one year; 每人每年 is the basis of a rate (written for this test).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——1988年3月25日在第七届全国人民代表大会第一次会议上\n一、1987年工作回顾\n粮食增产。\n二、1988年的主要任务\n争取每年增产原油300万吨。农民收入每人每年增加50元。');

-- A long share leaves out the whole it is a share of (在…中: the indicator
-- is the text without it); a year inside a name ends the topic before it
-- (written for this test).
SELECT mention, indicator
FROM extract_metrics('生产资料在工业总产值中所占的比重，由1957年的40%上升到45%。在工农业总产值中现代工业所占的比重达到30%。基本建设1980年交付使用的固定资产占投资的比重为80%。');

-- A written year inside a frame (在一九五九年…的基础上) is not the
-- figure's year (written for this test).
SELECT is_target, year, mention
FROM extract_metrics(E'政府工作报告\n——1960年3月30日在第二届全国人民代表大会第二次会议上\n各位代表：\n钢产量要在一九五九年钢产量的基础上再增加三百万吨。');

-- A clause of purpose or basis before the figure's own (为了…的需要, 按照…
-- 的要求) names nothing, though it ends in a noun after 的; the clause
-- before it is tried (written for this test).
SELECT mention, indicator
FROM extract_metrics('为了适应工业发展的需要，今年增长8%。按照全国规划的要求，全年达到500万吨。棉花的亩产量，按照不同的情况，分别达到四十斤、六十斤。');

-- A report given late in its year reviews that year: its review speaks of
-- 今年 more than twice as often as of 去年, and its outcomes without a year
-- are of the report's year (written for this test).
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——1981年11月30日在第五届全国人民代表大会第四次会议上\n各位代表：\n（一）工作回顾\n粮食增产。今年工业生产回升。今年财政收支基本平衡。今年物价稳定。糖料产量将比去年增长10%以上。\n（二）今后经济建设的方针\n明年钢产量达到3500万吨。');

-- 世界上年产石油: the 上 ends 世界上, and 年产 is annual output, not 上年; 百分之
-- after 的 is a number, no noun; 不到十个 is a count with its bound (written
-- for this test).
SELECT mention, value, qualifier, indicator, year
FROM extract_metrics(E'政府工作报告\n——1981年11月30日在第五届全国人民代表大会第四次会议上\n各位代表：\n一、今后的主要任务\n世界上年产石油一亿吨以上的国家不到十个。共有三千万亩棉田，占棉田总面积八千万亩的百分之四十。');

-- Targets and outcomes of round 12 (written for this test): a sentence that
-- opens with 预计 gives outcomes, also after 将 and a colon; a supposition
-- with its consequence (如果…就可以) is neither planned nor reached, and of
-- no year, but 如果把…除外，则 only says how a real figure is counted; a
-- figure inside a frame (在一九五八年增产…的基础上) has the frame's year and
-- the one after it the plan's; an aim said to be reached (提前实现了…目标) is
-- an outcome; 8%的预定目标 is an aim.
SELECT is_target, year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——1959年4月18日在第二届全国人民代表大会第一次会议上\n各位代表：\n一、1959年的主要任务\n预计到1959年底，各种经济成分所占的比重将变化如下：国营占90%，合作社营占10%。如果能够加速资金周转，就可以节省出70亿元。如果把不可比的因素除外，则本年收入实际增长15%。要在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加三千亿斤。\n二、过去的工作\n已经提前实现了钢产量翻一番的目标。国内生产总值增长7.8%，略低于8%的预定目标。');

-- 百分之二、三 is a rough range (2 to 3 %); a name that is only a time (到去年
-- 十一月) is none, and the clause before names the figure; a year inside a
-- name takes 上半年 with it (written for this test).
SELECT mention, low, high, qualifier, indicator
FROM extract_metrics('如果能够加速周转，减少百分之二、三的占用量。某厂一九五七年上半年出勤率总是提不高，到去年十一月已经提高到百分之九十九。');

-- In a review of several years, a clause of a paragraph's first sentence
-- that opens with a year frames the paragraph (在刚刚过去的1987年，…); a year
-- that starts a span (1983年以后，…) frames nothing (written for this test).
SELECT year, indicator, mention
FROM extract_metrics(E'政府工作报告\n——1988年3月25日在第七届全国人民代表大会第一次会议上\n各位代表：\n一、过去五年的工作回顾\n这里要指出的是，在刚刚过去的1987年，经济继续发展。粮食总产量增加109亿公斤。\n1983年以后，钢产量增加了2000万吨。\n');

-- 使 before a name says what is made to change; it is no part of the name
-- (使钢产量由…增长到…); 使用 is a word of its own (written for this test).
SELECT mention, indicator
FROM extract_metrics('增产钢铁，使钢产量由535万吨增长到1108万吨。使用率达到90%。');

-- An aim the clause says was not done is still the aim (没有完成…减少2%的
-- 目标); one said done is an outcome (written for this test).
SELECT is_target, mention
FROM extract_metrics(E'各位代表：\n一、2006年工作回顾\n但没有完成年初确定的排放总量减少2%的目标。实现了粮食增产5%的目标。');

-- A paragraph the outline reads as targets under a plan part has the part's
-- year, not the report's (written for this test, after 1980's report, which
-- plans for 1981 in its second part).
SELECT is_target, year, mention
FROM extract_metrics(E'——1980年8月30日在第五届全国人民代表大会第三次会议上\n各位代表：\n一、国民经济取得了新的进展\n1979年粮食产量比上年增长9％。\n二、1981年国民经济计划的任务和主要指标\n1981年发展国民经济的主要任务，是继续调整。\n劳动就业，在城镇安排600万人。\n人民生活，农民收入将增加近100亿元。城镇居民收入将增加四十多亿元。');

-- 少于 and 小于 bound from above, 多于 and 高于 from below; 不少于 stays
-- at_least (written for this test).
SELECT mention, value, qualifier
FROM extract_metrics('力争财政赤字少于三十亿元。误差小于5%。增速高于8%。参加人数多于300人。播种面积不少于16亿亩。');

-- A figure in the condition of a supposition (如果…降低１％，就…) is supposed
-- too; 只要 supposes its condition and a 就可以, but its 就一定能够实现… is the
-- year's aim (written for this test).
SELECT is_target, year, mention
FROM extract_metrics(E'各位代表：\n一、2012年的主要任务\n工业企业的生产成本只要降低１％，一年就可以增加收入二十亿元。如果粮食减产5%，就要进口。只要我们共同努力，就一定能够实现国内生产总值增长7%的目标。');

-- 翻两番 with no year is the nation's quadrupling: by 2000 in the reports of
-- 1981-2002, by 2020 after; a year written decides.  A part of a five-year
-- plan that began before the report (第六个五年计划 in 1982) speaks of the
-- plan's span: its figures without a year have none (written for this test).
SELECT is_target, year, mention
FROM extract_metrics(E'——1982年11月30日在第五届全国人民代表大会第五次会议上\n各位代表：\n一、第六个五年计划的基本任务\n力争工农业年总产值翻两番。固定资产投资总额计划为三千六百亿元。到一九八五年，粮食产量达到三亿六千万吨。');
SELECT year, mention
FROM extract_metrics(E'2006年国务院政府工作报告\n各位代表：\n一、2006年的主要任务\n确保实现国内生产总值翻两番。到2010年人均国内生产总值翻一番。');

-- 本年 after a year written in its clause is that year (１９５５年本年收入);
-- one in a later clause is the report's; 上年结转收入 is an item of the
-- budget, of its year, not the year before (written for this test).
SELECT is_target, year, mention
FROM extract_metrics(E'关于１９５５年国家决算和１９５６年国家预算的报告\n各位代表：\n一、１９５５年国家决算\n１９５５年本年收入合计２７２亿元，加上上年结转收入３１亿元。\n二、１９５６年的国家预算\n１９５６年国家预算规定，本年收入共为２９７亿元，上年结转收入１０亿元，收入总数共为３０７亿元。根据１９５５年的提案，国家已经在本年对７个项目免税。');

-- A span inside a frame that closes before the figure is the frame's: the
-- figure after it has the part's year (written for this test).
SELECT year, mention
FROM extract_metrics(E'各位代表：\n一、2011年工作回顾\n油料在连续三年大增产的基础上，又增长17%左右。五年来粮食增产8%。');

-- 从一九五三年到一九八○年的二十八年中: the span's length after 的 is no
-- level; the span is past, so its figure is an outcome, but a later clause
-- with its own cue (六五计划期间要求) plans (written for this test).
SELECT is_target, year, mention
FROM extract_metrics(E'——1982年11月30日在第五届全国人民代表大会第五次会议上\n各位代表：\n一、第六个五年计划的基本任务\n从一九五三年到一九八○年的二十八年中，农业总产值平均每年递增的速度是百分之三点四，六五计划期间要求每年递增百分之四到五。');

-- 现在 / 目前 speaks of now to the sentence's end, beyond the 40-character
-- window: the figures after it are of the report's year, outcomes; the
-- levels before a change to now are of no year; not 实现在 or 体现在
-- (written for this test).
SELECT is_target, year, mention
FROM extract_metrics(E'各位代表：\n一、1981年的主要任务\n全国小铁厂由四百六十六个减少到现在的二百七十六个，保留的小铁厂加强了管理，结果炼铁焦比由九百五十公斤降到七百零五公斤，生铁成本由三百零三元降到二百四十三元。成效将体现在钢产量增长5%。');

-- Names of round 13 (written for this test): the object of 把 is the
-- measured thing; 结果 and 有些时期/有些地方 are frames, 多达 a predicate;
-- a 比 that ends a noun (焦比由…) is no baseline; 到现在的 before the level
-- after a change leaves the name of the level before.
SELECT mention, indicator
FROM extract_metrics('为实现本世纪末把我国人口控制在十二亿以内的目标。结果炼铁焦比由九百五十公斤降到七百零五公斤。有些时期有些地方票证多达几十种。全国小铁厂由四百六十六个减少到现在的二百七十六个。');

-- A clause before that says a change names its subject, the words before
-- its predicate: 钢产量有较大增长，比上年增长… → 钢产量 (written for this test).
SELECT mention, indicator
FROM extract_metrics('钢产量有较大增长，比上年增长百分之四点六。大家畜的数量有比较快的发展，合计比上一年增长百分之四点六。工农业生产总值不仅没有下降，而且将比上年增长３％以上。');

-- A long name that opens with verbs and 了 names what follows them (written
-- for this test).
SELECT mention, indicator
FROM extract_metrics('顺利完成了计划，提前实现了本世纪末国民生产总值翻两番的目标。扩大和改善了灌溉面积６５００万亩。停建、缓建了大中型项目295个。');

-- A report given late in its year plans for the next: a plan part's figures
-- without a year are of the next year; an outcome stated there is of now
-- (written for this test).
SELECT is_target, year, mention
FROM extract_metrics(E'政府工作报告\n——1981年11月30日在第五届全国人民代表大会第四次会议上\n各位代表：\n（一）工作回顾\n粮食增产。今年工业生产回升。今年财政收支基本平衡。今年物价稳定。糖料产量将比去年增长10%以上。\n（二）今后经济建设的方针\n要求社会商品零售总额增长８％。世界上年产石油一亿吨以上的国家不到十个。');

-- 从今年一月到九月 names months of this year, not a source (从去年超收收入中)
-- (written for this test).
SELECT year, mention
FROM extract_metrics(E'2012年政府工作报告\n各位代表：\n一、2012年的工作\n全国查处的案件从今年一月到九月共有十三万件。从去年超收收入中安排200亿元。');

-- A share whose clause opens with 占 is of the thing named before it, not of
-- its whole; 占 inside a name stays (written for this test).
SELECT mention, indicator
FROM extract_metrics('各项税收为１３９亿元，占本年预算收入的４７．０２％。用于社会文教事业的支出，共占本年支出的１０．８７％。研发经费占国内生产总值的比重为2.5%。');

-- 由/从 cut a name only when a level follows (由人均600元提高到720元: 人均 may
-- stand between); 从集体分得的收入 is part of the name; 只 and 总共 are
-- predicate words (written for this test).
SELECT mention, indicator, is_target, year
FROM extract_metrics(E'2009年政府工作报告\n各位代表：\n一、2008年工作回顾\n农民每人平均从集体分得的收入总共只增加了10.5元。\n二、2009年的主要任务\n将农村部分计划生育家庭奖励扶助标准由人均600元提高到720元。');

-- 原定的煤炭产量的指标是…: the target of a named thing is named by the
-- thing; a year's target (一九五七年的指标) keeps its words (written for this
-- test).
SELECT mention, indicator
FROM extract_metrics('国家给他们原定的煤炭产量的指标是二百八十五万吨。还超过了第一个五年计划所规定的一九五七年的指标百分之一点二。');

-- A record within a span (近年来首次, 十年来最高) is no span: the figure is
-- of its year; a 分别 list's last item ends before its predicate (written
-- for this test).
SELECT mention, indicator, year
FROM extract_metrics(E'2008年政府工作报告\n各位代表：\n一、2007年工作回顾\n化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14％和4.66％。五年来粮食增产8%。');

-- A basis alone (每人平均) names nothing when the clause before names the
-- thing; with a figure in the clause before, it stays (written for this
-- test).
SELECT mention, indicator
FROM extract_metrics('1979年农民从集体分得的收入，每人平均达到83.4元。全国一亿二千万农户，按年底存栏数平均每户一头半。');

-- 在今年内, 在明年 frame the figure in time: no part of its name (written
-- for this test).
SELECT mention, indicator
FROM extract_metrics('燃料工业的建设项目，在今年内可以建设完工的有五十二个。在今年进行建设的限额以上的项目共有一千零九十二个。');

-- Round 15's rules (written for this test): 为１９５５年的９８．８８％ has its
-- year as a baseline; what 往往 holds is a general fact; 三千六百万的少数民族
-- 人口 counts people; 条约 is no 约; 达到或略高于 is at_least; an estimate said
-- in the sentence holds for the clauses after it with no plan word, not one
-- of a baseline (比1980年预计); a paragraph a past year frames reviews it,
-- also in a plan part.
SELECT mention, qualifier, unit, is_target, year
FROM extract_metrics(E'关于１９５５年国家决算和１９５６年国家预算的报告\n各位代表：\n一、１９５６年的国家预算\n农业税收入为３０亿元，为１９５５年的９８．８８％。良种的经济效益往往是研究经费的几十倍。１９５６年社会商品零售总额预计将达到４６０亿元，比上年增长１５％。粮食产量比1955年预计增加3%。参加国际条约187个。经济增长达到或略高于10%。\n在一九五五年，少数民族的文化有了跃进。在全国的三千六百万的少数民族人口中，学生总数达到三百五十一万人。');

-- A share of the plan met (完成年度计划的１０２％) is the thing's, and so is
-- the figure after it; 条约 is a whole word at a name's end (written for
-- this test).
SELECT mention, indicator
FROM extract_metrics('粮食总产量达到３６８０亿斤，完成年度计划的１０２％，比１９５４年增长９％。我国缔结或者参加国际条约187个。');

-- Hundreds of millions of peasants or workers are a timeless fact of the
-- nation, unless a time is said with them (目前…每天有近一亿劳动力) (written
-- for this test).
SELECT mention, is_target, year
FROM extract_metrics(E'一九五八年政府工作报告\n各位代表：\n一、一九五八年的任务\n动员三亿多农村劳动力。目前全国每天有近一亿劳动力参加农田水利的建设。');

-- 1978、1979两年: a span of the years written, not the year 1979 (written
-- for this test).
SELECT mention, year
FROM extract_metrics(E'1980年政府工作报告\n各位代表：\n一、1979年工作回顾\n粮食产量达到33，212万吨，1978、1979两年共增产粮食4，900多万吨。');

-- 现在, 目前 and 大大 lead no name (written for this test).
SELECT mention, indicator
FROM extract_metrics('现在日产量已经达到一千二百多吨。目前由市场决定价格的比重扩大到百分之八十左右。基本建设投资比上年增长７．３％，大大低于１９８５年增长４４．６％的速度。');

-- A year before 比 may leave out its 年 (一九八○比一九七五年): it dates the
-- figure and is no part of its name (written for this test).
SELECT mention, indicator, year
FROM extract_metrics(E'1986年政府工作报告\n各位代表：\n一、过去五年的回顾\n财政收入1980比1975年增加226亿元。');

-- A look back frames every part of a sentence only when it opens it (五年来，…；…);
-- one in a later clause leaves the next part its year (written for this
-- test).
SELECT mention, year
FROM extract_metrics(E'1998年政府工作报告\n各位代表：\n一、过去五年的工作回顾\n城乡居民收入显著增加。\n1997年，城镇居民人均可支配收入达到5160元，五年来年均实际增长6％；农村居民人均纯收入达到2090元。五年来，粮食增产8％；棉花增产5％。');

-- In a plan part, a count inside 在…中， is the set the clause counts in, a
-- fact; a sentence that opens on what was done (已于, 已经) reports it in
-- its later clauses that say 了 and no plan word (written for this test).
SELECT mention, is_target
FROM extract_metrics(E'1958年政府工作报告\n各位代表：\n一、一九五八年的任务\n在本年的４６种主要工业产品中，有２８种要达到原定水平。代表团已于今年一月在莫斯科签订了协定，并且议定了一百二十二项重大合作项目。在执行中争取达到百分之五。');

-- 减轻 is a predicate, no part of the name (written for this test).
SELECT mention, indicator
FROM extract_metrics('试点地区农民负担平均减轻30%。');

-- A clause that says again the change the clause before said of a thing is
-- of that thing (written for this test).
SELECT mention, indicator
FROM extract_metrics('要逐年适当增加中央预算内经常性建设投资，今年拟先增加50亿元。逐步降低农业税税率，平均每年降低1个百分点以上。');

-- 十几万人 is a quantity (not 几万 after a lone 十); 一百几十亿元 is 100亿
-- and more (round 17, written for this test).
SELECT mention, value, unit, qualifier
FROM extract_metrics('还会有一百几十亿元的赤字。组织了十几万人。');

-- A span of years may have a space before its end (2003年到 2007年); a
-- vague length before 的 (酝酿多年的改革) is how long a thing took, not the
-- figure's span; a mass of people after 以上 (十亿以上人口) is the nation's
-- state, no target (round 17, written for this test).
SELECT mention, is_target, year
FROM extract_metrics(E'政府工作报告\n各位代表：\n一、2003年工作回顾\n酝酿多年的农村信用社改革开始在8个省试点。2003年到 2007年，转移支付累计4.25万亿元。\n二、2004年工作任务\n十亿以上人口的生活又要不断改善。粮食产量要达到9000亿斤。');

-- A part of the years of a five-year plan and of a vision (“十四五”时期…
-- 和2035年远景目标): levels are the plan's last year's, not the vision's
-- (round 17, written for this test).
SELECT mention, is_target, year
FROM extract_metrics(E'政府工作报告\n——在第十三届全国人民代表大会第四次会议上\n各位代表：\n一、2020年工作回顾\n国内生产总值增长2.3%。\n二、“十四五”时期主要目标任务和2035年远景目标\n“十四五”时期，森林覆盖率提高到24.1%。到2035年，人均国内生产总值达到中等发达国家水平。\n三、2021年重点工作\n今年国内生产总值增长6%以上。');

-- A noun after the year compared with (比上年产值增长) is what changed; the
-- baseline is the year; a year's estimate or plan (比上年预计) stays the
-- baseline. 经济 before 增长 names the growth (round 17, written for this
-- test).
SELECT mention, indicator, baseline
FROM extract_metrics('1979年比上年产值增长14.9％，利润增长33％。今年比去年同期工业产值增长10%。粮食产量比上年预计增长2%。去年经济增长8.8％。');

-- A five-year plan that ended before the report, named in the figure's
-- sentence, makes its figures a look back: outcomes of no year; one named
-- after 比 is a baseline only (round 17, written for this test).
SELECT mention, is_target, year
FROM extract_metrics(E'1958年政府工作报告\n各位代表：\n一、一九五八年的计划\n以第一个五年计划期间的总投资额计算，非生产性建设的投资比重占百分之二十三点四。第二个五年计划期间，钢产量要比“一五”期间增加百分之八十。');

-- The counted thing after the number ends before a preposition or an
-- adverb (专家对…, 专家经过…); a 在 phrase of time after the subject is no
-- part of the name, a verb's 在 is (稳定在) (round 17, written for this
-- test).
SELECT mention, indicator
FROM extract_metrics('组织2000多位专家对若干战略问题进行研究。几千名专家经过几年反复研究。英国的煤产量在二十世纪初期曾经两次接近三亿吨。征购量稳定在１９５２年的３８８亿斤。农业税稳定在１９５２年夏征和秋征总额３８８亿斤细粮的水平上。');

-- A part of the year already past (第一季度, 上半年) named in the sentence of
-- a plan part, with no plan word after it, reports what happened (round 17,
-- written for this test).
SELECT mention, is_target, year
FROM extract_metrics(E'1956年政府工作报告\n各位代表：\n一、1956年的计划\n第一季度已经开工的工程件数比去年同期增长６２％。钢产量要增长２０％。下半年要完成投资的６０％。');

-- 或者更多一些 after a number: at least it (the words stay out of the
-- mention); a supposition keeps the year it writes; who gives is no part
-- of a long name of what is given (各方面对教育事业的投入) (round 17,
-- written for this test).
SELECT mention, qualifier, year, indicator
FROM extract_metrics(E'1993年政府工作报告\n各位代表：\n一、过去五年的回顾\n五年来国家财政和社会各方面对教育事业的投入达３２００亿元。\n二、今年的任务\n今年全社会固定资产投资预定增长10％或者更多一些。如果不采取措施，１９９３年还会有一百几十亿元的赤字。');

-- An aim named after a list (A降低4%左右、B减少2%的目标) is every item's;
-- １９８７年来华 is a year and a visit, not "since 1987"; a share of a whole
-- written with 占 keeps its whole (round 17, written for this test).
SELECT mention, is_target, year, indicator
FROM extract_metrics(E'2007年政府工作报告\n各位代表：\n一、2006年工作回顾\n全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。１９８７年来华旅游入境总人数达到２６９０万人次。轻工业产值占工业总产值的比重由44％提高到45％。');

-- A bound before the whole a share is of bounds the share (接近…的百分之五十,
-- 不超过正税的２２％); 五年平均 averages over a span, 年平均工资 names a
-- measure (round 17, written for this test).
SELECT mention, qualifier, year, indicator
FROM extract_metrics(E'1993年政府工作报告\n各位代表：\n一、今年的任务\n在校学生已接近高中阶段学生人数的百分之五十。地方附加不超过正税的２２％。五年平均人口自然增长率控制在千分之十三左右。职工年平均工资达到2000元。');

-- 预计今年 in the plan of a report given early in its year forecasts its
-- budget: a target; in a report given late in its year it estimates what is
-- nearly done (written for this test, in the form of the 2024 report).
SELECT mention, indicator, is_target, year
FROM extract_metrics(E'政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n一、2023年工作回顾\n脱贫县农村居民人均可支配收入增长8.4%。\n二、2024年经济社会发展总体要求和政策取向\n预计今年一般公共预算支出规模28.5万亿元，比上年增加1.1万亿元。');

-- The rate in force (现行16%的增值税税率) is now's level, named by the noun
-- after it; the same change said again with other words (下调…比例，各地可
-- 降至16%) names what the clause before changed; 各地 is no name (written
-- for this test, in the form of the 2019 report).
SELECT mention, indicator, is_target, year
FROM extract_metrics(E'政府工作报告\n——2019年3月5日在第十三届全国人民代表大会第二次会议上\n各位代表：\n一、2018年工作回顾\n国内生产总值增长6.6%。\n二、2019年政府工作任务\n将制造业等行业现行16%的增值税税率降至13%。下调城镇职工基本养老保险单位缴费比例，各地可降至16%。');

-- A quota of people named before a bare 万 (裁减军队员额20万) counts people;
-- the name is the words before (round 17, written for this test).
SELECT mention, value, unit, indicator
FROM extract_metrics('确保完成裁减军队员额20万等各项任务。');

-- A word that names no thing of its own (投资, 总产值, 产量) takes the topic
-- the clause before names (the subject of a clause that says a change:
-- 粮食连续四年增产，…产量); the words between are left out, also when a
-- later figure reuses the name (round 17, written for this test).
SELECT mention, indicator
FROM extract_metrics('交通运输和邮电通信建设，五年投资二百九十八亿元。在手工业方面，１９５６年的全国总产值将比１９５５年增长１６．２％。海洋和淡水的渔业生产，一九五九年的产量达到五百零二万吨，比一九五七年增加了一百九十万吨。全国粮食连续四年增产，2007年产量达到50150万吨。');

-- A bare 百/千/万 after 近 or 上 is one of it (近百亿元 nearly 100亿, 上千种
-- over 1000), not before a span of time (近百年来); 只 counts watches, not
-- the adverb; a head count in the clause just before counts the bare 万 of
-- the next (round 17, written for this test).
SELECT mention, value, unit, qualifier
FROM extract_metrics('还可能增加近百亿元。试制成功上千种新产品。近百年来的历史。表2360万只，只有一半出口。二十九个省的总人口，必须控制在十亿六千万左右。糖260万吨。');

-- In a review of last year, 由上年的 is the year before the one reviewed;
-- a streak in the clause before (粮食连续五年增产，总产量…) is no span of the
-- figure (round 17, written for this test, in the form of the 2009 report).
SELECT mention, year
FROM extract_metrics(E'政府工作报告\n——2009年3月5日在第十一届全国人民代表大会第二次会议上\n各位代表：\n一、2008年工作回顾\n试点城市由上年的88个增加到317个。粮食连续五年增产，总产量10570亿斤。\n二、2009年工作总体部署\n粮食产量要稳定在10000亿斤以上。');

-- 由2002年7703元: a year right before a start level is its year; the years
-- of one pair of levels are no years of the next pair's start or end
-- (round 17, written for this test).
SELECT mention, year
FROM extract_metrics(E'2008年政府工作报告\n各位代表：\n一、过去五年工作回顾\n研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%。城镇居民人均可支配收入由2002年7703元增加到2007年13786元，农村居民人均纯收入由2476元增加到4140元。');

-- Hundreds of millions of peasants are the nation's state, but those who
-- took part in something (有4.1亿农民参加) are a count of that year (round
-- 17, written for this test).
SELECT mention, year
FROM extract_metrics(E'2007年政府工作报告\n各位代表：\n一、2006年工作回顾\n合作医疗试点范围扩大到1451个县，有4.1亿农民参加。我国有八亿农民。');

-- A numeral inside quotes is part of the name after the number (“三提五统”)
-- (round 17, written for this test).
SELECT mention, indicator
FROM extract_metrics('而且取消了700多亿元的“三提五统”和农村教育集资等。410个“两基”攻坚县。');

-- A sentence that opens on the year just past (在过去的一年里) dates its
-- figures; a figure before 的任务 is the task's aim unless the sentence says
-- it was done (已经超额完成) (round 17, written for this test).
SELECT mention, is_target, year
FROM extract_metrics(E'2001年政府工作报告\n各位代表：\n一、当前形势和基本任务\n在过去的一年里，精简整编、减少员额一百万的任务接近完成。人均国民生产总值比1980年翻两番的任务，已经超额完成。');

-- 建成, 开工, 竣工 before the number are predicates, no part of the name; a
-- clause of only such a verb names what the clause before named (written
-- for this test, in the form of the 2015 report).
SELECT mention, indicator
FROM extract_metrics('城镇保障性安居工程住房基本建成511万套，新开工740万套。江河堤防加固工程开工3.5万公里。');

-- A 的 right before the number makes the words before it a modifier of
-- the noun after, which names the figure (符合条件的580户国有大中型企业);
-- not the 的 of a year (一九五三年的三百四十八亿元) (round 17, written for
-- this test).
SELECT mention, indicator
FROM extract_metrics('确定对符合条件的580户国有大中型企业实施债权转股权。把中央财政的400亿元补贴资金用好用活。');

-- People counted with a classifier (名, 位) are named by the noun after
-- them (round 17, written for this test).
SELECT mention, indicator
FROM extract_metrics('全部免除了西部地区和部分中部地区农村义务教育阶段5200万名学生的学杂费。');

-- A part of the year alone (第二季度, １０月份) names nothing: the thing named
-- before grew; a multiple after 是…的 is of a base, named by the sentence's
-- subject; 增长 says again the 提高 of the clause before (round 17, written
-- for this test).
SELECT mention, indicator
FROM extract_metrics('工业总产值第一季度下降０．２％，第二季度增长１．７％，１０月份增长了１０．６％。五年全国公路建设投资12343亿元，是1950年到1997年全国公路建设投资总和的1.7倍。今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。');

-- A long name that opens with who acts and what they did names what they
-- acted on (国务院各部门取消和调整行政审批项目); the agent alone stays
-- (中央财政科技投入) (round 17, written for this test).
SELECT mention, indicator
FROM extract_metrics('国务院各部门取消和调整行政审批项目692项。今年中央财政科技投入1461亿元。');

-- A year written before the 由 of a start level dates the change: the start
-- is the year before's level; not when a comparison frames the sentence
-- (１９８６年同１９７８年相比，…由３４８０亿元增加到) (round 17, written for
-- this test).
SELECT mention, year
FROM extract_metrics(E'2003年政府工作报告\n各位代表：\n一、过去五年工作回顾\n1998年，国务院组成部门由40个减少到29个。');

-- 百分之几十: over ten percent, the stated base (round 17, written for this
-- test).
SELECT mention, value, unit, qualifier
FROM extract_metrics('成本降低了百分之几十。百分之几的人。');

-- A fund after the number that names nothing of its own takes the purpose
-- after it (资金支持再就业) (round 17, written for this test).
SELECT mention, indicator
FROM extract_metrics('今年中央财政安排109亿元资金支持再就业，比上年增加26亿元。');

-- Spaced digits keep their space before 多 (3 0 0 多个); 裁员 is a head count
-- (军队裁员１００万) (round 17, written for this test).
SELECT mention, value, unit, qualifier
FROM extract_metrics('3 0 0 多个城市建立了居民最低生活保障制度。军队裁员１００万的任务已经完成。');

-- A 分别 item of one or two characters shares the last item's head
-- (城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入; 中、高等 → 中等), also
-- when a later series of the list reuses the names (round 17, written for
-- this test, in the form of a provincial report).
SELECT mention, indicator
FROM extract_metrics('城镇、农村居民人均可支配收入分别增长4.9%、7.1%。中、高等职业教育在校生分别达到2000万人和861万人。用于科技、教育和文化事业的支出分别为774亿元、536亿元和123亿元，比上年增长29.2%、39.4%和23.1%。');

-- In a paragraph that looks back over five years, a sentence that opens
-- with 全年 speaks of the last of them (written for this test, in the form
-- of the 2013 report).
SELECT mention, year
FROM extract_metrics(E'政府工作报告\n——2013年3月5日在第十二届全国人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n过去五年，城镇新增就业5870万人。全年中央财政用于“三农”的支出1.23万亿元。');

-- In a review, the figure right after 原定 is the plan's: a target of the
-- year reviewed (written for this test, in the form of the 2020 report).
SELECT mention, is_target, year
FROM extract_metrics(E'政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n各位代表：\n一、2019年和今年以来工作回顾\n减税降费2.36万亿元，超过原定的近2万亿元规模。\n二、今年发展主要目标\n城镇新增就业900万人以上。');

-- In a part of a five-year plan that begins with the report's year (“十三五”
-- 时期主要目标任务, 2016), a level to be reached is the plan's last year's
-- (a change over it keeps the part's year); an item of a 分别 list that is a
-- whole word (能耗) keeps its own name (written for this test, in the form
-- of the 2016 report).
SELECT mention, indicator, is_target, year
FROM extract_metrics(E'政府工作报告\n——2016年3月5日在第十二届全国人民代表大会第四次会议上\n各位代表：\n一、2015年工作回顾\n国内生产总值增长6.9%。\n二、“十三五”时期主要目标任务和重大举措\n常住人口城镇化率达到60%。单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。\n三、2016年重点工作\n国内生产总值增长6.5%—7%。');

-- A word said again counts only as a whole word: the 出口 inside 进出口总额
-- does not make 其中出口 a repeated verb (written for this test, in the form
-- of the 2025 report).
SELECT mention, indicator
FROM extract_metrics('进出口总额43.8万亿元，增长5%，其中出口增长7.1%。');

-- Items of up to four characters share the last item's head too
-- (城镇居民和农村居民人均可支配收入…分别为, 鄱阳湖、洞庭湖还湖面积); 可支配收入
-- is one noun (round 17, written for this test).
SELECT mention, indicator
FROM extract_metrics('城镇居民和农村居民人均可支配收入年均增长分别为5.4%和8.7%。其中鄱阳湖、洞庭湖还湖面积分别达到880平方公里和600平方公里。');

-- A name still over 12 characters keeps its last whole words (8
-- characters at most): the owner or scope before the head stays in the
-- sentence; a share written with 占 keeps both sides; a tail opening with
-- an attribute (总数) keeps the word before it; words that name people
-- (城乡居民) are whose it is and are kept (round 21, written for this test).
SELECT mention, indicator
FROM extract_metrics('城乡居民人民币储蓄存款余额8.7万亿元。国有及国有控股工业企业实现利润2392亿元。国债余额占国内生产总值比重20%左右。各级国家机关工作人员总数减少幅度为25%左右。');

-- The level before a change may carry its basis, 每人每年 too: in a plan it
-- is now's level, an outcome of the year before (round 21, written for
-- this test in the form of the 2008 report).
SELECT mention, is_target, year
FROM extract_metrics(E'政府工作报告\n——2008年3月5日在第十一届全国人民代表大会第一次会议上\n各位代表：\n一、过去五年政府工作回顾\n国内生产总值增长11.4%。\n二、2008年工作总体部署\n今年要将新型农村合作医疗筹资标准由每人每年50元提高到100元。');

-- Money or a share followed right away by 用于/支持/帮助 is named by what
-- it goes to when the words before name no thing (a payer, a budget verb);
-- a payer's money may say it after a comma; 解决…问题 and the verbs between
-- are left off (round 21, written for this test in the form of the
-- 2007-2024 reports).
SELECT mention, indicator
FROM extract_metrics('国家财政安排32.5亿元帮助解决北方农村中小学取暖问题。中央财政安排51亿元，用于支持地方加强公共卫生服务。一九五八年国家投资共二十二亿元，其中约有三分之二将用于铁路建设。交通运输建设，五年投资二百九十八亿元，主要用于铁路和港口建设。');

-- A total alone before the number with 的 after it sizes the noun after;
-- a verb that is also the measure (收入, 支出) names the figure with its
-- subject, 共 left out; a total (共计) alone reuses the name before
-- (round 21, written for this test in the form of the 1956 and 2003
-- reports).
SELECT mention, indicator
FROM extract_metrics('开工建设总投资3000亿元的重大工程。地方财政共收入７４亿元，占预算数的１０２．７４％。国家财政共支出300亿元。中央对地方转移支付由1997年的664亿元增加到2002年的4025亿元，五年共计12319亿元。');

-- A total (总数) reuses the name before, without its 新增; a count after a
-- list of short nouns counts them all; after an item with a number the
-- name starts after the 、 (round 21, written for this test in the form of
-- a city report).
SELECT mention, indicator
FROM extract_metrics('全年新增市场主体8.6万户，总数达到72万户。新建改扩建中小学、幼儿园30所。实施重点项目200个、完成投资1230亿元。');

-- 产量 alone after a name said earlier in the sentence is of the product
-- that name opens with; a basis (每人每月) between the verb and the number
-- is no part of the name; 退休人员 is one word (round 21, written for this
-- test in the form of a provincial report).
SELECT mention, indicator
FROM extract_metrics('粮食播种面积稳定在7800万亩以上，产量保持在600亿斤以上。城乡居民基础养老金最低标准提高到每人每月150元。退休人员基本养老金提高到2000元。');

-- 实现 opening a name is no part of it; an ordinal list shares the head
-- after its first item's 第 (round 21, written for this test in the form
-- of a city report).
SELECT mention, indicator
FROM extract_metrics('全年实现地区生产总值3120.5亿元，同比增长6.2%。第一、二、三产业增加值分别增长3.1%、7.2%、6.0%。');

-- A change over the plan itself is an outcome; over a plan with a year
-- (比上年预算) it is a baseline like any other (round 21, written for this
-- test in the form of the 1956 and 2005 reports).
SELECT mention, is_target
FROM extract_metrics('产品销售收入比年度计划增加了２％，生产成本比计划多降低了３．１％。今年拟安排中央财政赤字3000亿元，比上年预算减少198亿元。');

-- Hundreds of millions of peasants a programme reached are a count of the
-- year reviewed, not a fact of the nation (round 21, written for this test
-- in the form of the 2006 report).
SELECT mention, is_target, year
FROM extract_metrics(E'政府工作报告\n——2006年3月5日在第十届全国人民代表大会第四次会议上\n各位代表：\n一、2005年工作回顾\n新型农村合作医疗制度试点已扩大到671个县，惠及1.77亿农民。我国有八亿农民。');

-- A span of two written years opening the sentence dates both ends of
-- every change in it (round 21, written for this test in the form of the
-- 1986 report).
SELECT mention, indicator, year
FROM extract_metrics('从一九八○年至一九八五年，我国原煤产量由六亿二千万吨增加到八亿五千万吨，原油由一亿零六百万吨增加到一亿二千五百万吨。');

-- Years without 年 joined by 和, and 精简后 (after an act), are times: the
-- name comes from the clause before (round 21, written for this test in
-- the form of the 1986 and 1993 reports).
SELECT mention, indicator
FROM extract_metrics('“五五”末期，财政赤字较大，一九七九和一九八○两年合计近三百亿元。直属机构较大幅度精简，精简后为１８个。');

-- 行政审批事项 is one noun; 政策规定 keeps its 规定 (round 21, written for
-- this test in the form of the 2003 report).
SELECT mention, indicator
FROM extract_metrics('国务院已取消1195个行政审批事项。共清理涉外规章和有关政策规定2300件。');

-- In a review, a written year's plan (1980年计划) is a target, a five-year
-- plan named (五年计划期间) is not (round 21, written for this test in the
-- form of the 1980 report).
SELECT mention, is_target, year
FROM extract_metrics(E'关于1980、1981年国民经济计划安排的报告\n——1980年8月30日在第五届全国人民代表大会第三次会议上\n各位代表：\n一、今年国民经济计划的执行情况是比较好的\n1980年计划基本建设投资总额控制在500亿元。第一个五年计划期间年平均增长10.9%。');

-- A counted noun that opens a list is named by the list, or by the head
-- after its 等; a second figure after 、 keeps its own (round 21, written
-- for this test in the form of a district report and the 2006 and 2009
-- reports).
SELECT mention, indicator
FROM extract_metrics('新建改建11所中小学、幼儿园，新增学位1万个。建成5个产业园、3个孵化器。启动了178项节能、节水和资源综合利用等重大项目。解决240万户林区、垦区、煤矿等棚户区居民的住房问题。');

-- A year that bounds what a noun was (2000年底以前发布的) dates the number
-- after its 的 only (round 21, written for this test in the form of the
-- 2003 report).
SELECT mention, year
FROM extract_metrics('五年间，国务院提出法律议案50件；对2000年底以前发布的756件行政法规进行全面清理，废止71件，宣布失效80件。');

-- In a plan part, a verb with 了 right before the figure says it was done:
-- an outcome; 为了 does not (round 21, written for this test in the form
-- of the 2006 report).
SELECT mention, is_target
FROM extract_metrics(E'政府工作报告\n——2006年3月5日在第十届全国人民代表大会第四次会议上\n各位代表：\n一、2005年工作回顾\n国内生产总值增长9.9%。\n二、2006年的主要任务\n农村税费改革不仅取消了原先336亿元的农业税赋，而且取消了700多亿元的“三提五统”。为了安排800万人就业，要增加投资。');

-- With no name anywhere the act right before the number names the figure;
-- a change verb does not (round 21, written for this test in the form of
-- the 1982 report).
SELECT mention, indicator
FROM extract_metrics('计划在一九八五年底前建成投产一千二百九十万千瓦。在一九五八年增产三千八百亿斤的基础上。');

-- 本年 is the year that opens its sentence, not one inside a supposition
-- (round 21, written for this test in the form of the 1956 report).
SELECT mention, year
FROM extract_metrics(E'关于1955年国家决算和1956年国家预算的报告\n——1956年6月15日在第一届全国人民代表大会第三次会议上\n各位代表：\n一、1955年国家决算\n１９５５年国家决算用于社会文教事业的支出，共占本年支出的１０．８７％。\n二、1956年国家预算\n如果在支出数额中扣除１９５５年用上年结余拨付流动资金等因素，则本年收入实际增长１５．８３％。');

-- 比现有的８６个: the level compared with is now's, an outcome of the
-- report's year (round 21, written for this test in the form of the 1993
-- report).
SELECT mention, is_target, year
FROM extract_metrics(E'政府工作报告\n——1993年3月15日在第八届全国人民代表大会第一次会议上\n各位代表：\n一、今年的主要任务\n国务院的部委和直属机构、办事机构共５９个，比现有的８６个减少２７个。');

-- In the form of a five-year plan's report of the 1950s (written for this
-- test, round 21): a year's plan word goes with the year at the end of a
-- name; a yearly figure after past years written in its sentence is an
-- outcome, one whose clause plans is not; a plan and what it asks (五年计划
-- 要求) name nothing, the name is the one before; 递增 ends a name.
SELECT mention, indicator, is_target, year
FROM extract_metrics(E'关于发展国民经济的五年计划的报告\n——一九五五年七月五日在第一届全国人民代表大会第二次会议上\n各位代表：\n一、工业的发展\n煤的产量到一九五七年计划达到一亿一千二百九十八万五千吨。一九五三年和一九五四年，工业总产值每年增长百分之十七以上，五年计划要求每年递增百分之十四点七。');

-- After a period word, a change (递增的速度) names nothing; 六五计划期间要求
-- frames the next figure, named as the one before (round 21, written for
-- this test in the form of the 1982 report).
SELECT mention, indicator
FROM extract_metrics('从一九五三年到一九八○年的二十八年中，农业总产值平均每年递增的速度是百分之三点四，六五计划期间要求每年递增百分之四到五，这是不低的。');

-- Round 25 (modern reports, written for this test): a bracketed remark
-- inside a name is left out of it; a count's noun read as one word by the
-- lexicon (自由贸易试验区, 农业转移人口; 落户 is no household); a change to a
-- month is a time; A和B增长X和Y pairs as 分别 does; a figure of …的年度目标
-- after a verb of meeting is the goal of the name before; a cohort's size in
-- a plan is a fact; acts of building name a count with no other name; in a
-- one-year review the level before a change is of that year.
SELECT mention, indicator, is_target, year, unit
FROM extract_metrics(E'政府工作报告\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n各位代表：\n一、2020年工作回顾\n全国城市细颗粒物（PM2.5）平均浓度下降6%。新设6个自由贸易试验区，1300万农业转移人口落户城镇。居民消费价格涨幅从3月份的5%回落到11月份的2.5%。城镇居民和农村居民人均收入实际增长7.8%和9.1%。单位国内生产总值能耗下降1.5%，没有完成3%的年度目标。贷款补助标准由每人每年100元提高到150元。\n二、2021年主要目标任务\n今年高校毕业生909万人，要促进多渠道就业。今年基本建成300万套，新开工600万套。');

-- Round 25, provincial form (written for this test): in a review of a year
-- and a five-year plan, the paragraphs after 一年来 are of that year until
-- one opens with 过去五年; letters and digits before a long name's tail stay
-- (PM2.5平均浓度); a leading 、 and 扣除价格因素 name nothing; 总数 after 新认定
-- is the total of all; 毕业生 is a head count; 减至 ends a noun.
SELECT mention, indicator, year, unit
FROM extract_metrics(E'政府工作报告\n——2021年1月20日在某省第十三届人民代表大会第五次会议上\n各位代表：\n一、2020年和“十三五”时期工作回顾\n一年来，我们主要做了以下工作：\n（一）新认定高新技术企业2100家、总数达到9800家。社会消费品零售总额增长5.5%，扣除价格因素实际增长4.9%。\n（二）设区城市PM2.5平均浓度下降到28微克/立方米。负面清单条目由40条减至33条。\n过去五年，全省新增城镇就业500万人以上。\n二、2021年主要目标\n今年高校毕业生43万，要促进多渠道就业。');

-- Round 25, city form (written for this test): a review paragraph that
-- opens by saying what the year was (2015年是…收官之年) dates the paragraphs
-- after it; the level before a change may have its year and its basis
-- before it (由去年的每人每年240元: last year's); 拟安排 ends no name;
-- 相对贫困人口 is one word; 师生 are people.
SELECT mention, indicator, is_target, year, unit
FROM extract_metrics(E'政府工作报告\n——2016年1月12日在某市第十六届人民代表大会第五次会议上\n各位代表：\n一、2015年和“十二五”工作回顾\n2015年是“十二五”规划的收官之年。一年来，全市上下攻坚克难。\n全市实现地区生产总值1450亿元，增长7.5%。年内实现约4.3万相对贫困人口脱贫。\n“十二五”时期，地区生产总值年均增长9.6%。\n二、2016年主要目标和重点工作\n医保财政补助标准由去年的每人每年380元提高到420元。市级财政用于“三农”的支出拟安排38亿元。解决2.7万农村学校师生的饮水安全问题。');

-- Round 25 (written for this test): 增加值 is a noun, no change, so a level
-- of a plan's last year is read as one; 年均浓度 is a yearly mean, no
-- period; in the paragraphs of one year of a review that spans a plan,
-- what was built is that year's.
SELECT mention, indicator, change, period, year
FROM extract_metrics(E'政府工作报告\n——2016年1月12日在某市第十六届人民代表大会第五次会议上\n各位代表：\n一、2015年和“十二五”工作回顾\n2015年是“十二五”规划的收官之年。\n新建改造农村公路320公里。PM2.5年均浓度为58微克/立方米。\n二、“十三五”发展的主要目标\n今后五年，经济结构更加优化，服务业增加值比重达到55%。');

-- Round 25 (written for this test): 过去一年和五年工作回顾 reviews five years;
-- a paragraph that opens with “十二五”时期 speaks of the span; 平均每天 names
-- nothing, so the name before is reused.
SELECT mention, indicator, year
FROM extract_metrics(E'政府工作报告\n——2016年3月5日在第十二届全国人民代表大会第四次会议上\n各位代表：\n一、过去一年和五年工作回顾\n过去一年，全年新登记企业增长21.6%，平均每天新增1.2万户。\n“十二五”时期是我国发展很不平凡的五年。\n——高速铁路营业里程达到1.9万公里。');

-- Round 25 (written for this test): what a measure leaves out (扣除…因素后)
-- is no name; 研发经费投入强度 is one word, not cut at 投入.
SELECT mention, indicator
FROM extract_metrics('一般公共预算收入扣除留抵退税因素后增长5.1%，全社会研发经费投入强度达到3.11%。');
