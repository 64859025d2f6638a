/*
 * tokenize_sql.c
 *		zh_tokenize(): the tokens of a document for word statistics, and
 *		zh_normalize(): the normal form search matches on.
 *
 * zh_tokenize reads the same scan as the text search parser and normalises
 * tokens like the govreport_zh dictionary, so counts made with it agree
 * with what to_tsvector('govreport', ...) indexes.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "govreport.h"
#include "lexicon.h"
#include "normalize.h"
#include "scan.h"
#include "tsdict.h"

static const char *
kind_name(uint8 kind)
{
	switch (kind)
	{
		case ZH_TOKEN_WORD:
			return "word";
		case ZH_TOKEN_NUMBER:
			return "number";
		case ZH_TOKEN_QUANTITY:
			return "quantity";
		case ZH_TOKEN_LATIN:
			return "latin";
		case ZH_TOKEN_PUNCT:
			return "punct";
		case ZH_TOKEN_SCRIPT:
			return "other_script";
		default:
			return "other";
	}
}

/*
 * zh_tokenize(doc text)
 *		One row per token (whitespace excluded): normalised token, kind,
 *		part of speech, 1-based position, character offset and length in
 *		doc, and whether the token is a stop word.
 */
PG_FUNCTION_INFO_V1(zh_tokenize);
Datum
zh_tokenize(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const char *s = VARDATA_ANY(doc);
	int			len = VARSIZE_ANY_EXHDR(doc);
	GrScan		scan;
	GrScanToken tok;
	int32		position = 0;

	govreport_require_utf8(s, len);
	InitMaterializedSRF(fcinfo, 0);

	gr_scan_init(&scan, s, len);
	while (gr_scan_next(&scan, &tok))
	{
		Datum		values[7];
		bool		nulls[7] = {false};
		const char *posname;
		char	   *norm;

		if (tok.kind == GR_KIND_BLANK)
			continue;
		if ((++position & 0x3FF) == 0)
			CHECK_FOR_INTERRUPTS();

		norm = gr_normalized_token(s + tok.byte_start, tok.byte_len);
		values[0] = PointerGetDatum(cstring_to_text(norm));
		values[1] = PointerGetDatum(cstring_to_text(kind_name(tok.kind)));
		posname = zh_pos_name(tok.pos);
		if (posname)
			values[2] = PointerGetDatum(cstring_to_text(posname));
		else
			nulls[2] = true;
		values[3] = Int32GetDatum(position);
		values[4] = Int32GetDatum(tok.char_start);
		values[5] = Int32GetDatum(tok.char_len);
		values[6] = BoolGetDatum(tok.kind == ZH_TOKEN_WORD &&
								 gr_is_default_stopword(norm));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		pfree(DatumGetPointer(values[0]));
		pfree(DatumGetPointer(values[1]));
		if (!nulls[2])
			pfree(DatumGetPointer(values[2]));
		pfree(norm);
	}
	gr_scan_free(&scan);
	return (Datum) 0;
}

/*
 * zh_normalize(t text)
 *		t in the normal form tokens are matched in: NFKC, case folded,
 *		traditional characters replaced by simplified ones.
 */
PG_FUNCTION_INFO_V1(zh_normalize);
Datum
zh_normalize(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			nlen;
	char	   *norm;

	(void) zh_lexicon_get_revalidated();	/* a replaced file is remapped */

	govreport_require_utf8(s, len);
	norm = gr_normalize(s, len, &nlen);
	if (norm == NULL)
		PG_RETURN_TEXT_P(t);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(norm, nlen));
}
