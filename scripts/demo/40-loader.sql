-- What govreport-load stored (scripts/load-samples.sh runs it on test/data,
-- two of the reports as a PDF and a web page).
\echo
\echo '== Loaded by govreport-load: form, encoding found, size, SHA-256 of the text'
SELECT id, source_path, source_format, source_encoding, file_bytes,
	   length(body) AS characters, left(encode(content_sha256, 'hex'), 12) AS sha256
FROM reports ORDER BY id;

\echo
\echo '== Who, where and when, with the GB/T 2260 region code (report_info, the page''s own title)'
SELECT source_path, title, region, region_code, admin_level, report_year, published
FROM reports ORDER BY id;

\echo
\echo '== Region names resolved to codes (zh_region_code); 鼓楼区 needs its city'
SELECT n AS name, zh_region_code(n) AS code,
	   (SELECT string_agg(full_name, ' / ' ORDER BY code) FROM zh_region_candidates(n)) AS candidates
FROM unnest(ARRAY['南岗区', '黑龙江省哈尔滨市南岗区', '鼓楼区', '北京', '昆山市']) n;

\echo
\echo '== Views for BI tools (built-in column types only)'
SELECT c.relname AS view, count(*) AS columns,
	   string_agg(DISTINCT format_type(a.atttypid, NULL), ', ') AS column_types
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
WHERE c.relkind = 'v' AND c.relname LIKE 'reports%\_bi'
GROUP BY c.relname ORDER BY c.relname;
