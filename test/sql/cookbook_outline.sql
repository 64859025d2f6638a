SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS govreport; RESET client_min_messages;
-- doc/cookbook.md, the recipes that use the outline functions.  The table
-- is what govreport-load makes: body = report_clean(text), the
-- report_info fields as columns, sections in reports_sections.
\set f1 `cat test/data/huadong-site-plan-excerpt.txt`
\set f2 `cat test/data/nangang-2022.txt`
\set f3 `cat test/data/shinan-2022.txt`
\set f4 `cat test/data/shinan-2023-review-excerpt.txt`
\set f5 `cat test/data/unnamed-district-review-excerpt.txt`
CREATE TABLE reports AS
SELECT f.id, f.file_name, report_clean(f.raw) AS body, i.*
FROM (VALUES (1, 'huadong-site-plan-excerpt.txt', :'f1'),
			 (2, 'nangang-2022.txt', :'f2'),
			 (3, 'shinan-2022.txt', :'f3'),
			 (4, 'shinan-2023-review-excerpt.txt', :'f4'),
			 (5, 'unnamed-district-review-excerpt.txt', :'f5')) AS f(id, file_name, raw),
	 LATERAL report_info(f.raw) AS i;
CREATE TABLE reports_sections AS
SELECT r.id AS report_id, s.* FROM reports r, LATERAL report_sections(r.body) s;

-- Recipe: who, where, when.
SELECT file_name, region, report_year, meeting_date, speaker, speaker_title
FROM reports ORDER BY id;

-- Recipe: the chapters of each report, with their size.
SELECT r.file_name, s.section::text, s.heading, length(s.body) AS own_chars,
	   (SELECT count(*) FROM reports_sections c
		WHERE c.report_id = s.report_id AND c.section <@ s.section AND c.depth > s.depth
		  AND c.kind NOT IN ('lead', 'item')) AS subsections
FROM reports r JOIN reports_sections s ON s.report_id = r.id
WHERE s.depth = 1 AND s.kind NOT IN ('lead', 'item') AND r.report_year IS NOT NULL
ORDER BY r.id, s.char_start;

-- Recipe: one kind of section across reports: the review of the past year.
SELECT r.file_name, s.section::text, s.heading
FROM reports r JOIN reports_sections s ON s.report_id = r.id
WHERE s.kind = 'part' AND s.heading ~ '回顾'
ORDER BY r.id;

-- Recipe: the same part in consecutive reports (plan next to last year's plan).
\set n4 `cat test/data/national-2004.txt`
\set n5 `cat test/data/series/national-2005.txt`
CREATE TABLE series AS
SELECT f.file_name, f.body, i.region, i.report_year
FROM (VALUES ('national-2004.txt', :'n4'), ('national-2005.txt', :'n5')) AS f(file_name, body),
	 LATERAL report_info(f.body) AS i;
SELECT a.report_year AS year_a, m.section_a, m.heading_a,
	   b.report_year AS year_b, m.section_b, m.heading_b, m.score
FROM series a
JOIN series b ON b.region = a.region AND b.report_year = a.report_year + 1
CROSS JOIN LATERAL report_section_match(a.body, b.body) m
WHERE m.role = 'plan'
ORDER BY a.report_year, m.section_a;
-- every matched pair is of one role, scores in [0.3, 1], each section matched once
SELECT count(*) AS pairs, min(m.score) >= 0.3 AND max(m.score) <= 1 AS scores_in_range,
	   count(DISTINCT m.section_a) = count(*) AND count(DISTINCT m.section_b) = count(*) AS one_to_one
FROM series a JOIN series b ON b.report_year = a.report_year + 1
CROSS JOIN LATERAL report_section_match(a.body, b.body) m;
DROP TABLE series;

-- Recipe: join a civic table by region and year (the report of year Y
-- reviews year Y-1).
CREATE TABLE district_economy (
	region text, year int, gdp_100m_yuan numeric, gdp_growth_pct numeric,
	budget_revenue_growth_pct numeric, source text);
\copy district_economy FROM 'test/data/civic/district_economy.csv' WITH (FORMAT csv, HEADER)
SELECT r.region, r.report_year, c.year AS reviewed_year, c.gdp_100m_yuan,
	   c.gdp_growth_pct, r.speaker
FROM reports r JOIN district_economy c
  ON c.region = r.region AND c.year = r.report_year - 1
ORDER BY r.region;

-- Recipe: scale-out with parallel query.  The govreport functions are
-- PARALLEL SAFE, so workers run them; settings lowered so that a small
-- table gets a parallel plan.
CREATE TABLE big_reports AS
SELECT g AS id, body FROM reports, generate_series(1, 40) g WHERE id = 2;
ANALYZE big_reports;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF, VERBOSE)
SELECT count(*) FROM big_reports WHERE (report_info(body)).region = '南岗区';
SELECT count(*) FROM big_reports WHERE (report_info(body)).region = '南岗区';
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

DROP TABLE big_reports, district_economy, reports_sections, reports;
