/*
 * metrics_sql.c
 *		SQL interface of the figures concern: zh_number(), extract_metrics()
 *		and the C unit catalogue behind the zh_units table.
 *
 * The parsing itself is pure C in numeral.c, units.c and metrics.c; this
 * file checks input, turns values into numeric and returns rows.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "govreport.h"
#include "metrics.h"
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
	const char *doc;
	Datum		factors[256];	/* numeric factor per catalogue entry, lazily */
	bool		have_factor[256];
} EmitState;

static Datum
span_text(const EmitState *st, ZhSpan sp, bool *isnull)
{
	*isnull = sp.end <= sp.start;
	if (*isnull)
		return (Datum) 0;
	return PointerGetDatum(cstring_to_text_with_len(st->doc + sp.start, (int) (sp.end - sp.start)));
}

#define METRICS_NCOLS 17

static void
emit_row(const ZhFigure *f, void *arg)
{
	EmitState  *st = (EmitState *) arg;
	Datum		values[METRICS_NCOLS];
	bool		nulls[METRICS_NCOLS];
	MemoryContext old = MemoryContextSwitchTo(st->row_context);
	int			u = (int) (f->unit_info - zh_units_compiled);

	memset(nulls, 0, sizeof(nulls));
	values[0] = span_text(st, f->indicator, &nulls[0]);
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
	EmitState	st;

	govreport_require_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	InitMaterializedSRF(fcinfo, 0);
	memset(&st, 0, sizeof(st));
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	st.doc = VARDATA_ANY(t);
	st.row_context = AllocSetContextCreate(CurrentMemoryContext,
										   "extract_metrics row",
										   ALLOCSET_DEFAULT_SIZES);
	zh_extract_figures(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), emit_row, &st);
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
