-- govreport 0.1.0 -> 0.2.0.
--
-- What changes (each block below says why):
--  * security: every operator and function in an expression is
--    schema-qualified (the CHECK constraints of 0.1.0 resolved ">" through
--    the search path, so an operator planted in the schema ran as whoever
--    wrote the table); PUBLIC may read the user lexicon but no longer edit
--    it, and the extension's owner may edit and grant editing.
--  * search: the govreport configuration indexes pairs of adjacent
--    characters, one position per character (punctuation and symbols
--    included, so those token types are now mapped; the dictionary drops
--    no stop words), so that a term matches where LIKE on the normalised
--    text finds it; new zh_tsvector(text) (the same tsvector in one pass)
--    and zh_tsquery(text) (websearch syntax).  EVERY tsvector made with the
--    govreport configuration under 0.1.0 is stale: REINDEX each index on
--    to_tsvector('govreport', ...), and recompute each stored tsvector
--    column (a generated column: UPDATE t SET body = body; better, redefine
--    it on zh_tsvector(body)).  Queries built under 0.1.0 (stored tsquery
--    values) must be built again too.  The BI views leave tsvector columns
--    out.  See doc/search.md.
--
-- What does not change: the lexicon file format and the report_section
-- type's storage, so indexes and stored values of those stay valid (see
-- doc/security.md).

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

-- search: pairs of characters instead of words, runs and fine parts (see
-- the header).  The dictionary keeps accepting StopWords (0.1.0's
-- dictionary has it) but ignores it; the option is removed here.
ALTER TEXT SEARCH DICTIONARY @extschema@.govreport_zh (StopWords);
ALTER TEXT SEARCH CONFIGURATION @extschema@.govreport
	ADD MAPPING FOR punct, other WITH @extschema@.govreport_zh;
COMMENT ON TEXT SEARCH TEMPLATE @extschema@.govreport_zh IS
'search lexemes of a token: each character''s pair with the next one in normal form (NFKC, case fold, traditional to simplified), one position per character, whitespace left out';
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.govreport_zh IS
'pairs of adjacent characters in normal form, one position per character: a term matches where LIKE on the normalised text finds it';
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.govreport IS
'Chinese government reports: every character searchable, traditional and full-width forms folded; headlines by segmented words';
COMMENT ON FUNCTION @extschema@.govreport_prs_headline(internal, internal, tsquery) IS
'govreport text search parser: headline, highlighting the tokens each occurrence of the query covers';

CREATE FUNCTION @extschema@.zh_tsvector(doc text) RETURNS tsvector
AS 'MODULE_PATHNAME', 'zh_tsvector'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;
COMMENT ON FUNCTION @extschema@.zh_tsvector(text) IS
'to_tsvector(''govreport'', doc) built in one pass, for stored columns and indexes';

CREATE FUNCTION @extschema@.zh_tsquery(query text) RETURNS tsquery
AS 'MODULE_PATHNAME', 'zh_tsquery'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_tsquery(text) IS
'search query for the govreport configuration in websearch syntax (words, "phrases", or, -word): each word matches where it is written, as LIKE on the normalised text finds it';

-- search: the loader now stores tsv = zh_tsvector(body) on its tables; the
-- BI views leave search vectors out (no use to a BI tool, long as text).
CREATE OR REPLACE FUNCTION @extschema@.govreport_create_bi_views(reports regclass)
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

	FOREACH suffix IN ARRAY ARRAY['', '_sections', '_figures']
	LOOP
		tbl := to_regclass(format('%I.%I', base_schema, base_name || suffix));
		CONTINUE WHEN tbl IS NULL;
		SELECT string_agg(
				CASE
					-- a stored search vector: no use to a BI tool, long as text
					WHEN a.atttypid = 'tsvector'::regtype THEN NULL
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

COMMENT ON FUNCTION @extschema@.govreport_create_bi_views(regclass) IS
'create or replace views NAME_bi, NAME_sections_bi and NAME_figures_bi over a reports table and its sections and figures tables, with every column of a type BI tools know (extension types as text, search vectors left out); returns the views made';
