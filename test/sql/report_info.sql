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
