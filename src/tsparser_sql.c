/*
 * tsparser_sql.c
 *		The "govreport" text search parser: segmenter spans as tokens, with
 *		the whitespace between them as blanks, so that the tokens put end
 *		to end are the document (token type ids in tsparser.h; the headline
 *		function is in headline_sql.c).
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"

#include "govreport.h"
#include "scan.h"
#include "tsparser.h"

/*
 * Longest document the parser takes.  Core's parse arrays (several entries
 * per token) would pass the 1 GB allocation limit somewhere above 64 MB of
 * Chinese text, with an obscure message; a tsvector could not hold the
 * result anyway.
 */
#define GR_PARSER_MAX_BYTES (32 * 1024 * 1024)

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
