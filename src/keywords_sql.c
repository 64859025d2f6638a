/*
 * keywords_sql.c
 *		zh_keywords(doc, k, method): the keywords of a document, by TF-IDF
 *		with jieba's IDF table or by TextRank (keywords.c).
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "govreport.h"
#include "keywords.h"

/*
 * zh_keywords(doc text, k integer DEFAULT 20, method text DEFAULT 'tfidf')
 *		The k heaviest keywords of doc, heaviest first, as (word, weight).
 *		STABLE: reads the user lexicon.
 */
PG_FUNCTION_INFO_V1(zh_keywords);
Datum
zh_keywords(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	int32		k = PG_GETARG_INT32(1);
	char	   *method = text_to_cstring(PG_GETARG_TEXT_PP(2));
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const char *s = VARDATA_ANY(doc);
	int			len = VARSIZE_ANY_EXHDR(doc);
	bool		textrank;
	GrWordTable t;
	GrTokenSeq	seq;
	GrKeyword  *kw;
	int32		n;

	if (strcmp(method, "tfidf") == 0)
		textrank = false;
	else if (strcmp(method, "textrank") == 0)
		textrank = true;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown keyword method \"%s\"", method),
				 errdetail("zh_keywords knows the methods tfidf and textrank."),
				 errhint("Pass method => 'tfidf' or method => 'textrank'.")));
	if (k < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the number of keywords must be at least 1"),
				 errdetail("k was %d.", k),
				 errhint("Pass k => 20, or a larger k for more keywords.")));
	govreport_require_utf8(s, len);

	InitMaterializedSRF(fcinfo, 0);
	gr_words_init(&t);
	gr_token_seq_init(&seq, TEXTRANK_SPAN - 1);
	gr_words_count_doc(&t, s, len, GR_WORDS_DEFAULT, textrank ? &seq : NULL);
	kw = textrank ? gr_keywords_textrank(&t, &seq, zh_lexicon_get(), &n) :
		gr_keywords_tfidf(&t, zh_lexicon_get(), &n);
	for (int32 i = 0; i < n && i < k; i++)
	{
		const GrWord *w = &t.words[kw[i].word];
		Datum		values[2];
		bool		nulls[2] = {false};

		values[0] = PointerGetDatum(cstring_to_text_with_len(w->text, w->len));
		values[1] = Float8GetDatum(kw[i].weight);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
