/*
 * layout.c
 *		Paragraphs from the lines of PDF pages.
 *
 * Page furniture: a line among the first two or last two of its page is a
 * running header or footer when the same line (digits aside) sits at the
 * same height (within 4 points) on at least half of the pages (three pages
 * at least); a line there that is only a page number (3, - 3 -, 第3页, 3/10,
 * 第 3 页 共 10 页, Page 3) goes on any page.
 *
 * Paragraphs: a line starts a new paragraph when the gap above it is more
 * than 1.6 times the page's usual line distance, when it is indented by
 * more than one character from the page's usual left edge, or when the line
 * before ended more than two characters short of the usual right edge
 * (unless the next line, not indented, starts with a digit or a Latin
 * letter, or ended without closing punctuation before a next line that
 * starts with a character that is not a Han one: a number or a word that
 * did not fit and went down whole).  The character size is
 * the median line height.  Edges and character size are the whole
 * document's (a page of short lines would skew its own); the line distance
 * is the page's, or the document's on a page of fewer than six lines.  Lines of a paragraph are
 * joined without a blank, except between two Latin letters or digits.
 * Every step sorts or scans the lines: n log n in the lines.
 */
#include "layout.h"
#include "textbuf.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How many lines at each end of a page may be furniture. */
#define EDGE_LINES 2

/* A page with fewer lines takes its line distance from the whole document. */
#define MIN_PAGE_LINES 6

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

/* Median of v[0..n) (sorts v); 0 for none. */
static double
median(double *v, size_t n)
{
	if (n == 0)
		return 0;
	qsort(v, n, sizeof(double), cmp_double);
	return v[n / 2];
}

/*
 * The line with digits and blanks dropped, after its height on the page
 * in steps of 4 points, for comparing headers (malloc'd): a running header
 * sits at the same place on every page, a title that reads the same does
 * not.
 */
static char *
signature(const LoadLine *l)
{
	char	   *s = malloc(l->len + 24);
	size_t		k;

	if (s == NULL)
		return NULL;
	k = (size_t) snprintf(s, 24, "%ld|", (long) (l->y0 / 4));
	for (size_t i = 0; i < l->len; i++)
	{
		char		c = l->text[i];

		if ((c >= '0' && c <= '9') || c == ' ' || c == '\t')
			continue;
		s[k++] = c;
	}
	s[k] = '\0';
	return s;
}

/* qsort's comparison of line indexes by signature, then by position. */
static char **sort_sig;

static int
cmp_sig(const void *a, const void *b)
{
	size_t		x = *(const size_t *) a,
				y = *(const size_t *) b;
	int			c = strcmp(sort_sig[x], sort_sig[y]);

	return c != 0 ? c : (x > y) - (x < y);
}

/* Skip blanks, then the ASCII or UTF-8 literal lit; true if it was there. */
static bool
eat(const char **p, const char *end, const char *lit)
{
	size_t		n = strlen(lit);

	while (*p < end && (**p == ' ' || **p == '\t'))
		(*p)++;
	if ((size_t) (end - *p) >= n && memcmp(*p, lit, n) == 0)
	{
		*p += n;
		return true;
	}
	return false;
}

static bool
eat_number(const char **p, const char *end)
{
	const char *s;

	while (*p < end && (**p == ' ' || **p == '\t'))
		(*p)++;
	s = *p;
	while (*p < end && **p >= '0' && **p <= '9' && *p - s < 6)
		(*p)++;
	return *p > s;
}

/* Is the line only a page number? */
static bool
is_page_number(const LoadLine *l)
{
	const char *p = l->text;
	const char *end = l->text + l->len;

	(void) (eat(&p, end, "-") || eat(&p, end, "—") || eat(&p, end, "–"));
	(void) (eat(&p, end, "第") || eat(&p, end, "Page") || eat(&p, end, "page"));
	if (!eat_number(&p, end))
		return false;
	(void) eat(&p, end, "页");
	if (eat(&p, end, "/") || eat(&p, end, "共") || eat(&p, end, "of"))
	{
		(void) eat(&p, end, "共");
		if (!eat_number(&p, end))
			return false;
		(void) eat(&p, end, "页");
	}
	(void) (eat(&p, end, "-") || eat(&p, end, "—") || eat(&p, end, "–"));
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p == end;
}

/* Mark running headers, footers and page numbers in drop[]. */
static bool
mark_furniture(const LoadLine *lines, size_t n, bool *drop)
{
	int			npages = n ? lines[n - 1].page + 1 : 0;
	char	  **sig = calloc(n ? n : 1, sizeof(char *));
	bool	   *edge = calloc(n ? n : 1, sizeof(bool));
	size_t		start = 0;

	if (sig == NULL || edge == NULL)
	{
		free(sig);
		free(edge);
		return false;
	}
	/* the first and last EDGE_LINES lines of each page */
	while (start < n)
	{
		size_t		end = start;

		while (end < n && lines[end].page == lines[start].page)
			end++;
		for (size_t i = start; i < end; i++)
			edge[i] = (i - start < EDGE_LINES) || (end - i <= EDGE_LINES);
		start = end;
	}
	for (size_t i = 0; i < n; i++)
	{
		if (!edge[i])
			continue;
		if (is_page_number(&lines[i]))
			drop[i] = true;
		else if (npages >= 3 && (sig[i] = signature(&lines[i])) == NULL)
			goto oom;
	}
	/*
	 * A signature on at least half the pages, three at least: edge lines
	 * sorted by signature, then each run of equal ones counted by page.
	 */
	{
		size_t	   *order = malloc(sizeof(size_t) * (n ? n : 1));
		size_t		k = 0;

		if (order == NULL)
			goto oom;
		for (size_t i = 0; i < n; i++)
			if (sig[i] != NULL && sig[i][0] != '\0')
				order[k++] = i;
		sort_sig = sig;
		qsort(order, k, sizeof(size_t), cmp_sig);
		for (size_t r = 0; r < k;)
		{
			size_t		e = r + 1;
			int			pages = 1;

			while (e < k && strcmp(sig[order[r]], sig[order[e]]) == 0)
			{
				if (lines[order[e]].page != lines[order[e - 1]].page)
					pages++;
				e++;
			}
			if (pages >= 3 && pages * 2 >= npages)
				for (size_t j = r; j < e; j++)
					drop[order[j]] = true;
			r = e;
		}
		free(order);
	}
	for (size_t i = 0; i < n; i++)
		free(sig[i]);
	free(sig);
	free(edge);
	return true;
oom:
	for (size_t i = 0; i < n; i++)
		free(sig[i]);
	free(sig);
	free(edge);
	return false;
}

/* Usual line height, line distance, left and right edge of some lines. */
typedef struct PageShape
{
	double		height;
	double		distance;
	double		left;
	double		right;
} PageShape;

static bool
page_shape(const LoadLine *lines, const bool *drop, size_t start, size_t end,
		   PageShape *ps)
{
	size_t		m = end - start;
	double	   *v = malloc(sizeof(double) * (m ? m : 1));
	size_t		k;
	size_t		prev = (size_t) -1;

	if (v == NULL)
		return false;
	k = 0;
	for (size_t i = start; i < end; i++)
		if (!drop[i])
			v[k++] = lines[i].y1 - lines[i].y0;
	ps->height = median(v, k);
	if (ps->height <= 0)
		ps->height = 10;
	k = 0;
	for (size_t i = start; i < end; i++)
	{
		if (drop[i])
			continue;
		if (prev != (size_t) -1 && lines[i].y0 > lines[prev].y0)
			v[k++] = lines[i].y0 - lines[prev].y0;
		prev = i;
	}
	ps->distance = k ? median(v, k) : ps->height * 1.5;
	/* the usual left edge: the median of the left edges */
	k = 0;
	for (size_t i = start; i < end; i++)
		if (!drop[i])
			v[k++] = lines[i].x0;
	ps->left = median(v, k);
	/* the right edge: the largest right edge that several lines share */
	k = 0;
	for (size_t i = start; i < end; i++)
		if (!drop[i])
			v[k++] = lines[i].x1;
	qsort(v, k, sizeof(double), cmp_double);
	ps->right = k ? v[k - 1 - (k > 4 ? k / 10 : 0)] : 0;
	free(v);
	return true;
}

/* Does the line end with punctuation that closes a sentence or a heading? */
static bool
ends_closed(const LoadLine *l)
{
	static const char *const marks[] = {"。", "！", "？", "：", "；", "”", "）", ".", "!", "?", ":", ";", ")", NULL};

	for (int i = 0; marks[i]; i++)
	{
		size_t		n = strlen(marks[i]);

		if (l->len >= n && memcmp(l->text + l->len - n, marks[i], n) == 0)
			return true;
	}
	return false;
}

/* Does the line start with a Han character (U+3400..U+9FFF)? */
static bool
starts_han(const LoadLine *l)
{
	const unsigned char *s = (const unsigned char *) l->text;
	unsigned int c;

	if (l->len < 3 || (s[0] & 0xF0) != 0xE0)
		return false;
	c = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
	return c >= 0x3400 && c <= 0x9FFF;
}

static bool
ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool
latin_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char *
load_layout_text(const LoadLine *lines, size_t n, size_t *outlen)
{
	bool	   *drop = calloc(n ? n : 1, sizeof(bool));
	TextBuf		tb;
	size_t		start = 0;
	const LoadLine *prev = NULL;
	PageShape	prev_shape = {0, 0, 0, 0};
	PageShape	doc_shape;

	if (drop == NULL || !mark_furniture(lines, n, drop))
	{
		free(drop);
		return NULL;
	}
	tb_init(&tb);
	if (!page_shape(lines, drop, 0, n, &doc_shape))
	{
		free(drop);
		return NULL;
	}
	while (start < n)
	{
		size_t		end = start;
		size_t		kept = 0;
		PageShape	ps;

		while (end < n && lines[end].page == lines[start].page)
			kept += !drop[end++];
		/*
		 * Edges and character size are the document's (a page of short
		 * lines would skew its own); the line distance is the page's,
		 * unless it has too few lines to tell.
		 */
		ps = doc_shape;
		if (kept >= MIN_PAGE_LINES)
		{
			PageShape	own;

			if (!page_shape(lines, drop, start, end, &own))
			{
				tb_free(&tb);
				free(drop);
				return NULL;
			}
			ps.distance = own.distance;
		}
		for (size_t i = start; i < end; i++)
		{
			const LoadLine *l = &lines[i];
			bool		para;

			if (drop[i] || l->len == 0)
				continue;
			if (prev == NULL)
				para = true;
			else
			{
				const PageShape *pp = prev->page == l->page ? &ps : &prev_shape;

				bool		indented = l->x0 > ps.left + ps.height;
				bool		short_before = prev->x1 < pp->right - 2 * pp->height;
				bool		wrapped_word = !indented &&
					(ascii_alnum((unsigned char) l->text[0]) ||
					 (!ends_closed(prev) && !starts_han(l)));

				para = indented || (short_before && !wrapped_word) ||
					(prev->page == l->page && l->y0 - prev->y0 > 1.6 * ps.distance);
			}
			if (para)
				tb_para(&tb);
			else if (latin_letter((unsigned char) prev->text[prev->len - 1]) &&
					 latin_letter((unsigned char) l->text[0]))
				tb_space(&tb);
			tb_text(&tb, l->text, l->len);
			prev = l;
		}
		prev_shape = ps;
		start = end;
	}
	free(drop);
	return tb_finish(&tb, outlen);
}
