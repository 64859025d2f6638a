SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS govreport; RESET client_min_messages;
-- doc/cookbook.md, "Joining a statistics table by region code".  The table
-- is what govreport-load makes: the report_info fields, region_code
-- among them, as columns.
\set f1 `cat test/data/nangang-2022.txt`
\set f2 `cat test/data/shinan-2022.txt`
CREATE TABLE reports AS
SELECT f.id, f.file_name, i.*
FROM (VALUES (1, 'nangang-2022.txt', :'f1'), (2, 'shinan-2022.txt', :'f2')) AS f(id, file_name, raw),
	 LATERAL report_info(f.raw) AS i;

-- Statistics tables are keyed by the GB/T 2260 code; this one has names,
-- so the code is added once with zh_region_code (NULL where a name is
-- ambiguous: give the enclosing region as the second argument).
CREATE TABLE district_economy (
	region text, year int, gdp_100m_yuan numeric, gdp_growth_pct numeric,
	budget_revenue_growth_pct numeric, source text);
\copy district_economy FROM 'test/data/civic/district_economy.csv' WITH (FORMAT csv, HEADER)
ALTER TABLE district_economy ADD COLUMN region_code text;
UPDATE district_economy SET region_code = zh_region_code(region);
SELECT region, region_code FROM district_economy ORDER BY region_code;

-- The join: by code, and the report of year Y reviews year Y-1.
SELECT r.region_code, z.name, p.name AS city, r.report_year, c.gdp_100m_yuan, c.gdp_growth_pct
FROM reports r
JOIN district_economy c ON c.region_code = r.region_code AND c.year = r.report_year - 1
JOIN zh_regions z ON z.code = r.region_code AND z.valid_to IS NULL
JOIN zh_regions p ON p.code = z.parent_code AND p.valid_to IS NULL
ORDER BY r.region_code;

-- Rolled up to the province: the first two digits of a code are its province.
SELECT p.name AS province, count(*) AS reports
FROM reports r JOIN zh_regions p
  ON p.code = substr(r.region_code, 1, 2) || '0000' AND p.valid_to IS NULL
GROUP BY p.name ORDER BY p.name;

DROP TABLE district_economy, reports;
