/*
 * utf8.h
 *		The one UTF-8 decoder every scanner uses.
 *
 * Header-only and free of server calls, so the libFuzzer harnesses build it
 * too.  In the server the text has already passed pg_verifymbstr; the
 * checks here keep the fuzzers' raw bytes from reading out of bounds.
 */
#ifndef GOVREPORT_UTF8_H
#define GOVREPORT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode the well-formed character at s (avail bytes left): its length, or
 * 0 for an empty, truncated or malformed sequence.
 */
static inline int
utf8_decode_char(const unsigned char *s, size_t avail, uint32_t *cp)
{
	unsigned char c;

	if (avail == 0)
		return 0;
	c = s[0];
	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c < 0xE0 && avail >= 2 && (s[1] & 0xC0) == 0x80)
	{
		*cp = ((uint32_t) (c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c >= 0xE0 && c < 0xF0 && avail >= 3 &&
		(s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
	{
		*cp = ((uint32_t) (c & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) |
			(s[2] & 0x3F);
		return 3;
	}
	if (c >= 0xF0 && c < 0xF5 && avail >= 4 && (s[1] & 0xC0) == 0x80 &&
		(s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80)
	{
		*cp = ((uint32_t) (c & 0x07) << 18) | ((uint32_t) (s[1] & 0x3F) << 12) |
			((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		return 4;
	}
	return 0;
}

/*
 * Step over one character for scanners that must always advance: a
 * malformed byte reads as U+FFFD of length 1; the end of input as 0.
 */
static inline int
utf8_next_char(const unsigned char *s, size_t avail, uint32_t *cp)
{
	int			n;

	if (avail == 0)
	{
		*cp = 0;
		return 0;
	}
	n = utf8_decode_char(s, avail, cp);
	if (n == 0)
	{
		*cp = 0xFFFD;
		n = 1;
	}
	return n;
}

#endif							/* GOVREPORT_UTF8_H */
