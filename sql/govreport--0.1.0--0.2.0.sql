-- govreport 0.1.0 -> 0.2.0.
--
-- What changes (each block below says why):
--  * security: every operator and function in an expression is
--    schema-qualified (the CHECK constraints of 0.1.0 resolved ">" through
--    the search path, so an operator planted in the schema ran as whoever
--    wrote the table); PUBLIC may read the user lexicon but no longer edit
--    it, and the extension's owner may edit and grant editing.
--  * loader/regions: zh_regions (GB/T 2260 codes compiled in),
--    zh_region_code, zh_region_candidates, zh_region_catalogue; report_info
--    gains region_code as its last column and admin_level is given in the
--    code's words (national, province, prefecture, county), so report_info
--    is dropped and created again.
--  * loader: govreport_create_bi_views refuses table names whose views'
--    names PostgreSQL would cut to 63 bytes.
--
-- What does not change: the lexicon file format, the text search
-- configuration and the report_section type's storage, so existing indexes
-- and stored values stay valid (see doc/security.md and doc/search.md for
-- when a REINDEX is needed).

\echo Use "ALTER EXTENSION govreport UPDATE TO '0.2.0'" to load this file. \quit

-- security: CHECK constraints with qualified operators.  The 0.1.0
-- constraints were bound to whatever ">" the search path gave at install
-- time, so they are dropped and made again.
ALTER TABLE @extschema@.zh_user_lexicon
	DROP CONSTRAINT zh_user_lexicon_word_check,
	DROP CONSTRAINT zh_user_lexicon_weight_check,
	DROP CONSTRAINT zh_user_lexicon_tag_check,
	ADD CONSTRAINT zh_user_lexicon_word_check
		CHECK (pg_catalog.char_length(word) OPERATOR(pg_catalog.>=) 1
			   AND pg_catalog.char_length(word) OPERATOR(pg_catalog.<=) 64
			   AND word OPERATOR(pg_catalog.!~) '\s'),
	ADD CONSTRAINT zh_user_lexicon_weight_check
		CHECK (weight OPERATOR(pg_catalog.>) 0::pg_catalog.float4),
	ADD CONSTRAINT zh_user_lexicon_tag_check
		CHECK (pg_catalog.char_length(tag) OPERATOR(pg_catalog.>=) 1
			   AND pg_catalog.char_length(tag) OPERATOR(pg_catalog.<=) 7);

ALTER TABLE @extschema@.zh_units
	DROP CONSTRAINT zh_units_factor_check,
	ADD CONSTRAINT zh_units_factor_check
		CHECK (factor OPERATOR(pg_catalog.>) 0::pg_catalog.numeric);

-- security: editing the user lexicon changes every role's search, so PUBLIC
-- keeps only SELECT; the extension's owner gets editing with grant option.
REVOKE INSERT, UPDATE, DELETE ON @extschema@.zh_user_lexicon FROM PUBLIC;
DO $$
BEGIN
	EXECUTE pg_catalog.format(
		'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON @extschema@.zh_user_lexicon TO %I WITH GRANT OPTION',
		(SELECT r.rolname FROM pg_catalog.pg_extension e
		 JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) e.extowner
		 WHERE e.extname OPERATOR(pg_catalog.=) 'govreport'));
END
$$;
GRANT SELECT ON @extschema@.zh_units TO PUBLIC;

-- The operators of report_section name their selectivity functions with
-- pg_catalog. (0.1.0 resolved them through the search path; pg_catalog is
-- searched first there, so they are the same functions.)

-- loader/regions: GB/T 2260 region codes (doc/regions.md), and report_info
-- gains region_code as its last column (admin_level now in the code's
-- words: national, province, prefecture, county).  A function's OUT
-- columns cannot change in place, so report_info is dropped and made again
-- (views over it must be dropped first and made again after the update).

CREATE FUNCTION zh_region_catalogue(
	OUT code text, OUT name text, OUT short_name text, OUT level text,
	OUT parent_code text, OUT valid_from date, OUT valid_to date)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zh_region_catalogue'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4000;

COMMENT ON FUNCTION zh_region_catalogue() IS
'the GB/T 2260 region codes compiled into govreport (provinces, prefectures, counties; current and since 2002), as the zh_regions table holds them';

CREATE TABLE zh_regions (
	code text NOT NULL,
	name text NOT NULL,
	short_name text,
	level text NOT NULL,
	parent_code text,
	valid_from date,
	valid_to date,
	PRIMARY KEY (code, name)
);

INSERT INTO @extschema@.zh_regions SELECT * FROM @extschema@.zh_region_catalogue();
GRANT SELECT ON zh_regions TO PUBLIC;

COMMENT ON TABLE zh_regions IS
'GB/T 2260 administrative division codes: code, full and short name, level (province, prefecture, county), parent code, and the period the data sets list the name (valid_from NULL: listed in the earliest, 2002-12; valid_to NULL: current); source in data/zh_regions.tsv';

CREATE FUNCTION zh_region_code(name text, within text DEFAULT NULL) RETURNS text
AS 'MODULE_PATHNAME', 'zh_region_code'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

COMMENT ON FUNCTION zh_region_code(text, text) IS
'the GB/T 2260 code of the region a name means (南岗区, 哈尔滨市南岗区, 黑龙江省哈尔滨市南岗区, 南岗, traditional forms), inside the region within names when given; NULL when no region or several';

CREATE FUNCTION zh_region_candidates(name text, within text DEFAULT NULL,
	OUT code text, OUT name text, OUT short_name text, OUT level text,
	OUT parent_code text, OUT valid_from date, OUT valid_to date,
	OUT full_name text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zh_region_candidates'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 4;

COMMENT ON FUNCTION zh_region_candidates(text, text) IS
'every region (current or historic) a name can mean, with its full name (province, prefecture, county), inside the region within names when given';

DROP FUNCTION @extschema@.report_info(text);
CREATE FUNCTION report_info(doc text,
	OUT title text, OUT region text, OUT admin_level text, OUT report_year int4,
	OUT meeting_date date, OUT session text, OUT speaker text, OUT speaker_title text,
	OUT region_code text)
RETURNS record
AS 'MODULE_PATHNAME', 'report_info'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

COMMENT ON FUNCTION report_info(text) IS
'who, where and when of a report: title, region, admin level (national, province, prefecture, county), year planned for, meeting date, session, speaker and title, and the region''s GB/T 2260 code';

-- loader: govreport_create_bi_views refuses a table name whose views'
-- names would be cut to 63 bytes (they collided silently before).
CREATE OR REPLACE FUNCTION govreport_create_bi_views(reports regclass)
RETURNS text[]
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	-- Types BI tools understand as they are; every other type shows as text.
	plain constant regtype[] := ARRAY['text', 'varchar', 'bpchar', 'smallint',
		'integer', 'bigint', 'numeric', 'real', 'double precision', 'boolean',
		'date', 'timestamp', 'timestamptz']::regtype[];
	base_schema name;
	base_name name;
	suffix text;
	tbl regclass;
	view_name text;
	cols text;
	made text[] := '{}';
BEGIN
	SELECT n.nspname, c.relname INTO base_schema, base_name
	FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE c.oid = reports;

	-- Longer names would be cut to 63 bytes, and two views (or a view and
	-- another table) would get the same name.
	IF octet_length(base_name || '_sections_bi') > 63 THEN
		RAISE EXCEPTION 'table name "%" is too long for its BI views', base_name
			USING ERRCODE = 'name_too_long',
				  DETAIL = format('The view %s_sections_bi would need %s bytes; PostgreSQL''s names have at most 63.',
								  base_name, octet_length(base_name || '_sections_bi')),
				  HINT = 'Use a table name of at most 51 bytes.';
	END IF;

	FOREACH suffix IN ARRAY ARRAY['', '_sections', '_figures']
	LOOP
		tbl := to_regclass(format('%I.%I', base_schema, base_name || suffix));
		CONTINUE WHEN tbl IS NULL;
		SELECT string_agg(
				CASE
					WHEN a.atttypid = ANY (plain) THEN format('%I', a.attname)
					WHEN a.atttypid = 'bytea'::regtype
						THEN format('encode(%1$I, ''hex'') AS %1$I', a.attname)
					WHEN a.atttypid = 'smallint[]'::regtype OR a.atttypid = 'integer[]'::regtype
						THEN format('array_to_string(%1$I, ''.'') AS %1$I', a.attname)
					ELSE format('%1$I::text AS %1$I', a.attname)
				END, ', ' ORDER BY a.attnum)
		INTO cols
		FROM pg_attribute a
		WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped;
		view_name := base_name || suffix || '_bi';
		EXECUTE format('CREATE OR REPLACE VIEW %I.%I AS SELECT %s FROM %s',
					   base_schema, view_name, cols, tbl);
		EXECUTE format('COMMENT ON VIEW %I.%I IS %L', base_schema, view_name,
					   format('%s with plain column types for BI tools (made by govreport_create_bi_views)', tbl));
		made := made || format('%I.%I', base_schema, view_name);
	END LOOP;
	RETURN made;
END
$$;
