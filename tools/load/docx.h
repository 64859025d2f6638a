/*
 * docx.h
 *		The text of a Word document (.docx: a zip of XML parts), for
 *		govreport-load.  libzip reads the archive, libxml2 the XML.
 */
#ifndef GOVREPORT_LOAD_DOCX_H
#define GOVREPORT_LOAD_DOCX_H

#include <stddef.h>

/* Parts larger than this (uncompressed) are refused: a zip bomb guard. */
#define LOAD_MAX_DOCX_PART ((size_t) 256 * 1024 * 1024)

/*
 * The body text of a .docx held in data (len bytes): one paragraph per
 * w:p, separated by blank lines; table cells separated by a space; page
 * headers, footers, footnotes and deleted text left out.  Returns a
 * malloc'd string (length in *outlen), or NULL with err set.
 */
extern char *load_docx_text(const unsigned char *data, size_t len,
							size_t *outlen, char *err, size_t errsize);

/* The same from word/document.xml itself (len bytes); the fuzz target. */
extern char *load_docx_xml_text(const char *xml, size_t len, size_t *outlen,
								char *err, size_t errsize);

#endif							/* GOVREPORT_LOAD_DOCX_H */
