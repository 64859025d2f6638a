/*
 * wordbreak.c
 *		Words of the scripts the segmenter has no tables for, cut by ICU.
 *
 * Reports from Xinjiang, Tibet, Inner Mongolia or Yanbian quote names in
 * Uyghur, Tibetan, Mongolian or Korean; left to the Han segmenter those
 * would fall apart into single letters and vowel signs.  ICU knows every
 * script: its character properties say what is a letter, its script codes
 * say where one script ends, and its word break iterator (Unicode UAX #29,
 * with dictionaries for Thai and other scripts written without spaces)
 * says where words end.  Han, Latin, Greek, Cyrillic, kana and Hangul
 * never come here: the segmenter's own loops are faster for them.
 *
 * The break iterator is opened once per backend (opening it loads rules
 * and takes milliseconds) and closed by a memory context callback.
 */
#include "postgres.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include "utils/memutils.h"

#include "utf8.h"
#include "wordbreak.h"

static UBreakIterator *word_breaker = NULL;
static MemoryContext breaker_context = NULL;

static void
release_word_breaker(void *arg)
{
	if (word_breaker != NULL)
		ubrk_close(word_breaker);
	word_breaker = NULL;
	breaker_context = NULL;
}

static UBreakIterator *
get_word_breaker(void)
{
	UErrorCode	status = U_ZERO_ERROR;
	UBreakIterator *bi;
	MemoryContextCallback *cb;

	if (word_breaker != NULL)
		return word_breaker;

	/* The context and its callback first, so nothing can leak the handle. */
	breaker_context = AllocSetContextCreate(TopMemoryContext,
											"govreport word breaks",
											ALLOCSET_SMALL_SIZES);
	cb = MemoryContextAlloc(breaker_context, sizeof(MemoryContextCallback));
	cb->func = release_word_breaker;
	cb->arg = NULL;
	MemoryContextRegisterResetCallback(breaker_context, cb);

	/* The root locale: rules for every script, no language's tailoring. */
	bi = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
	if (U_FAILURE(status))
	{
		MemoryContextDelete(breaker_context);
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not open the ICU word break iterator: %s",
						u_errorName(status)),
				 errdetail("The ICU data the server was built with lacks the word break rules.")));
	}
	word_breaker = bi;
	return bi;
}

ZhScriptClass
zh_script_class(uint32 cp)
{
	uint32		mask = U_GET_GC_MASK((UChar32) cp);

	/*
	 * Decimal digits belong to words (Tibetan and Arabic-Indic digits);
	 * other numbers, ①, Ⅱ and ², are enumeration marks and symbols.
	 */
	if (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK))
		return ZH_SCRIPT_LETTER;
	/* joiners and the Mongolian vowel separator stand inside words */
	if (cp == 0x200C || cp == 0x200D || cp == 0x180E)
		return ZH_SCRIPT_LETTER;
	if (mask & U_GC_P_MASK)
		return ZH_SCRIPT_PUNCT;
	return ZH_SCRIPT_OTHER;
}

bool
zh_is_combining_mark(uint32 cp)
{
	return (U_GET_GC_MASK((UChar32) cp) & U_GC_M_MASK) != 0;
}

/* Marks, digits and joiners take the script of the letters around them. */
static bool
script_is_neutral(UScriptCode script)
{
	return script == USCRIPT_COMMON || script == USCRIPT_INHERITED ||
		script == USCRIPT_INVALID_CODE;
}

int
zh_script_pieces(const char *text, int len, ZhScriptPiece *pieces)
{
	const unsigned char *s = (const unsigned char *) text;
	UChar		u16[2 * ZH_SCRIPT_RUN_MAX];
	int32		unit_char[2 * ZH_SCRIPT_RUN_MAX + 1];	/* character at each unit */
	int32		char_byte[ZH_SCRIPT_RUN_MAX + 1];	/* byte offset of each character */
	int32		char_unit[ZH_SCRIPT_RUN_MAX + 1];	/* UTF-16 offset of each character */
	int			nchars = 0;
	int			nunits = 0;
	int			npieces = 0;
	int			p = 0;
	int			run_start = 0;
	UScriptCode run_script = USCRIPT_COMMON;
	UBreakIterator *bi = get_word_breaker();

	/* UTF-8 to UTF-16, remembering where each character starts in both. */
	while (p < len && nchars < ZH_SCRIPT_RUN_MAX)
	{
		uint32		cp;
		int			l = utf8_next_char(s + p, len - p, &cp);

		char_byte[nchars] = p;
		char_unit[nchars] = nunits;
		unit_char[nunits] = nchars;
		if (cp > 0xFFFF)
		{
			u16[nunits++] = U16_LEAD(cp);
			unit_char[nunits] = nchars;
			u16[nunits++] = U16_TRAIL(cp);
		}
		else
			u16[nunits++] = (UChar) cp;
		nchars++;
		p += l;
	}
	char_byte[nchars] = p;
	char_unit[nchars] = nunits;
	unit_char[nunits] = nchars;

	/* Script runs, each cut at the word boundaries ICU finds in it. */
	for (int c = 0; c <= nchars; c++)
	{
		UScriptCode script = USCRIPT_COMMON;
		UErrorCode	status = U_ZERO_ERROR;
		int32		from;
		int32		to;

		if (c < nchars)
		{
			UChar32		cp;

			U16_GET(u16, 0, char_unit[c], nunits, cp);
			script = uscript_getScript(cp, &status);
			if (U_FAILURE(status) || script_is_neutral(script) ||
				script_is_neutral(run_script) || script == run_script)
			{
				if (!U_FAILURE(status) && !script_is_neutral(script))
					run_script = script;
				continue;
			}
		}
		if (c == run_start)
			continue;

		/* characters run_start .. c - 1 are one script */
		status = U_ZERO_ERROR;
		ubrk_setText(bi, u16 + char_unit[run_start],
					 char_unit[c] - char_unit[run_start], &status);
		if (U_FAILURE(status))
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("ICU word break failed: %s", u_errorName(status))));
		from = ubrk_first(bi);
		while ((to = ubrk_next(bi)) != UBRK_DONE)
		{
			int			first = unit_char[char_unit[run_start] + from];
			int			last = unit_char[char_unit[run_start] + to];
			ZhScriptPiece *piece = &pieces[npieces++];

			piece->byte_start = char_byte[first];
			piece->byte_len = char_byte[last] - char_byte[first];
			piece->char_start = first;
			piece->char_len = last - first;
			piece->is_word = ubrk_getRuleStatus(bi) >= UBRK_WORD_NONE_LIMIT;
			from = to;
		}
		run_start = c;
		run_script = script;
	}
	return npieces;
}
