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
