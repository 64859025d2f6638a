/*
 * html.h
 *		Turn a saved web page into plain text for govreport-load.
 *
 * Pure C over UTF-8 (no libpq, no ICU), so the fuzz harness links it alone.
 */
#ifndef GOVREPORT_LOAD_HTML_H
#define GOVREPORT_LOAD_HTML_H

#include <stdbool.h>
#include <stddef.h>

/* Whether text (UTF-8, len bytes) is an HTML page rather than plain text. */
extern bool load_looks_like_html(const char *text, size_t len);

/*
 * The text of an HTML page: tags, comments, scripts and styles removed,
 * block elements as line breaks, entities decoded, blank runs squeezed.
 * Returns a malloc'd NUL-terminated string (NULL when out of memory) and its
 * length in *outlen.  The result is never longer than the input.
 */
extern char *load_strip_html(const char *text, size_t len, size_t *outlen);

#endif							/* GOVREPORT_LOAD_HTML_H */
