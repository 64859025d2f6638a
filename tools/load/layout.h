/*
 * layout.h
 *		From the lines of PDF pages (text and position) to paragraphs, for
 *		govreport-load: repeated page headers and footers and page numbers
 *		dropped, lines joined into paragraphs.  Pure logic over the lines
 *		tools/load/pdf.c reads with poppler, so the fuzz harness drives it
 *		without a PDF.
 */
#ifndef GOVREPORT_LOAD_LAYOUT_H
#define GOVREPORT_LOAD_LAYOUT_H

#include <stddef.h>

typedef struct LoadLine
{
	const char *text;			/* UTF-8, not NUL-terminated */
	size_t		len;
	double		x0,				/* left, right, top, bottom (points, y down) */
				x1,
				y0,
				y1;
	int			page;			/* 0-based; lines come in page order */
} LoadLine;

/*
 * The text of the lines: paragraphs separated by blank lines.  Returns a
 * malloc'd string (length in *outlen) or NULL when out of memory.
 */
extern char *load_layout_text(const LoadLine *lines, size_t n, size_t *outlen);

#endif							/* GOVREPORT_LOAD_LAYOUT_H */
