/*
 * keywords.h
 *		Keywords of a document: TF-IDF with jieba's IDF table, and TextRank
 *		over a co-occurrence window, both as jieba.analyse defines them
 *		(doc/analysis.md).
 */
#ifndef GOVREPORT_KEYWORDS_H
#define GOVREPORT_KEYWORDS_H

#include "lexicon.h"
#include "wordtable.h"

/* TextRank's window: a word and the next TEXTRANK_SPAN - 1 tokens. */
#define TEXTRANK_SPAN		5

typedef struct GrKeyword
{
	int32		word;			/* index in the word table */
	double		weight;
	int64		order;			/* tie-break: smaller first */
} GrKeyword;

/*
 * Every candidate of a document counted into "t" (GR_WORDS_DEFAULT, one
 * document), heaviest first; *n receives the count.  palloc'd.
 */
extern GrKeyword *gr_keywords_tfidf(const GrWordTable *t, const ZhLexicon *lex,
									int32 *n);
extern GrKeyword *gr_keywords_textrank(const GrWordTable *t, const GrTokenSeq *seq,
									   const ZhLexicon *lex, int32 *n);

#endif							/* GOVREPORT_KEYWORDS_H */
