/*
 * metrics_quantity.c
 *		The quantity of a figure: number, scale, unit, sign, the special
 *		forms (百分之五, 五分之二, 一半, 翻一番, 一头半, 2000万城镇居民),
 *		ranges and qualifiers.  Everything here looks at a few characters
 *		around the number.
 */
#include "postgres.h"

#include "metrics_scan.h"
#include "outline_text.h"

/* Does 百分之 or 千分之 start at pos? */
static bool
is_fraction_prefix(const Scan *s, size_t pos)
{
	return match_at(s, pos, "百分之") || match_at(s, pos, "千分之");
}

/* 百余, 千多, 万余: a scale word standing for 1 before 余/多. */
static bool
is_bare_scale_over(const Scan *s, size_t pos, unsigned int cp, int clen)
{
	return (cp == 0x767E || cp == 0x5343 || cp == 0x4E07) &&
		(match_at(s, pos + clen, "余") || match_at(s, pos + clen, "多"));
}

/*
 * 近百亿元, 上千家, 近万人: a bare scale word after 近 or 上 stands for one
 * of it, before a greater scale or a unit (not 近百年: a span of time).
 */
static bool
is_bare_scale_near(const Scan *s, size_t pos, unsigned int cp, int clen)
{
	size_t		ulen;
	const ZhUnit *u;

	if (!(cp == 0x767E || cp == 0x5343 || cp == 0x4E07) ||
		!(match_before(s, 0, pos, "近") || match_before(s, 0, pos, "上")) ||
		match_before(s, 0, pos, "以上") || match_before(s, 0, pos, "最近") ||
		match_before(s, 0, pos, "附近"))
		return false;
	if (match_at(s, pos + clen, "万") || match_at(s, pos + clen, "亿"))
		return true;
	u = zh_match_unit(s->doc + pos + clen, s->len - pos - clen, &ulen);
	return u != NULL && strcmp(u->category, "time") != 0;
}

/* 几千万, 几十万: 几 before a scale word stands for one of it (documented). */
static bool
is_vague_scale(const Scan *s, size_t pos, unsigned int cp, int clen)
{
	return (cp == 0x51E0 || cp == 0x5E7E) &&	/* 几 幾 */
		(match_at(s, pos + clen, "十") || match_at(s, pos + clen, "百") ||
		 match_at(s, pos + clen, "千") || match_at(s, pos + clen, "万") ||
		 match_at(s, pos + clen, "亿"));
}

/* Can a figure start at pos (cp its character)? */
bool
is_figure_start(const Scan *s, size_t pos, unsigned int cp, int clen)
{
	if (zh_is_number_start(cp))
		return true;
	/* every character of the text comes here: most are none of these */
	switch (cp)
	{
		case 0x767E:			/* 百 */
		case 0x5343:			/* 千 */
			return is_fraction_prefix(s, pos) || is_bare_scale_over(s, pos, cp, clen) ||
				is_bare_scale_near(s, pos, cp, clen);
		case 0x4E07:			/* 万: 万余, 超过万亿元, 近万人 */
			return is_bare_scale_over(s, pos, cp, clen) || match_at(s, pos, "万亿") ||
				is_bare_scale_near(s, pos, cp, clen);
		case 0x51E0:			/* 几 */
		case 0x5E7E:			/* 幾 */
			return is_vague_scale(s, pos, cp, clen);
		default:
			return false;
	}
}

static void
set_small(ZhNumber *n, long v)
{
	char		buf[24];
	int			k = 0;
	size_t		c;

	if (v == 0)
		buf[k++] = '0';
	for (long t = v; t > 0; t /= 10)
		k++;
	buf[k] = '\0';
	for (int i = k - 1; i >= 0 && v > 0; i--, v /= 10)
		buf[i] = (char) ('0' + v % 10);
	zh_parse_number(buf, strlen(buf), 0, n, &c);
}

/*
 * 1／4, 3/5: a written fraction is a share in percent, like 五分之一; not
 * a part of a date or a code (2024/1/4, 12/345: the numerator is below the
 * denominator, which is below 100, and no slash or digit goes on).
 */
static bool
slash_fraction(const Scan *s, size_t pos, Quantity *q)
{
	size_t		p = q->num_end;
	size_t		sl = match_at(s, p, "／") ? 3 : (match_at(s, p, "/") ? 1 : 0);
	ZhNumber	den;
	size_t		dc;
	long		a = small_int(&q->n),
				b;
	int			clen;
	unsigned int next;

	if (sl == 0 || (pos > 0 && (match_before(s, 0, pos, "/") || match_before(s, 0, pos, "／"))) ||
		zh_parse_number(s->doc + p + sl, s->len - p - sl, 0, &den, &dc) != ZH_OK || dc == 0)
		return false;
	b = small_int(&den);
	next = char_at(s, p + sl + dc, &clen);
	if (a <= 0 || b <= a || b >= 100 || q->n.exp10 < 0 || den.exp10 < 0 ||
		(clen > 0 && (next == '/' || next == 0xFF0F || next == '.' || (next >= '0' && next <= '9'))))
		return false;
	if (!zh_number_divide(&q->n, &den, &q->n))
		return false;
	zh_number_scale(&q->n, 2);
	q->fraction = true;
	q->num_end = p + sl + dc;
	q->unit = zh_match_unit("%", 1, &dc);
	q->end = q->num_end;
	return q->unit != NULL;
}

/*
 * 百分之二、三: a digit, 、 and the next digit make a rough range (2 to 3 %),
 * not 2 % and a lone 三.  Returns the bytes it read after the first digit.
 */
static size_t
neighbour_after_dun(const Scan *s, size_t at, size_t c, Quantity *q)
{
	int			d1 = zh_digit_value(char_at(s, at, NULL));
	int			l2;
	unsigned int second;
	unsigned int after;

	if (c != 3 || d1 < 1 || d1 > 8 || !match_at(s, at + c, "、"))
		return 0;
	second = char_at(s, at + c + 3, &l2);
	if (l2 == 0 || zh_digit_value(second) != d1 + 1)
		return 0;
	after = char_at(s, at + c + 3 + l2, NULL);
	if (zh_digit_value(after) >= 0 || char_in(after, "十百千万亿点分"))
		return 0;
	set_small(&q->low, d1);
	set_small(&q->n, d1 + 1);
	q->approx_range = true;
	return 3 + l2;
}

/*
 * 七八个百分点, 三四倍: two neighbouring digits alone, before a word that is
 * no digit, date or time (一二九, 三四月, 五六年, 七八点 are none).
 */
static bool
single_digit_range(Scan *s, size_t pos, int l1, int l2, int v1, Quantity *q, size_t *consumed)
{
	static const char *const not_units[] = {"年", "月", "日", "号", "点", "时", "分", "秒", "周", "岁",
	"届", "级", "线", NULL};
	size_t		p = pos + l1 + l2;
	int			clen;
	unsigned int after = char_at(s, p, &clen);

	if (clen == 0 || after < 0x4E00 || zh_digit_value(after) >= 0 || starts_with_any(s, p, s->len, not_units))
		return false;
	set_small(&q->low, v1);
	set_small(&q->n, v1 + 1);
	q->approx_range = true;
	*consumed = l1 + l2;
	return true;
}

/*
 * Two neighbouring Chinese digits before a scale word give a rough range:
 * 两三万 is 20,000 to 30,000, 三四十 30 to 40, 七八百 700 to 800.  The
 * high end is read from the second digit on; the low end is the same
 * number with the first digit in its place.
 */
static bool
read_approx_range(Scan *s, size_t pos, Quantity *q, size_t *consumed)
{
	int			l1,
				l2;
	unsigned int d1 = char_at(s, pos, &l1);
	unsigned int d2 = l1 ? char_at(s, pos + l1, &l2) : 0;
	unsigned int after;
	int			v1 = zh_digit_value(d1);
	char		buf[64];
	size_t		c_high,
				c_low,
				rest;

	if (l1 == 0 || d2 == 0 || d1 < 0x80 || v1 < 1 || zh_digit_value(d2) != v1 + 1)
		return false;
	/*
	 * a scale word or a unit must follow: 一二九, 三四月 and 五六年 are no
	 * ranges; 七八个百分点 and 三四倍 are (whether a unit follows is for the
	 * caller to find)
	 */
	after = char_at(s, pos + l1 + l2, NULL);
	if (after != 0x5341 && after != 0x767E && after != 0x5343 &&	/* 十百千 */
		after != 0x4E07 && after != 0x4EBF)	/* 万亿 */
		return single_digit_range(s, pos, l1, l2, v1, q, consumed);
	if (after == 0x767E && match_at(s, pos + l1 + l2, "百分"))
		return false;
	if (zh_parse_number(s->doc + pos + l1, s->len - pos - l1, 0, &q->n, &c_high) != ZH_OK)
		return false;
	rest = c_high - l2;
	if ((size_t) l1 + rest >= sizeof(buf))
		return false;
	memcpy(buf, s->doc + pos, l1);
	memcpy(buf + l1, s->doc + pos + l1 + l2, rest);
	if (zh_parse_number(buf, l1 + rest, 0, &q->low, &c_low) != ZH_OK ||
		c_low != l1 + rest || zh_number_cmp(&q->low, &q->n) >= 0)
		return false;
	q->approx_range = true;
	*consumed = l1 + c_high;
	return true;
}

/* One ASCII space may stand between a number and its scale or unit (1.5 亿). */
static size_t
skip_one_space(const Scan *s, size_t p)
{
	return (p + 1 < s->len && s->doc[p] == ' ' && s->doc[p + 1] != ' ') ? p + 1 : p;
}

/*
 * People counted by the noun after a scale word: 2235万城市居民, 3000万贫困
 * 人口, 1亿多中小学生 count people (人); 1.2亿农户 households (户).  The
 * noun may stand after modifiers (城市) only when modified is true.
 */
static const ZhUnit *
unit_from_noun(const Scan *s, size_t p, bool modified)
{
	static const char *const people[] = {"居民", "人口", "农民", "群众", "职工", "工人", "学生",
		"儿童", "老人", "人民", "干部", "教师", "劳动力", "妇女", "青年", "贫困人", "党员",
		"残疾人", "人次", "文盲", "毕业生", "大学生", "研究生", "本科生", "寄宿生", "在校生",
		"中小学生", "移民", "员工", "游客", "患者", "官兵", "村民", "市民", "网民", "幼儿",
	"婴幼儿", "孕产妇", "扶贫对象", "救助对象", "农民工", "青壮年", "壮年", "少年", "师生", "人", NULL};
	static const char *const households[] = {"农户", "家庭", "户", NULL};
	size_t		end = p;
	int			n = 0;
	size_t		ulen;
	const char *found = NULL;

	/* 三千六百万的少数民族人口: a 的 may join the noun to the number */
	if (modified && match_at(s, p, "的"))
		end = p = p + 3;
	/* the noun phrase: up to 8 characters before punctuation or a number */
	while (end < s->len && n < 8)
	{
		int			clen;
		unsigned int cp = char_at(s, end, &clen);

		/* 一亿一千多万青、壮年: a 、 between two characters joins them */
		if (cp == 0x3001 && n > 0 && end + clen < s->len &&
			!ends_words(char_at(s, end + clen, NULL), 3))
		{
			end += clen;
			continue;
		}
		if (ends_words(cp, clen) || cp == 0x7684)	/* 的 */
			break;
		end += clen;
		n++;
	}
	/* the last noun that counts is the head: 贫困家庭学生 counts pupils */
	for (size_t at = p; at < end && (modified || at == p); at += 3)
	{
		for (int i = 0; households[i]; i++)
			if (at + strlen(households[i]) <= end && match_at(s, at, households[i]) &&
				!(at > p && char_in(char_at(s, at - 3, NULL), "落开入过立棚")))
				found = "户";	/* not 落户, 开户, 棚户区: no household */
		for (int i = 0; people[i]; i++)
			if (at + strlen(people[i]) <= end && match_at(s, at, people[i]))
				found = "人";
	}
	return found ? zh_match_unit(found, strlen(found), &ulen) : NULL;
}

/*
 * Is a head count (人数, 人口, 员额) named in the clause shortly before pos?  Then a
 * number of 万 or 亿 with no unit counts people.
 */
static bool
head_count_before(const Scan *s, size_t pos)
{
	/* 裁减军队员额20万: a quota of people (员额, 名额) counts them too */
	static const char *const counts[] = {"人数", "人口", "员额", "名额", "兵员", "裁员", "毕业生", NULL};
	/* 总人口，必须控制在十亿六千万左右: also the clause before, when close */
	size_t		from = bounded_start(s, s->sentence_start, pos, 3 * 16);

	return ot_find_any(s->doc, from, pos, counts, NULL) != NO_POS;
}

/* Does the numeral end with 万 or 亿 (2235万, 十亿)? */
static bool
ends_with_scale(const Scan *s, size_t start, size_t end)
{
	return match_before(s, start, end, "万") || match_before(s, start, end, "亿") ||
		match_before(s, start, end, "萬") || match_before(s, start, end, "億");
}

/*
 * The number, 余/多/几 and scale words, and the unit at pos.  Fills q; the
 * unit may be NULL (a number alone).
 */
static bool
read_quantity(Scan *s, size_t pos, Quantity *q)
{
	size_t		c;
	size_t		p;
	size_t		ulen;
	int			clen;
	int			power = 0;
	size_t		sl = 0;
	bool		vague = false;	/* 几 before scale words */
	unsigned int first = char_at(s, pos, &clen);

	memset(q, 0, sizeof(*q));
	q->start = pos;
	if (clen == 0)
		return false;
	if (is_fraction_prefix(s, pos))
	{
		/*
		 * 百分之五 is 5%, 千分之三 is 3‰: the unit is written first.  Scale
		 * words are not read, the number may be Arabic (百分之10).
		 */
		size_t		at = pos + 9;	/* after 百分之 / 千分之 */

		if (first == 0x767E && match_at(s, at, "百"))
		{
			set_small(&q->n, 100);	/* 百分之百: all of it */
			c = 3;
		}
		else if (match_at(s, at, "几十"))
		{
			set_small(&q->n, 10);	/* 百分之几十: over ten (the stated base) */
			q->over = true;
			c = 6;
		}
		else if (!zh_is_number_start(char_at(s, at, NULL)) ||
				 zh_parse_number(s->doc + at, s->len - at, ZH_NO_SCALE, &q->n, &c) != ZH_OK)
			return false;
		else
			c += neighbour_after_dun(s, at, c, q);
		q->chinese = true;
		q->nchars = 4;			/* a quantity, never a lone digit */
		q->num_end = at + c;
		q->unit = zh_match_unit(first == 0x767E ? "%" : "‰",
								first == 0x767E ? 1 : strlen("‰"), &ulen);
		q->end = q->num_end;
		return q->unit != NULL;
	}
	if (first == 0x4E07 && match_at(s, pos, "万亿"))
	{
		/* 超过万亿元: 一 left out before 万亿 */
		set_small(&q->n, 1);
		zh_number_scale(&q->n, 12);
		c = 6;
		q->nchars = 2;
	}
	else if (is_bare_scale_near(s, pos, first, clen) || is_bare_scale_over(s, pos, first, clen))
	{
		/*
		 * 千余场 = over 1000 场 (余 read below); 近百亿元 = nearly 100亿 (近
		 * is read as the qualifier), 上千家 = over 1000
		 */
		set_small(&q->n, 1);
		zh_number_scale(&q->n, first == 0x767E ? 2 : (first == 0x5343 ? 3 : 4));
		c = clen;
		q->nchars = 2;			/* a quantity, not a lone digit */
		q->over = is_bare_scale_near(s, pos, first, clen) && match_before(s, 0, pos, "上");
	}
	else if (is_vague_scale(s, pos, first, clen))
	{
		/* 几千万人 = over 10000000 人, 几百个 = over 100 个 */
		int			small = match_at(s, pos + clen, "十") ? 1 : match_at(s, pos + clen, "百") ? 2 :
			match_at(s, pos + clen, "千") ? 3 : 0;

		set_small(&q->n, 1);
		c = clen;
		if (small > 0)
		{
			zh_number_scale(&q->n, small);
			c += 3;
		}
		q->nchars = 2;
		vague = true;
	}
	else if (read_approx_range(s, pos, q, &c))
		;
	else if (zh_parse_number(s->doc + pos, s->len - pos, ZH_FRACTION | ZH_SPACED, &q->n, &c) != ZH_OK)
		return false;
	q->chinese = first >= 0x80 && !(first >= 0xFF10 && first <= 0xFF19);
	if (q->nchars == 0)
		for (size_t i = pos; i < pos + c; i++)
			if (((unsigned char) s->doc[i] & 0xC0) != 0x80)
				q->nchars++;
	p = pos + c;
	q->num_end = p;
	if (!q->chinese && slash_fraction(s, pos, q))
		return true;
	if (q->chinese && find_last(s, pos, p, "分之") != NO_POS)
	{
		/* 五分之二: a share, given in percent (documented) */
		q->fraction = true;
		zh_number_scale(&q->n, 2);
		q->unit = zh_match_unit("%", 1, &ulen);
		q->end = p;
		return true;
	}
	/* 3 0 0 多个: the spaced digits of some texts keep their space before 多 */
	if (p < s->len && s->doc[p] == ' ' && (match_at(s, p + 1, "余") || match_at(s, p + 1, "多")))
		p++;
	if (match_at(s, p, "余") || match_at(s, p, "多") || match_at(s, p, "几"))
	{
		q->over = true;
		q->nchars++;			/* 十几万: a quantity, not a lone digit */
		p += 3;
		/* 一百几十亿元: 几十 is a digit not given, 亿 the scale */
		if (match_at(s, p - 3, "几"))
			p += zh_vague_place(s->doc + pos, q->num_end - pos, s->doc + p, s->len - p);
	}
	else if (vague)
		q->over = true;
	power = zh_parse_scale(s->doc + skip_one_space(s, p), s->len - skip_one_space(s, p), &sl);
	if (sl > 0)
	{
		p = skip_one_space(s, p);
		/* 五亿二千多万: the scale is the last section's (二千万), not all of it */
		if (!(q->over && !q->approx_range &&
			  zh_scale_last_section(s->doc + pos, q->num_end - pos, s->doc + p, sl, power,
									ZH_FRACTION | ZH_SPACED, &q->n)) &&
			(!zh_number_scale(&q->n, power) ||
			 (q->approx_range && !zh_number_scale(&q->low, power))))
			return false;
		p += sl;
	}
	q->unit = zh_match_unit(s->doc + skip_one_space(s, p), s->len - skip_one_space(s, p), &ulen);
	if (q->unit)
		p = skip_one_space(s, p);
	else if (sl > 0 || ends_with_scale(s, pos, q->num_end))
	{
		/* 2000万城镇居民: the counted noun stands for the unit */
		q->unit = unit_from_noun(s, p, true);
		q->noun_unit = q->unit != NULL;
		/* 参保人数分别增加1753万和2028万: a head count named before (the name too) */
		if (q->unit == NULL && head_count_before(s, pos))
			q->unit = zh_match_unit("人", strlen("人"), &ulen);
		ulen = 0;
	}
	else if (q->chinese && match_before(s, pos, q->num_end, "千"))
	{
		/* 五千农户: a thousand of a counted noun, people or households only */
		q->unit = unit_from_noun(s, p, false);
		q->noun_unit = q->unit != NULL;
		ulen = 0;
	}
	q->end = p + ulen;
	/* 增长1倍多: more than the multiple written */
	if (q->unit && strcmp(q->unit->unit, "倍") == 0 && !q->over &&
		(match_at(s, q->end, "多") || match_at(s, q->end, "余")))
	{
		q->over = true;
		q->end += 3;
	}
	/* 一头半, 一亩半: one and a half (not 一年半, a time) */
	if (q->unit && match_at(s, q->end, "半") && q->n.exp10 == 0 && !q->over &&
		(strcmp(q->unit->category, "count") == 0 || strcmp(q->unit->category, "area") == 0 ||
		 strcmp(q->unit->category, "mass") == 0 || strcmp(q->unit->category, "length") == 0))
	{
		ZhNumber	half;
		char		buf[ZH_NUMBER_BUFLEN + 2];

		zh_number_to_string(&q->n, buf);
		strcat(buf, ".5");
		if (zh_parse_number(buf, strlen(buf), 0, &half, &c) == ZH_OK)
		{
			q->n = half;
			q->end += 3;
		}
	}
	return true;
}

/* A bound before a number (不到十个, 近百人): it is a quantity, not a phrase. */
static bool
bound_before(const Scan *s, size_t pos)
{
	static const char *const bounds[] = {"不到", "不足", "超过", "将近", "接近", "多达", "不下", NULL};

	for (int i = 0; bounds[i]; i++)
		if (match_before(s, 0, pos, bounds[i]))
			return true;
	return false;
}

/* Is the unit one a bare Chinese numeral may carry and still be a figure? */
static bool
chinese_unit_ok(const Scan *s, const Quantity *q, size_t end)
{
	const char *cat;

	if (q->unit == NULL)
		return false;
	cat = q->unit->category;
	/*
	 * 一倍, 两成; but 最后一公里, 一个, 两人 are phrases; a count that ends its
	 * clause after 有 is the point of it (完工的有四个。, 病疫有八种，)
	 */
	if (q->nchars == 1)
		return strcmp(cat, "ratio") == 0 || strcmp(cat, "multiple") == 0 ||
			(q->n.exp10 < 0) ||	/* 一头半 */
			match_at(s, end, "以上") || match_at(s, end, "以下") || match_at(s, end, "左右") ||
			(strcmp(cat, "count") == 0 && match_before(s, 0, q->start, "有") &&
			 char_in(char_at(s, end, NULL), "，。；,;")) ||
			(small_int(&q->n) >= 10 && bound_before(s, q->start));	/* 不到十个 */
	if (strcmp(cat, "count") == 0 || strcmp(cat, "time") == 0 || strcmp(cat, "people") == 0 ||
		strcmp(cat, "households") == 0)
	{
		long		v = small_int(&q->n);

		/* 平均每个公社有农业中学一点二所: a mean count with its decimals */
		if (q->n.exp10 < 0 && q->nchars >= 3 && !q->n.negative)
			return true;
		/* 十三亿人民: past a billion small_int gives up (-1); still a count */
		if (v < 0 && !q->n.negative && q->n.exp10 >= 0)
			return q->nchars >= 2;
		return q->nchars >= 2 && v != 2 && v >= 10;
	}
	return true;
}

static const char *
canonical_unit(const ZhUnit *u)
{
	if (strcmp(u->unit, "％") == 0)
		return "%";
	if (strcmp(u->unit, "个百分点") == 0)
		return "百分点";
	if (strcmp(u->unit, "个千分点") == 0)
		return "千分点";
	return u->unit;
}

/* 翻一番 / 翻两番: doubling, as a multiple (2, 4 倍). */
static void
read_doubling(Scan *s, Figure *fig, unsigned int prev)
{
	Quantity   *q = &fig->q;
	long		k;
	size_t		c;
	size_t		fan = prev_char(s, fig->pos);

	/* 翻了一番: the aspect mark may stand between */
	if (prev == 0x4E86 && fan > 0 && char_at(s, prev_char(s, fan), NULL) == 0x7FFB)	/* 了, 翻 */
	{
		fan = prev_char(s, fan);
		prev = 0x7FFB;
	}
	if (!q->chinese || prev != 0x7FFB || !match_at(s, q->num_end, "番"))	/* 翻 */
		return;
	k = small_int(&q->n);
	if (k < 1 || k > 10)
		return;
	set_small(&q->n, 1L << k);
	q->unit = zh_match_unit("倍", strlen("倍"), &c);
	q->end = q->num_end + 3;
	q->start = fan;
}

/* 一半: half, 50 %. */
static void
read_half(Scan *s, Figure *fig)
{
	Quantity   *q = &fig->q;
	size_t		c;

	if (!q->chinese || q->unit != NULL || small_int(&q->n) != 1 || q->nchars != 1 ||
		!match_at(s, q->num_end, "半"))
		return;
	/* 一半年, 一半天 are spans of time, not shares */
	if (match_at(s, q->num_end + 3, "年") || match_at(s, q->num_end + 3, "天") ||
		match_at(s, q->num_end + 3, "小时"))
		return;
	set_small(&q->n, 50);
	q->unit = zh_match_unit("%", 1, &c);
	q->nchars = 2;
	q->end = q->num_end + 3;
}

/*
 * 负 at p is a sign when nothing Han stands before it, or a word that puts
 * a value next: a copula or verb (为, 是, 达, 到, 至, 长, 了) or a word of
 * rate (速, 率, 幅, 值, 度).  税负, 减负, 肩负 end in 负 and are no sign.
 */
static bool
sign_may_follow(const Scan *s, size_t p)
{
	static const char *const before_sign[] = {
		"为", "是", "达", "到", "至", "长", "了", "速", "率", "幅", "值", "度", NULL
	};
	size_t		b;
	unsigned int cp;

	if (p == 0)
		return true;
	b = prev_char(s, p);
	cp = char_at(s, b, NULL);
	if (!ot_is_han(cp))
		return true;
	for (int i = 0; before_sign[i]; i++)
		if (match_at(s, b, before_sign[i]))
			return true;
	return false;
}

/* A sign written before the number: 负3.9%, 增长-2.5%. */
static void
read_sign(Scan *s, Figure *fig)
{
	size_t		p = prev_char(s, fig->pos);
	unsigned int cp = fig->pos > 0 ? char_at(s, p, NULL) : 0;

	if (cp == 0x8D1F || cp == 0x8CA0)	/* 负 負 */
	{
		/* 减轻企业税负1400亿元: 负 ending a word (税负, 减负) is no sign */
		if (!sign_may_follow(s, p))
			return;
		fig->q.n.negative = fig->q.n.ndigits > 0;
		fig->q.start = p;
	}
	else if (cp == '-' || cp == 0xFF0D || cp == 0x2212)
	{
		unsigned int before = p > 0 ? char_at(s, prev_char(s, p), NULL) : 0;

		/*
		 * 增长-2.5%: a sign follows a word (a Han character that is no
		 * digit) or a colon; 6-6.5% is a range, (培育)-50家 a dash.
		 */
		if ((before >= 0x4E00 && before <= 0x9FFF && !zh_is_number_start(before)) ||
			before == 0xFF1A || before == ':')
		{
			fig->q.n.negative = fig->q.n.ndigits > 0;
			fig->q.start = p;
		}
	}
}

/*
 * A list sharing the last unit: 分别增加2.1万、1.5万、0.8万公顷.  Only for
 * numbers in a 分别 clause or written with a scale word or a decimal point
 * (1、2、3名 are list labels).  Looks at most 8 items ahead.
 */
static void
read_shared_unit(Scan *s, Figure *fig)
{
	Quantity   *q = &fig->q;
	size_t		p = q->end;
	bool		listy = (s->fenbie_at != NO_POS && s->fenbie_at < fig->pos) ||
		q->n.exp10 != 0 || find_last(s, fig->pos, q->num_end, ".") != NO_POS;

	if (q->unit != NULL || q->fraction || !listy)
		return;
	/* a number of the list the last look ahead went through: its answer */
	if (fig->pos < s->shared_until)
	{
		q->unit = s->shared_unit;
		return;
	}
	s->shared_unit = NULL;
	for (int k = 0; k < 8; k++)
	{
		Quantity	q2;

		if (match_at(s, p, "、") || match_at(s, p, "和") || match_at(s, p, "及") || match_at(s, p, "与"))
			p += 3;
		else
			break;
		if (!zh_is_number_start(char_at(s, p, NULL)) || !read_quantity(s, p, &q2) || q2.num_end <= p)
			break;
		if (q2.unit != NULL)
		{
			s->shared_unit = q2.unit;
			p = q2.num_end;
			break;
		}
		p = q2.end;
	}
	s->shared_until = p;
	q->unit = s->shared_unit;
}

/*
 * Step "number": read the quantity at fig->pos and drop what is not a
 * figure (names, ordinals, slogans, titles).  False when there is none.
 */
bool
read_figure_quantity(Scan *s, Figure *fig)
{
	size_t		pos = fig->pos;
	unsigned int prev = pos > 0 ? char_at(s, prev_char(s, pos), NULL) : 0;

	if (!read_quantity(s, pos, &fig->q))
		return false;
	/* names, ordinals and slogans are not figures */
	if (prev == 0x7B2C || prev == 0x201C || prev == 0x2018 || s->book_depth > 0 ||	/* 第 “ ‘ */
		(prev < 0x80 && (prev == '.' || (prev >= '0' && prev <= '9') ||
						 (prev >= 'A' && prev <= 'Z') || (prev >= 'a' && prev <= 'z'))))
		return false;
	/* 十四五 and the like name a plan period */
	if (fig->q.chinese && !fig->q.fraction && match_at(s, fig->q.num_end, "五") &&
		fig->q.unit == NULL)
		return false;
	read_doubling(s, fig, prev);
	read_half(s, fig);
	read_shared_unit(s, fig);
	read_sign(s, fig);
	fig->end = fig->q.end;
	return true;
}

/*
 * 百分之二十五到二十七: after 百分之 the second end may be a bare number,
 * which takes the first's unit.  Says whether q2 has a unit now.
 */
static bool
bare_percent_end(const Scan *s, const Quantity *q, Quantity *q2)
{
	if (q2->unit != NULL)
		return true;
	if (!is_fraction_prefix(s, q->start) || q2->over ||
		match_at(s, q2->num_end, "年"))
		return false;
	q2->unit = q->unit;
	q2->end = q2->num_end;
	return true;
}

/* Step "range": 6%－6.5%, 6-6.5%, 6%至7%, 两到三万, 两三万. */
void
read_range(Scan *s, Figure *fig)
{
	Quantity   *q = &fig->q;
	ZhFigure   *f = &fig->f;
	Quantity	q2;
	size_t		p = q->unit ? fig->end : q->num_end;
	int			clen;
	unsigned int cp = char_at(s, p, &clen);

	if (clen > 0 && !q->fraction &&
		(cp == '-' || cp == 0xFF0D || cp == 0x2014 || cp == 0x2013 || cp == '~' ||
		 cp == 0xFF5E || cp == 0x81F3 || cp == 0x5230))	/* 至 到 */
	{
		size_t		p2 = p + clen;

		if (cp == 0x2014 && match_at(s, p2, "—"))
			p2 += 3;
		if (p2 < s->len &&
			(zh_is_number_start(char_at(s, p2, NULL)) || is_fraction_prefix(s, p2)) &&
			read_quantity(s, p2, &q2) && bare_percent_end(s, q, &q2) && !q2.fraction &&
			(q->unit == NULL || strcmp(q->unit->base_unit, q2.unit->base_unit) == 0))
		{
			if (q->unit == NULL && q->n.exp10 == 0 && q2.n.exp10 > 0 && q->chinese && q->nchars == 1)
				zh_number_scale(&q->n, q2.n.exp10);
			if (zh_number_cmp(&q->n, &q2.n) < 0)
			{
				fig->range = true;
				q->nchars += q2.nchars;
				f->has_low = true;
				f->low = q->n;
				f->has_high = true;
				f->high = q2.n;
				q->unit = q2.unit;
				q->over = false;
				fig->end = q2.end;
			}
		}
	}
	if (q->approx_range && !fig->range)
	{
		fig->range = true;
		f->has_low = true;
		f->low = q->low;
		f->has_high = true;
		f->high = q->n;
		q->over = false;
	}
}

/* Step "unit": a figure needs a unit (and lone Chinese digits a real one). */
/*
 * 20条措施, 十七条协议: articles of a text are its name (the gold codes
 * them as no figures), not a count of measures taken.
 */
static bool
names_a_document(const Scan *s, const Quantity *q)
{
	static const char *const texts[] = {"措施", "意见", "协议", "规定", "原则", "主张", "建议",
	"举措", "办法", "要求", "纪律", "准则", "禁令", "决定", "指示", "方针", "政策", "条例", NULL};

	return q->end > q->num_end && match_before(s, q->num_end, q->end, "条") &&
		starts_with_any(s, q->end, s->len, texts);
}

bool
unit_makes_figure(const Scan *s, Figure *fig)
{
	Quantity   *q = &fig->q;

	if (q->unit == NULL)
		return false;
	if (q->chinese && !q->fraction && !chinese_unit_ok(s, q, fig->end))
		return false;
	/* 平均每四十六小时, 每10万人: the denominator of a rate, not a figure */
	if (match_before(s, 0, q->start, "每"))
		return false;
	if (names_a_document(s, q))
		return false;
	fig->f.unit_info = q->unit;
	fig->f.unit = canonical_unit(q->unit);
	fig->f.mention.start = q->start;
	return true;
}

/* Qualifier words written before the number. */
static ZhQualifier
qualifier_before(Scan *s, size_t from, size_t pos, size_t *word_start)
{
	static const struct
	{
		const char *w;
		ZhQualifier q;
	}			words[] = {
		{"大约", ZQ_ABOUT}, {"约", ZQ_ABOUT}, {"大約", ZQ_ABOUT}, {"約", ZQ_ABOUT},
		{"接近", ZQ_NEARLY}, {"将近", ZQ_NEARLY}, {"將近", ZQ_NEARLY}, {"近", ZQ_NEARLY},
		{"不超过", ZQ_AT_MOST}, {"不高于", ZQ_AT_MOST}, {"最多", ZQ_AT_MOST},
		{"超过", ZQ_OVER}, {"超", ZQ_OVER}, {"不低于", ZQ_AT_LEAST}, {"不少于", ZQ_AT_LEAST},
		{"至少", ZQ_AT_LEAST}, {"突破", ZQ_OVER}, {"多于", ZQ_OVER}, {"高于", ZQ_OVER},
		{"少于", ZQ_UNDER}, {"小于", ZQ_UNDER},
		{"低于", ZQ_UNDER}, {"不到", ZQ_UNDER}, {"不足", ZQ_UNDER}, {NULL, ZQ_EXACT}
	};

	*word_start = pos;
	/* 约达0.9亿斤, 超过了, 大约是: look past a linking 达 / 达到 / 了 / 是 / 为 */
	if (match_before(s, from, pos, "达到"))
		pos -= strlen("达到");
	else if (match_before(s, from, pos, "达") || match_before(s, from, pos, "了") ||
			 match_before(s, from, pos, "是") || match_before(s, from, pos, "为"))
		pos -= 3;
	for (int i = 0; words[i].w; i++)
		if (match_before(s, from, pos, words[i].w))
		{
			size_t		st = pos - strlen(words[i].w);

			/* 节约, 制约, 最近, 附近 are words of their own */
			if (words[i].q == ZQ_ABOUT || words[i].q == ZQ_NEARLY)
			{
				if (match_before(s, from, st, "节") || match_before(s, from, st, "制") ||
					match_before(s, from, st, "最") || match_before(s, from, st, "附") ||
					match_before(s, from, st, "预") || match_before(s, from, st, "签") ||
					match_before(s, from, st, "節") || match_before(s, from, st, "預") ||
					match_before(s, from, st, "条") || match_before(s, from, st, "公") ||
					match_before(s, from, st, "合") || match_before(s, from, st, "协") ||
					match_before(s, from, st, "契") || match_before(s, from, st, "特"))
					continue;		/* …参加国际条约187个: 条约 is a treaty */
			}
			*word_start = st;
			/* 达到或略高于10%, 达到或超过: at least the number */
			if (words[i].q == ZQ_OVER &&
				(match_before(s, from, st, "达到或略") || match_before(s, from, st, "达到或")))
				return ZQ_AT_LEAST;
			return words[i].q;
		}
	return ZQ_EXACT;
}

/* Qualifier words written after the unit; advances *pos past them. */
static ZhQualifier
qualifier_after(Scan *s, size_t *pos, ZhQualifier q)
{
	if (match_at(s, *pos, "左右"))
	{
		*pos += strlen("左右");
		return ZQ_ABOUT;
	}
	if (match_at(s, *pos, "以上"))
	{
		*pos += strlen("以上");
		return ZQ_AT_LEAST;
	}
	if (match_at(s, *pos, "以内") || match_at(s, *pos, "以下"))
	{
		*pos += strlen("以内");
		return ZQ_AT_MOST;
	}
	/* 增长10％或者更多一些: at least; the words stay out of the mention */
	if (q == ZQ_EXACT &&
		(match_at(s, *pos, "或者更多") || match_at(s, *pos, "或更多") || match_at(s, *pos, "甚至更多")))
		return ZQ_AT_LEAST;
	return q;
}

/*
 * 已接近高中阶段学生人数的百分之五十: a bound before the whole a share is of
 * bounds the share (12 characters at most, no number between).
 */
static ZhQualifier
bound_of_share(const Scan *s, const Figure *fig)
{
	static const struct
	{
		const char *w;
		ZhQualifier q;
	}			bounds[] = {
		{"接近", ZQ_NEARLY}, {"将近", ZQ_NEARLY}, {"不超过", ZQ_AT_MOST}, {"超过", ZQ_OVER},
		{"不到", ZQ_UNDER},
		{"不足", ZQ_UNDER}, {NULL, ZQ_EXACT}
	};
	size_t		from = bounded_start(s, s->clause_start, fig->qstart, 3 * 12);

	for (int i = 0; bounds[i].w; i++)
	{
		size_t		at = find_last(s, from, fig->qstart, bounds[i].w);

		if (at == NO_POS)
			continue;
		for (size_t p = at; p < fig->qstart;)
		{
			int			clen;
			unsigned int cp = char_at(s, p, &clen);

			if (clen == 0 || zh_is_number_start(cp) || (cp >= '0' && cp <= '9'))
				return ZQ_EXACT;
			p += clen;
		}
		return bounds[i].q;
	}
	return ZQ_EXACT;
}

/* Step "qualifier": words before and after; bounds into low / high. */
void
read_qualifier(Scan *s, Figure *fig)
{
	ZhFigure   *f = &fig->f;
	Quantity   *q = &fig->q;

	f->qualifier = qualifier_before(s, s->clause_start, q->start, &fig->qstart);
	/* 约占全市三分之一: 约 qualifies the share that 占 introduces */
	if (f->qualifier == ZQ_EXACT &&
		find_last(s, bounded_start(s, s->clause_start, fig->qstart, 30), fig->qstart, "约占") != NO_POS)
		f->qualifier = ZQ_ABOUT;
	if (f->qualifier == ZQ_EXACT && q->unit && strcmp(q->unit->category, "ratio") == 0 &&
		match_before(s, s->clause_start, fig->qstart, "的"))
		f->qualifier = bound_of_share(s, fig);
	if (match_at(s, fig->end, "以内") &&
		find_last(s, window_start(s->clause_start, fig->pos), fig->pos, "控制在") != NO_POS)
		f->qualifier = ZQ_AT_MOST;
	if (q->over)
		f->qualifier = ZQ_OVER;
	f->qualifier = qualifier_after(s, &fig->end, f->qualifier);
	if (fig->range)
		f->qualifier = ZQ_RANGE;
	f->mention.end = fig->end;
	if (fig->range)
		return;
	f->has_value = true;
	f->value = q->n;
	if (f->qualifier == ZQ_AT_LEAST)
	{
		f->has_low = true;
		f->low = q->n;
	}
	else if (f->qualifier == ZQ_AT_MOST)
	{
		f->has_high = true;
		f->high = q->n;
	}
}
