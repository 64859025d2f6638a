/*
 * numeral.c
 *		Numbers as written in Chinese government text -> exact values.
 *
 * The one place numerals are read (see numeral.h).  Pure C without server
 * headers: the figure extractor, a future tokenizer and the fuzz harness
 * all call zh_parse_number().  Chinese numerals are read with 128-bit
 * integer arithmetic bounded well below overflow; Arabic digit strings of
 * any length are kept as text, so nothing ever wraps around.
 */
#include "numeral.h"

#include <string.h>

typedef __int128 zh_i128;

/* Values of Chinese-numeral grammar are kept below 10^36. */
#define ZH_I128_LIMIT ((zh_i128) 1000000000000000000LL * (zh_i128) 1000000000000000000LL)

int
zh_digit_value(unsigned int cp)
{
	switch (cp)
	{
		case 0x3007:			/* 〇 */
		case 0x25CB:			/* ○, set for 〇 in older texts (一九八○年) */
		case 0x96F6:			/* 零 */
			return 0;
		case 0x4E00:			/* 一 */
		case 0x58F9:			/* 壹 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
		case 0x5169:			/* 兩 */
		case 0x8D30:			/* 贰 */
		case 0x8CB3:			/* 貳 */
			return 2;
		case 0x4E09:			/* 三 */
		case 0x53C1:			/* 叁 */
			return 3;
		case 0x56DB:			/* 四 */
		case 0x8086:			/* 肆 */
			return 4;
		case 0x4E94:			/* 五 */
		case 0x4F0D:			/* 伍 */
			return 5;
		case 0x516D:			/* 六 */
		case 0x9646:			/* 陆 */
			return 6;
		case 0x4E03:			/* 七 */
		case 0x67D2:			/* 柒 */
			return 7;
		case 0x516B:			/* 八 */
		case 0x634C:			/* 捌 */
			return 8;
		case 0x4E5D:			/* 九 */
		case 0x7396:			/* 玖 */
			return 9;
	}
	return -1;
}

/* 十 百 千 (and their 大写 forms) as powers of ten, else 0. */
static int
small_unit_power(unsigned int cp)
{
	switch (cp)
	{
		case 0x5341:			/* 十 */
		case 0x62FE:			/* 拾 */
			return 1;
		case 0x767E:			/* 百 */
		case 0x4F70:			/* 佰 */
			return 2;
		case 0x5343:			/* 千 */
		case 0x4EDF:			/* 仟 */
			return 3;
	}
	return 0;
}

/* 万 亿 as powers of ten, else 0. */
static int
big_unit_power(unsigned int cp)
{
	switch (cp)
	{
		case 0x4E07:			/* 万 */
		case 0x842C:			/* 萬 */
			return 4;
		case 0x4EBF:			/* 亿 */
		case 0x5104:			/* 億 */
			return 8;
	}
	return 0;
}

static int
arabic_digit(unsigned int cp)
{
	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int) (cp - 0xFF10);
	return -1;
}

bool
zh_is_number_start(unsigned int cp)
{
	return arabic_digit(cp) >= 0 || zh_digit_value(cp) >= 0 ||
		small_unit_power(cp) == 1 || cp == 0x5EFF;	/* 十, 廿 */
}

/*
 * A small unit char followed by a unit of measure is part of that unit
 * (千米, 千克, 千瓦, 百分点, 百分之), not a multiplier.
 */
static bool
unit_is_measure_prefix(const unsigned char *s, size_t len, size_t at, int clen)
{
	unsigned int next;
	unsigned int cp;

	if (utf8_decode_char(s + at, len - at, &cp) == 0)
		return false;
	if (utf8_decode_char(s + at + clen, len - at - clen, &next) == 0)
		return false;
	if (cp == 0x5343)			/* 千 */
		return next == 0x7C73 || next == 0x514B || next == 0x74E6 ||
			next == 0x5E15 || next == 0x7126 || next == 0x5361;	/* 米克瓦帕焦卡 */
	if (cp == 0x767E)			/* 百 */
		return next == 0x5206;	/* 分 */
	return false;
}

int
zh_parse_scale(const char *str, size_t len, size_t *consumed)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		pos = 0;
	int			power = 0;
	int			last_small = 99;

	for (;;)
	{
		unsigned int cp;
		int			clen = utf8_decode_char(s + pos, len - pos, &cp);
		int			p;

		if (clen == 0)
			break;
		if ((p = big_unit_power(cp)) > 0)
		{
			power += p;
			last_small = 99;
		}
		else if ((p = small_unit_power(cp)) > 0 && p < last_small &&
				 !unit_is_measure_prefix(s, len, pos, clen))
		{
			/* 十/百/千 only multiply when a 万/亿 follows (千万, 百亿) */
			unsigned int next;
			int			nlen = utf8_decode_char(s + pos + clen, len - pos - clen, &next);

			if (nlen == 0 || (big_unit_power(next) == 0 && small_unit_power(next) == 0))
				break;
			power += p;
			last_small = p;
		}
		else
			break;
		pos += clen;
		if (power > ZH_MAX_EXP)
			break;
	}
	*consumed = pos;
	return power;
}

/* Drop leading zeros and move trailing zeros into the exponent. */
static void
normalize(ZhNumber *n)
{
	int			lead = 0;

	while (lead < n->ndigits && n->digits[lead] == '0')
		lead++;
	if (lead > 0)
	{
		memmove(n->digits, n->digits + lead, n->ndigits - lead);
		n->ndigits -= lead;
	}
	while (n->ndigits > 0 && n->digits[n->ndigits - 1] == '0')
	{
		n->ndigits--;
		n->exp10++;
	}
	n->digits[n->ndigits] = '\0';
	if (n->ndigits == 0)
	{
		n->exp10 = 0;
		n->negative = false;
	}
}

static bool
in_limits(const ZhNumber *n)
{
	return n->ndigits <= ZH_MAX_DIGITS &&
		n->exp10 <= ZH_MAX_EXP && n->exp10 >= -ZH_MAX_EXP;
}

bool
zh_number_scale(ZhNumber *n, int k)
{
	if (n->ndigits == 0)
		return true;
	if (k > ZH_MAX_EXP || k < -ZH_MAX_EXP)
		return false;
	n->exp10 += k;
	return in_limits(n);
}

static void
number_from_i128(ZhNumber *n, zh_i128 v, int exp10)
{
	char		tmp[48];
	int			i = 0;

	n->negative = false;
	if (v == 0)
	{
		n->ndigits = 0;
		n->exp10 = 0;
		n->digits[0] = '\0';
		return;
	}
	while (v > 0 && i < (int) sizeof(tmp))
	{
		tmp[i++] = (char) ('0' + (int) (v % 10));
		v /= 10;
	}
	n->ndigits = i;
	for (int j = 0; j < i; j++)
		n->digits[j] = tmp[i - 1 - j];
	n->exp10 = exp10;
	normalize(n);
}

void
zh_number_to_string(const ZhNumber *n, char *buf)
{
	char	   *p = buf;
	int			intdigits;

	if (n->ndigits == 0)
	{
		strcpy(buf, "0");
		return;
	}
	if (n->negative)
		*p++ = '-';
	intdigits = n->ndigits + n->exp10;
	if (intdigits <= 0)
	{
		*p++ = '0';
		*p++ = '.';
		for (int i = 0; i < -intdigits; i++)
			*p++ = '0';
		memcpy(p, n->digits, n->ndigits);
		p += n->ndigits;
	}
	else if (n->exp10 >= 0)
	{
		memcpy(p, n->digits, n->ndigits);
		p += n->ndigits;
		for (int i = 0; i < n->exp10; i++)
			*p++ = '0';
	}
	else
	{
		memcpy(p, n->digits, intdigits);
		p += intdigits;
		*p++ = '.';
		memcpy(p, n->digits + intdigits, n->ndigits - intdigits);
		p += n->ndigits - intdigits;
	}
	*p = '\0';
}

int
zh_number_cmp(const ZhNumber *a, const ZhNumber *b)
{
	int			sign = a->negative ? -1 : 1;
	int			ma,
				mb;

	if (a->ndigits == 0 || b->ndigits == 0)
	{
		int			va = a->ndigits == 0 ? 0 : (a->negative ? -1 : 1);
		int			vb = b->ndigits == 0 ? 0 : (b->negative ? -1 : 1);

		return (va > vb) - (va < vb);
	}
	if (a->negative != b->negative)
		return a->negative ? -1 : 1;
	/* same sign: compare magnitudes by position of the leading digit */
	ma = a->ndigits + a->exp10;
	mb = b->ndigits + b->exp10;
	if (ma != mb)
		return ma > mb ? sign : -sign;
	for (int i = 0; i < a->ndigits || i < b->ndigits; i++)
	{
		char		da = i < a->ndigits ? a->digits[i] : '0';
		char		db = i < b->ndigits ? b->digits[i] : '0';

		if (da != db)
			return da > db ? sign : -sign;
	}
	return 0;
}

/*
 * Arabic digits with thousands separators and a decimal point.  Reads the
 * whole run even when too long, so the caller never restarts inside it.
 */
static ZhParseResult
parse_arabic(const unsigned char *s, size_t len, int flags, ZhNumber *out,
			 size_t *consumed, bool *has_point)
{
	size_t		pos = 0;
	bool		point = false;
	bool		overflow = false;
	int			frac = 0;
	long		extra_zeros = 0;

	out->ndigits = 0;
	out->exp10 = 0;
	out->negative = false;
	for (;;)
	{
		unsigned int cp;
		int			clen = utf8_decode_char(s + pos, len - pos, &cp);
		int			d;

		if (clen == 0)
			break;
		if ((d = arabic_digit(cp)) >= 0)
		{
			/* leading zeros are not significant, so long zero runs never overflow */
			if (out->ndigits == 0 && d == 0)
			{
				if (point)
					frac++;
			}
			else if (out->ndigits < ZH_MAX_DIGITS)
			{
				out->digits[out->ndigits++] = (char) ('0' + d);
				if (point)
					frac++;
			}
			else if (!point && d == 0)
				extra_zeros++;	/* 1 followed by 150 zeros is still in range */
			else if (!point)
				overflow = true;
			/* fraction digits beyond the limit are dropped (truncation) */
			pos += clen;
			continue;
		}
		if (cp == ' ' && (flags & ZH_SPACED) && pos > 0 && pos + 1 < len &&
			(arabic_digit(s[pos + 1]) >= 0 ||
			 (s[pos + 1] == '.' && pos + 2 < len && arabic_digit(s[pos + 2]) >= 0)))
		{
			/* 4 9 2 5 0 and 1 5 .3: digits set one by one (a 1998 report) */
			pos++;
			continue;
		}
		if (cp == ',' && !point && pos > 0)
		{
			/* a separator only if exactly three digits follow */
			int			k = 0;
			size_t		q = pos + 1;

			while (q < len && s[q] >= '0' && s[q] <= '9' && k < 4)
			{
				k++;
				q++;
			}
			if (k == 3)
			{
				pos++;
				continue;
			}
			break;
		}
		/* 19·5％: some reports set the decimal point as a middle dot */
		if ((cp == '.' || cp == 0xFF0E || cp == 0x00B7) && !point && pos > 0)
		{
			unsigned int next;
			int			nlen = utf8_decode_char(s + pos + clen, len - pos - clen, &next);

			if (nlen > 0 && arabic_digit(next) >= 0)
			{
				point = true;
				pos += clen;
				continue;
			}
		}
		break;
	}
	*consumed = pos;
	*has_point = point;
	if (pos == 0)
		return ZH_NOT_NUMBER;
	if (overflow)
		return ZH_OUT_OF_RANGE;
	if (extra_zeros > ZH_MAX_EXP)
		return ZH_OUT_OF_RANGE;
	/* zeros kept in extra_zeros sit after a full set of digits */
	if (extra_zeros > 0)
		out->exp10 = (int) extra_zeros;
	else
		out->exp10 = -frac;
	normalize(out);
	return in_limits(out) ? ZH_OK : ZH_OUT_OF_RANGE;
}

/*
 * The Chinese-numeral grammar: digits, 十百千 within a 万-group, 万 and 亿
 * groups, 廿, 零 as a place holder, shorthand 一万五 = 15000.  An Arabic
 * integer may stand where a digit does (5万4千6百).
 */
static ZhParseResult
parse_grammar(const unsigned char *s, size_t len, int flags, zh_i128 first,
			  size_t first_len, zh_i128 *value, size_t *consumed)
{
	size_t		pos = first_len;
	zh_i128		total = 0,
				sec = 0,
				cur = 0,
				pending = first;
	int			last_small = 99;
	int			last_unit = 0;	/* power of the unit just read */
	bool		pending_chinese = false;
	bool		zero_seen = false;
	bool		any = first >= 0;
	size_t		good = first >= 0 ? first_len : 0;	/* end of the longest valid prefix */
	zh_i128		good_value = first >= 0 ? first : 0;

	for (;;)
	{
		unsigned int cp;
		int			clen = utf8_decode_char(s + pos, len - pos, &cp);
		int			d,
					p;

		if (clen == 0)
			break;
		if ((d = zh_digit_value(cp)) >= 0)
		{
			if (d == 0 && (cp == 0x96F6 || cp == 0x3007 || cp == 0x25CB))
			{
				if (pending >= 0 || !any)
					break;
				zero_seen = true;
				pos += clen;
				continue;
			}
			if (pending >= 0)
				break;
			pending = d;
			pending_chinese = true;
			any = true;
		}
		else if (arabic_digit(cp) >= 0 && pending < 0 && any && last_unit > 0)
		{
			/* an Arabic integer after a unit: 5万4千 */
			zh_i128		v = 0;
			size_t		q = pos;
			int			k = 0;

			while (q < len && s[q] >= '0' && s[q] <= '9' && k < 30)
			{
				v = v * 10 + (s[q] - '0');
				q++;
				k++;
			}
			if (q < len && s[q] >= '0' && s[q] <= '9')
				break;
			/* 3万4000: the Arabic part fills the places below the unit */
			if ((last_unit >= 4 && v >= 10000) || (last_unit < 4 && v >= 10))
				break;
			pending = v;
			pending_chinese = false;
			clen = (int) (q - pos);
		}
		else if (cp == 0x5EFF && pending < 0 && cur == 0 && last_small == 99)	/* 廿 */
		{
			cur = 20;
			last_small = 1;
			last_unit = 0;
			any = true;
		}
		else if ((p = small_unit_power(cp)) > 0)
		{
			zh_i128		n = pending;
			zh_i128		m = p == 1 ? 10 : (p == 2 ? 100 : 1000);

			if (p >= last_small || unit_is_measure_prefix(s, len, pos, clen))
				break;
			if (n < 0)
			{
				unsigned int next;
				int			nl = utf8_decode_char(s + pos + clen, len - pos - clen, &next);

				if (p == 1 && (cur == 0 || zero_seen))
					n = 1;		/* 十五 = 15, 一千零十 = 1010 */
				else if (!any && p > 1 && nl > 0 && zh_digit_value(next) > 0)
					n = 1;		/* 千三 = 1300, 百五 = 150 */
				else
					break;
			}
			if (n > ZH_I128_LIMIT / 1000)
				return ZH_OUT_OF_RANGE;
			cur += n * m;
			pending = -1;
			last_small = p;
			last_unit = p;
			zero_seen = false;
			any = true;
		}
		else if ((p = big_unit_power(cp)) > 0)
		{
			zh_i128		x = cur + (pending > 0 ? pending : 0);

			if (flags & ZH_NO_SCALE)
				break;
			if (p == 4 && x == 0 && sec != 0 && last_unit == 4)
			{
				/* 万万 (四万万, 10万万) is 亿 */
				total += sec;
				if (total > ZH_I128_LIMIT / 10000)
					return ZH_OUT_OF_RANGE;
				total *= 10000;
				sec = 0;
				last_unit = 8;
				pos += clen;
				good = pos;
				good_value = total;
				continue;
			}
			if (p == 4)
			{
				if (x == 0 || sec != 0)
					break;
				if (x > ZH_I128_LIMIT / 10000)
					return ZH_OUT_OF_RANGE;
				sec = x * 10000;
			}
			else
			{
				x += sec;
				if (x == 0 && total == 0)
					break;
				total += x;
				if (total > ZH_I128_LIMIT / 100000000)
					return ZH_OUT_OF_RANGE;
				total *= 100000000;
				sec = 0;
			}
			cur = 0;
			pending = -1;
			last_small = 99;
			last_unit = p;
			zero_seen = false;
		}
		else
			break;
		pos += clen;

		/* remember the longest prefix that is a complete number */
		{
			zh_i128		v = total + sec + cur;

			if (pending >= 0)
			{
				zh_i128		pv = pending;

				/* shorthand: 一万五 = 15000, 三千五 = 3500 */
				if (pending_chinese && !zero_seen && last_unit >= 2 && pending < 10)
				{
					for (int i = 0; i < last_unit - 1; i++)
						pv *= 10;
				}
				v += pv;
			}
			good = pos;
			good_value = v;
		}
	}
	if (good == 0 || !any)
		return ZH_NOT_NUMBER;
	*value = good_value;
	*consumed = good;
	return ZH_OK;
}

/* Runs of two or more plain digits read digit by digit: 二〇二四 = 2024. */
static size_t
digit_run(const unsigned char *s, size_t len, ZhNumber *out)
{
	size_t		pos = 0;
	int			n = 0;

	out->ndigits = 0;
	out->exp10 = 0;
	out->negative = false;
	for (;;)
	{
		unsigned int cp;
		int			clen = utf8_decode_char(s + pos, len - pos, &cp);
		int			d;

		if (clen == 0 || cp == 0x4E24 || cp == 0x5169)	/* 两 兩 never spell a digit */
			break;
		d = zh_digit_value(cp);
		if (d < 0)
			break;
		/* longer runs are not numbers; stop early so callers that retry
		 * at the next character stay linear (一一一… of any length) */
		if (n == ZH_MAX_DIGITS)
			return 0;
		out->digits[out->ndigits++] = (char) ('0' + d);
		n++;
		pos += clen;
	}
	if (n < 2)
		return 0;
	/* 一〇 and the like: keep as digits; 十 after the run ends it */
	normalize(out);
	return pos;
}

/* 点 followed by Chinese digits: the fraction of 三点五. */
static size_t
chinese_fraction(const unsigned char *s, size_t len, char *digits, int *ndigits)
{
	unsigned int cp;
	int			clen = utf8_decode_char(s, len, &cp);
	size_t		pos;

	*ndigits = 0;
	if (clen == 0 || (cp != 0x70B9 && cp != 0x9EDE))	/* 点, 點 */
		return 0;
	pos = clen;
	for (;;)
	{
		int			d;
		int			l = utf8_decode_char(s + pos, len - pos, &cp);

		if (l == 0 || (d = zh_digit_value(cp)) < 0 || cp == 0x4E24 || cp == 0x5169)
			break;
		if (*ndigits >= 30)
			break;
		digits[(*ndigits)++] = (char) ('0' + d);
		pos += l;
	}
	return *ndigits > 0 ? pos : 0;
}

/* 千三, 百五: a leading 百 or 千 is 一百 / 一千 only when a digit follows. */
static bool
leading_unit_ok(const unsigned char *s, size_t len, int clen)
{
	unsigned int next;

	if (utf8_decode_char(s + clen, len - clen, &next) == 0)
		return false;
	return zh_digit_value(next) > 0 && !unit_is_measure_prefix(s, len, 0, clen);
}

static ZhParseResult
parse_one(const char *str, size_t len, int flags, ZhNumber *out,
		  size_t *consumed)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		pos = 0;
	bool		negative = false;
	unsigned int cp;
	int			clen;
	ZhParseResult r;

	memset(out, 0, sizeof(*out));
	*consumed = 0;
	clen = utf8_decode_char(s, len, &cp);
	if (clen == 0)
		return ZH_NOT_NUMBER;
	if ((flags & ZH_ALLOW_SIGN) && (cp == 0x8D1F || cp == 0x8CA0 || cp == '-' || cp == 0xFF0D))	/* 负 負 - － */
	{
		negative = true;
		pos = clen;
		clen = utf8_decode_char(s + pos, len - pos, &cp);
		if (clen == 0 || !zh_is_number_start(cp))
			return ZH_NOT_NUMBER;
	}

	if (arabic_digit(cp) >= 0)
	{
		size_t		alen;
		bool		point;
		size_t		slen;
		int			power;

		r = parse_arabic(s + pos, len - pos, flags, out, &alen, &point);
		if (r != ZH_OK)
		{
			*consumed = pos + alen;
			return r;
		}
		pos += alen;

		/* an integer that small unit words continue: 5千, 5万4千6百 */
		if (!point && out->ndigits + out->exp10 <= 30 && !(flags & ZH_NO_SCALE))
		{
			unsigned int next;
			int			nlen = utf8_decode_char(s + pos, len - pos, &next);

			if (nlen > 0 && (small_unit_power(next) > 1 || big_unit_power(next) > 0) &&
				!unit_is_measure_prefix(s, len, pos, nlen))
			{
				zh_i128		v = 0;
				zh_i128		gv;
				size_t		glen;
				char		buf[ZH_NUMBER_BUFLEN];

				zh_number_to_string(out, buf);
				for (char *c = buf; *c; c++)
					v = v * 10 + (*c - '0');
				/* the grammar goes on after the Arabic run as its first digit */
				r = parse_grammar(s + pos, len - pos, flags, v, 0, &gv, &glen);
				if (r == ZH_OUT_OF_RANGE)
					return r;
				if (r == ZH_OK && glen > 0)
				{
					number_from_i128(out, gv, 0);
					pos += glen;
				}
			}
		}
		else if (point && !(flags & ZH_NO_SCALE))
		{
			power = zh_parse_scale((const char *) s + pos, len - pos, &slen);
			if (slen > 0)
			{
				if (!zh_number_scale(out, power))
					return ZH_OUT_OF_RANGE;
				pos += slen;
			}
		}
		out->negative = negative && out->ndigits > 0;
		*consumed = pos;
		return ZH_OK;
	}

	if (zh_digit_value(cp) >= 0 || small_unit_power(cp) == 1 || cp == 0x5EFF ||
		(small_unit_power(cp) > 1 && leading_unit_ok(s + pos, len - pos, clen)))
	{
		ZhNumber	run;
		size_t		dlen = digit_run(s + pos, len - pos, &run);
		zh_i128		v;
		size_t		glen;
		char		frac[32];
		int			nfrac;
		size_t		flen;

		r = parse_grammar(s + pos, len - pos, flags, -1, 0, &v, &glen);
		if (r == ZH_OUT_OF_RANGE)
			return r;
		if (dlen > glen)
		{
			*out = run;
			out->negative = negative && out->ndigits > 0;
			*consumed = pos + dlen;
			return ZH_OK;
		}
		if (r != ZH_OK)
		{
			/* a lone 零 or 〇 is zero; 零点五 goes on to the fraction */
			if (cp != 0x96F6 && cp != 0x3007 && cp != 0x25CB)
				return ZH_NOT_NUMBER;
			v = 0;
			glen = clen;
		}
		pos += glen;
		flen = chinese_fraction(s + pos, len - pos, frac, &nfrac);
		if (flen > 0 && v < ZH_I128_LIMIT / 1000000)
		{
			int			usable = nfrac;
			size_t		slen;
			int			power;

			while (usable > 0 && v > ZH_I128_LIMIT / 1000000 / 10)
				usable--;
			for (int i = 0; i < usable; i++)
				v = v * 10 + (frac[i] - '0');
			number_from_i128(out, v, -usable);
			pos += flen;
			if (!(flags & ZH_NO_SCALE))
			{
				power = zh_parse_scale((const char *) s + pos, len - pos, &slen);
				if (slen > 0)
				{
					if (!zh_number_scale(out, power))
						return ZH_OUT_OF_RANGE;
					pos += slen;
				}
			}
		}
		else
			number_from_i128(out, v, 0);
		out->negative = negative && out->ndigits > 0;
		*consumed = pos;
		return ZH_OK;
	}
	return ZH_NOT_NUMBER;
}

/* A small whole number as a 128-bit integer; false when it is not one. */
static bool
small_whole(const ZhNumber *n, zh_i128 *v)
{
	if (n->negative || n->exp10 < 0 || n->ndigits == 0 || n->ndigits + n->exp10 > 15)
		return false;
	*v = 0;
	for (int i = 0; i < n->ndigits; i++)
		*v = *v * 10 + (n->digits[i] - '0');
	for (int i = 0; i < n->exp10; i++)
		*v *= 10;
	return true;
}

bool
zh_number_divide(const ZhNumber *num, const ZhNumber *den, ZhNumber *out)
{
	zh_i128		a,
				b,
				q,
				r;

	if (!small_whole(num, &a) || !small_whole(den, &b) || b == 0)
		return false;
	/* 20 decimal places, rounded half up: 三分之一 = 0.33333333333333333333 */
	for (int i = 0; i < ZH_DIVIDE_PLACES; i++)
		a *= 10;
	q = a / b;
	r = a % b;
	if (2 * r >= b)
		q++;
	number_from_i128(out, q, -ZH_DIVIDE_PLACES);
	return true;
}

/* 分之 at s? */
static bool
is_fenzhi(const char *s, size_t len)
{
	return len >= 6 && memcmp(s, "分之", 6) == 0;
}

ZhParseResult
zh_parse_number(const char *str, size_t len, int flags, ZhNumber *out,
				size_t *consumed)
{
	ZhParseResult r = parse_one(str, len, flags, out, consumed);
	ZhNumber	num;
	size_t		c2;
	unsigned int cp;

	/*
	 * 五分之一, 一千分之一: the denominator is read first.  Only with
	 * ZH_FRACTION, only Chinese numerals (the form reports write), and
	 * never 百分之 / 千分之, which callers read as % and ‰.
	 */
	if (r != ZH_OK || !(flags & ZH_FRACTION) || out->negative ||
		!is_fenzhi(str + *consumed, len - *consumed) ||
		utf8_decode_char((const unsigned char *) str, len, &cp) == 0 || cp < 0x80 ||
		arabic_digit(cp) >= 0)
		return r;
	if (parse_one(str + *consumed + 6, len - *consumed - 6, ZH_NO_SCALE, &num, &c2) != ZH_OK ||
		utf8_decode_char((const unsigned char *) str + *consumed + 6, len - *consumed - 6, &cp) == 0 ||
		cp < 0x80 || arabic_digit(cp) >= 0)
		return r;
	if (!zh_number_divide(&num, out, out))
		return r;
	*consumed += 6 + c2;
	return ZH_OK;
}

/*
 * The scale words after 多 (五亿二千多万) belong to the last section of the
 * number (二千), not to all of it, when a greater unit stands in it (亿):
 * the number is read again with the scale in place of 多 (五亿二千万).
 * Returns false when no such unit stands in it (the caller scales all).
 */
bool
zh_scale_last_section(const char *num, size_t nlen, const char *scale, size_t slen,
					  int power, int flags, ZhNumber *out)
{
	char		buf[128];
	size_t		c;
	bool		greater = false;
	ZhNumber	n;

	for (size_t p = 0; p < nlen;)
	{
		unsigned int cp;
		int			l = utf8_decode_char((const unsigned char *) num + p, nlen - p, &cp);

		if (l <= 0)
			break;
		if (big_unit_power(cp) > power)
			greater = true;
		p += l;
	}
	if (!greater || nlen + slen > sizeof(buf))
		return false;
	memcpy(buf, num, nlen);
	memcpy(buf + nlen, scale, slen);
	if (zh_parse_number(buf, nlen + slen, flags, &n, &c) != ZH_OK || c != nlen + slen)
		return false;
	*out = n;
	return true;
}

size_t
zh_vague_place(const char *num, size_t nlen, const char *str, size_t len)
{
	unsigned int last = 0,
				next;
	size_t		p = 0;
	int			clen;

	while (p < nlen && (clen = utf8_decode_char((const unsigned char *) num + p, nlen - p, &last)) > 0)
		p += clen;
	clen = utf8_decode_char((const unsigned char *) str, len, &next);
	if (clen == 0 || small_unit_power(next) == 0)
		return 0;
	if (big_unit_power(last) > 0 || small_unit_power(last) > small_unit_power(next))
		return clen;
	return 0;
}

ZhParseResult
zh_parse_approx(const char *str, size_t len, int flags, ZhNumber *out,
				size_t *consumed, bool *approx)
{
	ZhParseResult r = zh_parse_number(str, len, flags, out, consumed);
	size_t		p = *consumed;
	size_t		sl;
	int			power;

	*approx = false;
	if (r != ZH_OK || p + 3 > len ||
		!(memcmp(str + p, "多", 3) == 0 || memcmp(str + p, "余", 3) == 0 ||
		  memcmp(str + p, "几", 3) == 0 || memcmp(str + p, "餘", 3) == 0 ||
		  memcmp(str + p, "幾", 3) == 0))
		return r;
	p += 3;
	if (memcmp(str + p - 3, "几", 3) == 0 || memcmp(str + p - 3, "幾", 3) == 0)
		p += zh_vague_place(str, *consumed, str + p, len - p);
	power = zh_parse_scale(str + p, len - p, &sl);
	if (sl > 0 && !zh_scale_last_section(str, *consumed, str + p, sl, power, flags, out) &&
		!zh_number_scale(out, power))
		return ZH_OUT_OF_RANGE;
	*consumed = p + sl;
	*approx = true;
	return ZH_OK;
}
