/*
 * shim.c
 *		What the server supplies to the segmenter, for standalone builds:
 *		the error exit.  The lexicon comes from test/fuzz/lexicon_file.c.
 */
#include "postgres.h"

jmp_buf    *shim_error_jump = NULL;

void
shim_error(const char *file, int line)
{
	if (shim_error_jump)
		longjmp(*shim_error_jump, 1);
	fprintf(stderr, "error raised at %s:%d\n", file, line);
	abort();
}
