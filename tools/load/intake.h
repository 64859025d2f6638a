/*
 * intake.h
 *		From a file's bytes to the report's text, whatever the form: plain
 *		text in any detected encoding, a saved web page, a PDF, a Word
 *		document (tools/load/intake.c).  No libpq.
 */
#ifndef GOVREPORT_LOAD_INTAKE_H
#define GOVREPORT_LOAD_INTAKE_H

#include <stddef.h>

typedef struct LoadText
{
	char	   *text;			/* malloc'd UTF-8 */
	size_t		len;
	const char *encoding;		/* the text's encoding; PDF or DOCX for those (static) */
	const char *format;			/* text, html, pdf or docx (static) */
	char	   *title;			/* a web page's own title (malloc'd) or NULL */
	char	   *published;		/* a web page's publication date YYYY-MM-DD or NULL */
	char		warning[320];	/* a forced or declared encoding that reads badly */
	char		error[400];		/* why the file is refused */
} LoadText;

/*
 * Read a file's bytes.  forced: the encoding -E names, or NULL.  Returns 0,
 * or -1 with out->error set (also for a file with nothing but blanks).
 */
extern int	load_intake(const unsigned char *data, size_t len, const char *forced,
						LoadText *out);
extern void load_text_free(LoadText *t);

#endif							/* GOVREPORT_LOAD_INTAKE_H */
