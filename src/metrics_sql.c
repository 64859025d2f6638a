/*
 * metrics_sql.c
 *		SQL interface of the figures concern: zh_number(), extract_metrics()
 *		and the C unit catalogue behind the zh_units table.
 *
 * The parsing itself is pure C in numeral.c, units.c and metrics.c; this
 * file checks input, turns values into numeric and returns rows.
 */
#include "postgres.h"

#include "lib/stringinfo.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "govreport.h"
#include "lexicon.h"
#include "metrics.h"
#include "normalize.h"
#include "outline_scan.h"
#include "numeral.h"
#include "units.h"

static Datum
number_to_numeric(const ZhNumber *n)
{
	char		buf[ZH_NUMBER_BUFLEN];

	zh_number_to_string(n, buf);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static bool
is_blank(const unsigned char *s, size_t len, size_t *clen)
{
	unsigned int cp;
	int			l = utf8_decode_char(s, len, &cp);

	*clen = l;
	return l > 0 && (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000);
}

/*
 * zh_number(text) -> numeric
 *		One number as written (Arabic, full-width, Chinese, 大写, with scale
 *		words); NULL when the whole text is not one number.
 */
PG_FUNCTION_INFO_V1(zh_number);
Datum
zh_number(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	size_t		clen;
	size_t		consumed;
	ZhNumber	n;
	ZhParseResult r;
	bool		approx;

	govreport_require_utf8(s, (int) len);
	/* surrounding blanks do not matter */
	while (len > 0 && is_blank((const unsigned char *) s, len, &clen))
	{
		s += clen;
		len -= clen;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\t' ||
					   s[len - 1] == '\r' ||
					   (len >= 3 && memcmp(s + len - 3, "\xE3\x80\x80", 3) == 0)))
		len -= (s[len - 1] == (char) 0x80) ? 3 : 1;

	r = zh_parse_approx(s, len, ZH_ALLOW_SIGN | ZH_FRACTION, &n, &consumed, &approx);
	if (r == ZH_OUT_OF_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("number is out of range for zh_number"),
				 errdetail("zh_number reads at most %d significant digits and powers of ten up to %d.",
						   ZH_MAX_DIGITS, ZH_MAX_EXP)));
	if (r != ZH_OK || consumed != len)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(number_to_numeric(&n));
}

typedef struct EmitState
{
	ReturnSetInfo *rsinfo;
	MemoryContext row_context;
	const char *doc;			/* the text as given */
	size_t		doclen;
	const GrOffsetMap *map;		/* normal form -> given text; NULL if same */
	int			hint;
	size_t		cur_byte;		/* character offset cursor in doc */
	long		cur_char;
	Datum		factors[256];	/* numeric factor per catalogue entry, lazily */
	bool		have_factor[256];
} EmitState;

/* A span of the scanned (normal) text as a span of the text as given. */
static ZhSpan
to_given(EmitState *st, ZhSpan sp)
{
	ZhSpan		g = sp;

	if (st->map && sp.end > sp.start)
	{
		g.start = gr_offset_to_original(st->map, (int) sp.start, false, &st->hint);
		g.end = gr_offset_to_original(st->map, (int) sp.end, true, &st->hint);
		if (g.end < g.start)
			g.end = g.start;
	}
	return g;
}

/* Character offset of a byte offset of the given text (moves either way). */
static long
given_char(EmitState *st, size_t byte)
{
	for (; st->cur_byte > byte; st->cur_byte--)
		if (((unsigned char) st->doc[st->cur_byte - 1] & 0xC0) != 0x80)
			st->cur_char--;
	for (; st->cur_byte < byte; st->cur_byte++)
		if (((unsigned char) st->doc[st->cur_byte] & 0xC0) != 0x80)
			st->cur_char++;
	return st->cur_char;
}

static Datum
span_text(const EmitState *st, ZhSpan sp, bool *isnull)
{
	*isnull = sp.end <= sp.start;
	if (*isnull)
		return (Datum) 0;
	return PointerGetDatum(cstring_to_text_with_len(st->doc + sp.start, (int) (sp.end - sp.start)));
}

/*
 * Append doc[start, end) to buf without its quotation marks: 省级“瞪羚”企业
 * is named 省级瞪羚企业, so that names group whether the report quotes a
 * term or not.
 */
static void
append_unquoted(StringInfo buf, const char *doc, size_t start, size_t end)
{
	static const char *const quotes[] = {"“", "”", "‘", "’", "「", "」", "『", "』", "\"", NULL};
	size_t		p = start;

	while (p < end)
	{
		size_t		skip = 0;
		size_t		run = p;

		/* every quotation mark starts with one of these bytes: copy up to one */
		while (run < end && doc[run] != '\xE2' && doc[run] != '\xE3' && doc[run] != '"')
			run++;
		if (run > p)
		{
			appendBinaryStringInfo(buf, doc + p, (int) (run - p));
			p = run;
			continue;
		}
		for (int i = 0; quotes[i] && skip == 0; i++)
			if (strlen(quotes[i]) <= end - p && memcmp(doc + p, quotes[i], strlen(quotes[i])) == 0)
				skip = strlen(quotes[i]);
		if (skip == 0)
		{
			appendBinaryStringInfo(buf, doc + p, 1);
			skip = 1;
		}
		p += skip;
	}
}

/*
 * The indicator's text: its span, less the gap inside it when there is one,
 * and less its quotation marks (append_unquoted).
 */
static Datum
indicator_text(const EmitState *st, ZhSpan sp, ZhSpan gap, bool *isnull)
{
	StringInfoData buf;

	*isnull = sp.end <= sp.start;
	if (*isnull)
		return (Datum) 0;
	initStringInfo(&buf);
	if (gap.end <= gap.start || gap.start < sp.start || gap.end > sp.end)
		append_unquoted(&buf, st->doc, sp.start, sp.end);
	else
	{
		append_unquoted(&buf, st->doc, sp.start, gap.start);
		append_unquoted(&buf, st->doc, gap.end, sp.end);
	}
	*isnull = buf.len == 0;		/* a name of quotation marks only */
	if (*isnull)
		return (Datum) 0;
	return PointerGetDatum(cstring_to_text_with_len(buf.data, buf.len));
}

#define METRICS_NCOLS 17

static void
emit_row(const ZhFigure *scanned, void *arg)
{
	EmitState  *st = (EmitState *) arg;
	Datum		values[METRICS_NCOLS];
	bool		nulls[METRICS_NCOLS];
	MemoryContext old = MemoryContextSwitchTo(st->row_context);
	int			u = (int) (scanned->unit_info - zh_units_compiled);
	ZhFigure	given = *scanned;
	const ZhFigure *f = &given;

	/* spans and offsets into the text as given */
	given.mention = to_given(st, scanned->mention);
	given.indicator = to_given(st, scanned->indicator);
	given.indicator_gap = to_given(st, scanned->indicator_gap);
	given.baseline = to_given(st, scanned->baseline);
	given.period = to_given(st, scanned->period);
	given.char_start = given_char(st, given.mention.start);
	given.char_end = given_char(st, given.mention.end);

	memset(nulls, 0, sizeof(nulls));
	values[0] = indicator_text(st, f->indicator, f->indicator_gap, &nulls[0]);
	nulls[1] = !f->has_value;
	if (f->has_value)
		values[1] = number_to_numeric(&f->value);
	values[2] = CStringGetTextDatum(f->unit);
	nulls[3] = !f->has_low;
	if (f->has_low)
		values[3] = number_to_numeric(&f->low);
	nulls[4] = !f->has_high;
	if (f->has_high)
		values[4] = number_to_numeric(&f->high);
	values[5] = CStringGetTextDatum(zh_qualifier_names[f->qualifier]);
	nulls[6] = f->change == NULL;
	if (f->change)
		values[6] = CStringGetTextDatum(f->change);
	values[7] = span_text(st, f->baseline, &nulls[7]);
	values[8] = span_text(st, f->period, &nulls[8]);
	nulls[9] = f->is_target < 0;
	values[9] = BoolGetDatum(f->is_target > 0);
	nulls[10] = f->year == 0;
	values[10] = Int32GetDatum(f->year);
	values[11] = span_text(st, f->mention, &nulls[11]);
	values[12] = Int32GetDatum((int32) f->char_start);
	values[13] = Int32GetDatum((int32) f->char_end);
	values[14] = CStringGetTextDatum(f->unit_info->category);
	values[15] = CStringGetTextDatum(f->unit_info->base_unit);
	nulls[16] = !f->has_value;
	if (f->has_value && u >= 0 && u < 256)
	{
		if (!st->have_factor[u])
		{
			MemoryContext fc = MemoryContextSwitchTo(st->rsinfo->econtext->ecxt_per_query_memory);

			st->factors[u] = DirectFunctionCall3(numeric_in,
												 CStringGetDatum(f->unit_info->factor),
												 ObjectIdGetDatum(InvalidOid),
												 Int32GetDatum(-1));
			st->have_factor[u] = true;
			MemoryContextSwitchTo(fc);
		}
		values[16] = DirectFunctionCall2(numeric_mul, values[1], st->factors[u]);
	}
	else
		nulls[16] = true;

	tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(st->row_context);
}

/*
 * extract_metrics(doc text) -> setof figures
 *		One row per figure in the document, in text order.
 */
PG_FUNCTION_INFO_V1(extract_metrics);
Datum
extract_metrics(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *doc = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	EmitState	st;
	GrOffsetMap map;
	char	   *norm = NULL;
	int			nlen = 0;
	const char *scan;
	size_t		scan_len;
	Outline		outline;

	govreport_require_utf8(doc, (int) len);
	InitMaterializedSRF(fcinfo, 0);
	memset(&st, 0, sizeof(st));
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	st.doc = doc;
	st.doclen = len;
	st.row_context = AllocSetContextCreate(CurrentMemoryContext,
										   "extract_metrics row",
										   ALLOCSET_DEFAULT_SIZES);

	/*
	 * Read the normal form (traditional → simplified, full-width →
	 * half-width: 預期目標 reads as 预期目标, ７４２，２４１ as 742,241);
	 * spans are mapped back to the text as given.  The outline is scanned
	 * once, on the same text.
	 */
	/* the lexicon file is checked once for the document (a stat) */
	(void) zh_lexicon_get_revalidated();
	if (len < (size_t) 0x7FFFFFFF)
		norm = gr_normalize_for_segmenting(doc, (int) len, &nlen, &map);
	scan = norm ? norm : doc;
	scan_len = norm ? (size_t) nlen : len;
	st.map = norm ? &map : NULL;
	memset(&outline, 0, sizeof(outline));
	outline_char_fold = gr_fold_char;
	outline_scan_normal(scan, scan_len, &outline);

	zh_extract_figures(scan, scan_len, &outline, emit_row, &st);
	MemoryContextDelete(st.row_context);
	return (Datum) 0;
}

/*
 * zh_unit_catalogue() -> setof (unit, category, base_unit, factor)
 *		The units the extractor knows, as compiled in; the zh_units table
 *		is filled from it at install time.
 */
PG_FUNCTION_INFO_V1(zh_unit_catalogue);
Datum
zh_unit_catalogue(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < zh_unit_count; i++)
	{
		const ZhUnit *u = &zh_units_compiled[i];
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = CStringGetTextDatum(u->unit);
		values[1] = CStringGetTextDatum(u->category);
		values[2] = CStringGetTextDatum(u->base_unit);
		values[3] = DirectFunctionCall3(numeric_in, CStringGetDatum(u->factor),
										ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
