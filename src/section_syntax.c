/*
 * section_syntax.c
 *		Parse and print report_section paths; recognise heading markers.
 *
 * No server calls here: the same code runs in the backend and in the
 * libFuzzer harnesses (test/fuzz/).  Every loop is bounded by its input.
 */
#include <string.h>

#include "section_syntax.h"

static const char *const han_digits[] = {
	"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"
};

/* Value of a Han digit or unit character, -1 if none. */
static int
han_digit_value(uint32_t c)
{
	switch (c)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
			return 0;
		case 0x4E00:			/* 一 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
			return 2;
		case 0x4E09:			/* 三 */
			return 3;
		case 0x56DB:			/* 四 */
			return 4;
		case 0x4E94:			/* 五 */
			return 5;
		case 0x516D:			/* 六 */
			return 6;
		case 0x4E03:			/* 七 */
			return 7;
		case 0x516B:			/* 八 */
			return 8;
		case 0x4E5D:			/* 九 */
			return 9;
		default:
			return -1;
	}
}

static int
han_unit_value(uint32_t c)
{
	switch (c)
	{
		case 0x5341:			/* 十 */
			return 10;
		case 0x767E:			/* 百 */
			return 100;
		case 0x5343:			/* 千 */
			return 1000;
		default:
			return 0;
	}
}

/*
 * Read a Han numeral (一, 十一, 二十, 一百零一, ...).  Returns bytes consumed
 * (0 if none) and the value in *value; values above the maximum come back
 * as SECTION_MAX_ORDINAL + 1 so the caller can reject them.
 */
static size_t
scan_han_number(const char *s, size_t len, int *value)
{
	size_t		pos = 0;
	long		total = 0;
	long		digit = -1;
	int			last_unit = 100000;
	int			nchars = 0;

	while (pos < len && nchars < 16)
	{
		uint32_t	c;
		int			n = section_next_char(s + pos, len - pos, &c);
		int			d = han_digit_value(c);
		int			u = han_unit_value(c);

		if (d == 0)
		{
			if (digit > 0)
				break;			/* 二〇: digits in a row, not a numeral */
			digit = -1;			/* 零 only marks a skipped unit */
		}
		else if (d > 0)
		{
			if (digit > 0)
				break;			/* two digits in a row: not a numeral */
			digit = d;
		}
		else if (u > 0)
		{
			if (u >= last_unit)
				break;			/* 十百: units must fall */
			total += (digit < 0 ? 1 : digit) * u;
			digit = -1;
			last_unit = u;
		}
		else
			break;
		pos += n;
		nchars++;
	}
	if (pos == 0)
		return 0;
	if (digit > 0)
		total += digit;
	*value = total > SECTION_MAX_ORDINAL ? SECTION_MAX_ORDINAL + 1 : (int) total;
	return pos;
}

/* Read ASCII or full-width digits; same conventions as scan_han_number. */
static size_t
scan_arabic_number(const char *s, size_t len, int *value)
{
	size_t		pos = 0;
	long		total = 0;
	int			ndigits = 0;

	while (pos < len)
	{
		uint32_t	c;
		int			n = section_next_char(s + pos, len - pos, &c);
		int			d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 0xFF10 && c <= 0xFF19)	/* full-width digits */
			d = c - 0xFF10;
		else
			break;
		if (total <= SECTION_MAX_UNNUMBERED)
			total = total * 10 + d;
		ndigits++;
		pos += n;
	}
	if (ndigits == 0)
		return 0;
	/* callers check their own limit (9999, or 65535 for §n ——n ¶n) */
	*value = total > SECTION_MAX_UNNUMBERED ? SECTION_MAX_UNNUMBERED + 1 : (int) total;
	return pos;
}

/* Circled number ①..㊿ to its value, 0 if c is none. */
static int
circled_value(uint32_t c)
{
	if (c >= 0x2460 && c <= 0x2473)
		return c - 0x2460 + 1;
	if (c >= 0x3251 && c <= 0x325F)
		return c - 0x3251 + 21;
	if (c >= 0x32B1 && c <= 0x32BF)
		return c - 0x32B1 + 36;
	return 0;
}

static uint32_t
circled_char(int value)
{
	if (value <= 20)
		return 0x2460 + value - 1;
	if (value <= 35)
		return 0x3251 + value - 21;
	return 0x32B1 + value - 36;
}

/* Does s start with the UTF-8 string lit?  Returns its length or 0. */
static size_t
starts_with(const char *s, size_t len, const char *lit)
{
	size_t		n = strlen(lit);

	return (len >= n && memcmp(s, lit, n) == 0) ? n : 0;
}

static size_t
scan_open_paren(const char *s, size_t len)
{
	size_t		n;

	if ((n = starts_with(s, len, "（")) > 0)
		return n;
	return starts_with(s, len, "(");
}

static size_t
scan_close_paren(const char *s, size_t len)
{
	size_t		n;

	if ((n = starts_with(s, len, "）")) > 0)
		return n;
	return starts_with(s, len, ")");
}

static bool
next_is_digit(const char *s, size_t len)
{
	int			v;

	return scan_arabic_number(s, len, &v) > 0;
}

size_t
section_scan_marker(const char *s, size_t len, bool document, SectionLevel *level)
{
	size_t		pos,
				n;
	int			value = 0;
	uint32_t	c;
	int			max_digit = document ? 99 : SECTION_MAX_ORDINAL;

	level->reserved = 0;

	/* 第一部分, 第一章 (Han or Arabic number); 第一， (a list item, Han) */
	if ((pos = starts_with(s, len, "第")) > 0)
	{
		bool		han;

		n = scan_han_number(s + pos, len - pos, &value);
		han = n > 0;
		if (n == 0)
			n = scan_arabic_number(s + pos, len - pos, &value);
		if (n > 0)
		{
			pos += n;
			if ((n = starts_with(s + pos, len - pos, "部分")) > 0)
				level->style = SECTION_STYLE_PART;
			else if ((n = starts_with(s + pos, len - pos, "章")) > 0)
				level->style = SECTION_STYLE_CHAPTER;
			else if (han &&
					 ((n = starts_with(s + pos, len - pos, "，")) > 0 ||
					  (n = starts_with(s + pos, len - pos, ",")) > 0 ||
					  (n = starts_with(s + pos, len - pos, "、")) > 0) &&
					 /* in a report, 第一、第二产业 is no list */
					 (!document || starts_with(s + pos + n, len - pos - n, "第") == 0))
				level->style = SECTION_STYLE_DI;
			else
				n = 0;
			if (n > 0 && value >= 1 && value <= SECTION_MAX_ORDINAL)
			{
				level->ordinal = value;
				return pos + n;
			}
		}
		return 0;
	}

	/* 一、 and 一是 (a list item) */
	if ((n = scan_han_number(s, len, &value)) > 0)
	{
		size_t		m = starts_with(s + n, len - n, "、");
		SectionStyle style = SECTION_STYLE_HAN;

		if (m == 0 && (m = starts_with(s + n, len - n, "是")) > 0)
			style = SECTION_STYLE_SHI;
		/* in a report, 一要…二要… is such a list too (printed 一是, 二是) */
		if (m == 0 && document && (m = starts_with(s + n, len - n, "要")) > 0)
			style = SECTION_STYLE_SHI;
		if (m > 0 && value >= 1 && value <= SECTION_MAX_ORDINAL)
		{
			level->style = style;
			level->ordinal = value;
			return n + m;
		}
		return 0;
	}

	/* （一） and （1） */
	if ((pos = scan_open_paren(s, len)) > 0)
	{
		SectionStyle style = SECTION_STYLE_HAN_PAREN;

		n = scan_han_number(s + pos, len - pos, &value);
		if (n == 0)
		{
			n = scan_arabic_number(s + pos, len - pos, &value);
			style = SECTION_STYLE_DIGIT_PAREN;
			if (value > max_digit)
				return 0;
		}
		if (n == 0 || value < 1 || value > SECTION_MAX_ORDINAL)
			return 0;
		pos += n;
		if ((n = scan_close_paren(s + pos, len - pos)) == 0)
			return 0;
		level->style = style;
		level->ordinal = value;
		return pos + n;
	}

	/* 1. 1． 1、 */
	if ((n = scan_arabic_number(s, len, &value)) > 0)
	{
		size_t		m;

		if (value < 1 || value > max_digit)
			return 0;
		if ((m = starts_with(s + n, len - n, ".")) == 0 &&
			(m = starts_with(s + n, len - n, "．")) == 0 &&
			(m = starts_with(s + n, len - n, "、")) == 0)
			return 0;
		/* in a document, "2.9%" and "1.5万" are figures, not headings */
		if (document && next_is_digit(s + n + m, len - n - m))
			return 0;
		level->style = SECTION_STYLE_DIGIT;
		level->ordinal = value;
		return n + m;
	}

	/* ① */
	n = section_next_char(s, len, &c);
	if (n > 0 && (value = circled_value(c)) > 0)
	{
		level->style = SECTION_STYLE_CIRCLED;
		level->ordinal = value;
		return n;
	}

	if (document)
		return 0;

	/* the printed forms of unnumbered levels: §n, ——n (or —n), ¶n */
	if ((pos = starts_with(s, len, "§")) > 0)
		level->style = SECTION_STYLE_TITLE;
	else if ((pos = starts_with(s, len, "——")) > 0 ||
			 (pos = starts_with(s, len, "—")) > 0)
		level->style = SECTION_STYLE_DASH;
	else if ((pos = starts_with(s, len, "¶")) > 0)
		level->style = SECTION_STYLE_LEAD;
	else
		return 0;
	n = scan_arabic_number(s + pos, len - pos, &value);
	if (n == 0 || value < 1 || value > SECTION_MAX_UNNUMBERED)
		return 0;
	level->ordinal = value;
	return pos + n;
}

/* Skip ASCII and ideographic spaces; returns bytes skipped. */
static size_t
skip_spaces(const char *s, size_t len)
{
	size_t		pos = 0;

	for (;;)
	{
		size_t		n;

		if (pos < len && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r'))
			pos++;
		else if ((n = starts_with(s + pos, len - pos, "\xE3\x80\x80")) > 0)
			pos += n;
		else
			return pos;
	}
}

/* Default style of a dotted-form level at depth d (1-based). */
static SectionStyle
dotted_default_style(int depth)
{
	switch (depth)
	{
		case 1:
			return SECTION_STYLE_HAN;
		case 2:
			return SECTION_STYLE_HAN_PAREN;
		case 3:
			return SECTION_STYLE_DIGIT;
		case 4:
			return SECTION_STYLE_DIGIT_PAREN;
		default:
			return SECTION_STYLE_CIRCLED;
	}
}

/* Is the whole of s digits separated by single dots ("2.4.3")? */
static bool
is_dotted_form(const char *s, size_t len)
{
	bool		want_digit = true;

	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
			want_digit = false;
		else if (s[i] == '.' && !want_digit)
			want_digit = true;
		else
			return false;
	}
	return !want_digit;
}

static int
parse_dotted(const char *s, size_t len, SectionLevel *levels, int max_levels,
			 SectionParseError *error)
{
	size_t		pos = 0;
	int			n = 0;

	while (pos < len)
	{
		int			value;
		size_t		m = scan_arabic_number(s + pos, len - pos, &value);

		if (n >= max_levels)
		{
			*error = SECTION_PARSE_TOO_DEEP;
			return -1;
		}
		if (value < 1 || value > SECTION_MAX_ORDINAL)
		{
			*error = SECTION_PARSE_ORDINAL;
			return -1;
		}
		levels[n].style = dotted_default_style(n + 1);
		levels[n].reserved = 0;
		levels[n].ordinal = value;
		if (levels[n].style == SECTION_STYLE_CIRCLED && value > SECTION_MAX_CIRCLED)
		{
			*error = SECTION_PARSE_CIRCLED;
			return -1;
		}
		n++;
		pos += m;
		if (pos < len)
			pos++;				/* the dot */
	}
	return n;
}

int
section_parse(const char *s, size_t len, SectionLevel *levels, int max_levels,
			  SectionParseError *error)
{
	size_t		pos;
	size_t		end = len;
	int			n = 0;

	/* trim surrounding spaces */
	pos = skip_spaces(s, len);
	while (end > pos && (s[end - 1] == ' ' || s[end - 1] == '\t' ||
						 s[end - 1] == '\n' || s[end - 1] == '\r'))
		end--;

	if (is_dotted_form(s + pos, end - pos))
		return parse_dotted(s + pos, end - pos, levels, max_levels, error);

	while (pos < end)
	{
		size_t		m;

		if (n >= max_levels)
		{
			*error = SECTION_PARSE_TOO_DEEP;
			return -1;
		}
		m = section_scan_marker(s + pos, end - pos, false, &levels[n]);
		if (m == 0)
		{
			*error = SECTION_PARSE_MARKER;
			return -1;
		}
		n++;
		pos += m;
		pos += skip_spaces(s + pos, end - pos);
	}
	return n;
}

bool
section_level_valid(const SectionLevel *level)
{
	if (level->style < 1 || level->style > SECTION_STYLE_LAST)
		return false;
	if (level->reserved != 0)
		return false;
	if (level->ordinal < 1)
		return false;
	if (level->ordinal > SECTION_MAX_ORDINAL &&
		!(level->style == SECTION_STYLE_TITLE || level->style == SECTION_STYLE_DASH ||
		  level->style == SECTION_STYLE_LEAD))
		return false;
	if (level->style == SECTION_STYLE_CIRCLED && level->ordinal > SECTION_MAX_CIRCLED)
		return false;
	return true;
}

/* Append the Han numeral of v (1..9999) to buf; returns bytes written. */
static size_t
format_han_number(int v, char *buf)
{
	static const int units[] = {1000, 100, 10, 1};
	static const char *const unit_names[] = {"千", "百", "十", ""};
	size_t		pos = 0;
	bool		started = false;
	bool		pending_zero = false;

	for (int i = 0; i < 4; i++)
	{
		int			d = (v / units[i]) % 10;

		if (d == 0)
		{
			if (started)
				pending_zero = true;
			continue;
		}
		if (pending_zero)
		{
			memcpy(buf + pos, han_digits[0], 3);
			pos += 3;
			pending_zero = false;
		}
		/* 10..19 read 十, 十一, not 一十 */
		if (!(i == 2 && d == 1 && !started))
		{
			memcpy(buf + pos, han_digits[d], 3);
			pos += 3;
		}
		memcpy(buf + pos, unit_names[i], strlen(unit_names[i]));
		pos += strlen(unit_names[i]);
		started = true;
	}
	return pos;
}

static size_t
format_arabic_number(int v, char *buf)
{
	char		tmp[8];
	size_t		n = 0,
				pos = 0;

	do
	{
		tmp[n++] = '0' + v % 10;
		v /= 10;
	} while (v > 0 && n < sizeof(tmp));
	while (n > 0)
		buf[pos++] = tmp[--n];
	return pos;
}

static size_t
append(char *buf, const char *lit)
{
	size_t		n = strlen(lit);

	memcpy(buf, lit, n);
	return n;
}

static size_t
format_level(const SectionLevel *level, char *buf)
{
	size_t		pos = 0;
	int			v = level->ordinal;

	switch (level->style)
	{
		case SECTION_STYLE_PART:
		case SECTION_STYLE_CHAPTER:
			pos += append(buf + pos, "第");
			pos += format_han_number(v, buf + pos);
			pos += append(buf + pos, level->style == SECTION_STYLE_PART ? "部分" : "章");
			break;
		case SECTION_STYLE_HAN:
			pos += format_han_number(v, buf + pos);
			pos += append(buf + pos, "、");
			break;
		case SECTION_STYLE_HAN_PAREN:
			pos += append(buf + pos, "（");
			pos += format_han_number(v, buf + pos);
			pos += append(buf + pos, "）");
			break;
		case SECTION_STYLE_DIGIT:
			pos += format_arabic_number(v, buf + pos);
			pos += append(buf + pos, ".");
			break;
		case SECTION_STYLE_DIGIT_PAREN:
			pos += append(buf + pos, "（");
			pos += format_arabic_number(v, buf + pos);
			pos += append(buf + pos, "）");
			break;
		case SECTION_STYLE_CIRCLED:
			{
				uint32_t	c = circled_char(v);

				buf[pos++] = 0xE0 | (c >> 12);
				buf[pos++] = 0x80 | ((c >> 6) & 0x3F);
				buf[pos++] = 0x80 | (c & 0x3F);
			}
			break;
		case SECTION_STYLE_TITLE:
			pos += append(buf + pos, "§");
			pos += format_arabic_number(v, buf + pos);
			break;
		case SECTION_STYLE_DASH:
			pos += append(buf + pos, "——");
			pos += format_arabic_number(v, buf + pos);
			break;
		case SECTION_STYLE_LEAD:
			pos += append(buf + pos, "¶");
			pos += format_arabic_number(v, buf + pos);
			break;
		case SECTION_STYLE_SHI:
			pos += format_han_number(v, buf + pos);
			pos += append(buf + pos, "是");
			break;
		case SECTION_STYLE_DI:
			pos += append(buf + pos, "第");
			pos += format_han_number(v, buf + pos);
			pos += append(buf + pos, "，");
			break;
	}
	return pos;
}

size_t
section_format(const SectionLevel *levels, int n, char *buf)
{
	size_t		pos = 0;

	for (int i = 0; i < n; i++)
	{
		/*
		 * §1, ——1 and ¶1 end in digits: a space keeps a following 2. from
		 * reading as §12.
		 */
		if (i > 0 && levels[i].style == SECTION_STYLE_DIGIT &&
			(levels[i - 1].style == SECTION_STYLE_TITLE ||
			 levels[i - 1].style == SECTION_STYLE_DASH ||
			 levels[i - 1].style == SECTION_STYLE_LEAD))
			buf[pos++] = ' ';
		pos += format_level(&levels[i], buf + pos);
	}
	buf[pos] = '\0';
	return pos;
}

bool
section_style_is_item(int style)
{
	return style == SECTION_STYLE_DASH || style == SECTION_STYLE_LEAD ||
		style == SECTION_STYLE_SHI || style == SECTION_STYLE_DI;
}

int
section_compare(const SectionLevel *a, int na, const SectionLevel *b, int nb)
{
	int			n = na < nb ? na : nb;

	for (int i = 0; i < n; i++)
	{
		int			tier_a = section_style_is_item(a[i].style) ? 0 : 1;
		int			tier_b = section_style_is_item(b[i].style) ? 0 : 1;

		/*
		 * Items (dash items, lead sentences) come before numbered or titled
		 * siblings: the outline only makes them siblings when they open a
		 * part, before its first numbered heading.
		 */
		if (tier_a != tier_b)
			return tier_a - tier_b;
		if (a[i].ordinal != b[i].ordinal)
			return a[i].ordinal < b[i].ordinal ? -1 : 1;
		if (a[i].style != b[i].style)
			return a[i].style < b[i].style ? -1 : 1;
	}
	/* a parent sorts right before its descendants */
	return (na > nb) - (na < nb);
}

const char *
section_style_name(int style)
{
	static const char *const names[] = {
		NULL, "part", "chapter", "han", "han_paren", "digit",
		"digit_paren", "circled", "title", "dash", "lead", "shi", "di"
	};

	if (style < 1 || style > SECTION_STYLE_LAST)
		return NULL;
	return names[style];
}
