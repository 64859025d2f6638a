/*
 * section_type_sql.c
 *		The report_section type: text and binary I/O, comparison, hashing,
 *		containment and level accessors.
 *
 * The syntax itself lives in section_syntax.c so that the fuzz harness can
 * run it without a server.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "section_type.h"

ReportSection *
report_section_make(const SectionLevel *levels, int n)
{
	ReportSection *result = palloc0(REPORT_SECTION_SIZE(n));

	SET_VARSIZE(result, REPORT_SECTION_SIZE(n));
	result->nlevels = n;
	if (n > 0)
		memcpy(result->levels, levels, n * sizeof(SectionLevel));
	return result;
}

/* The detail of an input error, in words and with the limits. */
static int
section_parse_error_detail(SectionParseError error)
{
	switch (error)
	{
		case SECTION_PARSE_TOO_DEEP:
			return errdetail("A report_section has at most %d levels.",
							 SECTION_MAX_DEPTH);
		case SECTION_PARSE_ORDINAL:
			return errdetail("Ordinals run from 1 to %d (§n, ——n and ¶n to %d).",
							 SECTION_MAX_ORDINAL, SECTION_MAX_UNNUMBERED);
		case SECTION_PARSE_CIRCLED:
			return errdetail("In the dotted form, levels below the fourth are circled numbers, which go up to %d.",
							 SECTION_MAX_CIRCLED);
		case SECTION_PARSE_MARKER:
		case SECTION_PARSE_OK:
			break;
	}
	return errdetail("Expected a heading marker such as 一、 （一） 1. （1） ① 第一部分 §1 ——1 ¶1, or a dotted path such as 2.4.3.");
}

/*
 * report_section_in(cstring)
 *		Marker form ('二、（四）3.') or dotted form ('2.4.3'); '' is the
 *		whole report (the root, depth 0).
 */
PG_FUNCTION_INFO_V1(report_section_in);
Datum
report_section_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	SectionLevel levels[SECTION_MAX_DEPTH];
	SectionParseError error = SECTION_PARSE_OK;
	int			n;

	n = section_parse(str, strlen(str), levels, SECTION_MAX_DEPTH, &error);
	if (n < 0)
#if PG_VERSION_NUM >= 160000
		ereturn(fcinfo->context, (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"",
						"report_section", str),
				 section_parse_error_detail(error)));
#else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"",
						"report_section", str),
				 section_parse_error_detail(error)));
#endif

	PG_RETURN_REPORT_SECTION_P(report_section_make(levels, n));
}

/*
 * report_section_out(report_section)
 *		The canonical marker form.
 */
PG_FUNCTION_INFO_V1(report_section_out);
Datum
report_section_out(PG_FUNCTION_ARGS)
{
	ReportSection *sec = PG_GETARG_REPORT_SECTION_P(0);
	char	   *buf = palloc(sec->nlevels * SECTION_MAX_LEVEL_BYTES + 1);

	section_format(sec->levels, sec->nlevels, buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * report_section_send(report_section)
 *		Version byte, int16 level count, then per level int8 style and
 *		int16 ordinal.
 */
PG_FUNCTION_INFO_V1(report_section_send);
Datum
report_section_send(PG_FUNCTION_ARGS)
{
	ReportSection *sec = PG_GETARG_REPORT_SECTION_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint8(&buf, REPORT_SECTION_BINARY_VERSION);
	pq_sendint16(&buf, sec->nlevels);
	for (int i = 0; i < sec->nlevels; i++)
	{
		pq_sendint8(&buf, sec->levels[i].style);
		pq_sendint16(&buf, sec->levels[i].ordinal);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * report_section_recv(internal)
 *		Reverse of send; every field is checked, since the bytes come from
 *		the client.
 */
PG_FUNCTION_INFO_V1(report_section_recv);
Datum
report_section_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	SectionLevel levels[SECTION_MAX_DEPTH];
	int			version = pq_getmsgint(buf, 1);
	int			n;

	if (version != REPORT_SECTION_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported report_section binary format version %d", version),
				 errdetail("Only version %d is known.", REPORT_SECTION_BINARY_VERSION)));
	n = pq_getmsgint(buf, 2);
	if (n > SECTION_MAX_DEPTH)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("report_section has too many levels: %d", n),
				 errdetail("A report_section has at most %d levels.", SECTION_MAX_DEPTH)));
	for (int i = 0; i < n; i++)
	{
		levels[i].style = pq_getmsgint(buf, 1);
		levels[i].reserved = 0;
		levels[i].ordinal = pq_getmsgint(buf, 2);
		if (!section_level_valid(&levels[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid report_section level %d: style %d, ordinal %d",
							i + 1, levels[i].style, levels[i].ordinal),
					 errdetail("Styles run from 1 to %d and ordinals from 1 to %d (circled numbers to %d, §n ——n ¶n to %d).",
							   SECTION_STYLE_LAST, SECTION_MAX_ORDINAL, SECTION_MAX_CIRCLED,
							   SECTION_MAX_UNNUMBERED)));
	}
	PG_RETURN_REPORT_SECTION_P(report_section_make(levels, n));
}

static int
compare_args(FunctionCallInfo fcinfo)
{
	ReportSection *a = PG_GETARG_REPORT_SECTION_P(0);
	ReportSection *b = PG_GETARG_REPORT_SECTION_P(1);
	int			result = section_compare(a->levels, a->nlevels, b->levels, b->nlevels);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return result;
}

/*
 * report_section_cmp(a, b)
 *		btree support: document order, level by level (ordinal, then style);
 *		a parent sorts right before its descendants.
 */
PG_FUNCTION_INFO_V1(report_section_cmp);
Datum
report_section_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(compare_args(fcinfo));
}

/* report_section_lt(a, b) */
PG_FUNCTION_INFO_V1(report_section_lt);
Datum
report_section_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) < 0);
}

/* report_section_le(a, b) */
PG_FUNCTION_INFO_V1(report_section_le);
Datum
report_section_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) <= 0);
}

/* report_section_eq(a, b) */
PG_FUNCTION_INFO_V1(report_section_eq);
Datum
report_section_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) == 0);
}

/* report_section_ne(a, b) */
PG_FUNCTION_INFO_V1(report_section_ne);
Datum
report_section_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) != 0);
}

/* report_section_ge(a, b) */
PG_FUNCTION_INFO_V1(report_section_ge);
Datum
report_section_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) >= 0);
}

/* report_section_gt(a, b) */
PG_FUNCTION_INFO_V1(report_section_gt);
Datum
report_section_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) > 0);
}

/* report_section_smaller(a, b): the one first in document order (min) */
PG_FUNCTION_INFO_V1(report_section_smaller);
Datum
report_section_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(compare_args(fcinfo) <= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1));
}

/* report_section_larger(a, b): the one last in document order (max) */
PG_FUNCTION_INFO_V1(report_section_larger);
Datum
report_section_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(compare_args(fcinfo) >= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1));
}

/*
 * report_section_hash(report_section)
 *		Hash of the levels; equal values have identical level bytes.
 */
PG_FUNCTION_INFO_V1(report_section_hash);
Datum
report_section_hash(PG_FUNCTION_ARGS)
{
	ReportSection *sec = PG_GETARG_REPORT_SECTION_P(0);
	Datum		result;

	result = hash_any((const unsigned char *) sec->levels,
					  sec->nlevels * sizeof(SectionLevel));
	PG_FREE_IF_COPY(sec, 0);
	return result;
}

/* report_section_hash_extended(report_section, seed) */
PG_FUNCTION_INFO_V1(report_section_hash_extended);
Datum
report_section_hash_extended(PG_FUNCTION_ARGS)
{
	ReportSection *sec = PG_GETARG_REPORT_SECTION_P(0);
	Datum		result;

	result = hash_any_extended((const unsigned char *) sec->levels,
							   sec->nlevels * sizeof(SectionLevel),
							   PG_GETARG_INT64(1));
	PG_FREE_IF_COPY(sec, 0);
	return result;
}

/* Is a a prefix of b (a contains b)? */
static bool
section_is_prefix(const ReportSection *a, const ReportSection *b)
{
	if (a->nlevels > b->nlevels)
		return false;
	return memcmp(a->levels, b->levels, a->nlevels * sizeof(SectionLevel)) == 0;
}

/*
 * report_section_contains(a, b): a @> b
 *		True when b is a or lies inside a.
 */
PG_FUNCTION_INFO_V1(report_section_contains);
Datum
report_section_contains(PG_FUNCTION_ARGS)
{
	ReportSection *a = PG_GETARG_REPORT_SECTION_P(0);
	ReportSection *b = PG_GETARG_REPORT_SECTION_P(1);

	PG_RETURN_BOOL(section_is_prefix(a, b));
}

/*
 * report_section_contained(a, b): a <@ b
 */
PG_FUNCTION_INFO_V1(report_section_contained);
Datum
report_section_contained(PG_FUNCTION_ARGS)
{
	ReportSection *a = PG_GETARG_REPORT_SECTION_P(0);
	ReportSection *b = PG_GETARG_REPORT_SECTION_P(1);

	PG_RETURN_BOOL(section_is_prefix(b, a));
}

/*
 * report_section_depth(report_section)
 *		Number of levels; 0 for the whole report.
 */
PG_FUNCTION_INFO_V1(report_section_depth);
Datum
report_section_depth(PG_FUNCTION_ARGS)
{
	ReportSection *sec = PG_GETARG_REPORT_SECTION_P(0);

	PG_RETURN_INT32(sec->nlevels);
}

/*
 * report_section_parent(report_section)
 *		The enclosing section; NULL for the root.
 */
PG_FUNCTION_INFO_V1(report_section_parent);
Datum
report_section_parent(PG_FUNCTION_ARGS)
{
	ReportSection *sec = PG_GETARG_REPORT_SECTION_P(0);

	if (sec->nlevels == 0)
		PG_RETURN_NULL();
	PG_RETURN_REPORT_SECTION_P(report_section_make(sec->levels, sec->nlevels - 1));
}

/* Check a 1-based level argument; false when it is outside the path. */
static bool
level_in_path(const ReportSection *sec, int32 level)
{
	return level >= 1 && level <= sec->nlevels;
}

/*
 * report_section_ancestor(report_section, level)
 *		The first "level" levels: the ancestor at that depth (the section
 *		itself when level equals its depth).  NULL when level is outside
 *		0 .. depth.
 */
PG_FUNCTION_INFO_V1(report_section_ancestor);
Datum
report_section_ancestor(PG_FUNCTION_ARGS)
{
	ReportSection *sec = PG_GETARG_REPORT_SECTION_P(0);
	int32		level = PG_GETARG_INT32(1);

	if (level < 0 || level > sec->nlevels)
		PG_RETURN_NULL();
	PG_RETURN_REPORT_SECTION_P(report_section_make(sec->levels, level));
}

/*
 * report_section_style(report_section, level)
 *		Heading style of a level (1 = outermost): part, chapter, han,
 *		han_paren, digit, digit_paren, circled, title, dash or lead.
 */
PG_FUNCTION_INFO_V1(report_section_style);
Datum
report_section_style(PG_FUNCTION_ARGS)
{
	ReportSection *sec = PG_GETARG_REPORT_SECTION_P(0);
	int32		level = PG_GETARG_INT32(1);

	if (!level_in_path(sec, level))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(section_style_name(sec->levels[level - 1].style)));
}

/*
 * report_section_ordinal(report_section, level)
 *		Ordinal of a level (1 = outermost).
 */
PG_FUNCTION_INFO_V1(report_section_ordinal);
Datum
report_section_ordinal(PG_FUNCTION_ARGS)
{
	ReportSection *sec = PG_GETARG_REPORT_SECTION_P(0);
	int32		level = PG_GETARG_INT32(1);

	if (!level_in_path(sec, level))
		PG_RETURN_NULL();
	PG_RETURN_INT32(sec->levels[level - 1].ordinal);
}
