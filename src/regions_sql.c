/*
 * regions_sql.c
 *		zh_region_code, zh_region_candidates and zh_region_catalogue: the
 *		compiled GB/T 2260 table (src/regions.c) seen from SQL.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/tuplestore.h"

#include "govreport.h"
#include "regions.h"

/* A date column of the table: "" is NULL. */
static Datum
date_or_null(const char *s, bool *isnull)
{
	*isnull = (s[0] == '\0');
	if (*isnull)
		return (Datum) 0;
	return DirectFunctionCall1(date_in, CStringGetDatum(s));
}

static Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL || s[0] == '\0');
	return *isnull ? (Datum) 0 : CStringGetTextDatum(s);
}

/* One row: code, name, short_name, level, parent_code, valid_from, valid_to. */
static void
region_values(const GrRegion *table, int r, Datum *values, bool *nulls)
{
	const GrRegion *g = &table[r];

	values[0] = text_or_null(g->code, &nulls[0]);
	values[1] = text_or_null(g->name, &nulls[1]);
	values[2] = text_or_null(g->short_name, &nulls[2]);
	values[3] = text_or_null(gr_region_level_name(g->level), &nulls[3]);
	values[4] = text_or_null(g->parent >= 0 ? table[g->parent].code : NULL, &nulls[4]);
	values[5] = date_or_null(g->valid_from, &nulls[5]);
	values[6] = date_or_null(g->valid_to, &nulls[6]);
}

/* The candidates of name within within (NULL: anywhere). */
static int
candidates_of(FunctionCallInfo fcinfo, bool preferred, int **idx)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	text	   *within = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);

	govreport_require_utf8(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
	if (within)
		govreport_require_utf8(VARDATA_ANY(within), VARSIZE_ANY_EXHDR(within));
	return gr_region_candidates(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name),
								within ? VARDATA_ANY(within) : NULL,
								within ? VARSIZE_ANY_EXHDR(within) : 0,
								preferred, idx);
}

/*
 * zh_region_code(name text, within text DEFAULT NULL) -> text
 *		The GB/T 2260 code of the one region the name means (inside the
 *		region within names, when given); NULL when none or several.
 */
PG_FUNCTION_INFO_V1(zh_region_code);
Datum
zh_region_code(PG_FUNCTION_ARGS)
{
	int			count;
	const GrRegion *table = gr_regions(&count);
	int		   *idx;
	int			n;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	n = candidates_of(fcinfo, true, &idx);
	for (int i = 1; i < n; i++)
		if (strcmp(table[idx[i]].code, table[idx[0]].code) != 0)
			PG_RETURN_NULL();
	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(table[idx[0]].code));
}

/*
 * zh_region_candidates(name text, within text DEFAULT NULL)
 *		-> setof (code, name, short_name, level, parent_code, valid_from,
 *		   valid_to, full_name)
 *		Every region the name can mean, historic ones included.
 */
PG_FUNCTION_INFO_V1(zh_region_candidates);
Datum
zh_region_candidates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			count;
	const GrRegion *table = gr_regions(&count);
	int		   *idx;
	int			n;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	n = candidates_of(fcinfo, false, &idx);
	for (int i = 0; i < n; i++)
	{
		Datum		values[8];
		bool		nulls[8];
		StringInfoData full;
		int			chain[4];
		int			depth = 0;

		region_values(table, idx[i], values, nulls);
		/* the name with its enclosing regions: 黑龙江省哈尔滨市南岗区 */
		for (int a = idx[i]; a >= 0 && depth < 4; a = table[a].parent)
			chain[depth++] = a;
		initStringInfo(&full);
		while (depth > 0)
			appendStringInfoString(&full, table[chain[--depth]].name);
		values[7] = CStringGetTextDatum(full.data);
		nulls[7] = false;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/*
 * zh_region_catalogue() -> setof (code, name, short_name, level,
 *		parent_code, valid_from, valid_to)
 *		The compiled table; the zh_regions table is filled from it.
 */
PG_FUNCTION_INFO_V1(zh_region_catalogue);
Datum
zh_region_catalogue(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			count;
	const GrRegion *table = gr_regions(&count);

	InitMaterializedSRF(fcinfo, 0);
	for (int r = 0; r < count; r++)
	{
		Datum		values[7];
		bool		nulls[7];

		region_values(table, r, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
