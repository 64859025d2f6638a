/*
 * segment.h
 *		The segmenter's interface: UTF-8 text in, a sequence of spans out.
 *
 * Every consumer (zh_segment, zh_tokenize, the text search parser, the
 * figure extractor) reads the same spans, so queries and documents are cut
 * alike.  Spans cover the input except whitespace; offsets are both bytes
 * (for C callers) and characters (for what SQL sees).
 */
#ifndef GOVREPORT_SEGMENT_H
#define GOVREPORT_SEGMENT_H

typedef enum ZhTokenKind
{
	ZH_TOKEN_WORD = 1,			/* Han word: lexicon or unknown-word model */
	ZH_TOKEN_NUMBER,			/* a number alone: 2022, 4.5, 五千 */
	ZH_TOKEN_QUANTITY,			/* a number with its unit: 4.5万人, 73%, 1400亿元 */
	ZH_TOKEN_LATIN,				/* letters and digits: GDP, 5G, PM2.5 (also Greek, Cyrillic, kana, Hangul) */
	ZH_TOKEN_PUNCT,				/* one punctuation mark */
	ZH_TOKEN_OTHER,				/* anything else (symbols, emoji, ...) */
	ZH_TOKEN_SCRIPT				/* a word of another script: Uyghur, Tibetan, Thai, ... */
} ZhTokenKind;

typedef struct ZhToken
{
	int32		byte_start;		/* offset of the span in the input, bytes */
	int32		byte_len;
	int32		char_start;		/* the same in characters */
	int32		char_len;
	uint8		kind;			/* a ZhTokenKind */
	uint8		pos;			/* part-of-speech tag id, 0 when unknown */
} ZhToken;

/*
 * Segment "len" bytes of UTF-8 "text" (the caller has validated the
 * encoding).  Returns a palloc'd array in CurrentMemoryContext and sets
 * *ntokens; whitespace produces no span.  Interruptible.
 */
extern ZhToken *zh_segment_text(const char *text, int len, int *ntokens);

/*
 * The same for a short span of a document whose segmentation has already
 * checked the lexicon file (zh_segment_text does, with a stat, on every
 * call): extract_metrics segments a few words around each figure.
 */
extern ZhToken *zh_segment_span(const char *text, int len, int *ntokens);

/*
 * Whether a code point is whitespace to the segmenter: no span covers it,
 * and search leaves it out (doc/search.md).
 */
static inline bool
zh_is_space(uint32 cp)
{
	return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 ||
		cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
		cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
		cp == 0xFEFF;
}

/* Name of a part-of-speech tag id ("n", "v", "ns", ...), or NULL for 0. */
extern const char *zh_pos_name(uint8 pos);

/*
 * The fold the segmenter matches words through, one code point at a time:
 * Traditional -> Simplified (where ICU maps a single character to a single
 * character), NFKC width fold (full-width -> half-width), lower case.
 * Identity above the BMP.  Needs the lexicon (may ereport if it is bad).
 */
extern int	zh_fold_codepoint(int cp);

#endif							/* GOVREPORT_SEGMENT_H */
