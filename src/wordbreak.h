/*
 * wordbreak.h
 *		Words of the scripts the segmenter has no tables for (Uyghur,
 *		Tibetan, Mongolian, Thai, ...): script runs and ICU's word break
 *		rules.
 */
#ifndef GOVREPORT_WORDBREAK_H
#define GOVREPORT_WORDBREAK_H

/* Longest run, in characters, handed to zh_script_pieces at once. */
#define ZH_SCRIPT_RUN_MAX	512

/* What the segmenter makes of a character its own tables do not know. */
typedef enum ZhScriptClass
{
	ZH_SCRIPT_LETTER,			/* letter, mark, decimal digit: part of a word */
	ZH_SCRIPT_PUNCT,			/* punctuation (Tibetan tsheg, Arabic comma) */
	ZH_SCRIPT_OTHER				/* symbol, emoji, control, unassigned */
} ZhScriptClass;

typedef struct ZhScriptPiece
{
	int32		byte_start;		/* from the start of the run */
	int32		byte_len;
	int32		char_start;
	int32		char_len;
	bool		is_word;		/* ICU says word (letters, digits, kana) */
} ZhScriptPiece;

extern ZhScriptClass zh_script_class(uint32 cp);
extern bool zh_is_combining_mark(uint32 cp);

/*
 * Cut text[0, len), UTF-8 of at most ZH_SCRIPT_RUN_MAX characters of class
 * ZH_SCRIPT_LETTER, into pieces: first where the script changes, then at
 * ICU's word boundaries.  The pieces tile the text.  Returns their number.
 */
extern int	zh_script_pieces(const char *text, int len, ZhScriptPiece *pieces);

#endif							/* GOVREPORT_WORDBREAK_H */
