SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS govreport; RESET client_min_messages;
-- doc/cookbook.md, the recipes that use extract_metrics.
\set f2 `cat test/data/nangang-2022.txt`
\set f3 `cat test/data/shinan-2022.txt`
\set f4 `cat test/data/shinan-2023-review-excerpt.txt`
CREATE TABLE reports (id int, file_name text, region text, report_year int, body text);
INSERT INTO reports VALUES
	(2, 'nangang-2022.txt', '南岗区', 2022, :'f2'),
	(3, 'shinan-2022.txt', '市南区', 2022, :'f3'),
	(4, 'shinan-2023-review-excerpt.txt', '市南区', 2023, :'f4');

-- Recipe: the targets table (indicator, year, target, qualifier).
SELECT DISTINCT r.region, m.year, m.indicator, m.value, m.unit, m.qualifier
FROM reports r, extract_metrics(r.body) m
WHERE m.is_target AND m.year = r.report_year AND m.unit = '%'
  AND m.indicator ~ '(生产总值|预算收入|零售总额)$'
ORDER BY 1, 2, 3, 4;

-- Recipe: targets next to the outcomes the next year's report gives.
WITH t AS (
	SELECT r.region, m.year, substring(m.indicator FROM '(地区生产总值|一般公共预算收入|社会消费品零售总额)') AS indicator,
		   m.value AS target, m.qualifier
	FROM reports r, extract_metrics(r.body) m
	WHERE m.is_target AND m.year = r.report_year AND m.unit = '%'),
o AS (
	SELECT r.region, m.year, substring(m.indicator FROM '(地区生产总值|一般公共预算收入|社会消费品零售总额)') AS indicator,
		   m.value AS outcome
	FROM reports r, extract_metrics(r.body) m
	WHERE NOT m.is_target AND m.year = r.report_year - 1 AND m.unit = '%' AND m.change = 'increase')
SELECT DISTINCT t.region, t.year, t.indicator, t.target, t.qualifier, o.outcome
FROM t LEFT JOIN o USING (region, year, indicator)
WHERE t.indicator IS NOT NULL
ORDER BY 1, 2, 3;

DROP TABLE reports;
