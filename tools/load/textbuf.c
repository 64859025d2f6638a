/*
 * textbuf.c
 *		A growing UTF-8 text with collapsed blanks and paragraph breaks.
 */
#include "textbuf.h"

#include <stdlib.h>
#include <string.h>

void
tb_init(TextBuf *tb)
{
	memset(tb, 0, sizeof(*tb));
}

static void
tb_put(TextBuf *tb, const char *s, size_t n)
{
	if (tb->oom)
		return;
	if (tb->len + n + 1 > tb->cap)
	{
		size_t		cap = tb->cap ? tb->cap : 4096;
		char	   *ns;

		while (cap < tb->len + n + 1)
			cap *= 2;
		ns = realloc(tb->s, cap);
		if (ns == NULL)
		{
			tb->oom = true;
			return;
		}
		tb->s = ns;
		tb->cap = cap;
	}
	memcpy(tb->s + tb->len, s, n);
	tb->len += n;
}

/* Length of a blank at s (n bytes left): ASCII blanks and U+00A0; 0 if none. */
static size_t
blank_at(const char *s, size_t n)
{
	if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' || s[0] == '\f' || s[0] == '\v')
		return 1;
	if (n >= 2 && (unsigned char) s[0] == 0xC2 && (unsigned char) s[1] == 0xA0)
		return 2;
	return 0;
}

void
tb_text(TextBuf *tb, const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		b = blank_at(s + i, n - i);
		size_t		j;

		if (b > 0)
		{
			if (tb->pending < 1)
				tb->pending = 1;
			i += b;
			continue;
		}
		for (j = i; j < n && blank_at(s + j, n - j) == 0; j++)
			;
		if (tb->len > 0 && tb->pending > 0)
			tb_put(tb, tb->pending == 3 ? "\n\n" : tb->pending == 2 ? "\n" : " ",
				   tb->pending == 3 ? 2 : 1);
		tb->pending = 0;
		tb_put(tb, s + i, j - i);
		i = j;
	}
}

void
tb_space(TextBuf *tb)
{
	if (tb->pending < 1)
		tb->pending = 1;
}

void
tb_line(TextBuf *tb)
{
	if (tb->pending < 2)
		tb->pending = 2;
}

void
tb_para(TextBuf *tb)
{
	tb->pending = 3;
}

char *
tb_finish(TextBuf *tb, size_t *len)
{
	char	   *r;

	tb_put(tb, "", 0);
	if (tb->oom)
	{
		tb_free(tb);
		return NULL;
	}
	if (tb->s == NULL)
	{
		tb->s = malloc(1);
		if (tb->s == NULL)
			return NULL;
	}
	tb->s[tb->len] = '\0';
	*len = tb->len;
	r = tb->s;
	tb->s = NULL;
	tb->len = tb->cap = 0;
	return r;
}

void
tb_free(TextBuf *tb)
{
	free(tb->s);
	tb_init(tb);
}

size_t
tb_count_chars(const char *s, size_t n)
{
	size_t		c = 0;

	for (size_t i = 0; i < n; i++)
	{
		unsigned char b = (unsigned char) s[i];

		if ((b & 0xC0) == 0x80 || b == ' ' || b == '\t' || b == '\n' || b == '\r')
			continue;
		c++;
	}
	return c;
}
