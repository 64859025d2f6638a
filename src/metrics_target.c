/*
 * metrics_target.c
 *		Target or outcome, and the year a figure describes.  The report's
 *		outline decides first (doc/outline.md: a review reports outcomes of
 *		the years it reviews, targets and plan set targets for the report
 *		year); years written for the figure and a few cue words refine it;
 *		where the outline leaves a part undecided, cue words and a light
 *		scan of headings decide.  Rules in doc/metrics.md.
 */
#include "postgres.h"

#include "metrics_scan.h"
#include "outline_text.h"
#include "outline_role.h"

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


/*
 * A line that names a part of the report sets the context for targets:
 * the review of the past year reports outcomes, the plan sets targets.
 * Also read: paragraphs opening with 这一年 / 五年来 (a review), and
 * numbered sub-headings, which in a plan start with a verb (（四）实施…行动)
 * and in a review end with a verdict (（五）民生保障坚强有力).
 */
void
scan_heading(Scan *s, size_t start)
{
	size_t		end = start;
	size_t		limit = bounded_end(s, start, 240);
	int			clen;
	size_t		at;
	bool		is_long;

	start = skip_spaces(s, start, s->len);
	if (starts_with_any(s, start, s->len, review_openings))
	{
		s->heading_mode = 0;
		return;
	}
	limit = bounded_end(s, start, 240);
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
				s->heading_mode = 1;
			else if (ends_with_any(s, p, end, review_endings))
				s->heading_mode = 0;
			return;
		}
	}

	if (last_of(s, start, end, review_heads, &at))
		s->heading_mode = 0;
	else if (last_of(s, start, end, plan_heads, &at))
		s->heading_mode = 1;
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
			s->heading_year = (s->doc[p] - '0') * 1000 + (s->doc[p + 1] - '0') * 100 +
				(s->doc[p + 2] - '0') * 10 + (s->doc[p + 3] - '0');
			break;
		}
	}
}


/*
 * 过去五年，…。…。…: a paragraph that opens with a span of years (past or
 * to come: “十四五”时期，…) speaks of the span in every sentence unless a
 * sentence writes a year of its own.
 */
static bool
paragraph_opens_with_span(const Scan *s, size_t start)
{
	static const char *const spans[] = {"过去五年", "五年来", "近五年", "这五年", "过去十年", "十年来",
		"过去三年", "三年来", "两年来", "多年来", "今后五年", "未来五年", "“十一五”时期", "“十二五”时期",
		"“十一五”期间", "“十二五”期间", "“十三五”时期", "“十四五”时期",
		"“十五五”时期", "“十三五”期间", "“十四五”期间", "“十五五”期间", "十四五时期", "十五五时期",
	NULL};

	start = skip_spaces(s, start, s->len);
	return starts_with_any(s, start, s->len, spans);
}

/*
 * A clause of the paragraph's first sentence that opens with a year frames
 * the paragraph (这里还要着重指出的是，在刚刚过去的１９８７年，…): 在, 刚刚
 * and 过去的 may stand before it; a year that opens a span (2003年以来,
 * 1950年到) frames nothing.  The year, or 0.
 */
static int
clause_frame_year(const Scan *s, size_t start, size_t end)
{
	static const char *const before[] = {"在", "刚刚", "过去的", NULL};
	static const char *const spans[] = {"以来", "来", "起", "到", "至", "以前", "前", "的", NULL};
	size_t		p = start;

	for (int clause = 0; clause < 6 && p < end; clause++)
	{
		size_t		q = p;
		size_t		next;
		int			year;

		q = skip_spaces(s, q, end);
		for (int i = 0; before[i]; i++)
			if (match_at(s, q, before[i]))
				q += strlen(before[i]);
		next = ot_read_year(s->doc, q, end, &year);
		while (p < end && !match_at(s, p, ",") && !match_at(s, p, "，"))
			p = next_char(s, p);
		/* 1998年发生特大洪水后，…: a start, no frame */
		if (next > 0 && year >= 1900 && match_at(s, next, "年"))
			return starts_with_any(s, next + 3, end, spans) || match_before(s, next, p, "后") ||
				match_before(s, next, p, "以来") || match_before(s, next, p, "开始") ? 0 : year;
		p = match_at(s, p, ",") ? p + 1 : p + 3;
	}
	return 0;
}

/* Does a part's heading (一、, 二、…) open the line at start? */
static bool
opens_part(const Scan *s, size_t start)
{
	size_t		p = start;
	int			clen;
	int			n = 0;

	while (p < s->len && n < 3 && zh_digit_value(char_at(s, p, &clen)) >= 0 && clen > 0)
	{
		p += clen;
		n++;
	}
	return n > 0 && match_at(s, p, "、");
}

/*
 * A paragraph whose first sentence looks back on last year (在经济领域，过去
 * 一年里取得的…) reports outcomes even inside a part the outline calls plan
 * (1987's 当前国内形势和基本任务).  Only these words, not 去年 (去年…，今年要…
 * opens plan paragraphs too).  The year a clause of it opens with (or the
 * year before the report's, when it looks back) dates the paragraph's
 * figures in a review of several years.
 */
void
scan_paragraph_lead(Scan *s, size_t start)
{
	static const char *const looking_back[] = {"过去一年", "过去的一年", "一年来", "这一年", NULL};
	size_t		end = start;
	size_t		limit = bounded_end(s, start, 240);

	while (end < limit && s->doc[end] != '\n' && !match_at(s, end, "。"))
		end++;
	s->para_review = false;
	s->pair_from = s->pair_to = 0;
	s->para_span = paragraph_opens_with_span(s, start);
	for (int i = 0; looking_back[i] && !s->para_review; i++)
		s->para_review = find_last(s, start, end, looking_back[i]) != NO_POS;
	s->para_year = -1;			/* read when a figure needs it: paragraph_year() */
	/*
	 * 一、2020年和“十三五”时期工作回顾 / 一年来，我们主要做了以下工作：/ (一)…:
	 * the paragraphs after one that looks back over the year, or opens by
	 * saying what the year before the report's was (2015年是…收官之年), are
	 * of that year, up to one that opens with a span (过去五年) or a part's
	 * heading
	 */
	if (s->para_span || opens_part(s, start))
		s->run_year = 0;
	else if (s->report_year > 0 &&
			 (s->para_review || (clause_frame_year(s, start, end) == s->report_year - 1 &&
								 ot_find(s->doc, start, bounded_end(s, start, 3 * 8), "年是") != NO_POS)))
		s->run_year = s->report_year - 1;	/* 一年来, 2015年是…收官之年 */
}

/* The year that frames the paragraph (scan_paragraph_lead), 0 when none. */
static int
paragraph_year(Scan *s)
{
	size_t		start = s->para_start;
	size_t		end = start;
	size_t		limit = bounded_end(s, start, 240);

	if (s->para_year >= 0)
		return s->para_year;
	while (end < limit && s->doc[end] != '\n' && !match_at(s, end, "。"))
		end++;
	s->para_year = clause_frame_year(s, start, end);
	if (s->para_year == 0 && s->para_review && s->report_year > 0)
		s->para_year = s->report_year - 1;
	return s->para_year;
}

/*
 * 在一九五八年，少数民族的经济和文化，也有了巨大的跃进: a paragraph that a
 * year before the report's frames reviews that year, also in a plan part.
 */
static bool
past_paragraph(Scan *s)
{
	int			y = paragraph_year(s);

	return y > 0 && s->report_year > 0 && y < s->report_year;
}

/* Target cues for the clause; 预期目标 / 主要目标 hold for the sentence. */
static const char *const target_words[] = {"目标", "力争", "确保", "计划", "争取", "争创", "规划", "预期",
"拟", "要", "将", "年预算", "安排", "必须", "应当", NULL};
static const char *const outcome_words[] = {"预计", "同比", "了", "已经", "已", "比上年", "去年", "上年",
"过去", NULL};
/* Outcome words strong enough to turn a figure of a plan part (去年超收) */
static const char *const past_words[] = {"去年", "上年", "已经", "已", "过去", "预计", "估算", "估计",
"原先", NULL};
/* A state stated as now (现已达到155个, 到现在为止): an outcome of the report year. */
static const char *const now_words[] = {"现已", "现在", "目前", "至今", "迄今", NULL};
/* A target word in the figure's clause before it (要, 计划, 力争 …)? */
static bool
clause_plans(const Scan *s, const Figure *fig)
{
	return last_of(s, s->clause_start, fig->qstart, target_words, NULL) != NULL;
}

/* An aim said to be reached (提前实现了…翻两番的目标), not one to reach (为实现…目标). */
static const char *const reached_words[] = {"实现了", "提前实现了", "已提前实现", "已经实现", "已实现", "完成了",
	"达到了", "超额完成", NULL};
/* An aim reached: 实现双精简20%目标 reports an outcome. */
static const char *const achieved_words[] = {"实现", "完成", "已", "超额", "达到", "达成", NULL};
/* A span of years: figures over it get no single year. */
static const char *const span_words[] = {"以来", "年来", "年均", "年平均", "平均每年", "每年平均",
	"两年", "三年", "四年", "五年", "几年", "多年", "五年中", "五年间", "十年", "十二年", "期间",
"十一五", "十二五", "十三五", "十四五", "九五", "八五", "七五", "六五", NULL};

/*
 * The effective role of each section: the outline's; a section it leaves
 * undecided takes its parent's; an undecided part after the review or the
 * plan has started is plan (reports go review, then plan: 1992's 抓紧有利时机
 * ，加快经济发展 follows its 1991年国内工作的回顾).
 */
static void
effective_roles(Scan *s)
{
	const Outline *o = s->outline;
	bool		main_seen = false;

	s->roles = palloc(o->nsections > 0 ? o->nsections : 1);
	for (int i = 0; i < o->nsections; i++)
	{
		const OutlineSection *sec = &o->sections[i];
		OutlineRole r = sec->role;

		if (r == OUTLINE_ROLE_OTHER)
		{
			if (sec->parent >= 0 && sec->parent < i &&
				o->sections[sec->parent].kind != OUTLINE_KIND_PREAMBLE)
				r = (OutlineRole) s->roles[sec->parent];
			else if (sec->kind == OUTLINE_KIND_PART && main_seen)
				r = OUTLINE_ROLE_PLAN;
		}
		if (sec->kind == OUTLINE_KIND_PART &&
			(r == OUTLINE_ROLE_REVIEW || r == OUTLINE_ROLE_TARGETS || r == OUTLINE_ROLE_PLAN))
			main_seen = true;
		if (r == OUTLINE_ROLE_REVIEW || r == OUTLINE_ROLE_TARGETS || r == OUTLINE_ROLE_PLAN)
			s->roles_found = true;
		s->roles[i] = (uint8_t) r;
	}
}

/*
 * A report given late in its year reviews that year (the outline tells
 * from its review parts: reviews_report_year).  With no review part found,
 * the whole report tells: it speaks of 今年 more than twice as often as of
 * 去年, and plans for 明年 (1981's, 1982's).  Its outcomes without a year
 * are then of the report's year.
 */
static bool
review_of_this_year(const Scan *s)
{
	if (s->roles_found)
		return s->outline->reviews_report_year;
	return ot_count_literal(s->doc, 0, s->len, "明年") >= 3 &&
		ot_count_literal(s->doc, 0, s->len, "今年") > 2 * ot_count_literal(s->doc, 0, s->len, "去年");
}

void
target_begin(Scan *s)
{
	s->heading_mode = -1;
	s->now_at = NO_POS;
	s->section = 0;
	s->report_year = s->outline ? s->outline->report_year : 0;
	s->roles_found = false;
	if (s->outline && s->outline->nsections > 0)
	{
		effective_roles(s);
		s->review_now = review_of_this_year(s);
	}
	scan_heading(s, 0);
	scan_paragraph_lead(s, 0);
}

void
target_new_sentence(Scan *s, bool same_paragraph)
{
	s->goal_before = same_paragraph && s->goal_at != NO_POS;
	s->goal_at = NO_POS;
	s->now_at = NO_POS;
	s->year_before = same_paragraph ? s->year : 0;
	s->prev_from = false;
	/* a change between written years lends them to the next sentence only */
	if (!s->pair_set || !same_paragraph)
		s->pair_from = s->pair_to = 0;
	s->pair_set = false;
	s->year = 0;
	s->attached_year = 0;
	s->frame_year = 0;
	s->span_at = NO_POS;
	s->span_start = s->span_end = 0;
	s->from_year = 0;
}

/* The section at pos (sections are in text order; the scan moves forward). */
static const OutlineSection *
section_at(Scan *s, size_t pos, OutlineRole *role)
{
	const Outline *o = s->outline;

	*role = OUTLINE_ROLE_OTHER;
	if (o == NULL || o->nsections == 0 || s->roles == NULL)
		return NULL;
	while (s->section + 1 < o->nsections && o->sections[s->section + 1].start <= pos)
		s->section++;
	*role = (OutlineRole) s->roles[s->section];
	return &o->sections[s->section];
}

/* １９８７年来华旅游: 来 is a verb of coming there, not "since". */
static bool
comes_to(const Scan *s, size_t p)
{
	static const char *const visits[] = {"来华", "来京", "来访", "来自", "来沪", "来电", NULL};

	return starts_with_any(s, p, s->len, visits);
}

/* Is the word before p (within the clause) one of 比 较 同? A baseline. */
static bool
after_comparison(const Scan *s, size_t p)
{
	return match_before(s, s->clause_start, p, "比") || match_before(s, s->clause_start, p, "较") ||
		match_before(s, s->clause_start, p, "同") || match_before(s, s->clause_start, p, "与") ||
		match_before(s, s->clause_start, p, "跟");
}

/* Is the word before p 从 / 由 / 自?  A source or a level before a change. */
static bool
after_source(const Scan *s, size_t p)
{
	return match_before(s, s->clause_start, p, "从") || match_before(s, s->clause_start, p, "由") ||
		match_before(s, s->clause_start, p, "自");
}

/* Does a number start at p (2003年的77%), not a noun (１９８２年的计划)? */
static bool
number_follows(const Scan *s, size_t p)
{
	int			clen;
	unsigned int cp = char_at(s, p, &clen);

	return clen > 0 && (zh_is_number_start(cp) || (cp >= '0' && cp <= '9') ||
						(cp >= 0xFF10 && cp <= 0xFF19) || match_at(s, p, "百分之"));
}

/* Does a number then word follow at p (2.9倍, 三倍多; 二十八年中)? */
static bool
number_then(const Scan *s, size_t p, const char *word)
{
	for (int n = 0; n < 12 && p < s->len; n++)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (clen == 0 || !(zh_is_number_start(cp) || zh_digit_value(cp) >= 0 ||
						   (cp >= '0' && cp <= '9') || cp == '.' || cp == 0xFF0E))
			return n > 0 && match_at(s, p, word);
		p += clen;
	}
	return false;
}

static size_t frame_end(const Scan *s, size_t p);

/*
 * 一九八○比一九七五年增加二百二十六亿元: a year with its 年 left out, as
 * the comparison that follows shows (a four-digit number, then 比 and a
 * year within 8 characters).
 */
static bool
year_before_comparison(const Scan *s, const Quantity *q, size_t p)
{
	size_t		end = bounded_end(s, p, 3 * 8);

	return q->unit == NULL && q->nchars == 4 && match_at(s, p, "比") &&
		ot_find(s->doc, p, end, "年") != NO_POS;
}

/*
 * A number read anywhere: when it is a year (1955年, 一九五四年, 1 9 9 7 年)
 * remember what it says for the figures after it in the sentence.
 */
void
target_note_year(Scan *s, Figure *fig)
{
	Quantity   *q = &fig->q;
	size_t		p = q->num_end;
	long		y;
	size_t		fe,
				lead;

	if (q->unit != NULL && !match_at(s, p, "年") && !match_at(s, p, " 年"))
		return;
	if (match_at(s, p, " "))
		p++;
	y = small_int(&q->n);
	if (y < 1900 || y > 2100 || q->fraction)
		return;
	if (match_at(s, p, "年"))
		p += 3;
	else if (!year_before_comparison(s, q, p))
		return;
	/* 按一九五七年不变价格计算: the year of the prices, not of the figure */
	if (match_before(s, s->clause_start, fig->pos, "按"))
		return;
	/*
	 * 在一九五九年粮食总产量的基础上: the year of the frame, not of the
	 * figures after it; those inside it (增产三千八百亿斤) are the frame's
	 */
	if ((fe = frame_end(s, fig->pos)) != NO_POS)
	{
		s->frame_year = (int) y;
		s->frame_end = fe;
		return;
	}
	if (after_comparison(s, fig->pos))
	{
		/* 比2005年: the baseline, not the year; 比1958年的548亿元: that level's */
		if (match_at(s, p, "的"))
		{
			s->attached_year = (int) y;
			s->attached_end = p + 3;
		}
		return;
	}
	if ((match_at(s, p, "以来") || match_at(s, p, "来") || match_at(s, p, "以后")) &&
		!comes_to(s, p))
	{
		s->span_at = fig->pos;
		return;
	}
	if (match_at(s, p, "的") &&
		(number_then(s, p + 3, "倍") || number_then(s, p + 3, "％") || number_then(s, p + 3, "%") ||
		 match_at(s, p + 3, "百分之")) &&
		(match_before(s, s->clause_start, fig->pos, "为") ||
		 match_before(s, s->clause_start, fig->pos, "是") ||
		 match_before(s, s->clause_start, fig->pos, "相当于")))
		return;					/* 为1997年的2.9倍, 为１９５５年的９８．８８％: the
								 * baseline of a multiple or a share */
	/* 从一九五三年到一九八○年的二十八年中: the span's length, not a level */
	if (match_at(s, p, "的") && number_follows(s, p + 3) && !number_then(s, p + 3, "年"))
	{
		/*
		 * 由2003年的77%, 从1997年的509亿元增加到2002年的1161亿元: the year
		 * of the next figure only (a level, not a span of years)
		 */
		s->attached_year = (int) y;
		s->attached_end = p + 3;
		return;
	}
	/*
	 * 对2000年底以前发布的756件行政法规: a year that bounds what a noun
	 * was before 的 dates the number right after that 的 only
	 */
	{
		size_t		before_end = p + (match_at(s, p, "底") ? strlen("底") : 0);
		size_t		de;

		if ((match_at(s, before_end, "以前") || match_at(s, before_end, "之前")) &&
			(de = ot_find(s->doc, before_end, bounded_end(s, before_end, 3 * 8), "的")) != NO_POS &&
			number_follows(s, de + 3))
		{
			s->attached_year = (int) y;
			s->attached_end = de + 3;
			return;
		}
	}
	/* 从一九五七年冬季开始: a season or a half-year may stand between */
	if (match_at(s, p, "上半年") || match_at(s, p, "下半年"))
		p += 9;
	else if (match_at(s, p, "冬季") || match_at(s, p, "春季") || match_at(s, p, "夏季") ||
			 match_at(s, p, "秋季"))
		p += 6;
	if ((match_before(s, s->sentence_start, fig->pos, "从") ||
		 match_before(s, s->sentence_start, fig->pos, "自")) &&
		(match_at(s, p, "开始") || match_at(s, p, "起")))
	{
		/* 从一九五六年开始，在十二年内: a span from that year on */
		s->span_at = fig->pos;
		return;
	}
	if (match_before(s, s->sentence_start, fig->pos, "从") ||
		match_before(s, s->sentence_start, fig->pos, "自"))
	{
		/* 从1950年到1953年: wait for the end of the span */
		s->attached_year = (int) y;
		s->attached_end = NO_POS;
		s->span_at = NO_POS;
	}
	/* 2003年到 2007年: a space may stand before the span's end */
	lead = fig->pos;
	while (lead > s->sentence_start && s->doc[lead - 1] == ' ')
		lead--;
	if ((match_before(s, s->sentence_start, lead, "到") ||
		 match_before(s, s->sentence_start, lead, "至")) &&
		(find_last(s, window_start(s->sentence_start, lead), lead, "从") != NO_POS ||
		 match_before(s, s->sentence_start, lead, "年到") ||
		 match_before(s, s->sentence_start, lead, "年至")))
	{
		s->span_at = fig->pos;
		s->span_start = s->attached_year ? s->attached_year : s->year;
		s->span_end = (int) y;
		return;
	}
	s->year = (int) y;
	s->year_at = fig->pos;
}

/*
 * 达到了…每亩生产粮食四百斤、五百斤、八百斤的要求: the figure, alone or in a
 * list of the same unit, is a level a plan required (…的要求, …的指标,
 * …的标准: 抗旱能力已经分别达到纲要规定的三十天，五十天和七十天的标准).
 */
static bool
required_level(const Scan *s, const Figure *fig)
{
	size_t		unit_len = fig->q.end > fig->q.num_end ? fig->q.end - fig->q.num_end : 0;
	size_t		p = fig->end;
	int			steps = 0;

	while (p < s->len && steps++ < 40)
	{
		int			clen;
		unsigned int cp;

		if (match_at(s, p, "的要求") || match_at(s, p, "的指标") || match_at(s, p, "的标准"))
			return true;
		if (unit_len > 0 && p + unit_len <= s->len &&
			memcmp(s->doc + p, s->doc + fig->q.num_end, unit_len) == 0)
		{
			p += unit_len;
			continue;
		}
		cp = char_at(s, p, &clen);
		if (clen == 0 || !(zh_is_number_start(cp) || char_in(cp, "、，,和十百千万亿点") ||
						   cp == '.' || cp == ' '))
			return false;
		p += clen;
	}
	return false;
}

/* 每人每年1500元, 每户每年: a rate's basis, not a span of years */
static bool
per_head_each_year(const Scan *s, size_t at)
{
	return match_before(s, 0, at, "人") || match_before(s, 0, at, "户");
}

/* 翻两番的目标, 8%的预定目标: the figure names an aim. */
static bool
names_aim(const Scan *s, const Figure *fig)
{
	static const char *const aims[] = {"的目标", "目标", "的预定目标", "的预期目标", "的计划目标",
	"的年度目标", "的奋斗目标", "的任务", NULL};
	static const char *const stops[] = {"，", "。", "；", NULL};
	size_t		stop;

	if (starts_with_any(s, fig->end, s->len, aims))
		return true;
	/* 降低4%左右、主要污染物排放总量减少2%的目标: a list's aim is every item's */
	if (!match_at(s, fig->end, "、"))
		return false;
	stop = ot_find_any(s->doc, fig->end, bounded_end(s, fig->end, 3 * 40), stops, NULL);
	return stop != NO_POS && match_before(s, fig->end, stop, "的目标");
}

/*
 * Does the clause say its aim was done (实现双精简20%目标)?  Not when it
 * says it was not (没有完成年初确定的…减少2%的目标: the figure is the aim).
 */
static bool
aim_said_done(const Scan *s, const Figure *fig)
{
	size_t		at;

	if (!last_of(s, s->clause_start, fig->qstart, achieved_words, &at))
		return false;
	return !(match_before(s, s->clause_start, at, "没有") || match_before(s, s->clause_start, at, "未") ||
			 match_before(s, s->clause_start, at, "没"));
}

/*
 * 比1980年预计增加, 比上年预计数, 原来预计的: the estimate (at [at, end))
 * is the baseline's, not the figure's.
 */
static bool
estimate_of_baseline(const Scan *s, size_t at, size_t end)
{
	unsigned int before = at > s->sentence_start ? char_at(s, prev_char(s, at), NULL) : 0;

	return before == 0x5E74 || before == 0x6BD4 || before == 0x7684 || before == 0x6765 ||	/* 年比的来 */
		match_at(s, end, "数") || match_at(s, end, "的");
}

/* How far back in its sentence an estimate still holds for a figure. */
#define ESTIMATE_BYTES (3 * 60)

/*
 * 预计今年一般公共预算支出规模28.5万亿元 in a report given early in its
 * year: a forecast of the year to come is its budget, a plan; 预计今年 in a
 * report given late in its year estimates what is nearly done.
 */
static bool
forecast_of_this_year(const Scan *s, size_t after)
{
	return s->roles_found && !s->outline->reviews_report_year &&
		(match_at(s, after, "今年") || match_at(s, after, "本年") || match_at(s, after, "全年"));
}

/*
 * 预计到１９５６年底，…将变化如下：国营占６３．８％: a sentence that opens
 * with an estimate gives outcomes throughout, also after 将 and a colon.
 * One said later holds for the clauses after it that say no plan word
 * (社会商品零售总额预计将达到４６０亿元，比上年增长１５％).
 */
static bool
estimated_in_sentence(const Scan *s, const Figure *fig)
{
	static const char *const words[] = {"预计", "估计", "估算", NULL};
	size_t		p = skip_spaces(s, s->sentence_start, fig->qstart);
	size_t		from = bounded_start(s, s->sentence_start, fig->qstart, ESTIMATE_BYTES);

	if (fig->qstart > p && starts_with_any(s, p, fig->qstart, words))
		return !forecast_of_this_year(s, p + strlen("预计"));
	if (clause_plans(s, fig))
		return false;
	for (size_t at = from; at < s->clause_start;)
	{
		int			which;

		at = ot_find_any(s->doc, at, s->clause_start, words, &which);
		if (at == NO_POS)
			return false;
		if (!estimate_of_baseline(s, at, at + strlen(words[which])))
			return true;
		at += strlen(words[which]);
	}
	return false;
}

/*
 * 在本年的４６种主要工业产品中，…有２８种达到…: a count inside 在…中 is the
 * set the clause counts in, a fact, not a plan.
 */
static bool
base_set(const Scan *s, const Figure *fig)
{
	static const char *const stops[] = {"，", ",", "。", NULL};
	size_t		end = bounded_end(s, fig->end, 3 * 12);
	size_t		stop = ot_find_any(s->doc, fig->end, end, stops, NULL);

	/* the clause after the figure ends in 中 (…主要工业产品中，) */
	return stop != NO_POS && stop >= fig->end + 3 && match_before(s, fig->end, stop, "中") &&
		!match_at(s, stop, "。") &&
		find_last(s, window_start(s->clause_start, fig->qstart), fig->qstart, "在") != NO_POS &&
		!clause_plans(s, fig);
}

/*
 * 第一季度已经开工的…增长６２％, 可比产品成本降低额在第一季度只完成全年计划
 * 的１１％: a part of the year already past, named in the figure's
 * sentence with no word of a plan after it, reports what happened in it.
 */
static bool
elapsed_part_of_year(const Scan *s, const Figure *fig)
{
	static const char *const parts[] = {"第一季度", "一季度", "上半年", "前三季度", "一、二两月份",
	"１——５月份", "1—5月份", "1-5月份", "一至五月", NULL};
	static const char *const ahead[] = {"要", "将", "力争", "争取", "确保", "拟", "必须", "应当",
	"明年", "下半年", "第四季度", NULL};

	return last_of(s, s->sentence_start, fig->qstart, parts, NULL) != NULL &&
		!last_of(s, s->sentence_start, fig->qstart, ahead, NULL);
}

/*
 * 代表团已于今年一月十八日…签订了…，并且议定了一百二十二项重大合作项目: a
 * sentence that opens on what was done (已于, 已经) reports it in its later
 * clauses too, where they say 了 and no plan word.
 */
static bool
done_in_sentence(const Scan *s, const Figure *fig)
{
	static const char *const done[] = {"已于", "已经", NULL};
	size_t		from = bounded_start(s, s->sentence_start, fig->qstart, ESTIMATE_BYTES);

	return s->clause_start > from &&
		ot_find_any(s->doc, from, s->clause_start, done, NULL) != NO_POS &&
		find_last(s, s->clause_start, fig->qstart, "了") != NO_POS &&
		!clause_plans(s, fig);
}

/*
 * 取消了700多亿元的“三提五统”: a verb with 了 right before the figure (a
 * word such as 原先, 约 or 共 may stand between) says it was done, also in
 * a plan part.  Not 为了, 除了 (in order to, except).
 */
static bool
done_right_before(const Scan *s, const Figure *fig)
{
	static const char *const between[] = {"原先", "原来", "约", "近", "共", "总计", "累计", NULL};
	static const char *const not_done[] = {"为了", "除了", NULL};
	size_t		p = fig->qstart - word_ending(s, s->clause_start, fig->qstart, between);

	return p >= s->clause_start + 6 && match_before(s, s->clause_start, p, "了") &&
		!ends_with_any(s, s->clause_start, p, not_done) && !clause_plans(s, fig);
}

/* Bytes after a figure where the consequence of its condition may follow. */
#define CONSEQUENCE_BYTES (3 * 20)

/*
 * Does a consequence (just, 就可以…) follow the figure in its sentence?  Then
 * the figure stands in the condition: 只要…降低１％，一年就可以….
 */
static bool
consequence_after(const Scan *s, const Figure *fig, const char *const *then)
{
	size_t		end = bounded_end(s, fig->end, CONSEQUENCE_BYTES);
	size_t		stop = ot_find(s->doc, fig->end, end, "。");

	return last_of(s, fig->end, stop != NO_POS ? stop : end, then, NULL) != NULL;
}

/*
 * 如果能够加速周转，…就可以节省出七十亿到一百亿元: a figure of a supposition
 * is neither planned nor reached, and of no year.  The supposition has its
 * consequence (就, 会, 可以, 可使) before the figure, or the figure stands in
 * its condition (如果…降低１％，就…); 如果把/按/同/扣除…，则 实际增长 only
 * says how a real figure is counted.  只要 (provided that) supposes too,
 * but its consequence is often the year's aim (只要…就一定能够实现增长７％的
 * 目标): only the condition and a 就可以 are supposed.  The window is the
 * last_of window (40 characters before the figure).
 */
static bool
supposed(const Scan *s, const Figure *fig)
{
	static const char *const words[] = {"如果", "假如", "倘若", "假设", "即使", "如若", "只要", NULL};
	static const char *const counting[] = {"把", "按", "同", "与", "跟", "扣除", "除去", "剔除",
	"加上", "以", "从", "将", "不计", NULL};
	static const char *const then[] = {"就", "会", "可以", "可使", "能", NULL};
	static const char *const then_can[] = {"就可以", "就可", "即可", NULL};
	size_t		at;
	const char *w = last_of(s, s->sentence_start, fig->qstart, words, &at);

	if (w == NULL || starts_with_any(s, at + strlen(w), fig->qstart, counting))
		return false;
	if (strcmp(w, "即使") == 0)
		return true;
	if (strcmp(w, "只要") == 0)
		return last_of(s, at, fig->qstart, then_can, NULL) != NULL ||
			(last_of(s, at, fig->qstart, then, NULL) == NULL && consequence_after(s, fig, then));
	return last_of(s, at, fig->qstart, then, NULL) != NULL || consequence_after(s, fig, then);
}

/*
 * 在上年大幅度增长的基础上, 在一九五八年增产三千八百亿斤的基础上: a year
 * after 在 inside a frame of the figure is the frame's; where the frame
 * ends, or NO_POS when p opens none.
 */
static size_t
frame_end(const Scan *s, size_t p)
{
	size_t		end = bounded_end(s, p, 3 * 24);
	size_t		a,
				b;

	if (!match_before(s, s->clause_start, p, "在"))
		return NO_POS;
	a = ot_find(s->doc, p, end, "基础上");
	b = ot_find(s->doc, p, end, "水平上");
	if (a == NO_POS || (b != NO_POS && b < a))
		a = b;
	return a == NO_POS ? NO_POS : a + 9;
}

/* 上年结转收入: a budget's item carried over, of the budget's year (after 上年 at p). */
static bool
carried_over(const Scan *s, size_t p)
{
	return match_at(s, p, "结转") || match_at(s, p, "结余") || match_at(s, p, "结存");
}

/* 今年, 去年, 上年, 明年 (the 年 at nian): years relative to the report's. */
void
target_note_relative_year(Scan *s, size_t nian)
{
	size_t		p = prev_char(s, nian);
	int			d;

	if (s->report_year == 0 || nian == 0)
		return;
	/* 到本世纪末 in a report of the 1900s: 2000 */
	if (match_at(s, nian, "纪末") && match_before(s, 0, nian, "本世") && s->report_year < 2000)
	{
		s->year = 2000;
		s->year_at = nian;
		return;
	}
	if (match_at(s, p, "今") || match_at(s, p, "本"))
		d = 0;
	else if (match_at(s, p, "去") || (match_at(s, p, "上") && !ot_shang_ends_word(s->doc, p)))
		d = -1;
	else if (match_at(s, p, "明"))
		d = 1;
	else
		return;
	if (after_comparison(s, p) || match_at(s, nian + 3, "度") || frame_end(s, p) != NO_POS)
		return;
	if (d == -1 && carried_over(s, nian + 3))
		return;
	/* 2003年…由上年46亿元: the year before the one written */
	if (match_at(s, p, "上") && s->year > 0)
		d = s->year - s->report_year - 1;
	else if (match_at(s, p, "上") && after_source(s, p))
	{
		/*
		 * a review of last year: …试点城市由上年的88个增加到317个: the year
		 * before the one reviewed (去年 is the speaker's)
		 */
		OutlineRole role;
		const OutlineSection *sec = section_at(s, p, &role);

		if (sec && role == OUTLINE_ROLE_REVIEW && sec->year_from == sec->year_to &&
			sec->year_to == s->report_year - 1)
			d = -2;
	}
	/*
	 * １９５５年本年收入: 本年 is the year written in its clause, or the one
	 * that opens its sentence (round 21: １９５５年国家决算…，共占本年支出的
	 * １０．８７％; not 如果…扣除１９５５年…，则本年收入…)
	 */
	if (match_at(s, p, "本") && s->year > 0 &&
		(s->year_at >= s->clause_start ||
		 s->year_at == skip_spaces(s, s->sentence_start, s->year_at)))
		d = s->year - s->report_year;
	/* 从今年一月到九月: months of that year, not a source */
	if (after_source(s, p) && !number_then(s, nian + 3, "月"))
	{
		/* 由今年预计的３％提高到４％, 从去年超收收入中: not the sentence's year */
		s->from_year = s->report_year + d;
		return;
	}
	s->year = s->report_year + d;
	s->year_at = p;
}

/* 去年超收 in a plan part: a past figure (not 比上年, a baseline). */
static bool
past_cue(Scan *s, Figure *fig)
{
	size_t		at;
	const char *w = last_of(s, s->clause_start, fig->qstart, past_words, &at);

	/* 比1980年预计增加: the estimate is the baseline's */
	if (w != NULL && fig->f.baseline.end > 0 && at >= fig->f.baseline.start &&
		at < fig->f.baseline.end)
		return false;
	return w != NULL && !after_comparison(s, at) && !after_source(s, at) &&
		!(strcmp(w, "上年") == 0 && carried_over(s, at + strlen(w))) &&
		!(strcmp(w, "预计") == 0 && forecast_of_this_year(s, at + strlen(w)));
}

/*
 * In a plan part, a sentence that goes on to say the figure was reached
 * (…上升到一百一十三万吨，从而超额完成了第一季度计划) reports an outcome of
 * this year.  Looks ahead a bounded window, to the end of the sentence.
 */
static bool
reported_later(Scan *s, Figure *fig)
{
	static const char *const words[] = {"超额完成", "完成了", "实现了", "已经", NULL};
	size_t		end = bounded_end(s, fig->end, 2 * WINDOW);

	if (clause_plans(s, fig))
		return false;
	for (size_t p = fig->end; p < end;)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (clen == 0 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B)
			break;				/* 。！？； */
		for (int i = 0; words[i]; i++)
			if (match_at(s, p, words[i]))
				return true;
		p += clen;
	}
	return false;
}

/* Are the four characters before p digits (1980年计划: a year, not 五年计划)? */
static bool
year_written_before(const Scan *s, size_t p)
{
	int			digits;

	digits_back(s, s->clause_start, p, false, &digits);
	return digits >= 4;
}

/*
 * 计划建成投产大中型项目118个, 全年工业总产值计划比上年增长6％: a plan
 * stated in the clause is a target even in a review.  Not after 完成 (a
 * plan met: 完成年计划27％), 的 or 五年 (a plan named: 五年计划期间; but
 * 全年计划, 今年计划, 1980年计划 plan), nor 计划生育, 计划经济.
 */
static bool
planned_in_clause(Scan *s, Figure *fig)
{
	size_t		at = find_last(s, window_start(s->clause_start, fig->qstart), fig->qstart, "计划");

	if (at == NO_POS || match_before(s, s->clause_start, at, "的") || match_at(s, at + 6, "生育") ||
		(match_before(s, s->clause_start, at, "年") && !match_before(s, s->clause_start, at, "全年") &&
		 !match_before(s, s->clause_start, at, "今年") && !match_before(s, s->clause_start, at, "明年") &&
		 !year_written_before(s, at - strlen("年"))) ||
		match_at(s, at + 6, "经济") || match_at(s, at + 6, "单列") || match_at(s, at + 6, "内") ||
		match_at(s, at + 6, "外"))
		return false;
	return find_last(s, s->clause_start, at, "完成") == NO_POS;
}

/* 超过原定的近2万亿元规模: the figure right after 原定 is the plan's. */
static bool
planned_value(const Scan *s, const Figure *fig)
{
	static const char *const words[] = {"原定的", "原定", "原计划的", "原计划", NULL};

	return ends_with_any(s, s->clause_start, fig->qstart, words);
}

/*
 * 今年中央财政预算用于…的资金将达305亿元: in a review, a figure of the
 * report's own year with a word of the future before it is this year's plan.
 */
static bool
this_year_to_come(Scan *s, Figure *fig, int wy)
{
	static const char *const future[] = {"将", "拟", "要", "力争", NULL};

	/* a report given late in the year: 将 is the year's estimate (而且将比上年增长3%) */
	return wy > 0 && wy == s->report_year && !s->review_now &&
		last_of(s, s->clause_start, fig->qstart, future, NULL) != NULL &&
		!last_of(s, s->clause_start, fig->qstart, achieved_words, NULL);
}

/*
 * 产品销售收入比年度计划增加了２％: a change over the plan itself (比计划, 比原
 * 计划, 比年度预算 …; no year in it: not 比一九五八年计划, 比上年预算) says how
 * far the outcome went past or fell short of it.
 */
static bool
compared_with_plan(const Scan *s, const Figure *fig)
{
	static const char *const plans[] = {"计划", "计划数", "计划成本", "预算", "预算数", NULL};
	static const char *const years[] = {"上年", "去年", "前年", "今年", "本年", "明年", NULL};
	ZhSpan		b = fig->f.baseline;

	if (b.end <= b.start || b.end - b.start > 3 * 8 || !ends_with_any(s, b.start, b.end, plans) ||
		ot_find_any(s->doc, b.start, b.end, years, NULL) != NO_POS)
		return false;			/* 比上年预算减少198亿元: last year's budget, a baseline */
	for (size_t p = b.start; p < b.end;)
	{
		int			clen;

		if (any_digit(char_at(s, p, &clen)) || clen == 0)
			return false;
		p += clen;
	}
	return true;
}

/*
 * 完成年计划２７％: the share of a plan met is an outcome, unless a target
 * word stands before 完成 or after 计划 (要完成计划的…, 完成计划的将达).
 */
static bool
plan_met(Scan *s, Figure *fig)
{
	size_t		from = window_start(s->clause_start, fig->qstart);
	size_t		done = find_last(s, from, fig->qstart, "完成");
	size_t		plan = done != NO_POS ? find_last(s, done, fig->qstart, "计划") : NO_POS;

	/* a target word before 完成 or after 计划 (完成…计划的将达): an aim */
	return plan != NO_POS && !last_of(s, from, done, target_words, NULL) &&
		!last_of(s, plan + 6, fig->qstart, target_words, NULL);
}

/*
 * Cue words from "from" to the figure: 1 target, 0 outcome, -1 none.  With
 * goal, 预期目标 / 主要目标 earlier in the sentence or in the one before
 * count as a target word.
 */
static int
cue_from(Scan *s, size_t from, Figure *fig, bool goal)
{
	size_t		at_t = 0,
				at_o = 0;
	const char *t = last_of(s, from, fig->qstart, target_words, &at_t);
	const char *o = last_of(s, from, fig->qstart, outcome_words, &at_o);

	if (goal && !t && ((s->goal_at != NO_POS && s->goal_at < fig->qstart) || s->goal_before))
	{
		t = "目标";
		at_t = s->goal_at != NO_POS ? s->goal_at : 0;
	}
	if (t && (!o || at_t >= at_o))
		return 1;
	if (o)
		return 0;
	return -1;
}

/* 五年来, 以来, 过去五年: a span that looks back. */
static bool
past_span(const Scan *s, const Figure *fig)
{
	static const char *const words[] = {"以来", "年来", "过去", NULL};

	return last_of(s, s->sentence_start, fig->qstart, words, NULL) != NULL;
}

/*
 * 以第一个五年计划期间的总投资额计算 (in 1958): the last five-year plan the
 * sentence names before the figure ended before the report's year.
 */
static bool
past_plan(const Scan *s, const Figure *fig)
{
	int			ended = 0;

	for (size_t p = s->sentence_start; p < fig->qstart;)
	{
		size_t		at = ot_find(s->doc, p, fig->qstart, "五");
		size_t		after;
		int			first;

		if (at == NO_POS)
			break;
		/*
		 * the name starts at 第 (第一个五年) or at the numerals before 五:
		 * the longest reading (十一五, not 一五); after 比 it is a baseline
		 */
		for (size_t back = 4 * 3; back >= 3; back -= 3)
			if (back <= at - s->sentence_start &&
				(first = outline_plan_named_at(s->doc, at - back, fig->qstart, &after)) > 0 &&
				after > at)
			{
				size_t		name = at - back;

				if (match_before(s, s->sentence_start, name, "“"))
					name -= strlen("“");
				if (!match_before(s, s->sentence_start, name, "比") &&
					!match_before(s, s->sentence_start, name, "较"))
					ended = first + 4;
				break;
			}
		p = at + 3;
	}
	return ended > 0 && s->report_year > 0 && ended < s->report_year;
}

static bool ends_a_verb(const Scan *s, size_t pos);

/*
 * 现已, 目前 before the figure in its sentence, with no target word between
 * (目前要…): where the cue stands, or NO_POS.
 */
static size_t
now_cue(Scan *s, Figure *fig)
{
	size_t		at;

	/* beyond the window: 现在 earlier in the sentence (…，现在已经合并…，平均…) */
	if (!last_of(s, s->sentence_start, fig->qstart, now_words, &at) || ends_a_verb(s, at))
	{
		if (s->now_at == NO_POS || s->now_at >= fig->qstart)
			return NO_POS;
		at = s->now_at;
	}
	if (last_of(s, at, fig->qstart, target_words, NULL))
		return NO_POS;
	return at;
}

/* 由四百六十六个减少到现在的: the change after the figure runs to now. */
static bool
changed_to_now(const Scan *s, const Figure *fig)
{
	size_t		end = bounded_end(s, fig->end, 3 * 8);

	return ot_find(s->doc, fig->end, end, "到现在") != NO_POS;
}

/* 实现在, 表现在, 体现在: the 现 of a verb, not 现在 (now). */
static bool
ends_a_verb(const Scan *s, size_t pos)
{
	static const char *const verbs[] = {"实", "表", "体", "出", "发", "呈", "显", "展", "再", NULL};

	return pos > s->sentence_start && match_at(s, pos, "现") &&
		starts_with_any(s, prev_char(s, pos), pos, verbs);
}

/* 现在 / 目前 at pos: the sentence speaks of now from here. */
void
target_note_now(Scan *s, size_t pos)
{
	if (!ends_a_verb(s, pos))
		s->now_at = pos;
}

/*
 * 五年来，…；…: the sentence's first clause looks back, for every part of
 * it (not 1997年，…五年来年均实际增长6％；农村居民人均纯收入达到2090元).
 */
static bool
opens_looking_back(const Scan *s, const Figure *fig)
{
	static const char *const words[] = {"以来", "年来", "过去", NULL};
	static const char *const ends[] = {"，", "；", ",", ";", NULL};
	size_t		limit = s->sentence_start + WINDOW < fig->qstart ? s->sentence_start + WINDOW : fig->qstart;
	size_t		end = ot_find_any(s->doc, s->sentence_start, limit, ends, NULL);

	return last_of(s, s->sentence_start, end != NO_POS ? end : limit, words, NULL) != NULL;
}

/*
 * Where the figure's part of the sentence starts: after its last ；, unless
 * the sentence looks back (五年来，…；…；…: the frame holds for every part).
 */
static size_t
semicolon_part(const Scan *s, const Figure *fig)
{
	size_t		from = window_start(s->sentence_start, fig->qstart);
	size_t		wide = find_last(s, from, fig->qstart, "；");
	size_t		narrow = find_last(s, from, fig->qstart, ";");	/* the normal form's */

	if ((wide == NO_POS && narrow == NO_POS) || opens_looking_back(s, fig))
		return s->sentence_start;
	if (narrow != NO_POS && (wide == NO_POS || narrow > wide))
		return narrow + 1;
	return wide + 3;
}

/* Is a year written for this figure alone (由2005年的20元, 由今年预计的３％)? */
static bool
attached_to(const Scan *s, const Figure *fig)
{
	return (s->attached_year && s->attached_end == fig->qstart) ||
		(s->from_year && fig->from_level);
}

/*
 * 1998年，国务院组成部门由40个减少到29个: the year written before the 由 of a
 * start level is the year of the change, the start is the year before's.
 */
static bool
year_of_the_change(const Scan *s, const Figure *fig)
{
	size_t		from = bounded_start(s, s->clause_start, fig->qstart, 3 * 4);
	size_t		you = find_last(s, from, fig->qstart, "由");

	if (you == NO_POS)
		you = find_last(s, from, fig->qstart, "从");
	/* not when a pair of written years or a comparison (同1978年相比) frames it */
	return you != NO_POS && s->year_at < you && s->year_at >= s->sentence_start &&
		s->pair_from == 0 && s->pair_to == 0 &&
		find_last(s, s->sentence_start, fig->qstart, "相比") == NO_POS &&
		find_last(s, s->sentence_start, fig->qstart, "倍") == NO_POS;
}

/*
 * 近年来首次出现双下降, 十年来最高: a record within a span says when the
 * figure stands out, it is still of its own year.
 */
static bool
record_in_span(const Scan *s, size_t at, const char *w)
{
	static const char *const records[] = {"首次", "第一次", "最高", "最低", "最大", "最多", "最快",
	"最好", NULL};

	return starts_with_any(s, at + strlen(w), s->len, records);
}

/*
 * 一年来 (not 十一年来): the past year, one year and no span; the part or
 * the sentence before gives its year.  今年以来 is this year so far.
 */
static bool
one_year_back(const Scan *s, size_t at, const char *w)
{
	size_t		one;
	unsigned int before;

	/* 今年以来, 年初以来: this year so far, no span either */
	if (strcmp(w, "以来") == 0)
		return match_before(s, 0, at, "今年") || match_before(s, 0, at, "年初");
	if (strcmp(w, "年来") != 0 || at < 3 || !match_before(s, 0, at, "一"))
		return false;
	one = at - 3;
	if (one == 0)
		return true;
	before = char_at(s, prev_char(s, one), NULL);
	return zh_digit_value(before) < 0 && !zh_is_number_start(before);
}

/*
 * 油料在连续三年大增产的基础上，又增长１７％左右: a span inside a frame that
 * closes before the figure is the frame's, not the figure's.
 */
static bool
framed_before(const Scan *s, size_t at, const Figure *fig)
{
	return find_last(s, window_start(s->sentence_start, at), at, "在") != NO_POS &&
		ot_find(s->doc, at, fig->qstart, "基础上") != NO_POS;
}

/*
 * 酝酿多年的改革, 几年的积累: a vague length before 的 says how long a thing
 * took, not the span the figure covers.
 */
static bool
vague_span_modifier(const Scan *s, size_t at, const char *w)
{
	return (strcmp(w, "多年") == 0 || strcmp(w, "几年") == 0) && match_at(s, at + strlen(w), "的");
}

/*
 * 粮食连续五年增产，总产量10570亿斤: a streak in a clause before the
 * figure's says how long something grew, not the span the figure covers.
 */
static bool
streak_before(const Scan *s, size_t at, const char *w)
{
	/* not 连续三年累计投入90亿元，…，7651所学校受益: what the span built */
	static const char *const runs[] = {"增产", "增长", "丰收", "下降", "减少", "提高", NULL};

	return at < s->clause_start && match_before(s, s->sentence_start, at, "连续") &&
		starts_with_any(s, at + strlen(w), s->clause_start, runs);
}

/* Does the sentence open on the year just past (在过去的一年里, 一年来)? */
static bool
opens_on_last_year(const Scan *s)
{
	static const char *const words[] = {"过去的一年", "过去一年", "一年来", NULL};
	size_t		at;
	size_t		end = bounded_end(s, s->sentence_start, 3 * 8);

	if (!last_of(s, s->sentence_start, end, words, &at))
		return false;
	/* 十一年来 is a span */
	return !(match_at(s, at, "一年来") && at > s->sentence_start &&
			 zh_digit_value(char_at(s, prev_char(s, at), NULL)) >= 0);
}

/* The year the figure's own words give: -1 a span, 0 none. */
static int
written_year(Scan *s, Figure *fig)
{
	size_t		at;
	const char *w;

	if (s->attached_year && s->attached_end == fig->qstart)
		return s->attached_year;
	if (s->frame_year && fig->pos < s->frame_end)
		return s->frame_year;	/* 在一九五八年增产三千八百亿斤的基础上 */
	if (s->from_year && fig->from_level)
		return s->from_year;
	if (s->span_at != NO_POS && s->span_at < fig->pos && (s->year == 0 || s->year_at < s->span_at))
		return -1;
	/* 过去五年，…。全年中央财政用于“三农”的支出1.23万亿元: the last year's */
	if (s->para_span && s->year == 0 && s->report_year > 0 &&
		match_at(s, skip_spaces(s, s->sentence_start, fig->qstart), "全年"))
		return s->review_now ? s->report_year : s->report_year - 1;
	if (s->para_span && s->year == 0)
		return -1;
	/* 五年累计引进…，…，区域性总部88家: a span opening the sentence frames it all */
	if (s->year == 0 && fig->qstart > s->sentence_start + WINDOW &&
		last_of(s, s->sentence_start, s->sentence_start + 3 * 8, span_words, NULL) != NULL)
		return -1;
	/*
	 * 五年来, 年均: a span in the figure's part of the sentence (a ；
	 * closes it: 石油…保持近两年的水平；发电量…) or opening the sentence; not
	 * 一九八五年 (a year) nor 比五年前 (a baseline)
	 */
	if (((w = last_of(s, semicolon_part(s, fig), fig->qstart, span_words, &at)) != NULL ||
		 (w = last_of(s, s->sentence_start,
					  s->sentence_start + 3 * 8 < fig->qstart ? s->sentence_start + 3 * 8 : fig->qstart,
					  span_words, &at)) != NULL) &&
		(s->year == 0 || at > s->year_at) && !average_names_measure(s, at, w) &&
		!one_year_back(s, at, w) && !framed_before(s, at, fig) && !record_in_span(s, at, w) &&
		!vague_span_modifier(s, at, w) && !(strcmp(w, "年来") == 0 && comes_to(s, at + 3)) &&
		!streak_before(s, at, w) &&
		!(zh_digit_value(char_at(s, at, NULL)) >= 0 && !match_at(s, at, "两") && at > 0 &&
		  (zh_digit_value(char_at(s, prev_char(s, at), NULL)) >= 0 ||
		   (s->doc[at - 1] >= '0' && s->doc[at - 1] <= '9') || s->doc[at - 1] == ' ')) &&
		!after_comparison(s, at))
		return -1;
	/* 保证每年增加运力4000万吨: a yearly amount of the years to come, not one year's */
	if ((at = find_last(s, window_start(semicolon_part(s, fig), fig->qstart), fig->qstart,
						"每年")) != NO_POS &&
		(s->year == 0 || at > s->year_at) && !per_head_each_year(s, at))
		return -1;
	/* 到1985年，…总额将达到855亿元。其中，出口总额…: parts of that year's whole */
	if (s->year == 0 && s->year_before > 0 && match_at(s, s->sentence_start, "其中"))
		return s->year_before;
	/* 在过去的一年里，…减少员额一百万的任务接近完成: the year looked back on */
	if (s->year == 0 && s->report_year > 0 && opens_on_last_year(s))
		return s->review_now ? s->report_year : s->report_year - 1;
	return s->year;
}

/*
 * 由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到
 * 2.52万公里: a change from one written year to another lends its years to
 * the changes after it that write none, in its sentence and the next.
 */
static int
pair_year(Scan *s, const Figure *fig, int wy, int year)
{
	bool		to_level = s->prev_from && s->prev_end <= fig->qstart &&
		fig->qstart - s->prev_end <= 3 * 12 &&
		(find_last(s, s->prev_end, fig->qstart, "到") != NO_POS ||
		 find_last(s, s->prev_end, fig->qstart, "至") != NO_POS);

	s->prev_from = fig->from_level;
	/*
	 * 从一九八○年至一九八五年，…原煤产量由六亿二千万吨增加到八亿五千万吨:
	 * a span of written years opening the sentence dates the two ends of
	 * each change in it
	 */
	if (wy < 0 && s->span_start > 0 && s->span_end > s->span_start &&
		(fig->from_level || to_level))
		return fig->from_level ? s->span_start : s->span_end;
	if (fig->from_level)
	{
		/*
		 * 由2002年7703元增加到2007年13786元，…由2476元增加到4140元: the last
		 * end's year, still the sentence's, is no year of the next start
		 */
		if (wy > 0 && wy == s->pair_to && s->pair_from && s->pair_from < wy)
			return s->pair_from;
		if (wy > 0)
		{
			s->pair_from = wy;
			s->pair_set = true;
		}
		return wy == 0 && s->pair_from ? s->pair_from : year;
	}
	if (!to_level)
		return year;
	/*
	 * 从2002年1288亿元增加到2007年的3664亿元，…比重从1.07%提高到1.49%: the
	 * start's year, still the sentence's, is no year of the next end
	 */
	if (wy > 0 && wy == s->pair_from && s->pair_to > wy)
		return s->pair_to;
	if (wy > 0)
	{
		s->pair_to = wy;
		s->pair_set = true;
	}
	return wy == 0 && s->pair_to ? s->pair_to : year;
}

/*
 * 城镇新建居民住宅９．２亿平方米 in a review of five years: what was built
 * or added (a flow) is the span's total, not a level of the year the
 * sentence before named.
 */
static bool
built_over_span(Scan *s, const Figure *fig)
{
	static const char *const flows[] = {"新建", "新增", "建成", "兴建", "修建", "新开工", "累计", "共计",
	"培养", "安置", NULL};

	return last_of(s, s->clause_start, fig->qstart, flows, NULL) != NULL;
}

/*
 * 翻两番 with no year written is the quadrupling the nation set itself: of
 * 1980's output by 2000 (the twelfth party congress, 1982), then of 2000's
 * by 2020 (the sixteenth, November 2002).  0 outside those reports.
 */
static int
quadrupling_goal(const Scan *s, const Figure *fig)
{
	if (!match_at(s, fig->q.start, "翻两番"))
		return 0;
	if (s->report_year >= 1981 && s->report_year <= 2002)
		return 2000;
	if (s->report_year >= 2003 && s->report_year <= 2020)
		return 2020;
	return 0;
}

/* 今后五年, 未来五年: the period at is the span ahead, whose end a level reaches */
static bool
plan_span_ahead(const Scan *s, size_t at)
{
	return match_at(s, at, "今后五年") || match_before(s, 0, at, "今后") || match_before(s, 0, at, "未来");
}

/*
 * 十四五时期…常住人口城镇化率提高到65%: in a part of years to come, a level
 * to be reached (到, 达到, 提高到 right before it; not a change nor an
 * average; the period may be the plan or 今后五年) is the plan's aim for
 * its last year.
 */
static bool
plan_end_level(Scan *s, const Figure *fig, OutlineRole role, const OutlineSection *sec)
{
	/* “十四五”时期，森林覆盖率提高到24.1%: the plan's own name is no length */
	static const char *const plans[] = {"十一五", "十二五", "十三五", "十四五", "十五五", NULL};

	if (sec == NULL || s->report_year == 0 || sec->year_to <= s->report_year ||
		(role != OUTLINE_ROLE_TARGETS && role != OUTLINE_ROLE_PLAN) ||
		fig->f.change != NULL || fig->from_level ||
		(fig->f.period.end > 0 && !starts_with_any(s, fig->f.period.start, fig->f.period.end, plans) &&
		 !plan_span_ahead(s, fig->f.period.start)))
		return false;
	return match_before(s, s->clause_start, fig->qstart, "到") ||
		match_before(s, s->clause_start, fig->qstart, "达") ||
		match_before(s, s->clause_start, fig->qstart, "为");
}

/*
 * 经济效益往往是全部研究经费的几十倍: what usually holds is a general fact,
 * of no year and no plan.
 */
static bool
habitual(const Scan *s, const Figure *fig)
{
	static const char *const words[] = {"往往", "通常", NULL};

	return last_of(s, s->clause_start, fig->qstart, words, NULL) != NULL;
}

/*
 * 有4.1亿农民参加, 惠及1.77亿农民: who took part in something, or whom a
 * programme reached, are a count of that time.
 */
static bool
joins_in(const Scan *s, const Figure *fig)
{
	static const char *const verbs[] = {"参加", "参与", "参保", "参合", "受益", "享受", NULL};
	/* 惠及1.77亿农民: what a programme reached, too */
	static const char *const reached[] = {"惠及", "覆盖", "帮助", "培训", "转移", NULL};
	size_t		end = bounded_end(s, fig->end, 3 * 6);

	for (int i = 0; reached[i]; i++)
		if (match_before(s, s->clause_start, fig->qstart, reached[i]))
			return true;
	return ot_find_any(s->doc, fig->end, end, verbs, NULL) != NO_POS;
}

/*
 * A timeless fact of the nation: its people (六亿多人民, 近八亿人口的国家,
 * 13亿人口的发展中国家), its hundreds of millions of peasants or workers
 * (动员三亿多农村劳动力, 八亿农民), its 56个民族.  An outcome of no year,
 * also in a plan part.
 */
static bool
nation_fact(const Scan *s, const Figure *fig)
{
	static const char *const daily_words[] = {"每天", "每日", "今年", "去年", NULL};
	static const char *const masses[] = {"农民", "农村劳动力", "劳动力", "农村人口", "人口", "妇女",
	"青年", "群众", NULL};
	const ZhNumber *n = &fig->q.n;
	size_t		after = fig->q.end;

	if (fig->q.noun_unit &&
		(match_at(s, fig->end, "人民") || match_at(s, after, "人民") ||
		 match_at(s, after, "人口大国") ||
		 (match_at(s, after, "人口的") &&
		  find_last(s, after, bounded_end(s, after, 3 * 8), "国") != NO_POS)))
		return true;
	/*
	 * hundreds of millions (10^8 and more) of a mass of people, no change
	 * and no time said (目前全国每天有近一亿劳动力参加…: a state of now)
	 */
	if (fig->q.noun_unit && fig->f.change == NULL && n->ndigits > 0 && n->ndigits + n->exp10 >= 9 &&
		!joins_in(s, fig) &&
		(starts_with_any(s, after, s->len, masses) ||
		 starts_with_any(s, fig->end, s->len, masses)) &&	/* 十亿以上人口 */
		!last_of(s, s->clause_start, fig->qstart, now_words, NULL) &&
		!last_of(s, s->clause_start, fig->qstart, daily_words, NULL))
		return true;
	return match_at(s, fig->end, "民族") && fig->q.unit && strcmp(fig->q.unit->category, "count") == 0;
}

/* 我国人口８０％以上在农村: a share of the nation's people is its state now. */
static bool
people_share(const Scan *s, const Figure *fig)
{
	static const char *const people[] = {"我国人口", "全国人口", "中国人口", NULL};

	if (fig->q.unit == NULL || strcmp(fig->q.unit->category, "ratio") != 0)
		return false;
	/* not 占全国人口65%的地区: the share of something else */
	for (int i = 0; people[i]; i++)
		if (match_before(s, s->clause_start, fig->qstart, people[i]))
			return !match_before(s, s->clause_start, fig->qstart - strlen(people[i]), "占");
	return false;
}

/*
 * 今年高校毕业生1076万人, 今年需要就业的劳动力达2500万人: the size of a
 * cohort the year brings, said in a plan part, is a forecast of a fact and
 * no aim: a count of people named by the cohort, with no change, and at
 * most a copula (达, 为, 有, 约) between name and number.
 */
static bool
cohort_size(const Scan *s, const Figure *fig)
{
	static const char *const cohorts[] = {"毕业生", "劳动力", NULL};
	static const char *const links[] = {"将达到", "将达", "达到", "达", "为", "有", "约", "预计", NULL};
	const ZhSpan *name = &fig->f.indicator;
	size_t		p;

	if (fig->f.change != NULL || fig->q.unit == NULL || strcmp(fig->q.unit->category, "people") != 0 ||
		name->end <= name->start || name->end > fig->qstart ||
		word_ending(s, name->start, name->end, cohorts) == 0)
		return false;
	p = name->end + word_starting(s, name->end, links);
	return p >= fig->qstart;
}

/* Is a plan named in the figure's clause (六五计划, “十一五”)? */
static bool
plan_named_in_clause(const Scan *s, const Figure *fig)
{
	static const char *const plans[] = {"计划", "规划", "六五", "七五", "八五", "九五", "十五",
	"十一五", "十二五", "十三五", "十四五", "十五五", NULL};

	return last_of(s, s->clause_start, fig->qstart, plans, NULL) != NULL;
}

/* Step "target and year". */
void
read_target_and_year(Scan *s, Figure *fig)
{
	ZhFigure   *f = &fig->f;
	OutlineRole role;
	const OutlineSection *sec = section_at(s, fig->pos, &role);
	int			wy = written_year(s, fig);
	int			ry = s->report_year;
	size_t		now_at = now_cue(s, fig);
	/* a year written after the cue is the figure's (现在…今年的亏损额) */
	bool		now = (now_at != NO_POS && !(wy > 0 && s->year_at > now_at)) || people_share(s, fig) ||
		match_before(s, s->clause_start, fig->qstart, "现行");	/* 将现行16%的税率降至13% */
	/* a fact of the nation, or what usually holds: no plan and no year */
	bool		timeless = nation_fact(s, fig) || habitual(s, fig);
	bool		supposition = supposed(s, fig);
	bool		aim = names_aim(s, fig);
	int			target = -1;
	int			year = 0;

	/* target or outcome */
	if (fig->from_level || fig->baseline_level || timeless || supposition ||
		compared_with_plan(s, fig))
		target = 0;
	else if (aim && last_of(s, s->clause_start, fig->qstart, reached_words, NULL))
		target = 0;				/* 提前实现了…翻两番的目标: an aim reached */
	else if (aim && !aim_said_done(s, fig) && !reported_later(s, fig))
		target = 1;				/* 翻两番的目标: the figure is the aim (not 实现…目标,
								 * nor …翻两番的任务，已经超额完成) */
	else if (required_level(s, fig))
		target = 1;
	else if (wy > 0 && ry > 0 && wy != ry)
		target = wy > ry;
	else if (now)
		target = 0;				/* 现已达到155个: a state now */
	else if (wy < 0 && s->span_end > 0 && ry > 0 && s->span_end < ry &&
			 !(s->clause_start > s->span_at && clause_plans(s, fig)))
		target = 0;				/* 从2003年到2006年年均超收: past years (not
								 * …，六五计划期间要求每年递增百分之四到五) */
	else if (wy < 0 && (past_span(s, fig) || past_plan(s, fig)))
		target = 0;				/* 五年来, 2013年以来, 第一个五年计划期间
								 * (in 1958): looking back */
	else if (wy < 0 && ry > 0 && s->year > 0 && s->year < ry && s->year_at < fig->qstart &&
			 !clause_plans(s, fig) && !plan_named_in_clause(s, fig))
		target = 0;				/* 一九五三年和一九五四年，…每年增长百分之十七: years
								 * written before it, all past */
	else if (role == OUTLINE_ROLE_REVIEW)
		target = (planned_in_clause(s, fig) || this_year_to_come(s, fig, wy) ||
				  planned_value(s, fig)) ? 1 : 0;
	else if (role == OUTLINE_ROLE_TARGETS || role == OUTLINE_ROLE_PLAN)
		target = (past_cue(s, fig) || s->para_review || past_paragraph(s) ||
				  reported_later(s, fig) || plan_met(s, fig) || estimated_in_sentence(s, fig) ||
				  base_set(s, fig) || done_in_sentence(s, fig) || elapsed_part_of_year(s, fig) ||
				  done_right_before(s, fig) || cohort_size(s, fig)) ? 0 : 1;
	else
	{
		target = cue_from(s, s->clause_start, fig, true);
		if (target < 0)
			target = s->heading_mode;
		if (target < 0)
			target = cue_from(s, s->sentence_start, fig, false);	/* 今年６月已经通航，… */
		if (target < 0)
			target = 0;
	}
	f->is_target = target;

	/* year */
	if (supposition && wy > 0)
		year = wy;				/* 如果…，１９８１年还会有…的赤字: the year said */
	else if (timeless || supposition)
		year = 0;
	else if (wy <= 0 && quadrupling_goal(s, fig) > 0)
		year = quadrupling_goal(s, fig);
	else if (now && ry > 0 && !fig->from_level && !fig->baseline_level)
		year = ry;
	else if (wy > 0 && wy == ry && fig->from_level && !attached_to(s, fig) &&
			 (role == OUTLINE_ROLE_TARGETS || role == OUTLINE_ROLE_PLAN))
		year = ry - 1;			/* 今年…补助标准由20元提高到40元: 20元 is now's level */
	else if (target == 1 && wy <= ry && required_level(s, fig))
		year = 0;				/* 在一九五七年…达到了…四百斤的要求: the plan's level, of no year */
	else if (wy > 0 && fig->from_level && !attached_to(s, fig) && year_of_the_change(s, fig))
		year = wy - 1;			/* 1998年，…由40个减少到29个: 40 is the level before */
	else if (wy <= 0 && ry > 0 && fig->baseline_level && match_at(s, fig->f.baseline.start, "现有"))
		year = ry;				/* 比现有的８６个减少２７个: the level of now */
	else if (wy > 0)
		year = wy;
	else if (wy < 0)
		year = plan_end_level(s, fig, role, sec) ? sec->year_to : 0;
	else if (fig->from_level && (now || changed_to_now(s, fig)))
		year = 0;				/* 由四百六十六个减少到现在的…: a level of some
								 * time before now */
	else if (fig->from_level && ry > 0 && (role == OUTLINE_ROLE_TARGETS || role == OUTLINE_ROLE_PLAN))
		year = ry - 1;
	else if (s->para_review && ry > 0 && (role == OUTLINE_ROLE_TARGETS || role == OUTLINE_ROLE_PLAN))
		year = s->review_now ? ry : ry - 1; /* a paragraph of a plan part that
											 * reviews the year */
	else if (target == 0 && past_paragraph(s) && (role == OUTLINE_ROLE_TARGETS || role == OUTLINE_ROLE_PLAN))
		year = paragraph_year(s);	/* 在一九五八年，少数民族的经济和文化… */
	else if ((fig->from_level && !(role == OUTLINE_ROLE_REVIEW && sec && sec->year_from > 0 &&
								   sec->year_from == sec->year_to)) ||
			 fig->baseline_level)
		year = 0;
	else if (role == OUTLINE_ROLE_REVIEW || role == OUTLINE_ROLE_TARGETS || role == OUTLINE_ROLE_PLAN)
	{
		if (sec && sec->year_from > 0 && sec->year_from == sec->year_to && target == 0 &&
			role != OUTLINE_ROLE_REVIEW && ry > 0 && sec->year_to > ry)
			year = ry;			/* an outcome in a plan for a later year is of now
								 * (世界上年产石油一亿吨以上的国家不到十个) */
		else if (sec && sec->year_from > 0 && sec->year_from == sec->year_to)
			year = sec->year_to;
		else if (sec && role == OUTLINE_ROLE_REVIEW && ry > 0 && sec->year_from == ry - 1 &&
				 sec->year_to >= ry)
			year = ry - 1;		/* 1998年工作回顾和1999年工作的总体要求: the
								 * review is of the one year before */
		else if (sec && sec->year_from > 0 && role == OUTLINE_ROLE_REVIEW)
		{
			/*
			 * 过去五年: outcomes of a span, unless the sentence before named
			 * one of its years (2007年…。规模达到1144万人)
			 */
			int			y = s->year_before ? s->year_before : paragraph_year(s);
			bool		one_year;

			if (y == 0)
				y = s->run_year;
			/* in the paragraphs of one year, what was built is that year's */
			one_year = y > 0 && y == s->run_year;

			year = y >= sec->year_from && y <= sec->year_to &&
				(one_year || !built_over_span(s, fig)) ? y : 0;
		}
		else if (sec && !sec->names_report_year && sec->year_from == ry && sec->year_to > ry &&
				 target == 1 && plan_end_level(s, fig, role, sec))
			year = sec->year_to;	/* “十三五”时期主要目标任务 (2016): 常住人口城镇化率
									 * 达到60% is the plan's last year's */

		else if (sec && sec->year_from > 0 && ry >= sec->year_from && ry <= sec->year_to &&
				 (sec->names_report_year || ry == sec->year_from))
			year = ry;			/* 今后五年…及2022年工作重点: this year unless the
								 * sentence speaks of the span (年均, 十四五); a
								 * part of a five-year plan that began before
								 * the report (第六个五年计划的基本任务 in 1982)
								 * speaks of the span */
		else if (sec && sec->year_from > 0)
			year = 0;
		else if (ry > 0)
			year = role == OUTLINE_ROLE_REVIEW && !s->review_now ? ry - 1 : ry;
	}
	else if (target == 1)
		year = ry > 0 ? ry : s->heading_year;
	else if (!s->roles_found && ry > 0 && !fig->from_level && !fig->baseline_level)
		year = s->review_now ? ry : ry - 1;			/* no part found: an outcome is last year's, as
								 * a report reviews the year before */
	else
		year = 0;
	f->year = pair_year(s, fig, wy, year);
}
