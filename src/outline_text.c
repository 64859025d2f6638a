/*
 * outline_text.c
 *		Text helpers of the outline code (see outline_text.h).  Every
 *		function is linear in the bytes it is given.
 */
#include "postgres.h"
#include "miscadmin.h"

#include <string.h>

#include "outline_text.h"

bool
ot_is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
		c == '\v' || c == 0x3000 || c == 0x00A0 || c == 0x200B ||
		c == 0xFEFF || c == 0x2022 || c == 0x00B7 || c == 0x200C ||
		c == 0x200D || c == 0x2002 || c == 0x2003 || c == 0x2009 ||
		c == 0x2060 || c == 0x00AD;
}

bool
ot_is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

uint32_t
ot_last_char(const char *s, size_t start, size_t end, size_t *at)
{
	size_t		p = end - 1;
	uint32_t	c;

	while (p > start && ((unsigned char) s[p] & 0xC0) == 0x80 && end - p < 4)
		p--;
	section_next_char(s + p, end - p, &c);
	if (at)
		*at = p;
	return c;
}

size_t
ot_skip_space(const char *s, size_t pos, size_t end)
{
	while (pos < end)
	{
		uint32_t	c;
		int			n = section_next_char(s + pos, end - pos, &c);

		if (!ot_is_space(c))
			break;
		pos += n;
	}
	return pos;
}

size_t
ot_trim_end(const char *s, size_t start, size_t end)
{
	while (end > start)
	{
		size_t		p;
		uint32_t	c = ot_last_char(s, start, end, &p);

		if (!ot_is_space(c))
			break;
		end = p;
	}
	return end;
}

int64_t
ot_count_chars(const char *s, size_t start, size_t end)
{
	int64_t		n = 0;

	for (size_t i = start; i < end; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

bool
ot_has_prefix(const char *s, size_t start, size_t end, const char *lit)
{
	size_t		n = strlen(lit);

	return start <= end && end - start >= n && memcmp(s + start, lit, n) == 0;
}

/* Counting goes by slices of this many bytes, to be cancelled between them. */
#define COUNT_SLICE (1024 * 1024)

int
ot_count_literal(const char *s, size_t start, size_t end, const char *lit)
{
	size_t		len = strlen(lit);
	int			n = 0;

	while (start < end)
	{
		size_t		slice_end = end - start > COUNT_SLICE ? start + COUNT_SLICE : end;
		/* an occurrence that starts in the slice may end past it */
		size_t		search_end = slice_end + len - 1 < end ? slice_end + len - 1 : end;
		size_t		at;

		CHECK_FOR_INTERRUPTS();
		while ((at = ot_find(s, start, search_end, lit)) != (size_t) -1 && at < slice_end)
		{
			n++;
			start = at + len;
		}
		if (start < slice_end)
			start = slice_end;
	}
	return n;
}

bool
ot_shang_ends_word(const char *s, size_t shang)
{
	static const char *const before[] = {"界", "本", "实", "际", "体", "则", "史", "面", "观", "度",
	NULL};

	for (int i = 0; before[i] && shang >= 3; i++)
		if (ot_has_prefix(s, shang - 3, shang, before[i]))
			return true;
	return false;
}

size_t
ot_find(const char *s, size_t start, size_t end, const char *lit)
{
	size_t		n = strlen(lit);

	if (n == 0 || start >= end || end - start < n)
		return (size_t) -1;
	for (size_t i = start; i + n <= end; i++)
	{
		const char *p = memchr(s + i, lit[0], end - n + 1 - i);

		if (p == NULL)
			break;
		i = p - s;
		/* most Han characters share a first byte: look at the next two first */
		if (n >= 3 && (p[1] != lit[1] || p[2] != lit[2]))
			continue;
		if (memcmp(p, lit, n) == 0)
			return i;
	}
	return (size_t) -1;
}

size_t
ot_find_any(const char *s, size_t start, size_t end, const char *const *lits,
			int *which)
{
	size_t		best = (size_t) -1;

	for (int i = 0; lits[i]; i++)
	{
		size_t		at = ot_find(s, start, best == (size_t) -1 ? end :
								 (best + strlen(lits[i]) < end ? best + strlen(lits[i]) : end),
								 lits[i]);

		if (at != (size_t) -1 && (best == (size_t) -1 || at < best))
		{
			best = at;
			if (which)
				*which = i;
		}
	}
	return best;
}

int
ot_digit_at(const char *s, size_t pos, size_t end, int *n)
{
	uint32_t	c;

	if (pos >= end)
		return -1;
	*n = section_next_char(s + pos, end - pos, &c);
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 0xFF10 && c <= 0xFF19)
		return c - 0xFF10;
	switch (c)
	{
		case 0x3007:			/* 〇 */
		case 0x96F6:			/* 零 */
		case 0x25CB:			/* ○ */
			return 0;
		case 0x4E00:
			return 1;
		case 0x4E8C:
			return 2;
		case 0x4E09:
			return 3;
		case 0x56DB:
			return 4;
		case 0x4E94:
			return 5;
		case 0x516D:
			return 6;
		case 0x4E03:
			return 7;
		case 0x516B:
			return 8;
		case 0x4E5D:
			return 9;
		default:
			return -1;
	}
}

size_t
ot_read_year(const char *s, size_t pos, size_t end, int *year)
{
	int			v = 0;
	int			n;

	if (pos > 0)
	{
		size_t		at;
		uint32_t	prev = ot_last_char(s, 0, pos, &at);
		uint32_t	first;

		/* a digit of the same script right before: inside a longer number */
		if (pos < end && ot_digit_at(s, at, pos, &n) >= 0)
		{
			section_next_char(s + pos, end - pos, &first);
			if ((prev < 0x80 || (prev >= 0xFF10 && prev <= 0xFF19)) ==
				(first < 0x80 || (first >= 0xFF10 && first <= 0xFF19)))
				return 0;
		}
	}
	for (int i = 0; i < 4; i++)
	{
		int			d = ot_digit_at(s, pos, end, &n);

		/* "1 9 9 8": single spaces between digits, as some pages have */
		if (d < 0 && i > 0 && pos < end && s[pos] == ' ')
		{
			d = ot_digit_at(s, pos + 1, end, &n);
			if (d >= 0)
				pos++;
		}
		if (d < 0)
			return 0;
		v = v * 10 + d;
		pos += n;
	}
	if (pos < end && s[pos] == ' ' && ot_digit_at(s, pos + 1, end, &n) >= 0)
		return 0;
	if (ot_digit_at(s, pos, end, &n) >= 0)
		return 0;				/* five digits or more: no year */
	if (v < 1000)
		return 0;
	*year = v;
	return pos;
}

size_t
ot_read_small_number(const char *s, size_t pos, size_t end, int *value)
{
	int			n;
	int			d = ot_digit_at(s, pos, end, &n);
	size_t		p = pos;
	int			v = 0;

	if (d >= 0 && s[pos] >= '0' && s[pos] <= '9')
	{
		while (p < end && s[p] >= '0' && s[p] <= '9' && v < 1000)
			v = v * 10 + (s[p++] - '0');
		*value = v;
		return p - pos;
	}
	if (ot_has_prefix(s, p, end, "十"))
	{
		v = 10;
		p += 3;
		if ((d = ot_digit_at(s, p, end, &n)) > 0 && n == 3)
		{
			v += d;
			p += n;
		}
		*value = v;
		return p - pos;
	}
	if (d <= 0 || n != 3)
		return 0;
	v = d;
	p += n;
	if (ot_has_prefix(s, p, end, "十"))
	{
		p += 3;
		v *= 10;
		if ((d = ot_digit_at(s, p, end, &n)) > 0 && n == 3)
		{
			v += d;
			p += n;
		}
	}
	*value = v;
	return p - pos;
}
