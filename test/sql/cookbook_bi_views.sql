SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS govreport; RESET client_min_messages;
-- govreport_create_bi_views: plain column types for BI tools; a search
-- vector (the loader's tsv) is left out.
CREATE SCHEMA bi_test;
CREATE TABLE bi_test.reports (
	id bigserial PRIMARY KEY,
	file_name text NOT NULL,
	content_sha256 bytea NOT NULL,
	from_html boolean NOT NULL,
	report_date date,
	words tsvector
);
INSERT INTO bi_test.reports (file_name, content_sha256, from_html, report_date, words)
VALUES ('a.txt', '\x0a0b', false, '2023-01-05', 'b a');
-- A sections table with a column of a type BI tools do not know.
CREATE TABLE bi_test.reports_sections (report_id bigint, path int[], heading text, extra point);
INSERT INTO bi_test.reports_sections VALUES (1, '{2,1}', '(一)', '(1,2)');
SELECT govreport_create_bi_views('bi_test.reports');
-- Every column of the views is of a built-in scalar type.
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'bi_test'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
ORDER BY c.relname, a.attnum;
SELECT * FROM bi_test.reports_bi;
SELECT * FROM bi_test.reports_sections_bi;
-- Calling again replaces the views, and picks up a table created since.
CREATE TABLE bi_test.reports_figures (report_id bigint, value numeric);
SELECT govreport_create_bi_views('bi_test.reports');
SELECT obj_description('bi_test.reports_figures_bi'::regclass);
-- A missing table is an error from regclass; NULL gives NULL (STRICT).
SELECT govreport_create_bi_views('bi_test.nothing');
SELECT govreport_create_bi_views(NULL);
SET client_min_messages = warning;
DROP SCHEMA bi_test CASCADE;
