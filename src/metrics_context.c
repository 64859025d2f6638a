/*
 * metrics_context.c
 *		What the words of the clause say about a figure: a change (增长,
 *		下降) or a level, the baseline it is compared with (同比, 比2017年),
 *		whether it is the level before a change (由44个发展到60个) or the
 *		level compared with (比1958年的548亿元), and the period (年均,
 *		五年来, 十三五).
 */
#include "postgres.h"

#include "metrics_scan.h"

/*
 * Words of change; those of one character apart, as they count only right
 * before the number (last_change_word).
 */
static const char *const increase_words[] = {"增长", "增加", "提高", "上升", "提升", "扩大", "上涨", "增产", "增收",
"递增", "增发", "增支", "增多", "攀升", NULL};
static const char *const increase_chars[] = {"增", "高", "多", "翻", NULL};
static const char *const decrease_words[] = {"下降", "减少", "降低", "回落", "缩小", "下调", "减产", "减轻", "减收",
"少用", "少生", "精简", "精减", "裁减", "压缩", "压减", NULL};
static const char *const decrease_chars[] = {"降", "减", "低", "少", NULL};
static const char *const period_words[] = {"年均", "年平均", "平均每年", "每年平均", "累计", "五年来", "五年", "三年",
"十一五", "十二五", "十三五", "十四五", "十五", "今后五年", NULL};

/* Does a verb of change start at e? */
static bool
change_verb_at(const Scan *s, size_t e)
{
	const char *const *lists[] = {increase_words, increase_chars, decrease_words, decrease_chars};

	for (int k = 0; k < 4; k++)
		for (int i = 0; lists[k][i]; i++)
			if (match_at(s, e, lists[k][i]))
				return true;
	return false;
}

/*
 * The last word of change before the figure.  A word of one character
 * (高, 多, 降, 减) counts only right before the number, or before 了/出 and
 * the number (比上年高4.7个百分点, 增了一倍): 高铁5.1万公里, 多种, 减税降费
 * hold them inside other words.
 */
static const char *
last_change_word(const Scan *s, Figure *fig, const char *const *words, const char *const *chars,
				 size_t *at)
{
	const char *best = last_of(s, s->clause_start, fig->qstart, words, at);
	size_t		before = fig->qstart;

	/* where a one-character word must end: before the number, or 了/出 */
	if (match_before(s, s->clause_start, before, "了") || match_before(s, s->clause_start, before, "出"))
		before -= 3;
	for (int i = 0; chars[i]; i++)
		if (before >= s->clause_start + 3 && match_before(s, s->clause_start, before, chars[i]) &&
			(best == NULL || before - 3 > *at))
		{
			best = chars[i];
			*at = before - 3;
		}
	return best;
}

/* increase / decrease from the last verb of change in the clause. */
static void
read_change(Scan *s, Figure *fig)
{
	ZhFigure   *f = &fig->f;
	size_t		at_inc = 0,
				at_dec = 0;
	const char *inc = last_change_word(s, fig, increase_words, increase_chars, &at_inc);
	const char *dec = last_change_word(s, fig, decrease_words, decrease_chars, &at_dec);
	const char *verb = NULL;
	size_t		at = 0;
	size_t		after;

	if (inc && (!dec || at_inc >= at_dec))
	{
		verb = inc;
		at = at_inc;
		f->change = "increase";
	}
	else if (dec)
	{
		verb = dec;
		at = at_dec;
		f->change = "decrease";
	}
	/* 翻一番: the figure is the change itself */
	if (match_at(s, fig->q.start, "翻"))
	{
		f->change = "increase";
		return;
	}
	if (!verb)
		return;
	/* 增加到 / 下降至 / 提高为 give a level, not a change; so does 新增 */
	after = at + strlen(verb);
	if ((strcmp(verb, "增") == 0 || strcmp(verb, "增发") == 0) &&
		(match_before(s, 0, at, "新") || match_before(s, 0, at, "净")))	/* 新增发电装机 */
		f->change = NULL;
	if (match_at(s, after, "到") || match_at(s, after, "至") || match_at(s, after, "为") ||
		match_at(s, after, "幅") || match_at(s, after, "率") || match_at(s, after, "速"))
		f->change = NULL;
	/* 服务业增加值比重达到55%: 增加值 (value added) is a noun, no change */
	if (strcmp(verb, "增加") == 0 && match_at(s, after, "值"))
		f->change = NULL;
}

/*
 * 炼铁焦比由九百五十公斤降到…, 占比, 之比: the 比 at b ends a noun (a
 * ratio), it is no baseline.
 */
static bool
ratio_noun(const Scan *s, size_t b)
{
	return match_at(s, b + 3, "由") || match_at(s, b + 3, "从") ||
		match_before(s, s->clause_start, b, "焦") || match_before(s, s->clause_start, b, "占") ||
		match_before(s, s->clause_start, b, "之");
}


static void split_compared_thing(const Scan *s, Figure *fig);

/* 同比, or what follows 比 / 较 up to the verb. */
static void
read_baseline(Scan *s, Figure *fig)
{
	ZhFigure   *f = &fig->f;
	size_t		from = window_start(s->clause_start, fig->pos);
	size_t		b = find_last(s, from, fig->pos, "同比");
	size_t		b1,
				b2;

	if (b != NO_POS)
	{
		f->baseline.start = b;
		f->baseline.end = b + strlen("同比");
		return;
	}
	b1 = find_last(s, from, fig->pos, "比");
	b2 = find_last(s, from, fig->pos, "较");
	b = (b1 == NO_POS) ? b2 : (b2 == NO_POS ? b1 : (b1 > b2 ? b1 : b2));
	if (b == NO_POS || match_at(s, b + 3, "重") || match_at(s, b + 3, "例") ||
		match_at(s, b + 3, "率") || match_at(s, b + 3, "较") ||
		match_before(s, s->clause_start, b, "对") || match_before(s, s->clause_start, b, "相") ||
		ratio_noun(s, b))
		return;
	{
		size_t		e = b + 3;
		int			n = 0;
		int			clen;

		while (e < fig->qstart && n < 12)
		{
			/* 比现有的８６个: 有 of 现有, 原有 is part of the level compared with */
			if (change_verb_at(s, e) || match_at(s, e, "再") || match_at(s, e, "均") ||
				(match_at(s, e, "有") && !match_before(s, b + 3, e, "现") &&
				 !match_before(s, b + 3, e, "原")))
				break;
			char_at(s, e, &clen);
			if (clen == 0)
				break;
			e += clen;
			n++;
		}
		if (e > b + 3 && e <= fig->qstart)
		{
			f->baseline.start = b + 3;
			f->baseline.end = e;
			if (n < 12)			/* a baseline cut short is no whole noun */
				split_compared_thing(s, fig);
		}
		/* 比1958年的548亿元增长19%: the number is the level compared with */
		if (e == fig->qstart && n < 12 && match_before(s, b + 3, e, "的"))
			fig->baseline_level = true;
	}
}

/*
 * The end of a time compared with at p (上年, 去年同期, 1978年, 一九七九年),
 * or p when none stands there.
 */
static size_t
compared_time_end(const Scan *s, size_t p, size_t end)
{
	static const char *const times[] = {"上年同期", "去年同期", "上年", "去年", "前年", "同期", NULL};
	size_t		q = p;

	for (int i = 0; times[i]; i++)
		if (match_at(s, p, times[i]))
			return p + strlen(times[i]);
	while (q < end)
	{
		int			clen;
		unsigned int cp = char_at(s, q, &clen);

		if (clen == 0 || !any_digit(cp))
			break;
		q += clen;
	}
	if (q - p >= 4 && match_at(s, q, "年"))
		return match_at(s, q + 3, "同期") ? q + 9 : q + 3;
	return p;
}

/*
 * 1979年比上年产值增长14.9％: a noun after the time compared is the thing
 * that changed, not part of the baseline (the baseline is 上年).
 */
static void
split_compared_thing(const Scan *s, Figure *fig)
{
	/* 比上年预计, 比1980年计划数: which of that year's figures, not a thing */
	static const char *const kinds[] = {"预计", "实际", "预算", "决算", "计划", "完成", "执行",
	"原", "规定", "水平", "数", "增长", "平均", NULL};
	ZhSpan	   *b = &fig->f.baseline;
	size_t		t = compared_time_end(s, b->start, b->end);

	if (t == b->start || b->end < t + 2 * 3 || match_at(s, t, "的") ||
		find_last(s, t, b->end, "的") != NO_POS || starts_with_any(s, t, b->end, kinds) ||
		find_last(s, t, b->end, "决算") != NO_POS || find_last(s, t, b->end, "预算") != NO_POS ||
		find_last(s, t, b->end, "计划") != NO_POS)
		return;
	fig->compared_thing.start = t;
	fig->compared_thing.end = b->end;
	b->end = t;
}

/* 今年, 去年, 上年, 本年 at p */
static bool
relative_year_at(const Scan *s, size_t p)
{
	return match_at(s, p, "今年") || match_at(s, p, "去年") || match_at(s, p, "上年") ||
		match_at(s, p, "本年");
}

/*
 * 由44个发展到60个, 从54万亿元增加到82.7万亿元: the first number is the
 * level before the change (由 / 从 right before it, or 由2003年的).
 */
static void
read_from_level(Scan *s, Figure *fig)
{
	size_t		p = fig->qstart;
	size_t		from = bounded_start(s, s->clause_start, p, 24);

	/* 由2002年7703元增加到…: a four-digit year may stand right before it */
	if (match_before(s, from, p, "年") && !match_before(s, from, p, "的"))
	{
		int			digits;
		size_t		q = digits_back(s, from, p - strlen("年"), false, &digits);

		if (digits == 4 && (match_before(s, from, q, "由") || match_before(s, from, q, "从")))
			p = q;
	}
	if (match_before(s, from, p, "的"))
	{
		size_t		y = find_last(s, from, p, "年的");

		if (y != NO_POS && y + strlen("年的") == p)
			p = y;
		/* the year's digits */
		p = digits_back(s, from, p, true, NULL);
	}
	/* 由人均600元, 由每人每年50元提高到100元: the basis of the level may stand between */
	{
		static const char *const bases[] = {"每人每年", "每人每月", "人均", "每人", "户均", "每户",
		"每年", "每月", NULL};

		p -= word_ending(s, from, p, bases);
	}
	/* 由今年预计的３％, 由上年底的, 由上年46亿元: a time (or estimate) first */
	if (!(match_before(s, from, p, "由") || match_before(s, from, p, "从")))
	{
		size_t		b = last_source_word(s, from, fig->qstart);

		/* up to the number, or up to its basis (由去年的每人每年240元) */
		if (b != NO_POS && relative_year_at(s, b + 3) &&
			((fig->qstart - b <= 3 * 7 &&
			  (match_before(s, from, fig->qstart, "的") || fig->qstart == b + 9)) ||
			 (p > b && p - b <= 3 * 7 && match_before(s, from, p, "的"))))
			p = b + 3;
	}
	if ((match_before(s, from, p, "由") || match_before(s, from, p, "从")) &&
		(match_at(s, fig->end, "到") || match_at(s, fig->end, "至") ||
		 match_at(s, fig->end, "增") || match_at(s, fig->end, "提") || match_at(s, fig->end, "上") ||
		 match_at(s, fig->end, "下") || match_at(s, fig->end, "降") || match_at(s, fig->end, "减") ||
		 match_at(s, fig->end, "发") || match_at(s, fig->end, "扩") || match_at(s, fig->end, "缩")))
		fig->from_level = true;
}

/* Step "change and baseline". */
void
read_change_and_baseline(Scan *s, Figure *fig)
{
	read_change(s, fig);
	read_baseline(s, fig);
	read_from_level(s, fig);
}

/* Step "period": the last period word before the figure in its sentence. */
void
read_period(Scan *s, Figure *fig)
{
	size_t		at;
	const char *w = last_of(s, s->sentence_start, fig->qstart, period_words, &at);

	/* 五年 of 第一个五年计划 or 一九八五年 is no period */
	if (w && strcmp(w, "五年") == 0 &&
		(match_at(s, at + 6, "计划") || match_at(s, at + 6, "规划") || match_at(s, at + 6, "計劃") ||
		 (at > 0 && zh_digit_value(char_at(s, prev_char(s, at), NULL)) >= 0) ||
		 match_before(s, 0, at, "个") || match_before(s, 0, at, "個")))
		w = NULL;
	if (w && average_names_measure(s, at, w))
		w = NULL;
	/* 五年关停…，今年要关停800万千瓦: a year named after the period ends it */
	if (w && s->year != 0 && s->year_at > at)
		w = NULL;
	if (w)
	{
		fig->f.period.start = at;
		fig->f.period.end = at + strlen(w);
		/* 五年内, 三年间: the period ends after its suffix (not 五年中央财政) */
		if (match_at(s, fig->f.period.end, "内") || match_at(s, fig->f.period.end, "间"))
			fig->f.period.end += 3;
	}
}
