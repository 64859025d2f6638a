/*
 * html.h
 *		The article of a saved web page, for govreport-load.
 *
 * libxml2's HTML parser reads the page (broken markup, every HTML entity);
 * tools/load/html.c then keeps the main content and drops navigation,
 * menus, breadcrumbs, link lists, share bars and footers by structure and
 * link density (doc/loader.md).  No libpq, no server: the fuzz harness
 * links it as it is.
 */
#ifndef GOVREPORT_LOAD_HTML_H
#define GOVREPORT_LOAD_HTML_H

#include <stdbool.h>
#include <stddef.h>

/* Whether text (UTF-8, len bytes) is an HTML page rather than plain text. */
extern bool load_looks_like_html(const char *text, size_t len);

typedef struct LoadPage
{
	char	   *text;			/* the article: paragraphs separated by blank lines */
	size_t		len;
	char	   *title;			/* ArticleTitle meta, else <title> without the site's name */
	char	   *published;		/* PubDate (or similar) meta as YYYY-MM-DD */
} LoadPage;

/*
 * Read a page (UTF-8, len bytes).  Returns 0 and fills page (malloc'd
 * strings, NULL where the page has none), or -1 when out of memory or
 * the parser gave up.
 */
extern int	load_html_extract(const char *text, size_t len, LoadPage *page);
extern void load_page_free(LoadPage *page);

/* "YYYY-MM-DD" from the first date in s (2022-02-24, 2022/2/24, 2022年2月24日); false if none. */
extern bool load_find_date(const char *s, char *out, size_t outsize);

#endif							/* GOVREPORT_LOAD_HTML_H */
