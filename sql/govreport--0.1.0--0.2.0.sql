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
--  * loader/regions: zh_regions (GB/T 2260 codes compiled in),
--    zh_region_code, zh_region_candidates, zh_region_catalogue; report_info
--    gains region_code as its last column and admin_level is given in the
--    code's words (national, province, prefecture, county), so report_info
--    is dropped and created again.
--  * outline: report_sections gains kind and role as its last columns and
--    its depth counts headings only (leads and items have their heading's
--    depth), so report_sections is dropped and created again (views over
--    it must be dropped first and made again after the update); new
--    report_section_role(doc, char_offset) and report_section_match(doc_a,
--    doc_b).  See doc/outline.md.
--  * loader: govreport_create_bi_views refuses table names whose views'
--    names PostgreSQL would cut to 63 bytes.
--  * analysis: word counts (zh_word_counts, zh_word_stats), keywords
--    (zh_keywords, zh_corpus_keywords), report_compare, and the word views
--    (govreport_create_word_views, which govreport_create_bi_views now
--    also calls).  New objects only; the lexicon file gains jieba's IDF
--    table (format 5), installed with the library as before.
--
--  * versions: govreport_lexicon_identity() says what text search results
--    are computed with (library version, hash of the lexicon's sources);
--    govreport_lexicon_builds records it for each index, stored column and
--    materialised view computed with govreport (govreport_record_lexicon),
--    govreport_user_lexicon_edits counts user lexicon edits, and
--    govreport_lexicon_stale() lists what needs rebuilding.  Indexes made
--    under 0.1.0 show there as "never recorded" (doc/upgrade.md).
--
-- What does not change: the report_section type's storage and order, so
-- report_section values and their btree and hash indexes stay valid
-- (test/t/upgrade.sh checks).  Search indexes and stored vectors made with
-- the govreport configuration under 0.1.0 do not (search, above);
-- doc/upgrade.md says when else they need a REINDEX (doc/security.md: the
-- privilege changes).

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

-- figures: units added to the catalogue since 0.1.0 (头, 岁) join the table
INSERT INTO @extschema@.zh_units
SELECT c.unit, c.category, c.base_unit, c.factor
FROM @extschema@.zh_unit_catalogue() c
WHERE NOT EXISTS (SELECT FROM @extschema@.zh_units u WHERE u.unit OPERATOR(pg_catalog.=) c.unit);
COMMENT ON TABLE @extschema@.zh_units IS
'units of measure met in government reports: category (currency, people, households, area, length, mass, energy, power, freight, passengers, volume, concentration, ratio, multiple, time, age, count, cloth) and the factor to the category''s base unit; scale words (万, 亿) are not units';

-- The operators of report_section name their selectivity functions with
-- pg_catalog. (0.1.0 resolved them through the search path; pg_catalog is
-- searched first there, so they are the same functions.)

-- min and max of report_section: the first and the last section in document
-- order (what ORDER BY section LIMIT 1 gives, usable with GROUP BY)
CREATE FUNCTION report_section_smaller(report_section, report_section) RETURNS report_section
AS 'MODULE_PATHNAME', 'report_section_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_larger(report_section, report_section) RETURNS report_section
AS 'MODULE_PATHNAME', 'report_section_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE min(report_section) (
	SFUNC = @extschema@.report_section_smaller,
	STYPE = @extschema@.report_section,
	COMBINEFUNC = @extschema@.report_section_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
CREATE AGGREGATE max(report_section) (
	SFUNC = @extschema@.report_section_larger,
	STYPE = @extschema@.report_section,
	COMBINEFUNC = @extschema@.report_section_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
COMMENT ON FUNCTION report_section_smaller(report_section, report_section) IS
'the one of two sections first in document order (min''s transition function)';
COMMENT ON FUNCTION report_section_larger(report_section, report_section) IS
'the one of two sections last in document order (max''s transition function)';
COMMENT ON AGGREGATE min(report_section) IS 'the first section in document order';
COMMENT ON AGGREGATE max(report_section) IS 'the last section in document order';

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

-- analysis: word counts, keywords, report_compare and the word views, as
-- in the install script.

CREATE FUNCTION zh_word_counts(doc text, all_tokens boolean DEFAULT false,
	OUT word text, OUT pos text, OUT n integer)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zh_word_counts'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 1000 ROWS 1000;

COMMENT ON FUNCTION zh_word_counts(text, boolean) IS
'the words of one document as zh_tokenize cuts them (normal form), with their most frequent part of speech and count, most frequent first; punctuation, numbers, quantities and stop words left out unless all_tokens';

CREATE FUNCTION zh_word_stats(query text, all_tokens boolean DEFAULT false,
	OUT word text, OUT pos text, OUT n bigint, OUT documents bigint)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zh_word_stats'
LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE
COST 10000 ROWS 10000;

COMMENT ON FUNCTION zh_word_stats(text, boolean) IS
'ts_stat over words: for the documents a read-only SELECT returns (one text column, run with the caller''s rights), each word with its most frequent part of speech, its occurrences and the documents holding it';

CREATE FUNCTION zh_keywords(doc text, k integer DEFAULT 20, method text DEFAULT 'tfidf',
	OUT word text, OUT weight double precision)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zh_keywords'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 1000 ROWS 20;

COMMENT ON FUNCTION zh_keywords(text, integer, text) IS
'the k keywords of a document, heaviest first: method tfidf (jieba''s IDF table) or textrank (co-occurrence window of 5), as jieba.analyse defines them';

-- TF-IDF with the IDF of the loaded reports: ln(N / df), N the reports of
-- the words table, df those holding the word (at least 1), so a word in
-- every report weighs 0.
CREATE FUNCTION zh_corpus_keywords(doc text, words regclass, k integer DEFAULT 20,
	OUT word text, OUT weight double precision)
RETURNS SETOF record
LANGUAGE plpgsql STABLE STRICT PARALLEL RESTRICTED
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF k < 1 THEN
		RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
			MESSAGE = 'the number of keywords must be at least 1',
			DETAIL = format('k was %s.', k),
			HINT = 'Pass k => 20, or a larger k for more keywords.';
	END IF;
	RETURN QUERY EXECUTE format($q$
		WITH d AS (
			SELECT c.word, c.n, c.ord
			FROM @extschema@.zh_word_counts($1) WITH ORDINALITY AS c(word, pos, n, ord)
			WHERE char_length(c.word) >= 2),
		total AS (SELECT sum(d.n)::float8 AS n FROM d),
		corpus AS (SELECT count(DISTINCT w.report_id)::float8 AS n_docs FROM %1$s w),
		df AS (
			SELECT w.word, count(DISTINCT w.report_id)::float8 AS df
			FROM %1$s w WHERE w.word IN (SELECT d.word FROM d)
			GROUP BY w.word)
		SELECT d.word,
		       d.n / total.n * ln(greatest(corpus.n_docs, 1) / greatest(coalesce(df.df, 0), 1))
		FROM d CROSS JOIN total CROSS JOIN corpus LEFT JOIN df ON df.word = d.word
		ORDER BY 2 DESC, d.ord
		LIMIT $2$q$, words) USING doc, k;
END
$$;

COMMENT ON FUNCTION zh_corpus_keywords(text, regclass, integer) IS
'TF-IDF keywords with the IDF of the loaded reports: ln(N / df) over a words table (report_id, word), as govreport-load --words makes; a word in every report weighs 0';

CREATE FUNCTION report_compare(old_doc text, new_doc text, k integer DEFAULT 10,
	OUT change text, OUT term text,
	OUT old_n integer, OUT new_n integer,
	OUT old_per_10k numeric, OUT new_per_10k numeric,
	OUT is_target boolean, OUT old_value numeric, OUT new_value numeric,
	OUT unit text, OUT old_mention text, OUT new_mention text)
RETURNS SETOF record
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
WITH
o AS (SELECT c.word, c.n FROM @extschema@.zh_word_counts(old_doc) c
      WHERE char_length(c.word) >= 2),
nw AS (SELECT c.word, c.n FROM @extschema@.zh_word_counts(new_doc) c
       WHERE char_length(c.word) >= 2),
len AS (SELECT greatest(char_length(old_doc), 1) AS lo,
               greatest(char_length(new_doc), 1) AS ln),
w AS (
	SELECT coalesce(o.word, nw.word) AS word,
	       coalesce(o.n, 0) AS old_n, coalesce(nw.n, 0) AS new_n,
	       coalesce(o.n, 0) * 10000.0 / len.lo AS old_rate,
	       coalesce(nw.n, 0) * 10000.0 / len.ln AS new_rate
	FROM o FULL JOIN nw ON nw.word = o.word CROSS JOIN len),
ranked AS (
	SELECT w.*,
	       CASE WHEN w.old_n = 0 THEN 'new'
	            WHEN w.new_n = 0 THEN 'dropped'
	            WHEN w.new_rate > w.old_rate THEN 'rose'
	            WHEN w.new_rate < w.old_rate THEN 'fell' END AS change,
	       row_number() OVER (
	           PARTITION BY CASE WHEN w.old_n = 0 THEN 'new'
	                             WHEN w.new_n = 0 THEN 'dropped'
	                             WHEN w.new_rate > w.old_rate THEN 'rose'
	                             WHEN w.new_rate < w.old_rate THEN 'fell' END
	           ORDER BY abs(w.new_rate - w.old_rate) DESC, w.word) AS rank
	FROM w),
fo AS (
	SELECT DISTINCT ON (m.indicator, m.base_unit, m.is_target) m.*
	FROM @extschema@.extract_metrics(old_doc) m
	WHERE m.indicator IS NOT NULL
	ORDER BY m.indicator, m.base_unit, m.is_target, m.char_start),
fn AS (
	SELECT DISTINCT ON (m.indicator, m.base_unit, m.is_target) m.*
	FROM @extschema@.extract_metrics(new_doc) m
	WHERE m.indicator IS NOT NULL
	ORDER BY m.indicator, m.base_unit, m.is_target, m.char_start),
figures AS (
	SELECT fo.indicator, fo.is_target,
	       CASE WHEN fo.unit IS NOT DISTINCT FROM fn.unit THEN fo.value ELSE fo.base_value END AS old_value,
	       CASE WHEN fo.unit IS NOT DISTINCT FROM fn.unit THEN fn.value ELSE fn.base_value END AS new_value,
	       CASE WHEN fo.unit IS NOT DISTINCT FROM fn.unit THEN fo.unit ELSE fo.base_unit END AS unit,
	       fo.mention AS old_mention, fn.mention AS new_mention,
	       row_number() OVER (ORDER BY fn.char_start, fo.char_start) AS rank
	FROM fo JOIN fn ON fn.indicator = fo.indicator
	               AND fn.base_unit IS NOT DISTINCT FROM fo.base_unit
	               AND fn.is_target = fo.is_target),
result AS (
	SELECT CASE r.change WHEN 'new' THEN 1 WHEN 'dropped' THEN 2
	                     WHEN 'rose' THEN 3 ELSE 4 END AS change_order,
	       r.rank, r.change, r.word AS term, r.old_n, r.new_n,
	       round(r.old_rate, 2) AS old_per_10k, round(r.new_rate, 2) AS new_per_10k,
	       NULL::boolean AS is_target, NULL::numeric AS old_value,
	       NULL::numeric AS new_value, NULL::text AS unit,
	       NULL::text AS old_mention, NULL::text AS new_mention
	FROM ranked r
	WHERE r.change IS NOT NULL AND r.rank <= k
	UNION ALL
	SELECT 5, f.rank, 'figure', f.indicator, NULL, NULL, NULL, NULL,
	       f.is_target, f.old_value, f.new_value, f.unit, f.old_mention, f.new_mention
	FROM figures f)
SELECT result.change, result.term, result.old_n, result.new_n, result.old_per_10k,
       result.new_per_10k, result.is_target, result.old_value, result.new_value,
       result.unit, result.old_mention, result.new_mention
FROM result
ORDER BY result.change_order, result.rank
$$;

COMMENT ON FUNCTION report_compare(text, text, integer) IS
'what changed from one report to the next: the k words new, dropped, risen and fallen most (counts and per 10,000 characters), then every figure whose indicator, unit and target/outcome kind appear in both, with the two values';

-- The word views over a reports table and its words table (NAME and
-- NAME_words, as govreport-load --words makes them), for BI tools: every
-- column of a built-in type.  A column the reports table lacks (region_code
-- before the loader fills it) is NULL in the views.
CREATE FUNCTION govreport_create_word_views(reports regclass)
RETURNS text[]
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	-- the report's attributes the views carry, with the type they have there
	attrs constant text[] := ARRAY['file_name', 'report_year', 'region',
		'region_code', 'admin_level'];
	attr_types constant text[] := ARRAY['text', 'integer', 'text', 'text', 'text'];
	base_schema name;
	base_name name;
	words regclass;
	cols text := '';
	group_cols text := '';
	view_name text;
	made text[] := '{}';
BEGIN
	SELECT n.nspname, c.relname INTO base_schema, base_name
	FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE c.oid = reports;
	words := to_regclass(format('%I.%I', base_schema, base_name || '_words'));
	IF words IS NULL THEN
		RETURN made;
	END IF;

	FOR i IN 1 .. array_length(attrs, 1) LOOP
		IF EXISTS (SELECT 1 FROM pg_attribute a
				   WHERE a.attrelid = reports AND a.attname = attrs[i]
					 AND a.attnum > 0 AND NOT a.attisdropped) THEN
			cols := cols || format('r.%1$I::%2$s AS %1$I, ', attrs[i], attr_types[i]);
		ELSE
			cols := cols || format('NULL::%2$s AS %1$I, ', attrs[i], attr_types[i]);
		END IF;
	END LOOP;

	-- one row per word of a report, with the report's who, where and when
	view_name := base_name || '_words_bi';
	EXECUTE format('CREATE OR REPLACE VIEW %I.%I AS
		SELECT w.report_id, %s w.word, w.pos, w.n
		FROM %s w JOIN %s r ON r.id = w.report_id',
		base_schema, view_name, cols, words, reports);
	EXECUTE format('COMMENT ON VIEW %I.%I IS %L', base_schema, view_name,
		format('each word of each report of %s with the report''s year, region, region code and level; plain column types for BI tools (made by govreport_create_word_views)', reports));
	made := made || format('%I.%I', base_schema, view_name);

	-- occurrences of each word per (year, region, region code, level),
	-- per 10,000 characters of those reports; 0 where a group's reports
	-- lack the word, so a line chart drops to 0 rather than skipping years
	view_name := base_name || '_word_trends';
	EXECUTE format('CREATE OR REPLACE VIEW %I.%I AS
		SELECT r.report_year, r.region, r.region_code, r.admin_level, v.word,
		       coalesce(sum(w.n), 0)::bigint AS n,
		       count(*)::bigint AS reports,
		       sum(r.chars)::bigint AS chars,
		       round(coalesce(sum(w.n), 0) * 10000.0 / greatest(sum(r.chars), 1), 3) AS per_10k
		FROM (SELECT %s r.id, char_length(r.body) AS chars FROM %s r) r
		CROSS JOIN (SELECT DISTINCT d.word FROM %s d) v
		LEFT JOIN %s w ON w.report_id = r.id AND w.word = v.word
		GROUP BY r.report_year, r.region, r.region_code, r.admin_level, v.word',
		base_schema, view_name, cols, reports, words, words);
	EXECUTE format('COMMENT ON VIEW %I.%I IS %L', base_schema, view_name,
		format('occurrences of each word per report year, region, region code and admin level of %s, and per 10,000 characters of those reports (made by govreport_create_word_views)', reports));
	made := made || format('%I.%I', base_schema, view_name);
	RETURN made;
END
$$;

COMMENT ON FUNCTION govreport_create_word_views(regclass) IS
'create or replace the views NAME_words_bi (each word of each report with year, region, region code, admin level) and NAME_word_trends (occurrences per year and region, per 10,000 characters) over a reports table and its NAME_words table; returns the views made';

-- analysis: the BI views function also makes the word views; search: it
-- leaves tsvector columns out (the loader's tsv: no use to a BI tool, long
-- as text).
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
	-- analysis: the word views, when the reports have a words table
	made := made || @extschema@.govreport_create_word_views(reports);
	RETURN made;
END
$$;

COMMENT ON FUNCTION govreport_create_bi_views(regclass) IS
'create or replace views NAME_bi, NAME_sections_bi and NAME_figures_bi over a reports table and its sections and figures tables, with every column of a type BI tools know (extension types as text, search vectors left out), and the word views of govreport_create_word_views; returns the views made';

-- versions: govreport_version() also names the lexicon (its first 12 hex
-- digits); the catalogue of what each index was built with.
COMMENT ON FUNCTION @extschema@.govreport_version() IS
'govreport extension version, with the ICU and Unicode versions it was built against and the lexicon''s identity';

-- govreport: versions: the lexicon every index was built with
-- (doc/upgrade.md).  What to_tsvector('govreport', ...) gives depends on
-- the library and the lexicon file, and on zh_user_lexicon; an index, a
-- stored column or a materialised view computed with other ones answers
-- other questions until it is rebuilt.  The catalogue below keeps what each
-- was built with, govreport_lexicon_stale() says which need rebuilding, and
-- a backend that maps a lexicon warns once when something was recorded
-- with another one.

CREATE FUNCTION govreport_lexicon_identity() RETURNS text
AS 'MODULE_PATHNAME', 'govreport_lexicon_identity'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION govreport_lexicon_identity() IS
'what text search results are computed with here: the library version and the SHA-256 of the sources of the lexicon file in use';

-- Advanced by the trigger on zh_user_lexicon at every edit (a sequence, so
-- that editors need no right on it; also by edits later rolled back, which
-- only makes the rule below more cautious).
CREATE SEQUENCE govreport_user_lexicon_edits;
GRANT SELECT ON SEQUENCE govreport_user_lexicon_edits TO PUBLIC;

COMMENT ON SEQUENCE govreport_user_lexicon_edits IS
'counts the statements that edited zh_user_lexicon; an index records the count it was built at';

CREATE TABLE govreport_lexicon_builds (
	relid oid NOT NULL,
	attnum int2 NOT NULL,
	built_with text NOT NULL,
	user_lexicon_edits int8 NOT NULL,
	recorded_at timestamptz NOT NULL,
	PRIMARY KEY (relid, attnum)
);

COMMENT ON TABLE govreport_lexicon_builds IS
'what each index, stored column (attnum > 0) or materialised view computed with govreport was built with: govreport_lexicon_identity() and the count of user lexicon edits; kept by govreport_record_lexicon()';

-- Everyone may record what they own, and forget records of what is gone;
-- nobody can mark another role's index as current or stale.
ALTER TABLE govreport_lexicon_builds ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON govreport_lexicon_builds FOR SELECT USING (true);
CREATE POLICY record_own ON govreport_lexicon_builds FOR INSERT
	WITH CHECK (EXISTS (SELECT FROM pg_catalog.pg_class c
		WHERE c.oid OPERATOR(pg_catalog.=) relid
		AND pg_catalog.pg_has_role(c.relowner, 'USAGE')));
CREATE POLICY update_own ON govreport_lexicon_builds FOR UPDATE
	USING (EXISTS (SELECT FROM pg_catalog.pg_class c
		WHERE c.oid OPERATOR(pg_catalog.=) relid
		AND pg_catalog.pg_has_role(c.relowner, 'USAGE')));
CREATE POLICY forget_own_or_gone ON govreport_lexicon_builds FOR DELETE
	USING (NOT EXISTS (SELECT FROM pg_catalog.pg_class c
		WHERE c.oid OPERATOR(pg_catalog.=) relid
		AND NOT pg_catalog.pg_has_role(c.relowner, 'USAGE')));
GRANT SELECT, INSERT, UPDATE, DELETE ON govreport_lexicon_builds TO PUBLIC;

CREATE FUNCTION govreport_lexicon_dependents(
	OUT relid regclass, OUT attnum int2, OUT kind text,
	OUT reads_user_lexicon boolean)
RETURNS SETOF record
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	-- What govreport's results are read from: its text search parsers and
	-- templates (and every configuration or dictionary made with them,
	-- users' copies included), and its functions that read the lexicon.
	-- A function that reads the lexicon is added to the list below, and
	-- to the second list too when it reads the user lexicon.  Search
	-- vectors (the configurations, zh_tsvector, zh_normalize) are made of
	-- normalised character pairs: they depend on the lexicon file's
	-- normal forms, not on the user lexicon.
	WITH member AS (
		SELECT d.classid, d.objid FROM pg_depend d
		JOIN pg_extension e ON e.oid = d.refobjid
		WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
			AND e.extname = 'govreport'
	), dict AS (
		SELECT t.oid FROM pg_ts_dict t
		WHERE t.dicttemplate IN (SELECT objid FROM member WHERE classid = 'pg_ts_template'::regclass)
	), source (classid, objid, user_lexicon) AS (
		SELECT 'pg_ts_dict'::regclass, oid, false FROM dict
		UNION ALL
		SELECT 'pg_ts_config'::regclass, c.oid, false FROM pg_ts_config c
		WHERE c.cfgparser IN (SELECT objid FROM member WHERE classid = 'pg_ts_parser'::regclass)
			OR EXISTS (SELECT FROM pg_ts_config_map m
				WHERE m.mapcfg = c.oid AND m.mapdict IN (SELECT oid FROM dict))
		UNION ALL
		SELECT 'pg_proc'::regclass, p.oid,
			p.proname = ANY (ARRAY['zh_segment', 'zh_tokenize', 'zh_word_counts', 'zh_word_stats',
				'zh_keywords', 'zh_corpus_keywords', 'report_compare']::name[])
		FROM pg_proc p
		WHERE p.oid IN (SELECT objid FROM member WHERE classid = 'pg_proc'::regclass)
			AND p.proname = ANY (ARRAY['zh_normalize', 'zh_tsvector', 'zh_segment', 'zh_tokenize',
				'zh_word_counts', 'zh_word_stats', 'zh_keywords', 'zh_corpus_keywords',
				'report_compare']::name[])
	), dep AS (
		SELECT d.classid, d.objid, bool_or(s.user_lexicon) AS user_lexicon
		FROM pg_depend d
		JOIN source s ON s.classid = d.refclassid AND s.objid = d.refobjid
		GROUP BY d.classid, d.objid
	)
	SELECT c.oid::regclass, 0::int2, 'index', dep.user_lexicon FROM dep
	JOIN pg_class c ON c.oid = dep.objid AND c.relkind IN ('i', 'I')
	WHERE dep.classid = 'pg_class'::regclass
	UNION
	SELECT a.attrelid::regclass, a.attnum, 'stored column', dep.user_lexicon FROM dep
	JOIN pg_attrdef ad ON ad.oid = dep.objid
	JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum AND a.attgenerated = 's'
	WHERE dep.classid = 'pg_attrdef'::regclass
	UNION
	SELECT c.oid::regclass, 0::int2, 'materialized view', dep.user_lexicon FROM dep
	JOIN pg_rewrite r ON r.oid = dep.objid
	JOIN pg_class c ON c.oid = r.ev_class AND c.relkind = 'm'
	WHERE dep.classid = 'pg_rewrite'::regclass
$$;

COMMENT ON FUNCTION govreport_lexicon_dependents() IS
'indexes, stored generated columns and materialised views of this database whose contents come from govreport''s text search or lexicon functions, and whether they also depend on the user lexicon (search vectors do not)';

CREATE FUNCTION govreport_record_lexicon(rel regclass) RETURNS integer
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	built_with text := @extschema@.govreport_lexicon_identity();
	edits int8;
	n integer;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = rel AND pg_has_role(c.relowner, 'USAGE')) THEN
		RAISE EXCEPTION 'must be owner of relation %', rel
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'Only who may rebuild an index can record what it was built with.';
	END IF;
	SELECT CASE WHEN s.is_called THEN s.last_value ELSE 0 END INTO edits
	FROM @extschema@.govreport_user_lexicon_edits s;

	-- records of relations dropped since
	DELETE FROM @extschema@.govreport_lexicon_builds b
	WHERE NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = b.relid);

	-- the relation itself when govreport computed it, else what it holds
	-- that govreport computed (its indexes and stored columns, those of its
	-- partitions included), else the relation as a whole: a table whose
	-- vectors a trigger or a loader fills
	WITH target AS (
		SELECT d.relid, d.attnum FROM @extschema@.govreport_lexicon_dependents() d
		WHERE d.relid = rel
		UNION
		SELECT d.relid, d.attnum FROM @extschema@.govreport_lexicon_dependents() d
		LEFT JOIN pg_index i ON i.indexrelid = d.relid
		WHERE COALESCE(i.indrelid, d.relid) IN
			(SELECT rel UNION SELECT t.relid FROM pg_partition_tree(rel) t)
	), chosen AS (
		SELECT relid, attnum FROM target
		UNION ALL
		SELECT rel, 0 WHERE NOT EXISTS (SELECT FROM target)
	)
	INSERT INTO @extschema@.govreport_lexicon_builds AS b
		(relid, attnum, built_with, user_lexicon_edits, recorded_at)
	SELECT relid, attnum, built_with, edits, now() FROM chosen
	ON CONFLICT (relid, attnum) DO UPDATE
		SET built_with = excluded.built_with,
			user_lexicon_edits = excluded.user_lexicon_edits,
			recorded_at = excluded.recorded_at;
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$$;

COMMENT ON FUNCTION govreport_record_lexicon(regclass) IS
'record that an index, a materialised view, or the govreport indexes and stored columns of a table were just built with the lexicon in use; returns how many were recorded';

CREATE FUNCTION govreport_lexicon_stale(
	OUT relation regclass, OUT column_name name, OUT kind text,
	OUT reason text, OUT rebuild text)
RETURNS SETOF record
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	WITH now AS (
		SELECT @extschema@.govreport_lexicon_identity() AS built_with,
			(SELECT CASE WHEN s.is_called THEN s.last_value ELSE 0 END
			 FROM @extschema@.govreport_user_lexicon_edits s) AS edits
	), known AS (
		-- what depends on govreport, and whether on the user lexicon too;
		-- an object that was only recorded is assumed to (it may hold
		-- words, as a words table does)
		SELECT DISTINCT ON (relid, attnum) relid, attnum, kind, user_lexicon
		FROM (
		SELECT d.relid::oid, d.attnum, d.kind, d.reads_user_lexicon AS user_lexicon, 0 AS pref
		FROM @extschema@.govreport_lexicon_dependents() d
		UNION ALL
		SELECT b.relid, b.attnum,
			CASE WHEN b.attnum > 0 THEN 'stored column'
				 WHEN c.relkind IN ('i', 'I') THEN 'index'
				 WHEN c.relkind = 'm' THEN 'materialized view'
				 ELSE 'table' END,
			true, 1
		FROM @extschema@.govreport_lexicon_builds b
		JOIN pg_class c ON c.oid = b.relid
		WHERE b.attnum = 0 OR EXISTS (SELECT FROM pg_attribute a
			WHERE a.attrelid = b.relid AND a.attnum = b.attnum AND NOT a.attisdropped)
		) candidates
		ORDER BY relid, attnum, pref
	), judged AS (
		SELECT k.relid, k.attnum, k.kind,
			CASE
				WHEN b.relid IS NULL THEN
					'never recorded'
				WHEN b.built_with <> now.built_with THEN
					format('built with %s; in use: %s', b.built_with, now.built_with)
				WHEN k.user_lexicon AND b.user_lexicon_edits <> now.edits THEN
					format('zh_user_lexicon edited since it was built (%s statement%s)',
						   now.edits - b.user_lexicon_edits,
						   CASE WHEN now.edits - b.user_lexicon_edits = 1 THEN '' ELSE 's' END)
			END AS reason
		FROM known k CROSS JOIN now
		LEFT JOIN @extschema@.govreport_lexicon_builds b
			ON b.relid = k.relid AND b.attnum = k.attnum
	)
	SELECT j.relid::regclass,
		CASE WHEN j.attnum > 0 THEN (SELECT a.attname FROM pg_attribute a
			WHERE a.attrelid = j.relid AND a.attnum = j.attnum) END,
		j.kind, j.reason,
		-- the statement that rebuilds it, and the one that records that
		CASE j.kind
			WHEN 'index' THEN format('REINDEX INDEX %s', j.relid::regclass)
			WHEN 'materialized view' THEN format('REFRESH MATERIALIZED VIEW %s', j.relid::regclass)
			WHEN 'stored column' THEN
				-- rewriting a column the expression reads recomputes it
				(SELECT format('UPDATE %s SET %I = %I', j.relid::regclass, a.attname, a.attname)
				 FROM pg_attrdef ad
				 JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid
					AND d.refclassid = 'pg_class'::regclass AND d.refobjid = j.relid
					AND d.refobjsubid <> j.attnum AND d.refobjsubid > 0
				 JOIN pg_attribute a ON a.attrelid = j.relid AND a.attnum = d.refobjsubid
				 WHERE ad.adrelid = j.relid AND ad.adnum = j.attnum
				 ORDER BY a.attnum LIMIT 1)
		END || format('; SELECT %s.govreport_record_lexicon(%L);', '@extschema@', j.relid::regclass)
	FROM judged j
	WHERE j.reason IS NOT NULL
	ORDER BY j.relid::regclass::text, j.attnum
$$;

COMMENT ON FUNCTION govreport_lexicon_stale() IS
'indexes, stored columns and materialised views computed with govreport that may not match the lexicon in use (never recorded, built with another library or lexicon file, or zh_user_lexicon edited since), with the statement that rebuilds each';

-- outline: report_sections gains kind and role as its last columns, and
-- its depth counts headings only.  A function's OUT columns cannot change
-- in place, so it is dropped and made again.
DROP FUNCTION @extschema@.report_sections(text);
CREATE FUNCTION report_sections(doc text,
	OUT section report_section, OUT depth int4, OUT heading text, OUT body text,
	OUT char_start int4, OUT char_end int4, OUT kind text, OUT role text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'report_sections'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 60;

COMMENT ON FUNCTION report_sections(text) IS
'the outline of a report: one row per section, with its depth in headings, its heading, its own text, character offsets [char_start, char_end) into doc, its kind (part, heading, item, lead, closing, appendix, preamble) and its role (review, targets, plan, closing, other)';

CREATE FUNCTION report_section_role(doc text, char_offset int4) RETURNS text
AS 'MODULE_PATHNAME', 'report_section_role'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

COMMENT ON FUNCTION report_section_role(text, int4) IS
'the role (review, targets, plan, closing, other) of the section of report_sections(doc) holding the character offset; NULL outside every section';

-- outline: sections of two reports matched by their headings (doc/outline.md)
CREATE FUNCTION report_section_match(doc_a text, doc_b text,
	OUT section_a report_section, OUT heading_a text,
	OUT section_b report_section, OUT heading_b text,
	OUT role text, OUT score float8)
RETURNS SETOF record
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
WITH
a AS (SELECT s.char_start AS id, s.section, s.heading, s.role
      FROM @extschema@.report_sections(doc_a) s
      WHERE s.kind IN ('part', 'heading', 'closing') AND s.heading <> ''),
b AS (SELECT s.char_start AS id, s.section, s.heading, s.role
      FROM @extschema@.report_sections(doc_b) s
      WHERE s.kind IN ('part', 'heading', 'closing') AND s.heading <> ''),
-- the pairs of adjacent characters of each heading (a one-character heading is its own pair)
ga AS (SELECT DISTINCT a.id, substr(a.heading, i, 2) AS g
       FROM a, generate_series(1, greatest(char_length(a.heading) - 1, 1)) AS i),
gb AS (SELECT DISTINCT b.id, substr(b.heading, i, 2) AS g
       FROM b, generate_series(1, greatest(char_length(b.heading) - 1, 1)) AS i),
na AS (SELECT id, count(*) AS n FROM ga GROUP BY id),
nb AS (SELECT id, count(*) AS n FROM gb GROUP BY id),
-- Dice coefficient of the pairs, for sections of the same role
scored AS (
	SELECT ga.id AS ida, gb.id AS idb, 2.0 * count(*) / (max(na.n) + max(nb.n)) AS score
	FROM ga JOIN gb ON gb.g = ga.g
	JOIN na ON na.id = ga.id JOIN nb ON nb.id = gb.id
	JOIN a ON a.id = ga.id JOIN b ON b.id = gb.id
	WHERE a.role = b.role
	GROUP BY ga.id, gb.id),
best_a AS (SELECT DISTINCT ON (ida) ida, idb, score FROM scored ORDER BY ida, score DESC, idb),
best_b AS (SELECT DISTINCT ON (idb) ida, idb FROM scored ORDER BY idb, score DESC, ida)
-- pairs that are each other's best match, and alike enough
SELECT a.section, a.heading, b.section, b.heading, a.role, round(x.score, 3)::float8
FROM best_a x
JOIN best_b y ON y.ida = x.ida AND y.idb = x.idb
JOIN a ON a.id = x.ida
JOIN b ON b.id = x.idb
WHERE x.score >= 0.3
ORDER BY a.id
$$;

COMMENT ON FUNCTION report_section_match(text, text) IS
'sections of two reports matched by their headings: pairs of headings (parts, headings, closing parts) of the same role that are each other''s best match by the Dice coefficient of their character pairs, with that score (0.3 to 1)';
