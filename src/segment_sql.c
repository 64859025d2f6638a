/*
 * segment_sql.c
 *		SQL functions of the segmenter: zh_segment(text) and the lexicon
 *		check govreport_lexicon_verify().
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "govreport.h"
#include "lexicon.h"
#include "segment.h"

/*
 * zh_segment(doc text) RETURNS text[]
 *		The spans of the segmentation, as written: whitespace dropped, each
 *		punctuation mark its own element.  STABLE: reads the user lexicon.
 */
PG_FUNCTION_INFO_V1(zh_segment);
Datum
zh_segment(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(doc);
	int			len = VARSIZE_ANY_EXHDR(doc);
	ZhToken    *toks;
	int			ntoks;
	Size		nbytes;
	ArrayType  *result;
	char	   *p;
	int			dims[1];
	int			lbs[1] = {1};

	govreport_require_utf8(s, len);
	toks = zh_segment_text(s, len, &ntoks);
	if (ntoks == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));

	/* Build the array in place: one allocation, not one per element. */
	nbytes = ARR_OVERHEAD_NONULLS(1);
	for (int i = 0; i < ntoks; i++)
	{
		nbytes += INTALIGN(VARHDRSZ + toks[i].byte_len);
		if (nbytes > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("segmented text is too large for an array"),
					 errdetail("The text has %d segments.", ntoks),
					 errhint("Split it into smaller documents.")));
	}
	result = palloc0(nbytes);
	SET_VARSIZE(result, nbytes);
	result->ndim = 1;
	result->dataoffset = 0;
	result->elemtype = TEXTOID;
	dims[0] = ntoks;
	memcpy(ARR_DIMS(result), dims, sizeof(dims));
	memcpy(ARR_LBOUND(result), lbs, sizeof(lbs));
	p = ARR_DATA_PTR(result);
	for (int i = 0; i < ntoks; i++)
	{
		SET_VARSIZE(p, VARHDRSZ + toks[i].byte_len);
		memcpy(p + VARHDRSZ, s + toks[i].byte_start, toks[i].byte_len);
		p += INTALIGN(VARHDRSZ + toks[i].byte_len);
	}
	pfree(toks);
	PG_RETURN_ARRAYTYPE_P(result);
}

/*
 * govreport_lexicon_verify() RETURNS boolean
 *		Check the whole lexicon file against its checksum (the open path
 *		checks only the header, to keep a connection's first call fast).
 */
PG_FUNCTION_INFO_V1(govreport_lexicon_verify);
Datum
govreport_lexicon_verify(PG_FUNCTION_ARGS)
{
	const ZhLexicon *lex = zh_lexicon_get();

	if (!zh_lexicon_verify_payload(lex))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("lexicon file \"%s\" is damaged", lex->path),
				 errdetail("Its contents do not match the checksum in its header.")));
	PG_RETURN_BOOL(true);
}
