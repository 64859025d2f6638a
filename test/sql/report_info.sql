SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- Metadata of every sample report: district reports with their web pages,
-- excerpts that do not say who or where, and two national reports.
CREATE TEMP TABLE docs (name text PRIMARY KEY, doc text);
\set doc `cat test/data/shinan-2022.txt`
INSERT INTO docs VALUES ('shinan-2022', :'doc');
\set doc `cat test/data/shinan-2023-review-excerpt.txt`
INSERT INTO docs VALUES ('shinan-2023-review-excerpt', :'doc');
\set doc `cat test/data/nangang-2022.txt`
INSERT INTO docs VALUES ('nangang-2022', :'doc');
\set doc `cat test/data/huadong-site-plan-excerpt.txt`
INSERT INTO docs VALUES ('huadong-site-plan-excerpt', :'doc');
\set doc `cat test/data/unnamed-district-review-excerpt.txt`
INSERT INTO docs VALUES ('unnamed-district-review-excerpt', :'doc');
\set doc `cat test/data/national-1957.txt`
INSERT INTO docs VALUES ('national-1957', :'doc');
\set doc `cat test/data/national-2004.txt`
INSERT INTO docs VALUES ('national-2004', :'doc');

\x on
SELECT name, i.* FROM docs, report_info(doc) i ORDER BY name;
\x off

-- names with full-width spaces inside come out clean; text-only fields are
-- NULL when the text is silent
SELECT * FROM report_info(E'政府工作报告\n\n——2023年1月5日在某某县第五届人民代表大会第三次会议上\n\n某某县人民政府县长　李　强\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n\n一、2022年工作回顾\n\n一年来成绩显著。');
SELECT * FROM report_info('');
SELECT * FROM report_info('各位代表：现在，我代表国务院，向大会作政府工作报告。');

-- The year of texts that start at 各位代表 (most published national texts),
-- read from their parts and phrases (doc/outline.md, "The report's year").
SELECT t.what, (report_info(t.doc)).report_year
FROM (VALUES
	('review heading', E'各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2016年工作回顾\n过去一年，我国发展取得新成就。'),
	('plan heading', E'各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、过去一年工作回顾\n成绩来之不易。\n二、2017年重点工作\n今年要做好以下工作。'),
	('Han-digit heading', E'各位代表：\n一、二〇一六年工作回顾\n成绩来之不易。'),
	('five-year plan, past year', E'各位代表：\n一、过去一年工作回顾\n过去一年，是“十三五”规划的开局之年。我们攻坚克难。'),
	('five-year plan, this year', E'各位代表：\n今年是实施“十四五”规划的第二年，做好政府工作意义重大。'),
	('the session heard', E'各位代表：\n我代表国务院，向第十届全国人民代表大会第一次会议报告政府工作。'),
	('a term of two numerals (十一)', E'政府工作报告\n——在第十一届全国人民代表大会第一次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。'),
	('a term of two numerals (十四)', E'政府工作报告\n——在第十四届全国人民代表大会第三次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。'),
	('the session, abbreviated', E'政府工作报告\n——在十四届全国人大二次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。'),
	('a local congress''s term is no national one', E'政府工作报告\n——在某某市第十五届人大第三次会议上\n各位代表：\n一、过去一年工作回顾\n2021年，地区生产总值增长8%。\n二、2022年工作安排\n今年要稳中求进。'),
	('last year''s session', E'各位代表：\n从去年三月第五届全国人民代表大会第一次会议闭幕以来，我们做了大量工作。'),
	('last year just past', E'各位代表：\n刚刚过去的１９８４年，是取得伟大成就的一年。'),
	('a five-year term', E'各位代表：\n本届政府1998年3月就职，任期即将结束。'),
	('the subject: a plan', E'各位代表：\n我代表国务院，提出关于一九五八年度国民经济计划（草案）的报告，请予审议。'),
	('the subject: accounts and budget', E'各位代表：\n我代表国务院提出关于１９５５年国家决算和１９５６年国家预算的报告。'),
	('a span says nothing', E'各位代表：\n我向大会作关于一九五六年到一九六七年全国农业发展纲要的执行情况的报告。'),
	('an excerpt says nothing', E'（五）民生保障坚强有力\n积极强化社会保障。预计全年民生支出3.37亿元。')
) AS t(what, doc);

-- Traditional characters and full-width forms give the same report_info
-- as the simplified text (the strings come back in normal form).
SELECT (SELECT row(i.*)::text FROM report_info(E'政府工作報告\n\n——2023年1月5日在某某縣第五屆人民代表大會第三次會議上\n\n某某縣人民政府縣長　李　強\n\n各位代表：\n\n現在，我代表縣人民政府向大會報告工作。\n\n一、２０２２年工作回顧\n\n一年來成績顯著。') i)
     = (SELECT row(i.*)::text FROM report_info(E'政府工作报告\n\n——2023年1月5日在某某县第五届人民代表大会第三次会议上\n\n某某县人民政府县长　李　强\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n\n一、2022年工作回顾\n\n一年来成绩显著。') i)
       AS traditional_reads_as_simplified;
SELECT * FROM report_info(E'政府工作報告\n\n——2023年1月5日在某某縣第五屆人民代表大會第三次會議上\n\n某某縣人民政府縣長　李　強\n\n各位代表：\n\n現在，我代表縣人民政府向大會報告工作。');

-- A page title right above the salutation, with no blank line between (as
-- web copies have it), is front matter: the title and its year are read
-- (written for this test).
SELECT title, report_year FROM report_info(E'2023年政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、过去一年和五年工作回顾\n粮食增产。');
