/*
 * wordstats_sql.c
 *		zh_word_counts(doc): the words of one document, counted;
 *		zh_word_stats(query): ts_stat over words, for the documents a query
 *		returns.
 *
 * Both count words as zh_tokenize cuts and normalises them (wordtable.c),
 * so their words are the tokens zh_tokenize gives, not the index fragments
 * ts_stat finds in to_tsvector('govreport', ...) (doc/search.md).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/plancache.h"
#include "utils/tuplestore.h"

#include "govreport.h"
#include "wordtable.h"

/* Rows fetched from the query per round trip. */
#define FETCH_ROWS	64

static GrWordFilter
filter_of(bool all_tokens)
{
	return all_tokens ? GR_WORDS_ALL : GR_WORDS_DEFAULT;
}

static Datum
pos_datum(const GrWord *w, bool *isnull)
{
	const char *name = zh_pos_name(gr_word_pos(w));

	*isnull = name == NULL;
	return name ? PointerGetDatum(cstring_to_text(name)) : (Datum) 0;
}

/*
 * zh_word_counts(doc text, all_tokens boolean DEFAULT false)
 *		One row per word of doc: word (normal form), its most frequent part
 *		of speech, and how often it occurs; most frequent first.  Without
 *		all_tokens, punctuation, numbers, quantities and stop words are left
 *		out.  STABLE: reads the user lexicon.
 */
PG_FUNCTION_INFO_V1(zh_word_counts);
Datum
zh_word_counts(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	GrWordFilter filter = filter_of(PG_GETARG_BOOL(1));
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const char *s = VARDATA_ANY(doc);
	int			len = VARSIZE_ANY_EXHDR(doc);
	GrWordTable t;
	int32	   *order;
	int32		n;

	govreport_require_utf8(s, len);
	InitMaterializedSRF(fcinfo, 0);
	gr_words_init(&t);
	gr_words_count_doc(&t, s, len, filter, NULL);
	order = gr_words_ranked(&t, filter, &n);
	for (int32 i = 0; i < n; i++)
	{
		const GrWord *w = &t.words[order[i]];
		Datum		values[3];
		bool		nulls[3] = {false};

		values[0] = PointerGetDatum(cstring_to_text_with_len(w->text, w->len));
		values[1] = pos_datum(w, &nulls[1]);
		values[2] = Int32GetDatum((int32) Min(w->n, PG_INT32_MAX));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* "why" is a whole sentence, marked with gettext_noop() where it is written. */
static void
refuse_query(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("zh_word_stats needs one read-only SELECT returning one text column"),
			 errdetail("%s", _(why)),
			 errhint("Pass a query such as 'SELECT body FROM reports'.")));
}

/*
 * The query must be one SELECT that changes nothing (no data-modifying
 * WITH, no FOR UPDATE) and returns one column of text or varchar.
 */
static void
check_query(SPIPlanPtr plan)
{
	List	   *sources = SPI_plan_get_plan_sources(plan);
	CachedPlanSource *ps;
	ListCell   *lc;
	Oid			type;

	if (list_length(sources) != 1)
		refuse_query(gettext_noop("The string holds more than one statement."));
	ps = (CachedPlanSource *) linitial(sources);
	if (ps->commandTag != CMDTAG_SELECT || ps->resultDesc == NULL)
		refuse_query(gettext_noop("The statement is not a SELECT."));
	foreach(lc, ps->query_list)
	{
		Query	   *q = lfirst_node(Query, lc);

		if (q->commandType != CMD_SELECT || q->hasModifyingCTE || q->rowMarks != NIL)
			refuse_query(gettext_noop("The statement modifies or locks rows."));
	}
	if (ps->resultDesc->natts != 1)
		refuse_query(gettext_noop("The statement does not return exactly one column."));
	type = getBaseType(TupleDescAttr(ps->resultDesc, 0)->atttypid);
	if (type != TEXTOID && type != VARCHAROID)
		refuse_query(gettext_noop("The column is not of type text or varchar."));
}

/*
 * Run "query" with the caller's rights through a read-only cursor and
 * count the words of every non-NULL document it returns.
 */
static void
count_query_documents(GrWordTable *t, const char *query, GrWordFilter filter)
{
	SPIPlanPtr	plan;
	Portal		portal;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	plan = SPI_prepare(query, 0, NULL);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	check_query(plan);
	portal = SPI_cursor_open(NULL, plan, NULL, NULL, true);
	for (;;)
	{
		SPI_cursor_fetch(portal, true, FETCH_ROWS);
		if (SPI_processed == 0)
			break;
		for (uint64 i = 0; i < SPI_processed; i++)
		{
			bool		isnull;
			Datum		d = SPI_getbinval(SPI_tuptable->vals[i],
										  SPI_tuptable->tupdesc, 1, &isnull);
			text	   *doc;

			if (isnull)
				continue;
			doc = DatumGetTextPP(d);
			govreport_require_utf8(VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc));
			gr_words_count_doc(t, VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc),
							   filter, NULL);
			if ((Pointer) doc != DatumGetPointer(d))
				pfree(doc);
		}
		SPI_freetuptable(SPI_tuptable);
	}
	SPI_cursor_close(portal);
	SPI_finish();
}

/*
 * zh_word_stats(query text, all_tokens boolean DEFAULT false)
 *		ts_stat over words: for the documents the query returns (one text
 *		column), one row per word with its most frequent part of speech,
 *		its occurrences and the number of documents holding it; most
 *		frequent first.  The query runs with the caller's rights and must be
 *		a read-only SELECT.  VOLATILE and PARALLEL UNSAFE, like ts_stat: it
 *		runs a query.
 */
PG_FUNCTION_INFO_V1(zh_word_stats);
Datum
zh_word_stats(PG_FUNCTION_ARGS)
{
	char	   *query = text_to_cstring(PG_GETARG_TEXT_PP(0));
	GrWordFilter filter = filter_of(PG_GETARG_BOOL(1));
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext table_cxt = AllocSetContextCreate(CurrentMemoryContext,
													"zh_word_stats",
													ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(table_cxt);
	GrWordTable t;
	int32	   *order;
	int32		n;

	gr_words_init(&t);
	MemoryContextSwitchTo(old);
	count_query_documents(&t, query, filter);

	InitMaterializedSRF(fcinfo, 0);
	order = gr_words_ranked(&t, filter, &n);
	for (int32 i = 0; i < n; i++)
	{
		const GrWord *w = &t.words[order[i]];
		Datum		values[4];
		bool		nulls[4] = {false};

		values[0] = PointerGetDatum(cstring_to_text_with_len(w->text, w->len));
		values[1] = pos_datum(w, &nulls[1]);
		values[2] = Int64GetDatum(w->n);
		values[3] = Int64GetDatum(w->docs);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		pfree(DatumGetPointer(values[0]));
		if (!nulls[1])
			pfree(DatumGetPointer(values[1]));
	}
	MemoryContextDelete(table_cxt);
	return (Datum) 0;
}
