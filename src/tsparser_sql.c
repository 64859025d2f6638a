/*
 * tsparser_sql.c
 *		The "govreport" text search parser: segmenter spans as tokens.
 *
 * Token type ids reuse the default parser's numbers where the core headline
 * code gives them a meaning (prsd_headline reads token types as the default
 * parser's): 2 for a word, 12 for a blank.  No id is one the headline code
 * skips or replaces (5, 13, 15-17), so every token reaches the headline and
 * the text keeps its spaces and punctuation.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"

#include "govreport.h"
#include "scan.h"

/*
 * Longest document the parser takes.  Core's parse arrays (several entries
 * per token) would pass the 1 GB allocation limit somewhere above 64 MB of
 * Chinese text, with an obscure message; a tsvector could not hold the
 * result anyway.
 */
#define GR_PARSER_MAX_BYTES (32 * 1024 * 1024)

/* Token type ids (kept below 256, see the file comment). */
#define GRTOK_LATIN		1
#define GRTOK_WORD		2
#define GRTOK_QUANTITY	3
#define GRTOK_NUMBER	4
#define GRTOK_OTHER		6
#define GRTOK_OTHER_SCRIPT 9
#define GRTOK_BLANK		12
#define GRTOK_PUNCT		14

static const struct
{
	int			id;
	const char *alias;
	const char *descr;
}			token_types[] =
{
	{GRTOK_LATIN, "latin", "Word in Latin, Greek, Cyrillic, kana or Hangul letters"},
	{GRTOK_WORD, "word", "Chinese word"},
	{GRTOK_QUANTITY, "quantity", "Number with its unit"},
	{GRTOK_NUMBER, "number", "Number"},
	{GRTOK_OTHER, "other", "Symbol or other character"},
	{GRTOK_OTHER_SCRIPT, "other_script", "Word in another script: Uyghur, Tibetan, Mongolian, Thai, ..."},
	{GRTOK_BLANK, "blank", "Space"},
	{GRTOK_PUNCT, "punct", "Punctuation"},
};

/* The parser token type for a scan token kind. */
static int
token_type(uint8 kind)
{
	switch (kind)
	{
		case ZH_TOKEN_WORD:
			return GRTOK_WORD;
		case ZH_TOKEN_NUMBER:
			return GRTOK_NUMBER;
		case ZH_TOKEN_QUANTITY:
			return GRTOK_QUANTITY;
		case ZH_TOKEN_LATIN:
			return GRTOK_LATIN;
		case ZH_TOKEN_PUNCT:
			return GRTOK_PUNCT;
		case ZH_TOKEN_SCRIPT:
			return GRTOK_OTHER_SCRIPT;
		case GR_KIND_BLANK:
			return GRTOK_BLANK;
		default:
			return GRTOK_OTHER;
	}
}

/*
 * govreport_prs_start(text, len)
 *		Segment the whole text up front; tokens are then handed out one by
 *		one.
 */
PG_FUNCTION_INFO_V1(govreport_prs_start);
Datum
govreport_prs_start(PG_FUNCTION_ARGS)
{
	char	   *text = (char *) PG_GETARG_POINTER(0);
	int			len = PG_GETARG_INT32(1);
	GrScan	   *scan = palloc(sizeof(GrScan));

	govreport_require_utf8(text, len);
	if (len > GR_PARSER_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document too long for the govreport text search parser"),
				 errdetail("The parser takes up to %d bytes; the document has %d.",
						   GR_PARSER_MAX_BYTES, len),
				 errhint("Index it by section or paragraph.")));
	gr_scan_init(scan, text, len);
	gr_scan_activate(scan);
	PG_RETURN_POINTER(scan);
}

/*
 * govreport_prs_gettoken(state, &token, &len)
 *		The next token and its type; 0 at the end.
 */
PG_FUNCTION_INFO_V1(govreport_prs_gettoken);
Datum
govreport_prs_gettoken(PG_FUNCTION_ARGS)
{
	GrScan	   *scan = (GrScan *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	GrScanToken tok;

	if (!gr_scan_next(scan, &tok))
	{
		*t = NULL;
		*tlen = 0;
		PG_RETURN_INT32(0);
	}
	*t = (char *) scan->text + tok.byte_start;
	*tlen = tok.byte_len;
	PG_RETURN_INT32(token_type(tok.kind));
}

/*
 * govreport_prs_end(state)
 *		Free the spans.
 */
PG_FUNCTION_INFO_V1(govreport_prs_end);
Datum
govreport_prs_end(PG_FUNCTION_ARGS)
{
	GrScan	   *scan = (GrScan *) PG_GETARG_POINTER(0);

	gr_scan_deactivate(scan);
	gr_scan_free(scan);
	pfree(scan);
	PG_RETURN_VOID();
}

/*
 * govreport_prs_lextype()
 *		The token types, for ts_token_type and ALTER MAPPING.
 */
PG_FUNCTION_INFO_V1(govreport_prs_lextype);
Datum
govreport_prs_lextype(PG_FUNCTION_ARGS)
{
	LexDescr   *descr = palloc(sizeof(LexDescr) * (lengthof(token_types) + 1));
	int			i;

	for (i = 0; i < lengthof(token_types); i++)
	{
		descr[i].lexid = token_types[i].id;
		descr[i].alias = pstrdup(token_types[i].alias);
		descr[i].descr = pstrdup(token_types[i].descr);
	}
	descr[i].lexid = 0;
	PG_RETURN_POINTER(descr);
}

/*
 * Join runs of adjacent highlighted tokens into one, so a term the
 * segmenter cut in two (营商|环境) is shown as <b>营商环境</b> rather than
 * <b>营商</b><b>环境</b>.  Duplicate entries (repeated) only carry query
 * items and are never shown; they are stepped over.
 */
static void
join_adjacent_highlights(HeadlineParsedText *prs)
{
	int			i = 0;

	while (i < prs->curwords)
	{
		HeadlineWordEntry *first = &prs->words[i];
		int			j;
		int			total;
		int			count = 0;
		char	   *joined;
		char	   *p;

		if (!first->selected || !first->in || first->skip || first->replace ||
			first->repeated)
		{
			i++;
			continue;
		}

		/* Find the run of shown, selected tokens that follows. */
		total = first->len;
		for (j = i + 1; j < prs->curwords; j++)
		{
			HeadlineWordEntry *w = &prs->words[j];

			if (w->repeated)
				continue;
			if (!w->selected || !w->in || w->skip || w->replace ||
				total + w->len > 0xFFFF)
				break;
			total += w->len;
			count++;
		}
		if (count == 0)
		{
			i = j;
			continue;
		}

		joined = palloc(total);
		memcpy(joined, first->word, first->len);
		p = joined + first->len;
		for (int k = i + 1; k < j; k++)
		{
			HeadlineWordEntry *w = &prs->words[k];

			if (w->repeated)
				continue;
			memcpy(p, w->word, w->len);
			p += w->len;
			w->skip = 1;
		}
		first->word = joined;
		first->len = total;
		i = j;
	}
}

/*
 * govreport_prs_headline(prs, options, query)
 *		The default headline choice, counting each token once, with whole
 *		terms highlighted.
 */
PG_FUNCTION_INFO_V1(govreport_prs_headline);
Datum
govreport_prs_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);
	uint8	   *types = palloc(Max(prs->curwords, 1));
	int			i;

	/*
	 * A token whose lexemes match several query items (a word, its runs and
	 * its fine parts) has one duplicate entry per extra match.  The default
	 * code counts those as words against MaxWords and would cut the
	 * headline short; mark them blanks while it chooses, then restore.
	 */
	for (i = 0; i < prs->curwords; i++)
	{
		types[i] = prs->words[i].type;
		if (prs->words[i].repeated)
			prs->words[i].type = GRTOK_BLANK;
	}
	DirectFunctionCall3(prsd_headline,
						PG_GETARG_DATUM(0),
						PG_GETARG_DATUM(1),
						PG_GETARG_DATUM(2));
	for (i = 0; i < prs->curwords; i++)
		prs->words[i].type = types[i];
	pfree(types);
	join_adjacent_highlights(prs);
	PG_RETURN_POINTER(prs);
}
