/*
 * outline_sql.c
 *		SQL interface to the outline: report_sections, report_section_at,
 *		report_info and report_clean.
 *
 * The scanning itself is in outline_scan.c and outline_info.c (pure code,
 * fuzzed standalone); this file checks the input and builds result rows.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "govreport.h"
#include "normalize.h"
#include "outline_scan.h"
#include "regions.h"
#include "section_type.h"

/*
 * The document's bytes, after checking they are UTF-8 (the scanner reads
 * UTF-8 only; a database in another encoding cannot use these functions).
 */
static const char *
document_bytes(text *doc, size_t *len)
{
	const char *data = VARDATA_ANY(doc);

	*len = VARSIZE_ANY_EXHDR(doc);
	govreport_require_utf8(data, (int) *len);
	/* debris markers match traditional forms too (首頁, 發佈時間) */
	outline_char_fold = gr_fold_char;
	return data;
}

static void
scan_document(text *doc, const char **data, size_t *len, Outline *outline)
{
	*data = document_bytes(doc, len);
	outline_scan(*data, *len, outline);
	if (outline->too_many)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document has too many sections"),
				 errdetail("At most %d sections are read from one document, and at most %d under one heading (%d of one numbered style).",
						   OUTLINE_MAX_SECTIONS, SECTION_MAX_UNNUMBERED, SECTION_MAX_ORDINAL)));
}

/* The full path of section i, walking up its parents. */
static ReportSection *
section_path(const Outline *outline, int i)
{
	SectionLevel levels[SECTION_MAX_DEPTH];
	int			depth = outline->sections[i].depth;

	for (int d = depth; d > 0 && i > 0; d--)
	{
		levels[d - 1] = outline->sections[i].level;
		i = outline->sections[i].parent;
	}
	return report_section_make(levels, depth);
}

static int32
clamp_int32(int64_t v)
{
	return v > PG_INT32_MAX ? PG_INT32_MAX : (int32) v;
}

/*
 * report_sections(doc text)
 *		One row per section: the section address, its depth (headings in
 *		its path: leads and items have their heading's), its heading
 *		(marker and final 。 removed), its own text (up to the next heading),
 *		its character offsets [char_start, char_end) into doc, its kind
 *		(part, heading, item, lead, closing, ...) and its role (review,
 *		targets, plan, closing, other).  The root row (depth 0) is the
 *		preamble from 各位代表 on.
 */
PG_FUNCTION_INFO_V1(report_sections);
Datum
report_sections(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *data;
	size_t		len;
	Outline		outline;

	InitMaterializedSRF(fcinfo, 0);
	scan_document(doc, &data, &len, &outline);

	for (int i = 0; i < outline.nsections; i++)
	{
		OutlineSection *sec = &outline.sections[i];
		Datum		values[8];
		bool		nulls[8] = {false, false, false, false, false, false, false, false};
		size_t		n;
		char	   *heading;
		char	   *body;

		CHECK_FOR_INTERRUPTS();
		body = outline_normalise(data, sec->body_start, sec->end, true, &n);
		/* an empty preamble is no section */
		if (i == 0 && n == 0)
			continue;
		values[0] = PointerGetDatum(section_path(&outline, i));
		values[1] = Int32GetDatum(sec->heading_depth);
		heading = outline_normalise(data, sec->head_start, sec->head_end, true, &n);
		if (sec->depth == 0)
			nulls[2] = true;
		else
			values[2] = PointerGetDatum(cstring_to_text_with_len(heading, n));
		values[3] = PointerGetDatum(cstring_to_text(body));
		values[4] = Int32GetDatum(clamp_int32(sec->char_start));
		values[5] = Int32GetDatum(clamp_int32(sec->char_end));
		values[6] = CStringGetTextDatum(outline_kind_name(sec->kind));
		values[7] = CStringGetTextDatum(outline_role_name(sec->role));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		pfree(heading);
		pfree(body);
	}
	return (Datum) 0;
}

/* The index of the section holding a character offset, -1 when none. */
static int
section_at(const Outline *outline, int32 offset)
{
	for (int i = 0; i < outline->nsections; i++)
	{
		const OutlineSection *sec = &outline->sections[i];

		if (offset >= sec->char_start && offset < sec->char_end)
			return i;
	}
	return -1;
}

/*
 * The outline of argument 0 and the index of its section holding the
 * character offset in argument 1 (-1 outside every section).
 */
static int
section_at_argument(FunctionCallInfo fcinfo, Outline *outline)
{
	const char *data;
	size_t		len;

	scan_document(PG_GETARG_TEXT_PP(0), &data, &len, outline);
	return section_at(outline, PG_GETARG_INT32(1));
}

/*
 * report_section_at(doc text, char_offset int)
 *		The section whose [char_start, char_end) holds the offset: where a
 *		figure found at that offset belongs.
 */
PG_FUNCTION_INFO_V1(report_section_at);
Datum
report_section_at(PG_FUNCTION_ARGS)
{
	Outline		outline;
	int			i = section_at_argument(fcinfo, &outline);

	if (i < 0)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(section_path(&outline, i));
}

/*
 * report_section_role(doc text, char_offset int)
 *		The role (review, targets, plan, closing, other) of the section
 *		holding the offset: whether a figure there is an outcome or a target.
 */
PG_FUNCTION_INFO_V1(report_section_role);
Datum
report_section_role(PG_FUNCTION_ARGS)
{
	Outline		outline;
	int			i = section_at_argument(fcinfo, &outline);

	if (i < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(outline_role_name(outline.sections[i].role)));
}

/*
 * The GB/T 2260 code of the report's region (src/regions.c); admin_level
 * becomes the code's level, or the outline's guess in the same words.
 */
static const char *
report_region_code(OutlineInfo *info, const char *doc, size_t len)
{
	const char *level = NULL;
	const char *code = NULL;

	if (info->admin_level == NULL || strcmp(info->admin_level, "national") != 0)
		code = gr_region_code_for_report(info->region, doc, (int) len, &level);
	info->admin_level = level ? level : gr_region_level_guess(info->admin_level, info->region);
	return code;
}

/*
 * report_info(doc text)
 *		Title, region, admin level, the year the report plans for, meeting
 *		date, session, speaker and speaker title; NULL where the text is
 *		silent.
 */
PG_FUNCTION_INFO_V1(report_info);
Datum
report_info(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	TupleDesc	tupdesc;
	const char *data;
	size_t		len;
	OutlineInfo info;
	Datum		values[9];
	bool		nulls[9];
	const char *region_code;

	/* report_info is declared with OUT parameters: always a row type */
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);

	data = document_bytes(doc, &len);
	outline_info(data, len, &info);
	region_code = report_region_code(&info, data, len);

	memset(nulls, 0, sizeof(nulls));
#define TEXT_OR_NULL(i, s) \
	do { if (s) values[i] = PointerGetDatum(cstring_to_text(s)); else nulls[i] = true; } while (0)
	TEXT_OR_NULL(0, info.title);
	TEXT_OR_NULL(1, info.region);
	TEXT_OR_NULL(2, info.admin_level);
	if (info.report_year > 0)
		values[3] = Int32GetDatum(info.report_year);
	else
		nulls[3] = true;
	if (info.meeting_year > 0 &&
		info.meeting_month >= 1 && info.meeting_month <= 12 &&
		info.meeting_day >= 1 &&
		info.meeting_day <= day_tab[isleap(info.meeting_year)][info.meeting_month - 1])
		values[4] = DateADTGetDatum(date2j(info.meeting_year, info.meeting_month,
										   info.meeting_day) - POSTGRES_EPOCH_JDATE);
	else
		nulls[4] = true;
	TEXT_OR_NULL(5, info.session);
	TEXT_OR_NULL(6, info.speaker);
	TEXT_OR_NULL(7, info.speaker_title);
	TEXT_OR_NULL(8, region_code);
#undef TEXT_OR_NULL

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/*
 * report_clean(doc text)
 *		The report without web-page debris: one paragraph per line, lines
 *		broken around links rejoined, whitespace normalised.
 */
PG_FUNCTION_INFO_V1(report_clean);
Datum
report_clean(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *data;
	size_t		len,
				n;
	char	   *clean;

	data = document_bytes(doc, &len);
	clean = outline_clean(data, len, &n);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(clean, n));
}
