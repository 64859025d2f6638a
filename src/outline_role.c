/*
 * outline_role.c
 *		Roles, years and the report's year (doc/outline.md, "Roles and
 *		years").
 *
 * A part's role comes from its heading's words: the leftmost word of any
 * class (review, targets, plan, closing) decides.  Subsections inherit
 * their part's role unless their own heading says more precisely (a
 * "主要预期目标" inside a plan part).  Years come from the heading too
 * (2016年工作回顾, 过去五年, “十四五”时期), else from the role and the
 * report's year.
 *
 * The report's year is read from the strongest evidence the text gives:
 * the title, the preamble's "关于1958年度国民经济计划的报告", the
 * session of the National People's Congress, a part heading with a year
 * (2016年工作回顾 says 2017; 2017年重点工作 says 2017), the meeting date,
 * then phrases of the text (刚刚过去的1984年, 今年是“七五”计划的头一年,
 * 本届政府1998年3月就职 … 任期即将结束), and last the year the review parts
 * speak of most.
 *
 * Pure logic, linear in the text: each rule looks at headings, at the
 * front matter and preamble, or makes one pass over the text.
 */
#include "postgres.h"
#include "miscadmin.h"

#include <string.h>

#include "outline_role.h"
#include "outline_text.h"

#define NOT_FOUND ((size_t) -1)

/* ---------- heading words ---------- */

typedef struct RoleWord
{
	const char *word;
	OutlineRole role;
	bool		part_only;		/* weak words: decide only a part's role */
} RoleWord;

/*
 * Words that give a heading its role.  The leftmost match in the heading
 * wins (过去五年和2021年工作回顾: review; 今后五年的总体要求和重点任务: plan).
 */
static const RoleWord role_words[] = {
	{"回顾", OUTLINE_ROLE_REVIEW, false},
	{"总结", OUTLINE_ROLE_REVIEW, false},
	{"执行情况", OUTLINE_ROLE_REVIEW, false},
	{"执行结果", OUTLINE_ROLE_REVIEW, false},
	{"决算", OUTLINE_ROLE_REVIEW, false},
	{"过去", OUTLINE_ROLE_REVIEW, false},
	{"去年", OUTLINE_ROLE_REVIEW, false},
	{"一年来", OUTLINE_ROLE_REVIEW, false},
	{"五年来", OUTLINE_ROLE_REVIEW, false},
	{"年来", OUTLINE_ROLE_REVIEW, true},
	{"以来", OUTLINE_ROLE_REVIEW, true},
	{"取得", OUTLINE_ROLE_REVIEW, true},
	{"成就", OUTLINE_ROLE_REVIEW, true},
	{"成绩", OUTLINE_ROLE_REVIEW, true},
	{"预期目标", OUTLINE_ROLE_TARGETS, false},
	{"主要目标", OUTLINE_ROLE_TARGETS, false},
	{"奋斗目标", OUTLINE_ROLE_TARGETS, false},
	{"主要指标", OUTLINE_ROLE_TARGETS, false},
	{"总体要求", OUTLINE_ROLE_TARGETS, false},
	{"总体部署", OUTLINE_ROLE_TARGETS, false},
	{"总体思路", OUTLINE_ROLE_TARGETS, false},
	{"政策取向", OUTLINE_ROLE_TARGETS, false},
	{"指导思想", OUTLINE_ROLE_TARGETS, true},
	{"方针", OUTLINE_ROLE_TARGETS, true},
	{"目标", OUTLINE_ROLE_TARGETS, true},
	{"指标", OUTLINE_ROLE_TARGETS, true},
	{"今年", OUTLINE_ROLE_PLAN, false},
	{"明年", OUTLINE_ROLE_PLAN, false},
	{"今后", OUTLINE_ROLE_PLAN, false},
	{"未来", OUTLINE_ROLE_PLAN, false},
	{"工作安排", OUTLINE_ROLE_PLAN, false},
	{"主要任务", OUTLINE_ROLE_PLAN, false},
	{"重点工作", OUTLINE_ROLE_PLAN, false},
	{"工作重点", OUTLINE_ROLE_PLAN, false},
	{"工作任务", OUTLINE_ROLE_PLAN, false},
	{"任务", OUTLINE_ROLE_PLAN, true},
	{"安排", OUTLINE_ROLE_PLAN, true},
	{"重点", OUTLINE_ROLE_PLAN, true},
	{"建议", OUTLINE_ROLE_PLAN, true},
	{"计划", OUTLINE_ROLE_PLAN, true},
	{"规划", OUTLINE_ROLE_PLAN, true},
	{"预算", OUTLINE_ROLE_PLAN, true},
	{"措施", OUTLINE_ROLE_PLAN, true},
	{"展望", OUTLINE_ROLE_PLAN, true},
	{"部署", OUTLINE_ROLE_PLAN, true},
	{"外交", OUTLINE_ROLE_CLOSING, false},
	{"对外政策", OUTLINE_ROLE_CLOSING, false},
	{"国际形势", OUTLINE_ROLE_CLOSING, false},
	{"祖国统一", OUTLINE_ROLE_CLOSING, false},
	{"和平统一", OUTLINE_ROLE_CLOSING, false},
	{"统一大业", OUTLINE_ROLE_CLOSING, false},
	{"国防", OUTLINE_ROLE_CLOSING, false},
	{"世界和平", OUTLINE_ROLE_CLOSING, false},
	{"霸权主义", OUTLINE_ROLE_CLOSING, false},
	{"结束语", OUTLINE_ROLE_CLOSING, true},
	{"结语", OUTLINE_ROLE_CLOSING, true},
	{NULL, OUTLINE_ROLE_OTHER, false}
};

/*
 * 计划 and 规划 right after 五, 五年 or a closing quote name a five-year plan
 * (第一个五年计划, “七五”计划), which is no plan word.
 */
static bool
names_five_year_plan(const char *s, size_t start, size_t at)
{
	uint32_t	c;
	size_t		before;

	if (at <= start)
		return false;
	c = ot_last_char(s, start, at, &before);
	if (c == 0x5E74 && before > start)	/* 年 */
		c = ot_last_char(s, start, before, NULL);
	return c == 0x4E94 || c == 0x201D || c == '"';
}

/*
 * A heading that opens with a verb of doing (加快…, 坚持…, 进一步…) names a
 * task: a part so worded is the year's plan unless its words say otherwise.
 */
static const char *const task_verbs[] = {
	"加快", "加强", "坚持", "推进", "继续", "进一步", "大力", "积极", "深化",
	"切实", "努力", "全面", "促进", "繁荣", "打好", "抓紧", "抓好", "保持",
	"发展", "搞好", "做好", "实施", "推动", "扩大", "提高", "完善", "建立",
	"认真", "着力", "优化", "坚决", "稳步", "不断", "把", "为", "从严",
	NULL
};

static bool
names_task(const char *s, size_t start, size_t end)
{
	for (int i = 0; task_verbs[i]; i++)
		if (ot_has_prefix(s, start, end, task_verbs[i]))
			return true;
	return false;
}

/* Words of the past at the start of a part's text (去年, 过去, 五年来 …). */
static const char *const past_marks[] = {
	"去年", "过去", "一年来", "年来", "以来", "刚刚过去", NULL
};

/* Does the heading have a closing word (外交, 国防 …) that decides at any level? */
static bool
names_closing(const char *s, size_t start, size_t end)
{
	for (int i = 0; role_words[i].word; i++)
		if (role_words[i].role == OUTLINE_ROLE_CLOSING && !role_words[i].part_only &&
			ot_find(s, start, end, role_words[i].word) != NOT_FOUND)
			return true;
	return false;
}

OutlineRole
outline_heading_role(const char *s, size_t start, size_t end, bool part)
{
	size_t		best = NOT_FOUND;
	size_t		best_len = 0;
	OutlineRole role = OUTLINE_ROLE_OTHER;

	for (int i = 0; role_words[i].word; i++)
	{
		const RoleWord *w = &role_words[i];
		size_t		n = strlen(w->word);
		size_t		from = start;
		size_t		at;

		if (w->part_only && !part)
			continue;
		for (;;)
		{
			at = ot_find(s, from, end, w->word);
			/* 2019年和今年以来工作回顾: this year so far is reviewed */
			if (at != NOT_FOUND && strcmp(w->word, "今年") == 0 && ot_has_prefix(s, at + n, end, "以来"))
			{
				from = at + n;
				continue;
			}
			if (at == NOT_FOUND || w->role != OUTLINE_ROLE_PLAN ||
				(strcmp(w->word, "计划") != 0 && strcmp(w->word, "规划") != 0) ||
				!names_five_year_plan(s, start, at))
				break;
			from = at + n;
		}
		if (at == NOT_FOUND)
			continue;
		if (best == NOT_FOUND || at < best || (at == best && n > best_len))
		{
			best = at;
			best_len = n;
			role = w->role;
		}
	}
	return role;
}

/* ---------- years in a heading ---------- */

typedef struct YearSpan
{
	int			from;
	int			to;
	bool		names_report_year;	/* the report's year is one it names */
} YearSpan;

static void
span_add(YearSpan *y, int from, int to)
{
	if (from <= 0 || to < from)
		return;
	if (y->from == 0 || from < y->from)
		y->from = from;
	if (to > y->to)
		y->to = to;
}

/* First year of the Nth five-year plan (第一个 1953, 第二个 1958, then 1966 …). */
static int
five_year_plan_start(int n)
{
	if (n == 1)
		return 1953;
	if (n == 2)
		return 1958;
	if (n >= 3 && n <= 40)
		return 1966 + 5 * (n - 3);
	return 0;
}

/*
 * A five-year plan named at pos: “十四五”, '十四五', 十四五, 第十四个五年
 * (规划|计划).  Returns the position after it and the plan's number.
 */
static size_t
read_five_year_plan(const char *s, size_t pos, size_t end, int *n)
{
	size_t		p = pos;
	size_t		m;

	if (ot_has_prefix(s, p, end, "第"))
	{
		p += 3;
		m = ot_read_small_number(s, p, end, n);
		if (m == 0)
			return 0;
		p += m;
		if (ot_has_prefix(s, p, end, "个"))
			p += 3;
		if (ot_has_prefix(s, p, end, "五年"))
			return p + 6;
		return 0;
	}
	/* the short form, named as one: “十四五”, "八五", 十三五规划 */
	m = ot_read_small_number(s, p, end, n);
	if (m == 0 || *n < 1 || (s[p] >= '0' && s[p] <= '9'))
		return 0;
	p += m;
	if (ot_has_prefix(s, p, end, "五"))
		p += 3;
	else if (*n % 10 == 5 && *n > 5)
		*n -= 5;				/* 十五 is the tenth plan */
	else
		return 0;
	{
		bool		quoted = pos >= 3 &&
			(ot_has_prefix(s, pos - 3, end, "“") || ot_has_prefix(s, pos - 3, end, "「") ||
			 s[pos - 1] == '"' || s[pos - 1] == '\'');
		size_t		after = p;

		if (ot_has_prefix(s, after, end, "”") || ot_has_prefix(s, after, end, "」"))
			after += 3;
		else if (after < end && (s[after] == '"' || s[after] == '\''))
			after++;
		if (!quoted && !ot_has_prefix(s, after, end, "计划") &&
			!ot_has_prefix(s, after, end, "规划") &&
			!ot_has_prefix(s, after, end, "时期") &&
			!ot_has_prefix(s, after, end, "期间"))
			return 0;
		return after;
	}
}

/*
 * The years a heading (or phrase) speaks of: explicit years (2016年,
 * 2013—2017年, 1980、1981年), relative ones (过去五年, 去年, 今后五年, 今年)
 * against the report's year, and five-year plans (“十三五”时期).
 */
/* Does word stand in s[start, end) as a year (not the 上年 of 世界上年产)? */
static bool
names_relative_year(const char *s, size_t start, size_t end, const char *word)
{
	size_t		at = start;

	while ((at = ot_find(s, at, end, word)) != NOT_FOUND)
	{
		if (strcmp(word, "上年") != 0 || !ot_shang_ends_word(s, at))
			return true;
		at += strlen(word);
	}
	return false;
}

/*
 * After four digits at q: 年, or a range or list going on to a year
 * (2013—2017年, 1980、1981年)?
 */
static bool
year_word_follows(const char *s, size_t q, size_t end)
{
	static const char *const joins[] = {"年", "—", "－", "–", "-", "~", "～", "、", "至", "到", "和", NULL};

	for (int i = 0; joins[i]; i++)
		if (ot_has_prefix(s, q, end, joins[i]))
			return true;
	return false;
}

static YearSpan
heading_years(const char *s, size_t start, size_t end, int report_year)
{
	YearSpan	y = {0, 0, false};
	int			vision = 0;
	static const struct
	{
		const char *word;
		int			from;		/* relative to the report's year */
		int			to;
	}			relative[] = {
		{"过去五年", -5, -1}, {"五年来", -5, -1}, {"近五年", -5, -1},
		{"一年和五年", -5, -1},	/* 过去一年和五年工作回顾 (2023) */
		{"过去一年", -1, -1}, {"过去的一年", -1, -1}, {"一年来", -1, -1},
		{"去年", -1, -1}, {"上年", -1, -1}, {"三年来", -3, -1},
		{"今后五年", 0, 4}, {"未来五年", 0, 4}, {"今年", 0, 0},
		{"本年", 0, 0}, {"明年", 1, 1}, {NULL, 0, 0}
	};

	for (size_t p = start; p < end;)
	{
		int			year,
					n;
		size_t		q = ot_read_year(s, p, end, &year);

		/*
		 * （一）新认定高新技术企业2100家: four digits with no 年 after them
		 * (nor a range or list of years) are a number, no year
		 */
		if (q > 0 && !year_word_follows(s, q, end))
			q = 0;
		/*
		 * “十四五”时期主要目标任务和2035年远景目标: a vision's far year is
		 * the part's only when it names no other
		 */
		if (q > 0 && ot_has_prefix(s, q, end, "远景"))
			vision = year;
		else if (q > 0)
		{
			span_add(&y, year, year);
			y.names_report_year |= year == report_year;
		}
		if (q > 0)
		{
			p = q;
			continue;
		}
		q = read_five_year_plan(s, p, end, &n);
		if (q > 0 && five_year_plan_start(n) > 0)
		{
			span_add(&y, five_year_plan_start(n), five_year_plan_start(n) + 4);
			p = q;
			continue;
		}
		{
			uint32_t	c;

			p += section_next_char(s + p, end - p, &c);
		}
	}
	if (report_year > 0)
		for (int i = 0; relative[i].word; i++)
			if (names_relative_year(s, start, end, relative[i].word))
			{
				span_add(&y, report_year + relative[i].from,
						 report_year + relative[i].to);
				y.names_report_year |= relative[i].from == 0 && relative[i].to == 0;
			}
	/* 改革开放和现代化建设取得伟大成就的五年: the five years just past */
	if (report_year > 0 && end >= start + 9 && ot_has_prefix(s, end - 9, end, "的五年") &&
		ot_find(s, start, end, "今后") == NOT_FOUND && ot_find(s, start, end, "未来") == NOT_FOUND)
		span_add(&y, report_year - 5, report_year - 1);
	if (y.from == 0 && vision > 0)
		span_add(&y, vision, vision);
	return y;
}

int
outline_plan_named_at(const char *s, size_t pos, size_t end, size_t *after)
{
	int			n;
	size_t		q = read_five_year_plan(s, pos, end, &n);

	if (q == 0 || five_year_plan_start(n) == 0)
		return 0;
	*after = q;
	return five_year_plan_start(n);
}

/* ---------- the report's year ---------- */

int
outline_npc_session_year(int term, int session)
{
	if (session < 1)
		session = 1;
	if (term == 1 && session <= 5)
		return 1954 + session - 1;
	if (term == 2 && session <= 4)
		return 1959 + session - 1;
	if (term == 3)
		return 1964 + session - 1;
	if (term == 4)
		return 1975;
	if (term >= 5 && term <= 40 && session <= 5)
		return 1978 + 5 * (term - 5) + session - 1;
	return 0;
}

bool
outline_find_date(const char *s, size_t start, size_t end, int *y, int *m, int *d)
{
	for (size_t p = start; p < end; p++)
	{
		size_t		q = ot_read_year(s, p, end, y);
		size_t		n;

		if (q == 0 || *y < 1900 || !ot_has_prefix(s, q, end, "年"))
			continue;
		q += 3;
		if ((n = ot_read_small_number(s, q, end, m)) == 0 ||
			!ot_has_prefix(s, q + n, end, "月"))
			continue;
		q += n + 3;
		if ((n = ot_read_small_number(s, q, end, d)) == 0 ||
			!ot_has_prefix(s, q + n, end, "日"))
			continue;
		if (*m >= 1 && *m <= 12 && *d >= 1 && *d <= 31)
			return true;
	}
	return false;
}

/* the first year (followed by 年) in s[start, end); 0 if none */
static int
first_year(const char *s, size_t start, size_t end)
{
	for (size_t p = start; p < end; p++)
	{
		int			y;
		size_t		q = ot_read_year(s, p, end, &y);

		if (q > 0 && ot_has_prefix(s, q, end, "年") && y >= 1900 && y < 2200)
			return y;
	}
	return 0;
}

/* the title: a front-matter line naming 政府工作报告, and its year */
static int
title_year(const char *s, const Outline *o)
{
	size_t		at = ot_find(s, o->front_start, o->front_end, "政府工作报告");
	size_t		ls,
				le;

	if (at == NOT_FOUND)
		return 0;
	ls = at;
	while (ls > o->front_start && s[ls - 1] != '\n')
		ls--;
	le = at;
	while (le < o->front_end && s[le] != '\n')
		le++;
	return first_year(s, ls, le);
}

static const char *const review_marks[] = {
	"回顾", "决算", "执行情况", "执行结果", "成就", "总结", NULL
};
static const char *const plan_marks[] = {
	"计划", "预算", "任务", "安排", "部署", "重点", "目标", "要求", "建议",
	"工作", "方针", NULL
};

/*
 * What a year in a heading or a report's subject says about the report's
 * year: the words after it, up to the next year, say whether it is
 * reviewed (the report is of the next year) or planned (of that year).
 * Spans (1956年到1967年, 2013—2017年) say nothing.  Returns the report's
 * year or 0.
 */
static int
year_by_words(const char *s, size_t start, size_t end)
{
	size_t		window = start;		/* after the previous year */

	for (size_t p = start; p < end;)
	{
		int			y,
					y2;
		size_t		q = ot_read_year(s, p, end, &y);
		size_t		next;
		size_t		r;

		if (q == 0 || y < 1900 || y >= 2200)
		{
			uint32_t	c;

			p += section_next_char(s + p, end - p, &c);
			continue;
		}
		/* a list 1980、1981年: the first year, with the words after the last */
		while (q < end && (ot_has_prefix(s, q, end, "、") || s[q] == ',') &&
			   (r = ot_read_year(s, q + (s[q] == ',' ? 1 : 3), end, &y2)) > 0)
			q = r;
		{
			/* a span (1956年到1967年, 2013—2017年) says nothing: skip both */
			static const char *const joins[] = {"年到", "年至", "到", "至", "—", "-", "~", NULL};
			size_t		after = NOT_FOUND;

			for (int k = 0; joins[k] && after == NOT_FOUND; k++)
				if (ot_has_prefix(s, q, end, joins[k]))
					after = q + strlen(joins[k]);
			if (after != NOT_FOUND)
			{
				while (ot_has_prefix(s, after, end, "—"))
					after += 3;
				r = ot_read_year(s, after, end, &y2);
				p = r > 0 ? r : after;
				window = p;
				continue;
			}
		}
		if (!ot_has_prefix(s, q, end, "年"))
		{
			p = q;
			continue;
		}
		/* the words up to the next year */
		next = q;
		while (next < end)
		{
			int			z;
			uint32_t	c;

			if (ot_read_year(s, next, end, &z) > 0)
				break;
			next += section_next_char(s + next, end - next, &c);
		}
		/* 首先报告2001年的工作: reported on, so reviewed */
		if (ot_find_any(s, window, next, review_marks, NULL) != NOT_FOUND ||
			ot_find(s, window, p, "报告") != NOT_FOUND)
			return y + 1;
		if (ot_find_any(s, q, next, plan_marks, NULL) != NOT_FOUND)
			return y;
		window = q;
		p = next;
	}
	return 0;
}

/* The subject of the report in the preamble: 关于1958年度国民经济计划的报告. */
static int
preamble_subject_year(const char *s, const OutlineSection *root)
{
	size_t		end = root->end;
	size_t		at;
	size_t		stop;

	if (end - root->start > 2000)
		end = root->start + 2000;
	at = ot_find(s, root->start, end, "关于");
	if (at == NOT_FOUND)
		return 0;
	stop = ot_find(s, at, end, "报告");
	if (stop == NOT_FOUND)
		return 0;
	return year_by_words(s, at, stop);
}

/*
 * 广州市第十五届人大, 海珠区十七届人大: a place name before the term makes
 * it a local people's congress, whose terms are not the national ones.
 */
static bool
local_congress(const char *s, size_t start, size_t first)
{
	static const char *const places[] = {"省", "市", "区", "县", "州", "旗", "盟", "镇", "乡", NULL};

	for (int k = 0; places[k]; k++)
	{
		size_t		n = strlen(places[k]);

		if (first >= start + n && ot_has_prefix(s, first - n, first, places[k]))
			return true;
	}
	return false;
}

/*
 * A session of the National People's Congress at "at" (第十届全国人民代表大会
 * 第一次会议, 十四届全国人大三次会议 or 六届人大一次会议): its year, 0 if
 * none or a local congress's (广州市第十五届人大).
 */
static int
session_at(const char *s, size_t start, size_t at, size_t end, size_t *after,
		   size_t *first)
{
	static const char *const congress[] = {"全国人民代表大会", "全国人大", "人大", NULL};
	int			term = 0,
				session = 1;
	size_t		p,
				q,
				n;

	for (int k = 0; congress[k]; k++)
	{
		if (!ot_has_prefix(s, at, end, congress[k]))
			continue;
		q = at + strlen(congress[k]);
		/* 第N届 or N届 just before */
		p = at >= start + 3 && ot_has_prefix(s, at - 3, end, "届") ? at - 3 : NOT_FOUND;
		if (p == NOT_FOUND)
			return 0;
		/* the longest number ending at 届: 第十四届 is 14, not 4 */
		for (size_t b = p; b > start && p - b <= 12;)
		{
			size_t		prev;
			int			t;

			ot_last_char(s, start, b, &prev);
			b = prev;
			if ((n = ot_read_small_number(s, b, p, &t)) > 0 && b + n == p)
			{
				term = t;
				*first = (b >= start + 3 && ot_has_prefix(s, b - 3, end, "第")) ? b - 3 : b;
			}
			else if (term > 0)
				break;
		}
		if (term == 0 || (k == 2 && ot_find(s, *first, at, "全国") != NOT_FOUND) ||
			(k == 2 && local_congress(s, start, *first)))
			return 0;
		/* 第S次会议 or S次会议 after */
		if (ot_has_prefix(s, q, end, "第"))
			q += 3;
		if ((n = ot_read_small_number(s, q, end, &session)) > 0 &&
			ot_has_prefix(s, q + n, end, "次"))
			q += n + 3;
		else if (k > 0)
			return 0;			/* 人大 alone is too common a word */
		else
			session = 1;
		*after = q;
		return outline_npc_session_year(term, session);
	}
	return 0;
}

/*
 * The session of the National People's Congress that hears the report
 * (向第十届全国人民代表大会第一次会议报告): its year.  One named as last
 * year's (从去年3月第五届…第一次会议闭幕, 去年举行的六届人大一次会议) says the
 * report is of the next year; one named as past otherwise says nothing.
 */
static int
session_year(const char *s, size_t start, size_t end, bool last_year_only)
{
	for (size_t p = start; p < end;)
	{
		size_t		at = ot_find(s, p, end, "人");
		size_t		after = 0,
					first = 0;
		int			y;

		if (at == NOT_FOUND)
			return 0;
		if (at >= start + 6 && ot_has_prefix(s, at - 6, end, "全国人大"))
			y = session_at(s, start, at - 6, end, &after, &first);	/* 十四届全国人大三次会议 */
		else if (ot_has_prefix(s, at, end, "人大"))
			y = session_at(s, start, at, end, &after, &first);
		else if (at >= start + 6 && ot_has_prefix(s, at - 6, end, "全国人民代表大会"))
			y = session_at(s, start, at - 6, end, &after, &first);
		else
			y = 0;
		p = at + 3;
		if (y > 0)
		{
			size_t		back = first > start + 30 ? first - 30 : start;

			if (ot_find(s, back, first, "去年") != NOT_FOUND)
				return y + 1;
			if (!last_year_only &&
				ot_find(s, back, first, "从") == NOT_FOUND &&
				ot_find(s, back, first, "上次") == NOT_FOUND &&
				ot_find(s, back, first, "以来") == NOT_FOUND &&
				ot_find(s, first, after + 12 < end ? after + 12 : end, "以来") == NOT_FOUND)
				return y;
			p = after;
		}
	}
	return 0;
}

/* 今年是“七五”计划的头一年 / 2001年是实施“十五”计划的第一年 */
static int
plan_year_phrase(const char *s, size_t start, size_t end, int *which)
{
	static const struct
	{
		const char *word;
		int			offset;
	}			ordinals[] = {
		{"开局之年", 0}, {"头一年", 0}, {"第一年", 0}, {"起步之年", 0},
		{"第二年", 1}, {"第三年", 2}, {"第四年", 3}, {"最后一年", 4},
		{"收官之年", 4}, {NULL, 0}
	};
	size_t		p;
	int			n;

	for (p = start; p < end;)
	{
		size_t		q = read_five_year_plan(s, p, end, &n);
		uint32_t	c;

		if (q > 0 && five_year_plan_start(n) > 0)
		{
			size_t		e = q + 60 < end ? q + 60 : end;

			for (int i = 0; ordinals[i].word; i++)
			{
				size_t		at = ot_find(s, q, e, ordinals[i].word);

				if (at != NOT_FOUND && ot_find(s, q, at, "。") == NOT_FOUND &&
					ot_find(s, q, at, ",") == NOT_FOUND)
				{
					*which = five_year_plan_start(n) + ordinals[i].offset;
					return 1;
				}
			}
			p = q;
			continue;
		}
		p += section_next_char(s + p, end - p, &c);
	}
	return 0;
}

/*
 * Phrases of the text that date it, looked for in every paragraph's first
 * sentence: 刚刚过去的1984年; 今年是…/去年是… with a five-year plan's year;
 * 本届政府1998年3月就职 … 任期即将结束 (a five-year term).
 */
static int
phrase_year(const char *s, size_t len)
{
	size_t		at;
	int			y;

	at = ot_find(s, 0, len, "刚刚过去的");
	if (at != NOT_FOUND && ot_read_year(s, at + strlen("刚刚过去的"), len, &y) > 0)
		return y + 1;

	/* 今年是“十三五”规划的开局之年; 过去一年，是“十三五”规划的开局之年 */
	{
		static const struct
		{
			const char *word;
			int			offset;
		}			whens[] = {
			{"今年是", 0}, {"过去一年", 1}, {"过去的一年", 1}, {"去年是", 1},
			{NULL, 0}
		};

		for (int w = 0; whens[w].word; w++)
			for (size_t from = 0; (at = ot_find(s, from, len, whens[w].word)) != NOT_FOUND;)
			{
				size_t		e = ot_find(s, at, len, "。");
				int			v;

				if (e == NOT_FOUND)
					e = len;
				if (e - at < 300 && plan_year_phrase(s, at, e, &v))
					return v + whens[w].offset;
				from = e;
			}
	}
	for (size_t from = 0; (at = ot_find(s, from, len, "本届政府")) != NOT_FOUND;)
	{
		size_t		e = ot_find(s, at, len, "。");
		size_t		q;

		if (e == NOT_FOUND)
			e = len;
		for (q = at; q < e; q++)
			if (ot_read_year(s, q, e, &y) > 0)
				break;
		if (q < e && (ot_find(s, q, e, "就职") != NOT_FOUND ||
					  ot_find(s, q, e, "组成") != NOT_FOUND) &&
			(ot_find(s, q, e, "任期") != NOT_FOUND ||
			 ot_find(s, q, e, "五年") != NOT_FOUND))
			return y + 5;
		from = e;
	}
	return 0;
}

/*
 * Sentences that date the report by what they say of a year, counted over
 * the paragraphs' first sentences: "1986年是…取得显著成就的一年" (a past year,
 * in a review or with 取得/经历: the report is of the next), "2002年是…非常
 * 重要的一年" elsewhere, "1987年，我们要…" and "确定1987年…的主要任务" (the
 * report's own year).  The year with most votes wins; 0 when none.
 */
static int
sentence_year(const char *s, const Outline *o)
{
	int			votes[300];
	int			best = 0;
	static const char *const past[] = {"取得", "经历", "经受", "战胜", "实现了",
	"完成了", NULL};
	static const char *const future[] = {"要", "将", "必须", "任务", NULL};

	memset(votes, 0, sizeof(votes));
	for (int i = 0; i < o->nsections; i++)
	{
		const OutlineSection *sec = &o->sections[i];
		size_t		from = sec->body_start;

		CHECK_FOR_INTERRUPTS();
		/* the first sentence of each paragraph of the section */
		while (from < sec->end)
		{
			size_t		ps = ot_skip_space(s, from, sec->end);
			size_t		pe = ot_find(s, ps, sec->end, "\n");
			size_t		se;
			size_t		q;
			int			y;

			if (pe == NOT_FOUND)
				pe = sec->end;
			se = ot_find(s, ps, pe, "。");
			if (se == NOT_FOUND)
				se = pe;
			from = pe + 1;
			q = ot_read_year(s, ps, se, &y);
			if (q == 0 || y < 1900 || y >= 2199 || !ot_has_prefix(s, q, se, "年"))
				continue;
			q += 3;
			if (ot_has_prefix(s, q, se, "是"))
			{
				/* the sentence's own tense, else the section's role */
				bool		was;

				if (ot_find_any(s, q, se, past, NULL) != NOT_FOUND)
					was = true;
				else if (ot_find_any(s, q, se, future, NULL) != NOT_FOUND)
					was = false;
				else
					was = sec->role == OUTLINE_ROLE_REVIEW;
				votes[(was ? y + 1 : y) - 1900]++;
			}
			else if (ot_find_any(s, q, q + 12 < se ? q + 12 : se, future, NULL) != NOT_FOUND)
				votes[y - 1900]++;
		}
	}
	for (int y = 1; y < 300; y++)
		if (votes[y] > votes[best])
			best = y;
	return votes[best] > 0 ? 1900 + best : 0;
}

/* is the year at [p, q) one end of a span (1956年到1967年, 2021—2025年)? */
static bool
year_in_span(const char *s, size_t start, size_t p, size_t q, size_t end)
{
	static const char *const joins[] = {"到", "至", "—", "-", "~", NULL};
	size_t		after = ot_has_prefix(s, q, end, "年") ? q + 3 : q;

	for (int k = 0; joins[k]; k++)
	{
		size_t		n = strlen(joins[k]);

		if (ot_has_prefix(s, after, end, joins[k]) || ot_has_prefix(s, q, end, joins[k]) ||
			(p >= start + n && ot_has_prefix(s, p - n, end, joins[k])))
			return true;
	}
	return false;
}

/*
 * The year the review parts speak of most, plus one; without review
 * parts, the year the whole text speaks of most, plus one (a report dwells
 * on the year before it).
 */
static int
review_year(const char *s, const Outline *o, bool whole_text)
{
	int			counts[300];
	int			best = 0;

	memset(counts, 0, sizeof(counts));
	for (int i = whole_text ? 0 : 1; i < o->nsections; i++)
	{
		const OutlineSection *sec = &o->sections[i];

		if (sec->role != OUTLINE_ROLE_REVIEW && !whole_text)
			continue;
		CHECK_FOR_INTERRUPTS();
		for (size_t p = sec->start; p < sec->end; p++)
		{
			int			y;
			size_t		q = ot_read_year(s, p, sec->end, &y);

			if (q > 0 && ot_has_prefix(s, q, sec->end, "年") && y >= 1900 && y < 2200)
			{
				if (!year_in_span(s, sec->start, p, q, sec->end))
					counts[y - 1900]++;
				p = q - 1;
			}
		}
	}
	for (int y = 1; y < 300; y++)
		if (counts[y] > 0 && counts[y] >= counts[best])
			best = y;
	return counts[best] > 0 ? 1900 + best + 1 : 0;
}

static int
find_report_year(const char *s, size_t len, Outline *o)
{
	int			y;
	int			m,
				d;
	const OutlineSection *root = &o->sections[0];

	if ((y = title_year(s, o)) > 0)
		return y;
	if ((y = preamble_subject_year(s, root)) > 0)
		return y;
	if ((y = session_year(s, o->front_start, o->front_end, false)) > 0)
		return y;
	if ((y = session_year(s, root->start, root->end, false)) > 0)
		return y;
	for (int i = 1; i < o->nsections; i++)
	{
		const OutlineSection *sec = &o->sections[i];

		if (sec->heading_depth > 2 || sec->kind == OUTLINE_KIND_LEAD ||
			sec->kind == OUTLINE_KIND_ITEM)
			continue;
		if ((y = year_by_words(s, sec->head_start, sec->head_end)) > 0)
			return y;
	}
	if (o->front_end > o->front_start &&
		outline_find_date(s, o->front_start, o->front_end, &y, &m, &d))
		return m >= 10 ? y + 1 : y;
	if ((y = session_year(s, 0, len, true)) > 0)
		return y;
	if ((y = phrase_year(s, len)) > 0)
		return y;
	if ((y = sentence_year(s, o)) > 0)
		return y;
	if ((y = review_year(s, o, false)) > 0)
		return y;
	/* an excerpt (no 各位代表) is too little to go on */
	return o->has_salutation ? review_year(s, o, true) : 0;
}

/* ---------- roles ---------- */

/* does the heading name a time to come (今年, 明年, 今后, a year ≥ the report's)? */
static bool
speaks_of_future(const char *s, const OutlineSection *sec, int report_year)
{
	static const char *const future[] = {"今年", "明年", "今后", "未来", NULL};
	YearSpan	y;

	if (ot_find_any(s, sec->head_start, sec->head_end, future, NULL) != NOT_FOUND)
		return true;
	y = heading_years(s, sec->head_start, sec->head_end, 0);
	return report_year > 0 && y.to >= report_year;
}

/* Does the part's own text open in the past (去年…, 1956年… before the report's year)? */
static bool
opens_in_past(const char *s, const OutlineSection *sec, int report_year)
{
	size_t		end = sec->body_start;
	int			n = 0;
	int			y;

	/* the first sentence, at most 60 characters */
	while (end < sec->end && n < 60)
	{
		uint32_t	c;
		int			len = section_next_char(s + end, sec->end - end, &c);

		end += len;
		n++;
		if (c == 0x3002)
			break;
	}
	if (ot_find_any(s, sec->body_start, end, past_marks, NULL) != NOT_FOUND)
		return true;
	y = first_year(s, sec->body_start, end);
	return report_year > 0 && y > 0 && y < report_year;
}

/*
 * A part whose heading names no role: a task (加快…) is plan; after a part
 * about the past or the year's targets and tasks, what follows is the
 * year's work too (plan), unless it is a topic (关于…); the first part is a
 * review when its text opens in the past.
 */
static OutlineRole
undecided_part_role(const char *s, const Outline *o, const OutlineSection *sec,
					OutlineRole earlier)
{
	if (names_task(s, sec->head_start, sec->head_end))
		return OUTLINE_ROLE_PLAN;
	/*
	 * a topic (关于…) is other, unless it is about the plan itself (关于《…
	 * 规划纲要（草案）》的说明)
	 */
	if (earlier != OUTLINE_ROLE_OTHER && earlier != OUTLINE_ROLE_CLOSING)
		return ot_has_prefix(s, sec->head_start, sec->head_end, "关于") &&
			ot_find(s, sec->head_start, sec->head_end, "规划") == NOT_FOUND &&
			ot_find(s, sec->head_start, sec->head_end, "计划") == NOT_FOUND ?
			OUTLINE_ROLE_OTHER : OUTLINE_ROLE_PLAN;
	if (earlier == OUTLINE_ROLE_OTHER && opens_in_past(s, sec, o->report_year))
		return OUTLINE_ROLE_REVIEW;
	return OUTLINE_ROLE_OTHER;
}

/*
 * A part that names its targets and its tasks (今后五年工作总体思路、主要目标
 * 及2022年工作重点) sets out the targets first, in the leads and items before
 * its first subsection (——创新动能更加强劲), then the tasks under its
 * subsections.
 */
static bool
opens_with_targets(const char *s, const OutlineSection *parent)
{
	return parent->role == OUTLINE_ROLE_PLAN &&
		(ot_find(s, parent->head_start, parent->head_end, "目标") != NOT_FOUND ||
		 ot_find(s, parent->head_start, parent->head_end, "指标") != NOT_FOUND);
}

/*
 * A heading without role words that names only years before the report's
 * (首先报告2001年的工作 in 2002, “十五”期间… in 2006) reviews them.
 */
static bool
names_only_past_years(const char *s, const Outline *o, const OutlineSection *sec)
{
	YearSpan	y;

	if (o->report_year <= 0)
		return false;
	y = heading_years(s, sec->head_start, sec->head_end, o->report_year);
	return y.to > 0 && y.to < o->report_year;
}

static void
assign_role(const char *s, Outline *o, int i, OutlineRole *earlier, signed char *own_roles,
			bool *has_subsection)
{
	OutlineSection *sec = &o->sections[i];
	const OutlineSection *parent = sec->parent >= 0 ? &o->sections[sec->parent] : NULL;
	bool		part = sec->heading_depth <= 1 && sec->kind != OUTLINE_KIND_LEAD &&
		sec->kind != OUTLINE_KIND_ITEM;
	OutlineRole own;

	if (sec->kind != OUTLINE_KIND_LEAD && sec->kind != OUTLINE_KIND_ITEM && sec->parent >= 0)
		has_subsection[sec->parent] = true;
	if (i == 0 || sec->kind == OUTLINE_KIND_PREAMBLE || sec->kind == OUTLINE_KIND_APPENDIX)
	{
		sec->role = OUTLINE_ROLE_OTHER;
		return;
	}
	if (sec->kind == OUTLINE_KIND_CLOSING)
	{
		sec->role = OUTLINE_ROLE_CLOSING;
		return;
	}
	/*
	 * Leads and items under a heading with a role keep it, unless closing
	 * words make them closing: only those words are looked for.
	 */
	if ((sec->kind == OUTLINE_KIND_LEAD || sec->kind == OUTLINE_KIND_ITEM) &&
		parent != NULL && parent->depth > 0 && parent->role != OUTLINE_ROLE_OTHER)
	{
		sec->role = parent->role == OUTLINE_ROLE_CLOSING ||
			names_closing(s, sec->head_start, sec->head_end) ?
			OUTLINE_ROLE_CLOSING : parent->role;
		if (sec->role == OUTLINE_ROLE_PLAN && !has_subsection[sec->parent] &&
			opens_with_targets(s, parent))
			sec->role = OUTLINE_ROLE_TARGETS;
		return;
	}
	/* the heading's words are read once for both passes */
	if (own_roles[i] < 0)
		own_roles[i] = (signed char) outline_heading_role(s, sec->head_start, sec->head_end, part);
	own = (OutlineRole) own_roles[i];
	if (part || parent == NULL || parent->depth == 0)
	{
		/* a task worded with a weak target word (坚持…的方针) is plan */
		if (part && own != OUTLINE_ROLE_CLOSING &&
			outline_heading_role(s, sec->head_start, sec->head_end, false) == OUTLINE_ROLE_OTHER &&
			names_task(s, sec->head_start, sec->head_end))
			own = OUTLINE_ROLE_PLAN;
		if (part && own == OUTLINE_ROLE_OTHER && names_only_past_years(s, o, sec))
			own = OUTLINE_ROLE_REVIEW;
		if (part && own == OUTLINE_ROLE_OTHER)
			own = undecided_part_role(s, o, sec, *earlier);
		sec->role = own;
		if (part && own != OUTLINE_ROLE_OTHER)
			*earlier = own;
		return;
	}
	sec->role = parent->role;
	/* what a closing part holds is closing; closing words make it so */
	if (own == OUTLINE_ROLE_CLOSING || parent->role == OUTLINE_ROLE_CLOSING)
	{
		sec->role = OUTLINE_ROLE_CLOSING;
		return;
	}
	if (own == OUTLINE_ROLE_OTHER && names_only_past_years(s, o, sec))
		own = OUTLINE_ROLE_REVIEW;
	if (own == OUTLINE_ROLE_OTHER)
		return;
	/* leads and items speak with their heading's voice */
	if ((sec->kind == OUTLINE_KIND_LEAD || sec->kind == OUTLINE_KIND_ITEM) &&
		parent->role != OUTLINE_ROLE_OTHER)
		return;
	/* a review's subsection turns to the future only when it says so */
	if (parent->role == OUTLINE_ROLE_REVIEW && own != OUTLINE_ROLE_REVIEW &&
		!speaks_of_future(s, sec, o->report_year))
		return;
	sec->role = own;
}

/* Targets and plan both speak of the years to come. */
static bool
looks_ahead(OutlineRole role)
{
	return role == OUTLINE_ROLE_TARGETS || role == OUTLINE_ROLE_PLAN;
}

/* The opening of a lead that may frame its paragraph's years: 5 characters. */
#define LEAD_FRAME_BYTES (5 * 3)

/*
 * A report given late in its year (1981's, of 30 November) reviews that
 * year: its review parts speak of 今年 more than twice as often as of 去年
 * (今年不少地区遭受到严重水旱灾害), where a spring report's say 去年 or
 * 过去一年.
 */
static bool
review_of_report_year(const char *s, const Outline *o)
{
	int			now = 0,
				last = 0;

	for (int i = 0; i < o->nsections; i++)
	{
		const OutlineSection *sec = &o->sections[i];

		if (sec->role != OUTLINE_ROLE_REVIEW || sec->end <= sec->start)
			continue;
		now += ot_count_literal(s, sec->start, sec->end, "今年");
		last += ot_count_literal(s, sec->start, sec->end, "去年");
	}
	return now >= 3 && now > 2 * last;
}

static void
assign_years(const char *s, Outline *o, int i)
{
	OutlineSection *sec = &o->sections[i];
	const OutlineSection *parent = sec->parent >= 0 ? &o->sections[sec->parent] : NULL;
	YearSpan	y = {0, 0, false};
	int			ry = o->report_year;

	/*
	 * a lead's "heading" is its paragraph's first sentence: only a year
	 * that opens it (今年上半年，…; 1980年，…) frames the paragraph; one
	 * further in (信贷规模与去年持平) is that sentence's
	 */
	if (i > 0 && sec->kind == OUTLINE_KIND_LEAD)
		y = heading_years(s, sec->head_start,
						  sec->head_end < sec->head_start + LEAD_FRAME_BYTES ? sec->head_end :
						  sec->head_start + LEAD_FRAME_BYTES, ry);
	else if (i > 0)
		y = heading_years(s, sec->head_start, sec->head_end, ry);
	/*
	 * a subsection speaks of its part's years: targets under a plan part too
	 * (二、1981年国民经济计划的任务和主要指标 … 人民生活，…将增加近100亿元)
	 */
	if (y.from == 0 && parent != NULL && parent->depth > 0 &&
		(parent->role == sec->role || (looks_ahead(parent->role) && looks_ahead(sec->role))))
	{
		y.from = parent->year_from;
		y.to = parent->year_to;
		y.names_report_year = parent->names_report_year;
	}
	if (y.from == 0 && ry > 0)
	{
		if (sec->role == OUTLINE_ROLE_REVIEW)
			y.from = y.to = o->reviews_report_year ? ry : ry - 1;
		else if (sec->role == OUTLINE_ROLE_TARGETS || sec->role == OUTLINE_ROLE_PLAN)
			y.from = y.to = o->reviews_report_year ? ry + 1 : ry;	/* a late
																	 * report plans
																	 * the next */
	}
	sec->year_from = y.from;
	sec->year_to = y.to;
	sec->names_report_year = y.names_report_year;
}

void
outline_assign_roles(const char *s, size_t len, Outline *o)
{
	OutlineRole earlier = OUTLINE_ROLE_OTHER;
	signed char *own_roles;
	bool	   *has_subsection;

	if (o->nsections == 0)
		return;
	own_roles = palloc(o->nsections);
	memset(own_roles, -1, o->nsections);
	has_subsection = palloc0(o->nsections * sizeof(bool));

	/* roles first (the last resort for the year reads review parts) */
	for (int i = 0; i < o->nsections; i++)
		assign_role(s, o, i, &earlier, own_roles, has_subsection);
	if (o->report_year == 0)
		o->report_year = find_report_year(s, len, o);
	/* a subsection that turned to the future needed the year: once more */
	earlier = OUTLINE_ROLE_OTHER;
	memset(has_subsection, 0, o->nsections * sizeof(bool));
	for (int i = 0; i < o->nsections; i++)
	{
		CHECK_FOR_INTERRUPTS();
		assign_role(s, o, i, &earlier, own_roles, has_subsection);
	}
	o->reviews_report_year = review_of_report_year(s, o);
	for (int i = 0; i < o->nsections; i++)
		assign_years(s, o, i);
	pfree(own_roles);
	pfree(has_subsection);
}
