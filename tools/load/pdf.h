/*
 * pdf.h
 *		The text of a PDF in reading order (poppler), for govreport-load.
 */
#ifndef GOVREPORT_LOAD_PDF_H
#define GOVREPORT_LOAD_PDF_H

#include <stddef.h>

/*
 * The text of the PDF held in data (len bytes): poppler's reading order,
 * then tools/load/layout.c (headers, footers and page numbers dropped,
 * lines joined into paragraphs).  Returns a malloc'd string (length in
 * *outlen), or NULL with err set; a PDF without a text layer (scanned
 * pages) gets a message that says so.
 */
extern char *load_pdf_text(const unsigned char *data, size_t len, size_t *outlen,
						   char *err, size_t errsize);

#endif							/* GOVREPORT_LOAD_PDF_H */
