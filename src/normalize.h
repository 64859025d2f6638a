/*
 * normalize.h
 *		Token normalisation for matching: NFKC, case fold and
 *		Traditional-to-Simplified, one character at a time.
 *
 * Documents and queries go through the same per-character mapping, so a
 * query in full-width letters or traditional characters matches text in
 * ASCII or simplified characters.  The mapping of each character was
 * computed with ICU at build time and is read from the lexicon file.
 */
#ifndef GOVREPORT_NORMALIZE_H
#define GOVREPORT_NORMALIZE_H

/*
 * Normalise "len" bytes of valid UTF-8.  Returns NULL when the text is
 * already normal (the common case: nothing is allocated), otherwise a
 * palloc'd, NUL-terminated string whose length is stored in *outlen.
 */
extern char *gr_normalize(const char *s, int len, int *outlen);

/*
 * The normal form of one non-ASCII character (the same mapping, one code
 * point): NULL when unchanged, else its replacement and length in *len.
 */
extern const char *gr_fold_char(uint32 cp, int *len);

/*
 * The same for any code point, ASCII upper case folded too, with the
 * lexicon fetched once by the caller ("lex" is zh_lexicon_get()): for loops
 * over many characters (searchkeys.c).  The replacement is static or in the
 * lexicon mapping, never to be freed; its length may be 0.
 */
struct ZhLexicon;
extern const char *gr_normal_char(const struct ZhLexicon *lex, uint32 cp, int *len);

/*
 * Like gr_normalize, but leaves ASCII alone (no case fold): the form the
 * segmenter reads.  Besides the text, returns the offset map needed to take
 * a span of the normalised text back to the original bytes.
 */
typedef struct GrOffsetMap
{
	int			nchanges;		/* number of characters that changed */
	int32	   *norm_start;		/* per change: start in normalised text */
	int32	   *norm_len;		/* per change: length there (may be 0) */
	int32	   *orig_start;		/* per change: start in the original */
	int32	   *orig_len;		/* per change: length there */
} GrOffsetMap;

extern char *gr_normalize_for_segmenting(const char *s, int len, int *outlen,
										 GrOffsetMap *map);

/*
 * Map a byte offset of the normalised text back to the original text.
 * "is_end" says whether the offset ends a span (an offset inside a changed
 * character then maps to the end of that character, else to its start).
 * "*hint" is a cursor into the change list that makes sequential calls
 * cheap; start it at 0.
 */
extern int	gr_offset_to_original(const GrOffsetMap *map, int offset,
								  bool is_end, int *hint);

#endif							/* GOVREPORT_NORMALIZE_H */
