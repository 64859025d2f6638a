-- Data of every kind a user keeps with govreport (test/t/upgrade.sh): run
-- once under the old version and once under a fresh install, before the
-- answers are compared.  Expects the tables reports(file_name, body),
-- paras(id, src, p) and term(t) filled by the caller, and uses only objects
-- that every released version has.

-- user lexicon words (before the indexes, so that the indexes hold them)
INSERT INTO zh_user_lexicon (word, weight, tag) VALUES
	('两高四着力', NULL, NULL),
	('数智赋能', 5000, 'n'),
	('一网通办', NULL, 'nz');

-- search: an expression index, and a stored vector with its own index
CREATE INDEX paras_gin ON paras USING gin (to_tsvector('govreport', p));
ALTER TABLE reports ADD COLUMN tsv tsvector
	GENERATED ALWAYS AS (to_tsvector('govreport', body)) STORED;
CREATE INDEX reports_tsv_gin ON reports USING gin (tsv);

-- the outline as a report_section column, with btree and hash indexes
CREATE TABLE reports_sections AS
	SELECT r.id AS report_id, s.* FROM reports r, report_sections(r.body) s;
CREATE INDEX reports_sections_btree ON reports_sections (report_id, section);
CREATE INDEX reports_sections_hash ON reports_sections USING hash (section);

-- figures and the front matter, materialised
CREATE TABLE reports_figures AS
	SELECT r.id AS report_id, m.* FROM reports r, extract_metrics(r.body) m;
CREATE TABLE reports_info AS
	SELECT r.id AS report_id, i.* FROM reports r, report_info(r.body) i;

-- the views BI tools read
SELECT govreport_create_bi_views('reports') IS NOT NULL AS bi_views_made;

ANALYZE;
