/*
 * settings.c
 *		The govreport.* configuration settings.
 *
 * Kept in one place so that _PG_init defines every setting before the
 * prefix is reserved.
 */
#include "postgres.h"

#include "utils/guc.h"

#include "govreport.h"

/* segmenter: the lexicon file (user_lexicon.c) */
extern char *govreport_lexicon_path;

void
govreport_init_settings(void)
{
	/* segmenter: superuser-only, since it names a file the server reads */
	DefineCustomStringVariable("govreport.lexicon_path",
							   "Lexicon file the segmenter maps.",
							   "Empty means the installed $sharedir/tsearch_data/govreport.lex.",
							   &govreport_lexicon_path,
							   "",
							   PGC_SUSET,
							   0,
							   NULL, NULL, NULL);
}
