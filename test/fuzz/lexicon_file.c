/*
 * lexicon_file.c
 *		The lexicon for standalone builds (fuzz harnesses, the bare
 *		benchmark): the file named by $GOVREPORT_LEXICON, default
 *		tools/govreport.lex, opened once; no user lexicon overlay (linked by
 *		test/fuzz/build.sh into every program that reads the lexicon).
 */
#include "postgres.h"

#include "lexicon.h"

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

/* A harness's file is not replaced while it runs. */
const ZhLexicon *
zh_lexicon_get_revalidated(void)
{
	return zh_lexicon_get();
}

const ZhOverlay *
zh_overlay_get(void)
{
	return NULL;
}
