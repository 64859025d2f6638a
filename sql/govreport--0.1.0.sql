\echo Use "CREATE EXTENSION govreport" to load this file. \quit

-- govreport: core objects (version and build information).

CREATE FUNCTION govreport_version() RETURNS text
AS 'MODULE_PATHNAME', 'govreport_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION govreport_version() IS
'govreport extension version, with the ICU and Unicode versions it was built against';
-- govreport: segment objects: the segmenter and the user lexicon.

-- The user lexicon: words added here take effect at every connection's next
-- call, transactionally.  Open to every user of the database (the extension
-- is trusted): it only changes how text is cut, like a shared dictionary.
CREATE TABLE zh_user_lexicon (
	word text PRIMARY KEY CHECK (char_length(word) BETWEEN 1 AND 64 AND word !~ '\s'),
	weight real CHECK (weight OPERATOR(pg_catalog.>) 0),
	tag text CHECK (char_length(tag) BETWEEN 1 AND 7)
);

COMMENT ON TABLE zh_user_lexicon IS
'words the segmenter keeps whole, on top of the built-in lexicon; weight is a count like jieba''s (NULL: 100000), tag a part-of-speech tag';

GRANT SELECT, INSERT, UPDATE, DELETE ON zh_user_lexicon TO PUBLIC;

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
-- "govreport" text search configuration (parser, dictionary, stop words).

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
'govreport text search parser: headline, highlighting whole terms';

CREATE TEXT SEARCH PARSER govreport (
	START = govreport_prs_start,
	GETTOKEN = govreport_prs_gettoken,
	END = govreport_prs_end,
	LEXTYPES = govreport_prs_lextype,
	HEADLINE = govreport_prs_headline
);
COMMENT ON TEXT SEARCH PARSER govreport IS
'Chinese government report text: segmenter words, numbers, quantities, Latin words, punctuation and blanks';

-- The dictionary: normalisation and stop words.
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
'normalises Chinese tokens (NFKC, case fold, traditional to simplified) and drops stop words';

CREATE TEXT SEARCH DICTIONARY govreport_zh (
	TEMPLATE = govreport_zh,
	StopWords = govreport
);
COMMENT ON TEXT SEARCH DICTIONARY govreport_zh IS
'Chinese tokens in normal form, stop words from govreport.stop dropped';

CREATE TEXT SEARCH CONFIGURATION govreport (PARSER = govreport);
ALTER TEXT SEARCH CONFIGURATION govreport
	ADD MAPPING FOR word, latin, other_script, number, quantity WITH govreport_zh;
COMMENT ON TEXT SEARCH CONFIGURATION govreport IS
'Chinese government reports: segmented words, normalised, stop words dropped';
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
    factor numeric NOT NULL CHECK (factor OPERATOR(pg_catalog.>) 0)
);

INSERT INTO zh_units SELECT * FROM zh_unit_catalogue();

COMMENT ON TABLE zh_units IS
'units of measure met in government reports: category (currency, people, households, area, length, mass, energy, power, volume, ratio, multiple, time, count) and the factor to the category''s base unit; scale words (万, 亿) are not units';

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
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_le, COMMUTATOR = >=, NEGATOR = >,
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR = (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_eq, COMMUTATOR = =, NEGATOR = <>,
	RESTRICT = eqsel, JOIN = eqjoinsel, MERGES, HASHES);
CREATE OPERATOR <> (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_ne, COMMUTATOR = <>, NEGATOR = =,
	RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR >= (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_ge, COMMUTATOR = <=, NEGATOR = <,
	RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR > (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_gt, COMMUTATOR = <, NEGATOR = <=,
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR @> (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_contains, COMMUTATOR = <@,
	RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR <@ (LEFTARG = report_section, RIGHTARG = report_section,
	FUNCTION = report_section_contained, COMMUTATOR = @>,
	RESTRICT = contsel, JOIN = contjoinsel);

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
	OUT char_start int4, OUT char_end int4)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'report_sections'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 60;

CREATE FUNCTION report_info(doc text,
	OUT title text, OUT region text, OUT admin_level text, OUT report_year int4,
	OUT meeting_date date, OUT session text, OUT speaker text, OUT speaker_title text)
RETURNS record
AS 'MODULE_PATHNAME', 'report_info'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

CREATE FUNCTION report_clean(doc text) RETURNS text
AS 'MODULE_PATHNAME', 'report_clean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

CREATE FUNCTION report_section_at(doc text, char_offset int4) RETURNS report_section
AS 'MODULE_PATHNAME', 'report_section_at'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

COMMENT ON FUNCTION report_sections(text) IS
'the outline of a report: one row per section, with its heading, its own text and character offsets [char_start, char_end) into doc';
COMMENT ON FUNCTION report_info(text) IS
'who, where and when of a report: title, region, admin level, year planned for, meeting date, session, speaker and title';
COMMENT ON FUNCTION report_clean(text) IS
'the report without web-page debris, one paragraph per line, whitespace normalised';
COMMENT ON FUNCTION report_section_at(text, int4) IS
'the section of report_sections(doc) whose [char_start, char_end) holds the character offset; NULL outside every section';
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

COMMENT ON FUNCTION govreport_create_bi_views(regclass) IS
'create or replace views NAME_bi, NAME_sections_bi and NAME_figures_bi over a reports table and its sections and figures tables, with every column of a type BI tools know (extension types as text); returns the views made';
