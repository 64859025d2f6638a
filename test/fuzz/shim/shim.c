/*
 * shim.c
 *		What the server supplies to the segmenter, for standalone builds:
 *		the error exit and the lexicon (the file named by $GOVREPORT_LEXICON,
 *		default tools/govreport.lex), with no user lexicon overlay.
 */
#include "postgres.h"

#include "lexicon.h"
#include "segment.h"

jmp_buf    *shim_error_jump = NULL;

void
shim_error(const char *file, int line)
{
	if (shim_error_jump)
		longjmp(*shim_error_jump, 1);
	fprintf(stderr, "error raised at %s:%d\n", file, line);
	abort();
}

const ZhLexicon *
zh_lexicon_get(void)
{
	static const ZhLexicon *lex = NULL;

	if (lex == NULL)
	{
		const char *path = getenv("GOVREPORT_LEXICON");

		lex = zh_lexicon_open(path ? path : "tools/govreport.lex");
	}
	return lex;
}

const ZhOverlay *
zh_overlay_get(void)
{
	return NULL;
}
