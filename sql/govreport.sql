\echo Use "CREATE EXTENSION govreport" to load this file. \quit

-- govreport: core objects (version and build information).

CREATE FUNCTION govreport_version() RETURNS text
AS 'MODULE_PATHNAME', 'govreport_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION govreport_version() IS
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
-- govreport: segment objects: the segmenter and the user lexicon.

-- Every operator and function in an expression of this script is
-- schema-qualified: a trusted install runs the script as the bootstrap
-- superuser, and an unqualified "weight > 0" would pick an operator that
-- anyone with CREATE on the target schema planted there (doc/security.md).

-- The user lexicon: words added here take effect at every connection's next
-- call, transactionally.  It changes how every role's text is cut, so only
-- roles the extension's owner grants it to may edit it (doc/security.md).
CREATE TABLE zh_user_lexicon (
	word text PRIMARY KEY
		CONSTRAINT zh_user_lexicon_word_check
		CHECK (pg_catalog.char_length(word) OPERATOR(pg_catalog.>=) 1
			   AND pg_catalog.char_length(word) OPERATOR(pg_catalog.<=) 64
			   AND word OPERATOR(pg_catalog.!~) '\s'),
	weight real
		CONSTRAINT zh_user_lexicon_weight_check
		CHECK (weight OPERATOR(pg_catalog.>) 0::pg_catalog.float4),
	tag text
		CONSTRAINT zh_user_lexicon_tag_check
		CHECK (pg_catalog.char_length(tag) OPERATOR(pg_catalog.>=) 1
			   AND pg_catalog.char_length(tag) OPERATOR(pg_catalog.<=) 7)
);

COMMENT ON TABLE zh_user_lexicon IS
'words the segmenter keeps whole, on top of the built-in lexicon; weight is a count like jieba''s (NULL: 100000), tag a part-of-speech tag';

-- Everyone reads it; the extension's owner (who ran CREATE EXTENSION, and
-- does not own this table when the install was trusted) may edit it and
-- grant editing to others.
GRANT SELECT ON zh_user_lexicon TO PUBLIC;
DO $$
BEGIN
	EXECUTE pg_catalog.format(
		'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON @extschema@.zh_user_lexicon TO %I WITH GRANT OPTION',
		(SELECT r.rolname FROM pg_catalog.pg_extension e
		 JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) e.extowner
		 WHERE e.extname OPERATOR(pg_catalog.=) 'govreport'));
END
$$;

SELECT pg_catalog.pg_extension_config_dump('zh_user_lexicon', '');

CREATE FUNCTION zh_user_lexicon_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'zh_user_lexicon_changed'
LANGUAGE C;

COMMENT ON FUNCTION zh_user_lexicon_changed() IS
'trigger: tells every connection to reload the user lexicon after a change';

CREATE TRIGGER zh_user_lexicon_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON zh_user_lexicon
FOR EACH STATEMENT EXECUTE FUNCTION zh_user_lexicon_changed();

COMMENT ON TRIGGER zh_user_lexicon_changed ON zh_user_lexicon IS
'sends the relcache invalidation that makes every connection reload the user lexicon (row changes alone send none)';

CREATE FUNCTION zh_segment(doc text) RETURNS text[]
AS 'MODULE_PATHNAME', 'zh_segment'
LANGUAGE C STABLE STRICT PARALLEL SAFE COST 1000;

COMMENT ON FUNCTION zh_segment(text) IS
'Chinese word segmentation: the pieces of the text as written, whitespace dropped, each punctuation mark its own element';

CREATE FUNCTION govreport_lexicon_verify() RETURNS boolean
AS 'MODULE_PATHNAME', 'govreport_lexicon_verify'
LANGUAGE C STABLE STRICT PARALLEL SAFE COST 10000;

COMMENT ON FUNCTION govreport_lexicon_verify() IS
'checks the whole lexicon file against its checksum; true, or an error naming the file';
-- govreport: tokenize objects: token normalisation, zh_tokenize, and the
-- "govreport" text search configuration (parser, dictionary, zh_tsvector).

CREATE FUNCTION zh_normalize(t text) RETURNS text
AS 'MODULE_PATHNAME', 'zh_normalize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION zh_normalize(text) IS
'text in the form search matches on: NFKC, case folded, traditional characters made simplified';

CREATE FUNCTION zh_tokenize(doc text,
	OUT token text, OUT kind text, OUT pos text, OUT "position" integer,
	OUT char_start integer, OUT char_len integer, OUT stopword boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zh_tokenize'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 1000 ROWS 1000;

COMMENT ON FUNCTION zh_tokenize(text) IS
'tokens of a document for word statistics: normalised token, kind, part of speech, position, character offset and length, stop word flag';

-- The text search parser.
CREATE FUNCTION govreport_prs_start(internal, integer) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_prs_start'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_start(internal, integer) IS
'govreport text search parser: start (segments the text)';

CREATE FUNCTION govreport_prs_gettoken(internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_prs_gettoken'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_gettoken(internal, internal, internal) IS
'govreport text search parser: next token';

CREATE FUNCTION govreport_prs_end(internal) RETURNS void
AS 'MODULE_PATHNAME', 'govreport_prs_end'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_end(internal) IS
'govreport text search parser: end';

CREATE FUNCTION govreport_prs_lextype(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_prs_lextype'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_lextype(internal) IS
'govreport text search parser: token types';

CREATE FUNCTION govreport_prs_headline(internal, internal, tsquery) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_prs_headline'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_headline(internal, internal, tsquery) IS
'govreport text search parser: headline, highlighting the tokens each occurrence of the query covers';

CREATE TEXT SEARCH PARSER govreport (
	START = govreport_prs_start,
	GETTOKEN = govreport_prs_gettoken,
	END = govreport_prs_end,
	LEXTYPES = govreport_prs_lextype,
	HEADLINE = govreport_prs_headline
);
COMMENT ON TEXT SEARCH PARSER govreport IS
'Chinese government report text: segmenter words, numbers, quantities, Latin words, punctuation and blanks';

-- The dictionary: each character's pair with the next one, in normal form
-- (doc/search.md).
CREATE FUNCTION govreport_dict_init(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_dict_init'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_dict_init(internal) IS
'govreport_zh dictionary template: initialisation';

CREATE FUNCTION govreport_dict_lexize(internal, internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_dict_lexize'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_dict_lexize(internal, internal, internal, internal) IS
'govreport_zh dictionary template: token to lexemes';

CREATE TEXT SEARCH TEMPLATE govreport_zh (
	INIT = govreport_dict_init,
	LEXIZE = govreport_dict_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE govreport_zh IS
'search lexemes of a token: each character''s pair with the next one in normal form (NFKC, case fold, traditional to simplified), one position per character, whitespace left out';

CREATE TEXT SEARCH DICTIONARY govreport_zh (
	TEMPLATE = @extschema@.govreport_zh
);
COMMENT ON TEXT SEARCH DICTIONARY govreport_zh IS
'pairs of adjacent characters in normal form, one position per character: a term matches where LIKE on the normalised text finds it';

CREATE TEXT SEARCH CONFIGURATION govreport (PARSER = @extschema@.govreport);
ALTER TEXT SEARCH CONFIGURATION @extschema@.govreport
	ADD MAPPING FOR word, latin, other_script, number, quantity, punct, other
	WITH @extschema@.govreport_zh;
COMMENT ON TEXT SEARCH CONFIGURATION govreport IS
'Chinese government reports: every character searchable, traditional and full-width forms folded; headlines by segmented words';

-- The same tsvector in one pass, for stored columns and indexes.
CREATE FUNCTION zh_tsvector(doc text) RETURNS tsvector
AS 'MODULE_PATHNAME', 'zh_tsvector'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;
COMMENT ON FUNCTION zh_tsvector(text) IS
'to_tsvector(''govreport'', doc) built in one pass, for stored columns and indexes';

-- What to search for, as websearch_to_tsquery reads it, without the
-- alternatives only documents need.
CREATE FUNCTION zh_tsquery(query text) RETURNS tsquery
AS 'MODULE_PATHNAME', 'zh_tsquery'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_tsquery(text) IS
'search query for the govreport configuration in websearch syntax (words, "phrases", or, -word): each word matches where it is written, as LIKE on the normalised text finds it';

-- govreport: figures in report text (numerals, units, extract_metrics).

CREATE FUNCTION zh_number(t text) RETURNS numeric
AS 'MODULE_PATHNAME', 'zh_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION zh_number(text) IS
'one number as written (5,000; 4.5万; 一千零五; 壹贰叁; 二〇二四; 负三) as numeric; NULL when the text is not one number';

CREATE FUNCTION zh_unit_catalogue(
    OUT unit text, OUT category text, OUT base_unit text, OUT factor numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zh_unit_catalogue'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;

COMMENT ON FUNCTION zh_unit_catalogue() IS
'the units of measure compiled into extract_metrics, with category and factor to the base unit';

CREATE TABLE zh_units (
    unit text PRIMARY KEY,
    category text NOT NULL,
    base_unit text NOT NULL,
    factor numeric NOT NULL
        CONSTRAINT zh_units_factor_check CHECK (factor OPERATOR(pg_catalog.>) 0::pg_catalog.numeric)
);

INSERT INTO @extschema@.zh_units SELECT * FROM @extschema@.zh_unit_catalogue();
GRANT SELECT ON zh_units TO PUBLIC;

COMMENT ON TABLE zh_units IS
'units of measure met in government reports: category (currency, people, households, area, length, mass, energy, power, freight, passengers, volume, concentration, ratio, multiple, time, age, count, cloth) and the factor to the category''s base unit; scale words (万, 亿) are not units';

CREATE FUNCTION extract_metrics(doc text,
    OUT indicator text, OUT value numeric, OUT unit text,
    OUT low numeric, OUT high numeric, OUT qualifier text,
    OUT change text, OUT baseline text, OUT period text,
    OUT is_target boolean, OUT year int, OUT mention text,
    OUT char_start int, OUT char_end int,
    OUT category text, OUT base_unit text, OUT base_value numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'extract_metrics'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 100;

COMMENT ON FUNCTION extract_metrics(text) IS
'one row per figure in a report: indicator, normalised value and unit, low/high, qualifier, change, baseline, period, target or outcome, year, and the mention with its character offsets';
-- govreport: the outline of a report (report_section type, report_sections,
-- report_info, report_clean).  See doc/outline.md.

CREATE TYPE report_section;

CREATE FUNCTION report_section_in(cstring) RETURNS report_section
AS 'MODULE_PATHNAME', 'report_section_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION report_section_out(report_section) RETURNS cstring
AS 'MODULE_PATHNAME', 'report_section_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION report_section_recv(internal) RETURNS report_section
AS 'MODULE_PATHNAME', 'report_section_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION report_section_send(report_section) RETURNS bytea
AS 'MODULE_PATHNAME', 'report_section_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE report_section (
	INPUT = report_section_in,
	OUTPUT = report_section_out,
	RECEIVE = report_section_recv,
	SEND = report_section_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = extended
);

COMMENT ON TYPE report_section IS
'address of a section in a report''s outline: levels of heading style and ordinal, e.g. 三、（二）¶3';
COMMENT ON FUNCTION report_section_in(cstring) IS
'report_section input: marker form (二、（四）3.) or dotted form (2.4.3)';
COMMENT ON FUNCTION report_section_out(report_section) IS
'report_section output: the canonical marker form';
COMMENT ON FUNCTION report_section_recv(internal) IS
'report_section binary input (version byte, level count, style and ordinal per level)';
COMMENT ON FUNCTION report_section_send(report_section) IS
'report_section binary output (version byte, level count, style and ordinal per level)';

-- comparison, in document order
CREATE FUNCTION report_section_cmp(report_section, report_section) RETURNS int4
AS 'MODULE_PATHNAME', 'report_section_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_lt(report_section, report_section) RETURNS bool
AS 'MODULE_PATHNAME', 'report_section_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_le(report_section, report_section) RETURNS bool
AS 'MODULE_PATHNAME', 'report_section_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_eq(report_section, report_section) RETURNS bool
AS 'MODULE_PATHNAME', 'report_section_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_ne(report_section, report_section) RETURNS bool
AS 'MODULE_PATHNAME', 'report_section_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_ge(report_section, report_section) RETURNS bool
AS 'MODULE_PATHNAME', 'report_section_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_gt(report_section, report_section) RETURNS bool
AS 'MODULE_PATHNAME', 'report_section_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_hash(report_section) RETURNS int4
AS 'MODULE_PATHNAME', 'report_section_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_hash_extended(report_section, int8) RETURNS int8
AS 'MODULE_PATHNAME', 'report_section_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_contains(report_section, report_section) RETURNS bool
AS 'MODULE_PATHNAME', 'report_section_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION report_section_contained(report_section, report_section) RETURNS bool
AS 'MODULE_PATHNAME', 'report_section_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION report_section_cmp(report_section, report_section) IS
'btree support: -1, 0 or 1 in document order';
COMMENT ON FUNCTION report_section_lt(report_section, report_section) IS 'implementation of < for report_section';
COMMENT ON FUNCTION report_section_le(report_section, report_section) IS 'implementation of <= for report_section';
COMMENT ON FUNCTION report_section_eq(report_section, report_section) IS 'implementation of = for report_section';
COMMENT ON FUNCTION report_section_ne(report_section, report_section) IS 'implementation of <> for report_section';
COMMENT ON FUNCTION report_section_ge(report_section, report_section) IS 'implementation of >= for report_section';
COMMENT ON FUNCTION report_section_gt(report_section, report_section) IS 'implementation of > for report_section';
COMMENT ON FUNCTION report_section_hash(report_section) IS 'hash support for report_section';
COMMENT ON FUNCTION report_section_hash_extended(report_section, int8) IS 'extended (seeded 64-bit) hash support for report_section';
COMMENT ON FUNCTION report_section_contains(report_section, report_section) IS
'implementation of @>: is the right section the left one or inside it?';
COMMENT ON FUNCTION report_section_contained(report_section, report_section) IS
'implementation of <@: is the left section the right one or inside it?';

CREATE OPERATOR < (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_lt, COMMUTATOR = >, NEGATOR = >=,
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_le, COMMUTATOR = >=, NEGATOR = >,
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR = (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_eq, COMMUTATOR = =, NEGATOR = <>,
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, MERGES, HASHES);
CREATE OPERATOR <> (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_ne, COMMUTATOR = <>, NEGATOR = =,
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR >= (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_ge, COMMUTATOR = <=, NEGATOR = <,
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR > (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_gt, COMMUTATOR = <, NEGATOR = <=,
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @> (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_contains, COMMUTATOR = <@,
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel);
CREATE OPERATOR <@ (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_contained, COMMUTATOR = @>,
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel);

COMMENT ON OPERATOR < (report_section, report_section) IS 'comes before, in document order';
COMMENT ON OPERATOR <= (report_section, report_section) IS 'comes before or is, in document order';
COMMENT ON OPERATOR = (report_section, report_section) IS 'same section';
COMMENT ON OPERATOR <> (report_section, report_section) IS 'different sections';
COMMENT ON OPERATOR >= (report_section, report_section) IS 'comes after or is, in document order';
COMMENT ON OPERATOR > (report_section, report_section) IS 'comes after, in document order';
COMMENT ON OPERATOR @> (report_section, report_section) IS 'contains (is an ancestor of, or equal to)';
COMMENT ON OPERATOR <@ (report_section, report_section) IS 'is contained by (is a descendant of, or equal to)';

CREATE OPERATOR CLASS report_section_ops
DEFAULT FOR TYPE report_section USING btree AS
	OPERATOR 1 <,
	OPERATOR 2 <=,
	OPERATOR 3 =,
	OPERATOR 4 >=,
	OPERATOR 5 >,
	FUNCTION 1 report_section_cmp(report_section, report_section);

CREATE OPERATOR CLASS report_section_hash_ops
DEFAULT FOR TYPE report_section USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 report_section_hash(report_section),
	FUNCTION 2 report_section_hash_extended(report_section, int8);

COMMENT ON OPERATOR CLASS report_section_ops USING btree IS
'document order for report_section (ORDER BY, btree indexes, merge joins)';
COMMENT ON OPERATOR CLASS report_section_hash_ops USING hash IS
'hashing for report_section (hash indexes, hash joins, GROUP BY)';

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

-- level accessors
CREATE FUNCTION depth(report_section) RETURNS int4
AS 'MODULE_PATHNAME', 'report_section_depth' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION parent(report_section) RETURNS report_section
AS 'MODULE_PATHNAME', 'report_section_parent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ancestor(report_section, level int4) RETURNS report_section
AS 'MODULE_PATHNAME', 'report_section_ancestor' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION section_style(report_section, level int4) RETURNS text
AS 'MODULE_PATHNAME', 'report_section_style' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION section_ordinal(report_section, level int4) RETURNS int4
AS 'MODULE_PATHNAME', 'report_section_ordinal' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION depth(report_section) IS
'number of levels of a section (0 for the whole report)';
COMMENT ON FUNCTION parent(report_section) IS
'the enclosing section (NULL for the whole report)';
COMMENT ON FUNCTION ancestor(report_section, int4) IS
'the ancestor at the given depth (the first n levels); NULL outside 0 .. depth';
COMMENT ON FUNCTION section_style(report_section, int4) IS
'heading style of level n (1 = outermost): part, chapter, han, han_paren, digit, digit_paren, circled, title, dash, lead';
COMMENT ON FUNCTION section_ordinal(report_section, int4) IS
'ordinal of level n (1 = outermost)';

CREATE CAST (report_section AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS report_section) WITH INOUT;
COMMENT ON CAST (report_section AS text) IS 'the canonical marker form';
COMMENT ON CAST (text AS report_section) IS 'parse the marker or dotted form';

-- the outline, the metadata and the clean text of a report
CREATE FUNCTION report_sections(doc text,
	OUT section report_section, OUT depth int4, OUT heading text, OUT body text,
	OUT char_start int4, OUT char_end int4, OUT kind text, OUT role text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'report_sections'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 60;

CREATE FUNCTION report_info(doc text,
	OUT title text, OUT region text, OUT admin_level text, OUT report_year int4,
	OUT meeting_date date, OUT session text, OUT speaker text, OUT speaker_title text,
	OUT region_code text)
RETURNS record
AS 'MODULE_PATHNAME', 'report_info'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

CREATE FUNCTION report_clean(doc text) RETURNS text
AS 'MODULE_PATHNAME', 'report_clean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

CREATE FUNCTION report_section_at(doc text, char_offset int4) RETURNS report_section
AS 'MODULE_PATHNAME', 'report_section_at'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

CREATE FUNCTION report_section_role(doc text, char_offset int4) RETURNS text
AS 'MODULE_PATHNAME', 'report_section_role'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

COMMENT ON FUNCTION report_sections(text) IS
'the outline of a report: one row per section, with its depth in headings, its heading, its own text, character offsets [char_start, char_end) into doc, its kind (part, heading, item, lead, closing, appendix, preamble) and its role (review, targets, plan, closing, other)';
COMMENT ON FUNCTION report_info(text) IS
'who, where and when of a report: title, region, admin level (national, province, prefecture, county), year planned for, meeting date, session, speaker and title, and the region''s GB/T 2260 code';
COMMENT ON FUNCTION report_clean(text) IS
'the report without web-page debris, one paragraph per line, whitespace normalised';
COMMENT ON FUNCTION report_section_at(text, int4) IS
'the section of report_sections(doc) whose [char_start, char_end) holds the character offset; NULL outside every section';
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
-- govreport: regions.  GB/T 2260 region codes compiled into the module from
-- data/zh_regions.tsv (doc/regions.md): a table to join on, and name
-- resolution for report_info's region_code.

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
-- govreport: views for BI tools.
--
-- BI tools (Metabase, Superset, Excel through ODBC...) read columns of
-- built-in types and stumble over extension types.  govreport-load calls
-- govreport_create_bi_views() on its tables; users can call it on their own.

CREATE FUNCTION govreport_create_bi_views(reports regclass)
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
-- govreport: analysis objects: word counts, keywords, trends and "what
-- changed" (doc/analysis.md).

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
