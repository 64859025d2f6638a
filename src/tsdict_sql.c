/*
 * tsdict_sql.c
 *		Text search dictionary template "govreport_zh": a token's share of
 *		the search lexemes (pairs of adjacent characters of the normal form,
 *		see searchkeys.c), one position per character.
 *
 * The parser hands out the text as stored (headlines show what the user
 * stored); the lexemes are in normal form, so documents and queries match
 * alike.  The stop-word list here serves zh_tokenize's flag only: search
 * finds every character, as LIKE does.
 */
#include "postgres.h"

#include "commands/defrem.h"
#include "fmgr.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "normalize.h"
#include "scan.h"
#include "searchkeys.h"
#include "tsdict.h"

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

/* The stop list zh_tokenize consults, read once per backend. */
static StopList *default_stoplist = NULL;

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
 *		Takes no options.  StopWords (which 0.1.0 gave the dictionary) is
 *		accepted and has no effect, so that a 0.1.0 dictionary keeps working
 *		with this library until ALTER EXTENSION ... UPDATE removes it.
 */
PG_FUNCTION_INFO_V1(govreport_dict_init);
Datum
govreport_dict_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	ListCell   *l;

	foreach(l, options)
	{
		DefElem    *defel = (DefElem *) lfirst(l);

		if (strcmp(defel->defname, "stopwords") != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized govreport_zh dictionary parameter: \"%s\"",
							defel->defname),
					 errdetail("The dictionary takes no parameters.")));
	}
	PG_RETURN_POINTER(palloc0(1));
}

/*
 * govreport_dict_lexize(dict, token, len, state)
 *		The lexemes of the token's characters: each character's pair with
 *		the next character of the text (looking past the token through the
 *		parser's active scan), one position each; at the end of the text,
 *		the last character as an alternative beside the last pair; for a
 *		one-character text, that character as a prefix.  NULL when the
 *		token has no characters of its own (whitespace only, or the text's
 *		last character, which the token before it indexes), so it takes no
 *		position.
 *
 *		Outside the parser (ts_lexize, ts_debug) the token is taken as the
 *		whole text.
 */
PG_FUNCTION_INFO_V1(govreport_dict_lexize);
Datum
govreport_dict_lexize(PG_FUNCTION_ARGS)
{
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	GrScan	   *scan = gr_active_scan(in, len);
	GrKeyLexeme *keys;
	TSLexeme   *res;
	int			n;
	int32		before = 0;
	int32		after = 0;

	if (scan != NULL)
		keys = gr_token_keys(scan->text, scan->len, (int) (in - scan->text),
							 len, &n);
	else
		keys = gr_token_keys(in, len, 0, len, &n);
	if (n == 0)
		PG_RETURN_POINTER(NULL);

	res = palloc0(sizeof(TSLexeme) * (n + 2));
	for (int i = 0; i < n; i++)
	{
		res[i].lexeme = pnstrdup(keys[i].s, keys[i].len);
		res[i].nvariant = keys[i].variant;
		/* the token's first position is the one core moves to itself */
		if (keys[i].new_position && i > 0)
			res[i].flags |= TSL_ADDPOS;
		if (keys[i].prefix)
			res[i].flags |= TSL_PREFIX;
		if (keys[i].new_position)
			after++;
	}
	pfree(keys);

	/* The text passes the last position core can store: say so once. */
	if (scan != NULL)
	{
		before = scan->positions;
		after += before;
		scan->positions = after;
	}
	if (before <= GR_LAST_POSITION && after > GR_LAST_POSITION)
	{
		res[n].lexeme = pstrdup(GR_LONG_TEXT_LEXEME);
		res[n].nvariant = res[n - 1].nvariant;
	}
	PG_RETURN_POINTER(res);
}
