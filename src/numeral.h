/*
 * numeral.h
 *		Numbers as written in Chinese text -> exact decimal values.
 *
 * Pure C (no server headers) so that the tokenizer, the figure extractor
 * and the fuzz harness share one parser.  A value is kept as significant
 * digits times a power of ten, so scale words (万, 亿) only move the
 * exponent and no precision is lost.
 */
#ifndef GOVREPORT_NUMERAL_H
#define GOVREPORT_NUMERAL_H

#include <stdbool.h>
#include <stddef.h>

#include "utf8.h"

/* Limits keep every value inside what numeric accepts. */
#define ZH_MAX_DIGITS	100		/* significant digits */
#define ZH_MAX_EXP		200		/* |power of ten| */

typedef struct ZhNumber
{
	bool		negative;
	int			ndigits;		/* 0 means the value zero */
	int			exp10;			/* value = digits * 10^exp10 */
	char		digits[ZH_MAX_DIGITS + 1];	/* ASCII, no leading zeros */
} ZhNumber;

typedef enum ZhParseResult
{
	ZH_NOT_NUMBER = 0,			/* no number starts here */
	ZH_OK,
	ZH_OUT_OF_RANGE				/* a number, but beyond the limits above */
} ZhParseResult;

/* Flags for zh_parse_number */
#define ZH_ALLOW_SIGN	0x01	/* read a leading 负 / - */
#define ZH_NO_SCALE		0x02	/* stop before 万/亿 (the caller reads them) */
#define ZH_FRACTION		0x04	/* read 五分之一 as 0.2 (20 decimal places) */
#define ZH_SPACED		0x08	/* digits spaced one by one: 4 9 2 5 0 */

#define ZH_DIVIDE_PLACES 20

/*
 * Parse the longest number at the start of s[0..len).  On ZH_OK, *out holds
 * the value and *consumed the bytes read.  Never reads past len.
 */
extern ZhParseResult zh_parse_number(const char *s, size_t len, int flags,
									 ZhNumber *out, size_t *consumed);

/*
 * A run of scale words (万, 亿, 千万, 万亿 ...) at s: returns the power of ten
 * (0 if none) and sets *consumed.  Stops before 千 of 千米/千克/千瓦 and
 * before 百 of 百分点/百分之.
 */
extern int	zh_parse_scale(const char *s, size_t len, size_t *consumed);

/*
 * The same, then 多 / 余 / 几 and scale words: 一千多万 and 500余万 give the
 * stated base value (10000000, 5000000) and set *approx.
 */
extern ZhParseResult zh_parse_approx(const char *s, size_t len, int flags,
									 ZhNumber *out, size_t *consumed, bool *approx);

/*
 * 一百几十, 一千几百: after a number num[0, nlen) ending in a place (百, 千,
 * 万), 几 and a smaller place stand for an unknown digit.  Returns the bytes
 * of that place word after 几 at str (0 if none), so that the scale after it
 * (一百几十亿) multiplies the stated base value.
 */
extern size_t zh_vague_place(const char *num, size_t nlen, const char *str, size_t len);

/* num / den for small whole numbers, to ZH_DIVIDE_PLACES places; false if not. */
extern bool zh_number_divide(const ZhNumber *num, const ZhNumber *den, ZhNumber *out);

/* Multiply by 10^k; false if that leaves the limits. */
extern bool zh_number_scale(ZhNumber *n, int k);

/* Whole value as plain decimal text; buf needs ZH_NUMBER_BUFLEN bytes. */
#define ZH_NUMBER_BUFLEN (ZH_MAX_DIGITS + ZH_MAX_EXP + 8)
extern void zh_number_to_string(const ZhNumber *n, char *buf);

/* Compare two values (-1, 0, 1). */
extern int	zh_number_cmp(const ZhNumber *a, const ZhNumber *b);

/* Decode one UTF-8 character; returns its length (0 if invalid/short). */

/*
 * 五亿二千多万: read num[0, nlen) with the scale words after 多 appended,
 * when a unit greater than the scale (power) stands in it; false otherwise.
 */
extern bool zh_scale_last_section(const char *num, size_t nlen, const char *scale,
								  size_t slen, int power, int flags, ZhNumber *out);

/* Value of a Chinese digit character (0-9), or -1. */
extern int	zh_digit_value(unsigned int cp);

/* Is cp a character a number may start with? */
extern bool zh_is_number_start(unsigned int cp);

#endif							/* GOVREPORT_NUMERAL_H */
