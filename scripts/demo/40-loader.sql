-- What govreport-load stored (scripts/load-samples.sh runs it on test/data).
\echo
\echo '== Loaded by govreport-load: encoding found, size, SHA-256 of the text'
SELECT id, file_name, source_encoding, from_html, file_bytes,
	   length(body) AS characters, left(encode(content_sha256, 'hex'), 12) AS sha256
FROM reports ORDER BY id;

\echo
\echo '== Views for BI tools (built-in column types only)'
SELECT c.relname AS view, count(*) AS columns,
	   string_agg(DISTINCT format_type(a.atttypid, NULL), ', ') AS column_types
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
WHERE c.relkind = 'v' AND c.relname LIKE 'reports%\_bi'
GROUP BY c.relname ORDER BY c.relname;
