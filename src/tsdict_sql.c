/*
 * tsdict_sql.c
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
#include "subwords.h"
#include "tsdict.h"

typedef struct GrDict
{
	StopList	stoplist;
	int			max_stop_len;	/* longest stop word in bytes */
	uint32		stop_sig[8];	/* stop_sig_bit of every stop word */
} GrDict;

/*
 * A bit from the first bytes and the length of a lexeme: a lexeme whose bit
 * no stop word has is no stop word, and needs no search of the list.
 */
static inline int
stop_sig_bit(const char *s, int len)
{
	uint32		h = (uint32) len;

	for (int i = 0; i < len && i < 3; i++)
		h = h * 31 + (unsigned char) s[i];
	return (int) (h & 255);
}

/* Whether the normalised lexeme s (len bytes) is a stop word of d. */
static inline bool
is_stopword(GrDict *d, const char *s, int len)
{
	int			bit;

	if (len > d->max_stop_len)
		return false;
	bit = stop_sig_bit(s, len);
	if ((d->stop_sig[bit >> 5] & ((uint32) 1 << (bit & 31))) == 0)
		return false;
	return searchstoplist(&d->stoplist, (char *) s);
}

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
						 errhint("Give the StopWords option at most once.")));
			readstoplist(defGetString(defel), &d->stoplist, normalize_stopword);
			for (int i = 0; i < d->stoplist.len; i++)
			{
				const char *w = d->stoplist.stop[i];
				int			wlen = strlen(w);
				int			bit = stop_sig_bit(w, wlen);

				d->max_stop_len = Max(d->max_stop_len, wlen);
				d->stop_sig[bit >> 5] |= (uint32) 1 << (bit & 31);
			}
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

/* At most this many extra lexemes (fine parts, extended runs) per token. */
#define MAX_EXTRAS 48

/*
 * A growing list of distinct lexemes.  "normal" says the text the lexemes
 * are cut from is already in normal form: normalisation maps each code
 * point on its own, so every piece of it is too and needs no pass of its
 * own.
 */
typedef struct LexemeList
{
	char	   *items[MAX_EXTRAS];
	int			lens[MAX_EXTRAS];
	int			n;
	bool		normal;
	int			anchor_end;		/* see extra_lexemes: where an anchor must reach */
	bool		anchored;		/* the list holds such an anchor */
} LexemeList;

/* Whether the list holds lexeme s (len bytes). */
static bool
has_lexeme(const LexemeList *list, const char *s, int len)
{
	for (int i = 0; i < list->n; i++)
		if (list->lens[i] == len && memcmp(list->items[i], s, len) == 0)
			return true;
	return false;
}

/*
 * Add the normalised form of text[0, len) unless present, a stop word or
 * the list is full.  Returns whether the list holds it afterwards.
 */
static bool
add_lexeme(LexemeList *list, GrDict *d, const char *text, int len)
{
	char	   *p;
	int			plen;

	if (len <= 0)
		return false;
	if (list->normal)
	{
		/* Compare before copying: most duplicates never need a copy. */
		if (has_lexeme(list, text, len))
			return true;
		if (list->n >= MAX_EXTRAS)
			return false;
		p = pnstrdup(text, len);
		plen = len;
	}
	else
	{
		p = gr_normalized_token(text, len);
		plen = strlen(p);
		if (has_lexeme(list, p, plen))
		{
			pfree(p);
			return true;
		}
		if (list->n >= MAX_EXTRAS)
		{
			pfree(p);
			return false;
		}
	}
	if (is_stopword(d, p, plen))
	{
		pfree(p);
		return false;
	}
	list->lens[list->n] = plen;
	list->items[list->n++] = p;
	return true;
}

/*
 * Add text[0, len), a lexeme that starts where the token starts: it is an
 * anchor if it reaches as far as list->anchor_end.
 */
static void
add_leading_lexeme(LexemeList *list, GrDict *d, const char *text, int len)
{
	if (add_lexeme(list, d, text, len) && len >= list->anchor_end)
		list->anchored = true;
}

/*
 * The extra lexemes of the token text[0, len) whose following tokens end at
 * ends[0..nruns) (byte offsets from "text"):
 *
 * - fine parts: the lexicon words inside the token, and each pair of them
 *   that meet (社会主义 + 市场经济 inside 社会主义市场经济体制);
 * - runs that end inside the next tokens, at a word the next token starts
 *   with (振兴 + 东北 of 东北地区), and runs that start at a word the token
 *   ends with (项目 of 重点项目 + 建设);
 * - the run of three tokens, and of two tokens and the start of the third.
 *
 * A query cuts a term alone, a document cuts it in context; with these,
 * what the query asks for is in the index however the context moved the
 * boundaries, as long as the pieces are lexicon words.
 */
static void
extra_lexemes(LexemeList *list, GrDict *d, const char *text, int len,
			  const int *ends, int nruns)
{
	int			starts[MAX_EXTRAS];
	int			pends[MAX_EXTRAS];
	int			nparts = zh_subwords(text, len, starts, pends, MAX_EXTRAS);
	int			k;

	for (int i = 0; i < nparts; i++)
		add_lexeme(list, d, text + starts[i], pends[i] - starts[i]);
	for (int i = 0; i < nparts; i++)
		for (int j = 0; j < nparts; j++)
			if (pends[i] == starts[j] && !(starts[i] == 0 && pends[j] == len))
				add_lexeme(list, d, text + starts[i], pends[j] - starts[i]);

	for (k = 0; k < nruns; k++)
	{
		int			from = (k == 0) ? len : ends[k - 1];
		int			nstarts[MAX_EXTRAS];
		int			nends[MAX_EXTRAS];
		int			nnext;

		/* The whole run up to this token (the first one is in variant 1). */
		if (k > 0)
			add_leading_lexeme(list, d, text, ends[k]);

		/* Runs ending at a word the next token starts with. */
		nnext = zh_subwords(text + from, ends[k] - from, nstarts, nends, MAX_EXTRAS);
		for (int j = 0; j < nnext; j++)
		{
			if (nstarts[j] != 0)
				continue;
			add_leading_lexeme(list, d, text, from + nends[j]);
			if (k == 0)
				for (int i = 0; i < nparts; i++)
					if (pends[i] == len && starts[i] > 0)
						add_lexeme(list, d, text + starts[i], from + nends[j] - starts[i]);
		}
		/* Runs starting at a word this token ends with. */
		if (k == 0)
			for (int i = 0; i < nparts; i++)
				if (pends[i] == len && starts[i] > 0)
					add_lexeme(list, d, text + starts[i], ends[0] - starts[i]);
	}
}

/*
 * govreport_dict_lexize(dict, token, len, state)
 *		The normalised token, or nothing for a stop word.  Inside the
 *		govreport parser, also the run of this token and the next one
 *		(营商 followed by 环境 gives 营商 and 营商环境), at the token's
 *		position: plainto_tsquery('营商环境') then asks for 营商 AND
 *		营商环境 AND 环境, which only text with the words side by side has;
 *		and a word added to the lexicon later (新质生产力, once cut
 *		新质|生产力) is already in yesterday's index as a run.
 *
 *		Documents also get the extra lexemes of extra_lexemes() as a
 *		second variant: a query ORs variants, so it never requires the
 *		extras, while documents hold them.  The second variant includes a
 *		lexeme whose text holds the token and its run (an anchor), so a
 *		query matching through it asks no less of the text than one
 *		matching through the first.
 */
PG_FUNCTION_INFO_V1(govreport_dict_lexize);
Datum
govreport_dict_lexize(PG_FUNCTION_ARGS)
{
	GrDict	   *d = (GrDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char	   *norm;
	GrScan	   *scan;
	int			ends[GR_MAX_RUN_TOKENS];
	int			nruns = 0;
	char	   *run = NULL;
	LexemeList	extras;
	TSLexeme   *res;
	int			n = 0;
	int			span;
	int			nlen;
	char	   *changed;

	scan = gr_active_scan(in, len);
	if (scan != NULL)
	{
		nruns = gr_scan_runs(scan, ends, GR_MAX_RUN_TOKENS - 1);
		/* from here on, offsets count from the token's start */
		for (int i = 0; i < nruns; i++)
			ends[i] -= (int) (in - scan->text);
	}

	/*
	 * Normalise the token and the runs after it in one pass.  When nothing
	 * changes (the usual case: stored text is mostly normal already), every
	 * lexeme below is a plain copy of part of the text.
	 */
	span = (nruns > 0) ? ends[nruns - 1] : len;
	changed = gr_normalize(in, span, &nlen);
	extras.normal = (changed == NULL);
	if (changed)
	{
		pfree(changed);
		norm = gr_normalized_token(in, len);
	}
	else
		norm = pnstrdup(in, len);

	if (norm[0] == '\0' || is_stopword(d, norm, strlen(norm)))
	{
		/* A stop word: an empty list keeps the position, drops the word. */
		pfree(norm);
		PG_RETURN_POINTER(palloc0(sizeof(TSLexeme)));
	}

	if (nruns > 0)
		run = extras.normal ? pnstrdup(in, ends[0]) :
			gr_normalized_token(in, ends[0]);

	extras.n = 0;
	extras.anchor_end = (nruns > 0) ? ends[0] : len;
	extras.anchored = false;
	extra_lexemes(&extras, d, in, len, ends, nruns);

	res = palloc0(sizeof(TSLexeme) * (3 + extras.n + 1));
	res[n].lexeme = norm;
	res[n++].nvariant = 1;
	if (run)
	{
		res[n].lexeme = run;
		res[n++].nvariant = 1;
	}
	if (extras.n > 0)
	{
		/*
		 * Variant 2 needs a lexeme that holds variant 1 as text, so that a
		 * query matching through it still asks for the token and its run:
		 * an extra run from the token's start that reaches past the run
		 * does, else the run itself (which holds the token), else the
		 * token.  Each duplicate left out is one less entry for core to
		 * sort.
		 */
		if (!extras.anchored)
		{
			const char *anchor = run ? run : norm;
			int			alen = strlen(anchor);

			if (!has_lexeme(&extras, anchor, alen))
			{
				res[n].lexeme = pstrdup(anchor);
				res[n++].nvariant = 2;
			}
		}
		for (int i = 0; i < extras.n; i++)
		{
			res[n].lexeme = extras.items[i];
			res[n++].nvariant = 2;
		}
	}
	PG_RETURN_POINTER(res);
}
