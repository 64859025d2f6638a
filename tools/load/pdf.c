/*
 * pdf.c
 *		Lines of PDF pages with their positions, from poppler's glib API:
 *		poppler_page_get_text gives the page's text in reading order, and
 *		poppler_page_get_text_layout a rectangle per character of it.
 */
#include "pdf.h"
#include "layout.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <poppler.h>

typedef struct Lines
{
	LoadLine   *v;
	size_t		n;
	size_t		cap;
} Lines;

static bool
add_line(Lines *ls, const char *text, size_t len, const PopplerRectangle *r,
		 size_t nr, int page)
{
	LoadLine   *l;

	if (ls->n == ls->cap)
	{
		size_t		cap = ls->cap ? ls->cap * 2 : 256;
		LoadLine   *nv = realloc(ls->v, cap * sizeof(LoadLine));

		if (nv == NULL)
			return false;
		ls->v = nv;
		ls->cap = cap;
	}
	l = &ls->v[ls->n++];
	l->text = text;
	l->len = len;
	l->page = page;
	l->x0 = l->y0 = 1e9;
	l->x1 = l->y1 = -1e9;
	for (size_t i = 0; i < nr; i++)
	{
		if (r[i].x1 < l->x0)
			l->x0 = r[i].x1;
		if (r[i].x2 > l->x1)
			l->x1 = r[i].x2;
		if (r[i].y1 < l->y0)
			l->y0 = r[i].y1;
		if (r[i].y2 > l->y1)
			l->y1 = r[i].y2;
	}
	if (nr == 0)
		l->x0 = l->x1 = l->y0 = l->y1 = 0;
	return true;
}

/*
 * Split a page's text into lines; rects[i] belongs to the i-th character
 * of text.  Lines point into text, which the caller keeps.
 */
static bool
page_lines(Lines *ls, const char *text, PopplerRectangle *rects, guint nrects, int page)
{
	const char *p = text;
	size_t		ch = 0;			/* character index of p */

	while (*p)
	{
		const char *nl = strchr(p, '\n');
		const char *end = nl ? nl : p + strlen(p);
		size_t		nchars = (size_t) g_utf8_strlen(p, end - p);
		size_t		first = ch < nrects ? ch : nrects;
		size_t		count = ch + nchars <= nrects ? nchars : (first < nrects ? nrects - first : 0);

		/* drop blanks at the ends; keep the text */
		while (end > p && (end[-1] == ' ' || end[-1] == '\r' || end[-1] == '\t'))
			end--;
		if (end > p && !add_line(ls, p, (size_t) (end - p), rects + first, count, page))
			return false;
		ch += nchars + (nl ? 1 : 0);
		p = nl ? nl + 1 : p + strlen(p);
	}
	return true;
}

char *
load_pdf_text(const unsigned char *data, size_t len, size_t *outlen, char *err,
			  size_t errsize)
{
	GBytes	   *bytes = g_bytes_new_static(data, len);
	GError	   *gerr = NULL;
	PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
	int			npages;
	char	  **texts;
	Lines		ls = {NULL, 0, 0};
	char	   *out = NULL;

	if (doc == NULL)
	{
		if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED)
			snprintf(err, errsize, "the PDF is encrypted: give a copy without a password");
		else
			snprintf(err, errsize, "cannot read the PDF: %s", gerr ? gerr->message : "unknown error");
		if (gerr)
			g_error_free(gerr);
		g_bytes_unref(bytes);
		return NULL;
	}
	npages = poppler_document_get_n_pages(doc);
	texts = calloc(npages > 0 ? (size_t) npages : 1, sizeof(char *));
	if (texts == NULL)
	{
		snprintf(err, errsize, "out of memory");
		g_object_unref(doc);
		g_bytes_unref(bytes);
		return NULL;
	}
	for (int i = 0; i < npages; i++)
	{
		PopplerPage *page = poppler_document_get_page(doc, i);
		PopplerRectangle *rects = NULL;
		guint		nrects = 0;

		if (page == NULL)
			continue;
		texts[i] = poppler_page_get_text(page);
		if (texts[i] && !poppler_page_get_text_layout(page, &rects, &nrects))
			nrects = 0;
		if (texts[i])
		{
			if (!page_lines(&ls, texts[i], rects, nrects, i))
			{
				g_free(rects);
				g_object_unref(page);
				snprintf(err, errsize, "out of memory");
				goto done;
			}
		}
		g_free(rects);
		g_object_unref(page);
	}
	if (ls.n == 0)
	{
		snprintf(err, errsize,
				 "the PDF has no text layer (%d page%s of images: a scanned document?); "
				 "run OCR on it first (for example ocrmypdf), then load the result",
				 npages, npages == 1 ? "" : "s");
		goto done;
	}
	out = load_layout_text(ls.v, ls.n, outlen);
	if (out == NULL)
		snprintf(err, errsize, "out of memory");
done:
	for (int i = 0; i < npages; i++)
		g_free(texts[i]);
	free(texts);
	free(ls.v);
	g_object_unref(doc);
	g_bytes_unref(bytes);
	return out;
}
