-- The examples in README.md, run as written.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

CREATE TEMP TABLE reports (id serial PRIMARY KEY, file_name text, body text);
\set body `cat test/data/shinan-2022.txt`
INSERT INTO reports (file_name, body) VALUES ('shinan-2022.txt', :'body');
\set body `cat test/data/nangang-2022.txt`
INSERT INTO reports (file_name, body) VALUES ('nangang-2022.txt', :'body');
\set body `cat test/data/unnamed-district-review-excerpt.txt`
INSERT INTO reports (file_name, body) VALUES ('unnamed-district-review-excerpt.txt', :'body');

SELECT zh_segment('市南区人民政府代理区长  刘存东');
SELECT token, pos FROM zh_tokenize('区长刘存东作报告') WHERE pos = 'nr';
SELECT zh_segment('新疆维吾尔自治区（ئۇيغۇر ئاپتونوم رايونى）');

ALTER TABLE reports ADD COLUMN tsv tsvector GENERATED ALWAYS AS (zh_tsvector(body)) STORED;
CREATE INDEX ON reports USING gin (tsv);
SELECT file_name FROM reports WHERE tsv @@ zh_tsquery('營商環境') ORDER BY file_name;
SELECT ts_headline('govreport', '持续优化營商環境，推进一网通办改革。', zh_tsquery('营商环境'));

SELECT indicator, value, unit, qualifier, is_target, mention
FROM extract_metrics('今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1100万人以上。');

SELECT s.section, s.heading
FROM reports r, report_sections(r.body) s
WHERE r.file_name = 'nangang-2022.txt' AND s.kind = 'part';

SELECT '二、（四）'::report_section @> '2.4.3'::report_section AS contains,
       '2.4.3'::report_section::text AS canonical;

SELECT i.region, i.admin_level, i.report_year, i.meeting_date, i.speaker, i.speaker_title
FROM reports r, report_info(r.body) i
WHERE r.file_name = 'shinan-2022.txt';

-- The figures of each report's employment section.
WITH sec AS (
	SELECT r.id, r.file_name, s.section, s.heading, s.char_start, s.char_end
	FROM reports r, report_sections(r.body) s
), fig AS (
	SELECT r.id, m.* FROM reports r, extract_metrics(r.body) m
)
SELECT DISTINCT ON (f.id, f.char_start)
	e.file_name, e.section, e.heading AS employment_section,
	f.indicator, f.value, f.unit, f.qualifier, f.is_target
FROM sec e
JOIN sec s ON s.id = e.id AND s.section <@ e.section
JOIN fig f ON f.id = s.id AND f.char_start >= s.char_start AND f.char_start < s.char_end
WHERE e.heading LIKE '%就业%'
ORDER BY f.id, f.char_start, e.section;
