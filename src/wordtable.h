/*
 * wordtable.h
 *		The words of one or many documents, counted: what zh_word_counts,
 *		zh_word_stats and zh_keywords read.
 *
 * Documents are cut by the same scan as zh_tokenize (scan.c) and each token
 * is taken in the same normal form, so a word counted here is a token
 * zh_tokenize gives and a lexeme to_tsvector('govreport') indexes.
 */
#ifndef GOVREPORT_WORDTABLE_H
#define GOVREPORT_WORDTABLE_H

#include "segment.h"

/* Which tokens are counted. */
typedef enum GrWordFilter
{
	GR_WORDS_DEFAULT,			/* words (Han, Latin, other scripts), not stop
								 * words: no punctuation, numbers, quantities */
	GR_WORDS_ALL				/* every token but whitespace */
} GrWordFilter;

/* Parts of speech remembered per word (a word rarely takes more than one). */
#define GR_WORD_TAGS 4

typedef struct GrWord
{
	const char *text;			/* normal form, NUL-terminated */
	int32		len;			/* bytes */
	int32		nchars;
	uint32		hash;
	uint8		kind;			/* ZhTokenKind of its first occurrence */
	bool		stopword;
	uint8		tags[GR_WORD_TAGS]; /* part-of-speech ids seen, 0 = none */
	int64		tag_n[GR_WORD_TAGS];
	int64		n;				/* occurrences */
	int64		docs;			/* documents it occurs in */
	int64		last_doc;
	int64		first;			/* token number of its first occurrence */
} GrWord;

typedef struct GrWordTable
{
	MemoryContext cxt;			/* where everything below lives */
	GrWord	   *words;
	int32		nwords;
	int32		cap;
	int32	   *slots;			/* open addressing: index into words, or -1 */
	uint32		mask;
	char	   *arena;			/* the words' text */
	Size		arena_left;
	int64		ndocs;
	int64		ntokens;
} GrWordTable;

/*
 * The token sequence of one document, for co-occurrence windows (TextRank):
 * per token, its index in the table, or -1 for a token that is not counted;
 * whitespace as one entry -1 per character (as jieba yields it), at most
 * "max_blank" of them in a row.
 */
typedef struct GrTokenSeq
{
	MemoryContext cxt;
	int32	   *word;
	uint8	   *pos;			/* part of speech of this occurrence */
	int32		n;
	int32		cap;
	int			max_blank;
} GrTokenSeq;

/* A table, or a token sequence, in CurrentMemoryContext. */
extern void gr_words_init(GrWordTable *t);
extern void gr_token_seq_init(GrTokenSeq *seq, int max_blank);

/*
 * Count the tokens of one document (valid UTF-8) that pass "filter";
 * "seq", when not NULL, receives the document's token sequence.
 * Interruptible.
 */
extern void gr_words_count_doc(GrWordTable *t, const char *text, int len,
							   GrWordFilter filter, GrTokenSeq *seq);

/* Whether a counted word is shown under "filter" (stop words are counted). */
extern bool gr_word_shown(const GrWord *w, GrWordFilter filter);

/* The part of speech a word took most often (0 when none). */
extern uint8 gr_word_pos(const GrWord *w);

/*
 * Indexes of the words shown under "filter", most frequent first, then in
 * order of first occurrence.  palloc'd; *n receives the count.
 */
extern int32 *gr_words_ranked(const GrWordTable *t, GrWordFilter filter, int32 *n);

#endif							/* GOVREPORT_WORDTABLE_H */
