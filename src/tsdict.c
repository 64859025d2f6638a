/*
 * tsdict.c
 *		Text search dictionary template "govreport_zh": normalise a token
 *		(NFKC, case fold, Traditional-to-Simplified) and drop stop words.
 *
 * Normalisation lives in the dictionary, not the parser, so that the parser
 * can hand out the original text (headlines show what the user stored)
 * while every lexeme, in documents and in queries, is normalised alike.
 */
#include "postgres.h"

#include "commands/defrem.h"
#include "fmgr.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "normalize.h"
#include "scan.h"
#include "tsdict.h"

typedef struct GrDict
{
	StopList	stoplist;
} GrDict;

/* The stop list zh_tokenize consults, read once per backend. */
static StopList *default_stoplist = NULL;

char *
gr_normalized_token(const char *s, int len)
{
	int			nlen;
	char	   *norm = gr_normalize(s, len, &nlen);

	return norm ? norm : pnstrdup(s, len);
}

/* readstoplist's word hook: store stop words in normal form. */
static char *
normalize_stopword(const char *word)
{
	return gr_normalized_token(word, strlen(word));
}

bool
gr_is_default_stopword(const char *normalized)
{
	if (default_stoplist == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);
		StopList   *sl = palloc0(sizeof(StopList));

		PG_TRY();
		{
			readstoplist("govreport", sl, normalize_stopword);
		}
		PG_FINALLY();
		{
			MemoryContextSwitchTo(old);
		}
		PG_END_TRY();
		default_stoplist = sl;
	}
	return searchstoplist(default_stoplist, (char *) normalized);
}

/*
 * govreport_dict_init(options)
 *		Accepts StopWords = name (a file name.stop in tsearch_data).
 */
PG_FUNCTION_INFO_V1(govreport_dict_init);
Datum
govreport_dict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	GrDict	   *d = palloc0(sizeof(GrDict));
	bool		have_stop = false;
	ListCell   *l;

	foreach(l, options)
	{
		DefElem    *defel = (DefElem *) lfirst(l);

		if (strcmp(defel->defname, "stopwords") == 0)
		{
			if (have_stop)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("multiple StopWords parameters"),
						 errdetail("Give the StopWords option at most once.")));
			readstoplist(defGetString(defel), &d->stoplist, normalize_stopword);
			have_stop = true;
		}
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized govreport_zh dictionary parameter: \"%s\"",
							defel->defname),
					 errdetail("The only parameter is StopWords.")));
	}
	PG_RETURN_POINTER(d);
}

/*
 * govreport_dict_lexize(dict, token, len, state)
 *		The normalised token, or nothing for a stop word.  Inside the
 *		govreport parser, also the run of this token and the next one
 *		(营商 followed by 环境 gives 营商 and 营商环境), at the token's
 *		position: plainto_tsquery('营商环境') then asks for 营商 AND
 *		营商环境 AND 环境, which only text with the words side by side has;
 *		and a word added to the lexicon later (新质生产力, once cut
 *		新质|生产力) is already in yesterday's index as a run.  Runs of
 *		two, not more: each extra lexeme per token costs to_tsvector about
 *		as much again in sorting, and longer terms chain their pairs.
 */
PG_FUNCTION_INFO_V1(govreport_dict_lexize);
Datum
govreport_dict_lexize(PG_FUNCTION_ARGS)
{
	GrDict	   *d = (GrDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char	   *norm = gr_normalized_token(in, len);
	GrScan	   *scan;
	int			ends[GR_MAX_RUN_TOKENS];
	int			nruns = 0;
	TSLexeme   *res;
	int			i;

	if (norm[0] == '\0' || searchstoplist(&d->stoplist, norm))
	{
		/* A stop word: an empty list keeps the position, drops the word. */
		pfree(norm);
		PG_RETURN_POINTER(palloc0(sizeof(TSLexeme)));
	}

	scan = gr_active_scan(in, len);
	if (scan != NULL)
		nruns = gr_scan_runs(scan, ends, GR_MAX_RUN_TOKENS - 1);

	res = palloc0(sizeof(TSLexeme) * (nruns + 2));
	res[0].lexeme = norm;
	for (i = 0; i < nruns; i++)
		res[i + 1].lexeme = gr_normalized_token(in, ends[i] - (int) (in - scan->text));
	PG_RETURN_POINTER(res);
}
