/*
 * metrics.c
 *		The figure extractor (see metrics.h): finds quantities in report
 *		text and attaches what a researcher would code by hand.
 *
 * One forward pass.  At each place a numeral may start, the number is read
 * by numeral.c, then the unit (units.c), qualifiers, ranges and the words
 * around it are looked at in small bounded windows, so the pass stays
 * linear in the document.  Context that spans figures (the clause, the
 * sentence, the 分别 list, the part of the report) is carried in Scan.
 */
#include "postgres.h"
#include "miscadmin.h"

#include "metrics.h"

#include <stdint.h>
#include <string.h>

const char *const zh_qualifier_names[] = {
	"exact", "about", "at_least", "at_most", "over", "under", "nearly", "range"
};

#define WINDOW 120				/* bytes looked back for context words */
#define NO_POS SIZE_MAX
#define MAX_ITEMS 16

typedef struct Scan
{
	const char *doc;
	size_t		len;
	size_t		sentence_start;
	size_t		clause_start;
	size_t		para_start;
	int			section_mode;	/* -1 unknown, 0 review, 1 plan */
	int			section_year;
	int			sentence_year;
	/* the 分别 list of the current clause */
	size_t		fenbie_at;
	int			fenbie_k;
	int			nitems;
	ZhSpan		items[MAX_ITEMS];
	/* the previous figure of the current sentence */
	size_t		prev_end;
	ZhSpan		prev_indicator;
	int			book_depth;		/* inside 《》 */
	size_t		goal_at;		/* 预期目标 / 主要目标 seen in this sentence */
	/* character offset cursor */
	size_t		cur_byte;
	long		cur_char;
} Scan;

static bool
match_at(const Scan *s, size_t pos, const char *w)
{
	size_t		wl = strlen(w);

	return pos + wl <= s->len && memcmp(s->doc + pos, w, wl) == 0;
}

static bool
match_before(const Scan *s, size_t from, size_t pos, const char *w)
{
	size_t		wl = strlen(w);

	return pos >= from + wl && memcmp(s->doc + pos - wl, w, wl) == 0;
}

/* Last occurrence of w in doc[from, to), or NO_POS. */
static size_t
find_last(const Scan *s, size_t from, size_t to, const char *w)
{
	size_t		wl = strlen(w);

	if (to > s->len)
		to = s->len;
	if (to < from + wl)
		return NO_POS;
	for (size_t p = to - wl + 1; p-- > from;)
		if (memcmp(s->doc + p, w, wl) == 0)
			return p;
	return NO_POS;
}

static size_t
window_start(size_t from, size_t pos)
{
	return (pos > from + WINDOW) ? pos - WINDOW : from;
}

/* The first character boundary at or after p. */
static size_t
char_boundary(const Scan *s, size_t p)
{
	while (p < s->len && ((unsigned char) s->doc[p] & 0xC0) == 0x80)
		p++;
	return p;
}

/*
 * Start of a span ending at pos that reaches back to from but never more
 * than max_bytes: what bounds the work per figure whatever the clause.
 */
static size_t
bounded_start(const Scan *s, size_t from, size_t pos, size_t max_bytes)
{
	return (pos > from + max_bytes) ? char_boundary(s, pos - max_bytes) : from;
}

/* The byte that tells characters apart best: the last of the first one. */
static unsigned char
key_byte(const unsigned char *w, size_t avail)
{
	size_t		k = w[0] < 0x80 ? 0 : (w[0] < 0xE0 ? 1 : (w[0] < 0xF0 ? 2 : 3));

	return k < avail ? w[k] : 0;
}

/*
 * The word of the list that occurs last in the window before to (the
 * longest when two start at the same place); its position in *at.  One
 * backward pass over character starts that stops at the first hit; a mask
 * of the words' key bytes skips most places with one test, so the cost per
 * figure is small and bounded by the window.
 */
static const char *
last_of(const Scan *s, size_t from, size_t to, const char *const *words, size_t *at)
{
	uint64_t	mask[4] = {0, 0, 0, 0};
	const unsigned char *d = (const unsigned char *) s->doc;

	for (int i = 0; words[i]; i++)
	{
		unsigned char k = key_byte((const unsigned char *) words[i], strlen(words[i]));

		mask[k >> 6] |= UINT64_C(1) << (k & 63);
	}
	from = window_start(from, to);
	if (to > s->len)
		to = s->len;
	for (size_t p = to; p-- > from;)
	{
		const char *best = NULL;
		size_t		best_len = 0;
		unsigned char k;

		if ((d[p] & 0xC0) == 0x80)
			continue;
		k = key_byte(d + p, to - p);
		if (!(mask[k >> 6] & (UINT64_C(1) << (k & 63))))
			continue;
		for (int i = 0; words[i]; i++)
		{
			const char *w = words[i];
			size_t		wl = strlen(w);

			if (p + wl <= to && wl > best_len && memcmp(d + p, w, wl) == 0)
			{
				best = w;
				best_len = wl;
			}
		}
		if (best)
		{
			if (at)
				*at = p;
			return best;
		}
	}
	if (at)
		*at = 0;
	return NULL;
}

static size_t
prev_char(const Scan *s, size_t pos)
{
	if (pos == 0)
		return 0;
	pos--;
	while (pos > 0 && ((unsigned char) s->doc[pos] & 0xC0) == 0x80)
		pos--;
	return pos;
}

static unsigned int
char_at(const Scan *s, size_t pos, int *clen)
{
	unsigned int cp = 0;
	int			l = utf8_decode_char((const unsigned char *) s->doc + pos, s->len - pos, &cp);

	if (clen)
		*clen = l;
	return l ? cp : 0;
}

/* Offsets asked for move forward but for small steps back: walk either way. */
static long
char_offset(Scan *s, size_t byte)
{
	for (; s->cur_byte > byte; s->cur_byte--)
		if (((unsigned char) s->doc[s->cur_byte - 1] & 0xC0) != 0x80)
			s->cur_char--;
	for (; s->cur_byte < byte; s->cur_byte++)
		if (((unsigned char) s->doc[s->cur_byte] & 0xC0) != 0x80)
			s->cur_char++;
	return s->cur_char;
}

static bool
is_space(unsigned int cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == 0x3000 || cp == 0xA0 || cp == 0x2022;
}

/* A small integer value of n, or -1 when it is not one. */
static long
small_int(const ZhNumber *n)
{
	long		v = 0;

	if (n->negative || n->exp10 < 0 || n->ndigits + n->exp10 > 9)
		return -1;
	for (int i = 0; i < n->ndigits; i++)
		v = v * 10 + (n->digits[i] - '0');
	for (int i = 0; i < n->exp10; i++)
		v *= 10;
	return v;
}

/*
 * A line that names a part of the report sets the context for targets:
 * the review of the past year reports outcomes, the plan sets targets.
 */
static const char *const review_heads[] = {"回顾", "过去一年", "过去五年", "工作总结", NULL};
static const char *const plan_heads[] = {"工作安排", "预期目标", "总体要求", "今后五年", "目标任务",
"主要任务", "重点工作", "工作任务", "奋斗目标", "今年", "工作建议", NULL};

static const char *const review_openings[] = {"这一年", "一年来", "过去一年", "五年来", "过去五年", "回顾", NULL};
static const char *const plan_verbs[] = {"实施", "推进", "加快", "坚持", "着力", "聚焦", "深化", "打造",
"全力", "大力", "持续", "推动", "强化", "全面", "加强", "构建", "促进", "提升", "聚力", "奋力",
"围绕", "统筹", "做好", "抓好", "打赢", "筑牢", "守牢", "实现", NULL};
static const char *const review_endings[] = {"有力", "有序", "稳定", "提升", "显著", "完善", "加强", "向好",
	"有效", "水平", "突破", "成效", "进展", "增强", "改善", "优化", "推进", "和谐", "丰硕", "明显", "提高",
"巩固", "发展", NULL};

static bool
starts_with_any(const Scan *s, size_t pos, size_t end, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (pos + strlen(words[i]) <= end && match_at(s, pos, words[i]))
			return true;
	return false;
}

static bool
ends_with_any(const Scan *s, size_t start, size_t end, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (match_before(s, start, end, words[i]))
			return true;
	return false;
}

/*
 * A line that names a part of the report sets the context for targets:
 * the review of the past year reports outcomes, the plan sets targets.
 * Also read: paragraphs opening with 这一年 / 五年来 (a review), and
 * numbered sub-headings, which in a plan start with a verb (（四）实施…行动)
 * and in a review end with a verdict (（五）民生保障坚强有力).
 */
static void
scan_heading(Scan *s, size_t start)
{
	size_t		end = start;
	size_t		limit = start + 240 < s->len ? start + 240 : s->len;
	int			clen;
	size_t		at;
	bool		is_long;

	while (start < s->len && is_space(char_at(s, start, &clen)) && clen > 0)
		start += clen;
	if (starts_with_any(s, start, s->len, review_openings))
	{
		s->section_mode = 0;
		return;
	}
	limit = start + 240 < s->len ? start + 240 : s->len;
	end = start;
	while (end < limit && s->doc[end] != '\n')
		end++;
	is_long = (end == limit && limit < s->len);
	while (end > start && (s->doc[end - 1] == '\r' || s->doc[end - 1] == ' '))
		end--;
	if (is_long || end - start < 4)
		return;

	/* numbered sub-heading: (四) / （四） */
	if (match_at(s, start, "(") || match_at(s, start, "（"))
	{
		size_t		p = start + (match_at(s, start, "(") ? 1 : 3);
		unsigned int cp;

		while (p < end && (cp = char_at(s, p, &clen)) != 0 && clen > 0 && zh_digit_value(cp) >= 0)
			p += clen;
		if (match_at(s, p, ")"))
			p += 1;
		else if (match_at(s, p, "）"))
			p += 3;
		else
			p = start;
		if (p > start)
		{
			/* a verdict is short; a plan heading names a goal after a comma */
			if (starts_with_any(s, p, end, plan_verbs) || find_last(s, p, end, "，") != NO_POS ||
				find_last(s, p, end, ",") != NO_POS)
				s->section_mode = 1;
			else if (ends_with_any(s, p, end, review_endings))
				s->section_mode = 0;
			return;
		}
	}

	if (last_of(s, start, end, review_heads, &at))
		s->section_mode = 0;
	else if (last_of(s, start, end, plan_heads, &at))
		s->section_mode = 1;
	else
		return;
	/* a year in the heading: 2022年工作安排 */
	for (size_t p = start; p + 5 <= end; p++)
	{
		if (s->doc[p] >= '1' && s->doc[p] <= '2' && p + 4 < end &&
			s->doc[p + 1] >= '0' && s->doc[p + 1] <= '9' &&
			s->doc[p + 2] >= '0' && s->doc[p + 2] <= '9' &&
			s->doc[p + 3] >= '0' && s->doc[p + 3] <= '9' &&
			match_at(s, p + 4, "年"))
		{
			s->section_year = (s->doc[p] - '0') * 1000 + (s->doc[p + 1] - '0') * 100 +
				(s->doc[p + 2] - '0') * 10 + (s->doc[p + 3] - '0');
			break;
		}
	}
}

static void trim_span(Scan *s, ZhSpan *sp);

/* 分别 lists: the items named before 分别 (A、B和C分别…). */
static void
collect_items(Scan *s, size_t from, size_t to)
{
	size_t		p,
				item_start;

	/* a list longer than this is not one an analyst pairs by hand */
	from = bounded_start(s, from, to, 4 * WINDOW);
	p = item_start = from;
	s->nitems = 0;
	while (p <= to && s->nitems < MAX_ITEMS)
	{
		int			clen = 1;
		unsigned int cp = p < to ? char_at(s, p, &clen) : 0;

		if (clen == 0)
			clen = 1;
		if (p == to || cp == 0x3001 || cp == 0x548C || cp == 0x53CA || cp == 0x4E0E)	/* 、和及与 */
		{
			size_t		a = item_start,
						b = p;
			int			l;

			while (a < b && is_space(char_at(s, a, &l)) && l > 0)
				a += l;
			if (b > a)
			{
				s->items[s->nitems].start = a;
				s->items[s->nitems].end = b;
				/* the first item carries the sentence's lead-in (去年, 全年) */
				trim_span(s, &s->items[s->nitems]);
				if (s->items[s->nitems].end > s->items[s->nitems].start)
					s->nitems++;
			}
			item_start = p + clen;
		}
		if (p == to)
			break;
		p += clen;
	}
}

static const char *const increase_words[] = {"增长", "增加", "提高", "上升", "提升", "扩大", "上涨", "增", "高", "多", "攀升", "翻", NULL};
static const char *const decrease_words[] = {"下降", "减少", "降低", "回落", "缩小", "下调", "降", "减", "低", "少", "压减", NULL};
static const char *const period_words[] = {"年均", "年平均", "累计", "五年来", "五年", "三年", "十一五", "十二五", "十三五", "十四五", "十五", "今后五年", NULL};
/* Target cues for the clause; 预期目标 / 主要目标 hold for the whole sentence. */
static const char *const target_words[] = {"目标", "力争", "确保", "计划", "争取", "争创", "规划", "预期", NULL};
static const char *const outcome_words[] = {"预计", "同比", "了", "已经", "比上年", "去年", NULL};

/* Words between the indicator and the number, stripped from its end. */
static const char *const tail_words[] = {"达到", "达", "为", "是", "增长", "增加", "提高", "上升", "提升",
	"扩大", "下降", "减少", "降低", "回落", "突破", "超过", "超", "约", "大约", "近", "接近", "不低于",
	"不少于", "至少", "不超过", "低于", "不到", "不足", "控制在", "保持在", "稳定在", "实现", "了", "累计",
	"年均", "同比", "分别", "再", "均", "共", "总计", "合计", "高", "低", "突破", "到", "增至", "在",
"从", "由", "净增", "左右", "翻", NULL};
static const char *const head_words[] = {"其中", "去年", "今年", "明年", "上年", "全年", "全区", "共", "累计", "年均", "五年", "已", "并", "的", "我们", NULL};
/* Verbs after which the counted thing follows the number (建设8处载体). */
static const char *const action_verbs[] = {"建设", "新建", "建成", "完成", "打造", "引进", "开展", "举办",
	"实施", "启动", "提升", "推进", "设置", "聘用", "招聘", "排查", "安装", "补植", "维修", "更新", "改造",
	"发放", "办理", "解决", "惠及", "培训", "扶持", "开放", "集聚", "接待", "组织", "认领", "投资", "总投资",
	"改扩建", "谋划", "增设", "建立", "落实", "化解", "调解", "培育", "签订", "吸引", "服务", "为", "新增",
	"新增改造", "创建", "建", "新改建", "办结", "整治", "获得", "争取", "提供", "帮扶", "救助", "资助",
"招引", "引育", "培养", "新开", "开通", "修建", "铺设", "栽植", "治理", "收集", "清理", "拆除", "出台", NULL};

static void
trim_span(Scan *s, ZhSpan *sp)
{
	bool		changed = true;
	int			clen;

	sp->start = bounded_start(s, sp->start, sp->end, WINDOW);
	while (changed && sp->end > sp->start)
	{
		changed = false;
		for (int i = 0; tail_words[i]; i++)
			if (match_before(s, sp->start, sp->end, tail_words[i]))
			{
				sp->end -= strlen(tail_words[i]);
				changed = true;
				break;
			}
		for (int i = 0; head_words[i]; i++)
			if (sp->end > sp->start && match_at(s, sp->start, head_words[i]) &&
				sp->start + strlen(head_words[i]) <= sp->end)
			{
				sp->start += strlen(head_words[i]);
				changed = true;
				break;
			}
		while (sp->start < sp->end && is_space(char_at(s, sp->start, &clen)) && clen > 0)
		{
			sp->start += clen;
			changed = true;
		}
	}
	/* keep the last 24 characters at most: the words nearest the number */
	{
		size_t		p = sp->end;
		int			n = 0;

		while (p > sp->start && n < 24)
		{
			p = prev_char(s, p);
			n++;
		}
		sp->start = p < sp->start ? sp->start : p;
	}
}

static bool
span_is_action(Scan *s, ZhSpan sp)
{
	for (int i = 0; action_verbs[i]; i++)
		if (sp.end - sp.start == strlen(action_verbs[i]) && match_at(s, sp.start, action_verbs[i]))
			return true;
	return false;
}

/* The noun after the figure, up to punctuation or the next number. */
static ZhSpan
noun_after(Scan *s, size_t pos)
{
	ZhSpan		sp = {pos, pos};
	int			n = 0;

	while (sp.end < s->len && n < 16)
	{
		int			clen;
		unsigned int cp = char_at(s, sp.end, &clen);

		if (clen == 0 || cp < 0x80 || zh_is_number_start(cp) ||
			(cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF65) ||
			cp == 0x201C || cp == 0x201D)
			break;
		sp.end += clen;
		n++;
	}
	if (match_at(s, sp.start, "的") && sp.end > sp.start + 3)
		sp.start += 3;
	return sp;
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
		{"大约", ZQ_ABOUT}, {"约", ZQ_ABOUT}, {"接近", ZQ_NEARLY}, {"将近", ZQ_NEARLY}, {"近", ZQ_NEARLY},
		{"不超过", ZQ_AT_MOST}, {"不高于", ZQ_AT_MOST}, {"最多", ZQ_AT_MOST},
		{"超过", ZQ_OVER}, {"超", ZQ_OVER}, {"不低于", ZQ_AT_LEAST}, {"不少于", ZQ_AT_LEAST},
		{"至少", ZQ_AT_LEAST}, {"突破", ZQ_OVER},
		{"低于", ZQ_UNDER}, {"不到", ZQ_UNDER}, {"不足", ZQ_UNDER}, {NULL, ZQ_EXACT}
	};

	*word_start = pos;
	/* 约达0.9亿斤, 超过了: look past a linking 达 / 达到 / 了 */
	if (match_before(s, from, pos, "达到"))
		pos -= strlen("达到");
	else if (match_before(s, from, pos, "达") || match_before(s, from, pos, "了"))
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
					match_before(s, from, st, "预") || match_before(s, from, st, "签"))
					continue;
			}
			*word_start = st;
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
	return q;
}

/* The number, 余/多 and scale words, and the unit at pos. */
typedef struct Quantity
{
	ZhNumber	n;
	size_t		num_end;		/* after the numeral itself */
	size_t		end;			/* after the unit */
	const ZhUnit *unit;
	bool		over;
	bool		chinese;
	int			nchars;
	bool		approx_range;	/* 两三万: n is the high end, low the low */
	ZhNumber	low;
} Quantity;

/* Does 百分之 or 千分之 start at pos? */
static bool
is_fraction_prefix(const Scan *s, size_t pos)
{
	return match_at(s, pos, "百分之") || match_at(s, pos, "千分之");
}

/*
 * Two neighbouring Chinese digits before a scale word give a rough range:
 * 两三万 is 20,000 to 30,000, 三四十 30 to 40, 七八百 700 to 800.  The
 * high end is read from the second digit on; the low end is the same
 * number with the first digit in its place.  Sets q->n (high), q->low and
 * *consumed.
 */
static bool
read_approx_range(Scan *s, size_t pos, Quantity *q, size_t *consumed)
{
	int			l1,
				l2;
	unsigned int d1 = char_at(s, pos, &l1);
	unsigned int d2 = char_at(s, pos + l1, &l2);
	unsigned int after;
	int			v1 = zh_digit_value(d1);
	char		buf[64];
	size_t		c_high,
				c_low,
				rest;

	if (l1 == 0 || l2 == 0 || d1 < 0x80 || v1 < 1 || zh_digit_value(d2) != v1 + 1)
		return false;
	/* a scale word must follow: 一二九 or 三四月 are not ranges */
	after = char_at(s, pos + l1 + l2, NULL);
	if (after != 0x5341 && after != 0x767E && after != 0x5343 &&	/* 十百千 */
		after != 0x4E07 && after != 0x4EBF)	/* 万亿 */
		return false;
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

static bool
read_quantity(Scan *s, size_t pos, Quantity *q)
{
	size_t		c;
	size_t		p;
	size_t		ulen;
	int			clen;
	unsigned int first = char_at(s, pos, &clen);

	memset(q, 0, sizeof(*q));
	if (clen == 0)
		return false;
	if (is_fraction_prefix(s, pos))
	{
		/*
		 * 百分之五 is 5%, 千分之三 is 3‰: the unit is written first.  Scale
		 * words are not read (百分之五十万 does not occur), the number may
		 * be Arabic (百分之10).
		 */
		size_t		at = pos + 9;	/* after 百分之 / 千分之 */

		if (first == 0x767E && match_at(s, at, "百"))
		{
			/* 百分之百: all of it */
			zh_parse_number("100", 3, 0, &q->n, &c);
			c = 3;
		}
		else if (!zh_is_number_start(char_at(s, at, NULL)) ||
				 zh_parse_number(s->doc + at, s->len - at, ZH_NO_SCALE, &q->n, &c) != ZH_OK)
			return false;
		q->chinese = true;
		q->nchars = 4;			/* a quantity, never a lone digit */
		q->num_end = at + c;
		q->unit = zh_match_unit(first == 0x767E ? "%" : "‰",
								first == 0x767E ? 1 : strlen("‰"), &ulen);
		q->end = q->num_end;
		return q->unit != NULL;
	}
	if ((first == 0x767E || first == 0x5343 || first == 0x4E07) &&
		(match_at(s, pos + clen, "余") || match_at(s, pos + clen, "多")))
	{
		/* 千余场 = over 1000 场 */
		zh_parse_number("1", 1, 0, &q->n, &c);
		zh_number_scale(&q->n, first == 0x767E ? 2 : (first == 0x5343 ? 3 : 4));
		c = clen;
		q->nchars = 2;			/* a quantity, not a lone digit */
	}
	else if (read_approx_range(s, pos, q, &c))
		;
	else if (zh_parse_number(s->doc + pos, s->len - pos, 0, &q->n, &c) != ZH_OK)
		return false;
	q->chinese = first >= 0x80 && !(first >= 0xFF10 && first <= 0xFF19);
	if (q->nchars == 0)
		for (size_t i = pos; i < pos + c; i++)
		if (((unsigned char) s->doc[i] & 0xC0) != 0x80)
			q->nchars++;
	p = pos + c;
	q->num_end = p;
	if (match_at(s, p, "余") || match_at(s, p, "多"))
	{
		size_t		sl;
		int			power = zh_parse_scale(s->doc + p + 3, s->len - p - 3, &sl);

		q->over = true;
		p += 3;
		if (sl > 0)
		{
			if (!zh_number_scale(&q->n, power) ||
				(q->approx_range && !zh_number_scale(&q->low, power)))
				return false;
			p += sl;
		}
	}
	else
	{
		size_t		sl;
		int			power = zh_parse_scale(s->doc + p, s->len - p, &sl);

		if (sl > 0)
		{
			if (!zh_number_scale(&q->n, power) ||
				(q->approx_range && !zh_number_scale(&q->low, power)))
				return false;
			p += sl;
		}
	}
	q->unit = zh_match_unit(s->doc + p, s->len - p, &ulen);
	q->end = p + ulen;
	return true;
}

/* Is the unit one a bare Chinese numeral may carry and still be a figure? */
static bool
chinese_unit_ok(const Quantity *q)
{
	const char *cat;

	if (q->unit == NULL)
		return false;
	cat = q->unit->category;
	/* 一倍, 两成; but 最后一公里, 一个, 两人 are phrases */
	if (q->nchars == 1)
		return strcmp(cat, "ratio") == 0 || strcmp(cat, "multiple") == 0;
	if (strcmp(cat, "count") == 0 || strcmp(cat, "time") == 0 || strcmp(cat, "people") == 0 ||
		strcmp(cat, "households") == 0)
		return q->nchars >= 2 && small_int(&q->n) != 2 && small_int(&q->n) >= 10;
	return true;
}

static const char *
canonical_unit(const ZhUnit *u)
{
	if (strcmp(u->unit, "％") == 0)
		return "%";
	if (strcmp(u->unit, "个百分点") == 0)
		return "百分点";
	return u->unit;
}

/*
 * Try a figure at pos.  Returns where the scan goes on (past the numeral
 * whether or not it was a figure).
 */
static size_t
try_figure(Scan *s, size_t pos, ZhFigureCallback emit, void *arg)
{
	Quantity	q,
				q2;
	ZhFigure	f;
	size_t		end;
	size_t		qstart;
	int			clen;
	unsigned int prev = pos > 0 ? char_at(s, prev_char(s, pos), NULL) : 0;
	bool		range = false;

	if (!read_quantity(s, pos, &q))
	{
		unsigned int cp = char_at(s, pos, &clen);
		size_t		skip = pos + (clen ? clen : 1);

		/* do not restart inside a long digit run */
		if (cp < 0x80)
			while (skip < s->len && s->doc[skip] >= '0' && s->doc[skip] <= '9')
				skip++;
		return skip;
	}

	/* a year: remember it for the figures of this sentence */
	if (!q.chinese && match_at(s, q.num_end, "年"))
	{
		long		y = small_int(&q.n);

		if (y >= 1900 && y <= 2100 && q.n.exp10 >= 0)
			s->sentence_year = (int) y;
	}

	/* names, ordinals and slogans are not figures */
	if (prev == 0x7B2C || prev == 0x201C || prev == 0x2018 || s->book_depth > 0 ||	/* 第 “ ‘ */
		(prev < 0x80 && (prev == '.' || (prev >= '0' && prev <= '9') ||
						 (prev >= 'A' && prev <= 'Z') || (prev >= 'a' && prev <= 'z'))))
		return q.num_end;
	/* 十四五 and the like name a plan period */
	if (q.chinese && match_at(s, q.num_end, "五"))
		return q.num_end + 3;

	end = q.end;
	memset(&f, 0, sizeof(f));

	/* 翻一番 / 翻两番: doubling */
	if (q.chinese && prev == 0x7FFB && match_at(s, q.num_end, "番"))	/* 翻 */
	{
		long		k = small_int(&q.n);

		if (k >= 1 && k <= 10)
		{
			size_t		c;
			long		v = 1L << k;
			char		buf[8];
			int			n = 0;

			for (long t = v; t > 0; t /= 10)
				n++;
			buf[n] = '\0';
			for (int i = n - 1; i >= 0; i--, v /= 10)
				buf[i] = (char) ('0' + v % 10);
			zh_parse_number(buf, strlen(buf), 0, &q.n, &c);
			q.unit = zh_match_unit("倍", strlen("倍"), &c);
			end = q.num_end + 3;
		}
	}

	/* ranges: 6%－6.5%, 6-6.5%, 6%至7%, 两到三万 */
	{
		size_t		p = q.unit ? end : q.num_end;
		unsigned int cp = char_at(s, p, &clen);

		if (clen > 0 && (cp == '-' || cp == 0xFF0D || cp == 0x2014 || cp == 0x2013 || cp == '~' ||
						 cp == 0xFF5E || cp == 0x81F3 || cp == 0x5230))	/* 至 到 */
		{
			size_t		p2 = p + clen;

			if (cp == 0x2014 && match_at(s, p2, "—"))
				p2 += 3;
			if (p2 < s->len &&
				(zh_is_number_start(char_at(s, p2, NULL)) || is_fraction_prefix(s, p2)) &&
				read_quantity(s, p2, &q2) && q2.unit != NULL &&
				(q.unit == NULL || strcmp(q.unit->base_unit, q2.unit->base_unit) == 0))
			{
				if (q.unit == NULL && q.n.exp10 == 0 && q2.n.exp10 > 0 && q.chinese && q.nchars == 1)
					zh_number_scale(&q.n, q2.n.exp10);
				if (zh_number_cmp(&q.n, &q2.n) < 0)
				{
					range = true;
					q.nchars += q2.nchars;
					f.has_low = true;
					f.low = q.n;
					f.has_high = true;
					f.high = q2.n;
					q.unit = q2.unit;
					q.over = false;
					end = q2.end;
				}
			}
		}
	}

	if (q.approx_range && !range)
	{
		range = true;
		f.has_low = true;
		f.low = q.low;
		f.has_high = true;
		f.high = q.n;
		q.over = false;
	}

	if (q.unit == NULL)
		return q.num_end;
	if (q.chinese && !chinese_unit_ok(&q))
		return q.num_end;

	f.unit_info = q.unit;
	f.unit = canonical_unit(q.unit);
	f.mention.start = (prev == 0x7FFB && strcmp(q.unit->unit, "倍") == 0 && q.chinese) ?
		prev_char(s, pos) : pos;
	f.qualifier = qualifier_before(s, s->clause_start, pos, &qstart);
	if (match_at(s, end, "以内") && find_last(s, window_start(s->clause_start, pos), pos, "控制在") != NO_POS)
		f.qualifier = ZQ_AT_MOST;
	if (q.over)
		f.qualifier = ZQ_OVER;
	f.qualifier = qualifier_after(s, &end, f.qualifier);
	if (range)
		f.qualifier = ZQ_RANGE;
	f.mention.end = end;
	if (!range)
	{
		f.has_value = true;
		f.value = q.n;
		if (f.qualifier == ZQ_AT_LEAST)
		{
			f.has_low = true;
			f.low = q.n;
		}
		else if (f.qualifier == ZQ_AT_MOST)
		{
			f.has_high = true;
			f.high = q.n;
		}
	}

	/* change and baseline, within the clause */
	{
		size_t		at_inc = 0,
					at_dec = 0;
		const char *inc = last_of(s, s->clause_start, qstart, increase_words, &at_inc);
		const char *dec = last_of(s, s->clause_start, qstart, decrease_words, &at_dec);
		const char *verb = NULL;
		size_t		at = 0;

		if (inc && (!dec || at_inc >= at_dec))
		{
			verb = inc;
			at = at_inc;
			f.change = "increase";
		}
		else if (dec)
		{
			verb = dec;
			at = at_dec;
			f.change = "decrease";
		}
		/* 增加到 / 下降至 / 提高为 give a level, not a change; so does 新增 */
		if (verb)
		{
			size_t		after = at + strlen(verb);

			if (strcmp(verb, "增") == 0 && (match_before(s, 0, at, "新") || match_before(s, 0, at, "净")))
				f.change = NULL;

			if (match_at(s, after, "到") || match_at(s, after, "至") || match_at(s, after, "为") ||
				match_at(s, after, "幅") || match_at(s, after, "率"))
				f.change = NULL;
		}
		if (match_before(s, s->clause_start, qstart, "同比") ||
			find_last(s, window_start(s->clause_start, pos), pos, "同比") != NO_POS)
		{
			size_t		b = find_last(s, window_start(s->clause_start, pos), pos, "同比");

			f.baseline.start = b;
			f.baseline.end = b + strlen("同比");
		}
		else
		{
			size_t		b1 = find_last(s, window_start(s->clause_start, pos), pos, "比");
			size_t		b2 = find_last(s, window_start(s->clause_start, pos), pos, "较");
			size_t		b = (b1 == NO_POS) ? b2 : (b2 == NO_POS ? b1 : (b1 > b2 ? b1 : b2));

			if (b != NO_POS && !match_at(s, b + 3, "重") && !match_at(s, b + 3, "例") &&
				!match_at(s, b + 3, "率") && !match_at(s, b + 3, "较") &&
				!match_before(s, s->clause_start, b, "对") && !match_before(s, s->clause_start, b, "相"))
			{
				size_t		e = b + 3;
				int			n = 0;

				while (e < qstart && n < 12)
				{
					bool		stop = false;

					for (int i = 0; increase_words[i] && !stop; i++)
						stop = match_at(s, e, increase_words[i]);
					for (int i = 0; decrease_words[i] && !stop; i++)
						stop = match_at(s, e, decrease_words[i]);
					if (stop || match_at(s, e, "再") || match_at(s, e, "均") || match_at(s, e, "有"))
						break;
					char_at(s, e, &clen);
					if (clen == 0)
						break;
					e += clen;
					n++;
				}
				if (e > b + 3 && e <= qstart)
				{
					f.baseline.start = b + 3;
					f.baseline.end = e;
				}
			}
		}
	}

	/* period */
	{
		size_t		at;
		const char *w = last_of(s, s->sentence_start, qstart, period_words, &at);

		if (w)
		{
			f.period.start = at;
			f.period.end = at + strlen(w);
		}
	}

	/* indicator */
	{
		size_t		from = s->clause_start;
		ZhSpan		sp;

		if (s->prev_end > from && s->prev_end <= qstart)
			from = s->prev_end;
		/* after a list separator, the item before it does not apply */
		{
			size_t		sep = find_last(s, window_start(from, qstart), qstart, "、");

			if (sep != NO_POS)
				from = sep + 3;
		}
		if (f.baseline.end > 0 && f.baseline.start >= from + 3 && f.baseline.start <= qstart)
		{
			/* cut before 同比 / before the 比 or 较 of 比上年 */
			size_t		b = match_at(s, f.baseline.start, "同比") ? f.baseline.start : f.baseline.start - 3;

			sp.start = from;
			sp.end = b;
		}
		else
		{
			sp.start = from;
			sp.end = qstart;
		}
		if (f.period.end > 0 && f.period.start >= sp.start && f.period.end <= sp.end)
		{
			/* 地区生产总值年均增长: the period sits between name and verb */
			if (f.period.start > sp.start)
				sp.end = f.period.start;
		}
		trim_span(s, &sp);

		if (s->fenbie_at != NO_POS && s->fenbie_at < pos)
		{
			if (s->nitems < 0)
				collect_items(s, s->clause_start, s->fenbie_at);
			if (s->fenbie_k < s->nitems)
				sp = s->items[s->fenbie_k];
			s->fenbie_k++;
		}
		else if (sp.end == sp.start || span_is_action(s, sp))
		{
			ZhSpan		after = noun_after(s, end);

			if (after.end > after.start)
				sp = after;
			else if (sp.end == sp.start)
				sp = s->prev_indicator;
		}
		f.indicator = sp;
	}

	/* target or outcome */
	{
		size_t		at_t = 0,
					at_o = 0;
		const char *t = last_of(s, s->clause_start, qstart, target_words, &at_t);
		const char *o = last_of(s, s->clause_start, qstart, outcome_words, &at_o);

		if (!t && s->goal_at != NO_POS && s->goal_at < qstart)
		{
			t = "目标";
			at_t = s->goal_at;
		}
		if (t && (!o || at_t >= at_o || s->section_mode == 1))
			f.is_target = 1;
		else if (o)
			f.is_target = 0;
		else
			f.is_target = s->section_mode;
	}
	f.year = s->sentence_year ? s->sentence_year : s->section_year;

	f.char_start = char_offset(s, f.mention.start);
	f.char_end = char_offset(s, f.mention.end);
	emit(&f, arg);
	s->prev_end = end;
	s->prev_indicator = f.indicator;
	return end;
}

void
zh_extract_figures(const char *doc, size_t len, ZhFigureCallback emit, void *arg)
{
	Scan		s;
	size_t		pos = 0;
	unsigned long steps = 0;

	memset(&s, 0, sizeof(s));
	s.doc = doc;
	s.len = len;
	s.section_mode = -1;
	s.fenbie_at = NO_POS;
	s.goal_at = NO_POS;
	scan_heading(&s, 0);

	while (pos < len)
	{
		int			clen;
		unsigned int cp;

		/* every step is bounded work, so this bounds the time to cancel */
		if ((++steps & 0x3FF) == 0)
			CHECK_FOR_INTERRUPTS();
		cp = char_at(&s, pos, &clen);
		if (clen == 0)
		{
			pos++;
			continue;
		}
		switch (cp)
		{
			case '\n':
				s.sentence_start = s.clause_start = s.para_start = pos + 1;
				s.sentence_year = 0;
				s.goal_at = NO_POS;
				s.fenbie_at = NO_POS;
				s.prev_end = 0;
				s.prev_indicator.start = s.prev_indicator.end = 0;
				scan_heading(&s, pos + 1);
				pos++;
				continue;
			case 0x3002:		/* 。 */
			case 0xFF01:		/* ！ */
			case 0xFF1F:		/* ？ */
				s.sentence_start = s.clause_start = pos + clen;
				s.sentence_year = 0;
				s.goal_at = NO_POS;
				s.fenbie_at = NO_POS;
				s.prev_end = 0;
				s.prev_indicator.start = s.prev_indicator.end = 0;
				break;
			case 0xFF0C:		/* ， */
			case ',':
			case 0xFF1B:		/* ； */
			case ';':
			case 0xFF1A:		/* ： */
				s.clause_start = pos + clen;
				s.fenbie_at = NO_POS;
				break;
			case 0x300A:		/* 《 */
				s.book_depth++;
				break;
			case 0x300B:		/* 》 */
				if (s.book_depth > 0)
					s.book_depth--;
				break;
			case 0x76EE:		/* 目 */
				if (match_at(&s, pos, "目标") &&
					(match_before(&s, s.sentence_start, pos, "预期") ||
					 match_before(&s, s.sentence_start, pos, "主要")))
					s.goal_at = pos;
				break;
			case 0x5206:		/* 分 */
				if (match_at(&s, pos, "分别"))
				{
					/* the items are read when a figure follows (lazily:
					 * 分别 without figures costs nothing) */
					s.fenbie_at = pos;
					s.fenbie_k = 0;
					s.nitems = -1;
				}
				break;
			default:
				if (zh_is_number_start(cp) || is_fraction_prefix(&s, pos) ||
					((cp == 0x767E || cp == 0x5343 || cp == 0x4E07) &&
					 (match_at(&s, pos + clen, "余") || match_at(&s, pos + clen, "多"))))
				{
					size_t		next = try_figure(&s, pos, emit, arg);

					pos = next > pos ? next : pos + clen;
					continue;
				}
		}
		pos += clen;
	}
}
