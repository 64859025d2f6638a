/*
 * textbuf.h
 *		A growing UTF-8 text with paragraph breaks, shared by the readers of
 *		web pages, Word documents and PDF pages (tools/load/).
 *
 * Blank runs collapse to one space, a line break is "\n", a paragraph
 * break a blank line ("\n\n"), never more; nothing leads or trails.  Out of
 * memory is remembered and reported by tb_finish.
 */
#ifndef GOVREPORT_LOAD_TEXTBUF_H
#define GOVREPORT_LOAD_TEXTBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct TextBuf
{
	char	   *s;
	size_t		len;
	size_t		cap;
	int			pending;		/* 0 none, 1 space, 2 line break, 3 paragraph */
	bool		oom;
} TextBuf;

extern void tb_init(TextBuf *tb);
/* Append text; blanks (space, tab, CR, LF, no-break space) collapse. */
extern void tb_text(TextBuf *tb, const char *s, size_t n);
/* A blank before the next text (kept only between texts). */
extern void tb_space(TextBuf *tb);
/* A line break before the next text. */
extern void tb_line(TextBuf *tb);
/* A paragraph break before the next text. */
extern void tb_para(TextBuf *tb);
/* The NUL-terminated text (malloc'd) and its length; NULL when out of memory. */
extern char *tb_finish(TextBuf *tb, size_t *len);
extern void tb_free(TextBuf *tb);
/* Characters (code points) in s[0..n) that are not blanks. */
extern size_t tb_count_chars(const char *s, size_t n);

#endif							/* GOVREPORT_LOAD_TEXTBUF_H */
